"""Fleksløntilskud, ledighedsydelse, ressourceforløbsydelse and sygedagpenge
(rules/dk/fleksjob.py, ledighedsydelse.py, ressourceforloeb.py, sygedagpenge.py).

Official worked example, STAR's fleksjob calculator (2024 figures: maximum 19.952 = 98 % of max
dagpenge 20.359, lønindtægtsgrænse 16.323):
https://star.dk/til-borgere/revalidering-fleksjob-og-ressourceforloebsydelse/beregn-loen-i-fleksjob/?salary=200&workHours=18
  "timeløn inkl. pension 200 kr, 18 timer": månedsløn 18 × 200 × 52 / 12 = 15.600; fuldtidsløn
  37 × 200 × 52 / 12 = 32.067; "Fleksløntilskuddet er beregnet til 19.952 - 4.680 kr. = 15.272 kr.";
  "Den samlede månedsindtægt inkl. pension og ATP udgør herefter 30.872 kr."
Everything else is a hand calculation with rules/dk/params (2026: max dagpenge 22.041 and the
lønindtægtsgrænse 17.672 are NOT verified; the rates 98 %, 30 %, 55 %, 89 % are).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest
from benefits_calc.rules.dk import fleksjob, ledighedsydelse, ressourceforloeb, sygedagpenge
from benefits_calc.rules.dk.case import (
    FleksjobDecision,
    LedighedsydelseDecision,
    RessourceforloebDecision,
    SygedagpengeDecision,
)
from ruletools import check_messages, notice_ids, step

from benefits_calc.models import WEEKS_PER_MONTH
from benefits_calc.parameters import parameters

P2026 = parameters("dk", date(2026, 6, 1))
P2025 = parameters("dk", date(2025, 6, 1))


# --- fleksløntilskud ------------------------------------------------------------------------------


def test_star_worked_example_2024():
    pay = 18 * D(200) * WEEKS_PER_MONTH  # 15.600
    loft = (37 * D(200) * WEEKS_PER_MONTH).quantize(D("0.01"))  # 32.066,67
    before, below, above, amount = fleksjob.tilskud(pay, loft, D(19952), D(16323), D("0.30"), D("0.55"))
    assert (below, above) == (D("4680.00"), D("0.00"))
    assert before == amount == D(15272)
    assert pay + amount == D(30872)


def flex(wage, hourly, *, full="37", pension="0", p=P2026):
    return fleksjob.calculate(
        FleksjobDecision(employer_pension_percent=D(pension)),
        wage_month=D(wage),
        hourly_wage=D(hourly),
        full_time_hours=D(full),
        p=p,
    )


def test_fleksjob_12_hours_2026():
    # 12 × 180 × 52 / 12 = 9.360; maximum 98 % × 22.041 = 21.600,18 -> 21.600; 30 % × 9.360 = 2.808;
    # 21.600 - 2.808 = 18.792 (lønloft 180 × 37 × 52 / 12 = 28.860 - 9.360 = 19.500: not binding).
    r = flex("9360", "180")
    assert step(r, "dk.flex.maximum")["maximum"] == D(21600)
    s = step(r, "dk.flex.reduction")
    assert (s["below"], s["above"], s["tilskud"]) == (D("2808.00"), D("0.00"), D(18792))
    assert r.amount == D(18792)
    check_messages(r)


def test_fleksjob_above_the_loenindtaegtsgraense_and_with_pension():
    # Pay 18.000 + employer pension 10 % = 19.800 counted; 30 % × 17.672 = 5.301,60;
    # 55 % × (19.800 - 17.672) = 1.170,40; 21.600 - 6.472 = 15.128. Lønloft: 200 × 37 × 52/12 × 1,10
    # = 35.273,33 - 19.800 = 15.473,33: not binding.
    r = flex("18000", "200", pension="10")
    assert step(r, "dk.flex.pay")["pay_counted"] == D("19800.00")
    s = step(r, "dk.flex.reduction")
    assert (s["below"], s["above"]) == (D("5301.60"), D("1170.40"))
    assert r.amount == D(15128)


def test_fleksjob_loenloft_binds():
    # 100 kr an hour, 30 of 37 hours: pay 13.000; 21.600 - 3.900 = 17.700; lønloft 100 × 37 × 52/12 =
    # 16.033,33 - 13.000 = 3.033,33 -> 3.033.
    r = flex("13000", "100", full="37")
    assert step(r, "dk.flex.loft")["tilskud"] == D(3033)
    assert r.amount == D(3033)


def test_no_pay_no_tilskud():
    r = flex("0", "150")
    assert r.amount == 0 and r.steps[0].msg == "dk.flex.no_pay"


# --- ledighedsydelse ------------------------------------------------------------------------------


def ly(wage, *, in_fleksjob=False, amount="19616", p=P2026):
    return ledighedsydelse.calculate(
        LedighedsydelseDecision(amount_month=D(amount)), wage_month=D(wage), in_fleksjob=in_fleksjob, p=p
    )


def test_ledighedsydelse_89_percent_level_shown_and_none_in_a_fleksjob():
    r = ly("0")
    # 89 % × 22.041 = 19.616,49 -> 19.616
    assert step(r, "dk.ly.base")["level"] == D(19616)
    assert r.amount == D(19616)
    r = ly("9360", in_fleksjob=True)
    assert r.amount == 0 and step(r, "dk.ly.in_fleksjob") == {}
    check_messages(r)


def test_ledighedsydelse_other_work_30_and_55_percent():
    # 10.000: 30 % = 3.000 -> 16.616.
    assert ly("10000").amount == D(16616)
    # 20.000: 30 % × 17.672 = 5.301,60 + 55 % × 2.328 = 1.280,40 -> 6.582 -> 13.034.
    r = ly("20000")
    assert step(r, "dk.ly.work")["deduction"] == D("6582.00")
    assert r.amount == D(13034)
    assert "dk.ly.notice.not_fleksjob" in notice_ids(r)
    # 2025: 89 % × 21.092 = 18.771,88 -> 18.772; grænse 16.911.
    assert step(ly("0", p=P2025, amount="18772"), "dk.ly.base")["level"] == D(18772)


# --- ressourceforløbsydelse -----------------------------------------------------------------------


def rfy(wage, kind="ressourceforloeb", other="0", amount="13060"):
    return ressourceforloeb.calculate(
        RessourceforloebDecision(kind=kind, amount_month=D(amount)),
        wage_month=D(wage),
        other_income_month=D(other),
        p=P2026,
    )


def test_ressourceforloeb_only_pay_above_the_graense_counts():
    assert rfy("17672").amount == D(13060)  # at the grænse: nothing
    # 20.000: 55 % × 2.328 = 1.280,40 -> 11.779,6 -> 11.780
    r = rfy("20000")
    assert step(r, "dk.rfy.work")["deduction"] == D("1280.40")
    assert r.amount == D(11780)
    assert "dk.rfy.notice.abolished" in notice_ids(r)
    check_messages(r)


def test_jobafklaring_30_percent_below_55_above_and_other_income():
    # 10.000: 30 % = 3.000 -> 10.060; other income 500 in full -> 9.560.
    assert rfy("10000", "jobafklaring").amount == D(10060)
    assert rfy("10000", "jobafklaring", other="500").amount == D(9560)
    # 40.000: 5.301,60 + 55 % × 22.328 = 12.280,40 -> 17.582 > 13.060: 0, with a danger notice.
    r = rfy("40000", "jobafklaring")
    assert r.amount == 0 and "dk.rfy.notice.stops" in notice_ids(r)


# --- sygedagpenge ---------------------------------------------------------------------------------


def sdp(worked, amount_week="5085", normal="37", p=P2026):
    return sygedagpenge.calculate(
        SygedagpengeDecision(amount_week=D(amount_week), normal_hours_per_week=D(normal)),
        worked_hours_week=D(worked),
        p=p,
    )


@pytest.mark.parametrize(
    ("worked", "week", "month"),
    [
        ("0", "5085", 22035),  # 5.085 × 52 / 12 = 22.035
        ("10", "3710.61", 16079),  # 27 h × 137,43 = 3.710,61; × 52/12 = 16.079,31
        ("18.5", "2542.46", 11017),  # 18,5 × 137,43 = 2.542,455 -> 2.542,46; × 52/12 = 11.017,33
        ("33", "549.72", 2382),  # 4 h off: 4 × 137,43 = 549,72 -> 2.382,12
        ("33.01", "0", 0),  # 3,99 h off: fewer than 4: raskmeldt
    ],
)
def test_partial_sick_leave_hour_by_hour(worked, week, month):
    r = sdp(worked)
    assert r.amount == D(month)
    if D(week) > 0 and D(worked) > 0:
        assert step(r, "dk.sdp.partial")["week"] == D(week)
    check_messages(r)


def test_fully_fit_with_fewer_than_4_hours_off_is_a_danger():
    r = sdp("34")
    assert step(r, "dk.sdp.fit")["min_absence_hours"] == D(4)
    assert "dk.sdp.notice.fit" in notice_ids(r)


def test_weekly_amount_above_the_maximum_is_capped():
    r = sdp("0", amount_week="6000")
    assert step(r, "dk.sdp.above_max")["max_week"] == D(5085)
    assert r.amount == D(22035)


def test_lower_hourly_rate_from_the_letter():
    # 4.000 a week for 37 hours = 108,11 an hour; 17 h off: 1.837,87 -> × 52/12 = 7.964,10 -> 7.964.
    r = sdp("20", amount_week="4000")
    assert step(r, "dk.sdp.rate")["hourly"] == D("108.11")
    assert r.amount == D(7964)
