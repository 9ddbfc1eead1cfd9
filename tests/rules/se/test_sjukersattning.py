"""Sjukersättning / aktivitetsersättning (rules/se/sjukersattning.py, SFB 33-37 kap.).

Official amounts:
- FK "Aktuella belopp" 2022 (PBB 48 300), every age band, kr a month:
  https://www.forsakringskassan.se/privatperson/e-tjanster-blanketter-och-informationsmaterial/aktuella-belopp
  9 982 / 10 183 / 10 385 / 10 586 / 10 787 / 10 988 / 11 190.
- 2024 (PBB 57 300): garantiersättning 30+ 13 275 kr a month, max inkomstrelaterad 23 171:
  https://www.regeringen.se/pressmeddelanden/2023/09/prisbasbelopp-for-2024-faststallt/
- 2025 (PBB 58 800): 13 622 and 23 777:
  https://www.regeringen.se/pressmeddelanden/2024/09/prisbasbelopp-for-2025-faststallt/
Every other expectation is a hand calculation shown beside it.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest
from benefits_calc.rules.se import sjukersattning as se
from benefits_calc.rules.se.case import LEVEL_SHARE, SjukersattningDecision
from ruletools import check_messages, notice_ids, step

from benefits_calc.parameters import parameters

P2024 = parameters("se", date(2024, 1, 1))
P2025 = parameters("se", date(2025, 1, 1))
P2026 = parameters("se", date(2026, 1, 1))


class _Pbb:
    """The real parameters with another prisbasbelopp (for FK's 2022 table, before the store starts)."""

    def __init__(self, p, pbb: str) -> None:
        self._p, self._pbb = p, D(pbb)

    def v(self, name):
        return self._pbb if name == "prisbasbelopp" else self._p.v(name)

    def table(self, name):
        return self._p.table(name)

    def band(self, name, x):
        return self._p.band(name, x)


def dec(**kw) -> SjukersattningDecision:
    kw.setdefault("kind", "sjukersattning")
    kw.setdefault("months_received", 24)
    return SjukersattningDecision(**kw)


def calc(d, *, age=35, work=D(0), earnings=D(0), p=P2026):
    return se.calculate(d, age=age, work_share=D(work), earnings_month=D(earnings), p=p)


# --- garantinivå, age bands, rounding -------------------------------------------------------


@pytest.mark.parametrize(
    ("age", "month"),
    [
        # FK 2022 table, PBB 48 300: factor × 48 300 / 12, rounded half up (36 kap. 30 §)
        (20, D(9982)),  # 2,48 × 48 300 = 119 784 / 12 = 9 982
        (21, D(10183)),  # 2,53 × 48 300 = 122 199 / 12 = 10 183,25 -> 10 183
        (23, D(10385)),  # 2,58 × 48 300 = 124 614 / 12 = 10 384,50 -> 10 385 (half up)
        (25, D(10586)),  # 2,63 × 48 300 = 127 029 / 12 = 10 585,75 -> 10 586
        (27, D(10787)),  # 2,68 × 48 300 = 129 444 / 12 = 10 787
        (29, D(10988)),  # 2,73 × 48 300 = 131 859 / 12 = 10 988,25 -> 10 988
        (30, D(11190)),  # 2,78 × 48 300 = 134 274 / 12 = 11 189,50 -> 11 190 (half up)
    ],
)
def test_fk_2022_table_every_age_band(age, month):
    p = _Pbb(P2026, "48300")
    assert se.monthly_from_annual(se.garantiniva_year("sjukersattning", age, p)) == month


def test_official_2024_and_2025_garantiersattning_and_max_income_related():
    # 2024: 2,78 × 57 300 = 159 294 / 12 = 13 274,50 -> 13 275 (regeringen.se 2023-09)
    assert se.garantiniva_year("sjukersattning", 30, P2024) == D(159294)
    assert se.monthly_from_annual(D(159294)) == D(13275)
    r = calc(dec(amount_month=D(13275)), age=45, p=P2024)
    assert r.amount == D(13275)
    assert "se.sjukersattning.baseline_mismatch" not in notice_ids(r)
    # 2025: 2,78 × 58 800 = 163 464 / 12 = 13 622
    assert calc(dec(amount_month=D(13622)), age=45, p=P2025).amount == D(13622)
    # max inkomstrelaterad: 0,647 × 7,5 × PBB / 12
    assert se.max_inkomstrelaterad_month(P2024) == D(23171)  # 278 048,25 / 12 = 23 170,69
    assert se.max_inkomstrelaterad_month(P2025) == D(23777)  # 285 327 / 12 = 23 777,25
    assert se.max_inkomstrelaterad_month(P2026) == D(23939)  # 287 268 / 12 = 23 939


@pytest.mark.parametrize(
    ("age", "factor", "month"),
    [
        # 2026, PBB 59 200, aktivitetsersättning: band edges 20|21, 22|23, 24|25, 26|27, 28|29
        (19, "2.48", D(12235)),  # 146 816 / 12 = 12 234,67 -> 12 235
        (20, "2.48", D(12235)),
        (21, "2.53", D(12481)),  # 149 776 / 12 = 12 481,33
        (22, "2.53", D(12481)),
        (23, "2.58", D(12728)),  # 152 736 / 12 = 12 728
        (24, "2.58", D(12728)),
        (25, "2.63", D(12975)),  # 155 696 / 12 = 12 974,67
        (26, "2.63", D(12975)),
        (27, "2.68", D(13221)),  # 158 656 / 12 = 13 221,33
        (28, "2.68", D(13221)),
        (29, "2.73", D(13468)),  # 161 616 / 12 = 13 468
    ],
)
def test_age_bands_2026_aktivitetsersattning(age, factor, month):
    r = calc(dec(kind="aktivitetsersattning", amount_month=month), age=age)
    v = step(r, "se.sjukersattning.garantiniva_year")
    assert v["garanti_factor"] == D(factor)
    assert v["garantiniva_year"] == D(factor) * 59200
    assert r.amount == month
    assert r.benefit == "se.aktivitetsersattning"
    assert r.authority == "se.forsakringskassan" and r.taxable and r.reported == month
    check_messages(r)


def test_age_30_and_over_sjukersattning_2026():
    # 2,78 × 59 200 = 164 576 / 12 = 13 714,67 -> 13 715
    for age in (30, 45, 64):
        r = calc(dec(amount_month=D(13715)), age=age)
        assert r.amount == D(13715)
        assert r.benefit == "se.sjukersattning"
    assert se.garantiniva_year("sjukersattning", 30, P2026) == D(164576)
    assert se.garantiniva_year("aktivitetsersattning", 29, P2026) == D(161616)  # BTP fribelopp


def test_forsakringstid_pro_rating():
    # 30 years of 40: 164 576 × 30 / 40 = 123 432 a year / 12 = 10 286 (35 kap. 20 §)
    r = calc(dec(amount_month=D(10286), forsakringstid_years=30), age=50)
    v = step(r, "se.sjukersattning.forsakringstid")
    assert v["garantiniva_reduced_year"] == D(123432)
    assert r.amount == D(10286)
    # 40 years: no reduction step
    r40 = calc(dec(amount_month=D(13715)), age=50)
    assert "se.sjukersattning.forsakringstid" not in {s.msg for s in r40.steps}


@pytest.mark.parametrize(
    ("level", "month"),
    [
        ("3/4", D(10286)),  # 164 576 × 0,75 = 123 432 / 12 = 10 286
        ("1/2", D(6857)),  # 164 576 × 0,5 = 82 288 / 12 = 6 857,33 -> 6 857
        ("1/4", D(3429)),  # 164 576 × 0,25 = 41 144 / 12 = 3 428,67 -> 3 429
    ],
)
def test_partial_levels(level, month):
    r = calc(dec(level=level, amount_month=month), age=40)
    assert step(r, "se.sjukersattning.level")["garanti_level_year"] == D(164576) * LEVEL_SHARE[level]
    assert r.amount == month
    check_messages(r)


def test_income_related_from_letter_and_topped_up():
    # Income-related 15 000 a month (180 000 a year) > garantinivå 164 576: the letter's total.
    r = calc(dec(amount_month=D(15000), income_related_month=D(15000)), age=50)
    assert step(r, "se.sjukersattning.income_related")["annual_year"] == D(180000)
    assert r.amount == D(15000)
    assert "se.sjukersattning.baseline_mismatch" not in notice_ids(r)
    # Income-related 5 000 (60 000 a year) < 164 576: topped up to 13 715; the letter says 13 715.
    r = calc(dec(amount_month=D(13715), income_related_month=D(5000)), age=50)
    assert step(r, "se.sjukersattning.income_related")["annual_year"] == D(164576)
    assert r.amount == D(13715)


def test_baseline_mismatch_notice():
    # Letter 13 500, rules 13 715 (no income-related part): the letter's amount is today's
    # (start from the decision letter), and a warning shows the difference.
    r = calc(dec(amount_month=D(13500)), age=50)
    assert r.amount == D(13500)
    n = next(n for n in r.notices if n.msg == "se.sjukersattning.baseline_mismatch")
    assert n.values == {"reported": D(13500), "modelled": D(13715)}
    # With an income-related part the letter's total is today's amount, still flagged if it differs.
    r = calc(dec(amount_month=D(16000), income_related_month=D(15000)), age=50)
    assert r.amount == D(16000)
    assert "se.sjukersattning.baseline_mismatch" in notice_ids(r)


def test_income_related_part_above_the_whole_is_counted_as_the_whole_with_a_warning():
    # Letter 15 000 a month in all, income-related part typed as 16 000 (the API and the CLI take
    # it; the form refuses it). The letter's whole is what is paid: the part counts as 15 000,
    # 15 000 x 12 = 180 000 a year > garantinivå 164 576, so the rules give 180 000 / 12 = 15 000,
    # the letter's amount (no mismatch), and the client is told to check the letter.
    r = calc(dec(amount_month=D(15000), income_related_month=D(16000)), age=50)
    n = next(n for n in r.notices if n.msg == "se.sjukersattning.income_related_above_amount")
    assert n.values == {"income_related_month": D(16000), "amount_month": D(15000)}
    assert n.severity == "warning"
    s = step(r, "se.sjukersattning.income_related")
    assert (s["income_related_month"], s["income_related_year"], s["annual_year"]) == (
        D(15000),
        D(180000),
        D(180000),
    )
    assert r.amount == D(15000)
    assert "se.sjukersattning.baseline_mismatch" not in notice_ids(r)
    # at or below the whole: no such warning (15 000 of 15 000)
    r = calc(dec(amount_month=D(15000), income_related_month=D(15000)), age=50)
    assert "se.sjukersattning.income_related_above_amount" not in notice_ids(r)


def test_income_related_above_max_warns():
    # Max 2026 = 23 939 a month at hel level; 25 000 entered -> warning
    r = calc(dec(amount_month=D(25000), income_related_month=D(25000)), age=50)
    assert "se.sjukersattning.income_related_above_max" in notice_ids(r)


# --- working within / above the uncompensated share -------------------------------------


def test_half_se_work_within_free_share_unchanged():
    d = dec(level="1/2", amount_month=D(6857))
    for w in ("0.25", "0.5"):  # free share = 1 - 1/2 = 50 %
        r = calc(d, work=w, earnings=D(12000))
        assert r.amount == D(6857)
        assert "se.sjukersattning.work.within_share" in {s.msg for s in r.steps}
        assert not [n for n in r.notices if n.severity == "danger"]
        check_messages(r)


def test_uncompensated_share_arrangement_above_share_warns():
    d = dec(level="1/2", amount_month=D(6857), work_arrangement="uncompensated_share")
    r = calc(d, work="0.75", earnings=D(18000))
    assert r.amount == D(6857)  # amount unchanged, but not safe
    assert any(n.severity == "danger" and n.msg == "se.sjukersattning.work.above_share" for n in r.notices)
    check_messages(r)


# --- vilande ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("work", "vilande", "amount"),
    [
        # hel SE 13 715; vilande part V = 13 715 × share; paid = 13 715 − V + 25 % × V
        ("0.25", "0.25", D(11143)),  # V 3 428,75; 13 715 − 3 428,75 + 857,1875 = 11 143,44 -> 11 143
        ("0.3", "0.5", D(8572)),  # 30 % rounds up to 1/2: V 6 857,50; 6 857,50 + 1 714,375 = 8 571,875
        ("0.5", "0.5", D(8572)),
        ("0.51", "0.75", D(6000)),  # 51 % rounds up to 3/4: as 75 % below
        ("0.75", "0.75", D(6000)),  # V 10 286,25; 3 428,75 + 2 571,5625 = 6 000,3125 -> 6 000
        ("1", "1", D(3429)),  # V 13 715; 0 + 3 428,75 -> 3 429
    ],
)
def test_vilande_share_steps(work, vilande, amount):
    r = calc(dec(amount_month=D(13715)), work=work, earnings=D(10000))
    v = step(r, "se.sjukersattning.vilande.share")
    assert v["vilande_share"] == D(vilande)
    vil = step(r, "se.sjukersattning.vilande.amount")
    assert vil["vilande_month"] == D(13715) * D(vilande)
    kept = step(r, "se.sjukersattning.vilande.kept")
    assert kept["kept_month"] == D("0.25") * D(13715) * D(vilande)
    assert r.amount == amount
    ids = notice_ids(r)
    assert {"se.sjukersattning.vilande.apply_first", "se.sjukersattning.partiellt_vilande"} <= ids
    assert ("se.sjukersattning.vilande.rounding_assumption" in ids) == (D(work) != D(vilande))
    check_messages(r)


