"""Sygedagpenge from the kommune, with a partial return to work (delvis raskmelding): sygedagpengeloven
(SDL) §§ 47-53. A week, shown a month.

- At full sick leave the afgørelse's weekly amount is paid: the hourly rate (the pay an hour, at most
  the highest sygedagpenge an hour, SDL §§ 47, 50) × the normal hours a week.
- Partly back at work (SDL § 53, stk. 1): sygedagpenge is paid for the hours still off, at the same
  amount an hour as at full sick leave: hourly rate × (normal hours - hours worked). The absence must
  be at least 4 hours a week; with less the person is fully fit (raskmeldt) and gets none.
- The pay for the hours worked comes from the employer (the scenario's pay).
- A month = the week × 52 / 12, rounded to whole kroner, 50 øre up (an average month; the kommune pays
  for the actual days).

Not modelled: the employer period (the first 30 days the employer pays), refusion when the employer
pays wages during sickness, self-employed people (SDL § 53, stk. 3), the time limit and its
extensions (a notice: revurdering after 22 weeks within 9 months, SDL § 24).
Tax: taxable personal income without AM-bidrag.
"""

from __future__ import annotations

from decimal import Decimal

from benefits_calc.rules.dk.case import SygedagpengeDecision

from benefits_calc.explain import N_, Notice, ReportingDuty, Step
from benefits_calc.models import WEEKS_PER_MONTH
from benefits_calc.money import ZERO, clamp0, round_half_up
from benefits_calc.outcome import BenefitResult
from benefits_calc.parameters import ParameterSet

BENEFIT = "dk.sygedagpenge"
AUTHORITY = "dk.kommune"

MESSAGES: dict[str, str] = {
    "dk.sdp.rate": N_(
        "Sygedagpenge at full sick leave: {amount_week} a week for {normal_hours} hours = {hourly} an hour "
        "(the highest is {max_hour} an hour, {max_week} a week)."
    ),
    "dk.sdp.above_max": N_(
        "The weekly amount entered, {amount_week}, is above the highest sygedagpenge, {max_week} a week: the "
        "highest is used."
    ),
    "dk.sdp.full": N_("Not working: sygedagpenge for all {normal_hours} hours, {week} a week."),
    "dk.sdp.partial": N_(
        "You work {worked_hours} of your {normal_hours} hours a week and are off sick {absent_hours} hours: "
        "{absent_hours} × {hourly} = {week} a week."
    ),
    "dk.sdp.fit": N_(
        "You work {worked_hours} of your {normal_hours} hours a week, so you are off fewer than "
        "{min_absence_hours} hours a week: you count as fully fit (raskmeldt) and get no sygedagpenge."
    ),
    "dk.sdp.fit_full_time": N_(
        "You work {worked_hours} hours a week, at least your normal {normal_hours}: you count as fully "
        "fit (raskmeldt) and get no sygedagpenge."
    ),
    "dk.sdp.monthly": N_("A month: {week} × 52 / 12 = {amount} (an average month)."),
    "dk.sdp.notice.fit": N_(
        "With fewer than {min_absence_hours} hours off a week sygedagpenge stops: you must tell the kommune "
        "and your employer that you are raskmeldt."
    ),
    "dk.sdp.notice.plan": N_(
        "A partial return to work is agreed with your employer and the kommune (delvis raskmelding), with "
        "the hours you work each week. The kommune reassesses your case after {revurdering_weeks} weeks "
        "with sygedagpenge within 9 months."
    ),
    "dk.sdp.notice.employer_period": N_(
        "Assumed: the kommune pays the sygedagpenge (after the employer's first 30 days), and the employer "
        "pays wages only for the hours you work."
    ),
    "dk.sdp.duty.what": N_(
        "The hours you work each week, when you work more, and when you are fully fit (raskmeldt)."
    ),
    "dk.sdp.duty.when": N_("At once, and on the kommune's forms (oplysningsskema) when asked."),
    "dk.sdp.duty.how": N_(
        "To the kommune's sygedagpenge office (and your employer), often in a digital form."
    ),
    "dk.sdp.duty.consequence": N_(
        "Sygedagpenge paid for hours you worked or after you were fit must be paid back, and knowingly "
        "withheld information can be reported to the police."
    ),
}


