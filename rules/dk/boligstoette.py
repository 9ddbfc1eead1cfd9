"""Boligstøtte from Udbetaling Danmark: boligsikring, lov om individuel boligstøtte (LBS). Computed on
the year's household income, paid a month.

Boligsikring is for tenants who are not pensioners, and for people with førtidspension granted from
2003 ("boligsikring efter særlige regler": no 15 % limit without children). Boligydelse (folkepension,
førtidspension granted before 2003) is not calculated here: the afgørelse's amount is kept and marked
uncertain.

    boligudgift B  = 12 × husleje (without heating, water, electricity on account)
                     + per m² for heating paid separately, - per m² for heating and hot water or
                     electricity included in the rent (LBS § 10)
                     × (65 m² + 20 m² per further person) / area, when the home is larger (arealgrænse)
                     at most the maximum boligudgift, +5/10/15/20 % for 1/2/3/4+ children (LBS § 14)
    income I       = the household's personal income for the year (pay after ATP and AM-bidrag, and
                     every taxable benefit, of both adults; not the children's) + formuetillæg
                     (10 % of formue above the first limit, 20 % above the second, LBS § 8 a)
    boligsikring   = 60 % of B - 18 % of (I - indkomstgrænse)                          (LBS § 22)
                     the indkomstgrænse rises for each child beyond the first, up to four, and for a
                     couple both under 30 for each child up to three (§ 22, stk. 1)
                     at most B - the minimum own payment (§ 22, stk. 2), at most the maximum (× 1,25
                     with 4 or more children), without children at most 15 % of B unless someone in the
                     household has førtidspension (§ 22, stk. 3); with kontanthjælp at forhøjet sats and
                     a partner, at most the boligstøtteloft
                     the year rounded to whole kroner; nothing below the minimum payment; a month =
                     the year / 12 to whole kroner, 50 øre up

Udbetaling Danmark's own calculator (2026, 53 outputs recomputed by the research, 52 to the krone)
is reproduced with these rules (tests/rules/dk/test_boligstoette.py). Udbetaling Danmark regulates
the payment monthly from eIndkomst and settles the year afterwards (efterregulering, LBS § 46 b):
notices say so. Not modelled: owners and andelshavere (boligstøtte as a loan for førtidspensionister),
other per-m² items (water, maintenance), the special rules for bevægelseshæmmede, døgnhjælp and
bofællesskaber, children's income, rent from lodgers.
"""

from __future__ import annotations

from decimal import Decimal

from benefits_calc.rules.dk.case import BoligstoetteDecision, Housing

from benefits_calc.explain import N_, Notice, ReportingDuty, Step
from benefits_calc.money import TWELVE, ZERO, clamp0, round_half_up
from benefits_calc.outcome import BenefitResult
from benefits_calc.parameters import ParameterSet

BENEFIT = "dk.boligsikring"
BOLIGYDELSE = "dk.boligydelse"
AUTHORITY = "dk.udbetaling_danmark"
YOUNG_COUPLE_AGE = 30
CENT = Decimal("0.01")

