"""The result of a case as the page and the summary show it: the scenario table, the worked
example, the chart, the thresholds, the duties, the warnings and what the calculation rests on."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from functools import cached_property
from typing import Any

from benefits_calc.web import chart, countries, timeline_view
from benefits_calc.web.forms import STANDARD_PERCENTS, FormData
from benefits_calc.web.i18n import (
    authority_name,
    benefit_form,
    benefit_name,
    long_date,
    message,
    money,
    number,
    param_value,
    per_month_unit,
    translate_template,
)
from benefits_calc.web.narrative import (
    Cliff,
    Sentence,
    ThresholdText,
    cliffs_grouped,
    cliffs_in_words,
    headline,
    scenario_title,
    thresholds_in_words,
    uncertain_text,
    worked_example,
)
from flask_babel import gettext
from markupsafe import Markup

from benefits_calc import engine
from benefits_calc.explain import Notice, ReportingDuty
from benefits_calc.models import CaseBase, WorkScenario
from benefits_calc.outcome import Outcome
from benefits_calc.parameters import Param
from benefits_calc.sweep import SweepPoint, SweepResult, ladder, sweep

# The summary prints the 820-unit-wide chart about 170 mm wide: 21 units of text is about 11 pt.
PRINT_CHART_FONT = 21
SWEEP_STEP = Decimal(1)  # % of full time: one step for the chart, the thresholds and marginal rates


@dataclass
class Row:
    index: int
    title: str
    table_title: str
    short: str
    outcome: Outcome
    custom: bool
    picked: bool


@dataclass
class Result:
    lang: str
    currency: str
    outcomes: list[Outcome]
    base: Outcome
    picked: int
    rows: list[Row]
    benefit_ids: list[str]
    cost_ids: list[str]
    worked: list[Sentence]
    thresholds: list[ThresholdText]
    chart_svg: Any
    # The same chart with text large enough on paper, drawn only when a summary is printed.
    print_chart: Callable[[], Any]
    duties: list[dict[str, Any]]
    mismatches: list[dict[str, str]]
    assumptions: list[str]
    unverified: list[dict[str, str]]
    rules_year: int
    rule_date: date
    newest_parameter_date: date | None
    made: date
    couple: bool
    sweep_step_hours: Decimal
    full_time_hours: Decimal
    today: dict[str, Any] = field(default_factory=dict)
    wage_text: str = ""
    # Why a "?" marks an amount (a benefit kept from a decision letter against the rules).
    uncertain_notes: list[str] = field(default_factory=list)
    headline: Sentence | None = None
    # Every whole hour from 0 to full time at the wage, and the steps up it that lose money.
    ladder: list[SweepPoint] = field(default_factory=list)
    cliffs: list[Cliff] = field(default_factory=list)
    # Taxable benefits that include a tax-free part: {benefit id: note}.
    tax_free_notes: dict[str, str] = field(default_factory=dict)
    # The picked scenario month by month (web/timeline_view.py; None without work).
    timeline: Any = None
    every_warning: list[dict[str, str]] = field(default_factory=list)  # the chosen scenario's, all

    def mark(self, uncertain: Any) -> Markup:
        """The "?" after an uncertain amount (table cells for the benefit, net income, change)."""
        if not uncertain:
            return Markup("")
        return Markup(
            '<span class="uncertain-mark" aria-hidden="true">?</span>'
            '<span class="visually-hidden"> ({})</span>'
        ).format(gettext("uncertain"))

    def money(self, x: Decimal | None, sign: bool = False) -> str:
        if x is None:
            return "–"
        return money(x, self.currency, self.lang, whole=True, sign=sign)

    def amount(self, x: Decimal | None, sign: bool = False) -> str:
        """A table cell: whole units without the currency (the caption names it)."""
        if x is None:
            return "–"
        text = number(x.quantize(Decimal(1), rounding=ROUND_HALF_UP), self.lang, 0)
        return "+" + text if sign and x >= Decimal("0.5") else text

    @property
    def unit(self) -> str:
        return per_month_unit(self.currency, self.lang)

    @property
    def duty_groups(self) -> list[tuple[str, list[dict[str, Any]]]]:
        """Reporting duties under one heading per benefit and authority, in the pipeline's order."""
        groups: dict[str, list[dict[str, Any]]] = {}
        for d in self.duties:
            groups.setdefault(f"{d['benefit']} – {d['authority']}", []).append(d)
        return list(groups.items())

    @property
    def picked_row(self) -> Row:
        return next(r for r in self.rows if r.picked)

    @cached_property
    def chart_print(self) -> Any:
        return self.print_chart()

    @property
    def rows_by_hours(self) -> list[Row]:
        """The rows in hour order, the client's own among the standard ones (not working first)."""
        return sorted(self.rows, key=lambda r: (r.outcome.scenario.hours_per_week, r.custom, r.index))

    @property
    def with_costs(self) -> bool:
        return bool(self.cost_ids)

    def total(self, o: Outcome) -> Decimal:
        """The answer column: the money in hand when working costs something, else the net income."""
        return o.in_hand if self.cost_ids else o.net_income

    def change(self, o: Outcome) -> Decimal | None:
        return o.change_in_hand_vs_not_working if self.cost_ids else o.change_vs_not_working

    def ladder_total(self, p: SweepPoint) -> Decimal:
        return p.in_hand if self.cost_ids and p.in_hand is not None else p.net_income

    def ladder_change(self, p: SweepPoint) -> Decimal:
        return self.ladder_total(p) - self.ladder_total(self.ladder[0])

    def is_cliff(self, p: SweepPoint) -> bool:
        return any(c.to_hours == p.hours_per_week for c in self.cliffs)

    @property
    def warnings(self) -> list[dict[str, str]]:
        """The chosen scenario's warnings, each text once."""
        return _dedupe(self.every_warning)

    @property
    def warnings_for_summary(self) -> list[dict[str, str]]:
        """The client's copy: the warnings that its timeline does not already tell with a month and
        a date (apply for vilande before the first day, the settlement after the year)."""
        told = self.timeline.summary_tells if self.timeline else frozenset()
        # before the same text of two benefits is kept once: the one told may be the first
        return _dedupe([w for w in self.every_warning if (w["msg"], w["benefit_id"] or None) not in told])

    @property
    def cliffs_for_summary(self) -> list[str]:
        return cliffs_grouped(self.cliffs, self.currency, self.lang)

    @property
    def rounding_text(self) -> str:
        return {
            "SEK": gettext("All amounts are per month, rounded to whole kronor."),
            "DKK": gettext("All amounts are per month, rounded to whole kroner."),
            "EUR": gettext("All amounts are per month, rounded to whole euros."),
        }.get(self.currency, gettext("All amounts are per month, rounded to whole units."))


