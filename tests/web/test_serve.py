"""`benefits-calc serve` for real (one process, two threads, on a free loopback port): connections
that never finish their headers or their body hold no thread, a request the server cannot read is
answered 400 without repeating it, nothing it was sent reaches the log, and SIGTERM stops it.

Functional only: nothing is timed here (the figures are bench/under_attack.py's). Every socket has
a timeout so that a regression fails the test instead of hanging it.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

MARKER = b"Zebra-Quokka-91"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[int, subprocess.Popen[bytes], Path]]:
    log = tmp_path_factory.mktemp("serve") / "stderr.log"
    env = {**os.environ, "BENEFITS_CALC_PDF_RATE_LIMIT": "off"}
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "benefits_calc.cli",
            "serve",
            "--port",
            "0",
            "--workers",
            "1",
            "--threads",
            "2",
        ],
        stdout=subprocess.PIPE,
        stderr=log.open("wb"),
        env=env,
        start_new_session=True,
    )
    assert proc.stdout is not None
    line = proc.stdout.readline().decode()  # "benefits-calc: listening on http://127.0.0.1:PORT/ ..."
    assert line.startswith("benefits-calc: listening on http://127.0.0.1:"), line or log.read_text()
    port = int(line.split("http://127.0.0.1:", 1)[1].split("/", 1)[0])
    try:
        yield port, proc, log
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=10)


def exchange(port: int, raw: bytes) -> bytes:
    with socket.create_connection(("127.0.0.1", port), timeout=20) as s:
        s.sendall(raw)
        chunks = []
        while chunk := s.recv(65536):
            chunks.append(chunk)
    return b"".join(chunks)


def get(port: int, path: str) -> bytes:
    return exchange(port, f"GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".encode())


def test_slow_clients_hold_no_thread(server: tuple[int, subprocess.Popen[bytes], Path]) -> None:
    port, _, _ = server
    held = []
    try:
        # far more unfinished requests than the server has threads (2)
        for _ in range(20):
            s = socket.create_connection(("127.0.0.1", port), timeout=20)
            s.sendall(b"POST /en/se/ HTTP/1.1\r\nHost: x\r\nX-Slow: aaa")  # headers never end
            held.append(s)
        for _ in range(4):
            s = socket.create_connection(("127.0.0.1", port), timeout=20)
            s.sendall(
                b"POST /api/v1/calculate HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                b"Content-Length: 200000\r\n\r\n" + b"[" * 100
            )
            held.append(s)
        answer = get(port, "/healthz")
        assert answer.startswith(b"HTTP/1.1 200"), answer[:200]
        assert b'"status": "ok"' in answer or b'"status":"ok"' in answer
        page = get(port, "/en/se/")
        assert page.startswith(b"HTTP/1.1 200")
    finally:
        for s in held:
            s.close()


@pytest.mark.parametrize(
    "raw",
    [
        b"GET /x?" + MARKER + b" HTTP/1.1 junk\r\nHost: x\r\n\r\n",
        b"GET /en/?" + MARKER + b" HTTP/1.1\r\nHost: x\r\nBad header " + MARKER + b"\r\n\r\n",
        b"G\x01T /?" + MARKER + b" HTTP/1.1\r\nHost: x\r\n\r\n",
        b"GARBAGE /?" + MARKER + b" HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
    ],
)
def test_unreadable_requests_are_not_echoed(
    server: tuple[int, subprocess.Popen[bytes], Path], raw: bytes
) -> None:
    port, _, _ = server
    answer = exchange(port, raw)
    assert answer[:10] in (b"HTTP/1.1 4", b"HTTP/1.0 4"), answer[:200]
    assert MARKER not in answer


def test_zz_nothing_sent_is_logged_and_sigterm_stops(
    server: tuple[int, subprocess.Popen[bytes], Path],
) -> None:
    """Runs last in this module (the server stops)."""
    port, proc, log = server
    assert get(port, "/en/?q=" + MARKER.decode()).startswith(b"HTTP/1.1 200")
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(timeout=30) == 0
    text = log.read_bytes()
    assert MARKER not in text, text[-2000:]
