"""Finland in the web app: every example through the form in every language (result, summary, PDF),
the names (Finnish case forms on Finnish pages, the official Swedish names on Swedish pages), the
start page and the API."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from benefits_calc.examples import cases
from benefits_calc.web import create_app
from benefits_calc.web.countries import get
from benefits_calc.web.forms import case_to_values
from benefits_calc.web.i18n import money

LANGS = ("fi", "sv", "da", "en")
EXAMPLES = cases("fi")


@pytest.fixture(scope="module")
def app():
    return create_app({"TESTING": True})


@pytest.fixture()
def client(app):
    return app.test_client()


def post(client, lang: str, name: str, action: str = "calculate"):
    html = client.get(f"/{lang}/fi/").get_data(as_text=True)
    token = re.search(r'name="csrf_token" value="([^"]+)"', html).group(1)
    with client.application.test_request_context(f"/{lang}/fi/"):
        values = case_to_values(EXAMPLES[name], get("fi").form, lang)
    return client.post(
        f"/{lang}/fi/", data={**values, "form_lang": lang, "action": action, "csrf_token": token}
    )


def test_start_page_links_finland(client):
    for lang in LANGS:
        assert f'href="/{lang}/fi/"' in client.get(f"/{lang}/").get_data(as_text=True)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_every_example_through_the_form(client, lang, name):
    r = post(client, lang, name)
    assert r.status_code == 200
    html = r.get_data(as_text=True)
    assert 'id="results"' in html and 'class="error-summary"' not in html, name
    assert "<svg" in html


@pytest.mark.parametrize("lang", LANGS)
def test_example_page_in_every_language(client, lang):
    html = client.get(f"/{lang}/fi/?example=1").get_data(as_text=True)
    assert 'id="results"' in html
    # 8 h × 13 € × 52/12 = 450,67 € a month, formatted for the locale
    assert money(Decimal("450.67"), "EUR", lang) in html
    if lang == "fi":
        assert "kansaneläkettä" in html or "Kansaneläkkeesi" in html
        assert "Kela" in html
    elif lang == "sv":
        assert "folkpension" in html and "garantipension" in html and "FPA" in html
    else:
        assert 'lang="fi"' in html and "kansaneläke" in html  # the Finnish name, marked as Finnish


@pytest.mark.parametrize("lang", ("fi", "sv"))
def test_summary_and_pdf(client, lang):
    r = post(client, lang, "kela_elake_takuuelake_eat.json", "print")
    assert r.status_code == 200
    assert "2026" in r.get_data(as_text=True)
    r = post(client, lang, "kela_elake_takuuelake_eat.json", "pdf")
    assert r.mimetype == "application/pdf" and r.data[:5] == b"%PDF-"


def test_api_and_schema(client):
    r = client.post("/api/v1/calculate", json=EXAMPLES["kela_elake_takuuelake_eat.json"])
    assert r.status_code == 200
    body = r.get_json()
    assert body["country"] == "fi" and body["outcomes"][0]["currency"] == "EUR"
    assert client.get("/api/v1/schema/fi").status_code == 200
    params = client.get("/api/v1/parameters/fi?date=2026-06-01").get_json()
    assert any(p["name"] == "fi_te_full" for p in params["parameters"])
    bad = dict(EXAMPLES["kela_elake_takuuelake_eat.json"])
    bad["person"] = {"age": 40}
    r = client.post("/api/v1/calculate", json=bad)
    assert r.status_code == 422
