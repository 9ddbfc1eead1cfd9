"""Properties of the JSON API over random valid and invalid cases (hypothesis), real Swedish rules.

- a case the engine accepts gives 200 and exactly the engine's own Outcomes (API = engine), in
  the documented shape; every amount is a finite decimal string, benefits and tax never negative;
  a rule date after the confirmed rules carries the "rules not confirmed" warning, an earlier one
  does not;
- a case the engine refuses gives 422 problem+json naming the same fields as pydantic;
- a sweep gives one point per step from 0 %, in the documented shape;
- anything else - a valid case with one value replaced by junk, arbitrary JSON, arbitrary bytes -
  gives a 4xx problem+json, never a server error;
- the engine itself raises only ValidationError for junk (never another exception).
"""

from __future__ import annotations

import copy
import itertools
import json
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest
from benefits_calc.web import create_app
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from benefits_calc import engine
from benefits_calc.parameters import OutOfCoverageError, load_country
from benefits_calc.schema import CalculateResponse, Problem, SweepResponse
from benefits_calc.serialize import outcome_to_dict

pytest.importorskip("benefits_calc.rules.se.pipeline")

APP = create_app({"TESTING": True})
CONFIRMED_THROUGH = load_country("se").confirmed_through
FIRST_DATE = date(2024, 1, 1)
SETTINGS = settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)


