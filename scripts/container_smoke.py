"""Check a running benefits-calc (the container image) from outside, with the standard library only.

    python3 scripts/container_smoke.py http://127.0.0.1:8000

What a counsellor and an API client do: /healthz; the Swedish form example's result page (GET), the
same form posted back (POST with its CSRF token and cookie), its PDF summary; an API calculate.
Prints one line per check and exits 1 at the first that fails. scripts/container-check.sh runs it.
"""

from __future__ import annotations

import http.cookiejar
import json
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from html.parser import HTMLParser

API_CASE = {
    "country": "se",
    "rule_date": "2026-06-01",
    "person": {"age": 40},
    "housing": {"housing_cost_month": "6500"},
    "sjukersattning": {
        "kind": "sjukersattning",
        "level": "1/1",
        "amount_month": "13715",
        "months_received": 60,
    },
    "bostadstillagg": {"amount_month": "5850"},
    "scenarios": [{"label": "50 %", "percent_of_full_time": 50, "hourly_wage": 150}],
}


class CaseForm(HTMLParser):
    """The fields of <form id="case-form"> and of the controls outside it that name it (form=...)."""

    def __init__(self) -> None:
        super().__init__()
        self.fields: list[tuple[str, str]] = []
        self._in_form = False
        self._select: str | None = None
        self._select_first: str | None = None
        self._select_chosen = False
        self._textarea: str | None = None
        self._text = ""

    def _ours(self, a: dict[str, str | None]) -> bool:
        return self._in_form or a.get("form") == "case-form"

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "form":
            self._in_form = a.get("id") == "case-form"
        name = a.get("name")
        if tag == "input" and name and self._ours(a):
            kind = (a.get("type") or "text").lower()
            if kind in ("submit", "button", "image", "file", "reset"):
                return
            if kind in ("checkbox", "radio") and "checked" not in a:
                return
            self.fields.append((name, a.get("value") or ("on" if kind in ("checkbox", "radio") else "")))
        elif tag == "select" and name and self._ours(a):
            self._select, self._select_first, self._select_chosen = name, None, False
        elif tag == "option" and self._select is not None:
            value = a.get("value") or ""
            if self._select_first is None:
                self._select_first = value
            if "selected" in a and not self._select_chosen:
                self.fields.append((self._select, value))
                self._select_chosen = True
        elif tag == "textarea" and name and self._ours(a):
            self._textarea, self._text = name, ""

    def handle_endtag(self, tag: str) -> None:
        if tag == "form":
            self._in_form = False
        elif tag == "select" and self._select is not None:
            if not self._select_chosen and self._select_first is not None:
                self.fields.append((self._select, self._select_first))
            self._select = None
        elif tag == "textarea" and self._textarea is not None:
            self.fields.append((self._textarea, self._text))
            self._textarea = None

    def handle_data(self, data: str) -> None:
        if self._textarea is not None:
            self._text += data


def main(base: str) -> int:
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))

    def call(path: str, data: bytes | None = None, ctype: str = "") -> tuple[int, str, bytes, float]:
        req = urllib.request.Request(base + path, data=data, headers={"Content-Type": ctype} if ctype else {})
        t0 = time.monotonic()
        try:
            with opener.open(req, timeout=30) as r:
                return r.status, r.headers.get_content_type(), r.read(), time.monotonic() - t0
        except urllib.error.HTTPError as e:
            return e.code, e.headers.get_content_type(), e.read(), time.monotonic() - t0

    def check(what: str, ok: bool, detail: str) -> None:
        print(f"{'ok  ' if ok else 'FAIL'} {what}: {detail}")
        if not ok:
            raise SystemExit(1)

    status, _, body, dt = call("/healthz")
    check("GET /healthz", status == 200 and json.loads(body)["status"] == "ok", f"{status} {body.decode()}")

    status, _, body, dt = call("/sv/se/?example=1")
    html = body.decode()
    check("GET /sv/se/?example=1", status == 200 and 'id="results"' in html, f"{status}, {len(body)} bytes")
    form = CaseForm()
    form.feed(html)
    check(
        "the form has a CSRF token",
        any(n == "csrf_token" for n, _ in form.fields),
        f"{len(form.fields)} fields",
    )

    def post(action: str) -> tuple[int, str, bytes, float]:
        data = urllib.parse.urlencode([*form.fields, ("action", action)]).encode()
        return call("/sv/se/", data, "application/x-www-form-urlencoded")

    status, _, body, dt = post("calculate")
    check(
        "POST /sv/se/ (result page)",
        status == 200 and b'id="results"' in body,
        f"{status} in {dt * 1000:.0f} ms",
    )

    status, ctype, body, dt = post("pdf")
    check(
        "POST /sv/se/ action=pdf",
        status == 200 and ctype == "application/pdf" and body.startswith(b"%PDF"),
        f"{status} {ctype}, {len(body)} bytes in {dt:.2f} s",
    )

    status, _, body, dt = call("/api/v1/calculate", json.dumps(API_CASE).encode(), "application/json")
    answer = json.loads(body)
    check(
        "POST /api/v1/calculate",
        status == 200 and bool(answer.get("outcomes")),
        f"{status} in {dt * 1000:.0f} ms",
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8000"))
