"""Kela's unemployment benefit: työmarkkinatuki and peruspäiväraha (työttömyysturvalaki 1290/2002)
until 30.4.2026, yleistuki (yleistukilaki 48/2026) from 1.5.2026 - and the adjusted (soviteltu)
benefit when the client works part time.

1. The full benefit a day: 37,21 € in 2025 and 2026 (the decision's figure when given), paid for
   each weekday (Mon-Fri).
2. Means test on own income other than wages (not for peruspäiväraha): työmarkkinatuki - without a
   spouse or children 75 % of the income above 311 €/month, with a spouse or children 50 % above
   1 044 € + 130 € per child (the spouse's income does not count; no means test from age 55);
   yleistuki - 50 % of the income above 311 €/month for everyone (Kela 17.12.2025). The monthly
   reduction is turned into a daily one by ÷ 21,5.
3. Social benefits for the same days are deducted in full (TTL 4 luku 7 §): an earnings-related
   osatyökyvyttömyyseläke as the monthly amount ÷ 21,5 a day (unemployment funds applying the law;
   Statistics Finland's SISU does the same for työmarkkinatuki and yleistuki - Kela's own wording for
   yleistuki was not found, a notice says so). A full disability pension prevents the benefit: it is
   excluded.
4. Adjusted benefit, per day as the law does: the full (means-tested) daily amount − 50 % of the
   month's gross wages ÷ 21,5, never below 0, rounded to the cent; paid for every weekday of the
   month. No protected amount (suojaosa) since 1.4.2024. A month is shown as 21,5 weekdays (Kela's
   own average: 37,21 × 21,5 = 800 €); a step shows the months with 20 and 23 weekdays, so the
   client sees why the monthly sum moves although the pay does not.
5. Part-time work above 80 % of full time gives no adjusted benefit.

Order of steps 2-4: means test, then deductions, then the wage adjustment (SISU's order; for Kela's
benefits the order does not change the result).
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from benefits_calc.rules.fi.case import TyottomyysetuusDecision

from benefits_calc.explain import N_, Notice, ReportingDuty, Step
from benefits_calc.money import ZERO, clamp0
from benefits_calc.outcome import BenefitResult
from benefits_calc.parameters import ParameterSet

AUTHORITY = "fi.kela"
CENT = Decimal("0.01")
P_ADJ = "fi_tt_adjustment"
TT_LAW = "Työttömyysturvalaki 1290/2002 4 luku; yleistukilaki 48/2026"


def _c(x: Decimal) -> Decimal:
    return x.quantize(CENT, rounding=ROUND_HALF_UP)


def effective_kind(decision: TyottomyysetuusDecision, p: ParameterSet) -> str:
    """yleistuki from 1.5.2026; before it the decision's kind (työmarkkinatuki for 'yleistuki')."""
    if p.in_force("fi_yleistuki_in_force"):
        return "yleistuki"
    return "tyomarkkinatuki" if decision.kind == "yleistuki" else decision.kind


def benefit_id(decision: TyottomyysetuusDecision, p: ParameterSet) -> str:
    return f"fi.{effective_kind(decision, p)}"


def adjust(
    daily_base: Decimal, wages_month: Decimal, work_share: Decimal, p: ParameterSet
) -> tuple[Decimal, list[Step], list[Notice]]:
    """The adjusted benefit a day for the month's gross wages (steps 4-5 of the module docstring)."""
    a = p.table(P_ADJ)
    steps: list[Step] = []
    notices: list[Notice] = []
    if wages_month <= 0:
        return daily_base, steps, notices
    if work_share > a["max_work_share"]:
        steps.append(
            Step(
                "fi.tt.work.over_limit",
                {"work_share": work_share, "max_work_share": a["max_work_share"]},
                (P_ADJ,),
                law=TT_LAW,
            )
        )
        return ZERO, steps, notices
    cut = _c(a["wage_rate"] * wages_month / a["days_per_month"])
    daily = clamp0(daily_base - cut)
    steps.append(
        Step(
            "fi.tt.adjusted",
            {
                "wages_month": wages_month,
                "wage_rate": a["wage_rate"],
                "days_per_month": a["days_per_month"],
                "cut_daily": cut,
                "daily_base": daily_base,
                "daily": daily,
            },
            (P_ADJ,),
            law=TT_LAW,
        )
    )
    return daily, steps, notices


def month_of(daily: Decimal, p: ParameterSet) -> tuple[Decimal, Step]:
    """A month of weekdays at the daily amount, shown as the average month with its range."""
    days = p.table(P_ADJ)["days_per_month"]
    month = _c(daily * days)
    return month, Step(
        "fi.tt.month",
        {
            "daily": daily,
            "days_per_month": days,
            "amount_month": month,
            "short_days": 20,
            "short_month": _c(daily * 20),
            "long_days": 23,
            "long_month": _c(daily * 23),
        },
        (P_ADJ,),
    )


