"""Perustoimeentulotuki from Kela (laki toimeentulotuesta 1412/1997; the reform 26/2026 in force
1.2.2026 with the new perusosa from 1.3.2026). Computed last: it tops up every other net income.

A month, for the family (the client, the spouse, the children under 18):

1. Perusosa per member (9 §): a person living alone; each adult of a couple; a single parent; the
   children by age (10-17 and under 10), the family's second child 5 and the third and further 10
   percentage points less (children taken oldest first - an assumption, in a notice). A reduction of
   the client's perusosa in the decision (20, 40 or 50 %) is applied to the client's part.
2. Housing costs (7 a §): rent (or vastike), water and heating as entered; after a 3-month deadline
   to find a cheaper home Kela accepts at most the municipality's limit for the household size
   (valtioneuvoston asetus, annex) + water 26,40 € per person (Statistics Finland's SISU model);
   the case says whether the whole cost is still accepted.
3. Other basic costs Kela accepts (health care costs …), as entered.
4. Income: every net income of the family in the month - wages after tax, pensions and benefits
   after tax, the housing allowance, lapsilisä and elatustuki; not hoitotuki or vammaistuki. Until
   the support for February 2026, up to 150 € a month of each adult's net wages is left out
   (11 §); from March 2026 every net euro of wages counts. No usable assets (an assumption).
5. Toimeentulotuki = costs − income, never below 0, to the cent.

Net wages are the wages minus the tax the wages add (the year's tax with and without them, / 12),
as Kela counts the pay actually received; the employer's withholding may differ in a month.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from benefits_calc.rules.fi.case import Child, Housing, ToimeentulotukiDecision

from benefits_calc.explain import N_, Notice, ReportingDuty, Step
from benefits_calc.money import HUNDRED, ZERO, clamp0
from benefits_calc.outcome import BenefitResult
from benefits_calc.parameters import ParameterSet

BENEFIT = "fi.toimeentulotuki"
AUTHORITY = "fi.kela"
CENT = Decimal("0.01")
LAW = "Laki toimeentulotuesta 1412/1997"


def _c(x: Decimal) -> Decimal:
    return x.quantize(CENT, rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class Perusosa:
    """The family's perusosa a month, and the client's own part (for a reduction)."""

    total: Decimal
    client: Decimal
    members: tuple[tuple[str, Decimal], ...]


def perusosa(couple: bool, children: list[Child], p: ParameterSet) -> Perusosa:
    """Step 1 before any reduction (see the module docstring)."""
    t = p.table("fi_tt_perusosa")
    members: list[tuple[str, Decimal]] = []
    if couple:
        members += [("aikuinen", t["aikuinen"]), ("aikuinen", t["aikuinen"])]
    elif children:
        members.append(("yksinhuoltaja", t["yksinhuoltaja"]))
    else:
        members.append(("yksin", t["yksin"]))
    for i, child in enumerate(sorted(children, key=lambda c: -c.age)):
        band = "lapsi_10_17" if child.age >= 10 else "lapsi_alle10"
        key = f"{band}_{min(i + 1, 3)}"
        members.append((key, t[key]))
    return Perusosa(sum((a for _, a in members), ZERO), members[0][1], tuple(members))


def housing_limit(municipality: str, persons: int, p: ParameterSet) -> Decimal:
    """The municipality's limit for the household size + water per person (SISU's rule)."""
    size = min(persons, 4)
    base = p.table(f"fi_tt_asumisnormi_{size}")[municipality]
    extra = p.table("fi_tt_asumisnormi_lisa")[municipality] * max(0, persons - 4)
    return base + extra + p.v("fi_tt_water_per_person") * persons


def calculate(
    decision: ToimeentulotukiDecision,
    *,
    couple: bool,
    children: list[Child],
    municipality: str,
    housing: Housing,
    net_wages: tuple[Decimal, ...],
    other_net_income_month: Decimal,
    p: ParameterSet,
) -> BenefitResult:
    """Perustoimeentulotuki a month in the scenario (see the module docstring).

    `net_wages`: each adult's wages after tax a month; `other_net_income_month`: every other net
    income of the family a month (benefits and pensions after tax, the housing allowance, lapsilisä),
    without hoitotuki and vammaistuki.
    """
    steps: list[Step] = []
    notices: list[Notice] = [Notice("fi.ttt.assume.no_assets", {}, "info", BENEFIT)]

    # 1. Perusosa.
    po = perusosa(couple, children, p)
    cut = _c(po.client * Decimal(decision.perusosa_reduction_percent) / HUNDRED)
    values: dict[str, object] = {
        "adults_count": 2 if couple else 1,
        "children_count": len(children),
        "perusosa_month": po.total,
    }
    if cut > 0:
        values |= {
            "reduction_percent": Decimal(decision.perusosa_reduction_percent),
            "reduction_month": cut,
            "total_month": po.total - cut,
        }
    msg = "fi.ttt.perusosa_reduced" if cut > 0 else "fi.ttt.perusosa"
    steps.append(Step(msg, values, ("fi_tt_perusosa",), law=f"{LAW} 9 §"))
    if len(children) > 1:
        notices.append(Notice("fi.ttt.assume.children_order", {}, "info", BENEFIT))

    # 2. Housing costs.
    persons = (2 if couple else 1) + len(children)
    cost = housing.rent_month + housing.water_month + housing.heating_month
    limit = housing_limit(municipality, persons, p)
    accepted = cost if decision.full_housing_cost_accepted else min(cost, limit)
    steps.append(
        Step(
            "fi.ttt.housing",
            {
                "cost_month": cost,
                "municipality": municipality,
                "persons_count": persons,
                "limit_month": limit,
                "accepted_month": accepted,
            },
            (f"fi_tt_asumisnormi_{min(persons, 4)}", "fi_tt_asumisnormi_lisa", "fi_tt_water_per_person"),
            law=f"{LAW} 7 a §",
        )
    )
    if cost > limit and not decision.full_housing_cost_accepted:
        notices.append(
            Notice(
                "fi.ttt.notice.housing_capped", {"cost_month": cost, "limit_month": limit}, "warning", BENEFIT
            )
        )
    costs = po.total - cut + accepted + decision.other_basic_costs_month

    # 3-4. Income.
    disregard_each = p.v("fi_tt_ansiotulovahennys") if p.in_force("fi_tt_ansiotulovahennys") else ZERO
    net_wage_total = sum(net_wages, ZERO)
    disregard = sum((min(w, disregard_each) for w in net_wages if w > 0), ZERO)
    income = net_wage_total - disregard + other_net_income_month
    if p.in_force("fi_tt_ansiotulovahennys"):
        steps.append(
            Step(
                "fi.ttt.income_with_disregard",
                {
                    "net_wages_month": net_wage_total,
                    "disregard_each_month": disregard_each,
                    "disregard_month": disregard,
                    "other_income_month": other_net_income_month,
                    "income_month": income,
                },
                ("fi_tt_ansiotulovahennys",),
                law=f"{LAW} 11 §",
            )
        )
        notices.append(
            Notice("fi.ttt.notice.march_2026", {"disregard_each_month": disregard_each}, "warning", BENEFIT)
        )
    else:
        steps.append(
            Step(
                "fi.ttt.income",
                {
                    "net_wages_month": net_wage_total,
                    "other_income_month": other_net_income_month,
                    "income_month": income,
                },
                law=f"{LAW} 11 § (26/2026)",
            )
        )

    # 5. The support.
    amount = _c(clamp0(costs - income))
    steps.append(
        Step(
            "fi.ttt.result",
            {
                "perusosa_month": po.total - cut,
                "housing_month": accepted,
                "other_costs_month": decision.other_basic_costs_month,
                "costs_month": costs,
                "income_month": income,
                "amount_month": amount,
            },
        )
    )
    if net_wage_total > 0:
        notices.append(Notice("fi.ttt.assume.net_pay", {}, "info", BENEFIT))
    return BenefitResult(
        benefit=BENEFIT,
        authority=AUTHORITY,
        amount=amount,
        taxable=False,
        steps=steps,
        reported=decision.amount_month,
        notices=notices,
    )


def reporting_duties(decision: ToimeentulotukiDecision) -> list[ReportingDuty]:
    return [
        ReportingDuty.of(BENEFIT, AUTHORITY, "fi.ttt.duty", f"{LAW} (ilmoitusvelvollisuus; 26/2026)"),
    ]


MESSAGES: dict[str, str] = {
    "fi.ttt.perusosa": N_(
        "Perusosa for {adults_count} adults and {children_count} children: {perusosa_month} a month."
    ),
    "fi.ttt.perusosa_reduced": N_(
        "Perusosa for {adults_count} adults and {children_count} children: {perusosa_month} a month; "
        "reduced by {reduction_percent} ({reduction_month}): {total_month} a month."
    ),
    "fi.ttt.housing": N_(
        "Housing costs (rent, water, heating): {cost_month} a month. Kela's limit in {municipality} for "
        "{persons_count} people, with water, is {limit_month}: {accepted_month} a month is accepted."
    ),
    "fi.ttt.income_with_disregard": N_(
        "Income: wages after tax {net_wages_month}, of which up to {disregard_each_month} a person is not "
        "counted ({disregard_month}), and other net income {other_income_month} (benefits and pensions after "
        "tax, housing allowance, child benefit): {income_month} a month."
    ),
    "fi.ttt.income": N_(
        "Income: wages after tax {net_wages_month} and other net income {other_income_month} (benefits and "
        "pensions after tax, housing allowance, child benefit): {income_month} a month. Every euro of "
        "wages counts."
    ),
    "fi.ttt.result": N_(
        "Costs: perusosa {perusosa_month} + housing {housing_month} + other costs {other_costs_month} = "
        "{costs_month}; minus income {income_month}: toimeentulotuki {amount_month} a month."
    ),
    "fi.ttt.assume.no_assets": N_(
        "Toimeentulotuki is computed as if the family had no savings or other assets that could be used."
    ),
    "fi.ttt.assume.children_order": N_(
        "The children's perusosa is taken oldest first (the second and later children get less)."
    ),
    "fi.ttt.assume.net_pay": N_(
        "Kela counts the pay you actually receive in the month. Here the wage after tax is worked out with "
        "the year's tax; if your employer withholds more, the pay is lower and the support that month higher."
    ),
    "fi.ttt.notice.housing_capped": N_(
        "Your housing costs of {cost_month} are more than Kela's limit of {limit_month}. After a deadline "
        "of three months to find a cheaper home, Kela accepts only the limit."
    ),
    "fi.ttt.notice.march_2026": N_(
        "From March 2026 the perusosa is lower and the {disregard_each_month} of wages that is not counted "
        "now ends: every euro of net wages then reduces the support. Set the rule date to 2026-03-01 to "
        "see it."
    ),
    "fi.ttt.duty.what": N_(
        "Every income of the family in the month (wages, benefits), the costs, and changes in the household "
        "and housing; apply for the primary benefits first and keep your job search valid."
    ),
    "fi.ttt.duty.when": N_("Every month, with the application for the next month."),
    "fi.ttt.duty.how": N_("In OmaKela, with the pay slips and the bills."),
    "fi.ttt.duty.consequence": N_(
        "Support paid on missing income is reclaimed or set off; not applying for primary benefits or not "
        "registering as a jobseeker can cut the perusosa (from February 2026)."
    ),
}
