"""Every way in takes bad input without a 500: the form, the case file upload, the query strings,
the API; answers write amounts plainly (no exponent, no negative zero); an error echoes little.

Run for every registered country (se, dk, fi).
"""

from __future__ import annotations

import io
import json
import re
from decimal import Decimal
from typing import Any

import pytest
from benefits_calc.examples import cases as example_cases
from benefits_calc.web import countries
from benefits_calc.web.api_problems import MAX_ERRORS, MAX_KEY

from benefits_calc import engine

LANGS = {"se": "sv", "dk": "da", "fi": "fi"}
DEEP = "[" * 100_000 + "]" * 100_000  # deeper than any JSON parser's recursion limit
DEEP_OBJECT = '{"a":' * 30_000 + "1" + "}" * 30_000  # 180 KB: under the 256 KiB limit
PLAIN = re.compile(r"^([0-9]+(\.[0-9]+)?|-[0-9]*[1-9][0-9]*(\.[0-9]+)?|-[0-9]+\.[0-9]*[1-9][0-9]*)$")
ODD = [
    "",
    " ",
    "\x00",
    "\ufffd\u202e",
    "٣",
    "1e999999",
    "-0",
    "NaN",
    "x" * 5000,
    "<script>",
    "%s%n",
    "../../etc",
]


def example(cc: str) -> dict[str, Any]:
    return json.loads(json.dumps(example_cases(cc)[countries.get(cc).example]))


def token(client: Any, url: str) -> str:
    m = re.search(r'name="csrf_token" value="([^"]+)"', client.get(url).get_data(as_text=True))
    assert m
    return m.group(1)


# --- the case file upload --------------------------------------------------------------------------


@pytest.mark.parametrize("cc", sorted(LANGS))
@pytest.mark.parametrize(
    "content",
    [DEEP, DEEP_OBJECT, "[]", "null", "{", '{"country": 5}', "\xff\xfe", '{"scenarios": ' + DEEP + "}"],
    ids=["deep-array", "deep-object", "array", "null", "broken", "country-number", "not-utf8", "deep-inside"],
)
def test_opening_a_bad_case_file_is_a_translated_422(client: Any, cc: str, content: str) -> None:
    lang = LANGS[cc]
    url = f"/{lang}/{cc}/"
    data = content.encode("latin-1") if content == "\xff\xfe" else content.encode()
    r = client.post(
        url + "open",
        data={"csrf_token": token(client, url), "case_file": (io.BytesIO(data), "case.json")},
        content_type="multipart/form-data",
    )
    assert r.status_code == 422, r.status_code
    html = r.get_data(as_text=True)
    assert f'<html lang="{lang}">' in html
    assert 'id="results"' not in html


def test_deep_case_file_message_is_the_unreadable_file_message(client: Any) -> None:
    """The same words as any other file that is not a saved case, in each language."""
    seen = set()
    for lang in ("sv", "da", "fi", "en"):
        url = f"/{lang}/se/"
        r = client.post(
            url + "open",
            data={"csrf_token": token(client, url), "case_file": (io.BytesIO(DEEP.encode()), "c.json")},
            content_type="multipart/form-data",
        )
        broken = client.post(
            url + "open",
            data={"csrf_token": token(client, url), "case_file": (io.BytesIO(b"{"), "c.json")},
            content_type="multipart/form-data",
        )
        msgs = re.findall(r"<li>([^<]+)</li>", r.get_data(as_text=True))
        assert msgs and msgs == re.findall(r"<li>([^<]+)</li>", broken.get_data(as_text=True))
        seen.add(msgs[0])
    assert len(seen) == 4


# --- the form and the query strings ----------------------------------------------------------------


@pytest.mark.parametrize("cc", sorted(LANGS))
def test_odd_values_in_every_form_field_never_give_a_500(client: Any, cc: str) -> None:
    spec = countries.get(cc).form
    url = f"/{LANGS[cc]}/{cc}/"
    t = token(client, url)
    for i, value in enumerate(ODD):
        data = {name: value for name in spec.fields}
        data.update(
            {"csrf_token": t, "action": ("calculate", "pdf", "save", "switch", "print", value)[i % 6]}
        )
        data["form_lang"] = value
        r = client.post(url, data=data)
        assert r.status_code < 500, (value[:20], r.status_code)


@pytest.mark.parametrize(
    "path",
    [
        "/?x=%00",
        "/sv/se/?example=%ff",
        "/da/dk/?example=1&example=2",
        "/fi/xx/",
        "/xx/se/",
        "/api/v1/parameters/se?date=2026-13-45",
        "/api/v1/parameters/dk?date=%00",
        "/api/v1/parameters/fi?date=1900-01-01",
        "/api/v1/parameters/se?date=" + "9" * 5000,
        "/api/v1/schema/zz",
        "/healthz?x=1",
    ],
)
def test_odd_query_strings_never_give_a_500(client: Any, path: str) -> None:
    r = client.get(path, headers={"Accept-Language": "xx;q=abc, ,;;"})
    assert r.status_code < 500


# --- the API ------------------------------------------------------------------------------------