def calculate(
    decision: SygedagpengeDecision, *, worked_hours_week: Decimal, p: ParameterSet
) -> BenefitResult:
    """Sygedagpenge a month when the client works `worked_hours_week` of the normal hours."""
    normal = decision.normal_hours_per_week
    max_week, max_hour = p.v("sdp_max_week"), p.v("sdp_max_hour")
    amount_week = decision.amount_week
    steps: list[Step] = []
    notices: list[Notice] = [Notice("dk.sdp.notice.employer_period", {}, "info", BENEFIT)]
    if amount_week > max_week:
        steps.append(
            Step("dk.sdp.above_max", {"amount_week": amount_week, "max_week": max_week}, ("sdp_max_week",))
        )
        amount_week = max_week
    hourly = min((amount_week / normal).quantize(Decimal("0.01")), max_hour)
    steps.append(
        Step(
            "dk.sdp.rate",
            {
                "amount_week": amount_week,
                "normal_hours": normal,
                "hourly": hourly,
                "max_hour": max_hour,
                "max_week": max_week,
            },
            ("sdp_max_week", "sdp_max_hour"),
            "SDL §§ 47, 50",
        )
    )
    min_absence = p.v("sdp_min_absence_hours")
    worked = min(worked_hours_week, normal)
    absent = clamp0(normal - worked_hours_week)
    if worked_hours_week <= 0:
        week = amount_week
        steps.append(Step("dk.sdp.full", {"normal_hours": normal, "week": week}))
    elif absent < min_absence:
        week = ZERO
        if worked_hours_week >= normal:  # the normal hours or more (beyond them: overtime)
            step = Step(
                "dk.sdp.fit_full_time",
                {"worked_hours": worked_hours_week, "normal_hours": normal},
                law="SDL § 53, stk. 1",
            )
        else:
            step = Step(
                "dk.sdp.fit",
                {"worked_hours": worked, "normal_hours": normal, "min_absence_hours": min_absence},
                ("sdp_min_absence_hours",),
                "SDL § 53, stk. 1",
            )
        steps.append(step)
        notices.append(Notice("dk.sdp.notice.fit", {"min_absence_hours": min_absence}, "danger", BENEFIT))
    else:
        week = (absent * hourly).quantize(Decimal("0.01"))
        steps.append(
            Step(
                "dk.sdp.partial",
                {
                    "worked_hours": worked,
                    "normal_hours": normal,
                    "absent_hours": absent,
                    "hourly": hourly,
                    "week": week,
                },
                ("sdp_min_absence_hours",),
                "SDL § 53, stk. 1",
            )
        )
    amount = round_half_up(week * WEEKS_PER_MONTH)
    if week > 0:
        steps.append(Step("dk.sdp.monthly", {"week": week, "amount": amount}))
    if worked_hours_week > 0:
        notices.append(
            Notice(
                "dk.sdp.notice.plan", {"revurdering_weeks": p.v("sdp_revurdering_weeks")}, "warning", BENEFIT
            )
        )
    return BenefitResult(
        BENEFIT,
        AUTHORITY,
        amount,
        True,
        steps,
        period="week",
        reported=round_half_up(decision.amount_week * WEEKS_PER_MONTH),
        notices=notices,
    )


def reporting_duties(decision: SygedagpengeDecision) -> list[ReportingDuty]:
    """What to tell the kommune (retssikkerhedsloven § 11)."""
    return [
        ReportingDuty.of(
            BENEFIT, AUTHORITY, "dk.sdp.duty", "Sygedagpengeloven § 53; retssikkerhedsloven § 11"
        )
    ]
