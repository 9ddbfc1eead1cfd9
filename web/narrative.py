"""The worked example and the thresholds in plain words, generated from the calculation.

Every sentence is built from an Outcome (or the sweep) and its numbers; the rules' own steps are
rendered from their message ids (benefits_calc.messages) in the reader's language. Nothing here
knows a benefit's rules: a new benefit or message id needs no change.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from itertools import pairwise
from typing import Any

from babel.lists import format_list
from benefits_calc.web.i18n import babel_locale, benefit_form, benefit_name, message, money, number, percent
from flask_babel import gettext

from benefits_calc.outcome import Outcome

ZERO = Decimal(0)


@dataclass
class Sentence:
    text: str
    details: list[str] = field(default_factory=list)
    kind: str = "plain"  # plain | benefit | total | warning | kept (what is kept of 100)


def scenario_title(o: Outcome, lang: str, with_wage: bool = True) -> str:
    """'20 hours a week (50 %) at 150 kr an hour' / 'Not working'."""
    s = o.scenario
    if s.hours_per_week == 0:
        return gettext("Not working")
    hours = number(s.hours_per_week, lang, 1)
    # whole percent, an exact half up (12.5 % -> 13 %), as the answer's label (household.scenario_info)
    share = percent(s.percent_of_full_time.quantize(Decimal(1), ROUND_HALF_UP) / 100, lang, 0)
    if s.hourly_wage is not None and with_wage:
        return gettext(
            "%(hours)s hours a week (%(share)s) at %(wage)s an hour",
            hours=hours,
            share=share,
            wage=money(s.hourly_wage, o.currency, lang),
        )
    return gettext("%(hours)s hours a week (%(share)s)", hours=hours, share=share)


def uncertain_text(benefit_id: str, amount: str) -> str:
    """Why a kept amount is marked uncertain, and what to check (table note, worked example)."""
    return gettext(
        "Uncertain: %(amount)s of this is %(benefit_object)s, kept as the decision letter says although "
        "the rules, with what was entered, give none. It may fall or stop when you work, so the total "
        "and the change are uncertain too. Check the incomes and the household entered, and ask the "
        "authority that pays it.",
        amount=amount,
        benefit_object=benefit_form(benefit_id, "object"),
    )


def _costs(o: Outcome, base: Outcome, m: Any, lang: str) -> list[Sentence]:
    """What working costs, fees that follow income and what is withheld, then the money in hand."""
    if not o.costs and not base.costs:
        return []
    out = []
    before = {c.cost: c.amount for c in base.costs}
    for c in o.costs:
        if c.amount == 0 and before.get(c.cost, ZERO) == 0:
            continue
        delta = c.amount - before.get(c.cost, ZERO)
        if o is base or delta == 0:
            text = gettext(
                "%(cost)s: %(amount)s a month.", cost=_cap(benefit_name(c.cost)), amount=m(c.amount)
            )
        else:
            text = (
                gettext(
                    "%(cost)s: %(amount)s a month, %(delta)s more than without work.",
                    cost=_cap(benefit_name(c.cost)),
                    amount=m(c.amount),
                    delta=m(delta),
                )
                if delta > 0
                else gettext(
                    "%(cost)s: %(amount)s a month, %(delta)s less than without work.",
                    cost=_cap(benefit_name(c.cost)),
                    amount=m(c.amount),
                    delta=m(-delta),
                )
            )
        out.append(Sentence(text, _steps(c.steps, o.currency, lang), "benefit"))
    change = o.change_in_hand_vs_not_working
    if o is base or change is None or o.scenario.hours_per_week == 0:
        text = gettext("Money in hand after these costs: %(in_hand)s a month.", in_hand=m(o.in_hand))
    elif change >= 0:
        text = gettext(
            "Money in hand after these costs: %(in_hand)s a month, %(delta)s more than without work.",
            in_hand=m(o.in_hand),
            delta=m(change),
        )
    else:
        text = gettext(
            "Money in hand after these costs: %(in_hand)s a month, %(delta)s less than without work.",
            in_hand=m(o.in_hand),
            delta=m(-change),
        )
    out.append(Sentence(text, kind="total"))
    return out


def _kept_of_100(o: Outcome, with_costs: bool) -> Decimal | None:
    """What is kept of each 100 earned against not working (after the costs of working when
    `with_costs`), in whole units; None without earnings."""
    unit = o.kept_in_hand_per_extra_unit if with_costs else o.kept_per_extra_unit
    if unit is None or o.scenario.earnings_month <= 0:
        return None
    return (unit * 100).quantize(Decimal(1))


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _steps(steps: Any, currency: str, lang: str) -> list[str]:
    """Each step's sentence, with the law section of its logic where the step names one."""
    return [message(st.msg, st.values, currency, lang) + (f" ({st.law})" if st.law else "") for st in steps]


