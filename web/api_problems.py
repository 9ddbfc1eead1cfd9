"""Errors of the JSON API as RFC 9457 problem details (``application/problem+json``).

Each bad field is named by a JSON Pointer with a message and an error type; no error echoes the
values a client sent.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from flask import Response, request
from pydantic import ValidationError
from werkzeug.exceptions import HTTPException

from benefits_calc.parameters import OutOfCoverageError

PROBLEM_JSON = "application/problem+json"
PROBLEM_BASE = "urn:benefits-calc:problem:"
# API responses are data, never documents: nothing may run, load or frame them.
API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"


def json_response(data: Any, status: int = 200, *, mimetype: str = "application/json") -> Response:
    body = json.dumps(data, separators=(",", ":"))  # ASCII escapes: the C encoder's fast path
    return Response(body, status=status, mimetype=mimetype)


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


#: An error answer lists at most this many fields (the total is in ``errors_total``) ...
MAX_ERRORS = 20
#: ... and names a field by at most this many characters of each key (a key is what a client sent).
MAX_KEY = 64


def _key(p: Any) -> str:
    text = str(p)
    return text if len(text) <= MAX_KEY else text[: MAX_KEY - 1] + "…"


def _pointer(loc: tuple[Any, ...]) -> str:
    parts = [_key(p).replace("~", "~0").replace("/", "~1") for p in loc]
    return "#" + "".join("/" + p for p in parts)


def field_error(loc: tuple[Any, ...], message: str, kind: str) -> dict[str, str]:
    return {
        "pointer": _pointer(loc),
        "field": ".".join(_key(p) for p in loc),
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
    resp = json_response(body, p.status, mimetype=PROBLEM_JSON)
    resp.headers["Content-Security-Policy"] = API_CSP  # also when answered outside the blueprint
    resp.headers["Cache-Control"] = "no-store"
    for k, v in p.headers.items():
        resp.headers[k] = v
    return resp


def http_problem(e: HTTPException) -> Response:
    """A werkzeug HTTP error (404, 405, 413 …) as problem+json, keeping headers such as Allow."""
    status = e.code or 500
    headers = {k: v for k, v in e.get_headers() if k.lower() != "content-type"}
    detail = {
        413: f"The request body is larger than {request.max_content_length or 0} bytes.",
        404: "No such resource; see /api/v1/openapi.json.",
        405: "Method not allowed here; see the Allow header.",
    }.get(status)
    return problem_response(ApiProblem(status, e.name, detail, headers=headers))


def validation_problem(exc: ValidationError, prefix: tuple[Any, ...] = ()) -> ApiProblem:
    """Each bad field by pointer, with pydantic's message; the submitted values are never echoed."""
    errs = exc.errors(include_url=False, include_input=False, include_context=False)
    if errs and all(e["type"] == "json_invalid" for e in errs):
        return ApiProblem(
            400,
            "Invalid JSON",
            "The request body is not valid JSON (" + errs[0]["msg"].removeprefix("Invalid JSON: ") + ").",
            kind="invalid-json",
        )
    fields = [field_error(prefix + tuple(e["loc"]), e["msg"], e["type"]) for e in errs[:MAX_ERRORS]]
    if len(errs) <= MAX_ERRORS:
        return ApiProblem(
            422,
            "Invalid request",
            f"{len(fields)} field(s) are not valid; see errors.",
            kind="validation-error",
            errors=fields,
        )
    return ApiProblem(
        422,
        "Invalid request",
        f"{len(errs)} field(s) are not valid; errors lists the first {MAX_ERRORS}.",
        kind="validation-error",
        errors=fields,
        errors_total=len(errs),
    )


def out_of_coverage(
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
        errors=[field_error(loc, detail, "out_of_coverage")],
        rule_date=exc.on.isoformat(),
        first_covered_date=first.isoformat(),
    )


def first_covered(exc: OutOfCoverageError, attempt: Any) -> date:
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
