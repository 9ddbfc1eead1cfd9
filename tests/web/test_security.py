"""Hardening of the whole app: security headers, size limit, CSRF on forms, log hygiene.

Log hygiene: recognisable figures and free text go in through every door (valid and invalid API
bodies, broken JSON, a failing calculation, a ValidationError in a page, every form POST of the UI)
and must not appear in anything logged.
"""

from __future__ import annotations

import json
import logging
import re
from typing import Any

import pytest
from benefits_calc.web import create_app
from benefits_calc.web.security import RedactExceptionFilter, StripQueryFilter, describe_exception
from flask import Flask
from pydantic import ValidationError

from benefits_calc import engine

# Figures and text no one else would send: none may appear in the logs.
MARKERS = ("7319.47", "187.23", "Zebra-Quokka-91", "4747", "Fjällräv-Östmark")

CASE: dict[str, Any] = {
    "country": "se",
    "rule_date": "2026-01-01",
    "person": {"age": 47},
    "housing": {"housing_cost_month": "7319.47"},
    "scenarios": [{"label": "Zebra-Quokka-91", "hours_per_week": 20, "hourly_wage": "187.23"}],
}


def csp_directives(value: str) -> dict[str, list[str]]:
    out = {}
    for part in value.split(";"):
        words = part.split()
        if words:
            out[words[0]] = words[1:]
    return out


# --- headers -----------------------------------------------------------------------------------


def check_headers(resp: Any) -> None:
    h = resp.headers
    csp = csp_directives(h["Content-Security-Policy"])
    assert "'unsafe-inline'" not in h["Content-Security-Policy"]
    assert "'unsafe-eval'" not in h["Content-Security-Policy"]
    assert csp["frame-ancestors"] == ["'none'"]
    for d in ("script-src", "style-src"):
        # either explicit 'self'/'none', or inherited from a default-src without inline
        assert csp.get(d, csp["default-src"]) in (["'self'"], ["'none'"])
    assert h["X-Content-Type-Options"] == "nosniff"
    assert h["Referrer-Policy"] == "no-referrer"
    assert h["X-Frame-Options"] == "DENY"


@pytest.mark.parametrize("path", ["/api/v1/", "/api/v1/openapi.json", "/api/v1/nope", "/", "/no-such-page"])
def test_security_headers_everywhere(client: Any, path: str) -> None:
    check_headers(client.get(path))


def test_security_headers_on_api_errors(client: Any) -> None:
    check_headers(client.post("/api/v1/calculate", data="x", content_type="text/plain"))
    check_headers(client.post("/api/v1/calculate", json={"country": "se"}))


def test_api_csp_allows_nothing(client: Any) -> None:
    csp = csp_directives(client.get("/api/v1/").headers["Content-Security-Policy"])
    assert csp["default-src"] == ["'none'"]


def test_ui_pages_have_no_inline_script_or_style(client: Any) -> None:
    """The CSP forbids inline script and style: the pages must not need them."""
    checked = 0
    for path in ("/", "/en/", "/sv/se/", "/en/se/?example=1"):
        r = client.get(path, follow_redirects=True)
        if r.status_code != 200 or r.mimetype != "text/html":
            continue
        check_headers(r)
        html = r.get_data(as_text=True)
        assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html, re.I), path
        assert not re.search(r"<style\b", html, re.I), path
        assert not re.search(r"\sstyle\s*=", html, re.I), path
        assert not re.search(r"\son[a-z]+\s*=", html, re.I), path
        assert not re.search(r"javascript:", html, re.I), path
        checked += 1
    if checked == 0:
        pytest.skip("no UI pages yet")


def test_no_store_except_static(client: Any, app: Flask) -> None:
    assert client.get("/api/v1/").headers["Cache-Control"] == "no-store"
    assert client.get("/").headers["Cache-Control"] == "no-store"
    if app.has_static_folder:
        r = client.get("/static/style.css")
        if r.status_code == 200:
            assert "no-store" not in r.headers.get("Cache-Control", "")


