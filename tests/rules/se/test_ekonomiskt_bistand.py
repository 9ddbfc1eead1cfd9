"""Ekonomiskt bistånd / försörjningsstöd (SoL 2025:400 12 kap.) and the jobbpremie.

Official sources used for the expected values:
- Riksnorm 2026 totals: single person 5 220 kr, sambor 8 510 kr a month
  https://www.regeringen.se/artiklar/2025/11/riksnorm-for-2026-faststalld/
- Riksnorm 2024 table: socialtjänstförordningen (2001:937) 2 kap. 1 § (Förordning 2023:630)
  https://rkrattsbaser.gov.se/sfst?bet=2001:937 : single 3 800, sambor 6 850, common costs 1-7 persons
  1 230 / 1 360 / 1 720 / 1 950 / 2 240 / 2 540 / 2 730; more than 7 persons: + (7 - 6 persons) each.
- Jobbstimulans: SoL (2025:400) 12 kap. 8 § (25 % of income from employment not counted after 6 months
  in a row with försörjningsstöd, for two years).
- Jobbpremie: https://www.regeringen.se/pressmeddelanden/2026/01/jobbpremie-for-okad-drivkraft-till-arbete/
Every other expected value is a hand calculation shown next to it, with the 2026 item values of
rules/se/params/ekonomiskt_bistand.toml (derived, unverified items; their sums give the official totals).
"""

from datetime import date
from decimal import Decimal

import pytest
from benefits_calc.rules.se import ekonomiskt_bistand as eb
from benefits_calc.rules.se.case import Child, EkonomisktBistandDecision, Housing
from ruletools import step

from benefits_calc.messages import placeholders
from benefits_calc.parameters import parameters

D = Decimal
P2024 = parameters("se", date(2024, 6, 1))
P2026 = parameters("se", date(2026, 6, 1))


def decision(**kw) -> EkonomisktBistandDecision:
    kw.setdefault("amount_month", D(0))
    return EkonomisktBistandDecision(**kw)


def housing(rent, electricity=0, limit=None) -> Housing:
    return Housing(
        housing_cost_month=D(rent),
        household_electricity_month=D(electricity),
        reasonable_housing_cost_month=None if limit is None else D(limit),
    )


def run(
    dec=None, *, adults=(35,), children=(), rent=0, electricity=0, limit=None, earnings=0, other=0, p=P2026
):
    return eb.calculate(
        dec or decision(),
        adult_ages=list(adults),
        children=list(children),
        housing=housing(rent, electricity, limit),
        net_earnings_month=D(earnings),
        other_net_income_month=D(other),
        p=p,
    )


def msgs(items):
    return [i.msg for i in items]


# --- Riksnorm -------------------------------------------------------------------------------------


def test_official_2026_totals_come_out_of_the_item_sums():
    # Single: personal 3 940 + common (1 person) 1 280 = 5 220 (official total).
    single = eb.riksnorm(1, [], p=P2026)
    assert (single.personal_adults, single.common, single.total) == (D(3940), D(1280), D(5220))
    # Sambor: personal (both) 7 100 + common (2 persons) 1 410 = 8 510 (official total).
    couple = eb.riksnorm(2, [], p=P2026)
    assert (couple.personal_adults, couple.common, couple.total) == (D(7100), D(1410), D(8510))


def test_2024_riksnorm_from_the_official_table():
    # 3 800 + 1 230 = 5 030; 6 850 + 1 360 = 8 210 (SFS 2023:630, verified items).
    assert eb.riksnorm(1, [], p=P2024).total == D(5030)
    assert eb.riksnorm(2, [], p=P2024).total == D(8210)
    for name in ("eb_riksnorm_adult_single", "eb_riksnorm_adults_couple", "eb_riksnorm_common"):
        assert P2024[name].verified
        assert not P2026[name].verified  # 2026 items are derived: only the totals are official


@pytest.mark.parametrize(
    ("age", "band"),
    [(0, "0"), (1, "1-2"), (2, "1-2"), (3, "3"), (4, "4-6"), (6, "4-6"), (7, "7-10"), (10, "7-10"),
     (11, "11-14"), (14, "11-14"), (15, "15-18"), (18, "15-18"), (19, "19-20"), (20, "19-20")],
)  # fmt: skip
def test_age_bands(age, band):
    assert eb.age_band(age, P2026) == band  # the bands are the keys of the data (bands = "age")


