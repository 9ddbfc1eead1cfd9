"""The form as a meeting uses it (issue 8.4): boxes the client does not have stay closed, dates
typed the Nordic way, errors that name the benefit and take the focus, an opened case says which
one and shows its result."""

from __future__ import annotations

import html
import io
import re

from test_ui import FORM, csrf_token, post


def _box(html: str, legend: str) -> str:
    """The <details> opening tag of the box whose summary is `legend`."""
    i = html.index(f">{legend}</summary>")
    return html[html.rindex("<details", 0, i) : i]


def test_boxes_the_client_does_not_have_are_closed(client):
    html = client.get("/sv/se/").get_data(as_text=True)
    for legend in ("Försäkringskassan: bostadstillägg", "Försäkringskassan: sjukpenning"):
        assert " open" not in _box(html, legend)
    # filled in (the form after a calculation): open; the rest stays closed
    html = post(client, "sv").get_data(as_text=True)
    assert " open" in _box(html, "Försäkringskassan: bostadstillägg")
    assert " open" not in _box(html, "Försäkringskassan: sjukpenning")


def test_a_box_with_an_error_is_open_and_the_message_names_the_benefit(client):
    r = post(client, "sv", **{"bostadstillagg.amount_month": "sex tusen"})
    assert r.status_code == 422
    html = r.get_data(as_text=True)
    assert " open" in _box(html, "Försäkringskassan: bostadstillägg")
    summary = html.split('class="error-summary"', 1)[1].split("</div>", 1)[0]
    link = re.search(r'<a href="#f-bostadstillagg-amount_month">([^<]*)</a>', summary)
    assert link and link.group(1).startswith("Försäkringskassan: bostadstillägg – ")
    assert "autofocus" in html.split('class="error-summary"', 1)[0][-300:] + summary[:200]


def test_dates_typed_day_first_are_read(client):
    for typed in ("1.3.2026", "01/03/2026", "1-3-2026", "2026-03-01"):
        r = post(client, "en", **{"rule_date": typed})
        assert r.status_code == 200, typed
        assert "the rules in force on 1 March 2026" in r.get_data(as_text=True), typed
    r = post(client, "en", **{"rule_date": "31.2.2026"})
    assert r.status_code == 422


def test_an_opened_case_says_which_and_shows_its_result(client):
    saved = post(client, "sv", action="save", label="AK").get_data()
    token = csrf_token(client, "/en/se/")
    r = client.post(
        "/en/se/open",
        data={"csrf_token": token, "case_file": (io.BytesIO(saved), "case-se-AK.json")},
        content_type="multipart/form-data",
    )
    html = r.get_data(as_text=True)
    assert r.status_code == 200 and 'id="results"' in html
    results = html.split('id="results"', 1)[1]
    assert "Opened the saved case “AK”. Its result is below." in results[:2000]
    assert 'action="/en/se/open#results"' in html  # the browser lands on the result


def test_counsellor_box_closed_until_used(client):
    html = client.get("/en/se/").get_data(as_text=True)
    assert " open" not in _box(html, "For the printed summary (not saved)")
    token = csrf_token(client, "/en/se/")
    data = {**FORM, "form_lang": "sv", "action": "calculate", "csrf_token": token}
    html = client.post("/en/se/", data=data).get_data(as_text=True)
    assert " open" in _box(html, "For the printed summary (not saved)")  # FORM has the counsellor


def test_shared_home_through_the_form(client):
    # Issue 7.7 through the form: a single client on försörjningsstöd sharing the home with one
    # friend. Riksnorm 2026 (see tests/rules/se/test_ekonomiskt_bistand.py): common costs for 2
    # persons 1 410 kr shared by 2 -> 705 kr; the step says so in the worked example.
    r = post(
        client,
        "en",
        **{
            "sjukersattning.amount_month": "",
            "bostadstillagg.amount_month": "",
            "ekonomiskt_bistand.amount_month": "4,000",
            "ekonomiskt_bistand.others_sharing_home": "1",
        },
    )
    assert r.status_code == 200
    text = re.sub(r"\s+", " ", html.unescape(r.get_data(as_text=True)).replace("\xa0", " "))
    assert "the common household costs for 2 people, SEK 1,410, are shared equally" in text
    assert "your household's share (1 of them) is SEK 705 a month" in text


