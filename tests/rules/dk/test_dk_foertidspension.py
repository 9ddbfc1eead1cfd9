"""Førtidspension, ny ordning (rules/dk/foertidspension.py, PL §§ 32 a-32 c, 49).

Official worked example, borger.dk 2025, spouse works and is not a pensioner:
https://borger.dk/pension-og-efterloen/foertidspension-oversigt/foertidspension-nye-regler/foertidspension-aegtefaelle-arbejder
  own private pension 126.000; spouse's other income 350.506 (the spouse's pay does not count):
  350.506 - 285.480 = 65.026; 65.026 + 126.000 = 191.026; 191.026 - 143.000 = 48.026;
  30 % = 14.407,8 -> "14.408 kr."; 215.256 - 14.408 = 200.848 kr a year (16.737,33 -> 16.737 a month).
The rest are hand calculations at the thresholds with the parameters in
rules/dk/params/foertidspension.toml (2026 all derived × 1,048, NOT verified).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest
from benefits_calc.rules.dk import foertidspension as fp
from benefits_calc.rules.dk.case import FoertidspensionDecision
from ruletools import check_messages, notice_ids, step

from benefits_calc.parameters import parameters

P2025 = parameters("dk", date(2025, 6, 1))
P2026 = parameters("dk", date(2026, 6, 1))


def calc(p=P2026, *, couple=False, pensioner=False, pay="0", other="0", spouse="0", working=False, **kw):
    return fp.calculate(
        FoertidspensionDecision(amount_month=D(0), **kw),
        couple=couple,
        spouse_is_pensioner=pensioner,
        pay_after_am_year=D(pay),
        other_income_year=D(other),
        spouse_nonwork_income_year=D(spouse),
        working=working,
        p=p,
    )


def test_borger_dk_worked_example_2025():
    r = calc(P2025, couple=True, other="126000", spouse="350506")
    s = step(r, "dk.fp.spouse")
    assert (s["disregard"], s["spouse_part"]) == (D(285480), D(65026))
    g = step(r, "dk.fp.grundlag")
    assert (g["grundlag"], g["fradrag"], g["above"]) == (D(191026), D(143000), D(48026))
    assert step(r, "dk.fp.reduction")["reduction"] == D(14408)
    res = step(r, "dk.fp.result")
    assert (res["full_year"], res["amount_year"]) == (D(215256), D(200848))
    assert r.amount == D(16737)
    check_messages(r)


def test_single_2026_fradrag_threshold():
    # Full 265.392 a year = 22.116 a month. Own income 94.300 = the fradrag: no reduction.
    r = calc(pay="94300")
    assert step(r, "dk.fp.no_reduction")["fradrag"] == D(94300)
    assert r.amount == D(22116)
    # 100 kr above: 30 % × 100 = 30 a year; 265.362 / 12 = 22.113,5 -> 22.114 (50 øre up).
    r = calc(pay="94400")
    assert step(r, "dk.fp.reduction")["reduction"] == D(30)
    assert r.amount == D(22114)


def test_a_small_job_below_the_fradrag_does_not_reduce_it_and_warns_about_udk():
    # 10 hours at 140 kr: pay after ATP and AM 5.550,86 a month = 66.610,32 a year < 94.300.
    r = calc(pay="66610.32", working=True)
    assert r.amount == D(22116)
    ids = notice_ids(r)
    assert {"dk.fp.notice.auto_recalc", "dk.fp.notice.efterregulering", "dk.fp.notice.frakendelse"} <= ids
    check_messages(r)


def test_pension_reduced_to_nothing():
    # 265.392 / 0,30 = 884.640 above the fradrag: own income 978.940 gives 0.
    r = calc(pay="978940", working=True)
    assert r.amount == 0
    assert "dk.fp.notice.stops" in notice_ids(r)


def test_spouse_not_a_pensioner_cap_2025():
    # Spouse's other income 700.000: 700.000 - 285.480 = 414.520, at most 292.800.
    r = calc(P2025, couple=True, spouse="700000")
    assert step(r, "dk.fp.spouse")["spouse_part"] == D(292800)
    # 292.800 - 143.000 = 149.800; 30 % = 44.940; 215.256 - 44.940 = 170.316 -> 14.193 a month.
    assert r.amount == D(14193)


def test_spouse_is_a_pensioner_15_percent_2026():
    # Full (couple) 225.588; own 100.000 + spouse's other income 80.000 = 180.000;
    # - 149.900 = 30.100; 15 % = 4.515; 225.588 - 4.515 = 221.073 / 12 = 18.422,75 -> 18.423.
    r = calc(couple=True, pensioner=True, pay="100000", spouse="80000")
    assert step(r, "dk.fp.spouse_pensioner")["spouse_part"] == D(80000)
    assert step(r, "dk.fp.reduction")["reduction_rate"] == D("0.15")
    assert r.amount == D(18423)


def test_old_scheme_is_not_calculated():
    r = calc(granted_before_2003=True)
    assert r.amount == 0
    assert [s.msg for s in r.steps] == ["dk.fp.old_scheme"]


@pytest.mark.parametrize("p", [P2025, P2026])
def test_every_year_has_every_figure(p):
    r = calc(p, couple=True, pay="200000", spouse="400000")
    assert r.amount > 0
    check_messages(r)


def test_reporting_duty_to_udbetaling_danmark():
    (duty,) = fp.reporting_duties(FoertidspensionDecision(amount_month=D(1)))
    assert duty.authority == "dk.udbetaling_danmark"
    assert "PL §§ 41" in duty.reference