def test_vilande_with_partial_se_counts_only_work_beyond_free_share():
    # 1/2 SE 6 857; works 75 %: 25 % beyond the free 50 % -> 1/4 of full SE vilande.
    # V = 6 857 / 0,5 × 0,25 = 3 428,50; paid 6 857 − 3 428,50 + 857,125 = 4 285,625 -> 4 286
    r = calc(dec(level="1/2", amount_month=D(6857)), age=40, work="0.75", earnings=D(18000))
    assert step(r, "se.sjukersattning.vilande.share")["vilande_share"] == D("0.25")
    assert step(r, "se.sjukersattning.vilande.amount")["vilande_month"] == D("3428.5")
    assert r.amount == D(4286)
    # works 100 %: 50 % beyond -> 1/2 vilande = all of it: V 6 857, paid 1 714,25 -> 1 714
    r = calc(dec(level="1/2", amount_month=D(6857)), age=40, work="1", earnings=D(24000))
    assert step(r, "se.sjukersattning.vilande.share")["vilande_share"] == D("0.5")
    assert r.amount == D(1714)


def test_vilande_months_limit_24():
    # 23 months used: still vilande, 1 month left
    r = calc(dec(amount_month=D(13715), vilande_months_used=23), work="0.5", earnings=D(10000))
    assert step(r, "se.sjukersattning.vilande.months_left")["left_months"] == D(1)
    assert r.amount == D(8572)
    # 24 months used: no more vilande; unchanged amount with a danger notice
    r = calc(dec(amount_month=D(13715), vilande_months_used=24), work="0.5", earnings=D(10000))
    assert r.amount == D(13715)
    assert any(
        n.msg == "se.sjukersattning.vilande.not_eligible_used" and n.severity == "danger" for n in r.notices
    )
    check_messages(r)


