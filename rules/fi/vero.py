"""Finnish income tax on earned income (ansiotulo) and the employee's contributions, for a year.

Computed for the calendar year the way the final tax assessment computes it (tuloverolaki 1535/1992,
TVL; laki yleisradioverosta 484/2012; sairausvakuutuslaki 1224/2004 18 luku), for a resident of
mainland Finland aged 18-64:

1. Puhdas ansiotulo = wages − tulonhankkimisvähennys (750 €, at most the wages; TVL 95 §) + pensions
   + other taxable benefits (sairauspäiväraha, työttömyysetuus …).
2. The employee's contributions on wages, deducted in both taxations and withheld from pay:
   TyEL pension contribution (by age), työttömyysvakuutusmaksu, and the päivärahamaksu when the
   year's wages reach its threshold (then on all of them).
3. Eläketulovähennys (pension income only): full amount − 51 % of puhdas ansiotulo above it up to
   22 500 € − 19,6 % above 22 500 €, at most the pension income; the same in state and municipal tax.
   Wages reduce it too: this is how wage and pension are taxed together.
4. Perusvähennys (TVL 106 §), one deduction for both taxations since 2023: at most its maximum,
   reduced by 18 % of the income above it. Verotettava ansiotulo = the rest.
5. State tax by the year's scale; municipal tax (the client's rate, or the year's average as a
   visible assumption); church tax for a member; sairaanhoitomaksu: the base rate on all of the
   taxable income and +0,39 %-points on the part exceeding the wages (Statistics Finland's SISU rule
   for mixed income; shown as an assumption when the income is mixed).
6. Työtulovähennys (TVL 125 §): 18 % of the wages, at most the maximum (+ per minor child, double for
   a sole guardian), less its phase-out on puhdas ansiotulo; taken first from the state tax, the rest
   from municipal tax, church tax and sairaanhoitomaksu in proportion.
7. Yle tax: 2,5 % of puhdas ansiotulo above the threshold, at most 160 €, from age 18.
8. Eläketulon lisävero (TVL 124 §) on pension income less the deduction above the limit.

Rounding: every tax, contribution and deduction to the cent, half up, as vero.fi's examples show
(with these rules the 24 example taxes of vero.fi's 2026 table are reproduced to the cent:
tests/rules/fi/test_vero.py). The monthly amount is the year's total / 12 to the cent.

Not modelled: capital income and its tax, deductions the client must claim (travel, union fees,
household deduction), the preliminary tax withheld (a notice says a wage and a pension need two
withholding rates), age 65 and over, Åland.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from benefits_calc.explain import N_, Notice, ReportingDuty, Step
from benefits_calc.money import HUNDRED, TWELVE, ZERO, clamp0
from benefits_calc.outcome import TaxResult
from benefits_calc.parameters import ParameterSet, cached_rule

BENEFIT = "fi.vero"
AUTHORITY = "fi.verohallinto"
CENT = Decimal("0.01")

P_SCALE = "fi_vero_state_scale"
P_THV = "fi_vero_tulonhankkimisvahennys"
P_PV = "fi_vero_perusvahennys"
P_TTV = "fi_vero_tyotulovahennys"
P_ETV = "fi_vero_elaketulovahennys"
P_LISA = "fi_vero_elaketulon_lisavero"
P_YLE = "fi_vero_yleisradiovero"
P_KV = "fi_vero_kunnallisvero_average"
P_KIRK = "fi_vero_kirkollisvero_average"
P_TYEL = "fi_vero_tyel"
P_TVM = "fi_vero_tyottomyysvakuutusmaksu"
P_PRM = "fi_vero_paivarahamaksu"
P_SHM = "fi_vero_sairaanhoitomaksu"


def cents(x: Decimal) -> Decimal:
    """To the cent, half up (every Finnish tax and deduction is in cents)."""
    return x.quantize(CENT, rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class TaxableIncome:
    """The year's taxable earned income, ANNUAL amounts before tax.

    `wage`: palkkatulo (työtulovähennys base; contributions are paid on it).
    `pension`: eläketulo (kansaneläke, takuueläke, työeläke): the base of eläketulovähennys.
    `benefits`: other taxable benefits (sairauspäiväraha, työmarkkinatuki, yleistuki, ansiopäiväraha).
    """

    wage: Decimal = ZERO
    pension: Decimal = ZERO
    benefits: Decimal = ZERO


@dataclass(frozen=True)
class Household:
    """Who the tax payer supports (the työtulovähennys child increase)."""

    minor_children: int = 0
    sole_guardian: bool = False


# --------------------------------------------------------------------------------------------
# The pieces, each a plain function of the year's figures.
# --------------------------------------------------------------------------------------------


def state_tax(taxable: Decimal, scale: tuple[dict[str, Decimal], ...]) -> tuple[Decimal, dict[str, Decimal]]:
    """The state tax by the scale: the bracket's base + its rate of the part above its lower limit."""
    bracket = scale[0]
    for b in scale:
        if taxable >= b["from"]:
            bracket = b
    return cents(bracket["base"] + bracket["rate"] * (taxable - bracket["from"])), bracket


