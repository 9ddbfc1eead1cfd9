"""Denmark in a real browser (chromium through Playwright, as tests/web/test_browser.py): a Danish
counsellor fills in the form as the afgørelse shows it, calculates and reads the result; the Danish
pages pass axe (WCAG 2.1 AA).

Hand calculation checked on the page (tests/cases/dk/kh_forhoejet_35.toml): kontanthjælp at forhøjet
sats with the tillæg for single people, 14.201 kr; 10 hours at 150 kr: 6.500 kr pay, kontanthjælp
11.959 kr.
"""

from __future__ import annotations

import pytest
from test_browser import browser, fill, live_server, pytestmark  # noqa: F401  (the shared fixtures)


def test_a_danish_first_meeting(live_server, browser):  # noqa: F811
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(live_server + "/da/")
    page.get_by_role("link", name="Danmark", exact=True).click()
    fill(page, "#f-rule_date", "2026-03-01")
    fill(page, "#f-person-age", "35")
    fill(page, "#f-housing-rent_month", "5.500")
    fill(page, "#f-housing-area_m2", "60")
    fill(page, "#f-kontanthjaelp-sats", "forhoejet")
    fill(page, "#f-kontanthjaelp-amount_month", "14.201")
    fill(page, "#f-boligstoette-amount_month", "851")
    fill(page, "#f-wage-hourly", "150")
    fill(page, "#f-custom-0-hours", "10")
    page.get_by_role("button", name="Beregn").click()
    table = page.locator("table.scenarios")
    text = table.inner_text()
    assert "14.201" in text and "11.959" in text and "6.500" in text
    assert "Regneeksempel" in page.content()
    context.close()


def test_danish_pages_pass_axe_wcag_21_aa(live_server, browser):  # noqa: F811
    axe_sync = pytest.importorskip("axe_playwright_python.sync_playwright")
    axe = axe_sync.Axe()
    options = {
        "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]}
    }
    context = browser.new_context(java_script_enabled=True)
    page = context.new_page()
    failures: dict[str, list[str]] = {}
    for url in ("/da/dk/", "/da/dk/?example=1", "/sv/dk/?example=1", "/fi/dk/?example=1"):
        page.goto(live_server + url)
        result = axe.run(page, options=options)
        problems = [f"{v['id']}: {v['help']}" for v in result.response["violations"]]
        if problems:
            failures[url] = problems
    context.close()
    assert not failures, failures