def test_lunch_rule_for_small_children():
    # Default: under 1 at home (with lunch 2 740), 1-6 at förskola ("ej lunch": 2 yrs 2 800, 5 yrs 2 710);
    # 8 yrs always the single table 3 820.
    r = eb.riksnorm(1, [Child(age=0), Child(age=2), Child(age=5), Child(age=8)], p=P2026)
    assert r.personal_children == [D(2740), D(2800), D(2710), D(3820)]
    assert msgs(r.notices) == ["se.eb.assume.lunch"]
    # Lunch at home every day: 2 740, 1-2 yrs 3 050, 4-6 yrs 3 050, 3 820.
    r = eb.riksnorm(
        1,
        [Child(age=0), Child(age=2), Child(age=5), Child(age=8)],
        p=P2026,
        small_children_lunch_at_home=True,
    )
    assert r.personal_children == [D(2740), D(3050), D(3050), D(3820)]
    assert r.notices == []
    # No lunch at home, also for the baby: 2024 official "ej lunch" under 1 year = 2 470.
    r = eb.riksnorm(1, [Child(age=0)], p=P2024, small_children_lunch_at_home=False)
    assert r.personal_children == [D(2470)]


def test_alternating_child_counts_half_its_personal_costs():
    # 9 years: 3 820 / 2 = 1 910; still a household member: 2 persons -> common 1 410.
    r = eb.riksnorm(1, [Child(age=9, alternating_residence=True)], p=P2026)
    assert r.personal_children == [D(1910)]
    assert r.common == D(1410)
    assert r.total == D(3940 + 1910 + 1410)  # = 7 260
    assert "se.eb.assume.alternating" in msgs(r.notices)


def test_large_household_more_than_seven_members_2024_official():
    # 2 adults + 7 children = 9 members. Common: 2 730 + (2 730 - 2 540) x (9 - 7) = 2 730 + 380 = 3 110.
    assert eb.common_costs(8, P2024) == D(2920)  # 2 730 + 190
    assert eb.common_costs(9, P2024) == D(3110)


def test_large_household_2026():
    # Sambor 7 100. Children (default lunch rule): 0 yrs 2 740, 2 yrs 2 800 (ej lunch), 3 yrs 2 500
    # (ej lunch), 5 yrs 2 710 (ej lunch), 8 yrs 3 820, 12 yrs 4 380, 16 yrs 4 950 -> 23 900.
    # 9 members: 2 830 + (2 830 - 2 640) x 2 = 3 210. Riksnorm 7 100 + 23 900 + 3 210 = 34 210.
    children = [Child(age=a) for a in (0, 2, 3, 5, 8, 12, 16)]
    r = run(adults=(40, 38), children=children, rent=11000, electricity=900)
    common = step(r, "se.eb.norm.common_large")
    assert common == {
        "members_count": 9,
        "common_7": D(2830),
        "extra_per_person": D(190),
        "extra_count": 2,
        "amount": D(3210),
    }
    assert step(r, "se.eb.norm.total")["riksnorm"] == D(34210)
    # Need 34 210 + 11 000 + 900 = 46 110; no income -> 46 110.
    assert step(r, "se.eb.need")["need"] == D(46110)
    assert r.amount == D(46110)
    assert "se.eb.scope.child_income" in msgs(r.notices)  # a child of 13 or more


def test_riksnorm_needs_one_or_two_adults():
    with pytest.raises(ValueError):
        run(adults=(30, 31, 52))


# --- Whole calculation by family type -----------------------------------------------------------------


def test_single_adult_no_work():
    # Riksnorm 5 220 + rent 6 500 + electricity 300 + other costs 400 = 12 420 need.
    # Income: sjukersättning etc. after tax 11 000 -> 12 420 - 11 000 = 1 420 a month.
    r = run(decision(other_costs_month=D(400), amount_month=D(1420)), rent=6500, electricity=300, other=11000)
    assert step(r, "se.eb.need") == {
        "riksnorm": D(5220),
        "housing_cost": D(6500),
        "electricity": D(300),
        "other_costs": D(400),
        "need": D(12420),
    }
    assert step(r, "se.eb.income.total")["counted_income"] == D(11000)
    assert r.amount == D(1420)
    assert r.reported == D(1420)
    assert r.benefit == "se.ekonomiskt_bistand" and r.authority == "se.socialtjanst" and not r.taxable
    # No municipal limit given: the actual rent is taken as reasonable, and the notice says so.
    assert "se.eb.assume.housing_actual" in msgs(r.notices)
    assert "se.eb.warn.month_by_month" in msgs(r.notices)
    assert "se.eb.assume.no_assets" in msgs(r.notices)


