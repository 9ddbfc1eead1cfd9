"""The answer where the meeting happens (issue 8.1): the headline, the what-if box, rows in hour
order, the hours ladder and the cliffs in words, the tax-free part and the rounding sentence.

The Swedish example (examples/se/single_sjukersattning_garanti.json) is the README's hand-checked
case (README "A worked example"): 40 years old, sjukersättning 1/1 13 715 kr, bostadstillägg 5 850 kr,
150 kr an hour, full time 40 h. By hand (README table, SFB 36 kap. vilande in quarters, 25 % of the
resting part still paid):
    0 h:  net 17 658 kr
    10 h (25 %): earnings 10 x 150 x 52 / 12 = 6 500; a quarter rests: 13 715 x (1 - 0.25 x 0.75)
                 = 11 143.4 -> 11 143; net 20 697 (+3 039)
    20 h (50 %): earnings 13 000; a half rests: 13 715 x (1 - 0.5 x 0.75) = 8 571.9 -> 8 572;
                 net 24 133 (+6 475); of each 100 kr earned: 6 475 / 13 000 = 0.498 -> 50 kr kept
    11 h: 27.5 % of full time is beyond a quarter, so a half rests: sjukersättning 8 572, i.e.
          11 143 - 8 572 = 2 571 kr less than at 10 h.
"""

from __future__ import annotations

import re

from test_ui import FORM, csrf_token

NBSP = "\xa0"


def text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html.replace(NBSP, " ")))


def example(client, lang: str = "en", cc: str = "se") -> str:
    r = client.get(f"/{lang}/{cc}/?example=1")
    assert r.status_code == 200
    return r.get_data(as_text=True)


def test_headline_says_the_answer_for_the_explained_scenario(client):
    html = example(client)
    headline = text(html.split('id="headline"', 1)[1].split("</p>", 1)[0])
    assert "20 hours a week (50%) at SEK 150 an hour: you have SEK 24,133 a month after tax." in headline
    assert "That is SEK 6,475 more than without work." in headline
    assert "Of every SEK 100 you earn, you keep SEK 50." in headline


def _table_rows(html: str) -> list[str]:
    body = html.split('<table class="scenarios">', 1)[1].split("<tbody>", 1)[1].split("</tbody>", 1)[0]
    return [text(r) for r in re.findall(r"<tr.*?</tr>", body, flags=re.S)]


def test_answer_columns_come_first_and_rows_are_in_hour_order(client):
    token = csrf_token(client, "/en/se/")
    form = {**FORM, "form_lang": "sv", "action": "calculate", "csrf_token": token}
    form.update({"custom.0.hours": "16", "custom.1.hours": "4"})
    html = client.post("/sv/se/", data=form).get_data(as_text=True)
    hours = [r.split()[0] for r in _table_rows(html)]
    # not working, 4 h (own), 10 h (25 %), 16 h (own), 20, 30, 40
    assert hours == ["Arbetar", "4", "10", "16", "20", "30", "40"]
    head = html.split('<table class="scenarios">', 1)[1].split("</thead>", 1)[0]
    cols = re.findall(r"<th scope=\"col\"[^>]*>(.*?)</th>", head, flags=re.S)
    assert text(cols[1]).strip() == "Inkomst efter skatt" and text(cols[2]).strip().startswith("Skillnad")


def test_whatif_adds_the_hours_as_a_scenario_and_explains_it(client):
    token = csrf_token(client, "/en/se/")
    form = {**FORM, "form_lang": "sv", "action": "whatif", "csrf_token": token, "custom.0.hours": ""}
    r = client.post("/sv/se/", data={**form, "whatif.hours": "12"})
    html = r.get_data(as_text=True)
    assert r.status_code == 200
    # 12 h x 150 x 52 / 12 = 7 800 kr a month; the row is the explained one and in the form's row 1
    picked = [row for row in re.findall(r'<tr class="picked">.*?</tr>', html, flags=re.S)]
    assert len(picked) == 1 and "12 timmar i veckan" in text(picked[0]) and "7 800" in text(picked[0])
    assert 'name="custom.0.hours" value="12"' in html
    assert "Räkneexempel: 12 timmar i veckan" in text(html)
    # The same hours again: no second row; new hours with another wage: the next free row.
    form["custom.0.hours"] = "12"
    html = client.post("/sv/se/", data={**form, "whatif.hours": "12"}).get_data(as_text=True)
    assert sum("12 timmar i veckan" in row for row in _table_rows(html)) == 1
    html = client.post("/sv/se/", data={**form, "whatif.hours": "8", "whatif.hourly_wage": "160"}).get_data(
        as_text=True
    )
    assert 'name="custom.1.hours" value="8"' in html and 'name="custom.1.hourly_wage" value="160"' in html
    # 8 h x 160 x 52 / 12 = 5 546,67 -> 5 547 kr
    picked = re.findall(r'<tr class="picked">.*?</tr>', html, flags=re.S)
    assert "8 timmar i veckan" in text(picked[0]) and "5 547" in text(picked[0])


