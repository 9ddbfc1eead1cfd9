"""The JSON API /api/v1: routes, problem+json errors, strict validation, the OpenAPI document.

These tests check the API's mechanics and do not depend on the rules' numbers: calculations run
through the toy pipeline of the `stub_pipeline` fixture (tests/web/conftest.py) unless they say so.
"""

from __future__ import annotations

import copy
import json
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import jsonschema_rs
import pytest
from benefits_calc.web import create_app
from benefits_calc.web.api import api_bp
from benefits_calc.web.openapi import EXAMPLES, SWEEP_EXAMPLES, openapi_document
from flask import Flask
from flask_wtf import CSRFProtect

from benefits_calc import engine
from benefits_calc.schema import (
    CalculateResponse,
    ParametersResponse,
    Problem,
    SweepResponse,
    case_json_schema,
)

CASE: dict[str, Any] = {
    "country": "se",
    "rule_date": "2026-01-01",
    "person": {"age": 40},
    "housing": {"housing_cost_month": "5000"},
    "scenarios": [
        {"label": "half", "percent_of_full_time": 50, "hourly_wage": "150"},
        {"hours_per_week": "40", "hourly_wage": 150},
    ],
}


def case(**changes: Any) -> dict[str, Any]:
    c = copy.deepcopy(CASE)
    c.update(changes)
    return c


def problem(resp: Any, status: int) -> dict[str, Any]:
    assert resp.status_code == status, resp.get_data(as_text=True)
    assert resp.mimetype == "application/problem+json"
    body = resp.get_json(force=True)
    Problem.model_validate(body)
    assert body["status"] == status and body["title"]
    return body


def pointers(body: dict[str, Any]) -> set[str]:
    return {e["pointer"] for e in body["errors"]}


# --- index, schema, OpenAPI --------------------------------------------------------------------


def test_index_lists_countries_and_links(client: Any) -> None:
    r = client.get("/api/v1/")
    assert r.status_code == 200 and r.mimetype == "application/json"
    body = r.get_json()
    assert body["countries"][0] == {"code": "se", "name": "Sverige", "currency": "SEK"}
    assert [c["code"] for c in body["countries"]] == list(engine.COUNTRIES)
    assert body["links"]["openapi"] == "/api/v1/openapi.json"


def test_openapi_is_valid_31_and_every_schema_is_valid_2020_12(client: Any) -> None:
    from schemathesis.specs.openapi.definitions import OPENAPI_31

    r = client.get("/api/v1/openapi.json")
    assert r.status_code == 200
    doc = r.get_json()
    assert doc["openapi"] == "3.1.0"
    errors = [e.message for e in jsonschema_rs.Draft202012Validator(OPENAPI_31).iter_errors(doc)]
    assert errors == []
    for name, schema in doc["components"]["schemas"].items():
        assert jsonschema_rs.meta.is_valid(schema), name
    # built once per process: the same document object each time
    assert openapi_document() is openapi_document()


def test_openapi_documents_every_api_route(app: Flask) -> None:
    doc = openapi_document()
    documented = {
        (path, method.upper())
        for path, item in doc["paths"].items()
        for method in item
        if method != "parameters"
    }
    for rule in app.url_map.iter_rules():
        if not rule.rule.startswith("/api/v1"):
            continue
        path = rule.rule.replace("<", "{").replace(">", "}")
        for method in rule.methods - {"HEAD", "OPTIONS"}:
            assert (path, method) in documented


def test_openapi_request_schema_is_the_published_case_schema(client: Any) -> None:
    doc = openapi_document()
    se = doc["components"]["schemas"]["SECase"]
    assert se["required"][0] == "country" and {"person", "housing"} <= set(se["required"])
    published = client.get("/api/v1/schema/se")
    assert published.status_code == 200 and published.mimetype == "application/schema+json"
    schema = published.get_json(force=True)
    assert schema == case_json_schema("se")
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert jsonschema_rs.meta.is_valid(schema)
    # the example case is valid against the published schema
    assert jsonschema_rs.validator_for(schema).is_valid(CASE)


def test_case_json_schema_returns_a_copy() -> None:
    a = case_json_schema("se")
    a["required"].clear()
    assert case_json_schema("se")["required"]


def test_unknown_country_is_404_problem(client: Any) -> None:
    problem(client.get("/api/v1/schema/xx"), 404)
    problem(client.get("/api/v1/parameters/xx"), 404)


# --- content type, size, JSON syntax -----------------------------------------------------------