def worked_example(o: Outcome, base: Outcome, lang: str, couple: bool = False) -> list[Sentence]:
    """The plain-words worked example for one scenario, compared with not working."""
    cur = o.currency
    m = lambda x: money(x, cur, lang, whole=True)  # noqa: E731
    out: list[Sentence] = []
    s = o.scenario
    if s.hours_per_week > 0:
        hours = number(s.hours_per_week, lang, 1)
        if s.hourly_wage is not None:
            text = gettext(
                "If you work %(hours)s hours a week at %(wage)s an hour you earn %(earnings)s a month "
                "before tax.",
                hours=hours,
                wage=money(s.hourly_wage, cur, lang),
                earnings=m(s.earnings_month),
            )
        else:
            text = gettext(
                "If you work %(hours)s hours a week (%(share)s of full time) you earn %(earnings)s a "
                "month before tax.",
                hours=hours,
                share=percent(s.percent_of_full_time / 100, lang, 1),
                earnings=m(s.earnings_month),
            )
    else:
        text = gettext("If you do not work, you have no earnings from work.")
    out.append(Sentence(text))

    base_amounts = {b.benefit: b.amount for b in base.benefits}
    for b in o.benefits:
        your = benefit_form(b.benefit, "your", capital=True)
        obj = benefit_form(b.benefit, "object")
        before = base_amounts.get(b.benefit, ZERO)
        after = b.amount
        delta = after - before
        if o is base or s.hours_per_week == 0:
            text = (
                gettext(
                    "You get %(benefit_object)s of %(amount)s a month.", benefit_object=obj, amount=m(after)
                )
                if after > 0
                else gettext("You do not get %(benefit_object)s.", benefit_object=obj)
            )
        elif before > 0 and after == 0:
            text = gettext(
                "%(your_benefit)s of %(before)s a month stops and is not paid in this scenario.",
                your_benefit=your,
                before=m(before),
            )
        elif before == 0 and after > 0:
            text = gettext(
                "You get %(benefit_object)s of %(amount)s a month, which you do not get without work.",
                benefit_object=obj,
                amount=m(after),
            )
        elif delta < 0:
            text = gettext(
                "%(your_benefit)s falls by %(delta)s, from %(before)s to %(after)s a month.",
                your_benefit=your,
                delta=m(-delta),
                before=m(before),
                after=m(after),
            )
        elif delta > 0:
            text = gettext(
                "%(your_benefit)s rises by %(delta)s, from %(before)s to %(after)s a month.",
                your_benefit=your,
                delta=m(delta),
                before=m(before),
                after=m(after),
            )
        elif after == 0:
            text = gettext("You do not get %(benefit_object)s.", benefit_object=obj)
        else:
            text = gettext(
                "%(your_benefit)s does not change: %(amount)s a month.", your_benefit=your, amount=m(after)
            )
        out.append(Sentence(text, _steps(b.steps, cur, lang), "benefit"))

    tax_delta = o.tax.amount - base.tax.amount
    if o is base or tax_delta == 0:
        text = gettext("You pay %(tax)s a month in tax.", tax=m(o.tax.amount))
    elif tax_delta > 0:
        text = gettext(
            "You pay %(tax)s a month in tax, %(delta)s more than without work.",
            tax=m(o.tax.amount),
            delta=m(tax_delta),
        )
    else:
        text = gettext(
            "You pay %(tax)s a month in tax, %(delta)s less than without work.",
            tax=m(o.tax.amount),
            delta=m(-tax_delta),
        )
    out.append(Sentence(text, _steps(o.tax.steps, cur, lang), "benefit"))

    change = (
        o.change_vs_not_working if o.change_vs_not_working is not None else o.net_income - base.net_income
    )
    net = m(o.net_income)
    if o is base or s.hours_per_week == 0:
        text = (
            gettext("In total your household has %(net)s a month after tax.", net=net)
            if couple
            else gettext("In total you have %(net)s a month after tax.", net=net)
        )
    elif change > 0:
        text = (
            gettext(
                "In total your household has %(net)s a month after tax, %(delta)s more than without work.",
                net=net,
                delta=m(change),
            )
            if couple
            else gettext(
                "In total you have %(net)s a month after tax, %(delta)s more than without work.",
                net=net,
                delta=m(change),
            )
        )
    elif change < 0:
        text = (
            gettext(
                "In total your household has %(net)s a month after tax, %(delta)s less than without work.",
                net=net,
                delta=m(-change),
            )
            if couple
            else gettext(
                "In total you have %(net)s a month after tax, %(delta)s less than without work.",
                net=net,
                delta=m(-change),
            )
        )
    else:
        text = gettext("In total you have %(net)s a month after tax, the same as without work.", net=net)
    out.append(Sentence(text, _steps(o.steps, cur, lang), "total"))
    for b in o.benefits:
        if b.uncertain:
            out.append(Sentence(uncertain_text(b.benefit, m(b.amount)), kind="warning"))
    out.extend(_costs(o, base, m, lang))

    kept = _kept_of_100(o, bool(o.costs))
    if kept is not None:
        hundred = money(Decimal(100), cur, lang)
        if kept >= 0:
            text = gettext(
                "Of every %(hundred)s you earn, you keep %(kept)s after tax and benefit changes.",
                hundred=hundred,
                kept=money(kept, cur, lang),
            )
        else:
            text = gettext(
                "For every %(hundred)s you earn you lose %(lost)s: after tax and benefit changes you "
                "have less than without work.",
                hundred=hundred,
                lost=money(-kept, cur, lang),
            )
        out.append(Sentence(text, kind="kept warning" if kept < 0 else "kept"))
    return out


