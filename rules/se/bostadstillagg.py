"""Bostadstillägg (BTP) and särskilt bostadstillägg (SBT) to a person with sjukersättning or
aktivitetsersättning, before riktåldern för pension: SFB 101-103 kap.

Paid by Försäkringskassan (SFB 93 kap. 5 §), tax free, assessed on the year's expected income
(102 kap. 3 §) and paid monthly (103 kap. 5 §).

Ordinary bostadstillägg (102 kap. 21-25 §§), all amounts a year unless the name says month:

1. Housing cost (101 kap. 9 §, 102 kap. 22 §): the monthly cost (rent incl. heating and water, no
   household electricity) minus the preliminary bostadsbidrag; for a married or sambo couple each
   spouse's cost is half of the joint cost. Counted: 96 % up to 5 000 (couples 2 500) plus 70 % of
   the part up to 7 500 (couples 3 750). Maximum bostadstillägg = 12 x that.
2. Bidragsgrundande inkomst per spouse (102 kap. 4, 7 §§) and reduceringsinkomst (16 §):
   SE/AE, capital income and the förmögenhetstillägg count in full, work income (IL 67 kap. 6 §)
   at 50 %, other taxable income (sjukpenning, a-kassa, aktivitetsstöd, tjänstepension) at 80 %,
   minus the fribelopp: for a person with SE/AE the garantinivå for hel SE/AE at his or her age
   (18 §, passed in as ``fribelopp_year``), otherwise 2.43 PBB (ogift) / 2.2 PBB (gift) (17 §).
   Förmögenhetstillägg (11-12 §§): 15 % of the household's wealth above 100 000 (couples
   200 000), rounded down to whole 1 000 kr; a spouse's share is half.
3. Couples (102 kap. 6 §): each spouse's reduceringsinkomst is half of their combined one.
4. Inkomstavdrag (25 §): 62 % of the reduceringsinkomst up to 1 prisbasbelopp + 50 % above.
5. Bostadstillägg = maximum - inkomstavdrag (21 §), never below 0; the annual amount is rounded to
   the nearest whole krona divisible by 12 (103 kap. 5 §; an exact half rounds up, an assumption)
   and paid as one twelfth a month.

Särskilt bostadstillägg (102 kap. 26-30 §§), a month: paid to someone who gets bostadstillägg
(101 kap. 2 §) with the amount by which the income after a reasonable housing cost falls short of
a reasonable living level: level = PBB x 1.5357 / 12 (couples 1.2353) (28 §); reasonable housing
cost = the housing cost of step 1, at most 7 500 (couples 3 750) (27 §); income (29 §) = tjänst
income after tax (passed in, from the tax rule) + 70 % of capital income + the förmögenhetstillägg
+ the bostadstillägg itself; the first three are at least 1/12 of the fribelopp after tax (30 §).

Decisions on points the law and FK's pages leave open (the lead may change them; each is visible):

* The 25 % of SFB 36 kap. 18 § paid while the SE/AE is vilande is tax free (IL 11 kap. 30 §), so
  it is not part of the income of tjänst that 102 kap. 7 § counts: the pipeline passes only the
  taxable SE/AE, and the result carries an assumption saying so (FK's practice was not found).
* A spouse without SE/AE has the 17 § fribelopp for a married person (2.2 PBB) when the caller
  gives no ``partner_fribelopp_year``; 18 § applies only to one who "får sjukersättning".
* A reduceringsinkomst below 0 is set to 0 before the spouses' amounts are added and halved:
  5 § defines it as the income that "återstår" after the fribelopp, so one spouse's unused
  fribelopp does not lower the other's income (the less favourable reading; FK practice not found).
* SBT: the monthly living level is not rounded; the SBT is rounded like bostadstillägg (103 kap.
  5 §: the annual amount to a krona divisible by 12, i.e. the monthly amount to whole kronor). For
  couples the 29 § 1-3 incomes of both are added and halved (30 §), then the 30 § floor is applied
  with the client's own fribelopp after tax.

Not modelled: housing cost reductions for lodgers, adult children at home and business use of
the home (a notice says so); foreign pensions and 15 § income (tax-free foreign income,
studiebidrag); särskild boendeform; pensioners' rules (16 a, 22 a, 25 a §§).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from benefits_calc.rules.se.case import BostadstillaggDecision

from benefits_calc.explain import N_, Notice, ReportingDuty, Step
from benefits_calc.money import TWELVE, ZERO, clamp0, floor_to, round_half_up
from benefits_calc.outcome import BenefitResult
from benefits_calc.parameters import ParameterSet

BENEFIT = "se.bostadstillagg"
AUTHORITY = "se.forsakringskassan"
TWO = Decimal(2)


def _step(msg: str, values: dict[str, object], params: tuple[str, ...] = ()) -> Step:
    return Step(msg, values, params)


@dataclass(frozen=True)
class BTPIncome:
    """One spouse's income for the year, before tax (SFB 102 kap. 7 §)."""

    sjuk_aktivitetsersattning: Decimal = ZERO  # taxable SE/AE paid (not the tax-free vilande 25 %)
    arbetsinkomst: Decimal = ZERO  # wages, employer sick pay (IL 67 kap. 6 §): counted at 50 %
    other_taxable: Decimal = ZERO  # sjukpenning, aktivitetsstöd, a-kassa, tjänstepension: 80 %
    capital_income: Decimal = ZERO  # surplus of capital, from the latest final tax decision


