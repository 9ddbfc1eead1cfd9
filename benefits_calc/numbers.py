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

from pydantic import BeforeValidator
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


def _alternatives(parts: list[str]) -> str:
    """One regex matching any of `parts` (a group when there is more than one)."""
    return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"


def _digits_between(lo: str, hi: str) -> str:
    """A regex for the digit strings of the length of `lo` and `hi` (leading zeros counted) from
    `lo` to `hi`: "07" to "23" is 0[7-9]|1[0-9]|2[0-3]."""
    if lo == hi:
        return lo
    if lo[0] == hi[0]:
        return lo[0] + _digits_between(lo[1:], hi[1:])
    rest = len(lo) - 1
    first, last = int(lo[0]), int(hi[0])
    parts = []
    if rest and lo[1:] != "0" * rest:
        parts.append(lo[0] + _digits_between(lo[1:], "9" * rest))
        first += 1
    upper = None
    if rest and hi[1:] != "9" * rest:
        upper = hi[0] + _digits_between("0" * rest, hi[1:])
        last -= 1
    if first <= last:
        digit = str(first) if first == last else f"[{first}-{last}]"
        parts.append(digit + ("[0-9]" * min(rest, 1) if rest < 2 else f"[0-9]{{{rest}}}"))
    if upper is not None:
        parts.append(upper)
    return _alternatives(parts)


def _whole_between(lo: int, hi: int) -> str:
    """A regex for the whole numbers from `lo` to `hi` (0 <= lo <= hi) written without leading zeros
    (the caller puts 0* before it, so from 0 to 99 is simply [0-9]{1,2})."""
    parts = []
    if lo == 0 and hi >= 9:
        full = len(str(hi + 1)) - 1  # 0 to 10**full - 1: every string of 1 to `full` digits
        parts.append(f"[0-9]{{1,{full}}}" if full > 1 else "[0-9]")
        lo = 10**full
    for n in range(len(str(lo)), len(str(hi)) + 1):
        a, b = max(lo, 10 ** (n - 1) if n > 1 else 0), min(hi, 10**n - 1)
        if a <= b:
            parts.append(_digits_between(str(a).zfill(n), str(b)))
    return _alternatives(parts)


