"""Engine benchmark: median time of one scenario and of a 101-point sweep with thresholds.

Budgets (issue 2): <= 0.2 ms per scenario, <= 10 ms per sweep on the 2-core machine.
Prints figures; asserts nothing. Run: .venv/bin/python bench/bench_engine.py
"""

from __future__ import annotations

import json
import statistics
import time
from decimal import Decimal
from pathlib import Path

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


def main() -> None:
    like = WorkScenario(percent_of_full_time=Decimal(50), hourly_wage=Decimal(150))
    print(f"{'case':45} {'scenario ms':>12} {'sweep(101) ms':>14}")
    for f in sorted(EXAMPLES.glob("*.json")):
        case = engine.parse_case(json.loads(f.read_text(encoding="utf-8")))
        engine.run(case, like)  # warm the caches (parameters, baseline)
        one = median_ms(lambda case=case: engine.run(case, like), 2000)
        sw = median_ms(lambda case=case: sweep(case, like), 50)
        print(f"{f.name:45} {one:12.3f} {sw:14.2f}")
    print("budgets: scenario <= 0.2 ms, sweep <= 10 ms (median)")


if __name__ == "__main__":
    main()
