"""Translations are complete: every rule message and every UI string in sv, da and fi.

When one of these fails, run `python -m benefits_calc.web.catalogs update` (re-extracts, merges into
the catalogs and lists what is missing), translate the empty entries in
web/translations/<lang>/LC_MESSAGES/messages.po, and run it again (it also compiles the .mo files).
"""

from __future__ import annotations

import re
import subprocess
import sys

import pytest
from babel.messages.pofile import read_po
from babel.support import Translations
from benefits_calc.web.catalogs import missing_translations
from benefits_calc.web.i18n import TRANSLATED, TRANSLATIONS_DIR, WEB_DIR

from benefits_calc.messages import all_messages, placeholders

PY_FORMAT = re.compile(r"%\((\w+)\)s")


def _catalog(lang: str):
    with (TRANSLATIONS_DIR / lang / "LC_MESSAGES" / "messages.po").open("rb") as fh:
        return read_po(fh, locale=lang)


@pytest.mark.parametrize("lang", TRANSLATED)
def test_every_rule_message_is_translated(lang):
    """A rule module's new message id without a translation shows up here (lead: see the list)."""
    catalog = _catalog(lang)
    missing = []
    for msg_id, template in sorted(all_messages().items()):
        entry = catalog.get(template)
        if entry is None or not entry.string or entry.fuzzy:
            missing.append(msg_id)
    assert not missing, f"{lang}: {len(missing)} rule messages without translation: {missing}"


@pytest.mark.parametrize("lang", TRANSLATED)
def test_catalog_is_complete(lang):
    missing = missing_translations(lang)
    assert not missing, f"{lang}: {len(missing)} untranslated: {[m[:60] for m in missing]}"


@pytest.mark.parametrize("lang", TRANSLATED)
def test_placeholders_match_the_english(lang):
    rule = set(all_messages().values())
    bad = []
    for m in _catalog(lang):
        if not m.id or not m.string or not isinstance(m.id, str):
            continue
        if m.id in rule:
            if placeholders(m.id) != placeholders(m.string):
                bad.append(m.id)
        elif sorted(PY_FORMAT.findall(m.id)) != sorted(PY_FORMAT.findall(m.string)):
            bad.append(m.id)
    assert not bad, bad


@pytest.mark.parametrize("lang", TRANSLATED)
def test_compiled_catalog_is_up_to_date(lang):
    translations = Translations.load(str(TRANSLATIONS_DIR), [lang])
    stale = [m.id for m in _catalog(lang) if m.id and m.string and translations.gettext(m.id) != m.string]
    assert not stale, f"{lang}: .mo is older than .po; run python -m benefits_calc.web.catalogs compile"


def test_template_file_lists_every_string_in_the_code(tmp_path):
    """Re-extract: a string added to a template or to web/*.py must be in messages.pot."""
    out = tmp_path / "fresh.pot"
    root = WEB_DIR.parent
    subprocess.run(
        [sys.executable, "-m", "babel.messages.frontend", "extract", "-F", str(WEB_DIR / "babel.cfg"),
         "-k", "N_", "-k", "lazy_gettext", "--no-location", "-o", str(out),
         str(root / "web"), str(root / "benefits_calc"), str(root / "rules")],
        check=True,
        capture_output=True,
    )  # fmt: skip
    with out.open("rb") as fh:
        fresh = {m.id for m in read_po(fh) if m.id}
    with (TRANSLATIONS_DIR / "messages.pot").open("rb") as fh:
        committed = {m.id for m in read_po(fh) if m.id}
    new = sorted(str(i)[:60] for i in fresh - committed)
    assert not new, f"run python -m benefits_calc.web.catalogs update: {new}"


def test_swedish_benefit_names_stay_swedish_in_every_language(client):
    for lang in ("sv", "da", "fi", "en"):
        html = client.get(f"/{lang}/se/?example=1").get_data(as_text=True)
        assert "bostadstillägg" in html and "sjukersättning" in html, lang


@pytest.mark.parametrize("lang", TRANSLATED)
def test_every_parameter_label_is_translated(lang):
    """A figure's label is shown next to it when it is not verified; a new parameter needs one."""
    from benefits_calc.web.catalogs import parameter_labels

    catalog = _catalog(lang)
    missing = [
        label
        for label in sorted(parameter_labels())
        if not (catalog.get(label) and catalog.get(label).string)
    ]
    assert not missing, f"{lang}: {missing}"