@dataclass
class ThresholdText:
    text: str
    severity: str = "info"  # info | warning
    steady: bool = False  # a benefit that does not change, or what is left at full time


def _at_full_time(sweep: Any, full_time_hours: Decimal, m: Any, lang: str) -> list[ThresholdText]:
    """For each benefit that does not stop: unchanged by work, or what is left at full time."""
    points = getattr(sweep, "points", None) or []
    if not points:
        return []
    first, last = points[0], points[-1]
    stopped = {t.benefit for t in sweep.thresholds if t.kind == "stops_at"}
    out = []
    for bid, start in first.benefits.items():
        your = benefit_form(bid, "your", capital=True)
        values = {p.benefits.get(bid, ZERO) for p in points}
        if start > 0 and len(values) == 1:
            out.append(
                ThresholdText(
                    gettext("%(your_benefit)s does not change at any hours at this wage.", your_benefit=your),
                    steady=True,
                )
            )
        elif bid not in stopped and last.benefits.get(bid, ZERO) > 0:
            out.append(
                ThresholdText(
                    gettext(
                        "At full time (%(hours)s hours a week) you still get %(benefit_object)s of "
                        "%(amount)s a month.",
                        hours=number(full_time_hours, lang, 1),
                        benefit_object=benefit_form(bid, "object"),
                        amount=m(last.benefits[bid]),
                    ),
                    steady=True,
                )
            )
    return out


