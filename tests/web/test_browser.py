"""The main journey in a real browser (Debian's chromium driven by Playwright, headless):
choose language and country, fill in the form, see the table and the worked example, open the
print view, download the PDF and read its text. No JavaScript is needed by the app; the browser
is here to prove that plain HTML forms, buttons (formaction/formtarget) and downloads work.

Skips only when /usr/bin/chromium is missing and CI is not set (the CI script installs it).

Hand calculation checked on the page (benefits_calc/models.py: a month is 52/12 weeks):
    20 h/week x 150 kr/h x 52 / 12 = 13 000 kr a month before tax
"""

from __future__ import annotations

import io
import os
import re
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SHOTS = os.environ.get("BENEFITS_CALC_SCREENSHOTS")  # a folder: save the walkthrough's screenshots

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists() and not os.environ.get("CI"),
        reason="chromium not installed (apt-get install -y chromium); CI installs it",
    ),
]


@pytest.fixture(scope="module")
def live_server() -> Iterator[str]:
    from benefits_calc.web import create_app
    from werkzeug.serving import make_server

    app = create_app({"TESTING": True})
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=ARGS)
        try:
            yield b
        finally:
            b.close()


def fill(page, selector: str, value: str) -> None:
    """Fill a field as a user would: first open the closed box it is in (a decision letter the
    client has, the partner, children, own scenarios), by its summary."""
    box = page.locator("details", has=page.locator(selector))
    for i in range(box.count()):
        d = box.nth(i)
        if d.get_attribute("open") is None:
            d.locator("> summary").click()
    field = page.locator(selector)
    if field.evaluate("e => e.tagName") == "SELECT":
        field.select_option(value)
    else:
        field.fill(value)


def _shot(page, name: str, **kwargs) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(SHOTS) / name), **kwargs)


def test_main_journey(live_server, browser, tmp_path):
    from pypdf import PdfReader

    context = browser.new_context(viewport={"width": 1280, "height": 900}, java_script_enabled=False)
    page = context.new_page()

    # choose language and country
    page.goto(live_server + "/en/")
    page.get_by_role("link", name="svenska").first.click()
    assert page.locator("html").get_attribute("lang") == "sv"
    page.get_by_role("link", name="Sverige", exact=True).click()
    assert re.search(r"/sv/se/$", page.url)

    # fill in the form the way the decision letters are organised
    page.fill("#f-rule_date", "2026-03-01")
    page.fill("#f-person-age", "45")
    page.get_by_label("Hyra eller boendekostnad").fill("7 000")  # label reads "… (måste fyllas i)"
    # the boxes the client may not have are closed: open each by its summary, as a user would
    fill(page, "#f-sjukersattning-amount_month", "13 715")
    fill(page, "#f-bostadstillagg-amount_month", "6 200")
    page.get_by_label("Timlön", exact=True).fill("150")
    fill(page, "#f-custom-0-hours", "20")
    fill(page, "#f-counsellor-name", "Anna Handledare")
    page.get_by_label("Handledarens telefon eller e-post").fill("070-123 45 67")
    page.fill("input[name='actions.0.who']", "Kim")
    page.fill("input[name='actions.0.what']", "Ansök om vilande sjukersättning")
    page.fill("input[name='actions.0.when']", "1 april")
    _shot(page, "walkthrough-1-form.png")
    page.get_by_role("button", name="Räkna ut").click()

    # the table and the worked example
    table = page.locator("table.scenarios")
    assert table.is_visible()
    # 0, 25, 75, 100 % and the custom 20 h, which stands in for the 50 % row it repeats
    assert table.locator("tbody tr").count() == 5
    worked = page.locator("ol.worked").inner_text()
    flat = re.sub(r"\s+", " ", worked)
    assert (
        "Om du arbetar 20 timmar i veckan för 150 kr i timmen tjänar du 13 000 kr i månaden före skatt."
        in flat
    )
    assert "Sammanlagt har du" in flat
    assert page.locator("svg.chart").is_visible()
    assert page.get_by_role("heading", name="Vad som ska anmälas, till vem och när").is_visible()
    _shot(page, "walkthrough-2-result.png", full_page=False)

    # the print view opens in a new tab (formtarget=_blank), in large print
    with context.expect_page() as new_page:
        page.get_by_role("button", name="Skriv ut sammanfattning").click()
    summary = new_page.value
    summary.wait_for_load_state()
    text = re.sub(r"\s+", " ", summary.locator("body").inner_text())
    assert "Din beräkning av ersättningar" in text
    assert "Anna Handledare" in text and "070-123 45 67" in text
    assert "Reglerna gäller för 2026" in text
    assert "Ansök om vilande sjukersättning" in text
    _shot(summary, "walkthrough-4-summary.png")
    summary.close()

    # the PDF download: same summary, text readable
    with page.expect_download() as dl:
        page.get_by_role("button", name="Ladda ner PDF").click()
    path = tmp_path / "summary.pdf"
    dl.value.save_as(path)
    assert path.read_bytes()[:5] == b"%PDF-"
    pdf_text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(path.read_bytes())).pages)
    pdf_flat = re.sub(r"\s+", " ", pdf_text)
    assert "Anna Handledare" in pdf_flat
    assert "2026" in pdf_flat
    assert re.search(r"13\s?000", pdf_flat)  # 20 h x 150 kr x 52/12

    # save the case, open it again: the same table
    with page.expect_download() as dl:
        page.get_by_role("button", name="Spara ärendet i en fil").click()
    case_file = tmp_path / "case.json"
    dl.value.save_as(case_file)
    before = table.inner_text()
    page.goto(live_server + "/sv/se/")
    page.locator("details.open-file summary").click()
    page.set_input_files("#f-case_file", str(case_file))
    page.get_by_role("button", name="Öppna ärendet").click()
    assert page.locator("table.scenarios").inner_text() == before
    context.close()