# --- grammar: every benefit name in every sentence frame, in every language ----------------------

SENTENCE_FRAMES = (
    ("your", "%(your_benefit)s falls by %(delta)s, from %(before)s to %(after)s a month."),
    ("your", "%(your_benefit)s does not change: %(amount)s a month."),
    ("object", "You do not get %(benefit_object)s."),
    ("object", "You get %(benefit_object)s of %(amount)s a month."),
)
# Swedish benefit names that are neuter for the reader (possessive "ditt" in Swedish; a Danish
# reader says "dit … tillæg/bidrag" but "din … støtte/bistand").
NEUTER_ENDINGS = {"sv": ("bidrag", "tillägg", "stöd", "bistånd"), "da": ("bidrag", "tillägg")}


def _benefit_names():
    from benefits_calc.web import countries

    from benefits_calc.engine import COUNTRIES

    return [
        (bid, name) for code in COUNTRIES for bid, name in countries.get(code).names.items() if not name.word
    ]


@pytest.mark.parametrize("lang", ["sv", "da", "fi", "en"])
def test_every_benefit_name_reads_right_in_every_sentence_frame(app, lang):
    """Issue: "Din bostadstillägg", "Etuutesi sjukersättning", "bostadstilläggiin". A Swedish ett-word
    takes "ditt" (Danish "dit"); a name is never glued to a Finnish case ending; each frame renders."""
    from benefits_calc.web.i18n import benefit_form
    from flask_babel import gettext

    problems = []
    with app.test_request_context(f"/{lang}/"):
        for bid, name in _benefit_names():
            # The head noun of the name, as shown to this reader ("bistånd" of "ekonomiskt bistånd",
            # whose adjective agrees: "ditt ekonomiska bistånd").
            shown = name.text(lang).split()[-1]
            for form, frame in SENTENCE_FRAMES:
                phrase = benefit_form(bid, form, lang, capital=form == "your")
                values = {
                    "your_benefit": phrase,
                    "benefit_object": phrase,
                    "delta": "1",
                    "before": "2",
                    "after": "1",
                    "amount": "2",
                }
                text = gettext(frame, **values)
                # A name read in its own language may be inflected by its own forms (Finnish
                # "kansaneläkettä" on a Finnish page): the form's own last word must be there.
                own = name.forms.get(lang, {}).get(form) if name.lang == lang else None
                word = phrase.split()[-1] if own else shown
                if word not in text:
                    problems.append((bid, frame, text))
                # no letters glued to the name (a Finnish case ending on a Swedish or Danish name)
                after = text.split(word, 1)[1][:1] if word in text else ""
                if after.isalpha():
                    problems.append((bid, "glued", text))
            your = benefit_form(bid, "your", lang).lower()
            if name.lang == "sv" and name.text(lang).endswith(NEUTER_ENDINGS.get(lang, ())):
                if not your.startswith(("ditt ", "dit ")):
                    problems.append((bid, "neuter", your))
    assert not problems, problems


def test_no_finnish_case_ending_glued_onto_a_swedish_or_danish_name():
    """Issue 8.3: Finnish sentences said "Försäkringskassanilta", "Skatteverketiltä",
    "bostadstilläggiin". A Swedish or Danish name (a benefit's or an authority's) in a Finnish
    sentence is never inflected: it stands after a Finnish word that takes the case ending
    ("Vakuutuskassalta (Försäkringskassan)", "bostadstillägg-etuuteen")."""
    import re

    from babel.messages.pofile import read_po
    from benefits_calc.web import countries

    names: set[str] = set()
    for cc in ("se", "dk"):
        web = countries.get(cc)
        names |= {n.native for n in web.names.values() if n.native and n.word is None}
        names |= {str(a) for a in web.authorities.values()}
    names |= {"Försäkringskassan", "Skatteverket", "Kronofogden", "Arbetsförmedlingen", "socialtjänsten"}
    names |= {"Udbetaling Danmark", "Skattestyrelsen", "jobcenter", "kommunen"}
    with (TRANSLATIONS_DIR / "fi" / "LC_MESSAGES" / "messages.po").open("rb") as fh:
        catalog = read_po(fh, locale="fi")
    glued = []
    for m in catalog:
        text = m.string if isinstance(m.string, str) else ""
        for name in names:
            # a short Finnish ending right after the name ("-ilta", "-iin", "-n"), not a longer
            # Swedish compound ("sjukpenninggrundande")
            for hit in re.finditer(re.escape(name) + r"[a-zåäö]{1,5}\b", text):
                glued.append((name, text[max(0, hit.start() - 20) : hit.end() + 10]))
    assert not glued, glued[:20]


