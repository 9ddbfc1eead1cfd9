"""The timeline as the result page and the client's summary show it (benefits_calc.timeline):
a compact month table (months with the same amounts share a row) and the events in plain words,
in the page's language. The templates are ``_timeline.html`` (result page) and
``_timeline_summary.html`` (the client's summary: the events only)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from benefits_calc.web.forms import FormData
from benefits_calc.web.i18n import benefit_name, long_date, message, money, month_year, number
from flask_babel import gettext

from benefits_calc.models import CaseBase, WorkScenario
from benefits_calc.outcome import Outcome
from benefits_calc.parameters import OutOfCoverageError, ParameterError
from benefits_calc.timeline import (
    Event,
    Timeline,
    event_references,
    event_unverified,
    month_runs,
    timeline,
)

# Events the client's summary leaves out (the counsellor's page shows them: new figures, when a
# settlement comes, and a benefit's change of amount, which the summary's worked example shows).
# "not_confirmed": the summary's header already asks for a new calculation next year.
YEARLY = ("tax_reconciliation", "reconciliation", "steglos", "boligstoette")
# "start": the summary's reporting duties say what to tell each authority before the first day.
NOT_IN_SUMMARY = ("new_figures", "reconciliation_when", "change", "not_confirmed", "start")


@dataclass
class EventView:
    month: str
    text: str
    benefit: str
    amount: str
    action: str
    action_by: str
    law: str
    references: list[str]
    source: str
    unverified: bool
    approximate: bool
    severity: str
    kind: str
    after_table: bool


@dataclass
class RowView:
    months: str
    count: int
    earnings: str
    benefits: dict[str, str]
    uncertain: set[str]
    held: set[str]
    tax: str
    net: str
    change: str
    negative: bool
    confirmed: bool


@dataclass
class TimelineView:
    start: str
    end: str
    scenario: str
    rows: list[RowView]
    benefit_ids: list[str]
    before: RowView
    events: list[EventView]
    assumptions: list[str]
    note: str = ""
    unconfirmed_from: str = ""
    summary_events: list[EventView] = field(default_factory=list)
    # (warning message id, benefit id) that the summary's events tell with their dates
    summary_tells: frozenset[tuple[str, str | None]] = frozenset()


def _amount(x: Decimal | None, lang: str, sign: bool = False) -> str:
    if x is None:
        return "–"
    text = number(x.quantize(Decimal(1), rounding=ROUND_HALF_UP), lang, 0)
    return "+" + text if sign and x >= Decimal("0.5") else text


def _start_date(data: FormData | None) -> tuple[date | None, str]:
    """The first day of work typed in the form (None: the default), and a note when it could not
    be read."""
    raw = (data.timeline_start if data is not None else "").strip()
    if not raw:
        return None, ""
    try:
        return date.fromisoformat(raw), ""
    except ValueError:
        return None, gettext(
            "The first day of work “%(text)s” could not be read as a date (for example 2027-01-01): the "
            "first of next month is used.",
            text=raw,
        )


def _scenario(case: CaseBase, outcomes: list[Outcome], picked: int) -> WorkScenario | None:
    """The case's scenario behind the picked row (the not-working row is added when the case has no
    scenario at 0 hours)."""
    shift = 0 if len(outcomes) == len(case.scenarios) else 1
    i = picked - shift
    if 0 <= i < len(case.scenarios):
        return case.scenarios[i]
    return None


def build(
    case: CaseBase, data: FormData | None, lang: str, outcomes: list[Outcome], picked: int
) -> TimelineView | None:
    """The timeline of the picked scenario, or None when the picked scenario has no work (the page
    then says to pick one with work)."""
    work = _scenario(case, outcomes, picked)
    if work is None or work.hours <= 0:
        return None
    start, note = _start_date(data)
    try:
        try:
            tl = timeline(case, work, start=start)
        except OutOfCoverageError as exc:
            if start is None:
                raise
            note = gettext(
                "There are no rules for that first day of work in the calculator. It covers dates from "
                "%(first)s: the first of next month is used.",
                first=long_date(exc.first, lang),
            )
            tl = timeline(case, work)
    except ParameterError:  # OutOfCoverageError too: the page already says what the rules cover
        return None
    return view(tl, lang, note)


def _sentence(text: str) -> str:
    """A sentence begins with a capital, also when it begins with a benefit's name."""
    return text[:1].upper() + text[1:]