@pytest.mark.parametrize(
    "headers",
    [
        {"Content-Type": "text/plain"},
        {"Content-Type": "application/x-www-form-urlencoded"},
        {"Content-Type": "multipart/form-data; boundary=x"},
        {"Content-Type": "application/json; charset=latin-1"},
        {},
    ],
)
@pytest.mark.parametrize("path", ["/api/v1/calculate", "/api/v1/sweep"])
def test_wrong_content_type_is_415(client: Any, path: str, headers: dict[str, str]) -> None:
    body = problem(client.post(path, data=json.dumps(CASE), headers=headers), 415)
    assert "application/json" in body["detail"]


def test_json_with_suffix_and_charset_is_accepted(client: Any, stub_pipeline: Any) -> None:
    r = client.post(
        "/api/v1/calculate", data=json.dumps(CASE), content_type="application/vnd.x+json; charset=UTF-8"
    )
    assert r.status_code == 200


def test_oversize_body_is_413(client: Any) -> None:
    big = json.dumps(case(filler="x" * (300 * 1024)))
    body = problem(client.post("/api/v1/calculate", data=big, content_type="application/json"), 413)
    assert "262144" in body["detail"]


def test_oversize_chunked_body_is_413(client: Any) -> None:
    import io

    data = b"[" * (300 * 1024)
    r = client.post(
        "/api/v1/calculate",
        input_stream=io.BytesIO(data),
        headers={"Content-Type": "application/json", "Transfer-Encoding": "chunked"},
        environ_overrides={"wsgi.input_terminated": True},  # as gunicorn sets it for chunked bodies
    )
    problem(r, 413)


@pytest.mark.parametrize(
    "raw",
    [
        b"",
        b"{",
        b"not json",
        b"\xff\xfe\x00",
        b"[" * 50_000,
        b'{"country": "se", "person": {"age": ' + b"9" * 5000 + b"}}",
    ],
)
def test_invalid_json_is_400(client: Any, raw: bytes) -> None:
    body = problem(client.post("/api/v1/calculate", data=raw, content_type="application/json"), 400)
    assert body["type"] == "urn:benefits-calc:problem:invalid-json"


@pytest.mark.parametrize("raw", ["[]", "null", "42", '"se"', "true"])
def test_json_that_is_not_an_object_is_422(client: Any, raw: str) -> None:
    body = problem(client.post("/api/v1/calculate", data=raw, content_type="application/json"), 422)
    assert pointers(body) == {"#"}


# --- validation: each bad field named, nothing echoed ------------------------------------------


def test_each_bad_field_is_named_by_pointer(client: Any) -> None:
    bad = case(
        person={"age": 4242},
        housing={},
        children=[{"age": 3}, {"age": -1}],
        scenarios=[
            {"percent_of_full_time": 50, "hourly_wage": "150"},
            {"percent_of_full_time": 101, "hourly_wage": 1},
        ],
        colour="blue",
    )
    body = problem(client.post("/api/v1/calculate", json=bad), 422)
    assert body["type"] == "urn:benefits-calc:problem:validation-error"
    assert pointers(body) == {
        "#/person/age",
        "#/housing/housing_cost_month",
        "#/children/1/age",
        "#/scenarios/1/percent_of_full_time",
        "#/colour",
    }
    by_field = {e["field"]: e for e in body["errors"]}
    assert by_field["person.age"]["type"] == "less_than_equal"
    assert by_field["housing.housing_cost_month"]["type"] == "missing"
    assert by_field["colour"]["type"] == "extra_forbidden"
    # the submitted value is not echoed back
    assert "4242" not in json.dumps(body)


def test_cross_field_rule_is_reported_on_its_object(client: Any) -> None:
    bad = case(scenarios=[{"percent_of_full_time": 50, "hours_per_week": 20, "hourly_wage": 150}])
    body = problem(client.post("/api/v1/calculate", json=bad), 422)
    assert pointers(body) == {"#/scenarios/0"}
    assert "exactly one" in body["errors"][0]["message"]


def test_country_is_required_and_checked(client: Any) -> None:
    c = case()
    del c["country"]
    assert pointers(problem(client.post("/api/v1/calculate", json=c), 422)) == {"#/country"}
    assert pointers(problem(client.post("/api/v1/calculate", json=case(country="xx")), 422)) == {"#/country"}