def test_vilande_needs_12_months_received():
    r = calc(dec(amount_month=D(13715), months_received=11), work="0.5", earnings=D(10000))
    assert r.amount == D(13715)
    assert any(
        n.msg == "se.sjukersattning.vilande.not_eligible_months" and n.severity == "danger" for n in r.notices
    )
    r = calc(dec(amount_month=D(13715), months_received=12), work="0.5", earnings=D(10000))
    assert r.amount == D(8572)


def test_vilande_aktivitetsersattning_notice():
    r = calc(dec(kind="aktivitetsersattning", amount_month=D(12728)), age=24, work="0.5", earnings=D(9000))
    # V = 6 364; 6 364 + 1 591 = 7 955
    assert r.amount == D(7955)
    assert "se.sjukersattning.vilande.after_ae" in notice_ids(r)


def test_not_working_pays_full_amount():
    r = calc(dec(amount_month=D(13715)))
    assert r.amount == D(13715)
    assert r.steps[-1].msg == "se.sjukersattning.work.none"
    check_messages(r)


# --- steglös avräkning (37 kap.) --------------------------------------------------------


def pre2008(**kw):
    kw.setdefault("amount_month", D(13715))
    return dec(granted_before_2008_07=True, **kw)


def test_steglos_basic_reduction():
    # Hel SE 13 715 a month = 164 580 a year. Wage 10 000 a month = 120 000 a year.
    # Fribelopp 1 × 59 200. Reduction 0,5 × (120 000 − 59 200) = 30 400.
    # 164 580 − 30 400 = 134 180 a year / 12 = 11 181,67 -> 11 182 a month.
    r = calc(pre2008(), age=55, work="0.5", earnings=D(10000))
    assert step(r, "se.sjukersattning.steglos.fribelopp")["fribelopp_year"] == D(59200)
    assert step(r, "se.sjukersattning.steglos.reduction_garanti")["reduction_year"] == D(30400)
    assert step(r, "se.sjukersattning.steglos.after_reduction")["annual_after_year"] == D(134180)
    assert r.amount == D(11182)
    assert r.period == "year"
    assert {
        "se.sjukersattning.steglos.apply_every_year",
        "se.sjukersattning.steglos.settlement",
    } <= notice_ids(r)
    settlement = next(n for n in r.notices if n.msg == "se.sjukersattning.steglos.settlement")
    assert settlement.values["threshold"] == D(1200)
    check_messages(r)


