"""End-to-end tests of the Swedish pipeline (rules/se/pipeline.py) on every example in examples/se/.

Every expected figure below is a hand calculation from the law and rules/se/params/*.toml, shown as
inputs -> steps -> result. None is copied from the program's output. Rule date 2026-06-01.

Figures used (parameter names in brackets):
  PBB 59 200 [prisbasbelopp], IBB 83 400 [inkomstbasbelopp];
  average kommunalskatt 32.38 % [skatt_kommunalskatt_genomsnitt] when the case gives none.

THE TAX (IL; SKV 433 2026), a year, used for every scenario below:
  FFI = all taxable income rounded DOWN to 100 (IL 1 kap. 5 §).
  GA [skatt_grundavdrag], rounded UP to 100: FFI <= 0.99 PBB (58 608): 0.423 PBB (25 041.6);
     <= 2.72 PBB (161 024): 25 041.6 + 20 % x (FFI - 58 608); <= 3.11 PBB (184 112): 0.77 PBB (45 584);
     <= 7.88 PBB (466 496): 45 584 - 10 % x (FFI - 184 112); above: 0.293 PBB (17 345.6 -> 17 400).
  BFI = FFI - GA.  Kommunal = BFI x KI, öre dropped.  Statlig: 20 % above 643 000 [skatt_skiktgrans].
  Pensionsavgift [skatt_pensionsavgift] = 7 % of (wages + sjukpenning), nearest 100 (50 down); none
     below 0.423 PBB; given back in full as a reduction.
  JSA [skatt_jobbskatteavdrag] on wages AI (to 100 down): base = AI up to 0.91 PBB (53 872);
     53 872 + 38.74 % x (AI - 53 872) up to 3.24 PBB (191 808); 1.813 PBB (107 329.6) + 25.1 % x
     (AI - 191 808) up to 8.08 PBB (478 336); 3.027 PBB (179 198.4) above.
     JSA = (base - GA) x KI, öre dropped.
  SA [skatt_sa_reduktion] on taxable SE/AE UL (to 100 down): the same base without the top cap;
     SA = max((base - GA) x KI, 4.5 % x UL x KI), öre dropped.
  FIR [skatt_forvarvsinkomst_reduktion] = 0.75 % x (BFI - 40 000), öre dropped, max 1 500 from BFI 240 000.
  Public service [skatt_public_service] = 1 % of BFI, at most 1 % x 1.42 IBB = 1 184.28 -> 1 184.
  Total = kommunal + statlig + fee + public service - fee reduction - JSA - SA - FIR; a month = total / 12,
  öre dropped.
(The same arithmetic reproduces SKV 433 2026's examples: GA at FFI 120 000 = 37 400; JSA at AI
240 000 and KI 32.84 % = 26 083; SA at 150 000 = 15 668 - checked by hand before use here.)

MONTHLY EARNINGS (benefits_calc/models.py): hours x wage x 52 / 12; 10 h x 150 kr = 6 500.
"""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from benefits_calc.rules.se import pipeline
from pydantic import ValidationError
from ruletools import step

from benefits_calc.engine import calculate, parse_case
from benefits_calc.messages import all_messages
from benefits_calc.models import WorkScenario
from benefits_calc.parameters import OutOfCoverageError

D = Decimal
EXAMPLES = Path(__file__).resolve().parents[3] / "examples" / "se"
TAX_KEYS = (
    "ffi",
    "grundavdrag",
    "beskattningsbar",
    "kommunal_skatt",
    "statlig_skatt",
    "allmän_pensionsavgift",
    "jobbskatteavdrag",
    "sa_reduktion",
    "forvarvsinkomst_reduktion",
    "public_service",
    "total",
)


def load(name: str, **changes) -> dict:
    data = json.loads((EXAMPLES / name).read_text())
    data.update(changes)
    return data


def outcome(data: dict, percent: str, *, hourly: str | None = None, monthly: str | None = None):
    """One scenario of the case (a fresh case each time, so no cached baseline is shared)."""
    case = parse_case(data)
    s = WorkScenario(
        percent_of_full_time=D(percent),
        hourly_wage=None if hourly is None else D(hourly),
        monthly_wage_full_time=None if monthly is None else D(monthly),
    )
    return calculate(case, [s])[-1]


def check(o, *, earnings, benefits, tax, tax_month, net):
    """Assert the scenario: earnings, every benefit amount, each tax part, tax a month, net income."""
    assert o.scenario.earnings_month == D(earnings)
    assert {b.benefit: b.amount for b in o.benefits} == {k: D(v) for k, v in benefits.items()}
    parts = dict(zip(TAX_KEYS, tax, strict=True))
    assert {k: o.tax.parts[k] for k in TAX_KEYS} == {k: D(v) for k, v in parts.items()}
    assert o.tax.amount == D(tax_month)
    assert o.net_income == D(net)