def test_errors_are_announced_and_reachable_by_keyboard(live_server, browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(live_server + "/en/se/")
    page.get_by_role("button", name="Calculate").click()
    summary = page.locator(".error-summary")
    assert summary.is_visible()
    assert summary.get_attribute("role") == "alert"
    # the summary has the focus (autofocus, no script; the browser applies it once the page has
    # loaded): Tab goes to its first link
    page.wait_for_function("document.activeElement && document.activeElement.id === 'errors'", timeout=10000)
    link = summary.get_by_role("link", name=re.compile("^Age"))
    link.focus()
    page.keyboard.press("Enter")
    # the jump to the field is a same-page navigation: wait for it rather than race it (under load)
    page.wait_for_url("**#f-person-age", timeout=10000)
    # the field is on screen with its label above it (scroll-margin), not at the very top edge
    label = page.locator("label[for='f-person-age']").bounding_box()
    assert label is not None and label["y"] >= 0
    context.close()


def test_few_tab_stops_before_calculate(live_server, browser):
    """Issue 8.4: the empty form had 80-95 Tab stops before "Calculate" (every decision letter,
    six child rows, four own scenarios and twelve action fields always open, three in the date).
    Boxes the client does not have are closed, the date is one field."""
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    for cc, lang in (("se", "sv"), ("dk", "da"), ("fi", "fi")):
        page.goto(f"{live_server}/{lang}/{cc}/")
        stops = 0
        while stops < 120:
            page.keyboard.press("Tab")
            stops += 1
            if page.evaluate("document.activeElement.value") == "calculate" and page.evaluate(
                "document.activeElement.classList.contains('primary')"
            ):
                break
        assert stops <= 40, (cc, stops)
    context.close()


def test_the_number_of_children_shows_as_many_rows_without_javascript(live_server, browser):
    """Issue 8.4: "number of children" before the child rows. Choosing 2 shows two rows (an age
    each) and no more; a Tab from the number goes to the first child's age. CSS only (:has)."""
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{live_server}/en/se/")
    box = page.locator("details.box", has=page.locator('select[name="children.count"]'))
    box.locator("summary").click()
    ages = [page.locator(f'input[name="children.{i}.age"]') for i in range(12)]
    assert [a.is_visible() for a in ages] == [False] * 12  # 0 children: no rows
    page.select_option('select[name="children.count"]', "2")
    assert [a.is_visible() for a in ages] == [True] * 2 + [False] * 10
    page.select_option('select[name="children.count"]', "12")  # as many as a case may have
    assert [a.is_visible() for a in ages] == [True] * 12
    page.select_option('select[name="children.count"]', "2")
    page.focus('select[name="children.count"]')
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.name") == "children.0.age"
    context.close()


def test_pages_pass_axe_wcag_21_aa(live_server, browser):
    """axe-core (WCAG 2.0/2.1 A and AA rules and best practices) on every kind of page: start,
    empty form, form with errors, result, print summary, the Danish and Finnish results and the page
    for an unknown country."""
    axe_sync = pytest.importorskip("axe_playwright_python.sync_playwright")
    axe = axe_sync.Axe()
    options = {
        "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]}
    }
    context = browser.new_context(java_script_enabled=True)  # axe itself is a script; the app has none
    page = context.new_page()
    failures: dict[str, list[str]] = {}

    def check(name: str) -> None:
        result = axe.run(page, options=options)
        problems = [f"{v['id']}: {v['help']}" for v in result.response["violations"]]
        if problems:
            failures[name] = problems

    for lang in ("sv", "fi"):
        page.goto(f"{live_server}/{lang}/")
        check(f"start {lang}")
        page.goto(f"{live_server}/{lang}/se/?example=1")
        check(f"result {lang}")
    for lang, cc in (("da", "dk"), ("fi", "fi")):
        page.goto(f"{live_server}/{lang}/{cc}/?example=1")
        check(f"result {cc}")
    page.goto(f"{live_server}/da/no/")
    check("not found")
    page.goto(f"{live_server}/en/se/")
    check("empty form")
    page.get_by_role("button", name="Calculate").click()
    check("form with errors")
    page.goto(f"{live_server}/en/se/?example=1")
    with context.expect_page() as new_page:
        page.get_by_role("button", name="Print summary").click()
    page = new_page.value
    page.wait_for_load_state()
    check("print summary")
    context.close()
    assert not failures, failures


def test_enter_in_a_field_calculates_and_the_whatif_box_answers(live_server, browser):
    """Issue 8.1: Enter in any field calculates (it used to switch the language: the language
    buttons came first), and the what-if box beside the result adds hours without scrolling.
    20 h x 150 x 52 / 12 = 13 000 kr; 12 h x 150 x 52 / 12 = 7 800 kr a month."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{live_server}/sv/se/?example=1")
    page.locator("#f-person-age").fill("41")
    page.locator("#f-person-age").press("Enter")
    page.wait_for_load_state()
    assert "/sv/se/" in page.url and page.url.endswith("#results")
    assert page.locator("html").get_attribute("lang") == "sv"
    assert page.locator("#f-person-age").input_value() == "41"
    page.locator("#f-whatif-hours").fill("12")
    page.locator("#f-whatif-hours").press("Enter")  # Enter in the what-if box: the same
    page.wait_for_load_state()
    picked = page.locator("tr.picked").inner_text()
    assert "12 timmar i veckan" in picked and "7\xa0800" in picked
    assert "12 timmar i veckan" in page.locator("#headline").inner_text()
    # the headline and the what-if box are on screen where the result lands
    assert page.locator("#f-whatif-hours").is_visible()
    box = page.locator("#headline").bounding_box()
    assert box is not None and box["y"] < 900
    context.close()


@pytest.mark.parametrize("width", [320, 640, 1366, 1920])
def test_no_sideways_page_scroll_and_the_answer_column_is_in_view(live_server, browser, width):
    """Issue 8.1: the family example (the widest table: bostadsbidrag, barnbidrag, ekonomiskt
    bistånd, costs) does not make the page scroll sideways at any width, and the answer column
    (money in hand) is within the screen."""
    context = browser.new_context(viewport={"width": width, "height": 800}, java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{live_server}/en/se/?example=family_bostadsbidrag_ekonomiskt_bistand")
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    cell = page.locator("table.scenarios tbody tr").first.locator("td.answer-col").first
    box = cell.bounding_box()
    assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= width
    context.close()


@pytest.mark.parametrize(
    ("lang", "cc", "example", "limit"),
    [
        # the longest single case (the PDF sets it a second time, tighter) and a family
        ("fi", "fi", "tyoelake_taysi_ansiorajat", 3),
        ("sv", "se", "family_bostadsbidrag_ekonomiskt_bistand", 4),
    ],
)
def test_the_browsers_own_print_of_the_summary_keeps_the_page_limit(
    live_server, browser, lang, cc, example, limit
):
    # the counsellor may print the summary with the browser's Print command instead of the PDF:
    # Chromium's print engine, at the summary's own @page size and margins, keeps the same limit
    # (3 pages for a single person, 4 for a family)
    from pypdf import PdfReader

    context = browser.new_context()
    page = context.new_page()
    page.goto(f"{live_server}/{lang}/{cc}/?example={example}")
    with context.expect_page() as new_page:
        page.locator('button[name="action"][value="print"]').first.click()
    summary = new_page.value
    summary.wait_for_load_state()
    pages = len(PdfReader(io.BytesIO(summary.pdf(prefer_css_page_size=True))).pages)
    context.close()
    assert 2 <= pages <= limit
