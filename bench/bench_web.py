"""Web benchmarks (prints figures, asserts nothing): server time of the result page for one case
with its sweep (budget: median <= 100 ms) and of the PDF summary (budget: <= 1.5 s).

    .venv/bin/python bench/bench_web.py [--runs N]

Measured through Flask's test client (the server's own time: form parsing, validation, every
scenario, the 0-100 % sweep, chart and templates; no network). CSRF is off for the measurement.
"""

from __future__ import annotations

import argparse
import statistics
import time

from benefits_calc.web import create_app

FORM = {
    "rule_date": "2026-03-01",
    "person.age": "45",
    "housing.housing_cost_month": "7 000",
    "sjukersattning.kind": "sjukersattning",
    "sjukersattning.level": "1/1",
    "sjukersattning.amount_month": "13 715",
    "bostadstillagg.amount_month": "6 200",
    "wage.hourly": "150",
    "wage.full_time_hours": "40",
    "custom.0.hours": "16",
    "counsellor.name": "Anna Berg",
}


def measure(client, action: str, runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        r = client.post("/sv/se/", data={**FORM, "action": action})
        times.append(time.perf_counter() - t0)
        if r.status_code != 200:
            raise SystemExit(f"{action}: HTTP {r.status_code}")
    return times


def report(name: str, times: list[float], budget: float) -> None:
    med = statistics.median(times)
    print(
        f"{name:<28} median {med * 1000:8.1f} ms  min {min(times) * 1000:8.1f} ms  "
        f"max {max(times) * 1000:8.1f} ms  (n={len(times)}, budget {budget * 1000:.0f} ms: "
        f"{'within' if med <= budget else 'OVER'})"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    app = create_app({"TESTING": True, "WTF_CSRF_ENABLED": False})
    client = app.test_client()
    measure(client, "calculate", 2)  # warm-up: imports, templates, parameter files, fonts
    measure(client, "pdf", 1)
    report("result page (with sweep)", measure(client, "calculate", args.runs), 0.100)
    report("print view (HTML)", measure(client, "print", max(5, args.runs // 2)), 0.100)
    report("PDF summary", measure(client, "pdf", max(3, args.runs // 4)), 1.5)


if __name__ == "__main__":
    main()
