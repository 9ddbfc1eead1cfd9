"""Ansiopäiväraha from the unemployment fund (työttömyysturvalaki 1290/2002), adjusted for part-time work.

The full allowance a day is the fund's decision (it rests on the client's earlier wages and has
fallen to 80 % after 40 and to 75 % after 170 paid days: a notice says the decision's amount may
fall further). Per day, as the funds compute it under TTL 4 luku:

* an earnings-related osatyökyvyttömyyseläke for the same days is deducted in full, monthly
  amount ÷ 21,5 a day (JHL, YTK and TYJ unemployment funds);
* the adjusted allowance = the full daily allowance − 50 % × the month's gross wages ÷ 21,5
  (no protected amount since 1.4.2024; Supertk's worked example), never below 0, paid for each
  weekday; a month is shown as 21,5 weekdays with the 20- and 23-day months beside it;
* the adjusted allowance and the wages of the month together may not exceed the wage the
  allowance is based on (the "100 % rule", Yrittäjäkassa): when the decision's wage basis is given,
  the allowance is cut to fit. Whether a floor (the adjusted basic allowance) applies to this cut
  was not confirmed, so none is applied;
* no adjusted allowance when the part-time work is more than 80 % of full time.

A full disability pension prevents the allowance (excluded).
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from benefits_calc.rules.fi import tyottomyysetuus
from benefits_calc.rules.fi.case import AnsiopaivarahaDecision

from benefits_calc.explain import N_, Notice, ReportingDuty, Step
from benefits_calc.money import ZERO, clamp0
from benefits_calc.outcome import BenefitResult
from benefits_calc.parameters import ParameterSet

BENEFIT = "fi.ansiopaivaraha"
AUTHORITY = "fi.tyottomyyskassa"
CENT = Decimal("0.01")


def calculate(
    decision: AnsiopaivarahaDecision,
    *,
    earnings_month: Decimal,
    work_share: Decimal,
    partial_pension_month: Decimal,
    full_disability_pension: bool,
    p: ParameterSet,
) -> BenefitResult:
    """The fund's ansiopäiväraha a month in the scenario (see the module docstring)."""
    steps: list[Step] = [Step("fi.apr.kind", {"daily": decision.daily_amount})]
    notices: list[Notice] = [Notice("fi.apr.notice.steps_down", {}, "info", BENEFIT)]
    if full_disability_pension:
        steps.append(Step("fi.tt.excluded_full_pension", {}, law="Työttömyysturvalaki 1290/2002"))
        days = p.table(tyottomyysetuus.P_ADJ)["days_per_month"]
        reported = (decision.daily_amount * days).quantize(CENT, ROUND_HALF_UP)
        return BenefitResult(BENEFIT, AUTHORITY, ZERO, True, steps, reported=reported, excluded=True)
    daily = decision.daily_amount
    days = p.table(tyottomyysetuus.P_ADJ)["days_per_month"]
    if partial_pension_month > 0:
        cut = (partial_pension_month / days).quantize(CENT, ROUND_HALF_UP)
        daily = clamp0(daily - cut)
        steps.append(
            Step(
                "fi.tt.pension_deducted",
                {
                    "pension_month": partial_pension_month,
                    "days_per_month": days,
                    "cut_daily": cut,
                    "daily": daily,
                },
                (tyottomyysetuus.P_ADJ,),
                law="Työttömyysturvalaki 1290/2002 4 luku 7 §",
            )
        )
    daily, s, n = tyottomyysetuus.adjust(daily, earnings_month, work_share, p)
    steps += s
    notices += n
    month, step = tyottomyysetuus.month_of(daily, p)
    steps.append(step)
    basis = decision.wage_basis_month
    if earnings_month > 0 and basis is not None and month + earnings_month > basis:
        capped = clamp0(basis - earnings_month)
        steps.append(
            Step(
                "fi.apr.ceiling",
                {
                    "wage_basis_month": basis,
                    "earnings_month": earnings_month,
                    "computed_month": month,
                    "amount_month": capped,
                },
                law="Työttömyysturvalaki 1290/2002 4 luku",
            )
        )
        month = capped
    if earnings_month > 0:
        notices.append(Notice("fi.tt.notice.per_day", {}, "info", BENEFIT))
    if work_share >= 1:
        notices.append(Notice("fi.tt.notice.full_time", {}, "info", BENEFIT))
    return BenefitResult(
        benefit=BENEFIT, authority=AUTHORITY, amount=month, taxable=True, steps=steps, notices=notices
    )


def reporting_duties(decision: AnsiopaivarahaDecision) -> list[ReportingDuty]:
    return [
        ReportingDuty.of(
            BENEFIT, AUTHORITY, "fi.apr.duty", "Työttömyysturvalaki 1290/2002 (ilmoitusvelvollisuus)"
        ),
        ReportingDuty.of(
            BENEFIT,
            "fi.tyollisyyspalvelut",
            "fi.tt.duty.jobseeker",
            "Laki työvoimapalvelujen järjestämisestä 380/2023",
        ),
    ]


MESSAGES: dict[str, str] = {
    "fi.apr.kind": N_(
        "You get earnings-related unemployment allowance (ansiopäiväraha) from your unemployment fund: "
        "{daily} a day according to the decision."
    ),
    "fi.apr.ceiling": N_(
        "The adjusted allowance and your wages together may not be more than the wage your allowance is "
        "based on, {wage_basis_month} a month: with wages of {earnings_month} the allowance is "
        "{amount_month} a month instead of {computed_month}."
    ),
    "fi.apr.notice.steps_down": N_(
        "Ansiopäiväraha falls in two steps the longer it is paid; the calculation uses the daily amount in "
        "your present decision."
    ),
    "fi.apr.duty.what": N_(
        "Your working hours and wages for each period, with the pay slips if the fund asks for them."
    ),
    "fi.apr.duty.when": N_("After each period (every four weeks or every calendar month)."),
    "fi.apr.duty.how": N_("In your unemployment fund's online service."),
    "fi.apr.duty.consequence": N_(
        "Without the application for the period nothing is paid; an allowance paid on wrong information is "
        "reclaimed."
    ),
}
