"""Barnbidrag and flerbarnstillägg (SFB 15-16 kap.).

Official sources:
- SFB 15 kap. 3 § (1 250 kr a month per child) and 15 kap. 8 § (flerbarnstillägg 150 / 580 / 1 010 /
  1 250 for the 2nd / 3rd / 4th / 5th and further child), 16 kap. 15-17 §§ (shared tillägg), 16 kap. 20 §
  (rounded up to whole kronor): https://rkrattsbaser.gov.se/sfst?bet=2010:110
- Försäkringskassan's tables "Om ni delar på barnbidraget" (each parent's share when every child's
  barnbidrag is shared): 1 child 625; 2 children 1 250 + 75 = 1 325; 3 children 1 875 + 365 = 2 240;
  4 children 2 500 + 870 = 3 370; 5 children 3 125 + 1 495 = 4 620.
  https://www.forsakringskassan.se/privatperson/foralder/barnbidrag-och-flerbarnstillagg
"""

from datetime import date
from decimal import Decimal

import pytest
from benefits_calc.rules.se import barnbidrag
from benefits_calc.rules.se.case import Child
from ruletools import step

from benefits_calc.messages import placeholders
from benefits_calc.parameters import parameters

D = Decimal
P2026 = parameters("se", date(2026, 6, 1))
P2025 = parameters("se", date(2025, 6, 1))


def kids(*ages: int, alternating: tuple[int, ...] = ()) -> list[Child]:
    return [Child(age=a, alternating_residence=i in alternating) for i, a in enumerate(ages)]


@pytest.mark.parametrize(
    ("count", "flerbarn", "total"),
    [
        # n children x 1 250 + flerbarnstillägg(n); flerbarnstillägg = sum of the per-child steps
        (1, "0", "1250"),  # 1 250
        (2, "150", "2650"),  # 2 500 + 150
        (3, "730", "4480"),  # 3 750 + 150 + 580
        (4, "1740", "6740"),  # 5 000 + 150 + 580 + 1 010
        (5, "2990", "9240"),  # 6 250 + 1 740 + 1 250
        (6, "4240", "11740"),  # 7 500 + 2 990 + 1 250
        (7, "5490", "14240"),  # 8 750 + 4 240 + 1 250 (the 5th step repeats for every further child)
    ],
)
def test_whole_barnbidrag_by_number_of_children(count, flerbarn, total):
    assert barnbidrag.flerbarnstillagg_total(count, P2026) == D(flerbarn)
    r = barnbidrag.calculate(kids(*([5] * count)), p=P2026)
    assert r.amount == D(total)
    assert r.benefit == "se.barnbidrag" and r.authority == "se.forsakringskassan"
    assert r.taxable is False
    assert step(r, "se.barnbidrag.full")["full_total"] == D(1250) * count
    if count >= 2:
        assert step(r, "se.barnbidrag.flerbarn")["flerbarnstillagg"] == D(flerbarn)


@pytest.mark.parametrize(
    ("count", "total"),
    [(1, "625"), (2, "1325"), (3, "2240"), (4, "3370"), (5, "4620")],
)
def test_every_child_shared_matches_forsakringskassans_delat_table(count, total):
    # Every child växelvis: half barnbidrag each, and flerbarnstillägg(n) / n x (0.5 x n) = half of it.
    # 3 children: 3 x 625 = 1 875; 730 / 3 x 1.5 = 365; 1 875 + 365 = 2 240 (FK's table).
    r = barnbidrag.calculate(kids(*([8] * count), alternating=tuple(range(count))), p=P2026)
    assert r.amount == D(total)
    assert step(r, "se.barnbidrag.half")["half_per_child"] == D(625)


