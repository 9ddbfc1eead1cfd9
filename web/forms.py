"""The case form's machinery: form <-> case-dict mapping, the layout, translated errors.

One pydantic model validates the form and the JSON alike: the form's fields are named by their
path in the case's JSON ("person.age", "children.0.age", "sjukersattning.amount_month"), the
posted form is turned into the same dict the JSON API takes, and `benefits_calc.engine.parse_case`
validates it. Errors come back with their JSON path and are shown next to the field that caused
them, translated, with what the user typed kept as typed.

A country's form (its fields, the layout of its fieldsets, the decision letters that are optional
and the model errors it can raise) is a `CountryForm` in its module under
benefits_calc.web.countries; nothing here knows a country.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from benefits_calc.web.i18n import input_number, number, parse_number
from flask_babel import gettext, lazy_gettext
from pydantic import ValidationError

from benefits_calc.numbers import NumberTextError

STANDARD_PERCENTS: tuple[int, ...] = (0, 25, 50, 75, 100)
CHILD_ROWS = 12  # as many as a case may have (rules/*/case.py)
CHILD_COUNTS = tuple(str(n) for n in range(CHILD_ROWS + 1))  # "Number of children living at home"
CUSTOM_ROWS = 4
ACTION_ROWS = 4


@dataclass(frozen=True)
class Field:
    """One form field. `name` is its path in the case JSON (or a form-only name like wage.hourly)."""

    name: str
    label: Any
    kind: str = "number"  # number | int | select | check | date | text
    hint: Any = None
    unit: Any = None
    options: tuple[tuple[str, Any], ...] = ()
    required: bool = False
    default: str = ""

    @property
    def id(self) -> str:
        return "f-" + self.name.replace(".", "-")


@dataclass(frozen=True)
class Group:
    """A box of fields within a section, as one decision letter or one part of the household shows
    them. `more`: fields behind "More details from the decision" (closed unless filled);
    `rows`: "children" or "custom" for the repeated rows; `lang`: the legend's language when it is
    the authority's own words ("Försäkringskassan: bostadstillägg")."""

    legend: Any
    fields: tuple[str, ...] = ()
    hint: Any = None
    more: tuple[str, ...] = ()
    rows: str | None = None
    lang: str | None = None


@dataclass(frozen=True)
class Section:
    """A fieldset of the form: its own fields, then its groups."""

    legend: Any
    fields: tuple[str, ...] = ()
    hint: Any = None
    groups: tuple[Group, ...] = ()


@dataclass(frozen=True)
class CountryForm:
    code: str
    fields: dict[str, Field]
    # optional decision letters: section -> the fields whose input means "the client has this"
    sections: dict[str, tuple[str, ...]]
    layout: tuple[Section, ...]
    # a model-level error of the case model (PydanticCustomError type) -> (field, message)
    value_errors: dict[str, tuple[str, Any]] = field(default_factory=dict)


def group_fields(g: Group, spec: CountryForm) -> list[str]:
    """Every field a group shows (its rows too)."""
    if g.rows:
        return [n for n in spec.fields if n.startswith(g.rows + ".")]
    return [*g.fields, *g.more]


def group_is_optional(g: Group, spec: CountryForm) -> bool:
    """A box the client may not have (a decision letter, a partner, children, own scenarios): it
    starts closed and opens when something in it is filled in or wrong."""
    if g.rows:
        return True
    heads = {n.split(".", 1)[0] for n in g.fields}
    return bool(heads) and heads <= set(spec.sections)


def group_is_open(g: Group, spec: CountryForm, values: Mapping[str, str], errors: Mapping[str, Any]) -> bool:
    for n in group_fields(g, spec):
        f = spec.fields[n]
        if n in errors or values.get(n, "") not in ("", f.default):
            return True
    return False


