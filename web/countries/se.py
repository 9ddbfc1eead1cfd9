"""Sweden in the web app: the form as the decision letters are organised, the benefits' own names,
the authorities, the case model's errors at their fields, and the summary's "today".

Swedish benefit names stay Swedish in every language (marked lang="sv" on other-language pages).
"""

from __future__ import annotations

from typing import Any

from benefits_calc.web.countries import CountryWeb, Name
from benefits_calc.web.forms import (
    CASE_SECTION,
    LEVELS,
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

KR_MONTH = _("kr a month")
KR_YEAR = _("kr a year")
CARE = (("none", _("neither")), ("forskola", "förskola"), ("fritidshem", "fritidshem"))


def _fields() -> dict[str, Field]:
    fs = [
        *case_fields(),
        Field("person.age", _("Age"), "int", unit=_("years"), required=True),
        Field(
            "person.kommunalskatt_percent",
            _("Municipal tax rate"),
            hint=_("Kommun and region together, e.g. 32,38. Empty: the national average is used."),
            unit="%",
        ),
        Field(
            "person.begravningsavgift_percent",
            _("Burial fee (begravningsavgift)"),
            hint=_("Empty: the rate of every kommun but Stockholm and Tranås (the result shows it)."),
            unit="%",
        ),
        Field("person.church_member", _("Member of Svenska kyrkan (pays the church fee)"), "check"),
        Field(
            "person.kyrkoavgift_percent",
            _("Church fee (kyrkoavgift)"),
            hint=_("Only for members. Empty: the national average."),
            unit="%",
        ),
        Field("partner.age", _("Partner's age"), "int", hint=_("Only if married or sambo."), unit=_("years")),
        Field("partner.work_income_month", _("Partner's wage before tax"), unit=KR_MONTH),
        Field("partner.sjukersattning_month", _("Partner's sjukersättning before tax"), unit=KR_MONTH),
        Field(
            "partner.other_taxable_income_month",
            _("Partner's other taxable income"),
            hint=_("Sjukpenning, a-kassa, pension."),
            unit=KR_MONTH,
        ),
        Field("partner.church_member", _("The partner is a member of Svenska kyrkan"), "check"),
        Field(
            "housing.housing_cost_month",
            _("Rent or housing cost"),
            hint=_("Including heating and water, without household electricity."),
            unit=KR_MONTH,
            required=True,
        ),
        Field("housing.household_electricity_month", _("Household electricity"), unit=KR_MONTH),
        Field("housing.area_m2", _("Living area"), unit="m²"),
        Field(
            "housing.reasonable_housing_cost_month",
            _("The municipality's limit for a reasonable housing cost"),
            hint=_("Only for ekonomiskt bistånd. Empty: the actual cost is taken as reasonable."),
            unit=KR_MONTH,
        ),
        Field(
            "sjukersattning.kind",
            _("Which benefit"),
            "select",
            options=(("sjukersattning", "sjukersättning"), ("aktivitetsersattning", "aktivitetsersättning")),
            default="sjukersattning",
        ),
        Field(
            "sjukersattning.level",
            _("Level"),
            "select",
            options=(*LEVELS[:2], ("2/3", _("2/3 (granted before July 2008)")), *LEVELS[2:]),
            default="1/1",
        ),
        Field(
            "sjukersattning.amount_month",
            _("Paid per month before tax"),
            hint=_("From the decision letter."),
            unit=KR_MONTH,
        ),
        Field(
            "sjukersattning.income_related_month",
            _("Of which inkomstrelaterad ersättning"),
            hint=_("0 if only garantiersättning."),
            unit=KR_MONTH,
        ),
        Field(
            "sjukersattning.forsakringstid_years", _("Försäkringstid"), "int", unit=_("years"), default="40"
        ),
        Field(
            "sjukersattning.granted_before_2008_07",
            _("Sjukersättning without time limit granted before July 2008"),
            "check",
        ),
        Field("sjukersattning.months_received", _("Months received so far"), "int", default="12"),
        Field(
            "sjukersattning.vilande_months_used",
            _("Months of vilande ersättning already used"),
            "int",
            default="0",
        ),
        Field(
            "sjukersattning.work_arrangement",
            _("How work is combined with it"),
            "select",
            options=(
                ("auto", _("Let the calculator choose")),
                ("vilande", _("Vilande ersättning (the benefit rests)")),
                ("steglos_avrakning", _("Steglös avräkning")),
                ("uncompensated_share", _("Work within the part not compensated")),
            ),
            default="auto",
        ),
        Field("sjukpenning.sgi_year", _("SGI (sjukpenninggrundande inkomst)"), unit=KR_YEAR),
        Field("sjukpenning.level", _("Level"), "select", options=LEVELS, default="1/1"),
        Field("sjukpenning.amount_month", _("Paid per month, if known"), unit=KR_MONTH),
        Field("sjukpenning.days_in_rehab_chain", _("Days in the rehabilitation chain"), "int", default="0"),
        Field("sjukpenning.serious_illness", _("Serious illness"), "check"),
        Field(
            "aktivitetsstod.kind",
            _("Which benefit"),
            "select",
            options=(
                ("aktivitetsstod", "aktivitetsstöd"),
                ("utvecklingsersattning", "utvecklingsersättning"),
            ),
            default="aktivitetsstod",
        ),
        Field("aktivitetsstod.daily_amount", _("Amount per day"), unit=_("kr a day")),
        Field("aktivitetsstod.programme_days_per_week", _("Programme days a week"), "int", default="5"),
        Field(
            "bostadstillagg.amount_month",
            _("Bostadstillägg paid per month"),
            hint=_("From the decision letter."),
            unit=KR_MONTH,
        ),
        Field("bostadstillagg.wealth", _("Savings and other assets, whole household"), unit=_("kr")),
        Field("bostadstillagg.capital_income_year", _("Capital income"), unit=KR_YEAR),
        Field(
            "bostadsbidrag.amount_month",
            _("Preliminary bostadsbidrag per month"),
            hint=_("From the decision letter."),
            unit=KR_MONTH,
        ),
        Field(
            "ekonomiskt_bistand.amount_month",
            _("Försörjningsstöd paid last month"),
            unit=KR_MONTH,
        ),
        Field(
            "ekonomiskt_bistand.consecutive_months",
            _("Months in a row with försörjningsstöd"),
            "int",
            default="0",
        ),
        Field(
            "ekonomiskt_bistand.jobbstimulans_months_used",
            _("Months of jobbstimulans already used"),
            "int",
            default="0",
        ),
        Field(
            "ekonomiskt_bistand.partner_jobbstimulans",
            _(
                "The partner started working while the household had försörjningsstöd "
                "(jobbstimulans for the partner too)"
            ),
            "check",
        ),
        Field(
            "ekonomiskt_bistand.partner_jobbstimulans_months_used",
            _("The partner's months of jobbstimulans already used"),
            "int",
            default="0",
        ),
        Field(
            "ekonomiskt_bistand.others_sharing_home",
            _("Other adults sharing the home (not a partner)"),
            "int",
            hint=_(
                "A sibling, parent or friend who shares the home and its costs. The common costs are then "
                "shared equally; give the client's own share of the rent above."
            ),
            default="0",
        ),
        Field(
            "ekonomiskt_bistand.other_costs_month",
            _("Other costs the socialtjänst accepts"),
            hint=_("Home insurance, union fee, travel to work, medicine, childcare …"),
            unit=KR_MONTH,
        ),
        Field(
            "kronofogden.under_enforcement",
            _("The client has debts that Kronofogden collects"),
            "check",
            hint=_("A first wage can then lead to löneutmätning: the table shows what is withheld."),
        ),
        Field(
            "kronofogden.forbehallsbelopp_month",
            _("Förbehållsbelopp in Kronofogden's decision"),
            hint=_("What the client may keep a month. Empty: calculated from the household and the rent."),
            unit=KR_MONTH,
        ),
        Field("other_income.tjanstepension_month", _("Tjänstepension before tax"), unit=KR_MONTH),
        Field("other_income.underhallsstod_month", _("Underhållsstöd"), unit=KR_MONTH),
    ]
    fs += child_fields(
        lambda i: (
            Field(
                f"children.{i}.alternating_residence",
                _("Child %(n)s lives here half of the time (växelvis)", n=i + 1),
                "check",
            ),
            Field(
                f"children.{i}.care",
                _("Child %(n)s: förskola or fritidshem", n=i + 1),
                "select",
                options=CARE,
                default="none",
            ),
        )
    )

    fs += work_fields(_("kr an hour"), KR_MONTH)
    return fields_of(*fs)


MORE_SE = (
    "sjukersattning.forsakringstid_years",
    "sjukersattning.months_received",
    "sjukersattning.vilande_months_used",
    "sjukersattning.work_arrangement",
    "sjukersattning.granted_before_2008_07",
)

LAYOUT = (
    CASE_SECTION,
    Section(
        _("Who lives in the household"),
        fields=(
            "person.age",
            "person.kommunalskatt_percent",
            "person.begravningsavgift_percent",
            "person.church_member",
            "person.kyrkoavgift_percent",
        ),
        groups=(
            Group(
                _("Spouse or sambo"),
                hint=_("Leave empty if the client lives without a partner."),
                fields=(
                    "partner.age",
                    "partner.work_income_month",
                    "partner.sjukersattning_month",
                    "partner.other_taxable_income_month",
                    "partner.church_member",
                ),
            ),
            Group(
                _("Children living at home"),
                hint=_("Choose how many children live at home, then give each child's age."),
                rows="children",
            ),
        ),
    ),
    Section(
        _("Housing"),
        fields=(
            "housing.housing_cost_month",
            "housing.household_electricity_month",
            "housing.area_m2",
            "housing.reasonable_housing_cost_month",
        ),
    ),
    Section(
        _("What is paid today, and by whom"),
        hint=_(
            "Fill in only the benefits the client has today, with the amounts from the decision "
            "letters. A benefit left empty is not calculated."
        ),
        groups=(
            Group(
                "Försäkringskassan: sjukersättning / aktivitetsersättning",
                lang="sv",
                fields=(
                    "sjukersattning.kind",
                    "sjukersattning.level",
                    "sjukersattning.amount_month",
                    "sjukersattning.income_related_month",
                ),
                more=MORE_SE,
            ),
            Group(
                "Försäkringskassan: bostadstillägg",
                lang="sv",
                fields=(
                    "bostadstillagg.amount_month",
                    "bostadstillagg.wealth",
                    "bostadstillagg.capital_income_year",
                ),
            ),
            Group(
                "Försäkringskassan: sjukpenning",
                lang="sv",
                fields=(
                    "sjukpenning.sgi_year",
                    "sjukpenning.level",
                    "sjukpenning.amount_month",
                    "sjukpenning.days_in_rehab_chain",
                    "sjukpenning.serious_illness",
                ),
            ),
            Group("Försäkringskassan: bostadsbidrag", lang="sv", fields=("bostadsbidrag.amount_month",)),
            Group(
                "Arbetsförmedlingen: aktivitetsstöd / utvecklingsersättning",
                lang="sv",
                fields=(
                    "aktivitetsstod.kind",
                    "aktivitetsstod.daily_amount",
                    "aktivitetsstod.programme_days_per_week",
                ),
            ),
            Group(
                _("The municipality (socialtjänsten): ekonomiskt bistånd"),
                fields=(
                    "ekonomiskt_bistand.amount_month",
                    "ekonomiskt_bistand.consecutive_months",
                    "ekonomiskt_bistand.jobbstimulans_months_used",
                    "ekonomiskt_bistand.other_costs_month",
                ),
                more=(
                    "ekonomiskt_bistand.partner_jobbstimulans",
                    "ekonomiskt_bistand.partner_jobbstimulans_months_used",
                    "ekonomiskt_bistand.others_sharing_home",
                ),
            ),
            Group(
                _("Debts at Kronofogden"),
                fields=("kronofogden.under_enforcement", "kronofogden.forbehallsbelopp_month"),
            ),
            Group(
                _("Other income"),
                fields=("other_income.tjanstepension_month", "other_income.underhallsstod_month"),
            ),
        ),
    ),
    WORK_SECTION,
)

FORM = CountryForm(
    code="se",
    fields=_fields(),
    sections={
        "partner": (
            "partner.age",
            "partner.work_income_month",
            "partner.sjukersattning_month",
            "partner.other_taxable_income_month",
        ),
        "sjukersattning": ("sjukersattning.amount_month", "sjukersattning.income_related_month"),
        "sjukpenning": ("sjukpenning.sgi_year", "sjukpenning.amount_month"),
        "aktivitetsstod": ("aktivitetsstod.daily_amount",),
        "bostadstillagg": ("bostadstillagg.amount_month",),
        "bostadsbidrag": ("bostadsbidrag.amount_month",),
        "ekonomiskt_bistand": ("ekonomiskt_bistand.amount_month",),
        "kronofogden": ("kronofogden.under_enforcement", "kronofogden.forbehallsbelopp_month"),
    },
    layout=LAYOUT,
    value_errors={
        "se_ae_age": (
            "sjukersattning.kind",
            _("Aktivitetsersättning is for people aged 19 to 29 (SFB 33 kap. 6 §)."),
        ),
        "se_partial_se_age": (
            "sjukersattning.level",
            _("Partial sjukersättning is for people aged 30 or more (SFB 33 kap. 5, 9 §§)."),
        ),
        "se_income_related_above_amount": (
            "sjukersattning.income_related_month",
            _("The inkomstrelaterad part cannot be more than the whole amount."),
        ),
        "se_steglos_only_se": (
            "sjukersattning.granted_before_2008_07",
            _("This applies only to sjukersättning granted before July 2008."),
        ),
        "se_two_thirds_only_before_2008": (
            "sjukersattning.level",
            _("Two-thirds sjukersättning exists only as granted before July 2008: tick that box too."),
        ),
        "se_btp_needs_se": (
            "bostadstillagg.amount_month",
            _("Bostadstillägg is paid only with sjukersättning or aktivitetsersättning: fill in that too."),
        ),
    },
)


def _sv(name: str, explanation: Any, neuter: str = "", **forms: dict[str, str]) -> Name:
    """A Swedish benefit name. `neuter` names the languages in which it is neuter: "sv" (an
    ett-ord: "ditt bostadstillägg"), "sv da" (Danish readers say "dit … tillæg/bidrag" too)."""
    if "sv" in neuter.split():
        forms.setdefault("sv", {}).setdefault("your", f"ditt {name}")
    if "da" in neuter.split():
        forms.setdefault("da", {}).setdefault("your", f"dit {name}")
    return Name(name, "sv", explanation, forms=forms)


NAMES: dict[str, Name] = {
    "se.sjukersattning": _sv("sjukersättning", _("sickness compensation from Försäkringskassan")),
    "se.aktivitetsersattning": _sv(
        "aktivitetsersättning", _("activity compensation for young people, from Försäkringskassan")
    ),
    "se.sjukpenning": _sv("sjukpenning", _("sickness benefit from Försäkringskassan")),
    "se.aktivitetsstod": _sv(
        "aktivitetsstöd", _("activity support during an Arbetsförmedlingen programme"), neuter="sv"
    ),
    "se.utvecklingsersattning": _sv(
        "utvecklingsersättning", _("development allowance during an Arbetsförmedlingen programme")
    ),
    "se.bostadstillagg": _sv(
        "bostadstillägg",
        _("housing supplement for people with sickness or activity compensation"),
        neuter="sv da",
    ),
    "se.bostadsbidrag": _sv(
        "bostadsbidrag", _("housing allowance for families and young people"), neuter="sv da"
    ),
    "se.barnbidrag": _sv("barnbidrag", _("child allowance"), neuter="sv da"),
    "se.ekonomiskt_bistand": _sv(
        "ekonomiskt bistånd",
        _("financial assistance (försörjningsstöd) from the municipality"),
        # an ett-word: "ditt ekonomiska bistånd"; Danish readers say "din", as to their own (en)
        # bistand, with the adjective's form after a possessive
        sv={"your": "ditt ekonomiska bistånd"},
        da={"your": "din ekonomiska bistånd"},
    ),
    "se.skatt": Name("skatt", "sv", _("income tax"), word=_("tax")),
    "se.loneutmatning": Name(
        "löneutmätning", "sv", _("what Kronofogden withholds from pay and benefits for debts")
    ),
    "se.maxtaxa": Name(
        "avgift för förskola och fritidshem",
        "sv",
        _("the fee for förskola and fritidshem, which follows the household's income (maxtaxa)"),
        word=_("förskola and fritidshem fee"),
    ),
    "se.jobbpremie": _sv(
        "jobbpremie", _("job bonus from Försäkringskassan for people who had försörjningsstöd")
    ),
}

AUTHORITIES: dict[str, str] = {
    "se.forsakringskassan": "Försäkringskassan",
    "se.arbetsformedlingen": "Arbetsförmedlingen",
    "se.skatteverket": "Skatteverket",
    "se.socialtjanst": "socialtjänsten",
    "se.kronofogden": "Kronofogden",
}


def today(case: Any) -> dict[str, Any]:
    """Who lives in the household (for the summary's "your situation today")."""
    return {
        "age": case.person.age,
        "partner": case.partner is not None,
        "children": len(case.children),
        "housing_cost": case.housing.housing_cost_month,
    }


COUNTRY = CountryWeb(
    code="se",
    form=FORM,
    names=NAMES,
    authorities=AUTHORITIES,
    today=today,
    example="single_sjukersattning_garanti.json",
)