def _notice(n: Notice, currency: str, lang: str) -> dict[str, str]:
    return {
        "text": message(n.msg, n.values, currency, lang),
        "severity": n.severity,
        "benefit": benefit_name(n.benefit) if n.benefit else "",
        "msg": n.msg,
        "benefit_id": n.benefit or "",
    }


def _duty(d: ReportingDuty, currency: str, lang: str) -> dict[str, Any]:
    return {
        "benefit": benefit_name(d.benefit),
        "authority": authority_name(d.authority),
        "what": message(d.what, {}, currency, lang),
        "when": message(d.when, {}, currency, lang),
        "how": message(d.how, {}, currency, lang),
        "consequence": message(d.consequence, {}, currency, lang),
        "reference": d.reference,
        "yearly": d.yearly,
    }


def _hours(hours: Decimal, lang: str) -> str:
    """'20 h', '7,5 h'."""
    return gettext("%(hours)s h", hours=number(hours, lang, 1))


def _short_label(o: Outcome, lang: str) -> str:
    s = o.scenario
    return "0" if s.hours_per_week == 0 else _hours(s.hours_per_week, lang)


def build_result(case: CaseBase, data: FormData | None, lang: str) -> Result:
    """Everything the result page and the summary show, computed from the case."""
    calc = engine.Calculation(case)
    outcomes = engine.calculate(case, calc=calc)
    base = outcomes[0]
    currency = base.currency
    picked = _picked(data, len(outcomes))
    rows = _rows(outcomes, picked, lang)
    like = case.scenarios[0] if case.scenarios else None
    full_time = like.full_time_hours_per_week if like is not None else Decimal(40)
    sw = sweep(case, like, step_percent=SWEEP_STEP, calc=calc) if like is not None else None
    benefit_ids = list(dict.fromkeys(b.benefit for o in outcomes for b in o.benefits))
    cost_ids = list(dict.fromkeys(c.cost for o in outcomes for c in o.costs))
    chosen = outcomes[picked]
    couple = bool(getattr(case, "partner", None))
    steps = ladder(case, like, calc=calc) if like is not None else []
    detailed: dict[Decimal, Outcome] = {}

    def at(hours: Decimal) -> Outcome:
        if hours not in detailed:
            detailed[hours] = calc.run(like.at_hours(hours))  # type: ignore[union-attr]
        return detailed[hours]

    return Result(
        lang=lang,
        currency=currency,
        outcomes=outcomes,
        base=base,
        picked=picked,
        rows=rows,
        benefit_ids=benefit_ids,
        cost_ids=cost_ids,
        worked=worked_example(chosen, base, lang, couple),
        headline=headline(chosen, base, lang, couple),
        ladder=steps,
        cliffs=cliffs_in_words(steps, at, currency, lang),
        tax_free_notes=_tax_free_notes(outcomes, currency, lang),
        uncertain_notes=_uncertain_notes(outcomes, currency, lang),
        wage_text=_wage_text(like, currency, lang),
        thresholds=thresholds_in_words(sw, full_time, currency, lang, falls=False),
        chart_svg=_chart(sw, outcomes, rows, benefit_ids, full_time, lang),
        print_chart=lambda: _chart(sw, outcomes, rows, benefit_ids, full_time, lang, paper=True),
        duties=_duties(outcomes, currency, lang),
        every_warning=[_notice(w, currency, lang) for w in chosen.warnings],
        mismatches=_dedupe([_notice(w, currency, lang) for w in base.baseline_mismatches]),
        assumptions=[d["text"] for d in _dedupe([_notice(a, currency, lang) for a in chosen.assumptions])],
        unverified=_unverified(outcomes, lang),
        rules_year=base.rules_year,
        rule_date=base.rule_date,
        newest_parameter_date=max(
            (o.newest_parameter_date for o in outcomes if o.newest_parameter_date), default=None
        ),
        made=date.today(),
        couple=couple,
        sweep_step_hours=full_time * SWEEP_STEP / 100,
        full_time_hours=full_time,
        today=countries.get(case.country).today(case),  # type: ignore[attr-defined]
        timeline=timeline_view.build(case, data, lang, outcomes, picked),
    )


