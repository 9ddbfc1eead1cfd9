"""The counselling UI: choose language and country, fill in the case, see the result on one page,
print or download the personal summary, save the case to a file and open it again.

Routes (blueprint ``ui``)::

    GET  /                         -> redirect to /<browser language>/
    GET  /<lang>/                  start: language and country
    GET  /<lang>/<cc>/             the case form (?example=1: a filled-in example)
    POST /<lang>/<cc>/             action=calculate | print | pdf | save | switch (language)
    POST /<lang>/<cc>/open         open a saved case file (JSON)

Nothing about the client is stored or logged: the case lives in the form the browser posts and
in the file the user downloads. Every POST carries a CSRF token (Flask-WTF).
"""

from __future__ import annotations

import json
import re
import unicodedata
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from benefits_calc.examples import cases as example_cases
from benefits_calc.web import capacity, countries
from benefits_calc.web.forms import (
    ACTION_ROWS,
    CHILD_ROWS,
    CUSTOM_ROWS,
    STANDARD_PERCENTS,
    CountryForm,
    FormData,
    case_to_values,
    child_row_shown,
    default_values,
    field_owner,
    group_is_open,
    group_is_optional,
    is_standard,
    json_errors,
    map_errors,
    read_form,
)
from benefits_calc.web.i18n import (
    COUNTRY_NAMES,
    COUNTRY_ORDER,
    DEFAULT_LANGUAGE,
    LANGUAGES,
    authority_name,
    benefit_explanation,
    benefit_lang,
    benefit_name,
    input_number,
    long_date,
    number,
    parse_number,
    percent,
)
from benefits_calc.web.result import Result, build_result
from flask import (
    Blueprint,
    Flask,
    Response,
    abort,
    current_app,
    g,
    redirect,
    render_template,
    request,
    url_for,
)
from flask_babel import gettext
from flask_wtf.csrf import CSRFError
from pydantic import ValidationError
from werkzeug.routing import AnyConverter

from benefits_calc import engine
from benefits_calc.models import CaseBase
from benefits_calc.numbers import NumberTextError
from benefits_calc.parameters import OutOfCoverageError, ParameterError

bp = Blueprint("ui", __name__)
ACTIONS = ("calculate", "whatif", "print", "pdf", "print_full", "save", "switch")


class LanguageConverter(AnyConverter):
    """``<lang:lang>``: one of the UI's languages, so that /api/v1/… never matches a UI route."""

    def __init__(self, url_map: Any) -> None:
        super().__init__(url_map, *LANGUAGES)


def init_app(app: Flask) -> None:
    app.url_map.converters["lang"] = LanguageConverter
    app.register_blueprint(bp)
    app.register_error_handler(CSRFError, _csrf_error)
    app.register_error_handler(429, _pdf_refused)
    app.register_error_handler(capacity.PdfBusy, _pdf_refused)
    app.register_error_handler(404, _not_found)
    app.register_error_handler(413, _too_large)
    app.register_error_handler(500, _server_error)


def current_lang() -> str:
    return getattr(g, "lang", None) or DEFAULT_LANGUAGE


def select_locale() -> str:
    """Flask-Babel's locale: the language in the URL, else the browser's best match."""
    lang = (request.view_args or {}).get("lang") if request else None
    if lang in LANGUAGES:
        return lang
    return request.accept_languages.best_match(list(LANGUAGES)) or DEFAULT_LANGUAGE


@bp.url_value_preprocessor
def _pull_lang(endpoint: str | None, values: dict[str, Any] | None) -> None:
    if values and "lang" in values:
        g.lang = values["lang"]


@bp.app_context_processor
def _globals() -> dict[str, Any]:
    lang = current_lang()
    return {
        "lang": lang,
        "languages": LANGUAGES,
        "benefit_name": benefit_name,
        "benefit_lang": benefit_lang,
        "benefit_explanation": benefit_explanation,
        "authority_name": authority_name,
        "long_date": lambda d: long_date(d, lang),
        "fmt_number": lambda x, d=2: number(x, lang, d),
        "fmt_percent": lambda x, d=2: percent(x, lang, d),
        "child_rows": CHILD_ROWS,
        "child_row_shown": child_row_shown,
        "custom_rows": CUSTOM_ROWS,
        "action_rows": ACTION_ROWS,
    }


# --- pages ----------------------------------------------------------------------------------------


@bp.get("/")
def index() -> Response:
    return redirect(url_for("ui.start", lang=select_locale()))  # type: ignore[return-value]


@bp.get("/<lang:lang>/")
def start(lang: str) -> str:
    countries = [{"code": cc, "name": COUNTRY_NAMES[cc]} for cc in COUNTRY_ORDER if cc in engine.COUNTRIES]
    return render_template("start.html", countries=countries)