def test_steglos_fribelopp_boundary():
    # 4 933,33 × 12 = 59 199,96 <= 59 200: no reduction -> 164 580 / 12 = 13 715
    r = calc(pre2008(), age=55, work="0.2", earnings=D("4933.33"))
    assert "se.sjukersattning.steglos.below" in {s.msg for s in r.steps}
    assert r.amount == D(13715)
    # 4 934 × 12 = 59 208: reduction 0,5 × 8 = 4 -> 164 576 / 12 = 13 714,67 -> 13 715
    r = calc(pre2008(), age=55, work="0.2", earnings=D(4934))
    assert step(r, "se.sjukersattning.steglos.reduction_garanti")["reduction_year"] == D(4)
    assert r.amount == D(13715)
    # 5 000 × 12 = 60 000: reduction 400 -> 164 180 / 12 = 13 681,67 -> 13 682
    assert calc(pre2008(), age=55, work="0.2", earnings=D(5000)).amount == D(13682)


@pytest.mark.parametrize(
    ("level", "amount", "factor", "fribelopp"),
    [
        ("3/4", D(10286), "2.6", D(153920)),  # 2,6 × 59 200
        ("1/2", D(6857), "4.2", D(248640)),  # 4,2 × 59 200
        ("1/4", D(3429), "5.8", D(343360)),  # 5,8 × 59 200
    ],
)
def test_steglos_fribelopp_by_level(level, amount, factor, fribelopp):
    # Works full time at 30 000 a month = 360 000 a year (beyond the free share at every level).
    r = calc(pre2008(level=level, amount_month=amount), age=55, work="1", earnings=D(30000))
    v = step(r, "se.sjukersattning.steglos.fribelopp")
    assert v["fribelopp_factor"] == D(factor) and v["fribelopp_year"] == fribelopp
    reduction = D("0.5") * (D(360000) - fribelopp)
    assert step(r, "se.sjukersattning.steglos.reduction_garanti")["reduction_year"] == reduction
    # 1/4: 0,5 × (360 000 − 343 360) = 8 320; 3 429 × 12 = 41 148 − 8 320 = 32 828 / 12 = 2 735,67
    if level == "1/4":
        assert r.amount == D(2736)
    # 3/4: 0,5 × (360 000 − 153 920) = 103 040; 10 286 × 12 = 123 432 − 103 040 = 20 392 / 12 = 1 699,33
    if level == "3/4":
        assert r.amount == D(1699)
    # 1/2: 0,5 × (360 000 − 248 640) = 55 680; 6 857 × 12 = 82 284 − 55 680 = 26 604 / 12 = 2 217
    if level == "1/2":
        assert r.amount == D(2217)