def field_owner(spec: CountryForm) -> dict[str, Any]:
    """Field name -> the legend of the box it is in (a benefit's decision letter, the partner),
    so that an error message can say which benefit it belongs to."""
    owner: dict[str, Any] = {}
    for section in spec.layout:
        for g in section.groups:
            for n in group_fields(g, spec):
                owner[n] = g.legend
    return owner


_ = lazy_gettext
LEVELS = (("1/1", _("full (1/1)")), ("3/4", "3/4"), ("1/2", "1/2"), ("1/4", "1/4"))


def fields_of(*items: Field) -> dict[str, Field]:
    return {f.name: f for f in items}


def child_fields(extra: Callable[[int], tuple[Field, ...]] = lambda i: ()) -> list[Field]:
    """The number of children living at home, then a row for each: an age (and a country's own
    fields per child). The rows past the number are hidden (style.css, without JavaScript)."""
    out: list[Field] = [
        Field(
            "children.count",
            _("Number of children living at home"),
            "select",
            options=tuple((n, n) for n in CHILD_COUNTS),
            default="0",
        )
    ]
    for i in range(CHILD_ROWS):
        out.append(Field(f"children.{i}.age", _("Child %(n)s: age", n=i + 1), "int", unit=_("years")))
        out.extend(extra(i))
    return out


def work_fields(per_hour: Any, per_month: Any) -> list[Field]:
    """The wage, full time and the client's own scenarios: the same in every country (`per_hour`,
    `per_month`: the units, e.g. "kr an hour")."""
    fs = [
        Field(
            "wage.hourly",
            _("Hourly wage"),
            hint=_("Give either the hourly wage or the monthly wage at full time."),
            unit=per_hour,
        ),
        Field("wage.monthly", _("Monthly wage at full time"), unit=per_month),
        Field("wage.full_time_hours", _("Full time"), unit=_("hours a week"), default="40", required=True),
        Field(
            "work_costs.travel_month",
            _("Travel to work"),
            hint=_("A monthly pass or what the trips cost, when working."),
            unit=per_month,
        ),
        Field(
            "timeline.start",
            _("First day of work"),
            "date",
            hint=_("For the timeline month by month. Empty: the first of next month."),
        ),
    ]
    for i in range(CUSTOM_ROWS):
        n = i + 1
        fs.append(Field(f"custom.{i}.hours", _("Scenario %(n)s: hours a week", n=n), unit=_("hours")))
        fs.append(
            Field(
                f"custom.{i}.hourly_wage",
                _("Scenario %(n)s: hourly wage", n=n),
                hint=_("Empty: the wage above."),
                unit=per_hour,
            )
        )
    return fs


def case_fields() -> list[Field]:
    """What every country's form starts with: the date whose rules apply and a name for the case."""
    return [
        Field("rule_date", _("Date whose rules apply"), "date", _("Normally today's date."), required=True),
        Field(
            "label",
            _("Name of the case (optional)"),
            "text",
            hint=_(
                "For example the client's initials. It names the saved file and the summary; "
                "nothing is stored."
            ),
        ),
    ]


CASE_SECTION = Section(_("Rules"), fields=("rule_date", "label"))

WORK_SECTION = Section(
    _("Work"),
    fields=(
        "wage.hourly",
        "wage.monthly",
        "wage.full_time_hours",
        "work_costs.travel_month",
        "timeline.start",
    ),
    hint=_("The table shows not working and 25, 50, 75 and 100 % of full time at this wage."),
    groups=(
        Group(
            _("Your own scenarios (optional)"),
            hint=_("Hours a week the client is thinking about, with another hourly wage if it differs."),
            rows="custom",
        ),
    ),
)


# --- form -> case dict ------------------------------------------------------------------------------