# ---------------------------------------------------------------------------------------------
# 1. single_sjukersattning_garanti.json: age 40, hel SE, garantiersättning only, 60 months, rent
#    6 500 (single), BTP reported 5 850, average KI 32.38 %.
#
# SE today [se_garantiniva_factor "30-" = 2.78]: 2.78 x 59 200 = 164 576 a year; / 12 = 13 714.67
#   -> 13 715 (SFB 36 kap. 30 §) = reported, so no offset.
# Vilande (SFB 36 kap. 10-18 §§; 60 >= 12 months [se_vilande_min_months_received]): x % of full time
#   -> x % of hel SE vilande (rounded up to a quarter); paid = the rest + 25 % of the vilande part
#   [se_vilande_paid_rate]; that 25 % is tax free (IL 11 kap. 30 §).
# BTP max (SFB 102 kap. 22 §) [btp_housing_band1_limit ogift 5 000, btp_housing_rate_band1 0.96,
#   btp_housing_cap 7 500, btp_housing_rate_band2 0.70]: 0.96 x 5 000 + 0.70 x 1 500 = 5 850 a month,
#   70 200 a year. Fribelopp (102 kap. 18 §) = garantinivå 164 576.
#   R = SE paid x 12 + 50 % [btp_weight_work_income] x wages - 164 576; inkomstavdrag 62 % up to 1 PBB
#   [btp_inkomstavdrag_rate_low], 50 % above; BTP year rounded to a multiple of 12 (103 kap. 5 §).
# SBT: level 59 200 x 1.5357 / 12 = 7 576.12 [sbt_living_level_pbb]; income after tax / 12 + BTP -
#   rent 6 500 is always > 7 576 here -> SBT 0.
# ---------------------------------------------------------------------------------------------
SINGLE = "single_sjukersattning_garanti.json"


# ---------------------------------------------------------------------------------------------
# 2. aktivitetsersattning_vilande.json: age 24, hel AE 12 728, 30 months, vilande, rent 5 200, KI 32.38 %,
#    BTP reported 4 940.
# AE today [se_garantiniva_factor "23-24" = 2.58]: 2.58 x 59 200 = 152 736; / 12 = 12 728 = reported.
# BTP max: 0.96 x 5 000 + 0.70 x 200 = 4 940 a month, 59 280 a year. Fribelopp 152 736.
# SBT: income after tax / 12 + BTP - 5 200 > 7 576.12 in every scenario -> 0.
# ---------------------------------------------------------------------------------------------
AE = "aktivitetsersattning_vilande.json"


def test_ae_10_hours():
    # 10 h/week of 40 = 25 %: 6 500 a month, 78 000 a year.
    # Vilande 1/4: 12 728 x 0.25 = 3 182 not paid; rest 9 546 + 25 % x 3 182 = 795.50 -> 10 341.50
    #   -> 10 342 (50 öre up); tax free 795.50 -> 796; taxable AE 9 546 -> 114 552 a year.
    # Tax: FFI 192 552 -> 192 500; GA 45 584 - 0.1 x 8 388 = 44 745.2 -> 44 800; BFI 147 700;
    #   kommunal 0.3238 x 147 700 = 47 825.26 -> 47 825; fee 5 460 -> 5 500.
    #   JSA: 63 219.19 - 44 800 = 18 419.19 x 0.3238 = 5 964.13 -> 5 964.
    #   SA: UL 114 500; base 53 872 + 0.3874 x 60 628 = 77 359.29; - 44 800 = 32 559.29 x 0.3238
    #   = 10 542.70 -> 10 542. FIR 0.0075 x 107 700 = 807.75 -> 807. PS 1 184.
    #   Total 47 825 + 1 184 - 5 964 - 10 542 - 807 = 31 696; begravningsavgift 0.292 % x 147 700
    #   = 431.28 -> 431 [skatt_begravningsavgift]; 31 696 + 431 = 32 127; / 12 = 2 677.25 -> 2 677.
    # BTP: R = taxable AE 114 552 + 39 000 - 152 736 = 816; 0.62 x 816 = 505.92;
    #   59 280 - 505.92 = 58 774.08 -> nearest multiple of 12: 58 776 -> 4 898.
    # Net: 6 500 + 10 342 + 4 898 - 2 677 = 19 063.
    data = load(AE)
    case = parse_case(data)
    o = calculate(case, [case.scenarios[0]])[-1]
    check(
        o,
        earnings="6500.00",
        benefits={"se.aktivitetsersattning": "10342", "se.bostadstillagg": "4898"},
        tax=("192500", "44800", "147700", "47825", "0", "5500", "5964", "10542", "807", "1184", "32127"),
        tax_month="2677",
        net="19063",
    )


def test_ae_20_hours():
    # 20 h/week = 50 %: 13 000 a month, 156 000 a year.
    # Vilande 1/2: 6 364 not paid; rest 6 364 + 25 % x 6 364 = 1 591 -> 7 955; tax free 1 591;
    #   taxable 6 364 -> 76 368 a year.
    # Tax: FFI 232 368 -> 232 300; GA 45 584 - 0.1 x 48 188 = 40 765.2 -> 40 800; BFI 191 500;
    #   kommunal 0.3238 x 191 500 = 62 007.7 -> 62 007; fee 7 % x 156 000 = 10 920 -> 10 900.
    #   JSA: base 53 872 + 0.3874 x 102 128 = 93 436.39; - 40 800 = 52 636.39 x 0.3238 = 17 043.66
    #   -> 17 043. SA: UL 76 300; base 53 872 + 0.3874 x 22 428 = 62 560.61; - 40 800 = 21 760.61
    #   x 0.3238 = 7 046.09 -> 7 046. FIR 0.0075 x 151 500 = 1 136.25 -> 1 136. PS 1 184.
    #   Total 62 007 + 1 184 - 17 043 - 7 046 - 1 136 = 37 966; begravningsavgift 0.292 % x 191 500
    #   = 559.18 -> 559; 37 966 + 559 = 38 525; / 12 = 3 210.42 -> 3 210.
    # BTP: R = taxable AE 76 368 + 78 000 - 152 736 = 1 632; 0.62 x 1 632 = 1 011.84;
    #   59 280 - 1 011.84 = 58 268.16 -> nearest multiple of 12: 58 272 -> 4 856.
    # Net: 13 000 + 7 955 + 4 856 - 3 210 = 22 601.
    data = load(AE)
    case = parse_case(data)
    o = calculate(case, [case.scenarios[1]])[-1]
    check(
        o,
        earnings="13000.00",
        benefits={"se.aktivitetsersattning": "7955", "se.bostadstillagg": "4856"},
        tax=("232300", "40800", "191500", "62007", "0", "10900", "17043", "7046", "1136", "1184", "38525"),
        tax_month="3210",
        net="22601",
    )