def elaketulovahennys(pension: Decimal, puhdas: Decimal, e: dict[str, Decimal]) -> Decimal:
    """Eläketulovähennys: full − rate1 × (min(puhdas, limit) − full)+ − rate2 × (puhdas − limit)+,
    never below 0 nor above the pension income; to the cent."""
    if pension <= 0:
        return ZERO
    raw = (
        e["full"]
        - e["rate1"] * clamp0(min(puhdas, e["limit"]) - e["full"])
        - e["rate2"] * clamp0(puhdas - e["limit"])
    )
    return cents(min(pension, clamp0(raw)))


def perusvahennys(base: Decimal, pv: dict[str, Decimal]) -> Decimal:
    """Perusvähennys: max − rate × (base − max)+, never above the base nor below 0; to the cent."""
    return cents(min(base, clamp0(pv["max"] - pv["rate"] * clamp0(base - pv["max"]))))


def tyotulovahennys(
    wage: Decimal, puhdas: Decimal, household: Household, t: dict[str, Decimal]
) -> tuple[Decimal, Decimal, Decimal, Decimal]:
    """Työtulovähennys: (credit, the rate × wage part, its maximum with the child increase, the
    phase-out), all to the cent."""
    if wage <= 0:
        return ZERO, ZERO, ZERO, ZERO
    per_child = t["child"] * (2 if household.sole_guardian else 1)
    maximum = t["max"] + per_child * household.minor_children
    raw = cents(t["rate"] * wage)
    phase = cents(
        t["phase1_rate"] * clamp0(min(puhdas, t["phase1_to"]) - t["phase1_from"])
        + t["phase2_rate"] * clamp0(puhdas - t["phase1_to"])
    )
    return clamp0(min(raw, maximum) - phase), raw, maximum, phase


# --------------------------------------------------------------------------------------------
# The year's tax, step by step.
# --------------------------------------------------------------------------------------------


