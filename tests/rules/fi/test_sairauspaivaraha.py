"""Sairauspäiväraha and osasairauspäiväraha: rules/fi/sairauspaivaraha.py.

Official: Kela 27.11.2024 (https://kela.fi/news/new-calculation-formula-for-sickness-and-rehabilitation-
allowances-to-be-introduced-on-1-january-2025-allowances-for-the-lowest-income-recipients-will-not-be-affected):
70 % up to 28 241 €, 15 % above; partial allowance = half. Kela's plain-language example
(https://www.kela.fi/web/selkosuomi/sairauspaivaraha, 2020 rules): Liisa, wages 2 500 € a month +
holiday bonus 1 125 € = 31 125 € a year, "noin 65 e/arkipäivä"; with the 2025 and 2026 rules
(insurance deduction 8,58 % / 9,07 %) it is about 66 € (Kela's 2026 parental example for the same
income, as transcribed by nettopalkka.fi: "noin 66 €").
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest
from benefits_calc.rules.fi import sairauspaivaraha
from benefits_calc.rules.fi.case import SairauspaivarahaDecision
from ruletools import check_messages, notice_ids, step

from benefits_calc.parameters import parameters

P26 = parameters("fi", date(2026, 6, 1))
P25 = parameters("fi", date(2025, 6, 1))


def test_liisa_2026():
    """31 125 × (1 − 0,0907) = 28 301,96 (below 28 899): 0,70 × 28 301,96 / 300 = 66,0379 -> 66,04."""
    ai = (D(31125) * (1 - P26.v("fi_sp_insurance_deduction"))).quantize(D("0.01"))
    assert ai == D("28301.96")
    daily, s = sairauspaivaraha.daily_from_income(ai, P26)
    assert daily == D("66.04")
    assert s.values["breakpoint_year"] == D(28899)


def test_liisa_2025_above_the_breakpoint():
    """31 125 × 0,9142 = 28 454,48; 0,70 × 28 241 / 300 = 65,8957 + 0,15 × 213,48 / 300 = 0,1067:
    66,0024 -> 66,00."""
    daily, _ = sairauspaivaraha.daily_from_income(D("28454.48"), P25)
    assert daily == D("66.00")


def test_minimum_31_99():
    """13 712 × 0,70 / 300 = 31,99: below it the minimum 31,99 € is paid."""
    assert sairauspaivaraha.daily_from_income(D(10000), P26)[0] == D("31.99")
    assert sairauspaivaraha.daily_from_income(D(13712), P26)[0] == D("31.99")


FULL = SairauspaivarahaDecision(kind="full", annual_income_year=D("28301.96"))
PARTIAL = SairauspaivarahaDecision(kind="partial", annual_income_year=D("28301.96"), daily_amount=D("33.02"))


def test_full_allowance_stops_with_work():
    """Not working: 66,04 × 25 = 1 651,00 a month; any work: 0."""
    r = sairauspaivaraha.calculate(FULL, work_share=D(0), partial_pension_month=D(0), p=P26)
    assert r.amount == D("1651.00")
    r = sairauspaivaraha.calculate(FULL, work_share=D("0.3"), partial_pension_month=D(0), p=P26)
    assert r.amount == 0 and "fi.sp.notice.work_ends_allowance" in notice_ids(r)
    check_messages(r)


@pytest.mark.parametrize(
    ("share", "month"),
    [
        ("0", "1651.00"),
        ("0.39", "0"),
        ("0.40", "825.50"),
        ("0.50", "825.50"),
        ("0.60", "825.50"),
        ("0.61", "0"),
    ],
)
def test_partial_allowance_only_at_40_to_60_percent(share, month):
    """Half of 66,04 = 33,02 a day × 25 = 825,50; not working: the full allowance 1 651,00."""
    r = sairauspaivaraha.calculate(PARTIAL, work_share=D(share), partial_pension_month=D(0), p=P26)
    assert r.amount == D(month)
    assert step(r, "fi.sp.decision")["daily"] == D("66.04")
    check_messages(r)


def test_partial_disability_pension_is_deducted():
    """Osatyökyvyttömyyseläke 500 € a month: 500 / 25 = 20,00 a day; 66,04 − 20,00 = 46,04 × 25 = 1 151,00."""
    r = sairauspaivaraha.calculate(FULL, work_share=D(0), partial_pension_month=D(500), p=P26)
    assert step(r, "fi.sp.pension_deducted")["cut_daily"] == D("20.00")
    assert r.amount == D("1151.00")


def test_decision_amount_differing_from_the_rules_is_used_and_shown():
    d = SairauspaivarahaDecision(kind="full", annual_income_year=D("28301.96"), daily_amount=D("65.00"))
    r = sairauspaivaraha.calculate(d, work_share=D(0), partial_pension_month=D(0), p=P26)
    assert r.amount == D("1625.00")
    assert "fi.sp.notice.mismatch" in notice_ids(r)
