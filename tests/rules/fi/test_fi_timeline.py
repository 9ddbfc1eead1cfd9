"""Finland month by month (rules/fi/timeline.py): every event by hand.

Figures from rules/fi/params/*.toml (2026): the earnings limit of Kela's disability pension is the
full takuueläke, 990,90 € a month [fi_te_full]; a resting pension rests at least 3 and at most 24
months [fi_lepaaminen_months]; yleinen asumistuki is reviewed when the income rises by 400 € a
month or more [fi_yat_review]; yleistuki from 1.5.2026 [fi_yleistuki_in_force].
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from benefits_calc.examples import cases as example_cases

from benefits_calc import engine
from benefits_calc.timeline import timeline

D = Decimal


def _events(tl, msg: str):
    return [e for e in tl.events if e.msg == msg]


def test_kela_pension_rests_at_least_three_months() -> None:
    """20 hours at 13 € = 20 × 13 × 52 / 12 = 1 126,67 € a month, above 990,90: the kansaneläke
    (787,07) and the takuueläke (203,83) rest from the first month, March 2026. The shortest rest is
    3 months (March, April, May): from June 2026 they can be paid again if the earnings fall back to
    990,90 or less; after 24 months, March 2028, they end if the work goes on."""
    case = engine.parse_case(example_cases("fi")["kela_elake_takuuelake_eat.json"])
    tl = timeline(case, start=date(2026, 3, 1))
    assert tl.scenario.earnings_month == D("1126.67")
    for bid, before in (("fi.kansanelake", D("787.07")), ("fi.takuuelake", D("203.83"))):
        assert tl.before.benefit(bid).amount == before
        assert all(m.amount(bid) == 0 for m in tl.months)
        starts = next(e for e in _events(tl, "fi.tl.rest.starts") if e.benefit == bid)
        assert starts.month == date(2026, 3, 1) and starts.values["limit_month"] == D("990.90")
        assert starts.action == "fi.tl.rest.ask" and starts.action_by == date(2026, 2, 28)
        back = next(e for e in _events(tl, "fi.tl.rest.earliest_back") if e.benefit == bid)
        assert back.month == date(2026, 6, 1) and back.values["min_months"] == 3
        ends = next(e for e in _events(tl, "fi.tl.rest.ends") if e.benefit == bid)
        assert ends.month == date(2028, 3, 1) and ends.severity == "danger"
        assert ends.params == ("fi_lepaaminen_months", "fi_te_full")


def test_asumistuki_reviewed_from_the_month_after_the_pay_starts() -> None:
    """30 hours at 12 € = 1 560 € + työmarkkinatuki 20 € = 1 580 € gross a month; accepted costs 447 €.
    Perusomavastuu = 50 % × (1 580 - (667 + 94)) = 409,50; allowance = 70 % × (447 - 409,50) =
    26,25 €. Not working (työmarkkinatuki 800,02): 50 % × (800 - 761) = 19,50; 70 % × (447 - 19,50)
    = 299,25 €, the decision's amount. The rise is over 400 €, so Kela reviews from the start of the
    next month: January 2026 is still paid 299,25, February on 26,25."""
    case = engine.parse_case(example_cases("fi")["yleistuki_asumistuki_toimeentulotuki.json"])
    tl = timeline(case, start=date(2026, 1, 1))
    jan, feb = tl.months[:2]
    assert jan.held == {"fi.yleinen_asumistuki"}
    assert jan.amount("fi.yleinen_asumistuki") == D("299.25")
    assert feb.amount("fi.yleinen_asumistuki") == D("26.25")
    review = _events(tl, "fi.tl.yat.review")[0]
    assert review.month == date(2026, 2, 1) and review.amount == D("26.25")
    assert review.values["from_amount"] == D("299.25")
    assert review.action_by == date(2026, 1, 31)
    # no separate "changes" event for the same benefit in the same months
    assert not [e for e in tl.events if e.kind == "change" and e.benefit == "fi.yleinen_asumistuki"]


def test_yleistuki_replaces_tyomarkkinatuki_on_1_may_2026() -> None:
    case = engine.parse_case(example_cases("fi")["yleistuki_asumistuki_toimeentulotuki.json"])
    tl = timeline(case, start=date(2026, 1, 1))
    apr, may = tl.month(date(2026, 4, 1)), tl.month(date(2026, 5, 1))
    assert apr.amount("fi.tyomarkkinatuki") == D("20.00") and apr.amount("fi.yleistuki") is None
    assert may.amount("fi.yleistuki") == D("20.00") and may.amount("fi.tyomarkkinatuki") is None
    ev = _events(tl, "fi.tl.yleistuki")
    assert len(ev) == 1 and ev[0].month == date(2026, 5, 1)
    assert ev[0].values == {"from_amount": D("20.00"), "to_amount": D("20.00")}
    # the benefit's change of name is explained by that event, not listed as a stop and a start
    assert not [e for e in tl.events if e.kind == "change" and e.month == date(2026, 5, 1)]


def test_toimeentulotuki_reform_in_march_2026_from_the_letters_date() -> None:
    """4 hours a week at 13 € (225,33 € a month, 211,34 € after tax). Until February 2026 up to
    150 € of net wages is left out; from March every euro counts, and the perusosa of a person
    living alone falls from 596,32 to 578,43 (-17,89). So toimeentulotuki falls by
    150 + 17,89 = 167,89 €: 255,31 -> 87,42 (the decision letter, dated June 2026 with the new
    perusosa, matches the rules then, so no difference is carried into any month)."""
    from benefits_calc.models import WorkScenario

    case = engine.parse_case(example_cases("fi")["yleistuki_asumistuki_toimeentulotuki.json"])
    tl = timeline(case, WorkScenario(hours_per_week=D(4), hourly_wage=D(13)), start=date(2026, 1, 1))
    feb, mar = tl.month(date(2026, 2, 1)), tl.month(date(2026, 3, 1))
    assert feb.amount("fi.toimeentulotuki") == D("255.31")
    assert mar.amount("fi.toimeentulotuki") == D("87.42")
    assert feb.amount("fi.toimeentulotuki") - mar.amount("fi.toimeentulotuki") == D("167.89")
    ev = _events(tl, "fi.tl.ttt.march_2026")
    assert len(ev) == 1 and ev[0].month == date(2026, 3, 1) and ev[0].amount == D("87.42")
    # a rise of less than 400 € a month waits for the yearly review
    yearly = _events(tl, "fi.tl.yat.yearly")
    assert len(yearly) == 1 and yearly[0].approximate and not tl.months[0].held
