"""Engine benchmark: median time of one scenario and of a 101-point sweep with thresholds.

Budgets (issue 2): <= 0.2 ms per scenario, <= 10 ms per sweep on the 2-core machine.
Prints figures; asserts nothing. Run: .venv/bin/python bench/bench_engine.py

Columns:
- "warm": the same scenario of the same case again and again (every cache warm: the tax cache
  answers, the case's not-working baseline is kept) - a lower bound, not a real request.
- "cold new": the first scenario of a new case, as in a real request: a freshly parsed case (its
  baseline is computed) and the tax cache cleared.
- "cold same": another scenario of a case already computed once: the baseline is kept, the tax
  cache is cleared.
- "sweep": 101 points 0-100 % with thresholds, on a case whose baseline is kept (tax cache warm
  across repeats, as the existing figure was measured).
- "sweep cold": the same on a freshly parsed case with the tax cache cleared.
"""

from __future__ import annotations

import json
import statistics
import time
from decimal import Decimal
from pathlib import Path

from benefits_calc.rules.se import skatt

from benefits_calc import engine
from benefits_calc.models import WorkScenario
from benefits_calc.sweep import sweep

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "se"


def median_ms(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times) * 1000


def median_ms_cold(fn, cases: list, repeat: int) -> float:
    """Median of fn(case) over fresh cases, the tax cache cleared before each (outside the timing)."""
    times = []
    for i in range(repeat):
        case = cases[i % len(cases)]
        skatt.calculate.cache_clear()
        t0 = time.perf_counter()
        fn(case)
        times.append(time.perf_counter() - t0)
    return statistics.median(times) * 1000


def main() -> None:
    like = WorkScenario(percent_of_full_time=Decimal(50), hourly_wage=Decimal(150))
    other = WorkScenario(percent_of_full_time=Decimal(75), hourly_wage=Decimal(150))
    print(f"{'case':45} {'warm ms':>8} {'cold new':>9} {'cold same':>10} {'sweep ms':>9} {'sweep cold':>11}")
    for f in sorted(EXAMPLES.glob("*.json")):
        data = json.loads(f.read_text(encoding="utf-8"))
        case = engine.parse_case(data)
        engine.run(case, like)  # warm the caches (parameters, baseline)
        one = median_ms(lambda case=case: engine.run(case, like), 2000)
        # A new case each time: its baseline is computed with the scenario.
        new_cases = [engine.parse_case(data) for _ in range(300)]
        cold_new = median_ms_cold(lambda c: engine.run(c, like), new_cases, 300)
        # The same case, another scenario: the baseline is kept, the tax is computed again.
        same = engine.parse_case(data)
        engine.run(same, like)
        cold_same = median_ms_cold(lambda c: engine.run(c, other), [same], 1000)
        sw = median_ms(lambda case=case: sweep(case, like), 50)
        sweep_cases = [engine.parse_case(data) for _ in range(30)]
        sw_cold = median_ms_cold(lambda c: sweep(c, like), sweep_cases, 30)
        print(f"{f.name:45} {one:8.3f} {cold_new:9.3f} {cold_same:10.3f} {sw:9.2f} {sw_cold:11.2f}")
    print("budgets: scenario <= 0.2 ms, sweep <= 10 ms (median)")


if __name__ == "__main__":
    main()