# ---------------------------------------------------------------------------------------------
# 3. sjukersattning_pre2008_steglos.json: age 58, hel SE 14 500 all inkomstrelaterad, granted before
#    July 2008 -> steglös avräkning (SFB 37 kap.), average KI 32.38 %, no BTP.
# Fribelopp hel SE [se_steglos_fribelopp_factor 1/1 = 1]: 1 x 59 200. Reduction 50 %
# [se_steglos_reduction_rate] of the yearly wage above it; ceiling 8 PBB = 473 600 [se_steglos_ceiling_pbb].
# SE today 14 500 x 12 = 174 000 a year (the decision's amount, inkomstrelaterad > garanti 164 576).
# ---------------------------------------------------------------------------------------------
STEGLOS = "sjukersattning_pre2008_steglos.json"


# ---------------------------------------------------------------------------------------------
# 4. sjukpenning_half.json: age 45, SGI 360 000, 1/2 sjukpenning, day 120 (normalnivå), KI 32.38 %.
# Hel sjukpenning a day (SFB 28 kap. 7, 10 §§) [sp_sgi_factor 0.97, sp_rate_normal 0.80,
#   sp_days_per_year 365]: 360 000 x 0.97 x 0.80 / 365 = 765.37 -> 765.
# A month: 765 x level x 365 / 12. Level left when working x %: the largest of 1, 3/4, 1/2, 1/4, 0 that
#   is <= 1 - x, never above the granted 1/2 (SFB 27 kap. 45 §).
# Sjukpenning is pensionable income (fee) but no JSA base.
# ---------------------------------------------------------------------------------------------
SP = "sjukpenning_half.json"


# ---------------------------------------------------------------------------------------------
# 5. family_bostadsbidrag_ekonomiskt_bistand.json: couple 35 + 33 (partner no income), children 4
#    and 8, rent 8 500 (75 m2), el 600, limit 9 000; bostadsbidrag reported 5 200; försörjningsstöd
#    reported 17 150, 8 months in a row; average KI 32.38 %.
# Bostadsbidrag (SFB 97 kap. 15-23 §§): 2 children -> cap 7 900 [bb_family_cost_cap 2026], 100 m2
#   [bb_family_area_limit] (75 m2 is within): 0.5 [bb_family_cost_rate] x (7 900 - 1 400
#   [bb_family_cost_floor]) = 3 250 + särskilt bidrag 2 000 [bb_sarskilt_hemma "2"] = 5 250 a month,
#   63 000 a year; minus 20 % [bb_family_income_rate] of each spouse's BGI above 75 000
#   [bb_family_income_limit each_spouse]; a month rounded DOWN to 100 [bb_month_rounding].
# Barnbidrag: 2 x 1 250 [barnbidrag_month] + 150 [barnbidrag_flerbarnstillagg_step "2"] = 2 650.
# Riksnorm 2026 (socialtjänstförordningen 2 kap. 1 §): sambor 7 100 [eb_riksnorm_adults_couple] +
#   child 4, no lunch at home 2 710 [eb_riksnorm_child_no_lunch 4-6] + child 8 3 820 [eb_riksnorm_child
#   7-10] + common 4 persons 2 020 [eb_riksnorm_common] = 15 650. Need = 15 650 + rent 8 500 (< 9 000)
#   + el 600 + other 250 = 25 000.
# Jobbstimulans (SoL 2025:400 12 kap. 8 §; 8 >= 6 months [eb_jobbstimulans_qualifying_months]):
#   25 % [eb_jobbstimulans_share] of the net wage not counted. Net wage = wage - tax (the only taxed income).
# Jobbpremie: July-December 2025 history not given -> 0 with a notice.
# ---------------------------------------------------------------------------------------------
FAMILY = "family_bostadsbidrag_ekonomiskt_bistand.json"


# ---------------------------------------------------------------------------------------------
# A couple with bostadstillägg: each spouse's reduceringsinkomst halved (SFB 102 kap. 6 §).
# Client 40, hel SE garanti 13 715 (60 months); partner 38 with wages 25 000 a month; rent 8 000;
# BTP reported 2 764 (the hand result below, so no offset); average KI 32.38 % for both.
# Housing (102 kap. 22 §, couple): 8 000 / 2 = 4 000; 0.96 x 2 500 [btp_housing_band1_limit gift]
#   + 0.70 x (3 750 [btp_housing_cap gift] - 2 500) = 2 400 + 875 = 3 275 a month, 39 300 a year.
# Partner: no SE -> fribelopp 2.2 PBB [btp_fribelopp_other_pbb gift] = 130 240 (102 kap. 17 §);
#   R = 0.5 x 300 000 - 130 240 = 19 760.
# Partner's tax (wages 300 000): FFI 300 000; GA 45 584 - 0.1 x 115 888 = 33 995.2 -> 34 000;
#   BFI 266 000; kommunal 86 130.8 -> 86 130; fee 21 000; JSA base 107 329.6 + 0.251 x 108 192
#   = 134 485.79 - 34 000 = 100 485.79 x 0.3238 = 32 537.3 -> 32 537; FIR 1 500; PS 1 184.
#   Total 86 130 + 1 184 - 32 537 - 1 500 = 53 277; / 12 = 4 439.75 -> 4 439; net 25 000 - 4 439 = 20 561.
# SBT (couple level 59 200 x 1.2353 / 12 = 6 094.15; housing min(4 000, 3 750)): the halved income
#   after tax is far above -> 0.
# ---------------------------------------------------------------------------------------------
def couple_case(**changes) -> dict:
    data = {
        "country": "se",
        "rule_date": "2026-06-01",
        "person": {"age": 40},
        "partner": {"age": 38, "work_income_month": "25000"},
        "housing": {"housing_cost_month": "8000"},
        "sjukersattning": {"kind": "sjukersattning", "amount_month": "13715", "months_received": 60},
        "bostadstillagg": {"amount_month": "2764"},
    }
    data.update(changes)
    return data


