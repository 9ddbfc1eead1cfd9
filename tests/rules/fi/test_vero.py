"""Finnish income tax and contributions (rules/fi/vero.py).

Official examples:
* vero.fi, "Esimerkkejä palkan, eläkkeen ja etuuden veroprosenteista vuonna 2026" (updated
  22.11.2025; Helsinki: municipal tax 5,30 %, Evangelical Lutheran church tax 1,00 %, age 17-64,
  one kind of income): the tax on a wage, a benefit and a pension of 10 000 ... 70 000 € a year.
  The table was read through the transcription in nettopalkka.fi (params-2026.json `vero_esimerkit`),
  https://www.vero.fi/henkiloasiakkaat/verokortti-ja-veroilmoitus/verokortti/ (example page).
  vero.fi's "tax" is state + municipal + church tax + sairaanhoitomaksu + Yle tax + päivärahamaksu
  (parts["vero_fi_total"]); TyEL and työttömyysvakuutusmaksu are not in it.
* ETK 2025 (https://etk.fi/suomen-elakejarjestelma/elaketurva/elaketurva-kokonaisuutena/ajankohtaista-elakkeesta-ja-verotuksesta):
  a person with only a pension pays no tax up to 13 756 € a year (1 146 € a month) at the average
  municipal rate, without church tax; the pension income deduction is 11 030 € and ends at 48 931 €.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest
from benefits_calc.rules.fi import vero
from ruletools import check_messages, step

from benefits_calc.parameters import parameters

P2026 = parameters("fi", date(2026, 6, 1))
P2025 = parameters("fi", date(2025, 6, 1))
NONE = vero.Household()


def tax(
    p, *, wage="0", pension="0", benefits="0", kv="5.30", church=True, kirk="1.00", age=40, household=NONE
):
    return vero.calculate(
        vero.TaxableIncome(wage=D(wage), pension=D(pension), benefits=D(benefits)),
        age=age,
        kunnallisvero_percent=D(kv) if kv is not None else None,
        church_member=church,
        kirkollisvero_percent=D(kirk) if (church and kirk is not None) else None,
        household=household,
        p=p,
    )


VERO_FI_2026 = {
    # income a year: (tax on wage, on benefit, on pension)
    10000: ("0.00", "1382.56", "0.00"),
    16000: ("2.50", "2850.25", "784.06"),
    20000: ("278.50", "3914.55", "2340.15"),
    30000: ("2530.49", "6797.80", "5699.42"),
    40000: ("5511.99", "10309.30", "9614.77"),
    50000: ("9361.96", "14410.30", "14410.30"),
    60000: ("13244.84", "18850.05", "18850.05"),
    70000: ("17415.60", "23379.05", "23964.05"),
}


@pytest.mark.parametrize("income", sorted(VERO_FI_2026))
@pytest.mark.parametrize("kind", ["wage", "benefits", "pension"])
def test_vero_fi_2026_examples_to_the_cent(income, kind):
    expected = VERO_FI_2026[income][("wage", "benefits", "pension").index(kind)]
    r = tax(P2026, **{kind: str(income)})
    assert r.parts["vero_fi_total"] == D(expected)
    check_messages(r)


def test_wage_30000_2026_by_hand():
    """vero.fi 2026, wage 30 000 € (Helsinki 5,30 %, church 1,00 %): 2 530,49 €.
    puhdas = 30 000 − 750 = 29 250; contributions: TyEL 7,30 % 2 190,00, TVM 0,89 % 267,00,
    päivärahamaksu 0,88 % 264,00 (30 000 ≥ 17 255) = 2 721,00; base 26 529,00;
    perusvähennys 4 265 − 0,18 × (26 529 − 4 265) = 257,48; verotettava 26 271,52;
    state 2 780,80 + 19 % × 4 271,52 = 3 592,39; municipal 5,30 % = 1 392,39; church 262,72;
    sairaanhoitomaksu 1,10 % = 288,99 (no increase: taxable < wage);
    työtulovähennys min(18 % × 30 000 = 5 400, 3 430) − 0 (puhdas < 35 000) = 3 430, all from the
    state tax; Yle 2,5 % × (29 250 − 15 150) = 352,50 → 160. Tax = 162,39 + 1 392,39 + 262,72 +
    288,99 + 160 + päivärahamaksu 264 = 2 530,49."""
    r = tax(P2026, wage="30000")
    assert r.parts["puhdas_ansiotulo"] == D("29250")
    assert (r.parts["tyel"], r.parts["tyottomyysvakuutusmaksu"], r.parts["paivarahamaksu"]) == (
        D("2190.00"),
        D("267.00"),
        D("264.00"),
    )
    assert r.parts["perusvahennys"] == D("257.48")
    assert r.parts["verotettava"] == D("26271.52")
    s = step(r, "fi.vero.state")
    assert s["state_from"] == D(22000) and s["valtion_vero"] == D("3592.39")
    assert r.parts["kunnallisvero"] == D("1392.39")
    assert r.parts["kirkollisvero"] == D("262.72")
    assert r.parts["sairaanhoitomaksu"] == D("288.99")
    assert r.parts["tyotulovahennys"] == D("3430")
    assert r.parts["valtion_vero"] == D("162.39")
    assert r.parts["yle"] == D("160")
    assert r.parts["vero_fi_total"] == D("2530.49")
    # The whole withheld amount a year includes TyEL and TVM: 2 530,49 + 2 190 + 267 = 4 987,49.
    assert r.annual == D("4987.49")
    assert r.amount == D("415.62")  # 4 987,49 / 12 = 415,624…


def test_pension_20000_2026_by_hand():
    """vero.fi 2026, pension 20 000 €: 2 340,15 €. ETV 11 080 − 51 % × (20 000 − 11 080) = 6 530,80;
    base 13 469,20; PV 4 265 − 0,18 × 9 204,20 = 2 608,24; taxable 10 860,96; state 12,64 % =
    1 372,83; municipal 575,63; church 108,61; sairaanhoitomaksu (1,10 + 0,39) % = 161,83;
    Yle 2,5 % × 4 850 = 121,25. Total 2 340,15."""
    r = tax(P2026, pension="20000")
    assert r.parts["elaketulovahennys"] == D("6530.80")
    assert r.parts["perusvahennys"] == D("2608.24")
    assert r.parts["verotettava"] == D("10860.96")
    assert r.parts["valtion_vero"] == D("1372.83")
    assert r.parts["sairaanhoitomaksu"] == D("161.83")
    assert r.parts["yle"] == D("121.25")
    assert r.parts["vero_fi_total"] == D("2340.15")
    assert r.parts["tyel"] == 0


def test_etk_2025_pension_only_no_tax_up_to_13756():
    """ETK 2025: no tax on a pension up to 13 756 € a year (average municipal rate, no church).
    At 13 755 €: ETV 11 030 − 0,51 × 2 725 = 9 640,25; base 4 114,75 < PV max 4 115 → PV = base,
    taxable 0. At 13 757 €: ETV 9 639,23; base 4 117,77; PV 4 115 − 0,18 × 2,77 = 4 114,50;
    taxable 3,27 → tax > 0 (municipal 0,25 …)."""
    below = tax(P2025, pension="13755", kv=None, church=False)
    assert below.parts["verotettava"] == 0
    assert below.parts["vero_fi_total"] == 0
    above = tax(P2025, pension="13757", kv=None, church=False)
    assert above.parts["elaketulovahennys"] == D("9639.23")
    assert above.parts["verotettava"] == D("3.27")
    assert above.parts["vero_fi_total"] > 0


def test_etk_2025_pension_income_deduction_ends_at_48931():
    """ETK 2025: the deduction ends at a pension of 48 931 €: 11 030 − 0,51 × 11 470 (= 5 849,70) −
    0,196 × 26 431 (= 5 180,48) = −0,18 → 0; at 48 930: 11 030 − 5 849,70 − 5 180,28 = 0,02."""
    assert vero.elaketulovahennys(D(48931), D(48931), P2025.table("fi_vero_elaketulovahennys")) == 0
    assert vero.elaketulovahennys(D(48930), D(48930), P2025.table("fi_vero_elaketulovahennys")) == D("0.02")


def test_wage_and_pension_together_wage_reduces_the_pension_deduction():
    """A pension of 12 000 € alone: ETV 11 080 − 0,51 × 920 = 10 610,80. With wages of 10 000 € the
    earned income is 12 000 + 9 250 = 21 250, so ETV = 11 080 − 0,51 × 10 170 = 5 893,30: the wage
    makes the pension taxable too (one tax on all earned income)."""
    alone = tax(P2026, pension="12000")
    both = tax(P2026, pension="12000", wage="10000")
    assert alone.parts["elaketulovahennys"] == D("10610.80")
    assert both.parts["elaketulovahennys"] == D("5893.30")
    assert both.parts["paivarahamaksu"] == 0  # 10 000 < 17 255
    assert {n.msg for n in both.notices} >= {"fi.vero.assume.shm_mixed", "fi.vero.info.two_withholding_rates"}


def test_tyotulovahennys_child_increase_and_phase_out():
    """2026: 105 € per minor child, double for a sole guardian; reduced by 2 % of puhdas ansiotulo
    between 35 000 and 50 550 (at most 311 €)."""
    t = P2026.table("fi_vero_tyotulovahennys")
    credit, raw, maximum, phase = vero.tyotulovahennys(D(30000), D(29250), vero.Household(2, True), t)
    assert maximum == D(3430 + 4 * 105) and credit == D(3850)
    credit, _, _, phase = vero.tyotulovahennys(D(60000), D(59250), NONE, t)
    assert phase == D("311.00") and credit == D("3119.00")
    credit, raw, _, _ = vero.tyotulovahennys(D(10000), D(9250), NONE, t)
    assert raw == D("1800.00") and credit == D("1800.00")


def test_2025_tyel_by_age_and_average_rates():
    """2025: TyEL 7,15 %, 8,65 % at 53-62; TVM 0,59 %; päivärahamaksu 0,84 % from 16 862 €."""
    young = tax(P2025, wage="20000", age=40, kv=None, church=False)
    older = tax(P2025, wage="20000", age=55, kv=None, church=False)
    assert young.parts["tyel"] == D("1430.00") and older.parts["tyel"] == D("1730.00")
    assert young.parts["tyottomyysvakuutusmaksu"] == D("118.00")
    assert young.parts["paivarahamaksu"] == D("168.00")
    assert step(young, "fi.vero.municipal")["kunnallisvero_rate"] == D("0.0754")
    assert "fi.vero.assume.average_kunnallisvero" in {n.msg for n in young.notices}


def test_no_income_no_tax():
    r = tax(P2026)
    assert r.annual == 0 and r.amount == 0