@dataclass
class FormData:
    """What the posted form says: the case dict, how scenarios/children map back to form rows,
    and the form-only parts (scenario to explain, counsellor, action steps)."""

    case: dict[str, Any]
    raw: dict[str, str]
    scenario_rows: list[str | None]  # per case scenario: None (standard) or the custom row index
    child_rows: list[int]
    explain: int | None = None
    counsellor_name: str = ""
    counsellor_contact: str = ""
    actions: list[dict[str, str]] = field(default_factory=list)
    # Fields whose text is not one number (a letter, a thousands group that could be a decimal):
    # left out of `case`, so nothing is calculated until the user says which number was meant.
    number_errors: dict[str, NumberTextError] = field(default_factory=dict)
    # The first day of work for the timeline, as typed (web/timeline_view.py reads it).
    timeline_start: str = ""
    # Form fields that disagree with another (the number of children and the rows): field -> message
    form_errors: dict[str, Any] = field(default_factory=dict)


def _put(target: dict[str, Any], dotted: str, value: Any) -> None:
    parts = dotted.split(".")
    for p in parts[:-1]:
        target = target.setdefault(p, {})
    target[parts[-1]] = value


class _Numbers:
    """Reads the number fields of one posted form, keeping what could not be read per field."""

    def __init__(self, raw: Mapping[str, str], lang: str) -> None:
        self.raw, self.lang = raw, lang
        self.errors: dict[str, NumberTextError] = {}

    def __call__(self, name: str) -> str:
        """The field's number as a plain decimal string; '' when empty or not one number."""
        try:
            return parse_number(self.raw.get(name, ""), self.lang)
        except NumberTextError as exc:
            self.errors[name] = exc
            return ""


def child_row_shown(i: int, values: Mapping[str, str], errors: Mapping[str, Any] | None = None) -> bool:
    """A child row with an age, or with an error, shows whatever the number of children says."""
    prefix = f"children.{i}."
    return bool(values.get(prefix + "age", "").strip()) or any(n.startswith(prefix) for n in errors or ())


def _child_rows(raw: Mapping[str, str]) -> tuple[list[int], dict[str, Any]]:
    """The child rows that are the case's children, and what disagrees: with a number of children
    chosen, the first that many rows, each with an age, and no age in a row past them (a browser
    that shows every row); without one (a form from before the number, or a value that is not one
    of the choices), every row with an age."""
    filled = [i for i in range(CHILD_ROWS) if child_row_shown(i, raw)]
    count = raw.get("children.count", "")
    if count not in CHILD_COUNTS:
        return filled, {}
    n = int(count)
    errors: dict[str, Any] = {
        f"children.{i}.age": _("Fill in the age of child %(n)s.", n=i + 1)
        for i in range(n)
        if i not in filled
    }
    past = [i for i in filled if i >= n]
    if past:
        errors["children.count"] = _(
            "Child %(n)s has an age, but the number of children is %(count)s: change the number, or "
            "empty the row of a child who does not live here.",
            n=past[0] + 1,
            count=n,
        )
    return [i for i in filled if i < n], errors


def _child(i: int, spec: CountryForm, raw: Mapping[str, str], num: _Numbers) -> dict[str, Any]:
    """One child row as the case's child: its age and the country's own fields for a child."""
    child: dict[str, Any] = {"age": num(f"children.{i}.age")}
    prefix = f"children.{i}."
    for name, f in spec.fields.items():
        if not name.startswith(prefix) or name == prefix + "age":
            continue
        key, value = name[len(prefix) :], raw.get(name, "")
        if f.kind == "check":
            child[key] = value not in ("", "0", "off", "false")
        elif f.kind in ("number", "int"):
            if value.strip():
                child[key] = num(name)
        elif value.strip():
            child[key] = value.strip()
    return child


_DAY_FIRST = re.compile(r"^\s*(\d{1,2})[./-](\d{1,2})[./-](\d{4})\s*$")


def iso_date(text: str) -> str:
    """A typed date as ISO 8601: 2026-03-01 as it is, 1.3.2026, 1/3/2026 and 01-03-2026 (day
    first, as in Sweden, Denmark and Finland) turned round; anything else unchanged, for the
    date validation to report."""
    m = _DAY_FIRST.match(text)
    if m:
        day, month, year = (int(x) for x in m.groups())
        return f"{year:04d}-{month:02d}-{day:02d}"
    return text.strip()