# The same income gives the same tax: a sweep asks again for the partner's tax and the tax without
# the wage, so results are cached (they are never mutated).
@cached_rule()
def calculate(
    income: TaxableIncome,
    *,
    age: int,
    kunnallisvero_percent: Decimal | None,
    church_member: bool,
    kirkollisvero_percent: Decimal | None,
    household: Household,
    p: ParameterSet,
) -> TaxResult:
    """The year's income tax and employee contributions (see the module docstring)."""
    for name in ("wage", "pension", "benefits"):
        if getattr(income, name) < 0:
            raise ValueError(f"{name} must not be negative")
    year = p.date.year
    steps: list[Step] = []
    notices: list[Notice] = [Notice("fi.vero.assume.annual", {"year": year}, "info", BENEFIT)]
    wage, pension, benefits = income.wage, income.pension, income.benefits

    # 1. Puhdas ansiotulo.
    thv = min(p.v(P_THV), wage)
    puhdas = wage - thv + pension + benefits
    steps.append(
        Step(
            "fi.vero.income",
            {
                "year": year,
                "wage": wage,
                "pension": pension,
                "benefits": benefits,
                "tulonhankkimisvahennys": thv,
                "puhdas_ansiotulo": puhdas,
            },
            (P_THV,),
        )
    )

    # 2. The employee's contributions on wages.
    tyel = tvm = prm = ZERO
    prm_table = p.table(P_PRM) if wage > 0 else {}
    if wage > 0:
        tyel_rate = p.band(P_TYEL, age)
        tvm_rate = p.v(P_TVM)
        tyel = cents(wage * tyel_rate)
        tvm = cents(wage * tvm_rate)
        prm = cents(wage * prm_table["rate"]) if wage >= prm_table["threshold"] else ZERO
        steps.append(
            Step(
                "fi.vero.contributions",
                {
                    "wage": wage,
                    "tyel_rate": tyel_rate,
                    "tyel": tyel,
                    "tvm_rate": tvm_rate,
                    "tvm": tvm,
                    "paivarahamaksu_rate": prm_table["rate"],
                    "paivarahamaksu_threshold": prm_table["threshold"],
                    "paivarahamaksu": prm,
                    "contributions": tyel + tvm + prm,
                },
                (P_TYEL, P_TVM, P_PRM),
            )
        )
    contributions = tyel + tvm + prm

    # 3. Eläketulovähennys.
    etv = ZERO
    if pension > 0:
        e = p.table(P_ETV)
        etv = elaketulovahennys(pension, puhdas, e)
        steps.append(
            Step(
                "fi.vero.elaketulovahennys",
                {
                    "pension": pension,
                    "puhdas_ansiotulo": puhdas,
                    "etv_full": e["full"],
                    "etv_rate1_rate": e["rate1"],
                    "etv_limit": e["limit"],
                    "etv_rate2_rate": e["rate2"],
                    "elaketulovahennys": etv,
                },
                (P_ETV,),
            )
        )

    # 4. Perusvähennys and the taxable income.
    base = clamp0(puhdas - contributions - etv)
    pv_table = p.table(P_PV)
    pv = perusvahennys(base, pv_table)
    taxable = base - pv
    steps.append(
        Step(
            "fi.vero.perusvahennys",
            {
                "puhdas_ansiotulo": puhdas,
                "contributions": contributions,
                "elaketulovahennys": etv,
                "base": base,
                "pv_max": pv_table["max"],
                "pv_rate": pv_table["rate"],
                "perusvahennys": pv,
                "verotettava": taxable,
            },
            (P_PV,),
        )
    )

    # 5. State, municipal and church tax and the sairaanhoitomaksu.
    state, bracket = state_tax(taxable, p.scale(P_SCALE))
    steps.append(
        Step(
            "fi.vero.state",
            {
                "verotettava": taxable,
                "state_from": bracket["from"],
                "state_base": bracket["base"],
                "state_rate": bracket["rate"],
                "valtion_vero": state,
            },
            (P_SCALE,),
        )
    )
    kv_rate, kv_params = _rate(kunnallisvero_percent, P_KV, p)
    if kunnallisvero_percent is None:
        notices.append(
            Notice(
                "fi.vero.assume.average_kunnallisvero",
                {"kunnallisvero_rate": kv_rate, "year": year},
                "info",
                BENEFIT,
            )
        )
    municipal = cents(taxable * kv_rate)
    steps.append(
        Step(
            "fi.vero.municipal",
            {"verotettava": taxable, "kunnallisvero_rate": kv_rate, "kunnallisvero": municipal},
            kv_params,
        )
    )
    church = ZERO
    if church_member:
        kirk_rate, kirk_params = _rate(kirkollisvero_percent, P_KIRK, p)
        if kirkollisvero_percent is None:
            notices.append(
                Notice(
                    "fi.vero.assume.average_kirkollisvero",
                    {"kirkollisvero_rate": kirk_rate, "year": year},
                    "info",
                    BENEFIT,
                )
            )
        church = cents(taxable * kirk_rate)
        steps.append(
            Step(
                "fi.vero.church",
                {"verotettava": taxable, "kirkollisvero_rate": kirk_rate, "kirkollisvero": church},
                kirk_params,
            )
        )
    shm_table = p.table(P_SHM)
    extra_base = clamp0(taxable - wage)
    shm = cents(taxable * shm_table["rate"] + extra_base * shm_table["extra_rate"])
    steps.append(
        Step(
            "fi.vero.sairaanhoitomaksu",
            {
                "verotettava": taxable,
                "shm_rate": shm_table["rate"],
                "shm_extra_rate": shm_table["extra_rate"],
                "shm_extra_base": extra_base,
                "sairaanhoitomaksu": shm,
            },
            (P_SHM,),
        )
    )
    if wage > 0 and pension + benefits > 0:
        notices.append(Notice("fi.vero.assume.shm_mixed", {}, "info", BENEFIT))

    # 6. Työtulovähennys: from the state tax first, the rest in proportion.
    ttv = ZERO
    if wage > 0:
        t = p.table(P_TTV)
        ttv_computed, raw, maximum, phase = tyotulovahennys(wage, puhdas, household, t)
        from_state = min(ttv_computed, state)
        rest = ttv_computed - from_state
        others = municipal + church + shm
        from_rest = min(rest, others)
        if from_rest > 0:
            m_cut = cents(from_rest * municipal / others)
            c_cut = cents(from_rest * church / others)
            s_cut = from_rest - m_cut - c_cut
            municipal, church, shm = municipal - m_cut, church - c_cut, shm - s_cut
        state -= from_state
        ttv = from_state + from_rest
        steps.append(
            Step(
                "fi.vero.tyotulovahennys",
                {
                    "wage": wage,
                    "ttv_rate": t["rate"],
                    "ttv_raw": raw,
                    "ttv_max": maximum,
                    "ttv_phase_rate": t["phase1_rate"],
                    "ttv_phase_from": t["phase1_from"],
                    "ttv_phase": phase,
                    "ttv_computed": ttv_computed,
                    "from_state": from_state,
                    "from_others": from_rest,
                    "tyotulovahennys": ttv,
                },
                (P_TTV,),
            )
        )

    # 7. Yle tax.
    y = p.table(P_YLE)
    yle = ZERO
    if age >= y["min_age"]:
        yle = cents(min(y["max"], clamp0(y["rate"] * (puhdas - y["threshold"]))))
        steps.append(
            Step(
                "fi.vero.yle",
                {
                    "puhdas_ansiotulo": puhdas,
                    "yle_rate": y["rate"],
                    "yle_threshold": y["threshold"],
                    "yle_max": y["max"],
                    "yle": yle,
                },
                (P_YLE,),
            )
        )
        if age == y["min_age"]:
            notices.append(Notice("fi.vero.assume.yle_18", {"year": year}, "info", BENEFIT))

    # 8. Eläketulon lisävero.
    lisavero = ZERO
    if pension > 0:
        lv = p.table(P_LISA)
        lisavero = cents(lv["rate"] * clamp0(pension - etv - lv["limit"]))
        if lisavero > 0:
            steps.append(
                Step(
                    "fi.vero.lisavero",
                    {
                        "pension": pension,
                        "elaketulovahennys": etv,
                        "lisavero_limit": lv["limit"],
                        "lisavero_rate": lv["rate"],
                        "lisavero": lisavero,
                    },
                    (P_LISA,),
                )
            )

    # 9. The year's total and a month's share.
    taxes = state + municipal + church + shm + yle + lisavero
    total = taxes + contributions
    steps.append(
        Step(
            "fi.vero.total",
            {
                "year": year,
                "valtion_vero": state,
                "kunnallisvero": municipal,
                "kirkollisvero": church,
                "sairaanhoitomaksu": shm,
                "yle": yle,
                "lisavero": lisavero,
                "contributions": contributions,
                "total": total,
            },
        )
    )
    month = cents(total / TWELVE)
    steps.append(Step("fi.vero.per_month", {"total": total, "per_month": month}))
    if wage > 0 and pension + benefits > 0:
        notices.append(Notice("fi.vero.info.two_withholding_rates", {}, "info", BENEFIT))

    parts: dict[str, Decimal] = {
        "tulonhankkimisvahennys": thv,
        "puhdas_ansiotulo": puhdas,
        "tyel": tyel,
        "tyottomyysvakuutusmaksu": tvm,
        "paivarahamaksu": prm,
        "elaketulovahennys": etv,
        "perusvahennys": pv,
        "verotettava": taxable,
        "valtion_vero": state,
        "kunnallisvero": municipal,
        "kirkollisvero": church,
        "sairaanhoitomaksu": shm,
        "tyotulovahennys": ttv,
        "yle": yle,
        "lisavero": lisavero,
        # vero.fi's "veron määrä": the taxes and the päivärahamaksu (not TyEL or työttömyysvakuutusmaksu)
        "vero_fi_total": taxes + prm,
        "total": total,
    }
    return TaxResult(amount=month, annual=total, steps=steps, parts=parts, notices=notices)