def test_couple_btp_not_working():
    # Own R = 164 580 - 164 576 = 4; halved (4 + 19 760) / 2 = 9 882; 0.62 x 9 882 = 6 126.84;
    #   39 300 - 6 126.84 = 33 173.16 -> 33 168 -> 2 764.
    # Client's tax as the single case not working (tests/cases/se): 1 907.
    # Partner's wage 300 000 a year: tax 53 277 before the burial fee (test_couple_sbt_…); GA 45 584 -
    #   0.1 x 115 888 = 33 995.2 -> 34 000, BFI 266 000; begravningsavgift 0.292 % x 266 000 = 776.72
    #   -> 776; 54 053 a year, 4 504.42 -> 4 504 a month; partner's net 25 000 - 4 504 = 20 496.
    # Net: 13 715 + 2 764 - 1 907 + partner 20 496 = 35 068.
    o = outcome(couple_case(), "0", hourly="150")
    assert {b.benefit: b.amount for b in o.benefits} == {
        "se.sjukersattning": D(13715),
        "se.bostadstillagg": D(2764),
    }
    btp = o.benefit("se.bostadstillagg")
    half = next(s for s in btp.steps if s.msg == "se.btp.couple_half")
    assert half.values["own_reduceringsinkomst"] == D(4)
    assert half.values["partner_reduceringsinkomst"] == D(19760)
    assert half.values["reduceringsinkomst"] == D(9882)
    assert o.tax.amount == D(1907)
    assert o.other_income == D(20496)
    assert o.net_income == D(35068)
    assert o.baseline_mismatches == []


def test_couple_btp_25_percent():
    # Client's SE and tax as the single case at 25 % (tests/cases/se): SE 11 143, tax 2 796.
    # Own R = taxable SE 123 432 + 39 000 - 164 576 = -2 144 -> 0; halved (0 + 19 760) / 2 = 9 880;
    #   0.62 x 9 880 = 6 125.60; 39 300 - 6 125.60 = 33 174.40 -> nearest multiple of 12: 33 180 -> 2 765.
    # Net: 6 500 + 11 143 + 2 765 - 2 796 + 20 496 = 38 108.
    o = outcome(couple_case(), "25", hourly="150")
    assert {b.benefit: b.amount for b in o.benefits} == {
        "se.sjukersattning": D(11143),
        "se.bostadstillagg": D(2765),
    }
    half = next(s for s in o.benefit("se.bostadstillagg").steps if s.msg == "se.btp.couple_half")
    assert (half.values["own_reduceringsinkomst"], half.values["reduceringsinkomst"]) == (D(0), D(9880))
    assert o.tax.amount == D(2796)
    assert o.net_income == D(38108)


# ---------------------------------------------------------------------------------------------
# Reported vs modelled (the decision letter wins today; the rules' change is applied to it).
# The single SE case with BTP reported 5 000 (modelled 5 850: offset -850) or 6 000 (offset +150).
# ---------------------------------------------------------------------------------------------
def test_reported_below_modelled_is_carried_and_shown():
    data = load(SINGLE)
    data["bostadstillagg"] = {"amount_month": "5000"}
    # Not working: 5 850 - 850 = 5 000; net 13 715 + 5 000 - 1 907 = 16 808.
    o0 = outcome(data, "0", hourly="150")
    assert o0.benefit("se.bostadstillagg").amount == D(5000)
    assert o0.net_income == D(16808)
    assert [(m.msg, m.values["reported"], m.values["modelled"]) for m in o0.baseline_mismatches] == [
        ("engine.baseline_mismatch", D(5000), D(5850))
    ]
    # 25 %: modelled 5 850 (the single case at 25 %) - 850 = 5 000; net 20 697 - 850 = 19 847.
    o25 = outcome(data, "25", hourly="150")
    btp = o25.benefit("se.bostadstillagg")
    assert btp.amount == D(5000)
    adjust = next(s for s in btp.steps if s.msg == "engine.adjust.reported")
    assert adjust.values == {
        "reported": D(5000),
        "modelled_today": D(5850),
        "offset": D(-850),
        "modelled": D(5850),
        "amount": D(5000),
    }
    assert o25.net_income == D(19847)
    assert len(o25.baseline_mismatches) == 1


