"""Boligsikring (rules/dk/boligstoette.py, LBS §§ 8 a, 10, 14, 22, 23).

Udbetaling Danmark's own calculator (https://www.boligstoette.dk/bos-selvbetjening/beregner/basisoplysninger),
run 9.10.2026 with the 2026 rates, as recorded in a public repository's test file and recomputed by the
research (dk-verified.md § 4.1; 52 of 53 outputs to the krone): single non-pensioner without children,
rented home; "income" is the household income a month as entered in the calculator. The outputs are an
official calculator's, recorded by a third party (SECONDARY). The other tests are hand calculations from
the law text (elov.dk §§ 14, 22) and rules/dk/params/boligstoette.toml.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest
from benefits_calc.rules.dk import boligstoette as bs
from benefits_calc.rules.dk.case import BoligstoetteDecision, Housing
from ruletools import check_messages, notice_ids, step

from benefits_calc.parameters import parameters

P2026 = parameters("dk", date(2026, 6, 1))
P2025 = parameters("dk", date(2025, 6, 1))


def calc(
    income_month,
    rent,
    area,
    *,
    heating="separate",
    persons=1,
    children=0,
    formue="0",
    fp=False,
    loft=False,
    young=False,
    kind="leje",
    p=P2026,
    **housing,
):
    return bs.calculate(
        BoligstoetteDecision(amount_month=D(0), formue=D(formue)),
        housing=Housing(
            kind=kind,
            rent_month=D(rent),
            area_m2=None if area is None else D(area),
            heating=heating,
            **housing,
        ),
        persons=persons,
        children_count=children,
        young_couple=young,
        household_income_year=12 * D(income_month),
        foertidspension_in_household=fp,
        kh_forhoejet_couple=loft,
        couple=persons - children > 1,
        p=p,
    )


@pytest.mark.parametrize(
    ("income", "rent", "area", "heating", "persons", "formue", "udk"),
    [
        # B = 48.000 + 35 × 60 = 50.100; 60 % = 30.060; 15 % cap 7.515 -> 626,25 -> 626
        ("12000", "4000", "60", "separate", 1, "0", 626),
        # 30.060 - 18 % × (300.000 - 170.300) = 6.714 -> 559,5 -> 560
        ("25000", "4000", "60", "separate", 1, "0", 560),
        # B = 93.300; 55.980 - 18 % × 261.700 = 8.874 -> 739,5 -> 740
        ("36000", "7600", "60", "separate", 1, "0", 740),
        # 55.980 - 18 % × 237.700 = 13.194 (below the 15 % cap 13.995) -> 1.099,5 -> 1.100
        ("34000", "7600", "60", "separate", 1, "0", 1100),
        # 55.980 - 18 % × 297.700 = 2.394 < 3.696 (smallest amount paid) -> 0
        ("39000", "7600", "60", "separate", 1, "0", 0),
        # formuetillæg 10 % × (1.000.000 - 896.400) = 10.360;
        # 55.980 - 18 % × 272.060 = 7.009,2 -> 7.009 -> 584
        ("36000", "7600", "60", "separate", 1, "1000000", 584),
        # B = (102.000 + 3.150) × 65 / 90 = 75.941,67; 15 % = 11.391,25 -> 11.391 -> 949,25 -> 949
        ("20000", "8500", "90", "separate", 1, "0", 949),
        # heating and hot water in the rent: B = 60.000 - 120,50 × 60 = 52.770; 15 % = 7.915,5 -> 7.916 -> 660
        ("20000", "5000", "60", "included", 1, "0", 660),
        # couple: B = (96.000 + 3.850) × 85 / 110 = 77.156,82; 15 % = 11.573,52 -> 11.574 -> 964,5 -> 965
        ("20000", "8000", "110", "separate", 2, "0", 965),
    ],
)
def test_udbetaling_danmarks_calculator_2026(income, rent, area, heating, persons, formue, udk):
    r = calc(income, rent, area, heating=heating, persons=persons, formue=formue)
    assert r.amount == D(udk)
    check_messages(r)


def test_intermediate_values_of_one_calculator_case():
    r = calc("25000", "4000", "60")
    assert step(r, "dk.bs.boligudgift")["boligudgift"] == D("50100.00")
    f = step(r, "dk.bs.formula")
    assert (f["income"], f["indkomstgraense"], f["raw"]) == (D(300000), D(170300), D("6714.00"))
    assert step(r, "dk.bs.result") == {"amount_year": D(6714), "amount": D(560)}


def test_children_raise_the_income_limit_the_rent_ceiling_and_remove_the_15_percent_cap():
    # 2 children, 3 persons, 85 m² (limit 105): B = 86.400 + 35 × 85 = 89.375 (< 95.500 × 1,10 = 105.050
    # -> 105.100). Indkomstgrænse 170.300 + 44.900 = 215.200. Income 300.000:
    # 53.625 - 18 % × 84.800 = 38.361; own payment: 89.375 - 28.700 = 60.675; maximum 50.412 -> 38.361
    # -> 3.196,75 -> 3.197.
    r = calc("25000", "7200", "85", persons=3, children=2)
    assert step(r, "dk.bs.indkomstgraense")["indkomstgraense"] == D(215200)
    assert r.amount == D(3197)
    # Low income: 53.625, capped by the maximum 50.412 -> 4.201 a month.
    r = calc("10000", "7200", "85", persons=3, children=2)
    assert step(r, "dk.bs.maximum")["maximum"] == D(50412)
    assert r.amount == D(4201)
    # 4 children: the maximum × 1,25 = 63.015; the rent ceiling + 20 %: 95.500 × 1,20 = 114.600.
    r = calc("10000", "11000", "125", persons=5, children=4)
    assert step(r, "dk.bs.max_boligudgift")["max_boligudgift"] == D(114600)
    assert step(r, "dk.bs.maximum")["maximum"] == D("63015.00")


def test_young_couple_both_under_30():
    # 2 adults under 30, 1 child: 170.300 + 44.900 × 1 = 215.200.
    r = calc("25000", "7200", "85", persons=3, children=1, young=True)
    assert step(r, "dk.bs.indkomstgraense")["indkomstgraense"] == D(215200)


def test_foertidspension_household_has_no_15_percent_cap():
    # FP, 55 m²: B = 72.000 + 35 × 55 = 73.925; income 265.392 (full FP 2026):
    # 44.355 - 18 % × 95.092 = 27.238,44 -> 27.238 -> 2.269,83 -> 2.270.
    r = calc("22116", "6000", "55", fp=True)
    assert r.amount == D(2270)
    assert not [s for s in r.steps if s.msg == "dk.bs.no_children"]


def test_boligstoetteloft_for_a_couple_on_forhoejet_sats():
    # 2026 loft 379 a month = 4.548 a year.
    r = calc("10000", "8000", "85", persons=3, children=1, loft=True)
    assert step(r, "dk.bs.loft")["limit"] == D(4548)
    assert r.amount == D(379)


def test_owner_without_foertidspension_is_excluded_with_it_not_calculated():
    r = calc("10000", "8000", "85", kind="ejer")
    assert r.excluded and r.amount == 0
    r = calc("10000", "8000", "85", kind="andel", fp=True)
    assert not r.excluded and [s.msg for s in r.steps] == ["dk.bs.owner_loan"]


def test_no_area_given():
    r = calc("12000", "4000", None)
    assert step(r, "dk.bs.boligudgift_no_area")["boligudgift"] == D(48000)
    assert "dk.bs.notice.area_unknown" in notice_ids(r)
    # 15 % × 48.000 = 7.200 -> 600.
    assert r.amount == D(600)


def test_2025_figures():
    # B = 48.000 + 34,50 × 60 = 50.070; 15 % = 7.510,5 -> 7.511 (50 øre up) -> 625,92 -> 626.
    assert calc("12000", "4000", "60", p=P2025).amount == D(626)


def test_boligydelse_is_not_calculated():
    r = bs.calculate(
        BoligstoetteDecision(kind="boligydelse", amount_month=D(2000)),
        housing=Housing(rent_month=D(5000)),
        persons=1,
        children_count=0,
        young_couple=False,
        household_income_year=D(100000),
        foertidspension_in_household=True,
        kh_forhoejet_couple=False,
        couple=False,
        p=P2026,
    )
    assert r.benefit == "dk.boligydelse" and r.amount == 0 and r.reported == D(2000)