def test_finnish_joins_a_foreign_benefit_name_to_etuus_as_a_compound(app):
    """Finnish says "sjukersättning-etuus" (a hyphenated compound: the case ending goes on
    "etuus"), with a no-break space before the hyphen after a name of two words ("ekonomiskt
    bistånd -etuus"), not the stiff apposition "etuus sjukersättning". A Danish reader says "din"
    to ekonomiskt bistånd, as to a Danish (en) bistand; a Swede says "ditt"."""
    from benefits_calc.web.i18n import benefit_form

    with app.test_request_context("/fi/"):
        assert benefit_form("se.sjukersattning", "name", "fi") == "sjukersättning-etuus"
        assert benefit_form("se.sjukersattning", "object", "fi") == "sjukersättning-etuutta"
        assert benefit_form("se.sjukersattning", "your", "fi") == "saamasi sjukersättning"
        assert benefit_form("se.ekonomiskt_bistand", "name", "fi") == "ekonomiskt bistånd\u00a0-etuus"
        assert benefit_form("dk.boligsikring", "object", "fi") == "boligsikring-etuutta"
        assert benefit_form("fi.kansanelake", "name", "fi") == "kansaneläke"  # its own Finnish name
        assert benefit_form("se.ekonomiskt_bistand", "your", "da") == "din ekonomiska bistånd"
        assert benefit_form("se.ekonomiskt_bistand", "your", "sv") == "ditt ekonomiska bistånd"


def test_no_finnish_sentence_puts_etuus_before_a_name():
    """The name's form brings its own "-etuus": a Finnish sentence that says "etuus {benefit_id}"
    printed "Etuus sjukersättning-etuus lepää"; one that says "etuus sjukpenning" is the stiff
    apposition. Neither is left in the Finnish catalog."""
    from benefits_calc.web import countries

    names = set()
    for cc in ("se", "dk"):
        names |= {n.native for n in countries.get(cc).names.values() if n.native and n.word is None}
    names |= {"særligt ungetillæg", "försörjningsstöd", "boligstøtte"}  # said in sentences, not benefit ids
    alt = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    # one benefit's endings: a list of names may follow a plural ("etuuksista kontanthjælp, …")
    endings = "s|tta|den|della|delta|dessa|desta|teen|deksi|tena"
    before = re.compile(r"\b[Ee]tuu(" + endings + r")\s+(\{benefit_id\}|(" + alt + r")\b)", re.I)
    found = [
        m.string for m in _catalog("fi") if isinstance(m.string, str) and m.string and before.search(m.string)
    ]
    assert not found, found[:5]


def test_a_finnish_page_of_a_swedish_case_says_each_name_once(client):
    """aktivitetsersattning_vilande on a Finnish page: "Aktivitetsersättning-etuus lepää (vilande)
    …", not "Etuus aktivitetsersättning-etuus lepää"."""
    import html as html_lib

    from benefits_calc.examples import cases
    from benefits_calc.web import countries
    from benefits_calc.web.forms import case_to_values
    from test_ui import csrf_token

    from benefits_calc import engine

    case = engine.parse_case(cases("se")["aktivitetsersattning_vilande.json"], "se")
    with client.application.test_request_context("/fi/se/"):
        data = case_to_values(case.model_dump(mode="json"), countries.get("se").form, "fi")
    data.update(form_lang="fi", action="calculate", csrf_token=csrf_token(client, "/fi/se/"))
    text = html_lib.unescape(client.post("/fi/se/", data=data).get_data(as_text=True))
    assert "Aktivitetsersättning-etuus lepää (vilande)" in text
    assert not re.search(r"[Ee]tuus \S+-etuus", text)
