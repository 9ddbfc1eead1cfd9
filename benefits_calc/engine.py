"""The country-neutral entry points: validate a case, run its country's pipeline per scenario.

    case = parse_case({"country": "se", ...})        # pydantic validation (ValidationError if bad)
    outcomes = calculate(case)                        # one Outcome per scenario, 0 % first
    result = sweep(case, base)                        # 0-100 % of full time, thresholds, METR

Each country registers its case model and pipeline in `COUNTRIES`.
"""

from __future__ import annotations

import importlib
import inspect
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import Any

from pydantic import BaseModel

from benefits_calc.models import CaseBase, WorkScenario
from benefits_calc.outcome import Outcome
from benefits_calc.parameters import ParameterSet, parameters


@dataclass(frozen=True)
class Country:
    code: str
    name: str
    currency: str
    case_model: str  # "module:Class"
    pipeline: str  # "module:function"  (case, scenario, params) -> Outcome; may take detail= (see run)


COUNTRIES: dict[str, Country] = {
    "se": Country(
        "se",
        "Sverige",
        "SEK",
        "benefits_calc.rules.se.case:SECase",
        "benefits_calc.rules.se.pipeline:calculate",
    ),
}


class UnknownCountryError(ValueError):
    pass


def _load(ref: str) -> Any:
    module, _, name = ref.partition(":")
    return getattr(importlib.import_module(module), name)


def country(code: str) -> Country:
    try:
        return COUNTRIES[code]
    except KeyError:
        raise UnknownCountryError(f"unknown country {code!r}; known: {', '.join(COUNTRIES)}") from None


@lru_cache(maxsize=8)
def case_model(code: str) -> type[CaseBase]:
    return _load(country(code).case_model)


@lru_cache(maxsize=8)
def pipeline(code: str) -> Callable[..., Outcome]:
    return _load(country(code).pipeline)


def parse_case(data: dict[str, Any], code: str | None = None) -> CaseBase:
    """Validate raw JSON-like data into the country's case model (raises pydantic.ValidationError)."""
    code = code or str(data.get("country", ""))
    return case_model(code).model_validate(data)


def case_params(case: CaseBase) -> ParameterSet:
    return parameters(case.country, case.rule_date)  # type: ignore[attr-defined]


def baseline_scenario(case: CaseBase, like: WorkScenario | None = None) -> WorkScenario:
    """Not working (0 hours), at the wage of `like` (the wage does not matter at 0 hours)."""
    if like is None:
        return WorkScenario(percent_of_full_time=Decimal(0), hourly_wage=Decimal(0), label="0 %")
    return like.at_share(Decimal(0), label="0 %")


@lru_cache(maxsize=8)
def _takes_detail(fn: Callable[..., Outcome]) -> bool:
    return "detail" in inspect.signature(fn).parameters


def run(
    case: CaseBase, scenario: WorkScenario, params: ParameterSet | None = None, *, detail: bool = True
) -> Outcome:
    """One scenario through the country's pipeline.

    `detail=False`: the same amounts, without steps, notices, duties or parameters on the Outcome
    (the benefits and the tax keep theirs) - for the sweep, which reads amounts only. Only a
    pipeline with a `detail` keyword can leave them out; any other gives the full Outcome.
    """
    fn = pipeline(case.country)  # type: ignore[attr-defined]
    p = params or case_params(case)
    if detail or not _takes_detail(fn):
        return fn(case, scenario, p)
    return fn(case, scenario, p, detail=False)


def calculate(case: CaseBase, scenarios: list[WorkScenario] | None = None) -> list[Outcome]:
    """Every scenario of the case (or `scenarios`), each with its change against not working.

    The not-working (0 hours) outcome is computed once and used as the comparison; it is listed
    first unless the scenarios already include 0 hours.
    """
    params = case_params(case)
    chosen = list(scenarios if scenarios is not None else case.scenarios)
    base_s = baseline_scenario(case, chosen[0] if chosen else None)
    base = run(case, base_s, params)
    outs: list[Outcome] = []
    if not any(s.hours == 0 for s in chosen):
        outs.append(base)
    for s in chosen:
        outs.append(base if s.hours == 0 and s.label is None else run(case, s, params))
    for o in outs:
        o.change_vs_not_working = o.net_income - base.net_income
        gross_delta = o.scenario.earnings_month - base.scenario.earnings_month
        o.kept_per_extra_unit = (
            (o.change_vs_not_working / gross_delta).quantize(Decimal("0.01")) if gross_delta > 0 else None
        )
    return outs


def to_jsonable(obj: Any) -> Any:
    """Outcome (dataclasses, Decimals, dates) -> JSON-ready structures; Decimals become strings."""
    t = type(obj)  # the common plain types first: this runs for every value of every Outcome
    if t is str or t is int or t is bool or obj is None:
        return obj
    if t is Decimal:
        return str(obj)
    if t is dict:
        return {str(k): to_jsonable(v) for k, v in obj.items()}
    if t is list or t is tuple:
        return [to_jsonable(v) for v in obj]

    from dataclasses import fields, is_dataclass
    from datetime import date

    if isinstance(obj, Decimal):
        return str(obj)
    if isinstance(obj, date):
        return obj.isoformat()
    if isinstance(obj, BaseModel):
        return obj.model_dump(mode="json")
    if is_dataclass(obj) and not isinstance(obj, type):
        if hasattr(obj, "as_dict"):
            return obj.as_dict()
        return {f.name: to_jsonable(getattr(obj, f.name)) for f in fields(obj)}
    if isinstance(obj, dict):
        return {str(k): to_jsonable(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple, set)):
        return [to_jsonable(v) for v in obj]
    return obj
