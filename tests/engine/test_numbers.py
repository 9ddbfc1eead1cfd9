"""A typed number has one reading or none (benefits_calc/numbers.py).

Each case says how a person or a program wrote the number and the only reading it can have,
or why it has none. The separators are those of the page's language: Swedish and Finnish write
"13 700,50" (space, comma), Danish "13.700,50" (dot, comma), English "13,700.50" (comma, dot).
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from pydantic import ValidationError

from benefits_calc.engine import parse_case
from benefits_calc.numbers import NumberTextError, machine_decimal, read_typed

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