def test_hsts_only_over_https(client: Any) -> None:
    assert "Strict-Transport-Security" not in client.get("/api/v1/").headers
    r = client.get("/api/v1/", base_url="https://localhost")
    assert r.headers["Strict-Transport-Security"].startswith("max-age=")


def test_request_size_is_limited(app: Flask, client: Any) -> None:
    limit = app.config["MAX_CONTENT_LENGTH"]
    assert 0 < limit <= 1024 * 1024
    r = client.post("/api/v1/sweep", data=b"{" + b" " * limit + b"}", content_type="application/json")
    assert r.status_code == 413


# --- CSRF --------------------------------------------------------------------------------------


def test_api_is_exempt_but_forms_are_protected(stub_pipeline: Any) -> None:
    app = create_app({"TESTING": True, "WTF_CSRF_ENABLED": True})
    client = app.test_client()
    assert client.post("/api/v1/calculate", json=CASE).status_code == 200
    if "csrf" not in app.extensions:
        pytest.skip("the UI has not installed CSRFProtect yet")
    form_posts = [
        r for r in app.url_map.iter_rules() if "POST" in r.methods and not r.rule.startswith("/api/")
    ]
    for rule in form_posts:
        url = _build(app, rule)
        if url is None:
            continue
        r = client.post(url, data={"person-age": "40"})
        assert r.status_code == 400, url  # no CSRF token


# --- logs --------------------------------------------------------------------------------------


def _build(app: Flask, rule: Any) -> str | None:
    values = {"lang": "en", "cc": "se", "country": "se"}
    try:
        with app.test_request_context():
            from flask import url_for

            return url_for(rule.endpoint, **{a: values.get(a, "x") for a in rule.arguments})
    except Exception:
        return None


def _form_data() -> dict[str, str]:
    return {
        "person-age": "47",
        "age": "47",
        "housing-housing_cost_month": "7319.47",
        "housing_cost_month": "7319.47",
        "hourly_wage": "187.23",
        "scenario-0-hourly_wage": "187.23",
        "label": "Zebra-Quokka-91",
        "notes": "Fjällräv-Östmark 4747",
        "action": "calculate",
    }


def assert_no_markers(caplog: pytest.LogCaptureFixture) -> None:
    texts = [caplog.text]
    for rec in caplog.records:
        texts.append(rec.getMessage())
        texts.append(rec.exc_text or "")
        if rec.exc_info and rec.exc_info[1] is not None:
            texts.append(str(rec.exc_info[1]))
    blob = "\n".join(texts)
    for m in MARKERS:
        assert m not in blob, f"{m!r} leaked into the logs"


