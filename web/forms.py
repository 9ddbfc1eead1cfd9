"""The case form: field definitions per country, form <-> case-dict mapping, translated errors.

One pydantic model validates the form and the JSON alike: the form's fields are named by their
path in the case's JSON ("person.age", "children.0.age", "sjukersattning.amount_month"), the
posted form is turned into the same dict the JSON API takes, and `benefits_calc.engine.parse_case`
validates it. Errors come back with their JSON path and are shown next to the field that caused
them, translated, with what the user typed kept as typed.

A country adds a `CountryForm` (its fields and optional sections) and a template
`case/<cc>.html` with the fieldsets; the page around it does not change.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from benefits_calc.web.i18n import input_number, number, parse_number
from flask_babel import gettext, lazy_gettext
from pydantic import ValidationError

from benefits_calc.numbers import NumberTextError

STANDARD_PERCENTS: tuple[int, ...] = (0, 25, 50, 75, 100)
CHILD_ROWS = 6
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
class CountryForm:
    code: str
    fields: dict[str, Field]
    # optional decision letters: section -> the fields whose input means "the client has this"
    sections: dict[str, tuple[str, ...]]
    template: str
    example: dict[str, Any] = field(default_factory=dict)


_ = lazy_gettext
KR_MONTH = _("kr a month")
KR_YEAR = _("kr a year")
LEVELS = (("1/1", _("full (1/1)")), ("3/4", "3/4"), ("1/2", "1/2"), ("1/4", "1/4"))


def _fields(*items: Field) -> dict[str, Field]:
    return {f.name: f for f in items}


def _se_fields() -> dict[str, Field]:
    fs = [
        Field("rule_date", _("Date whose rules apply"), "date", _("Normally today's date."), required=True),
        Field("person.age", _("Age"), "int", unit=_("years"), required=True),
        Field(
            "person.kommunalskatt_percent",
            _("Municipal tax rate"),
            hint=_("Kommun and region together, e.g. 32,38. Empty: the national average is used."),
            unit="%",
        ),
        Field("partner.age", _("Partner's age"), "int", hint=_("Only if married or sambo."), unit=_("years")),
        Field("partner.work_income_month", _("Partner's wage before tax"), unit=KR_MONTH),
        Field("partner.sjukersattning_month", _("Partner's sjukersättning before tax"), unit=KR_MONTH),
        Field(
            "partner.other_taxable_income_month",
            _("Partner's other taxable income"),
            hint=_("Sjukpenning, a-kassa, pension."),
            unit=KR_MONTH,
        ),
        Field(
            "housing.housing_cost_month",
            _("Rent or housing cost"),
            hint=_("Including heating and water, without household electricity."),
            unit=KR_MONTH,
            required=True,
        ),
        Field("housing.household_electricity_month", _("Household electricity"), unit=KR_MONTH),
        Field("housing.area_m2", _("Living area"), unit="m²"),
        Field(
            "housing.reasonable_housing_cost_month",
            _("The municipality's limit for a reasonable housing cost"),
            hint=_("Only for ekonomiskt bistånd. Empty: the actual cost is taken as reasonable."),
            unit=KR_MONTH,
        ),
        Field(
            "sjukersattning.kind",
            _("Which benefit"),
            "select",
            options=(("sjukersattning", "sjukersättning"), ("aktivitetsersattning", "aktivitetsersättning")),
            default="sjukersattning",
        ),
        Field("sjukersattning.level", _("Level"), "select", options=LEVELS, default="1/1"),
        Field(
            "sjukersattning.amount_month",
            _("Paid per month before tax"),
            hint=_("From the decision letter."),
            unit=KR_MONTH,
        ),
        Field(
            "sjukersattning.income_related_month",
            _("Of which inkomstrelaterad ersättning"),
            hint=_("0 if only garantiersättning."),
            unit=KR_MONTH,
        ),
        Field(
            "sjukersattning.forsakringstid_years", _("Försäkringstid"), "int", unit=_("years"), default="40"
        ),
        Field(
            "sjukersattning.granted_before_2008_07",
            _("Sjukersättning without time limit granted before July 2008"),
            "check",
        ),
        Field("sjukersattning.months_received", _("Months received so far"), "int", default="12"),
        Field(
            "sjukersattning.vilande_months_used",
            _("Months of vilande ersättning already used"),
            "int",
            default="0",
        ),
        Field(
            "sjukersattning.work_arrangement",
            _("How work is combined with it"),
            "select",
            options=(
                ("auto", _("Let the calculator choose")),
                ("vilande", _("Vilande ersättning (the benefit rests)")),
                ("steglos_avrakning", _("Steglös avräkning")),
                ("uncompensated_share", _("Work within the part not compensated")),
            ),
            default="auto",
        ),
        Field("sjukpenning.sgi_year", _("SGI (sjukpenninggrundande inkomst)"), unit=KR_YEAR),
        Field("sjukpenning.level", _("Level"), "select", options=LEVELS, default="1/1"),
        Field("sjukpenning.amount_month", _("Paid per month, if known"), unit=KR_MONTH),
        Field("sjukpenning.days_in_rehab_chain", _("Days in the rehabilitation chain"), "int", default="0"),
        Field("sjukpenning.serious_illness", _("Serious illness"), "check"),
        Field(
            "aktivitetsstod.kind",
            _("Which benefit"),
            "select",
            options=(
                ("aktivitetsstod", "aktivitetsstöd"),
                ("utvecklingsersattning", "utvecklingsersättning"),
            ),
            default="aktivitetsstod",
        ),
        Field("aktivitetsstod.daily_amount", _("Amount per day"), unit=_("kr a day")),
        Field("aktivitetsstod.programme_days_per_week", _("Programme days a week"), "int", default="5"),
        Field(
            "bostadstillagg.amount_month",
            _("Bostadstillägg paid per month"),
            hint=_("From the decision letter."),
            unit=KR_MONTH,
        ),
        Field("bostadstillagg.wealth", _("Savings and other assets, whole household"), unit=_("kr")),
        Field("bostadstillagg.capital_income_year", _("Capital income"), unit=KR_YEAR),
        Field(
            "bostadsbidrag.amount_month",
            _("Preliminary bostadsbidrag per month"),
            hint=_("From the decision letter."),
            unit=KR_MONTH,
        ),
        Field(
            "ekonomiskt_bistand.amount_month",
            _("Försörjningsstöd paid last month"),
            unit=KR_MONTH,
        ),
        Field(
            "ekonomiskt_bistand.consecutive_months",
            _("Months in a row with försörjningsstöd"),
            "int",
            default="0",
        ),
        Field(
            "ekonomiskt_bistand.jobbstimulans_months_used",
            _("Months of jobbstimulans already used"),
            "int",
            default="0",
        ),
        Field(
            "ekonomiskt_bistand.other_costs_month",
            _("Other costs the socialtjänst accepts"),
            hint=_("Home insurance, union fee, travel to work, medicine, childcare …"),
            unit=KR_MONTH,
        ),
        Field("other_income.tjanstepension_month", _("Tjänstepension before tax"), unit=KR_MONTH),
        Field("other_income.underhallsstod_month", _("Underhållsstöd"), unit=KR_MONTH),
        Field(
            "wage.hourly",
            _("Hourly wage"),
            hint=_("Give either the hourly wage or the monthly wage at full time."),
            unit=_("kr an hour"),
        ),
        Field("wage.monthly", _("Monthly wage at full time"), unit=KR_MONTH),
        Field(
            "wage.full_time_hours",
            _("Full time"),
            unit=_("hours a week"),
            default="40",
            required=True,
        ),
    ]
    for i in range(CHILD_ROWS):
        n = i + 1
        fs.append(Field(f"children.{i}.age", _("Child %(n)s: age", n=n), "int", unit=_("years")))
        fs.append(
            Field(
                f"children.{i}.alternating_residence",
                _("Child %(n)s lives here half of the time (växelvis)", n=n),
                "check",
            )
        )
    for i in range(CUSTOM_ROWS):
        n = i + 1
        fs.append(Field(f"custom.{i}.hours", _("Scenario %(n)s: hours a week", n=n), unit=_("hours")))
        fs.append(
            Field(
                f"custom.{i}.hourly_wage",
                _("Scenario %(n)s: hourly wage", n=n),
                hint=_("Empty: the wage above."),
                unit=_("kr an hour"),
            )
        )
    return _fields(*fs)


SE_FORM = CountryForm(
    code="se",
    fields=_se_fields(),
    sections={
        "partner": (
            "partner.age",
            "partner.work_income_month",
            "partner.sjukersattning_month",
            "partner.other_taxable_income_month",
        ),
        "sjukersattning": ("sjukersattning.amount_month", "sjukersattning.income_related_month"),
        "sjukpenning": ("sjukpenning.sgi_year", "sjukpenning.amount_month"),
        "aktivitetsstod": ("aktivitetsstod.daily_amount",),
        "bostadstillagg": ("bostadstillagg.amount_month",),
        "bostadsbidrag": ("bostadsbidrag.amount_month",),
        "ekonomiskt_bistand": ("ekonomiskt_bistand.amount_month",),
    },
    template="case/se.html",
    example={
        "country": "se",
        "rule_date": "2026-01-01",
        "person": {"age": 45},
        "housing": {"housing_cost_month": "7000"},
        "sjukersattning": {"kind": "sjukersattning", "level": "1/1", "amount_month": "13715"},
        "bostadstillagg": {"amount_month": "6200"},
        "scenarios": [
            {"percent_of_full_time": str(p), "hourly_wage": "150", "full_time_hours_per_week": "40"}
            for p in STANDARD_PERCENTS
        ]
        + [{"hours_per_week": "20", "hourly_wage": "150", "full_time_hours_per_week": "40"}],
    },
)

FORMS: dict[str, CountryForm] = {"se": SE_FORM}


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


def read_form(form: Mapping[str, Any], spec: CountryForm, lang: str) -> FormData:
    """The posted form as the case dict `parse_case` validates (the same shape as the JSON)."""
    raw = {name: str(form.get(name, "") or "") for name in spec.fields}
    num = _Numbers(raw, lang)
    case: dict[str, Any] = {"country": spec.code}
    section_of = {
        name: name.split(".", 1)[0] for name in spec.fields if name.split(".", 1)[0] in spec.sections
    }
    present = {s for s, triggers in spec.sections.items() if any(raw[t].strip() for t in triggers)}
    for name, f in spec.fields.items():
        head = name.split(".", 1)[0]
        if head in ("children", "custom", "wage", "actions"):
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
        else:
            _put(case, name, value.strip())
    for head in ("person", "housing"):
        case.setdefault(head, {})
    # children: the rows with an age
    child_rows = [i for i in range(CHILD_ROWS) if raw.get(f"children.{i}.age", "").strip()]
    case["children"] = [
        {
            "age": num(f"children.{i}.age"),
            "alternating_residence": bool(raw.get(f"children.{i}.alternating_residence")),
        }
        for i in child_rows
    ]
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
    )


def default_values(spec: CountryForm) -> dict[str, str]:
    values = {name: f.default for name, f in spec.fields.items()}
    values["rule_date"] = date.today().isoformat()
    return values


# --- case dict -> form values --------------------------------------------------------------------


def case_to_values(case: Mapping[str, Any], spec: CountryForm, lang: str) -> dict[str, str]:
    """A validated case (its JSON dict) as form values in `lang` (for a file that was opened)."""
    values = {name: "" for name in spec.fields}
    for name in spec.fields:
        head = name.split(".", 1)[0]
        if head in ("children", "custom", "wage"):
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
    for i, child in enumerate(list(case.get("children") or [])[:CHILD_ROWS]):
        values[f"children.{i}.age"] = input_number(child.get("age"), lang)
        values[f"children.{i}.alternating_residence"] = "on" if child.get("alternating_residence") else ""
    scenarios = list(case.get("scenarios") or [])
    if scenarios:
        first = scenarios[0]
        values["wage.hourly"] = input_number(first.get("hourly_wage"), lang)
        values["wage.monthly"] = input_number(first.get("monthly_wage_full_time"), lang)
        values["wage.full_time_hours"] = input_number(first.get("full_time_hours_per_week") or 40, lang)
        row = 0
        for s in scenarios:
            pct = s.get("percent_of_full_time")
            same_wage = s.get("hourly_wage") == first.get("hourly_wage") and s.get(
                "monthly_wage_full_time"
            ) == first.get("monthly_wage_full_time")
            if pct is not None and same_wage and Decimal(str(pct)) in {Decimal(p) for p in STANDARD_PERCENTS}:
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

# Model-level rule messages from the case models (rules/se/case.py, benefits_calc/models.py):
# the start of the English message -> the form field it belongs to and the translated message.
KNOWN_VALUE_ERRORS: tuple[tuple[str, str, Any], ...] = (
    (
        "give either hourly_wage or monthly_wage_full_time",
        "wage.hourly",
        _("Give either an hourly wage or a monthly wage at full time (one of them)."),
    ),
    (
        "hours_per_week cannot exceed",
        "custom.hours",
        _("The hours cannot be more than full time."),
    ),
    (
        "aktivitetsersättning is for ages",
        "sjukersattning.kind",
        _("Aktivitetsersättning is for people aged 19 to 29 (SFB 33 kap. 6 §)."),
    ),
    (
        "partial sjukersättning requires age 30",
        "sjukersattning.level",
        _("Partial sjukersättning is for people aged 30 or more (SFB 33 kap. 5, 9 §§)."),
    ),
    (
        "income_related_month cannot exceed",
        "sjukersattning.income_related_month",
        _("The inkomstrelaterad part cannot be more than the whole amount."),
    ),
    (
        "steglös avräkning applies only",
        "sjukersattning.granted_before_2008_07",
        _("This applies only to sjukersättning granted before July 2008."),
    ),
    (
        "bostadstillägg (SFB 101 kap.) requires",
        "bostadstillagg.amount_month",
        _("Bostadstillägg is paid only with sjukersättning or aktivitetsersättning: fill in that too."),
    ),
)


def _limit(value: Any, lang: str) -> str:
    try:
        return number(Decimal(str(value)), lang)
    except Exception:
        return str(value)


def error_text(err: Mapping[str, Any], lang: str) -> tuple[str | None, str]:
    """(field hint from a known value error, translated message) for one pydantic error."""
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
    if kind == "value_error":
        text = str(ctx.get("error", err.get("msg", "")))
        for start, fname, msg in KNOWN_VALUE_ERRORS:
            if text.startswith(start):
                return fname, str(msg)
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
    for err in exc.errors(include_url=False) if exc is not None else ():
        loc = [str(x) for x in err.get("loc", ())]
        hint, msg = error_text(err, lang)
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
        if leaf == "hours_per_week" or hint == "custom.hours":
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


def json_errors(exc: ValidationError, lang: str) -> list[str]:
    """Errors for an opened file: 'person.age: Fill in this field.'"""
    out = []
    for err in exc.errors(include_url=False):
        _hint, msg = error_text(err, lang)
        where = ".".join(str(x) for x in err.get("loc", ()))
        out.append(f"{where}: {msg}" if where else msg)
    return out


def field_names(spec: CountryForm) -> Iterable[str]:
    return spec.fields.keys()
