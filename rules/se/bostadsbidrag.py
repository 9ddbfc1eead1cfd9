"""Bostadsbidrag (housing allowance) from Försäkringskassan: SFB 95-98 kap.

Two kinds, both tax free and income tested on the calendar year's bidragsgrundande inkomst (BGI,
97 kap. 2-3 §§: income before tax, spread evenly over the months):

Families with children (97 kap. 15-23 §§), a month:
* Bidrag till bostadskostnad (18 §): 50 % of the monthly housing cost above 1 400 up to a cap by
  the number of children (1 / 2 / 3 or more: 5 300 / 5 900 / 6 600 up to 2025; 6 800 / 7 900 /
  8 600 from 2026-01-01). Floor area above 80 / 100 / 120 / 140 / 160 m² (1-5+ children) is not
  counted (20 §): the cost is cut in proportion to the area counted, but never below 3 000 /
  3 300 / 3 600 / 3 900 / 4 200 kr or the actual cost (21 §).
* Särskilt bidrag (22, 22 a §§): children at home 1 500 / 2 000 / 2 650; children living
  alternately (växelvis) only 1 300 / 1 600 / 2 100; both kinds: the amount for the children at
  home plus 300 (1+1), 500 (2+1) or 800 (1+2). At most three children count (17 §).
* Income test (15 §): the year's bidrag falls by 20 % of the BGI above 150 000 (single) or, for
  spouses/sambo, of each one's BGI above 75 000.

Young people 18-28 without children (96 kap. 10-11 §§, 97 kap. 24-28 §§), a month:
* 90 % of the housing cost between 1 800 and 2 600 plus 65 % between 2 600 and 3 600; floor area
  above 60 m² not counted. Not for someone whose partner is 29 or older, nor if either gets
  bostadstillägg (96 kap. 11 §).
* Income test (24 §): the year's bidrag falls by one third of the BGI above 41 000 (single) or of
  the spouses' joint BGI above 58 000.

Both: a year's bidrag below 1 200 kr is not paid (97 kap. 16, 25 §§). The preliminary monthly
amount is rounded down to whole hundreds (98 kap. 4 §). The bidrag is preliminary: the final one
is set from the year's taxed income (98 kap. 5 §); a higher preliminary bidrag is paid back if the
difference is 1 200 kr or more (98 kap. 6 §) - so a client whose income rises must report the new
estimate at once (a danger notice says so).

Assumptions and limits (visible as notices where they touch a client):
* The area cut is proportional (cost x area limit / area); FK's exact method was not found.
* All children in the list count, children at home and växelvis alike, for the cap and the area
  limit; a child of 18-20 is assumed to get förlängt barnbidrag or studiehjälp (95 kap. 5 §).
* When more than three children are in the household, the most favourable three count for the
  särskilt bidrag (97 kap. 17 § does not say which).
* `bgi_year` is passed in by the caller: it must already include a förmögenhetstillägg (97 kap.
  6-7 §§), children's capital income (11 §) and 80 % of studiebidrag (2 §); umgängesbidrag
  (23 §) and higher limits for a family member with a disability are not modelled.
"""

from __future__ import annotations

from decimal import Decimal
from itertools import product

from benefits_calc.rules.se.case import BostadsbidragDecision, Child

from benefits_calc.explain import N_, Notice, ReportingDuty, Step
from benefits_calc.money import TWELVE, ZERO, clamp0, floor_to
from benefits_calc.outcome import BenefitResult
from benefits_calc.parameters import ParameterSet

BENEFIT = "se.bostadsbidrag"
AUTHORITY = "se.forsakringskassan"
ADULT_CHILD_AGE = 18


def _step(msg: str, values: dict[str, object], params: tuple[str, ...] = (), law: str = "") -> Step:
    return Step(msg, values, params, law)


def _key(n: int, top: int) -> str:
    return str(min(n, top))


def area_adjusted_cost(
    cost: Decimal, area_m2: Decimal | None, limit: Decimal, floor_cost: Decimal | None
) -> Decimal:
    """The monthly cost counted when the floor area is above the limit (97 kap. 20-21, 28 §§):
    cost x limit / area, but at least min(cost, floor_cost) (families only). Not rounded."""
    if area_m2 is None or area_m2 <= limit:
        return cost
    cut = cost * limit / area_m2
    if floor_cost is not None:
        cut = max(cut, min(cost, floor_cost))
    return cut


