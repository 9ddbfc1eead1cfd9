"""The Finnish pipeline: the benefits in the order the authorities apply them.

Reads like the worked example:
1. Work: hours × wage -> gross wages a month.
2. The pensions, which other benefits read: the earnings-related disability pension or
   kuntoutustuki (the pension provider; TyEL 47 §, laki 738/2009), then Kela's kansaneläke and
   takuueläke (KEL 568/2007, 703/2010), each with the earnings limit.
3. Kela's sickness allowance (SVL 1224/2004) or the unemployment benefit - työmarkkinatuki /
   peruspäiväraha until 30.4.2026, yleistuki from 1.5.2026 (Kela), ansiopäiväraha (the fund) -
   adjusted per day for the wages.
4. Income tax and the employee's contributions on the year's income (Verohallinto) - annual,
   shown monthly; the partner's own tax.
5. The housing allowance on the household's gross income: yleinen asumistuki (938/2014) or
   eläkkeensaajan asumistuki (571/2007).
6. Hoitotuki / vammaistuki (570/2007), which work does not change.
7. Perustoimeentulotuki last (1412/1997): it tops up every other net income of the family.

Each benefit goes through `h.receives`, which starts from the decision's amount where the decision
gives a monthly one (benefits_calc.decision_letters).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from benefits_calc.rules.fi import (
    ansiopaivaraha,
    asumistuki,
    elakkeensaajan_asumistuki,
    kansanelake,
    sairauspaivaraha,
    takuuelake,
    toimeentulotuki,
    tyoelake,
    tyottomyysetuus,
    vammaisetuudet,
    vero,
)
from benefits_calc.rules.fi.case import FICase

from benefits_calc.explain import N_, Notice, ReportingDuty
from benefits_calc.household import Household, unique
from benefits_calc.models import WorkScenario
from benefits_calc.money import TWELVE, ZERO
from benefits_calc.outcome import BenefitResult, TaxResult
from benefits_calc.parameters import ParameterSet

CENT = Decimal("0.01")

MESSAGES = {
    "fi.assume.adjusted_month": N_(
        "Benefits paid by the day are shown for an average month: sickness allowance for {sp_days} working "
        "days, unemployment benefits for {tt_days} weekdays."
    ),
}


@dataclass(frozen=True, slots=True)
class Today:
    """What does not change with work: computed once per case and rule date."""

    # The household's gross income a month when not working, from the decisions (for the
    # housing allowances' review limits).
    gross_income_month: Decimal
    # The client has a pension that gives eläkkeensaajan asumistuki (and takuueläke) today.
    full_pension_today: bool


def _full_pension(case: FICase) -> bool:
    """Kela's disability pension or kuntoutustuki, takuueläke, or a full earnings-related one."""
    return (
        case.kansanelake is not None
        or case.takuuelake is not None
        or (case.tyoelake is not None and case.tyoelake.kind == "full")
    )


def prepare(case: FICase, p: ParameterSet) -> Today:
    gross = case.other_income.other_pensions_month
    for decision in (case.kansanelake, case.takuuelake, case.tyoelake):
        if decision is not None:
            gross += decision.amount_month
    if case.sairauspaivaraha is not None:
        full, _ = sairauspaivaraha.daily_from_income(case.sairauspaivaraha.annual_income_year, p)
        gross += full * p.v("fi_sp_days_per_month")
    days = p.table(tyottomyysetuus.P_ADJ)["days_per_month"]
    if case.tyottomyysetuus is not None:
        gross += (case.tyottomyysetuus.daily_amount or p.v("fi_tt_full_daily")) * days
    if case.ansiopaivaraha is not None:
        gross += case.ansiopaivaraha.daily_amount * days
    if case.partner is not None:
        gross += case.partner.work_income_month + case.partner.pension_month + case.partner.benefits_month
    return Today(gross_income_month=gross, full_pension_today=_full_pension(case))


def _rests(r: BenefitResult) -> bool:
    return any(s.msg.endswith(".work.rests") for s in r.steps)


def _tax(case: FICase, income: vero.TaxableIncome, p: ParameterSet, *, partner: bool = False) -> TaxResult:
    """The client's (or the partner's) year's tax. The partner pays the same municipal tax; the
    partner's church membership is not asked (not included)."""
    person = case.person
    return vero.calculate(
        income,
        age=case.partner.age if partner and case.partner is not None else person.age,
        kunnallisvero_percent=person.kunnallisvero_percent,
        church_member=person.church_member and not partner,
        kirkollisvero_percent=person.kirkollisvero_percent if not partner else None,
        household=vero.Household(
            minor_children=len(case.children), sole_guardian=case.sole_guardian and not partner
        ),
        p=p,
    )


