"""Bounds on the expensive work: PDFs, so that a few clients cannot take every worker.

A PDF costs about a third of a second of CPU (a result page about 20 ms). Two bounds:

* **PDF slots** (`pdf_slot`): at most ``PDF_CONCURRENCY`` PDFs are rendered at once on this
  machine, across all worker processes and threads (default 1, so one core always stays for
  everything else). A slot is an exclusive ``flock`` on one of N files in a private directory: the
  kernel releases it when the holder ends, even when a worker is killed mid-render, so a slot is
  never lost. A PDF request waits up to ``PDF_WAIT_SECONDS`` for a slot, then gets ``503`` with
  ``Retry-After`` and the form again, values kept, with a message saying why.
* **A rate limit per client address** (Flask-Limiter, ``PDF_RATE_LIMIT``, default "10 per minute;
  60 per hour": a meeting needs a few): over it, ``429`` with ``Retry-After``, the same way. The
  counters live in ``RATELIMIT_STORAGE_URI`` (default in memory, per process: with 2 processes a
  client may get up to twice the limit; a shared store such as ``redis://`` makes it exact across
  processes and instances). Behind a proxy, set ``BENEFITS_CALC_PROXY_HOPS`` so that the client's
  address is the real one, not the proxy's.

Only the form's ``action=pdf`` is limited; the API makes no PDFs.
"""

from __future__ import annotations

import fcntl
import os
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from flask import Flask, current_app, request
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from werkzeug.exceptions import HTTPException, ServiceUnavailable

#: Seconds a client is asked to wait when every PDF slot is busy.
BUSY_RETRY_AFTER = 5
#: A limit so high that it never applies (when PDF_RATE_LIMIT is off the check is skipped anyway).
_NEVER = "1000000 per second"

limiter = Limiter(key_func=get_remote_address, default_limits=[], headers_enabled=False)


def _pdf_limit() -> str:
    return current_app.config.get("PDF_RATE_LIMIT") or _NEVER


def _not_a_pdf() -> bool:
    return request.form.get("action") != "pdf" or not current_app.config.get("PDF_RATE_LIMIT")


#: Decorates the form's POST view: counts and limits only the requests that ask for a PDF.
pdf_rate_limit = limiter.limit(_pdf_limit, exempt_when=_not_a_pdf, override_defaults=False)


class PdfBusy(ServiceUnavailable):
    """Every PDF slot is taken (503, Retry-After)."""

    def __init__(self) -> None:
        super().__init__("Every PDF slot is busy.")
        self.retry_after = BUSY_RETRY_AFTER


def _slot_dir() -> Path:
    configured = current_app.config.get("PDF_SLOT_DIR")
    d = Path(configured) if configured else Path(tempfile.gettempdir()) / f"benefits-calc-pdf-{os.getuid()}"
    d.mkdir(mode=0o700, exist_ok=True)
    return d


@contextmanager
def pdf_slot() -> Iterator[None]:
    """Hold one of the machine's PDF slots while the body runs; `PdfBusy` when none frees up in
    time."""
    slots = int(current_app.config.get("PDF_CONCURRENCY") or 1)
    deadline = time.monotonic() + float(current_app.config.get("PDF_WAIT_SECONDS") or 0)
    d = _slot_dir()
    while True:
        for i in range(slots):
            fd = os.open(d / f"slot-{i}", os.O_RDWR | os.O_CREAT, 0o600)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                os.close(fd)
                continue
            try:
                yield
            finally:
                fcntl.flock(fd, fcntl.LOCK_UN)
                os.close(fd)
            return
        if time.monotonic() >= deadline:
            raise PdfBusy()
        time.sleep(0.05)


def retry_after(exc: HTTPException) -> int:
    """Seconds until a refused PDF may be asked for again."""
    if isinstance(exc, PdfBusy):
        return exc.retry_after
    try:
        current = limiter.current_limit
        if current is not None:
            return max(2, int(current.reset_at - time.time()) + 1)  # "2 seconds": a plural in every language
    except Exception:  # the store is unreachable: a minute is a safe guess
        pass
    return 60


def init_app(app: Flask) -> None:
    app.config.setdefault("RATELIMIT_STORAGE_URI", "memory://")
    limiter.init_app(app)


__all__ = ["PdfBusy", "init_app", "limiter", "pdf_rate_limit", "pdf_slot", "retry_after"]