@pytest.mark.parametrize(
    ("change", "pointer"),
    [
        ({"person": {"age": "40"}}, "#/person/age"),  # a count is a JSON integer
        ({"person": {"age": 40.5}}, "#/person/age"),
        ({"children": [{"age": 3, "alternating_residence": 1}]}, "#/children/0/alternating_residence"),
        ({"housing": {"housing_cost_month": "5 000 kr"}}, "#/housing/housing_cost_month"),
        ({"housing": {"housing_cost_month": "NaN"}}, "#/housing/housing_cost_month"),
        ({"housing": {"housing_cost_month": "1.005"}}, "#/housing/housing_cost_month"),
        ({"housing": {"housing_cost_month": True}}, "#/housing/housing_cost_month"),
        ({"rule_date": "2026-13-01"}, "#/rule_date"),
        ({"rule_date": "2026-01-01T00:00:00"}, "#/rule_date"),
        ({"rule_date": 20260101}, "#/rule_date"),
    ],
)
def test_strict_types(client: Any, change: dict[str, Any], pointer: str) -> None:
    assert pointer in pointers(problem(client.post("/api/v1/calculate", json=case(**change)), 422))


def test_amounts_accept_numbers_and_numeric_strings_exactly(client: Any, stub_pipeline: Any) -> None:
    for wage in (150.25, "150.25"):
        c = case(scenarios=[{"hours_per_week": 10, "hourly_wage": wage}])
        r = client.post("/api/v1/calculate", json=c)
        assert r.status_code == 200, r.get_data(as_text=True)
        out = r.get_json()["outcomes"][-1]
        # 10 h x 150.25 kr x 52/12 = 6 510.8333… -> 6 510.83 (exact decimal, not float)
        assert out["earnings"] == "6510.83"
        assert out["scenario"]["hourly_wage"] == "150.25"


@pytest.mark.parametrize("wage", [" 150.25 ", "150.250", "1_50", "1.5e2", "\u0661\u0665\u0660", "-0.0.1"])
def test_amounts_in_any_other_writing_are_refused(client: Any, wage: Any) -> None:
    # One reading or none (benefits_calc/numbers.py): no spaces, underscores, exponents or other
    # scripts' digits, and no more decimals than the field takes even when they are zeros
    # ("150.250" could be a thousands group).
    c = case(scenarios=[{"hours_per_week": 10, "hourly_wage": wage}])
    assert "#/scenarios/0/hourly_wage" in pointers(problem(client.post("/api/v1/calculate", json=c), 422))


# --- calculate ---------------------------------------------------------------------------------


def test_calculate_returns_outcomes_in_the_documented_shape(client: Any, stub_pipeline: Any) -> None:
    r = client.post("/api/v1/calculate", json=CASE)
    assert r.status_code == 200 and r.mimetype == "application/json"
    assert r.headers["Cache-Control"] == "no-store"
    body = r.get_json()
    CalculateResponse.model_validate(body)
    assert body["country"] == "se" and body["rule_date"] == "2026-01-01"
    # not working first, then the two scenarios
    assert [Decimal(o["scenario"]["percent_of_full_time"]) for o in body["outcomes"]] == [0, 50, 100]
    half = body["outcomes"][1]
    # toy: 20 h x 150 x 52/12 = 13 000; benefit max(0, 1 000 - 6 500) = 0; net 13 000
    assert half["earnings"] == "13000.00" and half["net_income"] == "13000.00"
    assert half["change_vs_not_working"] == "12000.00"  # against 0 hours: net 1 000
    assert half["parameters"][0]["name"] == "prisbasbelopp"
    assert half["parameters"][0]["verified"] is True and half["parameters"][0]["reference"]


def test_calculate_without_scenarios_gives_not_working(client: Any, stub_pipeline: Any) -> None:
    r = client.post("/api/v1/calculate", json=case(scenarios=[]))
    assert r.status_code == 200
    assert len(r.get_json()["outcomes"]) == 1


def test_date_before_the_rules_is_422_naming_rule_date(client: Any, stub_pipeline: Any) -> None:
    body = problem(client.post("/api/v1/calculate", json=case(rule_date="2001-06-01")), 422)
    assert body["type"] == "urn:benefits-calc:problem:out-of-coverage"
    assert pointers(body) == {"#/rule_date"}
    assert body["rule_date"] == "2001-06-01" and body["first_covered_date"]


def test_date_after_confirmed_rules_computes_with_a_warning(client: Any, stub_pipeline: Any) -> None:
    r = client.post("/api/v1/calculate", json=case(rule_date="2031-03-01"))
    assert r.status_code == 200
    for o in r.get_json()["outcomes"]:
        assert "engine.rules_not_confirmed" in [w["msg"] for w in o["warnings"]]


