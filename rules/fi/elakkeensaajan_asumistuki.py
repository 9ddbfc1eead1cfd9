"""Eläkkeensaajan asumistuki from Kela (laki eläkkeensaajan asumistuesta 571/2007), computed on the
year's amounts and paid monthly. Frozen 2024-2027.

Who (Kela, https://www.kela.fi/web/lattlast/andra-stod-for-pensionstagare and
https://www.kela.fi/elakkeensaajan-asumistuki): a person with a pension that gives the right -
Kela's disability pension or kuntoutustuki, takuueläke, a FULL earnings-related disability pension
or full kuntoutustuki - living alone, with a spouse, or only with others who have such a pension.
Not with osatyökyvyttömyyseläke alone ("Et voi saada eläkkeensaajan asumistukea, jos saat pelkästään
esimerkiksi osatyökyvyttömyyseläkettä"), and not in a household with children: then the household
applies for yleinen asumistuki. Either case is a hard condition here: the benefit is excluded and
Kela will stop it. If a spouse also has such a pension, the couple applies together and each gets
half: the household's total is shown.

The amount, a year:
    costs   = min(the rent a year + water at 32,40 € per person a month and the heating paid
              separately, as entered; the highest costs of the municipality group)
    income  = the year's gross income of the client (and spouse): wages, pensions, taxable benefits,
              capital income, + 15 % of the assets above 15 000 € (couple 24 000 €); hoitotuki and
              vammaistuki are not counted
    own     = perusomavastuu + 43,5 % × (income − the income limit of the family)
    EAT     = 85 % × (costs − own) a year, / 12 to the cent; not paid below 7,46 € a month.
Kela rounds somewhere in this chain; the exact rule was not found: cents, half up, at the end.

While a disability pension rests because of work, the allowance continues if it was paid just
before (tietyoelamaan.fi). If work changes a full earnings-related pension into a partial one and
the client has no other entitling pension, the right ends: 0 in that scenario, with a warning.
The heating norm per m² that Kela uses for owner-occupied houses is not modelled (the heating cost
entered is used, said in a notice).
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from benefits_calc.rules.fi.case import ElakkeensaajanAsumistukiDecision, Housing

from benefits_calc.explain import N_, Notice, ReportingDuty, Step
from benefits_calc.money import TWELVE, ZERO, clamp0
from benefits_calc.outcome import BenefitResult
from benefits_calc.parameters import ParameterSet

BENEFIT = "fi.elakkeensaajan_asumistuki"
AUTHORITY = "fi.kela"
CENT = Decimal("0.01")
LAW = "Laki eläkkeensaajan asumistuesta 571/2007"


def _c(x: Decimal) -> Decimal:
    return x.quantize(CENT, rounding=ROUND_HALF_UP)


def group(municipality: str, p: ParameterSet) -> int:
    return int(p.table("fi_eat_kuntaryhma").get(municipality, Decimal(3)))


def calculate(
    decision: ElakkeensaajanAsumistukiDecision,
    *,
    entitled_today: bool,
    entitled_now: bool,
    has_children: bool,
    couple: bool,
    partner_entitled: bool,
    municipality: str,
    housing: Housing,
    persons: int,
    gross_income_year: Decimal,
    gross_income_today_year: Decimal,
    pension_rests: bool,
    p: ParameterSet,
) -> BenefitResult:
    """Eläkkeensaajan asumistuki a month in the scenario (see the module docstring).

    `entitled_today`: the client has an entitling pension when not working; `entitled_now`: still
    in this scenario; `gross_income_year`: the household's gross income a year in the scenario (the
    client's and the spouse's), without capital income; `gross_income_today_year`: the same not working.
    """
    steps: list[Step] = []
    notices: list[Notice] = []
    if not entitled_today:
        steps.append(Step("fi.eat.not_entitled", {}, law=LAW))
        return BenefitResult(
            BENEFIT, AUTHORITY, ZERO, False, steps, reported=decision.amount_month, excluded=True
        )
    if has_children:
        steps.append(Step("fi.eat.children", {}, law=LAW))
        return BenefitResult(
            BENEFIT, AUTHORITY, ZERO, False, steps, reported=decision.amount_month, excluded=True
        )

    # Costs a year.
    water = p.v("fi_eat_water_per_person") * persons if housing.water_month > 0 else ZERO
    costs_month = housing.rent_month + water + housing.heating_month
    costs_year = TWELVE * costs_month
    g = group(municipality, p)
    cap = p.table("fi_eat_cap")[str(g)]
    accepted = min(costs_year, cap)
    steps.append(
        Step(
            "fi.eat.costs",
            {
                "rent_month": housing.rent_month,
                "water_month": water,
                "heating_month": housing.heating_month,
                "costs_year": costs_year,
                "municipality": municipality,
                "group_count": g,
                "cap_year": cap,
                "accepted_year": accepted,
            },
            ("fi_eat_water_per_person", "fi_eat_cap", "fi_eat_kuntaryhma"),
        )
    )
    if housing.heating_month > 0:
        notices.append(Notice("fi.eat.notice.heating_as_entered", {}, "info", BENEFIT))

    # Income a year.
    a = p.table("fi_eat_assets")
    asset_limit = a["limit_couple"] if couple else a["limit_alone"]
    asset_income = _c(a["rate"] * clamp0(decision.assets - asset_limit))
    income = gross_income_year + decision.capital_income_year + asset_income
    if decision.assets <= 0 and decision.capital_income_year <= 0:
        steps.append(Step("fi.eat.income_plain", {"income_year": income}))
    else:
        steps.append(
            Step(
                "fi.eat.income",
                {
                    "gross_income_year": gross_income_year,
                    "capital_income_year": decision.capital_income_year,
                    "assets": decision.assets,
                    "asset_limit": asset_limit,
                    "asset_rate": a["rate"],
                    "asset_income_year": asset_income,
                    "income_year": income,
                },
                ("fi_eat_assets",),
            )
        )

    # Own share.
    limits = p.table("fi_eat_income_limit")
    key = "alone" if not couple else ("couple_both" if partner_entitled else "couple_one")
    limit = limits[key]
    own_t = p.table("fi_eat_own_share")
    extra = _c(own_t["rate"] * clamp0(income - limit))
    own = own_t["perusomavastuu"] + extra
    steps.append(
        Step(
            "fi.eat.own_share",
            {
                "income_year": income,
                "limit_year": limit,
                "extra_rate": own_t["rate"],
                "lisaomavastuu_year": extra,
                "perusomavastuu_year": own_t["perusomavastuu"],
                "own_year": own,
            },
            ("fi_eat_income_limit", "fi_eat_own_share"),
            law=LAW,
        )
    )

    # The allowance.
    rate = p.v("fi_eat_rate")
    year = clamp0(rate * (accepted - own))
    month = _c(year / TWELVE)
    minimum = p.v("fi_eat_min_payable")
    paid = month if month >= minimum else ZERO
    steps.append(
        Step(
            "fi.eat.result",
            {
                "allowance_rate": rate,
                "accepted_year": accepted,
                "own_year": own,
                "allowance_year": _c(year),
                "computed_month": month,
                "minimum_month": minimum,
                "amount_month": paid,
            },
            ("fi_eat_rate", "fi_eat_min_payable"),
        )
    )
    if couple and partner_entitled:
        notices.append(Notice("fi.eat.notice.couple_both", {}, "info", BENEFIT))
    if not entitled_now:
        steps.append(Step("fi.eat.lost_right", {"amount_month": paid}, law=LAW))
        notices.append(Notice("fi.eat.notice.lost_right", {}, "danger", BENEFIT))
        paid = ZERO
    elif pension_rests:
        notices.append(Notice("fi.eat.notice.continues_while_resting", {}, "info", BENEFIT))
    review = p.table("fi_eat_review")
    change = gross_income_year - gross_income_today_year
    if change >= review["rise"]:
        notices.append(
            Notice(
                "fi.eat.notice.review_required",
                {"change_year": change, "rise_year": review["rise"]},
                "warning",
                BENEFIT,
            )
        )
    return BenefitResult(
        benefit=BENEFIT,
        authority=AUTHORITY,
        amount=paid,
        taxable=False,
        steps=steps,
        period="year",
        reported=decision.amount_month,
        notices=notices,
    )


def reporting_duties(decision: ElakkeensaajanAsumistukiDecision) -> list[ReportingDuty]:
    return [
        ReportingDuty.of(BENEFIT, AUTHORITY, "fi.eat.duty", f"{LAW} (ilmoitusvelvollisuus, tarkistaminen)")
    ]


MESSAGES: dict[str, str] = {
    "fi.eat.costs": N_(
        "Housing costs: rent {rent_month}, water {water_month} and heating {heating_month} a month make "
        "{costs_year} a year. In {municipality} (municipality group {group_count}) Kela accepts at most "
        "{cap_year} a year: {accepted_year} is counted."
    ),
    "fi.eat.income_plain": N_(
        "Income for the year before tax (wages, pensions and taxable benefits of the household): "
        "{income_year}. Hoitotuki and vammaistuki are not counted."
    ),
    "fi.eat.income": N_(
        "Income for the year before tax: {gross_income_year}, capital income {capital_income_year}, and "
        "{asset_rate} of the assets above {asset_limit} (assets {assets}): {asset_income_year}. In all "
        "{income_year} a year. Hoitotuki and vammaistuki are not counted."
    ),
    "fi.eat.own_share": N_(
        "Own share: {perusomavastuu_year} a year, plus {extra_rate} of the income of {income_year} above "
        "{limit_year} ({lisaomavastuu_year}): {own_year} a year."
    ),
    "fi.eat.result": N_(
        "Eläkkeensaajan asumistuki: {allowance_rate} × ({accepted_year} − {own_year}) = {allowance_year} a "
        "year, {computed_month} a month (not paid if less than {minimum_month}): {amount_month} a month."
    ),
    "fi.eat.not_entitled": N_(
        "Eläkkeensaajan asumistuki needs a pension that gives the right to it (Kela's disability pension, "
        "takuueläke, or a full earnings-related disability pension). A partial disability pension alone "
        "does not."
    ),
    "fi.eat.children": N_(
        "Eläkkeensaajan asumistuki is for a pensioner who lives alone or with a spouse; a household with "
        "children applies for yleinen asumistuki."
    ),
    "fi.eat.lost_right": N_(
        "In this scenario your full pension would become a partial one, and you would have no pension that "
        "gives the right to eläkkeensaajan asumistuki: it ends (it would be {amount_month} a month)."
    ),
    "fi.eat.notice.lost_right": N_(
        "If your full disability pension becomes a partial one, your eläkkeensaajan asumistuki ends. Ask "
        "Kela about yleinen asumistuki instead."
    ),
    "fi.eat.notice.continues_while_resting": N_(
        "While your pension rests because of work, eläkkeensaajan asumistuki continues, as it was paid "
        "just before. Tell Kela that the pension rests and about your wages."
    ),
    "fi.eat.notice.couple_both": N_(
        "When both spouses have a pension, you apply together and each gets half; the total is shown here."
    ),
    "fi.eat.notice.heating_as_entered": N_(
        "The heating cost is counted as entered; Kela may use its own standard amount for heating."
    ),
    "fi.eat.notice.review_required": N_(
        "Your yearly income rises by {change_year}, at least {rise_year}: tell Kela, which reviews the "
        "allowance. An allowance paid on the old income must be paid back."
    ),
    "fi.eat.duty.what": N_(
        "That you start working and your expected earnings, and changes in your pensions, rent, household "
        "or assets."
    ),
    "fi.eat.duty.when": N_("At once when the change happens."),
    "fi.eat.duty.how": N_("In OmaKela (change notice) or by phone."),
    "fi.eat.duty.consequence": N_("An allowance paid on too low an income is reclaimed."),
}
