"""Finland in the web app: the form organised like Kela's and the pension provider's päätökset, the
benefits' own names (Finnish, with the official Swedish name on Swedish pages and the Finnish case
forms on Finnish pages), the authorities, the case model's errors at their fields, and the
summary's "today".
"""

from __future__ import annotations

from typing import Any

from benefits_calc.rules.fi.case import municipalities
from benefits_calc.web.countries import CountryWeb, Name
from benefits_calc.web.forms import (
    CASE_SECTION,
    WORK_SECTION,
    CountryForm,
    Field,
    Group,
    Section,
    case_fields,
    child_fields,
    fields_of,
    work_fields,
)
from flask_babel import lazy_gettext as _

EUR_MONTH = _("€ a month")
EUR_YEAR = _("€ a year")
EUR_DAY = _("€ a day")
YES_NO_PLACEHOLDER = (("", _("– choose –")),)


def _fields() -> dict[str, Field]:
    fs = [
        *case_fields(),
        Field("person.age", _("Age"), "int", unit=_("years"), required=True),
        Field(
            "person.municipality",
            _("Home municipality"),
            "select",
            hint=_("Needed for the housing allowances and toimeentulotuki."),
            options=(*YES_NO_PLACEHOLDER, *((m, m) for m in municipalities())),
        ),
        Field(
            "person.kunnallisvero_percent",
            _("Municipal income tax rate"),
            hint=_("The municipality's income tax rate, e.g. 7,50. Empty: the average for Finland is used."),
            unit="%",
        ),
        Field("person.church_member", _("Member of the Evangelical Lutheran or Orthodox church"), "check"),
        Field(
            "person.kirkollisvero_percent",
            _("Church tax rate"),
            hint=_("Only for a member. Empty: the average is used."),
            unit="%",
        ),
        Field(
            "partner.relationship",
            _("Relationship"),
            "select",
            options=(
                ("married", _("married or registered partnership")),
                ("cohabiting", _("cohabiting (avoliitto)")),
            ),
            default="married",
        ),
        Field(
            "partner.age",
            _("Partner's age"),
            "int",
            hint=_("Only with a spouse or partner."),
            unit=_("years"),
        ),
        Field("partner.work_income_month", _("Partner's wage before tax"), unit=EUR_MONTH),
        Field("partner.pension_month", _("Partner's pensions before tax"), unit=EUR_MONTH),
        Field(
            "partner.benefits_month",
            _("Partner's other taxable benefits"),
            hint=_("Sickness allowance, unemployment benefit …, before tax."),
            unit=EUR_MONTH,
        ),
        Field(
            "partner.has_full_pension",
            _("The partner gets a pension that gives eläkkeensaajan asumistuki"),
            "check",
        ),
        Field(
            "housing.tenure",
            _("The home"),
            "select",
            options=(
                ("rent", _("rented")),
                ("right_of_occupancy", _("right of occupancy (asumisoikeus)")),
                ("owner", _("owner-occupied")),
            ),
            default="rent",
        ),
        Field(
            "housing.rent_month",
            _("Rent or maintenance charge (vastike)"),
            unit=EUR_MONTH,
            required=True,
        ),
        Field(
            "housing.water_month",
            _("Water paid separately"),
            hint=_("0 if it is in the rent."),
            unit=EUR_MONTH,
        ),
        Field(
            "housing.heating_month",
            _("Heating paid separately"),
            hint=_("0 if it is in the rent."),
            unit=EUR_MONTH,
        ),
        Field(
            "housing.heating_region",
            _("Region (for the heating amount)"),
            "select",
            options=(
                ("muu", _("other regions")),
                ("ita", _("Etelä-Savo, Pohjois-Savo, Pohjois-Karjala")),
                ("pohjoinen", _("Pohjois-Pohjanmaa, Kainuu, Lappi")),
            ),
            default="muu",
        ),
        Field(
            "kansanelake.kind",
            _("Which pension"),
            "select",
            options=(
                ("tyokyvyttomyyselake", _("disability pension (työkyvyttömyyseläke)")),
                ("kuntoutustuki", _("rehabilitation subsidy (kuntoutustuki)")),
            ),
            default="tyokyvyttomyyselake",
        ),
        Field(
            "kansanelake.amount_month",
            _("Kansaneläke a month before tax"),
            hint=_("From Kela's decision."),
            unit=EUR_MONTH,
        ),
        Field(
            "kansanelake.permanently_blind_or_immobile",
            _("Granted as permanently blind or unable to move"),
            "check",
        ),
        Field(
            "takuuelake.amount_month",
            _("Takuueläke a month before tax"),
            hint=_("From Kela's decision."),
            unit=EUR_MONTH,
        ),
        Field(
            "tyoelake.kind",
            _("Which pension"),
            "select",
            options=(
                ("full", _("full disability pension (täysi työkyvyttömyyseläke)")),
                ("partial", _("partial disability pension (osatyökyvyttömyyseläke)")),
            ),
            default="full",
        ),
        Field("tyoelake.fixed_term", _("For a fixed time (kuntoutustuki)"), "check"),
        Field(
            "tyoelake.amount_month",
            _("The pension a month before tax"),
            hint=_("From the pension provider's decision."),
            unit=EUR_MONTH,
        ),
        Field(
            "tyoelake.vakiintunut_keskiansio_month",
            _("Established earnings before the disability (vakiintunut keskiansio)"),
            hint=_("From the decision; the earnings limits are 40 % and 60 % of it."),
            unit=EUR_MONTH,
        ),
        Field(
            "tyoelake.earnings_limit_month",
            _("Earnings limit stated in the decision"),
            hint=_("If the decision states one; it is used instead of the computed limit."),
            unit=EUR_MONTH,
        ),
        Field(
            "sairauspaivaraha.kind",
            _("Which allowance"),
            "select",
            options=(
                ("full", _("sickness allowance (sairauspäiväraha)")),
                ("partial", _("partial sickness allowance (osasairauspäiväraha)")),
            ),
            default="full",
        ),
        Field(
            "sairauspaivaraha.annual_income_year",
            _("Annual income in the decision (vuositulo)"),
            unit=EUR_YEAR,
        ),
        Field(
            "sairauspaivaraha.daily_amount",
            _("Allowance a day in the decision"),
            hint=_("Empty: computed from the annual income."),
            unit=EUR_DAY,
        ),
        Field(
            "tyottomyysetuus.kind",
            _("Which benefit"),
            "select",
            options=(
                ("tyomarkkinatuki", _("labour market subsidy (työmarkkinatuki)")),
                ("peruspaivaraha", _("basic unemployment allowance (peruspäiväraha)")),
                ("yleistuki", _("general support (yleistuki, from May 2026)")),
            ),
            default="tyomarkkinatuki",
        ),
        Field(
            "tyottomyysetuus.daily_amount",
            _("Full benefit a day in the decision"),
            hint=_("Usually 37,21."),
            unit=EUR_DAY,
        ),
        Field(
            "tyottomyysetuus.other_income_month",
            _("Other income that is means-tested"),
            hint=_("Capital income, omaishoidon tuki, royalties … (not wages)."),
            unit=EUR_MONTH,
        ),
        Field("ansiopaivaraha.daily_amount", _("Full allowance a day in the fund's decision"), unit=EUR_DAY),
        Field(
            "ansiopaivaraha.wage_basis_month",
            _("The wage the allowance is based on"),
            hint=_("From the fund's decision; wages and the adjusted allowance together may not exceed it."),
            unit=EUR_MONTH,
        ),
        Field(
            "yleinen_asumistuki.amount_month",
            _("Yleinen asumistuki a month"),
            hint=_("From Kela's decision."),
            unit=EUR_MONTH,
        ),
        Field(
            "yleinen_asumistuki.net_assets",
            _("The household's net assets"),
            hint=_("As Kela counts them: after debts and 2 000 € of bank deposits."),
            unit="€",
        ),
        Field(
            "elakkeensaajan_asumistuki.amount_month",
            _("Eläkkeensaajan asumistuki a month"),
            hint=_("From Kela's decision."),
            unit=EUR_MONTH,
        ),
        Field("elakkeensaajan_asumistuki.assets", _("Assets (client and spouse)"), unit="€"),
        Field("elakkeensaajan_asumistuki.capital_income_year", _("Capital income"), unit=EUR_YEAR),
        Field(
            "hoitotuki.kind",
            _("Which allowance"),
            "select",
            options=(
                ("hoitotuki", _("care allowance for pensioners (eläkettä saavan hoitotuki)")),
                ("vammaistuki", _("disability allowance (vammaistuki)")),
            ),
            default="hoitotuki",
        ),
        Field(
            "hoitotuki.level",
            _("Level"),
            "select",
            options=(("perus", _("basic")), ("korotettu", _("raised")), ("ylin", _("highest"))),
            default="perus",
        ),
        Field(
            "hoitotuki.amount_month",
            _("The allowance a month"),
            hint=_("From Kela's decision."),
            unit=EUR_MONTH,
        ),
        Field(
            "toimeentulotuki.amount_month",
            _("Perustoimeentulotuki paid for last month"),
            unit=EUR_MONTH,
        ),
        Field(
            "toimeentulotuki.other_basic_costs_month",
            _("Other basic costs Kela accepts"),
            hint=_("Health care costs and the like, beyond the perusosa."),
            unit=EUR_MONTH,
        ),
        Field(
            "toimeentulotuki.full_housing_cost_accepted",
            _("Kela still accepts the whole housing cost"),
            "check",
        ),
        Field(
            "toimeentulotuki.perusosa_reduction_percent",
            _("Reduction of the perusosa in the decision"),
            "select",
            options=(("0", _("none")), ("20", "20 %"), ("40", "40 %"), ("50", "50 %")),
            default="0",
        ),
        Field(
            "other_income.child_benefits_month",
            _("Lapsilisä and elatustuki"),
            hint=_("Tax free; toimeentulotuki counts them."),
            unit=EUR_MONTH,
        ),
        Field(
            "other_income.other_pensions_month",
            _("Other pensions before tax"),
            hint=_("A foreign or accident pension, … not entered above."),
            unit=EUR_MONTH,
        ),
    ]
    fs += child_fields(
        lambda i: (
            Field(
                f"children.{i}.alternating_residence",
                _("Child %(n)s lives here half of the time", n=i + 1),
                "check",
            ),
        )
    )
    fs += work_fields(_("€ an hour"), EUR_MONTH)
    return fields_of(*fs)