def test_reported_above_modelled_stops_when_the_rules_give_zero():
    data = load(SINGLE)
    data["bostadstillagg"] = {"amount_month": "6000"}
    # 25 %: 5 850 + 150 = 6 000.
    assert outcome(data, "25", hourly="150").benefit("se.bostadstillagg").amount == D(6000)
    # 100 % at 300 kr/h: 40 x 300 x 52/12 = 52 000 a month (624 000 a year). SE: whole vilande, 3 429 paid
    #   (all tax free, not counted). BTP R = 0 + 312 000 - 164 576 = 147 424; inkomstavdrag 0.62 x 59 200
    #   + 0.5 x 88 224 = 36 704 + 44 112 = 80 816 > 70 200 -> modelled 0, so 0 is paid, not the +150.
    # Tax (wages only): FFI 624 000; GA 0.293 PBB 17 345.6 -> 17 400; BFI 606 600 (< 643 000: no
    #   statlig); kommunal 196 417.08 -> 196 417; fee 43 680 -> 43 700; JSA (AI > 8.08 PBB) 179 198.4
    #   - 17 400 = 161 798.4 x 0.3238 = 52 390.32 -> 52 390; FIR 1 500; PS 1 184.
    #   Total 196 417 + 1 184 - 52 390 - 1 500 = 143 711; begravningsavgift 0.292 % x 606 600
    #   = 1 771.27 -> 1 771; 145 482; / 12 = 12 123.5 -> 12 123.
    # Net 52 000 + 3 429 + 0 - 12 123 = 43 306.
    o = outcome(data, "100", hourly="300")
    assert o.benefit("se.bostadstillagg").amount == 0
    assert o.benefit("se.sjukersattning").amount == D(3429)
    assert (o.tax.parts["total"], o.tax.amount) == (D(145482), D(12123))
    assert o.net_income == D(43306)
    assert [m.values["reported"] for m in o.baseline_mismatches] == [D(6000)]


# ---------------------------------------------------------------------------------------------
# Rule dates: after confirmed_through (2026-12-31, params/_meta.toml) a warning; before the first
# value of a parameter used (the tax parameters from 2025-01-01) an error.
# ---------------------------------------------------------------------------------------------
def test_date_after_confirmed_rules_warns():
    o = outcome(load(SINGLE, rule_date="2027-03-01"), "0", hourly="150")
    warning = next(w for w in o.warnings if w.msg == "engine.rules_not_confirmed")
    assert warning.severity == "warning"
    assert warning.values["year"] == 2027
    # The 2026 figures are used: the same SE as in 2026.
    assert o.benefit("se.sjukersattning").amount == D(13715)


def test_date_before_the_rules_is_an_error():
    with pytest.raises(OutOfCoverageError):
        outcome(load(SINGLE, rule_date="2023-06-01"), "0", hourly="150")
    # The tax parameters start on 2025-01-01 (params/skatt.toml), so 2024 is not covered either,
    # while 2025-01-01 computes.
    with pytest.raises(OutOfCoverageError):
        outcome(load(SINGLE, rule_date="2024-06-01"), "0", hourly="150")
    assert outcome(load(SINGLE, rule_date="2025-01-01"), "0", hourly="150").rule_date == date(2025, 1, 1)


def test_every_example_is_covered():
    assert sorted(p.name for p in EXAMPLES.glob("*.json")) == sorted([SINGLE, AE, STEGLOS, SP, FAMILY])
    assert pipeline.calculate is not None


# ---------------------------------------------------------------------------------------------
# Review findings fixed in pipeline.py (each test failed before the fix).
# ---------------------------------------------------------------------------------------------
def test_reported_amount_the_rules_cannot_reproduce_is_flagged():
    # BTP reported 500, but with wealth 1 000 000 the rules give 0 today: förmögenhetstillägg
    #   0.15 x (1 000 000 - 100 000) = 135 000 [btp_wealth_rate, btp_wealth_threshold ogift];
    #   R = 164 580 + 135 000 - 164 576 = 135 004; inkomstavdrag 0.62 x 59 200 + 0.5 x 75 804
    #   = 36 704 + 37 902 = 74 606 > 70 200 -> 0. The +500 offset would be paid at any wage (the
    #   "stops at 0" rule needs a modelled amount today): a danger notice must say so.
    data = load(SINGLE)
    data["bostadstillagg"] = {"amount_month": "500", "wealth": "1000000"}
    o = outcome(data, "100", hourly="500")
    btp = o.benefit("se.bostadstillagg")
    assert btp.amount == D(500)
    assert [n.severity for n in btp.notices if n.msg == "engine.adjust.not_modelled"] == ["danger"]
    assert btp.uncertain and o.uncertain_benefits == ["se.bostadstillagg"]
    assert "engine.adjust.not_modelled" in all_messages()


def test_a_copied_case_does_not_reuse_the_parents_baseline():
    # The single case with BTP reported 5 850 (= modelled), then a copy with BTP reported 4 000:
    #   the copy must carry its own offset (-1 850) -> 4 000 when not working, not 5 850.
    case = parse_case(load(SINGLE))
    calculate(case)
    btp = case.bostadstillagg.model_copy(update={"amount_month": D(4000)})
    copy = case.model_copy(update={"bostadstillagg": btp})
    assert calculate(copy)[0].benefit("se.bostadstillagg").amount == D(4000)
    assert calculate(case)[0].benefit("se.bostadstillagg").amount == D(5850)


def test_couple_sbt_uses_the_partners_annual_tax():
    # SFB 102 kap. 29 §: the partner's income after tax for the year = 300 000 - 54 053 (tax 53 277
    #   + begravningsavgift 776, test_couple_btp_not_working) = 245 947 (not 12 x the month's net
    #   20 496 = 245 952, which drops the öre of each month's tax).
    o = outcome(couple_case(), "0", hourly="150")
    step = next(s for s in o.benefit("se.bostadstillagg").steps if s.msg == "se.sbt.income_couple")
    assert step.values["partner_income_year"] == D(245947)


# ---------------------------------------------------------------------------------------------
# A benefit the law ends is not kept from the decision letter (issue 7.2).
# ---------------------------------------------------------------------------------------------
def young_single(age: int, **benefits) -> dict:
    return {
        "country": "se",
        "rule_date": "2026-06-01",
        "person": {"age": age},
        "housing": {"housing_cost_month": "4000"},
        **benefits,
    }


