"""Outcomes as JSON-ready dicts (API and CLI share this; Decimals become strings, exact).

Each step, notice and duty carries its message id and values; `text` adds the English sentence
rendered from the same message id (the web UI renders the translated sentence itself).
"""

from __future__ import annotations

from typing import Any

from benefits_calc.engine import to_jsonable
from benefits_calc.explain import Notice, ReportingDuty, Step
from benefits_calc.messages import render
from benefits_calc.numbers import decimal_text
from benefits_calc.outcome import Outcome


def _step(s: Step, currency: str) -> dict[str, Any]:
    return {
        "msg": s.msg,
        "values": to_jsonable(dict(s.values)),
        "params": list(s.params),
        "law": s.law,
        "text": _text(s.msg, s.values, currency),
    }


def _notice(n: Notice, currency: str) -> dict[str, Any]:
    return {
        "msg": n.msg,
        "values": to_jsonable(dict(n.values)),
        "severity": n.severity,
        "benefit": n.benefit,
        "text": _text(n.msg, n.values, currency),
    }


def _duty(d: ReportingDuty, currency: str) -> dict[str, Any]:
    out = to_jsonable(d)
    out["text"] = {k: _text(getattr(d, k), {}, currency) for k in ("what", "when", "how", "consequence")}
    return out


def _text(msg: str, values: Any, currency: str) -> str:
    try:
        return render(msg, values, currency)
    except (KeyError, IndexError, ValueError):
        return msg


def _s(x: Any) -> str | None:
    return None if x is None else decimal_text(x)


def outcome_to_dict(o: Outcome, steps: bool = True) -> dict[str, Any]:
    """One Outcome, every amount per month unless named ``annual``.

    ``steps=False``: the amounts without the steps that explain them and without the `parameters`
    list (under a third of the size); warnings, assumptions, duties and `unverified_parameters` stay.
    """
    c = o.currency

    def explained(xs: Any) -> list[dict[str, Any]]:
        return [_step(s, c) for s in xs] if steps else []

    out = {
        "country": o.country,
        "currency": o.currency,
        "rule_date": o.rule_date.isoformat(),
        "rules_year": o.rules_year,
        "newest_parameter_date": o.newest_parameter_date.isoformat() if o.newest_parameter_date else None,
        "period": "month",
        "scenario": to_jsonable(o.scenario),
        "earnings": decimal_text(o.scenario.earnings_month),
        "benefits": [
            {
                "benefit": b.benefit,
                "authority": b.authority,
                "amount": decimal_text(b.amount),
                "reported": None if b.reported is None else decimal_text(b.reported),
                "taxable": b.taxable,
                "assessed_per": b.period,
                "excluded": b.excluded,
                "uncertain": b.uncertain,
                "steps": explained(b.steps),
                "notices": [_notice(n, c) for n in b.notices],
            }
            for b in o.benefits
        ],
        "tax": {
            "amount": decimal_text(o.tax.amount),
            "annual": decimal_text(o.tax.annual),
            "parts_annual": to_jsonable(o.tax.parts),
            "steps": explained(o.tax.steps),
        },
        "other_income": decimal_text(o.other_income),
        "net_income": decimal_text(o.net_income),
        "costs": [
            {
                "cost": c.cost,
                "kind": c.kind,
                "amount": decimal_text(c.amount),
                "steps": explained(c.steps),
                "notices": [_notice(n, o.currency) for n in c.notices],
            }
            for c in o.costs
        ],
        "in_hand": decimal_text(o.in_hand),
        "uncertain_benefits": o.uncertain_benefits,
        "change_vs_not_working": _s(o.change_vs_not_working),
        "kept_per_extra_unit": _s(o.kept_per_extra_unit),
        "change_in_hand_vs_not_working": _s(o.change_in_hand_vs_not_working),
        "kept_in_hand_per_extra_unit": _s(o.kept_in_hand_per_extra_unit),
        "steps": explained(o.steps),
        "warnings": [_notice(n, c) for n in o.warnings],
        "assumptions": [_notice(n, c) for n in o.assumptions],
        "baseline_mismatches": [_notice(n, c) for n in o.baseline_mismatches],
        "reporting_duties": [_duty(d, c) for d in o.reporting_duties],
        "parameters": [p.as_dict() for p in o.parameters.values()] if steps else [],
        "unverified_parameters": [p.name for p in o.unverified],
    }
    return out if steps else _without_steps(out)


def _without_steps(d: dict[str, Any]) -> dict[str, Any]:
    d.pop("steps", None)
    d.pop("parameters", None)
    for part in (*d["benefits"], *d["costs"], d["tax"]):
        part.pop("steps", None)
    return d


# ---------------------------------------------------------------------------------------------
# The documents the API answers and the CLI prints (one function each, so they cannot differ).


def calculate_document(case: Any, steps: bool = True) -> dict[str, Any]:
    """Every scenario of `case` (not working first): what POST /api/v1/calculate answers and
    `benefits-calc calculate` prints. Raises OutOfCoverageError for a date the rules do not cover."""
    from benefits_calc import engine

    outcomes = engine.calculate(case)
    return {
        "country": case.country,
        "rule_date": case.rule_date.isoformat(),
        "outcomes": [outcome_to_dict(o, steps) for o in outcomes],
    }


def sweep_document(case: Any, like: Any, step_percent: Any) -> dict[str, Any]:
    """0-100 % of full time at the wage of `like`: what POST /api/v1/sweep answers and
    `benefits-calc sweep` prints, with the country, the date's warnings (rules not confirmed) and
    the warnings about what was entered (engine.input_warnings), as not working shows them."""
    from benefits_calc import engine
    from benefits_calc.sweep import sweep, sweep_to_dict

    calc = engine.Calculation(case)
    result = sweep(case, like, step_percent, calc=calc)
    entered = engine.input_warnings(case.country)
    base = calc.run(engine.baseline_scenario(case, like))
    warnings = [*engine.case_params(case).warnings, *(w for w in base.warnings if w.msg in entered)]
    return {
        "country": case.country,
        **sweep_to_dict(result),
        "warnings": [_notice(n, result.currency) for n in warnings],
    }


def parameters_document(country: str, on: Any) -> dict[str, Any]:
    """Every parameter in force on `on`, what is not, and whether the date is covered and checked:
    what GET /api/v1/parameters/<country> answers and `benefits-calc parameters` prints. Raises
    OutOfCoverageError when no parameter at all has a value on the date."""
    from benefits_calc.parameters import OutOfCoverageError, load_country

    cp = load_country(country)
    found = cp.all_at(on)
    if not found:
        raise OutOfCoverageError("every parameter", on, cp.first_date)
    first_covered = cp.first_covered
    in_force = {p.name for p in found}
    covered = all(name in in_force for name, s in cp.series.items() if not s.optional)
    return {
        "country": country,
        "date": on.isoformat(),
        "confirmed_through": cp.confirmed_through.isoformat(),
        "rules_confirmed": covered and on <= cp.confirmed_through,
        "covered": covered,
        "first_covered_date": first_covered.isoformat(),
        "parameters": [p.as_dict() for p in found],
        "not_in_force": [name for name in cp.series if name not in in_force],
    }
