"""``GET /healthz``: is this instance able to answer? For a load balancer's health check and a
container's liveness/readiness probe.

200 ``{"status": "ok", ...}`` when every registered country's rules load (they are read once per
process and kept, so the check costs microseconds after the first); 503 otherwise, naming no more
than the failing country. No client data is involved; no rate limit applies.
"""

from __future__ import annotations

from flask import Blueprint, Response, current_app, json

from benefits_calc import engine
from benefits_calc.parameters import ParameterError, load_country

health_bp = Blueprint("health", __name__)


@health_bp.get("/healthz")
def healthz() -> Response:
    failing = []
    for cc in engine.COUNTRIES:
        try:
            load_country(cc)
        except (ParameterError, OSError, ValueError):
            current_app.logger.exception("health check: the rules of %s do not load", cc)
            failing.append(cc)
    body = {"status": "failing" if failing else "ok", "countries": sorted(engine.COUNTRIES)}
    if failing:
        body["failing"] = failing
    resp = Response(json.dumps(body), status=503 if failing else 200, mimetype="application/json")
    resp.headers["Cache-Control"] = "no-store"
    return resp
