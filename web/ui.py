"""The counselling UI (owned by the web-app work)."""

from __future__ import annotations

from flask import Flask


def init_app(app: Flask) -> None:
    """Placeholder until the UI work lands."""
