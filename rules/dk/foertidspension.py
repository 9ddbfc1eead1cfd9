"""Førtidspension (ny ordning, granted from 1.1.2003) from Udbetaling Danmark: lov om social pension
(PL) §§ 32 a-32 c, 49. Computed for the year, paid a month.

    indtægtsgrundlag = own income + the spouse's part            (PL § 32 a)
      own income     = pay after AM-bidrag and ATP + other taxable income (pensions, …)
      spouse's part  = 0 for an enlig; a spouse's (or cohabitant's) pay, dagpenge, sygedagpenge and
                       efterløn do not count (since 2023); of the spouse's other income, a spouse who
                       is not a pensioner has the first 285.480 kr (2025) disregarded and counts at most
                       292.800 kr; a spouse who is a pensioner counts at most the pensioner maximum
    reduction        = 30 % of (indtægtsgrundlag - fradrag), 15 % when the spouse is also a pensioner
                       (PL § 32 c); fradrag 90.000 kr enlig / 143.000 kr a couple (2025)
    førtidspension   = full amount (enlig / gift-samlevende) - reduction, never below 0

Official worked example (borger.dk, 2025, spouse not a pensioner, own private pension 126.000, spouse's
other income 350.506): 350.506 - 285.480 = 65.026; + 126.000 = 191.026; - 143.000 = 48.026;
30 % = 14.407,8 -> 14.408; 215.256 - 14.408 = 200.848 kr a year.
https://borger.dk/pension-og-efterloen/foertidspension-oversigt/foertidspension-nye-regler/foertidspension-aegtefaelle-arbejder

Rounding: the reduction to whole kroner, 50 øre up (as the worked example); the month is the year / 12
to whole kroner, 50 øre up. Udbetaling Danmark computes on the expected income of the year (the
forskudsopgørelse), recomputes during the year when the monthly income exceeds the basis used, and
settles after the year (efterregulering): notices say so.
Not modelled: the old scheme (granted before 2003: the afgørelse's amount is kept and marked uncertain),
brøkpension (fewer years of residence), the pensioner's ATP share, capital income, the minimum amount.
"""

from __future__ import annotations

from decimal import Decimal

from benefits_calc.rules.dk.case import FoertidspensionDecision

from benefits_calc.explain import N_, Notice, ReportingDuty, Step
from benefits_calc.money import TWELVE, ZERO, clamp0, round_half_up
from benefits_calc.outcome import BenefitResult
from benefits_calc.parameters import ParameterSet

BENEFIT = "dk.foertidspension"
AUTHORITY = "dk.udbetaling_danmark"
LAW = "PL §§ 32 a, 32 c"

