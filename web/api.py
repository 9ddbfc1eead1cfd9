"""JSON API ``/api/v1``: the engine for case systems and other programs, without the UI.

    GET  /api/v1/                       countries and links
    POST /api/v1/calculate              a case and its scenarios -> one Outcome per scenario
    POST /api/v1/sweep                  {case, like, step_percent} -> points, thresholds, rates
    GET  /api/v1/parameters/<country>   every figure in force on ?date=YYYY-MM-DD
    GET  /api/v1/schema/<country>       JSON Schema of the country's case
    GET  /api/v1/openapi.json           OpenAPI 3.1, generated from the pydantic models

Requests are JSON only (``Content-Type: application/json``, else 415); the case is validated
strictly against the same model and schema that are published (a JSON number or a numeric string
for an amount; a whole number for a count; true/false for a flag). Every error is
``application/problem+json`` (RFC 9457) naming each bad field with a JSON Pointer; no error echoes
the submitted values and nothing a client sends is logged. The blueprint is exempt from CSRF (it
accepts no form posts and no cookies mean anything to it).
"""

from __future__ import annotations

import json
import logging
import re
import traceback
import uuid
from datetime import date
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Any

from benefits_calc.examples import cases as example_cases
from flask import Blueprint, Response, current_app, request
from pydantic import BaseModel, Field, ValidationError, create_model
from pydantic.json_schema import models_json_schema
from werkzeug.exceptions import HTTPException, RequestEntityTooLarge, default_exceptions
from werkzeug.routing import Map, RoutingException, Rule

from benefits_calc import engine
from benefits_calc.models import StrictModel, WorkScenario
from benefits_calc.parameters import OutOfCoverageError, load_country
from benefits_calc.schema import (
    JSON_SCHEMA_DIALECT,
    CalculateResponse,
    IndexResponse,
    ParametersResponse,
    Problem,
    SweepResponse,
    case_json_schema,
    case_request_model,
    countries,
)
from benefits_calc.serialize import _notice, outcome_to_dict

API_VERSION = "1"
PREFIX = "/api/v1"
PROBLEM_JSON = "application/problem+json"
PROBLEM_BASE = "urn:benefits-calc:problem:"
# API responses are data, never documents: nothing may run, load or frame them.
API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"

log = logging.getLogger(__name__)

api_bp = Blueprint("api", __name__)


# ---------------------------------------------------------------------------------------------
# Problems (RFC 9457)


class ApiProblem(Exception):
    """An error the client can fix, answered as problem+json."""

    def __init__(
        self,
        status: int,
        title: str,
        detail: str | None = None,
        *,
        kind: str = "about:blank",
        errors: list[dict[str, str]] | None = None,
        headers: dict[str, str] | None = None,
        **extra: Any,
    ) -> None:
        super().__init__(title)
        self.status, self.title, self.detail = status, title, detail
        self.kind = kind if kind == "about:blank" else PROBLEM_BASE + kind
        self.errors, self.headers, self.extra = errors, headers or {}, extra


def _pointer(loc: tuple[Any, ...]) -> str:
    parts = [str(p).replace("~", "~0").replace("/", "~1") for p in loc]
    return "#" + "".join("/" + p for p in parts)


def _field_error(loc: tuple[Any, ...], message: str, kind: str) -> dict[str, str]:
    return {
        "pointer": _pointer(loc),
        "field": ".".join(str(p) for p in loc),
        "message": message,
        "type": kind,
    }


def problem_response(p: ApiProblem) -> Response:
    body: dict[str, Any] = {"type": p.kind, "title": p.title, "status": p.status}
    if p.detail:
        body["detail"] = p.detail
    if p.errors is not None:
        body["errors"] = p.errors
    body.update(p.extra)
    resp = _json(body, p.status, mimetype=PROBLEM_JSON)
    resp.headers["Content-Security-Policy"] = API_CSP  # also when answered outside the blueprint
    resp.headers["Cache-Control"] = "no-store"
    for k, v in p.headers.items():
        resp.headers[k] = v
    return resp


def _http_problem(e: HTTPException) -> Response:
    """A werkzeug HTTP error (404, 405, 413 …) as problem+json, keeping headers such as Allow."""
    status = e.code or 500
    headers = {k: v for k, v in e.get_headers() if k.lower() != "content-type"}
    detail = {
        413: f"The request body is larger than {request.max_content_length or 0} bytes.",
        404: "No such resource; see /api/v1/openapi.json.",
        405: "Method not allowed here; see the Allow header.",
    }.get(status)
    return problem_response(ApiProblem(status, e.name, detail, headers=headers))


