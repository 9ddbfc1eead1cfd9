"""Fleksløntilskud from the kommune to a person in a fleksjob: lov om en aktiv beskæftigelsesindsats
(LAB) kap. 20, §§ 123-125, and bekendtgørelse nr. 227 af 07.03.2024 om beregning af og fradrag i
fleksløntilskud. A month.

The employer pays for the hours worked; the kommune adds fleksløntilskud (LAB § 125; STAR's
calculator and worked example, https://star.dk/til-borgere/revalidering-fleksjob-og-ressourceforloebsydelse/beregn-loen-i-fleksjob/?salary=200&workHours=18):

    L         = the month's pay incl. the pension contributions (the employer's is added here)
    maximum   = 98 % of the highest dagpenge a month, rounded to whole kroner (2024: 19.952)
    tilskud   = maximum - 30 % of L up to the lønindtægtsgrænse G - 55 % of L above G
    lønloft   = pay + tilskud may not exceed the pay for the same job at full time (incl. pension)

STAR's example (2024: maximum 19.952, G 16.323): 200 kr an hour incl. pension, 18 hours a week ->
L = 18 × 200 × 52 / 12 = 15.600; tilskud = 19.952 - 0,30 × 15.600 = 15.272 kr; pay + tilskud = 30.872.

Rounding: the tilskud is rounded to whole kroner, 50 øre up (as STAR's calculator shows it). The
kommune computes each month's tilskud from the previous month's pay (the same every month here).
No pay, no tilskud (it supplements a wage). Not modelled: other wage income and holiday pay in the
month, the ATP contribution on the tilskud (up to 5 %, at most 500 kr a month), sickness in the job.
Tax: fleksløntilskud is taxed as personal income without AM-bidrag (assumed; not confirmed).
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from benefits_calc.rules.dk.case import FleksjobDecision

from benefits_calc.explain import N_, Notice, ReportingDuty, Step
from benefits_calc.models import WEEKS_PER_MONTH
from benefits_calc.money import HUNDRED, ONE, ZERO, clamp0, round_half_up
from benefits_calc.outcome import BenefitResult
from benefits_calc.parameters import ParameterSet

BENEFIT = "dk.fleksloentilskud"
AUTHORITY = "dk.kommune"
LAW = "LAB § 125; BEK nr. 227 af 07.03.2024"

MESSAGES: dict[str, str] = {
    "dk.flex.no_pay": N_("No pay in this scenario: fleksløntilskud is paid only on top of a wage."),
    "dk.flex.pay": N_(
        "Your pay in the fleksjob is {wage} a month; with the employer's pension ({pension_rate}) it counts "
        "as {pay_counted}."
    ),
    "dk.flex.maximum": N_(
        "The most fleksløntilskud can be is {max_rate} of the highest dagpenge ({max_dagpenge}) = "
        "{maximum} a month."
    ),
    "dk.flex.reduction": N_(
        "It falls by {rate_below} of the pay up to {graense} ({below}) and {rate_above} of the pay above "
        "it ({above}): {maximum} - {reduction} = {tilskud} a month."
    ),
    "dk.flex.loft": N_(
        "Pay and tilskud together may not exceed the full-time pay in the job, {loft} a month "
        "({full_time_hours} hours a week): the tilskud is at most {loft} - {pay_counted} = {tilskud} a month."
    ),
    "dk.flex.loft_reached": N_(
        "Your pay, {pay_counted} a month, is more than the full-time pay in the job, {loft} a month "
        "({full_time_hours} hours a week), which pay and tilskud together may not exceed: no tilskud."
    ),
    "dk.flex.notice.previous_month": N_(
        "The kommune calculates each month's fleksløntilskud from the previous month's pay; a month with "
        "less pay gives more tilskud the month after, and the other way round."
    ),
    "dk.flex.notice.atp_tax": N_(
        "Not deducted here: the ATP contribution on the tilskud (up to 5 %, at most 500 kr a month). The "
        "tilskud is counted as taxable income without AM-bidrag (not confirmed in an official source)."
    ),
    "dk.flex.notice.ledighedsydelse_stops": N_(
        "While you work in the fleksjob, ledighedsydelse is not paid: you get pay and fleksløntilskud "
        "instead."
    ),
    "dk.flex.duty.what": N_(
        "Your pension percentage (your own and the employer's), other pay or income, holiday pay, sickness, "
        "and any change in hours or pay."
    ),
    "dk.flex.duty.when": N_("When the fleksjob starts, and at once when something changes."),
    "dk.flex.duty.how": N_(
        "To the kommune's ydelseskontor (send a pay slip with the pension); the kommune reads your pay in "
        "eIndkomst each month."
    ),
    "dk.flex.duty.consequence": N_(
        "Too much fleksløntilskud must be paid back; the kommune can also stop it until it has the "
        "information."
    ),
}


def tilskud(
    pay_counted: Decimal, loft: Decimal, maximum: Decimal, g: Decimal, r_below: Decimal, r_above: Decimal
) -> tuple[Decimal, Decimal, Decimal, Decimal]:
    """(tilskud before the lønloft, the reduction below G, above G, the tilskud after the lønloft),
    all a month; the tilskud rounded to whole kroner (LAB § 125)."""
    below = (r_below * min(pay_counted, g)).quantize(Decimal("0.01"))
    above = (r_above * clamp0(pay_counted - g)).quantize(Decimal("0.01"))
    before_loft = round_half_up(clamp0(maximum - below - above))
    return before_loft, below, above, min(before_loft, round_half_up(clamp0(loft - pay_counted)))


def calculate(
    decision: FleksjobDecision,
    *,
    wage_month: Decimal,
    hourly_wage: Decimal,
    full_time_hours: Decimal,
    p: ParameterSet,
) -> BenefitResult:
    """Fleksløntilskud a month for a fleksjob paying `wage_month` at `hourly_wage`; the lønloft is
    the same hourly wage at `full_time_hours` a week (hours beyond full time: pay above it)."""
    steps: list[Step] = []
    notices: list[Notice] = [
        Notice("dk.flex.notice.previous_month", {}, "info", BENEFIT),
        Notice("dk.flex.notice.atp_tax", {}, "info", BENEFIT),
    ]
    if wage_month <= 0:
        steps.append(Step("dk.flex.no_pay", {}, law=LAW))
        return BenefitResult(BENEFIT, AUTHORITY, ZERO, True, steps, notices=notices)
    pension = decision.employer_pension_percent / HUNDRED
    pay_counted = (wage_month * (ONE + pension)).quantize(Decimal("0.01"))
    steps.append(
        Step("dk.flex.pay", {"wage": wage_month, "pension_rate": pension, "pay_counted": pay_counted})
    )
    max_rate = p.v("flex_max_share_of_max_dagpenge")
    max_dp = p.v("max_dagpenge_month")
    maximum = round_half_up(max_rate * max_dp)
    steps.append(
        Step(
            "dk.flex.maximum",
            {"max_rate": max_rate, "max_dagpenge": max_dp, "maximum": maximum},
            ("flex_max_share_of_max_dagpenge", "max_dagpenge_month"),
            LAW,
        )
    )
    g = p.v("loenindtaegtsgraense_month")
    rates = p.table("flex_reduction_rates")
    # the pay at full time, rounded to the øre as a month's pay is (models.WorkScenario), then
    # with the pension as the pay is: at full time the two are the same
    full_time_pay = (hourly_wage * full_time_hours * WEEKS_PER_MONTH).quantize(Decimal("0.01"), ROUND_HALF_UP)
    loft = (full_time_pay * (ONE + pension)).quantize(Decimal("0.01"))
    before, below, above, amount = tilskud(pay_counted, loft, maximum, g, rates["below"], rates["above"])
    steps.append(
        Step(
            "dk.flex.reduction",
            {
                "rate_below": rates["below"],
                "graense": g,
                "below": below,
                "rate_above": rates["above"],
                "above": above,
                "maximum": maximum,
                "reduction": below + above,
                "tilskud": before,
            },
            ("flex_reduction_rates", "loenindtaegtsgraense_month"),
            LAW,
        )
    )
    if pay_counted > loft:  # only with hours beyond full time: at full time the two are equal
        steps.append(
            Step(
                "dk.flex.loft_reached",
                {"loft": loft, "full_time_hours": full_time_hours, "pay_counted": pay_counted},
                law="BEK nr. 227 af 07.03.2024 §§ 12-13",
            )
        )
    elif amount < before:
        steps.append(
            Step(
                "dk.flex.loft",
                {
                    "loft": loft,
                    "full_time_hours": full_time_hours,
                    "pay_counted": pay_counted,
                    "tilskud": amount,
                },
                law="BEK nr. 227 af 07.03.2024 §§ 12-13",
            )
        )
    return BenefitResult(BENEFIT, AUTHORITY, amount, True, steps, notices=notices)


def reporting_duties(decision: FleksjobDecision) -> list[ReportingDuty]:
    """What to tell the kommune about the fleksjob (retssikkerhedsloven § 11; LAB kap. 20)."""
    return [ReportingDuty.of(BENEFIT, AUTHORITY, "dk.flex.duty", "Retssikkerhedsloven § 11; LAB §§ 123-125")]