@pytest.mark.parametrize("cc", sorted(LANGS))
@pytest.mark.parametrize(
    "body", [DEEP, DEEP_OBJECT, '{"case": ' + DEEP + "}"], ids=["array", "object", "inside"]
)
def test_api_deep_json_is_400(client: Any, cc: str, body: str) -> None:
    for path in ("/api/v1/calculate", "/api/v1/sweep"):
        r = client.post(path, data=body, content_type="application/json")
        assert r.status_code in (400, 422), (path, r.status_code)
        assert r.mimetype == "application/problem+json"


def decimal_strings(data: Any, key: str = "") -> list[tuple[str, str]]:
    """Every string in an answer that is a number (what a key such as amount, earnings … holds)."""
    out: list[tuple[str, str]] = []
    if isinstance(data, dict):
        for k, v in data.items():
            out += decimal_strings(v, k)
    elif isinstance(data, list):
        for v in data:
            out += decimal_strings(v, key)
    elif isinstance(data, str) and re.fullmatch(r"[-+0-9.eE]+", data) and re.search(r"[0-9]", data):
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", data):
            out.append((key, data))
    return out


@pytest.mark.parametrize("cc", sorted(LANGS))
def test_negative_zero_and_exponents_never_come_back(client: Any, cc: str) -> None:
    case = example(cc)
    # JSON numbers -0, -0.0 and 0e999999999 are zero; 1e2 is 100 (the schema's type number)
    like = next(s for s in case["scenarios"] if s.get("percent_of_full_time") not in ("0", 0))
    wage = "hourly_wage" if "hourly_wage" in like else "monthly_wage_full_time"
    raw = json.dumps({**case, "scenarios": [{"percent_of_full_time": "__P__", wage: like[wage]}]})
    for zero in ("-0", "-0.0", "0e999999999", "0E-5"):
        r = client.post(
            "/api/v1/calculate", data=raw.replace('"__P__"', zero), content_type="application/json"
        )
        assert r.status_code == 200, r.get_data(as_text=True)[:300]
        found = decimal_strings(r.get_json())
        assert found
        bad = [(k, v) for k, v in found if not PLAIN.fullmatch(v)]
        assert not bad, bad[:5]
        # a 0 % scenario takes the place of the comparison (not working)
        [shown] = [o["scenario"]["percent_of_full_time"] for o in r.get_json()["outcomes"]]
        assert Decimal(shown) == 0 and PLAIN.fullmatch(shown)
    r = client.post(
        "/api/v1/sweep",
        data=json.dumps({"case": case, "like": {**like, wage: like[wage]}}).replace('"step_percent"', '"x"')[
            :-1
        ]
        + ', "step_percent": 1e1}',
        content_type="application/json",
    )
    assert r.status_code == 200, r.get_data(as_text=True)[:300]
    assert Decimal(r.get_json()["step_percent"]) == 10 and PLAIN.fullmatch(r.get_json()["step_percent"])
    assert not [(k, v) for k, v in decimal_strings(r.get_json()) if not PLAIN.fullmatch(v)]


@pytest.mark.parametrize("cc", sorted(LANGS))
def test_amounts_without_steps(client: Any, cc: str) -> None:
    case = example(cc)
    full = client.post("/api/v1/calculate", json=case).get_json()
    bare = client.post("/api/v1/calculate?steps=false", json=case).get_json()
    assert len(json.dumps(bare)) * 2 < len(json.dumps(full))
    for f, b in zip(full["outcomes"], bare["outcomes"], strict=True):
        assert "steps" not in b and "parameters" not in b and "steps" not in b["tax"]
        assert all("steps" not in x for x in b["benefits"] + b["costs"])
        # the same amounts, warnings and duties
        for key in (
            "earnings",
            "net_income",
            "in_hand",
            "change_vs_not_working",
            "warnings",
            "reporting_duties",
        ):
            assert f[key] == b[key], key
        assert [x["amount"] for x in f["benefits"]] == [x["amount"] for x in b["benefits"]]
        assert f["tax"]["amount"] == b["tax"]["amount"]
        assert f["unverified_parameters"] == b["unverified_parameters"]
    r = client.post("/api/v1/calculate?steps=no", json=case)
    assert r.status_code == 422
    assert r.get_json()["errors"][0]["pointer"] == "#/steps"


def test_an_error_echoes_at_most_twenty_fields_and_short_keys(client: Any) -> None:
    body: dict[str, Any] = {**example("se")}
    body.update({f"k{i:05d}": 1 for i in range(20_000)})
    r = client.post("/api/v1/calculate", json=body)
    assert r.status_code == 422
    problem = r.get_json()
    assert problem["errors_total"] == 20_000
    assert len(problem["errors"]) == MAX_ERRORS == 20
    assert len(r.data) < 5_000
    long_key = {**example("dk"), "x" * 5_000: 1}
    problem = client.post("/api/v1/calculate", json=long_key).get_json()
    assert [len(e["field"]) for e in problem["errors"]] == [MAX_KEY]
    assert "errors_total" not in problem


def test_every_country_is_covered() -> None:
    assert set(LANGS) == set(engine.COUNTRIES)
