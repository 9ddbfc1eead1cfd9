#!/usr/bin/env bash
# Start the counselling web app (and the JSON API) on http://127.0.0.1:8000.
# Extra arguments go to `benefits-calc serve`, e.g. --host 0.0.0.0 --port 8080; the environment
# variables of docs/deploy.md (BENEFITS_CALC_WORKERS, _SECRET_KEY …) apply too.
# It says where it listens once it is up.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -x .venv/bin/python ]; then
  echo "serve.sh: first start: creating .venv and installing the calculator (a few minutes) ..." >&2
  python3 -m venv .venv
fi
echo "serve.sh: checking the installation in .venv ..." >&2
.venv/bin/python -m pip install -q --disable-pip-version-check -e . 2> >(grep -v 'is ignored' >&2)
echo "serve.sh: starting the server ..." >&2
exec .venv/bin/benefits-calc serve "$@"
