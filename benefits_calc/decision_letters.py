"""Start from the decision letter: what the client is paid today is the starting point.

The counsellor types each benefit's amount from today's decision letter (`BenefitResult.reported`).
When not working, the benefit is paid as reported; a scenario changes it by what the rules change:

    amount(x) = modelled(x) + (reported - modelled(0 hours))

and a difference between the reported and the modelled amount today is shown (a mismatch), never
hidden. Three limits (DESIGN.md, "The decision letter has limits"):

* the rules stop the benefit in the scenario (modelled(x) = 0 while modelled(0) > 0): it stops;
* a hard condition of the law fails (`BenefitResult.excluded`): 0 in every scenario, also when
  not working, with a notice that the authority will stop it and may reclaim what was paid;
* the rules give 0 today for another reason: the reported amount is kept, with a danger notice,
  and marked `uncertain` in every working scenario, so no page sums it silently.

The engine learns the differences in a not-working run of the pipeline (`learning=True`) and
applies them in every scenario of the same case and rule date.
"""

from __future__ import annotations

from decimal import Decimal

from benefits_calc.explain import N_, Notice, Step
from benefits_calc.money import TWELVE, ZERO, clamp0
from benefits_calc.outcome import BenefitResult

MESSAGES = {
    "engine.adjust.reported": N_(
        "Today's decision letter says {reported} a month; the rules give {modelled_today}. The "
        "difference ({offset}) is kept in this scenario: {modelled} + ({offset}) = {amount}."
    ),
    "engine.adjust.not_modelled": N_(
        "Today's decision letter says {reported} a month, but the rules, with what was entered, give "
        "nothing. This calculation cannot show how work changes it: it is shown unchanged, but it may "
        "fall or stop when you work. Check the entries and ask the authority."
    ),
    "engine.adjust.excluded": N_(
        "The decision letter says {reported} a month, but by the rules it cannot be paid in your "
        "situation (see how it is calculated), so it is counted as 0 in every scenario. "
        "{authority_id} will stop it when they learn of this and may reclaim what has been paid: "
        "contact them."
    ),
    "engine.adjust.held": N_(
        "In this month {reported} a month is still paid, as today's decision says: the authority "
        "reviews it from a later month (the rules give {modelled} with the new income)."
    ),
    "engine.baseline_mismatch": N_(
        "Today's {benefit_id} according to the decision letter is {reported} a month; the "
        "calculation gives {modelled}. Check the decision letter; the difference is carried into "
        "every scenario."
    ),
}


class DecisionLetters:
    """The reported-minus-modelled difference per benefit, learnt when not working."""

    __slots__ = ("modelled_today", "offset")

    def __init__(self) -> None:
        self.offset: dict[str, Decimal] = {}
        self.modelled_today: dict[str, Decimal] = {}

    def apply(self, r: BenefitResult, *, learning: bool, working: bool, held: bool = False) -> BenefitResult:
        """The benefit as paid in the scenario, starting from the decision letter (see module).
        `held`: the decision's amount is still paid this month (reviewed from a later month)."""
        if r.reported is None:
            return r
        if held and not learning and not r.excluded:
            r.steps.append(Step("engine.adjust.held", {"reported": r.reported, "modelled": r.amount}))
            r.amount = r.reported
            r.tax_free = min(r.tax_free, r.amount)
            return r
        if r.excluded:
            if r.reported > 0:
                r.notices.append(
                    Notice(
                        "engine.adjust.excluded",
                        {"reported": r.reported, "authority_id": r.authority},
                        "danger",
                        r.benefit,
                    )
                )
            return r
        modelled = r.amount
        if learning:
            self.offset[r.benefit] = r.reported - modelled
            self.modelled_today[r.benefit] = modelled
        off = self.offset.get(r.benefit, ZERO)
        if off == 0:
            return r
        m0 = self.modelled_today.get(r.benefit, ZERO)
        amount = ZERO if (modelled == 0 and m0 > 0) else clamp0(modelled + off)
        r.steps.append(
            Step(
                "engine.adjust.reported",
                {
                    "reported": r.reported,
                    "modelled_today": m0,
                    "offset": off,
                    "modelled": modelled,
                    "amount": amount,
                },
            )
        )
        r.amount = amount
        r.tax_free = min(r.tax_free, amount)
        r.notices = [n for n in (_restate(n, r.reported, amount) for n in r.notices) if n is not None]
        if m0 == 0 and not learning:
            # The rules give nothing today, so they cannot say when the reported amount falls or
            # stops: the amount kept is marked uncertain wherever it is shown.
            r.notices.append(
                Notice("engine.adjust.not_modelled", {"reported": r.reported}, "danger", r.benefit)
            )
            r.uncertain = working and amount > 0  # not working, it is what the letter says is paid
        return r

    def mismatches(self) -> list[Notice]:
        """A warning per benefit whose reported amount differs from the rules today (1 or more)."""
        return [
            Notice(
                "engine.baseline_mismatch",
                {
                    "benefit_id": bid,
                    "reported": self.modelled_today[bid] + off,
                    "modelled": self.modelled_today[bid],
                },
                severity="warning",
                benefit=bid,
            )
            for bid, off in self.offset.items()
            if abs(off) >= 1
        ]


def _restate(n: Notice, reported: Decimal, amount: Decimal) -> Notice | None:
    """A rule's notice that compares its modelled amount with the reported one (e.g. bostadsbidrag's
    repayment risk: values `reported_month`, `amount_month`, maybe `repayment_year`) is restated
    with the adjusted amount, or dropped when it no longer holds."""
    if "reported_month" not in n.values or "amount_month" not in n.values:
        return n
    if amount == reported or ("repayment_year" in n.values) != (amount < reported):
        return None
    values = dict(n.values)
    values["amount_month"] = amount
    if "repayment_year" in values:
        values["repayment_year"] = TWELVE * (reported - amount)
    return Notice(n.msg, values, n.severity, n.benefit)
