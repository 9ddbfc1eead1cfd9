"""A typed number has one reading or none (benefits_calc/numbers.py).

Each case says how a person or a program wrote the number and the only reading it can have,
or why it has none. The separators are those of the page's language: Swedish and Finnish write
"13 700,50" (space, comma), Danish "13.700,50" (dot, comma), English "13,700.50" (comma, dot).
"""

from __future__ import annotations

import json
from decimal import Decimal

import jsonschema_rs
import pytest
from benefits_calc.rules.dk import case as dk_case
from benefits_calc.rules.fi import case as fi_case
from benefits_calc.rules.se import case as se_case
from pydantic import TypeAdapter, ValidationError

from benefits_calc import models
from benefits_calc.engine import parse_case
from benefits_calc.numbers import (
    NumberTextError,
    WholeNumber,
    decimal_pattern,
    decimal_type,
    machine_decimal,
    read_typed,
)

SV = {"decimal": ",", "group": "\u00a0"}
DA = {"decimal": ",", "group": "."}
EN = {"decimal": ".", "group": ","}


@pytest.mark.parametrize(
    ("raw", "seps", "expected"),
    [
        ("13 700", SV, "13700"),
        ("13\u00a0700", SV, "13700"),
        ("13 700,50", SV, "13700.50"),
        ("32,38", SV, "32.38"),
        ("32.38", SV, "32.38"),  # two decimals cannot be a thousands group: a decimal point
        ("7000 kr", SV, "7000"),
        ("5 000:-", SV, "5000"),
        ("kr 5 000", SV, "5000"),
        ("1 234 567", SV, "1234567"),
        ("0,500", SV, "0.500"),  # "0" begins no thousands group: only the decimal reading
        ("1370,000", SV, "1370.000"),  # four digits before the mark: no thousands group either
        ("13.700", DA, "13700"),  # Danish thousands dot
        ("13.700,-", DA, "13700"),
        ("1.234.567,5", DA, "1234567.5"),
        ("13,7", DA, "13.7"),
        ("13,700", EN, "13700"),  # English thousands comma
        ("13,700.50", EN, "13700.50"),
        ("\u22125", SV, "-5"),
        ("12 %", SV, "12"),
        ("1 234,56 €", SV, "1234.56"),
    ],
)
def test_one_reading(raw, seps, expected):
    assert read_typed(raw, **seps) == Decimal(expected)


def test_empty_is_no_number():
    assert read_typed("  ", **SV) is None


@pytest.mark.parametrize(
    ("raw", "seps", "thousands", "decimal"),
    [
        # The case: "13.700" typed as sjukersättning on a Swedish page was read as 13,70 kr.
        ("13.700", SV, "13700", "13.7"),
        ("13,700", SV, "13700", "13.7"),
        ("13,700", DA, "13700", "13.7"),
        ("13.700", EN, "13700", "13.7"),
        ("5.250", SV, "5250", "5.25"),
    ],
)
def test_a_thousands_group_that_could_be_a_decimal_is_refused_with_both_readings(
    raw, seps, thousands, decimal
):
    with pytest.raises(NumberTextError) as info:
        read_typed(raw, **seps)
    assert info.value.code == "number.ambiguous"
    assert info.value.values["as_thousands"] == Decimal(thousands)
    assert info.value.values["as_decimal"] == Decimal(decimal)


@pytest.mark.parametrize(
    ("raw", "char", "position"),
    [
        ("13 7OO", "O", 5),  # the letter O for the digit 0: character 5 of what was typed
        ("abc", "a", 1),
        ("1_000", "_", 2),
        ("1e3", "e", 2),
        ("\u0661\u0663", "\u0661", 1),  # Arabic-Indic digits are not read as 13
        ("5--", "-", 2),
    ],
)
def test_a_letter_is_refused_and_pointed_at(raw, char, position):
    with pytest.raises(NumberTextError) as info:
        read_typed(raw, **SV)
    assert info.value.code == "number.letter"
    assert (info.value.values["char"], info.value.values["position"]) == (char, position)


@pytest.mark.parametrize("raw", ["13.70.0", "1.23.456", "13,700.5,0", ",5", "5,"])
def test_groups_that_are_not_thousands_are_refused(raw):
    with pytest.raises(NumberTextError) as info:
        read_typed(raw, **SV)
    assert info.value.code == "number.grouping"