LAYOUT = (
    CASE_SECTION,
    Section(
        _("Who lives in the household"),
        fields=(
            "person.age",
            "person.municipality",
            "person.kunnallisvero_percent",
            "person.church_member",
            "person.kirkollisvero_percent",
        ),
        groups=(
            Group(
                _("Spouse or avopuoliso"),
                hint=_("Leave empty if the client lives without a partner."),
                fields=(
                    "partner.relationship",
                    "partner.age",
                    "partner.work_income_month",
                    "partner.pension_month",
                    "partner.benefits_month",
                    "partner.has_full_pension",
                ),
            ),
            Group(
                _("Children under 18 living at home"),
                hint=_("Choose how many children live at home, then give each child's age."),
                rows="children",
            ),
        ),
    ),
    Section(
        _("Housing"),
        fields=(
            "housing.tenure",
            "housing.rent_month",
            "housing.water_month",
            "housing.heating_month",
            "housing.heating_region",
        ),
    ),
    Section(
        _("What is paid today, and by whom"),
        hint=_(
            "Fill in only the benefits the client has today, with the amounts from the decisions. A "
            "benefit left empty is not calculated."
        ),
        groups=(
            Group(
                _("Kela: kansaneläke (disability pension or kuntoutustuki)"),
                fields=("kansanelake.kind", "kansanelake.amount_month"),
                more=("kansanelake.permanently_blind_or_immobile",),
            ),
            Group(_("Kela: takuueläke"), fields=("takuuelake.amount_month",)),
            Group(
                _("Pension provider: työeläke disability pension or kuntoutustuki"),
                fields=(
                    "tyoelake.kind",
                    "tyoelake.fixed_term",
                    "tyoelake.amount_month",
                    "tyoelake.vakiintunut_keskiansio_month",
                ),
                more=("tyoelake.earnings_limit_month",),
            ),
            Group(
                _("Kela: sairauspäiväraha or osasairauspäiväraha"),
                fields=(
                    "sairauspaivaraha.kind",
                    "sairauspaivaraha.annual_income_year",
                    "sairauspaivaraha.daily_amount",
                ),
            ),
            Group(
                _("Kela: työmarkkinatuki, peruspäiväraha or yleistuki"),
                fields=(
                    "tyottomyysetuus.kind",
                    "tyottomyysetuus.daily_amount",
                    "tyottomyysetuus.other_income_month",
                ),
            ),
            Group(
                _("Unemployment fund: ansiopäiväraha"),
                fields=("ansiopaivaraha.daily_amount", "ansiopaivaraha.wage_basis_month"),
            ),
            Group(
                _("Kela: yleinen asumistuki"),
                fields=("yleinen_asumistuki.amount_month", "yleinen_asumistuki.net_assets"),
            ),
            Group(
                _("Kela: eläkkeensaajan asumistuki"),
                fields=(
                    "elakkeensaajan_asumistuki.amount_month",
                    "elakkeensaajan_asumistuki.assets",
                    "elakkeensaajan_asumistuki.capital_income_year",
                ),
            ),
            Group(
                _("Kela: eläkettä saavan hoitotuki or vammaistuki"),
                fields=("hoitotuki.kind", "hoitotuki.level", "hoitotuki.amount_month"),
            ),
            Group(
                _("Kela: perustoimeentulotuki"),
                fields=(
                    "toimeentulotuki.amount_month",
                    "toimeentulotuki.other_basic_costs_month",
                    "toimeentulotuki.full_housing_cost_accepted",
                    "toimeentulotuki.perusosa_reduction_percent",
                ),
            ),
            Group(
                _("Other income"),
                fields=("other_income.child_benefits_month", "other_income.other_pensions_month"),
            ),
        ),
    ),
    WORK_SECTION,
)

