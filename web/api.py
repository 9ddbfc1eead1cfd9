"""JSON API /api/v1 (owned by the API/hardening work)."""

from __future__ import annotations

from flask import Blueprint

api_bp = Blueprint("api", __name__)