# --- JSON (API, CLI case files) -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [("13700", "13700"), ("13700.5", "13700.5"), (13700, "13700"), (13700.5, "13700.5"), ("-0", "0")],
)
def test_machine_numbers(value, expected):
    d = machine_decimal(value, places=2)
    assert d == Decimal(expected)
    assert str(d) == expected  # "-0" comes out as "0"


@pytest.mark.parametrize(
    "value", [" 13715 ", "1_000", "0e999999999", "1e3", "13,7", "\u0661\u0663", "NaN", "", True, float("inf")]
)
def test_machine_numbers_refuse_what_a_person_would_read_otherwise(value):
    with pytest.raises(NumberTextError) as info:
        machine_decimal(value, places=2)
    assert info.value.code == "number.machine"


def test_three_decimals_on_kronor_are_refused_as_a_likely_thousands_group():
    # "13.700" as a JSON string for an amount with at most 2 decimals: refused, with 13 700 offered.
    with pytest.raises(NumberTextError) as info:
        machine_decimal("13.700", places=2)
    assert info.value.code == "number.decimals"
    assert info.value.values["as_thousands"] == Decimal(13700)


def test_the_case_model_reads_amounts_as_the_api_does():
    base = {"country": "se", "person": {"age": 40}, "housing": {"housing_cost_month": "6500"}}
    assert parse_case(base).housing.housing_cost_month == Decimal(6500)
    for bad in ("13.700", " 6500", "6_500", "6.5e3"):
        with pytest.raises(ValidationError) as info:
            parse_case({**base, "housing": {"housing_cost_month": bad}})
        (err,) = info.value.errors()
        assert err["loc"] == ("housing", "housing_cost_month")
        assert err["type"] in ("decimal_max_places", "decimal_parsing")


# --- The JSON Schema of a decimal field says exactly what the field takes ------------------------

DECIMAL_TYPES = {
    "Money": models.Money,
    "Percent": models.Percent,
    "Hours": models.Hours,
    "HourlyWage": models.HourlyWage,
    "FullTimeHours": models.FullTimeHours,
    "StepPercent": models.StepPercent,
    "se.TaxRate": se_case.TaxRate,
    "se.FeeRate": se_case.FeeRate,
    "se.Area": se_case.Area,
    "se.DailyAmount": se_case.DailyAmount,
    "dk.KommuneRate": dk_case.KommuneRate,
    "dk.KirkeRate": dk_case.KirkeRate,
    "dk.Area": dk_case.Area,
    "dk.NormalHours": dk_case.NormalHours,
    "fi.TaxPercent": fi_case.TaxPercent,
    "fi.DailyAmount": fi_case.DailyAmount,
}

WHOLES = [
    "",
    "0",
    "00",
    "-0",
    "-00",
    "-1",
    "1",
    "2",
    "3",
    "9",
    "10",
    "14",
    "15",
    "16",
    "35",
    "36",
    "40",
    "41",
]
WHOLES += ["50", "51", "60", "61", "80", "81", "99", "100", "101", "999", "1000", "1001", "2000", "2001"]
WHOLES += ["9999", "10000", "10001", "9999999", "10000000", "10000001", "00000000000000000000015"]
FRACTIONS = [
    "",
    ".",
    ".0",
    ".00",
    ".000",
    ".0000",
    ".4",
    ".5",
    ".01",
    ".05",
    ".1",
    ".10",
    ".001",
    ".99",
    ".999",
]
ODD = ["1e2", "+1", " 1", "1 ", "1\n", "\u0661", "0x1", "1_0", "NaN", "Infinity", "１"]
TEXTS = [w + f for w in WHOLES for f in FRACTIONS] + ODD
# As JSON numbers: whole, in range or not, with as many decimals as a field takes or one more.
NUMBERS = ["0", "-0.0", "0.5", "0.35", "0.1", "0.01", "0.001", "0.0001", "1e-05", "1e2", "1E1", "15", "14.99"]
NUMBERS += ["35.001", "40", "40.01", "60", "60.01", "80", "1000", "1000.1", "2000", "10000", "10000.01"]
NUMBERS += ["10000000", "10000000.01", "1e7", "1e16", "-1", "-0.01", "7.0000000000000001"]


