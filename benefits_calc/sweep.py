"""The same pipeline over many scenarios: income against hours, thresholds and marginal rates.

Hours are the axis (0-100 % of full time, one step for everything); each point is one full run
of the country pipeline, so a point equals the single calculation at that share (the run leaves
out the Outcome's own steps, notices and parameters, which a point does not show).

Rates follow the OECD definitions (Taxing Wages / tax-benefit models):
- marginal effective tax rate between two neighbouring points:
  METR = 1 - (net_b - net_a) / (earnings_b - earnings_a), the delta being one step;
- participation tax rate of a point against not working:
  PTR = 1 - (net_x - net_0) / (earnings_x - earnings_0).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from itertools import pairwise
from typing import Any

from benefits_calc.engine import Calculation
from benefits_calc.models import CaseBase, WorkScenario
from benefits_calc.numbers import decimal_text
from benefits_calc.outcome import Outcome

RATE = Decimal("0.0001")


@dataclass(slots=True)
class SweepPoint:
    percent: Decimal
    hours_per_week: Decimal
    earnings: Decimal
    tax: Decimal
    net_income: Decimal
    benefits: dict[str, Decimal]
    uncertain: tuple[str, ...] = ()  # benefits kept from a decision letter against the rules
    in_hand: Decimal | None = None  # the net income minus work costs, fees and withholding
    metr: Decimal | None = None  # against the previous point
    ptr: Decimal | None = None  # against 0 hours


@dataclass(slots=True)
class Threshold:
    """Where a benefit starts to fall, stops, or where more work gives less money.

    kind: "reduced_from" (first step where the benefit falls), "stops_at" (first step where it is
    0), "net_falls" (net income lower than at the previous step; `benefit` is the main cause).
    The event happens between the previous point (`from_*`) and this one.
    """

    benefit: str
    kind: str
    percent: Decimal
    hours_per_week: Decimal
    earnings: Decimal
    from_percent: Decimal
    from_earnings: Decimal
    amount_before: Decimal
    amount_after: Decimal


@dataclass(slots=True)
class SweepResult:
    step_percent: Decimal
    step_earnings: Decimal
    points: list[SweepPoint]
    thresholds: list[Threshold] = field(default_factory=list)
    currency: str = ""
    rule_date: str = ""


def sweep(
    case: CaseBase, like: WorkScenario, step_percent: Decimal = Decimal(1), calc: Calculation | None = None
) -> SweepResult:
    """Run the case from 0 to 100 % of full time in `step_percent` steps at the wage of `like`
    (with `calc`, the case's Calculation already made for its table)."""
    if step_percent <= 0 or step_percent > 100:
        raise ValueError("step_percent must be in (0, 100]")
    calc = calc or Calculation(case)
    points: list[SweepPoint] = []
    currency = ""
    pct = Decimal(0)
    while pct <= 100:
        o = calc.run(like.at_share(pct / 100), detail=False)  # amounts only
        currency = o.currency
        points.append(_point(o, pct))
        pct += step_percent
    _rates(points)
    step_earn = points[1].earnings - points[0].earnings if len(points) > 1 else Decimal(0)
    return SweepResult(
        step_percent, step_earn, points, _thresholds(points), currency, case.rule_date.isoformat()
    )


def _point(o: Outcome, pct: Decimal) -> SweepPoint:
    return SweepPoint(
        percent=pct,
        hours_per_week=o.scenario.hours_per_week,
        earnings=o.scenario.earnings_month,
        tax=o.tax.amount,
        net_income=o.net_income,
        benefits={b.benefit: b.amount for b in o.benefits},
        uncertain=tuple(o.uncertain_benefits),
        in_hand=o.in_hand,
    )


def ladder_hours(full_time: Decimal) -> list[Decimal]:
    """Every whole hour a week from 0 to full time, and full time itself when it is not whole
    (37,5 h: 0, 1, …, 37, 37,5)."""
    hours = [Decimal(h) for h in range(int(full_time) + 1)]
    return hours if hours[-1] == full_time else [*hours, full_time]


def ladder(case: CaseBase, like: WorkScenario, calc: Calculation | None = None) -> list[SweepPoint]:
    """The hours ladder: the case at every whole hour a week (see `ladder_hours`) at the wage of
    `like`, where clients actually start (4, 8, 12 hours) rather than at 25 % steps."""
    calc = calc or Calculation(case)
    full = like.full_time_hours_per_week
    points = []
    for h in ladder_hours(full):
        o = calc.run(like.at_hours(h), detail=False)
        points.append(_point(o, (h * 100 / full).quantize(RATE)))
    _rates(points)
    return points


def _rates(points: list[SweepPoint]) -> None:
    first = points[0]
    for prev, p in pairwise(points):
        d_earn = p.earnings - prev.earnings
        if d_earn > 0:
            p.metr = (1 - (p.net_income - prev.net_income) / d_earn).quantize(RATE)
        d0 = p.earnings - first.earnings
        if d0 > 0:
            p.ptr = (1 - (p.net_income - first.net_income) / d0).quantize(RATE)


def _thresholds(points: list[SweepPoint]) -> list[Threshold]:
    out: list[Threshold] = []
    ids = list(points[0].benefits)
    for bid in ids:
        reduced = stopped = False
        for prev, p in pairwise(points):
            a, b = prev.benefits.get(bid, Decimal(0)), p.benefits.get(bid, Decimal(0))
            if not reduced and b < a:
                out.append(_t(bid, "reduced_from", prev, p, a, b))
                reduced = True
            if not stopped and a > 0 and b == 0:
                out.append(_t(bid, "stops_at", prev, p, a, b))
                stopped = True
    for prev, p in pairwise(points):
        if p.net_income < prev.net_income:
            drops = {
                bid: prev.benefits.get(bid, Decimal(0)) - p.benefits.get(bid, Decimal(0))
                for bid in p.benefits
            }
            cause = max(drops, key=lambda k: drops[k]) if drops else "tax"
            if (p.tax - prev.tax) > drops.get(cause, Decimal(0)):
                cause = "tax"
            out.append(_t(cause, "net_falls", prev, p, prev.net_income, p.net_income))
    return out


def _t(bid: str, kind: str, prev: SweepPoint, p: SweepPoint, a: Decimal, b: Decimal) -> Threshold:
    return Threshold(bid, kind, p.percent, p.hours_per_week, p.earnings, prev.percent, prev.earnings, a, b)


def sweep_to_dict(r: SweepResult) -> dict[str, Any]:
    """JSON-ready sweep: amounts per month as strings; rates as fractions."""

    def s(x: Decimal | None) -> str | None:
        return None if x is None else decimal_text(x)

    return {
        "currency": r.currency,
        "rule_date": r.rule_date,
        "period": "month",
        "step_percent": decimal_text(r.step_percent),
        "step_earnings": decimal_text(r.step_earnings),
        "points": [
            {
                "percent": decimal_text(p.percent),
                "hours_per_week": decimal_text(p.hours_per_week),
                "earnings": decimal_text(p.earnings),
                "tax": decimal_text(p.tax),
                "net_income": decimal_text(p.net_income),
                "in_hand": decimal_text(p.in_hand if p.in_hand is not None else p.net_income),
                "benefits": {k: decimal_text(v) for k, v in p.benefits.items()},
                "uncertain": list(p.uncertain),
                "metr": s(p.metr),
                "ptr": s(p.ptr),
            }
            for p in r.points
        ],
        "thresholds": [
            {
                "benefit": t.benefit,
                "kind": t.kind,
                "percent": decimal_text(t.percent),
                "hours_per_week": decimal_text(t.hours_per_week),
                "earnings": decimal_text(t.earnings),
                "from_percent": decimal_text(t.from_percent),
                "from_earnings": decimal_text(t.from_earnings),
                "amount_before": decimal_text(t.amount_before),
                "amount_after": decimal_text(t.amount_after),
            }
            for t in r.thresholds
        ],
    }