MESSAGES: dict[str, str] = {
    "dk.fp.old_scheme": N_(
        "Førtidspension granted before 2003 (the old scheme) is not calculated here: the amount on your "
        "afgørelse is shown unchanged."
    ),
    "dk.fp.full_enlig": N_("Full førtidspension for a single person: {full_year} a year."),
    "dk.fp.full_par": N_(
        "Full førtidspension for a person who is married or lives with a partner: {full_year} a year."
    ),
    "dk.fp.own_income": N_(
        "Your own income for the year: pay after ATP and AM-bidrag {pay_year} + other taxable income "
        "{other_year} = {own_year}."
    ),
    "dk.fp.spouse_work": N_("Your spouse's or partner's pay, dagpenge and sygedagpenge do not count."),
    "dk.fp.spouse": N_(
        "Your spouse's or partner's other income, {spouse_income} a year: the first {disregard} do not "
        "count, "
        "and at most {spouse_max} counts: {spouse_part}."
    ),
    "dk.fp.spouse_pensioner": N_(
        "Your spouse or partner is also a pensioner: their other income, {spouse_income} a year, counts up "
        "to "
        "{spouse_max}: {spouse_part}."
    ),
    "dk.fp.grundlag": N_(
        "Income that counts: {own_year} + {spouse_part} = {grundlag} a year. The first {fradrag} do not "
        "reduce the pension; {above} does."
    ),
    "dk.fp.reduction": N_("The pension falls by {reduction_rate} of {above} = {reduction} a year."),
    "dk.fp.no_reduction": N_("The income is below {fradrag} a year: the pension is not reduced."),
    "dk.fp.result": N_(
        "Førtidspension: {full_year} - {reduction} = {amount_year} a year, {amount} a month (before tax)."
    ),
    "dk.fp.notice.auto_recalc": N_(
        "Udbetaling Danmark uses the income on your forskudsopgørelse. If your pay in a month is higher than "
        "the income they used, Skattestyrelsen tells them automatically and the pension is recalculated from "
        "the next payment. Update the forskudsopgørelse before you start, so the pension is right from the "
        "start."
    ),
    "dk.fp.notice.efterregulering": N_(
        "After the year Udbetaling Danmark settles the pension against your actual income (efterregulering): "
        "if you earned more than the pension was paid for, you must pay the difference back."
    ),
    "dk.fp.notice.frakendelse": N_(
        "If your ability to work improves so much that you can support yourself by work over time, the "
        "kommune can decide that the pension ends or rests (hvilende) (PL § 44); after age 60 not without "
        "your consent. A job of a few hours does not in itself do that, but talk to the kommune first."
    ),
    "dk.fp.notice.stops": N_(
        "At this income the førtidspension is reduced to nothing. That is not the same as losing the right "
        "to it, which only the kommune can decide (PL § 44), but ask Udbetaling Danmark and the kommune "
        "what it means for you before you take the job."
    ),
    "dk.fp.notice.not_modelled": N_(
        "Not included: the ATP contribution drawn from the pension, capital income, and a reduced pension "
        "for fewer years in Denmark (brøkpension). The afgørelse's amount is the starting point."
    ),
    "dk.fp.duty.what": N_(
        "Your expected income for the year (pay from a new job, changed hours), and changes in civil status, "
        "cohabitation or address; stays of more than 2 months outside the EU/EEA."
    ),
    "dk.fp.duty.when": N_("Before you start work, and at once when something changes."),
    "dk.fp.duty.how": N_(
        "Update the forskudsopgørelse on skat.dk (Udbetaling Danmark gets it automatically); tell Udbetaling "
        "Danmark (borger.dk / Min side) about other changes."
    ),
    "dk.fp.duty.consequence": N_(
        "Pension paid on too low an income is claimed back after the year (efterregulering); pension "
        "received when you knew you were not entitled to it must be paid back (PL § 42)."
    ),
}


def spouse_part(
    spouse_nonwork_year: Decimal, *, pensioner: bool, p: ParameterSet
) -> tuple[Decimal, Decimal, Decimal]:
    """(the spouse's part of the indtægtsgrundlag, the disregard used, the maximum) a year."""
    maxima = p.table("fp_spouse_max_year")
    if pensioner:
        cap = maxima["pensioner"]
        return min(spouse_nonwork_year, cap), ZERO, cap
    disregard = p.v("fp_spouse_disregard_year")
    cap = maxima["not_pensioner"]
    return min(clamp0(spouse_nonwork_year - disregard), cap), disregard, cap


