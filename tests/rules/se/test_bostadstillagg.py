"""Bostadstillägg (BTP) and särskilt bostadstillägg (SBT) for a person with SE/AE, SFB 101-103 kap.

Official sources:
- FK "Så här beräknas bostadstillägg":
  https://www.forsakringskassan.se/privatperson/funktionsnedsattning/aktivitetsersattning/bostadstillagg/sa-har-beraknas-bostadstillagg
  ("Du kan få som mest 6 550 kronor per månad ... 96 procent upp till 5 000 ... 70 procent från
  5 000 och upp till 7 500"). FK publishes no worked example of the income test; the income cases
  below are hand calculations from SFB 102 kap. 11, 16-18, 21-30 §§ and 103 kap. 5 §
  (https://rkrattsbaser.gov.se/sfst?bet=2010:110), shown step by step.
PBB 2026 = 59 200, 2025 = 58 800. Garantinivå for hel SE, age 30+: 2.78 PBB
(2026: 164 576; 2025: 163 464) = the fribelopp (102 kap. 18 §).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from benefits_calc.rules.se import bostadstillagg as btp
from benefits_calc.rules.se.case import BostadstillaggDecision
from ruletools import step

from benefits_calc.messages import placeholders
from benefits_calc.parameters import parameters

D = Decimal
ZERO = Decimal(0)
P26 = parameters("se", date(2026, 6, 1))
P25 = parameters("se", date(2025, 6, 1))
FRI26 = D("164576")  # 2.78 x 59 200
FRI25 = D("163464")  # 2.78 x 58 800


def run(
    *,
    cost=Decimal(6000),
    bb=ZERO,
    income=None,
    fribelopp=FRI26,
    couple=False,
    partner=None,
    partner_fribelopp=None,
    net=Decimal(400000),  # income after tax so high that no SBT is due, unless a test says otherwise
    partner_net=None,
    fribelopp_net=None,
    wealth=ZERO,
    reported=ZERO,
    p=P26,
):
    decision = BostadstillaggDecision(amount_month=reported, wealth=wealth)
    return btp.calculate(
        decision,
        is_couple=couple,
        housing_cost_month=cost,
        bostadsbidrag_month=bb,
        fribelopp_year=fribelopp,
        income=income or btp.BTPIncome(sjuk_aktivitetsersattning=FRI26),
        partner_income=partner,
        partner_fribelopp_year=partner_fribelopp,
        net_income_after_tax_year=net,
        p=p,
        partner_net_income_after_tax_year=partner_net,
        fribelopp_after_tax_year=fribelopp_net,
    )


def btp_month(result):
    return step(result, "se.btp.total")["btp_month"]


# --- Housing bands (102 kap. 22 §) -------------------------------------------------------------


@pytest.mark.parametrize(
    ("cost", "band1", "band2", "max_month"),
    [
        # 3 000 x 96 % = 2 880
        (D(3000), D(2880), D(0), D(2880)),
        # at the first limit: 5 000 x 96 % = 4 800
        (D(5000), D(4800), D(0), D(4800)),
        # 6 000: 4 800 + 70 % x 1 000 = 700 -> 5 500
        (D(6000), D(4800), D(700), D(5500)),
        # at the cap: 4 800 + 70 % x 2 500 = 1 750 -> 6 550 = FK's published maximum
        (D(7500), D(4800), D(1750), D(6550)),
        # above the cap: nothing more -> 6 550
        (D(9000), D(4800), D(1750), D(6550)),
    ],
)
def test_housing_bands_single(cost, band1, band2, max_month):
    r = run(cost=cost)
    v = step(r, "se.btp.max")
    assert (v["band1_amount"], v["band2_amount"], v["max_month"]) == (band1, band2, max_month)
    assert v["max_year"] == 12 * max_month
    # full garantiersättning only: reduceringsinkomst 164 576 - 164 576 = 0 -> the maximum is paid
    assert r.amount == max_month
    # income after tax (400 000 in this harness) above the gross fribelopp: the floor cannot bite
    assert all(n.msg != "se.sbt.notice.no_floor" for n in r.notices)


def test_housing_couple_half_of_joint_cost_and_couple_bands():
    # joint 9 000 -> own 4 500; 96 % x 2 500 = 2 400; 70 % x (3 750 - 2 500) = 875 -> 3 275 (cap)
    r = run(cost=D(9000), couple=True, partner=btp.BTPIncome())
    assert step(r, "se.btp.housing_cost_couple")["housing_cost_counted"] == D(4500)
    v = step(r, "se.btp.max")
    assert (v["band1_amount"], v["band2_amount"], v["max_month"]) == (D(2400), D(875), D(3275))
    # joint 4 000 -> own 2 000 x 96 % = 1 920
    assert step(run(cost=D(4000), couple=True, partner=btp.BTPIncome()), "se.btp.max")["max_month"] == D(1920)


def test_bostadsbidrag_lowers_the_housing_cost():
    # 6 000 - bostadsbidrag 1 000 = 5 000 -> 96 % = 4 800 (SFB 101 kap. 9 §)
    r = run(cost=D(6000), bb=D(1000))
    assert step(r, "se.btp.housing_cost")["housing_cost_counted"] == D(5000)
    assert step(r, "se.btp.max")["max_month"] == D(4800)
    # couple: (8 000 - 1 000) / 2 = 3 500
    r = run(cost=D(8000), bb=D(1000), couple=True, partner=btp.BTPIncome())
    assert step(r, "se.btp.housing_cost_couple")["housing_cost_counted"] == D(3500)


# --- Income test, single ----------------------------------------------------------------------


def test_work_income_counts_half_below_one_pbb():
    # housing 6 000 -> max 66 000 a year.
    # wage 8 000 x 12 = 96 000 -> 50 % = 48 000; SE 164 576 - fribelopp 164 576 = 0 -> R = 48 000
    # inkomstavdrag 62 % x 48 000 = 29 760; BTP 66 000 - 29 760 = 36 240 = 12 x 3 020
    r = run(income=btp.BTPIncome(sjuk_aktivitetsersattning=FRI26, arbetsinkomst=D(96000)))
    v = step(r, "se.btp.income")
    assert v["work_counted"] == D(48000)
    assert v["counted_total"] == D(212576)
    assert v["reduceringsinkomst"] == D(48000)
    a = step(r, "se.btp.inkomstavdrag")
    assert (a["low_part"], a["high_part"], a["inkomstavdrag"]) == (D("29760"), D(0), D("29760"))
    assert step(r, "se.btp.result")["btp_year"] == D(36240)
    assert r.amount == D(3020)
    assert r.taxable is False and r.period == "year" and r.benefit == "se.bostadstillagg"


def test_exactly_one_pbb_and_above():
    # R = 59 200 (= 1 PBB): wage 118 400 -> 59 200. Avdrag 62 % x 59 200 = 36 704.
    # 66 000 - 36 704 = 29 296; /12 = 2 441.33 -> nearest multiple of 12: 29 292 (2 441)
    r = run(income=btp.BTPIncome(sjuk_aktivitetsersattning=FRI26, arbetsinkomst=D(118400)))
    a = step(r, "se.btp.inkomstavdrag")
    assert (a["split_amount"], a["low_part"], a["high_part"]) == (D(59200), D("36704.00"), D(0))
    assert step(r, "se.btp.result")["btp_year"] == D(29292)
    assert r.amount == D(2441)
    # R = 80 000: wage 160 000. Avdrag 36 704 + 50 % x 20 800 = 10 400 -> 47 104.
    # 66 000 - 47 104 = 18 896; /12 = 1 574.67 -> 18 900 (1 575)
    r = run(income=btp.BTPIncome(sjuk_aktivitetsersattning=FRI26, arbetsinkomst=D(160000)))
    a = step(r, "se.btp.inkomstavdrag")
    assert (a["low_part"], a["high_part"], a["inkomstavdrag"]) == (D("36704.00"), D(10400), D(47104))
    assert step(r, "se.btp.result")["btp_year"] == D(18900)
    assert r.amount == D(1575)


def test_income_so_high_nothing_is_paid():
    # wage 400 000 -> R 200 000: avdrag 36 704 + 50 % x 140 800 = 70 400 -> 107 104 > 66 000
    r = run(income=btp.BTPIncome(sjuk_aktivitetsersattning=FRI26, arbetsinkomst=D(400000)))
    assert step(r, "se.btp.zero")["inkomstavdrag"] == D(107104)
    assert r.amount == 0
    assert step(r, "se.sbt.not_applicable") == {}


def test_fribelopp_boundary_with_low_se():
    # SE 123 432 (30/40 försäkringstid) is 41 144 below the fribelopp 164 576.
    # Wage 82 288 -> 50 % = 41 144 -> R exactly 0 -> full 66 000 a year = 5 500 a month.
    r = run(income=btp.BTPIncome(sjuk_aktivitetsersattning=D(123432), arbetsinkomst=D(82288)))
    assert step(r, "se.btp.income")["reduceringsinkomst"] == 0
    assert r.amount == D(5500)
    # Wage 82 300 -> R = 6 -> avdrag 3.72 -> 65 996.28 -> nearest multiple of 12 is 66 000
    r = run(income=btp.BTPIncome(sjuk_aktivitetsersattning=D(123432), arbetsinkomst=D(82300)))
    assert step(r, "se.btp.inkomstavdrag")["inkomstavdrag"] == D("3.72")
    assert r.amount == D(5500)
    # No wage: R_raw = -41 144, floored at 0
    r = run(income=btp.BTPIncome(sjuk_aktivitetsersattning=D(123432)))
    assert step(r, "se.btp.income")["reduceringsinkomst"] == 0


def test_other_taxable_80_percent_and_capital_in_full():
    # sjukpenning 100 000 x 80 % = 80 000; capital 10 000 in full; no SE: fribelopp still the
    # garantinivå (102 kap. 18 §, SE vilande). R = 90 000 - 164 576 < 0 -> 0
    r = run(income=btp.BTPIncome(other_taxable=D(100000), capital_income=D(10000)))
    v = step(r, "se.btp.income")
    assert (v["other_counted"], v["capital_income"], v["counted_total"]) == (
        D(80000),
        D(10000),
        D(90000),
    )
    assert v["reduceringsinkomst"] == 0
    # with SE 164 576 on top: R = 90 000 -> 36 704 + 50 % x 30 800 = 15 400 -> 52 104
    # BTP 66 000 - 52 104 = 13 896 = 12 x 1 158
    r = run(income=btp.BTPIncome(FRI26, other_taxable=D(100000), capital_income=D(10000)))
    assert step(r, "se.btp.inkomstavdrag")["inkomstavdrag"] == D(52104)
    assert r.amount == D(1158)


def test_wealth_supplement_single():
    # wealth 250 000 - 100 000 = 150 000 x 15 % = 22 500 -> rounded down to 22 000 (102 kap. 11 §)
    # R = 22 000 -> avdrag 13 640 -> 66 000 - 13 640 = 52 360; /12 = 4 363.33 -> 52 356 = 12 x 4 363
    r = run(wealth=D(250000))
    v = step(r, "se.btp.wealth")
    assert (v["wealth_supplement"], v["wealth_part"]) == (D(22000), D(22000))
    assert step(r, "se.btp.income")["reduceringsinkomst"] == D(22000)
    assert r.amount == D(4363)
    # at the threshold: nothing counted
    assert step(run(wealth=D(100000)), "se.btp.wealth")["wealth_supplement"] == 0


def test_wealth_supplement_couple_is_shared():
    # couple: 250 000 - 200 000 = 50 000 x 15 % = 7 500 -> 7 000; each spouse 3 500 (12 §)
    r = run(wealth=D(250000), couple=True, partner=btp.BTPIncome())
    v = step(r, "se.btp.wealth")
    assert (v["wealth_supplement"], v["wealth_part"]) == (D(7000), D(3500))


def test_2025_parameters():
    # 2025: PBB 58 800, fribelopp 163 464. Wage 100 000 -> R 50 000 -> avdrag 31 000.
    # 66 000 - 31 000 = 35 000; /12 = 2 916.67 -> 35 004 = 12 x 2 917
    r = run(
        income=btp.BTPIncome(sjuk_aktivitetsersattning=FRI25, arbetsinkomst=D(100000)), fribelopp=FRI25, p=P25
    )
    assert step(r, "se.btp.inkomstavdrag")["inkomstavdrag"] == D(31000)
    assert r.amount == D(2917)
    # R 70 000: 62 % x 58 800 = 36 456 + 50 % x 11 200 = 5 600 -> 42 056
    r = run(
        income=btp.BTPIncome(sjuk_aktivitetsersattning=FRI25, arbetsinkomst=D(140000)), fribelopp=FRI25, p=P25
    )
    a = step(r, "se.btp.inkomstavdrag")
    assert (a["split_amount"], a["inkomstavdrag"]) == (D(58800), D(42056))


# --- Couples (102 kap. 6 §, 17 §) -------------------------------------------------------------


def test_couple_partner_without_se_gets_17_paragraph_fribelopp_and_halving():
    # joint housing 8 000 -> own 4 000 -> 2 400 + 70 % x 1 250 = 875 -> 3 275 a month, 39 300 a year
    # client: SE 164 576 + 50 % x 60 000 = 30 000 - 164 576 -> R 30 000
    # partner: no SE/AE -> fribelopp 2.2 x 59 200 = 130 240; wage 200 000 -> 100 000 - 130 240 < 0 -> 0
    # each: (30 000 + 0) / 2 = 15 000 -> avdrag 9 300 -> 39 300 - 9 300 = 30 000 = 12 x 2 500
    r = run(
        cost=D(8000),
        couple=True,
        income=btp.BTPIncome(sjuk_aktivitetsersattning=FRI26, arbetsinkomst=D(60000)),
        partner=btp.BTPIncome(arbetsinkomst=D(200000)),
    )
    assert step(r, "se.btp.partner_fribelopp")["fribelopp"] == D("130240.0")
    assert step(r, "se.btp.income_partner")["reduceringsinkomst"] == 0
    v = step(r, "se.btp.couple_half")
    assert (v["own_reduceringsinkomst"], v["reduceringsinkomst"]) == (D(30000), D(15000))
    assert r.amount == D(2500)
    # the partner's unused fribelopp (30 240) is not used to lower the client's income: shown
    n = [x for x in r.notices if x.msg == "se.btp.notice.unused_fribelopp"]
    assert n and n[0].values["unused_fribelopp"] == D("30240.0")


def test_couple_partner_above_fribelopp():
    # partner wage 400 000 -> 200 000 - 130 240 = 69 760; client 30 000 -> (99 760) / 2 = 49 880
    # avdrag 62 % x 49 880 = 30 925.60 -> 39 300 - 30 925.60 = 8 374.40; /12 = 697.87 -> 8 376 (698)
    r = run(
        cost=D(8000),
        couple=True,
        income=btp.BTPIncome(sjuk_aktivitetsersattning=FRI26, arbetsinkomst=D(60000)),
        partner=btp.BTPIncome(arbetsinkomst=D(400000)),
    )
    assert step(r, "se.btp.couple_half")["reduceringsinkomst"] == D(49880)
    assert step(r, "se.btp.inkomstavdrag")["inkomstavdrag"] == D("30925.60")
    assert r.amount == D(698)


def test_couple_partner_with_se_uses_given_fribelopp():
    # partner has hel SE at garantinivå: partner fribelopp = 164 576 given, R 0; client R 0
    r = run(
        cost=D(8000),
        couple=True,
        partner=btp.BTPIncome(sjuk_aktivitetsersattning=FRI26),
        partner_fribelopp=FRI26,
    )
    assert all(s.msg != "se.btp.partner_fribelopp" for s in r.steps)
    assert r.amount == D(3275)


# --- Rounding (103 kap. 5 §) ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("year", "rounded"),
    [(D(17), D(12)), (D(18), D(24)), (D("65996.28"), D(66000)), (D(29296), D(29292)), (D(0), D(0))],
)
def test_round_year_to_multiple_of_twelve(year, rounded):
    # 17/12 = 1.42 -> 12; 18/12 = 1.5 -> half up -> 24; 29 296/12 = 2 441.33 -> 29 292
    assert btp.round_year(year) == rounded


# --- Särskilt bostadstillägg (102 kap. 26-30 §§) ----------------------------------------------


def test_sbt_single_without_and_with_floor():
    # SE 100 000 (short försäkringstid), housing 7 000, single, 2026.
    # BTP: 4 800 + 70 % x 2 000 = 1 400 -> 6 200 a month; R = 100 000 - 164 576 < 0 -> 0 -> 6 200.
    # SBT level: 59 200 x 1.5357 / 12 = 90 913.44 / 12 = 7 576.12 a month.
    # reasonable housing min(7 000, 7 500) = 7 000. Income after tax 80 000 a year (given).
    # income 80 000 / 12 = 6 666.67 + BTP 6 200 = 12 866.67; left 5 866.67;
    # SBT 7 576.12 - 5 866.67 = 1 709.45 -> 1 709 a month (whole kronor, 103 kap. 5 §).
    inc = btp.BTPIncome(sjuk_aktivitetsersattning=D(100000))
    r = run(cost=D(7000), income=inc, net=D(80000))
    assert btp_month(r) == D(6200)
    assert step(r, "se.sbt.level")["living_level_month"] == D("7576.12")
    assert step(r, "se.sbt.housing")["reasonable_housing_cost"] == D(7000)
    v = step(r, "se.sbt.result")
    assert v["income_month"].quantize(D("0.01")) == D("12866.67")
    assert v["sbt_month"] == D(1709)
    assert r.amount == D(6200) + D(1709)
    # the 30 § floor is unknown (no fribelopp after tax given) and the income is below the gross
    # fribelopp 164 576, so a warning says the SBT may be lower
    assert [n.severity for n in r.notices if n.msg == "se.sbt.notice.no_floor"] == ["warning"]
    # 30 § floor: fribelopp after tax 130 000 a year counts instead of 80 000:
    # 10 833.33 + 6 200 - 7 000 = 10 033.33 > 7 576.12 -> SBT 0
    r = run(cost=D(7000), income=inc, net=D(80000), fribelopp_net=D(130000))
    assert step(r, "se.sbt.floor")["fribelopp_after_tax_year"] == D(130000)
    assert step(r, "se.sbt.result")["sbt_month"] == 0
    assert r.amount == D(6200)


def test_sbt_couple():
    # joint housing 7 000 -> own 3 500 -> 2 400 + 70 % x 1 000 = 700 -> BTP 3 100 a month (R 0).
    # level 59 200 x 1.2353 / 12 = 73 129.76 / 12 = 6 094.15; reasonable housing 3 500.
    # incomes after tax: client 80 000, partner 0 -> each (80 000 + 0) / 2 = 40 000 a year.
    # 3 333.33 + 3 100 = 6 433.33 - 3 500 = 2 933.33; SBT 6 094.15 - 2 933.33 = 3 160.81 -> 3 161
    r = run(
        cost=D(7000),
        couple=True,
        income=btp.BTPIncome(sjuk_aktivitetsersattning=D(100000)),
        partner=btp.BTPIncome(),
        net=D(80000),
        partner_net=D(0),
    )
    assert btp_month(r) == D(3100)
    assert step(r, "se.sbt.income_couple")["income_year"] == D(40000)
    assert step(r, "se.sbt.result")["sbt_month"] == D(3161)
    assert r.amount == D(6261)
    # without the partner's net income the SBT is not computed, and a warning says so
    r = run(
        cost=D(7000),
        couple=True,
        income=btp.BTPIncome(sjuk_aktivitetsersattning=D(100000)),
        partner=btp.BTPIncome(),
        net=D(80000),
    )
    assert r.amount == D(3100)
    assert any(n.msg == "se.sbt.notice.partner_income_missing" for n in r.notices)


# --- Result shape, messages, duties -----------------------------------------------------------


def test_reported_is_the_decision_amount():
    assert run(reported=D(4321)).reported == D(4321)


def test_every_message_has_a_template_with_matching_placeholders():
    results = [
        run(wealth=D(250000)),
        run(income=btp.BTPIncome(arbetsinkomst=D(900000), sjuk_aktivitetsersattning=FRI26)),
        run(
            cost=D(7000),
            income=btp.BTPIncome(sjuk_aktivitetsersattning=D(100000)),
            net=D(80000),
            fribelopp_net=D(130000),
        ),
        run(
            cost=D(7000),
            couple=True,
            income=btp.BTPIncome(sjuk_aktivitetsersattning=D(100000)),
            partner=btp.BTPIncome(arbetsinkomst=D(10000)),
            net=D(80000),
            partner_net=D(0),
        ),
        run(cost=D(7000), couple=True, partner=btp.BTPIncome()),
        run(
            cost=D(8000),
            couple=True,
            income=btp.BTPIncome(sjuk_aktivitetsersattning=FRI26, arbetsinkomst=D(60000)),
            partner=btp.BTPIncome(arbetsinkomst=D(200000)),
        ),
    ]
    seen = set()
    for r in results:
        for item in [*r.steps, *r.notices]:
            assert item.msg in btp.MESSAGES, item.msg
            assert placeholders(btp.MESSAGES[item.msg]) == set(item.values), item.msg
            seen.add(item.msg)
    for d in btp.reporting_duties():
        for msg in (d.what, d.when, d.how, d.consequence):
            assert msg in btp.MESSAGES
            seen.add(msg)
    assert seen == set(btp.MESSAGES), set(btp.MESSAGES) - seen


def test_parameters_are_referenced():
    r = run(wealth=D(250000), cost=D(7000))
    for name in r.param_names():
        assert P26[name].reference