def _spec(cc: str) -> CountryForm:
    if cc not in engine.COUNTRIES:
        abort(404)
    return countries.get(cc).form


@bp.get("/<lang:lang>/<cc>/")
def case_form(lang: str, cc: str) -> str:
    spec = _spec(cc)
    wanted = request.args.get("example")
    if wanted:
        # ?example=1: the country's form example; ?example=<file name without .json>: that example
        examples = example_cases(cc)
        example = examples.get(f"{wanted}.json") or examples[countries.get(cc).example]
        return _show_case(spec, engine.parse_case(example, cc), lang)
    return _render_form(spec, default_values(spec), {}, [], None)


@bp.post("/<lang:lang>/<cc>/")
@capacity.pdf_rate_limit
def case_post(lang: str, cc: str) -> Response | str | tuple[str, int]:
    spec = _spec(cc)
    action = request.form.get("action", "calculate")
    if action not in ACTIONS:
        action = "calculate"
    form_lang = request.form.get("form_lang", lang)
    if form_lang not in LANGUAGES:
        form_lang = lang
    data = read_form(request.form, spec, form_lang)
    values = dict(data.raw)
    try:
        case = engine.parse_case(data.case, cc, form=True)
        problem: ValidationError | None = None
    except ValidationError as exc:
        problem = exc
    if problem is not None or data.number_errors or data.form_errors:
        if action == "switch":
            return _render_form(spec, _relocalise(spec, values, form_lang, lang), {}, [], data)
        by_field, general = map_errors(problem, data, lang, spec)
        return _render_form(spec, values, by_field, general, data), 422
    if action == "switch" and form_lang != lang:
        values = case_to_values(case.model_dump(mode="json"), spec, lang)
    result = _calculate(case, data, lang)
    if isinstance(result, str):
        return _render_form(spec, values, {"rule_date": [result]}, [], data), 422
    if action == "save":
        return _save(case)
    if action in ("print", "pdf", "print_full"):
        # The client's summary; "print_full": the counsellor's copy with warnings and every step.
        html = render_template(
            "summary.html",
            r=result,
            data=data,
            spec=spec,
            for_pdf=action == "pdf",
            full=action == "print_full",
        )
        if action != "pdf":
            return html
        return _pdf(html, result, case)
    return _render_result(spec, case, data, values, lang, result)


def _calculate(case: CaseBase, data: FormData, lang: str) -> Result | str:
    """The result, or why the rules cannot calculate this date (a message for the date field)."""
    try:
        return build_result(case, data, lang)
    except OutOfCoverageError as exc:
        return gettext(
            "There are no rules for this date in the calculator. It covers dates from %(first)s.",
            first=long_date(exc.first, lang),
        )
    except ParameterError:
        current_app.logger.exception("parameter error")  # names a parameter, never client data
        return gettext("The calculation could not be made with the rules for this date.")


def _relocalise(spec: CountryForm, values: dict[str, str], old: str, new: str) -> dict[str, str]:
    """What was typed, with each number written the new language's way ('13.000' da -> '13000')."""
    out = dict(values)
    for name, f in spec.fields.items():
        raw = values.get(name, "")
        if f.kind in ("number", "int") and raw.strip():
            try:
                out[name] = input_number(Decimal(parse_number(raw, old)), new)
            except (NumberTextError, ArithmeticError):  # not one number: kept as typed
                pass
    return out


@bp.post("/<lang:lang>/<cc>/open")
def open_case(lang: str, cc: str) -> Response | str | tuple[str, int]:
    spec = _spec(cc)
    upload = request.files.get("case_file")
    problems: list[str] = []
    case: CaseBase | None = None
    if upload is None or not upload.filename:
        problems.append(gettext("Choose a saved case file (.json) first."))
    else:
        try:
            raw = json.loads(upload.read().decode("utf-8"))
            if not isinstance(raw, dict):
                raise ValueError("not an object")
            raw.setdefault("country", cc)
            if raw.get("country") != cc:
                problems.append(gettext("This file is a case for another country."))
            else:
                case = engine.parse_case(raw, cc, form=True)
        except (UnicodeDecodeError, ValueError, RecursionError) as exc:  # RecursionError: nested too deep
            if isinstance(exc, ValidationError):
                problems.append(gettext("The file has values that are not valid:"))
                problems.extend(json_errors(exc, lang, spec))
            else:
                problems.append(gettext("The file is not a saved case (JSON) that this calculator can read."))
    if case is None:
        return _render_form(spec, default_values(spec), {"case_file": problems}, problems, None), 422
    name = case.label or Path((upload.filename or "").replace("\\", "/")).name[:100]
    return _show_case(spec, case, lang, opened=name)