def test_internal_error_is_a_problem_without_details(client: Any, stub_pipeline: Any) -> None:
    stub_pipeline.fail = RuntimeError("boom 31337")
    body = problem(client.post("/api/v1/calculate", json=CASE), 500)
    assert "31337" not in json.dumps(body) and len(body["incident"]) == 12


# --- sweep -------------------------------------------------------------------------------------


def test_sweep_in_the_documented_shape(client: Any, stub_pipeline: Any) -> None:
    r = client.post("/api/v1/sweep", json={"case": CASE, "step_percent": 10})
    assert r.status_code == 200, r.get_data(as_text=True)
    body = r.get_json()
    SweepResponse.model_validate(body)
    assert [p["percent"] for p in body["points"]] == [str(x) for x in range(0, 101, 10)]
    # toy at 150 kr/h: 10 % = 4 h/week = 2 600 kr; benefit 1 000 - 1 300 < 0 -> stops by 10 %
    assert {(t["benefit"], t["kind"]) for t in body["thresholds"]} >= {("toy.b", "stops_at")}
    assert body["warnings"] == []


def test_sweep_like_overrides_the_scenarios(client: Any, stub_pipeline: Any) -> None:
    like = {"percent_of_full_time": 100, "monthly_wage_full_time": "20000"}
    r = client.post("/api/v1/sweep", json={"case": case(scenarios=[]), "like": like, "step_percent": "25"})
    assert r.status_code == 200
    assert [p["earnings"] for p in r.get_json()["points"]] == [
        "0.00",
        "5000.00",
        "10000.00",
        "15000.00",
        "20000.00",
    ]


@pytest.mark.parametrize(
    ("body", "pointer"),
    [
        ({"case": case(scenarios=[])}, "#/like"),
        ({"case": CASE, "step_percent": 0}, "#/step_percent"),
        ({"case": CASE, "step_percent": "0.25"}, "#/step_percent"),
        ({"case": CASE, "step_percent": 51}, "#/step_percent"),
        ({"case": case(person={"age": 3})}, "#/case/person/age"),
        ({"case": CASE, "extra": 1}, "#/extra"),
        ({}, "#/case"),
    ],
)
def test_sweep_validation(client: Any, stub_pipeline: Any, body: dict[str, Any], pointer: str) -> None:
    assert pointer in pointers(problem(client.post("/api/v1/sweep", json=body), 422))


def test_sweep_out_of_coverage_names_case_rule_date(client: Any, stub_pipeline: Any) -> None:
    body = problem(client.post("/api/v1/sweep", json={"case": case(rule_date="1999-01-01")}), 422)
    assert pointers(body) == {"#/case/rule_date"}


# --- parameters --------------------------------------------------------------------------------


def test_parameters_every_figure_with_date_reference_and_flag(client: Any) -> None:
    r = client.get("/api/v1/parameters/se?date=2026-01-01")
    assert r.status_code == 200
    body = r.get_json()
    ParametersResponse.model_validate(body)
    assert body["date"] == "2026-01-01" and body["rules_confirmed"] is True
    by_name = {p["name"]: p for p in body["parameters"]}
    # rules/se/params/basbelopp.toml: prisbasbelopp 2026 = 59 200 (SFS 2025:872)
    pbb = by_name["prisbasbelopp"]
    assert (pbb["value"], pbb["effective_from"], pbb["verified"]) == ("59200", "2026-01-01", True)
    assert "2 kap." in pbb["reference"]
    for p in body["parameters"]:
        assert p["reference"] and p["effective_from"] <= "2026-01-01" and isinstance(p["verified"], bool)


def test_parameters_default_date_and_after_confirmed(client: Any) -> None:
    assert client.get("/api/v1/parameters/se").status_code == 200
    body = client.get("/api/v1/parameters/se?date=2030-01-01").get_json()
    assert body["rules_confirmed"] is False


def test_parameters_older_date_lists_what_is_not_in_force(client: Any) -> None:
    body = client.get("/api/v1/parameters/se?date=2024-06-01").get_json()
    names = {p["name"] for p in body["parameters"]}
    assert "prisbasbelopp" in names and not names & set(body["not_in_force"])


@pytest.mark.parametrize("value", ["2026-1-1", "20260101", "2026-02-30", "yesterday", "2026-W01-1", ""])
def test_parameters_bad_date_is_422_naming_date(client: Any, value: str) -> None:
    body = problem(client.get("/api/v1/parameters/se", query_string={"date": value}), 422)
    assert pointers(body) == {"#/date"}


