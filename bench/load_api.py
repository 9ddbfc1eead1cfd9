"""Load test of the JSON API under the production server (prints figures, asserts nothing).

Starts ``benefits-calc serve`` (2 processes of 8 threads, the app preloaded; web/serve.py) on
127.0.0.1, then drives it with wrk (Debian: ``apt-get install -y wrk``) for a bounded time per
scenario and prints requests/s, p50 and p99 latency and the error count (non-2xx answers and
socket errors) for calculate and sweep. Budget: >= 500 calculate requests/s with 0 errors on a
2-core machine. Without wrk, a small threaded Python client measures instead (less precise: the
client competes for the same cores and the GIL).

    .venv/bin/python bench/load_api.py [--duration 10] [--connections 8] [--port 8765]

Only loopback traffic; every run is bounded in time; the server is stopped at the end.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
HOST = "127.0.0.1"
SERVER_LOG = Path(tempfile.gettempdir()) / "benefits-calc-bench-server.log"

# A counselling case: the example single person with SE 1/1 + bostadstillägg (its own scenarios
# are replaced by the workloads below).
SINGLE: dict[str, Any] = {
    k: v
    for k, v in json.loads(
        (ROOT / "examples" / "se" / "single_sjukersattning_garanti.json").read_text(encoding="utf-8")
    ).items()
    if k != "scenarios"
}


def scenarios(*percents: int) -> list[dict[str, str]]:
    return [{"percent_of_full_time": str(p), "hourly_wage": "150"} for p in percents]


def workloads() -> list[tuple[str, str, dict[str, Any]]]:
    """(name, path, body): what a case system typically sends."""
    one = {**SINGLE, "scenarios": scenarios(50)}
    table = {**SINGLE, "scenarios": scenarios(25, 50, 75, 100)}
    return [
        ("calculate, 1 scenario", "/api/v1/calculate", one),
        ("calculate, 4 scenarios", "/api/v1/calculate", table),
        ("sweep, 0-100 % step 5", "/api/v1/sweep", {"case": one, "step_percent": "5"}),
        ("sweep, 0-100 % step 1", "/api/v1/sweep", {"case": one, "step_percent": "1"}),
    ]


# --- server ------------------------------------------------------------------------------------


def start_server(port: int, env: dict[str, str] | None = None) -> subprocess.Popen[bytes]:
    exe = ROOT / ".venv" / "bin" / "benefits-calc"
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "benefits_calc.cli"]
    proc = subprocess.Popen(
        [*cmd, "serve", "--host", HOST, "--port", str(port)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=SERVER_LOG.open("wb"),  # a file, not a pipe nobody reads (which could fill and block it)
        start_new_session=True,  # its own process group: stopped as one below
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"server exited: {SERVER_LOG.read_text(errors='replace')[-2000:]}")
        try:
            status, _ = request(port, "GET", "/api/v1/")
            if status == 200:
                return proc
        except OSError:
            time.sleep(0.2)
    stop_server(proc)
    raise SystemExit("server did not start within 30 s")


def stop_server(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)  # the group of the server we started (gunicorn + workers)
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=5)


def server_cpu_seconds(master: int) -> float:
    """CPU time (user + system) used so far by the gunicorn master and its workers (Linux /proc)."""
    tick = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        pid, ppid = int(stat.parent.name), int(fields[1])
        if pid == master or ppid == master:
            total += (int(fields[11]) + int(fields[12])) / tick
    return total


def request(port: int, method: str, path: str, body: bytes | None = None) -> tuple[int, bytes]:
    conn = http.client.HTTPConnection(HOST, port, timeout=10)
    try:
        headers = {"Content-Type": "application/json"} if body is not None else {}
        conn.request(method, path, body=body, headers=headers)
        resp = conn.getresponse()
        return resp.status, resp.read()
    finally:
        conn.close()


# --- wrk ---------------------------------------------------------------------------------------

LUA = """
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local f = io.open("{body}", "rb")
wrk.body = f:read("*a")
f:close()
"""


def run_wrk(port: int, path: str, body: bytes, duration: int, connections: int) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        body_file = Path(tmp) / "body.json"
        body_file.write_bytes(body)
        script = Path(tmp) / "post.lua"
        script.write_text(LUA.replace("{body}", str(body_file)))
        out = subprocess.run(
            [
                "wrk",
                "-t1",
                f"-c{connections}",
                f"-d{duration}s",
                "--timeout",
                "10s",
                "--latency",
                "-s",
                str(script),
                f"http://{HOST}:{port}{path}",
            ],
            capture_output=True,
            text=True,
            timeout=duration + 30,
            check=True,
        ).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))  # type: ignore[union-attr]
    lat = dict(re.findall(r"^\s+(50|99)%\s+([\d.]+\w+)", out, re.M))
    non2xx = int(m.group(1)) if (m := re.search(r"Non-2xx or 3xx responses: (\d+)", out)) else 0
    sock = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    socket_errors = sum(int(x) for x in sock.groups()) if sock else 0
    total = int(re.search(r"(\d+) requests in", out).group(1))  # type: ignore[union-attr]
    return {
        "requests": total,
        "rps": rps,
        "p50": lat.get("50", "?"),
        "p99": lat.get("99", "?"),
        "errors": non2xx + socket_errors,
        "raw": out,
    }


# --- fallback client ---------------------------------------------------------------------------


def run_python(port: int, path: str, body: bytes, duration: int, connections: int) -> dict[str, Any]:
    lat: list[float] = []
    errors = 0
    lock = threading.Lock()
    stop = time.monotonic() + duration

    def worker() -> None:
        nonlocal errors
        while time.monotonic() < stop:
            t = time.perf_counter()
            try:
                status, _ = request(port, "POST", path, body)
                ok = status == 200
            except OSError:
                ok = False
            dt = time.perf_counter() - t
            with lock:
                lat.append(dt)
                errors += 0 if ok else 1

    threads = [threading.Thread(target=worker) for _ in range(connections)]
    t0 = time.perf_counter()
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    elapsed = time.perf_counter() - t0
    lat.sort()
    q = statistics.quantiles(lat, n=100) if len(lat) > 1 else [0.0] * 99
    return {
        "requests": len(lat),
        "rps": len(lat) / elapsed,
        "p50": f"{q[49] * 1000:.2f}ms",
        "p99": f"{q[98] * 1000:.2f}ms",
        "errors": errors,
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--duration", type=int, default=10, help="seconds per workload (max 60)")
    ap.add_argument("--connections", type=int, default=8, help="concurrent connections (max 64)")
    ap.add_argument("--port", type=int, default=8765)
    ap.add_argument("--raw", action="store_true", help="also print wrk's own report")
    args = ap.parse_args()
    duration = max(1, min(args.duration, 60))
    connections = max(1, min(args.connections, 64))
    tool = "wrk" if shutil.which("wrk") else "python"
    runner = run_wrk if tool == "wrk" else run_python

    proc = start_server(args.port)
    try:
        print(
            f"server: benefits-calc serve (2 processes x 8 threads) on {HOST}:{args.port}; "
            f"cores: {os.cpu_count()}"
        )
        print(f"client: {tool}, {connections} connections, {duration} s per workload\n")
        print(
            f"{'workload':28} {'requests':>9} {'req/s':>9} {'p50':>10} {'p99':>10} {'errors':>7} "
            f"{'server CPU/req':>15}"
        )
        results = {}
        for name, path, payload in workloads():
            body = json.dumps(payload).encode()
            status, resp = request(args.port, "POST", path, body)  # warm-up and a sanity check
            if status != 200:
                print(f"{name}: HTTP {status}: {resp[:300]!r}")
                continue
            for _ in range(20):
                request(args.port, "POST", path, body)
            cpu0 = server_cpu_seconds(proc.pid)
            r = runner(args.port, path, body, duration, connections)
            r["cpu_ms"] = (server_cpu_seconds(proc.pid) - cpu0) * 1000 / max(r["requests"], 1)
            results[name] = r
            print(
                f"{name:28} {r['requests']:>9} {r['rps']:>9.1f} {r['p50']:>10} {r['p99']:>10} "
                f"{r['errors']:>7} {r['cpu_ms']:>12.2f} ms   (response {len(resp) / 1024:.0f} KiB)"
            )
            if args.raw and "raw" in r:
                print(r["raw"])
        calc = results.get("calculate, 1 scenario")
        if calc:
            ok = calc["rps"] >= 500 and calc["errors"] == 0
            print(
                f"\nbudget: >= 500 calculate req/s with 0 errors -> {calc['rps']:.0f} req/s, "
                f"{calc['errors']} errors: {'met' if ok else 'NOT met'}"
            )
            cores = os.cpu_count() or 1
            print(
                f"server CPU per calculate: {calc['cpu_ms']:.2f} ms -> at most "
                f"{cores * 1000 / calc['cpu_ms']:.0f} req/s if the server had all {cores} cores to itself "
                "(wrk and anything else running share them)"
            )
    finally:
        stop_server(proc)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