def test_steglos_reduction_first_from_income_related_part():
    # 13 715 a month of which 5 000 income-related (60 000 a year). Wage 10 000 a month:
    # reduction 30 400 taken from the income-related part: 60 000 -> 29 600; total 134 180 -> 11 182.
    r = calc(pre2008(income_related_month=D(5000)), age=55, work="0.5", earnings=D(10000))
    v = step(r, "se.sjukersattning.steglos.reduction")
    assert v["ir_before_year"] == D(60000) and v["ir_after_year"] == D(29600)
    assert r.amount == D(11182)


def test_steglos_8_pbb_rule():
    # Hel SE, all income-related, 23 939 a month = 287 268 a year. Wage 30 000 = 360 000 a year.
    # Reduction 0,5 × (360 000 − 59 200) = 150 400 -> 136 868. 136 868 + 360 000 = 496 868 > 8 × 59 200
    # = 473 600, so SE = 473 600 − 360 000 = 113 600 a year / 12 = 9 466,67 -> 9 467.
    d = pre2008(amount_month=D(23939), income_related_month=D(23939))
    r = calc(d, age=55, work="1", earnings=D(30000))
    assert step(r, "se.sjukersattning.steglos.after_reduction")["annual_after_year"] == D(136868)
    v = step(r, "se.sjukersattning.steglos.ceiling")
    assert v["ceiling_year"] == D(473600) and v["annual_capped_year"] == D(113600)
    assert r.amount == D(9467)
    # Just below the ceiling: wage 25 000 = 300 000: reduction 120 400 -> 166 868;
    # 166 868 + 300 000 = 466 868 <= 473 600: no cut; 166 868 / 12 = 13 905,67 -> 13 906
    r = calc(d, age=55, work="1", earnings=D(25000))
    assert "se.sjukersattning.steglos.ceiling" not in {s.msg for s in r.steps}
    assert r.amount == D(13906)
    check_messages(r)


