"""Example cases per country (``examples/<cc>/*.json``), installed as ``benefits_calc.examples``.

Each file is a case as the CLI and the API take it; `cases("se")` reads them. The web app's form
example, the API's OpenAPI examples and the tests use these files, so there is one copy of each.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any


@lru_cache(maxsize=8)
def _read(code: str) -> tuple[tuple[str, str], ...]:
    folder = resources.files(__name__).joinpath(code)
    if not folder.is_dir():
        return ()
    files = sorted((f for f in folder.iterdir() if f.name.endswith(".json")), key=lambda f: f.name)
    return tuple((f.name, f.read_text(encoding="utf-8")) for f in files)


def cases(code: str) -> dict[str, dict[str, Any]]:
    """{file name: case} for a country, in file-name order (fresh dicts: callers may change them)."""
    return {name: json.loads(text) for name, text in _read(code)}
