"""Perustoimeentulotuki and the disability allowances: rules/fi/toimeentulotuki.py, vammaisetuudet.py.

Official figures used: Kela's perusosa table of 2026 (before and from 1.3.2026,
https://www.sttinfo.fi/tiedote/71815459/toimeentulotuen-perusosaa-leikataan-kaikilta-yli-18-vuotiailta-maaliskuusta-alkaen?lang=fi),
the 150 € earned-income disregard until February 2026 and its end (Kela 10.2.2026,
https://www.sttinfo.fi/tiedote/71798661/toimeentulotuen-tiukennukset-vaikuttavat-etenkin-49-000-tulottomaan?lang=fi).
No official worked example with work income was found: hand calculations below.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

from benefits_calc.rules.fi import toimeentulotuki, vammaisetuudet
from benefits_calc.rules.fi.case import Child, HoitotukiDecision, Housing, ToimeentulotukiDecision
from ruletools import check_messages, notice_ids, step

from benefits_calc.parameters import parameters

FEB = parameters("fi", date(2026, 2, 1))
JUNE = parameters("fi", date(2026, 6, 1))
TURKU = Housing(rent_month=D(600))


def ttt(
    p, *, wages=("0",), other="0", couple=False, children=(), housing=TURKU, full=False, cut=0, costs="0"
):
    return toimeentulotuki.calculate(
        ToimeentulotukiDecision(
            amount_month=D(0),
            full_housing_cost_accepted=full,
            perusosa_reduction_percent=cut,
            other_basic_costs_month=D(costs),
        ),
        couple=couple,
        children=[Child(age=a) for a in children],
        municipality="Turku",
        housing=housing,
        net_wages=tuple(D(w) for w in wages),
        other_net_income_month=D(other),
        p=p,
    )


def test_single_june_2026_every_net_euro_counts():
    """Perusosa 578,43; Turku's limit for one person 556 + water 26,40 = 582,40 < rent 600 -> 582,40.
    Costs 1 160,83; income: net wage 300 + other 400 = 700 (no disregard from March 2026): 460,83."""
    r = ttt(JUNE, wages=("300",), other="400")
    h = step(r, "fi.ttt.housing")
    assert (h["limit_month"], h["accepted_month"]) == (D("582.40"), D("582.40"))
    assert step(r, "fi.ttt.perusosa")["perusosa_month"] == D("578.43")
    assert r.amount == D("460.83")
    assert "fi.ttt.notice.housing_capped" in notice_ids(r)
    check_messages(r)


def test_single_february_2026_with_the_150_euro_disregard():
    """Perusosa 596,32 (until 28.2.2026); income 300 − 150 + 400 = 550; 596,32 + 582,40 − 550 = 628,72."""
    r = ttt(FEB, wages=("300",), other="400")
    assert step(r, "fi.ttt.income_with_disregard")["disregard_month"] == D(150)
    assert r.amount == D("628.72")
    assert "fi.ttt.notice.march_2026" in notice_ids(r)
    check_messages(r)


def test_small_wage_not_counted_before_march_2026():
    """A net wage of 120 € is all disregarded in February 2026."""
    assert step(ttt(FEB, wages=("120",)), "fi.ttt.income_with_disregard")["income_month"] == 0


def test_family_perusosa_children_oldest_first():
    """Couple with children 12 and 5, June 2026: 2 × 497,45 + 417,63 (10-17, 1st child) + 347,06
    (under 10, 2nd child) = 1 759,59."""
    r = ttt(JUNE, couple=True, children=(5, 12), housing=Housing(rent_month=D(800)))
    assert step(r, "fi.ttt.perusosa")["perusosa_month"] == D("1759.59")
    assert "fi.ttt.assume.children_order" in notice_ids(r)


def test_single_parent_and_reduction():
    """A single parent gets 665,19 (June 2026); a 20 % reduction takes 133,04 off the parent's part."""
    r = ttt(JUNE, children=(8,), cut=20, housing=Housing(rent_month=D(500)))
    s = step(r, "fi.ttt.perusosa_reduced")
    assert s["perusosa_month"] == D("665.19") + D("375.98")
    assert s["reduction_month"] == D("133.04")


def test_whole_housing_cost_when_kela_still_accepts_it():
    assert step(ttt(JUNE, full=True), "fi.ttt.housing")["accepted_month"] == D(600)


def test_income_above_costs_gives_nothing():
    assert ttt(JUNE, other="2000").amount == 0


def test_hoitotuki_not_changed_by_work():
    p = JUNE
    d = HoitotukiDecision(kind="hoitotuki", level="perus", amount_month=D("84.56"))
    r = vammaisetuudet.calculate(d, pension_rests=False, p=p)
    assert r.amount == D("84.56") and not r.taxable
    rest = vammaisetuudet.calculate(d, pension_rests=True, p=p)
    assert rest.amount == D("84.56") and "fi.vammaisetuus.notice.pension_rests" in notice_ids(rest)
    check_messages(rest)