def sarskilt_bidrag(at_home: int, alternating: int, p: ParameterSet) -> Decimal:
    """Särskilt bidrag a month (97 kap. 22, 22 a §§), for the most favourable three children."""
    hemma = p.table("bb_sarskilt_hemma")
    vaxel = p.table("bb_sarskilt_vaxelvis")
    mixed = p.table("bb_sarskilt_vaxelvis_mixed")
    top = int(p.v("bb_max_children"))

    def amount(h: int, v: int) -> Decimal:
        if h == 0 and v == 0:
            return ZERO
        if v == 0:
            return hemma[_key(h, top)]
        if h == 0:
            return vaxel[_key(v, top)]
        return hemma[_key(h, top)] + mixed.get(f"{h}+{v}", ZERO)

    return max(amount(h, v) for h, v in product(range(at_home + 1), range(alternating + 1)) if h + v <= top)


def family_cost_bidrag(cost_counted: Decimal, n_children: int, p: ParameterSet) -> Decimal:
    """Bidrag till bostadskostnad a month (97 kap. 18 §): 50 % of the cost between the floor
    and the cap for the number of children. Not rounded (the monthly total is)."""
    cap = p.table("bb_family_cost_cap")[_key(n_children, int(p.v("bb_max_children")))]
    return p.v("bb_family_cost_rate") * clamp0(min(cost_counted, cap) - p.v("bb_family_cost_floor"))


def young_cost_bidrag(cost_counted: Decimal, p: ParameterSet) -> tuple[Decimal, Decimal]:
    """(band 1, band 2) a month (97 kap. 26-27 §§): 90 % of 1 800-2 600, 65 % of 2 600-3 600."""
    band = p.table("bb_young_cost_band1")
    b1 = p.v("bb_young_cost_rate1") * clamp0(min(cost_counted, band["to"]) - band["from"])
    b2 = p.v("bb_young_cost_rate2") * clamp0(min(cost_counted, p.v("bb_young_cost_cap")) - band["to"])
    return b1, b2


def _excluded(steps: list[Step], notices: list[Notice], reported: Decimal) -> BenefitResult:
    """A hard condition fails: none is paid whatever the decision letter says."""
    r = _result(ZERO, steps, notices, reported)
    r.excluded = True
    return r


def _result(
    amount: Decimal,
    steps: list[Step],
    notices: list[Notice],
    reported: Decimal,
    annual: Decimal | None = None,
) -> BenefitResult:
    return BenefitResult(
        benefit=BENEFIT,
        authority=AUTHORITY,
        amount=amount,
        taxable=False,
        steps=steps,
        period="year",
        reported=reported,
        notices=notices,
        year_amount=annual,
    )


