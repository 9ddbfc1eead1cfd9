"""The API's OpenAPI 3.1 document, generated from the pydantic models, with examples from the
example case files (examples/<cc>/)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from benefits_calc.examples import cases as example_cases
from benefits_calc.web.api import API_VERSION, PREFIX, sweep_request, timeline_request
from benefits_calc.web.api_problems import PROBLEM_JSON
from pydantic import BaseModel
from pydantic.json_schema import models_json_schema

from benefits_calc import engine
from benefits_calc.schema import (
    JSON_SCHEMA_DIALECT,
    CalculateResponse,
    IndexResponse,
    ParametersResponse,
    Problem,
    SweepResponse,
    TimelineResponse,
    case_request_model,
)
from benefits_calc.schema_rules import dates_from


# Example requests: every example case file (examples/<cc>/, one copy for the CLI, the UI and the
# tests), shown in the document, sent by the schemathesis test's example phase and checked by
# tests/web/test_api.py.
def _examples() -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for code in engine.COUNTRIES:
        for name, case in example_cases(code).items():
            out[f"{code}-{name.removesuffix('.json')}"] = {
                "summary": case.get("label") or name,
                "value": case,
            }
    return out


def _sweep_examples() -> dict[str, dict[str, Any]]:
    """Per country: its first example in steps of 5 %, and the same at one wage (`like`)."""
    out: dict[str, dict[str, Any]] = {}
    for code in engine.COUNTRIES:
        name, case = next(iter(example_cases(code).items()))
        like = next(s for s in case["scenarios"] if s.get("percent_of_full_time", "1") not in ("0", 0))
        out[f"{code}-steps"] = {
            "summary": f"{case.get('label') or name}: 0 to 100 % in steps of 5 %",
            "value": {"case": case, "step_percent": "5"},
        }
        out[f"{code}-like"] = {
            "summary": f"{case.get('label') or name}: at one wage, steps of 10 %",
            "value": {"case": {**case, "scenarios": []}, "like": like, "step_percent": 10},
        }
    return out


def _timeline_examples() -> dict[str, dict[str, Any]]:
    """Per country: its first example case from the first of the month after its rule date."""
    out: dict[str, dict[str, Any]] = {}
    for code in engine.COUNTRIES:
        name, case = next(iter(example_cases(code).items()))
        out[f"{code}-timeline"] = {
            "summary": f"{case.get('label') or name}: its last scenario with hours, 24 months",
            "value": {"case": case},
        }
    return out


EXAMPLES = _examples()
SWEEP_EXAMPLES = _sweep_examples()
TIMELINE_EXAMPLES = _timeline_examples()


def _first_figures() -> Any:
    """The first date on which every country has figures (a date the parameters answer for)."""
    from benefits_calc.parameters import load_country

    return max(load_country(cc).first_date for cc in engine.COUNTRIES)


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _problem_responses(*codes: int) -> dict[str, Any]:
    texts = {
        400: "The body is not valid JSON.",
        404: "No such country or resource.",
        405: "Method not allowed.",
        413: "The body is too large.",
        415: "The body is not JSON (Content-Type must be application/json).",
        422: "Validation failed: `errors` names each bad field; or the date is not covered.",
    }
    return {
        str(c): {"description": texts[c], "content": {PROBLEM_JSON: {"schema": _ref("Problem")}}}
        for c in codes
    }


def _json_content(
    schema: dict[str, Any], media: str = "application/json", examples: dict[str, Any] | None = None
) -> dict[str, Any]:
    content: dict[str, Any] = {"schema": schema}
    if examples:
        content["examples"] = examples
    return {media: content}


@lru_cache(maxsize=1)
def openapi_document() -> dict[str, Any]:
    """The OpenAPI 3.1 document of this API (cached: built once per process)."""
    case_models = [case_request_model(cc) for cc in engine.COUNTRIES]
    sweep_req = sweep_request()
    timeline_req = timeline_request()
    inputs: list[tuple[type[BaseModel], Any]] = [
        (m, "validation") for m in (*case_models, sweep_req, timeline_req)
    ]
    outputs = [
        (m, "serialization")
        for m in (
            CalculateResponse,
            SweepResponse,
            TimelineResponse,
            ParametersResponse,
            IndexResponse,
            Problem,
        )
    ]
    _, top = models_json_schema([*inputs, *outputs], ref_template="#/components/schemas/{model}")
    schemas: dict[str, Any] = top.get("$defs", {})
    if len(case_models) == 1:
        calc_schema = _ref(case_models[0].__name__)
    else:
        calc_schema = {
            "oneOf": [_ref(m.__name__) for m in case_models],
            "discriminator": {
                "propertyName": "country",
                "mapping": {
                    cc: f"#/components/schemas/{m.__name__}"
                    for cc, m in zip(engine.COUNTRIES, case_models, strict=True)
                },
            },
        }
    schemas["CalculateRequest"] = calc_schema
    country_param = {
        "name": "country",
        "in": "path",
        "required": True,
        "description": "Country code.",
        "schema": {"type": "string", "enum": list(engine.COUNTRIES)},
    }
    return {
        "openapi": "3.1.0",
        "jsonSchemaDialect": JSON_SCHEMA_DIALECT,
        "info": {
            "title": "benefits-calc API",
            "version": API_VERSION,
            "summary": "How work changes benefits, tax and net income in Sweden, Denmark and Finland.",
            "description": (
                "Amounts are per month unless named annual, as exact decimal strings. Inputs take a "
                "JSON number or a numeric string for an amount. Errors are RFC 9457 problem details. "
                "Every result names the rule date, and every parameter its source and whether it was "
                "verified. An estimate: the authority that pays decides."
            ),
        },
        "paths": {
            f"{PREFIX}/": {
                "get": {
                    "operationId": "index",
                    "summary": "Countries and links",
                    "responses": {
                        "200": {"description": "OK", "content": _json_content(_ref("IndexResponse"))}
                    },
                }
            },
            f"{PREFIX}/calculate": {
                "post": {
                    "operationId": "calculate",
                    "summary": "A case and its scenarios -> one Outcome per scenario (not working first)",
                    "parameters": [
                        {
                            "name": "steps",
                            "in": "query",
                            "required": False,
                            "description": "false: the amounts without the steps that explain them and "
                            "without each Outcome's `parameters` (under a third of the size); default true.",
                            "schema": {"type": "string", "enum": ["true", "false"], "default": "true"},
                        }
                    ],
                    "requestBody": {
                        "required": True,
                        "content": _json_content(_ref("CalculateRequest"), examples=EXAMPLES),
                    },
                    "responses": {
                        "200": {
                            "description": "Outcomes",
                            "content": _json_content(_ref("CalculateResponse")),
                        },
                        **_problem_responses(400, 413, 415, 422),
                    },
                }
            },
            f"{PREFIX}/sweep": {
                "post": {
                    "operationId": "sweep",
                    "summary": "0-100 % of full time: points, thresholds and marginal effective tax rates",
                    "requestBody": {
                        "required": True,
                        "content": _json_content(_ref(sweep_req.__name__), examples=SWEEP_EXAMPLES),
                    },
                    "responses": {
                        "200": {"description": "Sweep", "content": _json_content(_ref("SweepResponse"))},
                        **_problem_responses(400, 413, 415, 422),
                    },
                }
            },
            f"{PREFIX}/timeline": {
                "post": {
                    "operationId": "timeline",
                    "summary": "A scenario month by month from the first day of work, with what happens when",
                    "requestBody": {
                        "required": True,
                        "content": _json_content(_ref(timeline_req.__name__), examples=TIMELINE_EXAMPLES),
                    },
                    "responses": {
                        "200": {
                            "description": "Timeline",
                            "content": _json_content(_ref("TimelineResponse")),
                        },
                        **_problem_responses(400, 413, 415, 422),
                    },
                }
            },
            f"{PREFIX}/parameters/{{country}}": {
                "get": {
                    "operationId": "parameters",
                    "summary": "Every parameter in force on a date, with its reference and verified flag",
                    "parameters": [
                        country_param,
                        {
                            "name": "date",
                            "in": "query",
                            "required": False,
                            "description": "The date (YYYY-MM-DD); default today. Every country has "
                            f"figures from {_first_figures().isoformat()} on (an earlier date: 422).",
                            "schema": {
                                "type": "string",
                                "format": "date",
                                "pattern": dates_from(_first_figures()),
                            },
                        },
                    ],
                    "responses": {
                        "200": {
                            "description": "Parameters",
                            "content": _json_content(_ref("ParametersResponse")),
                        },
                        **_problem_responses(404, 422),
                    },
                }
            },
            f"{PREFIX}/schema/{{country}}": {
                "get": {
                    "operationId": "caseSchema",
                    "summary": "JSON Schema (2020-12) of the country's case",
                    "parameters": [country_param],
                    "responses": {
                        "200": {
                            "description": "JSON Schema",
                            "content": _json_content({"type": "object"}, "application/schema+json"),
                        },
                        **_problem_responses(404),
                    },
                }
            },
            f"{PREFIX}/openapi.json": {
                "get": {
                    "operationId": "openapi",
                    "summary": "This document",
                    "responses": {
                        "200": {"description": "OpenAPI 3.1", "content": _json_content({"type": "object"})}
                    },
                }
            },
        },
        "components": {"schemas": schemas},
    }
