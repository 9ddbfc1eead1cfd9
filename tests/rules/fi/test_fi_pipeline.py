"""The Finnish pipeline end to end: every example through the engine (messages, duties, order), the
2026 changes on their dates, the choice between the two housing allowances, and properties over
random cases (hypothesis): amounts never negative, within the legal maxima, a sweep point equal to
the single calculation."""

from __future__ import annotations

from decimal import Decimal as D
from typing import Any

import pytest
from benefits_calc.examples import cases
from benefits_calc.rules.fi.case import municipalities
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from ruletools import check_messages

from benefits_calc import engine
from benefits_calc.messages import all_messages, placeholders
from benefits_calc.models import WorkScenario
from benefits_calc.sweep import sweep

EXAMPLES = cases("fi")


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_every_example_computes_with_messages_and_duties(name):
    case = engine.parse_case(EXAMPLES[name])
    outs = engine.calculate(case)
    messages = all_messages()
    for o in outs:
        for b in o.benefits:
            check_messages(b)
            assert b.amount >= 0
        check_messages(o.tax)
        assert o.baseline_mismatches == []
        for n in [*o.warnings, *o.assumptions]:
            assert n.msg in messages
            assert placeholders(messages[n.msg]) == set(n.values), n.msg
    duties = outs[0].reporting_duties
    for b in outs[0].benefits:
        assert any(d.benefit == b.benefit for d in duties), b.benefit
    assert any(d.authority == "fi.verohallinto" for d in duties)
    for d in duties:
        for m in (d.what, d.when, d.how, d.consequence):
            assert m in messages


def test_benefits_in_the_authorities_order():
    """Pensions first, then housing allowance, then toimeentulotuki last."""
    case = engine.parse_case(EXAMPLES["yleistuki_asumistuki_toimeentulotuki.json"])
    o = engine.calculate(case)[0]
    assert [b.benefit for b in o.benefits] == ["fi.yleistuki", "fi.yleinen_asumistuki", "fi.toimeentulotuki"]


def test_2026_changes_on_their_dates():
    """Työmarkkinatuki until 30.4.2026, yleistuki from 1.5.2026; the toimeentulotuki disregard until
    February 2026."""
    data = dict(EXAMPLES["yleistuki_asumistuki_toimeentulotuki.json"])
    data["tyottomyysetuus"] = {"kind": "tyomarkkinatuki", "daily_amount": "37.21"}
    for day, benefit in (("2026-04-30", "fi.tyomarkkinatuki"), ("2026-05-01", "fi.yleistuki")):
        o = engine.calculate(engine.parse_case({**data, "rule_date": day}))[0]
        assert o.benefits[0].benefit == benefit
    feb = engine.calculate(engine.parse_case({**data, "rule_date": "2026-02-15"}))
    assert any(n.msg == "fi.ttt.notice.march_2026" for n in feb[-1].warnings)
    assert any(s.msg == "fi.ttt.income_with_disregard" for s in feb[-1].benefits[-1].steps)


def test_eat_with_partial_pension_only_is_excluded():
    data = dict(EXAMPLES["osatyokyvyttomyyselake_yleistuki.json"])
    data.pop("yleinen_asumistuki")
    data["elakkeensaajan_asumistuki"] = {"amount_month": "300"}
    o = engine.calculate(engine.parse_case(data))[0]
    eat = o.benefit("fi.elakkeensaajan_asumistuki")
    assert eat is not None and eat.excluded and eat.amount == 0
    assert any(n.msg == "engine.adjust.excluded" for n in o.warnings)


def test_pensioner_alone_with_yleinen_asumistuki_is_warned():
    data = dict(EXAMPLES["kela_elake_takuuelake_eat.json"])
    data.pop("elakkeensaajan_asumistuki")
    data["yleinen_asumistuki"] = {"amount_month": "100"}
    o = engine.calculate(engine.parse_case(data))[0]
    assert any(n.msg == "fi.yat.notice.pensioner" for n in o.warnings)


@pytest.mark.parametrize(
    ("change", "error"),
    [
        ({"person": {"age": 40}}, "fi_municipality_needed"),
        ({"person": {"age": 40, "municipality": "Stockholm"}}, "fi_unknown_municipality"),
        ({"yleinen_asumistuki": {"amount_month": "1"}}, "fi_two_housing_allowances"),
        ({"kansanelake": None, "tyoelake": None}, "fi_takuuelake_needs_pension"),
    ],
)
def test_model_errors(change, error):
    from pydantic import ValidationError

    data = {**EXAMPLES["kela_elake_takuuelake_eat.json"], **change}
    data = {k: v for k, v in data.items() if v is not None}
    with pytest.raises(ValidationError) as exc:
        engine.parse_case(data)
    assert error in {e["type"] for e in exc.value.errors()}


