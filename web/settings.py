"""Configuration by environment: one place that reads every ``BENEFITS_CALC_*`` variable.

The service keeps no state, so several identical instances can run behind a load balancer; what
they must share comes from the environment (docs/deploy.md lists every variable):

=====================================  ===========================================================
``BENEFITS_CALC_SECRET_KEY``           signs the session cookie that holds the CSRF token; give
                                       every instance the same one (else a form posted to another
                                       instance than the one that served it is refused)
``BENEFITS_CALC_PROXY_HOPS``           number of reverse proxies in front that set
                                       X-Forwarded-For/-Proto/-Host (0: trust none; the default)
``BENEFITS_CALC_SECURE_COOKIES``       1: the session cookie is ``Secure`` (served over HTTPS)
``BENEFITS_CALC_CSRF_HOURS``           how long a form stays valid (default 4 hours)
``BENEFITS_CALC_PDF_CONCURRENCY``      PDFs rendered at once on this machine (default 1)
``BENEFITS_CALC_PDF_WAIT_SECONDS``     how long a PDF request waits for a free slot (default 2)
``BENEFITS_CALC_PDF_RATE_LIMIT``       PDFs per client address (Flask-Limiter syntax; default
                                       "10 per minute; 60 per hour"; "off" turns it off)
``BENEFITS_CALC_RATELIMIT_STORAGE``    where the limiter counts (default ``memory://``: per
                                       process; ``redis://host:6379`` to share between instances)
``BENEFITS_CALC_WORKERS``              server processes (default 2)
``BENEFITS_CALC_THREADS``              request threads per process (default 8)
``BENEFITS_CALC_HOST`` / ``_PORT``     where ``benefits-calc serve`` listens by default
=====================================  ===========================================================

A value that cannot be read stops the start with a message naming the variable (never a silent
default).
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Mapping
from typing import Any

PREFIX = "BENEFITS_CALC_"

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000
DEFAULT_WORKERS = 2
DEFAULT_THREADS = 8
DEFAULT_CSRF_HOURS = 4
DEFAULT_PDF_CONCURRENCY = 1
DEFAULT_PDF_WAIT_SECONDS = 2.0
DEFAULT_PDF_RATE_LIMIT = "10 per minute; 60 per hour"
DEFAULT_RATELIMIT_STORAGE = "memory://"

#: Every variable this module reads (without the prefix); docs/deploy.md describes each.
VARIABLES = (
    "SECRET_KEY",
    "PROXY_HOPS",
    "SECURE_COOKIES",
    "CSRF_HOURS",
    "PDF_CONCURRENCY",
    "PDF_WAIT_SECONDS",
    "PDF_RATE_LIMIT",
    "RATELIMIT_STORAGE",
    "WORKERS",
    "THREADS",
    "HOST",
    "PORT",
)

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


class SettingError(ValueError):
    """An environment variable that cannot be read: the message names it."""


def _raw(name: str, env: Mapping[str, str] | None) -> str | None:
    assert name in VARIABLES, name
    value = (os.environ if env is None else env).get(PREFIX + name)
    return None if value is None else value.strip()


def env_int(
    name: str, default: int, *, low: int = 0, high: int = 10_000, env: Mapping[str, str] | None = None
) -> int:
    raw = _raw(name, env)
    if raw is None or raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise SettingError(f"{PREFIX}{name} must be a whole number, not {raw[:20]!r}") from None
    if not low <= value <= high:
        raise SettingError(f"{PREFIX}{name} must be {low}-{high}, not {value}")
    return value


def env_float(
    name: str, default: float, *, low: float = 0, high: float = 3600, env: Mapping[str, str] | None = None
) -> float:
    raw = _raw(name, env)
    if raw is None or raw == "":
        return default
    try:
        value = float(raw)
    except ValueError:
        raise SettingError(f"{PREFIX}{name} must be a number of seconds, not {raw[:20]!r}") from None
    if not low <= value <= high:
        raise SettingError(f"{PREFIX}{name} must be {low:g}-{high:g}, not {value:g}")
    return value


def env_bool(name: str, default: bool, *, env: Mapping[str, str] | None = None) -> bool:
    raw = _raw(name, env)
    if raw is None:
        return default
    if raw.lower() in _TRUE:
        return True
    if raw.lower() in _FALSE:
        return False
    raise SettingError(f"{PREFIX}{name} must be 1 or 0 (true/false), not {raw[:20]!r}")


def env_str(name: str, default: str, *, env: Mapping[str, str] | None = None) -> str:
    raw = _raw(name, env)
    return default if raw is None or raw == "" else raw


def app_config(env: Mapping[str, str] | None = None) -> dict[str, Any]:
    """Flask configuration from the environment (create_app applies its own `config` on top)."""
    secure = env_bool("SECURE_COOKIES", False, env=env)
    rate = env_str("PDF_RATE_LIMIT", DEFAULT_PDF_RATE_LIMIT, env=env)
    return {
        "SECRET_KEY": env_str("SECRET_KEY", "", env=env) or secrets.token_hex(32),
        "WTF_CSRF_TIME_LIMIT": env_int("CSRF_HOURS", DEFAULT_CSRF_HOURS, low=2, high=24, env=env) * 3600,
        "SESSION_COOKIE_SECURE": secure,
        "PROXY_HOPS": env_int("PROXY_HOPS", 0, high=10, env=env),
        "PDF_CONCURRENCY": env_int("PDF_CONCURRENCY", DEFAULT_PDF_CONCURRENCY, low=1, high=64, env=env),
        "PDF_WAIT_SECONDS": env_float("PDF_WAIT_SECONDS", DEFAULT_PDF_WAIT_SECONDS, high=60, env=env),
        "PDF_RATE_LIMIT": None if rate.lower() in ("off", "none", "0") else rate,
        "RATELIMIT_STORAGE_URI": env_str("RATELIMIT_STORAGE", DEFAULT_RATELIMIT_STORAGE, env=env),
    }


def server_options(env: Mapping[str, str] | None = None) -> dict[str, Any]:
    """What `benefits-calc serve` needs besides the app: where, how many processes and threads."""
    return {
        "host": env_str("HOST", DEFAULT_HOST, env=env),
        "port": env_int("PORT", DEFAULT_PORT, low=1, high=65535, env=env),
        "workers": env_int("WORKERS", DEFAULT_WORKERS, low=1, high=64, env=env),
        "threads": env_int("THREADS", DEFAULT_THREADS, low=1, high=256, env=env),
    }
