"""The JSON shapes of the calculator: a country's case (input) and the results (output).

`case_json_schema("se")` is the JSON Schema (draft 2020-12) of a Swedish case file, as the CLI
(``benefits-calc schema se``) and the API (``GET /api/v1/schema/se``) publish it. The response
models below describe what `benefits_calc.serialize.outcome_to_dict` and
`benefits_calc.sweep.sweep_to_dict` produce; the API's OpenAPI document is generated from them
and the tests check real output against them, so the document cannot drift from the code.

Amounts are strings holding an exact decimal number ("12345.67"); inputs accept a JSON number or
a numeric string.
"""

from __future__ import annotations

import copy
import json
from datetime import date
from functools import lru_cache
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, create_model

from benefits_calc.engine import COUNTRIES, case_model
from benefits_calc.models import CaseBase

JSON_SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"

# benefits_calc.numbers.decimal_text: digits, an optional minus and decimal point; never an exponent,
# never "NaN" or "Infinity", and never a negative zero ("-0", "-0.00").
DECIMAL_STRING_PATTERN = r"^([0-9]+(\.[0-9]+)?|-[0-9]*[1-9][0-9]*(\.[0-9]+)?|-[0-9]+\.[0-9]*[1-9][0-9]*)$"

DecimalStr = Annotated[
    str,
    Field(pattern=DECIMAL_STRING_PATTERN, description="An exact decimal number as a string."),
]
DateStr = Annotated[date, Field(description="ISO date, YYYY-MM-DD.")]
STEPS_LEFT_OUT = "The steps that made the amount; left out when the request asks for ?steps=false."


@lru_cache(maxsize=8)
def case_request_model(country: str) -> type[CaseBase]:
    """The country's case model with `country` required (it picks the rules; nothing else may).

    A subclass of the engine's case model (same fields, validators and pipeline), so a validated
    request is an ordinary case. Raises `UnknownCountryError` for a country without rules.
    """
    from benefits_calc.parameters import load_country
    from benefits_calc.schema_rules import dates_from

    base = case_model(country)
    first = load_country(country).first_covered
    return create_model(
        base.__name__,
        __base__=base,
        __module__=base.__module__,
        __doc__=base.__doc__,
        country=(Literal[country], Field(description="Which country's rules apply.")),  # type: ignore[valid-type]
        rule_date=(
            date,
            Field(
                default_factory=date.today,
                description=f"The date whose rules apply (default today); from {first.isoformat()}, the "
                "first date the rules cover (an earlier one is 422).",
                json_schema_extra={"pattern": dates_from(first)},
            ),
        ),
    )


@lru_cache(maxsize=8)
def _case_json_schema(country: str) -> dict[str, Any]:
    schema = case_request_model(country).model_json_schema(mode="validation")
    return {"$schema": JSON_SCHEMA_DIALECT, **schema}


def case_json_schema(country: str) -> dict[str, Any]:
    """JSON Schema (2020-12) of `country`'s case, scenarios included (`country` is required).

    Raises `benefits_calc.engine.UnknownCountryError` for a country that has no rules. Returns a
    fresh copy (callers may change it).
    """
    return copy.deepcopy(_case_json_schema(country))


def country_named(data: Any) -> str:
    """The registered country `data` (a parsed JSON body) names; the first registered one when it
    names none, so that the model's `country` field reports the missing or unknown country."""
    cc = data.get("country") if isinstance(data, dict) else None
    return cc if isinstance(cc, str) and cc in COUNTRIES else next(iter(COUNTRIES))


def peek_json(body: bytes | str) -> Any:
    """The body as JSON, to see which country it names (None when it is not JSON, or nested too
    deep for Python's parser: the model's own parse then reports that)."""
    try:
        return json.loads(body)
    except (ValueError, RecursionError):
        return None


def case_from_json(body: bytes | str) -> CaseBase:
    """A case file or request body, read as the API and the CLI read it: strict JSON against the
    published model of the country it names (`case_json_schema`): a JSON number or a numeric string
    for an amount, a whole number for a count, true/false for a flag, `country` required. Raises
    pydantic.ValidationError (invalid JSON included, as a ``json_invalid`` error)."""
    return case_request_model(country_named(peek_json(body))).model_validate_json(body, strict=True)