def test_municipality_is_matched_without_case():
    data = {**EXAMPLES["kela_elake_takuuelake_eat.json"], "person": {"age": 40, "municipality": "tampere"}}
    assert engine.parse_case(data).person.municipality == "Tampere"
    assert len(municipalities()) == 293


# --- properties -------------------------------------------------------------------------------

money = st.integers(min_value=0, max_value=4000).map(D)


@st.composite
def fi_cases(draw: Any) -> dict[str, Any]:
    couple = draw(st.booleans())
    children = draw(st.integers(0, 3))
    case: dict[str, Any] = {
        "country": "fi",
        "rule_date": draw(st.sampled_from(["2025-06-01", "2026-02-01", "2026-03-01", "2026-06-01"])),
        "person": {"age": draw(st.integers(18, 64)), "municipality": draw(st.sampled_from(municipalities()))},
        "housing": {"rent_month": str(draw(st.integers(0, 1500)))},
        "children": [{"age": draw(st.integers(0, 17))} for _ in range(children)],
    }
    if couple:
        case["partner"] = {"age": draw(st.integers(18, 64)), "work_income_month": str(draw(money))}
    kind = draw(st.sampled_from(["kela", "tyel_full", "tyel_partial", "sick", "unemployed", "none"]))
    if kind == "kela":
        case["kansanelake"] = {"amount_month": str(draw(st.integers(0, 787)))}
        case["takuuelake"] = {"amount_month": str(draw(st.integers(0, 300)))}
    elif kind.startswith("tyel"):
        case["tyoelake"] = {
            "kind": "full" if kind == "tyel_full" else "partial",
            "amount_month": str(draw(money)),
            "vakiintunut_keskiansio_month": str(draw(st.integers(500, 6000))),
            "fixed_term": draw(st.booleans()),
        }
    elif kind == "sick":
        case["sairauspaivaraha"] = {
            "kind": draw(st.sampled_from(["full", "partial"])),
            "annual_income_year": str(draw(st.integers(0, 80000))),
        }
    elif kind == "unemployed":
        case["tyottomyysetuus"] = {
            "kind": draw(st.sampled_from(["tyomarkkinatuki", "peruspaivaraha", "yleistuki"])),
            "daily_amount": "37.21",
            "other_income_month": str(draw(st.integers(0, 800))),
        }
    housing = draw(st.sampled_from(["yleinen", "eat", "none"]))
    if housing == "yleinen":
        case["yleinen_asumistuki"] = {"amount_month": str(draw(st.integers(0, 700)))}
    elif housing == "eat":
        case["elakkeensaajan_asumistuki"] = {"amount_month": str(draw(st.integers(0, 700)))}
    if draw(st.booleans()):
        case["toimeentulotuki"] = {"amount_month": str(draw(st.integers(0, 900)))}
    return case


scenarios = st.builds(
    lambda pct, wage: WorkScenario(percent_of_full_time=D(pct), hourly_wage=D(wage)),
    st.integers(0, 100),
    st.integers(0, 40),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(fi_cases(), scenarios)
def test_amounts_never_negative_and_within_maxima(data, work):
    case = engine.parse_case(data)
    o = engine.calculate(case, [work])[-1]
    assert o.tax.amount >= 0 and o.net_income == o.net_income  # defined, not NaN
    for b in o.benefits:
        assert b.amount >= 0, b.benefit
        if b.benefit == "fi.yleinen_asumistuki" and not b.uncertain:
            # 70 % of the largest cap (group I, 4 people + 148 per extra) plus what the decision adds
            assert b.amount <= D("0.7") * D(1188 + 148) + D(700)
        if b.benefit == "fi.elakkeensaajan_asumistuki" and not b.uncertain:
            assert b.amount <= D("0.85") * D(9287) / 12 + D(700)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(fi_cases(), st.integers(0, 40))
def test_sweep_point_equals_single_calculation(data, wage):
    case = engine.parse_case(data)
    like = WorkScenario(percent_of_full_time=D(50), hourly_wage=D(wage))
    result = sweep(case, like, D(25))
    for point in result.points:
        single = engine.calculate(case, [like.at_share(point.percent / 100)])[-1]
        assert point.net_income == single.net_income
