"""Aktivitetsstöd and utvecklingsersättning, in brief.

Paid by Försäkringskassan to participants in Arbetsförmedlingen's programmes: a fixed amount a day
for at most five programme days a calendar week; a part-time programme gives a proportionally
smaller stöd (förordning (2017:819) om ersättning till deltagare i arbetsmarknadspolitiska
insatser, 10 kap. 6 §). The daily amount is the client's own, from the decision (inkomstbaserat
belopp, grundbelopp 365 kr a day from 2025-10-01 (2 kap. 7 §), or utvecklingsersättning); it is
only checked against the grundbelopp, never replaced.
Wage for the same day as programme time reduces the stöd, but not wage for the time outside a
part-time programme (5 kap. 4 §); stöd paid for a day later paid as wage is reclaimed (8 kap. 1 a §).

Working part time (an assumption the client is told): the hours worked are time not spent in the
programme, so the programme days a week become the smaller of today's programme days and
5 × (1 - work share), e.g. a five-day programme and half-time work -> 2,5 days; a three-day
programme and 25 % work -> still 3 days (3 + 1,25 <= 5). Arbetsförmedlingen decides how the
programme changes; with the work outside the programme time the wage is not deducted (5 kap. 4 §
andra stycket), which is what this assumes.

Per month (convention): programme days a week × 52 / 12 weeks, × the daily amount, rounded to whole
kronor. FK pays monthly in arrears for the days reported, so a real month differs a little.
Aktivitetsstöd is taxable income; utvecklingsersättning is tax free (IL 11 kap. 33 §).
Report changes within 14 days (10 kap. 2 §).
"""

from __future__ import annotations

from decimal import Decimal

from benefits_calc.rules.se.case import AktivitetsstodDecision

from benefits_calc.explain import N_, Notice, ReportingDuty, Step
from benefits_calc.models import WEEKS_PER_MONTH
from benefits_calc.money import ONE, ZERO, clamp0, round_half_up
from benefits_calc.outcome import BenefitResult
from benefits_calc.parameters import ParameterSet

AUTHORITY = "se.forsakringskassan"

MESSAGES: dict[str, str] = {
    "se.aktivitetsstod.kind.aktivitetsstod": N_("activity support (aktivitetsstöd)"),
    "se.aktivitetsstod.kind.utvecklingsersattning": N_("development allowance (utvecklingsersättning)"),
    "se.aktivitetsstod.daily": N_(
        "You receive {kind_id} of {daily_amount} a day for {programme_days} programme days a week."
    ),
    "se.aktivitetsstod.work.none": N_("Not working: the programme days stay {programme_days} a week."),
    "se.aktivitetsstod.work.days": N_(
        "You work {work_share} of full time. The time left for the programme is {max_days_days} × "
        "(1 − {work_share}) = {room_days} days a week, so the programme days become {programme_days} a "
        "week."
    ),
    "se.aktivitetsstod.monthly": N_(
        "Per month: {daily_amount} × {programme_days} days × {weeks_per_month_days} weeks (52 / 12) = "
        "{amount_month} a month, rounded to whole kronor."
    ),
    "se.aktivitetsstod.tax_free": N_("Utvecklingsersättning is tax free."),
    "se.aktivitetsstod.assume.work_replaces_programme": N_(
        "Assumption: the hours you work replace programme time only where work and programme together "
        "would exceed full time. Arbetsförmedlingen decides how your programme changes; talk to them "
        "before you start."
    ),
    "se.aktivitetsstod.assume.days": N_(
        "Assumption: an average month of 52 / 12 weeks. The stöd is paid for the days you report, so a "
        "real month gives a little less or more."
    ),
    "se.aktivitetsstod.wage_same_day": N_(
        "If you work during programme time and the programme is not reduced, that day's wage is "
        "deducted from the stöd, and stöd already paid for that day must be paid back. Ask "
        "Arbetsförmedlingen to adjust your programme before you start working."
    ),
    "se.aktivitetsstod.below_grundbelopp": N_(
        "The daily amount entered, {daily_amount}, is below the lowest aktivitetsstöd for a full-time "
        "programme, {grundbelopp_day} a day. Check the decision."
    ),
    "se.aktivitetsstod.duty.fk.what": N_(
        "Changes that affect the stöd: work and wage, fewer programme days, sickness, other income."
    ),
    "se.aktivitetsstod.duty.fk.when": N_(
        "As soon as possible and at the latest 14 days after the change; the days in the monthly "
        "request for payment."
    ),
    "se.aktivitetsstod.duty.fk.how": N_("On Försäkringskassan's My pages."),
    "se.aktivitetsstod.duty.fk.consequence": N_(
        "Stöd paid without right to it, or for a day you were paid a wage for, must be paid back."
    ),
    "se.aktivitetsstod.duty.report.what": N_(
        "Your activities and any work (days and hours) in the monthly activity report to "
        "Arbetsförmedlingen; tell them before you start working so the programme can be adjusted."
    ),
    "se.aktivitetsstod.duty.report.when": N_(
        "Every month, by the date Arbetsförmedlingen sets; before you start working."
    ),
    "se.aktivitetsstod.duty.report.how": N_("On Arbetsförmedlingen's and Försäkringskassan's My pages."),
    "se.aktivitetsstod.duty.report.consequence": N_(
        "A missing activity report or missed programme days can lead to a warning and to the stöd "
        "being stopped for a number of days."
    ),
}