FORM = CountryForm(
    code="fi",
    fields=_fields(),
    sections={
        "partner": (
            "partner.age",
            "partner.work_income_month",
            "partner.pension_month",
            "partner.benefits_month",
        ),
        "kansanelake": ("kansanelake.amount_month",),
        "takuuelake": ("takuuelake.amount_month",),
        "tyoelake": ("tyoelake.amount_month",),
        "sairauspaivaraha": ("sairauspaivaraha.annual_income_year",),
        "tyottomyysetuus": ("tyottomyysetuus.daily_amount",),
        "ansiopaivaraha": ("ansiopaivaraha.daily_amount",),
        "yleinen_asumistuki": ("yleinen_asumistuki.amount_month",),
        "elakkeensaajan_asumistuki": ("elakkeensaajan_asumistuki.amount_month",),
        "hoitotuki": ("hoitotuki.amount_month",),
        "toimeentulotuki": ("toimeentulotuki.amount_month",),
    },
    layout=LAYOUT,
    value_errors={
        "fi_unknown_municipality": ("person.municipality", _("Choose the municipality from the list.")),
        "fi_municipality_needed": (
            "person.municipality",
            _("The housing allowances and toimeentulotuki depend on the municipality: choose it."),
        ),
        "fi_takuuelake_needs_pension": (
            "takuuelake.amount_month",
            _("Takuueläke is paid on top of a pension: fill in the kansaneläke or the työeläke too."),
        ),
        "fi_two_housing_allowances": (
            "elakkeensaajan_asumistuki.amount_month",
            _("A household gets either yleinen asumistuki or eläkkeensaajan asumistuki, not both."),
        ),
        "fi_sickness_and_unemployment": (
            "sairauspaivaraha.annual_income_year",
            _("Sickness allowance and an unemployment benefit are not paid for the same days."),
        ),
        "fi_two_unemployment_benefits": (
            "ansiopaivaraha.daily_amount",
            _("Kela's unemployment benefit and the fund's ansiopäiväraha are not paid for the same days."),
        ),
        "fi_church_rate_without_membership": (
            "person.kirkollisvero_percent",
            _("A church tax rate is only for a member of the church: tick the box or leave the rate empty."),
        ),
    },
)