def countries() -> list[dict[str, str]]:
    """The countries that have rules: code, name and currency."""
    return [{"code": c.code, "name": c.name, "currency": c.currency} for c in COUNTRIES.values()]


# ---------------------------------------------------------------------------------------------
# Output models (what the serializers produce). Used for documentation and checked in tests.


class _Out(BaseModel):
    model_config = ConfigDict(extra="forbid")


class StepOut(_Out):
    """One line of a worked example: message id, the values in it, the parameters behind it."""

    msg: str = Field(description="Message id, e.g. se.btp.income_reduction.")
    values: dict[str, Any] = Field(description="The numbers in the sentence (amounts as strings).")
    params: list[str] = Field(description="Names of the parameters used (see `parameters`).")
    law: str = Field(description="The law section of the step's own logic, when it has one.")
    text: str = Field(description="The sentence in English, rendered from `msg` and `values`.")


class NoticeOut(_Out):
    """A warning, an assumption or a mismatch between the decision letter and the rules."""

    msg: str
    values: dict[str, Any]
    severity: Literal["info", "warning", "danger"]
    benefit: str | None
    text: str


class DutyTextOut(_Out):
    what: str
    when: str
    how: str
    consequence: str


class ReportingDutyOut(_Out):
    """What the client must report, to whom, when and how (message ids), and the law behind it."""

    benefit: str
    authority: str
    what: str
    when: str
    how: str
    consequence: str
    reference: str
    yearly: bool = Field(
        default=False,
        description="A duty of every year whatever the work (checking the tax return), not one that the "
        "work triggers.",
    )
    text: DutyTextOut


class ReferenceOut(_Out):
    """A source: a law section, a document's title and/or an official URL."""

    law: str | None = None
    title: str | None = None
    url: str | None = None


class UpratingOut(_Out):
    index: str = Field(description="What the value follows from year to year (an index, a base amount).")
    note: str


class ParamOut(_Out):
    """One parameter in force on the date: value, unit, the date it took effect and its sources."""

    name: str
    label: str
    value: DecimalStr | dict[str, DecimalStr] | list[dict[str, DecimalStr]]
    unit: str = Field(
        description="kind[:of][/period]: kind in money, multiple, fraction, percent, factor, count, "
        'years, months, weeks, days, hours, m2, mixed (see `units`); e.g. "money/month", '
        '"multiple:prisbasbelopp/year", "fraction".'
    )
    units: dict[str, str] | None = Field(default=None, description="Per key, for a mixed table.")
    effective_from: DateStr
    until: DateStr | None = Field(description="The last day the value applies, when it ends.")
    reference: str = Field(description="The references as one line of text.")
    references: list[ReferenceOut] = Field(description="Law sections, documents and official URLs.")
    verified: bool = Field(description="False: not confirmed against an official source.")
    note: str
    uprating: UpratingOut | None = None
    derived: str | None = Field(default=None, description="How an unverified value was computed.")


class ScenarioOut(_Out):
    label: str
    hours_per_week: DecimalStr
    percent_of_full_time: DecimalStr
    full_time_hours_per_week: DecimalStr
    earnings_month: DecimalStr
    hourly_wage: DecimalStr | None


class BenefitOut(_Out):
    benefit: str
    authority: str
    amount: DecimalStr = Field(description="Paid per month in this scenario.")
    reported: DecimalStr | None = Field(description="Per month according to today's decision letter.")
    taxable: bool
    assessed_per: str = Field(description='The period the law assesses in: "month" or "year".')
    excluded: bool = Field(
        description="A hard condition of the law fails (an age limit, an exclusion): 0 in every "
        "scenario whatever the decision letter says; a notice says the authority will stop it."
    )
    uncertain: bool = Field(
        description="Kept from the decision letter although the rules, with what was entered, give "
        "nothing: not a confident figure (nor are the net income and change that include it)."
    )
    steps: list[StepOut] = Field(default_factory=list, description=STEPS_LEFT_OUT)
    notices: list[NoticeOut]