def programme_days_when_working(days_today: Decimal, work_share: Decimal, max_days: Decimal) -> Decimal:
    """min(today's programme days, max days × (1 - work share)), never below 0 (module docstring)."""
    return clamp0(min(days_today, max_days * (ONE - work_share)))


def calculate(decision: AktivitetsstodDecision, *, work_share: Decimal, p: ParameterSet) -> BenefitResult:
    """Aktivitetsstöd/utvecklingsersättning a month in a work scenario (see module docstring)."""
    benefit = f"se.{decision.kind}"
    max_days = p.v("ak_max_days_per_week")
    days_today = min(Decimal(decision.programme_days_per_week), max_days)
    steps = [
        Step(
            "se.aktivitetsstod.daily",
            {
                "kind_id": f"se.aktivitetsstod.kind.{decision.kind}",
                "daily_amount": decision.daily_amount,
                "programme_days": days_today,
            },
            ("ak_max_days_per_week",),
        )
    ]
    notices: list[Notice] = []
    if decision.kind == "aktivitetsstod":
        grund = p.v("ak_grundbelopp_day") if p.in_force("ak_grundbelopp_day") else None
        if grund is not None and decision.daily_amount < grund:
            notices.append(
                Notice(
                    "se.aktivitetsstod.below_grundbelopp",
                    {"daily_amount": decision.daily_amount, "grundbelopp_day": grund},
                    "warning",
                    benefit,
                )
            )
    if work_share <= 0:
        days = days_today
        steps.append(Step("se.aktivitetsstod.work.none", {"programme_days": days}))
    else:
        days = programme_days_when_working(days_today, work_share, max_days)
        steps.append(
            Step(
                "se.aktivitetsstod.work.days",
                {
                    "work_share": work_share,
                    "max_days_days": max_days,
                    "room_days": max_days * (ONE - work_share),
                    "programme_days": days,
                },
                ("ak_max_days_per_week",),
            )
        )
        notices.append(Notice("se.aktivitetsstod.assume.work_replaces_programme", {}, "info", benefit))
        notices.append(Notice("se.aktivitetsstod.wage_same_day", {}, "warning", benefit))
    amount = round_half_up(decision.daily_amount * days * WEEKS_PER_MONTH) if days > 0 else ZERO
    steps.append(
        Step(
            "se.aktivitetsstod.monthly",
            {
                "daily_amount": decision.daily_amount,
                "programme_days": days,
                "weeks_per_month_days": WEEKS_PER_MONTH.quantize(Decimal("0.01")),
                "amount_month": amount,
            },
        )
    )
    taxable = decision.kind == "aktivitetsstod"
    if not taxable:
        steps.append(Step("se.aktivitetsstod.tax_free", {}))
    notices.append(Notice("se.aktivitetsstod.assume.days", {}, "info", benefit))
    return BenefitResult(
        benefit=benefit,
        authority=AUTHORITY,
        amount=amount,
        taxable=taxable,
        steps=steps,
        notices=notices,
    )


def reporting_duties(decision: AktivitetsstodDecision) -> list[ReportingDuty]:
    """Changes to Försäkringskassan within 14 days; the monthly activity report to Arbetsförmedlingen.

    Förordning (2017:819) 10 kap. 2 § (14 days), 8 kap. 1, 1 a §§ (återbetalning), 6 kap. 2 § (varning
    and avstängning for a missing activity report or programme day).
    """
    benefit = f"se.{decision.kind}"
    return [
        ReportingDuty.of(
            benefit,
            "se.forsakringskassan",
            "se.aktivitetsstod.duty.fk",
            "Förordning (2017:819) 10 kap. 2 §, 8 kap. 1, 1 a §§, 5 kap. 4 §",
        ),
        ReportingDuty.of(
            benefit,
            "se.arbetsformedlingen",
            "se.aktivitetsstod.duty.report",
            "Förordning (2017:819) 6 kap. 2 §; "
            "https://arbetsformedlingen.se/for-arbetssokande/extra-stod/ersattning-och-franvaro/"
            "aktivitetsstod-och-utvecklingsersattning",
        ),
    ]