def test_whatif_with_every_row_taken_replaces_the_last(client):
    token = csrf_token(client, "/en/se/")
    form = {**FORM, "form_lang": "sv", "action": "whatif", "csrf_token": token}
    form.update({f"custom.{i}.hours": str(h) for i, h in enumerate((4, 8, 12, 16))})
    html = client.post("/sv/se/", data={**form, "whatif.hours": "6"}).get_data(as_text=True)
    assert 'name="custom.3.hours" value="6"' in html and 'name="custom.2.hours" value="12"' in html


def test_whatif_hours_that_are_not_a_number_are_shown_at_the_row(client):
    token = csrf_token(client, "/en/se/")
    form = {**FORM, "form_lang": "sv", "action": "whatif", "csrf_token": token, "custom.0.hours": ""}
    r = client.post("/sv/se/", data={**form, "whatif.hours": "tolv"})
    assert r.status_code == 422
    html = r.get_data(as_text=True)
    assert 'name="custom.0.hours" value="tolv"' in html and 'class="error-summary"' in html


def test_every_hour_ladder_and_cliffs_in_words(client):
    html = example(client)
    ladder = html.split('<ol class="ladder">', 1)[1].split("</ol>", 1)[0]
    items = [text(li).strip() for li in re.findall(r"<li.*?</li>", ladder, flags=re.S)]
    assert len(items) == 41  # 0, 1, ..., 40 hours
    assert items[0].startswith("0 h 17,658")
    assert items[10].startswith("10 h 20,697 +3,039")
    assert items[20].startswith("20 h 24,133 +6,475")
    assert items[40].startswith("40 h 30,529 +12,871")
    # 10 -> 11 h: a half instead of a quarter rests (see the module docstring): a cliff
    assert "less than at 10 h" in items[11]
    net_11 = int(items[11].split()[2].replace(",", ""))
    cliffs = html.split('id="thresholds-h"', 1)[1].split("</ul>", 1)[0]
    lines = [text(li) for li in re.findall(r'<li class="cliff">.*?</li>', cliffs, flags=re.S)]
    line = next(x for x in lines if "From 10 h to 11 h" in x)
    assert f"you have SEK {20697 - net_11:,} less a month" in line
    assert "The cause: your sjukersättning falls by SEK 2,571." in line
    assert "declare 50% of full compensation vilande" in line  # the vilande rule, in its own words


def test_a_tax_free_part_is_marked_in_its_column(client):
    html = example(client)
    head = html.split('<table class="scenarios">', 1)[1].split("</thead>", 1)[0]
    assert re.search(r'sjukersättning<span class="fn" aria-hidden="true">\*</span>', head)
    # the 25 % still paid on the resting part is tax-free (IL 11 kap. 30 §); at full time
    # three quarters rest: 13 715 x 0.75 x 0.25 = 2 571.6 -> the largest tax-free part of the rows
    note = text(html.split('<ul class="table-notes">', 1)[1].split("</ul>", 1)[0])
    assert "includes a tax-free part" in note


def test_rounding_sentence_names_the_currency(client):
    assert "rounded to whole kronor" in example(client, "en", "se")
    assert "rounded to whole kroner" in example(client, "en", "dk")
    assert "rounded to whole euros" in example(client, "en", "fi")
    assert "afrundet til hele kroner" in example(client, "da", "dk")
