"""Hardening for the whole app: security headers, request limits and log hygiene.

Headers (every response; a view may set its own, stricter, value first):
- Content-Security-Policy without 'unsafe-inline': scripts and styles only from our own files,
  no plugins, no <base>, forms post only to us, and no framing (``frame-ancestors 'none'``).
  Templates therefore use no inline <script>, no <style> element and no style="" attribute (an
  inline SVG chart styles itself with classes from the stylesheet or presentation attributes).
- X-Content-Type-Options: nosniff; Referrer-Policy: no-referrer; X-Frame-Options: DENY (for old
  browsers); Cross-Origin-Opener/Resource-Policy: same-origin; a Permissions-Policy that turns
  off what the app never uses; Cache-Control: no-store for everything but static files, because a
  page may hold a client's figures; HSTS when the request came over HTTPS.

Limits: MAX_CONTENT_LENGTH (256 KiB unless configured; werkzeug answers 413), form memory/parts.

Logs never hold a client's figures or free text:
- the access lines of werkzeug's development server lose their query string (gunicorn's access
  log format in bench/gunicorn.conf.py leaves it out too);
- an exception logged through the app's logger keeps its type and the frames (file:line:function)
  but loses its message and chained messages (a pydantic ValidationError's text contains the
  submitted values; so may any other exception's).
"""

from __future__ import annotations

import logging
import re
import traceback
from pathlib import Path

from flask import Flask, Response, request

CSP = "; ".join(
    (
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    )
)

SECURITY_HEADERS: dict[str, str] = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
}

DEFAULT_MAX_CONTENT_LENGTH = 256 * 1024


def init_app(app: Flask) -> None:
    """Install headers, limits and log filters on `app`."""
    app.config.setdefault("MAX_CONTENT_LENGTH", DEFAULT_MAX_CONTENT_LENGTH)
    app.config.setdefault("MAX_FORM_MEMORY_SIZE", 64 * 1024)
    app.config.setdefault("MAX_FORM_PARTS", 500)
    app.config.setdefault("SESSION_COOKIE_HTTPONLY", True)
    app.config.setdefault("SESSION_COOKIE_SAMESITE", "Lax")

    @app.after_request
    def _security_headers(resp: Response) -> Response:
        for name, value in SECURITY_HEADERS.items():
            resp.headers.setdefault(name, value)
        if "Cache-Control" not in resp.headers and request.endpoint != "static":
            resp.headers["Cache-Control"] = "no-store"
        if request.is_secure:
            resp.headers.setdefault("Strict-Transport-Security", "max-age=31536000")
        return resp

    exempted: list[bool] = []

    @app.before_request
    def _api_exempt_from_csrf() -> None:
        """The JSON API is exempt from form CSRF, whichever order the app installed them in."""
        if not exempted:
            csrf, api = app.extensions.get("csrf"), app.blueprints.get("api")
            if csrf is not None and api is not None:
                csrf.exempt(api)
            exempted.append(True)

    redact = RedactExceptionFilter()
    if not any(isinstance(f, RedactExceptionFilter) for f in app.logger.filters):
        app.logger.addFilter(redact)
    wz = logging.getLogger("werkzeug")
    if not any(isinstance(f, StripQueryFilter) for f in wz.filters):
        wz.addFilter(StripQueryFilter())
        wz.addFilter(redact)


def describe_exception(exc: BaseException, limit: int = 8) -> str:
    """Type and frames of an exception and its causes - never its message (it may hold values)."""
    parts = []
    seen: set[int] = set()
    e: BaseException | None = exc
    while e is not None and id(e) not in seen:
        seen.add(id(e))
        frames = traceback.extract_tb(e.__traceback__)[-limit:]
        where = " <- ".join(f"{Path(f.filename).name}:{f.lineno}:{f.name}" for f in reversed(frames))
        parts.append(f"{type(e).__module__}.{type(e).__qualname__} at {where or '?'}")
        e = e.__cause__ or e.__context__
    return "; caused by ".join(parts)


class RedactExceptionFilter(logging.Filter):
    """Replace a record's traceback by `describe_exception` (type and frames, no message)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.exc_info and record.exc_info[1] is not None:
            exc = record.exc_info[1]
            record.msg = f"{record.getMessage()} [{describe_exception(exc)}; exception text withheld]"
            record.args = None
            record.exc_info = None
            record.exc_text = None
        return True


_QUERY = re.compile(r'([A-Z]+ /[^ ?"]*)\?[^ "\x1b]*')


class StripQueryFilter(logging.Filter):
    """Drop the query string from werkzeug's access lines ("GET /path?x=1 HTTP/1.1" -> "/path")."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple):
            record.args = tuple(_QUERY.sub(r"\1", a) if isinstance(a, str) else a for a in record.args)
        elif isinstance(record.msg, str):
            record.msg = _QUERY.sub(r"\1", record.msg)
        return True