@dataclass(frozen=True)
class Reduceringsinkomst:
    """One spouse's income test (102 kap. 16 §), a year."""

    sjuk_aktivitetsersattning: Decimal
    work_counted: Decimal
    other_counted: Decimal
    capital_income: Decimal
    wealth_part: Decimal
    counted_total: Decimal
    fribelopp: Decimal
    raw: Decimal  # counted_total - fribelopp, may be negative
    amount: Decimal  # max(0, raw)


def _key(is_couple: bool) -> str:
    return "gift" if is_couple else "ogift"


def housing_cost_counted(
    housing_cost_month: Decimal, bostadsbidrag_month: Decimal, is_couple: bool
) -> Decimal:
    """The applicant's own monthly housing cost: minus preliminary bostadsbidrag (101 kap. 9 §),
    half of the joint cost for a couple (102 kap. 22 § tredje stycket)."""
    joint = clamp0(housing_cost_month - bostadsbidrag_month)
    return joint / TWO if is_couple else joint


def max_btp_month(cost_month: Decimal, is_couple: bool, p: ParameterSet) -> tuple[Decimal, Decimal]:
    """(band 1 amount, band 2 amount) a month, 102 kap. 22 §: 96 % up to the first limit, 70 % of
    the part above it up to the cap. Not rounded (the annual BTP is rounded at the end)."""
    k = _key(is_couple)
    limit1 = p.table("btp_housing_band1_limit")[k]
    cap = p.table("btp_housing_cap")[k]
    band1 = min(cost_month, limit1) * p.v("btp_housing_rate_band1")
    band2 = clamp0(min(cost_month, cap) - limit1) * p.v("btp_housing_rate_band2")
    return band1, band2


def formogenhetstillagg(wealth: Decimal, is_couple: bool, p: ParameterSet) -> Decimal:
    """The household's förmögenhetstillägg, a year (102 kap. 11 §): 15 % of the wealth above
    100 000 (couples 200 000), rounded down to whole 1 000 kr. A spouse's share is half (12 §)."""
    above = clamp0(wealth - p.table("btp_wealth_threshold")[_key(is_couple)])
    return floor_to(above * p.v("btp_wealth_rate"), p.v("btp_wealth_rounding"))


def reduceringsinkomst(
    income: BTPIncome, wealth_part: Decimal, fribelopp: Decimal, p: ParameterSet
) -> Reduceringsinkomst:
    """One spouse's reduceringsinkomst, a year (102 kap. 16 §), floored at 0 (see module notes)."""
    work = income.arbetsinkomst * p.v("btp_weight_work_income")
    other = income.other_taxable * p.v("btp_weight_other_income")
    total = income.sjuk_aktivitetsersattning + work + other + income.capital_income + wealth_part
    raw = total - fribelopp
    return Reduceringsinkomst(
        income.sjuk_aktivitetsersattning,
        work,
        other,
        income.capital_income,
        wealth_part,
        total,
        fribelopp,
        raw,
        clamp0(raw),
    )


