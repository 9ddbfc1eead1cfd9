#!/usr/bin/env bash
# Run every curl example of docs/api.md against a served instance, as written (only the port is
# changed), and check each answer's HTTP status against the "# -> NNN" line that follows it.
#
#   bash bench/check_api_docs.sh [PORT]        (default 8799; loopback only; needs curl and jq)
#
# Starts `benefits-calc serve` on 127.0.0.1:PORT and stops it (that process group only) at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="${1:-8799}"

.venv/bin/benefits-calc serve --host 127.0.0.1 --port "$PORT" >/dev/null 2>&1 &
SERVER=$!
trap 'kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true' EXIT
for _ in $(seq 1 50); do
  curl -s -o /dev/null "http://127.0.0.1:$PORT/api/v1/" && break
  sleep 0.2
done

PORT="$PORT" .venv/bin/python - <<'PY'
import os, re, subprocess, sys

port = os.environ["PORT"]
text = open("docs/api.md", encoding="utf-8").read()
blocks = re.findall(r"```sh\n(.*?)```", text, re.S)
failures = checked = 0
for block in blocks:
    block = block.replace("127.0.0.1:8000", f"127.0.0.1:{port}")
    command: list[str] = []
    for line in block.splitlines(keepends=True):
        m = re.match(r"# -> (\d{3})\s*$", line)
        if not m:
            command.append(line)
            continue
        cmd, expected = "".join(command), m.group(1)
        command = []
        checked += 1
        # 1. as written: must succeed (pipefail: curl and jq both) and print something
        run = subprocess.run(["bash", "-o", "pipefail", "-c", cmd], capture_output=True, text=True, timeout=60)
        # 2. the status: the same request with curl told to print only the status code
        probe = re.sub(r"\bcurl -s\b", "curl -s -o /dev/null -w '%{http_code}'", cmd, count=1)
        probe = re.sub(r"[\s\\]*\|\s*jq\b.*", "", probe, flags=re.S) if "<<'JSON'" not in probe else probe
        status = subprocess.run(["bash", "-c", probe], capture_output=True, text=True, timeout=60).stdout.strip()
        ok = run.returncode == 0 and run.stdout.strip() != "" and status == expected
        if expected == "413":  # the server may close before curl has sent the whole body
            ok = status in ("413", "000") and run.returncode in (0, 55, 56)
        print(f"{'ok  ' if ok else 'FAIL'} {status} (expected {expected})  {cmd.strip().splitlines()[0][:90]}")
        if not ok:
            failures += 1
            print(run.stdout[-500:], run.stderr[-500:], sep="\n")
print(f"\n{checked} examples, {failures} failed")
sys.exit(1 if failures or not checked else 0)
PY
