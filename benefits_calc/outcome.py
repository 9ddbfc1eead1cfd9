"""The result of one work scenario: every benefit, the tax and the net income, with their steps."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from benefits_calc.explain import Notice, ReportingDuty, Step
from benefits_calc.money import ZERO
from benefits_calc.parameters import Param


@dataclass(slots=True)
class BenefitResult:
    """One benefit in one scenario.

    `amount` is what is paid **per month** in the scenario (an annual rule's amount / 12, rounded
    as the authority rounds). `period` is the period the law assesses in ("month" or "year").
    `reported` is the monthly amount from today's decision letter, when the user gave it.

    `excluded`: a hard condition of the law fails (an age limit, an exclusion such as "no
    bostadsbidrag without children with bostadstillägg"): the amount is 0 in every scenario,
    whatever the decision letter says, and the client is told the authority will stop it.
    `uncertain`: the amount is kept from the decision letter although the rules, with what was
    entered, give nothing; it is not a confident figure and is marked wherever it is shown.
    `tax_free`: the part of the amount that is not taxed (the rest is taxable when `taxable`).
    """

    benefit: str
    authority: str
    amount: Decimal
    taxable: bool
    steps: list[Step]
    period: str = "month"
    reported: Decimal | None = None
    notices: list[Notice] = field(default_factory=list)
    excluded: bool = False
    uncertain: bool = False
    # The part of `amount` that is not taxed (e.g. the 25 % paid on vilande sjukersättning,
    # IL 11 kap. 30 §): a field of the result, never read back out of an explanation step.
    tax_free: Decimal = Decimal(0)
    # For a benefit assessed for a year (`period` "year"): the year's amount by the rules, before
    # the monthly rounding and the decision letter (a timeline settles the year with it).
    year_amount: Decimal | None = None

    def param_names(self) -> set[str]:
        return {n for s in self.steps for n in s.params}


@dataclass(slots=True)
class TaxResult:
    """Income tax and fees on the scenario's income. Computed per year (the law's period);
    `amount` is the year's total / 12. `parts` holds the annual intermediate values by name
    (e.g. "grundavdrag", "kommunal_skatt", "jobbskatteavdrag")."""

    amount: Decimal
    annual: Decimal
    steps: list[Step]
    parts: dict[str, Decimal] = field(default_factory=dict)
    notices: list[Notice] = field(default_factory=list)

    def param_names(self) -> set[str]:
        return {n for s in self.steps for n in s.params}


@dataclass(slots=True)
class CostResult:
    """Money the household pays in a scenario that the net income does not take out: what working
    costs (travel to work), a fee that rises with income (förskola), or what an authority withholds
    from pay for debts (Kronofogden's löneutmätning). Per month. The money in hand is the net income
    minus these.

    `kind`: "work" (travel), "fee" (childcare), "withheld" (debts)."""

    cost: str
    amount: Decimal
    steps: list[Step]
    kind: str = "work"
    notices: list[Notice] = field(default_factory=list)


@dataclass(slots=True)
class ScenarioInfo:
    """The work scenario as computed: hours, share of full time and monthly earnings."""

    label: str
    hours_per_week: Decimal
    percent_of_full_time: Decimal
    full_time_hours_per_week: Decimal
    earnings_month: Decimal
    hourly_wage: Decimal | None


@dataclass(slots=True)
class Outcome:
    """Everything one scenario gives: per benefit, tax, net income per month, notices, duties.

    `net_income` is the client's household's disposable income per month: earnings, other income
    and every benefit, minus tax. `change_vs_not_working` compares it with the 0-hours scenario.
    """

    country: str
    currency: str
    rule_date: date
    scenario: ScenarioInfo
    benefits: list[BenefitResult]
    tax: TaxResult
    other_income: Decimal
    net_income: Decimal
    warnings: list[Notice]
    assumptions: list[Notice]
    reporting_duties: list[ReportingDuty]
    baseline_mismatches: list[Notice]
    parameters: dict[str, Param]
    steps: list[Step] = field(default_factory=list)
    change_vs_not_working: Decimal | None = None
    kept_per_extra_unit: Decimal | None = None
    # What the household pays that the net income does not take out (see CostResult).
    costs: list[CostResult] = field(default_factory=list)
    change_in_hand_vs_not_working: Decimal | None = None
    kept_in_hand_per_extra_unit: Decimal | None = None

    @property
    def costs_total(self) -> Decimal:
        return sum((c.amount for c in self.costs), Decimal(0))

    @property
    def in_hand(self) -> Decimal:
        """The money in hand a month: the net income after work costs, income-related fees and
        what is withheld for debts."""
        return self.net_income - self.costs_total

    def cost(self, cost_id: str) -> CostResult | None:
        return next((c for c in self.costs if c.cost == cost_id), None)

    @property
    def rules_year(self) -> int:
        return self.rule_date.year

    @property
    def unverified(self) -> list[Param]:
        return [p for p in self.parameters.values() if not p.verified]

    @property
    def newest_parameter_date(self) -> date | None:
        return max((p.effective_from for p in self.parameters.values()), default=None)

    def benefit(self, benefit_id: str) -> BenefitResult | None:
        return next((b for b in self.benefits if b.benefit == benefit_id), None)

    def amount_of(self, benefit_id: str) -> Decimal:
        """The benefit's amount a month, 0 when it is not paid in this outcome."""
        b = self.benefit(benefit_id)
        return ZERO if b is None else b.amount

    @property
    def uncertain_benefits(self) -> list[str]:
        """Benefits whose amount is kept from a decision letter against the rules (see
        `BenefitResult.uncertain`): the net income and its change include them, uncertainly."""
        return [b.benefit for b in self.benefits if b.uncertain]
