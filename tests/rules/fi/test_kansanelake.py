"""Kansaneläke (Kela's disability pension) and takuueläke: rules/fi/kansanelake.py, takuuelake.py.

Official Kela example tables, each run with the figures of its own period (full kansaneläke alone /
couple, the free amount KERaja a year, the minimum payable, full takuueläke):
* 2018: https://www.kela.fi/elaketulo-ja-verotaulukko ("Esimerkkejä kokonaiseläkkeen ja nettoeläkkeen
  määristä 2018"; Kela prints 336,13 in one row where the row totals need 366,13 - the corrected row
  is used);
* 2021 and 1.1.-31.7.2022: the same page, later versions (https://www.kela.fi/fi_FI/elaketulo-ja-verotaulukko);
* 1.8.2022: https://www.kela.fi/web/en/guarantee-pension-amount-and-payment ("Examples of the amount of
  guarantee pension payable to persons living alone, from August 1st 2022").
* 2025: Kela via STT (https://demokraatti.fi/23-000-suomalaisella-loppui-tanaan-elakkeenmaksu): no
  kansaneläke from other pensions of 1 617,13 € a month (alone) and 1 449,13 € (couple).
* 2026: Kela's takuueläke examples as transcribed by nettopalkka.fi (secondary): e.g. työeläke 100 € ->
  kansaneläke 770,32 €, takuueläke 120,58 €.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest
from benefits_calc.rules.fi import kansanelake, takuuelake
from benefits_calc.rules.fi.case import KansanelakeDecision, TakuuelakeDecision
from ruletools import check_messages, notice_ids, step

from benefits_calc.parameters import parameters

# (full alone, full couple, KERaja a year, minimum, full takuueläke)
PERIODS = {
    "2018": (D("628.85"), D("557.79"), D(666), D("6.68"), D("775.27")),
    "2021": (D("665.29"), D("593.97"), D(675), D("6.77"), D("837.59")),
    "2022a": (D("679.50"), D("606.65"), D(689), D("6.92"), D("855.48")),
    "2022b": (D("703.45"), None, D(713), D("7.16"), D("885.63")),
}
# (period, couple, other pensions a month, kansaneläke, takuueläke) - Kela's rows
ROWS = [
    ("2018", False, "100.00", "606.60", "68.67"),
    ("2018", False, "223.99", "544.60", "6.68"),
    ("2018", False, "366.13", "473.52", "0"),
    ("2018", False, "400.00", "456.60", "0"),
    ("2018", False, "500.00", "406.60", "0"),
    ("2018", False, "750.00", "281.60", "0"),
    ("2018", False, "1000.00", "156.60", "0"),
    ("2018", False, "1157.70", "77.77", "0"),
    ("2018", False, "1250.00", "31.60", "0"),
    ("2018", False, "1299.87", "6.68", "0"),
    ("2018", False, "1500.00", "0", "0"),
    ("2018", True, "100.00", "535.54", "139.73"),
    ("2018", True, "223.99", "473.54", "77.74"),
    ("2018", True, "366.13", "402.46", "6.68"),
    ("2018", True, "400.00", "385.54", "0"),
    ("2018", True, "1157.70", "6.71", "0"),
    ("2018", True, "1250.00", "0", "0"),
    ("2021", False, "100.00", "643.41", "94.18"),
    ("2021", False, "200.00", "593.41", "44.18"),
    ("2021", False, "274.82", "556.00", "6.77"),
    ("2021", False, "300.00", "543.41", "0"),
    ("2021", False, "750.00", "318.41", "0"),
    ("2022a", False, "100.00", "658.21", "97.27"),
    ("2022a", False, "280.73", "567.83", "6.92"),
    ("2022a", False, "426.41", "495.00", "0"),
    ("2022a", False, "1256.87", "79.79", "0"),
    ("2022a", False, "1402.62", "6.92", "0"),
    ("2022a", False, "1500.00", "0", "0"),
    ("2022a", True, "100.00", "585.36", "170.12"),
    ("2022a", True, "280.73", "494.98", "79.77"),
    ("2022a", True, "400.00", "435.36", "20.12"),
    ("2022a", True, "426.41", "422.15", "6.92"),
    ("2022a", True, "500.00", "385.36", "0"),
    ("2022a", True, "1256.87", "6.94", "0"),
    ("2022b", False, "0", "703.45", "182.18"),
    ("2022b", False, "50.00", "703.45", "132.18"),
    ("2022b", False, "100.00", "683.16", "102.47"),
    ("2022b", False, "150.00", "658.16", "77.47"),
    ("2022b", False, "290.65", "587.82", "7.16"),
    ("2022b", False, "441.48", "512.41", "0"),
    ("2022b", False, "500.00", "483.16", "0"),
]


@pytest.mark.parametrize(("period", "couple", "pension", "ke", "te"), ROWS)
def test_kela_official_tables(period, couple, pension, ke, te):
    """Every row of Kela's tables: A = 12 × pension rounded to whole euros; the reduction
    0,5 × (A − KERaja) / 12 rounded to the cent; e.g. 2018, 223,99 €: A = 2 687,88 -> 2 688,
    (2 688 − 666) / 2 / 12 = 84,25, 628,85 − 84,25 = 544,60; takuueläke 775,27 − 544,60 − 223,99 = 6,68."""
    alone, pair, free, minimum, te_full = PERIODS[period]
    got, _, _ = kansanelake.amount(D(pension), pair if couple else alone, free, D("0.5"), minimum)
    assert got == D(ke)
    assert takuuelake.amount(got + D(pension), te_full, minimum) == D(te)


def test_2021_reduction_is_rounded_to_the_cent_before_it_is_taken_off():
    """2021, 100 €: A = 1 200; 0,5 × (1 200 − 675) / 12 = 21,875 -> 21,88; 665,29 − 21,88 = 643,41
    (taking the year's amount and rounding the result would give 643,42, which is not Kela's)."""
    ke, year, reduction = kansanelake.amount(D(100), D("665.29"), D(675), D("0.5"), D("6.77"))
    assert (year, reduction, ke) == (D(1200), D("21.88"), D("643.41"))


@pytest.mark.parametrize(
    ("couple", "last_paid", "first_none"), [(False, "1617.12", "1617.13"), (True, "1449.12", "1449.13")]
)
def test_2025_kela_limits(couple, last_paid, first_none):
    """Kela 2025: 'alle 1 617,13 euroon ... alle 1 449,13 euroon': 1 617,13 € alone gives
    A = 19 405,56 -> 19 406, reduction (19 406 − 795) / 24 = 775,46, 783,41 − 775,46 = 7,95 < 7,97."""
    p = parameters("fi", date(2025, 6, 1))
    assert kansanelake.modelled(D(last_paid), couple, p)[0] >= D("7.97")
    assert kansanelake.modelled(D(first_none), couple, p)[0] == 0


@pytest.mark.parametrize(
    ("couple", "pension", "ke", "te"),
    [
        (False, "0", "787.07", "203.83"),
        (False, "50", "787.07", "153.83"),
        (False, "100", "770.32", "120.58"),
        (False, "200", "720.32", "70.58"),
        (False, "325.15", "657.74", "8.01"),
        (False, "493.91", "573.36", "0"),
        (False, "500", "570.32", "0"),
        (True, "0", "702.69", "288.21"),
        (True, "100", "685.94", "204.96"),
        (True, "325.15", "573.36", "92.39"),
        (True, "493.91", "488.98", "8.01"),
        (True, "500", "485.94", "0"),
    ],
)
def test_2026_kela_examples_via_nettopalkka(couple, pension, ke, te):
    """Kela's 2026 takuueläke examples (secondary copy): 100 € -> A 1 200, (1 200 − 798) / 24 =
    16,75, 787,07 − 16,75 = 770,32; takuueläke 990,90 − 770,32 − 100 = 120,58."""
    p = parameters("fi", date(2026, 1, 1))
    got, _ = kansanelake.modelled(D(pension), couple, p)
    assert got == D(ke)
    assert takuuelake.amount(got + D(pension), p.v("fi_te_full"), p.v("fi_ke_min_payable")) == D(te)


P = parameters("fi", date(2026, 6, 1))
KE = KansanelakeDecision(amount_month=D("787.07"))


def test_work_up_to_the_limit_changes_nothing():
    """2026: the earnings limit is the full takuueläke, 990,90 € a month; 990,90 is allowed."""
    r = kansanelake.calculate(KE, couple=False, other_pensions_month=D(0), earnings_month=D("990.90"), p=P)
    assert r.amount == D("787.07")
    assert step(r, "fi.kansanelake.work.within_limit")["limit_month"] == D("990.90")
    check_messages(r)


def test_work_above_the_limit_rests_the_pension():
    """990,91 € is over the limit: the pension rests (0), with the notices on asking first, how long
    and repayment."""
    r = kansanelake.calculate(KE, couple=False, other_pensions_month=D(0), earnings_month=D("990.91"), p=P)
    assert r.amount == 0
    assert {"fi.lepaaminen.ask_first", "fi.lepaaminen.how_long", "fi.lepaaminen.repayment"} <= notice_ids(r)
    how_long = next(n for n in r.notices if n.msg == "fi.lepaaminen.how_long")
    assert (how_long.values["min_months"], how_long.values["max_months"]) == (D(3), D(24))
    check_messages(r)


def test_permanently_blind_keeps_the_pension_when_working():
    decision = KansanelakeDecision(amount_month=D("787.07"), permanently_blind_or_immobile=True)
    r = kansanelake.calculate(decision, couple=False, other_pensions_month=D(0), earnings_month=D(3000), p=P)
    assert r.amount == D("787.07")


def test_2025_limit_is_986_30():
    p = parameters("fi", date(2025, 6, 1))
    r = kansanelake.calculate(KE, couple=False, other_pensions_month=D(0), earnings_month=D("986.31"), p=p)
    assert r.amount == 0
    assert step(r, "fi.kansanelake.work.rests")["limit_month"] == D("986.30")


def test_takuuelake_rests_with_the_pension_and_not_for_partial_pension_only():
    te = TakuuelakeDecision(amount_month=D("203.83"))
    base = dict(kansanelake_month=D("787.07"), other_pensions_month=D(0), blind_or_immobile=False, p=P)
    assert takuuelake.calculate(te, entitled=True, earnings_month=D(900), **base).amount == D("203.83")
    assert takuuelake.calculate(te, entitled=True, earnings_month=D(1000), **base).amount == 0
    excluded = takuuelake.calculate(te, entitled=False, earnings_month=D(0), **base)
    assert excluded.excluded and excluded.amount == 0
    check_messages(excluded)
