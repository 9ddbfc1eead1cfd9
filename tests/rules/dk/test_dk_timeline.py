"""Denmark month by month (rules/dk/timeline.py): every event by hand.

Figures from rules/dk/params/*.toml (2026): førtidspension for a single person 265 392 kr a year
[fp_full_enlig_year], reduced by 30 % [fp_reduction_rate] of the own income above 94 300 kr
[fp_fradrag_enlig_year]; AM-bidrag 8 % [am_bidrag_rate]; the employee's ATP 66 kr a month at
108,33 hours a month [atp]; the midlertidigt tilpasningstillæg is paid 1.7.2025-30.6.2027
[kh_tilpasningstillaeg_period].
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from benefits_calc.examples import cases as example_cases

from benefits_calc import engine
from benefits_calc.models import WorkScenario
from benefits_calc.timeline import timeline

D = Decimal
FP = "dk.foertidspension"


def _events(tl, msg: str):
    return [e for e in tl.events if e.msg == msg]


def test_foertidspension_efterregulering_after_a_start_in_july() -> None:
    """25 hours at 140 kr (full time 37 h) from July 2026: 25 × 140 × 52 / 12 = 15 166,67 kr a month;
    ATP 66 kr; pay after ATP and AM-bidrag (15 166,67 - 66) × 0,92 = 13 892,62 kr.

    Paid each month from July on the year's income of 12 × 13 892,62 = 166 711,44:
      265 392 - 30 % × (166 711,44 - 94 300) = 265 392 - 21 723 = 243 669 a year -> 20 306 a month.
    The year 2026 (January-June not working): own income 6 × 13 892,62 = 83 355,72, below the
      fradrag: the pension for the year is the full 265 392; paid 6 × 22 116 + 6 × 20 306 = 254 532;
      10 860 kr is paid out after the årsopgørelse (letters from May 2027).
    2027, a whole year: 243 669 for the year, 12 × 20 306 = 243 672 paid: 3 kr of rounding only.
    """
    case = engine.parse_case(example_cases("dk")["fp_boligsikring_lille_job.json"])
    work = WorkScenario(hours_per_week=D(25), hourly_wage=D(140), full_time_hours_per_week=D(37))
    tl = timeline(case, work, start=date(2026, 7, 1))
    assert tl.before.benefit(FP).amount == D(22116)
    assert tl.months[0].amount(FP) == D(20306)
    settled = {e.values["year"]: e for e in _events(tl, "dk.tl.fp.settled")}
    y2026 = settled[2026]
    assert y2026.values["income_year"] == D("83355.72")
    assert y2026.values["final_year"] == D(265392) and y2026.values["paid_year"] == D(254532)
    assert y2026.amount == D(10860) and y2026.values["difference_text_id"] == "timeline.settle.paid_out"
    assert y2026.month == date(2027, 5, 1) and y2026.approximate and not y2026.verified
    assert y2026.action == "dk.tl.fp.report" and y2026.action_by == date(2026, 6, 30)
    y2027 = settled[2027]
    assert y2027.values["final_year"] == D(243669) and y2027.values["paid_year"] == D(243672)
    assert y2027.values["difference_text_id"] == "timeline.settle.rounding" and y2027.amount == D(3)


def test_kontanthjaelp_month_by_month_and_the_tilpasningstillaeg_ending() -> None:
    """Grundsats with a tilpasningstillæg of 2 000 kr on the afgørelse, 10 hours at 130 kr from
    January 2027. The tillæg is paid until 30 June 2027: from July 2027 kontanthjælp is exactly
    2 000 kr lower (the pay deduction does not change), and the afgørelse's amount with it."""
    raw = {
        "country": "dk",
        "rule_date": "2026-12-01",
        "person": {"age": 25, "civil_status": "enlig"},
        "housing": {"kind": "leje", "rent_month": "4000"},
        "kontanthjaelp": {
            "sats": "grundsats",
            "sats_month": "7529",
            "tilpasningstillaeg_month": "2000",
            "amount_month": "0",
        },
    }
    modelled = engine.Calculation(engine.parse_case(raw)).letters.modelled_today["dk.kontanthjaelp"]
    assert modelled == 7529 + 2000 + 1141  # sats + tilpasningstillæg + tillæg to a single on grundsats
    raw["kontanthjaelp"]["amount_month"] = str(modelled)  # the afgørelse says what the rules say
    case = engine.parse_case(raw)
    work = WorkScenario(hours_per_week=D(10), hourly_wage=D(130), full_time_hours_per_week=D(37))
    tl = timeline(case, work, start=date(2027, 1, 1))
    june, july = tl.month(date(2027, 6, 1)), tl.month(date(2027, 7, 1))
    assert july.amount("dk.kontanthjaelp") == june.amount("dk.kontanthjaelp") - 2000
    assert july.case.kontanthjaelp.amount_month == modelled - 2000
    ends = _events(tl, "dk.tl.kh.tilpasning_ends")
    assert len(ends) == 1 and ends[0].month == date(2027, 7, 1)
    assert ends[0].params == ("kh_tilpasningstillaeg_period",)
    first = _events(tl, "dk.tl.kh.first")[0]
    assert first.month == date(2027, 1, 1) and first.action == "dk.tl.kh.report"
    assert first.values["from_amount"] == modelled and first.amount == tl.months[0].amount("dk.kontanthjaelp")


def test_fleksloentilskud_each_month() -> None:
    case = engine.parse_case(example_cases("dk")["fleksjob_12_timer.json"])
    tl = timeline(case, start=date(2026, 3, 1))
    flex = _events(tl, "dk.tl.flex.monthly")[0]
    assert flex.amount == tl.months[0].amount("dk.fleksloentilskud") > 0
    assert all(m.amount("dk.fleksloentilskud") == flex.amount for m in tl.months if m.confirmed)


def test_boligstoette_efterregulering_is_the_year_on_the_years_income() -> None:
    """Boligsikring falls to 0 with the 25-hour job; 2026 has six months before work at 2 270 kr:
    paid 6 × 2 270 = 13 620. The year's boligsikring on the year's household income is more than
    that, so the difference is paid out after the årsopgørelse."""
    case = engine.parse_case(example_cases("dk")["fp_boligsikring_lille_job.json"])
    work = WorkScenario(hours_per_week=D(25), hourly_wage=D(140), full_time_hours_per_week=D(37))
    tl = timeline(case, work, start=date(2026, 7, 1))
    assert tl.months[0].amount("dk.boligsikring") == 0
    y2026 = next(e for e in _events(tl, "dk.tl.bs.settled") if e.values["year"] == 2026)
    assert y2026.values["paid_year"] == D(13620)
    assert y2026.amount == y2026.values["final_year"] - y2026.values["paid_year"] > 0


def test_fritidstillaeg_continues_three_months_after_kontanthjaelp_stops() -> None:
    """The couple's kontanthjælp (3 301 kr) stops with 20 hours of work, and the fritidstillæg
    (500 kr) with it in the calculation; the kommune pays it 3 more months
    [kh_fritidstillaeg_after_months]."""
    case = engine.parse_case(example_cases("dk")["par_partner_arbejder.json"])
    tl = timeline(case, start=date(2026, 3, 1))
    assert tl.before.benefit("dk.fritidstillaeg").amount == D(500)
    assert tl.months[0].amount("dk.kontanthjaelp") == 0
    ev = _events(tl, "dk.tl.kh.fritid_after")
    assert len(ev) == 1 and ev[0].values == {"amount": D(500), "after_months": 3}
    assert ev[0].action == "dk.tl.kh.fritid_ask"
