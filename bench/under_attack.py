"""The service under slow clients and PDF load (prints figures, asserts nothing).

Starts ``benefits-calc serve`` on 127.0.0.1 (loopback only), then for ``--duration`` seconds:

* holds ``--slow`` connections that send their headers a byte at a time (one byte per
  connection every 2 s, never finishing: the "slowloris" pattern);
* holds ``--short`` connections that declare a 200 000-byte body and send 100 bytes (reopened
  when the server closes them); whatever the server answers them is counted (a 5xx would be a bug);
* runs ``--pdf`` clients that ask for the PDF summary in a loop (each as its own browser session:
  a form token, then action=pdf), counting 200, 429 (rate limit) and 503 (all PDF slots busy);
* and measures what a counsellor sees meanwhile: one client in a loop, in turn the form page
  (GET), the result page (POST, the country's example case with its sweep) and an API calculate
  (POST) - p50, p99 and max per kind, and every status that was not 200.

Figures for docs/deploy.md ("Load test figures"). Every run is bounded in time, and the server and
every connection are closed at the end.

    .venv/bin/python bench/under_attack.py                      # 100 slow, 4 short, 4 PDF, 30 s
    .venv/bin/python bench/under_attack.py --slow 0 --short 0 --pdf 0   # the quiet baseline
    .venv/bin/python bench/under_attack.py --country dk --pdf-rate-limit off
"""

from __future__ import annotations

import argparse
import http.client
import os
import re
import selectors
import socket
import statistics
import sys
import threading
import time
import urllib.parse
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from load_api import HOST, SINGLE, start_server, stop_server

LANGS = {"se": "sv", "dk": "da", "fi": "fi"}
TOKEN = re.compile(rb'name="csrf_token"[^>]*value="([^"]+)"')


def free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return int(s.getsockname()[1])


def example_form(cc: str) -> dict[str, str]:
    """The form of the country's example, as the form's example button fills it in."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from bench_web import example_form as build
    from benefits_calc.web import create_app

    app = create_app({"TESTING": True, "WTF_CSRF_ENABLED": False})
    return build(app, cc)


class Session:
    """One browser: a keep-alive connection, the session cookie and the form's CSRF token."""

    def __init__(self, port: int, lang: str, cc: str) -> None:
        self.port, self.url = port, f"/{lang}/{cc}/"
        self.conn = http.client.HTTPConnection(HOST, port, timeout=30)
        self.cookie = ""
        self.token = ""

    def send(self, method: str, path: str, body: bytes | None = None, ctype: str = "") -> tuple[int, bytes]:
        headers = {"Cookie": self.cookie} if self.cookie else {}
        if ctype:
            headers["Content-Type"] = ctype
        for attempt in (1, 2):
            try:
                self.conn.request(method, path, body=body, headers=headers)
                resp = self.conn.getresponse()
                data = resp.read()
                break
            except (OSError, http.client.HTTPException):
                self.conn.close()
                self.conn = http.client.HTTPConnection(HOST, self.port, timeout=30)
                if attempt == 2:
                    return 0, b""
        set_cookie = resp.getheader("Set-Cookie")
        if set_cookie:
            self.cookie = set_cookie.split(";", 1)[0]
        if resp.getheader("Connection", "").lower() == "close":
            self.conn.close()
        return resp.status, data

    def open_form(self) -> int:
        status, page = self.send("GET", self.url)
        m = TOKEN.search(page)
        self.token = m.group(1).decode() if m else ""
        return status

    def post_form(self, form: dict[str, str], action: str) -> tuple[int, bytes]:
        body = urllib.parse.urlencode({**form, "csrf_token": self.token, "action": action}).encode()
        return self.send("POST", self.url, body, "application/x-www-form-urlencoded")


class Stats:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.times: dict[str, list[float]] = {}
        self.status: dict[str, Counter[int]] = {}

    def add(self, kind: str, seconds: float, status: int) -> None:
        with self.lock:
            self.times.setdefault(kind, []).append(seconds)
            self.status.setdefault(kind, Counter())[status] += 1


