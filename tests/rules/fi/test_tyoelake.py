"""The earnings-related disability pension and kuntoutustuki with work: rules/fi/tyoelake.py.

No official numeric example of the 40 % / 60 % limits was found (providers say "your limit is in the
decision"); these are hand calculations from the rules the providers state:
* Varma (https://varma.fi/en/pensions/during-retirement/working-during-retirement, 2024): "When drawing
  disability pension, your earnings cannot be more than 40% of your earlier income level"; partial
  60 %; "You may, however, earn 976.59 euros per month (in 2024) without it affecting the payment".
* TyEL 47 § 2 mom (no right to a full pension above 40 %, to a partial one above 60 %).
Limits 2026: the minimum is the full takuueläke 990,90 €.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest
from benefits_calc.rules.fi import tyoelake
from benefits_calc.rules.fi.case import TyoelakeDecision
from ruletools import check_messages, notice_ids, step

from benefits_calc.parameters import parameters

P = parameters("fi", date(2026, 6, 1))
FULL = TyoelakeDecision(kind="full", amount_month=D(1200), vakiintunut_keskiansio_month=D(3000))


@pytest.mark.parametrize(
    ("earnings", "paid", "what"),
    [
        # vakiintunut keskiansio 3 000: 40 % = 1 200,00, 60 % = 1 800,00 (both above 990,90)
        ("0", "1200", "fi.tyoelake.work.none"),
        ("1200.00", "1200", "fi.tyoelake.work.within_limit"),
        ("1200.01", "600.00", "fi.tyoelake.work.to_partial"),  # full -> partial: 50 % of 1 200
        ("1800.00", "600.00", "fi.tyoelake.work.to_partial"),
        ("1800.01", "0", "fi.tyoelake.work.rests"),
    ],
)
def test_full_pension_at_every_threshold(earnings, paid, what):
    r = tyoelake.calculate(FULL, earnings_month=D(earnings), p=P)
    assert r.amount == D(paid)
    assert any(s.msg == what for s in r.steps)
    limits = step(r, "fi.tyoelake.limits")
    assert (limits["limit_full_month"], limits["limit_partial_month"]) == (D("1200.00"), D("1800.00"))
    assert r.benefit == "fi.tyokyvyttomyyselake"
    check_messages(r)


def test_low_earlier_earnings_use_the_takuuelake_minimum():
    """Vakiintunut keskiansio 2 000: 40 % = 800 and 60 % = 1 200; the full limit is raised to the
    minimum 990,90, the partial one stays 1 200."""
    d = TyoelakeDecision(kind="full", amount_month=D(700), vakiintunut_keskiansio_month=D(2000))
    r = tyoelake.calculate(d, earnings_month=D("990.90"), p=P)
    assert r.amount == D(700)
    limits = step(r, "fi.tyoelake.limits")
    assert (limits["limit_full_month"], limits["limit_partial_month"]) == (D("990.90"), D("1200.00"))
    assert tyoelake.calculate(d, earnings_month=D("1000"), p=P).amount == D("350.00")
    assert tyoelake.calculate(d, earnings_month=D("1200.01"), p=P).amount == 0


def test_partial_pension_rests_above_60_percent():
    """Osatyökyvyttömyyseläke 600, keskiansio 2 500: limit 60 % = 1 500."""
    d = TyoelakeDecision(kind="partial", amount_month=D(600), vakiintunut_keskiansio_month=D(2500))
    assert tyoelake.calculate(d, earnings_month=D(1500), p=P).amount == D(600)
    r = tyoelake.calculate(d, earnings_month=D("1500.01"), p=P)
    assert r.amount == 0 and r.benefit == "fi.osatyokyvyttomyyselake"
    assert "fi.lepaaminen.ask_first" in notice_ids(r)
    check_messages(r)


def test_kuntoutustuki_follows_the_same_rules():
    d = TyoelakeDecision(
        kind="full", fixed_term=True, amount_month=D(900), vakiintunut_keskiansio_month=D(2200)
    )
    r = tyoelake.calculate(d, earnings_month=D(1000), p=P)  # 40 % = 880 -> 990,90; 60 % = 1 320
    assert r.benefit == "fi.kuntoutustuki" and r.amount == D("450.00")
    assert tyoelake.calculate(d, earnings_month=D("1320.01"), p=P).amount == 0


def test_without_keskiansio_only_the_minimum_limit_and_a_warning():
    d = TyoelakeDecision(kind="full", amount_month=D(900))
    r = tyoelake.calculate(d, earnings_month=D(1000), p=P)
    assert r.amount == 0
    assert "fi.tyoelake.notice.no_keskiansio" in notice_ids(r)
    assert step(r, "fi.tyoelake.limit_minimum")["minimum_month"] == D("990.90")
    check_messages(r)


def test_a_limit_stated_in_the_decision_is_used():
    d = TyoelakeDecision(
        kind="partial",
        amount_month=D(600),
        vakiintunut_keskiansio_month=D(2500),
        earnings_limit_month=D(1550),
    )
    assert tyoelake.calculate(d, earnings_month=D(1540), p=P).amount == D(600)
    assert tyoelake.calculate(d, earnings_month=D(1551), p=P).amount == 0
