"""Danish income tax (rules/dk/skat.py): AMBL, PSL, LL, ATP.

No official worked example of skat.dk / skm.dk with 2025 or 2026 figures was found (research
dk-verified.md § 2.4). Every expected figure below is a hand calculation from the law and the official
skm.dk rates (personfradrag 51.600 / 54.100, bundskat 12,01 %, topskat 2025 15 % over 611.800, mellem-,
top- and toptopskat 2026, average kommuneskat 25,068 / 25,049 %, kirkeskat 0,870 / 0,867 %), shown as
inputs -> steps -> result. The 2026 case with 15.000 kr a month is the research's own derived
self-check (dk-verified.md § 2.4: total 49.510 kr).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest
from benefits_calc.rules.dk import skat
from ruletools import check_messages, notice_ids, step

from benefits_calc.parameters import parameters

P2025 = parameters("dk", date(2025, 6, 1))
P2026 = parameters("dk", date(2026, 6, 1))


def tax(p=P2026, wage="0", atp="0", transfers="0", kommune=None, member=False, kirke=None, **kw):
    income = skat.Income(D(wage), D(atp), D(transfers), D("160"))
    return skat.calculate(
        income,
        kommuneskat_percent=None if kommune is None else D(kommune),
        member_of_folkekirken=member,
        kirkeskat_percent=None if kirke is None else D(kirke),
        p=p,
        **kw,
    )


def test_2026_wage_15000_a_month_the_research_self_check():
    # 15.000 × 12 = 180.000; ATP 99 × 12 = 1.188 (>= 117 hours a month).
    # AM base 178.812; AM-bidrag 8 % = 14.304,96 -> 14.305.
    # Personal income 178.812 - 14.305 = 164.507.
    # Beskæftigelsesfradrag 12,75 % × 178.812 = 22.798,53 -> 22.799 (max 63.300); jobfradrag 0
    # (178.812 < 235.200). Taxable 164.507 - 22.799 = 141.708.
    # Bundskat 12,01 % × (164.507 - 54.100) = 13.259,88 -> 13.260.
    # Kommuneskat 25,049 % × (141.708 - 54.100) = 21.944,93 -> 21.945. No kirkeskat.
    # Total 14.305 + 13.260 + 21.945 = 49.510; a month 4.125,83 -> 4.126.
    r = tax(wage="180000", atp="1188")
    assert r.parts["am_bidrag_grundlag"] == D(178812)
    assert r.parts["am_bidrag"] == D(14305)
    assert r.parts["personlig_indkomst"] == D(164507)
    assert r.parts["beskaeftigelsesfradrag"] == D(22799)
    assert r.parts["jobfradrag"] == 0
    assert r.parts["skattepligtig_indkomst"] == D(141708)
    assert r.parts["bundskat"] == D(13260)
    assert r.parts["kommuneskat"] == D(21945)
    assert r.annual == D(49510)
    assert r.amount == D(4126)
    assert "dk.skat.assume.average_kommuneskat" in notice_ids(r)
    assert "dk.skat.assume.no_kirkeskat" in notice_ids(r)
    check_messages(r)


def test_2025_wage_20000_with_jobfradrag_and_own_kommune_and_kirkeskat():
    # 2025: 240.000 a year, ATP 1.188; AM base 238.812; AM 19.104,96 -> 19.105; PI 219.707.
    # Beskæftigelsesfradrag 12,30 % × 238.812 = 29.373,88 -> 29.374 (max 55.600).
    # Jobfradrag 4,5 % × (238.812 - 224.500) = 644,04 -> 644 (max 2.900).
    # Taxable 219.707 - 29.374 - 644 = 189.689.
    # Bundskat 12,01 % × (219.707 - 51.600) = 20.189,65 -> 20.190.
    # Kommuneskat 24,5 % × (189.689 - 51.600) = 33.831,81 -> 33.832.
    # Kirkeskat 0,7 % × 138.089 = 966,62 -> 967. Topskat: 219.707 < 611.800.
    # Total 19.105 + 20.190 + 33.832 + 967 = 74.094; a month 6.174,5 -> 6.175 (50 øre up).
    r = tax(P2025, wage="240000", atp="1188", kommune="24.5", member=True, kirke="0.7")
    assert r.parts["jobfradrag"] == D(644)
    assert r.parts["skattepligtig_indkomst"] == D(189689)
    assert r.parts["bundskat"] == D(20190)
    assert r.parts["kommuneskat"] == D(33832)
    assert r.parts["kirkeskat"] == D(967)
    assert r.parts["topskat"] == 0
    assert r.annual == D(74094)
    assert r.amount == D(6175)
    assert step(r, "dk.skat.progressive_none")["tax_id"] == "dk.skat.topskat"
    assert "dk.skat.assume.average_kommuneskat" not in notice_ids(r)
    check_messages(r)


def test_benefits_carry_no_am_bidrag_and_no_beskaeftigelsesfradrag():
    # Kontanthjælp 14.201 × 12 = 170.412: PI = taxable = 170.412.
    # Bundskat 12,01 % × 116.312 = 13.969,07 -> 13.969; kommuneskat 25,049 % × 116.312 = 29.135,01 -> 29.135.
    # Kirkeskat (average for members 0,867 %) × 116.312 = 1.008,42 -> 1.008. Total 44.112.
    r = tax(transfers="170412", member=True)
    assert r.parts["am_bidrag"] == 0
    assert r.parts["beskaeftigelsesfradrag"] == 0
    assert r.parts["bundskat"] == D(13969)
    assert r.parts["kommuneskat"] == D(29135)
    assert r.parts["kirkeskat"] == D(1008)
    assert r.annual == D(44112)
    assert "dk.skat.assume.average_kirkeskat" in notice_ids(r)


def test_below_the_personfradrag_no_tax_and_a_married_person_is_told_about_the_transfer():
    r = tax(transfers="50000", married=True)
    assert r.annual == 0
    assert "dk.skat.notice.unused_personfradrag" in notice_ids(r)
    assert "dk.skat.notice.unused_personfradrag" not in notice_ids(tax(transfers="50000"))


def test_the_maxima_of_the_fradrag_2026():
    # AM base 600.000: 12,75 % = 76.500 -> the maximum 63.300; jobfradrag 4,5 % × 364.800 = 16.416 -> 3.100.
    r = tax(wage="600000")
    assert r.parts["beskaeftigelsesfradrag"] == D(63300)
    assert r.parts["jobfradrag"] == D(3100)


def test_single_parent_extra_beskaeftigelsesfradrag():
    # 2026, AM base 200.000: 12,75 % = 25.500 plus 11,5 % = 23.000 (max 50.600): 48.500.
    r = tax(wage="200000", enlig_forsorger_ekstra=True)
    assert step(r, "dk.skat.beskaeftigelsesfradrag_enlig")["extra_fradrag"] == D(23000)
    assert r.parts["beskaeftigelsesfradrag"] == D(48500)
    # At 500.000: 11,5 % = 57.500 -> the maximum 50.600.
    r = tax(wage="500000", enlig_forsorger_ekstra=True)
    assert step(r, "dk.skat.beskaeftigelsesfradrag_enlig")["extra_fradrag"] == D(50600)


def test_topskat_2025_and_the_skatteloft_notice():
    # PI 700.000 (a pension, no AM-bidrag): topskat 15 % × (700.000 - 611.800) = 13.230.
    r = tax(P2025, transfers="700000")
    assert r.parts["topskat"] == D(13230)
    assert step(r, "dk.skat.progressive")["progressive_tax"] == D(13230)
    assert "dk.skat.notice.skatteloft" in notice_ids(r)
    assert "dk.skat.notice.skatteloft" not in notice_ids(tax(P2025, transfers="600000"))


def test_mellem_top_and_toptopskat_2026():
    # PI 3.000.000: mellemskat 7,5 % × (3.000.000 - 641.200) = 176.910;
    # topskat 7,5 % × (3.000.000 - 777.900) = 166.657,5 -> 166.658; toptopskat 5 % × 407.300 = 20.365.
    r = tax(transfers="3000000")
    assert r.parts["mellemskat"] == D(176910)
    assert r.parts["topskat"] == D(166658)
    assert r.parts["toptopskat"] == D(20365)
    # Just at the mellemskat limit: none; 100 kr above: 7,50 kr -> 8.
    assert tax(transfers="641200").parts["mellemskat"] == 0
    assert tax(transfers="641300").parts["mellemskat"] == D(8)
    check_messages(r)


@pytest.mark.parametrize(
    ("hours_per_week", "monthly_hours", "atp"),
    [
        # hours a week × 52 / 12; the bracket by whole hours (ATP: 39, 78, 117 hours a month)
        ("0", "0.00", 0),
        ("8.99", "38.96", 0),  # 38,96 -> 38: none
        ("9", "39.00", 33),  # 39 hours a month: 1/3
        ("17.99", "77.96", 33),
        ("18", "78.00", 66),
        ("26.99", "116.96", 66),
        ("27", "117.00", 99),
        ("37", "160.33", 99),
    ],
)
def test_atp_brackets_by_monthly_hours(hours_per_week, monthly_hours, atp):
    assert skat.atp_month(D(hours_per_week), P2026) == (D(monthly_hours), D(atp))


def test_reporting_duty_is_the_forskudsopgoerelse():
    (duty,) = skat.reporting_duties()
    assert duty.authority == "dk.skattestyrelsen"
    assert duty.what == "dk.skat.duty.forskud.what"