def thresholds_in_words(
    sweep: Any, full_time_hours: Decimal, currency: str, lang: str, falls: bool = True
) -> list[ThresholdText]:
    """The sweep's thresholds as sentences: where each benefit starts to fall and stops, and
    (with `falls`) every range where more work gives less money (neighbouring steps merged),
    naming the cause. The page tells the falls per whole hour instead (`cliffs_in_words`)."""
    if sweep is None:
        return []
    m = lambda x: money(x, currency, lang, whole=True)  # noqa: E731

    def hours(pct: Decimal) -> str:
        return number(full_time_hours * pct / 100, lang, 1)

    out: list[ThresholdText] = []
    fall_list: list[Any] = []
    # A benefit that falls and stops within one step stops at once (a pension that rests above
    # a limit): one sentence, not "starts to fall" and "stops" at the same earnings.
    stops = {t.benefit: t for t in sweep.thresholds if t.kind == "stops_at"}
    at_once = {
        t.benefit
        for t in sweep.thresholds
        if t.kind == "reduced_from" and t.benefit in stops and stops[t.benefit].percent == t.percent
    }
    for t in sweep.thresholds:
        your = benefit_form(t.benefit, "your", capital=True)
        if t.kind == "net_falls":
            if falls:
                fall_list.append(t)
            continue
        if t.kind != "reduced_from":
            continue  # a stop is told with the benefit's fall, in one sentence
        stop = stops.get(t.benefit)
        if t.benefit in at_once and stop is not None:
            text = (
                gettext(
                    "%(your_benefit)s stops at once when you earn more than %(earnings)s a month "
                    "(about %(hours)s hours a week at this wage): up to there it is paid in full.",
                    your_benefit=your,
                    earnings=m(stop.from_earnings),
                    hours=hours(stop.from_percent),
                )
                if stop.from_earnings > 0
                else gettext("%(your_benefit)s stops as soon as you work.", your_benefit=your)
            )
        elif stop is not None and t.from_earnings == 0:
            text = gettext(
                "%(your_benefit)s falls as soon as you work and stops above %(earnings)s a month (about "
                "%(hours)s hours a week at this wage).",
                your_benefit=your,
                earnings=m(stop.from_earnings),
                hours=hours(stop.from_percent),
            )
        elif stop is not None:
            text = gettext(
                "%(your_benefit)s starts to fall above %(from_earnings)s a month (about %(from_hours)s "
                "hours a week) and stops above %(earnings)s a month (about %(hours)s hours a week), at "
                "this wage.",
                your_benefit=your,
                from_earnings=m(t.from_earnings),
                from_hours=hours(t.from_percent),
                earnings=m(stop.from_earnings),
                hours=hours(stop.from_percent),
            )
        elif t.from_earnings == 0:
            text = gettext("%(your_benefit)s starts to fall as soon as you work.", your_benefit=your)
        else:
            text = gettext(
                "%(your_benefit)s starts to fall when you earn more than %(earnings)s a month "
                "(about %(hours)s hours a week at this wage).",
                your_benefit=your,
                earnings=m(t.from_earnings),
                hours=hours(t.from_percent),
            )
        out.append(ThresholdText(text))
    out.extend(_at_full_time(sweep, full_time_hours, m, lang))
    # merge neighbouring "more work, less money" steps into ranges
    ranges: list[list[Any]] = []
    for t in fall_list:
        if ranges and ranges[-1][-1].percent == t.from_percent:
            ranges[-1].append(t)
        else:
            ranges.append([t])
    by_cause: dict[str, list[tuple[Any, Any, Decimal]]] = {}
    for r in ranges:
        first, last = r[0], r[-1]
        causes: dict[str, Decimal] = {}
        for t in r:
            causes[t.benefit] = causes.get(t.benefit, ZERO) + (t.amount_before - t.amount_after)
        cause = max(causes, key=lambda k: causes[k])
        loss = first.amount_before - min(t.amount_after for t in r)
        by_cause.setdefault(cause, []).append((first, last, loss))
    for cause, items in by_cause.items():
        if len(items) == 1:
            first, last, loss = items[0]
            text = gettext(
                "Warning: between %(from_hours)s and %(to_hours)s hours a week (%(from_earnings)s to "
                "%(to_earnings)s a month) more work gives you less money: up to %(loss)s a month "
                "less. The cause is %(benefit)s, which falls by more than you earn extra.",
                from_hours=hours(first.from_percent),
                to_hours=hours(last.percent),
                from_earnings=m(first.from_earnings),
                to_earnings=m(last.earnings),
                loss=m(loss),
                benefit=benefit_form(cause, "name"),
            )
        else:
            text = gettext(
                "Warning: just above %(points)s hours a week, a little more work gives you less money "
                "(up to %(loss)s a month less each time). The cause is %(benefit)s, which falls in "
                "steps by more than you earn extra.",
                points=format_list([hours(f.from_percent) for f, _l, _x in items], locale=babel_locale(lang)),
                loss=m(max(x for _f, _l, x in items)),
                benefit=benefit_form(cause, "name"),
            )
        out.append(ThresholdText(text, "warning"))
    return out