def amount(lo: int, hi: int) -> st.SearchStrategy[Any]:
    """An amount in öre precision, sent as a JSON number, an integer or a numeric string."""
    cents = st.integers(lo * 100, hi * 100)
    return st.one_of(
        cents.map(lambda c: str(Decimal(c) / 100)),
        cents.map(lambda c: c // 100),
        cents.map(lambda c: float(Decimal(c) / 100)),
    )


def opt(draw: Any, strategy: st.SearchStrategy[Any]) -> Any:
    return draw(strategy) if draw(st.booleans()) else None


@st.composite
def scenario(draw: Any) -> dict[str, Any]:
    s: dict[str, Any] = {}
    ft = draw(st.sampled_from([None, 40, "37.5", 35]))
    if ft is not None:
        s["full_time_hours_per_week"] = ft
    if draw(st.booleans()):
        s["percent_of_full_time"] = draw(amount(0, 100))
    else:
        s["hours_per_week"] = draw(amount(0, int(Decimal(str(ft or 40)))))
    if draw(st.booleans()):
        s["hourly_wage"] = draw(amount(0, 600))
    else:
        s["monthly_wage_full_time"] = draw(amount(0, 90_000))
    if draw(st.booleans()):
        s["label"] = draw(st.text(max_size=20))
    return s


@st.composite
def se_case(draw: Any) -> dict[str, Any]:
    age = draw(st.integers(16, 65))
    rule_date = FIRST_DATE + timedelta(days=draw(st.integers(0, 9 * 366)))
    case: dict[str, Any] = {
        "country": "se",
        "rule_date": rule_date.isoformat(),
        "person": {"age": age},
        "housing": {"housing_cost_month": draw(amount(0, 25_000))},
        "scenarios": draw(st.lists(scenario(), max_size=4)),
    }
    if draw(st.booleans()):
        case["person"]["kommunalskatt_percent"] = draw(st.sampled_from(["29.5", "32.38", 34, "35.15"]))
    for key, strat in (
        ("household_electricity_month", amount(0, 2000)),
        ("area_m2", st.integers(10, 200)),
        ("reasonable_housing_cost_month", amount(1000, 20_000)),
    ):
        if (v := opt(draw, strat)) is not None:
            case["housing"][key] = v
    if draw(st.booleans()):
        case["partner"] = {
            "age": draw(st.integers(16, 65)),
            "work_income_month": draw(amount(0, 50_000)),
            "sjukersattning_month": draw(amount(0, 20_000)),
            "other_taxable_income_month": draw(amount(0, 20_000)),
        }
    case["children"] = [
        {"age": draw(st.integers(0, 20)), "alternating_residence": draw(st.booleans())}
        for _ in range(draw(st.integers(0, 3)))
    ]
    income = draw(
        st.sampled_from(["sjukersattning", "aktivitetsersattning", "sjukpenning", "aktivitetsstod", "-"])
    )
    if income in ("sjukersattning", "aktivitetsersattning"):
        total = draw(st.integers(0, 25_000))
        level = "1/1" if age < 30 else draw(st.sampled_from(["1/1", "3/4", "1/2", "1/4"]))
        case["sjukersattning"] = {
            "kind": income,
            "level": level,
            "amount_month": str(total),
            "income_related_month": str(draw(st.integers(0, total))),
            "forsakringstid_years": draw(st.integers(1, 40)),
            "granted_before_2008_07": income == "sjukersattning" and draw(st.booleans()),
            "months_received": draw(st.integers(0, 600)),
            "vilande_months_used": draw(st.integers(0, 24)),
            "work_arrangement": draw(
                st.sampled_from(["auto", "vilande", "steglos_avrakning", "uncompensated_share"])
            ),
        }
        if draw(st.booleans()):
            case["bostadstillagg"] = {
                "amount_month": draw(amount(0, 8000)),
                "wealth": draw(amount(0, 500_000)),
                "capital_income_year": draw(amount(0, 20_000)),
            }
    elif income == "sjukpenning":
        case["sjukpenning"] = {
            "sgi_year": draw(amount(0, 900_000)),
            "level": draw(st.sampled_from(["1/1", "3/4", "1/2", "1/4"])),
            "days_in_rehab_chain": draw(st.integers(0, 1000)),
            "serious_illness": draw(st.booleans()),
        }
        if (v := opt(draw, amount(0, 40_000))) is not None:
            case["sjukpenning"]["amount_month"] = v
    elif income == "aktivitetsstod":
        case["aktivitetsstod"] = {
            "kind": draw(st.sampled_from(["aktivitetsstod", "utvecklingsersattning"])),
            "daily_amount": draw(amount(0, 1200)),
            "programme_days_per_week": draw(st.integers(1, 5)),
        }
    if draw(st.booleans()):
        case["bostadsbidrag"] = {"amount_month": draw(amount(0, 6000))}
    if draw(st.booleans()):
        case["ekonomiskt_bistand"] = {
            "amount_month": draw(amount(0, 30_000)),
            "consecutive_months": draw(st.integers(0, 60)),
            "jobbstimulans_months_used": draw(st.integers(0, 24)),
            "other_costs_month": draw(amount(0, 3000)),
        }
    if draw(st.booleans()):
        case["other_income"] = {
            "tjanstepension_month": draw(amount(0, 10_000)),
            "underhallsstod_month": draw(amount(0, 3000)),
        }
    return case


def post(path: str, body: Any, raw: bytes | None = None, content_type: str = "application/json") -> Any:
    data = raw if raw is not None else json.dumps(body)
    return APP.test_client().post(path, data=data, content_type=content_type)


def assert_problem(r: Any, *statuses: int) -> dict[str, Any]:
    assert r.status_code in statuses, (r.status_code, r.get_data(as_text=True)[:500])
    assert r.mimetype == "application/problem+json"
    body = r.get_json(force=True)
    Problem.model_validate(body)
    return body


def engine_result(data: dict[str, Any]) -> tuple[str, Any]:
    """What the engine makes of the data: ("invalid", pointers) / ("uncovered", None) / ("ok", dicts)."""
    try:
        case = engine.parse_case(copy.deepcopy(data))
    except ValidationError as exc:
        return "invalid", {"#" + "".join(f"/{p}" for p in e["loc"]) for e in exc.errors()}
    try:
        return "ok", [outcome_to_dict(o) for o in engine.calculate(case)]
    except OutOfCoverageError:
        return "uncovered", None


def numeric(obj: Any) -> Any:
    """Numeric strings as Decimals (compared by value), the rest unchanged."""
    if isinstance(obj, dict):
        return {k: numeric(v) for k, v in obj.items()}
    if isinstance(obj, list):
        return [numeric(v) for v in obj]
    if (isinstance(obj, str) and obj[:1].isdigit()) or (isinstance(obj, str) and obj[:2].startswith("-")):
        try:
            return Decimal(obj)
        except ArithmeticError:
            return obj
    return obj


def decimals(obj: Any, key: str = "") -> list[tuple[str, str]]:
    """Every amount string of a response, with its key."""
    if isinstance(obj, dict):
        return [x for k, v in obj.items() for x in decimals(v, k)]
    if isinstance(obj, list):
        return [x for v in obj for x in decimals(v, key)]
    if isinstance(obj, str) and key in ("amount", "annual", "net_income", "earnings", "tax"):
        return [(key, obj)]
    return []


@SETTINGS
@given(se_case())
def test_api_equals_engine_for_random_cases(data: dict[str, Any]) -> None:
    kind, expected = engine_result(data)
    r = post("/api/v1/calculate", data)
    if kind == "invalid":
        body = assert_problem(r, 422)
        assert {e["pointer"] for e in body["errors"]} == expected
        return
    if kind == "uncovered":
        body = assert_problem(r, 422)
        assert body["errors"][0]["pointer"] == "#/rule_date"
        # the first covered date it names does compute
        first = body["first_covered_date"]
        assert first > data["rule_date"]
        assert post("/api/v1/calculate", {**data, "rule_date": first}).status_code == 200
        return
    assert r.status_code == 200, r.get_data(as_text=True)[:500]
    body = r.get_json()
    CalculateResponse.model_validate(body)
    # equal up to how a number was written (a float 1000.0 in Python is "1000.0"; in JSON, 1000)
    assert numeric(body["outcomes"]) == numeric(expected)
    after = date.fromisoformat(data["rule_date"]) > CONFIRMED_THROUGH
    for o in body["outcomes"]:
        warned = "engine.rules_not_confirmed" in {w["msg"] for w in o["warnings"]}
        assert warned == after
        for key, text in decimals(o):
            d = Decimal(text)
            assert d.is_finite(), (key, text)
            if key != "net_income":
                assert d >= 0, (key, text)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(se_case(), st.sampled_from([5, "10", "12.5", 25, 50]), scenario())
def test_sweep_points_for_random_cases(data: dict[str, Any], step: Any, like: dict[str, Any]) -> None:
    kind, _ = engine_result({**data, "scenarios": []})
    r = post("/api/v1/sweep", {"case": data, "like": like, "step_percent": step})
    if kind != "ok":
        assert_problem(r, 422)
        return
    if r.status_code == 422:  # `like` itself may be refused (e.g. more hours than full time)
        body = assert_problem(r, 422)
        assert all(e["pointer"].startswith("#/like") for e in body["errors"])
        return
    assert r.status_code == 200, r.get_data(as_text=True)[:500]
    body = r.get_json()
    SweepResponse.model_validate(body)
    pct = [Decimal(p["percent"]) for p in body["points"]]
    assert pct[0] == 0 and len(pct) == int(100 / Decimal(str(step))) + 1
    assert all(b - a == Decimal(str(step)) for a, b in itertools.pairwise(pct))


junk = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**30), 10**30),
    st.floats(),
    st.text(max_size=8),
    st.sampled_from(["NaN", "Infinity", "-1", "1e999", "0x10", "١٢", " 5 ", "1_000", "2026-02-30"]),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=3),
)


