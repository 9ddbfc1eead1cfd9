"""Eläkettä saavan hoitotuki and vammaistuki (laki vammaisetuuksista 570/2007).

Neither is tested against income or assets, and both are tax-free: work does not change them,
and they are not counted as income for the housing allowances or toimeentulotuki. The amount
paid is the decision's; the amount of the level by the rules is shown beside it (the engine
shows a difference). Hoitotuki needs a pension that is paid: while a Kela pension rests because
of work, Kela can pay a disability allowance instead (at most the highest vammaistuki, a secondary
source: verneri.net) - a notice tells the client to ask Kela; the amount is kept.
"""

from __future__ import annotations

from benefits_calc.rules.fi.case import HoitotukiDecision

from benefits_calc.explain import N_, Notice, ReportingDuty, Step
from benefits_calc.outcome import BenefitResult
from benefits_calc.parameters import ParameterSet

AUTHORITY = "fi.kela"


def benefit_id(decision: HoitotukiDecision) -> str:
    return "fi.hoitotuki" if decision.kind == "hoitotuki" else "fi.vammaistuki"


def calculate(decision: HoitotukiDecision, *, pension_rests: bool, p: ParameterSet) -> BenefitResult:
    benefit = benefit_id(decision)
    param = "fi_hoitotuki" if decision.kind == "hoitotuki" else "fi_vammaistuki"
    level_amount = p.table(param)[decision.level]
    steps = [
        Step(
            "fi.vammaisetuus.level",
            {"level_id": f"fi.vammaisetuus.level.{decision.level}", "amount_month": level_amount},
            (param,),
        ),
        Step(
            "fi.vammaisetuus.not_changed",
            {"amount_month": level_amount},
            law="Laki vammaisetuuksista 570/2007",
        ),
    ]
    notices = []
    if pension_rests and decision.kind == "hoitotuki":
        notices.append(Notice("fi.vammaisetuus.notice.pension_rests", {}, "warning", benefit))
    return BenefitResult(
        benefit=benefit,
        authority=AUTHORITY,
        amount=level_amount,
        taxable=False,
        steps=steps,
        reported=decision.amount_month,
        notices=notices,
    )


def reporting_duties(decision: HoitotukiDecision) -> list[ReportingDuty]:
    return [
        ReportingDuty.of(
            benefit_id(decision), AUTHORITY, "fi.vammaisetuus.duty", "Laki vammaisetuuksista 570/2007"
        )
    ]


MESSAGES: dict[str, str] = {
    "fi.vammaisetuus.level.perus": N_("the basic level"),
    "fi.vammaisetuus.level.korotettu": N_("the raised level"),
    "fi.vammaisetuus.level.ylin": N_("the highest level"),
    "fi.vammaisetuus.level": N_("At {level_id} the allowance is {amount_month} a month."),
    "fi.vammaisetuus.not_changed": N_(
        "It does not depend on your income or assets, so work does not change it: {amount_month} a month, "
        "tax free."
    ),
    "fi.vammaisetuus.notice.pension_rests": N_(
        "Hoitotuki is paid with a pension. While your pension rests because of work, Kela can pay you a "
        "disability allowance (vammaistuki) instead: ask Kela before the pension starts to rest."
    ),
    "fi.vammaisetuus.duty.what": N_("Changes in your health, your need for help or care, and your pensions."),
    "fi.vammaisetuus.duty.when": N_("At once when they change."),
    "fi.vammaisetuus.duty.how": N_("In OmaKela or by phone."),
    "fi.vammaisetuus.duty.consequence": N_("An allowance paid without the right to it is reclaimed."),
}
