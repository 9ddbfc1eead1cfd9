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

import statistics
import time

from benefits_calc.examples import cases

from benefits_calc import engine
from benefits_calc.parameters import clear_rule_caches
from benefits_calc.sweep import sweep


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
        clear_rule_caches()
        t0 = time.perf_counter()
        fn(case)
        times.append(time.perf_counter() - t0)
    return statistics.median(times) * 1000


def main() -> None:
    """Every example case of every registered country; the scenario measured is the case's own last
    one (its wage and hours), and "cold same" its first."""
    print(f"{'case':48} {'warm ms':>8} {'cold new':>9} {'cold same':>10} {'sweep ms':>9} {'sweep cold':>11}")
    for cc in engine.COUNTRIES:
        for name, data in cases(cc).items():
            case = engine.parse_case(data)
            like = case.scenarios[-1]
            other = case.scenarios[0]
            engine.run(case, like)  # warm the caches (parameters, baseline)
            one = median_ms(lambda case=case, like=like: engine.run(case, like), 2000)
            # A new case each time: its baseline is computed with the scenario.
            new_cases = [engine.parse_case(data) for _ in range(300)]
            cold_new = median_ms_cold(lambda c, like=like: engine.run(c, like), new_cases, 300)
            # The same case, another scenario: the baseline is kept, the rules computed again.
            same = engine.parse_case(data)
            engine.run(same, like)
            cold_same = median_ms_cold(lambda c, other=other: engine.run(c, other), [same], 1000)
            sw = median_ms(lambda case=case, like=like: sweep(case, like), 50)
            sweep_cases = [engine.parse_case(data) for _ in range(30)]
            sw_cold = median_ms_cold(lambda c, like=like: sweep(c, like), sweep_cases, 30)
            label = f"{cc}/{name}"
            print(f"{label:48} {one:8.3f} {cold_new:9.3f} {cold_same:10.3f} {sw:9.2f} {sw_cold:11.2f}")
    print("budgets: scenario <= 0.2 ms, sweep <= 10 ms (median)")


if __name__ == "__main__":
    main()
