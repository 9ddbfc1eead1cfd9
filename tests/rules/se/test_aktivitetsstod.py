"""Aktivitetsstöd / utvecklingsersättning (rules/se/aktivitetsstod.py).

The daily amount is the client's own (from the decision), so the tests are hand calculations:
daily amount × programme days a week × 52 / 12 weeks, rounded to whole kronor. Rule: at most five
days a calendar week, reduced in proportion for a part-time programme (förordning 2017:819 10 kap. 6 §).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest
from benefits_calc.rules.se import aktivitetsstod as ak
from benefits_calc.rules.se.case import AktivitetsstodDecision
from ruletools import check_messages

from benefits_calc.parameters import parameters

P = parameters("se", date(2026, 1, 1))


def calc(work="0", **kw):
    return ak.calculate(AktivitetsstodDecision(**kw), work_share=D(work), p=P)


@pytest.mark.parametrize(
    ("days", "work", "programme_days", "month"),
    [
        # daily 500 kr
        (5, "0", D(5), D(10833)),  # 500 × 5 × 52 / 12 = 10 833,33
        (5, "0.25", D("3.75"), D(8125)),  # 5 × 0,75 = 3,75 days; 500 × 3,75 × 52/12 = 8 125
        (5, "0.5", D("2.5"), D(5417)),  # 500 × 2,5 × 52/12 = 5 416,67
        (5, "0.75", D("1.25"), D(2708)),  # 500 × 1,25 × 52/12 = 2 708,33
        (5, "1", D(0), D(0)),
        (3, "0", D(3), D(6500)),  # 500 × 3 × 52/12 = 6 500
        (3, "0.25", D(3), D(6500)),  # room 3,75 >= 3: programme unchanged
        (3, "0.4", D(3), D(6500)),  # room 5 × 0,6 = 3 -> boundary, unchanged
        (3, "0.5", D("2.5"), D(5417)),  # room 2,5 < 3
    ],
)
def test_programme_days_and_month(days, work, programme_days, month):
    r = calc(work=work, daily_amount=D(500), programme_days_per_week=days)
    assert ak.programme_days_when_working(D(days), D(work), D(5)) == programme_days
    assert r.amount == month
    assert r.taxable and r.benefit == "se.aktivitetsstod" and r.authority == "se.forsakringskassan"
    check_messages(r)


def test_utvecklingsersattning_is_tax_free():
    # 173 kr a day (an example figure), 5 days: 173 × 5 × 52 / 12 = 3 748,33 -> 3 748
    r = calc(kind="utvecklingsersattning", daily_amount=D(173))
    assert r.amount == D(3748)
    assert not r.taxable
    assert r.benefit == "se.utvecklingsersattning"
    assert "se.aktivitetsstod.tax_free" in {s.msg for s in r.steps}
    check_messages(r)


def test_assumption_notice_when_working():
    assert "se.aktivitetsstod.assume.work_replaces_programme" in {
        n.msg for n in calc("0.5", daily_amount=D(500)).notices
    }
    assert "se.aktivitetsstod.assume.work_replaces_programme" not in {
        n.msg for n in calc(daily_amount=D(500)).notices
    }


def test_reporting_duties():
    duties = ak.reporting_duties(AktivitetsstodDecision(daily_amount=D(500)))
    assert [d.authority for d in duties] == ["se.forsakringskassan", "se.arbetsformedlingen"]
    assert "10 kap. 2" in duties[0].reference and "2017:819" in duties[1].reference
    for d in duties:
        for mid in (d.what, d.when, d.how, d.consequence):
            assert mid in ak.MESSAGES


def test_below_grundbelopp_warning():
    # Grundbelopp 365 kr a day from 2025-10-01 (förordning 2017:819 2 kap. 7 §)
    assert P.v("ak_grundbelopp_day") == D(365)
    r = calc(daily_amount=D(223))
    assert "se.aktivitetsstod.below_grundbelopp" in {n.msg for n in r.notices}
    # 223 × 5 × 52 / 12 = 4 831,67 -> 4 832: computed from the decision, not replaced
    assert r.amount == D(4832)
    check_messages(r)
    assert "se.aktivitetsstod.below_grundbelopp" not in {n.msg for n in calc(daily_amount=D(365)).notices}
    # utvecklingsersättning is not compared with the aktivitetsstöd grundbelopp
    r = calc(kind="utvecklingsersattning", daily_amount=D(173))
    assert "se.aktivitetsstod.below_grundbelopp" not in {n.msg for n in r.notices}


def test_wage_same_day_warning_when_working():
    r = calc("0.5", daily_amount=D(500))
    assert any(n.msg == "se.aktivitetsstod.wage_same_day" and n.severity == "warning" for n in r.notices)
