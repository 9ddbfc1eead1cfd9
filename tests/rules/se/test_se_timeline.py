"""Sweden month by month (rules/se/timeline.py): every event by hand.

Figures from rules/se/params/*.toml (2026): vilande at most 24 months, 25 % of the vilande part
paid for 24 months [se_vilande_max_months, se_vilande_paid_max_months, se_vilande_paid_rate];
jobbstimulans after 6 months in a row, for 24 months, 25 % [eb_jobbstimulans_*]; jobbpremie 15 % of
gross pay, at most 3 750 kr a month, 18 months, the scheme 2026-03-01 to 2028-02-29 [jobbpremie_*];
sjukpenning 0,97 × SGI × 80 % (75 % after 364 days) / 365 [sp_*]; bostadsbidrag for one child: 50 %
of the housing cost between 1 400 and 6 800, särskilt bidrag 1 500, minus 20 % of the BGI above
150 000 a year, a month rounded down to hundreds, a difference under 1 200 kr neither paid nor
reclaimed [bb_*].
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from benefits_calc.examples import cases as example_cases

from benefits_calc import engine
from benefits_calc.models import WorkScenario
from benefits_calc.timeline import timeline

D = Decimal


def _case(raw: dict) -> object:
    return engine.parse_case({"country": "se", "rule_date": "2026-01-01", **raw})


def _events(tl, msg: str):
    return [e for e in tl.events if e.msg == msg]


# --- vilande sjukersättning (SFB 36 kap. 10-18 §§) ------------------------------------------------


def test_vilande_months_and_the_month_the_25_percent_stops() -> None:
    """Hel sjukersättning 13 715 kr (garantinivå), 18 of the 24 vilande months used, 10 hours a week
    (25 % of 40 h): a quarter rests.

    vilande part = 13 715 / 1 × 1/4 = 3 428,75; kept = 25 % × 3 428,75 = 857,1875 (tax free);
    paid = 13 715 - 3 428,75 + 857,1875 = 11 143,4375 -> 11 143 kr a month.
    Months left: 24 - 18 = 6: July-December 2026 are vilande with the 25 %; from January 2027
    (the 7th month) the vilande time is over - the 25 % is no longer paid, Försäkringskassan
    reassesses and the amount is uncertain.
    """
    raw = dict(example_cases("se")["single_sjukersattning_garanti.json"])
    raw["sjukersattning"] = {**raw["sjukersattning"], "vilande_months_used": 18}
    case = engine.parse_case(raw)
    work = WorkScenario(hours_per_week=D(10), hourly_wage=D(150))
    tl = timeline(case, work, start=date(2026, 7, 1))

    vilande = tl.months[:6]
    assert [m.amount("se.sjukersattning") for m in vilande] == [D(11143)] * 6
    assert [m.outcome.benefit("se.sjukersattning").tax_free for m in vilande] == [D(857)] * 6
    assert [m.case.sjukersattning.vilande_months_used for m in vilande] == [18, 19, 20, 21, 22, 23]

    after = tl.month(date(2027, 1, 1))
    assert after is not None and after.number == 7
    assert after.outcome.benefit("se.sjukersattning").tax_free == 0  # the 25 % stops
    assert "se.sjukersattning" in after.uncertain  # Försäkringskassan reassesses
    # and stays over: every later month has the 24 months used, no 25 %, uncertain
    for m in tl.months[6:]:
        assert m.case.sjukersattning.vilande_months_used == 24
        assert m.outcome.benefit("se.sjukersattning").tax_free == 0 and "se.sjukersattning" in m.uncertain
    assert not [e for e in tl.events if e.kind == "change" and e.benefit == "se.sjukersattning"]

    start = _events(tl, "se.tl.vilande.start")[0]
    assert start.month == date(2026, 7, 1) and start.amount == D(11143)
    assert start.values["vilande_share"] == D("0.25")
    assert start.values["left_months"] == 6 and start.values["last_yearmonth"] == "2026-12-01"
    assert start.action == "se.tl.vilande.apply" and start.action_by == date(2026, 6, 30)
    ends = _events(tl, "se.tl.vilande.ends")[0]
    assert ends.month == date(2027, 1, 1) and ends.marks_uncertain
    assert ends.action_by == date(2026, 12, 31)


def test_vilande_from_the_start_lasts_24_months() -> None:
    """No months used: vilande from July 2026 to June 2028 (24 months); the end is the month after
    the table, July 2028."""
    case = engine.parse_case(example_cases("se")["single_sjukersattning_garanti.json"])
    tl = timeline(case, WorkScenario(hours_per_week=D(10), hourly_wage=D(150)), start=date(2026, 7, 1))
    assert all(m.amount("se.sjukersattning") == D(11143) for m in tl.months)
    ends = _events(tl, "se.tl.vilande.ends")[0]
    assert ends.month == date(2028, 7, 1) and ends.month > tl.end


# --- bostadsbidrag settled after the year (SFB 98 kap. 5-6 §§) ------------------------------------

# A single parent, one child of 5, rent 7 000 kr. Not working: 50 % × (6 800 - 1 400) = 2 700 +
# särskilt bidrag 1 500 = 4 200 kr a month (50 400 a year), the decision letter's amount.
# Working full time at 25 000 kr a month: BGI 300 000; 20 % × (300 000 - 150 000) = 30 000;
# 50 400 - 30 000 = 20 400 a year = 1 700 kr a month.
BB_FAMILY = {
    "person": {"age": 30},
    "children": [{"age": 5}],
    "housing": {"housing_cost_month": "7000"},
    "bostadsbidrag": {"amount_month": "4200"},
}
FULL_TIME = WorkScenario(percent_of_full_time=D(100), monthly_wage_full_time=D(25000))


def test_bostadsbidrag_repayment_after_a_year_of_work() -> None:
    tl = timeline(_case(BB_FAMILY), FULL_TIME, start=date(2026, 1, 1))
    assert tl.before.benefit("se.bostadsbidrag").amount == D(4200)
    assert all(m.amount("se.bostadsbidrag") == D(1700) for m in tl.months)
    final = next(e for e in _events(tl, "se.tl.bb.final") if e.values["year"] == 2026)
    # reported at once: 12 × 1 700 = 20 400 paid = the final 20 400: nothing to settle
    assert final.values["paid_year"] == D(20400) and final.values["final_year"] == D(20400)
    assert final.values["bgi_year"] == D(300000)
    assert final.amount == 0
    # not reported: 12 × 4 200 = 50 400 paid; 50 400 - 20 400 = 30 000 to pay back
    assert final.action_values["unreported_paid_year"] == D(50400)
    assert final.action_values["unreported_difference"] == D(30000)
    assert final.action == "se.tl.bb.report" and final.action_by == date(2025, 12, 31)
    assert final.severity == "warning"
    # claimed after Skatteverket's final tax for 2026 (by December 2027), up to two years later
    assert final.month == date(2027, 12, 1) and final.approximate
    assert final.law == "SFB 98 kap. 5-6 §§"


def test_bostadsbidrag_paid_out_after_a_start_in_july() -> None:
    """Work from July 2026: the year's BGI is 6 × 25 000 = 150 000, not above the limit, so the final
    bidrag is the full 50 400; paid 6 × 4 200 + 6 × 1 700 = 35 400; 15 000 is paid out."""
    tl = timeline(_case(BB_FAMILY), FULL_TIME, start=date(2026, 7, 1))
    final = next(e for e in _events(tl, "se.tl.bb.final") if e.values["year"] == 2026)
    assert final.values["bgi_year"] == D(150000)
    assert final.values["final_year"] == D(50400) and final.values["paid_year"] == D(35400)
    assert final.amount == D(15000) and final.values["difference_text_id"] == "timeline.settle.paid_out"
    # not reported: 50 400 paid = final: nothing reclaimed
    assert final.action_values["unreported_difference"] == 0
    # 2027, a whole year of work: 12 × 1 700 = the final 20 400
    y2027 = next(e for e in _events(tl, "se.tl.bb.final") if e.values["year"] == 2027)
    assert y2027.values["final_year"] == D(20400) and y2027.amount == 0


# --- ekonomiskt bistånd: jobbstimulans and jobbpremie ------------------------------------------------

EB_SINGLE = {
    "person": {"age": 35},
    "housing": {"housing_cost_month": "6000"},
    "ekonomiskt_bistand": {"amount_month": "6000", "consecutive_months": 4},
}


EB_JOBBPREMIE = {**EB_SINGLE["ekonomiskt_bistand"], "forsorjningsstod_every_month_jul_dec_2025": True}


def test_first_jobbstimulans_month() -> None:
    """4 months in a row with försörjningsstöd before the start; the pay (10 h at 150 kr = 6 500 kr)
    leaves försörjningsstöd in July and August, so the row reaches 6 and jobbstimulans starts in
    the third month, September 2026: 25 % of the pay after tax is then not counted, and
    försörjningsstöd rises by exactly that (the pay after tax is the pay minus the month's tax,
    which all comes from the pay)."""
    case = _case(EB_SINGLE)
    work = WorkScenario(hours_per_week=D(10), hourly_wage=D(150))
    tl = timeline(case, work, start=date(2026, 7, 1))
    jul, aug, sep = tl.months[:3]
    assert [m.case.ekonomiskt_bistand.consecutive_months for m in (jul, aug, sep)] == [4, 5, 6]
    assert jul.amount("se.ekonomiskt_bistand") > 0 and aug.amount("se.ekonomiskt_bistand") > 0
    net_pay = D("6500.00") - sep.outcome.tax.amount
    disregard = (net_pay * D("0.25")).quantize(D("0.01"))
    assert sep.amount("se.ekonomiskt_bistand") == aug.amount("se.ekonomiskt_bistand") + disregard
    starts = _events(tl, "se.tl.js.starts")
    assert len(starts) == 1 and starts[0].month == date(2026, 9, 1)
    # two years: September 2026 - August 2028, the last month after the table
    assert starts[0].values["last_yearmonth"] == "2028-08-01"
    ends = _events(tl, "se.tl.js.ends")
    assert ends and ends[0].month == date(2028, 9, 1)


def test_jobbpremie_for_18_months() -> None:
    """Försörjningsstöd every month July-December 2025; full time at 26 000 kr leaves no
    försörjningsstöd, so FK pays jobbpremie: 15 % × 26 000 = 3 900, at most 3 750 kr a month, for
    18 months: March 2026 - August 2027; none from September 2027."""
    raw = {**EB_SINGLE}
    raw["ekonomiskt_bistand"] = {
        **EB_SINGLE["ekonomiskt_bistand"],
        "forsorjningsstod_every_month_jul_dec_2025": True,
    }
    work = WorkScenario(percent_of_full_time=D(100), hourly_wage=D(150))
    tl = timeline(_case(raw), work, start=date(2026, 3, 1))
    paid = [m.amount("se.jobbpremie") or 0 for m in tl.months]
    assert paid[:18] == [D(3750)] * 18 and paid[18:] == [0] * 6
    assert all(m.amount("se.ekonomiskt_bistand") == 0 for m in tl.months)
    first = _events(tl, "se.tl.jp.first")
    assert len(first) == 1 and first[0].month == date(2026, 3, 1) and first[0].amount == D(3750)
    used = _events(tl, "se.tl.jp.used_up")
    assert len(used) == 1 and used[0].month == date(2027, 9, 1)


def test_jobbpremie_ends_with_the_scheme() -> None:
    """Starting in March 2027 the 18 months would run to August 2028, but the scheme's last day is
    29 February 2028: the last jobbpremie is for February 2028."""
    raw = {**EB_SINGLE}
    raw["ekonomiskt_bistand"] = {
        **EB_SINGLE["ekonomiskt_bistand"],
        "forsorjningsstod_every_month_jul_dec_2025": True,
    }
    work = WorkScenario(percent_of_full_time=D(100), hourly_wage=D(150))
    tl = timeline(_case(raw), work, start=date(2027, 3, 1))
    assert tl.month(date(2028, 2, 1)).amount("se.jobbpremie") == D(3750)
    assert not tl.month(date(2028, 3, 1)).amount("se.jobbpremie")
    end = _events(tl, "se.tl.jp.scheme_ends")
    assert len(end) == 1 and end[0].month == date(2028, 3, 1) and end[0].values["last_date"] == "2028-02-29"


# --- sjukpenning: the rehabilitation chain (SFB 27 kap.) ------------------------------------------


def test_sjukpenning_day_181_and_day_365() -> None:
    """Half sjukpenning, SGI 360 000, 120 days in the chain on the first day of work, 1 February 2026
    (the case's rule date is later, so no days are added), working the other half.

    Day 181 falls 181 - 120 - 1 = 60 days after the start: 2 April 2026.
    Day 365 falls 365 - 120 - 1 = 244 days after the start: 3 October 2026; that month is shown at
    the fortsättningsnivå:
      80 %: 360 000 × 0,97 × 0,80 / 365 = 765,37 -> 765 a day; half: 382,50 × 365/12 = 11 634 kr;
      75 %: 360 000 × 0,97 × 0,75 / 365 = 717,53 -> 718 a day; half: 359 × 365/12 = 10 920 kr.
    """
    case = engine.parse_case(example_cases("se")["sjukpenning_half.json"])
    work = WorkScenario(percent_of_full_time=D(50), monthly_wage_full_time=D(30000))
    tl = timeline(case, work, start=date(2026, 2, 1))
    d181 = _events(tl, "se.tl.sp.day181")[0]
    assert d181.values["on_date"] == "2026-04-02" and d181.month == date(2026, 4, 1)
    assert d181.action_by == date(2026, 4, 1) and d181.law == "SFB 27 kap. 46-49 §§"
    d365 = _events(tl, "se.tl.sp.day365")[0]
    assert d365.values["on_date"] == "2026-10-03" and d365.month == date(2026, 10, 1)
    assert tl.month(date(2026, 9, 1)).amount("se.sjukpenning") == D(11634)
    assert tl.month(date(2026, 10, 1)).amount("se.sjukpenning") == D(10920)
    assert d365.amount == D(10920) and d365.values["from_amount"] == D(11634)


def test_sjukpenning_days_go_on_until_the_start() -> None:
    """The case has 120 days on its rule date, 1 June 2026; work starts 1 August 2026, 61 days later:
    181 days on the first day, so day 181 is already past and day 365 comes 365 - 181 - 1 = 183 days
    after the start: 31 January 2027."""
    case = engine.parse_case(example_cases("se")["sjukpenning_half.json"])
    work = WorkScenario(percent_of_full_time=D(50), monthly_wage_full_time=D(30000))
    tl = timeline(case, work, start=date(2026, 8, 1))
    assert not _events(tl, "se.tl.sp.day181")
    assert _events(tl, "se.tl.sp.day365")[0].values["on_date"] == "2027-01-31"


# --- tax: restskatt or refund in the year after ----------------------------------------------------

TAX_EVENTS = ("se.tl.skatt.restskatt", "se.tl.skatt.refund")


def _tax_event(tl, year: int):
    return next(e for e in tl.events if e.msg in TAX_EVENTS and e.values["year"] == year)


def test_tax_after_a_whole_year_equals_the_scenarios_own_estimate() -> None:
    """Half time at 150 kr an hour (13 000 kr) beside a quarter-vilande sjukersättning: two payers.
    A whole year of work: the final tax and the tax withheld month by month are the scenario's, so
    the difference is the one the scenario's own notice shows (the employer, the larger payer,
    deducts by the table, Försäkringskassan 30 %): tax back, in 2027."""
    case = engine.parse_case(example_cases("se")["single_sjukersattning_garanti.json"])
    work = WorkScenario(percent_of_full_time=D(50), hourly_wage=D(150))
    tl = timeline(case, work, start=date(2026, 1, 1))
    notice = next(n for n in tl.months[0].outcome.tax.notices if n.msg == "se.skatt.info.overskjutande")
    event = _tax_event(tl, 2026)
    assert event.msg == "se.tl.skatt.refund"
    assert event.amount == notice.values["difference"]
    assert event.values["withheld"] == notice.values["withheld"]
    assert event.values["final_tax"] == notice.values["total"]
    assert event.month == date(2027, 4, 1) and event.approximate


def test_restskatt_is_due_in_november_of_the_year_after() -> None:
    """Aktivitetsersättning, full-time work from March 2026 with the whole compensation vilande (its
    25 % tax free). January-February only Försäkringskassan pays, March-December only the employer:
    each deducts by the table as if its income were the whole year's, so the grundavdrag and the
    reductions are counted on two small incomes instead of one year: restskatt. (A whole year of the
    same work has one payer and no difference.) Due, for most people, on 12 November 2027."""
    case = engine.parse_case(example_cases("se")["aktivitetsersattning_vilande.json"])
    assert not [e for e in timeline(case, start=date(2026, 1, 1)).events if e.msg in TAX_EVENTS]
    tl = timeline(case, start=date(2026, 3, 1))
    event = _tax_event(tl, 2026)
    assert event.msg == "se.tl.skatt.restskatt" and event.severity == "warning"
    assert event.amount == event.values["final_tax"] - event.values["withheld"] > 0
    assert event.month == date(2027, 11, 1) and event.action == "se.tl.skatt.jamkning"


def test_a_year_with_one_payer_before_the_start_settles_less() -> None:
    """Starting in July: January-June only Försäkringskassan pays and deducts by the table (exactly
    the final tax on that income), so only half a year of a second payer is left to settle."""
    case = engine.parse_case(example_cases("se")["single_sjukersattning_garanti.json"])
    work = WorkScenario(percent_of_full_time=D(50), hourly_wage=D(150))
    whole = _tax_event(timeline(case, work, start=date(2026, 1, 1)), 2026).amount
    half = _tax_event(timeline(case, work, start=date(2026, 7, 1)), 2026).amount
    assert 0 < half < whole


def test_steglos_avrakning_settled_after_the_year() -> None:
    """Sjukersättning granted before July 2008 (14 500 kr, hel), half time at 150 kr (13 000 kr)
    from July 2026; fribelopp 1 × prisbasbelopp 59 200.
    Paid each working month: 0,5 × (156 000 - 59 200) = 48 400 off 174 000 = 125 600 -> 10 467 kr.
    2026 settled on the year's 6 × 13 000 = 78 000: 0,5 × (78 000 - 59 200) = 9 400 off 174 000 =
    164 600 a year = 13 716,67 -> 13 717 kr a month, 164 604 as paid; paid 6 × 14 500 + 6 × 10 467
    = 149 802; 14 802 kr is paid out (over the 1 200 kr limit)."""
    case = engine.parse_case(example_cases("se")["sjukersattning_pre2008_steglos.json"])
    tl = timeline(case, case.scenarios[1], start=date(2026, 7, 1))
    assert tl.months[0].amount("se.sjukersattning") == D(10467)
    settled = next(e for e in _events(tl, "se.tl.steglos.settled") if e.values["year"] == 2026)
    assert settled.values["income_year"] == D(78000)
    assert settled.values["final_year"] == D(164604) and settled.values["paid_year"] == D(149802)
    assert settled.amount == D(14802) and settled.values["difference_text_id"] == "timeline.settle.paid_out"
    apply = [e for e in _events(tl, "se.tl.steglos.apply")]
    assert [e.month for e in apply] == [date(2026, 7, 1), date(2027, 1, 1), date(2028, 1, 1)]
    assert apply[1].action_by == date(2026, 12, 31)


def test_bostadstillagg_on_the_years_income() -> None:
    """Aktivitetsersättning vilande with full-time work: bostadstillägg 4 940 -> 4 771 kr from the
    first month, on the expected income for a year; told to Försäkringskassan before the start."""
    case = engine.parse_case(example_cases("se")["aktivitetsersattning_vilande.json"])
    tl = timeline(case, start=date(2026, 7, 1))
    ev = _events(tl, "se.tl.btp.year_income")[0]
    assert ev.values == {"from_amount": D(4940), "to_amount": tl.months[0].amount("se.bostadstillagg")}
    assert ev.action == "se.tl.btp.report" and ev.action_by == date(2026, 6, 30)