def inkomstavdrag(r: Decimal, p: ParameterSet) -> tuple[Decimal, Decimal, Decimal]:
    """(split amount, low part, high part), 102 kap. 25 §: 62 % up to 1 PBB, 50 % above."""
    split = p.v("btp_inkomstavdrag_split_pbb") * p.v("prisbasbelopp")
    low = min(r, split) * p.v("btp_inkomstavdrag_rate_low")
    high = clamp0(r - split) * p.v("btp_inkomstavdrag_rate_high")
    return split, low, high


def round_year(amount_year: Decimal) -> Decimal:
    """103 kap. 5 §: the annual amount to the nearest whole krona divisible by 12 (half up)."""
    return round_half_up(amount_year, 12)


def _income_step(msg: str, r: Reduceringsinkomst, income: BTPIncome, p: ParameterSet) -> Step:
    return _step(
        msg,
        {
            "sjuk_aktivitetsersattning": r.sjuk_aktivitetsersattning,
            "arbetsinkomst": income.arbetsinkomst,
            "work_rate": p.v("btp_weight_work_income"),
            "work_counted": r.work_counted,
            "other_taxable": income.other_taxable,
            "other_rate": p.v("btp_weight_other_income"),
            "other_counted": r.other_counted,
            "capital_income": r.capital_income,
            "wealth_part": r.wealth_part,
            "counted_total": r.counted_total,
            "fribelopp": r.fribelopp,
            "reduceringsinkomst": r.amount,
        },
        ("btp_weight_work_income", "btp_weight_other_income"),
    )


@dataclass(frozen=True)
class SarskiltResult:
    """Särskilt bostadstillägg, a month (102 kap. 26-30 §§)."""

    amount_month: Decimal
    steps: list[Step]
    notices: list[Notice]


def sarskilt_calculate(
    *,
    is_couple: bool,
    cost_month: Decimal,
    btp_month: Decimal,
    net_income_after_tax_year: Decimal,
    capital_income_year: Decimal,
    wealth_part_year: Decimal,
    partner_net_income_after_tax_year: Decimal | None,
    partner_capital_income_year: Decimal,
    partner_wealth_part_year: Decimal,
    fribelopp_after_tax_year: Decimal | None,
    p: ParameterSet,
    fribelopp_year: Decimal | None = None,
) -> SarskiltResult:
    """Särskilt bostadstillägg a month, 102 kap. 26-30 §§ (see the module docstring).

    `cost_month` is the applicant's own housing cost as counted for bostadstillägg (after
    bostadsbidrag, half for a couple); `btp_month` the ordinary bostadstillägg a month (29 § 5);
    `net_income_after_tax_year` the tjänst income (SE/AE, wages, other taxable) after tax (29 § 1);
    `fribelopp_after_tax_year` the fribelopp after preliminary tax (30 §), None if unknown: then a
    warning says the SBT may be lower, unless the income already reaches `fribelopp_year` (gross).
    """
    steps: list[Step] = []
    notices: list[Notice] = []
    if btp_month <= 0:
        steps.append(_step("se.sbt.not_applicable", {}))
        return SarskiltResult(ZERO, steps, notices)
    if is_couple and partner_net_income_after_tax_year is None:
        notices.append(Notice("se.sbt.notice.partner_income_missing", {}, "warning", BENEFIT))
        return SarskiltResult(ZERO, steps, notices)
    k = _key(is_couple)
    pbb = p.v("prisbasbelopp")
    factor = p.table("sbt_living_level_pbb")[k]
    level_month = pbb * factor / TWELVE
    steps.append(
        _step(
            "se.sbt.level",
            {
                "living_level_factor": factor,
                "pbb": pbb,
                "living_level_month": level_month,
            },
            ("prisbasbelopp", "sbt_living_level_pbb"),
        )
    )

    housing_cap = p.table("sbt_reasonable_housing_cap")[k]
    reasonable = min(cost_month, housing_cap)
    steps.append(
        _step(
            "se.sbt.housing",
            {
                "housing_cost_counted": cost_month,
                "housing_cap": housing_cap,
                "reasonable_housing_cost": reasonable,
            },
            ("sbt_reasonable_housing_cap",),
        )
    )

    keep = 1 - p.v("sbt_capital_deduction_rate")
    own13 = net_income_after_tax_year + capital_income_year * keep + wealth_part_year
    income13_year = own13
    if is_couple:
        assert partner_net_income_after_tax_year is not None
        partner13 = (
            partner_net_income_after_tax_year + partner_capital_income_year * keep + partner_wealth_part_year
        )
        income13_year = (own13 + partner13) / TWO
        steps.append(
            _step(
                "se.sbt.income_couple",
                {
                    "own_income_year": own13,
                    "partner_income_year": partner13,
                    "income_year": income13_year,
                },
                ("sbt_capital_deduction_rate",),
            )
        )
    else:
        steps.append(
            _step(
                "se.sbt.income",
                {
                    "net_income_year": net_income_after_tax_year,
                    "capital_counted_year": capital_income_year * keep,
                    "wealth_part_year": wealth_part_year,
                    "income_year": income13_year,
                },
                ("sbt_capital_deduction_rate",),
            )
        )
    if fribelopp_after_tax_year is None:
        # The floor cannot bite when the income after tax already reaches the gross fribelopp.
        if fribelopp_year is None or income13_year < fribelopp_year:
            notices.append(Notice("se.sbt.notice.no_floor", {}, "warning", BENEFIT))
    elif income13_year < fribelopp_after_tax_year:
        steps.append(
            _step(
                "se.sbt.floor",
                {
                    "income_year": income13_year,
                    "fribelopp_after_tax_year": fribelopp_after_tax_year,
                },
            )
        )
        income13_year = fribelopp_after_tax_year
    income_month = income13_year / TWELVE + btp_month
    left = income_month - reasonable
    exact = clamp0(level_month - left)
    month = round_year(TWELVE * exact) / TWELVE
    steps.append(
        _step(
            "se.sbt.result",
            {
                "income_month": income_month,
                "btp_month": btp_month,
                "reasonable_housing_cost": reasonable,
                "left_after_housing": left,
                "living_level_month": level_month,
                "sbt_month": month,
            },
        )
    )
    return SarskiltResult(month, steps, notices)


