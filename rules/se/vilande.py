"""Vilande sjukersättning or aktivitetsersättning while working (SFB 36 kap. 10-18 §§).

After at least 12 months with SE/AE (10 §) the part of it declared vilande (1/4, 1/2, 3/4 or the
whole, 12 §) is not paid (11 §), but 25 % of that part is paid each month of work for up to 24
months (18 §); vilande lasts at most 24 months (14-15 §§), and the work shown cannot lead to a
reassessment (21, 23 §§). The client applies before starting (110 kap. 51 §). The 25 % is tax free
(IL 11 kap. 30 § tredje stycket).

How the work share maps to the vilande share (an assumption the client is told): 36 kap. 12 §
says FK considers the extent of the planned work. The part of the work beyond the uncompensated
share (work share - (1 - level)) is rounded UP to the next quarter (e.g. hel SE and 10 hours of a
40-hour week = 25 % -> 1/4 vilande; 12 hours = 30 % -> 1/2 vilande), never above the granted
level. FK's own guidance on intermediate hours was not found.
"""

from __future__ import annotations

from decimal import Decimal

from benefits_calc.rules.se.case import SjukersattningDecision

from benefits_calc.explain import N_, Notice, Step
from benefits_calc.money import ONE, ZERO, round_half_up
from benefits_calc.parameters import ParameterSet

QUARTERS = (Decimal("0.25"), Decimal("0.5"), Decimal("0.75"), ONE)


def share(work_share: Decimal, level: Decimal) -> Decimal:
    """The quarter of full compensation to declare vilande (see module docstring), 0 if none."""
    needed = work_share - (ONE - level)
    if needed <= 0:
        return ZERO
    for q in QUARTERS:
        if q >= needed:
            return min(q, level)
    return level


def calculate(
    decision: SjukersattningDecision, base: Decimal, work_share: Decimal, p: ParameterSet, benefit: str
) -> tuple[Decimal, list[Step], list[Notice], Decimal]:
    level = decision.share
    free = ONE - level
    needed = work_share - free
    vs = share(work_share, level)
    steps: list[Step] = [
        Step(
            "se.sjukersattning.vilande.share",
            {"work_share": work_share, "needed_share": needed, "free_share": free, "vilande_share": vs},
        )
    ]
    # The vilande part is that share of hel ersättning: today's amount / level × vilande share.
    vilande_month = base / level * vs
    remaining = base - vilande_month
    steps.append(
        Step(
            "se.sjukersattning.vilande.amount",
            {"vilande_month": vilande_month, "baseline_month": base, "remaining_month": remaining},
            ("se_vilande_max_months",),
        )
    )
    used = Decimal(decision.vilande_months_used)
    max_months = p.v("se_vilande_max_months")
    paid_max = p.v("se_vilande_paid_max_months")
    if used < paid_max:
        rate = p.v("se_vilande_paid_rate")
        kept = rate * vilande_month
        amount = round_half_up(remaining + kept)
        steps.append(
            Step(
                "se.sjukersattning.vilande.kept",
                {
                    "vilande_paid_rate": rate,
                    "vilande_month": vilande_month,
                    "kept_month": kept,
                    "remaining_month": remaining,
                    "amount_month": amount,
                },
                ("se_vilande_paid_rate", "se_vilande_paid_max_months"),
            )
        )
        tax_free = round_half_up(kept)
        steps.append(
            Step(
                "se.sjukersattning.vilande.kept_tax_free", {"tax_free_month": tax_free}, law="IL 11 kap. 30 §"
            )
        )
    else:
        tax_free = ZERO
        amount = round_half_up(remaining)
        steps.append(
            Step(
                "se.sjukersattning.vilande.no_kept",
                {"max_months": paid_max, "remaining_month": remaining, "amount_month": amount},
                ("se_vilande_paid_max_months",),
            )
        )
    left = max_months - used
    steps.append(
        Step(
            "se.sjukersattning.vilande.months_left",
            {"max_months": max_months, "used_months": used, "left_months": left},
            ("se_vilande_max_months",),
        )
    )
    notices = [
        Notice("se.sjukersattning.vilande.apply_first", {}, "warning", benefit),
        Notice("se.sjukersattning.vilande.protection", {}, "info", benefit),
        Notice("se.sjukersattning.vilande.after", {"left_months": left}, "info", benefit),
        Notice("se.sjukersattning.partiellt_vilande", {}, "info", benefit),
    ]
    if decision.kind == "aktivitetsersattning":
        notices.append(Notice("se.sjukersattning.vilande.after_ae", {}, "info", benefit))
    if vs != needed:
        notices.append(
            Notice(
                "se.sjukersattning.vilande.rounding_assumption",
                {"needed_share": needed, "vilande_share": vs},
                "info",
                benefit,
            )
        )
    return amount, steps, notices, tax_free


