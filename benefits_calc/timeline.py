"""What happens when: the chosen work scenario month by month from the first day of work.

    tl = timeline(case, work, start=date(2026, 7, 1), months=24)
    tl.months[0].outcome          # the first month of work, with that month's rules
    tl.events                     # what happens, when, to which benefit, how much, what to do first

Each month runs the scenario through the country's pipeline with **that month's rules** (the rule
date is the first day of the month), so a timeline that crosses 1 January uses each year's figures,
and a month after the last confirmed rules carries the engine's `engine.rules_not_confirmed`
warning (an event says from which month). Months whose figures and case are the same are computed
once (the figures change only on the dates in the parameter files).

What changes from one month to the next for a country's own reasons (a vilande period counting
down, six months on försörjningsstöd before jobbstimulans, days in the rehabilitation chain, a
pension resting) lives in the country's rules package, in an optional module ``timeline`` found
through the registry (benefits_calc.engine.Country), with two optional functions:

* ``month_case(case, work, ctx) -> case``: the case as it stands in month ``ctx.number`` (1 = the
  first month of work), given the months computed before it (``ctx.previous``);
* ``held_benefits(case, work, ctx, outcome) -> set of benefit ids``: benefits still paid as today's
  decision says in that month (given the month computed without holding any), because the
  authority reviews them only from a later month;
* ``timeline_events(case, work, tl) -> list[Event]``: the country's events, read from the
  computed months (a benefit reconciled after the year, a disregard starting or ending …).

The shared events are the start of work, every change of a benefit's amount from one month to
the next that no country event explains, new figures taking effect, and the first month whose
figures are not confirmed. Every event is structured like a Step: a message id with its values
(English templates marked N_, translated by the web app), the benefit, the amount, what the client
must do before it and by when, the law, the parameters behind it (their references are the
sources) and whether the rule or the date could be verified.
"""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache
from typing import Any

from benefits_calc import engine
from benefits_calc.explain import N_, Notice, Severity
from benefits_calc.models import CaseBase, WorkScenario
from benefits_calc.money import TWELVE, ZERO, clamp0
from benefits_calc.numbers import decimal_text
from benefits_calc.outcome import Outcome, ScenarioInfo
from benefits_calc.parameters import ParameterSet, load_country, parameters

DEFAULT_MONTHS = 24
MIN_MONTHS = 24
MAX_MONTHS = 36

MESSAGES = {
    "timeline.start": N_(
        "You start working {hours_per_week} hours a week and earn {earnings} a month before tax."
    ),
    "timeline.action.report_start": N_(
        "Before the first day of work: tell each authority that pays you about the job (see what to "
        "report, to whom and when)."
    ),
    "timeline.benefit_changed": N_("{benefit_id} changes from {from_amount} to {to_amount} a month."),
    "timeline.benefit_changed_rules": N_(
        "{benefit_id} changes from {from_amount} to {to_amount} a month because new figures apply "
        "from {from_date}."
    ),
    "timeline.benefit_starts": N_("{benefit_id} starts: {to_amount} a month."),
    "timeline.benefit_stops": N_("{benefit_id} stops (it was {from_amount} a month)."),
    "timeline.new_figures": N_(
        "From {from_date} new figures apply ({count} of those this calculation uses). The net income "
        "goes from {from_amount} to {to_amount} a month."
    ),
    "timeline.not_confirmed": N_(
        "From {from_date} the rules are not confirmed yet (checked up to {confirmed_through}): these "
        "months are calculated with the newest known figures. Ask for a new calculation when the "
        "figures for {year} are out."
    ),
    "timeline.settle.pay_back": N_("You pay back the difference."),
    "timeline.settle.paid_out": N_("You get the difference."),
    "timeline.settle.small": N_("The difference is below the limit: nothing is paid or reclaimed."),
    "timeline.settle.none": N_("Nothing is paid or reclaimed."),
    "timeline.settle.rounding": N_("The difference comes only from rounding each month's payment."),
    "timeline.assume.same_work": N_(
        "The same hours and wage every month from the first day of work; a start in the middle of a "
        "month is counted as the whole month."
    ),
    "timeline.assume.ages": N_(
        "Ages are kept as entered for the whole timeline: a birthday that changes a rule (an age limit "
        "or an age band) is not shown."
    ),
    "timeline.assume.months_before": N_(
        "For a benefit or tax that is settled for a calendar year, the months of that year before "
        "work starts are counted as not working, and the months after the end of the table as the last "
        "month."
    ),
}


