"""Denmark in the web app: every example through the form (open the case file, calculate, read the
figures on the page), the Danish form's own errors at their fields, the ydelser's Danish names on
other-language pages, print and PDF.

The figures checked on the pages are the case files' hand-derived ones (tests/cases/dk/*.toml):
kh_forhoejet_35 not working 11.460 kr, 10 hours 14.033 kr; fleksjob_12_timer: fleksløntilskud
18.792 kr.
"""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest
from benefits_calc.web.i18n import LANGUAGES

from benefits_calc.engine import calculate, parse_case

EXAMPLES = Path(__file__).parents[2] / "examples" / "dk"
NAMES = sorted(p.name for p in EXAMPLES.glob("*.json"))


def csrf_token(client, url: str) -> str:
    html = client.get(url).get_data(as_text=True)
    m = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert m
    return m.group(1)


def open_case(client, name: str, lang: str = "da"):
    raw = (EXAMPLES / name).read_bytes()
    token = csrf_token(client, f"/{lang}/dk/")
    return client.post(
        f"/{lang}/dk/open",
        data={"csrf_token": token, "case_file": (io.BytesIO(raw), name)},
        content_type="multipart/form-data",
    )


def text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)).replace("\xa0", " ")


@pytest.mark.parametrize("name", NAMES)
def test_every_danish_example_opens_and_calculates_as_the_engine(client, name):
    r = open_case(client, name)
    html = r.get_data(as_text=True)
    assert r.status_code == 200, re.findall(r'class="error-msg"[^>]*>(.*?)</p>', html)
    assert 'id="results"' in html
    case = json.loads((EXAMPLES / name).read_text())
    assert f'name="person.age" value="{case["person"]["age"]}"' in html
    base = calculate(parse_case(case))[0]
    # The not-working net income, in Danish format (1.234 kr.)
    whole = f"{int(base.net_income.quantize(1)):,}".replace(",", ".")
    assert whole in text(html)


def test_the_kontanthjaelp_example_page_in_danish(client):
    html = text(open_case(client, "kh_forhoejet_35.json").get_data(as_text=True))
    assert "11.460" in html and "14.033" in html
    assert "Din kontanthjælp falder med 2.242 kr." in html
    assert "kr. om måneden" in html
    assert "LAS § 16" in html


def test_fleksjob_example_shows_the_tilskud(client):
    html = text(open_case(client, "fleksjob_12_timer.json").get_data(as_text=True))
    assert "18.792" in html


@pytest.mark.parametrize("lang", list(LANGUAGES))
def test_form_and_example_in_every_language(client, lang):
    r = client.get(f"/{lang}/dk/")
    assert r.status_code == 200
    html = r.get_data(as_text=True)
    assert 'name="kontanthjaelp.amount_month"' in html
    assert 'name="wage.full_time_hours" value="37"' in html
    r = client.get(f"/{lang}/dk/?example=1")
    assert r.status_code == 200
    html = r.get_data(as_text=True)
    if lang != "da":
        assert '<span lang="da">kontanthjælp</span>' in html or 'lang="da">kontanthjælp' in html
    if lang != "en":
        assert "Worked example" not in html


def test_start_page_links_denmark(client):
    html = client.get("/da/").get_data(as_text=True)
    assert 'href="/da/dk/"' in html


def post_form(client, lang="da", **fields):
    token = csrf_token(client, f"/{lang}/dk/")
    data = {
        "rule_date": "2026-03-01",
        "person.age": "35",
        "person.civil_status": "enlig",
        "housing.kind": "leje",
        "housing.heating": "separate",
        "kontanthjaelp.sats": "forhoejet",
        "kontanthjaelp.amount_month": "14.201",
        "ressourceforloeb.kind": "ressourceforloeb",
        "boligstoette.kind": "boligsikring",
        "wage.hourly": "150",
        "wage.full_time_hours": "37",
        "csrf_token": token,
        "form_lang": lang,
        "action": "calculate",
    }
    data.update(fields)
    return client.post(f"/{lang}/dk/", data=data)


def test_danish_thousands_are_read_as_thousands(client):
    r = post_form(client)
    assert r.status_code == 200
    assert "14.201" in text(r.get_data(as_text=True))


@pytest.mark.parametrize(
    ("fields", "field", "message"),
    [
        ({"person.civil_status": "gift"}, "person.civil_status", "Gift eller samlevende"),
        (
            {"person.age": "27", "kontanthjaelp.hjemmeboende": "on"},
            "kontanthjaelp.sats_month",
            "Beregneren kender ikke satsen for hjemmeboende",
        ),
        ({"kontanthjaelp.sats": "grundsats"}, "kontanthjaelp.sats", "Grundsats er for personer under 30 år"),
        ({"foertidspension.amount_month": "20000"}, "kontanthjaelp.amount_month", "Man kan kun få én af"),
    ],
)
def test_danish_case_errors_are_shown_at_their_fields(client, fields, field, message):
    r = post_form(client, **fields)
    assert r.status_code == 422
    html = r.get_data(as_text=True)
    fid = "f-" + field.replace(".", "-")
    assert f'id="{fid}-err"' in html
    assert message in html


def test_print_and_pdf(client):
    r = post_form(client, action="print")
    assert r.status_code == 200 and "kontanthjælp" in r.get_data(as_text=True)
    r = post_form(client, action="pdf")
    assert r.status_code == 200 and r.data[:4] == b"%PDF"
