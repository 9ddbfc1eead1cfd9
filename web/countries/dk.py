"""Denmark in the web app: the form as the afgørelser are organised (the household, the home, what
the kommune and Udbetaling Danmark pay today, other income, the work), the ydelser's own Danish names
with their grammatical forms, the authorities, the case model's errors at their fields, and the
summary's "today".

Danish names stay Danish in every language (marked lang="da" on other-language pages). Gender for
the possessive: Danish "din kontanthjælp" but "dit fleksløntilskud / børnetilskud / fritidstillæg",
"dine sygedagpenge" (plural); Swedish readers "ditt …tilskud/…tillæg", "dina sygedagpenge".
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

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

KR_MONTH = _("DKK a month")
KR_WEEK = _("DKK a week")
FULL_TIME_HOURS = "37"  # Danish full time (overenskomst): the form's default for full time


def _fields() -> dict[str, Field]:
    fs = [
        *case_fields(),
        Field("person.age", _("Age"), "int", unit=_("years"), required=True),
        Field(
            "person.civil_status",
            _("Civil status"),
            "select",
            options=(
                ("enlig", _("single (enlig)")),
                ("gift", _("married (gift)")),
                ("samlevende", _("living together (samlevende)")),
            ),
            default="enlig",
        ),
        Field(
            "person.kommuneskat_percent",
            _("Kommuneskat"),
            hint=_("The kommune's income tax rate, e.g. 25,049. Empty: the national average is used."),
            unit="%",
        ),
        Field("person.member_of_folkekirken", _("Member of the folkekirke (pays kirkeskat)"), "check"),
        Field(
            "person.kirkeskat_percent",
            _("Kirkeskat"),
            hint=_("Only for members. Empty: the national average is used."),
            unit="%",
        ),
        Field(
            "partner.age",
            _("Partner's age"),
            "int",
            hint=_("Only if married or living together."),
            unit=_("years"),
        ),
        Field("partner.work_income_month", _("Partner's wage before tax"), unit=KR_MONTH),
        Field(
            "partner.dagpenge_month",
            _("Partner's dagpenge, sygedagpenge or efterløn"),
            hint=_("Before tax."),
            unit=KR_MONTH,
        ),
        Field(
            "partner.social_pension_month",
            _("Partner's folkepension or førtidspension"),
            hint=_("Before tax. Filled in: the partner is a pensioner."),
            unit=KR_MONTH,
        ),
        Field(
            "partner.other_income_month",
            _("Partner's other taxable income"),
            hint=_("Private pension and other income that is not pay, before tax."),
            unit=KR_MONTH,
        ),
        Field(
            "partner.kontanthjaelp_month",
            _("Partner's own kontanthjælp"),
            hint=_("Before tax, if both of you get kontanthjælp."),
            unit=KR_MONTH,
        ),
        Field(
            "housing.kind",
            _("The home is"),
            "select",
            options=(("leje", _("rented")), ("andel", _("an andelsbolig")), ("ejer", _("owned"))),
            default="leje",
        ),
        Field(
            "housing.rent_month",
            _("Rent (husleje)"),
            hint=_("Without heating, water and electricity paid on account."),
            unit=KR_MONTH,
        ),
        Field("housing.area_m2", _("Living area"), unit="m²"),
        Field(
            "housing.heating",
            _("Heating"),
            "select",
            options=(
                ("separate", _("paid on top of the rent")),
                ("included", _("heating and hot water are in the rent")),
            ),
            default="separate",
        ),
        Field("housing.electricity_included", _("Electricity is included in the rent"), "check"),
        Field(
            "kontanthjaelp.sats",
            _("Sats"),
            "select",
            options=(
                ("forhoejet", "forhøjet sats"),
                ("grundsats", "grundsats"),
                ("mindstesats", "mindstesats"),
            ),
            default="forhoejet",
        ),
        Field(
            "kontanthjaelp.amount_month",
            _("Kontanthjælp paid per month before tax"),
            hint=_("Sats and tillæg from the afgørelse, without fritidstillæg."),
            unit=KR_MONTH,
        ),
        Field(
            "kontanthjaelp.sats_month",
            _("The sats itself, as on the afgørelse"),
            hint=_("Before tillæg. Empty: the calculator's figure (not verified)."),
            unit=KR_MONTH,
        ),
        Field("kontanthjaelp.hjemmeboende", _("Under 30 and living with a parent (hjemmeboende)"), "check"),
        Field("kontanthjaelp.aktivitetsparat", _("Aktivitetsparat"), "check"),
        Field(
            "kontanthjaelp.tilpasningstillaeg_month",
            _("Midlertidigt tilpasningstillæg"),
            hint=_("Only if the afgørelse shows it."),
            unit=KR_MONTH,
        ),
        Field(
            "kontanthjaelp.months_received",
            _("Months with kontanthjælp so far"),
            "int",
            hint=_("Fritidstillæg is paid after 3 months."),
            default="12",
        ),
        Field(
            "ressourceforloeb.kind",
            _("Which forløb"),
            "select",
            options=(("ressourceforloeb", "ressourceforløb"), ("jobafklaring", "jobafklaringsforløb")),
            default="ressourceforloeb",
        ),
        Field(
            "ressourceforloeb.amount_month",
            _("Ressourceforløbsydelse per month before tax"),
            hint=_("From the afgørelse."),
            unit=KR_MONTH,
        ),
        Field(
            "ledighedsydelse.amount_month",
            _("Ledighedsydelse per month before tax"),
            hint=_("From the afgørelse."),
            unit=KR_MONTH,
        ),
        Field(
            "fleksjob.scenario_is_fleksjob",
            _("The work in the scenarios is a fleksjob (fleksløntilskud is calculated)"),
            "check",
        ),
        Field(
            "fleksjob.employer_pension_percent",
            _("The employer's pension contribution"),
            hint=_("In % of the pay; it counts in the pay for fleksløntilskud."),
            unit="%",
        ),
        Field(
            "sygedagpenge.amount_week",
            _("Sygedagpenge per week at full sick leave"),
            hint=_("From the afgørelse, before tax."),
            unit=KR_WEEK,
        ),
        Field(
            "sygedagpenge.normal_hours_per_week",
            _("Hours a week before the sick leave"),
            unit=_("hours"),
            default="37",
        ),
        Field(
            "foertidspension.amount_month",
            _("Førtidspension paid per month before tax"),
            hint=_("From the afgørelse."),
            unit=KR_MONTH,
        ),
        Field("foertidspension.granted_before_2003", _("Granted before 2003 (the old scheme)"), "check"),
        Field(
            "boligstoette.kind",
            _("Which boligstøtte"),
            "select",
            options=(("boligsikring", "boligsikring"), ("boligydelse", "boligydelse")),
            default="boligsikring",
        ),
        Field(
            "boligstoette.amount_month",
            _("Boligstøtte paid per month"),
            hint=_("From the afgørelse."),
            unit=KR_MONTH,
        ),
        Field("boligstoette.formue", _("The household's formue (savings etc.)"), unit=_("DKK")),
        Field(
            "other_income.pension_month",
            _("Pension paid out (private or labour-market) before tax"),
            unit=KR_MONTH,
        ),
    ]
    fs += child_fields()
    work = work_fields(_("DKK an hour"), KR_MONTH)
    fs += [replace(f, default=FULL_TIME_HOURS) if f.name == "wage.full_time_hours" else f for f in work]
    return fields_of(*fs)


LAYOUT = (
    CASE_SECTION,
    Section(
        _("Who lives in the household"),
        fields=(
            "person.age",
            "person.civil_status",
            "person.kommuneskat_percent",
            "person.member_of_folkekirken",
            "person.kirkeskat_percent",
        ),
        groups=(
            Group(
                _("Spouse or partner"),
                hint=_("Only if the client is married or lives together with a partner."),
                fields=(
                    "partner.age",
                    "partner.work_income_month",
                    "partner.dagpenge_month",
                    "partner.social_pension_month",
                    "partner.other_income_month",
                    "partner.kontanthjaelp_month",
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
            "housing.kind",
            "housing.rent_month",
            "housing.area_m2",
            "housing.heating",
            "housing.electricity_included",
        ),
    ),
    Section(
        _("What is paid today, and by whom"),
        hint=_(
            "Fill in only the ydelser the client has today, with the amounts from the afgørelser. A ydelse "
            "left empty is not calculated."
        ),
        groups=(
            Group(
                "Kommunen: kontanthjælp",
                lang="da",
                fields=(
                    "kontanthjaelp.sats",
                    "kontanthjaelp.amount_month",
                    "kontanthjaelp.sats_month",
                    "kontanthjaelp.hjemmeboende",
                    "kontanthjaelp.aktivitetsparat",
                ),
                more=("kontanthjaelp.tilpasningstillaeg_month", "kontanthjaelp.months_received"),
            ),
            Group(
                "Kommunen: ressourceforløbsydelse",
                lang="da",
                fields=("ressourceforloeb.kind", "ressourceforloeb.amount_month"),
            ),
            Group(
                "Kommunen: ledighedsydelse og fleksjob",
                lang="da",
                fields=(
                    "ledighedsydelse.amount_month",
                    "fleksjob.scenario_is_fleksjob",
                    "fleksjob.employer_pension_percent",
                ),
            ),
            Group(
                "Kommunen: sygedagpenge",
                lang="da",
                fields=("sygedagpenge.amount_week", "sygedagpenge.normal_hours_per_week"),
            ),
            Group(
                "Udbetaling Danmark: førtidspension",
                lang="da",
                fields=("foertidspension.amount_month", "foertidspension.granted_before_2003"),
            ),
            Group(
                "Udbetaling Danmark: boligstøtte",
                lang="da",
                fields=("boligstoette.kind", "boligstoette.amount_month", "boligstoette.formue"),
            ),
            Group(_("Other income"), fields=("other_income.pension_month",)),
        ),
    ),
    WORK_SECTION,
)

FORM = CountryForm(
    code="dk",
    fields=_fields(),
    sections={
        "partner": (
            "partner.age",
            "partner.work_income_month",
            "partner.dagpenge_month",
            "partner.social_pension_month",
            "partner.other_income_month",
            "partner.kontanthjaelp_month",
        ),
        "kontanthjaelp": ("kontanthjaelp.amount_month", "kontanthjaelp.sats_month"),
        "ressourceforloeb": ("ressourceforloeb.amount_month",),
        "ledighedsydelse": ("ledighedsydelse.amount_month",),
        "fleksjob": ("fleksjob.scenario_is_fleksjob",),
        "sygedagpenge": ("sygedagpenge.amount_week",),
        "foertidspension": ("foertidspension.amount_month",),
        "boligstoette": ("boligstoette.amount_month",),
    },
    layout=LAYOUT,
    value_errors={
        "dk_partner_civil_status": (
            "person.civil_status",
            _("Married or living together goes with the partner's details, and a single person has none."),
        ),
        "dk_child_alternating": (
            "children.0.age",
            _("A child counts where it is registered; shared residence is not covered."),
        ),
        "dk_kh_grundsats_age": ("kontanthjaelp.sats", _("Grundsats is for people under 30 (LAS § 16).")),
        "dk_kh_hjemmeboende": (
            "kontanthjaelp.hjemmeboende",
            _("The hjemmeboende sats is for people under 30 without children at home (LAS § 16)."),
        ),
        "dk_kh_hjemmeboende_sats": (
            "kontanthjaelp.sats_month",
            _("The hjemmeboende sats is not known to the calculator: type the sats from the afgørelse."),
        ),
        "dk_two_ydelser": (
            "kontanthjaelp.amount_month",
            _(
                "Only one of kontanthjælp, ressourceforløbsydelse, ledighedsydelse and førtidspension is "
                "paid "
                "at a time: fill in the one on the afgørelse."
            ),
        ),
        "dk_fleksjob_foertidspension": (
            "fleksjob.scenario_is_fleksjob",
            _("A fleksjob is not combined with førtidspension."),
        ),
    },
)


def _da(name: str, explanation: Any, *, neuter: bool = False, plural: bool = False) -> Name:
    """A Danish ydelse's name. `neuter`: an et-word ("dit tilskud", Swedish readers "ditt");
    `plural`: "dine sygedagpenge", Swedish "dina"."""
    forms: dict[str, dict[str, str]] = {}
    if plural:
        forms = {"da": {"your": f"dine {name}"}, "sv": {"your": f"dina {name}"}}
    elif neuter:
        forms = {"da": {"your": f"dit {name}"}, "sv": {"your": f"ditt {name}"}}
    return Name(name, "da", explanation, forms=forms)


NAMES: dict[str, Name] = {
    "dk.kontanthjaelp": _da("kontanthjælp", _("social assistance from the kommune")),
    "dk.fritidstillaeg": _da(
        "fritidstillæg", _("leisure supplement for children of families on kontanthjælp"), neuter=True
    ),
    "dk.ressourceforloebsydelse": _da(
        "ressourceforløbsydelse",
        _("benefit during a ressourceforløb or jobafklaringsforløb, from the kommune"),
    ),
    "dk.ledighedsydelse": _da(
        "ledighedsydelse", _("benefit for people approved for a fleksjob who have none")
    ),
    "dk.fleksloentilskud": _da(
        "fleksløntilskud", _("the kommune's wage supplement in a fleksjob"), neuter=True
    ),
    "dk.sygedagpenge": _da("sygedagpenge", _("sickness benefit from the kommune"), plural=True),
    "dk.foertidspension": _da("førtidspension", _("disability pension from Udbetaling Danmark")),
    "dk.boligsikring": _da("boligsikring", _("housing benefit for tenants, from Udbetaling Danmark")),
    "dk.boligydelse": _da("boligydelse", _("housing benefit for pensioners, from Udbetaling Danmark")),
    "dk.boerne_og_ungeydelse": _da("børne- og ungeydelse", _("child benefit from Udbetaling Danmark")),
    "dk.boernetilskud": _da(
        "børnetilskud", _("child allowance for single parents, from Udbetaling Danmark"), neuter=True
    ),
    "dk.skat": Name("skat", "da", _("income tax"), word=_("tax")),
}

AUTHORITIES: dict[str, str] = {
    "dk.kommune": "kommunen",
    "dk.udbetaling_danmark": "Udbetaling Danmark",
    "dk.skattestyrelsen": "Skattestyrelsen",
}


def today(case: Any) -> dict[str, Any]:
    """Who lives in the household (for the summary's "your situation today")."""
    return {
        "age": case.person.age,
        "partner": case.partner is not None,
        "children": len(case.children),
        "housing_cost": case.housing.rent_month if case.housing.rent_month > 0 else None,
    }


COUNTRY = CountryWeb(
    code="dk",
    form=FORM,
    names=NAMES,
    authorities=AUTHORITIES,
    today=today,
    example="kh_forhoejet_35.json",
)
