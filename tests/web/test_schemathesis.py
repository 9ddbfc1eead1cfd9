"""The API fuzzed from its own served OpenAPI document (schemathesis), against the real rules.

Every operation gets schema-driven examples, boundary ("coverage") cases and random valid and
invalid bodies; every response must be no server error, have a documented status, content type
and headers, and match its documented schema (problem+json included).

The cross-field rules (bostadstillägg needs sjukersättning, hours or percent but not both, `like`
or a scenario in the case, a partner with a Danish civil status, one Finnish housing allowance, the
first date the rules cover …) are stated in the document (benefits_calc/schema_rules.py), and
`cross_field_rules_are_stated` fails if schema-valid data is refused for one of them, or for a date.
The built-in positive_data_acceptance ("valid by the schema -> 2xx") stays off for what JSON Schema
cannot say exactly: an amount's decimal places and size in its string form (and a JSON number's
decimals), a whole number written 40.0 (valid JSON Schema, refused as a float), one amount compared
with another (income_related_month not above amount_month; hours not above full time) and a
municipality's name in another case. Those answers are still checked (status code documented,
problem+json valid).

Bounded so CI stays fast: max_examples per operation (default 25; BENEFITS_CALC_FUZZ_EXAMPLES).
"""

from __future__ import annotations

import os

import pytest
import schemathesis
from benefits_calc.web import create_app
from hypothesis import HealthCheck, settings
from schemathesis.specs.openapi.checks import positive_data_acceptance

# What a schema-valid request may still be refused for (422): the number forms JSON Schema cannot
# state exactly, and one amount compared with another. Anything else is a rule the document hides.
NOT_STATABLE = {
    "decimal_max_places",
    "decimal_max_digits",
    "decimal_whole_digits",
    "decimal_parsing",
    "int_type",
    "greater_than_equal",
    "greater_than",
    "less_than_equal",
    "less_than",
    "se_income_related_above_amount",
    "scenario_hours_over_full_time",
    # the timeline's scenario must have hours: "0" is a string amount compared with 0, or the
    # case's own scenarios have none (a rule across the request that JSON Schema cannot state)
    "timeline_needs_hours",
}


@schemathesis.check
def cross_field_rules_are_stated(ctx, response, case):  # type: ignore[no-untyped-def]
    meta = case.meta
    if meta is None or not meta.generation.mode.is_positive or response.status_code != 422:
        return None
    errors = response.json().get("errors") or []
    hidden = sorted({e["type"] for e in errors} - NOT_STATABLE)
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