def calculate(
    decision: BostadstillaggDecision,
    *,
    is_couple: bool,
    housing_cost_month: Decimal,
    bostadsbidrag_month: Decimal,
    fribelopp_year: Decimal,
    income: BTPIncome,
    partner_income: BTPIncome | None,
    partner_fribelopp_year: Decimal | None,
    net_income_after_tax_year: Decimal,
    p: ParameterSet,
    partner_net_income_after_tax_year: Decimal | None = None,
    fribelopp_after_tax_year: Decimal | None = None,
) -> BenefitResult:
    """Bostadstillägg + särskilt bostadstillägg a month in the scenario (SFB 102 kap.).

    `housing_cost_month`: the household's whole monthly housing cost; `bostadsbidrag_month`: the
    preliminary bostadsbidrag paid (it lowers the cost); `fribelopp_year`: the client's garantinivå
    for hel SE/AE (102 kap. 18 §); `partner_fribelopp_year`: the partner's, or None if the partner
    has no SE/AE (then 2.2 PBB, 17 §). Income and wealth are the year's, before tax; wealth is
    `decision.wealth` (the household's). The amount is the sum of both parts, per month.
    """
    steps: list[Step] = []
    notices: list[Notice] = [Notice("se.btp.notice.housing_as_entered", {}, "info", BENEFIT)]
    k = _key(is_couple)

    # 1. Housing cost and the maximum bostadstillägg.
    cost = housing_cost_counted(housing_cost_month, bostadsbidrag_month, is_couple)
    steps.append(
        _step(
            "se.btp.housing_cost_couple" if is_couple else "se.btp.housing_cost",
            {
                "housing_cost": housing_cost_month,
                "bostadsbidrag": bostadsbidrag_month,
                "housing_cost_counted": cost,
            },
        )
    )
    band1, band2 = max_btp_month(cost, is_couple, p)
    max_month = band1 + band2
    max_year = TWELVE * max_month
    steps.append(
        _step(
            "se.btp.max",
            {
                "band1_limit": p.table("btp_housing_band1_limit")[k],
                "band1_rate": p.v("btp_housing_rate_band1"),
                "band1_amount": band1,
                "housing_cap": p.table("btp_housing_cap")[k],
                "band2_rate": p.v("btp_housing_rate_band2"),
                "band2_amount": band2,
                "max_month": max_month,
                "max_year": max_year,
            },
            (
                "btp_housing_band1_limit",
                "btp_housing_cap",
                "btp_housing_rate_band1",
                "btp_housing_rate_band2",
            ),
        )
    )

    # 2. Förmögenhetstillägg and each spouse's reduceringsinkomst.
    wealth_total = formogenhetstillagg(decision.wealth, is_couple, p)
    wealth_part = wealth_total / TWO if is_couple else wealth_total
    if decision.wealth > 0:
        steps.append(
            _step(
                "se.btp.wealth",
                {
                    "wealth": decision.wealth,
                    "wealth_threshold": p.table("btp_wealth_threshold")[k],
                    "wealth_rate": p.v("btp_wealth_rate"),
                    "wealth_supplement": wealth_total,
                    "wealth_part": wealth_part,
                },
                ("btp_wealth_threshold", "btp_wealth_rate", "btp_wealth_rounding"),
            )
        )
    own = reduceringsinkomst(income, wealth_part, fribelopp_year, p)
    steps.append(_income_step("se.btp.income", own, income, p))
    r_used = own.amount
    partner_r: Reduceringsinkomst | None = None
    if is_couple:
        pin = partner_income or BTPIncome()
        if partner_fribelopp_year is None:
            factor = p.table("btp_fribelopp_other_pbb")["gift"]
            partner_fribelopp_year = factor * p.v("prisbasbelopp")
            steps.append(
                _step(
                    "se.btp.partner_fribelopp",
                    {
                        "fribelopp_factor": factor,
                        "pbb": p.v("prisbasbelopp"),
                        "fribelopp": partner_fribelopp_year,
                    },
                    ("btp_fribelopp_other_pbb", "prisbasbelopp"),
                )
            )
        partner_r = reduceringsinkomst(pin, wealth_part, partner_fribelopp_year, p)
        steps.append(_income_step("se.btp.income_partner", partner_r, pin, p))
        r_used = (own.amount + partner_r.amount) / TWO
        steps.append(
            _step(
                "se.btp.couple_half",
                {
                    "own_reduceringsinkomst": own.amount,
                    "partner_reduceringsinkomst": partner_r.amount,
                    "reduceringsinkomst": r_used,
                },
            )
        )
    if partner_r is not None and min(own.raw, partner_r.raw) < 0 < max(own.raw, partner_r.raw):
        notices.append(
            Notice(
                "se.btp.notice.unused_fribelopp",
                ({"unused_fribelopp": -min(own.raw, partner_r.raw)}),
                "info",
                BENEFIT,
            )
        )

    # 3. Inkomstavdrag and the result.
    split, low, high = inkomstavdrag(r_used, p)
    deduction = low + high
    steps.append(
        _step(
            "se.btp.inkomstavdrag",
            {
                "reduceringsinkomst": r_used,
                "split_amount": split,
                "low_rate": p.v("btp_inkomstavdrag_rate_low"),
                "low_part": low,
                "high_rate": p.v("btp_inkomstavdrag_rate_high"),
                "high_part": high,
                "inkomstavdrag": deduction,
            },
            (
                "btp_inkomstavdrag_split_pbb",
                "prisbasbelopp",
                "btp_inkomstavdrag_rate_low",
                "btp_inkomstavdrag_rate_high",
            ),
        )
    )
    exact_year = clamp0(max_year - deduction)
    btp_year = round_year(exact_year)
    btp_month = btp_year / TWELVE
    if btp_year > 0:
        steps.append(
            _step(
                "se.btp.result",
                {
                    "max_year": max_year,
                    "inkomstavdrag": deduction,
                    "btp_year": btp_year,
                    "btp_month": btp_month,
                },
            )
        )
    else:
        steps.append(
            _step(
                "se.btp.zero",
                {
                    "max_year": max_year,
                    "inkomstavdrag": deduction,
                    "btp_month": btp_month,
                },
            )
        )

    # 4. Särskilt bostadstillägg.
    sbt = sarskilt_calculate(
        is_couple=is_couple,
        cost_month=cost,
        btp_month=btp_month,
        net_income_after_tax_year=net_income_after_tax_year,
        capital_income_year=income.capital_income,
        wealth_part_year=wealth_part,
        partner_net_income_after_tax_year=partner_net_income_after_tax_year,
        partner_capital_income_year=partner_income.capital_income if partner_income is not None else ZERO,
        partner_wealth_part_year=wealth_part if is_couple else ZERO,
        fribelopp_after_tax_year=fribelopp_after_tax_year,
        p=p,
        fribelopp_year=fribelopp_year,
    )
    steps += sbt.steps
    notices += sbt.notices
    total = btp_month + sbt.amount_month
    steps.append(
        _step(
            "se.btp.total",
            {
                "btp_month": btp_month,
                "sbt_month": sbt.amount_month,
                "total_month": total,
            },
        )
    )
    return BenefitResult(
        benefit=BENEFIT,
        authority=AUTHORITY,
        amount=total,
        taxable=False,
        steps=steps,
        period="year",
        reported=decision.amount_month,
        notices=notices,
    )