def calculate(
    decision: FoertidspensionDecision,
    *,
    couple: bool,
    spouse_is_pensioner: bool,
    pay_after_am_year: Decimal,
    other_income_year: Decimal,
    spouse_nonwork_income_year: Decimal,
    working: bool,
    p: ParameterSet,
) -> BenefitResult:
    """Førtidspension a month in the scenario (see the module docstring). `pay_after_am_year`: the
    client's pay after ATP and AM-bidrag for the year; `other_income_year`: the client's other
    taxable income (pensions …); `spouse_nonwork_income_year`: the spouse's income other than pay,
    dagpenge, sygedagpenge and efterløn, without the spouse's own social pension."""
    notices: list[Notice] = [Notice("dk.fp.notice.not_modelled", {}, "info", BENEFIT)]
    if decision.granted_before_2003:
        steps = [Step("dk.fp.old_scheme", {})]
        return BenefitResult(BENEFIT, AUTHORITY, ZERO, True, steps, "year", decision.amount_month, notices)
    full = p.v("fp_full_par_year" if couple else "fp_full_enlig_year")
    steps: list[Step] = [
        Step(
            "dk.fp.full_par" if couple else "dk.fp.full_enlig",
            {"full_year": full},
            ("fp_full_par_year" if couple else "fp_full_enlig_year",),
            "PL § 49, stk. 1, nr. 9",
        )
    ]
    own = pay_after_am_year + other_income_year
    steps.append(
        Step(
            "dk.fp.own_income",
            {"pay_year": pay_after_am_year, "other_year": other_income_year, "own_year": own},
        )
    )
    part = ZERO
    if couple:
        steps.append(Step("dk.fp.spouse_work", {}, law="PL § 32 a"))
        part, disregard, cap = spouse_part(spouse_nonwork_income_year, pensioner=spouse_is_pensioner, p=p)
        if spouse_nonwork_income_year > 0:
            if spouse_is_pensioner:
                steps.append(
                    Step(
                        "dk.fp.spouse_pensioner",
                        {"spouse_income": spouse_nonwork_income_year, "spouse_max": cap, "spouse_part": part},
                        ("fp_spouse_max_year",),
                        "PL § 49, stk. 1, nr. 12",
                    )
                )
            else:
                steps.append(
                    Step(
                        "dk.fp.spouse",
                        {
                            "spouse_income": spouse_nonwork_income_year,
                            "disregard": disregard,
                            "spouse_max": cap,
                            "spouse_part": part,
                        },
                        ("fp_spouse_disregard_year", "fp_spouse_max_year"),
                        "PL § 49, stk. 1, nr. 10 and 12",
                    )
                )
    fradrag_name = "fp_fradrag_par_year" if couple else "fp_fradrag_enlig_year"
    fradrag = p.v(fradrag_name)
    grundlag = own + part
    above = clamp0(grundlag - fradrag)
    reduction = ZERO
    if above > 0:
        steps.append(
            Step(
                "dk.fp.grundlag",
                {
                    "own_year": own,
                    "spouse_part": part,
                    "grundlag": grundlag,
                    "fradrag": fradrag,
                    "above": above,
                },
                (fradrag_name,),
                "PL § 49, stk. 1, nr. 11",
            )
        )
        rates = p.table("fp_reduction_rate")
        rate = rates["spouse_pensioner"] if (couple and spouse_is_pensioner) else rates["standard"]
        reduction = round_half_up(rate * above)
        steps.append(
            Step(
                "dk.fp.reduction",
                {"reduction_rate": rate, "above": above, "reduction": reduction},
                ("fp_reduction_rate",),
                "PL § 32 c, stk. 1",
            )
        )
    else:
        steps.append(Step("dk.fp.no_reduction", {"fradrag": fradrag}, (fradrag_name,)))
    year = clamp0(full - reduction)
    amount = round_half_up(year / TWELVE)
    steps.append(
        Step(
            "dk.fp.result", {"full_year": full, "reduction": reduction, "amount_year": year, "amount": amount}
        )
    )
    notices.append(Notice("dk.fp.notice.efterregulering", {}, "warning", BENEFIT))
    if working:
        notices.append(Notice("dk.fp.notice.auto_recalc", {}, "warning", BENEFIT))
        notices.append(Notice("dk.fp.notice.frakendelse", {}, "warning", BENEFIT))
    if working and amount == 0:
        notices.append(Notice("dk.fp.notice.stops", {}, "danger", BENEFIT))
    return BenefitResult(
        BENEFIT, AUTHORITY, amount, True, steps, "year", decision.amount_month, notices, year_amount=year
    )


def reporting_duties(decision: FoertidspensionDecision) -> list[ReportingDuty]:
    """What to tell Udbetaling Danmark (PL §§ 41-42, 41 a; lov om Udbetaling Danmark §§ 4-5)."""
    return [
        ReportingDuty.of(
            BENEFIT,
            AUTHORITY,
            "dk.fp.duty",
            "PL §§ 41, 41 a, 42; lov om Udbetaling Danmark §§ 4-5",
        )
    ]
