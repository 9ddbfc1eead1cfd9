"""Web benchmarks (prints figures, asserts nothing): server time of the result page for each
country's form example with its sweep and its 24-month timeline (budget: median <= 100 ms), of the
timeline alone (the engine, part of the page's time), and of the PDF summary (budget: <= 1.5 s).

    .venv/bin/python bench/bench_web.py [--runs N]

Measured through Flask's test client (the server's own time: form parsing, validation, every
scenario, the 0-100 % sweep, chart and templates; no network). CSRF is off for the measurement.
"""

from __future__ import annotations

import argparse
import statistics
import time

from benefits_calc.examples import cases as example_cases
from benefits_calc.web import create_app

from benefits_calc import engine

# The form of each country's own example (as the form's "example" button fills it in), in the
# country's own language.
LANGS = {"se": "sv", "dk": "da", "fi": "fi"}


def example_form(app, cc: str) -> tuple[str, dict[str, str]]:
    """The country's form example: its file name and the form values."""
    from benefits_calc.web import countries
    from benefits_calc.web.forms import case_to_values

    web = countries.get(cc)
    case = engine.parse_case(example_cases(cc)[web.example], cc)
    with app.test_request_context(f"/{LANGS[cc]}/{cc}/"):
        values = case_to_values(case.model_dump(mode="json"), web.form, LANGS[cc])
    return web.example, {k: v for k, v in values.items() if v}


def measure(client, url: str, form: dict[str, str], action: str, runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        r = client.post(url, data={**form, "action": action})
        times.append(time.perf_counter() - t0)
        if r.status_code != 200:
            raise SystemExit(f"{url} {action}: HTTP {r.status_code}")
    return times


def measure_timeline(cc: str, runs: int) -> list[float]:
    """The picked scenario's 24 months (benefits_calc.timeline), as the result page computes it."""
    from benefits_calc.web import countries

    from benefits_calc.timeline import timeline

    case = engine.parse_case(example_cases(cc)[countries.get(cc).example], cc)
    timeline(case)  # warm-up
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        timeline(case)
        times.append(time.perf_counter() - t0)
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
    for cc in engine.COUNTRIES:
        url = f"/{LANGS[cc]}/{cc}/"
        name, form = example_form(app, cc)
        measure(client, url, form, "calculate", 2)  # warm-up: imports, templates, parameters, fonts
        measure(client, url, form, "pdf", 1)
        print(f"{cc}: {name}")
        report("result page (with sweep)", measure(client, url, form, "calculate", args.runs), 0.100)
        report("  of it: the timeline", measure_timeline(cc, args.runs), 0.100)
        report("print view (HTML)", measure(client, url, form, "print", max(5, args.runs // 2)), 0.100)
        report("PDF summary", measure(client, url, form, "pdf", max(3, args.runs // 4)), 1.5)


if __name__ == "__main__":
    main()