def _as_number(text: str, lang: str) -> Decimal | None:
    try:
        return Decimal(parse_number(text, lang)) if text.strip() else None
    except (NumberTextError, ArithmeticError):
        return None


def _apply_whatif(form: Mapping[str, Any], raw: dict[str, str], lang: str) -> int | None:
    """The what-if box beside the result ("whatif.hours", "whatif.hourly_wage"): its hours go into
    the client's own scenario rows, so the table gains them and they are explained. The row of
    the same hours and wage if there is one, else the first empty row, else the last row. Returns
    that row, or None when the box was left empty."""
    hours = str(form.get("whatif.hours", "") or "").strip()[:40]
    if not hours:
        return None
    wage = str(form.get("whatif.hourly_wage", "") or "").strip()[:40]
    want = (_as_number(hours, lang), _as_number(wage, lang))
    target = None
    for i in range(CUSTOM_ROWS):
        row_hours = raw.get(f"custom.{i}.hours", "")
        if not row_hours.strip():
            target = i if target is None else target
            continue
        have = (_as_number(row_hours, lang), _as_number(raw.get(f"custom.{i}.hourly_wage", ""), lang))
        if want[0] is not None and have == want:
            return i
    i = CUSTOM_ROWS - 1 if target is None else target
    raw[f"custom.{i}.hours"] = hours
    raw[f"custom.{i}.hourly_wage"] = wage
    return i


def read_form(form: Mapping[str, Any], spec: CountryForm, lang: str) -> FormData:
    """The posted form as the case dict `parse_case` validates (the same shape as the JSON)."""
    raw = {name: str(form.get(name, "") or "") for name in spec.fields}
    whatif_row = _apply_whatif(form, raw, lang)
    num = _Numbers(raw, lang)
    case: dict[str, Any] = {"country": spec.code}
    section_of = {
        name: name.split(".", 1)[0] for name in spec.fields if name.split(".", 1)[0] in spec.sections
    }
    present = {s for s, triggers in spec.sections.items() if any(raw[t].strip() for t in triggers)}
    for name, f in spec.fields.items():
        head = name.split(".", 1)[0]
        if head in ("children", "custom", "wage", "actions", "timeline"):
            continue
        if name in section_of and section_of[name] not in present:
            continue
        value = raw[name]
        if f.kind == "check":
            if value not in ("", "0", "off", "false"):
                _put(case, name, True)
            continue
        if not value.strip():
            continue
        if f.kind in ("number", "int"):
            value = num(name)
            if value:
                _put(case, name, value)
        elif f.kind == "date":
            _put(case, name, iso_date(value))
        else:
            _put(case, name, value.strip())
    for head in ("person", "housing"):
        case.setdefault(head, {})
    child_rows, form_errors = _child_rows(raw)
    case["children"] = [_child(i, spec, raw, num) for i in child_rows]
    # scenarios: 0/25/50/75/100 % at the wage, then the custom rows with hours
    hourly = num("wage.hourly")
    monthly = num("wage.monthly")
    full = num("wage.full_time_hours")
    wage: dict[str, Any] = {}
    if hourly:
        wage["hourly_wage"] = hourly
    if monthly:
        wage["monthly_wage_full_time"] = monthly
    if full:
        wage["full_time_hours_per_week"] = full
    scenarios: list[dict[str, Any]] = [{"percent_of_full_time": str(p), **wage} for p in STANDARD_PERCENTS]
    rows: list[str | None] = [None] * len(STANDARD_PERCENTS)
    for i in range(CUSTOM_ROWS):
        hours = num(f"custom.{i}.hours")
        if not hours:
            continue
        own = num(f"custom.{i}.hourly_wage")
        s: dict[str, Any] = {"hours_per_week": hours}
        if own:
            s["hourly_wage"] = own
        else:
            s.update({k: v for k, v in wage.items() if k != "full_time_hours_per_week"})
        if full:
            s["full_time_hours_per_week"] = full
        scenarios.append(s)
        rows.append(str(i))
    case["scenarios"] = scenarios
    explain: int | None
    try:
        explain = int(str(form.get("explain_btn") or form.get("explain") or ""))
    except ValueError:
        explain = None
    if whatif_row is not None and str(whatif_row) in rows:
        explain = rows.index(str(whatif_row))
    actions = [
        {k: str(form.get(f"actions.{i}.{k}", "") or "").strip() for k in ("who", "what", "when")}
        for i in range(ACTION_ROWS)
    ]
    return FormData(
        case=case,
        raw=raw,
        scenario_rows=rows,
        child_rows=child_rows,
        explain=explain,
        counsellor_name=str(form.get("counsellor.name", "") or "").strip()[:200],
        counsellor_contact=str(form.get("counsellor.contact", "") or "").strip()[:200],
        actions=actions,
        number_errors=num.errors,
        form_errors=form_errors,
        timeline_start=iso_date(raw.get("timeline.start", "")),
    )