def test_couple_no_children():
    # Riksnorm 8 510 + rent 7 000 (limit 7 200: within) + electricity 400 = 15 910.
    # Income 9 000 -> 6 910.
    r = run(adults=(45, 47), rent=7000, electricity=400, limit=7200, other=9000)
    assert step(r, "se.eb.cost.housing_within_limit") == {"housing_cost": D(7000), "limit": D(7200)}
    assert r.amount == D(6910)


def test_couple_with_two_children_rent_above_the_limit_and_work():
    # Sambor 7 100; child 4 yrs at förskola (ej lunch) 2 710; child 9 yrs 3 820; common (4) 2 020.
    # Riksnorm = 7 100 + 2 710 + 3 820 + 2 020 = 15 650.
    # Rent 8 000, limit 7 500 -> 7 500 counted; electricity 500. Need = 15 650 + 7 500 + 500 = 23 650.
    # Pay after tax 12 000, 3 months in a row only (no jobbstimulans); other income 6 000
    # (barnbidrag 2 650, bostadsbidrag ...). Counted 18 000. Försörjningsstöd 23 650 - 18 000 = 5 650.
    r = run(
        decision(consecutive_months=3),
        adults=(34, 36),
        children=[Child(age=4), Child(age=9)],
        rent=8000,
        electricity=500,
        limit=7500,
        earnings=12000,
        other=6000,
    )
    assert step(r, "se.eb.norm.total")["riksnorm"] == D(15650)
    assert step(r, "se.eb.cost.housing_capped") == {
        "actual_cost": D(8000),
        "limit": D(7500),
        "housing_cost": D(7500),
    }
    warn = next(n for n in r.notices if n.msg == "se.eb.warn.housing_above_limit")
    assert warn.values == {"excess": D(500)} and warn.severity == "warning"
    assert step(r, "se.eb.need")["need"] == D(23650)
    assert step(r, "se.eb.income.total") == {
        "net_earnings": D(12000),
        "disregard": D(0),
        "other_net_income": D(6000),
        "counted_income": D(18000),
    }
    assert r.amount == D(5650)
    assert "se.eb.warn.first_salary" in msgs(r.notices)
    not_yet = next(n for n in r.notices if n.msg == "se.eb.jobbstimulans.not_yet")
    assert not_yet.values["months_to_go_months"] == 3


def test_couple_with_two_children_lunch_at_home():
    # As above but the 4-year-old eats lunch at home: 3 050 instead of 2 710 (+340).
    r = run(
        decision(small_children_lunch_at_home=True),
        adults=(34, 36),
        children=[Child(age=4), Child(age=9)],
    )
    assert step(r, "se.eb.norm.total")["riksnorm"] == D(15990)
    assert "se.eb.assume.lunch" not in msgs(r.notices)


# --- Jobbstimulans (SoL 2025:400 12 kap. 8 §) -----------------------------------------------------------
# Single adult, rent 6 000: need = 5 220 + 6 000 = 11 220. Pay after tax 8 000.


def test_jobbstimulans_before_six_months_counts_all_pay():
    # 5 months in a row: all 8 000 counts; 11 220 - 8 000 = 3 220.
    r = run(decision(consecutive_months=5), rent=6000, earnings=8000)
    assert step(r, "se.eb.income.total")["disregard"] == 0
    assert r.amount == D(3220)
    n = next(n for n in r.notices if n.msg == "se.eb.jobbstimulans.not_yet")
    assert n.values == {"qualifying_months": 6, "disregard_share": D("0.25"), "months_to_go_months": 1}


def test_jobbstimulans_after_six_months():
    # 6 months in a row: 25 % of 8 000 = 2 000 not counted; counted 6 000; 11 220 - 6 000 = 5 220.
    r = run(decision(consecutive_months=6), rent=6000, earnings=8000)
    js = step(r, "se.eb.jobbstimulans")
    assert js == {
        "disregard_share": D("0.25"),
        "net_earnings": D(8000),
        "disregard": D("2000.00"),
        "months_left_months": 24,
    }
    assert step(r, "se.eb.income.total")["counted_income"] == D(6000)
    assert r.amount == D(5220)


