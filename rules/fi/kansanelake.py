"""Kela's disability pension as kansaneläke: työkyvyttömyyseläke or kuntoutustuki (kansaneläkelaki
568/2007), and what work does to it (laki 738/2009; rules/fi/lepaaminen.py).

The amount (Kela; every official Kela table 2018-2022 and Kela's 2025 limits reproduce with it):

    A   = the other pensions a year (gross: työeläke, foreign and accident pensions …), rounded to
          whole euros (half up)
    red = 50 % × (A − the free amount KERaja a year), / 12, rounded to the cent (half up)
    kansaneläke = the full amount (living alone, or in a marriage / avoliitto / registered
          partnership) − red; not paid when below the minimum payable amount.

Wages, capital income, assets and the spouse's income do not reduce kansaneläke. Kela's
kuntoutustuki (a disability pension for a fixed time) has the same amount and rules.

Working: earnings up to the full takuueläke a month (Kela's earnings limit) change nothing; above
it the pension rests (lepäämään) for 3 months to 2 years instead of being reduced, and is shown
as 0 in the scenario. A pension granted because the person is permanently blind or unable to move
(KEL 12 § 4 mom) is paid even when working (738/2009 does not apply to it). Kela may treat about
two months of work as a work trial without stopping the pension (Kela's older page; a notice).
"""

from __future__ import annotations

from decimal import Decimal

from benefits_calc.rules.fi import lepaaminen
from benefits_calc.rules.fi.case import KansanelakeDecision

from benefits_calc.explain import N_, Notice, ReportingDuty, Step
from benefits_calc.money import TWELVE, ZERO, clamp0, round_half_up
from benefits_calc.outcome import BenefitResult
from benefits_calc.parameters import ParameterSet

BENEFIT = "fi.kansanelake"
AUTHORITY = "fi.kela"
CENT = Decimal("0.01")


def amount(
    other_pensions_month: Decimal, full: Decimal, free_year: Decimal, rate: Decimal, minimum: Decimal
) -> tuple[Decimal, Decimal, Decimal]:
    """(kansaneläke a month, the other pensions a year as counted, the reduction a month), by Kela's
    rule (see the module docstring). Pure: the tests run it with the figures of 2018-2022 too."""
    year = round_half_up(TWELVE * other_pensions_month)
    reduction = round_half_up(rate * clamp0(year - free_year) / TWELVE, CENT)
    ke = full - reduction
    return (ke if ke >= minimum else ZERO), year, reduction


def modelled(other_pensions_month: Decimal, couple: bool, p: ParameterSet) -> tuple[Decimal, list[Step]]:
    """Today's kansaneläke by the rules, with its steps (work does not enter)."""
    full = p.table("fi_ke_full")["couple" if couple else "alone"]
    free = p.v("fi_ke_free_pension_year")
    rate = p.v("fi_ke_reduction_rate")
    minimum = p.v("fi_ke_min_payable")
    ke, year, reduction = amount(other_pensions_month, full, free, rate, minimum)
    steps = [
        Step(
            "fi.kansanelake.full_couple" if couple else "fi.kansanelake.full_alone",
            {"full_month": full},
            ("fi_ke_full",),
        )
    ]
    if other_pensions_month <= 0:
        steps.append(Step("fi.kansanelake.no_other_pensions", {"amount_month": ke}))
        return ke, steps
    steps += [
        Step(
            "fi.kansanelake.reduction",
            {
                "other_pensions_month": other_pensions_month,
                "other_pensions_year": year,
                "free_year": free,
                "reduction_rate": rate,
                "reduction_month": reduction,
                "full_month": full,
                "amount_month": clamp0(full - reduction),
            },
            ("fi_ke_free_pension_year", "fi_ke_reduction_rate"),
        ),
    ]
    if ke == 0 and full - reduction > 0:
        steps.append(
            Step(
                "fi.kansanelake.below_minimum",
                {"amount_month": full - reduction, "minimum_month": minimum},
                ("fi_ke_min_payable",),
            )
        )
    return ke, steps