def test_steglos_high_income_stops_compensation():
    # Wage 40 000 = 480 000: 0,5 × 420 800 = 210 400 > 164 580 -> 0
    r = calc(pre2008(), age=55, work="1", earnings=D(40000))
    assert r.amount == D(0)


def test_steglos_partial_se_within_free_share_unchanged():
    # 1/2 SE granted before 2008 working 50 %: not work with a lacking capacity (37 kap. 3 §)
    r = calc(pre2008(level="1/2", amount_month=D(6857)), age=55, work="0.5", earnings=D(30000))
    assert r.amount == D(6857)


def test_steglos_replaces_vilande_and_not_for_later_se():
    r = calc(pre2008(work_arrangement="vilande"), age=55, work="0.5", earnings=D(10000))
    assert r.amount == D(11182)
    assert "se.sjukersattning.steglos.no_vilande" in notice_ids(r)
    # asked for steglös on SE granted after 2008: ordinary rules (vilande here)
    r = calc(dec(amount_month=D(13715), work_arrangement="steglos_avrakning"), work="0.5", earnings=D(10000))
    assert "se.sjukersattning.steglos.not_applicable" in notice_ids(r)
    assert r.amount == D(8572)


# --- reporting duties and messages ------------------------------------------------------


def test_reporting_duties():
    duties = se.reporting_duties(dec(amount_month=D(13715)))
    assert len(duties) == 2
    assert all(d.authority == "se.forsakringskassan" for d in duties)
    assert "110 kap. 46, 51" in duties[0].reference
    assert len(se.reporting_duties(pre2008())) == 3
    assert len(se.reporting_duties(dec(kind="aktivitetsersattning", amount_month=D(12728)))) == 1
    for d in se.reporting_duties(pre2008()):
        for mid in (d.what, d.when, d.how, d.consequence):
            assert mid in se.MESSAGES


def test_all_parameters_verified_and_cited():
    names = [
        "se_garantiniva_factor",
        "se_forsakringstid_full_years",
        "se_inkomstrelaterad_rate",
        "se_antagandeinkomst_cap_pbb",
        "se_vilande_min_months_received",
        "se_vilande_max_months",
        "se_vilande_paid_rate",
        "se_vilande_paid_max_months",
        "se_steglos_fribelopp_factor",
        "se_steglos_reduction_rate",
        "se_steglos_ceiling_pbb",
        "se_steglos_settlement_threshold",
    ]
    assert P2026["se_vilande_paid_max_months"].value == D(24)  # not 12 (research file's first pass)
    for name in names:
        prm = P2026[name]
        assert prm.verified and prm.reference


def test_vilande_25_percent_is_tax_free():
    # IL 11 kap. 30 § tredje stycket: the 36 kap. 18 § amount is not taxed.
    # Hel SE 13 715, half vilande: kept 0,25 × 6 857,50 = 1 714,375 -> 1 714 tax free of 8 572.
    r = calc(dec(amount_month=D(13715)), work="0.5", earnings=D(10000))
    assert r.tax_free == D(1714)
    assert r.taxable
    check_messages(r)
    # no vilande: nothing tax free
    assert calc(dec(amount_month=D(13715))).tax_free == D(0)
    # 24 months of the 25 % used: nothing kept, nothing tax free (and no vilande either)
    r = calc(dec(amount_month=D(13715), vilande_months_used=24), work="0.5", earnings=D(10000))
    assert r.tax_free == D(0)


def test_vilande_works_on_the_reported_amount() -> None:
    # Letter 12 000 (e.g. a shorter försäkringstid not entered); rules 13 715. 100 % work, vilande 1/1:
    # the vilande part is the whole 12 000, 25 % of it is paid: 0.25 x 12 000 = 3 000 a month.
    r = calc(dec(amount_month=D(12000), months_received=24), age=50, work=D(1))
    assert r.amount == D(3000)