def _validation_problem(exc: ValidationError, prefix: tuple[Any, ...] = ()) -> ApiProblem:
    """Each bad field by pointer, with pydantic's message; the submitted values are never echoed."""
    errs = exc.errors(include_url=False, include_input=False, include_context=False)
    if errs and all(e["type"] == "json_invalid" for e in errs):
        return ApiProblem(
            400,
            "Invalid JSON",
            "The request body is not valid JSON (" + errs[0]["msg"].removeprefix("Invalid JSON: ") + ").",
            kind="invalid-json",
        )
    fields = [_field_error(prefix + tuple(e["loc"]), e["msg"], e["type"]) for e in errs]
    return ApiProblem(
        422,
        "Invalid request",
        f"{len(fields)} field(s) are not valid; see errors.",
        kind="validation-error",
        errors=fields,
    )


def _out_of_coverage(
    exc: OutOfCoverageError, loc: tuple[Any, ...], first_covered: date | None = None
) -> ApiProblem:
    first = first_covered or exc.first
    detail = (
        f"The rules cover this from {first.isoformat()} on; {exc.on.isoformat()} is earlier "
        f"({exc.name} has no value before {exc.first.isoformat()})."
    )
    return ApiProblem(
        422,
        "Date not covered by the rules",
        detail,
        kind="out-of-coverage",
        errors=[_field_error(loc, detail, "out_of_coverage")],
        rule_date=exc.on.isoformat(),
        first_covered_date=first.isoformat(),
    )


def _first_covered(exc: OutOfCoverageError, attempt: Any) -> date:
    """The first date from which `attempt(date)` computes: the parameter that failed first may not be
    the one that starts last, so try again from its first date until nothing is missing (a few
    runs at most, one per distinct first date in the data; only on this error path)."""
    first = exc.first
    for _ in range(50):
        try:
            attempt(first)
            return first
        except OutOfCoverageError as again:
            if again.first <= first:
                return first
            first = again.first
    return first  # pragma: no cover


@api_bp.errorhandler(ApiProblem)
def _on_problem(e: ApiProblem) -> Response:
    return problem_response(e)


@api_bp.errorhandler(HTTPException)
def _on_http_error(e: HTTPException) -> Response:
    return _http_problem(e)


# Flask prefers a handler registered for a status code (such as the UI's HTML page for 413) over
# one registered for a class, so the API registers its own for every error status werkzeug knows.
for _code in sorted(c for c in default_exceptions if c >= 400):
    api_bp.register_error_handler(_code, _on_http_error)


@api_bp.errorhandler(Exception)
def _on_unexpected(e: Exception) -> Response:
    """A bug: log where (type and frames, never the message or values), answer a generic 500."""
    incident = uuid.uuid4().hex[:12]
    frames = traceback.extract_tb(e.__traceback__)[-6:]
    where = " <- ".join(f"{Path(f.filename).name}:{f.lineno}:{f.name}" for f in reversed(frames))
    log.error(
        "api %s %s failed: %s at %s (incident %s)",
        request.method,
        request.path,
        type(e).__qualname__,
        where,
        incident,
    )
    return problem_response(
        ApiProblem(
            500,
            "Internal error",
            "The calculation failed; the error has been logged without your figures.",
            incident=incident,
        )
    )


def _api_map(app: Any) -> Map:
    """The API's own URL rules (cached per app), to route /api/ paths without the UI's rules."""
    m = app.extensions.get("benefits_calc_api_map")
    if m is None:
        rules = [
            Rule(r.rule, endpoint=r.endpoint, methods=r.methods)
            for r in app.url_map.iter_rules()
            if r.endpoint.startswith(api_bp.name + ".")
        ]
        m = app.extensions["benefits_calc_api_map"] = Map(rules, strict_slashes=app.url_map.strict_slashes)
    return m


@api_bp.app_url_value_preprocessor
def _routing_errors_as_problems(endpoint: str | None, values: dict[str, Any] | None) -> None:
    """Answer 404/405 under /api/v1 as problems.

    They are raised before any blueprint is chosen (the UI's routes take only the UI's languages,
    so none matches an API path). This runs as the app's first URL value preprocessor, before any
    blueprint's (which might abort with its own page).
    """
    if not (request.path == PREFIX or request.path.startswith(PREFIX + "/")):
        return
    if request.method == "OPTIONS" and not isinstance(request.routing_exception, RoutingException):
        # Flask's automatic answer would list the methods of every rule matching the path
        allowed = _api_map(current_app).bind("localhost").allowed_methods(request.path)
        if allowed:
            resp = current_app.response_class(status=200)
            resp.allow.update(allowed)
            raise HTTPException(response=resp)
    if request.blueprint == api_bp.name:
        return
    exc = request.routing_exception
    if isinstance(exc, HTTPException) and not isinstance(exc, RoutingException):
        raise HTTPException(response=_http_problem(exc))