# ---------------------------------------------------------------------------------------------
# What the timeline is made of


@dataclass(frozen=True, slots=True)
class Event:
    """Something that happens in a month, in plain words, traceable to its rule.

    `month`: the first day of the month it happens in (with `approximate`, the usual or earliest
    month: the authority decides the date). `msg`/`values`: what happens. `benefit`: the benefit it
    concerns; `amount`: how much (per `period`: "month", "year" or "once"). `action`/`action_values`:
    what the client must do before it, by `action_by` (None: before `month`). `law`: the law of the
    rule; `params`: the parameters behind it (their references are the sources); `source`: a
    document or URL that is not a parameter's. `verified`: False when the rule or the date could not
    be verified against an official source. `marks_uncertain`: from this month the benefit's
    amount in the table is uncertain (the authority will reassess it).
    """

    month: date
    msg: str
    values: Mapping[str, Any] = field(default_factory=dict)
    benefit: str | None = None
    amount: Decimal | None = None
    period: str = "month"
    action: str | None = None
    action_values: Mapping[str, Any] = field(default_factory=dict)
    action_by: date | None = None
    law: str = ""
    params: tuple[str, ...] = ()
    source: str = ""
    verified: bool = True
    approximate: bool = False
    severity: Severity = "info"
    kind: str = ""
    marks_uncertain: bool = False
    # Other benefits whose change in this month the event explains (no separate change event).
    explains: tuple[str, ...] = ()
    # The scenario warnings (message ids, of the event's benefit) that this event tells with its
    # month and its date: the client's summary, which prints the event, leaves them out.
    tells: tuple[str, ...] = ()


@dataclass(slots=True)
class TimelineMonth:
    """One month of work: the scenario with that month's rules, and not working in the same month."""

    number: int  # 1 = the first month of work
    month: date  # its first day
    outcome: Outcome
    not_working: Outcome
    confirmed: bool  # the month's rules are confirmed (engine.rules_not_confirmed otherwise)
    params: ParameterSet = field(repr=False)
    calc: engine.Calculation = field(repr=False)
    held: frozenset[str] = frozenset()  # benefits paid as today's decision says this month
    case_changed: bool = False  # the country changed the case for this month (month_case)
    uncertain: set[str] = field(default_factory=set)  # benefits an event made uncertain

    @property
    def case(self) -> CaseBase:
        """The case as it stands this month (its rule date may be an earlier month's with the same
        figures)."""
        return self.calc.case

    def amount(self, benefit_id: str) -> Decimal | None:
        b = self.outcome.benefit(benefit_id)
        return None if b is None else b.amount

    @property
    def change_vs_not_working(self) -> Decimal:
        return self.outcome.in_hand - self.not_working.in_hand

    @property
    def benefit_amounts(self) -> dict[str, Decimal]:
        return {b.benefit: b.amount for b in self.outcome.benefits}


@dataclass(frozen=True, slots=True)
class MonthContext:
    """What a country's ``month_case`` sees: the month and the months computed before it."""

    number: int
    month: date
    start: date
    previous: Sequence[TimelineMonth]
    params: ParameterSet


@dataclass(slots=True)
class Timeline:
    country: str
    currency: str
    start: date
    work: WorkScenario
    scenario: ScenarioInfo
    case: CaseBase
    before: Outcome  # not working, with the first month's rules: the situation today
    months: list[TimelineMonth]
    events: list[Event] = field(default_factory=list)
    assumptions: list[Notice] = field(default_factory=list)

    @property
    def end(self) -> date:
        return self.months[-1].month

    @property
    def benefit_ids(self) -> list[str]:
        seen = dict.fromkeys(b.benefit for b in self.before.benefits)
        for m in self.months:
            seen.update(dict.fromkeys(b.benefit for b in m.outcome.benefits))
        return list(seen)

    def month(self, on: date) -> TimelineMonth | None:
        """The month of work that holds `on`, None outside the table."""
        n = months_between(self.start, on)
        return self.months[n] if 0 <= n < len(self.months) else None

    def outcome_in(self, on: date) -> Outcome:
        """The household's month `on`, also outside the table: not working before the start (with
        the first month's figures), the last month after the end (steady)."""
        m = self.month(on)
        if m is not None:
            return m.outcome
        return self.before if on < self.start else self.months[-1].outcome

    def year(self, year: int) -> list[tuple[date, Outcome, bool]]:
        """The twelve months of a calendar year as (month, outcome, working) - for a benefit or tax
        settled for the year (see `outcome_in`)."""
        out = []
        for i in range(12):
            on = date(year, i + 1, 1)
            out.append((on, self.outcome_in(on), on >= self.start))
        return out

    @property
    def years(self) -> list[int]:
        return sorted({m.month.year for m in self.months})

    @property
    def warnings(self) -> list[Notice]:
        """The months' rules-not-confirmed warnings (one per year) and warnings about what was
        entered (engine.input_warnings: hours beyond full time …), each once."""
        wanted = {"engine.rules_not_confirmed", *engine.input_warnings(self.country)}
        seen: dict[Any, Notice] = {}
        for m in self.months:
            for w in m.outcome.warnings:
                if w.msg in wanted:
                    seen.setdefault((w.msg, tuple(w.values.items())), w)
        return list(seen.values())