def headline(o: Outcome, base: Outcome, lang: str, couple: bool = False) -> Sentence:
    """The one line above the table for the chosen scenario: hours and wage, the money a month,
    the change against not working and what is kept of 100 (the line DB101, Better Off and Kela
    lead with). With costs of working the money is what is left in hand after them."""
    cur = o.currency
    m = lambda x: money(x, cur, lang, whole=True)  # noqa: E731
    s = o.scenario
    costs = bool(o.costs or base.costs)
    total = o.in_hand if costs else o.net_income
    change = o.change_in_hand_vs_not_working if costs else o.change_vs_not_working
    if s.hours_per_week == 0 or change is None:
        if couple:
            text = gettext("Without work your household has %(total)s a month after tax.", total=m(total))
        else:
            text = gettext("Without work you have %(total)s a month after tax.", total=m(total))
        return Sentence(text, kind="total")
    title = scenario_title(o, lang)
    if costs and couple:
        text = gettext(
            "%(scenario)s: your household has %(total)s a month after tax and the costs of working.",
            scenario=title,
            total=m(total),
        )
    elif costs:
        text = gettext(
            "%(scenario)s: you have %(total)s a month after tax and the costs of working.",
            scenario=title,
            total=m(total),
        )
    elif couple:
        text = gettext(
            "%(scenario)s: your household has %(total)s a month after tax.", scenario=title, total=m(total)
        )
    else:
        text = gettext("%(scenario)s: you have %(total)s a month after tax.", scenario=title, total=m(total))
    if change > 0:
        text += " " + gettext("That is %(delta)s more than without work.", delta=m(change))
    elif change < 0:
        text += " " + gettext("That is %(delta)s less than without work.", delta=m(-change))
    else:
        text += " " + gettext("That is the same as without work.")
    kept = _kept_of_100(o, costs)
    if kept is not None:
        hundred = money(Decimal(100), cur, lang)
        if kept >= 0:
            text += " " + gettext(
                "Of every %(hundred)s you earn, you keep %(kept)s.",
                hundred=hundred,
                kept=money(kept, cur, lang),
            )
        else:
            text += " " + gettext(
                "For every %(hundred)s you earn you lose %(lost)s.",
                hundred=hundred,
                lost=money(-kept, cur, lang),
            )
    if o.uncertain_benefits:
        text += " " + gettext("Uncertain: see the amounts marked ? below.")
    return Sentence(text, kind="total" if change >= 0 else "warning")


@dataclass
class Cliff:
    """One step up the hours ladder that leaves the client with less money."""

    from_hours: Decimal
    to_hours: Decimal
    loss: Decimal
    text: str  # what happens: from which hour to which, how much less
    cause: str = ""  # which benefit (or the tax, or a cost) takes it
    rule: str = ""  # why, in the rule's own words
    cause_id: str = ""  # the benefit or cost id, or "tax"

    @property
    def why(self) -> str:
        return " ".join(x for x in (self.cause, self.rule) if x)


def _reason(before: Any, after: Any, currency: str, lang: str) -> str:
    """Why a benefit (or cost) changes at a cliff, in the rule's own words: the first step of the
    higher-hours calculation that takes another branch of the rule (a message the lower one does
    not have), else the first whose figures differ."""
    if before is None or after is None:
        return ""
    seen = {st.msg for st in before.steps}
    pairs = {st.msg: st.values for st in before.steps}
    branch = [st for st in after.steps if st.msg not in seen]
    changed = [st for st in after.steps if st.msg in pairs and pairs[st.msg] != st.values]
    pick = (branch or changed or [None])[0]
    if pick is None:
        return ""
    return message(pick.msg, pick.values, currency, lang) + (f" ({pick.law})" if pick.law else "")