def reporting_duties(decision: BostadstillaggDecision | None = None) -> list[ReportingDuty]:
    """What a person with bostadstillägg must tell Försäkringskassan: SFB 110 kap. 46 § (changes in
    housing, household, work, income and wealth), 47 § (as soon as possible, at the latest within
    14 days). A small rise in income or wealth need not be reported for bostadstillägg (46 § last
    paragraph); the duty is shown without that exception, to be safe."""
    return [
        ReportingDuty.of(
            BENEFIT,
            AUTHORITY,
            "se.btp.duty",
            "SFB 110 kap. 46-47 §§; 103 kap. 2 §; 108 kap. 2 §",
        )
    ]


MESSAGES: dict[str, str] = {
    "se.btp.housing_cost": N_(
        "Your housing cost is {housing_cost} a month. Bostadsbidrag of {bostadsbidrag} a month is "
        "taken off, so {housing_cost_counted} a month counts for bostadstillägg."
    ),
    "se.btp.housing_cost_couple": N_(
        "Your household's housing cost is {housing_cost} a month. Bostadsbidrag of {bostadsbidrag} "
        "a month is taken off, and half of the rest is your share: {housing_cost_counted} a month "
        "counts for your bostadstillägg."
    ),
    "se.btp.max": N_(
        "Försäkringskassan counts {band1_rate} of the cost up to {band1_limit} ({band1_amount}) and "
        "{band2_rate} of the part above that up to {housing_cap} ({band2_amount}). The highest "
        "bostadstillägg you can get is {max_month} a month, {max_year} a year."
    ),
    "se.btp.wealth": N_(
        "Your household's savings and other assets are {wealth}. {wealth_rate} of the part above "
        "{wealth_threshold}, rounded down to whole thousands, is counted as income: "
        "{wealth_supplement} a year, of which {wealth_part} is yours."
    ),
    "se.btp.income": N_(
        "Your income for the year as counted: sjuk- or aktivitetsersättning {sjuk_aktivitetsersattning}, "
        "{work_rate} of your wage of {arbetsinkomst} = {work_counted}, {other_rate} of other taxable "
        "income of {other_taxable} = {other_counted}, capital income {capital_income} and assets "
        "{wealth_part}: {counted_total} a year. Your fribelopp of {fribelopp} is taken off, which "
        "leaves {reduceringsinkomst} (never below 0)."
    ),
    "se.btp.income_partner": N_(
        "Your partner's income for the year as counted: sjuk- or aktivitetsersättning "
        "{sjuk_aktivitetsersattning}, {work_rate} of the wage of {arbetsinkomst} = {work_counted}, "
        "{other_rate} of other taxable income of {other_taxable} = {other_counted}, capital income "
        "{capital_income} and assets {wealth_part}: {counted_total} a year. The fribelopp of "
        "{fribelopp} is taken off, which leaves {reduceringsinkomst} (never below 0)."
    ),
    "se.btp.partner_fribelopp": N_(
        "Your partner has no sjuk- or aktivitetsersättning, so the partner's fribelopp is "
        "{fribelopp_factor} prisbasbelopp of {pbb} = {fribelopp} a year."
    ),
    "se.btp.couple_half": N_(
        "For a couple each one's income is half of the two together: ({own_reduceringsinkomst} + "
        "{partner_reduceringsinkomst}) / 2 = {reduceringsinkomst} a year."
    ),
    "se.btp.inkomstavdrag": N_(
        "Of the income of {reduceringsinkomst} a year, {low_rate} of the part up to {split_amount} "
        "({low_part}) and {high_rate} of the part above ({high_part}) are taken off the "
        "bostadstillägg: {inkomstavdrag} a year."
    ),
    "se.btp.result": N_(
        "Bostadstillägg: {max_year} - {inkomstavdrag} = {btp_year} a year (rounded to kronor that "
        "divide by 12), which is {btp_month} a month."
    ),
    "se.btp.zero": N_(
        "The income deduction of {inkomstavdrag} a year is at least as large as the highest "
        "bostadstillägg of {max_year} a year, so no bostadstillägg is paid ({btp_month} a month)."
    ),
    "se.btp.total": N_(
        "Bostadstillägg {btp_month} a month plus särskilt bostadstillägg {sbt_month} a month: "
        "{total_month} a month in all."
    ),
    "se.sbt.not_applicable": N_(
        "Särskilt bostadstillägg can only be paid to someone who gets bostadstillägg, so none is paid."
    ),
    "se.sbt.level": N_(
        "Särskilt bostadstillägg makes sure you have a reasonable amount left after a reasonable "
        "housing cost: {living_level_factor} prisbasbelopp of {pbb} a year, which is "
        "{living_level_month} a month."
    ),
    "se.sbt.housing": N_(
        "A reasonable housing cost is at most {housing_cap} a month; yours counts with "
        "{reasonable_housing_cost} a month (your cost is {housing_cost_counted})."
    ),
    "se.sbt.income": N_(
        "Your income for särskilt bostadstillägg: income after tax {net_income_year}, capital "
        "income less 30 % {capital_counted_year} and assets {wealth_part_year}, in all "
        "{income_year} a year."
    ),
    "se.sbt.income_couple": N_(
        "For a couple each one's income is half of the two together (after tax, capital income "
        "less 30 %, assets): ({own_income_year} + {partner_income_year}) / 2 = {income_year} a year."
    ),
    "se.sbt.floor": N_(
        "Your income of {income_year} a year is below your fribelopp after tax, so "
        "{fribelopp_after_tax_year} a year is counted instead."
    ),
    "se.sbt.result": N_(
        "With bostadstillägg of {btp_month} your income is {income_month} a month; after the "
        "reasonable housing cost of {reasonable_housing_cost} you have {left_after_housing} left. "
        "The reasonable level is {living_level_month}, so särskilt bostadstillägg is {sbt_month} "
        "a month."
    ),
    "se.btp.notice.housing_as_entered": N_(
        "Bostadstillägg is computed from the housing cost as entered. Lodgers, grown-up children "
        "living at home and a business run from home lower the cost Försäkringskassan counts."
    ),
    "se.btp.notice.unused_fribelopp": N_(
        "One of you has an income {unused_fribelopp} a year below the fribelopp. The calculation "
        "assumes this unused part does not lower the other one's income (the law does not say "
        "clearly; Försäkringskassan decides)."
    ),
    "se.sbt.notice.no_floor": N_(
        "Särskilt bostadstillägg is computed without the rule that your income counts as at least "
        "your fribelopp after tax; it may be lower than shown."
    ),
    "se.sbt.notice.partner_income_missing": N_(
        "Särskilt bostadstillägg could not be computed because your partner's income after tax is "
        "not known; it is shown as 0."
    ),
    "se.btp.duty.what": N_(
        "Any change in your or your partner's income (a new job, more hours, a higher wage, "
        "sjukersättning that changes or becomes vilande), savings, housing cost or household."
    ),
    "se.btp.duty.when": N_("As soon as possible and at the latest 14 days after you learn about the change."),
    "se.btp.duty.how": N_(
        "Tell Försäkringskassan on Mina sidor at forsakringskassan.se, by phone or by letter."
    ),
    "se.btp.duty.consequence": N_("Bostadstillägg paid on too low an income must be paid back."),
}