def default_values(spec: CountryForm) -> dict[str, str]:
    values = {name: f.default for name, f in spec.fields.items()}
    values["rule_date"] = date.today().isoformat()
    return values


# --- case dict -> form values --------------------------------------------------------------------


def _same_wage(s: Mapping[str, Any], first: Mapping[str, Any]) -> bool:
    return s.get("hourly_wage") == first.get("hourly_wage") and s.get("monthly_wage_full_time") == first.get(
        "monthly_wage_full_time"
    )


def is_standard(s: Mapping[str, Any], first: Mapping[str, Any]) -> bool:
    """Whether a scenario of a case file is one of the form's standard rows: 0/25/50/75/100 % of
    full time at the first scenario's wage."""
    pct = s.get("percent_of_full_time")
    return (
        pct is not None
        and _same_wage(s, first)
        and Decimal(str(pct)) in {Decimal(p) for p in STANDARD_PERCENTS}
    )


def case_to_values(case: Mapping[str, Any], spec: CountryForm, lang: str) -> dict[str, str]:
    """A validated case (its JSON dict) as form values in `lang` (for a file that was opened)."""
    values = {name: "" for name in spec.fields}
    for name in spec.fields:
        head = name.split(".", 1)[0]
        if head in ("children", "custom", "wage", "timeline"):
            continue
        node: Any = case
        for part in name.split("."):
            node = node.get(part) if isinstance(node, Mapping) else None
        if node is None:
            values[name] = spec.fields[name].default
            continue
        values[name] = input_number(node, lang) if spec.fields[name].kind != "date" else str(node)
        if spec.fields[name].kind == "select":
            values[name] = str(node)
    children = list(case.get("children") or [])[:CHILD_ROWS]
    if "children.count" in values:
        values["children.count"] = str(len(children))
    for i, child in enumerate(children):
        for key, value in child.items():
            name = f"children.{i}.{key}"
            f = spec.fields.get(name)
            if f is None:
                continue
            if f.kind == "check":
                values[name] = "on" if value else ""
            elif f.kind in ("number", "int"):
                values[name] = input_number(value, lang)
            else:
                values[name] = str(value)
    scenarios = list(case.get("scenarios") or [])
    if scenarios:
        first = scenarios[0]
        values["wage.hourly"] = input_number(first.get("hourly_wage"), lang)
        values["wage.monthly"] = input_number(first.get("monthly_wage_full_time"), lang)
        values["wage.full_time_hours"] = input_number(first.get("full_time_hours_per_week") or 40, lang)
        row = 0
        for s in scenarios:
            pct = s.get("percent_of_full_time")
            same_wage = _same_wage(s, first)
            if is_standard(s, first):
                continue
            if row >= CUSTOM_ROWS:
                break
            full = Decimal(str(s.get("full_time_hours_per_week") or 40))
            hours = (
                Decimal(str(s["hours_per_week"]))
                if s.get("hours_per_week") is not None
                else full * Decimal(str(pct)) / 100
            )
            values[f"custom.{row}.hours"] = input_number(hours, lang)
            if not same_wage and s.get("hourly_wage") is not None:
                values[f"custom.{row}.hourly_wage"] = input_number(s.get("hourly_wage"), lang)
            row += 1
    return values


