"""The country-neutral entry points: validate a case, run its country's pipeline per scenario.

    case = parse_case({"country": "se", ...})        # pydantic validation (ValidationError if bad)
    outcomes = calculate(case)                        # one Outcome per scenario, 0 % first
    result = sweep(case, base)                        # 0-100 % of full time, thresholds, METR

Each country registers itself in `COUNTRIES` (see `Country`).
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import Any

from pydantic import BaseModel

from benefits_calc.decision_letters import DecisionLetters
from benefits_calc.explain import ReportingDuty
from benefits_calc.household import TRAVEL, Household, assemble, travel_cost
from benefits_calc.models import FORM_CONTEXT, CaseBase, WorkScenario
from benefits_calc.numbers import decimal_text
from benefits_calc.outcome import Outcome
from benefits_calc.parameters import ParameterSet, parameters


@dataclass(frozen=True)
class Country:
    """A country in the calculator: the one place a new country is registered.

    `rules` is the country's rules package (``benefits_calc.rules.<cc>``); in it, `case_model`
    names the case model ("module:Class") and ``pipeline`` is the module with the pipeline:

    * ``calculate(case, scenario, p, h, today)`` - the benefits in the authorities' order, written
      into the `Household` ``h``;
    * ``prepare(case, p)`` (optional) - what does not change with work, computed once per case and
      rule date (``today`` above; None without it);
    * ``reporting_duties(case)`` (optional) - what the client must report, per benefit received;
    * ``INPUT_WARNINGS`` (optional) - the ids of its warnings about what was entered
      (`input_warnings`).

    An optional module ``timeline`` in the package adds the country's month-by-month changes and
    events to the shared timeline (benefits_calc.timeline: ``month_case``, ``held_benefits``,
    ``timeline_events``).

    Every module of the package that defines ``MESSAGES`` contributes its message ids
    (benefits_calc.messages); the web app's presentation lives in ``benefits_calc.web.countries.<cc>``.
    """

    code: str
    name: str
    currency: str
    case_model: str  # "module:Class"
    rules: str = ""  # the rules package; default benefits_calc.rules.<code>

    @property
    def package(self) -> str:
        return self.rules or f"benefits_calc.rules.{self.code}"


COUNTRIES: dict[str, Country] = {
    "se": Country("se", "Sverige", "SEK", "benefits_calc.rules.se.case:SECase"),
    "dk": Country("dk", "Danmark", "DKK", "benefits_calc.rules.dk.case:DKCase"),
    "fi": Country("fi", "Suomi", "EUR", "benefits_calc.rules.fi.case:FICase"),
}


class UnknownCountryError(ValueError):
    pass


def _load(ref: str) -> Any:
    module, _, name = ref.partition(":")
    return getattr(importlib.import_module(module), name)


def country(code: str) -> Country:
    try:
        return COUNTRIES[code]
    except KeyError:
        raise UnknownCountryError(f"unknown country {code!r}; known: {', '.join(COUNTRIES)}") from None


@lru_cache(maxsize=8)
def case_model(code: str) -> type[CaseBase]:
    return _load(country(code).case_model)


@lru_cache(maxsize=8)
def pipeline(code: str) -> Any:
    """The country's pipeline module (see `Country`)."""
    return importlib.import_module(country(code).package + ".pipeline")


#: Warnings about what was entered (taken, with a warning, rather than refused): every answer
#: about the case says them, a sweep's and a timeline's too. A country's pipeline module adds its
#: own in ``INPUT_WARNINGS`` (see `Country`).
INPUT_WARNINGS = frozenset({"engine.work.over_full_time"})


def input_warnings(code: str) -> frozenset[str]:
    """The message ids of the warnings about what was entered, for country `code`."""
    return INPUT_WARNINGS | getattr(pipeline(code), "INPUT_WARNINGS", frozenset())


def parse_case(data: dict[str, Any], code: str | None = None, *, form: bool = False) -> CaseBase:
    """Validate raw JSON-like data into the country's case model (raises pydantic.ValidationError).
    `form`: the case was typed in the web form (`models.FORM_CONTEXT`)."""
    code = code or str(data.get("country", ""))
    return case_model(code).model_validate(data, context=FORM_CONTEXT if form else None)


def case_params(case: CaseBase) -> ParameterSet:
    return parameters(case.country, case.rule_date)  # type: ignore[attr-defined]


def baseline_scenario(case: CaseBase, like: WorkScenario | None = None) -> WorkScenario:
    """Not working (0 hours), at the wage of `like` (the wage does not matter at 0 hours)."""
    if like is None:
        return WorkScenario(percent_of_full_time=Decimal(0), hourly_wage=Decimal(0), label="0 %")
    return like.at_share(Decimal(0), label="0 %")