def _rate(percent: Decimal | None, average: str, p: ParameterSet) -> tuple[Decimal, tuple[str, ...]]:
    """A rate as a fraction: the client's own, else the year's average (the caller says so)."""
    if percent is not None:
        return Decimal(percent) / HUNDRED, ()
    return p.v(average) / HUNDRED, (average,)


def reporting_duties() -> list[ReportingDuty]:
    """What the client should do towards Verohallinto when work starts or changes."""
    return [
        ReportingDuty.of(
            BENEFIT,
            AUTHORITY,
            "fi.vero.duty.muutosverokortti",
            "Verotusmenettelylaki 1558/1995; ennakkoperintälaki 1118/1996 (verokortti)",
        ),
        ReportingDuty.of(
            BENEFIT,
            AUTHORITY,
            "fi.vero.duty.esitaytetty",
            "Verotusmenettelylaki 1558/1995 (esitäytetty veroilmoitus, jäännösvero)",
            yearly=True,
        ),
    ]


MESSAGES: dict[str, str] = {
    "fi.vero.income": N_(
        "Income in {year}: wages {wage}, pensions {pension}, other taxable benefits {benefits}. The "
        "automatic deduction for the cost of earning wages ({tulonhankkimisvahennys}) is taken off the "
        "wages, so the earned income (puhdas ansiotulo) is {puhdas_ansiotulo} a year."
    ),
    "fi.vero.contributions": N_(
        "Contributions withheld from wages of {wage} a year: pension contribution (TyEL) {tyel_rate} = "
        "{tyel}, unemployment insurance contribution {tvm_rate} = {tvm}, and the daily-allowance "
        "contribution {paivarahamaksu_rate} = {paivarahamaksu} (paid only when the year's wages reach "
        "{paivarahamaksu_threshold}). In all {contributions} a year; they are deducted in taxation."
    ),
    "fi.vero.elaketulovahennys": N_(
        "Pension income deduction (eläketulovähennys) on pensions of {pension}: {etv_full} minus "
        "{etv_rate1_rate} of the earned income above it up to {etv_limit} and {etv_rate2_rate} of the "
        "earned income above {etv_limit} (earned income {puhdas_ansiotulo}) = {elaketulovahennys} a year. "
        "Wages make this deduction smaller too."
    ),
    "fi.vero.perusvahennys": N_(
        "Earned income {puhdas_ansiotulo} minus the contributions {contributions} and the pension income "
        "deduction {elaketulovahennys} = {base}. Basic deduction (perusvähennys): at most {pv_max}, less "
        "{pv_rate} of the income above that = {perusvahennys}. Taxable earned income: {verotettava} a year."
    ),
    "fi.vero.state": N_(
        "State income tax on {verotettava}: {state_base} on the first {state_from} plus {state_rate} of "
        "the part above it = {valtion_vero} a year."
    ),
    "fi.vero.municipal": N_("Municipal tax: {kunnallisvero_rate} of {verotettava} = {kunnallisvero} a year."),
    "fi.vero.church": N_("Church tax: {kirkollisvero_rate} of {verotettava} = {kirkollisvero} a year."),
    "fi.vero.sairaanhoitomaksu": N_(
        "Health care contribution (sairaanhoitomaksu): {shm_rate} of {verotettava}, and another "
        "{shm_extra_rate} of the part that is not wages ({shm_extra_base}) = {sairaanhoitomaksu} a year."
    ),
    "fi.vero.tyotulovahennys": N_(
        "Tax credit for work income (työtulovähennys): {ttv_rate} of the wages {wage} = {ttv_raw}, at most "
        "{ttv_max}, less {ttv_phase_rate} of the earned income above {ttv_phase_from} ({ttv_phase}): "
        "{ttv_computed}. It is taken off the state tax ({from_state}) and what is left off the municipal "
        "tax, church tax and health care contribution ({from_others}): {tyotulovahennys} a year in all."
    ),
    "fi.vero.yle": N_(
        "Yle tax: {yle_rate} of the earned income {puhdas_ansiotulo} above {yle_threshold}, at most "
        "{yle_max} = {yle} a year."
    ),
    "fi.vero.lisavero": N_(
        "Additional tax on pension income: {lisavero_rate} of the pensions {pension} less the deduction "
        "{elaketulovahennys} above {lisavero_limit} = {lisavero} a year."
    ),
    "fi.vero.total": N_(
        "Tax for {year}: state tax {valtion_vero} + municipal tax {kunnallisvero} + church tax "
        "{kirkollisvero} + health care contribution {sairaanhoitomaksu} + Yle tax {yle} + additional "
        "pension tax {lisavero} (after the tax credit for work income) + contributions {contributions} = "
        "{total} a year."
    ),
    "fi.vero.per_month": N_("That is {per_month} a month ({total} a year divided by 12, to the cent)."),
    "fi.vero.assume.annual": N_(
        "Tax is computed for the whole of {year} as if the income were the same every month. "
        "Verohallinto decides the final tax after the year on what was actually earned."
    ),
    "fi.vero.assume.average_kunnallisvero": N_(
        "Your municipality's tax rate was not given: the average for Finland in {year}, "
        "{kunnallisvero_rate}, is used. Your own rate may be a few percentage points higher or lower."
    ),
    "fi.vero.assume.average_kirkollisvero": N_(
        "Your parish's church tax rate was not given: the average in {year}, {kirkollisvero_rate}, is used."
    ),
    "fi.vero.assume.shm_mixed": N_(
        "With both wages and pensions or benefits, the higher health care contribution is taken only on "
        "the part of the taxable income that is more than the wages. This is how Statistics Finland's tax "
        "model does it; Verohallinto's own guidance on it was not read."
    ),
    "fi.vero.assume.yle_18": N_(
        "Yle tax is included as if you had turned 18 before 1 January {year}. If you turned 18 during "
        "{year}, you pay no Yle tax that year."
    ),
    "fi.vero.info.two_withholding_rates": N_(
        "A wage and a pension or benefit each need their own withholding rate: the pension or benefit "
        "payer and the employer withhold tax separately. Order a new tax card for the wage so that the "
        "right amount is withheld; otherwise you may have tax to pay after the year."
    ),
    "fi.vero.duty.muutosverokortti.what": N_(
        "Order a new tax card (muutosverokortti) for your wage, giving your expected wages and other "
        "income for the year, and give it to your employer."
    ),
    "fi.vero.duty.muutosverokortti.when": N_(
        "Before the first pay day of the new job, and again when your pay or hours change clearly."
    ),
    "fi.vero.duty.muutosverokortti.how": N_("In OmaVero at vero.fi, or by phone to Verohallinto."),
    "fi.vero.duty.muutosverokortti.consequence": N_(
        "Without a tax card for the wage, the employer must withhold tax at a high rate. With a wrong "
        "estimate too little may be withheld, and you pay the rest (jäännösvero) after the year."
    ),
    "fi.vero.duty.esitaytetty.what": N_(
        "Check your pre-completed tax return: all wages, pensions and benefits of the year are in it."
    ),
    "fi.vero.duty.esitaytetty.when": N_("Every spring, for the year before, by the date on the return."),
    "fi.vero.duty.esitaytetty.how": N_("In OmaVero or on the paper return; correct any wrong figures."),
    "fi.vero.duty.esitaytetty.consequence": N_(
        "The tax decision shows tax to pay (jäännösvero) or a refund; tax to pay must be paid on time or "
        "interest is added."
    ),
}
