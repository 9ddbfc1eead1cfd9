"""The cross-field rules the published JSON Schema states (benefits_calc/schema_rules.py) say what
the models check: each case below breaks one rule and must be invalid by the schema the API
publishes (GET /api/v1/schema/<cc>, the OpenAPI document) *and* refused by the API; each country's
examples are valid by both."""

from __future__ import annotations

import copy
import re
from datetime import date
from typing import Any

import jsonschema_rs
import pytest
from benefits_calc.examples import cases as example_cases
from benefits_calc.web import countries

from benefits_calc.schema_rules import dates_from

SCENARIO = {"percent_of_full_time": 50, "hourly_wage": 150}


def base(cc: str) -> dict[str, Any]:
    return copy.deepcopy(example_cases(cc)[countries.get(cc).example])


def changed(cc: str, **parts: Any) -> dict[str, Any]:
    case = base(cc)
    for key, value in parts.items():
        if value is None:
            case.pop(key, None)
        elif isinstance(value, dict) and isinstance(case.get(key), dict):
            case[key] = {**case[key], **value}
        else:
            case[key] = value
    return case


SE_SE = {"kind": "sjukersattning", "level": "1/1", "amount_month": 13715}
BROKEN: list[tuple[str, str, dict[str, Any]]] = [
    (
        "se",
        "bostadstillägg without sjukersättning",
        changed("se", sjukersattning=None, bostadstillagg={"amount_month": 5000}),
    ),
    (
        "se",
        "aktivitetsersättning at 40",
        changed("se", person={"age": 40}, sjukersattning={**SE_SE, "kind": "aktivitetsersattning"}),
    ),
    (
        "se",
        "partial sjukersättning at 25",
        changed("se", person={"age": 25}, bostadstillagg=None, sjukersattning={**SE_SE, "level": "1/2"}),
    ),
    (
        "se",
        "2/3 not granted before 2008",
        changed("se", person={"age": 50}, sjukersattning={**SE_SE, "level": "2/3"}),
    ),
    (
        "se",
        "steglös for aktivitetsersättning",
        changed(
            "se",
            person={"age": 25},
            sjukersattning={**SE_SE, "kind": "aktivitetsersattning", "granted_before_2008_07": True},
        ),
    ),
    ("se", "hours and percent", changed("se", scenarios=[{**SCENARIO, "hours_per_week": 20}])),
    ("se", "no wage", changed("se", scenarios=[{"percent_of_full_time": 50}])),
    ("se", "two wages", changed("se", scenarios=[{**SCENARIO, "monthly_wage_full_time": 26000}])),
    ("se", "a date before the rules", changed("se", rule_date="2024-12-31")),
    ("dk", "a partner while enlig", changed("dk", person={"civil_status": "enlig"}, partner={"age": 40})),
    ("dk", "gift without the partner", changed("dk", person={"civil_status": "gift"}, partner=None)),
    ("dk", "alternating residence", changed("dk", children=[{"age": 5, "alternating_residence": True}])),
    ("dk", "two ydelser", changed("dk", foertidspension={"amount_month": 10000})),
    ("dk", "grundsats at 35", changed("dk", kontanthjaelp={"sats": "grundsats"})),
    ("dk", "a date before the rules", changed("dk", rule_date="2025-06-30")),
    ("fi", "takuueläke alone", changed("fi", kansanelake=None, tyoelake=None)),
    (
        "fi",
        "a church rate without membership",
        changed("fi", person={"church_member": False, "kirkollisvero_percent": 1.4}),
    ),
    (
        "fi",
        "toimeentulotuki without a municipality",
        changed("fi", person={"municipality": None}, toimeentulotuki={"amount_month": 100}),
    ),
    ("fi", "an unknown municipality", changed("fi", person={"municipality": "Atlantis"})),
    (
        "fi",
        'toimeentulotuki with the municipality "" (none)',
        changed("fi", person={"municipality": ""}, toimeentulotuki={"amount_month": 100}),
    ),
    ("fi", "a date before the rules", changed("fi", rule_date="2024-12-31")),
]


def validator(client: Any, cc: str) -> Any:
    return jsonschema_rs.validator_for(client.get(f"/api/v1/schema/{cc}").get_json())