def _event(tl: Timeline, e: Event, lang: str) -> EventView:
    c = tl.currency
    amount = ""
    if e.amount is not None and e.kind != "start":
        value = money(e.amount, c, lang, whole=True)
        amount = {
            "month": gettext("%(amount)s a month", amount=value),
            "year": gettext("%(amount)s a year", amount=value),
            "once": gettext("%(amount)s once", amount=value),
        }.get(e.period, value)
    return EventView(
        month=month_year(e.month, lang),
        text=_sentence(message(e.msg, e.values, c, lang)),
        benefit=benefit_name(e.benefit) if e.benefit else "",
        amount=amount,
        action=message(e.action, e.action_values, c, lang) if e.action else "",
        action_by=long_date(e.action_by, lang) if e.action_by else "",
        law=e.law,
        references=event_references(tl, e),
        source=e.source,
        unverified=event_unverified(tl, e),
        approximate=e.approximate,
        severity=e.severity,
        kind=e.kind,
        after_table=e.month > tl.end,
    )


def _row(months: str, count: int, o: Outcome, nw: Outcome, m: Any, lang: str) -> RowView:
    change = o.in_hand - nw.in_hand
    return RowView(
        months=months,
        count=count,
        earnings=_amount(o.scenario.earnings_month, lang),
        benefits={b.benefit: _amount(b.amount, lang) for b in o.benefits},
        uncertain=set(m.uncertain) | set(o.uncertain_benefits) if m is not None else set(),
        held=set(m.held) if m is not None else set(),
        tax=_amount(o.tax.amount, lang),
        net=_amount(o.net_income, lang),
        change=_amount(change, lang, sign=True) if m is not None else "–",
        negative=change < 0,
        confirmed=m.confirmed if m is not None else True,
    )


def _for_summary(tl: Timeline, events: list[EventView]) -> list[tuple[Event, EventView]]:
    """The events the client's summary lists: not the counsellor's (NOT_IN_SUMMARY), and of an
    event that comes back every year (the tax settled for 2026, 2027 …) only the first: the page
    and the counsellor's copy list them all."""
    out: list[tuple[Event, EventView]] = []
    seen = set()
    for raw, e in zip(tl.events, events, strict=True):
        key = (e.kind, raw.benefit)  # the tax settled for 2026: owed or paid back, the first only
        if e.kind in NOT_IN_SUMMARY or key in seen:
            continue
        if e.kind in YEARLY:
            seen.add(key)
        out.append((raw, e))
    return out


def view(tl: Timeline, lang: str, note: str = "") -> TimelineView:
    rows = []
    for run in month_runs(tl):
        first, last = run[0], run[-1]
        label = month_year(first.month, lang)
        if len(run) > 1:
            label = f"{label} – {month_year(last.month, lang)}"
        rows.append(_row(label, len(run), first.outcome, first.not_working, first, lang))
    events = [_event(tl, e, lang) for e in tl.events]
    in_summary = _for_summary(tl, events)
    unconfirmed = next((m for m in tl.months if not m.confirmed), None)
    return TimelineView(
        start=long_date(tl.start, lang),
        end=month_year(tl.end, lang),
        scenario=gettext(
            "%(hours)s hours a week, %(earnings)s a month before tax",
            hours=number(tl.scenario.hours_per_week, lang, 1),
            earnings=money(tl.scenario.earnings_month, tl.currency, lang, whole=True),
        ),
        rows=rows,
        benefit_ids=tl.benefit_ids,
        before=_row(gettext("Before work"), 0, tl.before, tl.before, None, lang),
        events=events,
        summary_events=[e for _, e in in_summary],
        summary_tells=frozenset((m, raw.benefit) for raw, _ in in_summary for m in raw.tells),
        assumptions=[message(n.msg, n.values, tl.currency, lang) for n in tl.assumptions],
        note=note,
        unconfirmed_from=month_year(unconfirmed.month, lang) if unconfirmed else "",
    )