def _show_case(
    spec: CountryForm, case: CaseBase, lang: str, opened: str | None = None
) -> str | tuple[str, int]:
    """A case from a file (or the example) as the form shows it, calculated as the form would be:
    0/25/50/75/100 % at the first scenario's wage plus the other scenarios as the user's own."""
    dumped = case.model_dump(mode="json")
    values = case_to_values(dumped, spec, lang)
    data = read_form(values, spec, lang)
    notes: list[str] = []
    if opened:
        notes.append(gettext("Opened the saved case “%(name)s”. Its result is below.", name=opened))
    own = len(data.scenario_rows) - len(STANDARD_PERCENTS)
    scenarios = dumped.get("scenarios") or []
    wanted = sum(1 for s in scenarios if not is_standard(s, scenarios[0]))
    if wanted > own:
        notes.append(
            gettext(
                "The file has %(count)s scenarios of its own; the form holds %(rows)s, so only the first "
                "%(rows)s are shown.",
                count=wanted,
                rows=own,
            )
        )
    try:
        shown = engine.parse_case(data.case, spec.code, form=True)
    except ValidationError as exc:
        by_field, general = map_errors(exc, data, lang, spec)
        return _render_form(spec, values, by_field, notes + general, data), 422
    result = _calculate(shown, data, lang)
    if isinstance(result, str):
        return _render_form(spec, values, {"rule_date": [result]}, notes, data), 422
    return _render_form(spec, values, {}, [], data, result, notes=notes)


# --- rendering ------------------------------------------------------------------------------------


def _render_form(
    spec: CountryForm,
    values: dict[str, str],
    errors: dict[str, list[str]],
    general: list[str],
    data: FormData | None,
    result: Result | None = None,
    notes: list[str] | None = None,
) -> str:
    known = set(spec.fields) | {"case_file"}
    general = list(general)
    for name, msgs in errors.items():
        if name not in known:
            general.extend(m for m in msgs if m not in general)
    order = {name: i for i, name in enumerate(spec.fields)}
    shown = sorted(((k, v) for k, v in errors.items() if k in known), key=lambda kv: order.get(kv[0], -1))
    return render_template(
        "case.html",
        spec=spec,
        group_is_optional=group_is_optional,
        group_is_open=group_is_open,
        owner=field_owner(spec),
        fields=spec.fields,
        values=values,
        errors=dict(shown),
        general_errors=general,
        data=data,
        r=result,
        notes=notes or [],
        country_name=COUNTRY_NAMES.get(spec.code, spec.code),
    )


def _render_result(
    spec: CountryForm,
    case: CaseBase,
    data: FormData,
    values: dict[str, str],
    lang: str,
    result: Result | None = None,
) -> str:
    result = result or build_result(case, data, lang)
    return _render_form(spec, values, {}, [], data, result)


# Letters NFKD does not take apart into a base letter and a mark.
_NOT_DECOMPOSED = str.maketrans({"æ": "ae", "Æ": "Ae", "ø": "o", "Ø": "O", "ß": "ss", "đ": "d", "Đ": "D"})


def file_name(kind: str, case: CaseBase, made: date, suffix: str) -> str:
    """A download's name: what it is, the case's name if one was typed (letters and digits only,
    accents dropped: 'Åsa K.' -> 'Asa-K'), and the date: summary-AK-2026-12-02.pdf."""
    label = (case.label or "").translate(_NOT_DECOMPOSED)
    label = unicodedata.normalize("NFKD", label).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^A-Za-z0-9]+", "-", label).strip("-")[:40]
    return "-".join(x for x in (kind, slug, made.isoformat()) if x) + suffix


def _save(case: CaseBase) -> Response:
    body = json.dumps(case.model_dump(mode="json", exclude_none=True), ensure_ascii=False, indent=2)
    name = file_name(f"case-{case.country}", case, date.today(), ".json")  # type: ignore[attr-defined]
    return Response(
        body,
        mimetype="application/json",
        headers={"Content-Disposition": f'attachment; filename="{name}"', "Cache-Control": "no-store"},
    )


# The summary's sheet, and the tighter one for a summary that does not fit its pages otherwise.
SUMMARY_SHEETS = ("summary.css", "summary-tight.css")


def summary_page_limit(result: Result) -> int:
    """The pages a client's summary may take: 3 for a single person, 4 with a partner or children."""
    today = result.today or {}
    return 4 if today.get("partner") or today.get("children") else 3


