"""Country-neutral input models: the work scenario and what every case has.

Hours are the axis, months the period: a scenario is hours a week (or % of full time) at an
hourly wage (or a full-time monthly wage); earnings are converted once, here, to a month using
52 weeks / 12 months (150 kr/h x 40 h/week x 52/12 = 26 000 kr/month).
"""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Self

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, model_validator
from pydantic_core import PydanticCustomError

from benefits_calc.numbers import decimal_type
from benefits_calc.schema_rules import exactly_one, stated

WEEKS_PER_MONTH = Decimal(52) / Decimal(12)
CENT = Decimal("0.01")

# Amounts are exact decimals, read from JSON as benefits_calc.numbers.machine_decimal reads them.
Money = decimal_type(2, ge=0, le=10_000_000, max_digits=12)
Percent = decimal_type(2, ge=0, le=100, max_digits=6)
HOURS_BOUNDS = {"ge": 0, "le": 80}
Hours = decimal_type(2, **HOURS_BOUNDS, max_digits=5)
HourlyWage = decimal_type(2, ge=0, le=10_000, max_digits=8)
FullTimeHours = decimal_type(2, gt=0, le=60, max_digits=5)
#: Full time when a scenario does not say (hours a week).
DEFAULT_FULL_TIME_HOURS = Decimal(40)
#: The step of a sweep, in % of full time (the API's step_percent, the CLI's --step).
StepPercent = decimal_type(
    1,
    ge=Decimal("0.5"),
    le=50,
    max_digits=3,
    description="Step in % of full time between two points (one step for everything).",
)


#: The validation context of a case typed in the web form. The form refuses a contradiction that
#: the API and the CLI take with a warning (a Swedish income-related part above the whole amount):
#: typed in a form, it is best put right in the field where it was typed.
FORM_CONTEXT = {"typed_in_form": True}


def typed_in_form(info: ValidationInfo) -> bool:
    """Whether a model is validated from the web form (`FORM_CONTEXT`)."""
    return bool(info.context and info.context.get("typed_in_form"))


