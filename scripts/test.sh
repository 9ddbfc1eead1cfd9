#!/usr/bin/env bash
# The whole test suite on a fresh machine with only Python: virtual environment, packages,
# Debian's chromium for the browser tests, lint, tests, and a check that a plain
# `pip install .` gives a working `benefits-calc` command.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x .venv/bin/python ]; then python3 -m venv .venv; fi
.venv/bin/python -m pip install -q --disable-pip-version-check -e '.[test]' 2> >(grep -v 'is ignored' >&2)

if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = 0 ]; then
    (apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium) >/dev/null
  else
    echo "note: /usr/bin/chromium missing and not root: browser tests will be skipped" >&2
  fi
fi

.venv/bin/ruff check .
.venv/bin/python -m pytest "$@"

# Packaging: a plain (non-editable) install in a fresh virtual environment runs an example.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 -m venv "$tmp/venv"
"$tmp/venv/bin/python" -m pip install -q --disable-pip-version-check . 2> >(grep -v 'is ignored' >&2)
# One example per country: each country's rules and params must be in the installed package.
for example in se/single_sjukersattning_garanti.json dk/fleksjob_12_timer.json fi/kuntoutustuki.json; do
  (cd "$tmp" && "$tmp/venv/bin/benefits-calc" calculate "$OLDPWD/examples/$example" \
    --percent 0,50 --hourly-wage 150 > out.json && "$tmp/venv/bin/python" -c \
    "import json; o=json.load(open('out.json'))['outcomes']; assert len(o)==2, o")
done
echo 'packaging check: 3 passed (se, dk, fi), 0 failed'