# ---------------------------------------------------------------------------------------------
# Dates


def first_of_month(d: date) -> date:
    return d.replace(day=1)


def add_months(d: date, n: int) -> date:
    """The first day of the month `n` months after the month of `d`."""
    k = d.year * 12 + d.month - 1 + n
    return date(k // 12, k % 12 + 1, 1)


def months_between(a: date, b: date) -> int:
    """Whole months from the month of `a` to the month of `b` (0 in the same month)."""
    return (b.year - a.year) * 12 + b.month - a.month


def default_start(case: CaseBase) -> date:
    """The first of the month after the case's rule date (today unless the case says otherwise)."""
    return add_months(case.rule_date, 1)


@lru_cache(maxsize=8)
def _change_dates(country: str) -> tuple[date, ...]:
    """Every date on which a figure of the country changes (a value starts, or ends the day before)."""
    dates: set[date] = set()
    for s in load_country(country).series.values():
        for e in s.entries:
            dates.add(e.effective_from)
            if e.until is not None:
                dates.add(e.until + timedelta(days=1))
    return tuple(sorted(dates))


def figures_date(country: str, on: date) -> date:
    """The date whose rules a month uses: the latest date on or before `on` on which a figure
    changed (dates with the same figures share one parameter set, and the rules' caches), but not
    before 1 January of a year whose rules are not confirmed (so its months say which year)."""
    last = on
    for d in _change_dates(country):
        if d > on:
            break
        last = d
    if on > load_country(country).confirmed_through:
        last = max(last, date(on.year, 1, 1))
    return last


# ---------------------------------------------------------------------------------------------
# The country's module


@lru_cache(maxsize=8)
def country_rules(code: str) -> Any | None:
    """The country's optional ``timeline`` module (``<rules package>.timeline``), or None."""
    name = engine.country(code).package + ".timeline"
    if importlib.util.find_spec(name) is None:
        return None
    return importlib.import_module(name)


def working_scenario(case: CaseBase) -> WorkScenario | None:
    """The case's last scenario with hours (the one a timeline follows when none is chosen)."""
    return next((s for s in reversed(case.scenarios) if s.hours > 0), None)


# ---------------------------------------------------------------------------------------------
# Building it


def timeline(
    case: CaseBase,
    work: WorkScenario | None = None,
    start: date | None = None,
    months: int = DEFAULT_MONTHS,
) -> Timeline:
    """The scenario `work` (default: the case's last scenario with hours) month by month from
    `start` (default: the first of the month after the case's rule date) for `months` months.

    Raises ValueError without a scenario with hours, OutOfCoverageError when the first month is
    before the rules' first figures."""
    if work is None:
        work = working_scenario(case)
    if work is None or work.hours <= 0:
        raise ValueError("a timeline needs a scenario with hours of work")
    if not MIN_MONTHS <= months <= MAX_MONTHS:
        raise ValueError(f"months must be {MIN_MONTHS}-{MAX_MONTHS}")
    code = case.country  # type: ignore[attr-defined]
    try:
        start = first_of_month(start or default_start(case))
        add_months(start, months)
    except ValueError:
        raise ValueError("the timeline would end after the year 9999") from None
    hooks = country_rules(code)
    month_case = getattr(hooks, "month_case", None)
    held_benefits = getattr(hooks, "held_benefits", None)
    confirmed_through = load_country(code).confirmed_through
    original = case.model_dump_json(exclude={"rule_date"})

    # The decision letters are the case's, on its own rule date: each month starts from them and
    # the month's rules change the amounts (a new year's figures are not absorbed into the letter).
    letters = engine.Calculation(case).letters
    runs: dict[tuple[Any, ...], Run] = {}
    done: list[TimelineMonth] = []
    for i in range(months):
        on = add_months(start, i)
        p = parameters(code, figures_date(code, on))
        ctx = MonthContext(i + 1, on, start, done, p)
        c = month_case(case, work, ctx) if month_case is not None else case
        confirmed = on <= confirmed_through
        dumped = c.model_dump_json(exclude={"rule_date"})
        run = _run(runs, c, work, on, p, (dumped, frozenset(), p.date), frozenset(), letters)
        held: frozenset[str] = frozenset()
        if held_benefits is not None:
            held = frozenset(held_benefits(case, work, ctx, run[1]))
            if held:
                run = _run(runs, c, work, on, p, (dumped, held, p.date), held, letters)
        calc, out, nw, p_run = run
        done.append(
            TimelineMonth(i + 1, on, out, nw, confirmed, p_run, calc, held, case_changed=dumped != original)
        )

    before = done[0].calc.run(engine.baseline_scenario(done[0].calc.case, work))
    tl = Timeline(
        country=code,
        currency=done[0].outcome.currency,
        start=start,
        work=work,
        scenario=done[0].outcome.scenario,
        case=case,
        before=before,
        months=done,
        assumptions=[
            Notice("timeline.assume.same_work"),
            Notice("timeline.assume.ages"),
        ],
    )
    country_events: list[Event] = []
    events_fn = getattr(hooks, "timeline_events", None)
    if events_fn is not None:
        country_events = list(events_fn(case, work, tl))
    if any(e.period == "year" or e.kind.endswith("reconciliation") for e in country_events):
        tl.assumptions.append(Notice("timeline.assume.months_before"))
    tl.events = sort_events([*shared_events(tl, country_events), *country_events])
    for e in tl.events:
        if e.marks_uncertain and e.benefit:
            for m in tl.months:
                if m.month >= e.month:
                    m.uncertain.add(e.benefit)
    return tl


Run = tuple[engine.Calculation, Outcome, Outcome, ParameterSet]


def _run(
    runs: dict[tuple[Any, ...], Run],
    c: CaseBase,
    work: WorkScenario,
    on: date,
    p: ParameterSet,
    key: tuple[Any, ...],
    held: frozenset[str],
    letters: Any,
) -> Run:
    """The month's scenario and not working, computed once per case, held benefits and figures."""
    run = runs.get(key)
    if run is None:
        dated = c.model_copy(update={"rule_date": on})
        calc = engine.Calculation(dated, p, letters=letters)
        out = calc.run(work, held=held)
        nw = calc.run(engine.baseline_scenario(dated, work), detail=False)
        run = runs[key] = (calc, out, nw, p)
    return run


def settlement(
    on: date,
    msg: str,
    values: Mapping[str, Any],
    benefit: str,
    overpaid: Decimal,
    threshold: Decimal = ZERO,
    *,
    small_severity: Severity = "info",
    rounding: Decimal = ZERO,
    **kw: Any,
) -> Event:
    """A benefit settled for a year after the year: `overpaid` (paid minus final) is paid back when
    positive, paid out when negative, and neither under `threshold`. A difference of at most
    `rounding` (half a unit for each month paid, when each month is rounded to whole units) is only
    the months' rounding. The event's `amount` is the difference (once, in whole units); ``values``
    get ``difference_text_id`` saying which."""
    difference = abs(overpaid).quantize(Decimal(1), ROUND_HALF_UP)
    severity: Severity
    if difference == 0:
        text, severity, amount = "timeline.settle.none", small_severity, ZERO
    elif difference <= rounding:
        text, severity, amount = "timeline.settle.rounding", "info", difference
    elif difference < threshold:
        text, severity, amount = "timeline.settle.small", small_severity, ZERO
    elif overpaid > 0:
        text, severity, amount = "timeline.settle.pay_back", "danger", difference
    else:
        text, severity, amount = "timeline.settle.paid_out", "info", difference
    kw.setdefault("approximate", True)
    kw.setdefault("kind", "reconciliation")
    return Event(
        on,
        msg,
        {**values, "difference_text_id": text},
        benefit=benefit,
        amount=amount,
        period="once",
        severity=severity,
        **kw,
    )


def calibrated_year(tl: Timeline, benefit: str, year_amount: Decimal) -> Decimal:
    """A year's amount by the rules, moved as every month is by the decision letter's calibration
    (its offset a month × 12), never below 0: what the authority settles the year at."""
    return clamp0(year_amount + TWELVE * tl.months[0].calc.letters.offset.get(benefit, ZERO))


def year_sum(tl: Timeline, year: int, fn: Any) -> Decimal:
    """The sum over the twelve months of a calendar year of ``fn(month, outcome, working)``."""
    return sum((fn(on, o, w) for on, o, w in tl.year(year)), ZERO)


SEVERITY_RANK = {"danger": 0, "warning": 1, "info": 2}
KIND_RANK = {"start": 0, "not_confirmed": 1, "new_figures": 2}


def sort_events(events: list[Event]) -> list[Event]:
    """By month; within a month the start first, then the rule changes, then by severity."""
    return sorted(
        events,
        key=lambda e: (e.month, KIND_RANK.get(e.kind, 3), SEVERITY_RANK.get(e.severity, 3)),
    )


def _changed_params(prev: TimelineMonth, cur: TimelineMonth) -> list[str]:
    """The parameters the month reads whose value took effect after the previous month began (a
    new year's figures, a scheme that starts), or that the previous month read and have ended."""
    out = [n for n, p in cur.outcome.parameters.items() if prev.month < p.effective_from <= cur.month]
    for name, param in prev.outcome.parameters.items():
        if param.until is not None and prev.month <= param.until < cur.month and name not in out:
            out.append(name)
    return out


def shared_events(tl: Timeline, country_events: Sequence[Event]) -> list[Event]:
    """The start, each change of a benefit from one month to the next that no country event
    explains (same benefit, same month, with an amount), new figures and unconfirmed rules."""
    explained = {(e.month, e.benefit) for e in country_events if e.benefit and e.amount is not None}
    explained |= {(e.month, b) for e in country_events for b in e.explains}
    out = [
        Event(
            tl.start,
            "timeline.start",
            {
                "hours_per_week": tl.scenario.hours_per_week.quantize(Decimal("0.1")),
                "earnings": tl.scenario.earnings_month,
            },
            amount=tl.scenario.earnings_month,
            action="timeline.action.report_start",
            action_by=tl.start - timedelta(days=1),
            kind="start",
        )
    ]
    prev_amounts = {b.benefit: b.amount for b in tl.before.benefits}
    prev: TimelineMonth | None = None
    not_confirmed_shown = False
    for m in tl.months:
        changed = _changed_params(prev, m) if prev is not None else []
        if prev is not None and changed and prev.outcome.net_income != m.outcome.net_income:
            out.append(
                Event(
                    m.month,
                    "timeline.new_figures",
                    {
                        "from_date": m.month.isoformat(),
                        "count": len(changed),
                        "from_amount": prev.outcome.net_income,
                        "to_amount": m.outcome.net_income,
                    },
                    amount=m.outcome.net_income,
                    params=tuple(changed),
                    kind="new_figures",
                )
            )
        if not m.confirmed and not not_confirmed_shown:
            not_confirmed_shown = True
            out.append(
                Event(
                    m.month,
                    "timeline.not_confirmed",
                    {
                        "from_date": m.month.isoformat(),
                        "confirmed_through": load_country(tl.country).confirmed_through.isoformat(),
                        "year": m.month.year,
                    },
                    severity="warning",
                    kind="not_confirmed",
                    verified=False,
                )
            )
        amounts = m.benefit_amounts
        for bid in dict.fromkeys([*prev_amounts, *amounts]):
            a, b = prev_amounts.get(bid, ZERO), amounts.get(bid, ZERO)
            if a == b or (m.month, bid) in explained:
                continue
            reason = [n for n in changed if n in _benefit_params(m.outcome, bid)]
            values: dict[str, Any] = {"benefit_id": bid, "from_amount": a, "to_amount": b}
            if a == 0:
                msg = "timeline.benefit_starts"
                del values["from_amount"]
            elif b == 0:
                msg = "timeline.benefit_stops"
                del values["to_amount"]
            elif reason:
                msg = "timeline.benefit_changed_rules"
                values["from_date"] = m.month.isoformat()
            else:
                msg = "timeline.benefit_changed"
            out.append(
                Event(
                    m.month,
                    msg,
                    values,
                    benefit=bid,
                    amount=b,
                    params=tuple(reason),
                    kind="change",
                )
            )
        prev_amounts = amounts
        prev = m
    return out


def _benefit_params(o: Outcome, benefit_id: str) -> set[str]:
    b = o.benefit(benefit_id)
    return b.param_names() if b is not None else set()


def month_runs(tl: Timeline) -> list[list[TimelineMonth]]:
    """Consecutive months with the same amounts (earnings, each benefit, tax, net, uncertainty),
    for a compact table: one row per run."""
    runs: list[list[TimelineMonth]] = []

    def sig(m: TimelineMonth) -> tuple[Any, ...]:
        o = m.outcome
        return (
            tuple(sorted(m.benefit_amounts.items())),
            o.tax.amount,
            o.net_income,
            o.in_hand,
            m.not_working.in_hand,
            frozenset(m.uncertain),
            m.confirmed,
        )

    for m in tl.months:
        if runs and sig(runs[-1][-1]) == sig(m):
            runs[-1].append(m)
        else:
            runs.append([m])
    return runs


def event_references(tl: Timeline, e: Event) -> list[str]:
    """The sources of an event: the references of the parameters behind it."""
    out = []
    for name in e.params:
        param = _param(tl, name, e.month)
        if param is not None and param.reference not in out:
            out.append(param.reference)
    return out


def event_unverified(tl: Timeline, e: Event) -> bool:
    """The event's rule, date or any figure behind it is not verified."""
    if not e.verified:
        return True
    return any((p := _param(tl, n, e.month)) is not None and not p.verified for n in e.params)


def _param(tl: Timeline, name: str, on: date) -> Any:
    m = tl.month(on) or (tl.months[0] if on < tl.start else tl.months[-1])
    try:
        return m.params[name]
    except Exception:  # an ended or not yet started parameter: no reference to show
        return None


# ---------------------------------------------------------------------------------------------
# JSON (API and CLI)


def timeline_to_dict(tl: Timeline) -> dict[str, Any]:
    """The timeline as JSON-ready data: amounts per month as exact decimal strings."""
    from benefits_calc.serialize import _notice, _text

    c = tl.currency

    def amounts(o: Outcome) -> dict[str, Any]:
        return {
            "earnings": decimal_text(o.scenario.earnings_month),
            "benefits": {b.benefit: decimal_text(b.amount) for b in o.benefits},
            "tax": decimal_text(o.tax.amount),
            "net_income": decimal_text(o.net_income),
            "in_hand": decimal_text(o.in_hand),
        }

    def event(e: Event) -> dict[str, Any]:
        from benefits_calc.engine import to_jsonable

        return {
            "month": e.month.isoformat(),
            "kind": e.kind,
            "msg": e.msg,
            "values": to_jsonable(dict(e.values)),
            "text": _text(e.msg, e.values, c),
            "benefit": e.benefit,
            "amount": None if e.amount is None else decimal_text(e.amount),
            "period": e.period,
            "action": None
            if e.action is None
            else {
                "msg": e.action,
                "values": to_jsonable(dict(e.action_values)),
                "text": _text(e.action, e.action_values, c),
                "by": e.action_by.isoformat() if e.action_by else None,
            },
            "law": e.law,
            "params": list(e.params),
            "references": event_references(tl, e),
            "source": e.source,
            "verified": not event_unverified(tl, e),
            "approximate": e.approximate,
            "severity": e.severity,
        }

    return {
        "country": tl.country,
        "currency": c,
        "period": "month",
        "start": tl.start.isoformat(),
        "months_count": len(tl.months),
        "scenario": {
            "label": tl.scenario.label,
            "hours_per_week": decimal_text(tl.scenario.hours_per_week),
            "percent_of_full_time": decimal_text(tl.scenario.percent_of_full_time),
            "earnings_month": decimal_text(tl.scenario.earnings_month),
        },
        "before": amounts(tl.before),
        "months": [
            {
                "month": m.month.isoformat(),
                "number": m.number,
                "rule_date": m.month.isoformat(),
                "rules_confirmed": m.confirmed,
                **amounts(m.outcome),
                "uncertain": sorted(m.uncertain | set(m.outcome.uncertain_benefits)),
                "change_vs_not_working": decimal_text(m.change_vs_not_working),
            }
            for m in tl.months
        ],
        "events": [event(e) for e in tl.events],
        "assumptions": [_notice(n, c) for n in tl.assumptions],
        "warnings": [_notice(n, c) for n in tl.warnings],
    }


__all__ = [
    "DEFAULT_MONTHS",
    "Event",
    "MonthContext",
    "Timeline",
    "TimelineMonth",
    "add_months",
    "months_between",
    "timeline",
    "timeline_to_dict",
]