def _field_takes(field_type: object, json_text: str) -> bool:
    try:
        TypeAdapter(field_type).validate_json(json_text, strict=True)
    except ValidationError:
        return False
    return True


@pytest.mark.parametrize("name", list(DECIMAL_TYPES))
def test_a_decimal_field_takes_exactly_what_its_json_schema_admits(name):
    field_type = DECIMAL_TYPES[name]
    schema = TypeAdapter(field_type).json_schema()
    valid = jsonschema_rs.validator_for({"$schema": "https://json-schema.org/draft/2020-12/schema", **schema})
    differ = []
    for text in TEXTS:
        if valid.is_valid(text) != _field_takes(field_type, json.dumps(text)):
            differ.append(text)
    for number in NUMBERS:
        if valid.is_valid(json.loads(number)) != _field_takes(field_type, number):
            differ.append(number)
    assert not differ, differ


@pytest.mark.parametrize(
    ("field_type", "taken", "refused"),
    [
        # 0 to 10 000 000 kr with öre; "-0" is 0; leading zeros are only zeros
        (
            models.Money,
            ["0", "-0", "-0.00", "007", "10000000", "10000000.00", "13700.5", "0.01", 0.35, 1e7, 13700],
            ["-0.01", "10000000.01", "10000001", "13.700", "0.001", "-1", 0.001, 1e-05, -0.01, 10000000.01],
        ),
        # above 0, at most 60, two decimals
        (
            models.FullTimeHours,
            ["0.01", "0.1", "00060", "60.00", "37.5", 0.01, 60],
            ["0", "0.00", "-0", "0.001", "60.01", "61", 0, 60.01],
        ),
        # 0.5 to 50 in tenths
        (
            models.StepPercent,
            ["0.5", "00.5", "50", "50.0", "12.3", 0.5, 2.5],
            ["0.4", "0.49", "50.1", "-0", 0.25],
        ),
        # 15 to 40 (Swedish municipal tax), two decimals
        (se_case.TaxRate, ["15", "15.00", "32.38", "40"], ["14.99", "40.01", "-0", "0", "4"]),
        # 0 to 3 with three decimals (a fee rate)
        (se_case.FeeRate, ["0", "2.999", "3.000", "-0.000"], ["3.001", "3.0001", "-0.0000", "4"]),
    ],
)
def test_decimal_field_bounds_in_the_string_form(field_type, taken, refused):
    valid = jsonschema_rs.validator_for(TypeAdapter(field_type).json_schema())
    for value in taken:
        assert valid.is_valid(value), value
        assert _field_takes(field_type, json.dumps(value)), value
    for value in refused:
        assert not valid.is_valid(value), value
        assert not _field_takes(field_type, json.dumps(value)), value


def test_decimal_pattern_is_the_same_in_ecmascript_and_python():
    # JSON Schema patterns are ECMA-262 regular expressions: the pattern uses only what both
    # read alike (no \d, which Python also takes for other scripts' digits).
    pattern = decimal_pattern(2, ge=0, le=100)
    assert "\\d" not in pattern
    assert pattern == r"^(?:-0+(?:\.0{1,2})?|0*(?:[0-9]{1,2}(?:\.[0-9]{1,2})?|100(?:\.(?:0|00))?))$"


def test_a_decimal_type_refuses_max_digits_its_bounds_do_not_imply():
    # max_digits would refuse numbers the schema's maximum admits (12345.67 has 7 digits)
    with pytest.raises(ValueError):
        decimal_type(2, ge=0, le=100_000, max_digits=6)


@pytest.mark.parametrize(("json_text", "expected"), [("40", 40), ("40.0", 40), ("4e1", 40), ("-0.0", 0)])
def test_a_whole_number_is_taken_as_a_json_integer_in_any_spelling(json_text, expected):
    value = TypeAdapter(WholeNumber).validate_json(json_text, strict=True)
    assert value == expected and type(value) is int


@pytest.mark.parametrize("json_text", ['"40"', "40.5", "true", "null", "1e400"])
def test_a_whole_number_is_never_a_string_a_fraction_or_a_flag(json_text):
    with pytest.raises(ValidationError):
        TypeAdapter(WholeNumber).validate_json(json_text, strict=True)
