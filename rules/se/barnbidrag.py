"""Barnbidrag and flerbarnstillägg (socialförsäkringsbalken, SFB 15-16 kap.), Försäkringskassan.

- Allmänt barnbidrag: a fixed amount a month per child, until the quarter in which the child turns 16
  (SFB 15 kap. 3-4 §§).
- Flerbarnstillägg for two or more children, by the number of children (SFB 15 kap. 8 §): 150 kr for the
  2nd child, 580 kr for the 3rd, 1 010 kr for the 4th and 1 250 kr for the 5th and every further child.
- Växelvis boende (the child lives with both parents): half the barnbidrag to each parent (16 kap. 7 §);
  the flerbarnstillägg is then computed per parent as flerbarnstillägg(n) / n x (children with whole
  barnbidrag + 0.5 x children with half), n = the children the parent gets barnbidrag for (16 kap. 15-17 §§).
- Paid monthly; the monthly amount is rounded up to the next whole krona (16 kap. 20 §).
- Tax free, not income-tested: it does not change with work.

The household's children are taken as one recipient unit (the client and a partner count their
children together, 15 kap. 12 §). Out of scope: förlängt barnbidrag (a child of 16 or more still in
grundskola, 15 kap. 5-7 §§), studiebidrag from CSN, and children of 16-19 in upper secondary school who
still count for the flerbarnstillägg (15 kap. 9 § 3, 11 §): a notice says so.
"""

from __future__ import annotations

from decimal import Decimal

from benefits_calc.rules.se.case import Child

from benefits_calc.explain import N_, Notice, ReportingDuty, Step
from benefits_calc.money import ZERO, ceil_to
from benefits_calc.outcome import BenefitResult
from benefits_calc.parameters import ParameterSet

BENEFIT = "se.barnbidrag"
AUTHORITY = "se.forsakringskassan"
AGE_LIMIT = 16  # allmänt barnbidrag until the quarter the child turns 16 (SFB 15 kap. 4 §)
HALF = Decimal("0.5")
CENT = Decimal("0.01")

MESSAGES: dict[str, str] = {
    "se.barnbidrag.full": N_(
        "Barnbidrag for {full_count} child(ren) under 16 living with you: {full_count} x {amount_per_child} "
        "= {full_total} a month."
    ),
    "se.barnbidrag.half": N_(
        "{half_count} child(ren) living with you half of the time (växelvis boende) give half the "
        "barnbidrag each: {half_count} x {half_per_child} = {half_total} a month."
    ),
    "se.barnbidrag.flerbarn": N_(
        "Flerbarnstillägg for {children_count} children: {flerbarnstillagg} a month."
    ),
    "se.barnbidrag.flerbarn_split": N_(
        "Flerbarnstillägg for {children_count} children is {flerbarnstillagg_full} a month. Shared per "
        "child, with a half share for a child living here half of the time: {flerbarnstillagg_full} / "
        "{children_count} x {child_units_factor} = {flerbarnstillagg} a month."
    ),
    "se.barnbidrag.total": N_(
        "Barnbidrag and flerbarnstillägg together: {total} a month, tax free (rounded up to whole kronor)."
    ),
    "se.barnbidrag.none": N_("No child under 16 lives with you: no barnbidrag."),
    "se.barnbidrag.not_income_tested": N_("Barnbidrag does not change when you work or earn more."),
    "se.barnbidrag.notice.older_children": N_(
        "{older_count} child(ren) aged 16 or more are not counted. Förlängt barnbidrag (a child still "
        "in grundskola) and studiebidrag from CSN are not calculated here. A child in upper secondary "
        "school can still count for the flerbarnstillägg: ask Försäkringskassan."
    ),
    "se.barnbidrag.notice.age_16": N_(
        "Barnbidrag stops after the quarter in which a child turns 16: a child who is 15 now will "
        "soon stop counting."
    ),
    "se.barnbidrag.duty.what": N_(
        "Changes in who the children live with (including växelvis boende starting or ending), custody, "
        "or a move abroad by you or a child."
    ),
    "se.barnbidrag.duty.when": N_("As soon as the change happens."),
    "se.barnbidrag.duty.how": N_("Tell Försäkringskassan on Mina sidor or by phone."),
    "se.barnbidrag.duty.consequence": N_(
        "Barnbidrag paid when you were not entitled to it is claimed back. Work and income do not "
        "need to be reported for barnbidrag."
    ),
}