def _fraction_between(lo: int, hi: int, places: int) -> str:
    """A regex for the decimal part ("", ".5", ".25" …) of at most `places` digits whose value, in
    units of 10**-places, is from `lo` to `hi`; no decimal part when `lo` is 0."""
    if places == 0:
        return ""
    if (lo, hi) == (0, 10**places - 1):
        return rf"(?:\.[0-9]{{1,{places}}})?" if places > 1 else r"(?:\.[0-9])?"
    parts = []
    for k in range(1, places + 1):
        unit = 10 ** (places - k)  # a k-digit fraction f is worth f * unit
        a, b = -(-lo // unit), min(hi // unit, 10**k - 1)
        if a <= b:
            parts.append(_digits_between(str(a).zfill(k), str(b).zfill(k)))
    fraction = r"\." + _alternatives(parts)
    return f"(?:{fraction})?" if lo == 0 else fraction


def decimal_pattern(
    places: int,
    ge: Decimal | int | None = None,
    gt: Decimal | int | None = None,
    le: Decimal | int | None = None,
    lt: Decimal | int | None = None,
) -> str:
    """The regex (ECMA-262 and Python alike) of exactly the strings `machine_decimal` reads with at
    most `places` decimals whose value is within the bounds: digits (leading zeros allowed), a
    decimal point with 1 to `places` digits, and a minus only on a zero ("-0.00") when 0 is in range.

    The bounds must not be negative and must have at most `places` decimals; an upper one is
    needed (a JSON Schema cannot put a minimum or a maximum on a string, so the pattern says them).
    """
    scale = 10**places

    def units(bound: Decimal | int) -> int:
        scaled = Decimal(bound) * scale
        if scaled != scaled.to_integral_value() or scaled < 0:
            raise ValueError(f"bound {bound}: not a non-negative number with at most {places} decimals")
        return int(scaled)

    if (le is None) == (lt is None) or (ge is not None and gt is not None):
        raise ValueError("give one upper bound (le or lt) and at most one lower bound (ge or gt)")
    low = units(ge) if ge is not None else units(gt) + 1 if gt is not None else 0
    high = units(le) if le is not None else units(lt) - 1  # type: ignore[arg-type]
    if low > high:
        raise ValueError("no number is within the bounds")
    (whole_lo, frac_lo), (whole_hi, frac_hi) = divmod(low, scale), divmod(high, scale)
    if whole_lo == whole_hi:
        parts = [_whole_between(whole_lo, whole_lo) + _fraction_between(frac_lo, frac_hi, places)]
    else:
        parts = []
        mid_lo = whole_lo
        if frac_lo:
            parts.append(_whole_between(whole_lo, whole_lo) + _fraction_between(frac_lo, scale - 1, places))
            mid_lo += 1
        mid_hi = whole_hi if frac_hi == scale - 1 else whole_hi - 1  # any decimals on the top whole
        if mid_lo <= mid_hi:
            parts.append(_whole_between(mid_lo, mid_hi) + _fraction_between(0, scale - 1, places))
        if mid_hi < whole_hi:
            parts.append(_whole_between(whole_hi, whole_hi) + _fraction_between(0, frac_hi, places))
    number = "0*" + _alternatives(parts)
    if low == 0:  # machine_decimal reads "-0" and "-0.00" as 0
        zero = "-0+" + (rf"(?:\.0{{1,{places}}})?" if places > 1 else r"(?:\.0)?" if places else "")
        number = f"(?:{zero}|{number})"
    return f"^{number}$"


def _json_number(d: Decimal | int) -> int | float:
    d = Decimal(d)
    return int(d) if d == d.to_integral_value() else float(d)


def decimal_branches(places: int, **bounds: Any) -> list[dict[str, Any]]:
    """The JSON Schema of exactly what a decimal field reads (`machine_decimal` with at most
    `places` decimals, within `bounds`: ge or gt, and le or lt): a JSON number within the bounds and
    a multiple of 10**-places (a JSON number arrives as a float, and one that needs more decimals is
    refused), or a string of `decimal_pattern` (which says the bounds: JSON Schema puts no minimum on
    a string)."""
    keywords = {"ge": "minimum", "gt": "exclusiveMinimum", "le": "maximum", "lt": "exclusiveMaximum"}
    number: dict[str, Any] = {"type": "number"}
    number.update({keywords[k]: _json_number(v) for k, v in bounds.items()})
    number["multipleOf"] = 1 if places == 0 else float(Decimal(1).scaleb(-places))
    return [number, {"type": "string", "pattern": decimal_pattern(places, **bounds)}]


class MachineNumberSchema:
    """Annotated marker: the JSON Schema of a decimal field is `decimal_branches` (a field that may
    be null keeps its null branch)."""

    def __init__(self, places: int, bounds: dict[str, Any]) -> None:
        self.places = places
        self.bounds = bounds

    @property
    def pattern(self) -> str:
        return decimal_pattern(self.places, **self.bounds)

    def __get_pydantic_json_schema__(self, core_schema: Any, handler: Any) -> dict[str, Any]:
        schema = handler(core_schema)
        branches = decimal_branches(self.places, **self.bounds)
        if "anyOf" in schema:
            others = [b for b in schema["anyOf"] if b.get("type") not in ("number", "string")]
            schema["anyOf"] = [*branches, *others]
        else:
            schema.pop("type", None)
            schema["anyOf"] = branches
        return schema


BOUNDS = ("ge", "gt", "le", "lt")


def decimal_type(places: int, **constraints: Any) -> Any:
    """An exact decimal field type: read as `machine_decimal` with at most `places` decimals,
    limited by `constraints` (ge, gt, le, max_digits …), its JSON Schema saying so.

    An upper bound is required, and `max_digits` (when given) must follow from it: every number
    the schema admits has to be taken, so no limit may be checked that the bounds do not state."""
    from pydantic import Field

    bounds = {k: v for k, v in constraints.items() if k in BOUNDS}
    highest = Decimal(bounds.get("le", bounds.get("lt", 0)))
    max_digits = constraints.get("max_digits")
    if max_digits is not None and len(str(int(highest))) > max_digits - places:
        raise ValueError(f"max_digits {max_digits} refuses numbers the bound {highest} admits")
    return Annotated[
        Decimal,
        Field(decimal_places=places, **constraints),
        BeforeValidator(pydantic_number(places)),
        MachineNumberSchema(places, bounds),
    ]


def _whole_number(value: Any) -> Any:
    """A JSON number with no fractional part (40.0, 1e2) as the int it is: JSON Schema's `integer`
    counts it as one. Anything else goes to pydantic's strict int check unchanged ("40", 40.5 and
    true are refused there)."""
    if type(value) is float and value.is_integer():
        return int(value)
    return value


#: A whole number: a JSON integer, or a JSON number with no fractional part (40.0); never a string.
WholeNumber = Annotated[int, BeforeValidator(_whole_number)]


__all__ = [
    "MachineNumberSchema",
    "NumberTextError",
    "WholeNumber",
    "decimal_branches",
    "decimal_pattern",
    "decimal_text",
    "decimal_type",
    "machine_decimal",
    "pydantic_number",
    "read_typed",
]