def calculate(
    decision: BostadsbidragDecision,
    *,
    applicant_age: int,
    is_couple: bool,
    children: list[Child],
    housing_cost_month: Decimal,
    area_m2: Decimal | None,
    bgi_year: Decimal,
    partner_bgi_year: Decimal | None,
    p: ParameterSet,
    partner_age: int | None = None,
    receives_bostadstillagg: bool = False,
) -> BenefitResult:
    """Preliminary bostadsbidrag a month in the scenario (SFB 97-98 kap.).

    `housing_cost_month`: the household's monthly housing cost; `area_m2`: the floor area (None:
    the area limit is not checked, a notice says so); `bgi_year`, `partner_bgi_year`: each adult's
    bidragsgrundande inkomst for the year; `receives_bostadstillagg`: the client or partner gets
    bostadstillägg (no bostadsbidrag without children then, 96 kap. 11 § 3).
    """
    steps: list[Step] = []
    notices: list[Notice] = [Notice("se.bb.notice.preliminary", {}, "info", BENEFIT)]
    reported = decision.amount_month
    partner_bgi = partner_bgi_year if (is_couple and partner_bgi_year is not None) else ZERO
    if area_m2 is None:
        notices.append(Notice("se.bb.notice.area_unknown", {}, "info", BENEFIT))

    if children:
        at_home = sum(1 for c in children if not c.alternating_residence)
        alternating = len(children) - at_home
        if any(c.age >= ADULT_CHILD_AGE for c in children):
            notices.append(Notice("se.bb.notice.older_child", {}, "info", BENEFIT))
        n = len(children)
        steps.append(
            _step(
                "se.bb.children",
                {
                    "children_at_home_count": at_home,
                    "children_alternating_count": alternating,
                },
            )
        )
        limit = p.table("bb_family_area_limit")[_key(n, 5)]
        floor_cost = p.table("bb_family_area_floor_cost")[_key(n, 5)]
        cost = area_adjusted_cost(housing_cost_month, area_m2, limit, floor_cost)
        if cost != housing_cost_month:
            steps.append(
                _step(
                    "se.bb.area",
                    {
                        "housing_cost": housing_cost_month,
                        "area_sqm_count": area_m2,
                        "area_limit_sqm_count": limit,
                        "floor_cost": floor_cost,
                        "housing_cost_counted": cost,
                    },
                    ("bb_family_area_limit", "bb_family_area_floor_cost"),
                )
            )
        cost_bidrag = family_cost_bidrag(cost, n, p)
        steps.append(
            _step(
                "se.bb.cost",
                {
                    "housing_cost_counted": cost,
                    "cost_floor": p.v("bb_family_cost_floor"),
                    "cost_cap": p.table("bb_family_cost_cap")[_key(n, int(p.v("bb_max_children")))],
                    "cost_rate": p.v("bb_family_cost_rate"),
                    "cost_bidrag": cost_bidrag,
                },
                ("bb_family_cost_floor", "bb_family_cost_cap", "bb_family_cost_rate"),
            )
        )
        sarskilt = sarskilt_bidrag(at_home, alternating, p)
        steps.append(
            _step(
                "se.bb.sarskilt",
                {"sarskilt_bidrag": sarskilt},
                (
                    "bb_sarskilt_hemma",
                    "bb_sarskilt_vaxelvis",
                    "bb_sarskilt_vaxelvis_mixed",
                    "bb_max_children",
                ),
            )
        )
        gross_month = cost_bidrag + sarskilt
        gross_year = TWELVE * gross_month
        steps.append(
            _step(
                "se.bb.gross",
                {
                    "cost_bidrag": cost_bidrag,
                    "sarskilt_bidrag": sarskilt,
                    "gross_month": gross_month,
                    "gross_year": gross_year,
                },
            )
        )
        limits = p.table("bb_family_income_limit")
        rate = p.v("bb_family_income_rate")
        if is_couple:
            each = limits["each_spouse"]
            reduction = rate * (clamp0(bgi_year - each) + clamp0(partner_bgi - each))
            steps.append(
                _step(
                    "se.bb.income_couple",
                    {
                        "bgi_year": bgi_year,
                        "partner_bgi_year": partner_bgi,
                        "income_limit": each,
                        "income_rate": rate,
                        "reduction_year": reduction,
                    },
                    ("bb_family_income_limit", "bb_family_income_rate"),
                )
            )
        else:
            single = limits["single"]
            reduction = rate * clamp0(bgi_year - single)
            steps.append(
                _step(
                    "se.bb.income_single",
                    {
                        "bgi_year": bgi_year,
                        "income_limit": single,
                        "income_rate": rate,
                        "reduction_year": reduction,
                    },
                    ("bb_family_income_limit", "bb_family_income_rate"),
                )
            )
    else:
        ages = p.table("bb_young_age")
        too_old = applicant_age >= ages["stop"] or (
            is_couple and partner_age is not None and partner_age >= ages["stop"]
        )
        if applicant_age < ages["min"] or too_old:
            # SFB 96 kap. 10-11 §§: without children, only for ages 18-28 (both partners).
            steps.append(_step("se.bb.young_age", {}, ("bb_young_age",), "SFB 96 kap. 10-11 §§"))
            return _excluded(steps, notices, reported)
        if receives_bostadstillagg:
            # SFB 96 kap. 11 § 3: none without children for someone with bostadstillägg.
            steps.append(_step("se.bb.young_btp", {}, law="SFB 96 kap. 11 § 3"))
            return _excluded(steps, notices, reported)
        limit = p.v("bb_young_area_limit")
        cost = area_adjusted_cost(housing_cost_month, area_m2, limit, None)
        if cost != housing_cost_month:
            steps.append(
                _step(
                    "se.bb.young_area",
                    {
                        "housing_cost": housing_cost_month,
                        "area_sqm_count": area_m2,
                        "area_limit_sqm_count": limit,
                        "housing_cost_counted": cost,
                    },
                    ("bb_young_area_limit",),
                )
            )
        band = p.table("bb_young_cost_band1")
        b1, b2 = young_cost_bidrag(cost, p)
        gross_month = b1 + b2
        gross_year = TWELVE * gross_month
        steps.append(
            _step(
                "se.bb.young_cost",
                {
                    "housing_cost_counted": cost,
                    "band1_from": band["from"],
                    "band1_to": band["to"],
                    "band1_rate": p.v("bb_young_cost_rate1"),
                    "band1_amount": b1,
                    "cost_cap": p.v("bb_young_cost_cap"),
                    "band2_rate": p.v("bb_young_cost_rate2"),
                    "band2_amount": b2,
                    "gross_month": gross_month,
                    "gross_year": gross_year,
                },
                ("bb_young_cost_band1", "bb_young_cost_rate1", "bb_young_cost_cap", "bb_young_cost_rate2"),
            )
        )
        limits = p.table("bb_young_income_limit")
        income = bgi_year + partner_bgi
        limit_income = limits["couple" if is_couple else "single"]
        reduction = clamp0(income - limit_income) / p.v("bb_young_income_divisor")
        steps.append(
            _step(
                "se.bb.young_income",
                {
                    "bgi_year": income,
                    "income_limit": limit_income,
                    "reduction_year": reduction,
                },
                ("bb_young_income_limit", "bb_young_income_divisor"),
            )
        )
    return _finish(gross_year, reduction, steps, notices, reported, p)