def flerbarnstillagg_total(children_count: int, p: ParameterSet) -> Decimal:
    """Flerbarnstillägg a month for `children_count` children (SFB 15 kap. 8 §)."""
    steps = p.table("barnbidrag_flerbarnstillagg_step")
    total = ZERO
    for nth in range(2, children_count + 1):
        total += steps[str(min(nth, 5))]
    return total


def calculate(children: list[Child], *, p: ParameterSet) -> BenefitResult:
    """Barnbidrag + flerbarnstillägg a month for the household's children (SFB 15-16 kap.)."""
    eligible = [c for c in children if c.age < AGE_LIMIT]
    older = [c for c in children if c.age >= AGE_LIMIT]
    notices: list[Notice] = []
    if older:
        notices.append(
            Notice("se.barnbidrag.notice.older_children", {"older_count": len(older)}, benefit=BENEFIT)
        )
    if any(c.age == AGE_LIMIT - 1 for c in eligible):
        notices.append(Notice("se.barnbidrag.notice.age_16", {}, benefit=BENEFIT))
    if not eligible:
        steps = [Step("se.barnbidrag.none", {})] if children else []
        return BenefitResult(BENEFIT, AUTHORITY, ZERO, False, steps, notices=notices)

    per_child = p.v("barnbidrag_month")
    full_count = sum(1 for c in eligible if not c.alternating_residence)
    half_count = len(eligible) - full_count
    n = len(eligible)
    steps: list[Step] = []

    full_total = per_child * full_count
    if full_count:
        steps.append(
            Step(
                "se.barnbidrag.full",
                {"full_count": full_count, "amount_per_child": per_child, "full_total": full_total},
                ("barnbidrag_month",),
            )
        )
    half_per_child = (per_child * HALF).quantize(CENT)
    half_total = half_per_child * half_count
    if half_count:
        steps.append(
            Step(
                "se.barnbidrag.half",
                {"half_count": half_count, "half_per_child": half_per_child, "half_total": half_total},
                ("barnbidrag_month",),
            )
        )

    fbt_full = flerbarnstillagg_total(n, p)
    if half_count == 0:
        fbt = fbt_full
        if n >= 2:
            steps.append(
                Step(
                    "se.barnbidrag.flerbarn",
                    {"children_count": n, "flerbarnstillagg": fbt},
                    ("barnbidrag_flerbarnstillagg_step",),
                )
            )
    else:
        # SFB 16 kap. 16-17 §§: the tillägg for n children / n, times whole + 0.5 x half children.
        units = Decimal(full_count) + HALF * half_count
        fbt = fbt_full / n * units
        if n >= 2:
            steps.append(
                Step(
                    "se.barnbidrag.flerbarn_split",
                    {
                        "children_count": n,
                        "flerbarnstillagg_full": fbt_full,
                        "child_units_factor": units,
                        "flerbarnstillagg": fbt.quantize(CENT),
                    },
                    ("barnbidrag_flerbarnstillagg_step",),
                )
            )

    # SFB 16 kap. 20 §: the monthly amount is rounded up to the next whole krona.
    total = ceil_to(full_total + half_total + fbt, 1)
    steps.append(Step("se.barnbidrag.total", {"total": total}))
    steps.append(Step("se.barnbidrag.not_income_tested", {}))
    return BenefitResult(BENEFIT, AUTHORITY, total, False, steps, notices=notices)


def reporting_duties(children: list[Child]) -> list[ReportingDuty]:
    """What to tell Försäkringskassan about barnbidrag (SFB 110 kap. 46 §; återkrav 108 kap. 2 §)."""
    if not children:
        return []
    return [
        ReportingDuty.of(
            BENEFIT,
            AUTHORITY,
            "se.barnbidrag.duty",
            "SFB 110 kap. 46 §; SFB 108 kap. 2 §; SFB 16 kap. 7-8 §§",
        )
    ]
