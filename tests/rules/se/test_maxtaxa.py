"""Maxtaxa for förskola and fritidshem (rules/se/maxtaxa.py; förordning 2001:160 3-5 §§).

Rates (3 §): förskola 3 / 2 / 1 % and fritidshem 2 / 1 / 1 % of the avgiftsgrundande inkomst for the
1st / 2nd / 3rd child, the youngest first; nothing from the 4th. Inkomsttak (5 §): 59 440 (2025),
61 560 (2026, both derived from inkomstindex, see params/maxtaxa.toml). From 2026-07-01 the first
10 000 kr do not count. Each fee to whole kronor, half up.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from benefits_calc.rules.se import maxtaxa
from benefits_calc.rules.se.case import Child
from ruletools import check_messages, step

from benefits_calc.parameters import parameters

D = Decimal
P2025 = parameters("se", date(2025, 6, 1))
P2026 = parameters("se", date(2026, 3, 1))
P2026_JULY = parameters("se", date(2026, 7, 1))


def kids(*pairs: tuple[int, str]) -> list[Child]:
    return [Child(age=a, care=c) for a, c in pairs]


def test_youngest_first_each_by_its_own_care():
    # Income 30 000 a month (< 61 560). The 2-year-old in förskola is the first child: 3 % = 900;
    # the 8-year-old in fritidshem the second: 1 % = 300. Total 1 200.
    r = maxtaxa.calculate(kids((8, "fritidshem"), (2, "forskola")), D(30000), p=P2026)
    assert r.amount == D(1200) and r.kind == "fee"
    assert step(r, "se.maxtaxa.child.forskola") == {
        "rank_count": 1, "age": 2, "fee_rate": D("0.03"), "base": D(30000), "fee": D(900)
    }  # fmt: skip
    assert step(r, "se.maxtaxa.child.fritidshem")["fee"] == D(300)
    check_messages(r)


def test_the_ceiling_gives_skolverkets_highest_fee():
    # 80 000 > 61 560: 3 % x 61 560 = 1 846.80 -> 1 847 (Skolverket's 2026 maximum for the first child).
    assert maxtaxa.calculate(kids((3, "forskola")), D(80000), p=P2026).amount == D(1847)
    # 2025: 3 % x 59 440 = 1 783.20 -> 1 783.
    assert maxtaxa.calculate(kids((3, "forskola")), D(80000), p=P2025).amount == D(1783)


def test_from_july_2026_the_first_10_000_do_not_count():
    # 80 000 -> 61 560 - 10 000 = 51 560; 3 % = 1 546.80 -> 1 547 (Skolverket's preliminary figure).
    r = maxtaxa.calculate(kids((3, "forskola")), D(80000), p=P2026_JULY)
    assert r.amount == D(1547)
    assert step(r, "se.maxtaxa.disregard") == {"disregard": D(10000), "base": D(51560)}
    # 8 000 a month: nothing left to count, no fee.
    assert maxtaxa.calculate(kids((3, "forskola")), D(8000), p=P2026_JULY).amount == 0


def test_no_fee_from_the_fourth_child_and_none_without_care():
    # 40 000: 1 200 + 800 + 400 + 0 = 2 400.
    r = maxtaxa.calculate(
        kids((1, "forskola"), (2, "forskola"), (3, "forskola"), (4, "forskola")), D(40000), p=P2026
    )
    assert r.amount == D(2400)
    assert maxtaxa.calculate(kids((4, "none"), (9, "none")), D(40000), p=P2026) is None