MESSAGES: dict[str, str] = {
    "dk.bs.boligydelse": N_(
        "Boligydelse (for folkepension and førtidspension granted before 2003) is not calculated here: the "
        "amount on your afgørelse is shown unchanged. It falls when the household's income rises."
    ),
    "dk.bs.owner_loan": N_(
        "You own your home or an andel: boligstøtte to a førtidspensionist is then partly a loan, which is "
        "not "
        "calculated here; the afgørelse's amount is shown unchanged."
    ),
    "dk.bs.not_tenant": N_(
        "Boligsikring is only for tenants (and førtidspensionister): an owner or andelshaver does not get it."
    ),
    "dk.bs.boligudgift": N_(
        "Boligudgift: 12 × rent {rent} = {rent_year}, adjusted for heating, hot water and electricity by "
        "{adjustment} ({area_m2} m²): {boligudgift} a year."
    ),
    "dk.bs.boligudgift_no_area": N_(
        "Boligudgift: 12 × rent {rent} = {boligudgift} a year (no area given: no adjustment for heating and "
        "no "
        "area limit)."
    ),
    "dk.bs.area": N_(
        "The home is {area_m2} m²; for {persons_count} person(s) {limit_m2} m² count: {boligudgift_before} × "
        "{limit_m2} / {area_m2} = {boligudgift} a year."
    ),
    "dk.bs.max_boligudgift": N_("At most {max_boligudgift} a year of boligudgift counts."),
    "dk.bs.income": N_(
        "The household's income for the year: {household_income} (pay after ATP and AM-bidrag and taxable "
        "benefits of the adults)."
    ),
    "dk.bs.formue": N_(
        "Formue {formue} adds {formuetillaeg} to the income (above {formue_limit}): {income} a year."
    ),
    "dk.bs.indkomstgraense": N_(
        "Income up to {indkomstgraense} a year does not reduce boligsikring ({children_count} child(ren))."
    ),
    "dk.bs.formula": N_(
        "Boligsikring: {rent_share} × {boligudgift} - {income_share} × ({income} - {indkomstgraense}) = "
        "{raw} a year."
    ),
    "dk.bs.egenbetaling": N_(
        "You pay at least {min_egenbetaling} a year yourself: at most {boligudgift} - {min_egenbetaling} = "
        "{limit} a year."
    ),
    "dk.bs.maximum": N_("Boligsikring is at most {maximum} a year."),
    "dk.bs.no_children": N_(
        "Without children boligsikring is at most {cap_share} of the boligudgift: {limit} a year."
    ),
    "dk.bs.loft": N_(
        "Boligstøtteloft: a couple where one gets kontanthjælp at forhøjet sats gets at most {loft_month} a "
        "month, {limit} a year."
    ),
    "dk.bs.below_minimum": N_(
        "{amount_year} a year is below the smallest amount paid, {min_payout}: no boligsikring."
    ),
    "dk.bs.result": N_("Boligsikring: {amount_year} a year, {amount} a month, tax free."),
    "dk.bs.notice.area_unknown": N_(
        "No living area was given: the heating adjustment and the area limit are left out, so boligsikring "
        "may be too high."
    ),
    "dk.bs.notice.efterregulering": N_(
        "Boligstøtte is computed on the household's income for the whole year. Udbetaling Danmark adjusts it "
        "each month from eIndkomst and settles the year afterwards (efterregulering): if the income was "
        "higher "
        "than expected, you pay back what you got too much."
    ),
    "dk.bs.notice.partner_income": N_(
        "Your partner's income counts in the household income, whether you are married or not."
    ),
    "dk.bs.duty.what": N_(
        "Changes in who lives in the home, the household's income and formue (also a new job or more hours), "
        "the rent, and moving."
    ),
    "dk.bs.duty.when": N_("At once when it happens (moving in or out: before)."),
    "dk.bs.duty.how": N_("To Udbetaling Danmark on borger.dk (boligstøtte, giv besked om ændringer)."),
    "dk.bs.duty.consequence": N_(
        "Boligstøtte paid on too low an income or the wrong household is claimed back after the year "
        "(efterregulering) or at once; knowingly withheld information can be reported to the police."
    ),
}


def boligudgift_year(housing: Housing, p: ParameterSet) -> tuple[Decimal, Decimal, Step]:
    """(the year's boligudgift before the area limit, the per-m² adjustment, its step) - LBS § 10."""
    rent_year = TWELVE * housing.rent_month
    if housing.area_m2 is None:
        return (
            rent_year,
            ZERO,
            Step("dk.bs.boligudgift_no_area", {"rent": housing.rent_month, "boligudgift": rent_year}),
        )
    a = p.table("bs_m2_adjustments")
    area = housing.area_m2
    if housing.heating == "separate":
        per_m2 = a["heating_separate"]
    else:
        per_m2 = -(a["heating_included"] + a["hot_water_included"])
    if housing.electricity_included:
        per_m2 -= a["electricity_included"]
    adjustment = per_m2 * area
    total = rent_year + adjustment
    step = Step(
        "dk.bs.boligudgift",
        {
            "rent": housing.rent_month,
            "rent_year": rent_year,
            "adjustment": adjustment,
            "area_m2": area,
            "boligudgift": total,
        },
        ("bs_m2_adjustments",),
        "LBS § 10",
    )
    return total, adjustment, step


