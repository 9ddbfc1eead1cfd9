"""The Flask application: the counselling UI (`ui`), the JSON API (`api`) and hardening (`security`)."""

from __future__ import annotations

from typing import Any

from flask import Flask


def create_app(config: dict[str, Any] | None = None) -> Flask:
    """Application factory. `config` overrides defaults (tests pass TESTING, WTF_CSRF_ENABLED …).

    The defaults come from the environment (`benefits_calc.web.settings`, docs/deploy.md):
    SECRET_KEY (signs the CSRF token's session cookie) from BENEFITS_CALC_SECRET_KEY, else a random
    key per process (`serve` creates the app once before forking its workers, so they share it;
    several instances need the variable); a form's token expires after BENEFITS_CALC_CSRF_HOURS
    (a meeting's length); PROXY_HOPS > 0 trusts that many proxies' X-Forwarded-* headers.
    """
    from benefits_calc.web.i18n import DEFAULT_LANGUAGE, TRANSLATIONS_DIR
    from benefits_calc.web.settings import app_config
    from flask_babel import Babel
    from flask_wtf.csrf import CSRFProtect

    app = Flask(__name__)
    app.config.from_mapping(
        MAX_CONTENT_LENGTH=256 * 1024,
        BABEL_DEFAULT_LOCALE=DEFAULT_LANGUAGE,
        BABEL_TRANSLATION_DIRECTORIES=str(TRANSLATIONS_DIR),
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        **app_config(),
    )
    if config:
        app.config.update(config)
    if app.config.get("PROXY_HOPS"):
        from werkzeug.middleware.proxy_fix import ProxyFix

        hops = int(app.config["PROXY_HOPS"])
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=hops, x_proto=hops, x_host=hops, x_port=hops)  # type: ignore[method-assign]

    from benefits_calc.web import security

    security.init_app(app)

    from benefits_calc.web.ui import init_app as init_ui
    from benefits_calc.web.ui import select_locale

    Babel(app, locale_selector=select_locale)
    CSRFProtect(app)
    init_ui(app)

    from benefits_calc.web import capacity
    from benefits_calc.web.api import api_bp
    from benefits_calc.web.health import health_bp

    capacity.init_app(app)
    app.register_blueprint(api_bp, url_prefix="/api/v1")
    app.register_blueprint(health_bp)
    return app