class StrictModel(BaseModel):
    """Base for every input model: unknown fields are errors, numbers are exact."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class WorkScenario(StrictModel):
    """One way of working: hours a week or % of full time, at an hourly or full-time monthly wage."""

    # What _one_of_each checks, stated in the JSON Schema (benefits_calc.schema_rules).
    model_config = ConfigDict(
        json_schema_extra=stated(
            exactly_one("percent_of_full_time", "hours_per_week"),
            exactly_one("hourly_wage", "monthly_wage_full_time"),
        )
    )

    label: str | None = Field(default=None, max_length=60)
    percent_of_full_time: Percent | None = None
    hours_per_week: Hours | None = Field(
        default=None,
        description="Hours a week. Hours above full_time_hours_per_week (default 40) are work beyond "
        "full time: every hour is paid at the wage given, the rules that follow the share of full time "
        "treat it as full time, and the answer warns (engine.work.over_full_time).",
    )
    hourly_wage: HourlyWage | None = None
    monthly_wage_full_time: Money | None = None
    full_time_hours_per_week: FullTimeHours = DEFAULT_FULL_TIME_HOURS
    travel_cost_month: Money | None = Field(
        default=None,
        description="What travel to work costs a month in this scenario (e.g. a monthly pass). Empty: "
        "the case's work_costs.travel_month, whenever the scenario has hours.",
    )

    @model_validator(mode="after")
    def _one_of_each(self) -> Self:
        if (self.percent_of_full_time is None) == (self.hours_per_week is None):
            raise PydanticCustomError(
                "scenario_hours", "give either percent_of_full_time or hours_per_week (exactly one)"
            )
        if (self.hourly_wage is None) == (self.monthly_wage_full_time is None):
            raise PydanticCustomError(
                "scenario_wage", "give either hourly_wage or monthly_wage_full_time (exactly one)"
            )
        return self

    @property
    def hours(self) -> Decimal:
        if self.hours_per_week is not None:
            return self.hours_per_week
        assert self.percent_of_full_time is not None
        return self.full_time_hours_per_week * self.percent_of_full_time / 100

    @property
    def share_of_full_time(self) -> Decimal:
        """Fraction of full time: 0..1, above 1 for hours beyond full time (see `over_full_time`)."""
        if self.percent_of_full_time is not None:
            return self.percent_of_full_time / 100
        return self.hours / self.full_time_hours_per_week

    @property
    def over_full_time(self) -> bool:
        """More hours than full time (overtime, or a second job): the pay counts every hour; the
        rules that follow the share of full time count full time (`share_counted`)."""
        return self.hours > self.full_time_hours_per_week

    @property
    def share_counted(self) -> Decimal:
        """The share of full time the rules count, 0..1: hours beyond full time count as full time
        (vilande, sick-leave levels, programme days, osasairauspäiväraha … give at a share above 1
        what they give at 1, and explain it in the words of full time)."""
        return min(self.share_of_full_time, Decimal(1))

    @property
    def earnings_year(self) -> Decimal:
        """Gross earnings for the year, exactly: hours x wage x 52 weeks (or the monthly wage at
        full time x share x 12). Annual rules (tax, yearly income tests) use this, not 12 x a month
        rounded to öre, which can lose up to 6 öre a month."""
        if self.hourly_wage is not None:
            value = self.hours * self.hourly_wage * 52
        else:
            assert self.monthly_wage_full_time is not None
            value = self.monthly_wage_full_time * self.share_of_full_time * 12
        return value.quantize(CENT, rounding=ROUND_HALF_UP)

    @property
    def earnings_month(self) -> Decimal:
        """Gross earnings per month, to the öre/cent (the year's earnings / 12)."""
        if self.hourly_wage is not None:
            value = self.hours * self.hourly_wage * WEEKS_PER_MONTH
        else:
            assert self.monthly_wage_full_time is not None
            value = self.monthly_wage_full_time * self.share_of_full_time
        return value.quantize(CENT, rounding=ROUND_HALF_UP)

    @property
    def effective_hourly_wage(self) -> Decimal:
        if self.hourly_wage is not None:
            return self.hourly_wage
        assert self.monthly_wage_full_time is not None
        return self.monthly_wage_full_time / (self.full_time_hours_per_week * WEEKS_PER_MONTH)

    def at_share(self, share: Decimal, label: str | None = None) -> WorkScenario:
        """The same wage at another share of full time (used by the sweep)."""
        return WorkScenario.model_construct(
            label=label,
            percent_of_full_time=share * 100,
            hours_per_week=None,
            hourly_wage=self.hourly_wage,
            monthly_wage_full_time=self.monthly_wage_full_time,
            full_time_hours_per_week=self.full_time_hours_per_week,
            travel_cost_month=self.travel_cost_month,
        )

    def at_hours(self, hours: Decimal, label: str | None = None) -> WorkScenario:
        """The same wage at `hours` a week (0 to full time; the hours ladder)."""
        return WorkScenario.model_construct(
            label=label,
            percent_of_full_time=None,
            hours_per_week=hours,
            hourly_wage=self.hourly_wage,
            monthly_wage_full_time=self.monthly_wage_full_time,
            full_time_hours_per_week=self.full_time_hours_per_week,
            travel_cost_month=self.travel_cost_month,
        )


def default_scenarios(
    hourly_wage: Decimal | None = None,
    monthly_wage_full_time: Decimal | None = None,
    percents: tuple[int, ...] = (0, 25, 50, 75, 100),
    full_time_hours_per_week: Decimal = DEFAULT_FULL_TIME_HOURS,
) -> list[WorkScenario]:
    """The counselling table: 0 / 25 / 50 / 75 / 100 % of full time at one wage."""
    return [
        WorkScenario(
            percent_of_full_time=Decimal(p),
            hourly_wage=hourly_wage,
            monthly_wage_full_time=monthly_wage_full_time,
            full_time_hours_per_week=full_time_hours_per_week,
        )
        for p in percents
    ]


class WorkCosts(StrictModel):
    """What working costs the client, whatever the hours (a scenario can say otherwise)."""

    travel_month: Money = Field(
        default=Decimal(0),
        description="Travel to work a month when working (e.g. a monthly pass), before any help.",
    )


class CaseBase(StrictModel):
    """What every country's case has: the date whose rules apply and the scenarios to compute."""

    label: str | None = Field(
        default=None,
        max_length=100,
        description="A name for the case, such as the client's initials: it names the saved file "
        "and the printed summary. Nothing is stored or sent anywhere.",
    )

    rule_date: date = Field(
        default_factory=date.today,
        description="The date whose rules apply (e.g. 2026-01-01 for the 2026 rules).",
    )
    scenarios: list[WorkScenario] = Field(default_factory=list, max_length=50)
    work_costs: WorkCosts = Field(default_factory=WorkCosts)

    def travel_cost(self, scenario: WorkScenario) -> Decimal:
        """Travel to work a month in a scenario: none without hours; the scenario's own figure,
        else the case's."""
        if scenario.hours <= 0:
            return Decimal(0)
        if scenario.travel_cost_month is not None:
            return scenario.travel_cost_month
        return self.work_costs.travel_month
