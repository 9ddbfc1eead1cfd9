"""Børne- og ungeydelse and børnetilskud (rules/dk/boern.py).

Amounts (NOT verified, rules/dk/params/boern.toml): børne- og ungeydelse 2026 21.480 (0-2) / 16.992
(3-6) / 13.368 (7-17) a year (secondary: Beierholm, babyliv.dk); ordinært børnetilskud 6.964 and ekstra
børnetilskud 7.096 a year (2026, derived from bm.dk's official 2024 amounts).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest
from benefits_calc.rules.dk import boern
from benefits_calc.rules.dk.case import Child
from ruletools import check_messages, step

from benefits_calc.parameters import parameters

P2026 = parameters("dk", date(2026, 6, 1))
P2025 = parameters("dk", date(2025, 6, 1))


@pytest.mark.parametrize(
    ("ages", "year", "month"),
    [
        ((0,), 21480, "1790.00"),
        ((2, 3), 21480 + 16992, "3206.00"),  # 38.472 / 12
        ((6, 7, 14, 15, 17), 16992 + 4 * 13368, "5872.00"),  # 70.464 / 12
        ((4, 9), 16992 + 13368, "2530.00"),  # 30.360 / 12
    ],
)
def test_boerne_og_ungeydelse_by_age_2026(ages, year, month):
    r = boern.boerne_og_ungeydelse([Child(age=a) for a in ages], P2026)
    assert step(r, "dk.buy.total") == {"total_year": D(year), "amount": D(month)}
    assert r.amount == r.tax_free == D(month)
    assert not r.taxable
    check_messages(r)


def test_boerne_og_ungeydelse_2025():
    # 13.188 / 12 = 1.099
    assert boern.boerne_og_ungeydelse([Child(age=10)], P2025).amount == D("1099.00")


def test_boernetilskud_single_parent_two_children():
    # 2 × 6.964 + 7.096 = 21.024 a year, 1.752 a month.
    r = boern.boernetilskud([Child(age=4), Child(age=9)], P2026)
    assert step(r, "dk.bts.ordinaert")["ordinaert_year"] == D(13928)
    assert step(r, "dk.bts.total") == {"total_year": D(21024), "amount": D("1752.00")}
    check_messages(r)
    # 2025: 6.664 + 6.792 = 13.456 / 12 = 1.121,33.
    assert boern.boernetilskud([Child(age=1)], P2025).amount == D("1121.33")


def test_duties():
    kids = [Child(age=3)]
    assert [d.benefit for d in boern.reporting_duties(kids, enlig=True)] == [
        "dk.boerne_og_ungeydelse",
        "dk.boernetilskud",
    ]
    assert [d.benefit for d in boern.reporting_duties(kids, enlig=False)] == ["dk.boerne_og_ungeydelse"]
    assert boern.reporting_duties([], enlig=True) == []
