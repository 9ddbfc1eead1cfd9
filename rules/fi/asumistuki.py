"""Yleinen asumistuki from Kela (laki yleisestä asumistuesta 938/2014; rules from 1.4.2024 and
1.1.2025; amounts frozen 2024-2027). Mainland Finland, a rented or right-of-occupancy home.

A month, for the whole household (ruokakunta: A adults, L children):

1. Accepted housing costs: rent (or the right-of-occupancy charge) + water at 20 € per person and
   heating at 46 € + 16 € per further person when they are paid separately (9 §; the heating amount
   is 4 % higher in Etelä-Savo, Pohjois-Savo and Pohjois-Karjala and 8 % higher in Pohjois-Pohjanmaa,
   Kainuu and Lappi); at most the highest costs of the municipality group and household size (10 §).
2. Income: the gross monthly income of every member - wages, pensions, taxable benefits (sickness
   allowance counted as the daily amount × 25, unemployment benefits × 21,5; the caller passes
   monthly amounts already) - plus 20 % a year of the net assets above 10 000 € (one adult) or
   20 000 € (more), / 12; rounded to whole euros (Kela's decision: 799,75 -> 800). Hoitotuki,
   vammaistuki, lapsilisä and toimeentulotuki do not count.
3. Perusomavastuu = 50 % × (income − (667 + 94 × A + 296 × L)), 0 if below 10 €, to the cent.
4. Asumistuki = 70 % × (accepted costs − perusomavastuu), to the cent; not paid below 15 €.

Hard conditions (the benefit is excluded, and Kela will stop it): an owner-occupied home (from
1.1.2025); net assets of 50 000 € or more.

Income changes: Kela reads wages from the incomes register but the household must apply for a
review when its income rises by at least 400 € a month or falls by 200 €; otherwise Kela uses the
new income at the yearly review. The amount shown is the one after a review.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from benefits_calc.rules.fi.case import Housing, YleinenAsumistukiDecision

from benefits_calc.explain import N_, Notice, ReportingDuty, Step
from benefits_calc.money import TWELVE, ZERO, clamp0
from benefits_calc.outcome import BenefitResult
from benefits_calc.parameters import ParameterSet

BENEFIT = "fi.yleinen_asumistuki"
AUTHORITY = "fi.kela"
CENT = Decimal("0.01")
LAW = "Laki yleisestä asumistuesta 938/2014"


def _c(x: Decimal) -> Decimal:
    return x.quantize(CENT, rounding=ROUND_HALF_UP)


def group(municipality: str, p: ParameterSet) -> int:
    """The municipality group (kuntaryhmä) 1, 2 or 3 of yleinen asumistuki."""
    return int(p.table("fi_yat_kuntaryhma").get(municipality, Decimal(3)))


def cap(group_no: int, persons: int, p: ParameterSet) -> Decimal:
    """The highest accepted housing costs a month for the group and household size."""
    t = p.table(f"fi_yat_cap_{group_no}")
    return t[str(min(persons, 4))] + max(0, persons - 4) * t["extra"]


@dataclass(frozen=True)
class Costs:
    rent: Decimal
    water: Decimal
    heating: Decimal
    total: Decimal
    cap: Decimal
    accepted: Decimal


def accepted_costs(housing: Housing, persons: int, municipality: str, p: ParameterSet) -> tuple[Costs, Step]:
    """Step 1: the accepted housing costs a month."""
    norms = p.table("fi_yat_norms")
    water = norms["water"] * persons if housing.water_month > 0 else ZERO
    heating = ZERO
    if housing.heating_month > 0:
        heating = norms["heating_first"] + norms["heating_extra"] * (persons - 1)
        if housing.heating_region != "muu":
            heating = _c(heating * (1 + p.table("fi_yat_heating_uplift")[housing.heating_region]))
    total = housing.rent_month + water + heating
    g = group(municipality, p)
    c = cap(g, persons, p)
    costs = Costs(housing.rent_month, water, heating, total, c, min(total, c))
    return costs, Step(
        "fi.yat.costs",
        {
            "rent_month": costs.rent,
            "water_month": water,
            "heating_month": heating,
            "costs_month": total,
            "municipality": municipality,
            "group_count": g,
            "persons_count": persons,
            "cap_month": c,
            "accepted_month": costs.accepted,
        },
        (f"fi_yat_cap_{g}", "fi_yat_kuntaryhma", "fi_yat_norms", "fi_yat_heating_uplift"),
        law=f"{LAW} 9-10 §",
    )


def calculate(
    decision: YleinenAsumistukiDecision,
    *,
    adults: int,
    children: int,
    municipality: str,
    housing: Housing,
    gross_income_month: Decimal,
    gross_income_today_month: Decimal,
    pensioner_alone: bool,
    p: ParameterSet,
) -> BenefitResult:
    """Yleinen asumistuki a month in the scenario (see the module docstring).

    `gross_income_month`: the household's gross income a month in the scenario (every member);
    `gross_income_today_month`: the same without work (for the review notice); `pensioner_alone`:
    the household is only pensioners entitled to eläkkeensaajan asumistuki (then Kela pays that one).
    """
    steps: list[Step] = []
    notices: list[Notice] = []
    if housing.tenure == "owner":
        steps.append(Step("fi.yat.owner", {}, law=f"{LAW} (1.1.2025)"))
        return BenefitResult(
            BENEFIT, AUTHORITY, ZERO, False, steps, reported=decision.amount_month, excluded=True
        )
    assets = p.table("fi_yat_assets")
    if decision.net_assets >= assets["cutoff"]:
        steps.append(
            Step(
                "fi.yat.assets_cutoff",
                {"net_assets": decision.net_assets, "cutoff": assets["cutoff"]},
                ("fi_yat_assets",),
            )
        )
        return BenefitResult(
            BENEFIT, AUTHORITY, ZERO, False, steps, reported=decision.amount_month, excluded=True
        )
    if pensioner_alone:
        notices.append(Notice("fi.yat.notice.pensioner", {}, "warning", BENEFIT))
    persons = adults + children
    costs, step = accepted_costs(housing, persons, municipality, p)
    steps.append(step)

    # 2. Income.
    limit = assets["limit_one"] if adults == 1 else assets["limit_more"]
    asset_income = _c(assets["rate"] * clamp0(decision.net_assets - limit) / TWELVE)
    income = (gross_income_month + asset_income).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    if decision.net_assets <= 0:
        steps.append(
            Step(
                "fi.yat.income_plain",
                {"gross_income_month": gross_income_month, "income_month": income},
            )
        )
    else:
        steps.append(
            Step(
                "fi.yat.income",
                {
                    "gross_income_month": gross_income_month,
                    "net_assets": decision.net_assets,
                    "asset_limit": limit,
                    "asset_rate": assets["rate"],
                    "asset_income_month": asset_income,
                    "income_month": income,
                },
                ("fi_yat_assets",),
            )
        )

    # 3. Perusomavastuu.
    po = p.table("fi_yat_perusomavastuu")
    free = po["base"] + po["adult"] * adults + po["child"] * children
    own = _c(po["rate"] * clamp0(income - free))
    ignored = own < po["ignore_below"]
    if ignored:
        own = ZERO
    steps.append(
        Step(
            "fi.yat.perusomavastuu",
            {
                "income_month": income,
                "base_month": po["base"],
                "adult_month": po["adult"],
                "adults_count": adults,
                "child_month": po["child"],
                "children_count": children,
                "free_month": free,
                "own_rate": po["rate"],
                "ignore_below_month": po["ignore_below"],
                "perusomavastuu_month": own,
            },
            ("fi_yat_perusomavastuu",),
            law=f"{LAW} 16 §",
        )
    )

    # 4. The allowance.
    rate = p.v("fi_yat_rate")
    minimum = p.v("fi_yat_min_payable")
    computed = _c(rate * clamp0(costs.accepted - own))
    amount = computed if computed >= minimum else ZERO
    steps.append(
        Step(
            "fi.yat.result",
            {
                "accepted_month": costs.accepted,
                "perusomavastuu_month": own,
                "allowance_rate": rate,
                "computed_month": computed,
                "minimum_month": minimum,
                "amount_month": amount,
            },
            ("fi_yat_rate", "fi_yat_min_payable"),
        )
    )

    # Reviews: a rise of 400 € a month must be reported.
    review = p.table("fi_yat_review")
    change = gross_income_month - gross_income_today_month
    if change >= review["rise"]:
        notices.append(
            Notice(
                "fi.yat.notice.review_required",
                {"change_month": change, "rise_month": review["rise"]},
                "warning",
                BENEFIT,
            )
        )
    elif change > 0:
        notices.append(
            Notice(
                "fi.yat.notice.review_yearly",
                {"change_month": change, "rise_month": review["rise"]},
                "info",
                BENEFIT,
            )
        )
    return BenefitResult(
        benefit=BENEFIT,
        authority=AUTHORITY,
        amount=amount,
        taxable=False,
        steps=steps,
        reported=decision.amount_month,
        notices=notices,
    )


def reporting_duties(decision: YleinenAsumistukiDecision) -> list[ReportingDuty]:
    return [
        ReportingDuty.of(BENEFIT, AUTHORITY, "fi.yat.duty", f"{LAW} (tarkistaminen, ilmoitusvelvollisuus)")
    ]


MESSAGES: dict[str, str] = {
    "fi.yat.costs": N_(
        "Housing costs: rent {rent_month}, water {water_month} and heating {heating_month} as Kela counts "
        "them = {costs_month} a month. In {municipality} (municipality group {group_count}) Kela accepts "
        "at most {cap_month} for {persons_count} people: {accepted_month} a month is counted."
    ),
    "fi.yat.income_plain": N_(
        "The household's income before tax is {gross_income_month} a month; counted in whole euros: "
        "{income_month} a month."
    ),
    "fi.yat.income": N_(
        "The household's income before tax is {gross_income_month} a month; of net assets of {net_assets}, "
        "{asset_rate} a year of the part above {asset_limit} is added ({asset_income_month} a month). "
        "Counted in whole euros: {income_month} a month."
    ),
    "fi.yat.perusomavastuu": N_(
        "Basic own share (perusomavastuu): the income that gives the full allowance is {base_month} + "
        "{adult_month} × {adults_count} adults + {child_month} × {children_count} children = {free_month}; "
        "{own_rate} of the income {income_month} above it, {perusomavastuu_month} a month (an own share "
        "under {ignore_below_month} is not counted)."
    ),
    "fi.yat.result": N_(
        "Yleinen asumistuki: {allowance_rate} × ({accepted_month} − {perusomavastuu_month}) = "
        "{computed_month} a month (not paid if less than {minimum_month}): {amount_month} a month."
    ),
    "fi.yat.owner": N_("Since 1 January 2025 yleinen asumistuki is not paid for an owner-occupied home."),
    "fi.yat.assets_cutoff": N_(
        "The household's net assets of {net_assets} are {cutoff} or more: no yleinen asumistuki."
    ),
    "fi.yat.notice.pensioner": N_(
        "With a full pension, and nobody else but your spouse living with you, Kela pays eläkkeensaajan "
        "asumistuki instead of yleinen asumistuki. Check which one your decision is for."
    ),
    "fi.yat.notice.review_required": N_(
        "Your household's income rises by {change_month} a month, at least {rise_month}: apply to Kela for "
        "a review of the housing allowance. The lower amount shown applies from the month after the "
        "income rises; an allowance paid on the old income must be paid back."
    ),
    "fi.yat.notice.review_yearly": N_(
        "Your household's income rises by {change_month} a month, less than {rise_month}: you need not "
        "apply for a review now, but at the yearly review Kela uses the new income and the allowance "
        "becomes the amount shown."
    ),
    "fi.yat.duty.what": N_(
        "A rise of the household's income of at least 400 euros a month or a fall of 200 euros, changes in "
        "the rent or in who lives with you, moving, and growing assets."
    ),
    "fi.yat.duty.when": N_("At once; the review applies from the start of the next month."),
    "fi.yat.duty.how": N_("Apply for a review (tarkistus) in OmaKela or on the form."),
    "fi.yat.duty.consequence": N_(
        "An allowance paid on too low an income is reclaimed; without the yearly review the allowance ends."
    ),
}
