"""The Flask application: the counselling UI (`ui`), the JSON API (`api`) and hardening (`security`)."""

from __future__ import annotations

import os
import secrets
from typing import Any

from flask import Flask


def create_app(config: dict[str, Any] | None = None) -> Flask:
    """Application factory. `config` overrides defaults (tests pass TESTING, WTF_CSRF_ENABLED …).

    SECRET_KEY (signs the CSRF token's session cookie) comes from `config`, else the environment
    variable BENEFITS_CALC_SECRET_KEY, else a random key per process (`serve` creates the app once
    before forking its workers, so they share it).
    """
    from benefits_calc.web.i18n import DEFAULT_LANGUAGE, TRANSLATIONS_DIR
    from flask_babel import Babel
    from flask_wtf.csrf import CSRFProtect

    app = Flask(__name__)
    app.config.from_mapping(
        MAX_CONTENT_LENGTH=256 * 1024,
        BABEL_DEFAULT_LOCALE=DEFAULT_LANGUAGE,
        BABEL_TRANSLATION_DIRECTORIES=str(TRANSLATIONS_DIR),
        SECRET_KEY=os.environ.get("BENEFITS_CALC_SECRET_KEY") or secrets.token_hex(32),
        WTF_CSRF_TIME_LIMIT=None,  # the token lives as long as the browser session (a long meeting)
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
    )
    if config:
        app.config.update(config)

    from benefits_calc.web import security

    security.init_app(app)

    from benefits_calc.web.ui import init_app as init_ui
    from benefits_calc.web.ui import select_locale

    Babel(app, locale_selector=select_locale)
    CSRFProtect(app)
    init_ui(app)

    from benefits_calc.web.api import api_bp

    app.register_blueprint(api_bp, url_prefix="/api/v1")
    return app
