"""Bounds on the expensive work and the service's operations side: the PDF rate limit per client,
the PDF slots shared by every process, CSRF tokens that expire after a meeting's length, the
health endpoint, and configuration by environment (secret key, proxy headers, Secure cookie).

PDF rendering is replaced by a stub here (it only has to be called or not); the real PDF is
tested in test_ui.py. No test sleeps or times anything.
"""

from __future__ import annotations

import os
import re
import signal
from typing import Any

import pytest
from benefits_calc.examples import cases as example_cases
from benefits_calc.web import capacity, countries, create_app, settings
from benefits_calc.web.forms import case_to_values

from benefits_calc import engine

LANGS = {"se": "sv", "dk": "da", "fi": "fi"}
# The refusal messages as the translations say them (a word that only that sentence has).
BUSY_WORD = {"sv": "PDF", "da": "PDF", "fi": "PDF", "en": "PDF"}


@pytest.fixture()
def rendered(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Count PDF renders instead of rendering (WeasyPrint's HTML.render: a one-page document)."""
    import weasyprint

    calls: list[int] = []

    class Document:
        pages = (None,)

        def write_pdf(self, *a: Any, **k: Any) -> bytes:
            return b"%PDF-1.7 stub"

    def render(self: Any, *a: Any, **k: Any) -> Document:
        calls.append(1)
        return Document()

    monkeypatch.setattr(weasyprint.HTML, "render", render)
    return calls


def make_app(tmp_path: Any, **config: Any) -> Any:
    return create_app({"TESTING": True, "PDF_SLOT_DIR": str(tmp_path / "slots"), **config})


def example_form(app: Any, cc: str) -> dict[str, str]:
    web = countries.get(cc)
    case = engine.parse_case(example_cases(cc)[web.example], cc)
    with app.test_request_context(f"/{LANGS[cc]}/{cc}/"):
        values = case_to_values(case.model_dump(mode="json"), web.form, LANGS[cc])
    return {k: v for k, v in values.items() if v}


def token(client: Any, url: str) -> str:
    m = re.search(r'name="csrf_token" value="([^"]+)"', client.get(url).get_data(as_text=True))
    assert m
    return m.group(1)


def post(client: Any, cc: str, action: str, form: dict[str, str], lang: str | None = None) -> Any:
    url = f"/{lang or LANGS[cc]}/{cc}/"
    return client.post(url, data={**form, "action": action, "csrf_token": token(client, url)})


# --- the PDF rate limit per client ---------------------------------------------------------------


@pytest.mark.parametrize("cc", sorted(LANGS))
def test_pdf_rate_limit_answers_429_with_the_form_kept(tmp_path: Any, rendered: list[int], cc: str) -> None:
    app = make_app(tmp_path, PDF_RATE_LIMIT="2 per minute")
    client = app.test_client()
    form = example_form(app, cc)
    for _ in range(3):  # other actions are not counted
        assert post(client, cc, "calculate", form).status_code == 200
    assert post(client, cc, "pdf", form).status_code == 200
    assert post(client, cc, "pdf", form).status_code == 200
    r = post(client, cc, "pdf", form)
    assert r.status_code == 429
    assert len(rendered) == 2  # the third PDF was never rendered
    # Retry-After: the seconds left of the minute's window (1-61)
    assert 1 <= int(r.headers["Retry-After"]) <= 61
    html = r.get_data(as_text=True)
    assert r.mimetype == "text/html"
    assert 'id="results"' not in html
    assert f"{r.headers['Retry-After']}" in html  # the message says how long to wait
    # every value typed is back in the form
    for name, value in form.items():
        if name.startswith(("person.", "housing.")) and value:
            assert f'value="{value}"' in html, name
    # the same client may still calculate
    assert post(client, cc, "calculate", form).status_code == 200


def test_pdf_rate_limit_is_per_client_address(tmp_path: Any, rendered: list[int]) -> None:
    app = make_app(tmp_path, PDF_RATE_LIMIT="1 per minute")
    form = example_form(app, "se")
    one = app.test_client()
    two = app.test_client()
    url = "/sv/se/"

    def pdf(client: Any, addr: str) -> int:
        env = {"REMOTE_ADDR": addr}
        t = re.search(
            r'name="csrf_token" value="([^"]+)"', client.get(url, environ_base=env).get_data(as_text=True)
        )
        data = {**form, "action": "pdf", "csrf_token": t.group(1)}  # type: ignore[union-attr]
        return client.post(url, data=data, environ_base=env).status_code

    assert pdf(one, "192.0.2.1") == 200
    assert pdf(one, "192.0.2.1") == 429
    assert pdf(two, "192.0.2.2") == 200


def test_pdf_rate_limit_can_be_turned_off(tmp_path: Any, rendered: list[int], monkeypatch: Any) -> None:
    monkeypatch.setenv("BENEFITS_CALC_PDF_RATE_LIMIT", "off")
    app = make_app(tmp_path)
    assert app.config["PDF_RATE_LIMIT"] is None
    client = app.test_client()
    form = example_form(app, "dk")
    assert all(post(client, "dk", "pdf", form).status_code == 200 for _ in range(12))


def test_default_limits_come_from_settings(tmp_path: Any) -> None:
    app = make_app(tmp_path)
    assert app.config["PDF_RATE_LIMIT"] == "10 per minute; 60 per hour"
    assert app.config["PDF_CONCURRENCY"] == 1
    assert app.config["WTF_CSRF_TIME_LIMIT"] == 4 * 3600
    assert app.config["RATELIMIT_STORAGE_URI"] == "memory://"


# --- PDF slots -----------------------------------------------------------------------------------


@pytest.mark.parametrize("cc", sorted(LANGS))
def test_every_slot_busy_answers_503_with_the_form_kept(tmp_path: Any, rendered: list[int], cc: str) -> None:
    app = make_app(tmp_path, PDF_WAIT_SECONDS=0)
    client = app.test_client()
    form = example_form(app, cc)
    with app.app_context(), capacity.pdf_slot():  # someone else is rendering
        r = post(client, cc, "pdf", form)
    assert r.status_code == 503
    assert r.headers["Retry-After"] == str(capacity.BUSY_RETRY_AFTER)
    assert not rendered
    html = r.get_data(as_text=True)
    assert 'id="results"' not in html
    assert "5" in html
    # the slot is free again: the PDF is made
    assert post(client, cc, "pdf", form).status_code == 200
    assert len(rendered) == 1


def test_slots_count_concurrent_renders(tmp_path: Any) -> None:
    app = make_app(tmp_path, PDF_CONCURRENCY=2, PDF_WAIT_SECONDS=0)
    with app.app_context():
        with capacity.pdf_slot(), capacity.pdf_slot():
            with pytest.raises(capacity.PdfBusy):
                with capacity.pdf_slot():
                    pass
        with capacity.pdf_slot():  # released at the end of the block, also after an error
            pass
        with pytest.raises(ZeroDivisionError), capacity.pdf_slot():
            1 / 0  # noqa: B018
        with capacity.pdf_slot(), capacity.pdf_slot():
            pass


def test_a_slot_held_by_a_killed_process_is_freed(tmp_path: Any) -> None:
    """A worker killed mid-render (SIGKILL) does not keep its slot: the kernel drops its lock."""
    app = make_app(tmp_path, PDF_WAIT_SECONDS=0)
    ready_r, ready_w = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        try:
            with app.app_context(), capacity.pdf_slot():
                os.write(ready_w, b"1")
                signal.pause()
        finally:
            os._exit(0)
    try:
        assert os.read(ready_r, 1) == b"1"
        with app.app_context():
            with pytest.raises(capacity.PdfBusy):
                with capacity.pdf_slot():
                    pass
    finally:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        os.close(ready_r)
        os.close(ready_w)
    with app.app_context(), capacity.pdf_slot():
        pass


# --- CSRF tokens expire after a meeting's length --------------------------------------------------


def later(monkeypatch: pytest.MonkeyPatch, seconds: int) -> None:
    """The clock that signs and checks form tokens, `seconds` from now."""
    import time

    from itsdangerous.timed import TimestampSigner

    now = int(time.time())
    monkeypatch.setattr(TimestampSigner, "get_timestamp", lambda self: now + seconds)


@pytest.mark.parametrize("cc", sorted(LANGS))
def test_an_expired_form_is_shown_again_with_its_values(
    tmp_path: Any, monkeypatch: pytest.MonkeyPatch, cc: str
) -> None:
    app = make_app(tmp_path, WTF_CSRF_TIME_LIMIT=3 * 3600)
    client = app.test_client()
    form = example_form(app, cc)
    url = f"/{LANGS[cc]}/{cc}/"
    t = token(client, url)
    # 3 hours less a minute: still valid
    later(monkeypatch, 3 * 3600 - 60)
    assert client.post(url, data={**form, "action": "calculate", "csrf_token": t}).status_code == 200
    # 3 hours and a minute: expired
    later(monkeypatch, 3 * 3600 + 60)
    r = client.post(url, data={**form, "action": "calculate", "csrf_token": t})
    assert r.status_code == 400
    html = r.get_data(as_text=True)
    assert 'id="results"' not in html
    assert "3" in html
    for name, value in form.items():
        if name.startswith("person.") and value:
            assert f'value="{value}"' in html, name
    # the page carries a fresh token that works
    fresh = re.search(r'name="csrf_token" value="([^"]+)"', html).group(1)  # type: ignore[union-attr]
    assert client.post(url, data={**form, "action": "calculate", "csrf_token": fresh}).status_code == 200


def test_expired_message_is_translated(tmp_path: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    app = make_app(tmp_path, WTF_CSRF_TIME_LIMIT=2 * 3600)
    client = app.test_client()
    form = example_form(app, "se")
    texts = {}
    for lang in ("en", "sv", "da", "fi"):
        url = f"/{lang}/se/"
        t = token(client, url)
        later(monkeypatch, 2 * 3600 + 60)
        html = client.post(url, data={**form, "form_lang": "sv", "csrf_token": t}).get_data(as_text=True)
        monkeypatch.undo()
        m = re.search(r"<li>([^<]*\b2\b[^<]*)</li>", html)
        assert m, lang
        texts[lang] = m.group(1)
    assert len(set(texts.values())) == 4, texts  # four languages, four sentences


# --- health --------------------------------------------------------------------------------------


def test_healthz(client: Any) -> None:
    r = client.get("/healthz")
    assert r.status_code == 200
    assert r.json == {"status": "ok", "countries": sorted(engine.COUNTRIES)}
    assert r.headers["Cache-Control"] == "no-store"


def test_healthz_fails_when_rules_do_not_load(client: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from benefits_calc.web import health

    from benefits_calc.parameters import ParameterError

    def broken(cc: str) -> Any:
        if cc == "dk":
            raise ParameterError("dk: a broken file")
        return None

    monkeypatch.setattr(health, "load_country", broken)
    r = client.get("/healthz")
    assert r.status_code == 503
    assert r.json["failing"] == ["dk"]


# --- configuration by environment ----------------------------------------------------------------


def test_settings_name_the_variable_that_cannot_be_read() -> None:
    with pytest.raises(settings.SettingError, match="BENEFITS_CALC_WORKERS"):
        settings.server_options({"BENEFITS_CALC_WORKERS": "two"})
    with pytest.raises(settings.SettingError, match="BENEFITS_CALC_CSRF_HOURS must be 2-24"):
        settings.app_config({"BENEFITS_CALC_CSRF_HOURS": "0"})
    with pytest.raises(settings.SettingError, match="BENEFITS_CALC_SECURE_COOKIES"):
        settings.app_config({"BENEFITS_CALC_SECURE_COOKIES": "perhaps"})
    opts = settings.server_options({"BENEFITS_CALC_WORKERS": "4", "BENEFITS_CALC_PORT": "8080"})
    assert (opts["workers"], opts["port"], opts["threads"], opts["host"]) == (4, 8080, 8, "127.0.0.1")


def test_secret_key_is_shared_by_instances(monkeypatch: pytest.MonkeyPatch, tmp_path: Any) -> None:
    """Two instances with the same BENEFITS_CALC_SECRET_KEY accept each other's form tokens."""
    monkeypatch.setenv("BENEFITS_CALC_SECRET_KEY", "a-shared-secret-of-the-deployment")
    one, two = make_app(tmp_path), make_app(tmp_path)
    assert one.config["SECRET_KEY"] == two.config["SECRET_KEY"] == "a-shared-secret-of-the-deployment"
    form = example_form(one, "fi")
    c1 = one.test_client()
    t = token(c1, "/fi/fi/")
    cookie = c1.get_cookie("session")
    c2 = two.test_client()
    c2.set_cookie("session", cookie.value)  # type: ignore[union-attr]
    assert c2.post("/fi/fi/", data={**form, "action": "calculate", "csrf_token": t}).status_code == 200
    # without the variable every instance makes its own key
    monkeypatch.delenv("BENEFITS_CALC_SECRET_KEY")
    assert make_app(tmp_path).config["SECRET_KEY"] != make_app(tmp_path).config["SECRET_KEY"]


def test_proxy_headers_trusted_only_when_configured(tmp_path: Any) -> None:
    headers = {"X-Forwarded-Proto": "https", "X-Forwarded-For": "198.51.100.7"}
    plain = make_app(tmp_path).test_client().get("/healthz", headers=headers)
    assert "Strict-Transport-Security" not in plain.headers  # a client cannot claim HTTPS
    behind = make_app(tmp_path, PROXY_HOPS=1).test_client().get("/healthz", headers=headers)
    assert behind.headers["Strict-Transport-Security"].startswith("max-age=")


def test_proxy_hops_give_the_client_address_to_the_rate_limit(tmp_path: Any, rendered: list[int]) -> None:
    app = make_app(tmp_path, PROXY_HOPS=1, PDF_RATE_LIMIT="1 per minute")
    form = example_form(app, "se")

    def pdf(addr: str) -> int:
        client = app.test_client()
        h = {"X-Forwarded-For": addr}
        html = client.get("/sv/se/", headers=h).get_data(as_text=True)
        t = re.search(r'name="csrf_token" value="([^"]+)"', html).group(1)  # type: ignore[union-attr]
        return client.post("/sv/se/", data={**form, "action": "pdf", "csrf_token": t}, headers=h).status_code

    assert pdf("203.0.113.1") == 200
    assert pdf("203.0.113.1") == 429
    assert pdf("203.0.113.2") == 200  # another client behind the same proxy


def test_secure_cookie_when_configured(tmp_path: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    def session_cookie(app: Any) -> str:
        r = app.test_client().get("/en/se/")
        return next(v for k, v in r.headers.items() if k == "Set-Cookie" and v.startswith("session="))

    assert "Secure" not in session_cookie(make_app(tmp_path))
    monkeypatch.setenv("BENEFITS_CALC_SECURE_COOKIES", "1")
    cookie = session_cookie(make_app(tmp_path))
    assert "Secure" in cookie and "HttpOnly" in cookie and "SameSite=Lax" in cookie