def _picked(data: FormData | None, n: int) -> int:
    """The scenario the worked example explains: the one asked for, else the first of the client's
    own, else 50 %."""
    picked = data.explain if data is not None and data.explain is not None else None
    if picked is None or not 0 <= picked < n:
        standard = len(STANDARD_PERCENTS)
        picked = standard if n > standard else min(2, n - 1)
    return picked


def _rows(outcomes: list[Outcome], picked: int, lang: str) -> list[Row]:
    """The table's rows. A standard row (25 % …) that the client's own scenario repeats (20 h of 40
    at the same wage) is left out: the client's row stands in its place."""
    standard = len(STANDARD_PERCENTS)
    std_wage = outcomes[min(1, len(outcomes) - 1)].scenario.hourly_wage
    own = {(o.scenario.hours_per_week, o.scenario.earnings_month) for o in outcomes[standard:]}
    return [
        Row(
            i,
            scenario_title(o, lang),
            scenario_title(o, lang, with_wage=i >= standard and o.scenario.hourly_wage != std_wage),
            _short_label(o, lang),
            o,
            i >= standard,
            i == picked,
        )
        for i, o in enumerate(outcomes)
        if i >= standard or i == picked or (o.scenario.hours_per_week, o.scenario.earnings_month) not in own
    ]


def _wage_text(like: WorkScenario | None, currency: str, lang: str) -> str:
    if like is not None and like.hourly_wage is not None:
        return gettext("at %(wage)s an hour", wage=money(like.hourly_wage, currency, lang))
    if like is not None and like.monthly_wage_full_time is not None:
        return gettext(
            "at %(wage)s a month for full time", wage=money(like.monthly_wage_full_time, currency, lang)
        )
    return ""