def calculate(
    decision: BoligstoetteDecision,
    *,
    housing: Housing,
    persons: int,
    children_count: int,
    young_couple: bool,
    household_income_year: Decimal,
    foertidspension_in_household: bool,
    kh_forhoejet_couple: bool,
    couple: bool,
    p: ParameterSet,
) -> BenefitResult:
    """Boligsikring a month (see the module docstring). `young_couple`: two adults, both under 30;
    `kh_forhoejet_couple`: a couple where one gets kontanthjælp at forhøjet sats (boligstøtteloft)."""
    notices: list[Notice] = [Notice("dk.bs.notice.efterregulering", {}, "warning", BENEFIT)]
    if decision.kind == "boligydelse":
        return BenefitResult(
            BOLIGYDELSE,
            AUTHORITY,
            ZERO,
            False,
            [Step("dk.bs.boligydelse", {})],
            "year",
            decision.amount_month,
            notices,
        )
    if housing.kind != "leje":
        if foertidspension_in_household:
            steps = [Step("dk.bs.owner_loan", {}, law="LBS § 2 a")]
            return BenefitResult(
                BENEFIT, AUTHORITY, ZERO, False, steps, "year", decision.amount_month, notices
            )
        r = BenefitResult(
            BENEFIT,
            AUTHORITY,
            ZERO,
            False,
            [Step("dk.bs.not_tenant", {}, law="LBS §§ 1, 2 a")],
            "year",
            decision.amount_month,
            notices,
        )
        r.excluded = True
        return r
    if couple:
        notices.append(Notice("dk.bs.notice.partner_income", {}, "info", BENEFIT))

    steps: list[Step] = []
    b, _adjustment, step = boligudgift_year(housing, p)
    steps.append(step)
    if housing.area_m2 is None:
        notices.append(Notice("dk.bs.notice.area_unknown", {}, "warning", BENEFIT))
    else:
        lim = p.table("bs_area_limit_m2")
        limit_m2 = lim["first"] + lim["per_extra_person"] * (persons - 1)
        if housing.area_m2 > limit_m2:
            before = b
            b = (b * limit_m2 / housing.area_m2).quantize(CENT)
            steps.append(
                Step(
                    "dk.bs.area",
                    {
                        "area_m2": housing.area_m2,
                        "persons_count": persons,
                        "limit_m2": limit_m2,
                        "boligudgift_before": before,
                        "boligudgift": b,
                    },
                    ("bs_area_limit_m2",),
                )
            )
    increase = p.table("bs_max_boligudgift_child_increase").get(str(min(children_count, 4)), ZERO)
    max_b = round_half_up(p.v("bs_max_boligudgift_year") * (1 + increase), 100)
    if b > max_b:
        b = max_b
        steps.append(
            Step(
                "dk.bs.max_boligudgift",
                {"max_boligudgift": max_b},
                ("bs_max_boligudgift_year", "bs_max_boligudgift_child_increase"),
                "LBS § 14, stk. 1",
            )
        )

    steps.append(Step("dk.bs.income", {"household_income": household_income_year}, law="LBS § 8"))
    f = p.table("bs_formuetillaeg")
    formue = decision.formue
    tillaeg = f["lower_rate"] * clamp0(min(formue, f["upper"]) - f["lower"]) + f["upper_rate"] * clamp0(
        formue - f["upper"]
    )
    income = household_income_year + tillaeg
    if tillaeg > 0:
        steps.append(
            Step(
                "dk.bs.formue",
                {"formue": formue, "formuetillaeg": tillaeg, "formue_limit": f["lower"], "income": income},
                ("bs_formuetillaeg",),
                "LBS § 8 a",
            )
        )
    step_amount = p.v("bs_child_step_year")
    ig = p.v("bs_indkomstgraense_year") + step_amount * max(0, min(children_count, 4) - 1)
    if young_couple:
        ig += step_amount * min(children_count, 3)
    steps.append(
        Step(
            "dk.bs.indkomstgraense",
            {"indkomstgraense": ig, "children_count": children_count},
            ("bs_indkomstgraense_year", "bs_child_step_year"),
            "LBS § 22, stk. 1",
        )
    )
    rent_share, income_share = p.v("bs_rent_share"), p.v("bs_income_share")
    raw = (rent_share * b - income_share * clamp0(income - ig)).quantize(CENT)
    steps.append(
        Step(
            "dk.bs.formula",
            {
                "rent_share": rent_share,
                "boligudgift": b,
                "income_share": income_share,
                "income": income,
                "indkomstgraense": ig,
                "raw": raw,
            },
            ("bs_rent_share", "bs_income_share"),
            "LBS § 22, stk. 1",
        )
    )
    s = raw
    min_egen = p.v("bs_min_egenbetaling_year")
    limit = clamp0(b - min_egen)
    if s > limit:
        s = limit
        steps.append(
            Step(
                "dk.bs.egenbetaling",
                {"min_egenbetaling": min_egen, "boligudgift": b, "limit": limit},
                ("bs_min_egenbetaling_year",),
                "LBS § 22, stk. 2",
            )
        )
    maximum = p.v("bs_max_year") * (p.v("bs_max_factor_4_children") if children_count >= 4 else 1)
    if s > maximum:
        s = maximum
        steps.append(
            Step(
                "dk.bs.maximum", {"maximum": maximum}, ("bs_max_year", "bs_max_factor_4_children"), "LBS § 23"
            )
        )
    if children_count == 0 and not foertidspension_in_household:
        share = p.v("bs_no_children_cap_share")
        cap = (share * b).quantize(CENT)
        if s > cap:
            s = cap
            steps.append(
                Step(
                    "dk.bs.no_children",
                    {"cap_share": share, "limit": cap},
                    ("bs_no_children_cap_share",),
                    "LBS § 22, stk. 3",
                )
            )
    if kh_forhoejet_couple:
        loft_month = p.v("kh_boligstoetteloft_month")
        loft = TWELVE * loft_month
        if s > loft:
            s = loft
            steps.append(
                Step("dk.bs.loft", {"loft_month": loft_month, "limit": loft}, ("kh_boligstoetteloft_month",))
            )
    year = round_half_up(clamp0(s))
    min_payout = p.v("bs_min_payout_year")
    if 0 < year < min_payout:
        steps.append(
            Step(
                "dk.bs.below_minimum",
                {"amount_year": year, "min_payout": min_payout},
                ("bs_min_payout_year",),
            )
        )
        year = ZERO
    amount = round_half_up(year / TWELVE)
    steps.append(Step("dk.bs.result", {"amount_year": year, "amount": amount}))
    return BenefitResult(
        BENEFIT, AUTHORITY, amount, False, steps, "year", decision.amount_month, notices, year_amount=year
    )


def reporting_duties(decision: BoligstoetteDecision) -> list[ReportingDuty]:
    """What to tell Udbetaling Danmark (LBS; retssikkerhedsloven § 11; efterregulering LBS § 46 b)."""
    benefit = BOLIGYDELSE if decision.kind == "boligydelse" else BENEFIT
    return [ReportingDuty.of(benefit, AUTHORITY, "dk.bs.duty", "LBS § 46 b; retssikkerhedsloven § 11")]
