"""Ressourceforløbsydelse from the kommune, in a ressourceforløb (LAS kap. 6 a) or a
jobafklaringsforløb (LAS kap. 6 b). A month.

- The amount is the afgørelse's (kontanthjælp level, or the sygedagpenge / ledighedsydelse level for
  people who came from those; LAS §§ 68, 69 j). The 2025/2026 satser were not found, so the
  calculator always starts from the afgørelse.
- Pay (løn incl. pension, before tax) reduces it (STAR): in a ressourceforløb only the pay above the
  lønindtægtsgrænse is deducted, at 55 % (LAS § 68 a, stk. 2); in a jobafklaringsforløb 30 % of the
  pay up to the grænse and 55 % above (LAS § 69 j, stk. 9 - secondary source). Other income is
  deducted krone for krone. The spouse's income and formue do not count (LAS §§ 68, 69 j).
- Lov nr. 1750 af 29.12.2025 abolishes ressourceforløb and revalidering; its in-force date and what
  replaces the ydelse were not read: a notice says so from 2026.

Rounding: the month is rounded to whole kroner, 50 øre up (the kommune's rounding was not found).
Not modelled: the disregard per hour for income from tilbud (LAS § 68 a, stk. 3), holiday pay, the
employer's pension contribution (the pay counted is the gross pay of the scenario).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from benefits_calc.rules.dk.case import RessourceforloebDecision

from benefits_calc.explain import N_, Notice, ReportingDuty, Step
from benefits_calc.money import ZERO, clamp0, round_half_up
from benefits_calc.outcome import BenefitResult
from benefits_calc.parameters import ParameterSet

BENEFIT = "dk.ressourceforloebsydelse"
AUTHORITY = "dk.kommune"
ABOLITION_NOTICE_FROM = date(2026, 1, 1)

MESSAGES: dict[str, str] = {
    "dk.rfy.kind.ressourceforloeb": N_("ressourceforløb"),
    "dk.rfy.kind.jobafklaring": N_("jobafklaringsforløb"),
    "dk.rfy.base": N_("Ressourceforløbsydelse in your {kind_id}, from your afgørelse: {base} a month."),
    "dk.rfy.work": N_(
        "Your pay is {wage} a month before tax. {rate_below} of the pay up to {graense} ({below}) and "
        "{rate_above} of the pay above it ({above}) is deducted: {deduction} a month."
    ),
    "dk.rfy.other_income": N_("Other income is deducted krone for krone: {other_income} a month."),
    "dk.rfy.result": N_("Ressourceforløbsydelse: {base} - {deductions} = {amount} a month."),
    "dk.rfy.notice.no_spouse": N_(
        "Your spouse's or partner's income and your formue do not reduce ressourceforløbsydelse."
    ),
    "dk.rfy.notice.pension": N_(
        "The pay counted includes pension paid by your employer; this calculation counts the pay only."
    ),
    "dk.rfy.notice.abolished": N_(
        "Lov nr. 1750 af 29.12.2025 abolishes ressourceforløb. When it takes effect and what your forløb "
        "and ydelse then become were not checked here: ask your kommune."
    ),
    "dk.rfy.notice.stops": N_(
        "At this pay no ressourceforløbsydelse is paid. Talk to your kommune before you take the job: the "
        "forløb may be ended."
    ),
    "dk.rfy.duty.what": N_("That you start work, your hours and pay, other income, and holiday pay."),
    "dk.rfy.duty.when": N_("Before you start, and at once when something changes."),
    "dk.rfy.duty.how": N_("To your kommune (jobcenter or ydelseskontor), as your afgørelse says."),
    "dk.rfy.duty.consequence": N_(
        "Ydelse paid when it should not have been must be paid back (LAS § 91); withholding information "
        "knowingly can be reported to the police."
    ),
}


def calculate(
    decision: RessourceforloebDecision,
    *,
    wage_month: Decimal,
    other_income_month: Decimal,
    p: ParameterSet,
) -> BenefitResult:
    """Ressourceforløbsydelse a month when the client earns `wage_month` before tax."""
    kind = decision.kind
    base = decision.amount_month
    steps: list[Step] = [Step("dk.rfy.base", {"kind_id": f"dk.rfy.kind.{kind}", "base": base})]
    notices: list[Notice] = [Notice("dk.rfy.notice.no_spouse", {}, "info", BENEFIT)]
    if p.date >= ABOLITION_NOTICE_FROM:
        notices.append(Notice("dk.rfy.notice.abolished", {}, "warning", BENEFIT))
    deductions = ZERO
    if wage_month > 0:
        g = p.v("loenindtaegtsgraense_month")
        rates = p.table("rfy_reduction_rates")
        r_below, r_above = rates[f"{kind}_below"], rates[f"{kind}_above"]
        below = (r_below * min(wage_month, g)).quantize(Decimal("0.01"))
        above = (r_above * clamp0(wage_month - g)).quantize(Decimal("0.01"))
        deductions += below + above
        steps.append(
            Step(
                "dk.rfy.work",
                {
                    "wage": wage_month,
                    "rate_below": r_below,
                    "graense": g,
                    "below": below,
                    "rate_above": r_above,
                    "above": above,
                    "deduction": below + above,
                },
                ("loenindtaegtsgraense_month", "rfy_reduction_rates"),
                "LAS § 68 a, stk. 2" if kind == "ressourceforloeb" else "LAS § 69 j, stk. 9",
            )
        )
        notices.append(Notice("dk.rfy.notice.pension", {}, "info", BENEFIT))
    if other_income_month > 0:
        deductions += other_income_month
        steps.append(Step("dk.rfy.other_income", {"other_income": other_income_month}, law="LAS § 68 a"))
    amount = round_half_up(clamp0(base - deductions))
    steps.append(Step("dk.rfy.result", {"base": base, "deductions": deductions, "amount": amount}))
    if amount == 0 and wage_month > 0:
        notices.append(Notice("dk.rfy.notice.stops", {}, "danger", BENEFIT))
    return BenefitResult(
        BENEFIT, AUTHORITY, amount, True, steps, reported=decision.amount_month, notices=notices
    )


def reporting_duties(decision: RessourceforloebDecision) -> list[ReportingDuty]:
    """What to tell the kommune (retssikkerhedsloven § 11; repayment LAS § 91)."""
    return [ReportingDuty.of(BENEFIT, AUTHORITY, "dk.rfy.duty", "Retssikkerhedsloven § 11; LAS § 91")]
