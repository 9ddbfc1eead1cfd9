"""Ledighedsydelse from the kommune to a person visiteret til fleksjob who has no fleksjob: lov om
aktiv socialpolitik (LAS) kap. 7, §§ 74-74 i. A month.

- The amount is the afgørelse's: 89 % of the highest dagpenge for people who had sygedagpenge,
  revalidering or 9 months of fleksjob etc. when they were visiteret, otherwise the kontanthjælp
  level (LAS § 74 a, stk. 2). The step shows the 89 % level beside it.
- In a fleksjob (the work in the scenarios is a fleksjob) ledighedsydelse is not paid: pay and
  fleksløntilskud replace it (rules/dk/fleksjob.py).
- Other paid work (not a fleksjob) reduces it by 30 % of the pay up to the lønindtægtsgrænse and 55 %
  above it (LAS § 74 d, stk. 3). The spouse's income and formue do not count.

Rounding: the month is rounded to whole kroner, 50 øre up (the kommune's rounding was not found).
"""

from __future__ import annotations

from decimal import Decimal

from benefits_calc.rules.dk.case import LedighedsydelseDecision

from benefits_calc.explain import N_, Notice, ReportingDuty, Step
from benefits_calc.money import ZERO, clamp0, round_half_up
from benefits_calc.outcome import BenefitResult
from benefits_calc.parameters import ParameterSet

BENEFIT = "dk.ledighedsydelse"
AUTHORITY = "dk.kommune"

MESSAGES: dict[str, str] = {
    "dk.ly.base": N_(
        "Ledighedsydelse from your afgørelse: {base} a month (the highest level, {level_rate} of the highest "
        "dagpenge, is {level})."
    ),
    "dk.ly.in_fleksjob": N_("You work in a fleksjob: no ledighedsydelse is paid in this scenario."),
    "dk.ly.work": N_(
        "Your pay is {wage} a month before tax. {rate_below} of the pay up to {graense} ({below}) and "
        "{rate_above} of the pay above it ({above}) is deducted: {deduction} a month."
    ),
    "dk.ly.result": N_("Ledighedsydelse: {base} - {deduction} = {amount} a month."),
    "dk.ly.notice.not_fleksjob": N_(
        "The work here is treated as ordinary work beside ledighedsydelse, not a fleksjob. For a fleksjob, "
        "tick that the work is a fleksjob: then fleksløntilskud is calculated instead."
    ),
    "dk.ly.duty.what": N_("Any paid work, its hours and pay, and when a fleksjob starts."),
    "dk.ly.duty.when": N_("Before you start, and at once when something changes."),
    "dk.ly.duty.how": N_("To the jobcenter and the kommune's ydelseskontor."),
    "dk.ly.duty.consequence": N_(
        "Ledighedsydelse paid for a period you worked must be paid back (LAS § 91); knowingly withheld "
        "information can be reported to the police."
    ),
}


def calculate(
    decision: LedighedsydelseDecision,
    *,
    wage_month: Decimal,
    in_fleksjob: bool,
    p: ParameterSet,
) -> BenefitResult:
    """Ledighedsydelse a month: none while working in a fleksjob; reduced by other pay."""
    base = decision.amount_month
    rate = p.v("ly_share_of_max_dagpenge")
    level = round_half_up(rate * p.v("max_dagpenge_month"))
    steps: list[Step] = [
        Step(
            "dk.ly.base",
            {"base": base, "level_rate": rate, "level": level},
            ("ly_share_of_max_dagpenge", "max_dagpenge_month"),
            "LAS § 74 a, stk. 2",
        )
    ]
    notices: list[Notice] = []
    if wage_month > 0 and in_fleksjob:
        steps.append(Step("dk.ly.in_fleksjob", {}, law="LAS § 74"))
        return BenefitResult(BENEFIT, AUTHORITY, ZERO, True, steps, reported=base, notices=notices)
    deduction = ZERO
    if wage_month > 0:
        g = p.v("loenindtaegtsgraense_month")
        rates = p.table("ly_reduction_rates")
        below = (rates["below"] * min(wage_month, g)).quantize(Decimal("0.01"))
        above = (rates["above"] * clamp0(wage_month - g)).quantize(Decimal("0.01"))
        deduction = below + above
        steps.append(
            Step(
                "dk.ly.work",
                {
                    "wage": wage_month,
                    "rate_below": rates["below"],
                    "graense": g,
                    "below": below,
                    "rate_above": rates["above"],
                    "above": above,
                    "deduction": deduction,
                },
                ("ly_reduction_rates", "loenindtaegtsgraense_month"),
                "LAS § 74 d, stk. 3",
            )
        )
        notices.append(Notice("dk.ly.notice.not_fleksjob", {}, "info", BENEFIT))
    amount = round_half_up(clamp0(base - deduction))
    steps.append(Step("dk.ly.result", {"base": base, "deduction": deduction, "amount": amount}))
    return BenefitResult(BENEFIT, AUTHORITY, amount, True, steps, reported=base, notices=notices)


def reporting_duties(decision: LedighedsydelseDecision) -> list[ReportingDuty]:
    """What to tell the kommune (retssikkerhedsloven § 11; LAS § 91)."""
    return [ReportingDuty.of(BENEFIT, AUTHORITY, "dk.ly.duty", "Retssikkerhedsloven § 11; LAS §§ 74 d, 91")]