def _chart(
    sw: SweepResult | None,
    outcomes: list[Outcome],
    rows: list[Row],
    benefit_ids: list[str],
    full_time: Decimal,
    lang: str,
    paper: bool = False,
) -> Any:
    """The chart of net income and each benefit against hours, the client's scenarios marked.
    `paper`: for the summary, printed smaller: larger text, a lower plot, the ticks saying "h"
    where the page has the hour axis's title."""
    base = outcomes[0]
    currency = base.currency
    picked = next(r for r in rows if r.picked).outcome
    if sw is not None:
        points = [
            chart.ChartPoint(p.hours_per_week, p.net_income, dict(p.benefits), bool(p.uncertain))
            for p in sw.points
        ]
    else:
        points = [
            chart.ChartPoint(
                o.scenario.hours_per_week, o.net_income, {b.benefit: b.amount for b in o.benefits}
            )
            for o in sorted(outcomes[: len(STANDARD_PERCENTS)], key=lambda o: o.scenario.hours_per_week)
        ]
    marks = [
        chart.Mark(
            r.outcome.scenario.hours_per_week,
            r.outcome.net_income,
            r.short,
            r.picked,
            bool(r.outcome.uncertain_benefits),
        )
        for r in rows
    ]
    step_hours = full_time * SWEEP_STEP / 100
    texts = chart.ChartText(
        title=gettext("Income after tax and each benefit, by hours worked a week"),
        desc=gettext(
            "Net income a month for 0 to %(full)s hours a week at this wage, calculated in steps of "
            "%(step)s hours; the client's scenarios are marked. The table above has the same numbers.",
            full=number(full_time, lang, 1),
            step=number(step_hours, lang, 2),
        ),
        x_axis=gettext(
            "Hours worked a week (full time %(full)s h; steps of %(step)s h)",
            full=number(full_time, lang, 1),
            step=number(step_hours, lang, 2),
        ),
        y_axis=per_month_unit(currency, lang),
        net=gettext("Net income after tax"),
        baseline=gettext("Without work: %(net)s", net=money(base.net_income, currency, lang, whole=True)),
        delta=gettext(
            "%(delta)s against not working",
            delta=money(picked.change_vs_not_working or Decimal(0), currency, lang, whole=True, sign=True),
        ),
        benefit_names={b: benefit_name(b) for b in benefit_ids},
        uncertain=gettext("Uncertain: includes an amount kept from a decision letter (see the table)"),
    )
    return chart.render(
        points,
        marks,
        base.net_income,
        full_time,
        texts,
        fmt_money=lambda v: number(v, lang, 0),
        fmt_hours=(lambda v: _hours(v, lang)) if paper else (lambda v: number(v, lang, 1)),
        font=PRINT_CHART_FONT if paper else 13,
        plot_h=130 if paper else 320,
        x_title=not paper,
    )


def _duties(outcomes: list[Outcome], currency: str, lang: str) -> list[dict[str, Any]]:
    """Every reporting duty of every scenario, once, in the pipeline's order."""
    seen: set[tuple[str, str]] = set()
    duties = []
    for o in outcomes:
        for d in o.reporting_duties:
            key = (d.benefit, d.what)
            if key not in seen:
                seen.add(key)
                duties.append(_duty(d, currency, lang))
    return duties


def _unverified(outcomes: list[Outcome], lang: str) -> list[dict[str, str]]:
    """Every figure used that is not verified against an official source, with its source."""
    base = outcomes[0]
    unverified: dict[str, Param] = {p.name: p for o in outcomes for p in o.unverified}
    return [
        {
            "label": translate_template(p.label),
            "value": param_value(p, base.currency, lang, base.country),
            "from": long_date(p.effective_from, lang),
            "reference": p.reference,
        }
        for p in sorted(unverified.values(), key=lambda p: p.label)
    ]


def _uncertain_notes(outcomes: list[Outcome], currency: str, lang: str) -> list[str]:
    """One note per benefit whose kept amount is uncertain in some scenario (see BenefitResult)."""
    kept: dict[str, Decimal] = {}
    for o in outcomes:
        for b in o.benefits:
            if b.uncertain:
                kept[b.benefit] = max(kept.get(b.benefit, Decimal(0)), b.amount)
    return [uncertain_text(bid, money(x, currency, lang, whole=True)) for bid, x in kept.items()]


def _tax_free_notes(outcomes: list[Outcome], currency: str, lang: str) -> dict[str, str]:
    """A note for each taxable benefit that includes a tax-free part in some scenario (the 25 %
    paid on vilande sjukersättning, IL 11 kap. 30 §): the column says so."""
    most: dict[str, Decimal] = {}
    for o in outcomes:
        for b in o.benefits:
            if b.taxable and b.tax_free > 0:
                most[b.benefit] = max(most.get(b.benefit, Decimal(0)), b.tax_free)
    return {
        bid: gettext(
            "%(benefit)s includes a tax-free part (up to %(amount)s a month in these scenarios): no tax "
            "is paid on that part.",
            benefit=benefit_form(bid, "name", capital=True),
            amount=money(x, currency, lang, whole=True),
        )
        for bid, x in most.items()
    }


def _dedupe(items: list[dict[str, str]]) -> list[dict[str, str]]:
    seen: set[str] = set()
    out = []
    for i in items:
        if i["text"] not in seen:
            seen.add(i["text"])
            out.append(i)
    return out
