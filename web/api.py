"""JSON API ``/api/v1``: the engine for case systems and other programs, without the UI.

    GET  /api/v1/                       countries and links
    POST /api/v1/calculate              a case and its scenarios -> one Outcome per scenario
    POST /api/v1/sweep                  {case, like, step_percent} -> points, thresholds, rates
    POST /api/v1/timeline               {case, work, start, months} -> month by month, events
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
from datetime import date, timedelta
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Any

from benefits_calc.web.api_problems import (
    API_CSP,
    ApiProblem,
    field_error,
    first_covered,
    http_problem,
    json_response,
    out_of_coverage,
    problem_response,
    validation_problem,
)
from flask import Blueprint, Response, current_app, request
from pydantic import BaseModel, ConfigDict, Field, ValidationError, create_model
from werkzeug.exceptions import HTTPException, RequestEntityTooLarge, default_exceptions
from werkzeug.routing import Map, RoutingException, Rule

from benefits_calc import engine
from benefits_calc.models import StepPercent, StrictModel, WorkScenario
from benefits_calc.numbers import WholeNumber
from benefits_calc.parameters import OutOfCoverageError
from benefits_calc.schema import (
    case_from_json,
    case_json_schema,
    case_request_model,
    countries,
    country_named,
    peek_json,
)
from benefits_calc.schema_rules import above_zero, at, dates_through, either, given, not_given, stated
from benefits_calc.serialize import calculate_document, parameters_document, sweep_document

API_VERSION = "1"
PREFIX = "/api/v1"

log = logging.getLogger(__name__)

api_bp = Blueprint("api", __name__)


@api_bp.errorhandler(ApiProblem)
def _on_problem(e: ApiProblem) -> Response:
    return problem_response(e)


@api_bp.errorhandler(HTTPException)
def _on_http_error(e: HTTPException) -> Response:
    return http_problem(e)


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
        raise HTTPException(response=http_problem(exc))


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
        raise validation_problem(exc, prefix) from None


@lru_cache(maxsize=1)
def _case_type() -> Any:
    """The case of any country, told apart by `country`."""
    models = [case_request_model(cc) for cc in engine.COUNTRIES]
    if len(models) == 1:
        return models[0]
    from typing import Union

    return Annotated[Union[tuple(models)], Field(discriminator="country")]  # noqa: UP007


_peek = peek_json
_country_of = country_named


def calculate_request(data: Any = None) -> type[BaseModel]:
    """The case model for a request: the country the body names (errors then point into the case
    itself, #/person/age, whatever the number of countries)."""
    return case_request_model(_country_of(data))


class _SweepBase(StrictModel):
    # `like` may be left out only when the case has scenarios (the last one gives the wage).
    model_config = ConfigDict(
        json_schema_extra=stated(
            {
                "anyOf": [
                    given("like"),
                    at("case", {"required": ["scenarios"], "properties": {"scenarios": {"minItems": 1}}}),
                ]
            }
        )
    )


@lru_cache(maxsize=8)
def sweep_request(country: str | None = None) -> type[BaseModel]:
    """The sweep request; with `country`, the one whose case is that country's (what a request is
    validated with), without it the documented one whose case is any country's."""
    return create_model(
        "SweepRequest",
        __base__=_SweepBase,
        __doc__="A case, the wage to sweep at and the step: 0 to 100 % of full time.",
        case=(
            _case_type() if country is None else case_request_model(country),
            Field(description="The case (as for /calculate)."),
        ),
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


#: A scenario with hours of work: hours a week or a percent of full time above 0 (full time is).
WITH_HOURS = either(above_zero("hours_per_week"), above_zero("percent_of_full_time"))
#: The latest first day of work a timeline takes: its months and the events after them (a tax
#: reconciliation or a review up to a few years later) stay inside the calendar, which ends with the
#: year 9999. A bound the schema can state, where "the timeline's events end before 10000" depends on
#: the case.
LAST_TIMELINE_START = date(9989, 12, 31)


class _TimelineBase(StrictModel):
    # The scenario to follow has hours: `work`, or when it is left out a scenario of the case; and
    # the first month (`start`'s, or the one after the case's rule_date) is not after 9989-12.
    model_config = ConfigDict(
        json_schema_extra=stated(
            {"properties": {"start": {"pattern": dates_through(LAST_TIMELINE_START)}}},
            either(
                given("start"),
                at(
                    "case",
                    {
                        "properties": {
                            "rule_date": {
                                "pattern": dates_through(
                                    LAST_TIMELINE_START.replace(day=1) - timedelta(days=1)
                                )
                            }
                        }
                    },
                ),
            ),
            either(
                {"allOf": [given("work"), {"properties": {"work": WITH_HOURS}}]},
                {
                    "allOf": [
                        not_given("work"),
                        at(
                            "case",
                            {
                                "required": ["scenarios"],
                                "properties": {"scenarios": {"contains": WITH_HOURS}},
                            },
                        ),
                    ]
                },
            ),
        )
    )


@lru_cache(maxsize=8)
def timeline_request(country: str | None = None) -> type[BaseModel]:
    """The timeline request (as `sweep_request`: with `country`, the one a request is validated with)."""
    from benefits_calc.parameters import load_country
    from benefits_calc.schema_rules import dates_from
    from benefits_calc.timeline import DEFAULT_MONTHS, MAX_MONTHS, MIN_MONTHS

    codes = [country] if country is not None else list(engine.COUNTRIES)
    first = max(load_country(cc).first_covered for cc in codes)
    return create_model(
        "TimelineRequest",
        __base__=_TimelineBase,
        __doc__="A case, the scenario to follow and the first day of work: month by month.",
        case=(
            _case_type() if country is None else case_request_model(country),
            Field(description="The case (as for /calculate)."),
        ),
        work=(
            WorkScenario | None,
            Field(
                default=None,
                description="The scenario to follow (hours and wage). Empty: the case's last scenario "
                "with hours.",
            ),
        ),
        start=(
            date | None,
            Field(
                default=None,
                description="The first day of work (its month is the first month). Empty: the first of the "
                f"month after the case's rule_date. From {first.isoformat()}, the first date the rules "
                f"cover (an earlier one is 422), to {LAST_TIMELINE_START.isoformat()} (when left out, the "
                "case's rule_date must be in an earlier month).",
                json_schema_extra={"pattern": dates_from(first)},
            ),
        ),
        months=(
            WholeNumber,
            Field(default=DEFAULT_MONTHS, ge=MIN_MONTHS, le=MAX_MONTHS, description="How many months."),
        ),
    )


# ---------------------------------------------------------------------------------------------
# Routes


@api_bp.get("/")
def index() -> Response:
    return json_response(
        {
            "api_version": API_VERSION,
            "countries": countries(),
            "links": {
                "openapi": f"{PREFIX}/openapi.json",
                "calculate": f"{PREFIX}/calculate",
                "sweep": f"{PREFIX}/sweep",
                "timeline": f"{PREFIX}/timeline",
                "parameters": f"{PREFIX}/parameters/{{country}}",
                "schema": f"{PREFIX}/schema/{{country}}",
            },
        }
    )


def _steps_wanted() -> bool:
    """``?steps=false``: the amounts without the steps and parameters that explain them."""
    raw = request.args.get("steps", "true")
    if raw not in ("true", "false"):
        raise ApiProblem(
            422,
            "Invalid request",
            "steps must be true or false.",
            kind="validation-error",
            errors=[field_error(("steps",), "Input should be true or false", "bool_parsing")],
        )
    return raw == "true"


@api_bp.post("/calculate")
def calculate() -> Response:
    steps = _steps_wanted()
    body = _json_body()
    try:
        case = case_from_json(body)
    except ValidationError as exc:
        raise validation_problem(exc) from None
    try:
        document = calculate_document(case, steps)
    except OutOfCoverageError as exc:
        first = first_covered(exc, lambda on: engine.calculate(case.model_copy(update={"rule_date": on})))
        raise out_of_coverage(exc, ("rule_date",), first) from None
    return json_response(document)


@api_bp.post("/sweep")
def sweep() -> Response:
    from benefits_calc.sweep import sweep as run_sweep

    body = _json_body()
    data = _peek(body)
    req = _validate(sweep_request(_country_of(data.get("case") if isinstance(data, dict) else None)), body)
    case = req.case
    like = req.like or (case.scenarios[-1] if case.scenarios else None)
    if like is None:
        raise ApiProblem(
            422,
            "Invalid request",
            "Give the wage to sweep at in `like`, or at least one scenario in the case.",
            kind="validation-error",
            errors=[field_error(("like",), "Field required when the case has no scenarios", "missing")],
        )
    try:
        document = sweep_document(case, like, req.step_percent)
    except OutOfCoverageError as exc:
        first = first_covered(
            exc, lambda on: run_sweep(case.model_copy(update={"rule_date": on}), like, Decimal(25))
        )
        raise out_of_coverage(exc, ("case", "rule_date"), first) from None
    return json_response(document)


@api_bp.post("/timeline")
def timeline() -> Response:
    from benefits_calc.timeline import timeline as run_timeline
    from benefits_calc.timeline import timeline_to_dict, working_scenario

    body = _json_body()
    data = _peek(body)
    req = _validate(timeline_request(_country_of(data.get("case") if isinstance(data, dict) else None)), body)
    case = req.case
    work = req.work or working_scenario(case)
    if work is None or work.hours <= 0:
        raise ApiProblem(
            422,
            "Invalid request",
            "Give the scenario to follow in `work` (with hours), or a scenario with hours in the case.",
            kind="validation-error",
            errors=[
                field_error(("work",), "A scenario with hours of work is required", "timeline_needs_hours")
            ],
        )
    where = ("start",) if req.start is not None else ("case", "rule_date")
    if req.start is not None:
        too_late = req.start > LAST_TIMELINE_START
    else:  # the first month is the one after the rule date's
        too_late = case.rule_date >= LAST_TIMELINE_START.replace(day=1)
    if too_late:
        raise _too_late(where)
    try:
        tl = run_timeline(case, work, start=req.start, months=req.months)
    except OutOfCoverageError as exc:
        # the case's own date (its decision letters) or the first month
        raise out_of_coverage(exc, ("case", "rule_date") if exc.on == case.rule_date else where) from None
    except ValueError:  # the months would run past the year 9999 (not from LAST_TIMELINE_START on)
        raise _too_late(where) from None
    return json_response(timeline_to_dict(tl))


def _too_late(where: tuple[str, ...]) -> ApiProblem:
    message = f"The first month of a timeline is at the latest {LAST_TIMELINE_START:%Y-%m}"
    return ApiProblem(
        422,
        "Invalid request",
        f"{message} (its events must end before the year 10000).",
        kind="validation-error",
        errors=[field_error(where, message, "date_too_late")],
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
                errors=[field_error(("date",), "Input should be a date YYYY-MM-DD", "date_parsing")],
            ) from None
    return Response(_parameters_body(cc, on), mimetype="application/json")


@lru_cache(maxsize=128)
def _parameters_body(cc: str, on: date) -> bytes:
    """The parameters in force on a date (cached: the data files are read once per process)."""
    try:
        data = parameters_document(cc, on)
    except OutOfCoverageError as exc:
        raise out_of_coverage(exc, ("date",)) from None
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
    from benefits_calc.web.openapi import openapi_document

    return json.dumps(openapi_document(), ensure_ascii=False).encode()


@api_bp.get("/openapi.json")
def openapi() -> Response:
    resp = Response(_openapi_body(), mimetype="application/json")
    resp.headers["Cache-Control"] = "public, max-age=3600"
    return resp
