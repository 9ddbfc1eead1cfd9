"""Yleinen asumistuki and eläkkeensaajan asumistuki: rules/fi/asumistuki.py, elakkeensaajan_asumistuki.py.

Official:
* A real Kela decision of 16.10.2025 (copy: https://susuliini.blogspot.com/2025/10/16102025-paatos-asumistuesta.html):
  Riihimäki (group II), one adult, income sairauspäiväraha 31,99 × 25 = 799,75 -> 800 € a month, rent
  526,45 €, highest accepted costs 447,00 €; perusomavastuu 0,5 × (800 − (667 + 94)) = 19,50; "447,00 e -
  19,50 e = 427,50 e, josta 70 % on 299,25 e/kk".
* Kela's example (as transcribed by nettopalkka.fi, secondary): Eino and Elisa, Turku, two adults, income
  1 800 €, costs 950 €: 0,5 × (1 800 − 855) = 472,50; 0,7 × (652 − 472,50) = 125,65 €.
Eläkkeensaajan asumistuki: no official worked example was found; hand calculations below.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

from benefits_calc.rules.fi import asumistuki, elakkeensaajan_asumistuki
from benefits_calc.rules.fi.case import ElakkeensaajanAsumistukiDecision, Housing, YleinenAsumistukiDecision
from ruletools import check_messages, notice_ids, step

from benefits_calc.parameters import parameters

P25 = parameters("fi", date(2025, 10, 16))
P26 = parameters("fi", date(2026, 6, 1))


def yat(
    p, *, rent, income, adults=1, children=0, municipality="Riihimäki", today=None, assets="0", **housing
):
    return asumistuki.calculate(
        YleinenAsumistukiDecision(amount_month=D(0), net_assets=D(assets)),
        adults=adults,
        children=children,
        municipality=municipality,
        housing=Housing(rent_month=D(rent), **housing),
        gross_income_month=D(income),
        gross_income_today_month=D(today if today is not None else income),
        pensioner_alone=False,
        p=p,
    )


def test_kela_decision_16_10_2025():
    r = yat(P25, rent="526.45", income="799.75")
    assert step(r, "fi.yat.costs")["cap_month"] == D("447")
    assert step(r, "fi.yat.income_plain")["income_month"] == D(800)
    po = step(r, "fi.yat.perusomavastuu")
    assert (po["free_month"], po["perusomavastuu_month"]) == (D(761), D("19.50"))
    assert r.amount == D("299.25")
    check_messages(r)


def test_kela_example_eino_and_elisa_2026():
    r = yat(P26, rent="950", income="1800", adults=2, municipality="Turku")
    assert step(r, "fi.yat.perusomavastuu")["perusomavastuu_month"] == D("472.50")
    assert r.amount == D("125.65")


def test_norms_cap_and_minimum():
    """Helsinki (group I), one adult and two children, rent 900 + water and heating paid separately:
    water 20 × 3 = 60, heating 46 + 16 × 2 = 78; costs 1 038 > cap 1 019 -> 1 019. Income 2 000:
    free 667 + 94 + 592 = 1 353; 0,5 × 647 = 323,50; 0,7 × (1 019 − 323,50) = 486,85."""
    r = yat(
        P26,
        rent="900",
        income="2000",
        children=2,
        municipality="Helsinki",
        water_month=D(15),
        heating_month=D(40),
    )
    c = step(r, "fi.yat.costs")
    assert (c["water_month"], c["heating_month"], c["costs_month"], c["accepted_month"]) == (
        D(60),
        D(78),
        D(1038),
        D(1019),
    )
    assert r.amount == D("486.85")


def test_heating_uplift_north():
    """Pohjois-Pohjanmaa, Kainuu, Lappi: heating 46 × 1,08 = 49,68 for one person."""
    r = yat(
        P26, rent="300", income="700", municipality="Oulu", heating_month=D(50), heating_region="pohjoinen"
    )
    assert step(r, "fi.yat.costs")["heating_month"] == D("49.68")


def test_small_own_share_ignored_and_small_allowance_not_paid():
    """Income 780: 0,5 × (780 − 761) = 9,50 < 10 -> 0. Income 1 600 in group II, costs 447: own share
    0,5 × 839 = 419,50; 0,7 × 27,50 = 19,25 (paid); income 1 620: 0,7 × 17,50 = 12,25 < 15 -> 0."""
    assert step(yat(P26, rent="500", income="780"), "fi.yat.perusomavastuu")["perusomavastuu_month"] == 0
    assert yat(P26, rent="500", income="1600").amount == D("19.25")
    assert yat(P26, rent="500", income="1620").amount == 0


def test_assets():
    """One adult, net assets 15 000: 20 % × 5 000 / 12 = 83,33 a month added; 50 000 or more: excluded."""
    r = yat(P26, rent="500", income="800", assets="15000")
    assert step(r, "fi.yat.income")["asset_income_month"] == D("83.33")
    assert yat(P26, rent="500", income="800", assets="50000").excluded


def test_owner_occupied_excluded_from_2025():
    r = yat(P26, rent="300", income="800", tenure="owner")
    assert r.excluded and r.amount == 0
    check_messages(r)


def test_review_notice_at_400_euros():
    assert "fi.yat.notice.review_required" in notice_ids(yat(P26, rent="500", income="1200", today="800"))
    assert "fi.yat.notice.review_yearly" in notice_ids(yat(P26, rent="500", income="1199", today="800"))


def eat(**kw):
    base = dict(
        entitled_today=True,
        entitled_now=True,
        has_children=False,
        couple=False,
        partner_entitled=False,
        municipality="Tampere",
        housing=Housing(rent_month=D(620), water_month=D(20)),
        persons=1,
        gross_income_year=D("11890.80"),
        gross_income_today_year=D("11890.80"),
        pension_rests=False,
        p=P26,
    )
    base.update(kw)
    return elakkeensaajan_asumistuki.calculate(ElakkeensaajanAsumistukiDecision(amount_month=D(0)), **base)


def test_eat_by_hand():
    """Tampere (group II, cap 8 541 € a year), rent 620 + water 32,40 (norm, 1 person) = 652,40 a month,
    7 828,80 a year. Income: kansaneläke + takuueläke 990,90 × 12 = 11 890,80; above 10 280: 1 610,80 ×
    0,435 = 700,70; own share 681,39 + 700,70 = 1 382,09. 0,85 × (7 828,80 − 1 382,09) = 5 479,70 a year,
    456,64 a month."""
    r = eat()
    assert step(r, "fi.eat.costs")["accepted_year"] == D("7828.80")
    assert step(r, "fi.eat.own_share")["own_year"] == D("1382.09")
    assert r.amount == D("456.64")
    check_messages(r)


def test_eat_wages_cut_it_by_37_cents_a_euro():
    """8 h a week at 13 €: 450,67 a month, 5 408,04 a year more: income 17 298,84; 0,435 × (17 298,84 −
    10 280) = 3 053,20; own share 3 734,59; 0,85 × (7 828,80 − 3 734,59) = 3 480,08 a year, 290,01 a
    month: 166,63 less (0,85 × 0,435 = 0,37 € per euro of wages)."""
    r = eat(gross_income_year=D("11890.80") + D("5408.04"))
    assert step(r, "fi.eat.own_share")["lisaomavastuu_year"] == D("3053.20")
    assert r.amount == D("290.01")


def test_eat_conditions():
    assert eat(entitled_today=False).excluded
    assert eat(has_children=True).excluded
    lost = eat(entitled_now=False)
    assert lost.amount == 0 and "fi.eat.notice.lost_right" in notice_ids(lost)
    assert "fi.eat.notice.continues_while_resting" in notice_ids(eat(pension_rests=True))
    check_messages(lost)


def test_eat_couple_limits():
    """Couple, spouse not entitled: limit 14 746; both entitled: 16 783."""
    assert step(eat(couple=True, persons=2), "fi.eat.own_share")["limit_year"] == D(14746)
    assert step(eat(couple=True, partner_entitled=True, persons=2), "fi.eat.own_share")["limit_year"] == D(
        16783
    )
