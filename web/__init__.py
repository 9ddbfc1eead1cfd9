"""The Flask application: the counselling UI (`ui`), the JSON API (`api`) and hardening (`security`)."""

from __future__ import annotations

from typing import Any

from flask import Flask


def create_app(config: dict[str, Any] | None = None) -> Flask:
    """Application factory. `config` overrides defaults (tests pass TESTING, WTF_CSRF_ENABLED …)."""
    app = Flask(__name__)
    app.config.from_mapping(
        MAX_CONTENT_LENGTH=256 * 1024,
        BABEL_DEFAULT_LOCALE="sv",
    )
    if config:
        app.config.update(config)

    from benefits_calc.web import security

    security.init_app(app)

    from benefits_calc.web.ui import init_app as init_ui

    init_ui(app)

    from benefits_calc.web.api import api_bp

    app.register_blueprint(api_bp, url_prefix="/api/v1")
    return app