def paths(obj: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix] if prefix else []
    if isinstance(obj, dict):
        for k, v in obj.items():
            out += paths(v, (*prefix, k))
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            out += paths(v, (*prefix, i))
    return out


def replace(obj: Any, path: tuple[Any, ...], value: Any) -> Any:
    obj = copy.deepcopy(obj)
    target = obj
    for p in path[:-1]:
        target = target[p]
    target[path[-1]] = value
    return obj


@SETTINGS
@given(se_case(), st.data(), junk)
def test_one_junk_value_never_crashes(data: dict[str, Any], pick: Any, value: Any) -> None:
    path = pick.draw(st.sampled_from(paths(data)))
    bad = replace(data, path, value)
    raw = json.dumps(bad, allow_nan=True).encode()  # NaN/Infinity literals too
    r = post("/api/v1/calculate", None, raw=raw)
    if r.status_code == 200:
        CalculateResponse.model_validate(r.get_json())
    else:
        assert_problem(r, 400, 422)
    r = post("/api/v1/sweep", None, raw=b'{"case": ' + raw + b', "step_percent": 25}')
    if r.status_code != 200:
        assert_problem(r, 400, 422)
    # the engine raises only a validation error (or computes)
    try:
        case = engine.parse_case(bad)
    except (ValidationError, engine.UnknownCountryError):
        return
    try:
        engine.calculate(case)
    except OutOfCoverageError:
        pass


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=10),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=20,
)


@SETTINGS
@given(json_values)
def test_arbitrary_json_is_a_problem(value: Any) -> None:
    for path in ("/api/v1/calculate", "/api/v1/sweep"):
        assert_problem(post(path, value), 400, 422)


@SETTINGS
@given(st.binary(max_size=300), st.sampled_from(["application/json", "text/plain", "application/x+json", ""]))
def test_arbitrary_bytes_are_a_problem(raw: bytes, content_type: str) -> None:
    for path in ("/api/v1/calculate", "/api/v1/sweep"):
        assert_problem(post(path, None, raw=raw, content_type=content_type), 400, 415, 422)


@SETTINGS
@given(st.text(max_size=12))
def test_any_parameters_date_is_answered(text: str) -> None:
    r = APP.test_client().get("/api/v1/parameters/se", query_string={"date": text})
    if r.status_code != 200:
        assert_problem(r, 422)