def _net_wage(
    case: FICase, income: vero.TaxableIncome, tax: TaxResult, p: ParameterSet, *, partner: bool = False
) -> Decimal:
    """The wage after the tax it adds: (wage − (tax with it − tax without it)) a month, to the cent."""
    if income.wage <= 0:
        return ZERO
    without = _tax(
        case, vero.TaxableIncome(pension=income.pension, benefits=income.benefits), p, partner=partner
    )
    return ((income.wage - (tax.annual - without.annual)) / TWELVE).quantize(CENT, ROUND_HALF_UP)


def calculate(case: FICase, work: WorkScenario, p: ParameterSet, h: Household, today: Today) -> None:
    """One scenario, in the authorities' order (see the module docstring)."""
    person = case.person
    partner = case.partner
    earnings = work.earnings_month
    share = work.share_counted
    other_pensions = case.other_income.other_pensions_month
    pension_rests = False

    # 2. Pensions: the earnings-related one first, then Kela's (which reads it).
    tyo_paid = ZERO
    partial_pension = ZERO
    full_still = case.tyoelake is not None and case.tyoelake.kind == "full"
    if case.tyoelake is not None:
        tyo = h.receives(tyoelake.calculate(case.tyoelake, earnings_month=earnings, p=p))
        tyo_paid = tyo.amount
        pension_rests |= _rests(tyo)
        if any(s.msg == "fi.tyoelake.work.to_partial" for s in tyo.steps):
            full_still = False
        if case.tyoelake.kind == "partial":
            partial_pension = tyo_paid
    ke_paid = ZERO
    if case.kansanelake is not None:
        # Kela reads the työeläke as paid; it changes only above Kela's own earnings limit, where
        # kansaneläke rests anyway: then the decided työeläke is shown (except for a pension paid
        # to a permanently blind or immobile person, which does not rest).
        tyo_for_ke = tyo_paid
        if case.tyoelake is not None and not case.kansanelake.permanently_blind_or_immobile:
            tyo_for_ke = case.tyoelake.amount_month
        ke = h.receives(
            kansanelake.calculate(
                case.kansanelake,
                couple=case.is_couple,
                other_pensions_month=tyo_for_ke + other_pensions,
                earnings_month=earnings,
                p=p,
            )
        )
        ke_paid = ke.amount
        pension_rests |= _rests(ke)
    # Takuueläke tops up the pensions that would be paid: while they rest, the decisions' amounts.
    ke_for_te, tyo_for_te = ke_paid, tyo_paid
    if pension_rests:
        ke_for_te = case.kansanelake.amount_month if case.kansanelake is not None else ZERO
        tyo_for_te = case.tyoelake.amount_month if case.tyoelake is not None else ZERO
    te_paid = ZERO
    if case.takuuelake is not None:
        te = h.receives(
            takuuelake.calculate(
                case.takuuelake,
                entitled=case.kansanelake is not None
                or (case.tyoelake is not None and case.tyoelake.kind == "full"),
                kansanelake_month=ke_for_te,
                other_pensions_month=tyo_for_te + other_pensions,
                earnings_month=earnings,
                blind_or_immobile=case.kansanelake is not None
                and case.kansanelake.permanently_blind_or_immobile,
                p=p,
            )
        )
        te_paid = te.amount
    full_disability = case.kansanelake is not None or (
        case.tyoelake is not None and case.tyoelake.kind == "full"
    )

    # 3. Sickness allowance or unemployment benefit.
    benefits = ZERO
    if case.sairauspaivaraha is not None:
        benefits += h.receives(
            sairauspaivaraha.calculate(
                case.sairauspaivaraha, work_share=share, partial_pension_month=partial_pension, p=p
            )
        ).amount
    if case.tyottomyysetuus is not None:
        benefits += h.receives(
            tyottomyysetuus.calculate(
                case.tyottomyysetuus,
                earnings_month=earnings,
                work_share=share,
                partial_pension_month=partial_pension,
                full_disability_pension=full_disability,
                has_spouse_or_children=partner is not None or bool(case.children),
                children=len(case.children),
                age=person.age,
                p=p,
            )
        ).amount
    if case.ansiopaivaraha is not None:
        benefits += h.receives(
            ansiopaivaraha.calculate(
                case.ansiopaivaraha,
                earnings_month=earnings,
                work_share=share,
                partial_pension_month=partial_pension,
                full_disability_pension=full_disability,
                p=p,
            )
        ).amount
    if (
        case.sairauspaivaraha is not None
        or case.tyottomyysetuus is not None
        or case.ansiopaivaraha is not None
    ):
        h.assume(
            Notice(
                "fi.assume.adjusted_month",
                {
                    "sp_days": p.v("fi_sp_days_per_month"),
                    "tt_days": p.table(tyottomyysetuus.P_ADJ)["days_per_month"],
                },
            )
        )

    # 4. Tax on the year's income; the partner's own tax.
    pensions = tyo_paid + ke_paid + te_paid + other_pensions
    income = vero.TaxableIncome(wage=TWELVE * earnings, pension=TWELVE * pensions, benefits=TWELVE * benefits)
    tax = h.pays_tax(_tax(case, income, p))
    h.other_income(other_pensions + case.other_income.child_benefits_month)
    partner_gross = partner_net = partner_net_wage = ZERO
    if partner is not None:
        partner_income = vero.TaxableIncome(
            wage=TWELVE * partner.work_income_month,
            pension=TWELVE * partner.pension_month,
            benefits=TWELVE * partner.benefits_month,
        )
        partner_tax = _tax(case, partner_income, p, partner=True)
        partner_gross = partner.work_income_month + partner.pension_month + partner.benefits_month
        partner_net = partner_gross - partner_tax.amount
        partner_net_wage = _net_wage(case, partner_income, partner_tax, p, partner=True)
        h.partner_income(partner_net)

    # 5. The housing allowance, on the household's gross income.
    gross_month = earnings + pensions + benefits + partner_gross
    municipality = person.municipality or ""
    if case.yleinen_asumistuki is not None:
        h.receives(
            asumistuki.calculate(
                case.yleinen_asumistuki,
                adults=1 + (partner is not None),
                children=len(case.children),
                municipality=municipality,
                housing=case.housing,
                gross_income_month=gross_month,
                gross_income_today_month=today.gross_income_month,
                pensioner_alone=today.full_pension_today and not case.children,
                p=p,
            )
        )
    if case.elakkeensaajan_asumistuki is not None:
        h.receives(
            elakkeensaajan_asumistuki.calculate(
                case.elakkeensaajan_asumistuki,
                entitled_today=today.full_pension_today,
                entitled_now=full_still or case.kansanelake is not None or case.takuuelake is not None,
                has_children=bool(case.children),
                couple=partner is not None,
                partner_entitled=partner is not None and partner.has_full_pension,
                municipality=municipality,
                housing=case.housing,
                persons=1 + (partner is not None),
                gross_income_year=TWELVE * gross_month,
                gross_income_today_year=TWELVE * today.gross_income_month,
                pension_rests=pension_rests,
                p=p,
            )
        )

    # 6. Hoitotuki / vammaistuki: not changed by work.
    care = ZERO
    if case.hoitotuki is not None:
        care = h.receives(vammaisetuudet.calculate(case.hoitotuki, pension_rests=pension_rests, p=p)).amount

    # 7. Perustoimeentulotuki last.
    if case.toimeentulotuki is not None:
        net_wage = _net_wage(case, income, tax, p)
        household_net = earnings + h.benefits_total + h.other - tax.amount + partner_net
        h.receives(
            toimeentulotuki.calculate(
                case.toimeentulotuki,
                couple=partner is not None,
                children=case.children,
                municipality=municipality,
                housing=case.housing,
                net_wages=(net_wage, partner_net_wage),
                other_net_income_month=household_net - net_wage - partner_net_wage - care,
                p=p,
            )
        )