class Calculation:
    """One case on its rule date: the parameters, what the country computes once per case
    (``prepare``), the decision letters learnt when not working, and the reporting duties. Every
    scenario of the case (a table, a sweep) runs through one Calculation, so nothing is computed
    twice and nothing is stored on the case itself."""

    def __init__(
        self, case: CaseBase, params: ParameterSet | None = None, letters: DecisionLetters | None = None
    ) -> None:
        self.case = case
        self.country = country(case.country)  # type: ignore[attr-defined]
        self.rules = pipeline(self.country.code)
        self.params = params or case_params(case)
        view = self.params.tracking()
        prepare = getattr(self.rules, "prepare", None)
        self.today = prepare(case, view) if prepare is not None else None
        self._prepared_reads = view.reads
        self._duties: list[ReportingDuty] | None = None
        if letters is not None:
            # Learnt elsewhere: a timeline's month uses the decision letters as they were on the
            # case's own rule date (the letter's date), with that month's rules on top.
            self.letters = letters
        else:
            self.letters = DecisionLetters()
            self._scenario(baseline_scenario(case), self.params, learning=True)

    def _scenario(
        self,
        scenario: WorkScenario,
        p: ParameterSet,
        *,
        learning: bool = False,
        held: frozenset[str] = frozenset(),
        detail: bool = True,
    ) -> Household:
        h = Household(self.letters, learning=learning, working=scenario.hours > 0, held=held, detail=detail)
        self.rules.calculate(self.case, scenario, p, h, self.today)
        if not h.has_cost(TRAVEL):
            # Travel to work is a cost in every country; a pipeline that counts it (ekonomiskt
            # bistånd accepts it) adds it itself, with the same id.
            travel = travel_cost(self.case, scenario)
            if travel is not None:
                h.pays(travel)
        return h

    def duties(self) -> list[ReportingDuty]:
        """What the client must report, per benefit received (the same in every scenario)."""
        if self._duties is None:
            fn = getattr(self.rules, "reporting_duties", None)
            self._duties = list(fn(self.case)) if fn is not None else []
        return self._duties

    def run(
        self, scenario: WorkScenario, *, detail: bool = True, held: frozenset[str] = frozenset()
    ) -> Outcome:
        """One scenario. `detail=False`: the amounts only, without the Outcome's own steps,
        notices, duties or parameters (a sweep point reads amounts). `held`: benefits still paid as
        today's decision says (a timeline's month before the authority's review)."""
        p = self.params.tracking() if detail else self.params
        h = self._scenario(scenario, p, held=held, detail=detail)
        return assemble(
            h,
            scenario,
            p,
            country=self.country.code,
            currency=self.country.currency,
            detail=detail,
            letters=self.letters,
            duties=self.duties() if detail else None,
            reads=p.reads | self._prepared_reads if detail else frozenset(),
        )


def run(
    case: CaseBase, scenario: WorkScenario, params: ParameterSet | None = None, *, detail: bool = True
) -> Outcome:
    """One scenario of a case (a Calculation of its own; use one `Calculation` for many)."""
    return Calculation(case, params).run(scenario, detail=detail)


def calculate(
    case: CaseBase, scenarios: list[WorkScenario] | None = None, calc: Calculation | None = None
) -> list[Outcome]:
    """Every scenario of the case (or `scenarios`), each with its change against not working.

    The not-working (0 hours) outcome is computed once and used as the comparison; it is listed
    first unless the scenarios already include 0 hours.
    """
    calc = calc or Calculation(case)
    chosen = list(scenarios if scenarios is not None else case.scenarios)
    base = calc.run(baseline_scenario(case, chosen[0] if chosen else None))
    outs: list[Outcome] = []
    if not any(s.hours == 0 for s in chosen):
        outs.append(base)
    for s in chosen:
        outs.append(base if s.hours == 0 and s.label is None else calc.run(s))
    for o in outs:
        o.change_vs_not_working = o.net_income - base.net_income
        o.change_in_hand_vs_not_working = o.in_hand - base.in_hand
        gross_delta = o.scenario.earnings_month - base.scenario.earnings_month
        if gross_delta > 0:
            o.kept_per_extra_unit = (o.change_vs_not_working / gross_delta).quantize(Decimal("0.01"))
            o.kept_in_hand_per_extra_unit = (o.change_in_hand_vs_not_working / gross_delta).quantize(
                Decimal("0.01")
            )
    return outs


def to_jsonable(obj: Any) -> Any:
    """Outcome (dataclasses, Decimals, dates) -> JSON-ready structures; Decimals become strings."""
    t = type(obj)  # the common plain types first: this runs for every value of every Outcome
    if t is str or t is int or t is bool or obj is None:
        return obj
    if t is Decimal:
        return decimal_text(obj)
    if t is dict:
        return {str(k): to_jsonable(v) for k, v in obj.items()}
    if t is list or t is tuple:
        return [to_jsonable(v) for v in obj]

    from dataclasses import fields, is_dataclass
    from datetime import date

    if isinstance(obj, Decimal):
        return decimal_text(obj)
    if isinstance(obj, date):
        return obj.isoformat()
    if isinstance(obj, BaseModel):
        return obj.model_dump(mode="json")
    if is_dataclass(obj) and not isinstance(obj, type):
        if hasattr(obj, "as_dict"):
            return obj.as_dict()
        return {f.name: to_jsonable(getattr(obj, f.name)) for f in fields(obj)}
    if isinstance(obj, dict):
        return {str(k): to_jsonable(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple, set)):
        return [to_jsonable(v) for v in obj]
    return obj
