"""Every message id the engine and the rules emit, with its English template.

Each rule module defines ``MESSAGES: dict[str, str]`` (templates marked with ``N_`` so pybabel
extracts them); this module gathers them. `render` gives the English sentence (CLI, API);
``web/`` translates the same template with its Babel catalogs and formats the values per locale.
"""

from __future__ import annotations

import importlib
import pkgutil
import string
from collections.abc import Mapping
from decimal import ROUND_HALF_EVEN, Decimal
from functools import lru_cache
from typing import Any

from benefits_calc.explain import N_
from benefits_calc.units import percent_places, plain, value_kind

ENGINE_MESSAGES: dict[str, str] = {
    "engine.rules_not_confirmed": N_(
        "The rules for {year} are not confirmed: the calculation uses the newest known figures "
        "(checked up to {confirmed_through}). Ask for a new calculation when the new figures are out."
    ),
    "engine.unverified_parameter": N_("{label} ({value}) could not be verified against an official source."),
    "engine.estimate": N_("This is an estimate. The authority that pays the benefit decides."),
}

# The engine's modules that define MESSAGES (every country's outcome uses them).
ENGINE_MODULES = ("benefits_calc.household", "benefits_calc.decision_letters", "benefits_calc.timeline")


def rule_modules(code: str) -> list[str]:
    """Every module of a country's rules package (from the registry), in name order."""
    from benefits_calc.engine import country

    package = importlib.import_module(country(code).package)
    return [
        f"{package.__name__}.{m.name}"
        for m in sorted(pkgutil.iter_modules(package.__path__), key=lambda m: m.name)
    ]


@lru_cache(maxsize=1)
def all_messages() -> dict[str, str]:
    """Message id -> English template, from the engine and every registered country's rules.
    A module that cannot be imported is an error, not a silently missing message."""
    from benefits_calc.engine import COUNTRIES

    out = dict(ENGINE_MESSAGES)
    modules = [*ENGINE_MODULES, *(m for code in COUNTRIES for m in rule_modules(code))]
    for name in modules:
        for msg_id, template in getattr(importlib.import_module(name), "MESSAGES", {}).items():
            if out.get(msg_id, template) != template:
                raise ValueError(f"message id {msg_id!r} is defined twice with different texts ({name})")
            out[msg_id] = template
    return out


def placeholders(template: str) -> set[str]:
    return {f for _, f, _, _ in string.Formatter().parse(template) if f}


CURRENCY_SYMBOL = {"SEK": "kr", "DKK": "kr.", "EUR": "€"}


def format_value_en(key: str, value: Any, currency: str) -> str:
    """English text of a value by its kind (benefits_calc.units; CLI and API text)."""
    kind = value_kind(key, value)
    if kind == "id":
        return render(value, {}, currency=currency) if value in all_messages() else value
    if kind in ("text", "date"):
        return str(value)
    if kind == "month":
        from datetime import date

        return date.fromisoformat(str(value)).strftime("%B %Y")
    d = Decimal(value)
    if kind == "fraction":  # as many decimals as the pages show (units.percent_places)
        step = Decimal(1).scaleb(-percent_places(d))
        return f"{plain((d * 100).quantize(step, ROUND_HALF_EVEN))} %"
    if kind == "percent":
        return f"{plain(d)} %"
    if kind in ("year", "factor", "number"):
        return plain(d)
    q = d.quantize(Decimal(1)) if d == d.to_integral_value() else d.quantize(Decimal("0.01"))
    text = f"{q:,.0f}" if q == q.to_integral_value() else f"{q:,.2f}"
    symbol = CURRENCY_SYMBOL.get(currency, currency)
    return f"€{text}" if currency == "EUR" else f"{text} {symbol}"


def render(msg: str, values: Mapping[str, Any], currency: str) -> str:
    """The English sentence for a message id, each value formatted by its kind (benefits_calc.units)."""
    template = all_messages().get(msg, msg)
    return template.format_map({k: format_value_en(k, v, currency) for k, v in values.items()})