def test_bostadsbidrag_without_children_ends_at_29_whatever_the_letter_says():
    # A 30-year-old without children types bostadsbidrag 800 kr. SFB 96 kap. 10-11 §§: without
    # children only ages 18-28 [bb_young_age: stop 29] -> none is paid, in every scenario, also when
    # not working; the 800 kr are not kept (they would be reclaimed), a danger notice says so.
    case = parse_case(young_single(30, bostadsbidrag={"amount_month": "800"}))
    s = WorkScenario(percent_of_full_time=D(50), hourly_wage=D(150))
    base, work = calculate(case, [s])
    for o in (base, work):
        bb = o.benefit("se.bostadsbidrag")
        assert bb.amount == 0 and bb.excluded and not bb.uncertain
        assert "se.bb.young_age" in {st.msg for st in bb.steps}
        assert [n.values for n in bb.notices if n.msg == "engine.adjust.excluded"] == [
            {"reported": D(800), "authority_id": "se.forsakringskassan"}
        ]
        assert "se.bb.notice.repayment_risk" not in {n.msg for n in bb.notices}
        assert o.uncertain_benefits == []
    # No income when not working, so no tax: the net is 0, not the letter's 800.
    assert base.net_income == 0
    # At 50 %: 20 h x 150 x 52/12 = 13 000 earned; the net is the pay after tax and nothing else.
    assert work.net_income == D(13000) - work.tax.amount
    # Not a "mismatch carried into every scenario": the benefit ends.
    assert base.baseline_mismatches == [] and work.baseline_mismatches == []
    assert "engine.adjust.excluded" in all_messages()


def test_bostadsbidrag_without_children_ends_with_bostadstillagg():
    # 25 years, aktivitetsersättning + bostadstillägg, and bostadsbidrag 600 typed: SFB 96 kap.
    # 11 § 3 - no bostadsbidrag without children for someone with bostadstillägg -> 0, excluded.
    data = young_single(
        25,
        sjukersattning={"kind": "aktivitetsersattning", "amount_month": "11000"},
        bostadstillagg={"amount_month": "3000"},
        bostadsbidrag={"amount_month": "600"},
    )
    o = outcome(data, "25", hourly="150")
    bb = o.benefit("se.bostadsbidrag")
    assert (bb.amount, bb.excluded) == (0, True)
    assert "se.bb.young_btp" in {st.msg for st in bb.steps}


def test_sjukpenning_below_the_lowest_sgi_ends():
    # SGI 10 000 kr a year < 24 % of PBB 59 200 = 14 208 -> whole hundreds 14 200 [sp_sgi_min_pbb]
    # (SFB 25 kap. 3 §): no sjukpenning, though 2 000 kr a month was typed.
    data = young_single(40, sjukpenning={"sgi_year": "10000", "amount_month": "2000"})
    o = outcome(data, "0", hourly="150")
    sp = o.benefit("se.sjukpenning")
    assert (sp.amount, sp.excluded) == (0, True)
    assert {n.msg for n in sp.notices} >= {"engine.adjust.excluded"}


def test_a_kept_amount_the_rules_cannot_follow_is_marked_uncertain():
    # The case: a partner earning 24 000 kr a month and försörjningsstöd 3 000 kr typed.
    # By the rules the household's income is above the riksnorm and the housing cost today
    #   (partner's 24 000 before tax alone exceeds riksnorm for two adults 8 510 + housing 4 000),
    # so the rules give 0 today and cannot say how work changes the 3 000: the amount is kept,
    # with a danger notice, and marked uncertain in every working scenario - never when not
    # working, where it is what the letter says is paid today.
    data = young_single(40, ekonomiskt_bistand={"amount_month": "3000"})
    data["partner"] = {"age": 40, "work_income_month": "24000"}
    case = parse_case(data)
    s = WorkScenario(percent_of_full_time=D(100), hourly_wage=D(150))
    base, work = calculate(case, [s])
    eb0, eb = base.benefit("se.ekonomiskt_bistand"), work.benefit("se.ekonomiskt_bistand")
    assert (eb0.amount, eb0.uncertain) == (D(3000), False)
    assert (eb.amount, eb.uncertain) == (D(3000), True)
    assert work.uncertain_benefits == ["se.ekonomiskt_bistand"]
    assert "engine.adjust.not_modelled" in {n.msg for n in eb.notices}


# ---------------------------------------------------------------------------------------------
# Provenance cannot drift: the Outcome lists exactly the parameters the rules read (issue 11.3).
# ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("name", [SINGLE, AE, STEGLOS, SP, FAMILY])
def test_every_parameter_read_appears_on_the_outcome(name, monkeypatch):
    from benefits_calc import engine
    from benefits_calc.parameters import ParameterSet

    # Record every read independently of the engine's own tracking: wrap the three readers.
    seen: set[str] = set()
    for attr in ("v", "table", "__getitem__"):
        original = getattr(ParameterSet, attr)

        def spy(self, key, _original=original):
            value = _original(self, key)
            seen.add(key)
            return value

        monkeypatch.setattr(ParameterSet, attr, spy)
    skatt_cache = pipeline.skatt.calculate.cache_clear
    skatt_cache()  # a cached tax computation would not read again
    case = parse_case(load(name))
    calc = engine.Calculation(case)
    seen.clear()  # what the not-working learning run read is not this scenario's
    for s in (WorkScenario(percent_of_full_time=D(p), hourly_wage=D(150)) for p in (0, 50, 100)):
        skatt_cache()
        calc.today = pipeline.prepare(case, calc.params.tracking())  # prepare's reads count too
        seen.clear()
        o = calc.run(s)
        prepared = set(calc._prepared_reads)
        assert set(o.parameters) == seen | prepared, (name, s.percent_of_full_time)
    assert "prisbasbelopp" in o.parameters