class CostOut(_Out):
    """Money paid that the net income does not take out: travel to work ("work"), a fee that rises
    with income ("fee"), what is withheld from pay for debts ("withheld")."""

    cost: str
    kind: Literal["work", "fee", "withheld"]
    amount: DecimalStr = Field(description="Per month in this scenario.")
    steps: list[StepOut] = Field(default_factory=list, description=STEPS_LEFT_OUT)
    notices: list[NoticeOut]


class TaxOut(_Out):
    amount: DecimalStr = Field(description="Tax per month (the year's tax / 12).")
    annual: DecimalStr
    parts_annual: dict[str, DecimalStr]
    steps: list[StepOut] = Field(default_factory=list, description=STEPS_LEFT_OUT)


class OutcomeOut(_Out):
    """One work scenario: every benefit, the tax and the net income, per month."""

    country: str
    currency: str
    rule_date: DateStr
    rules_year: int
    newest_parameter_date: DateStr | None
    period: Literal["month"]
    scenario: ScenarioOut
    earnings: DecimalStr
    benefits: list[BenefitOut]
    tax: TaxOut
    other_income: DecimalStr
    net_income: DecimalStr = Field(description="The household's income after tax, per month.")
    costs: list[CostOut]
    in_hand: DecimalStr = Field(description="The money in hand a month: the net income minus the costs.")
    uncertain_benefits: list[str] = Field(
        description="Benefits whose amount is uncertain (see `benefits[].uncertain`); when any, the "
        "net income and its change are uncertain too."
    )
    change_vs_not_working: DecimalStr | None
    kept_per_extra_unit: DecimalStr | None = Field(
        description="Of each extra krona earned against not working, how much is kept."
    )
    change_in_hand_vs_not_working: DecimalStr | None = Field(
        description="The money in hand against not working (after the costs of both)."
    )
    kept_in_hand_per_extra_unit: DecimalStr | None = Field(
        description="Of each extra krona earned against not working, how much is kept in hand."
    )
    steps: list[StepOut] = Field(default_factory=list, description=STEPS_LEFT_OUT)
    warnings: list[NoticeOut]
    assumptions: list[NoticeOut]
    baseline_mismatches: list[NoticeOut]
    reporting_duties: list[ReportingDutyOut]
    parameters: list[ParamOut] = Field(
        default_factory=list, description="Every figure used; left out with ?steps=false."
    )
    unverified_parameters: list[str]


class CalculateResponse(_Out):
    """Not working first (the comparison), then each scenario of the case."""

    country: str
    rule_date: DateStr
    outcomes: list[OutcomeOut]


class TimelineAmountsOut(_Out):
    earnings: DecimalStr
    benefits: dict[str, DecimalStr]
    tax: DecimalStr
    net_income: DecimalStr
    in_hand: DecimalStr


class TimelineMonthOut(TimelineAmountsOut):
    """One month of work, computed with that month's rules."""

    month: DateStr = Field(description="The month's first day.")
    number: int = Field(description="1 = the first month of work.")
    rule_date: DateStr
    rules_confirmed: bool = Field(description="False: after the last checked rules (newest figures used).")
    uncertain: list[str] = Field(description="Benefits whose amount this month is uncertain.")
    change_vs_not_working: DecimalStr = Field(description="Money in hand against not working that month.")


class TimelineActionOut(_Out):
    msg: str
    values: dict[str, Any]
    text: str
    by: DateStr | None = Field(description="By when (empty: before the event's month).")


class TimelineEventOut(_Out):
    """Something that happens in a month: what, to which benefit, how much, what to do before it,
    the law and the sources."""

    month: DateStr = Field(description="The first day of the month it happens in.")
    kind: str
    msg: str
    values: dict[str, Any]
    text: str = Field(description="The sentence in English.")
    benefit: str | None
    amount: DecimalStr | None
    period: Literal["month", "year", "once"] = Field(description="The period of `amount`.")
    action: TimelineActionOut | None = Field(description="What the client must do before it.")
    law: str
    params: list[str] = Field(description="The parameters behind it (their references are the sources).")
    references: list[str]
    source: str
    verified: bool = Field(description="False: the rule, the date or a figure behind it is not verified.")
    approximate: bool = Field(description="True: the usual or earliest month; the authority sets the date.")
    severity: Literal["info", "warning", "danger"]


