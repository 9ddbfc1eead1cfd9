"""`benefits-calc serve`: the web app and the API under a production server that slow clients
cannot stop.

The model (why: docs/deploy.md):

* **gunicorn's arbiter** runs N worker processes (``BENEFITS_CALC_WORKERS``, default 2), replaces a
  worker that dies, restarts them gracefully and shares the listening socket. The app is created
  once, before the fork, so every worker has the same secret key.
* **each worker serves HTTP with waitress** (`BufferedWorker`): one asynchronous loop reads every
  connection without blocking, and a request reaches one of the worker's T threads
  (``BENEFITS_CALC_THREADS``, default 8) only when its headers *and its whole body* have arrived.
  A client that sends its headers a byte at a time, or declares a 200 000-byte body and sends 100,
  holds a socket and a little memory, never a thread; after ``CHANNEL_TIMEOUT`` seconds without a
  byte its connection is closed (no answer: it never finished asking). gunicorn's own sync or
  threaded workers read the request in the thread that will run the app, so two such clients stop
  a two-worker service.

Logs: no access log; errors only, and an exception is logged by its type and place, never its text
(`benefits_calc.web.security.RedactExceptionFilter`). waitress's own error answers (a malformed
request line or header) say what was wrong in general words, never echoing what was sent.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from typing import Any

from benefits_calc.web import settings
from gunicorn.app.base import BaseApplication
from gunicorn.workers.base import Worker

DEFAULT_HOST = settings.DEFAULT_HOST
DEFAULT_PORT = settings.DEFAULT_PORT

#: Seconds without a byte from a client before waitress closes its connection.
CHANNEL_TIMEOUT = 30
#: Open connections per worker process before it stops accepting more (each is a socket and a
#: buffer, not a thread).
CONNECTION_LIMIT = 1000
#: waitress refuses bigger bodies itself (413); the app's own limit (256 KiB) answers below it.
MAX_BODY = 1024 * 1024
MAX_HEADER = 32 * 1024


def waitress_options(threads: int) -> dict[str, Any]:
    return {
        "threads": threads,
        "connection_limit": CONNECTION_LIMIT,
        "channel_timeout": CHANNEL_TIMEOUT,
        "cleanup_interval": 5,
        "max_request_body_size": MAX_BODY,
        "max_request_header_size": MAX_HEADER,
        "asyncore_use_poll": True,  # no FD_SETSIZE (1024) limit
        "expose_tracebacks": False,
        "ident": "benefits-calc",
        # Proxy headers are the app's business (ProxyFix, BENEFITS_CALC_PROXY_HOPS): waitress
        # passes them on untouched, and the app trusts them only when configured to.
        "clear_untrusted_proxy_headers": False,
    }


#: What waitress answers for a request it cannot read, in place of its own text (which quotes the
#: offending line back).
_ERROR_BODIES = {
    400: "The request could not be read.",
    413: "The request is too large.",
    431: "The request headers are too large.",
}


def _quiet_errors(channel_class: type) -> type:
    """waitress's channel with an error answer that never repeats what the client sent."""
    from waitress.task import ErrorTask

    class QuietErrorTask(ErrorTask):  # type: ignore[misc,valid-type]
        def execute(self) -> None:
            e = self.request.error
            e.body = _ERROR_BODIES.get(e.code, "The request could not be served.")
            super().execute()

    return type("QuietChannel", (channel_class,), {"error_task_class": QuietErrorTask})


class BufferedWorker(Worker):  # type: ignore[misc]
    """A gunicorn worker that serves with waitress on the arbiter's listening sockets.

    The worker's main thread runs waitress's asynchronous loop (reading requests, writing answers)
    and tells the arbiter it is alive every second; the app runs in waitress's thread pool.
    SIGTERM stops accepting and lets the requests in progress finish (graceful_timeout).
    """

    threads = settings.DEFAULT_THREADS

    def run(self) -> None:
        from waitress import wasyncore
        from waitress.server import BaseWSGIServer, create_server

        socket_map: dict[int, Any] = {}
        server = create_server(
            self.wsgi,
            map=socket_map,
            sockets=[s.sock for s in self.sockets],
            **waitress_options(self.cfg.threads or self.threads),
        )
        listeners = [d for d in socket_map.values() if isinstance(d, BaseWSGIServer)]
        for listener in listeners:
            listener.channel_class = _quiet_errors(listener.channel_class)
        try:
            while self.alive:
                self.notify()
                if os.getppid() != self.ppid:  # the arbiter is gone
                    break
                wasyncore.loop(timeout=1.0, map=socket_map, use_poll=True, count=1)
        finally:
            self._drain(socket_map, listeners, server.task_dispatcher)

    def _drain(self, socket_map: dict[int, Any], listeners: list[Any], dispatcher: Any) -> None:
        """Stop accepting; finish the requests under way (at most graceful_timeout); close."""
        from waitress import wasyncore

        for listener in listeners:
            listener.accepting = False
        deadline = time.monotonic() + self.cfg.graceful_timeout
        while time.monotonic() < deadline:
            busy = [
                d
                for d in socket_map.values()
                if d not in listeners and (getattr(d, "requests", None) or getattr(d, "total_outbufs_len", 0))
            ]
            if not busy:
                break
            self.notify()
            wasyncore.loop(timeout=0.2, map=socket_map, use_poll=True, count=1)
        dispatcher.shutdown(timeout=1)
        wasyncore.close_all(socket_map)


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


def _announce(arbiter: Any) -> None:
    """Say where the service listens, once the sockets are open (gunicorn's when_ready hook)."""
    for listener in arbiter.LISTENERS:
        host, port = listener.sock.getsockname()[:2]
        shown = f"[{host}]" if ":" in host else host
        print(
            f"benefits-calc: listening on http://{shown}:{port}/ "
            f"({arbiter.num_workers} processes x {arbiter.cfg.threads} threads; Ctrl+C stops)",
            flush=True,
        )


def gunicorn_options(host: str, port: int, workers: int, threads: int) -> dict[str, Any]:
    return {
        "bind": f"[{host}]:{port}" if ":" in host else f"{host}:{port}",
        "workers": workers,
        "threads": threads,
        "worker_class": BufferedWorker,
        "timeout": 30,  # a worker's loop answers every second; 30 s of silence means it hangs
        "graceful_timeout": 20,
        "accesslog": None,
        "errorlog": "-",
        "loglevel": "warning",
        "preload_app": True,
        "when_ready": _announce,
        # The heartbeat files: /dev/shm is memory (and writable with a read-only root file system).
        "worker_tmp_dir": "/dev/shm" if os.access("/dev/shm", os.W_OK) else None,
    }


def serve(
    host: str | None = None, port: int | None = None, workers: int | None = None, threads: int | None = None
) -> None:
    """Run the app until stopped (Ctrl+C); unset arguments come from the environment (settings)."""
    from benefits_calc.web import create_app
    from benefits_calc.web.security import RedactExceptionFilter

    env = settings.server_options()
    app = create_app()
    wlog = logging.getLogger("waitress")  # and waitress.queue: warnings only, never a text
    wlog.setLevel(logging.WARNING)
    if not wlog.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.addFilter(RedactExceptionFilter())
        handler.setFormatter(logging.Formatter("[%(asctime)s] [%(process)d] [%(levelname)s] %(message)s"))
        wlog.addHandler(handler)
        wlog.propagate = False
    options = gunicorn_options(
        host if host is not None else env["host"],
        port if port is not None else env["port"],
        workers or env["workers"],
        threads or env["threads"],
    )
    _Server(app, options).run()


if __name__ == "__main__":
    serve()