def _fi(native: str, explanation: Any, sv: str, fi: tuple[str, str], sv_your: str = "") -> Name:
    """A Finnish benefit name: its official Swedish name on Swedish pages, and its Finnish forms on
    Finnish pages (`fi` = (the "your" form with the possessive suffix, the partitive "object" form));
    `sv_your`: the Swedish possessive form where the name is an ett-word ("ditt bostadsbidrag …")."""
    forms: dict[str, dict[str, str]] = {"fi": {"name": native, "your": fi[0], "object": fi[1]}}
    if sv_your:
        forms["sv"] = {"your": sv_your}
    return Name(native, "fi", explanation, local={"sv": sv}, forms=forms)


NAMES: dict[str, Name] = {
    "fi.kansanelake": _fi(
        "kansaneläke",
        _("Kela's disability pension or rehabilitation subsidy"),
        "folkpension",
        ("kansaneläkkeesi", "kansaneläkettä"),
    ),
    "fi.takuuelake": _fi(
        "takuueläke", _("guarantee pension from Kela"), "garantipension", ("takuueläkkeesi", "takuueläkettä")
    ),
    "fi.tyokyvyttomyyselake": _fi(
        "työkyvyttömyyseläke",
        _("earnings-related disability pension from the pension provider"),
        "invalidpension",
        ("työkyvyttömyyseläkkeesi", "työkyvyttömyyseläkettä"),
    ),
    "fi.osatyokyvyttomyyselake": _fi(
        "osatyökyvyttömyyseläke",
        _("partial earnings-related disability pension"),
        "delinvalidpension",
        ("osatyökyvyttömyyseläkkeesi", "osatyökyvyttömyyseläkettä"),
    ),
    "fi.kuntoutustuki": _fi(
        "kuntoutustuki",
        _("earnings-related disability pension for a fixed time (rehabilitation subsidy)"),
        "rehabiliteringsstöd",
        ("kuntoutustukesi", "kuntoutustukea"),
        sv_your="ditt rehabiliteringsstöd",
    ),
    "fi.osakuntoutustuki": _fi(
        "osakuntoutustuki",
        _("partial rehabilitation subsidy"),
        "partiellt rehabiliteringsstöd",
        ("osakuntoutustukesi", "osakuntoutustukea"),
        sv_your="ditt partiella rehabiliteringsstöd",
    ),
    "fi.sairauspaivaraha": _fi(
        "sairauspäiväraha",
        _("sickness allowance from Kela"),
        "sjukdagpenning",
        ("sairauspäivärahasi", "sairauspäivärahaa"),
    ),
    "fi.osasairauspaivaraha": _fi(
        "osasairauspäiväraha",
        _("partial sickness allowance from Kela"),
        "partiell sjukdagpenning",
        ("osasairauspäivärahasi", "osasairauspäivärahaa"),
        sv_your="din partiella sjukdagpenning",
    ),
    "fi.tyomarkkinatuki": _fi(
        "työmarkkinatuki",
        _("labour market subsidy from Kela"),
        "arbetsmarknadsstöd",
        ("työmarkkinatukesi", "työmarkkinatukea"),
        sv_your="ditt arbetsmarknadsstöd",
    ),
    "fi.peruspaivaraha": _fi(
        "peruspäiväraha",
        _("basic unemployment allowance from Kela"),
        "grunddagpenning",
        ("peruspäivärahasi", "peruspäivärahaa"),
    ),
    "fi.yleistuki": _fi(
        "yleistuki",
        _("Kela's unemployment benefit from May 2026"),
        "allmänt stöd",
        ("yleistukesi", "yleistukea"),
        sv_your="ditt allmänna stöd",
    ),
    "fi.ansiopaivaraha": _fi(
        "ansiopäiväraha",
        _("earnings-related unemployment allowance from the fund"),
        "inkomstrelaterad dagpenning",
        ("ansiopäivärahasi", "ansiopäivärahaa"),
        sv_your="din inkomstrelaterade dagpenning",
    ),
    "fi.yleinen_asumistuki": _fi(
        "yleinen asumistuki",
        _("general housing allowance from Kela"),
        "allmänt bostadsbidrag",
        ("yleinen asumistukesi", "yleistä asumistukea"),
        sv_your="ditt allmänna bostadsbidrag",
    ),
    "fi.elakkeensaajan_asumistuki": _fi(
        "eläkkeensaajan asumistuki",
        _("housing allowance for pensioners from Kela"),
        "bostadsbidrag för pensionstagare",
        ("eläkkeensaajan asumistukesi", "eläkkeensaajan asumistukea"),
        sv_your="ditt bostadsbidrag för pensionstagare",
    ),
    "fi.hoitotuki": _fi(
        "eläkettä saavan hoitotuki",
        _("care allowance for pensioners from Kela"),
        "vårdbidrag för pensionstagare",
        ("eläkettä saavan hoitotukesi", "eläkettä saavan hoitotukea"),
        sv_your="ditt vårdbidrag för pensionstagare",
    ),
    "fi.vammaistuki": _fi(
        "vammaistuki",
        _("disability allowance from Kela"),
        "handikappbidrag",
        ("vammaistukesi", "vammaistukea"),
        sv_your="ditt handikappbidrag",
    ),
    "fi.toimeentulotuki": _fi(
        "perustoimeentulotuki",
        _("basic social assistance from Kela"),
        "grundläggande utkomststöd",
        ("perustoimeentulotukesi", "perustoimeentulotukea"),
        sv_your="ditt grundläggande utkomststöd",
    ),
    "fi.vero": Name("vero", "fi", _("income tax and the employee's contributions"), word=_("tax")),
}

# The authorities' names in the reader's language (Kela is FPA in Swedish). Sentences put them where
# a Finnish reader's grammar needs no case ending (translations keep them in the nominative).
AUTHORITIES: dict[str, Any] = {
    "fi.kela": _("Kela"),
    "fi.tyoelakelaitos": _("your pension provider"),
    "fi.tyottomyyskassa": _("your unemployment fund"),
    "fi.tyollisyyspalvelut": _("the employment services"),
    "fi.verohallinto": _("Verohallinto (the Tax Administration)"),
}


def today(case: Any) -> dict[str, Any]:
    """Who lives in the household (for the summary's "your situation today")."""
    h = case.housing
    return {
        "age": case.person.age,
        "partner": case.partner is not None,
        "children": len(case.children),
        "housing_cost": h.rent_month + h.water_month + h.heating_month,
    }


COUNTRY = CountryWeb(
    code="fi",
    form=FORM,
    names=NAMES,
    authorities=AUTHORITIES,
    today=today,
    example="kela_elake_takuuelake_eat.json",
)
