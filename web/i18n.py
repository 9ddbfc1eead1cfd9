"""Languages, locale formatting and translated explanations for the web UI.

Translation touches words, never numbers: every number is formatted with Babel for the page's
locale. Rule messages (benefits_calc.messages.all_messages(): message id -> English template) are
translated by gettext of the English template and then filled with the formatted values; a value
is formatted by its key's suffix (the convention in benefits_calc/explain.py).

The catalogs are maintained with benefits_calc.web.catalogs (extract, merge, fill, check).
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from datetime import date
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from functools import lru_cache
from pathlib import Path
from typing import Any

from babel import Locale
from babel.dates import format_date as _babel_format_date
from babel.numbers import NumberPattern, format_decimal, format_percent, get_currency_symbol, parse_pattern
from flask_babel import gettext, lazy_gettext

from benefits_calc.messages import all_messages
from benefits_calc.numbers import read_typed
from benefits_calc.parameters import Param, Unit, load_country
from benefits_calc.units import percent_places, value_kind

#: URL code -> (Babel locale used for formatting, the language's own name)
LANGUAGES: dict[str, tuple[str, str]] = {
    "sv": ("sv_SE", "svenska"),
    "da": ("da_DK", "dansk"),
    "fi": ("fi_FI", "suomi"),
    "en": ("en_GB", "English"),
}
DEFAULT_LANGUAGE = "sv"
TRANSLATED = ("sv", "da", "fi")  # catalogs that must be complete (English is the source language)

WEB_DIR = Path(__file__).resolve().parent
TRANSLATIONS_DIR = WEB_DIR / "translations"

# Countries offered in the UI, in display order. A country whose rules are not in
# benefits_calc.engine.COUNTRIES yet is listed as "coming" (no link); adding it there makes it live.
COUNTRY_ORDER: tuple[str, ...] = ("se", "dk", "fi")
COUNTRY_NAMES: dict[str, Any] = {
    "se": lazy_gettext("Sweden"),
    "dk": lazy_gettext("Denmark"),
    "fi": lazy_gettext("Finland"),
}


def babel_locale(lang: str) -> str:
    return LANGUAGES.get(lang, LANGUAGES[DEFAULT_LANGUAGE])[0]


def _reader() -> str:
    """The language of the page being made (Flask-Babel's locale), for names that have one."""
    from flask_babel import get_locale

    loc = get_locale()
    return loc.language if loc is not None else DEFAULT_LANGUAGE


def benefit_name(benefit_id: str, lang: str | None = None) -> str:
    """A benefit's own name ("sjukersättning"), untranslated; the tax as a word in the reader's
    language. Names come from the country's module (benefits_calc.web.countries.<cc>)."""
    from benefits_calc.web.countries import name_of

    if benefit_id == "tax":
        return str(gettext("tax"))
    n = name_of(benefit_id)
    if n is None:
        return benefit_id.partition(".")[2].replace("_", " ") or benefit_id
    return n.text(lang or _reader())


def benefit_form(benefit_id: str, which: str, lang: str | None = None, *, capital: bool = False) -> str:
    """A benefit's name as a sentence uses it ("your": "ditt bostadstillägg", "saamasi kansaneläke";
    "object": the object of "you get …"; "name": in running text). See countries.Name.form."""
    from benefits_calc.web.countries import default_form, name_of

    reader = lang or _reader()
    if benefit_id == "tax":
        text = str(gettext("tax"))
    else:
        n = name_of(benefit_id)
        if n is None:
            bare = benefit_id.partition(".")[2].replace("_", " ") or benefit_id
            text = default_form(reader, which, bare)
        else:
            text = n.form(reader, which)
    return text[:1].upper() + text[1:] if capital else text


def benefit_lang(benefit_id: str, lang: str | None = None) -> str | None:
    """The `lang` attribute for a benefit's name on a page in `lang` (None: same language)."""
    from benefits_calc.web.countries import name_of

    n = name_of(benefit_id)
    return n.lang_for(lang or _reader()) if n is not None else None


def benefit_explanation(benefit_id: str) -> str:
    from benefits_calc.web.countries import name_of

    n = name_of(benefit_id)
    return str(n.explanation) if n is not None and n.explanation else ""


def authority_name(authority_id: str) -> str:
    from benefits_calc.web.countries import authority_of

    return authority_of(authority_id) or authority_id.partition(".")[2].replace("_", " ") or authority_id


# --- numbers --------------------------------------------------------------------------------------


def _whole(x: Decimal) -> bool:
    return x == x.to_integral_value()


@lru_cache(maxsize=16)
def _locale(lang: str) -> Locale:
    return Locale.parse(babel_locale(lang))


@lru_cache(maxsize=32)
def _money_pattern(lang: str, whole: bool) -> NumberPattern:
    pattern = _locale(lang).currency_formats["standard"].pattern.split(";")[0]
    if whole:
        pattern = pattern.replace("0.00", "0")
    if lang == "en":
        pattern = pattern.replace("¤#", "¤\xa0#")
    return parse_pattern(pattern)


def money(value: Decimal | int, currency: str, lang: str, *, whole: bool = False, sign: bool = False) -> str:
    """A money amount for the locale: '13 000 kr' (sv), 'SEK 13,000' (en). Whole units when the
    amount is whole or `whole` is asked (tables; rounded half up), else two decimals."""
    x = Decimal(value)
    if whole:
        x = x.quantize(Decimal(1), rounding=ROUND_HALF_UP)
    pattern = _money_pattern(lang, _whole(x))
    out = pattern.apply(x, _locale(lang), currency=currency, currency_digits=False)
    if sign and x > 0:
        out = "+" + out
    return out


def currency_symbol(currency: str, lang: str) -> str:
    """The currency as the locale writes it beside an amount ('kr' in Swedish, 'SEK' in English)."""
    return get_currency_symbol(currency, locale=_locale(lang))


def per_month_unit(currency: str, lang: str) -> str:
    """'kr i månaden', '€ kuukaudessa', 'SEK a month': the unit of a table of monthly amounts."""
    return str(gettext("%(currency)s a month", currency=currency_symbol(currency, lang)))


def number(value: Decimal | int, lang: str, max_decimals: int = 2) -> str:
    x = Decimal(value)
    if max_decimals >= 0 and not _whole(x):
        x = x.quantize(Decimal(1).scaleb(-max_decimals), rounding=ROUND_HALF_UP).normalize()
    return format_decimal(x, locale=_locale(lang), decimal_quantization=False)


def percent(fraction: Decimal, lang: str, max_decimals: int = 2) -> str:
    """A fraction (0.3238) as a percent for the locale ('32,38 %')."""
    loc = _locale(lang)
    pattern = loc.percent_formats[None].pattern.split(";")[0].replace("#,##0", "#,##0." + "#" * max_decimals)
    return format_percent(Decimal(fraction), format=pattern, locale=loc)


def long_date(value: date | str, lang: str) -> str:
    d = date.fromisoformat(value) if isinstance(value, str) else value
    return _babel_format_date(d, "long", locale=babel_locale(lang))


def month_year(value: date | str, lang: str) -> str:
    """A month as its name and year in the language ("februari 2028", "helmikuu 2028")."""
    d = date.fromisoformat(value) if isinstance(value, str) else value
    return _babel_format_date(d, "LLLL y", locale=babel_locale(lang))


def input_number(value: Any, lang: str) -> str:
    """A value as a user would type it in a form field of this language (no grouping)."""
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        return "on" if value else ""
    try:
        x = Decimal(str(value))
    except InvalidOperation:
        return str(value)
    text = format(x.normalize() if not _whole(x) else x.quantize(Decimal(1)), "f")
    dec = Locale.parse(babel_locale(lang)).number_symbols["latn"]["decimal"]
    return text.replace(".", dec)


def parse_number(raw: str, lang: str) -> str:
    """What a user typed ('13 000', '32,38', '13.000' in Danish, '5 000:-') as a plain decimal
    string ('13000', '32.38'); '' when empty. Raises `NumberTextError` when the text is not one
    number in this language (a letter, or a thousands group that could be a decimal)."""
    symbols = _locale(lang).number_symbols["latn"]
    value = read_typed(raw, decimal=symbols["decimal"], group=symbols["group"])
    return "" if value is None else format(value, "f")


# --- rule messages --------------------------------------------------------------------------------


class _SafeFormatter(string.Formatter):
    """str.format that leaves an unknown placeholder as it is instead of failing."""

    def get_value(self, key: Any, args: Any, kwargs: Mapping[str, Any]) -> Any:
        if isinstance(key, str):
            return kwargs.get(key, "{" + key + "}")
        return super().get_value(key, args, kwargs)

    def format_field(self, value: Any, format_spec: str) -> str:
        return str(value)


_FORMATTER = _SafeFormatter()


def format_value(key: str, value: Any, currency: str, lang: str) -> str:
    """A Step/Notice value as text in the page's language, by its kind (benefits_calc.units)."""
    if value is None:
        return "–"
    kind = value_kind(key, value)
    if kind == "id":
        from benefits_calc.web.countries import authority_of, name_of

        if value in all_messages():
            return message(value, {}, currency, lang)
        if value == "tax" or name_of(value) is not None:
            return benefit_form(value, "name", lang)
        if authority_of(value) is not None:
            return authority_name(value)
        return value
    if kind == "date":
        try:
            return long_date(value, lang)
        except (TypeError, ValueError):
            return str(value)
    if kind == "month":
        try:
            return month_year(value, lang)
        except (TypeError, ValueError):
            return str(value)
    if kind == "text":
        return str(value)
    if kind in ("fraction", "percent"):
        share = Decimal(value) if kind == "fraction" else Decimal(value) / 100
        return percent(share, lang, percent_places(share))
    if kind == "year":
        return str(value)
    if kind == "factor":
        return number(value, lang, 4)  # e.g. 1,5357 prisbasbelopp: every decimal the rule uses
    if kind == "number":
        return number(value, lang)
    return money(value, currency, lang)


_PERIOD_WORDS = {
    "year": lazy_gettext("a year"),
    "month": lazy_gettext("a month"),
    "week": lazy_gettext("a week"),
    "day": lazy_gettext("a day"),
    "hour": lazy_gettext("an hour"),
}
_UNIT_WORDS = {
    "years": lazy_gettext("years"),
    "months": lazy_gettext("months"),
    "weeks": lazy_gettext("weeks"),
    "days": lazy_gettext("days"),
    "hours": lazy_gettext("hours"),
    "m2": "m²",
}


def param_value(p: Param, currency: str, lang: str, country: str) -> str:
    """A parameter's value for a reader, by its unit in the data (benefits_calc.parameters.Unit):
    money with its period, a multiple of a base amount by name, a share as a percent, a number
    with its unit word."""

    def one(v: Decimal, unit: Unit) -> str:
        period = f" {_PERIOD_WORDS[unit.period]}" if unit.period else ""
        if unit.kind == "money":
            return money(v, currency, lang) + period
        if unit.kind == "multiple":
            series = load_country(country).series
            of = series[unit.of].label if unit.of in series else unit.of
            return f"{number(v, lang, 4)} × {translate_template(of)}{period}"
        if unit.kind in ("fraction", "percent"):
            share = v if unit.kind == "fraction" else v / 100
            return percent(share, lang, percent_places(share))
        word = _UNIT_WORDS.get(unit.kind, "")
        return f"{number(v, lang, 4)} {word}".strip()

    if isinstance(p.value, dict):
        return "; ".join(f"{k}: {one(v, p.unit_of(k if p.units else None))}" for k, v in p.value.items())
    if isinstance(p.value, tuple):
        return "; ".join(
            ", ".join(f"{k} {one(v, p.unit_of() if k != 'from' else Unit('money'))}" for k, v in b.items())
            for b in p.value
        )
    return one(p.value, p.unit_of())


def translate_template(template: str) -> str:
    """The English template in the current language (gettext; no %-formatting applied)."""
    return str(gettext(template)) if template else ""


def message(msg_id: str, values: Mapping[str, Any], currency: str, lang: str) -> str:
    """A rule message id rendered as a sentence in the current language, numbers formatted."""
    template = all_messages().get(msg_id)
    if template is None:
        return msg_id
    text = translate_template(template)
    formatted = {k: format_value(k, v, currency, lang) for k, v in values.items()}
    try:
        return _FORMATTER.format(text, **formatted)
    except (ValueError, IndexError):  # a broken translation must not break the page
        return _FORMATTER.format(template, **formatted)