def test_three_children_one_alternating_shares_the_tillagg_and_rounds_up():
    # 2 whole: 2 x 1 250 = 2 500; 1 half: 625.
    # flerbarnstillägg for 3 = 730; 730 / 3 x (2 + 0.5) = 608.333...
    # 2 500 + 625 + 608.33 = 3 733.33 -> rounded up (SFB 16 kap. 20 §) = 3 734.
    r = barnbidrag.calculate(kids(3, 10, 5, alternating=(2,)), p=P2026)
    split = step(r, "se.barnbidrag.flerbarn_split")
    assert split["flerbarnstillagg_full"] == D(730)
    assert split["child_units_factor"] == D("2.5")
    assert split["flerbarnstillagg"] == D("608.33")
    assert step(r, "se.barnbidrag.half")["half_total"] == D(625)
    assert r.amount == D(3734)


def test_two_children_one_alternating():
    # 1 250 + 625 + 150 / 2 x 1.5 = 112.50 -> 1 987.50 -> rounded up 1 988.
    r = barnbidrag.calculate(kids(2, 7, alternating=(1,)), p=P2026)
    assert step(r, "se.barnbidrag.flerbarn_split")["flerbarnstillagg"] == D("112.50")
    assert r.amount == D(1988)


def test_no_children_gives_zero_without_steps():
    r = barnbidrag.calculate([], p=P2026)
    assert r.amount == 0 and r.steps == [] and r.notices == []
    assert barnbidrag.reporting_duties([]) == []


def test_children_16_or_older_are_not_counted():
    # 16 and 18 get no allmänt barnbidrag (SFB 15 kap. 4 §) and do not count here for the tillägg.
    r = barnbidrag.calculate(kids(16, 18), p=P2026)
    assert r.amount == 0
    assert [s.msg for s in r.steps] == ["se.barnbidrag.none"]
    assert r.notices[0].msg == "se.barnbidrag.notice.older_children"
    assert r.notices[0].values == {"older_count": 2}
    # One child of 12 and one of 17: only one child counts, so no flerbarnstillägg.
    r = barnbidrag.calculate(kids(12, 17), p=P2026)
    assert r.amount == D(1250)


def test_age_15_is_still_paid_with_a_notice():
    r = barnbidrag.calculate(kids(15), p=P2026)
    assert r.amount == D(1250)
    assert any(n.msg == "se.barnbidrag.notice.age_16" for n in r.notices)


def test_same_amounts_2025_and_2026():
    # Three children aged 1, 4 and 9, both years (the amounts have not changed since 2018):
    #   barnbidrag 3 x 1 250 = 3 750 (SFB 15 kap. 3 § [barnbidrag_month])
    #   + flerbarnstillägg for three children 150 (2nd) + 580 (3rd) = 730 (16 kap. 8 § [flerbarnstillagg])
    #   = 4 480 kr a month.
    for p in (P2025, P2026):
        assert p.v("barnbidrag_month") == D(1250)
        assert barnbidrag.flerbarnstillagg_total(3, p) == D(150) + D(580)
        assert barnbidrag.calculate(kids(1, 4, 9), p=p).amount == D(4480)
        assert p["barnbidrag_month"].verified


def test_does_not_change_with_work():
    r = barnbidrag.calculate(kids(1, 4), p=P2026)
    assert any(s.msg == "se.barnbidrag.not_income_tested" for s in r.steps)


def test_every_message_id_has_a_template_with_matching_placeholders():
    cases = [
        kids(3, 10, 5, alternating=(2,)),
        kids(*([5] * 6)),
        kids(16, 15),
        kids(4),
    ]
    for children in cases:
        r = barnbidrag.calculate(children, p=P2026)
        for item in [*r.steps, *r.notices]:
            assert item.msg in barnbidrag.MESSAGES, item.msg
            assert placeholders(barnbidrag.MESSAGES[item.msg]) == set(item.values), item.msg
    for duty in barnbidrag.reporting_duties(kids(3)):
        for mid in (duty.what, duty.when, duty.how, duty.consequence):
            assert mid in barnbidrag.MESSAGES
        assert duty.benefit == "se.barnbidrag" and "SFB" in duty.reference
