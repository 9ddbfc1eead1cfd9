"""A typed number has one reading or none.

Two places read numbers written as text:

* **a person typing into a form** (`read_typed`): "13 700", "13 700 kr", "5 000:-", "32,38",
  in the page's language. A group of three digits after a dot or a comma is a thousands group
  where the language writes thousands that way (Danish "13.700", English "13,700"); where the
  same mark could also be a decimal point ("13.700" or "13,700" on a Swedish page, "13.700" on
  an English one) the number is refused with both readings, never read as 13,70. A letter in a
  number ("13 7OO") is refused with the letter and where it stands.
* **a program sending JSON** (the API, the CLI's case files; `machine_decimal`): a JSON number,
  or a string of ASCII digits with an optional leading minus and a decimal point
  (``^-?[0-9]+(\\.[0-9]+)?$``): no spaces, underscores, exponents or other scripts' digits. An
  amount with more decimals than the field allows is refused even when they are zeros
  ("13.700" for kronor), since that is how a thousands group looks.

Both raise `NumberTextError` with a code and the values a message needs; the web app translates
the code, the API and the CLI say it in English.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Annotated, Any

from pydantic_core import PydanticCustomError

#: What may stand before or after the digits (case-insensitive): currencies and "per cent",
#: and the Swedish and Danish ways of writing whole kronor ("5 000:-", "13.700,-").
SUFFIXES = (
    ":-",
    ",-",
    ".-",
    "kronor",
    "kroner",
    "kr.",
    "kr",
    "sek",
    "dkk",
    "euroa",
    "euro",
    "eur",
    "€",
    "%",
)
PREFIXES = ("kr.", "kr", "sek", "dkk", "eur", "€")
SPACES = re.compile(r"[\s\u00a0\u202f\u2009\u2007']")
MINUS = ("-", "\u2212", "\u2013")
MACHINE = re.compile(r"-?[0-9]+(\.[0-9]+)?")


class NumberTextError(ValueError):
    """Text that is not one number. `code` names the problem; `values` fill its message.

    Codes: ``number.letter`` (char, position: 1-based in the text as typed),
    ``number.ambiguous`` (as_thousands, as_decimal: the two readings),
    ``number.grouping`` (groups of thousands that are not three digits),
    ``number.machine`` (not plain JSON number text), ``number.decimals`` (places, allowed,
    and as_thousands when the decimals look like a thousands group).
    """

    def __init__(self, code: str, text: str, **values: Any) -> None:
        super().__init__(f"{code}: {text!r} {values}")
        self.code, self.text, self.values = code, text, values

    def english(self) -> str:
        """The message in English (CLI and API)."""
        v = self.values
        if self.code == "number.letter":
            return f"{v['char']!r} (character {v['position']}) is not a digit"
        if self.code == "number.ambiguous":
            return (
                f"{self.text!r} can be read as {v['as_thousands']} or as {v['as_decimal']}; "
                f"write {v['as_thousands']} or {v['as_decimal']} without the doubt"
            )
        if self.code == "number.grouping":
            return f"{self.text!r}: groups of thousands must have three digits"
        if self.code == "number.decimals":
            hint = f"; did you mean {v['as_thousands']}?" if v.get("as_thousands") is not None else ""
            return f"at most {v['allowed']} decimals ({self.text!r} has {v['places']}){hint}"
        return (
            f"{self.text!r} is not a number as this API reads it: digits with an optional leading "
            "minus and a decimal point (e.g. 13700 or 13700.50), or a JSON number"
        )


def _strip_affixes(text: str) -> str:
    low = text.lower()
    changed = True
    while changed and low:
        changed = False
        for s in SUFFIXES:
            if low.endswith(s) and len(low) > len(s):
                text, low, changed = text[: -len(s)], low[: -len(s)], True
                break
        for p in PREFIXES:
            if low.startswith(p) and len(low) > len(p):
                text, low, changed = text[len(p) :], low[len(p) :], True
                break
    return text


def _valid_groups(head: str, groups: list[str]) -> bool:
    """'13', ['700'] or '1', ['234', '567']: a first group of 1-3 digits not starting with 0,
    then groups of exactly three ("0.500" is no thousands group)."""
    return 1 <= len(head) <= 3 and head[0] != "0" and all(len(g) == 3 for g in groups)


def read_typed(raw: str, decimal: str = ",", group: str = "\u00a0") -> Decimal | None:
    """What a person typed, in a language whose decimal mark is `decimal` and whose thousands
    mark is `group` (a space counts as a thousands mark everywhere). None when empty."""
    original = (raw or "").strip()
    text = SPACES.sub("", original)
    if not text:
        return None
    text = _strip_affixes(text)
    sign = ""
    if text[:1] in MINUS:
        sign, text = "-", text[1:]
    elif text[:1] == "+":
        text = text[1:]
    for ch in text:
        if not ("0" <= ch <= "9" or ch in ",."):
            # Where the character stands in what was typed (1-based), for the message.
            return _letter(original, ch)
    if not any("0" <= ch <= "9" for ch in text):
        raise NumberTextError("number.letter", original, char=original[:1], position=1)
    marks = [c for c in text if c in ",."]
    if not marks:
        return Decimal(sign + text)
    if len(set(marks)) == 2:
        # Both marks: the last one is the decimal mark, the other one groups thousands.
        dec = "," if text.rfind(",") > text.rfind(".") else "."
        grp = "." if dec == "," else ","
        whole, _, frac = text.rpartition(dec)
        parts = whole.split(grp)
        if dec in whole or not frac or not _valid_groups(parts[0], parts[1:]):
            raise NumberTextError("number.grouping", original)
        return Decimal(sign + "".join(parts) + "." + frac)
    mark = marks[0]
    parts = text.split(mark)
    if len(parts) > 2:
        # "1.234.567": only thousands groups can repeat.
        if not _valid_groups(parts[0], parts[1:]):
            raise NumberTextError("number.grouping", original)
        return Decimal(sign + "".join(parts))
    head, tail = parts
    if not head or not tail:
        raise NumberTextError("number.grouping", original)
    if len(tail) == 3 and _valid_groups(head, [tail]):
        if mark == group:
            return Decimal(sign + head + tail)
        # The same text is 13 700 in one reading and 13,7 in the other: never guess.
        raise NumberTextError(
            "number.ambiguous",
            original,
            as_thousands=Decimal(sign + head + tail),
            as_decimal=Decimal(sign + head + "." + tail).normalize(),
        )
    return Decimal(sign + head + "." + tail)


def _letter(original: str, ch: str) -> Decimal:
    position = original.find(ch) + 1
    raise NumberTextError("number.letter", original, char=ch, position=max(position, 1))


def machine_decimal(value: Any, places: int | None = None) -> Decimal:
    """A number a program sent (JSON number or string), as one Decimal; see the module docstring.

    `places`: the most decimals the field takes; more are refused even when they are zeros.
    """
    if isinstance(value, bool):
        raise NumberTextError("number.machine", str(value))
    if isinstance(value, Decimal):
        d = value
        text = format(value, "f") if value.is_finite() else str(value)
    elif isinstance(value, int):
        d, text = Decimal(value), str(value)
    elif isinstance(value, float):
        text = repr(value)
        if not MACHINE.fullmatch(text):
            raise NumberTextError("number.machine", text)
        d = Decimal(text)
    elif isinstance(value, str):
        text = value
        if not MACHINE.fullmatch(text):
            raise NumberTextError("number.machine", text)
        d = Decimal(text)
    else:
        raise NumberTextError("number.machine", type(value).__name__)
    if not d.is_finite():
        raise NumberTextError("number.machine", text)
    if places is not None and "." in text:
        frac = text.split(".", 1)[1]
        if len(frac) > places:
            whole = text.split(".", 1)[0].lstrip("-")
            looks_grouped = len(frac) == 3 and _valid_groups(whole, [frac])
            raise NumberTextError(
                "number.decimals",
                text,
                places=len(frac),
                allowed=places,
                as_thousands=Decimal(text.replace(".", "")) if looks_grouped else None,
            )
    if d == 0:
        d = Decimal(0) if d.as_tuple().exponent >= 0 else abs(d)  # no "-0"
    return d


def decimal_text(d: Decimal) -> str:
    """A Decimal as an answer writes it: plain digits (never an exponent: "10", not "1E+1"), and a
    zero is never negative ("0.00", not "-0.00"). The inverse of `machine_decimal`."""
    s = str(d)
    if "E" not in s and not (s[0] == "-" and not d):
        return s  # the common case, as fast as str()
    if not d:
        exp = d.as_tuple().exponent
        return "0" if not isinstance(exp, int) or exp >= 0 else "0." + "0" * min(-exp, 28)
    return format(d, "f")


def pydantic_number(places: int | None) -> Any:
    """A pydantic before-validator: `machine_decimal` with its error as a pydantic error."""

    def check(value: Any) -> Any:
        try:
            return machine_decimal(value, places)
        except NumberTextError as exc:
            if exc.code == "number.decimals":
                raise PydanticCustomError(
                    "decimal_max_places",
                    "Decimal input should have no more than {decimal_places} decimal places",
                    {"decimal_places": places, "as_thousands": exc.values.get("as_thousands")},
                ) from None
            raise PydanticCustomError(
                "decimal_parsing",
                "Input should be a number: digits with an optional minus and a decimal point",
            ) from None

    return check


class MachineNumberSchema:
    """Annotated marker: the JSON Schema of a decimal field states what `machine_decimal` takes
    (the string form's pattern, with at most `places` decimals)."""

    def __init__(self, places: int) -> None:
        self.places = places

    @property
    def pattern(self) -> str:
        frac = rf"(\.[0-9]{{1,{self.places}}})?" if self.places else ""
        return rf"^-?[0-9]+{frac}$"

    def __get_pydantic_json_schema__(self, core_schema: Any, handler: Any) -> dict[str, Any]:
        schema = handler(core_schema)
        for branch in schema.get("anyOf", [schema]):
            if branch.get("type") == "string":
                branch["pattern"] = self.pattern
        return schema


def decimal_type(places: int, **constraints: Any) -> Any:
    """An exact decimal field type: read as `machine_decimal` with at most `places` decimals,
    limited by `constraints` (ge, gt, le, max_digits …), its JSON Schema saying so."""
    from pydantic import BeforeValidator, Field

    return Annotated[
        Decimal,
        Field(decimal_places=places, **constraints),
        BeforeValidator(pydantic_number(places)),
        MachineNumberSchema(places),
    ]


__all__ = [
    "MachineNumberSchema",
    "NumberTextError",
    "decimal_text",
    "decimal_type",
    "machine_decimal",
    "pydantic_number",
    "read_typed",
]
