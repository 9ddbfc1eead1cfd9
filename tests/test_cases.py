"""Runs every hand-checked or official case in tests/cases/<cc>/*.toml (format: tests/cases/README.md)
through the engine, exactly as the web app, the API and the CLI compute it."""

from __future__ import annotations

import json
import tomllib
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from benefits_calc.engine import calculate, parse_case
from benefits_calc.models import WorkScenario

ROOT = Path(__file__).resolve().parents[1]
FILES = sorted((ROOT / "tests" / "cases").glob("*/*.toml"))
SCENARIO_KEYS = {
    "name",
    "work",
    "derivation",
    "source",
    "earnings",
    "tax_month",
    "net_income",
    "change_vs_not_working",
    "no_mismatches",
    "benefits",
    "tax_parts",
    "steps",
}


def _scenarios() -> list[Any]:
    out = []
    for path in FILES:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        for sc in data.get("scenario", []):
            out.append(pytest.param(path, data, sc, id=f"{path.parent.name}/{path.stem}: {sc['name']}"))
    return out


def _case(data: dict[str, Any]) -> dict[str, Any]:
    if "case" in data and isinstance(data["case"], str):
        case = json.loads((ROOT / data["case"]).read_text(encoding="utf-8"))
    else:
        case = dict(data["case"])
    if "rule_date" in data:
        case["rule_date"] = data["rule_date"]
    return case


def _step_values(o: Any, msg: str) -> dict[str, Any]:
    found = [s for s in (*o.steps, *o.tax.steps, *(s for b in o.benefits for s in b.steps)) if s.msg == msg]
    assert len(found) == 1, f"step {msg}: found {len(found)}"
    return dict(found[0].values)


def test_there_are_cases() -> None:
    assert FILES, "no case files in tests/cases/"


@pytest.mark.parametrize(("path", "data", "sc"), _scenarios())
def test_case(path: Path, data: dict[str, Any], sc: dict[str, Any]) -> None:
    assert not set(sc) - SCENARIO_KEYS, f"unknown keys {set(sc) - SCENARIO_KEYS}"
    assert sc.get("derivation") or sc.get("source") or data.get("source"), (
        "every case says where it comes from"
    )
    case = parse_case(_case(data))
    work = WorkScenario.model_validate(sc["work"])
    o = calculate(case, [work])[-1]
    D = Decimal
    if "earnings" in sc:
        assert o.scenario.earnings_month == D(sc["earnings"])
    if "benefits" in sc:
        assert {b.benefit: b.amount for b in o.benefits} == {k: D(v) for k, v in sc["benefits"].items()}
    for part, value in sc.get("tax_parts", {}).items():
        assert o.tax.parts[part] == D(value), part
    if "tax_month" in sc:
        assert o.tax.amount == D(sc["tax_month"])
    if "net_income" in sc:
        assert o.net_income == D(sc["net_income"])
    if "change_vs_not_working" in sc:
        assert o.change_vs_not_working == D(sc["change_vs_not_working"])
    if sc.get("no_mismatches"):
        assert o.baseline_mismatches == []
    for msg, values in sc.get("steps", {}).items():
        got = _step_values(o, msg)
        for key, value in values.items():
            assert got[key] == D(value), (msg, key)
