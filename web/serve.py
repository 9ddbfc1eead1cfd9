"""`benefits-calc serve`: the web app and the API under gunicorn (a production WSGI server).

The app is created once, before gunicorn forks its workers, so every worker shares the same
secret key (CSRF tokens signed by one worker are valid in the other). Gunicorn's access log is
off: nothing about a request is logged (the case travels in POST bodies, never in URLs anyway).
"""

from __future__ import annotations

from typing import Any

from gunicorn.app.base import BaseApplication

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000
WORKERS = 2


class _Server(BaseApplication):  # type: ignore[misc]
    def __init__(self, app: Any, options: dict[str, Any]) -> None:
        self.application = app
        self.options = options
        super().__init__()

    def load_config(self) -> None:
        for key, value in self.options.items():
            if key in self.cfg.settings and value is not None:
                self.cfg.set(key, value)

    def load(self) -> Any:
        return self.application


def serve(host: str = DEFAULT_HOST, port: int = DEFAULT_PORT) -> None:
    """Run the app on host:port with 2 gunicorn workers until stopped (Ctrl+C)."""
    from benefits_calc.web import create_app

    app = create_app()
    options = {
        "bind": f"{host}:{port}",
        "workers": WORKERS,
        "worker_class": "sync",
        "timeout": 60,  # a PDF takes about a second; leave room on a slow machine
        "accesslog": None,
        "errorlog": "-",
        "loglevel": "warning",
        "preload_app": True,
    }
    _Server(app, options).run()


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description="Run the benefits calculator web app.")
    parser.add_argument("--host", default=DEFAULT_HOST)
    parser.add_argument("--port", type=int, default=DEFAULT_PORT)
    ns = parser.parse_args()
    serve(ns.host, ns.port)
