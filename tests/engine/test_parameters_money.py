from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from benefits_calc.money import D, ceil_to, floor_to, round_half_down, round_half_up
from benefits_calc.parameters import OutOfCoverageError, load_country, parameters


def test_rounding_as_authorities_round() -> None:
    # FK: 134 274 / 12 = 11 189.50 -> 11 190 (half up); 10 183.25 -> 10 183
    assert round_half_up(D(134274) / 12) == 11190
    assert round_half_up(D("10183.25")) == 10183
    # Pensionsavgift: nearest 100, exact 50 down: 2 350 -> 2 300, 2 351 -> 2 400
    assert round_half_down(D(2350), 100) == 2300 and round_half_down(D(2351), 100) == 2400
    # Grundavdrag rounds up to 100: 25 041.60 -> 25 100; FFI rounds down: 123 456 -> 123 400
    assert ceil_to(D("25041.60"), 100) == 25100 and floor_to(D(123456), 100) == 123400
    with pytest.raises(TypeError):
        D(1.5)  # type: ignore[arg-type]


def test_values_by_date_and_coverage() -> None:
    assert parameters("se", date(2025, 6, 1)).v("prisbasbelopp") == Decimal(58800)
    assert parameters("se", date(2026, 1, 1)).v("prisbasbelopp") == Decimal(59200)
    assert parameters("se", date(2026, 1, 1)).warnings == []
    # after the confirmed rules: last values, with a visible warning (never a silent 0)
    later = parameters("se", date(2027, 2, 1))
    assert later.v("prisbasbelopp") == Decimal(59200)
    assert [w.msg for w in later.warnings] == ["engine.rules_not_confirmed"]
    # before the first value: an error
    with pytest.raises(OutOfCoverageError):
        parameters("se", date(2023, 12, 31)).v("prisbasbelopp")


def test_every_parameter_has_reference_date_unit() -> None:
    cp = load_country("se")
    assert cp.series, "no parameters loaded"
    for s in cp.series.values():
        assert s.unit
        for e in s.entries:
            assert e.reference.strip() and e.effective_from.year >= 1990
            if not e.verified:
                assert e.note.strip(), f"{s.name} {e.effective_from}: unverified values need a note"