MESSAGES: dict[str, str] = {
    "se.sjukersattning.vilande.share": N_(
        "You work {work_share} of full time; {needed_share} of it is beyond the {free_share} your "
        "compensation leaves free. Försäkringskassan can declare {vilande_share} of full compensation "
        "vilande (resting), rounded up to the next quarter so that all the work is covered."
    ),
    "se.sjukersattning.vilande.amount": N_(
        "The vilande part, {vilande_month} a month, is not paid: {baseline_month} − {vilande_month} = "
        "{remaining_month} a month."
    ),
    "se.sjukersattning.vilande.kept": N_(
        "While you work, 25 % of the vilande part is still paid: {vilande_paid_rate} × {vilande_month} "
        "= {kept_month} a month. You get {remaining_month} + {kept_month} = {amount_month} a month, "
        "rounded to whole kronor."
    ),
    "se.sjukersattning.vilande.kept_tax_free": N_(
        "The 25 % paid of the vilande part, about {tax_free_month} a month, is tax free; the rest of the "
        "compensation is taxed as usual."
    ),
    "se.sjukersattning.vilande.no_kept": N_(
        "The 25 % of the vilande part is paid for at most {max_months} months; those months are used. "
        "You get {remaining_month} a month, rounded: {amount_month}."
    ),
    "se.sjukersattning.vilande.months_left": N_(
        "Vilande compensation lasts at most {max_months} months; you have used {used_months}, so "
        "{left_months} months are left."
    ),
    "se.sjukersattning.vilande.apply_first": N_(
        "Apply to Försäkringskassan for vilande compensation BEFORE you start working or increase your "
        "hours. Work done before the decision is not protected."
    ),
    "se.sjukersattning.vilande.protection": N_(
        "While it is vilande, the work you do cannot be used to reassess your compensation. If the work "
        "ends or does not work out, the full compensation is paid again."
    ),
    "se.sjukersattning.vilande.after": N_(
        "When the vilande time ends ({left_months} months from now at the latest), you either go back "
        "to the compensation you have today or, if you keep working, Försäkringskassan reassesses "
        "your work capacity and the compensation may be reduced or stopped."
    ),
    "se.sjukersattning.vilande.after_ae": N_(
        "For activity compensation: after the vilande time, the compensation is paid for 3 months "
        "without a new assessment, except for the part you still work."
    ),
    "se.sjukersattning.vilande.not_eligible_months": N_(
        "Vilande compensation needs at least {min_months} months with the compensation right before; "
        "you have had it for {received_months}. Working more than {free_share} of full time now can "
        "lead Försäkringskassan to reassess, reduce or stop the compensation and reclaim money."
    ),
    "se.sjukersattning.vilande.not_eligible_used": N_(
        "The {max_months} months of vilande compensation are used. Working more than {free_share} of "
        "full time can now lead Försäkringskassan to reassess, reduce or stop the compensation."
    ),
    "se.sjukersattning.vilande.rounding_assumption": N_(
        "Assumption: the vilande share is your work beyond the free share rounded up to a quarter of "
        "full time ({needed_share} -> {vilande_share}). Försäkringskassan decides the share from the "
        "work you plan; ask them before you start."
    ),
    "se.sjukersattning.partiellt_vilande": N_(
        "A law change in force from 1 June 2026 (SFS 2025:1475, 'partially vilande' compensation from "
        "the budget bill for 2026) lets the compensation be partly vilande also for studies, by the "
        "extent of the studies, and gives up to 12 instead of 6 months of activity compensation while "
        "trying to study. Vilande compensation because of work is unchanged, so this calculation is not "
        "affected."
    ),
    # steglös avräkning
}