@api_bp.after_request
def _api_headers(resp: Response) -> Response:
    resp.headers["Content-Security-Policy"] = API_CSP
    resp.headers.setdefault("Cache-Control", "no-store")
    return resp


@api_bp.record_once
def _exempt_from_csrf(state: Any) -> None:
    """The API takes JSON only (a cross-site form cannot send it), so form CSRF does not apply."""
    csrf = state.app.extensions.get("csrf")
    if csrf is not None:
        csrf.exempt(api_bp)
    state.app.extensions["benefits_calc_api_csrf_exempt"] = csrf is not None


# ---------------------------------------------------------------------------------------------
# Requests


def _json(data: Any, status: int = 200, *, mimetype: str = "application/json") -> Response:
    body = json.dumps(data, separators=(",", ":"))  # ASCII escapes: the C encoder's fast path
    return Response(body, status=status, mimetype=mimetype)


def _json_body() -> bytes:
    """The raw JSON body: 415 unless the content type is JSON, 413 if too large (werkzeug)."""
    mimetype = request.mimetype
    if not (
        mimetype == "application/json" or (mimetype.startswith("application/") and mimetype.endswith("+json"))
    ):
        raise ApiProblem(
            415,
            "Unsupported Media Type",
            "Send the request body as JSON with Content-Type: application/json.",
            headers={"Accept-Post": "application/json"},
        )
    charset = request.mimetype_params.get("charset", "utf-8").lower()
    if charset not in ("utf-8", "utf8"):
        raise ApiProblem(415, "Unsupported Media Type", "Send application/json encoded as UTF-8.")
    limit = request.max_content_length
    if request.content_length is None and limit is not None and request.environ.get("wsgi.input_terminated"):
        # A chunked body: werkzeug would cut it at the limit without a word; refuse it instead.
        data = request.environ["wsgi.input"].read(limit + 1)
        if len(data) > limit:
            raise RequestEntityTooLarge()
        return data
    return request.get_data(cache=False)


def _validate(model: type[BaseModel], body: bytes, prefix: tuple[Any, ...] = ()) -> Any:
    try:
        return model.model_validate_json(body, strict=True)
    except ValidationError as exc:
        raise _validation_problem(exc, prefix) from None


@lru_cache(maxsize=1)
def _case_type() -> Any:
    """The case of any country, told apart by `country`."""
    models = [case_request_model(cc) for cc in engine.COUNTRIES]
    if len(models) == 1:
        return models[0]
    from typing import Union

    return Annotated[Union[tuple(models)], Field(discriminator="country")]  # noqa: UP007


@lru_cache(maxsize=1)
def _calculate_request() -> type[BaseModel]:
    case_type = _case_type()
    if isinstance(case_type, type) and issubclass(case_type, BaseModel):
        return case_type
    return create_model("CalculateRequest", __base__=StrictModel, root=(case_type, ...))  # pragma: no cover


StepPercent = Annotated[
    Decimal,
    Field(
        ge=Decimal("0.5"),
        le=50,
        max_digits=3,
        decimal_places=1,
        description="Step in % of full time between two points (one step for everything).",
    ),
]


@lru_cache(maxsize=1)
def _sweep_request() -> type[BaseModel]:
    return create_model(
        "SweepRequest",
        __base__=StrictModel,
        __doc__="A case, the wage to sweep at and the step: 0 to 100 % of full time.",
        case=(_case_type(), Field(description="The case (as for /calculate).")),
        like=(
            WorkScenario | None,
            Field(
                default=None,
                description="The wage (and full-time hours) to sweep at; its hours are ignored. "
                "Empty: the case's last scenario.",
            ),
        ),
        step_percent=(StepPercent, Decimal(1)),
    )


# ---------------------------------------------------------------------------------------------
# Routes


@api_bp.get("/")
def index() -> Response:
    return _json(
        {
            "api_version": API_VERSION,
            "countries": countries(),
            "links": {
                "openapi": f"{PREFIX}/openapi.json",
                "calculate": f"{PREFIX}/calculate",
                "sweep": f"{PREFIX}/sweep",
                "parameters": f"{PREFIX}/parameters/{{country}}",
                "schema": f"{PREFIX}/schema/{{country}}",
            },
        }
    )


@api_bp.post("/calculate")
def calculate() -> Response:
    case = _validate(_calculate_request(), _json_body())
    try:
        outcomes = engine.calculate(case)
    except OutOfCoverageError as exc:
        first = _first_covered(exc, lambda on: engine.calculate(case.model_copy(update={"rule_date": on})))
        raise _out_of_coverage(exc, ("rule_date",), first) from None
    return _json(
        {
            "country": case.country,
            "rule_date": case.rule_date.isoformat(),
            "outcomes": [outcome_to_dict(o) for o in outcomes],
        }
    )


