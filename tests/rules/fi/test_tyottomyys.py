"""Unemployment benefits, adjusted per day: rules/fi/tyottomyysetuus.py, ansiopaivaraha.py.

Official:
* Supertk, an unemployment fund applying TTL 4 luku
  (https://www.supertk.fi/en/earning-related-allowance/adjusted-earnings-related-allowance/amount-of-adjusted-allowance.html):
  full allowance 50 € a day, wages 1 000 €: "(1 000 − 300) × 0,5 = 350 ... divided by 21.5 ... reduced
  by 16.28 euros per day" - with the protected amount of 300 € that ended on 1.4.2024. Without it:
  500 / 21,5 = 23,26 € a day, 26,74 € left.
* Kela 17.12.2025 (https://www.sttinfo.fi/tiedote/71696995/yleistuki-korvaa-kelan-tyottomyystuet-toukokuussa-2026?lang=fi):
  yleistuki 37,21 € a day, "keskimäärin 800 euroa kuukaudessa"; wages of 1 000 € a month reduce it by
  500 € (a monthly approximation: per day it is 500 / 21,5 = 23,26, 37,21 − 23,26 = 13,95 € a day,
  299,93 € in an average month, 279,00 with 20 and 320,85 with 23 weekdays).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

from benefits_calc.rules.fi import ansiopaivaraha, tyottomyysetuus
from benefits_calc.rules.fi.case import AnsiopaivarahaDecision, TyottomyysetuusDecision
from ruletools import check_messages, notice_ids, step

from benefits_calc.parameters import parameters

P_MAY = parameters("fi", date(2026, 5, 1))
P_JAN = parameters("fi", date(2026, 1, 1))


def kela(
    decision, p, *, earnings="0", share="0.5", pension="0", full=False, family=False, children=0, age=30
):
    return tyottomyysetuus.calculate(
        decision,
        earnings_month=D(earnings),
        work_share=D(share),
        partial_pension_month=D(pension),
        full_disability_pension=full,
        has_spouse_or_children=family,
        children=children,
        age=age,
        p=p,
    )


def test_fund_example_without_the_old_protected_amount():
    d = AnsiopaivarahaDecision(daily_amount=D(50))
    r = ansiopaivaraha.calculate(
        d,
        earnings_month=D(1000),
        work_share=D("0.4"),
        partial_pension_month=D(0),
        full_disability_pension=False,
        p=P_MAY,
    )
    s = step(r, "fi.tt.adjusted")
    assert s["cut_daily"] == D("23.26") and s["daily"] == D("26.74")
    assert r.amount == D("574.91")  # 26,74 × 21,5
    check_messages(r)


def test_yleistuki_with_1000_euros_of_wages():
    r = kela(TyottomyysetuusDecision(kind="yleistuki"), P_MAY, earnings="1000")
    assert r.benefit == "fi.yleistuki"
    s = step(r, "fi.tt.month")
    assert (s["daily"], s["amount_month"], s["short_month"], s["long_month"]) == (
        D("13.95"),
        D("299.93"),
        D("279.00"),
        D("320.85"),
    )
    assert kela(TyottomyysetuusDecision(kind="yleistuki"), P_MAY).amount == D("800.02")  # 37,21 × 21,5
    check_messages(r)


def test_tmt_becomes_yleistuki_on_1_may_2026():
    d = TyottomyysetuusDecision(kind="tyomarkkinatuki")
    before, after = kela(d, P_JAN), kela(d, P_MAY)
    assert (before.benefit, after.benefit) == ("fi.tyomarkkinatuki", "fi.yleistuki")
    assert "fi.tt.notice.yleistuki_coming" in notice_ids(before)
    assert "fi.tt.notice.replaced_by_yleistuki" in notice_ids(after)


def test_means_test_tmt_75_percent_single_then_yleistuki_50():
    """Other income 411 € a month: TMT (single, to 30.4.2026) 0,75 × 100 = 75,00 a month, / 21,5 = 3,49
    a day; yleistuki 0,50 × 100 = 50,00, / 21,5 = 2,33 a day."""
    d = TyottomyysetuusDecision(kind="tyomarkkinatuki", other_income_month=D(411))
    assert step(kela(d, P_JAN), "fi.tt.means_test")["cut_daily"] == D("3.49")
    assert step(kela(d, P_MAY), "fi.tt.means_test")["cut_daily"] == D("2.33")
    # with a spouse: 50 % of the income above 1 044 €: nothing at 411 €
    assert not any(s.msg == "fi.tt.means_test" for s in kela(d, P_JAN, family=True).steps)


def test_partial_disability_pension_deducted_and_full_pension_excludes():
    """Osatyökyvyttömyyseläke 430 € a month: 430 / 21,5 = 20,00 a day; 37,21 − 20,00 = 17,21."""
    r = kela(TyottomyysetuusDecision(kind="yleistuki"), P_MAY, pension="430")
    assert step(r, "fi.tt.pension_deducted")["daily"] == D("17.21")
    assert "fi.tt.notice.pension_yleistuki" in notice_ids(r)
    excluded = kela(TyottomyysetuusDecision(kind="yleistuki"), P_MAY, full=True)
    assert excluded.excluded and excluded.amount == 0


def test_no_adjusted_benefit_above_80_percent():
    assert kela(TyottomyysetuusDecision(kind="yleistuki"), P_MAY, earnings="1500", share="0.81").amount == 0
    # 0,80 is allowed: 1 500 × 0,5 / 21,5 = 34,88 leaves 2,33 a day, × 21,5 = 50,10 a month
    r = kela(TyottomyysetuusDecision(kind="yleistuki"), P_MAY, earnings="1500", share="0.80")
    assert step(r, "fi.tt.adjusted")["daily"] == D("2.33") and r.amount == D("50.10")


def test_ansiopaivaraha_100_percent_rule():
    """Wage basis 2 000 €, allowance 60 € a day, wages 1 400 €: 60 − 700 / 21,5 (= 32,56) = 27,44 a day,
    589,96 a month; 589,96 + 1 400 > 2 000, so 600,00 is the most … here 589,96 fits (1 989,96).
    With wages 1 500: 60 − 34,88 = 25,12 × 21,5 = 540,08; 540,08 + 1 500 = 2 040,08 > 2 000 -> 500,00."""
    d = AnsiopaivarahaDecision(daily_amount=D(60), wage_basis_month=D(2000))
    kw = dict(work_share=D("0.5"), partial_pension_month=D(0), full_disability_pension=False, p=P_MAY)
    assert ansiopaivaraha.calculate(d, earnings_month=D(1400), **kw).amount == D("589.96")
    r = ansiopaivaraha.calculate(d, earnings_month=D(1500), **kw)
    assert step(r, "fi.apr.ceiling")["computed_month"] == D("540.08")
    assert r.amount == D("500.00")
