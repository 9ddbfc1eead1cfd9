"""Steglös avräkning: sjukersättning granted before July 2008 while working (SFB 37 kap.).

Each year, applied for before the work starts (37 kap. 3-4 §§): the SE is reduced by 50 % of the
reduceringsinkomst above a fribelopp (1 / 2,6 / 3,6 / 4,2 / 5,8 PBB for hel / 3/4 / 2/3 / 1/2 /
1/4 SE), first from the inkomstrelaterad part (6 §); no SE to the extent SE + reduceringsinkomst
exceeds 8 PBB (7 §). A preliminary amount (at most 12 months) is settled against the final
pensionsgrundande inkomst; differences under 1 200 kr are neither paid nor reclaimed (10-14 §§).
"""

from __future__ import annotations

from decimal import Decimal

from benefits_calc.rules.se.case import SjukersattningDecision

from benefits_calc.explain import N_, Notice, Step
from benefits_calc.money import TWELVE, ZERO, clamp0, month_of_year
from benefits_calc.parameters import ParameterSet


def calculate(
    decision: SjukersattningDecision, base: Decimal, earnings_month: Decimal, p: ParameterSet, benefit: str
) -> tuple[Decimal, list[Step], list[Notice]]:
    level = decision.share
    pbb = p.v("prisbasbelopp")
    steps: list[Step] = [Step("se.sjukersattning.steglos.intro", {})]
    r_year = earnings_month * TWELVE
    steps.append(
        Step(
            "se.sjukersattning.steglos.income",
            {"earnings_month": earnings_month, "reduceringsinkomst_year": r_year},
        )
    )
    factor = p.table("se_steglos_fribelopp_factor")[decision.level]
    fribelopp = factor * pbb
    steps.append(
        Step(
            "se.sjukersattning.steglos.fribelopp",
            {
                "level_share": level,
                "fribelopp_factor": factor,
                "prisbasbelopp": pbb,
                "fribelopp_year": fribelopp,
            },
            ("se_steglos_fribelopp_factor", "prisbasbelopp"),
        )
    )
    # Today's yearly amount: the monthly amount × 12 (the year rounded to a multiple of 12, 36:30).
    annual_before = base * TWELVE
    ir_before = min(decision.income_related_month * TWELVE, annual_before)
    if r_year <= fribelopp:
        reduction = ZERO
        steps.append(Step("se.sjukersattning.steglos.below", {"reduceringsinkomst_year": r_year}))
    else:
        rate = p.v("se_steglos_reduction_rate")
        reduction = rate * (r_year - fribelopp)
        values: dict[str, Decimal] = {
            "reduction_rate": rate,
            "reduceringsinkomst_year": r_year,
            "fribelopp_year": fribelopp,
            "reduction_year": reduction,
        }
        msg = "se.sjukersattning.steglos.reduction_garanti"
        if ir_before > 0:
            msg = "se.sjukersattning.steglos.reduction"
            values |= {"ir_before_year": ir_before, "ir_after_year": clamp0(ir_before - reduction)}
        steps.append(Step(msg, values, ("se_steglos_reduction_rate",)))
    annual_after = clamp0(annual_before - reduction)
    steps.append(
        Step(
            "se.sjukersattning.steglos.after_reduction",
            {
                "annual_before_year": annual_before,
                "reduction_year": reduction,
                "annual_after_year": annual_after,
            },
        )
    )
    ceiling_factor = p.v("se_steglos_ceiling_pbb")
    ceiling = ceiling_factor * pbb
    annual_capped = annual_after
    if annual_after + r_year > ceiling:
        annual_capped = clamp0(ceiling - r_year)
        steps.append(
            Step(
                "se.sjukersattning.steglos.ceiling",
                {
                    "ceiling_factor": ceiling_factor,
                    "ceiling_year": ceiling,
                    "annual_after_year": annual_after,
                    "reduceringsinkomst_year": r_year,
                    "annual_capped_year": annual_capped,
                },
                ("se_steglos_ceiling_pbb", "prisbasbelopp"),
            )
        )
    amount = month_of_year(annual_capped)  # SFB 36 kap. 30 §
    steps.append(
        Step(
            "se.sjukersattning.steglos.monthly", {"annual_capped_year": annual_capped, "amount_month": amount}
        )
    )
    notices = [
        Notice("se.sjukersattning.steglos.apply_every_year", {}, "warning", benefit),
        Notice(
            "se.sjukersattning.steglos.settlement",
            {"threshold": p.v("se_steglos_settlement_threshold")},
            "info",
            benefit,
        ),
        Notice("se.sjukersattning.steglos.assumptions", {}, "info", benefit),
    ]
    return amount, steps, notices


