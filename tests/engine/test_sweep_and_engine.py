"""The engine's sweep, thresholds and rates on a toy country whose numbers are easy to derive.

Toy rules (per month): earnings e = 20 000 x share (monthly_wage_full_time 20 000);
tax = 30 % of e; benefit B = max(0, 5 000 - 50 % of (e - 2 000)); cliff benefit C = 1 000 while
e < 8 000, else 0. net = e + B + C - tax.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Literal

import pytest

from benefits_calc import engine
from benefits_calc import sweep as sweep_mod
from benefits_calc.household import Household
from benefits_calc.models import CaseBase, WorkScenario
from benefits_calc.money import ZERO, clamp0
from benefits_calc.outcome import BenefitResult, TaxResult
from benefits_calc.parameters import parameters


class ToyCase(CaseBase):
    country: Literal["xx"] = "xx"


class toy_rules:  # a stand-in for a country's pipeline module
    @staticmethod
    def calculate(case: ToyCase, s: WorkScenario, p: object, h: Household, today: object) -> None:
        e = s.earnings_month
        h.receives(
            BenefitResult("xx.b", "a", clamp0(Decimal(5000) - Decimal("0.5") * clamp0(e - 2000)), False, [])
        )
        h.receives(BenefitResult("xx.c", "a", Decimal(1000) if e < 8000 else ZERO, False, []))
        tax = e * Decimal("0.3")
        h.pays_tax(TaxResult(tax, tax * 12, []))


@pytest.fixture()
def toy(monkeypatch: pytest.MonkeyPatch) -> ToyCase:
    monkeypatch.setitem(engine.COUNTRIES, "xx", engine.Country("xx", "Toy", "XXX", ""))
    monkeypatch.setattr(engine, "pipeline", lambda code: toy_rules)
    # The toy reads no parameter; any country's set on the date serves.
    monkeypatch.setattr(engine, "case_params", lambda case: parameters("se", case.rule_date))
    return ToyCase(rule_date=date(2026, 1, 1))


LIKE = WorkScenario(percent_of_full_time=Decimal(100), monthly_wage_full_time=Decimal(20000))


def test_sweep_points_rates_and_thresholds(toy: ToyCase) -> None:
    r = sweep_mod.sweep(toy, LIKE)
    assert len(r.points) == 101 and r.step_earnings == Decimal(200)
    p0, p100 = r.points[0], r.points[100]
    # 0 %: e 0, B 5 000, C 1 000, tax 0 -> net 6 000
    assert p0.net_income == Decimal(6000)
    # 100 %: e 20 000, B 0, C 0, tax 6 000 -> net 14 000; PTR = 1 - (14 000 - 6 000)/20 000 = 0.6
    assert p100.net_income == Decimal(14000) and p100.ptr == Decimal("0.6000")
    # 5 % -> 6 %: e 1 000 -> 1 200, only tax changes: METR = 0.30
    assert r.points[6].metr == Decimal("0.3000")
    # 20 % -> 21 %: e 4 000 -> 4 200, B falls 100, tax rises 60: METR = 1 - (200-60-100)/200 = 0.8
    assert r.points[21].metr == Decimal("0.8000")
    kinds = {(t.benefit, t.kind): t for t in r.thresholds}
    # B first falls between 10 % (e 2 000, B 5 000) and 11 % (e 2 200, B 4 900)
    t = kinds[("xx.b", "reduced_from")]
    assert (t.from_percent, t.percent, t.amount_before, t.amount_after) == (10, 11, 5000, 4900)
    # B reaches 0 at e = 2 000 + 5 000/0.5 = 12 000, i.e. 60 %
    assert kinds[("xx.b", "stops_at")].percent == 60
    # C stops at e = 8 000 (40 %): net falls 39 % -> 40 %: +200 - 60 tax - 100 B - 1 000 C = -960
    t = kinds[("xx.c", "net_falls")]
    assert t.percent == 40 and t.amount_before - t.amount_after == Decimal(960)


def test_sweep_point_equals_single_calculation(toy: ToyCase) -> None:
    r = sweep_mod.sweep(toy, LIKE, Decimal(5))
    for pt in r.points:
        single = engine.run(toy, LIKE.at_share(pt.percent / 100))
        assert single.net_income == pt.net_income


def test_ladder_every_whole_hour(toy: ToyCase) -> None:
    # Full time 40 h at 20 000 a month: each hour is 20 000 / 40 = 500 a month.
    points = sweep_mod.ladder(toy, LIKE)
    assert [p.hours_per_week for p in points] == list(range(41))
    # 15 h: e 7 500, B = 5 000 - 0.5 x 5 500 = 2 250, C 1 000 (e < 8 000), tax 2 250 -> net 8 500
    assert points[15].earnings == Decimal(7500) and points[15].net_income == Decimal(8500)
    # 16 h: e 8 000, B 2 000, C 0, tax 2 400 -> net 7 600: one hour more, 900 less (the cliff)
    assert points[16].net_income == Decimal(7600)
    # a point equals the single calculation at those hours
    for p in points[::7]:
        assert engine.run(toy, LIKE.at_hours(p.hours_per_week)).net_income == p.net_income


def test_ladder_hours_end_at_full_time() -> None:
    assert sweep_mod.ladder_hours(Decimal(37)) == [Decimal(h) for h in range(38)]
    hours = sweep_mod.ladder_hours(Decimal("37.5"))
    assert len(hours) == 39 and hours[-2:] == [Decimal(37), Decimal("37.5")]


def test_calculate_adds_not_working_and_change(toy: ToyCase) -> None:
    s50 = WorkScenario(percent_of_full_time=Decimal(50), monthly_wage_full_time=Decimal(20000))
    outs = engine.calculate(toy, [s50])
    assert [o.scenario.earnings_month for o in outs] == [0, 10000]
    # 50 %: e 10 000, B = 5 000 - 4 000 = 1 000, C 0, tax 3 000 -> net 8 000; change 8 000 - 6 000
    assert outs[1].net_income == 8000 and outs[1].change_vs_not_working == 2000
    # kept of each extra krona: 2 000 / 10 000
    assert outs[1].kept_per_extra_unit == Decimal("0.20")


def test_scenario_conversions() -> None:
    # 150 kr/h x 20 h x 52/12 = 13 000 kr a month (the worked example)
    s = WorkScenario(hours_per_week=Decimal(20), hourly_wage=Decimal(150))
    assert s.earnings_month == Decimal("13000.00") and s.share_of_full_time == Decimal("0.5")
    # 26 000 a month full time at 75 % = 19 500
    s = WorkScenario(percent_of_full_time=Decimal(75), monthly_wage_full_time=Decimal(26000))
    assert s.earnings_month == Decimal("19500.00") and s.hours == Decimal(30)
    with pytest.raises(ValueError):
        WorkScenario(percent_of_full_time=Decimal(50), hours_per_week=Decimal(20), hourly_wage=Decimal(1))
    # beyond full time: 50 h of 40 is 125 % of full time, every hour paid:
    # 100 kr/h x 50 h x 52/12 = 21 666,67 kr a month
    s = WorkScenario(hours_per_week=Decimal(50), hourly_wage=Decimal(100))
    assert s.over_full_time and s.share_of_full_time == Decimal("1.25")
    assert s.earnings_month == Decimal("21666.67")
    assert not WorkScenario(hours_per_week=Decimal(40), hourly_wage=Decimal(100)).over_full_time
    with pytest.raises(ValueError):
        WorkScenario(hours_per_week=Decimal("80.01"), hourly_wage=Decimal(100))


def test_a_scenario_without_a_label_is_named_by_its_share_in_whole_percent() -> None:
    from benefits_calc.household import scenario_info

    # 5 h of 40 = 12.5 % -> "13 %" (an exact half up); 15 h of 40 = 37.5 % -> "38 %";
    # 10 h of 37 = 27.03 % -> "27 %"; 50 h of 40 = 125 % -> "125 %"
    labels = [
        scenario_info(
            WorkScenario(
                hours_per_week=Decimal(h), hourly_wage=Decimal(150), full_time_hours_per_week=Decimal(f)
            )
        ).label
        for h, f in ((5, 40), (15, 40), (10, 37), (50, 40))
    ]
    assert labels == ["13 %", "38 %", "27 %", "125 %"]
