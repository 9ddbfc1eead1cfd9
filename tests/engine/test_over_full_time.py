"""Hours beyond full time (overtime, or a second job), in every country's examples.

The rule (benefits_calc.models.WorkScenario.over_full_time): every hour is paid at the wage given,
and a rule that follows the share of full time gives at a share above 1 what it gives at full time
(each one is a "no more than" rule: SFB 36 kap. 12 § vilande by quarters up to the level, SFB 27
kap. 45 § sick-leave levels, FI SVL 8:11 osasairauspäiväraha 40–60 %, DK sygedagpengeloven § 44
reduction by hours worked, the ATP bracket from 117 hours a month …).

So 50 hours at 80 kr an hour must give what 40 hours at 100 kr an hour gives: the same pay,
50 × 80 × 52/12 = 40 × 100 × 52/12 = 17 333,33 a month, at full time and beyond it. Only the
warning that the hours are beyond full time differs. Worked for every example of every country,
at that pay and at 40 % of it, where most examples still have benefits paid (in Finland 3,20 € an
hour for 50 hours against 4 € for 40: 693,33 € a month).
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from benefits_calc import engine
from benefits_calc.models import WorkScenario

EXAMPLES = Path(__file__).parents[2] / "examples"
CASES = sorted(str(p.relative_to(EXAMPLES)) for p in EXAMPLES.glob("*/*.json"))
# hourly wage at 40 h (beyond full time: x 4/5 at 50 h), per currency: a month's pay at full time
# is 17 333,33 kr (SE), 26 000 kr (DK) and 1 733,33 € (FI)
WAGE = {"se": Decimal(100), "dk": Decimal(150), "fi": Decimal(10)}


def _outcome(calc: engine.Calculation, hours: Decimal, wage: Decimal, full: Decimal):  # type: ignore[no-untyped-def]
    return calc.run(WorkScenario(hours_per_week=hours, hourly_wage=wage, full_time_hours_per_week=full))


@pytest.mark.parametrize("name", CASES)
@pytest.mark.parametrize("scale", [Decimal(1), Decimal("0.4")])
def test_beyond_full_time_is_full_time_with_every_hour_paid(name: str, scale: Decimal) -> None:
    cc = name.split("/")[0]
    case = engine.parse_case(json.loads((EXAMPLES / name).read_text()), cc)
    calc = engine.Calculation(case)
    full = Decimal(40)
    at_full = _outcome(calc, full, WAGE[cc] * scale, full)
    beyond = _outcome(calc, Decimal(50), WAGE[cc] * scale * 4 / 5, full)
    # the same pay: 50 h x (4/5 w) = 40 h x w
    assert beyond.scenario.earnings_month == at_full.scenario.earnings_month
    assert beyond.scenario.percent_of_full_time == Decimal(125)
    assert {b.benefit: b.amount for b in beyond.benefits} == {b.benefit: b.amount for b in at_full.benefits}
    assert beyond.tax.amount == at_full.tax.amount
    assert beyond.net_income == at_full.net_income
    if cc in ("se", "fi"):
        # the rules see full time, and say so: the same steps and notices, word for word (in
        # Denmark the fleksjob's lønloft and sygedagpenge name the hours and hourly wage; below)
        assert [(b.steps, b.notices) for b in beyond.benefits] == [
            (b.steps, b.notices) for b in at_full.benefits
        ]
        assert beyond.tax.steps == at_full.tax.steps
    warned = [n for n in beyond.warnings if n.msg == "engine.work.over_full_time"]
    assert [dict(n.values) for n in warned] == [{"hours_per_week": Decimal(50), "full_time_hours": full}]
    assert not any(n.msg == "engine.work.over_full_time" for n in at_full.warnings)


FULL_37 = Decimal(37)


def _example(name: str) -> engine.Calculation:
    cc = name.split("/")[0]
    return engine.Calculation(engine.parse_case(json.loads((EXAMPLES / name).read_text()), cc))


def _step(outcome, benefit: str):  # type: ignore[no-untyped-def]
    return next(b for b in outcome.benefits if b.benefit == benefit).steps


def test_dk_sygedagpenge_names_the_hours_worked_beyond_the_normal_ones() -> None:
    # normal hours 37 (the example's decision); 45 hours worked: fully fit, and the step says 45
    # (not "37 of your 37"): SDL § 53, stk. 1
    o = _example("dk/sygedagpenge_delvis.json").run(
        WorkScenario(
            hours_per_week=Decimal(45), hourly_wage=Decimal(180), full_time_hours_per_week=Decimal(37)
        )
    )
    (step,) = [s for s in _step(o, "dk.sygedagpenge") if s.msg.startswith("dk.sdp.fit")]
    assert step.msg == "dk.sdp.fit_full_time"
    assert dict(step.values) == {"worked_hours": Decimal(45), "normal_hours": Decimal(37)}
    assert next(b for b in o.benefits if b.benefit == "dk.sygedagpenge").amount == 0


def test_dk_fleksjob_pay_above_the_full_time_pay_gives_no_tilskud_and_says_why() -> None:
    # 45 h of 37 at 180 kr, no pension: pay 45 x 180 x 52/12 = 35 100 kr a month; the lønloft is the
    # same hourly wage at full time, 37 x 180 x 52/12 = 28 860 kr. Pay above the loft: no tilskud,
    # and no "at most 28 860 - 35 100 = 0" arithmetic
    o = _example("dk/fleksjob_12_timer.json").run(
        WorkScenario(
            hours_per_week=Decimal(45), hourly_wage=Decimal(180), full_time_hours_per_week=Decimal(37)
        )
    )
    steps = {s.msg: dict(s.values) for s in _step(o, "dk.fleksloentilskud")}
    assert steps["dk.flex.loft_reached"] == {
        "loft": Decimal("28860.00"),
        "full_time_hours": Decimal(37),
        "pay_counted": Decimal("35100.00"),
    }
    assert "dk.flex.loft" not in steps
    assert next(b for b in o.benefits if b.benefit == "dk.fleksloentilskud").amount == 0


def test_a_share_in_the_api_text_has_at_most_two_decimals() -> None:
    # 10 h of a 37-hour full time is 10 / 37 = 0.27027027… of full time: the answer's English
    # text says 27.03 % (as the pages do), not 27.02702702702702702702702703 %
    from benefits_calc.messages import render

    text = render(
        "engine.work.earnings",
        {
            "hours_per_week": Decimal(10),
            "percent_of_full_time_share": Decimal(10) / Decimal(37),
            "earnings": Decimal("6500.00"),
        },
        currency="SEK",
    )
    assert text == "If you work 10 hours a week (27.03 % of full time) you earn 6,500 kr a month before tax."


@pytest.mark.parametrize(
    ("fraction", "english", "swedish"),
    [
        # a law's rate keeps every decimal up to three: the 2026 begravningsavgift 0,292 %
        (Decimal("0.00292"), "0.292 %", "0,292\u00a0%"),
        (Decimal("0.3238"), "32.38 %", "32,38\u00a0%"),
        (Decimal("0.5"), "50 %", "50\u00a0%"),
        # a share with more decimals is shown with two: 10 / 37 = 27.027… %
        (Decimal(10) / Decimal(37), "27.03 %", "27,03\u00a0%"),
    ],
)
def test_a_rate_reads_as_the_authority_writes_it(fraction: Decimal, english: str, swedish: str) -> None:
    from benefits_calc.web.i18n import format_value

    from benefits_calc.messages import format_value_en

    assert format_value_en("begravningsavgift_rate", fraction, "SEK") == english
    assert format_value("begravningsavgift_rate", fraction, "SEK", "sv") == swedish


def test_dk_fleksjob_at_exactly_full_time_is_not_called_above_it() -> None:
    # found in review: 37 of 37 hours at 180.14 kr with an 8 % pension. The month's pay,
    # 37 x 180.14 x 52/12 = 28 882.4466… -> 28 882.45, x 1.08 = 31 193.046 -> 31 193.05. The loft is
    # the pay at full time rounded the same way, 31 193.05 (it was rounded once, 31 193.04, an øre
    # below the pay): at full time pay and loft are equal, the tilskud is at most 0, and nothing
    # says the pay is above full time
    case = json.loads((EXAMPLES / "dk/fleksjob_12_timer.json").read_text())
    case["fleksjob"]["employer_pension_percent"] = "8"
    calc = engine.Calculation(engine.parse_case(case, "dk"))
    o = calc.run(
        WorkScenario(
            percent_of_full_time=Decimal(100), hourly_wage=Decimal("180.14"), full_time_hours_per_week=FULL_37
        )
    )
    steps = {s.msg: dict(s.values) for s in _step(o, "dk.fleksloentilskud")}
    assert "dk.flex.loft_reached" not in steps
    assert steps["dk.flex.pay"]["pay_counted"] == steps["dk.flex.loft"]["loft"] == Decimal("31193.05")
    assert steps["dk.flex.loft"]["tilskud"] == 0
    assert not any(n.msg == "engine.work.over_full_time" for n in o.warnings)