def test_no_client_figures_or_text_in_logs(
    caplog: pytest.LogCaptureFixture, stub_pipeline: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    caplog.set_level(logging.DEBUG)
    app = create_app({"TESTING": False, "WTF_CSRF_ENABLED": False, "PROPAGATE_EXCEPTIONS": False})

    @app.get("/_test/validation-error")
    def _raise_validation_error() -> str:
        # a page that lets a pydantic error escape: its text holds the submitted values
        engine.parse_case({**CASE, "person": {"age": 4747}, "extra": "Fjällräv-Östmark"})
        return "unreachable"

    client = app.test_client()
    body = json.dumps(CASE)
    bad = {**CASE, "person": {"age": 4747}, "colour": "Fjällräv-Östmark"}

    assert client.post("/api/v1/calculate", data=body, content_type="application/json").status_code == 200
    assert client.post("/api/v1/sweep", json={"case": CASE, "step_percent": 25}).status_code == 200
    assert client.post("/api/v1/calculate", json=bad).status_code == 422
    assert client.post("/api/v1/sweep", json={"case": bad}).status_code == 422
    assert (
        client.post("/api/v1/calculate", data=body[:-5], content_type="application/json").status_code == 400
    )
    assert client.post("/api/v1/calculate", data=body, content_type="text/plain").status_code == 415
    assert client.get("/api/v1/parameters/se?date=7319-47-01").status_code == 422

    stub_pipeline.fail = ValueError("cannot compute 7319.47 for Zebra-Quokka-91 (Fjällräv-Östmark)")
    assert client.post("/api/v1/calculate", data=body, content_type="application/json").status_code == 500
    stub_pipeline.fail = None

    assert client.get("/_test/validation-error").status_code == 500

    for rule in app.url_map.iter_rules():
        if "POST" in rule.methods and not rule.rule.startswith("/api/"):
            url = _build(app, rule)
            if url is not None:
                client.post(url, data=_form_data())
                client.post(url + "?wage=187.23", data=_form_data())

    # the failures were logged - by type and place, not by content
    assert "ValueError" in caplog.text and "incident" in caplog.text
    assert "ValidationError" in caplog.text
    assert_no_markers(caplog)


def test_redact_filter_keeps_type_and_place_not_message(caplog: pytest.LogCaptureFixture) -> None:
    logger = logging.getLogger("test.redact")
    logger.addFilter(RedactExceptionFilter())
    caplog.set_level(logging.INFO)
    try:
        try:
            engine.parse_case({**CASE, "person": {"age": 4747}})
        except ValidationError as exc:
            raise RuntimeError("while handling Zebra-Quokka-91") from exc
    except RuntimeError:
        logger.exception("failed for case %s", "id-1")
    rec = caplog.records[-1]
    assert "failed for case id-1" in rec.getMessage()
    assert "RuntimeError" in rec.getMessage() and "ValidationError" in rec.getMessage()
    assert "test_security.py" in rec.getMessage()
    assert_no_markers(caplog)


def test_describe_exception_without_traceback() -> None:
    assert describe_exception(ValueError("Zebra-Quokka-91")) == "builtins.ValueError at ?"


def test_werkzeug_access_lines_lose_the_query_string() -> None:
    rec = logging.LogRecord(
        "werkzeug", logging.INFO, __file__, 1, '%s - - "%s" %s %s',
        ("127.0.0.1", "POST /en/se/?wage=187.23&label=Zebra-Quokka-91 HTTP/1.1", "200", "-"), None,
    )  # fmt: skip
    StripQueryFilter().filter(rec)
    assert rec.getMessage() == '127.0.0.1 - - "POST /en/se/ HTTP/1.1" 200 -'
    styled = logging.LogRecord(
        "werkzeug", logging.INFO, __file__, 1, "%s", ("\x1b[1mGET /x?a=187.23 HTTP/1.1\x1b[0m",), None
    )
    StripQueryFilter().filter(styled)
    assert "187.23" not in styled.getMessage() and "GET /x HTTP/1.1" in styled.getMessage()


UI_FORM = {
    "rule_date": "2026-03-01",
    "person.age": "47",
    "housing.housing_cost_month": "7319.47",
    "sjukersattning.kind": "sjukersattning",
    "sjukersattning.level": "1/1",
    "sjukersattning.amount_month": "13 715",
    "wage.hourly": "187.23",
    "wage.full_time_hours": "40",
    "custom.0.hours": "16",
    "counsellor.name": "Zebra-Quokka-91",
}


def test_no_client_figures_in_logs_with_the_real_rules(caplog: pytest.LogCaptureFixture) -> None:
    """The same with the real pipeline, through the API and the UI's form (every action)."""
    pytest.importorskip("benefits_calc.rules.se.pipeline")
    caplog.set_level(logging.DEBUG)
    app = create_app({"TESTING": False, "WTF_CSRF_ENABLED": False, "PROPAGATE_EXCEPTIONS": False})
    client = app.test_client()
    assert client.post("/api/v1/calculate", json=CASE).status_code == 200
    assert client.post("/api/v1/sweep", json={"case": CASE}).status_code == 200
    for action in ("calculate", "print", "save", "switch"):
        client.post("/sv/se/", data={**UI_FORM, "action": action})
        client.post("/en/se/", data={**UI_FORM, "action": action, "person.age": "4747"})
    assert_no_markers(caplog)