def test_the_number_of_children_chooses_the_rows(app):
    """Issue 8.4: the number of children comes before the rows. With a number: the first that
    many rows, each with an age; a row past it with an age, or a row within it without one, is an
    error (a browser without :has shows every row: nothing typed is dropped unseen). Without a
    number (a form from before it): every row with an age, as before."""
    from benefits_calc.web import countries
    from benefits_calc.web.forms import case_to_values, read_form

    spec = countries.get("se").form
    with app.test_request_context("/en/se/"):
        rows = {"children.0.age": "4", "children.1.age": "12"}
        two = read_form({**FORM, "children.count": "2", **rows}, spec, "sv")
        assert [c["age"] for c in two.case["children"]] == ["4", "12"] and not two.form_errors
        short = read_form({**FORM, "children.count": "2", "children.0.age": "4"}, spec, "sv")
        assert str(short.form_errors["children.1.age"]) == "Fill in the age of child 2."
        # 1 chosen, ages in rows 1 and 3: row 3 is past the number, and is named
        extra = read_form(
            {**FORM, "children.count": "1", "children.0.age": "4", "children.2.age": "9"}, spec, "sv"
        )
        assert list(extra.form_errors) == ["children.count"]
        assert str(extra.form_errors["children.count"]).startswith(
            "Child 3 has an age, but the number of children is 1"
        )
        # 2 chosen, ages in rows 1 and 3: row 2 has none, row 3 is past the number
        gap = read_form(
            {**FORM, "children.count": "2", "children.0.age": "4", "children.2.age": "9"}, spec, "sv"
        )
        assert sorted(gap.form_errors) == ["children.1.age", "children.count"]
        assert [c["age"] for c in gap.case["children"]] == ["4"]
        # a value that is not one of the choices (a crafted post) is no number: every row with an age
        for odd in ("²", "07", "-1", "13", " 2", "2.0", "٢"):
            form = read_form(
                {**FORM, "children.count": odd, "children.0.age": "4", "children.2.age": "9"}, spec, "sv"
            )
            assert not form.form_errors and [c["age"] for c in form.case["children"]] == ["4", "9"], odd
        old = read_form({**FORM, "children.0.age": "4", "children.3.age": "9"}, spec, "sv")
        assert [c["age"] for c in old.case["children"]] == ["4", "9"] and not old.form_errors
        # an opened case sets the number to its children
        values = case_to_values({"children": [{"age": 4}, {"age": 12}, {"age": 15}]}, spec, "sv")
        assert values["children.count"] == "3"
        assert case_to_values({}, spec, "sv")["children.count"] == "0"


def test_a_crafted_number_of_children_is_no_error(client):
    r = post(client, "en", **{"children.count": "²", "children.0.age": "4"})
    assert r.status_code == 200


def test_a_missing_child_age_is_shown_in_the_childrens_box(client):
    r = post(client, "en", **{"children.count": "2", "children.0.age": "4"})
    assert r.status_code == 422
    html = r.get_data(as_text=True)
    assert " open" in _box(html, "Children living at home")
    summary = html.split('class="error-summary"', 1)[1].split("</div>", 1)[0]
    assert 'href="#f-children-1-age"' in summary and "Fill in the age of child 2." in summary
    # the rows with an age or an error show whatever the number says; the rows past them do not
    row = r'<div class="(child[^"]*)">\s*<div class="field[^"]*">\s*<label for="f-children-(\d+)-age"'
    rows = re.findall(row, html)
    from benefits_calc.web.forms import CHILD_ROWS

    hidden = [("child", str(i)) for i in range(2, CHILD_ROWS)]
    assert rows == [("child filled", "0"), ("child filled", "1"), *hidden]