@pytest.mark.parametrize("cc, what, case", BROKEN, ids=[f"{cc}: {what}" for cc, what, _ in BROKEN])
def test_a_broken_rule_is_invalid_by_the_schema_and_refused(
    client: Any, cc: str, what: str, case: dict[str, Any]
) -> None:
    assert not validator(client, cc).is_valid(case), what
    assert client.post("/api/v1/calculate", json=case).status_code == 422, what


@pytest.mark.parametrize("cc", ["se", "dk", "fi"])
def test_examples_are_valid_by_the_schema_and_calculate(client: Any, cc: str) -> None:
    v = validator(client, cc)
    for name, case in example_cases(cc).items():
        assert v.is_valid(case), (name, [str(e) for e in v.iter_errors(case)][:3])
        assert client.post("/api/v1/calculate", json=case).status_code == 200, name


def request_validator(client: Any, operation: str) -> Any:
    """The validator of an operation's request body, as the OpenAPI document states it."""
    schema = client.get("/api/v1/openapi.json").get_json()
    ref = schema["paths"][f"/api/v1/{operation}"]["post"]["requestBody"]["content"]["application/json"]
    name = ref["schema"]["$ref"].rsplit("/", 1)[1]
    # the schema refers into #/components/schemas; resolve against the whole document
    doc = {"$ref": f"#/components/schemas/{name}", "components": schema["components"]}
    return jsonschema_rs.validator_for(doc)


@pytest.mark.parametrize(
    "scenario",
    [
        {"hours_per_week": 45, "full_time_hours_per_week": 44, "hourly_wage": 150},
        {"hours_per_week": "40.01", "hourly_wage": 150},  # full time is 40 when not said
    ],
)
def test_hours_beyond_full_time_are_taken_with_a_warning(client: Any, scenario: dict[str, Any]) -> None:
    # what the schema takes, the API answers: hours beyond full time are work beyond full time
    body = changed("se", scenarios=[scenario])
    assert validator(client, "se").is_valid(body)
    r = client.post("/api/v1/calculate", json=body)
    assert r.status_code == 200
    idle, working = r.get_json()["outcomes"]  # not working comes first, as always
    assert idle["scenario"]["hours_per_week"] == "0"
    warned = [w for w in working["warnings"] if w["msg"] == "engine.work.over_full_time"]
    assert len(warned) == 1 and "more than full time" in warned[0]["text"]
    assert not any(w["msg"] == "engine.work.over_full_time" for w in idle["warnings"])


def test_a_timeline_beyond_full_time_writes_its_share_as_plain_digits(client: Any) -> None:
    # found by fuzzing: 1 hour of a 0.01-hour full time is 1 / 0.01 = 100 times full time,
    # 10 000 %, which Decimal writes "1.00E+4"; an answer writes plain digits, "10000"
    body = {
        "case": base("se"),
        "start": "2026-03-01",
        "work": {"hours_per_week": "1", "full_time_hours_per_week": "0.01", "hourly_wage": "150"},
    }
    r = client.post("/api/v1/timeline", json=body)
    assert r.status_code == 200
    scenario = r.get_json()["scenario"]
    assert (scenario["hours_per_week"], scenario["percent_of_full_time"]) == ("1", "10000")
    # 1 h x 150 kr x 52/12 = 650 kr a month
    assert scenario["earnings_month"] == "650.00"


def test_an_income_related_part_above_the_whole_is_taken_with_a_warning(client: Any) -> None:
    # 14 000 of a whole 13 715 kr: schema-valid, so the API answers; the part counts as 13 715
    # (the letter's whole is what is paid) and every outcome says so
    body = changed(
        "se", person={"age": 50}, sjukersattning={**SE_SE, "income_related_month": 14000}, scenarios=None
    )
    assert validator(client, "se").is_valid(body)
    r = client.post("/api/v1/calculate", json=body)
    assert r.status_code == 200
    for outcome in r.get_json()["outcomes"]:
        (warned,) = [
            w for w in outcome["warnings"] if w["msg"] == "se.sjukersattning.income_related_above_amount"
        ]
        assert warned["values"] == {"income_related_month": "14000", "amount_month": "13715"}