def pct(values: list[float], q: int) -> float:
    if len(values) < 2:
        return values[0] if values else float("nan")
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1]


# --- the attackers ----------------------------------------------------------------------------


def slow_headers(port: int, count: int, stop: threading.Event, opened: list[int]) -> None:
    """`count` connections that never finish their headers: one byte each every 2 s."""
    line = b"POST /en/se/ HTTP/1.1\r\nHost: x\r\nX-Slow: " + b"a" * 10_000
    socks: list[tuple[socket.socket, int]] = []
    for _ in range(count):
        try:
            s = socket.create_connection((HOST, port), timeout=5)
            s.setblocking(False)
            socks.append((s, 0))
        except OSError:
            pass
    opened.append(len(socks))
    while not stop.wait(2.0):
        alive = []
        for s, pos in socks:
            try:
                s.send(line[pos : pos + 1])
                alive.append((s, pos + 1))
            except OSError:
                s.close()
                try:  # the server closed it: open another, so `count` stay open
                    n = socket.create_connection((HOST, port), timeout=5)
                    n.setblocking(False)
                    alive.append((n, 0))
                except OSError:
                    pass
        socks = alive
    for s, _ in socks:
        s.close()


def short_bodies(port: int, count: int, stop: threading.Event, answers: Counter[str]) -> None:
    """`count` connections that declare 200 000 bytes of body and send 100; reopened when closed."""
    head = (
        b"POST /api/v1/calculate HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        b"Content-Length: 200000\r\n\r\n" + b"[" * 100
    )
    sel = selectors.DefaultSelector()

    def open_one() -> None:
        try:
            s = socket.create_connection((HOST, port), timeout=5)
            s.sendall(head)
            s.setblocking(False)
            sel.register(s, selectors.EVENT_READ)
            answers["opened"] += 1
        except OSError:
            answers["could not open"] += 1

    for _ in range(count):
        open_one()
    while not stop.is_set():
        for key, _ in sel.select(timeout=0.5):
            s = key.fileobj
            try:
                data = s.recv(4096)  # type: ignore[union-attr]
            except OSError:
                data = b""
            status = data[9:12].decode("ascii", "replace") if data.startswith(b"HTTP/") else ""
            answers[f"answered {status}" if status else "closed without an answer"] += 1
            sel.unregister(s)
            s.close()  # type: ignore[union-attr]
            if not stop.is_set():
                open_one()
    for key in list(sel.get_map().values()):
        key.fileobj.close()  # type: ignore[union-attr]
    sel.close()


def pdf_client(
    port: int, lang: str, cc: str, form: dict[str, str], stop: threading.Event, stats: Stats
) -> None:
    session = Session(port, lang, cc)
    session.open_form()
    while not stop.is_set():
        t0 = time.perf_counter()
        status, _ = session.post_form(form, "pdf")
        stats.add("pdf", time.perf_counter() - t0, status)
        if status == 400:  # a new session's token (should not happen within a run)
            session.open_form()


# --- the counsellor ---------------------------------------------------------------------------


def counsellor(
    port: int, lang: str, cc: str, form: dict[str, str], stop: threading.Event, stats: Stats
) -> None:
    import json

    session = Session(port, lang, cc)
    api_body = json.dumps(
        {**SINGLE, "scenarios": [{"percent_of_full_time": 50, "hourly_wage": 150}]}
    ).encode()
    while not stop.is_set():
        t0 = time.perf_counter()
        status = session.open_form()
        stats.add("form page (GET)", time.perf_counter() - t0, status)
        t0 = time.perf_counter()
        status, _ = session.post_form(form, "calculate")
        stats.add("result page (POST)", time.perf_counter() - t0, status)
        t0 = time.perf_counter()
        status, _ = session.send("POST", "/api/v1/calculate", api_body, "application/json")
        stats.add("API calculate (POST)", time.perf_counter() - t0, status)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--slow", type=int, default=100, help="slow-header connections (max 900)")
    ap.add_argument("--short", type=int, default=4, help="short-body connections (max 50)")
    ap.add_argument("--pdf", type=int, default=4, help="PDF clients in a loop (max 16)")
    ap.add_argument("--duration", type=int, default=30, help="seconds (max 120)")
    ap.add_argument("--country", choices=sorted(LANGS), default="se")
    ap.add_argument("--pdf-rate-limit", help="BENEFITS_CALC_PDF_RATE_LIMIT for the server (e.g. off)")
    ap.add_argument("--pdf-concurrency", help="BENEFITS_CALC_PDF_CONCURRENCY for the server")
    args = ap.parse_args()
    slow, short, pdfs = min(args.slow, 900), min(args.short, 50), min(args.pdf, 16)
    duration = max(5, min(args.duration, 120))
    cc, lang = args.country, LANGS[args.country]
    form = example_form(cc)

    env = dict(os.environ)
    if args.pdf_rate_limit is not None:
        env["BENEFITS_CALC_PDF_RATE_LIMIT"] = args.pdf_rate_limit
    if args.pdf_concurrency is not None:
        env["BENEFITS_CALC_PDF_CONCURRENCY"] = args.pdf_concurrency
    port = free_port()
    proc = start_server(port, env)
    stop = threading.Event()
    stats = Stats()
    answers: Counter[str] = Counter()
    opened: list[int] = []
    try:
        warm = Session(port, lang, cc)
        warm.open_form()
        for action in ("calculate", "pdf"):
            warm.post_form(form, action)
        threads = [
            threading.Thread(target=slow_headers, args=(port, slow, stop, opened), daemon=True),
            threading.Thread(target=short_bodies, args=(port, short, stop, answers), daemon=True),
            *(
                threading.Thread(target=pdf_client, args=(port, lang, cc, form, stop, stats), daemon=True)
                for _ in range(pdfs)
            ),
        ]
        for t in threads:
            t.start()
        time.sleep(2)  # let the attackers take their places
        worker = threading.Thread(target=counsellor, args=(port, lang, cc, form, stop, stats), daemon=True)
        worker.start()
        time.sleep(duration)
        stop.set()
        worker.join(timeout=60)
        for t in threads:
            t.join(timeout=30)
    finally:
        stop.set()
        stop_server(proc)

    print(
        f"server: benefits-calc serve on {HOST}:{port}; cores: {os.cpu_count()}; country {cc}; "
        f"PDF rate limit {env.get('BENEFITS_CALC_PDF_RATE_LIMIT', 'default')}, "
        f"PDF concurrency {env.get('BENEFITS_CALC_PDF_CONCURRENCY', 'default')}"
    )
    print(
        f"held open: {opened[0] if opened else 0} slow-header connections, {short} short-body "
        f"connections; {pdfs} PDF clients in a loop; {duration} s"
    )
    print(f"\n{'what':24} {'n':>6} {'p50 ms':>9} {'p99 ms':>9} {'max ms':>9}  statuses")
    for kind in ("form page (GET)", "result page (POST)", "API calculate (POST)", "pdf"):
        times = stats.times.get(kind, [])
        if not times:
            continue
        codes = ", ".join(f"{c}: {n}" for c, n in sorted(stats.status[kind].items()))
        print(
            f"{kind:24} {len(times):>6} {pct(times, 50) * 1000:>9.1f} {pct(times, 99) * 1000:>9.1f} "
            f"{max(times) * 1000:>9.1f}  {codes}"
        )
    if short:
        print("short-body connections: " + ", ".join(f"{k}: {v}" for k, v in sorted(answers.items())))
    five = sum(n for c in stats.status.values() for s, n in c.items() if s >= 500 and s != 503)
    five += sum(v for k, v in answers.items() if k.startswith("answered 5"))
    print(f"server errors (5xx other than a PDF's 503 busy): {five}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
