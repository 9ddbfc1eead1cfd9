"""One work scenario as a country's pipeline computes it, and the Outcome the engine makes of it.

A country's pipeline is one readable function that applies the benefits in the authorities'
order. It writes what the household receives and pays into a `Household`:

    se = h.receives(sjukersattning.calculate(...))   # a benefit, as paid (decision letter applied)
    h.pays_tax(skatt.calculate(...))                  # the client's income tax
    h.other_income(tjanstepension)                    # other income before tax, taxed above
    h.partner_income(partner_net)                     # the partner's income after tax
    h.assume(Notice(...)); h.notice(Notice(...)); h.duty(duty)

and the engine (`assemble`) turns it into the `Outcome`: the net income, the general steps, the
notices sorted by severity, the decision-letter mismatches, the reporting duties and every
parameter read. What every country needs lives here, once.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from benefits_calc.decision_letters import DecisionLetters
from benefits_calc.explain import N_, Notice, ReportingDuty, Step
from benefits_calc.models import CaseBase, WorkScenario
from benefits_calc.money import ZERO
from benefits_calc.outcome import BenefitResult, CostResult, Outcome, ScenarioInfo, TaxResult
from benefits_calc.parameters import ParameterSet

MESSAGES = {
    "engine.work.earnings": N_(
        "If you work {hours_per_week} hours a week ({percent_of_full_time_share} of full time) you "
        "earn {earnings} a month before tax."
    ),
    "engine.work.none": N_("Not working: no earnings."),
    "engine.work.over_full_time": N_(
        "You work {hours_per_week} hours a week, more than full time ({full_time_hours} hours). Every "
        "hour is counted at the wage entered; if overtime pays more, enter the average hourly wage. "
        "Benefits that depend on how much of full time you work are calculated as for full time."
    ),
    "engine.net.total": N_(
        "In total the household has {net_income} a month after tax: earnings {earnings}, benefits "
        "{benefits_total}, other income {other_income}, minus tax {tax}."
    ),
    "engine.net.partner": N_("Your partner's income after tax, {partner_net}, is included."),
    "engine.net.in_hand": N_(
        "After what working costs, fees that rise with income and what is withheld for debts "
        "({costs}), the money in hand is {in_hand} a month."
    ),
    "engine.cost.travel": N_("Travel to work: {amount} a month (as entered)."),
    "engine.assume.same_every_month": N_(
        "The same hours and wage every month of the year; rules that look at the whole year (such as "
        "the income tax) are computed for the year and shown per month."
    ),
    "engine.assume.only_entered_benefits": N_(
        "Only the benefits entered are calculated; a benefit the client does not have today is "
        "not applied for in the scenarios."
    ),
}

NO_TAX = TaxResult(ZERO, ZERO, [])
TRAVEL = "engine.travel"
SEVERITY_ORDER = {"danger": 0, "warning": 1, "info": 2}


class Household:
    """What the household receives and pays in one scenario (written by a country's pipeline)."""

    __slots__ = (
        "_assumptions",
        "_duties",
        "_letters",
        "_notices",
        "_other",
        "_partner_net",
        "benefits",
        "costs",
        "detail",
        "has_partner",
        "held",
        "learning",
        "tax",
        "working",
    )

    def __init__(
        self,
        letters: DecisionLetters,
        *,
        learning: bool,
        working: bool,
        held: frozenset[str] = frozenset(),
        detail: bool = True,
    ) -> None:
        self._letters = letters
        self.learning = learning  # the not-working run that learns the decision letters
        self.working = working
        # False: only the amounts are read (a sweep point); a pipeline may leave out work that only
        # writes a notice (the Swedish withholding estimate).
        self.detail = detail
        # Benefits still paid as today's decision says in this month (the authority reviews them
        # from a later month: a timeline's first month, benefits_calc.timeline).
        self.held = held
        self.benefits: list[BenefitResult] = []
        self.costs: list[CostResult] = []
        self.tax: TaxResult = NO_TAX
        self.has_partner = False
        self._other = ZERO
        self._partner_net = ZERO
        self._notices: list[Notice] = []
        self._assumptions: list[Notice] = []
        self._duties: list[ReportingDuty] = []

    def receives(self, r: BenefitResult) -> BenefitResult:
        """A benefit in this scenario, as paid: the decision letter's amount is the starting point
        (benefits_calc.decision_letters). Returns the benefit as paid."""
        r = self._letters.apply(r, learning=self.learning, working=self.working, held=r.benefit in self.held)
        self.benefits.append(r)
        return r

    def pays_tax(self, tax: TaxResult) -> TaxResult:
        """The client's income tax (the year's tax shown per month)."""
        self.tax = tax
        return tax

    def other_income(self, amount: Decimal) -> None:
        """Income that is neither pay nor a benefit computed here (a pension, maintenance), per
        month before tax; its tax is in the client's tax."""
        self._other += amount

    def partner_income(self, net: Decimal) -> None:
        """The partner's income after the partner's own tax, per month (part of the household's)."""
        self.has_partner = True
        self._partner_net += net

    def notice(self, n: Notice) -> None:
        """A warning (or, with severity "info", an assumption) that depends on the scenario."""
        self._notices.append(n)

    def assume(self, n: Notice) -> None:
        """An assumption the calculation makes in this scenario."""
        self._assumptions.append(n)

    def pays(self, c: CostResult) -> CostResult:
        """A cost the net income does not take out (travel to work, a childcare fee, what is
        withheld for debts): the money in hand is the net income minus these."""
        self.costs.append(c)
        return c

    def has_cost(self, cost_id: str) -> bool:
        return any(c.cost == cost_id for c in self.costs)

    def duty(self, d: ReportingDuty) -> None:
        """A reporting duty that depends on the scenario (the country's `reporting_duties` give the
        ones that come with each benefit received)."""
        self._duties.append(d)

    @property
    def benefits_total(self) -> Decimal:
        return sum((b.amount for b in self.benefits), ZERO)

    @property
    def partner_net(self) -> Decimal:
        return self._partner_net

    @property
    def other(self) -> Decimal:
        return self._other


def scenario_info(s: WorkScenario) -> ScenarioInfo:
    share = s.share_of_full_time
    return ScenarioInfo(
        # a share written in whole percent, an exact half up (12.5 % -> "13 %", as said aloud)
        label=s.label or f"{(share * 100).quantize(Decimal('1'), ROUND_HALF_UP)} %",
        hours_per_week=s.hours,
        percent_of_full_time=share * 100,
        full_time_hours_per_week=s.full_time_hours_per_week,
        earnings_month=s.earnings_month,
        hourly_wage=s.hourly_wage,
    )


def assemble(
    h: Household,
    scenario: WorkScenario,
    p: ParameterSet,
    *,
    country: str,
    currency: str,
    detail: bool,
    letters: DecisionLetters | None = None,
    duties: list[ReportingDuty] | None = None,
    reads: frozenset[str] | set[str] = frozenset(),
) -> Outcome:
    """The Outcome of one scenario. `detail=False`: the amounts only (a sweep point), without
    steps, notices, duties or parameters on the Outcome itself (benefits and tax keep theirs)."""
    earnings = scenario.earnings_month
    benefits_total = h.benefits_total
    other = h.other + h.partner_net
    net_income = earnings + benefits_total + other - h.tax.amount
    out = Outcome(
        country=country,
        currency=currency,
        rule_date=p.date,
        scenario=scenario_info(scenario),
        benefits=h.benefits,
        tax=h.tax,
        other_income=other,
        net_income=net_income,
        warnings=[],
        assumptions=[],
        reporting_duties=[],
        baseline_mismatches=[],
        parameters={},
        costs=h.costs,
    )
    if not detail:
        return out

    steps: list[Step] = []
    if earnings > 0:
        steps.append(
            Step(
                "engine.work.earnings",
                {
                    "hours_per_week": scenario.hours.quantize(Decimal("0.1")),
                    "percent_of_full_time_share": scenario.share_of_full_time.quantize(Decimal("0.0001")),
                    "earnings": earnings,
                },
            )
        )
    else:
        steps.append(Step("engine.work.none", {}))
    steps.append(
        Step(
            "engine.net.total",
            {
                "net_income": net_income,
                "earnings": earnings,
                "benefits_total": benefits_total,
                "other_income": other,
                "tax": h.tax.amount,
            },
        )
    )
    if h.has_partner:
        steps.append(Step("engine.net.partner", {"partner_net": h.partner_net}))
    if h.costs:
        costs = out.costs_total
        steps.append(
            Step(
                "engine.net.in_hand",
                {"net_income": net_income, "costs": costs, "in_hand": net_income - costs},
            )
        )

    warnings: list[Notice] = list(p.warnings)
    if scenario.over_full_time:
        warnings.append(
            Notice(
                "engine.work.over_full_time",
                {"hours_per_week": scenario.hours, "full_time_hours": scenario.full_time_hours_per_week},
                "warning",
            )
        )
    assumptions: list[Notice] = [
        Notice("engine.assume.same_every_month"),
        Notice("engine.assume.only_entered_benefits"),
        *h._assumptions,
    ]
    for n in (
        *h._notices,
        *h.tax.notices,
        *(n for b in h.benefits for n in b.notices),
        *(n for c in h.costs for n in c.notices),
    ):
        (assumptions if n.severity == "info" else warnings).append(n)
    out.warnings = sorted(unique(warnings), key=lambda n: SEVERITY_ORDER.get(n.severity, 3))
    out.assumptions = unique(assumptions)
    out.reporting_duties = unique([*(duties or []), *h._duties])
    out.baseline_mismatches = letters.mismatches() if letters is not None else []
    out.parameters = p.subset(reads)
    out.steps = steps
    return out


def unique(items: list[Any]) -> list[Any]:
    """The items in order, each once (a notice by message, benefit and values)."""
    seen: set[Any] = set()
    out = []
    for i in items:
        key = (i.msg, i.benefit, tuple(i.values.items())) if isinstance(i, Notice) else i
        if key not in seen:
            seen.add(key)
            out.append(i)
    return out


def travel_cost(case: CaseBase, scenario: WorkScenario) -> CostResult | None:
    """Travel to work in a scenario as a cost (None when there is none). The engine adds it to
    every scenario; a pipeline that counts it in a benefit (ekonomiskt bistånd accepts it) adds it
    itself, before that benefit."""
    amount = case.travel_cost(scenario)
    if amount <= 0:
        return None
    return CostResult(TRAVEL, amount, [Step("engine.cost.travel", {"amount": amount})], kind="work")