def calculate(
    decision: TyottomyysetuusDecision,
    *,
    earnings_month: Decimal,
    work_share: Decimal,
    partial_pension_month: Decimal,
    full_disability_pension: bool,
    has_spouse_or_children: bool,
    children: int,
    age: int,
    p: ParameterSet,
) -> BenefitResult:
    """Kela's unemployment benefit a month in the scenario (see the module docstring)."""
    kind = effective_kind(decision, p)
    benefit = f"fi.{kind}"
    steps: list[Step] = [Step("fi.tt.kind", {"kind_id": f"fi.tt.kind.{kind}"})]
    notices: list[Notice] = []
    if kind != decision.kind and decision.kind != "yleistuki":
        notices.append(
            Notice(
                "fi.tt.notice.replaced_by_yleistuki",
                {"old_id": f"fi.tt.kind.{decision.kind}"},
                "info",
                benefit,
            )
        )
    elif p.in_force("fi_tmt_in_force"):
        notices.append(Notice("fi.tt.notice.yleistuki_coming", {}, "warning", benefit))
    if full_disability_pension:
        steps.append(Step("fi.tt.excluded_full_pension", {}, law="Työttömyysturvalaki 1290/2002"))
        # The decision's benefit a month, so that the page says Kela will stop it.
        decided = decision.daily_amount if decision.daily_amount is not None else p.v("fi_tt_full_daily")
        reported = _c(decided * p.table(P_ADJ)["days_per_month"])
        return BenefitResult(benefit, AUTHORITY, ZERO, True, steps, reported=reported, excluded=True)

    # 1. The full benefit a day.
    standard = p.v("fi_tt_full_daily")
    daily = decision.daily_amount if decision.daily_amount is not None else standard
    steps.append(
        Step("fi.tt.full_daily", {"daily": daily, "standard_daily": standard}, ("fi_tt_full_daily",))
    )
    days = p.table(P_ADJ)["days_per_month"]

    # 2. Means test on other income.
    other = decision.other_income_month
    if kind != "peruspaivaraha" and other > 0:
        if kind == "yleistuki":
            mt = p.table("fi_yleistuki_means_test")
            rate, limit, params = mt["rate"], mt["limit"], ("fi_yleistuki_means_test",)
        elif age >= 55:
            rate, limit, params = ZERO, other, ()
            steps.append(Step("fi.tt.means_test.age_55", {"age": age}))
        else:
            mt = p.table("fi_tmt_means_test")
            if has_spouse_or_children:
                rate = mt["family_rate"]
                limit = mt["family_limit"] + mt["family_child"] * children
            else:
                rate, limit = mt["single_rate"], mt["single_limit"]
            params = ("fi_tmt_means_test",)
        reduction = _c(rate * clamp0(other - limit))
        if reduction > 0:
            cut = _c(reduction / days)
            daily = clamp0(daily - cut)
            steps.append(
                Step(
                    "fi.tt.means_test",
                    {
                        "other_income_month": other,
                        "limit_month": limit,
                        "means_rate": rate,
                        "reduction_month": reduction,
                        "days_per_month": days,
                        "cut_daily": cut,
                        "daily": daily,
                    },
                    (*params, P_ADJ),
                    law="Työttömyysturvalaki 1290/2002 7 luku; yleistukilaki 48/2026",
                )
            )

    # 3. A partial disability pension for the same days is deducted in full.
    if partial_pension_month > 0:
        cut = _c(partial_pension_month / days)
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
                (P_ADJ,),
                law="Työttömyysturvalaki 1290/2002 4 luku 7 §",
            )
        )
        if kind == "yleistuki":
            notices.append(Notice("fi.tt.notice.pension_yleistuki", {}, "info", benefit))

    # 4-5. The adjusted benefit.
    daily, s, n = adjust(daily, earnings_month, work_share, p)
    steps += s
    notices += n
    month, step = month_of(daily, p)
    steps.append(step)
    if earnings_month > 0:
        notices.append(Notice("fi.tt.notice.per_day", {}, "info", benefit))
    if work_share >= 1:
        notices.append(Notice("fi.tt.notice.full_time", {}, "info", benefit))
    return BenefitResult(
        benefit=benefit, authority=AUTHORITY, amount=month, taxable=True, steps=steps, notices=notices
    )