# --- errors ---------------------------------------------------------------------------------------

# Model-level errors every country's case can raise (benefits_calc/models.py), by error type.
SCENARIO_ERRORS: dict[str, tuple[str, Any]] = {
    "scenario_wage": (
        "wage.hourly",
        _("Give either an hourly wage or a monthly wage at full time (one of them)."),
    ),
}


def _limit(value: Any, lang: str) -> str:
    try:
        return number(Decimal(str(value)), lang)
    except Exception:
        return str(value)


def error_text(err: Mapping[str, Any], lang: str, spec: CountryForm | None = None) -> tuple[str | None, str]:
    """(field hint from a known model error, translated message) for one pydantic error."""
    kind = err.get("type", "")
    ctx = err.get("ctx") or {}
    if kind == "missing":
        return None, gettext("Fill in this field.")
    if kind in ("decimal_parsing", "decimal_type", "float_parsing", "finite_number"):
        return None, gettext("Enter a number, for example %(example)s.", example=_limit("1234.5", lang))
    if kind in ("int_parsing", "int_from_float", "int_type"):
        return None, gettext("Enter a whole number.")
    if kind == "greater_than_equal":
        return None, gettext("Enter %(limit)s or more.", limit=_limit(ctx.get("ge"), lang))
    if kind == "greater_than":
        return None, gettext("Enter more than %(limit)s.", limit=_limit(ctx.get("gt"), lang))
    if kind == "less_than_equal":
        return None, gettext("Enter %(limit)s or less.", limit=_limit(ctx.get("le"), lang))
    if kind == "less_than":
        return None, gettext("Enter less than %(limit)s.", limit=_limit(ctx.get("lt"), lang))
    if kind == "decimal_max_places":
        if ctx.get("as_thousands") is not None:
            return None, gettext(
                "Use at most %(count)s decimals. Did you mean %(thousands)s?",
                count=ctx.get("decimal_places", 2),
                thousands=number(Decimal(str(ctx["as_thousands"])), lang),
            )
        return None, gettext("Use at most %(count)s decimals.", count=ctx.get("decimal_places", 2))
    if kind in ("decimal_max_digits", "decimal_whole_digits"):
        return None, gettext("The number is too large.")
    if kind in ("literal_error", "enum"):
        return None, gettext("Choose one of the options.")
    if kind.startswith("date") or kind.startswith("datetime"):
        return None, gettext("Enter a date as YYYY-MM-DD, for example 2026-01-01.")
    if kind in ("string_too_long", "too_long"):
        return None, gettext("This is too long.")
    if kind == "bool_parsing":
        return None, gettext("Choose yes or no.")
    if kind == "extra_forbidden":
        return None, gettext("This field is not part of a case.")
    known = SCENARIO_ERRORS.get(kind) or (spec.value_errors.get(kind) if spec is not None else None)
    if known is not None:
        return known[0], str(known[1])
    if kind == "value_error":
        text = str(ctx.get("error", err.get("msg", "")))
        return None, gettext("This combination is not valid: %(detail)s", detail=text)
    return None, gettext("This value is not valid.")


