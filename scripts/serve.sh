#!/usr/bin/env bash
# Start the counselling web app (and the JSON API) on http://127.0.0.1:8000 with gunicorn.
# Extra arguments go to `benefits-calc serve`, e.g. --host 0.0.0.0 --port 8080.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x .venv/bin/python ]; then python3 -m venv .venv; fi
.venv/bin/python -m pip install -q --disable-pip-version-check -e . 2> >(grep -v 'is ignored' >&2)
exec .venv/bin/benefits-calc serve "$@"
