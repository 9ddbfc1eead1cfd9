"""docs/api.md works as written: every curl example is sent through the test client and answers
the status its "# -> NNN" line says, and every answer shown (without a jq filter) matches the real
answer ("…" stands for anything). bench/check_api_docs.sh runs the same examples with curl
against a served instance.
"""

from __future__ import annotations

import json
import re
import shlex
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
DOC = (ROOT / "docs" / "api.md").read_text(encoding="utf-8")
ANY = "…"


def examples() -> list[tuple[str, int, str | None]]:
    """(command, expected status, the JSON block shown after it or None), in document order."""
    out: list[tuple[str, int, str | None]] = []
    for m in re.finditer(r"```sh\n(.*?)```(?:\s*\n(?:[^`\n][^\n]*\n|\n)*?```json\n(.*?)```)?", DOC, re.S):
        block, shown = m.group(1), m.group(2)
        parts = re.split(r"^# -> (\d{3})\s*$", block, flags=re.M)
        commands = list(zip(parts[0::2], parts[1::2], strict=False))
        for i, (cmd, status) in enumerate(commands):
            last = i == len(commands) - 1
            out.append((cmd.strip(), int(status), shown if last else None))
    return out


def to_request(cmd: str) -> dict[str, Any]:
    """The request a documented curl command sends."""
    heredoc = re.search(r"<<'JSON'\n(.*?)\nJSON", cmd, re.S)
    body: bytes | None = heredoc.group(1).encode() if heredoc else None
    pipe_in = None
    if cmd.startswith("head -c"):  # head -c N /dev/zero | tr '\0' ' ' | curl ... @-
        pipe_in = b" " * int(cmd.split()[2])
    curl = cmd[cmd.index("curl") :]
    curl = re.sub(r"<<'JSON'.*", "", curl, flags=re.S)
    curl = re.split(r"\s\|\s", curl.replace("\\\n", " "))[0]
    args = shlex.split(curl)[1:]
    method, headers, url = "GET", {}, None
    i = 0
    while i < len(args):
        a = args[i]
        if a == "-X":
            method, i = args[i + 1], i + 1
        elif a == "-H":
            k, _, v = args[i + 1].partition(":")
            headers[k.strip()], i = v.strip(), i + 1
        elif a in ("--data-binary", "-d"):
            data = args[i + 1]
            i += 1
            if data == "@-":
                body = body if body is not None else pipe_in
            elif data.startswith("@"):
                body = (ROOT / data[1:]).read_bytes()
            else:
                body = data.encode()
            method = "POST" if method == "GET" else method
        elif a.startswith("http"):
            url = a
        i += 1
    assert url is not None, cmd
    path = re.sub(r"^https?://[^/]+", "", url)
    return {"method": method, "path": path, "headers": headers, "body": body}


def conforms(shown: Any, actual: Any, where: str = "$") -> None:
    """The documented JSON matches the actual answer; "…" matches anything (a key "…": more keys)."""
    if shown == ANY:
        return
    if isinstance(shown, dict):
        assert isinstance(actual, dict), where
        for k, v in shown.items():
            if k != ANY:
                assert k in actual, f"{where}.{k} missing"
                conforms(v, actual[k], f"{where}.{k}")
        return
    if isinstance(shown, list):
        assert isinstance(actual, list), where
        items = shown[:-1] if shown and shown[-1] == ANY else shown
        if items is shown:
            assert len(actual) == len(shown), where
        else:
            assert len(actual) >= len(items), where
        for i, v in enumerate(items):
            conforms(v, actual[i], f"{where}[{i}]")
        return
    assert shown == actual, f"{where}: documented {shown!r}, actual {actual!r}"


EXAMPLES = examples()


def test_the_doc_has_examples_for_every_endpoint() -> None:
    paths = {to_request(cmd)["path"].split("?")[0] for cmd, _, _ in EXAMPLES}
    assert {
        "/api/v1/calculate",
        "/api/v1/sweep",
        "/api/v1/parameters/se",
        "/api/v1/schema/se",
        "/api/v1/openapi.json",
    } <= paths
    assert {status for _, status, _ in EXAMPLES} >= {200, 400, 413, 415, 422}


@pytest.mark.parametrize(("cmd", "status", "shown"), EXAMPLES, ids=[f"ex{i}" for i in range(len(EXAMPLES))])
def test_doc_example(client: Any, cmd: str, status: int, shown: str | None) -> None:
    if status == 200:
        pytest.importorskip("benefits_calc.rules.se.pipeline")
    req = to_request(cmd)
    r = client.open(req["path"], method=req["method"], headers=req["headers"], data=req["body"])
    assert r.status_code == status, r.get_data(as_text=True)[:500]
    if shown is not None and "| jq" not in cmd:
        conforms(json.loads(shown), r.get_json(force=True))
