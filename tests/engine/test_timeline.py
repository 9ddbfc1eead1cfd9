"""The shared timeline (benefits_calc/timeline.py): months, rule dates, shared events, JSON.

The country events have their own tests (tests/rules/<cc>/test_*_timeline.py)."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from benefits_calc.examples import cases as example_cases

from benefits_calc import engine
from benefits_calc.models import WorkScenario
from benefits_calc.parameters import OutOfCoverageError, load_country
from benefits_calc.schema import TimelineResponse
from benefits_calc.timeline import (
    add_months,
    default_start,
    figures_date,
    months_between,
    timeline,
    timeline_to_dict,
    working_scenario,
)

ROOT = Path(__file__).resolve().parents[2]


def _examples():
    for cc in engine.COUNTRIES:
        for name, raw in example_cases(cc).items():
            yield cc, name, raw


def test_month_arithmetic() -> None:
    # add_months counts calendar months from the first of the month; across a year end too.
    assert add_months(date(2026, 11, 15), 1) == date(2026, 12, 1)
    assert add_months(date(2026, 11, 1), 2) == date(2027, 1, 1)
    assert add_months(date(2026, 1, 1), 24) == date(2028, 1, 1)
    assert add_months(date(2026, 3, 1), -1) == date(2026, 2, 1)
    assert months_between(date(2026, 7, 1), date(2028, 6, 30)) == 23


def test_default_start_is_the_first_of_the_month_after_the_rule_date() -> None:
    case = engine.parse_case(example_cases("se")["single_sjukersattning_garanti.json"])
    assert case.rule_date == date(2026, 6, 1)
    assert default_start(case) == date(2026, 7, 1)
    tl = timeline(case)
    assert tl.start == date(2026, 7, 1)
    # at least 24 months, one a calendar month: July 2026 ... June 2028
    assert len(tl.months) == 24
    assert [m.month for m in tl.months[:2]] == [date(2026, 7, 1), date(2026, 8, 1)]
    assert tl.end == date(2028, 6, 1)
    # a start in the middle of a month starts with that month
    assert timeline(case, start=date(2026, 9, 17)).start == date(2026, 9, 1)


def test_months_limits_and_a_scenario_with_work() -> None:
    case = engine.parse_case(example_cases("se")["single_sjukersattning_garanti.json"])
    with pytest.raises(ValueError):
        timeline(case, months=12)
    with pytest.raises(ValueError):
        timeline(case, months=37)
    zero = WorkScenario(percent_of_full_time=Decimal(0), hourly_wage=Decimal(150))
    with pytest.raises(ValueError):
        timeline(case, zero)
    # the case's last scenario with hours is followed when none is given
    assert working_scenario(case) == case.scenarios[-1]
    with pytest.raises(OutOfCoverageError):
        timeline(case, start=date(2015, 1, 1))


def test_figures_date_groups_months_with_the_same_figures() -> None:
    # The Swedish figures change on 1 January 2026 (prisbasbelopp) and on 1 March 2026 (jobbpremie):
    # April and May 2026 use the figures of 1 March 2026; after the confirmed rules, 1 January of
    # the month's year (so the unconfirmed months say which year they are).
    assert load_country("se").confirmed_through == date(2026, 12, 31)
    assert figures_date("se", date(2026, 4, 1)) == figures_date("se", date(2026, 5, 1)) == date(2026, 3, 1)
    assert figures_date("se", date(2027, 5, 1)) == date(2027, 1, 1)
    assert figures_date("se", date(2028, 2, 1)) == date(2028, 1, 1)


def test_a_timeline_crossing_new_year_uses_each_years_figures_and_flags_unconfirmed_rules() -> None:
    case = engine.parse_case(example_cases("se")["single_sjukersattning_garanti.json"])
    tl = timeline(case, start=date(2026, 7, 1))
    dec, jan = tl.month(date(2026, 12, 1)), tl.month(date(2027, 1, 1))
    assert dec is not None and jan is not None
    assert dec.confirmed and not jan.confirmed
    # engine.rules_not_confirmed on every month of 2027, naming the year
    warn = [w for w in jan.outcome.warnings if w.msg == "engine.rules_not_confirmed"]
    assert warn and warn[0].values["year"] == 2027
    assert not [w for w in dec.outcome.warnings if w.msg == "engine.rules_not_confirmed"]
    # one event, in January 2027, says from when the rules are not confirmed
    nc = [e for e in tl.events if e.msg == "timeline.not_confirmed"]
    assert len(nc) == 1 and nc[0].month == date(2027, 1, 1) and nc[0].severity == "warning"
    assert nc[0].values["confirmed_through"] == "2026-12-31"


def test_the_start_event_asks_to_report_before_the_first_day() -> None:
    case = engine.parse_case(example_cases("se")["single_sjukersattning_garanti.json"])
    tl = timeline(case, start=date(2026, 7, 1))
    start = tl.events[0]
    assert start.msg == "timeline.start" and start.month == date(2026, 7, 1)
    assert start.action == "timeline.action.report_start"
    assert start.action_by == date(2026, 6, 30)
    # 100 % at 150 kr an hour: 40 h × 150 × 52 / 12 = 26 000 kr a month
    assert start.values["earnings"] == Decimal("26000.00")


def test_new_figures_in_the_middle_of_the_table() -> None:
    """Finland: the toimeentulotuki reform's perusosa of 1 March 2026 lowers the net income of the
    yleistuki example (a family on toimeentulotuki); the shared event names the date and the
    parameters that changed."""
    raw = example_cases("fi")["yleistuki_asumistuki_toimeentulotuki.json"]
    case = engine.parse_case(raw)
    work = WorkScenario(hours_per_week=Decimal(4), hourly_wage=Decimal(13))
    tl = timeline(case, work, start=date(2026, 1, 1))
    feb, mar = tl.month(date(2026, 2, 1)), tl.month(date(2026, 3, 1))
    assert feb is not None and mar is not None
    assert feb.params["fi_tt_perusosa"].effective_from == date(2026, 1, 1)
    assert mar.params["fi_tt_perusosa"].effective_from == date(2026, 3, 1)
    new = [e for e in tl.events if e.msg == "timeline.new_figures" and e.month == date(2026, 3, 1)]
    assert len(new) == 1
    assert "fi_tt_perusosa" in new[0].params
    assert new[0].values["from_amount"] == feb.outcome.net_income
    assert new[0].values["to_amount"] == mar.outcome.net_income


@pytest.mark.parametrize(
    ("cc", "name", "raw"), list(_examples()), ids=lambda x: x if isinstance(x, str) else ""
)
def test_a_steady_month_equals_the_single_scenario_calculation(cc: str, name: str, raw: dict) -> None:
    """Property: a month of the timeline (nothing held at today's amount) is the one-scenario
    calculation of that month's case with that month's rules - benefit by benefit, tax, net income
    and money in hand; where the country changes nothing, of the case itself. (This also checks that
    months sharing figures share a run.)"""
    case = engine.parse_case(raw)
    tl = timeline(case, start=date(2026, 3, 1))
    months = [m for m in tl.months if not m.held]
    assert len(months) >= 23
    for m in months[:: max(1, len(months) // 8)]:
        # the month's own case: the original unless the country changed it for this month
        own = m.case if m.case_changed else case
        single = engine.run(own.model_copy(update={"rule_date": m.month}), tl.work)
        assert {b.benefit: b.amount for b in m.outcome.benefits} == {
            b.benefit: b.amount for b in single.benefits
        }
        assert m.outcome.tax.amount == single.tax.amount
        assert m.outcome.net_income == single.net_income
        assert m.outcome.in_hand == single.in_hand


@pytest.mark.parametrize("cc", list(engine.COUNTRIES))
def test_timeline_json_matches_the_published_response_model(cc: str) -> None:
    _name, raw = next(iter(example_cases(cc).items()))
    tl = timeline(engine.parse_case(raw), start=date(2026, 3, 1))
    data = json.loads(json.dumps(timeline_to_dict(tl)))
    TimelineResponse.model_validate(data)
    assert data["months_count"] == 24 == len(data["months"])
    assert data["months"][0]["month"] == "2026-03-01"
    assert all(e["text"] and "{" not in e["text"] for e in data["events"])
    # every event's sources: its law or the references of the parameters behind it
    for e in data["events"]:
        if e["params"]:
            assert e["references"], e["msg"]


def test_events_use_message_ids_with_their_templates_placeholders() -> None:
    from benefits_calc.messages import all_messages, placeholders

    messages = all_messages()
    for cc, name, raw in _examples():
        tl = timeline(engine.parse_case(raw), start=date(2026, 1, 1))
        for e in tl.events:
            assert placeholders(messages[e.msg]) == set(e.values), (cc, name, e.msg)
            if e.action:
                assert placeholders(messages[e.action]) == set(e.action_values), (cc, name, e.action)