def test_parameters_that_steps_did_not_name_are_listed():
    # Before the engine tracked reads, an Outcome listed only the parameters typed on its steps:
    # se_vilande_min_months_received (read to decide vilande) and btp_wealth_threshold were missing.
    o = outcome(load(SINGLE), "25", hourly="150")
    assert {"se_vilande_min_months_received", "btp_wealth_threshold"} <= set(o.parameters)
    assert list(o.parameters) == sorted(o.parameters)  # the same order on every run


def test_the_years_income_is_exact_not_twelve_rounded_months():
    # 10 h a week at 152,50 kr: the year is 10 x 152.50 x 52 = 79 300 kr exactly; a month is
    # 79 300 / 12 = 6 608.333… -> 6 608.33, and 12 x 6 608.33 = 79 299.96. FFI is rounded down to
    # hundreds (IL 1 kap. 5 §): from the exact year 79 300, from twelve rounded months 79 200 — 100 kr
    # of income lost. The tax uses the exact year.
    data = young_single(40)
    s = WorkScenario(hours_per_week=D(10), hourly_wage=D("152.50"))
    assert s.earnings_year == D("79300.00") and s.earnings_month == D("6608.33")
    o = calculate(parse_case(data), [s])[-1]
    assert o.tax.parts["ffi"] == D(79300)


def _family_partner_working(partner_jobbstimulans: bool, letter: str) -> dict:
    data = load(FAMILY)
    del data["bostadsbidrag"]
    data["partner"] = {"age": 33, "work_income_month": "10000"}
    data["ekonomiskt_bistand"]["amount_month"] = letter
    data["ekonomiskt_bistand"]["partner_jobbstimulans"] = partner_jobbstimulans
    return data


def test_jobbstimulans_is_per_adult_not_for_a_partners_long_standing_job():
    # Issue 7.3: SoL 2025:400 12 kap. 8 § applies to pay from work a recipient starts; the
    # partner's long-standing wage is counted in full unless the case says otherwise.
    # Partner's wage 10 000 a month = 120 000 a year (age 33, KI 32.38 %):
    #   FFI 120 000; GA 25 041.6 + 0.2 x 61 392 = 37 320 -> 37 400 (SKV 433's own example);
    #   BFI 82 600; kommunal 0.3238 x 82 600 = 26 745.88 -> 26 745; fee 7 % x 120 000 = 8 400.
    #   JSA: 53 872 + 0.3874 x 66 128 = 79 489.99; - 37 400 = 42 089.99 x 0.3238 = 13 628.74 -> 13 628.
    #   FIR 0.0075 x 42 600 = 319.5 -> 319. PS 1 % x 82 600 = 826.
    #   Total 26 745 + 8 400 + 826 - 8 400 - 13 628 - 319 = 13 624; begravningsavgift 0.292 % x
    #   82 600 = 241.19 -> 241; 13 865 a year, 1 155.42 -> 1 155 a month.
    #   Partner's pay after tax 10 000 - 1 155 = 8 845.
    # Need (the family example): riksnorm 15 650 + rent 8 500 + el 600 + other 250 = 25 000.
    # Not working, partner's pay in full: 25 000 - (8 845 + barnbidrag 2 650) = 13 505.
    o = outcome(_family_partner_working(False, "13505"), "0", monthly="26000")
    eb = o.benefit("se.ekonomiskt_bistand")
    assert eb.amount == D(13505) and o.baseline_mismatches == []
    assert step(eb, "se.eb.income.partner_earnings") == {"net_earnings": D("8845.00")}
    assert "se.eb.jobbstimulans.partner_not_applied" in {n.msg for n in eb.notices}
    # Before the fix, 25 % of the partner's pay (2 211.25) was not counted: 15 716.25.
    # With the partner's jobbstimulans asked for (the partner started working while on
    # försörjningsstöd): 25 000 - (8 845 - 2 211.25 + 2 650) = 15 716.25.
    o = outcome(_family_partner_working(True, "15716.25"), "0", monthly="26000")
    eb = o.benefit("se.ekonomiskt_bistand")
    assert step(eb, "se.eb.jobbstimulans.partner")["disregard"] == D("2211.25")
    assert eb.amount == D("15716.25") and o.baseline_mismatches == []


# ---------------------------------------------------------------------------------------------
# What working costs (issue 7.4): travel and the förskola/fritidshem fee; the money in hand.
# ---------------------------------------------------------------------------------------------
def test_work_costs_and_childcare_fee_are_counted_and_the_answer_is_the_money_in_hand():
    # The family example (tests/cases/se/family…) at 25 %: wage 6 500, EB 12 658.25, net 26 497.25.
    # Now the 4-year-old goes to förskola and the 8-year-old to fritidshem, and travel to work is a
    # 600 kr monthly pass.
    # Maxtaxa (förordning 2001:160 3, 5 §§): the household's taxable income is the wage 6 500
    #   (bostadsbidrag, barnbidrag and bistånd are tax free): youngest (4, förskola) 3 % = 195;
    #   second (8, fritidshem) 1 % = 65; fee 260 a month. Not working: income 0, fee 0.
    # Ekonomiskt bistånd counts both as costs (12 kap. 7 §): need + 600 + 260, so the bistånd is
    #   12 658.25 + 860 = 13 518.25 and the net income 26 497.25 + 860 = 27 357.25.
    # Money in hand: 27 357.25 - 860 = 26 497.25; not working 25 000 (no costs): +1 497.25.
    data = load(FAMILY)
    data["children"] = [{"age": 4, "care": "forskola"}, {"age": 8, "care": "fritidshem"}]
    data["work_costs"] = {"travel_month": "600"}
    base, o = calculate(
        parse_case(data), [WorkScenario(percent_of_full_time=D(25), monthly_wage_full_time=D(26000))]
    )
    assert o.cost("se.maxtaxa").amount == D(260)
    assert o.cost("engine.travel").amount == D(600)
    assert o.benefit("se.ekonomiskt_bistand").amount == D("13518.25")
    assert o.net_income == D("27357.25") and o.in_hand == D("26497.25")
    assert base.cost("se.maxtaxa").amount == 0 and base.costs_total == 0 and base.in_hand == D(25000)
    assert o.change_in_hand_vs_not_working == D("1497.25")
    # Of each extra krona earned, kept in hand: 1 497.25 / 6 500 = 0.2303… -> 0.23.
    assert o.kept_in_hand_per_extra_unit == D("0.23")