def number_error_text(exc: NumberTextError, lang: str, unit: Any = None) -> str:
    """Why a typed text is not one number, and what to write instead, in the page's language."""
    v = exc.values
    if exc.code == "number.letter":
        return gettext(
            "“%(char)s” is not a digit (character %(position)s in “%(text)s”). Write the number with "
            "digits only, for example %(example)s.",
            char=v["char"],
            position=v["position"],
            text=exc.text,
            example=number(Decimal(13700), lang),
        )
    if exc.code == "number.ambiguous":
        meant = number(v["as_thousands"], lang)
        if unit:
            meant = " ".join((meant, str(unit)))  # "13 700 kr i månaden"
        return gettext(
            "“%(text)s” can be read in two ways. Did you mean %(thousands)s? Then write "
            "%(thousands_typed)s. If you meant %(decimal)s, write %(decimal_typed)s.",
            text=exc.text,
            thousands=meant,
            thousands_typed=number(v["as_thousands"], lang),
            decimal=input_number(v["as_decimal"], lang),
            decimal_typed=input_number(v["as_decimal"], lang),
        )
    return gettext(
        "“%(text)s” is not a number that can be read: a group of thousands has three digits. Write "
        "the number with digits only, for example %(example)s.",
        text=exc.text,
        example=number(Decimal(13700), lang),
    )


def map_errors(
    exc: ValidationError | None, data: FormData, lang: str, spec: CountryForm | None = None
) -> tuple[dict[str, list[str]], list[str]]:
    """Pydantic errors -> {form field name: [messages]} and messages that belong to no field.

    A field whose text was not one number (`FormData.number_errors`) gets that message only: the
    model's complaint about the same field (e.g. "fill in this field") would mislead."""
    by_field: dict[str, list[str]] = {}
    general: list[str] = []
    for name, err in data.number_errors.items():
        unit = spec.fields[name].unit if spec is not None and name in spec.fields else None
        by_field[name] = [number_error_text(err, lang, unit)]
    for name, text in data.form_errors.items():
        by_field.setdefault(name, []).append(str(text))
    for err in exc.errors(include_url=False) if exc is not None else ():
        loc = [str(x) for x in err.get("loc", ())]
        hint, msg = error_text(err, lang, spec)
        name = _field_for(loc, hint, data)
        if name in data.number_errors:
            continue
        if name is None:
            if msg not in general:
                general.append(msg)
            continue
        bucket = by_field.setdefault(name, [])
        if msg not in bucket:
            bucket.append(msg)
    return by_field, general


def _field_for(loc: list[str], hint: str | None, data: FormData) -> str | None:
    if not loc:
        return hint if hint and "." in hint and not hint.startswith("custom.") else None
    head = loc[0]
    if head == "scenarios" and len(loc) >= 2 and loc[1].isdigit():
        idx = int(loc[1])
        row = data.scenario_rows[idx] if idx < len(data.scenario_rows) else None
        leaf = loc[2] if len(loc) > 2 else ""
        if leaf == "full_time_hours_per_week":
            return "wage.full_time_hours"
        if row is None:
            return "wage.monthly" if leaf == "monthly_wage_full_time" else "wage.hourly"
        if leaf == "hours_per_week":
            return f"custom.{row}.hours"
        if leaf == "hourly_wage" and data.raw.get(f"custom.{row}.hourly_wage", "").strip():
            return f"custom.{row}.hourly_wage"
        return "wage.monthly" if leaf == "monthly_wage_full_time" else "wage.hourly"
    if head == "children" and len(loc) >= 2 and loc[1].isdigit():
        idx = int(loc[1])
        row_i = data.child_rows[idx] if idx < len(data.child_rows) else 0
        leaf = loc[2] if len(loc) > 2 else "age"
        return f"children.{row_i}.{leaf}"
    if hint and "." in hint and not hint.startswith("custom."):
        return hint
    name = ".".join(loc)
    return name if name in data.raw else (loc[0] + "." + loc[1] if len(loc) > 1 else None)


def json_errors(exc: ValidationError, lang: str, spec: CountryForm | None = None) -> list[str]:
    """Errors for an opened file: 'person.age: Fill in this field.'"""
    out = []
    for err in exc.errors(include_url=False):
        _hint, msg = error_text(err, lang, spec)
        where = ".".join(str(x) for x in err.get("loc", ()))
        out.append(f"{where}: {msg}" if where else msg)
    return out


def field_names(spec: CountryForm) -> Iterable[str]:
    return spec.fields.keys()