def cliffs_in_words(points: list[Any], at: Any, currency: str, lang: str) -> list[Cliff]:
    """Each whole-hour step up the ladder after which the client has less money, in words: from
    which hour to which, how much less, which benefit (or the tax, or a cost) takes it, and why in
    the rule's words. `points`: the ladder (SweepPoint with in_hand); `at(hours)`: the full Outcome
    at those hours (for the rule's steps)."""
    m = lambda x: money(x, currency, lang, whole=True)  # noqa: E731
    out: list[Cliff] = []
    for prev, p in pairwise(points):
        a = prev.in_hand if prev.in_hand is not None else prev.net_income
        b = p.in_hand if p.in_hand is not None else p.net_income
        if b >= a:
            continue
        o_a, o_b = at(prev.hours_per_week), at(p.hours_per_week)
        drops: dict[str, Decimal] = {}
        for bid, amount in prev.benefits.items():
            drops[bid] = amount - p.benefits.get(bid, ZERO)
        for c in o_b.costs:
            drops[c.cost] = c.amount - (o_a.cost(c.cost).amount if o_a.cost(c.cost) else ZERO)
        drops["tax"] = p.tax - prev.tax
        cause = max(drops, key=lambda k: drops[k])
        hours = {
            "from_hours": number(prev.hours_per_week, lang, 1),
            "to_hours": number(p.hours_per_week, lang, 1),
            "loss": m(a - b),
            "before": m(a),
            "after": m(b),
        }
        first = gettext(
            "From %(from_hours)s h to %(to_hours)s h a week you have %(loss)s less a month "
            "(%(after)s instead of %(before)s).",
            **hours,
        )
        if cause == "tax":
            why = gettext("The cause: the tax rises by %(delta)s.", delta=m(drops["tax"]))
            reason = ""
        elif o_b.cost(cause) is not None:
            why = gettext(
                "The cause: %(cost)s rises by %(delta)s.", cost=benefit_name(cause), delta=m(drops[cause])
            )
            reason = _reason(o_a.cost(cause), o_b.cost(cause), currency, lang)
        else:
            why = gettext(
                "The cause: %(your_benefit)s falls by %(delta)s.",
                your_benefit=benefit_form(cause, "your"),
                delta=m(drops[cause]),
            )
            reason = _reason(o_a.benefit(cause), o_b.benefit(cause), currency, lang)
        out.append(Cliff(prev.hours_per_week, p.hours_per_week, a - b, first, why, reason, cause))
    return out


def cliffs_grouped(cliffs: list[Cliff], currency: str, lang: str) -> list[str]:
    """The cliffs for the client's summary: those with the same cause in one sentence ("One hour
    more gives less money at 0 → 1, 10 → 11 and 20 → 21 hours a week …"); a single one as it is."""
    by_cause: dict[str, list[Cliff]] = {}
    for c in cliffs:
        by_cause.setdefault(c.cause_id, []).append(c)
    out = []
    for cause, items in by_cause.items():
        if len(items) == 1:
            out.append(f"{items[0].text} {items[0].cause}")
            continue
        steps = format_list(
            [f"{number(c.from_hours, lang, 1)} → {number(c.to_hours, lang, 1)}" for c in items],
            locale=babel_locale(lang),
        )
        loss = money(max(c.loss for c in items), currency, lang, whole=True)
        text = gettext(
            "One hour more gives you less money at %(steps)s hours a week: up to %(loss)s a month less "
            "each time.",
            steps=steps,
            loss=loss,
        )
        if cause == "tax":
            why = gettext("The cause each time: the tax rises.")
        else:
            why = gettext(
                "The cause each time: %(your_benefit)s falls in a step.",
                your_benefit=benefit_form(cause, "your"),
            )
        out.append(f"{text} {why}")
    return out
