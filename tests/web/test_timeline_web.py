"""The timeline on the result page, in the client's summary, in the API and on the command line
(issue 10). The numbers are tested in tests/rules/<cc>/test_*_timeline.py; here: that each place
shows them, in every language, and that bad input gives a clear answer."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path
from typing import Any

import pytest
from benefits_calc.examples import cases as example_cases
from benefits_calc.web.i18n import LANGUAGES
from benefits_calc.web.openapi import TIMELINE_EXAMPLES
from pypdf import PdfReader
from test_ui import post

from benefits_calc.cli import main
from benefits_calc.schema import TimelineResponse

ROOT = Path(__file__).resolve().parents[2]
# The month names the page writes for March 2026 and for April 2026 (Babel, stand-alone form).
MARCH = {"sv": "mars 2026", "da": "marts 2026", "fi": "maaliskuu 2026", "en": "March 2026"}


def _section(html: str, marker: str) -> str:
    i = html.index(marker)
    return html[i : html.index("</section>", i)]


def _text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


@pytest.mark.parametrize("cc", ["se", "dk", "fi"])
def test_every_form_has_the_first_day_of_work(client: Any, cc: str) -> None:
    html = client.get(f"/sv/{cc}/").get_data(as_text=True)
    assert 'name="timeline.start"' in html and 'id="f-timeline-start"' in html


@pytest.mark.parametrize("lang", list(LANGUAGES))
def test_result_page_shows_events_and_the_month_table(client: Any, lang: str) -> None:
    """The form's case (hel sjukersättning 13 715 kr, bostadstillägg) and its own scenario of 16
    hours from 1 March 2026: the sjukersättning rests, the table runs March 2026 - February 2028."""
    r = post(client, lang, **{"timeline.start": "2026-03-01"})
    assert r.status_code == 200
    html = r.get_data(as_text=True)
    section = _section(html, 'id="timeline-h"')
    text = _text(section)
    assert MARCH[lang] in text
    assert 'class="params timeline-months"' in section
    # the events: what happens, and what to do before it, with the law
    assert "SFB 36 kap. 10-14, 18 §§" in section
    assert section.count("<li") >= 3
    # the table's rows: before work, then runs of months with the same amounts
    rows = re.findall(r"<tr>\s*<th scope=\"row\">", section)
    assert 2 <= len(rows) <= 25


def test_a_date_that_cannot_be_read_is_said_and_the_default_used(client: Any) -> None:
    r = post(client, "en", **{"timeline.start": "1st of March"})
    assert r.status_code == 200
    section = _section(r.get_data(as_text=True), 'id="timeline-h"')
    assert "could not be read as a date" in section
    # the form's rule date is 1 March 2026, so the first of the next month is April 2026
    assert "April 2026" in _text(section)


def test_a_date_before_the_rules_is_said_and_the_default_used(client: Any) -> None:
    r = post(client, "en", **{"timeline.start": "2001-01-01"})
    assert r.status_code == 200
    assert "no rules for that first day of work" in _section(r.get_data(as_text=True), 'id="timeline-h"')


def test_no_timeline_for_not_working(client: Any) -> None:
    r = post(client, "en", explain="0")
    section = _section(r.get_data(as_text=True), 'id="timeline-h"')
    assert "Choose a scenario with work" in section and "timeline-months" not in section


@pytest.mark.parametrize("lang", list(LANGUAGES))
def test_summary_lists_what_happens_when(client: Any, lang: str) -> None:
    html = post(client, lang, action="print", **{"timeline.start": "2026-03-01"}).get_data(as_text=True)
    section = _section(html, 'class="timeline-summary"')
    assert MARCH[lang] in _text(section)
    assert "<table" not in section  # the events only, no month table


def test_pdf_summary_has_the_events(client: Any) -> None:
    r = post(client, "en", action="pdf", **{"timeline.start": "2026-03-01"})
    assert r.status_code == 200
    pages = PdfReader(io.BytesIO(r.data)).pages
    text = " ".join(p.extract_text() for p in pages)
    assert "What happens when" in text and "March 2026" in text


# --- API ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(TIMELINE_EXAMPLES))
def test_timeline_examples_in_the_documented_shape(client: Any, name: str) -> None:
    r = client.post("/api/v1/timeline", json=TIMELINE_EXAMPLES[name]["value"])
    assert r.status_code == 200, r.get_json()
    body = r.get_json()
    TimelineResponse.model_validate(body)
    assert body["months_count"] == 24 and body["events"][0]["kind"] == "start"


def test_timeline_with_a_scenario_and_start(client: Any) -> None:
    case = example_cases("se")["single_sjukersattning_garanti.json"]
    r = client.post(
        "/api/v1/timeline",
        json={
            "case": case,
            "work": {"hours_per_week": "10", "hourly_wage": "150"},
            "start": "2026-07-01",
            "months": 30,
        },
    )
    assert r.status_code == 200
    body = r.get_json()
    assert body["start"] == "2026-07-01" and len(body["months"]) == 30
    # 10 h: a quarter of the sjukersättning rests: 11 143 kr (tests/rules/se/test_se_timeline.py)
    assert body["months"][0]["benefits"]["se.sjukersattning"] == "11143"
    vilande = next(e for e in body["events"] if e["msg"] == "se.tl.vilande.start")
    assert vilande["action"]["by"] == "2026-06-30" and vilande["law"] == "SFB 36 kap. 10-14, 18 §§"
    assert vilande["references"] and vilande["verified"] is True


@pytest.mark.parametrize(
    ("change", "pointer"),
    [
        ({"months": 12}, "#/months"),
        ({"months": 37}, "#/months"),
        ({"start": "2026-13-01"}, "#/start"),
        ({"work": {"hours_per_week": "0", "hourly_wage": "150"}}, "#/work"),
        ({"surprise": 1}, "#/surprise"),
    ],
)
def test_timeline_bad_requests_name_the_field(client: Any, change: dict[str, Any], pointer: str) -> None:
    body = {"case": example_cases("se")["single_sjukersattning_garanti.json"], **change}
    r = client.post("/api/v1/timeline", json=body)
    assert r.status_code == 422
    assert pointer in {e["pointer"] for e in r.get_json()["errors"]}


def test_timeline_without_work_in_the_case_is_422(client: Any) -> None:
    case = {**example_cases("se")["single_sjukersattning_garanti.json"], "scenarios": []}
    r = client.post("/api/v1/timeline", json={"case": case})
    assert r.status_code == 422 and r.get_json()["errors"][0]["pointer"] == "#/work"


def test_timeline_start_before_the_rules_is_out_of_coverage(client: Any) -> None:
    case = example_cases("se")["single_sjukersattning_garanti.json"]
    r = client.post("/api/v1/timeline", json={"case": case, "start": "2001-01-01"})
    assert r.status_code == 422
    assert r.get_json()["type"].endswith("out-of-coverage")
    assert r.get_json()["errors"][0]["pointer"] == "#/start"


def test_timeline_past_the_calendar_is_422(client: Any) -> None:
    case = {**example_cases("se")["single_sjukersattning_garanti.json"], "rule_date": "9999-06-01"}
    r = client.post("/api/v1/timeline", json={"case": case})
    assert r.status_code == 422 and r.get_json()["errors"][0]["pointer"] == "#/case/rule_date"


# --- CLI ------------------------------------------------------------------------------------------


def test_cli_timeline(capsys: Any) -> None:
    path = ROOT / "examples" / "se" / "single_sjukersattning_garanti.json"
    code = main(["timeline", str(path), "--start", "2026-07-01", "--hours", "10", "--hourly-wage", "150"])
    assert code == 0
    out = json.loads(capsys.readouterr().out)
    TimelineResponse.model_validate(out)
    assert out["months"][0]["benefits"]["se.sjukersattning"] == "11143"


def test_cli_timeline_refuses_bad_options(capsys: Any) -> None:
    path = str(ROOT / "examples" / "se" / "single_sjukersattning_garanti.json")
    with pytest.raises(SystemExit):
        main(["timeline", path, "--months", "6"])
    with pytest.raises(SystemExit):
        main(["timeline", path, "--hours", "10"])  # hours without a wage
    assert main(["timeline", path, "--start", "2001-01-01"]) == 1  # a date outside the rules: input


def test_timeline_case_date_before_the_rules_names_the_case_date(client: Any) -> None:
    case = {**example_cases("se")["single_sjukersattning_garanti.json"], "rule_date": "2001-01-01"}
    r = client.post("/api/v1/timeline", json={"case": case, "start": "2026-07-01"})
    assert r.status_code == 422 and r.get_json()["errors"][0]["pointer"] == "#/case/rule_date"
