"""Sjukpenning (rules/se/sjukpenning.py, SFB 24-28 kap.).

Official amounts:
- FK "Aktuella belopp" 2023 (PBB 52 500): SGI max 525 000 / min 12 600; sjukpenning max 1 116 (80 %)
  and 1 046 (75 %), min 27 / 25 kr a day. 2022 (PBB 48 300): SGI max 483 000 / min 11 500;
  max 1 027 / 963, min 24 / 23 kr a day.
  https://www.forsakringskassan.se/privatperson/e-tjanster-blanketter-och-informationsmaterial/aktuella-belopp
- 2024 (PBB 57 300): max 1 218 kr a day at 80 %:
  https://www.regeringen.se/pressmeddelanden/2023/09/prisbasbelopp-for-2024-faststallt/
2025 and 2026 are hand calculations (FK's own figures for those years were not found).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest
from benefits_calc.rules.se import sjukpenning as sp
from benefits_calc.rules.se.case import SjukpenningDecision
from ruletools import check_messages, step

from benefits_calc.parameters import parameters

P2024 = parameters("se", date(2024, 6, 1))
P2025 = parameters("se", date(2025, 6, 1))
P2026 = parameters("se", date(2026, 6, 1))
P2026_JAN = parameters("se", date(2026, 1, 1))


class _Pbb:
    """The real parameters with another prisbasbelopp (FK's 2022/2023 tables predate the store)."""

    def __init__(self, p, pbb: str) -> None:
        self._p, self._pbb = p, D(pbb)

    def v(self, name):
        return self._pbb if name == "prisbasbelopp" else self._p.v(name)


def calc(p=P2026, work="0", **kw):
    return sp.calculate(SjukpenningDecision(**kw), work_share=D(work), p=p)


@pytest.mark.parametrize(
    ("pbb", "sgi", "rate", "daily"),
    [
        # FK 2023: 525 000 × 0,97 × 0,80 / 365 = 1 116,16 -> 1 116; × 0,75: 1 046,40 -> 1 046
        ("52500", "525000", "0.80", D(1116)),
        ("52500", "525000", "0.75", D(1046)),
        # FK 2023 lowest: 12 600 × 0,776 / 365 = 26,79 -> 27; × 0,7275 / 365 = 25,11 -> 25
        ("52500", "12600", "0.80", D(27)),
        ("52500", "12600", "0.75", D(25)),
        # FK 2022: 483 000 -> 1 026,87 -> 1 027 and 962,67 -> 963; 11 500 -> 24,45 -> 24 and 22,92 -> 23
        ("48300", "483000", "0.80", D(1027)),
        ("48300", "483000", "0.75", D(963)),
        ("48300", "11500", "0.80", D(24)),
        ("48300", "11500", "0.75", D(23)),
    ],
)
def test_fk_published_daily_amounts(pbb, sgi, rate, daily):
    p = _Pbb(P2026, pbb)
    _exact, full = sp.daily_full(D(sgi), D(rate), p)
    assert full == daily


def test_fk_published_sgi_limits():
    # 2023: 10 × 52 500 = 525 000; 0,24 × 52 500 = 12 600. 2022: 0,24 × 48 300 = 11 592 -> 11 500.
    assert sp.sgi_minimum(_Pbb(P2026, "52500")) == D(12600)
    assert sp.sgi_minimum(_Pbb(P2026, "48300")) == D(11500)


def test_2024_official_maximum_1218():
    # SGI capped at 10 × 57 300 = 573 000; 573 000 × 0,97 × 0,80 / 365 = 1 218,21 -> 1 218
    r = calc(P2024, sgi_year=D(700000))
    assert step(r, "se.sjukpenning.sgi_cap")["sgi_cap_year"] == D(573000)
    assert step(r, "se.sjukpenning.daily")["daily_full"] == D(1218)
    check_messages(r)


def test_2025_maximum_hand_calculation():
    # 588 000 × 0,776 / 365 = 1 250,10 -> 1 250; fortsättningsnivå × 0,7275 / 365 = 1 171,97 -> 1 172
    assert step(calc(P2025, sgi_year=D(600000)), "se.sjukpenning.daily")["daily_full"] == D(1250)
    r = calc(P2025, sgi_year=D(600000), days_in_rehab_chain=400)
    assert step(r, "se.sjukpenning.daily")["daily_full"] == D(1172)


def test_2026_maximum_and_month():
    # 592 000 × 0,776 / 365 = 1 258,61 -> 1 259 a day; × 365 / 12 = 38 294,58 -> 38 295 a month
    r = calc(sgi_year=D(800000))
    v = step(r, "se.sjukpenning.daily")
    assert v["sgi_year"] == D(592000) and v["daily_exact"] == D("1258.61") and v["daily_full"] == D(1259)
    assert r.amount == D(38295)
    assert r.benefit == "se.sjukpenning" and r.authority == "se.forsakringskassan" and r.taxable
    assert "se.sjukpenning.assume.days" in {n.msg for n in r.notices}
    check_messages(r)


def test_sgi_cap_boundary_and_rounding_down():
    # exactly 592 000: no cap step
    r = calc(sgi_year=D(592000))
    assert "se.sjukpenning.sgi_cap" not in {s.msg for s in r.steps}
    assert step(r, "se.sjukpenning.daily")["daily_full"] == D(1259)
    # 300 050 -> 300 000 (down to hundreds); 300 000 × 0,776 / 365 = 637,81 -> 638; × 365/12 = 19 405,83
    r = calc(sgi_year=D(300050))
    assert step(r, "se.sjukpenning.sgi")["sgi_year"] == D(300000)
    assert r.amount == D(19406)


def test_sgi_minimum_2026():
    # 0,24 × 59 200 = 14 208 -> 14 200. SGI 14 200: 14 200 × 0,776 / 365 = 30,19 -> 30 a day
    assert sp.sgi_minimum(P2026) == D(14200)
    r = calc(sgi_year=D(14200))
    assert step(r, "se.sjukpenning.daily")["daily_full"] == D(30)
    # 30 × 365 / 12 = 912,50 -> 913
    assert r.amount == D(913)
    r = calc(sgi_year=D(14100))
    assert r.amount == D(0)
    assert "se.sjukpenning.sgi_too_low" in {s.msg for s in r.steps}
    check_messages(r)


def test_364_day_boundary_and_serious_illness():
    # SGI 300 000: 80 % -> 637,81 -> 638; 75 % -> 300 000 × 0,7275 / 365 = 597,95 -> 598
    assert step(calc(sgi_year=D(300000), days_in_rehab_chain=364), "se.sjukpenning.daily")["daily_full"] == D(
        638
    )
    r = calc(sgi_year=D(300000), days_in_rehab_chain=365)
    assert step(r, "se.sjukpenning.daily")["daily_full"] == D(598)
    assert step(r, "se.sjukpenning.continued_level")["compensation_rate"] == D("0.75")
    r = calc(sgi_year=D(300000), days_in_rehab_chain=365, serious_illness=True)
    assert step(r, "se.sjukpenning.daily")["daily_full"] == D(638)
    check_messages(r)


@pytest.mark.parametrize(
    ("work", "level", "month", "warn"),
    [
        # 2026 max 1 259 a day; month = 1 259 × level × 365 / 12
        ("0", "1", D(38295), False),  # 38 294,58
        ("0.25", "0.75", D(28721), True),  # 944,25 × 30,4167 = 28 720,94
        ("0.3", "0.5", D(19147), True),  # 70 % left -> 1/2: 629,50 × 30,4167 = 19 147,29
        ("0.5", "0.5", D(19147), True),
        ("0.75", "0.25", D(9574), True),  # 314,75 × 30,4167 = 9 573,65
        ("0.8", "0", D(0), True),
        ("1", "0", D(0), True),
    ],
)
def test_work_share_to_sick_level_from_full_sick_leave(work, level, month, warn):
    r = calc(sgi_year=D(592000), work=work)
    assert sp.level_for_work(D(work), D(1)) == D(level)
    assert r.amount == month
    assert any(n.msg == "se.sjukpenning.work.too_much" and n.severity == "danger" for n in r.notices) == warn
    check_messages(r)


def test_partial_sick_leave_today():
    # Half sick leave today (works 50 %): working 25 % gives no more than the 1/2 granted.
    r = calc(sgi_year=D(592000), level="1/2", work="0.25")
    assert step(r, "se.sjukpenning.level")["level_share"] == D("0.5")
    assert r.amount == D(19147)
    assert not [n for n in r.notices if n.severity == "danger"]
    # working 50 % is what the half sick leave allows
    r = calc(sgi_year=D(592000), level="1/2", work="0.5")
    assert r.amount == D(19147)
    assert "se.sjukpenning.work.within" in {s.msg for s in r.steps}
    # working 60 %: steps down to 1/4 -> 9 574, with a warning
    r = calc(sgi_year=D(592000), level="1/2", work="0.6")
    assert r.amount == D(9574)
    assert any(n.severity == "danger" for n in r.notices)


def test_reported_amount_mismatch():
    # 38 295 modelled; 38 000 is within one day's 1 259 (a shorter month): no notice
    r = calc(sgi_year=D(592000), amount_month=D(38000))
    assert "se.sjukpenning.reported_differs" not in {n.msg for n in r.notices}
    assert r.reported == D(38000)
    # 30 000 is far off
    r = calc(sgi_year=D(592000), amount_month=D(30000))
    assert "se.sjukpenning.reported_differs" in {n.msg for n in r.notices}
    check_messages(r)


def test_arbetsprovning_note_only_from_march_2026_and_full_sick_leave():
    ids = {n.msg for n in calc(sgi_year=D(300000)).notices}
    assert "se.sjukpenning.arbetsprovning" in ids
    assert "se.sjukpenning.arbetsprovning" not in {n.msg for n in calc(P2026_JAN, sgi_year=D(300000)).notices}
    assert "se.sjukpenning.arbetsprovning" not in {
        n.msg for n in calc(sgi_year=D(300000), level="1/2").notices
    }
    assert not P2026["sp_arbetsprovning_max_days"].verified


def test_reporting_duties():
    duties = sp.reporting_duties(SjukpenningDecision(sgi_year=D(300000)))
    assert len(duties) == 2
    assert "110 kap. 46" in duties[0].reference
    for d in duties:
        for mid in (d.what, d.when, d.how, d.consequence):
            assert mid in sp.MESSAGES


def test_unemployed_cap_543():
    # SFB 28 kap. 11 §; FK Aktuella belopp 2023 "Högsta belopp för arbetssökande: 543 kronor per dag".
    # SGI 300 000: 638 a day > 543 -> 543; month 543 × 365 / 12 = 16 516,25 -> 16 516
    r = calc(sgi_year=D(300000), unemployed=True)
    v = step(r, "se.sjukpenning.unemployed_cap")
    assert v == {"daily_full": D(638), "unemployed_max_day": D(543)}
    assert step(r, "se.sjukpenning.level")["daily_full"] == D(543)
    assert r.amount == D(16516)
    check_messages(r)
    # half level after starting half-time work: 271,50 × 365 / 12 = 8 258,13 -> 8 258
    assert calc(sgi_year=D(300000), unemployed=True, work="0.5").amount == D(8258)
    # SGI 200 000: 200 000 × 0,776 / 365 = 425,21 -> 425 < 543: no cap
    r = calc(sgi_year=D(200000), unemployed=True)
    assert "se.sjukpenning.unemployed_cap" not in {s.msg for s in r.steps}
    assert step(r, "se.sjukpenning.daily")["daily_full"] == D(425)