def reporting_duties(case: FICase) -> list[ReportingDuty]:
    """What the client must report, per benefit received (the same in every scenario)."""
    from benefits_calc.engine import case_params

    p = case_params(case)
    d: list[ReportingDuty] = []
    if case.tyoelake is not None:
        d += tyoelake.reporting_duties(case.tyoelake)
    if case.kansanelake is not None:
        d += kansanelake.reporting_duties(case.kansanelake)
    if case.takuuelake is not None:
        d += takuuelake.reporting_duties(case.takuuelake)
    if case.sairauspaivaraha is not None:
        d += sairauspaivaraha.reporting_duties(case.sairauspaivaraha)
    if case.tyottomyysetuus is not None:
        d += tyottomyysetuus.reporting_duties(case.tyottomyysetuus, p)
    if case.ansiopaivaraha is not None:
        d += ansiopaivaraha.reporting_duties(case.ansiopaivaraha)
    if case.yleinen_asumistuki is not None:
        d += asumistuki.reporting_duties(case.yleinen_asumistuki)
    if case.elakkeensaajan_asumistuki is not None:
        d += elakkeensaajan_asumistuki.reporting_duties(case.elakkeensaajan_asumistuki)
    if case.hoitotuki is not None:
        d += vammaisetuudet.reporting_duties(case.hoitotuki)
    if case.toimeentulotuki is not None:
        d += toimeentulotuki.reporting_duties(case.toimeentulotuki)
    d += vero.reporting_duties()
    return unique(d)