def reporting_duties(decision: TyottomyysetuusDecision, p: ParameterSet) -> list[ReportingDuty]:
    benefit = benefit_id(decision, p)
    return [
        ReportingDuty.of(
            benefit,
            AUTHORITY,
            "fi.tt.duty.kela",
            "Työttömyysturvalaki 1290/2002 (ilmoitusvelvollisuus); yleistukilaki 48/2026",
        ),
        ReportingDuty.of(
            benefit,
            "fi.tyollisyyspalvelut",
            "fi.tt.duty.jobseeker",
            "Laki työvoimapalvelujen järjestämisestä 380/2023",
        ),
    ]


MESSAGES: dict[str, str] = {
    "fi.tt.kind.tyomarkkinatuki": N_("labour market subsidy (työmarkkinatuki)"),
    "fi.tt.kind.peruspaivaraha": N_("basic unemployment allowance (peruspäiväraha)"),
    "fi.tt.kind.yleistuki": N_("general support for the unemployed (yleistuki)"),
    "fi.tt.kind": N_("You get {kind_id} from Kela."),
    "fi.tt.full_daily": N_(
        "The full benefit is {daily} a day (the standard amount is {standard_daily}), paid for each weekday."
    ),
    "fi.tt.means_test": N_(
        "Your other income of {other_income_month} a month is more than {limit_month}: {means_rate} of "
        "the difference, {reduction_month} a month, is taken off; {reduction_month} / {days_per_month} = "
        "{cut_daily} a day. The benefit is {daily} a day."
    ),
    "fi.tt.means_test.age_55": N_("At {age} your other income is not means-tested for työmarkkinatuki."),
    "fi.tt.pension_deducted": N_(
        "Your partial disability pension of {pension_month} a month is deducted in full: {pension_month} / "
        "{days_per_month} = {cut_daily} a day, which leaves {daily} a day."
    ),
    "fi.tt.adjusted": N_(
        "Your gross wages of {wages_month} a month reduce the benefit: {wage_rate} of them / "
        "{days_per_month} = {cut_daily} a day. {daily_base} − {cut_daily} = {daily} a day (never below 0)."
    ),
    "fi.tt.work.over_limit": N_(
        "You work {work_share} of full time, more than {max_work_share}: no adjusted benefit is paid."
    ),
    "fi.tt.month": N_(
        "It is paid for every weekday: in an average month {daily} × {days_per_month} = {amount_month}; "
        "in a month with {short_days} weekdays {short_month}, with {long_days} weekdays {long_month}."
    ),
    "fi.tt.excluded_full_pension": N_(
        "An unemployment benefit is not paid to someone who gets a full disability pension."
    ),
    "fi.tt.notice.replaced_by_yleistuki": N_(
        "From 1 May 2026 yleistuki replaces {old_id}: the daily amount is the same, and wages reduce it in "
        "the same way."
    ),
    "fi.tt.notice.yleistuki_coming": N_(
        "From 1 May 2026 Kela pays yleistuki instead of työmarkkinatuki and peruspäiväraha. The daily "
        "amount and the wage adjustment stay the same; for työmarkkinatuki the means test on other income "
        "changes. Set the rule date to 2026-05-01 to see it."
    ),
    "fi.tt.notice.pension_yleistuki": N_(
        "Whether yleistuki deducts a partial disability pension in full, as työmarkkinatuki did, was not "
        "confirmed by Kela's own text; the calculation deducts it in full (as Statistics Finland's model "
        "does)."
    ),
    "fi.tt.notice.per_day": N_(
        "The adjusted benefit is counted per day, so the month's total depends on the number of weekdays "
        "and on when the pay is paid: Kela looks at the wages paid in the adjustment period (a calendar "
        "month or four weeks)."
    ),
    "fi.tt.notice.full_time": N_(
        "Full-time work for more than two weeks ends unemployment: no unemployment benefit for that time."
    ),
    "fi.tt.duty.kela.what": N_(
        "Your working hours and working days in each period, in the unemployment notice "
        "(työttömyysajan ilmoitus); wages come from the incomes register, business income you report "
        "yourself."
    ),
    "fi.tt.duty.kela.when": N_("After each period (every four weeks or every calendar month)."),
    "fi.tt.duty.kela.how": N_("In OmaKela."),
    "fi.tt.duty.kela.consequence": N_(
        "Without the notice the benefit is not paid; a benefit paid on wrong information is reclaimed."
    ),
    "fi.tt.duty.jobseeker.what": N_(
        "Keep your job search valid and tell the employment services that you have started part-time work."
    ),
    "fi.tt.duty.jobseeker.when": N_("When the work starts and whenever it changes."),
    "fi.tt.duty.jobseeker.how": N_(
        "In the employment services' online service (Työmarkkinatori) or by phone."
    ),
    "fi.tt.duty.jobseeker.consequence": N_(
        "If your job search lapses or you miss your obligations, the benefit can stop for a time (karenssi)."
    ),
}