def test_the_warnings_about_what_was_entered_reach_the_sweep_and_the_timeline(client: Any) -> None:
    # what /calculate warns about is said by /sweep and /timeline too, once each: hours beyond
    # full time (the timeline's scenario) and a Swedish income-related part above the whole
    case = changed("se", person={"age": 50}, sjukersattning={**SE_SE, "income_related_month": 14000})
    work = {"hours_per_week": "45", "full_time_hours_per_week": "40", "hourly_wage": "150"}
    timeline = client.post("/api/v1/timeline", json={"case": case, "start": "2026-03-01", "work": work})
    assert timeline.status_code == 200
    said = [w["msg"] for w in timeline.get_json()["warnings"]]
    assert said.count("engine.work.over_full_time") == 1
    assert said.count("se.sjukersattning.income_related_above_amount") == 1
    sweep = client.post("/api/v1/sweep", json={"case": case, "like": work, "step_percent": 25})
    assert sweep.status_code == 200
    said = [w["msg"] for w in sweep.get_json()["warnings"]]
    # the sweep runs 0-100 % of full time: nothing beyond it
    assert said == ["se.sjukersattning.income_related_above_amount"]


SE_WORKING = {"percent_of_full_time": "50", "hourly_wage": "150"}
SE_IDLE = {"percent_of_full_time": "0.00", "hourly_wage": "150"}


@pytest.mark.parametrize(
    ("what", "request_body", "status"),
    [
        ("work with hours", {"work": {"hours_per_week": "0.01", "hourly_wage": 150}}, 200),
        ("work with no hours", {"work": {"hours_per_week": 0, "hourly_wage": 150}}, 422),
        ("work at 0.00 %", {"work": SE_IDLE}, 422),
        ("no work, a scenario with hours", {"case": {"scenarios": [SE_IDLE, SE_WORKING]}}, 200),
        ("no work, no scenario with hours", {"case": {"scenarios": [SE_IDLE]}}, 422),
        ("no work, no scenario", {"case": {"scenarios": []}}, 422),
        ("work with hours, no scenario", {"work": SE_WORKING, "case": {"scenarios": []}}, 200),
        ("start in 9989-12", {"start": "9989-12-31", "months": 36}, 200),
        ("start in 9990", {"start": "9990-01-01"}, 422),
        ("rule date in 9989-11", {"case": {"rule_date": "9989-11-30"}, "months": 36}, 200),
        ("rule date in 9989-12", {"case": {"rule_date": "9989-12-01"}}, 422),
    ],
)
def test_a_timeline_states_what_it_needs(
    client: Any, what: str, request_body: dict[str, Any], status: int
) -> None:
    body = {**request_body, "case": {**base("se"), "scenarios": [SE_WORKING], **request_body.get("case", {})}}
    assert request_validator(client, "timeline").is_valid(body) == (status == 200), what
    r = client.post("/api/v1/timeline", json=body)
    assert r.status_code == status, (what, r.get_json().get("errors"))


def test_sweep_needs_like_or_a_scenario(client: Any) -> None:
    case = {**base("se"), "scenarios": []}
    v = request_validator(client, "sweep")
    assert not v.is_valid({"case": case})
    assert client.post("/api/v1/sweep", json={"case": case}).status_code == 422
    assert v.is_valid({"case": case, "like": SCENARIO})
    assert client.post("/api/v1/sweep", json={"case": case, "like": SCENARIO}).status_code == 200


@pytest.mark.parametrize("first", [date(2025, 1, 1), date(2025, 7, 1), date(2019, 10, 1), date(2099, 12, 1)])
def test_dates_from(first: date) -> None:
    pattern = re.compile(dates_from(first))
    for d in (
        "2019-09-30",
        "2019-10-01",
        "2024-12-31",
        "2025-01-01",
        "2025-06-30",
        "2025-07-01",
        "2099-11-30",
        "2099-12-01",
        "2100-01-01",
        "2999-12-31",
        "9999-12-31",
    ):
        assert bool(pattern.match(d)) == (date.fromisoformat(d) >= first), d
