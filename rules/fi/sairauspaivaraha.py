"""Sairauspäiväraha and osasairauspäiväraha from Kela (sairausvakuutuslaki 1224/2004, 8 and 11 luku).

The daily amount (a right arising on or after 1.1.2025; Kela 27.11.2024): from the annual income
(vuositulo, the wages of the 12 calendar months before the month preceding the incapacity, less
the insurance-contribution deduction; the decision states it):

    daily = 70 % × min(AI, breakpoint) / 300 + 15 % × (AI − breakpoint)+ / 300, at least the minimum

(breakpoint 28 241 € in 2025, 28 899 € in 2026; minimum 31,99 €). Kela's rounding of the daily
amount was not found: it is rounded to the cent, half up (an assumption in the docs). The
allowance is paid for each working day Mon-Sat; a month is shown as 25 working days, the
conversion Kela itself uses in yleinen asumistuki. The decision's daily amount, when given, is
what is paid (start from the decision); the rules' amount is shown beside it.

Work (8 luku 11 §): sairauspäiväraha is for days on which the client cannot work, so in a scenario
with work it is not paid (0) - unless the work is part-time in the client's own job reduced to
40-60 % of full time by agreement with the employer, which gives osasairauspäiväraha instead:
half of the sairauspäiväraha (8 luku 11 §; at least 12, at most 150 working days). For someone on
osasairauspäiväraha, "not working" is shown with the full sairauspäiväraha (the alternative when
the illness keeps them from working at all; a doctor's certificate is needed) and work outside
40-60 % with none. An osatyökyvyttömyyseläke for the same days is deducted (Kela: "Summa voi jäädä
pienemmäksi, jos sairauspäivärahasta pitää vähentää ... osatyökyvyttömyyseläke"): as the monthly
pension / 25 a day - the conversion is an assumption, said in a notice.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from benefits_calc.rules.fi.case import SairauspaivarahaDecision

from benefits_calc.explain import N_, Notice, ReportingDuty, Step
from benefits_calc.money import ZERO, clamp0
from benefits_calc.outcome import BenefitResult
from benefits_calc.parameters import ParameterSet

AUTHORITY = "fi.kela"
CENT = Decimal("0.01")


def _c(x: Decimal) -> Decimal:
    return x.quantize(CENT, rounding=ROUND_HALF_UP)


def daily_from_income(annual_income: Decimal, p: ParameterSet) -> tuple[Decimal, Step]:
    """The full sairauspäiväraha a working day from the annual income (see the module docstring)."""
    f = p.table("fi_sp_formula")
    bp = p.v("fi_sp_breakpoint")
    minimum = p.v("fi_sp_minimum_daily")
    low = f["rate_low"] * min(annual_income, bp) / f["divisor"]
    high = f["rate_high"] * clamp0(annual_income - bp) / f["divisor"]
    daily = max(_c(low + high), minimum)
    return daily, Step(
        "fi.sp.daily",
        {
            "annual_income_year": annual_income,
            "rate_low_rate": f["rate_low"],
            "breakpoint_year": bp,
            "rate_high_rate": f["rate_high"],
            "divisor_factor": f["divisor"],
            "minimum_daily": minimum,
            "daily": daily,
        },
        ("fi_sp_formula", "fi_sp_breakpoint", "fi_sp_minimum_daily"),
    )


def benefit_id(decision: SairauspaivarahaDecision) -> str:
    return "fi.sairauspaivaraha" if decision.kind == "full" else "fi.osasairauspaivaraha"


def calculate(
    decision: SairauspaivarahaDecision,
    *,
    work_share: Decimal,
    partial_pension_month: Decimal,
    p: ParameterSet,
) -> BenefitResult:
    """The allowance a month in the scenario (see the module docstring). `work_share`: the share of
    full time worked (0..1); `partial_pension_month`: an osatyökyvyttömyyseläke paid for the same time."""
    benefit = benefit_id(decision)
    partial = p.table("fi_sp_partial")
    days = p.v("fi_sp_days_per_month")
    steps: list[Step] = [
        Step(
            "fi.sp.kind",
            {"kind_id": f"fi.sp.kind.{decision.kind}", "annual_income_year": decision.annual_income_year},
        )
    ]
    notices: list[Notice] = []
    modelled, s = daily_from_income(decision.annual_income_year, p)
    steps.append(s)
    full_daily = modelled
    if decision.daily_amount is not None:
        given_full = decision.daily_amount * (2 if decision.kind == "partial" else 1)
        full_daily = given_full
        steps.append(Step("fi.sp.decision", {"decision_daily": decision.daily_amount, "daily": given_full}))
        if abs(given_full - modelled) >= CENT:
            notices.append(
                Notice(
                    "fi.sp.notice.mismatch",
                    {"decision_daily": given_full, "modelled_daily": modelled},
                    "warning",
                    benefit,
                )
            )
    if partial_pension_month > 0:
        cut = _c(partial_pension_month / days)
        full_daily = clamp0(full_daily - cut)
        steps.append(
            Step(
                "fi.sp.pension_deducted",
                {"pension_month": partial_pension_month, "days": days, "cut_daily": cut, "daily": full_daily},
                ("fi_sp_days_per_month",),
            )
        )
        notices.append(Notice("fi.sp.notice.pension_deduction", {"days": days}, "info", benefit))

    if work_share <= 0:
        daily = full_daily
        steps.append(Step("fi.sp.work.none", {"daily": daily}))
        if decision.kind == "partial":
            notices.append(Notice("fi.sp.notice.partial_not_working", {}, "info", benefit))
    elif partial["work_min"] <= work_share <= partial["work_max"]:
        daily = _c(full_daily * partial["share"])
        steps.append(
            Step(
                "fi.sp.work.partial",
                {
                    "work_share": work_share,
                    "work_min_share": partial["work_min"],
                    "work_max_share": partial["work_max"],
                    "partial_share": partial["share"],
                    "daily": daily,
                },
                ("fi_sp_partial",),
                law="Sairausvakuutuslaki 1224/2004 8 luku 11 §",
            )
        )
        notices.append(Notice("fi.sp.notice.partial_conditions", {}, "warning", benefit))
    else:
        daily = ZERO
        steps.append(
            Step(
                "fi.sp.work.outside",
                {
                    "work_share": work_share,
                    "work_min_share": partial["work_min"],
                    "work_max_share": partial["work_max"],
                },
                ("fi_sp_partial",),
                law="Sairausvakuutuslaki 1224/2004 8 luku 11 §",
            )
        )
        notices.append(Notice("fi.sp.notice.work_ends_allowance", {}, "danger", benefit))
    month = _c(daily * days)
    steps.append(
        Step("fi.sp.month", {"daily": daily, "days": days, "amount_month": month}, ("fi_sp_days_per_month",))
    )
    notices.append(Notice("fi.sp.notice.sick_pay", {}, "info", benefit))
    return BenefitResult(
        benefit=benefit, authority=AUTHORITY, amount=month, taxable=True, steps=steps, notices=notices
    )


def reporting_duties(decision: SairauspaivarahaDecision) -> list[ReportingDuty]:
    return [
        ReportingDuty.of(
            benefit_id(decision),
            AUTHORITY,
            "fi.sp.duty",
            "Sairausvakuutuslaki 1224/2004 8 luku (ilmoitusvelvollisuus)",
        )
    ]


MESSAGES: dict[str, str] = {
    "fi.sp.kind.full": N_("sickness allowance (sairauspäiväraha)"),
    "fi.sp.kind.partial": N_("partial sickness allowance (osasairauspäiväraha)"),
    "fi.sp.kind": N_(
        "You get {kind_id} from Kela. The annual income in the decision (after the insurance "
        "contribution deduction) is {annual_income_year}."
    ),
    "fi.sp.daily": N_(
        "Full sickness allowance a working day from the annual income {annual_income_year}: "
        "{rate_low_rate} of it up to {breakpoint_year} and {rate_high_rate} of the part above, divided by "
        "{divisor_factor}, at least {minimum_daily}: {daily}."
    ),
    "fi.sp.decision": N_(
        "Your decision says {decision_daily} a day; the full sickness allowance it is based on is {daily} "
        "a day, and that is used."
    ),
    "fi.sp.pension_deducted": N_(
        "Your partial disability pension of {pension_month} a month is deducted for the same days: "
        "{pension_month} / {days} = {cut_daily} a day, which leaves {daily} a day."
    ),
    "fi.sp.work.none": N_("Not working: the full sickness allowance of {daily} a working day."),
    "fi.sp.work.partial": N_(
        "You work {work_share} of full time, between {work_min_share} and {work_max_share}: you can get "
        "the partial sickness allowance, {partial_share} of the full one: {daily} a working day. Your "
        "wages are paid on top of it."
    ),
    "fi.sp.work.outside": N_(
        "You work {work_share} of full time. Sickness allowance is not paid for days you work, and the "
        "partial allowance needs your working time cut to between {work_min_share} and {work_max_share} "
        "of full time: no allowance in this scenario."
    ),
    "fi.sp.month": N_(
        "A month: {daily} × {days} working days (Monday to Saturday) = {amount_month} a month before tax."
    ),
    "fi.sp.notice.mismatch": N_(
        "Your decision's full sickness allowance is {decision_daily} a day; the rules of this year give "
        "{modelled_daily} from your annual income (the allowance is set when the right begins). The "
        "decision's amount is used."
    ),
    "fi.sp.notice.pension_deduction": N_(
        "How Kela turns a monthly pension into a daily deduction was not found: a month is taken as "
        "{days} working days."
    ),
    "fi.sp.notice.partial_not_working": N_(
        "Not working at all is shown with the full sickness allowance: that needs a doctor's statement "
        "that you cannot work at all. Partial sickness allowance is paid only while you work part time."
    ),
    "fi.sp.notice.partial_conditions": N_(
        "Partial sickness allowance needs a written agreement with your employer to cut your working time "
        "in your own job (form SV 28) and a doctor's statement. It is paid only for a limited number of "
        "working days: check the end date in Kela's decision."
    ),
    "fi.sp.notice.work_ends_allowance": N_(
        "Working outside these limits ends the sickness allowance for the days you work. If you want to "
        "try work while on sick leave, ask Kela and your doctor first (partial sickness allowance, or "
        "rehabilitation such as a work trial)."
    ),
    "fi.sp.notice.sick_pay": N_(
        "If your employer pays you sick pay, Kela pays the allowance to the employer; if the sick pay is "
        "smaller than the allowance, you get the difference."
    ),
    "fi.sp.duty.what": N_(
        "That you start working or change your working hours, and any wages for the days of the allowance."
    ),
    "fi.sp.duty.when": N_("Before the change, or at once when you know about it."),
    "fi.sp.duty.how": N_(
        "In OmaKela; for the partial allowance with the agreement form SV 28 signed by you and your employer."
    ),
    "fi.sp.duty.consequence": N_("An allowance paid for days you worked is reclaimed."),
}