@api_bp.post("/sweep")
def sweep() -> Response:
    from benefits_calc.sweep import sweep as run_sweep
    from benefits_calc.sweep import sweep_to_dict

    req = _validate(_sweep_request(), _json_body())
    case = req.case
    like = req.like or (case.scenarios[-1] if case.scenarios else None)
    if like is None:
        raise ApiProblem(
            422,
            "Invalid request",
            "Give the wage to sweep at in `like`, or at least one scenario in the case.",
            kind="validation-error",
            errors=[_field_error(("like",), "Field required when the case has no scenarios", "missing")],
        )
    try:
        result = run_sweep(case, like, req.step_percent)
        warnings = engine.case_params(case).warnings
    except OutOfCoverageError as exc:
        first = _first_covered(
            exc, lambda on: run_sweep(case.model_copy(update={"rule_date": on}), like, Decimal(25))
        )
        raise _out_of_coverage(exc, ("case", "rule_date"), first) from None
    return _json(
        {
            "country": case.country,
            **sweep_to_dict(result),
            "warnings": [_notice(n, result.currency) for n in warnings],
        }
    )


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _country_or_404(code: str) -> str:
    if code not in engine.COUNTRIES:
        raise ApiProblem(
            404,
            "Not Found",
            f"No rules for this country; known: {', '.join(engine.COUNTRIES)}.",
        )
    return code


@api_bp.get("/parameters/<country>")
def parameters(country: str) -> Response:
    cc = _country_or_404(country)
    raw = request.args.get("date")
    if raw is None:
        on = date.today()
    else:
        try:
            if not _ISO_DATE.fullmatch(raw):
                raise ValueError
            on = date.fromisoformat(raw)
        except ValueError:
            raise ApiProblem(
                422,
                "Invalid request",
                "The date must be YYYY-MM-DD.",
                kind="validation-error",
                errors=[_field_error(("date",), "Input should be a date YYYY-MM-DD", "date_parsing")],
            ) from None
    return Response(_parameters_body(cc, on), mimetype="application/json")


@lru_cache(maxsize=128)
def _parameters_body(cc: str, on: date) -> bytes:
    """The parameters in force on a date (cached: the data files are read once per process)."""
    cp = load_country(cc)
    found = cp.all_at(on)
    if not found:
        first = min(s.entries[0].effective_from for s in cp.series.values())
        raise _out_of_coverage(OutOfCoverageError("every parameter", on, first), ("date",))
    in_force = {p.name for p in found}
    data = {
        "country": cc,
        "date": on.isoformat(),
        "confirmed_through": cp.confirmed_through.isoformat(),
        "rules_confirmed": on <= cp.confirmed_through,
        "parameters": [p.as_dict() for p in found],
        "not_in_force": [name for name in cp.series if name not in in_force],
    }
    return json.dumps(data, separators=(",", ":")).encode()


@lru_cache(maxsize=8)
def _schema_body(cc: str) -> bytes:
    return json.dumps(case_json_schema(cc), ensure_ascii=False).encode()


@api_bp.get("/schema/<country>")
def schema(country: str) -> Response:
    resp = Response(_schema_body(_country_or_404(country)), mimetype="application/schema+json")
    resp.headers["Cache-Control"] = "public, max-age=3600"
    return resp


@lru_cache(maxsize=1)
def _openapi_body() -> bytes:
    return json.dumps(openapi_document(), ensure_ascii=False).encode()


@api_bp.get("/openapi.json")
def openapi() -> Response:
    resp = Response(_openapi_body(), mimetype="application/json")
    resp.headers["Cache-Control"] = "public, max-age=3600"
    return resp


# ---------------------------------------------------------------------------------------------
# OpenAPI 3.1, generated from the pydantic models


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


EXAMPLES = _examples()
SWEEP_EXAMPLES = _sweep_examples()


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
    sweep_req = _sweep_request()
    inputs: list[tuple[type[BaseModel], Any]] = [(m, "validation") for m in (*case_models, sweep_req)]
    outputs = [
        (m, "serialization")
        for m in (CalculateResponse, SweepResponse, ParametersResponse, IndexResponse, Problem)
    ]
    _, top = models_json_schema([*inputs, *outputs], ref_template="#/components/schemas/{model}")
    schemas: dict[str, Any] = top.get("$defs", {})
    if len(case_models) == 1:
        calc_schema = _ref(case_models[0].__name__)
    else:  # pragma: no cover - one country so far
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
            "summary": "How work changes each benefit, the tax and net income (SE; DK and FI to come).",
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
                            "description": "The date (YYYY-MM-DD); default today.",
                            "schema": {"type": "string", "format": "date", "pattern": r"^\d{4}-\d{2}-\d{2}$"},
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