def test_jobbstimulans_within_the_two_years_even_after_a_break():
    # 10 of 24 months used; months in a row back at 2 (the period runs on): still applies, 14 left.
    r = run(decision(consecutive_months=2, jobbstimulans_months_used=10), rent=6000, earnings=8000)
    assert step(r, "se.eb.jobbstimulans")["months_left_months"] == 14
    assert r.amount == D(5220)


def test_jobbstimulans_after_24_months_counts_all_pay_again():
    # 24 months used: 8 000 counts in full -> 3 220, and the notice explains the 6 new months.
    r = run(decision(consecutive_months=40, jobbstimulans_months_used=24), rent=6000, earnings=8000)
    assert r.amount == D(3220)
    assert "se.eb.jobbstimulans.ended" in msgs(r.notices)
    assert all(s.msg != "se.eb.jobbstimulans" for s in r.steps)


def test_jobbstimulans_ready_without_work():
    r = run(decision(consecutive_months=8), rent=6000)
    assert r.amount == D(11220)
    assert "se.eb.jobbstimulans.ready" in msgs(r.notices)


def test_jobbstimulans_with_ore():
    # 25 % of 8 123.45 = 2 030.8625 -> 2 030.86; counted 6 092.59; 11 220 - 6 092.59 = 5 127.41.
    r = run(decision(consecutive_months=6), rent=6000, earnings=D("8123.45"))
    assert step(r, "se.eb.jobbstimulans")["disregard"] == D("2030.86")
    assert r.amount == D("5127.41")


# --- Income above the need --------------------------------------------------------------------------


def test_income_above_the_need_gives_nothing_and_a_warning():
    # Need 11 220; pay after tax 14 000, no jobbstimulans: counted 14 000 -> 0; surplus 2 780.
    r = run(rent=6000, earnings=14000)
    assert r.amount == 0
    assert step(r, "se.eb.result_none") == {
        "need": D(11220),
        "counted_income": D(14000),
        "surplus": D(2780),
    }
    stop = next(n for n in r.notices if n.msg == "se.eb.warn.stops")
    assert stop.values == {"surplus": D(2780)} and stop.severity == "warning"


def test_income_above_the_need_but_jobbstimulans_keeps_a_top_up():
    # Same, with jobbstimulans: 14 000 - 3 500 = 10 500 counted; 11 220 - 10 500 = 720.
    r = run(decision(consecutive_months=12), rent=6000, earnings=14000)
    assert r.amount == D(720)


def test_exactly_at_the_need():
    # 11 220 counted = need: nothing to pay.
    r = run(rent=6000, other=11220)
    assert r.amount == 0
    assert step(r, "se.eb.result_none")["surplus"] == 0


# --- Jobbpremie -------------------------------------------------------------------------------------


def premie(on=date(2026, 6, 1), gross=20000, eb_amount=0, **kw):
    dec = decision(**{"forsorjningsstod_every_month_jul_dec_2025": True, **kw})
    return eb.jobbpremie(
        dec, gross_earnings_month=D(gross), ekonomiskt_bistand_month=D(eb_amount), p=parameters("se", on)
    )


def test_jobbpremie_amounts():
    # 15 % of 20 000 = 3 000 (rate unverified); 15 % of 30 000 = 4 500 -> capped at 3 750 (official max).
    r = premie(gross=20000)
    assert r.amount == D(3000)
    assert r.benefit == "se.jobbpremie" and r.authority == "se.forsakringskassan" and not r.taxable
    assert step(r, "se.jobbpremie.paid") == {"amount": D(3000), "months_left_months": 18}
    assert "se.jobbpremie.notice.rate_unverified" in msgs(r.notices)
    assert premie(gross=30000).amount == D(3750)
    assert premie(gross=25000).amount == D(3750)
    # 15 % of 10 000.10 = 1 500.015 -> 1 500 (whole kronor).
    assert premie(gross=D("10000.10")).amount == D(1500)


def test_jobbpremie_only_in_the_scheme_period():
    assert premie(on=date(2026, 2, 28)).amount == 0  # starts 2026-03-01
    assert premie(on=date(2026, 3, 1)).amount == D(3000)
    assert premie(on=date(2028, 2, 29)).amount == D(3000)
    r = premie(on=date(2028, 3, 1))  # two years from 2026-03-01
    assert r.amount == 0 and msgs(r.steps) == ["se.jobbpremie.not_in_force"]