def _finish(
    gross_year: Decimal,
    reduction: Decimal,
    steps: list[Step],
    notices: list[Notice],
    reported: Decimal,
    p: ParameterSet,
) -> BenefitResult:
    """The year's bidrag, the 1 200 kr minimum, the monthly rounding and the repayment check."""
    annual = clamp0(gross_year - reduction)
    minimum = p.v("bb_min_year")
    if 0 < annual < minimum:
        steps.append(
            _step("se.bb.below_minimum", {"annual_amount": annual, "min_year": minimum}, ("bb_min_year",))
        )
        annual = ZERO
    month = floor_to(annual / TWELVE, p.v("bb_month_rounding"))
    if gross_year > 0:
        steps.append(
            _step(
                "se.bb.result",
                {
                    "gross_year": gross_year,
                    "reduction_year": reduction,
                    "annual_amount": annual,
                    "amount_month": month,
                },
                ("bb_month_rounding",),
            )
        )
    # Preliminary vs final (98 kap. 6 §): compare with what the decision pays today.
    threshold = p.v("bb_settlement_threshold")
    if month < reported:
        repay = TWELVE * reported - annual
        if repay >= threshold:
            notices.append(
                Notice(
                    "se.bb.notice.repayment_risk",
                    (
                        {
                            "reported_month": reported,
                            "amount_month": month,
                            "repayment_year": repay,
                        }
                    ),
                    "danger",
                    BENEFIT,
                )
            )
        else:
            notices.append(
                Notice(
                    "se.bb.notice.small_difference",
                    (
                        {
                            "reported_month": reported,
                            "amount_month": month,
                            "repayment_year": repay,
                            "settlement_threshold": threshold,
                        }
                    ),
                    "info",
                    BENEFIT,
                )
            )
    elif month > reported:
        notices.append(
            Notice(
                "se.bb.notice.may_be_higher",
                (
                    {
                        "reported_month": reported,
                        "amount_month": month,
                    }
                ),
                "info",
                BENEFIT,
            )
        )
    return _result(month, steps, notices, reported, annual)


def reporting_duties(decision: BostadsbidragDecision | None = None) -> list[ReportingDuty]:
    """What a household with bostadsbidrag must tell Försäkringskassan (SFB 110 kap. 46 §,
    98 kap. 8 §)."""
    return [
        ReportingDuty.of(
            BENEFIT,
            AUTHORITY,
            "se.bb.duty",
            "SFB 110 kap. 46-47 §§; 98 kap. 2, 6, 8 §§",
        )
    ]