MESSAGES: dict[str, str] = {
    "se.sjukersattning.steglos.intro": N_(
        "Your sickness compensation was granted before July 2008, so the special rules for working "
        "(steglös avräkning) can apply: the compensation is reduced by half of your income above a "
        "free amount, computed for the whole year."
    ),
    "se.sjukersattning.steglos.income": N_(
        "Income that counts for the year: {earnings_month} a month × 12 = {reduceringsinkomst_year} "
        "(wages and similar income; the income-related part of the compensation does not count)."
    ),
    "se.sjukersattning.steglos.fribelopp": N_(
        "Free amount at the {level_share} level: {fribelopp_factor} × the price base amount "
        "{prisbasbelopp} = {fribelopp_year} a year."
    ),
    "se.sjukersattning.steglos.below": N_(
        "Your income, {reduceringsinkomst_year} a year, is not above the free amount: no reduction."
    ),
    "se.sjukersattning.steglos.reduction": N_(
        "Reduction: {reduction_rate} × ({reduceringsinkomst_year} − {fribelopp_year}) = "
        "{reduction_year} a year, taken first from the income-related part ({ir_before_year} -> "
        "{ir_after_year} a year)."
    ),
    "se.sjukersattning.steglos.reduction_garanti": N_(
        "Reduction: {reduction_rate} × ({reduceringsinkomst_year} − {fribelopp_year}) = "
        "{reduction_year} a year."
    ),
    "se.sjukersattning.steglos.after_reduction": N_(
        "Compensation for the year: {annual_before_year} − {reduction_year} = {annual_after_year}."
    ),
    "se.sjukersattning.steglos.ceiling": N_(
        "Compensation and income together may not exceed {ceiling_factor} price base amounts = "
        "{ceiling_year} a year. {annual_after_year} + {reduceringsinkomst_year} is above it, so the "
        "compensation is cut to {ceiling_year} − {reduceringsinkomst_year} = {annual_capped_year}."
    ),
    "se.sjukersattning.steglos.monthly": N_(
        "Per month: {annual_capped_year} / 12 = {amount_month} a month, rounded to whole kronor."
    ),
    "se.sjukersattning.steglos.apply_every_year": N_(
        "Apply to Försäkringskassan for this every year BEFORE the work starts that year. A late "
        "application is rejected and the ordinary rules apply instead: the compensation can then be "
        "reassessed."
    ),
    "se.sjukersattning.steglos.settlement": N_(
        "The amount is preliminary. When your income for the year is known from the tax assessment, "
        "Försäkringskassan sets the final amount: you get more or must pay back the difference; "
        "differences under {threshold} are neither paid nor reclaimed."
    ),
    "se.sjukersattning.steglos.assumptions": N_(
        "Assumptions: the same income every month of the whole year, no other income that counts "
        "(such as sick pay) and no livränta."
    ),
    "se.sjukersattning.steglos.no_vilande": N_(
        "For sickness compensation granted before July 2008 the vilande rules do not apply; the special "
        "rules for working (steglös avräkning) are used instead."
    ),
    "se.sjukersattning.steglos.not_applicable": N_(
        "Steglös avräkning applies only to sickness compensation granted before July 2008; the "
        "ordinary rules are used."
    ),
    # reporting duties
}