def test_jobbpremie_conditions():
    # No pay in the month.
    assert premie(gross=0).amount == 0
    # No försörjningsstöd every month July-December 2025.
    r = premie(forsorjningsstod_every_month_jul_dec_2025=False)
    assert r.amount == 0 and "se.jobbpremie.not_eligible" in msgs(r.steps)
    # 18 months already paid.
    r = premie(jobbpremie_months_used=18)
    assert r.amount == 0 and "se.jobbpremie.used_up" in msgs(r.steps)
    assert premie(jobbpremie_months_used=17).amount == D(3000)
    # Försörjningsstöd in the month: no premium, and a warning that the premium would be larger.
    r = premie(eb_amount=720)
    assert r.amount == 0
    assert step(r, "se.jobbpremie.blocked_by_eb") == {"eb_amount": D(720)}
    choose = next(n for n in r.notices if n.msg == "se.jobbpremie.notice.choose")
    assert choose.values == {"potential": D(3000), "eb_amount": D(720)}
    # History not known: nothing paid, the possible premium is shown as a notice.
    r = premie(forsorjningsstod_every_month_jul_dec_2025=None)
    assert r.amount == 0
    unknown = next(n for n in r.notices if n.msg == "se.jobbpremie.notice.unknown_history")
    assert unknown.values == {"potential": D(3000)}


# --- Messages and duties ----------------------------------------------------------------------------


def test_every_message_id_has_a_template_with_matching_placeholders():
    results = [
        run(decision(consecutive_months=6), rent=6000, earnings=8000, limit=5000),
        run(decision(jobbstimulans_months_used=24), rent=6000, earnings=14000, limit=7000),
        run(decision(consecutive_months=9), children=[Child(age=a) for a in range(0, 21, 3)], rent=9000),
        run(
            adults=(30, 31),
            children=[Child(age=19), Child(age=5, alternating_residence=True)],
            electricity=300,
        ),
        run(decision(consecutive_months=1, other_costs_month=D(200)), rent=5000, earnings=3000),
        premie(),
        premie(on=date(2026, 1, 1)),
        premie(gross=0),
        premie(eb_amount=100),
        premie(forsorjningsstod_every_month_jul_dec_2025=None),
        premie(forsorjningsstod_every_month_jul_dec_2025=False),
        premie(jobbpremie_months_used=18),
    ]
    for r in results:
        for item in [*r.steps, *r.notices]:
            assert item.msg in eb.MESSAGES, item.msg
            assert placeholders(eb.MESSAGES[item.msg]) == set(item.values), item.msg
            for key, value in item.values.items():
                if key.endswith("_id"):
                    assert value in eb.MESSAGES
    dec = decision(forsorjningsstod_every_month_jul_dec_2025=True)
    duties = eb.reporting_duties(dec) + eb.jobbpremie_reporting_duties(dec)
    assert len(duties) == 3
    for duty in duties:
        for mid in (duty.what, duty.when, duty.how, duty.consequence):
            assert mid in eb.MESSAGES
    assert "33 kap. 1 §" in duties[0].reference and "2007:612" in duties[0].reference
    assert eb.jobbpremie_reporting_duties(decision()) == []


def test_riksnorm_shared_home_hushallsgemenskap():
    # Issue 7.7. Socialstyrelsen (Riksnormen för försörjningsstöd; its 2014 example: a single adult
    # sharing a home of 5 has 1 710 / 5 + 2 950 = 3 292 kr): an adult in hushållsgemenskap keeps the
    # personal costs of an ensamstående and bears an equal share of the common costs of everyone
    # sharing the home.
    # 2026, a single client sharing with one friend: personal 3 940; common costs for 2 persons
    # 1 410, shared by 2 -> 705; riksnorm 3 940 + 705 = 4 645 (alone: 3 940 + 1 280 = 5 220).
    r = eb.riksnorm(1, [], p=P2026, others_sharing_home=1)
    assert (r.personal_adults, r.common, r.total) == (D(3940), D(705), D(4645))
    assert step(r, "se.eb.norm.common_shared")["common_all"] == D(1410)
    # A single parent with a child of 8 sharing with her mother: common costs for 3 persons 1 780,
    # the household's share 2 of 3 = 1 186.67 -> 1 187.
    r = eb.riksnorm(1, [Child(age=8)], p=P2026, others_sharing_home=1)
    assert r.common == D(1187)
