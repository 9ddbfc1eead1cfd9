"""Each country's presentation: its form, the names of its benefits and authorities, how its case
model's errors map to form fields, and what the summary says of the client's situation today.

One module per country, ``benefits_calc.web.countries.<cc>``, exposing ``COUNTRY``: a
`CountryWeb`. The list comes from the engine's registry (benefits_calc.engine.COUNTRIES): a
registered country without a module here is an error, not a silently missing page. The shared
machinery (reading a form, showing errors, rendering the layout) lives once in
benefits_calc.web.forms and the templates.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from benefits_calc.web.forms import CountryForm
from flask_babel import lazy_gettext as _

from benefits_calc import engine

# How a sentence uses a benefit's name, per reader's language, when the module gives no form of
# its own: "name" in running text, "your" as the subject of "… falls by 500 kr", "object" as the
# object of "you get …" / "you do not get …". A name is never inflected by pasting an ending onto it: Finnish
# joins a foreign name to a noun that takes the case, as a hyphenated compound ("sjukersättning-etuus",
# "sjukersättning-etuutta"; a name of two words with a (no-break) space before the hyphen:
# "ekonomiskt bistånd -etuus"), or puts it after "saamasi" ("your").
FORM_DEFAULTS: dict[str, dict[str, str]] = {
    "en": {"name": "{name}", "your": "your {name}", "object": "{name}"},
    "sv": {"name": "{name}", "your": "din {name}", "object": "{name}"},
    "da": {"name": "{name}", "your": "din {name}", "object": "{name}"},
    "fi": {"name": "{name}{hyphen}etuus", "your": "saamasi {name}", "object": "{name}{hyphen}etuutta"},
}


def default_form(reader: str, which: str, name: str) -> str:
    """`name` in the reader's language's default form (FORM_DEFAULTS)."""
    template = FORM_DEFAULTS.get(reader, FORM_DEFAULTS["en"])[which]
    # a no-break space before the hyphen, so that "-etuus" never starts a line like a list's dash
    return template.format(name=name, hyphen="\u00a0-" if " " in name else "-")


FORMS = ("name", "your", "object")


@dataclass(frozen=True)
class Name:
    """A benefit's (or the tax's) own name, which stays untranslated, and what it is in the
    reader's language.

    `native` is the name as the authority writes it, in the language `lang` ("sjukersättning",
    "sv"); `local` gives the official name in another language of the country where there is one
    (Finland: {"sv": "folkpension"} beside the Finnish "kansaneläke"). `explanation` is a lazy
    gettext string. `forms` gives, per reader's language, how a sentence says it where the
    default (FORM_DEFAULTS) is not right: {"sv": {"your": "ditt bostadstillägg"}},
    {"fi": {"name": "kansaneläke", "object": "kansaneläkettä"}}.
    """

    native: str
    lang: str
    explanation: Any = ""
    local: dict[str, str] = field(default_factory=dict)
    word: Any = None  # a word in the reader's language used instead of the name (the tax: "tax")
    forms: dict[str, dict[str, str]] = field(default_factory=dict)

    def text(self, reader: str) -> str:
        if self.word is not None:
            return str(self.word)
        return self.local.get(reader, self.native)

    def form(self, reader: str, which: str) -> str:
        """The name as a sentence in `reader`'s language uses it (`which` in FORMS)."""
        own = self.forms.get(reader, {}).get(which)
        if own is not None:
            return own
        if self.word is not None:  # a word of the reader's language (the tax) is used as it is
            return str(self.word)
        return default_form(reader, which, self.text(reader))

    def lang_for(self, reader: str) -> str | None:
        """The `lang` attribute to mark the name with on a page in `reader`'s language (None when
        the name is in that language)."""
        if self.word is not None or reader in self.local or reader == self.lang:
            return None
        return self.lang


@dataclass(frozen=True)
class CountryWeb:
    """What the web app shows for one country (see the module docstring)."""

    code: str
    form: CountryForm
    names: dict[str, Name]  # benefit (or tax) id, with its country prefix -> Name
    authorities: dict[str, str]  # authority id -> the authority's own name
    today: Callable[[Any], dict[str, Any]]  # case -> facts for the summary's "today"
    example: str  # the file in examples/<cc>/ that the form's "example" shows


@lru_cache(maxsize=8)
def get(code: str) -> CountryWeb:
    """The country's presentation; KeyError for a country not in the registry, ImportError (loud)
    for a registered country without its module."""
    engine.country(code)  # UnknownCountryError for a country without rules
    module = importlib.import_module(f"{__name__}.{code}")
    return module.COUNTRY


def live() -> list[str]:
    """The countries that have rules, each with its presentation."""
    return [code for code in engine.COUNTRIES if get(code)]


# What the engine itself adds to every country's outcome (benefits_calc.household).
ENGINE_NAMES: dict[str, Name] = {
    "engine.travel": Name("", "", _("what travel to work costs a month"), word=_("travel to work")),
}


def name_of(benefit_id: str) -> Name | None:
    """The Name of a benefit or cost id ("se.sjukersattning"), from its country's module."""
    if benefit_id in ENGINE_NAMES:
        return ENGINE_NAMES[benefit_id]
    code = benefit_id.partition(".")[0]
    if code not in engine.COUNTRIES:
        return None
    return get(code).names.get(benefit_id)


def authority_of(authority_id: str) -> str | None:
    code = authority_id.partition(".")[0]
    if code not in engine.COUNTRIES:
        return None
    return get(code).authorities.get(authority_id)