class TimelineScenarioOut(_Out):
    label: str
    hours_per_week: DecimalStr
    percent_of_full_time: DecimalStr
    earnings_month: DecimalStr


class TimelineResponse(_Out):
    """The chosen scenario month by month from the first day of work, and the events."""

    country: str
    currency: str
    period: Literal["month"]
    start: DateStr
    months_count: int
    scenario: TimelineScenarioOut
    before: TimelineAmountsOut = Field(description="Not working, with the first month's rules.")
    months: list[TimelineMonthOut]
    events: list[TimelineEventOut]
    assumptions: list[NoticeOut]
    warnings: list[NoticeOut]


class SweepPointOut(_Out):
    percent: DecimalStr
    hours_per_week: DecimalStr
    earnings: DecimalStr
    tax: DecimalStr
    net_income: DecimalStr
    in_hand: DecimalStr
    benefits: dict[str, DecimalStr]
    uncertain: list[str] = Field(description="Benefits whose amount at this point is uncertain.")
    metr: DecimalStr | None = Field(description="Marginal effective tax rate against the previous point.")
    ptr: DecimalStr | None = Field(description="Participation tax rate against not working.")


class ThresholdOut(_Out):
    benefit: str
    kind: str = Field(description="reduced_from, stops_at or net_falls (see benefits_calc.sweep.Threshold).")
    percent: DecimalStr
    hours_per_week: DecimalStr
    earnings: DecimalStr
    from_percent: DecimalStr
    from_earnings: DecimalStr
    amount_before: DecimalStr
    amount_after: DecimalStr


class SweepResponse(_Out):
    """0-100 % of full time in one step: points, thresholds and marginal rates (per month)."""

    country: str
    currency: str
    rule_date: DateStr
    period: Literal["month"]
    step_percent: DecimalStr
    step_earnings: DecimalStr
    points: list[SweepPointOut]
    thresholds: list[ThresholdOut]
    warnings: list[NoticeOut] = Field(description="E.g. rules not confirmed for the date.")


class ParametersResponse(_Out):
    """Every parameter in force on a date, each with its effective date, reference and status."""

    country: str
    date: DateStr
    confirmed_through: DateStr
    rules_confirmed: bool = Field(
        description="True only when the date is covered and not after the last checked rules."
    )
    covered: bool = Field(
        description="Whether a case can be calculated on this date: every parameter the rules always "
        "need has a value on it (false before first_covered_date)."
    )
    first_covered_date: DateStr = Field(description="The first date on which a case can be calculated.")
    parameters: list[ParamOut]
    not_in_force: list[str] = Field(
        description="Parameters with no value on this date: not yet or no longer in force, or a scheme "
        "that is not running (rules that need them do not cover the date)."
    )


class CountryOut(_Out):
    code: str
    name: str
    currency: str


class IndexResponse(_Out):
    api_version: str
    countries: list[CountryOut]
    links: dict[str, str]


class ProblemFieldError(_Out):
    """One bad field of the request."""

    pointer: str = Field(description="JSON Pointer (RFC 6901) in URI fragment form, e.g. #/person/age.")
    field: str = Field(description="The same place as a dotted path, e.g. person.age ('' = the whole body).")
    message: str
    type: str = Field(description="Machine-readable error type, e.g. less_than_equal.")


class Problem(BaseModel):
    """RFC 9457 problem details (``application/problem+json``)."""

    model_config = ConfigDict(extra="allow")

    type: str = "about:blank"
    title: str
    status: int
    detail: str | None = None
    errors: list[ProblemFieldError] | None = None


__all__ = [
    "DECIMAL_STRING_PATTERN",
    "CalculateResponse",
    "OutcomeOut",
    "ParametersResponse",
    "Problem",
    "SweepResponse",
    "case_json_schema",
    "case_request_model",
    "countries",
]