def test_parameters_before_any_data_is_out_of_coverage(client: Any) -> None:
    body = problem(client.get("/api/v1/parameters/se?date=1900-01-01"), 422)
    assert body["type"] == "urn:benefits-calc:problem:out-of-coverage"


# --- routing errors, CSRF ----------------------------------------------------------------------


def test_method_not_allowed_is_405_problem_with_allow(client: Any) -> None:
    r = client.get("/api/v1/calculate")
    problem(r, 405)
    assert "POST" in r.headers["Allow"]
    r = client.delete("/api/v1/openapi.json")
    problem(r, 405)
    # POST /api/v1/ also matches the UI's /<lang>/<cc>/ rule: the API still answers 405
    r = client.post("/api/v1/", json={})
    problem(r, 405)
    assert "GET" in r.headers["Allow"]


def test_unknown_api_path_is_404_problem(client: Any) -> None:
    problem(client.get("/api/v1/nope"), 404)
    problem(client.post("/api/v1/calculate/extra", json={}), 404)
    problem(client.post("/api/v1/x/", json={}), 404)
    # a missing trailing slash is a redirect, as everywhere in Flask
    assert client.get("/api/v1").status_code == 308


def test_api_is_exempt_from_csrf_when_csrf_is_on(stub_pipeline: Any) -> None:
    app = create_app({"TESTING": True, "WTF_CSRF_ENABLED": True})
    if "csrf" not in app.extensions:  # the UI installs CSRFProtect; make sure the test has it
        app = Flask("t")
        CSRFProtect(app)
        app.register_blueprint(api_bp, url_prefix="/api/v1")
    r = app.test_client().post("/api/v1/calculate", json=CASE)
    assert r.status_code == 200, r.get_data(as_text=True)


def test_decimal_strings_round_trip() -> None:
    # every amount in a response is written by decimal_text, which the documented pattern accepts:
    # plain digits, never an exponent, never a negative zero
    from benefits_calc.numbers import decimal_text
    from benefits_calc.schema import DECIMAL_STRING_PATTERN

    pattern = jsonschema_rs.validator_for({"type": "string", "pattern": DECIMAL_STRING_PATTERN})
    written = {
        "0": "0",
        "-4.50": "-4.50",
        "1E+2": "100",
        "0E-8": "0.00000000",
        "0E+999999999": "0",
        "-0": "0",
        "-0.00": "0.00",
        "-1E-2": "-0.01",
        "12345678.90": "12345678.90",
    }
    for d, text in written.items():
        assert decimal_text(Decimal(d)) == text
        assert pattern.is_valid(text)
    for bad in ("NaN", "Infinity", "-", "1,5", "", "1E+2", "-0", "-0.00", ".5", "5."):
        assert not pattern.is_valid(bad), bad


# --- the document's examples -------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_calculate_examples_compute_with_the_real_rules(client: Any, name: str) -> None:
    pytest.importorskip("benefits_calc.rules.se.pipeline")
    r = client.post("/api/v1/calculate", json=EXAMPLES[name]["value"])
    assert r.status_code == 200, r.get_data(as_text=True)[:500]
    body = CalculateResponse.model_validate(r.get_json())
    scenarios = EXAMPLES[name]["value"]["scenarios"]
    # Not working comes first unless a scenario is 0 hours already.
    zero = any(str(s.get("percent_of_full_time", s.get("hours_per_week"))) == "0" for s in scenarios)
    assert len(body.outcomes) == len(scenarios) + (0 if zero else 1)


@pytest.mark.parametrize("name", sorted(SWEEP_EXAMPLES))
def test_sweep_examples_compute_with_the_real_rules(client: Any, name: str) -> None:
    pytest.importorskip("benefits_calc.rules.se.pipeline")
    r = client.post("/api/v1/sweep", json=SWEEP_EXAMPLES[name]["value"])
    assert r.status_code == 200, r.get_data(as_text=True)[:500]
    SweepResponse.model_validate(r.get_json())


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_first_covered_date_is_where_the_case_computes(client: Any, name: str) -> None:
    pytest.importorskip("benefits_calc.rules.se.pipeline")
    early = {**EXAMPLES[name]["value"], "rule_date": "2001-01-01"}
    body = problem(client.post("/api/v1/calculate", json=early), 422)
    first = date.fromisoformat(body["first_covered_date"])
    assert client.post("/api/v1/calculate", json={**early, "rule_date": first.isoformat()}).status_code == 200
    day_before = (first - timedelta(days=1)).isoformat()
    problem(client.post("/api/v1/calculate", json={**early, "rule_date": day_before}), 422)