MESSAGES: dict[str, str] = {
    "se.bb.children": N_(
        "Children in the household: {children_at_home_count} living at home and "
        "{children_alternating_count} living here every other week (växelvis)."
    ),
    "se.bb.area": N_(
        "Your home is {area_sqm_count} m²; bostadsbidrag counts at most {area_limit_sqm_count} m², so "
        "only that part of the housing cost of {housing_cost} counts (but at least {floor_cost} or "
        "the whole cost if lower): {housing_cost_counted} a month."
    ),
    "se.bb.cost": N_(
        "Bidrag for the housing cost: {cost_rate} of the part of {housing_cost_counted} above "
        "{cost_floor}, up to {cost_cap}: {cost_bidrag} a month."
    ),
    "se.bb.sarskilt": N_("Särskilt bidrag for the children: {sarskilt_bidrag} a month."),
    "se.bb.gross": N_(
        "Before the income test: {cost_bidrag} + {sarskilt_bidrag} = {gross_month} a month, "
        "{gross_year} a year."
    ),
    "se.bb.income_single": N_(
        "Your income for the year before tax is {bgi_year}. The bidrag falls by {income_rate} of the "
        "part above {income_limit}: {reduction_year} a year."
    ),
    "se.bb.income_couple": N_(
        "Your income for the year before tax is {bgi_year} and your partner's {partner_bgi_year}. "
        "The bidrag falls by {income_rate} of each one's income above {income_limit}: "
        "{reduction_year} a year."
    ),
    "se.bb.young_age": N_(
        "Bostadsbidrag without children is for people aged 18-28 (both partners under 29), so none is paid."
    ),
    "se.bb.young_btp": N_(
        "Someone who gets bostadstillägg (or whose partner does) cannot get bostadsbidrag without "
        "children; none is paid."
    ),
    "se.bb.young_area": N_(
        "Your home is {area_sqm_count} m²; bostadsbidrag counts at most {area_limit_sqm_count} m², so "
        "only that part of the housing cost of {housing_cost} counts: {housing_cost_counted} a month."
    ),
    "se.bb.young_cost": N_(
        "Bidrag for the housing cost of {housing_cost_counted}: {band1_rate} of the part between "
        "{band1_from} and {band1_to} ({band1_amount}) and {band2_rate} of the part above, up to "
        "{cost_cap} ({band2_amount}): {gross_month} a month, {gross_year} a year."
    ),
    "se.bb.young_income": N_(
        "The income for the year before tax is {bgi_year}. The bidrag falls by one third of the part "
        "above {income_limit}: {reduction_year} a year."
    ),
    "se.bb.below_minimum": N_(
        "The bidrag would be {annual_amount} a year; less than {min_year} a year is not paid."
    ),
    "se.bb.result": N_(
        "Bostadsbidrag: {gross_year} - {reduction_year} = {annual_amount} a year. Paid each month: "
        "{amount_month} (one twelfth, rounded down to whole hundreds)."
    ),
    "se.bb.notice.preliminary": N_(
        "Bostadsbidrag is preliminary and built on your estimate of this year's income. When "
        "Skatteverket has set the year's income, Försäkringskassan sets the final bidrag."
    ),
    "se.bb.notice.area_unknown": N_(
        "The floor area is not given, so the limit on the area counted is not checked."
    ),
    "se.bb.notice.older_child": N_(
        "A child aged 18 or more counts only if the child gets förlängt barnbidrag or studiehjälp "
        "(goes to school); the calculation assumes so."
    ),
    "se.bb.notice.repayment_risk": N_(
        "With the income in this calculation the bostadsbidrag is {amount_month} a month, but "
        "{reported_month} a month is paid today. Report the new income estimate to "
        "Försäkringskassan at once. If you do not, you may have to pay back about "
        "{repayment_year} for a whole year."
    ),
    "se.bb.notice.small_difference": N_(
        "With the income in this calculation the bostadsbidrag is {amount_month} a month instead "
        "of {reported_month}. For a whole year the difference ({repayment_year}) is below "
        "{settlement_threshold}, which is neither paid back nor paid out. Report a changed income "
        "estimate all the same."
    ),
    "se.bb.notice.may_be_higher": N_(
        "With the income in this calculation the bostadsbidrag would be {amount_month} a month, "
        "more than the {reported_month} paid today. You can ask Försäkringskassan for a new "
        "calculation."
    ),
    "se.bb.duty.what": N_(
        "A new estimate of your or your partner's income for the year (a new job, more hours, a "
        "higher wage), and changes in housing cost, floor area or who lives with you."
    ),
    "se.bb.duty.when": N_(
        "At once when you know the income will change, at the latest 14 days after you learn of it."
    ),
    "se.bb.duty.how": N_("Report the changed income on Mina sidor at forsakringskassan.se, or by phone."),
    "se.bb.duty.consequence": N_(
        "If the preliminary bostadsbidrag was too high, you must pay back the difference (1 200 "
        "kronor or more for a year) with a fee after the final tax assessment."
    ),
}