def test_travel_is_a_cost_without_bistand_too():
    # The single SE case at 25 % (net 20 697) with a 900 kr monthly pass: in hand 19 797; not
    # working no travel, in hand 17 658: +2 139 instead of +3 039.
    data = load(SINGLE)
    data["work_costs"] = {"travel_month": "900"}
    o = outcome(data, "25", hourly="150")
    assert o.net_income == D(20697) and o.in_hand == D(19797)
    assert o.change_in_hand_vs_not_working == D(2139)


# ---------------------------------------------------------------------------------------------
# Debts at Kronofogden (issue 7.6): what is withheld and the money in hand.
# Normalbelopp for 2026 not found: the 2024 amounts (single 6 090, couple 10 061) are used,
# marked not verified (params/kronofogden.toml).
# ---------------------------------------------------------------------------------------------
def test_loneutmatning_single_takes_what_is_above_the_forbehallsbelopp():
    # The single SE case (tests/cases/se): not working SE 13 715, tax 1 907; 25 %: wage 6 500,
    # SE 11 143, tax 2 796. Attachable after tax (UB 7 kap. 1, 15 §§): 11 808 and 14 847.
    # Förbehållsbelopp (7 kap. 4-5 §§): normalbelopp 6 090 + rent 6 500 - bostadstillägg 5 850 = 6 740.
    # Withheld: 11 808 - 6 740 = 5 068 not working; 14 847 - 6 740 = 8 107 at 25 %.
    # In hand: 17 658 - 5 068 = 12 590 and 20 697 - 8 107 = 12 590: the extra work gives nothing in
    # hand while the debts are collected — the warning the client needs.
    data = load(SINGLE)
    data["kronofogden"] = {}
    base, o = calculate(parse_case(data), [WorkScenario(percent_of_full_time=D(25), hourly_wage=D(150))])
    assert step(base.cost("se.loneutmatning"), "se.kfm.forbehall")["forbehallsbelopp"] == D(6740)
    assert base.cost("se.loneutmatning").amount == D(5068)
    assert o.cost("se.loneutmatning").amount == D(8107)
    assert (base.in_hand, o.in_hand, o.change_in_hand_vs_not_working) == (D(12590), D(12590), D(0))
    assert "se.kfm.warn.normalbelopp_unverified" in {n.msg for n in o.warnings}
    # With Kronofogden's decision (förbehållsbelopp 7 000): 14 847 - 7 000 = 7 847 at 25 %.
    data["kronofogden"] = {"forbehallsbelopp_month": "7000"}
    o = outcome(data, "25", hourly="150")
    assert o.cost("se.loneutmatning").amount == D(7847)
    assert "se.kfm.warn.normalbelopp_unverified" not in {n.msg for n in o.warnings}


def test_loneutmatning_couple_shares_the_forbehallsbelopp_by_income():
    # The couple case not working: client's attachable 13 715 - 1 907 = 11 808; partner's net 20 496
    # (test_couple_btp_not_working). Household förbehållsbelopp: couple 10 061 + rent 8 000 -
    # bostadstillägg 2 764 = 15 297. Client's share 11 808 / (11 808 + 20 496) = 0.365527…;
    # 15 297 x 0.365527… = 5 591.47 -> 5 591. Withheld 11 808 - 5 591 = 6 217.
    data = couple_case(kronofogden={})
    o = outcome(data, "0", hourly="150")
    withheld = o.cost("se.loneutmatning")
    assert step(withheld, "se.kfm.forbehall_share")["own_forbehallsbelopp"] == D(5591)
    assert withheld.amount == D(6217)


def test_two_thirds_sjukersattning_granted_before_2008():
    # Issue 7.7: SE granted before July 2008 at two thirds (SFB 37 kap. 6 §): fribelopp 3.6 PBB =
    # 3.6 x 59 200 = 213 120 [se_steglos_fribelopp_factor "2/3"]. SE 8 000 a month, all
    # inkomstrelaterad; wage 20 000 a month (the monthly wage at full time 40 000 at 50 %) = 240 000 a
    # year. Reduction 50 % x (240 000 - 213 120) = 13 440; SE for the year 96 000 - 13 440 = 82 560;
    # 8 PBB ceiling (37 kap. 7 §): 82 560 + 240 000 = 322 560 < 473 600, no cut; a month 6 880.
    data = young_single(
        58,
        sjukersattning={
            "kind": "sjukersattning",
            "level": "2/3",
            "amount_month": "8000",
            "income_related_month": "8000",
            "granted_before_2008_07": True,
            "months_received": 240,
        },
    )
    o = outcome(data, "50", monthly="40000")
    se = o.benefit("se.sjukersattning")
    assert step(se, "se.sjukersattning.steglos.fribelopp")["fribelopp_year"] == D(213120)
    assert se.amount == D(6880)
    # Without the pre-2008 box, two thirds is refused with a clear error.
    data["sjukersattning"]["granted_before_2008_07"] = False
    with pytest.raises(ValidationError) as info:
        parse_case(data)
    assert info.value.errors()[0]["type"] == "se_two_thirds_only_before_2008"
