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
    list (about a tenth of the size); warnings, assumptions, duties and `unverified_parameters` stay.
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
