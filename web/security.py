"""Hardening for the whole app (owned by the API/hardening work): headers, limits, log hygiene."""

from __future__ import annotations

from flask import Flask


def init_app(app: Flask) -> None:
    """Placeholder until the hardening work lands."""
