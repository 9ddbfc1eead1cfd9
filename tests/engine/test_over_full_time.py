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
    warned = [n for n in beyond.warnings if n.msg == "engine.work.over_full_time"]
    assert [dict(n.values) for n in warned] == [{"hours_per_week": Decimal(50), "full_time_hours": full}]
    assert not any(n.msg == "engine.work.over_full_time" for n in at_full.warnings)
