"""Cross-field rules stated in JSON Schema, so that the published schema (and the API's OpenAPI
document) says what a model validator checks: a request valid by the schema is not refused for a
rule the schema kept quiet about.

A field counts as given when it is present and not null (the models treat null as absent). Each
helper returns a JSON Schema fragment; `stated` puts them under a model's ``allOf`` with the
model's ``json_schema_extra``::

    class SECase(CaseBase):
        model_config = ConfigDict(json_schema_extra=stated(requires("bostadstillagg", "sjukersattning")))

Only rules about which fields are given, and fixed values, are stated this way. A rule that
compares two numbers (an amount not above another) cannot be said in JSON Schema; such rules are
named in the field's description instead.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

Schema = dict[str, Any]


def given(name: str) -> Schema:
    """`name` is present and not null."""
    return {"required": [name], "properties": {name: {"not": {"type": "null"}}}}


def named(name: str) -> Schema:
    """`name`, a text field where "" means none (as null does), holds a non-empty text."""
    return {"required": [name], "properties": {name: {"type": "string", "minLength": 1}}}


def not_given(name: str) -> Schema:
    """`name` is absent or null."""
    return {"properties": {name: {"type": "null"}}}


def at(path: str, schema: Schema) -> Schema:
    """`schema` applied to the object at a dotted path ("person"), which must be there."""
    for part in reversed(path.split(".")):
        schema = {"required": [part], "properties": {part: schema}}
    return schema


def requires(name: str, *needed: str) -> Schema:
    """When `name` is given, every one of `needed` is given too."""
    return {"anyOf": [not_given(name), {"allOf": [given(n) for n in needed]}]}


def requires_one_of(name: str, *needed: str) -> Schema:
    """When `name` is given, at least one of `needed` is given too."""
    return {"anyOf": [not_given(name), *(given(n) for n in needed)]}


def at_most_one(*names: str) -> Schema:
    """No two of `names` are given together."""
    return {"anyOf": [{"allOf": [not_given(n) for n in names if n != keep]} for keep in names]}


def exactly_one(*names: str) -> Schema:
    """Exactly one of `names` is given."""
    return {"oneOf": [given(n) for n in names]}


def above_zero(name: str) -> Schema:
    """`name`, a decimal field that is never negative (a JSON number or a numeric string, see
    benefits_calc.numbers.decimal_pattern), is given and not 0: a number above 0, or a string with a
    digit other than 0 in it ("0.5", not "0.00")."""
    return {
        "required": [name],
        "properties": {
            name: {
                "anyOf": [{"type": "number", "exclusiveMinimum": 0}, {"type": "string", "pattern": "[1-9]"}]
            }
        },
    }


def equals(name: str, value: Any) -> Schema:
    """`name` is present with `value`."""
    return {"required": [name], "properties": {name: {"const": value}}}


def differs(name: str, value: Any) -> Schema:
    """`name` is absent or has another value (mind the field's default)."""
    return {"properties": {name: {"not": {"const": value}}}}


def either(*schemas: Schema) -> Schema:
    """At least one of `schemas` holds."""
    return {"anyOf": list(schemas)}


def dates_from(first: date) -> str:
    """A pattern for ISO dates (YYYY-MM-DD) on or after `first`, the first of a month: what the JSON
    Schema says of a date before which the rules have no figures (JSON Schema has no date minimum)."""
    if first.day != 1:
        raise ValueError(f"{first}: a first date of coverage is the first of a month")
    y = f"{first.year:04d}"
    later_years = [y[:i] + f"[{int(y[i]) + 1}-9]" + r"\d" * (3 - i) for i in range(3, -1, -1) if y[i] != "9"]
    months = [f"{m:02d}" for m in range(first.month, 13)]
    same_year = f"{y}-({'|'.join(months)})"
    return rf"^({same_year}|({'|'.join(later_years)})-\d\d)-\d\d$"


def dates_through(last: date) -> str:
    """A pattern for ISO dates (YYYY-MM-DD) on or before `last`, the last day of a month (JSON Schema
    has no date maximum either)."""
    if (last + timedelta(days=1)).day != 1:
        raise ValueError(f"{last}: a last date is the last day of a month")
    y = f"{last.year:04d}"
    earlier_years = [y[:i] + f"[0-{int(y[i]) - 1}]" + "[0-9]" * (3 - i) for i in range(4) if y[i] != "0"]
    same_year = f"{y}-({'|'.join(f'{m:02d}' for m in range(1, last.month + 1))})"
    return rf"^({same_year}|({'|'.join(earlier_years)})-[0-9][0-9])-[0-9][0-9]$"


def stated(*rules: Schema) -> Schema:
    """The rules as a model's ``json_schema_extra``."""
    return {"allOf": list(rules)}


__all__ = [
    "above_zero",
    "at",
    "at_most_one",
    "dates_from",
    "dates_through",
    "differs",
    "either",
    "equals",
    "exactly_one",
    "given",
    "named",
    "not_given",
    "requires",
    "requires_one_of",
    "stated",
]
