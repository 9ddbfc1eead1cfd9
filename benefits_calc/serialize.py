"""Outcomes as JSON-ready dicts (API and CLI share this; Decimals become strings, exact).

Each step, notice and duty carries its message id and values; `text` adds the English sentence
rendered from the same message id (the web UI renders the translated sentence itself).
"""

from __future__ import annotations

from typing import Any

from benefits_calc.engine import to_jsonable
from benefits_calc.explain import Notice, ReportingDuty, Step
from benefits_calc.messages import render
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
    return None if x is None else str(x)


def outcome_to_dict(o: Outcome) -> dict[str, Any]:
    """One Outcome, every amount per month unless named ``annual``."""
    c = o.currency
    return {
        "country": o.country,
        "currency": o.currency,
        "rule_date": o.rule_date.isoformat(),
        "rules_year": o.rules_year,
        "newest_parameter_date": o.newest_parameter_date.isoformat() if o.newest_parameter_date else None,
        "period": "month",
        "scenario": to_jsonable(o.scenario),
        "earnings": str(o.scenario.earnings_month),
        "benefits": [
            {
                "benefit": b.benefit,
                "authority": b.authority,
                "amount": str(b.amount),
                "reported": None if b.reported is None else str(b.reported),
                "taxable": b.taxable,
                "assessed_per": b.period,
                "excluded": b.excluded,
                "uncertain": b.uncertain,
                "steps": [_step(s, c) for s in b.steps],
                "notices": [_notice(n, c) for n in b.notices],
            }
            for b in o.benefits
        ],
        "tax": {
            "amount": str(o.tax.amount),
            "annual": str(o.tax.annual),
            "parts_annual": to_jsonable(o.tax.parts),
            "steps": [_step(s, c) for s in o.tax.steps],
        },
        "other_income": str(o.other_income),
        "net_income": str(o.net_income),
        "costs": [
            {
                "cost": c.cost,
                "kind": c.kind,
                "amount": str(c.amount),
                "steps": [_step(s, o.currency) for s in c.steps],
                "notices": [_notice(n, o.currency) for n in c.notices],
            }
            for c in o.costs
        ],
        "in_hand": str(o.in_hand),
        "uncertain_benefits": o.uncertain_benefits,
        "change_vs_not_working": None if o.change_vs_not_working is None else str(o.change_vs_not_working),
        "kept_per_extra_unit": None if o.kept_per_extra_unit is None else str(o.kept_per_extra_unit),
        "change_in_hand_vs_not_working": _s(o.change_in_hand_vs_not_working),
        "kept_in_hand_per_extra_unit": _s(o.kept_in_hand_per_extra_unit),
        "steps": [_step(s, c) for s in o.steps],
        "warnings": [_notice(n, c) for n in o.warnings],
        "assumptions": [_notice(n, c) for n in o.assumptions],
        "baseline_mismatches": [_notice(n, c) for n in o.baseline_mismatches],
        "reporting_duties": [_duty(d, c) for d in o.reporting_duties],
        "parameters": [p.as_dict() for p in o.parameters.values()],
        "unverified_parameters": [p.name for p in o.unverified],
    }
