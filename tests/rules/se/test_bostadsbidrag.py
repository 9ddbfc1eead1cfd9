"""Bostadsbidrag, SFB 95-98 kap.

Law: SFB 97 kap. 15-28 §§ and 98 kap. 4-6 §§, https://rkrattsbaser.gov.se/sfst?bet=2010:110
(t.o.m. SFS 2024:13). 2026 cost caps 6 800 / 7 900 / 8 600:
https://www.regeringen.se/pressmeddelanden/2025/09/hojt-bostadsbidrag-for-ekonomiskt-utsatta-barnfamiljer-med-hoga-boendekostnader/
("Höjningen innebär ett höjt bostadsbidrag med som mest 800 kronor per månad för familjer med ett
barn och 1 000 kronor per månad för familjer med två eller flera barn" - checked below).
FK: "du betalar mer än 1 400 kronor i månaden", https://www.forsakringskassan.se/privatpers/foralder/bostadsbidrag_barnfamiljer
No FK worked example with numbers was found; the cases below are hand calculations, shown.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from benefits_calc.rules.se import bostadsbidrag as bb
from benefits_calc.rules.se.case import BostadsbidragDecision, Child
from ruletools import notice, step

from benefits_calc.messages import placeholders
from benefits_calc.parameters import parameters

D = Decimal
ZERO = Decimal(0)
P26 = parameters("se", date(2026, 6, 1))
P25 = parameters("se", date(2025, 6, 1))


def kids(at_home=0, alternating=0, age=8):
    return [Child(age=age) for _ in range(at_home)] + [
        Child(age=age, alternating_residence=True) for _ in range(alternating)
    ]


def run(
    *,
    children=None,
    cost=Decimal(7000),
    area=None,
    bgi=ZERO,
    partner_bgi=None,
    couple=False,
    age=35,
    partner_age=None,
    btp=False,
    reported=ZERO,
    p=P26,
):
    return bb.calculate(
        BostadsbidragDecision(amount_month=reported),
        applicant_age=age,
        is_couple=couple,
        children=kids(1) if children is None else children,
        housing_cost_month=cost,
        area_m2=area,
        bgi_year=bgi,
        partner_bgi_year=partner_bgi,
        p=p,
        partner_age=partner_age,
        receives_bostadstillagg=btp,
    )


# --- Families: housing cost part (97 kap. 18 §) -----------------------------------------------


def test_single_parent_one_child_2026_at_the_income_limit():
    # cost 7 000, cap (1 child, 2026) 6 800: 50 % x (6 800 - 1 400) = 2 700
    # särskilt bidrag 1 child 1 500 -> 4 200 a month, 50 400 a year
    # BGI 150 000 = the limit -> no reduction -> 50 400 / 12 = 4 200 -> rounded down to 100: 4 200
    r = run(bgi=D(150000))
    assert step(r, "se.bb.cost")["cost_bidrag"] == D(2700)
    assert step(r, "se.bb.cost")["cost_cap"] == D(6800)
    assert step(r, "se.bb.sarskilt")["sarskilt_bidrag"] == D(1500)
    assert step(r, "se.bb.gross")["gross_year"] == D(50400)
    assert step(r, "se.bb.income_single")["reduction_year"] == 0
    assert r.amount == D(4200)
    assert r.taxable is False and r.benefit == "se.bostadsbidrag"


def test_2025_cap_and_rounding_down_to_hundreds():
    # 2025 cap 5 300: 50 % x 3 900 = 1 950 + 1 500 = 3 450 -> rounded down to 3 400
    r = run(bgi=D(150000), p=P25)
    assert step(r, "se.bb.cost")["cost_bidrag"] == D(1950)
    assert step(r, "se.bb.result")["annual_amount"] == D(41400)
    assert r.amount == D(3400)


def test_2026_raise_matches_regeringen_maximum_increase():
    # regeringen: at most +800 a month (one child), +1 000 (two or more). High cost, no income:
    # 1 child: 50 % x (6 800 - 5 300) = 750 more (the bidrag rounds: 4 200 vs 3 400 = +800)
    # 2 children: 50 % x (7 900 - 5 900) = 1 000; 3 children: 50 % x (8 600 - 6 600) = 1 000
    for n, more in [(1, D(750)), (2, D(1000)), (3, D(1000))]:
        c26 = step(run(children=kids(n), cost=D(10000)), "se.bb.cost")["cost_bidrag"]
        c25 = step(run(children=kids(n), cost=D(10000), p=P25), "se.bb.cost")["cost_bidrag"]
        assert c26 - c25 == more
    assert run(cost=D(10000)).amount - run(cost=D(10000), p=P25).amount == D(800)


@pytest.mark.parametrize(
    ("cost", "cost_bidrag"),
    [
        (D(1400), D(0)),  # at the floor: nothing for the cost
        (D(1000), D(0)),  # below the floor
        (D(3400), D(1000)),  # 50 % x 2 000
        (D(6800), D(2700)),  # at the 1-child cap 2026
        (D(9000), D(2700)),  # above the cap
    ],
)
def test_cost_band_one_child(cost, cost_bidrag):
    assert step(run(cost=cost), "se.bb.cost")["cost_bidrag"] == cost_bidrag


def test_number_of_children_caps_and_sarskilt():
    # 2 children at home, cost 10 000: 50 % x (7 900 - 1 400) = 3 250 + 2 000 = 5 250
    r = run(children=kids(2), cost=D(10000))
    assert (step(r, "se.bb.cost")["cost_bidrag"], step(r, "se.bb.sarskilt")["sarskilt_bidrag"]) == (
        D(3250),
        D(2000),
    )
    assert r.amount == D(5200)  # 5 250 rounded down to hundreds
    # 3 children: 50 % x (8 600 - 1 400) = 3 600 + 2 650 = 6 250 -> 6 200
    r = run(children=kids(3), cost=D(10000))
    assert step(r, "se.bb.gross")["gross_month"] == D(6250)
    assert r.amount == D(6200)
    # 4 children: the same (at most three count, 97 kap. 17 §)
    assert run(children=kids(4), cost=D(10000)).amount == D(6200)


@pytest.mark.parametrize(
    ("at_home", "alternating", "amount"),
    [
        (0, 1, D(1300)),  # 22 a § first paragraph
        (0, 2, D(1600)),
        (0, 3, D(2100)),
        (1, 1, D(1800)),  # 1 500 + 300
        (2, 1, D(2500)),  # 2 000 + 500
        (1, 2, D(2300)),  # 1 500 + 800
        (2, 2, D(2500)),  # four children: best three = 2 at home + 1 alternately
        (3, 1, D(2650)),  # four children: 3 at home (2 650) beats 2 + 1 (2 500)
    ],
)
def test_sarskilt_bidrag_combinations(at_home, alternating, amount):
    assert bb.sarskilt_bidrag(at_home, alternating, P26) == amount


# --- Area (97 kap. 20-21 §§) ------------------------------------------------------------------


def test_area_above_limit_cuts_the_cost_in_proportion():
    # 1 child, 100 m² (limit 80), cost 6 000: 6 000 x 80 / 100 = 4 800 (floor 3 000 is lower)
    # 50 % x (4 800 - 1 400) = 1 700 + 1 500 = 3 200
    r = run(cost=D(6000), area=D(100))
    assert step(r, "se.bb.area")["housing_cost_counted"] == D(4800)
    assert step(r, "se.bb.cost")["cost_bidrag"] == D(1700)
    assert r.amount == D(3200)


def test_area_cut_not_below_the_21_paragraph_floor():
    # 1 child, 200 m², cost 5 000: 5 000 x 80 / 200 = 2 000 < 3 000 -> 3 000 counts
    # 50 % x 1 600 = 800 + 1 500 = 2 300
    r = run(cost=D(5000), area=D(200))
    assert step(r, "se.bb.area")["housing_cost_counted"] == D(3000)
    assert r.amount == D(2300)


def test_area_at_the_limit_and_by_children():
    # 80 m² with one child: no cut
    assert all(s.msg != "se.bb.area" for s in run(area=D(80)).steps)
    # 4 children: limit 140 m²; 140 m² no cut, 175 m² -> 10 000 x 140 / 175 = 8 000
    assert all(s.msg != "se.bb.area" for s in run(children=kids(4), cost=D(10000), area=D(140)).steps)
    r = run(children=kids(4), cost=D(10000), area=D(175))
    assert step(r, "se.bb.area")["housing_cost_counted"] == D(8000)


def test_unknown_area_is_a_visible_assumption():
    notice(run(area=None), "se.bb.notice.area_unknown")


# --- Income test (97 kap. 15-16 §§) and rounding (98 kap. 4 §) ---------------------------------


def test_single_income_above_limit():
    # 1 child 2026: 50 400 a year. BGI 200 000: 20 % x 50 000 = 10 000 -> 40 400 / 12 = 3 366.67 -> 3 300
    r = run(bgi=D(200000))
    assert step(r, "se.bb.income_single")["reduction_year"] == D(10000)
    assert r.amount == D(3300)


def test_minimum_1200_a_year():
    # BGI 396 000: 20 % x 246 000 = 49 200 -> 50 400 - 49 200 = 1 200 (not below 1 200) -> 100 a month
    assert run(bgi=D(396000)).amount == D(100)
    # BGI 396 001: reduction 49 200.20 -> 1 199.80 < 1 200 -> nothing (97 kap. 16 §)
    r = run(bgi=D(396001))
    assert step(r, "se.bb.below_minimum")["annual_amount"] == D("1199.80")
    assert r.amount == 0


def test_couple_each_spouse_own_limit():
    # 2 children, cost 9 000: 50 % x (7 900 - 1 400) = 3 250 + 2 000 = 5 250 -> 63 000 a year
    # BGI 200 000 and 100 000: 20 % x (125 000 + 25 000) = 30 000 -> 33 000 / 12 = 2 750 -> 2 700
    r = run(children=kids(2), cost=D(9000), couple=True, bgi=D(200000), partner_bgi=D(100000))
    assert step(r, "se.bb.income_couple")["reduction_year"] == D(30000)
    assert r.amount == D(2700)
    # BGI 100 000 and 50 000: the partner's unused 25 000 does not help: 20 % x 25 000 = 5 000
    # 63 000 - 5 000 = 58 000 / 12 = 4 833.33 -> 4 800
    r = run(children=kids(2), cost=D(9000), couple=True, bgi=D(100000), partner_bgi=D(50000))
    assert step(r, "se.bb.income_couple")["reduction_year"] == D(5000)
    assert r.amount == D(4800)


# --- Young people 18-28 without children (97 kap. 24-28 §§) -----------------------------------


def test_young_cost_bands_and_maximum():
    # cost 3 000: 90 % x 800 = 720 + 65 % x 400 = 260 -> 980 -> rounded down 900
    r = run(children=[], age=22, cost=D(3000), bgi=D(41000))
    v = step(r, "se.bb.young_cost")
    assert (v["band1_amount"], v["band2_amount"], v["gross_month"]) == (D(720), D(260), D(980))
    assert r.amount == D(900)
    # cost 4 000 (above 3 600): 720 + 650 = 1 370 -> 16 440 a year -> 1 300 a month
    r = run(children=[], age=22, cost=D(4000), bgi=D(41000))
    assert step(r, "se.bb.young_cost")["gross_year"] == D(16440)
    assert r.amount == D(1300)
    # cost 1 800: nothing
    assert run(children=[], age=22, cost=D(1800)).amount == 0


def test_young_income_one_third_and_cut_off():
    # BGI 60 000: (60 000 - 41 000) / 3 = 6 333.33 -> 16 440 - 6 333.33 = 10 106.67 / 12 = 842.22 -> 800
    r = run(children=[], age=22, cost=D(4000), bgi=D(60000))
    assert step(r, "se.bb.young_income")["reduction_year"].quantize(D("0.01")) == D("6333.33")
    assert r.amount == D(800)
    # BGI 86 720: 45 720 / 3 = 15 240 -> 1 200 left -> 100 a month; 86 721 -> 1 199.67 -> 0
    assert run(children=[], age=22, cost=D(4000), bgi=D(86720)).amount == D(100)
    assert run(children=[], age=22, cost=D(4000), bgi=D(86721)).amount == 0


def test_young_couple_joint_limit():
    # couple, joint BGI 40 000 + 30 000 = 70 000: (70 000 - 58 000) / 3 = 4 000
    # 16 440 - 4 000 = 12 440 / 12 = 1 036.67 -> 1 000
    r = run(
        children=[], age=25, partner_age=27, couple=True, cost=D(4000), bgi=D(40000), partner_bgi=D(30000)
    )
    assert step(r, "se.bb.young_income")["reduction_year"] == D(4000)
    assert r.amount == D(1000)


def test_young_published_cut_offs():
    # The often published cut-offs (e.g. https://www.pankpraktikan.se/bostadsbidrag/ , secondary):
    # no bidrag above 86 720 (single) / 103 720 (couple) a year. From the law: the largest bidrag
    # 16 440 a year falls to the 1 200 minimum at 41 000 + 3 x 15 240 = 86 720 and
    # 58 000 + 3 x 15 240 = 103 720.
    assert run(children=[], age=22, cost=D(4000), bgi=D(86720)).amount == D(100)
    couple = {"children": [], "age": 22, "partner_age": 22, "couple": True, "cost": D(4000)}
    assert run(**couple, bgi=D(53720), partner_bgi=D(50000)).amount == D(100)
    assert run(**couple, bgi=D(53721), partner_bgi=D(50000)).amount == 0


def test_young_area_limit_60():
    # 70 m², cost 3 500: 3 500 x 60 / 70 = 3 000 -> 720 + 260 = 980 -> 900
    r = run(children=[], age=22, cost=D(3500), area=D(70), bgi=D(0))
    assert step(r, "se.bb.young_area")["housing_cost_counted"] == D(3000)
    assert r.amount == D(900)


def test_young_eligibility():
    assert step(run(children=[], age=29, cost=D(4000)), "se.bb.young_age") == {}
    assert run(children=[], age=17, cost=D(4000)).amount == 0
    assert run(children=[], age=25, couple=True, partner_age=30, cost=D(4000)).amount == 0
    r = run(children=[], age=25, cost=D(4000), btp=True)
    assert step(r, "se.bb.young_btp") == {} and r.amount == 0
    # 28 is still eligible
    assert run(children=[], age=28, cost=D(4000)).amount == D(1300)


# --- Preliminary vs final: repayment risk (98 kap. 6 §) ---------------------------------------


def test_repayment_risk_is_a_danger_notice():
    # decision pays 4 200; with BGI 300 000: 50 400 - 20 % x 150 000 = 20 400 a year -> 1 700 a month
    # paid for a year 12 x 4 200 = 50 400; final 20 400 -> 30 000 to pay back (>= 1 200)
    r = run(bgi=D(300000), reported=D(4200))
    n = notice(r, "se.bb.notice.repayment_risk")
    assert n.severity == "danger"
    assert (n.values["amount_month"], n.values["repayment_year"]) == (D(1700), D(30000))
    assert r.reported == D(4200)


def test_small_difference_is_not_reclaimed():
    # BGI 299 500: 50 400 - 29 900 = 20 500 -> 1 708.33 -> 1 700; paid 1 800 x 12 = 21 600;
    # difference 1 100 < 1 200 -> neither paid nor reclaimed (98 kap. 6 § andra stycket)
    r = run(bgi=D(299500), reported=D(1800))
    n = notice(r, "se.bb.notice.small_difference")
    assert n.severity == "info" and n.values["repayment_year"] == D(1100)
    # exactly 1 200: reclaimed -> danger. BGI 300 000 -> final 20 400; paid 1 800 x 12 = 21 600
    assert notice(run(bgi=D(300000), reported=D(1800)), "se.bb.notice.repayment_risk").values[
        "repayment_year"
    ] == D(1200)


def test_higher_than_today_is_info():
    assert notice(run(bgi=D(0), reported=D(1000)), "se.bb.notice.may_be_higher").severity == "info"


def test_older_child_assumption():
    notice(run(children=kids(1, age=19)), "se.bb.notice.older_child")


# --- Messages and duties ----------------------------------------------------------------------


def test_every_message_has_a_template_with_matching_placeholders():
    results = [
        run(bgi=D(300000), reported=D(4200), area=D(150), children=kids(1, 1, age=19)),
        run(bgi=D(299500), reported=D(1800)),
        run(couple=True, bgi=D(1), partner_bgi=D(1)),
        run(bgi=D(0), reported=D(1000), area=None),
        run(bgi=D(396001)),
        run(children=[], age=22, cost=D(3500), area=D(70)),
        run(children=[], age=30),
        run(children=[], age=22, btp=True),
    ]
    seen = set()
    for r in results:
        for item in [*r.steps, *r.notices]:
            assert item.msg in bb.MESSAGES, item.msg
            assert placeholders(bb.MESSAGES[item.msg]) == set(item.values), item.msg
            seen.add(item.msg)
    for d in bb.reporting_duties():
        assert d.benefit == "se.bostadsbidrag" and "98 kap." in d.reference
        for msg in (d.what, d.when, d.how, d.consequence):
            assert msg in bb.MESSAGES
            seen.add(msg)
    assert seen == set(bb.MESSAGES), set(bb.MESSAGES) - seen


def test_2026_cap_is_marked_unverified():
    assert P26["bb_family_cost_cap"].verified is False
    assert P25["bb_family_cost_cap"].verified is True
