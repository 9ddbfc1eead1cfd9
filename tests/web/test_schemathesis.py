"""The API fuzzed from its own served OpenAPI document (schemathesis), against the real rules.

Every operation gets schema-driven examples, boundary ("coverage") cases and random valid and
invalid bodies; every response must be no server error, have a documented status, content type
and headers, and match its documented schema (problem+json included).

What the API refuses is stated in the document, so that a request valid by the schema is never
refused (schemathesis' own positive_data_acceptance check): an amount's bounds and decimals, in its
number form (minimum, maximum, multipleOf) and its string form (a pattern that says the bounds too);
a whole number in any JSON spelling (40 or 40.0); the rules between fields (bostadstillägg needs
sjukersättning, hours or percent but not both, a Finnish municipality named for the housing
allowances, a timeline's scenario with hours, its first month not after 9989-12, `like` or a
scenario for a sweep …; benefits_calc/schema_rules.py) and the first date the rules cover. What
JSON Schema could not say, one sent number above another, the API takes and warns about: hours
beyond full time (engine.work.over_full_time) and a Swedish income-related part above the whole
amount (se.sjukersattning.income_related_above_amount).

Bounded so CI stays fast: max_examples per operation (default 25; BENEFITS_CALC_FUZZ_EXAMPLES).
"""

from __future__ import annotations

import os

import pytest
import schemathesis
from benefits_calc.web import create_app
from hypothesis import HealthCheck, settings
from schemathesis.specs.openapi.checks import positive_data_acceptance

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
    # positive_data_acceptance (in the default set; named so that it stays on): no schema-valid
    # request is refused
    case.call_and_validate(additional_checks=[positive_data_acceptance])
