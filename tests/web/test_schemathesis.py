"""The API fuzzed from its own served OpenAPI document (schemathesis), against the real rules.

Every operation gets schema-driven examples, boundary ("coverage") cases and random valid and
invalid bodies; every response must be no server error, have a documented status, content type
and headers, and match its documented schema (problem+json included).

What the API refuses is stated in the document, so that a request valid by the schema is not
refused (`cross_field_rules_are_stated`): an amount's bounds and decimals, in its number form
(minimum, maximum, multipleOf) and its string form (a pattern that says the bounds too); a whole
number in any JSON spelling (40 or 40.0); the rules between fields (bostadstillägg needs
sjukersättning, hours or percent but not both, hours not above the default full time, a Finnish
municipality named for the housing allowances, a timeline's scenario with hours, its first month
not after 9989-12, `like` or a scenario for a sweep …; benefits_calc/schema_rules.py) and the first
date the rules cover. Two rules compare one number the client sent with another it sent, which JSON
Schema cannot say (it has no $data); they are in the fields' descriptions and docs/api.md, and
`NOT_STATABLE` lets them through only when both numbers were sent. The built-in
positive_data_acceptance stays off for those two; every other answer is still checked (status code
documented, problem+json valid).

Bounded so CI stays fast: max_examples per operation (default 25; BENEFITS_CALC_FUZZ_EXAMPLES).
"""

from __future__ import annotations

import os
from typing import Any

import pytest
import schemathesis
from benefits_calc.web import create_app
from hypothesis import HealthCheck, settings
from schemathesis.specs.openapi.checks import positive_data_acceptance

# What a schema-valid request may still be refused for (422): one number compared with another
# that the request sends too. Error type -> the field, under the object the error points at, whose
# presence makes it such a comparison (without it, the default is compared and the schema says it).
NOT_STATABLE = {
    # hours_per_week above full_time_hours_per_week (of the same scenario)
    "scenario_hours_over_full_time": ("full_time_hours_per_week",),
    # income_related_month above amount_month (the default 0 never is)
    "se_income_related_above_amount": ("sjukersattning", "income_related_month"),
}


def _at(body: Any, pointer: str) -> Any:
    """The part of `body` a JSON Pointer in URI fragment form ("#/scenarios/0") names."""
    for part in pointer.removeprefix("#").split("/")[1:]:
        body = body[int(part)] if isinstance(body, list) else body[part]
    return body


def _two_numbers_sent(body: Any, error: dict[str, Any]) -> bool:
    place = _at(body, error["pointer"])
    for key in NOT_STATABLE[error["type"]]:
        if not isinstance(place, dict) or place.get(key) is None:
            return False
        place = place[key]
    return True


@schemathesis.check
def cross_field_rules_are_stated(ctx, response, case):  # type: ignore[no-untyped-def]
    meta = case.meta
    if meta is None or not meta.generation.mode.is_positive or response.status_code != 422:
        return None
    errors = response.json().get("errors") or []
    hidden = sorted(
        {e["type"] for e in errors if e["type"] not in NOT_STATABLE or not _two_numbers_sent(case.body, e)}
    )
    if hidden:
        raise AssertionError(f"schema-valid data refused for a rule the document does not state: {hidden}")
    return None


pytest.importorskip("benefits_calc.rules.se.pipeline")

MAX_EXAMPLES = int(os.environ.get("BENEFITS_CALC_FUZZ_EXAMPLES", "25"))

app = create_app({"TESTING": True})
schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", app)


@schema.parametrize()
@settings(
    max_examples=MAX_EXAMPLES,
    deadline=None,
    derandomize=True,
    suppress_health_check=list(HealthCheck),
)
def test_api_conforms_to_its_openapi_document(case: schemathesis.Case) -> None:
    case.call_and_validate(excluded_checks=[positive_data_acceptance])