def _pdf(html: str, result: Result, case: CaseBase) -> Response:
    """The summary's HTML as a tagged, accessible PDF (PDF/UA-1: headings, lists and tables are
    tagged, the language and title are set, so a screen reader can read it). The template leaves
    out the stylesheet link when `for_pdf`; the same stylesheet is handed to WeasyPrint here, so
    nothing is fetched over the network."""
    from weasyprint import CSS, HTML

    static = Path(current_app.static_folder or "")
    sheets = [CSS(string=(static / name).read_text(encoding="utf-8")) for name in SUMMARY_SHEETS]
    with capacity.pdf_slot():  # at most PDF_CONCURRENCY at once on this machine, else 503
        page = HTML(string=html)  # parsed once, laid out once or twice
        doc = page.render(stylesheets=sheets[:1], pdf_variant="pdf/ua-1")
        if len(doc.pages) > summary_page_limit(result):
            # A long summary (several payers, a timeline) is set once more with tighter leading and
            # headings, still 14 pt: a second layout (in the same slot) only for these few
            doc = page.render(stylesheets=sheets, pdf_variant="pdf/ua-1")
        pdf = doc.write_pdf(pdf_variant="pdf/ua-1")
    name = file_name("summary", case, result.made, ".pdf")
    return Response(
        pdf,
        mimetype="application/pdf",
        headers={"Content-Disposition": f'attachment; filename="{name}"', "Cache-Control": "no-store"},
    )


# --- errors ---------------------------------------------------------------------------------------


def _csrf_error(exc: CSRFError) -> tuple[str, int]:
    """The form expired (or came from elsewhere): show it again with what was typed, unsaved."""
    _set_lang()
    if exc.description == "The CSRF token has expired.":
        hours = round((current_app.config.get("WTF_CSRF_TIME_LIMIT") or 0) / 3600)
        msg = gettext(
            "The form was open for more than %(hours)s hours, so it has expired and nothing was calculated. "
            "Everything you typed is still here: check it and send it again.",
            hours=hours,
        )
    else:
        msg = gettext("The form had expired, so nothing was calculated. Check the values and send it again.")
    return _form_again(msg, 400)


def _pdf_refused(exc: Exception) -> tuple[str, int, dict[str, str]]:
    """Too many PDFs from this client (429) or every PDF slot busy (503): the form again, values
    kept, with when to try again."""
    _set_lang()
    seconds = capacity.retry_after(exc)  # type: ignore[arg-type]
    if isinstance(exc, capacity.PdfBusy):
        msg = gettext(
            "The service is making other PDFs just now. Wait %(seconds)s seconds and ask for the PDF "
            "again; everything you typed is still here.",
            seconds=seconds,
        )
        status = 503
    else:
        msg = gettext(
            "Many PDFs have been made from this computer in a short time. Wait %(seconds)s seconds and "
            "ask for the PDF again; everything you typed is still here.",
            seconds=seconds,
        )
        status = 429
    page, _ = _form_again(msg, status)
    return page, status, {"Retry-After": str(seconds)}


def _set_lang() -> str:
    view_args = request.view_args or {}
    lang = view_args.get("lang") if view_args.get("lang") in LANGUAGES else DEFAULT_LANGUAGE
    g.lang = lang
    return lang


def _form_again(msg: str, status: int) -> tuple[str, int]:
    """The form the user posted, with what was typed and `msg` (nothing calculated or saved)."""
    lang = current_lang()
    cc = (request.view_args or {}).get("cc")
    if cc in engine.COUNTRIES and request.endpoint == "ui.case_post":
        spec = countries.get(cc).form
        data = read_form(request.form, spec, lang)
        return _render_form(spec, dict(data.raw), {}, [msg], data), status
    return render_template("error.html", message=msg, status=status), status


def _not_found(exc: Exception) -> tuple[str, int]:
    if request.path.startswith("/api/"):
        return current_app.response_class(  # type: ignore[return-value]
            json.dumps({"error": "not found"}), status=404, mimetype="application/json"
        )
    return render_template("error.html", message=gettext("This page does not exist."), status=404), 404


def _server_error(exc: Exception) -> tuple[str, int] | Response:
    if request.path.startswith("/api/"):
        return current_app.response_class(  # type: ignore[return-value]
            json.dumps({"error": "internal error"}), status=500, mimetype="application/json"
        )
    msg = gettext(
        "Something went wrong in the calculation, so there is no result. Nothing was saved. Go back, "
        "check the values and try again; if it happens again, tell the people who run this service."
    )
    return render_template("error.html", message=msg, status=500), 500


def _too_large(exc: Exception) -> tuple[str, int]:
    return render_template("error.html", message=gettext("The file or form is too large."), status=413), 413
