"""The command line agrees with the API: the same documents (calculate, sweep, parameters, schema)
for every country, the same reading of a case file, the same limits; one exit-code convention;
help for every command and argument; the same bytes on every run."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from benefits_calc.examples import cases as example_cases
from benefits_calc.web import countries, create_app

from benefits_calc import cli, engine
from benefits_calc.parameters import OutOfCoverageError

ROOT = Path(__file__).resolve().parent.parent
CCS = sorted(engine.COUNTRIES)


@pytest.fixture(scope="module")
def api() -> Any:
    return create_app({"TESTING": True}).test_client()


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = cli.main(list(argv))
    except SystemExit as exc:  # argparse
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def example_file(cc: str, tmp_path: Path, **changes: Any) -> tuple[Path, dict[str, Any]]:
    case = {**example_cases(cc)[countries.get(cc).example], **changes}
    path = tmp_path / f"{cc}.json"
    path.write_text(json.dumps(case), encoding="utf-8")
    return path, case


# --- the same documents as the API -------------------------------------------------------------


@pytest.mark.parametrize("cc", CCS)
def test_calculate_prints_what_the_api_answers(capsys: Any, api: Any, tmp_path: Path, cc: str) -> None:
    path, case = example_file(cc, tmp_path)
    code, out, _ = run(capsys, "calculate", str(path))
    assert code == 0
    assert json.loads(out) == api.post("/api/v1/calculate", json=case).get_json()
    code, out, _ = run(capsys, "calculate", str(path), "--no-steps")
    assert json.loads(out) == api.post("/api/v1/calculate?steps=false", json=case).get_json()


@pytest.mark.parametrize("cc", CCS)
def test_sweep_prints_what_the_api_answers(capsys: Any, api: Any, tmp_path: Path, cc: str) -> None:
    path, case = example_file(cc, tmp_path)
    code, out, _ = run(capsys, "sweep", str(path), "--step", "5")
    assert code == 0
    printed = json.loads(out)
    assert printed == api.post("/api/v1/sweep", json={"case": case, "step_percent": 5}).get_json()
    assert printed["country"] == cc
    assert "warnings" in printed
    assert len(printed["points"]) == 21  # 0, 5, ..., 100


@pytest.mark.parametrize("cc", CCS)
def test_a_sweep_after_the_checked_rules_says_so(capsys: Any, tmp_path: Path, cc: str) -> None:
    path, _ = example_file(cc, tmp_path)
    code, out, _ = run(capsys, "sweep", str(path), "--step", "25", "--date", "2027-06-01")
    assert code == 0
    assert "engine.rules_not_confirmed" in [w["msg"] for w in json.loads(out)["warnings"]]


@pytest.mark.parametrize("cc", CCS)
def test_schema_is_the_apis(capsys: Any, api: Any, cc: str) -> None:
    code, out, _ = run(capsys, "schema", cc)
    assert code == 0
    published = api.get(f"/api/v1/schema/{cc}").get_json()
    assert json.loads(out) == published
    assert "country" in published["required"]


@pytest.mark.parametrize("cc", CCS)
@pytest.mark.parametrize("on", ["2023-01-01", "2025-03-01", "2026-01-01", "2027-06-01"])
def test_parameters_are_the_apis(capsys: Any, api: Any, cc: str, on: str) -> None:
    code, out, err = run(capsys, "parameters", cc, "--date", on)
    r = api.get(f"/api/v1/parameters/{cc}?date={on}")
    if r.status_code == 422:  # no figure at all on that date
        assert code == 1 and "--date" in err
        return
    assert code == 0
    assert json.loads(out) == r.get_json()


@pytest.mark.parametrize("cc", CCS)
def test_parameters_are_honest_about_coverage(capsys: Any, tmp_path: Path, cc: str) -> None:
    """first_covered_date is where the country's example starts to calculate, checked by calculating
    it the day before and on the day; before it the document says covered and confirmed are false."""
    code, out, _ = run(capsys, "parameters", cc, "--date", "2026-01-01")
    first = date.fromisoformat(json.loads(out)["first_covered_date"])
    case = engine.parse_case(example_cases(cc)[countries.get(cc).example], cc)
    engine.calculate(case.model_copy(update={"rule_date": first}))
    with pytest.raises(OutOfCoverageError):
        engine.calculate(case.model_copy(update={"rule_date": first - timedelta(days=1)}))
    code, out, _ = run(capsys, "parameters", cc, "--date", (first + timedelta(days=1)).isoformat())
    doc = json.loads(out)
    assert doc["covered"] is True and doc["rules_confirmed"] is True
    code, out, _ = run(capsys, "parameters", cc, "--date", (first - timedelta(days=1)).isoformat())
    if code == 0:
        doc = json.loads(out)
        assert doc["covered"] is False and doc["rules_confirmed"] is False
        assert doc["not_in_force"]


def test_parameters_before_swedish_coverage(capsys: Any) -> None:
    _, out, _ = run(capsys, "parameters", "se", "--date", "2023-01-01")
    doc = json.loads(out)
    assert (doc["covered"], doc["rules_confirmed"], doc["first_covered_date"]) == (False, False, "2025-01-01")
    # what is listed and what is not make up every parameter, once
    names = [p["name"] for p in doc["parameters"]] + doc["not_in_force"]
    assert len(names) == len(set(names)) > len(doc["parameters"])
    assert "prisbasbelopp" in doc["not_in_force"]


# --- the same reading and limits ---------------------------------------------------------------


@pytest.mark.parametrize("cc", CCS)
def test_a_case_file_is_read_as_the_api_reads_a_body(capsys: Any, api: Any, tmp_path: Path, cc: str) -> None:
    case = dict(example_cases(cc)[countries.get(cc).example])
    case["person"] = {**case["person"], "age": "40"}  # a string where the schema says integer
    path = tmp_path / "case.json"
    path.write_text(json.dumps(case))
    code, _, err = run(capsys, "calculate", str(path))
    problem = api.post("/api/v1/calculate", json=case).get_json()
    assert code == 1
    assert [e["field"] for e in problem["errors"]] == ["person.age"]
    assert "person.age: Input should be a valid integer" in err
    # and without `country` neither takes it
    del case["country"]
    path.write_text(json.dumps(case))
    code, _, err = run(capsys, "calculate", str(path))
    assert code == 1 and "country" in err
    assert api.post("/api/v1/calculate", json=case).status_code == 422


@pytest.mark.parametrize("step", ["0", "-5", "0.25", "50.5", "2.55", "ten", "1e1"])
def test_sweep_step_out_of_the_apis_limits_is_a_usage_error(capsys: Any, tmp_path: Path, step: str) -> None:
    path, _ = example_file("se", tmp_path)
    code, out, err = run(capsys, "sweep", str(path), "--step", step)
    assert code == 2
    assert out == ""
    assert "argument --step" in err and "0.5 to 50" in err
    assert "Traceback" not in err


@pytest.mark.parametrize("step, points", [("0.5", 201), ("50", 3), ("12.5", 9)])
def test_sweep_step_within_the_limits(capsys: Any, tmp_path: Path, step: str, points: int) -> None:
    path, _ = example_file("dk", tmp_path)
    code, out, _ = run(capsys, "sweep", str(path), "--step", step)
    assert code == 0
    assert len(json.loads(out)["points"]) == points  # 100 / step + 1


# --- exit codes and messages naming what was typed ----------------------------------------------


def test_exit_codes(capsys: Any, tmp_path: Path) -> None:
    path, _ = example_file("fi", tmp_path)
    broken = tmp_path / "broken.json"
    broken.write_text('{"country": ')
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100_000 + "]" * 100_000)
    cases = [
        (("calculate", str(tmp_path / "missing.json")), 1, "cannot read the case file"),
        (("calculate", str(broken)), 1, "is not JSON"),
        (("calculate", str(deep)), 1, "is not JSON"),
        (("calculate", str(path), "--date", "2015-01-01"), 1, "--date 2015-01-01: the rules do not cover"),
        (("calculate", str(path), "--percent", "0,50"), 2, "--percent needs --hourly-wage or --monthly-wage"),
        (
            ("calculate", str(path), "--hourly-wage", "20000"),
            2,
            "argument --hourly-wage: Input should be less",
        ),
        (("calculate", str(path), "--hourly-wage", "150", "--monthly-wage", "26000"), 2, "not allowed with"),
        (("calculate", str(path), "--hourly-wage", "13.700"), 2, "argument --hourly-wage"),
        (("calculate", str(path), "--date", "1.1.2026"), 2, "argument --date"),
        (
            ("sweep", str(path), "--full-time-hours", "0", "--hourly-wage", "150"),
            2,
            "argument --full-time-hours",
        ),
        (("parameters", "no"), 2, "argument COUNTRY"),
        (("frobnicate",), 2, "invalid choice"),
    ]
    for argv, expected, words in cases:
        code, out, err = run(capsys, *argv)
        assert (code, words in err, out) == (expected, True, ""), (argv, code, err)


def test_the_wage_flags_replace_the_files_scenarios(capsys: Any, tmp_path: Path) -> None:
    path, _ = example_file("se", tmp_path)
    _, out, _ = run(capsys, "calculate", str(path), "--percent", "0,50", "--hourly-wage", "150")
    outcomes = json.loads(out)["outcomes"]
    assert [Decimal(o["scenario"]["percent_of_full_time"]) for o in outcomes] == [0, 50]
    # 50 % of 40 h at 150 kr: 20 h x 150 x 52 / 12 = 13 000 kr a month
    assert outcomes[1]["earnings"] == "13000.00"


# --- help -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "command, words",
    [
        (
            (),
            [
                "calculate",
                "sweep",
                "parameters",
                "schema",
                "serve",
                "Exit codes",
                "0 done",
                "3 the calculator",
            ],
        ),
        (
            ("calculate",),
            [
                "CASE.json",
                "--hourly-wage",
                "--monthly-wage",
                "--full-time-hours",
                "default 40",
                "--date",
                "--percent",
                "needs --hourly-wage or --monthly-wage",
                "replaces the file's scenarios",
                "--no-steps",
            ],
        ),
        (
            ("sweep",),
            ["CASE.json", "--step", "0.5-50", "default 1", "--date", "replaces the file's scenarios"],
        ),
        (("parameters",), ["COUNTRY", "dk, fi, se", "--date", "default today"]),
        (("schema",), ["COUNTRY", "dk, fi, se"]),
        (
            ("serve",),
            [
                "--host",
                "default 127.0.0.1",
                "--port",
                "default 8000",
                "--workers",
                "default 2",
                "--threads",
                "default 8",
                "BENEFITS_CALC_",
            ],
        ),
    ],
)
def test_help_for_every_command_and_argument(capsys: Any, command: tuple[str, ...], words: list[str]) -> None:
    code, out, _ = run(capsys, *command, "--help")
    assert code == 0
    flat = " ".join(out.split())
    for word in words:
        assert word in flat, word


# --- the same bytes on every run ----------------------------------------------------------------


def test_output_is_byte_identical_across_runs(tmp_path: Path) -> None:
    """Two processes with different hash seeds (set and dict order of strings) print the same."""
    path, _ = example_file("fi", tmp_path, rule_date="2026-03-01")
    outputs = []
    for seed in ("1", "4242"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        runs = [
            subprocess.run(
                [sys.executable, "-m", "benefits_calc.cli", *argv],
                capture_output=True,
                env=env,
                check=True,
                cwd=ROOT,
            ).stdout
            for argv in (("calculate", str(path)), ("sweep", str(path), "--step", "10"))
        ]
        outputs.append(runs)
    assert outputs[0] == outputs[1]