def calculate(
    decision: KansanelakeDecision,
    *,
    couple: bool,
    other_pensions_month: Decimal,
    earnings_month: Decimal,
    p: ParameterSet,
) -> BenefitResult:
    """Kansaneläke paid a month in the scenario (see the module docstring).

    `other_pensions_month`: the client's other pensions before tax (työeläke as decided, other
    pensions); `earnings_month`: gross wages a month in the scenario.
    """
    steps: list[Step] = [
        Step(
            "fi.kansanelake.kind",
            {"kind_id": f"fi.kansanelake.kind.{decision.kind}", "reported": decision.amount_month},
        )
    ]
    notices: list[Notice] = []
    ke, s = modelled(other_pensions_month, couple, p)
    steps += s
    limit = lepaaminen.kela_limit(p)
    paid = ke
    if decision.permanently_blind_or_immobile:
        steps.append(
            Step(
                "fi.kansanelake.work.blind_or_immobile",
                {"earnings_month": earnings_month},
                law="KEL 12 § 4 mom",
            )
        )
    elif earnings_month <= 0:
        steps.append(
            Step("fi.kansanelake.work.none", {"limit_month": limit}, ("fi_te_full",), law=lepaaminen.LAW)
        )
    elif earnings_month <= limit:
        steps.append(
            Step(
                "fi.kansanelake.work.within_limit",
                {"earnings_month": earnings_month, "limit_month": limit},
                ("fi_te_full",),
                law="Laki 738/2009",
            )
        )
        notices.append(Notice("fi.kansanelake.notice.near_limit", {"limit_month": limit}, "info", BENEFIT))
    else:
        paid = ZERO
        steps.append(
            Step(
                "fi.kansanelake.work.rests",
                {"earnings_month": earnings_month, "limit_month": limit},
                ("fi_te_full", "fi_lepaaminen_months"),
                law="Laki 738/2009",
            )
        )
        notices += lepaaminen.rest_notices(BENEFIT, AUTHORITY, p)
        notices.append(Notice("fi.kansanelake.notice.work_trial", {}, "info", BENEFIT))
    return BenefitResult(
        benefit=BENEFIT,
        authority=AUTHORITY,
        amount=paid,
        taxable=True,
        steps=steps,
        period="month",
        reported=decision.amount_month,
        notices=notices,
    )


def reporting_duties(decision: KansanelakeDecision) -> list[ReportingDuty]:
    """What the client must tell Kela (KEL 568/2007 ilmoitusvelvollisuus; laki 738/2009)."""
    return [ReportingDuty.of(BENEFIT, AUTHORITY, "fi.kansanelake.duty.work", "KEL 568/2007; laki 738/2009")]


MESSAGES: dict[str, str] = {
    "fi.kansanelake.kind.tyokyvyttomyyselake": N_("disability pension (työkyvyttömyyseläke)"),
    "fi.kansanelake.kind.kuntoutustuki": N_(
        "rehabilitation subsidy (kuntoutustuki, a disability pension for a fixed time)"
    ),
    "fi.kansanelake.kind": N_(
        "You get kansaneläke from Kela as {kind_id}: {reported} a month before tax according to the decision."
    ),
    "fi.kansanelake.full_alone": N_("Full kansaneläke for a person living alone: {full_month} a month."),
    "fi.kansanelake.full_couple": N_(
        "Full kansaneläke for a person who is married or lives with a partner: {full_month} a month."
    ),
    "fi.kansanelake.reduction": N_(
        "Your other pensions are {other_pensions_month} a month, counted as {other_pensions_year} a year. "
        "Half ({reduction_rate}) of the part above {free_year} a year is taken off, a twelfth a month: "
        "{reduction_month}. {full_month} − {reduction_month} = {amount_month} a month. Your wages do not "
        "reduce kansaneläke."
    ),
    "fi.kansanelake.no_other_pensions": N_(
        "You have no other pensions, so kansaneläke is paid in full: {amount_month} a month. Your wages do "
        "not reduce kansaneläke."
    ),
    "fi.kansanelake.below_minimum": N_(
        "{amount_month} a month is less than the smallest amount Kela pays, {minimum_month}: no kansaneläke."
    ),
    "fi.kansanelake.work.none": N_(
        "Not working: the pension is paid in full. You may earn up to {limit_month} a month before tax "
        "without it changing."
    ),
    "fi.kansanelake.work.within_limit": N_(
        "You earn {earnings_month} a month, not more than the earnings limit of {limit_month}: the pension "
        "does not change."
    ),
    "fi.kansanelake.work.rests": N_(
        "You earn {earnings_month} a month, more than the earnings limit of {limit_month}: the pension is "
        "not paid while you work at this level. It rests (lepäämään); it is not lost."
    ),
    "fi.kansanelake.work.blind_or_immobile": N_(
        "Your pension was granted because you are permanently blind or unable to move: it is paid in full "
        "even when you work (you earn {earnings_month} a month)."
    ),
    "fi.kansanelake.notice.near_limit": N_(
        "The earnings limit {limit_month} is for each calendar month and counts the pay paid in that "
        "month before tax, including holiday pay and extra hours. One month over the limit can make the "
        "pension rest."
    ),
    "fi.kansanelake.notice.work_trial": N_(
        "Kela may treat a short period of work (about two months) as a work trial and keep paying the "
        "pension. Ask Kela before you start."
    ),
    "fi.kansanelake.duty.work.what": N_(
        "That you start working, and your expected earnings a month; and when your earnings go over or "
        "come back under the earnings limit. Also report if your health or work ability improves."
    ),
    "fi.kansanelake.duty.work.when": N_("Before you start, and at once when your earnings change."),
    "fi.kansanelake.duty.work.how": N_(
        "In OmaKela (change notice, muutosilmoitus) or by phone. Kela sees wages in the incomes register "
        "(tulorekisteri), but that does not replace your own notice."
    ),
    "fi.kansanelake.duty.work.consequence": N_(
        "Pension paid for months when your earnings were over the limit is reclaimed (takaisinperintä)."
    ),
}
