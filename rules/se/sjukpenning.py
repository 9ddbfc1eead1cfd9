"""Sjukpenning, kalenderdagsberäknad, incl. partial sick leave: SFB 24-28 kap.

- SGI (25 kap.): the yearly income from work, rounded DOWN to whole hundreds of kronor (5 § första
  stycket), income above 10 prisbasbelopp not counted (5 § andra stycket); no SGI when the income
  is below 24 % of a prisbasbelopp (3 §). The SGI from the decision letter is used.
- Daily amount (28 kap. 7, 10 §§): 0,97 × SGI × 80 % (normalnivå) or 75 % (fortsättningsnivå,
  after 364 days with sjukpenning within 450 days, 27 kap. 21, 24 §§; not for a serious illness,
  27 kap. 23 §) / 365, rounded to whole kronor, 50 öre up (28 kap. 10 §).
  Check: 2023 FK max 525 000 × 0,97 × 0,80 / 365 = 1 116,16 -> 1 116 kr a day.
- Levels (27 kap. 45 §): hel, 3/4, 1/2, 1/4 of the daily amount. A partial day amount is shown
  to the öre (FK's rounding of partial amounts was not found; the month is rounded once).
- Working at `work_share` of full time: the sick-leave level left is the largest of 1, 3/4, 1/2,
  1/4, 0 that is at most 1 - work_share (working 25 % -> 3/4, 30 % -> 1/2, 50 % -> 1/2, 75 % -> 1/4,
  more than 75 % -> none), and never above the level granted today. Work beyond the granted level
  must be reported at once (SFB 110 kap. 46 §); sjukpenning paid for time worked is reclaimed
  (108 kap. 2 §).
- Per month (the calculator's convention, stated as an assumption): kalenderdagsberäknad
  sjukpenning is paid for every day of the week (28 kap. 3 §), so a month is 365 / 12 = 30,42
  days on average; the monthly amount is daily amount × 365 / 12, rounded to whole kronor. A real
  month of 28-31 days gives a little less or more.
- Unemployed (`decision.unemployed`): hel sjukpenning at most 543 kr a day (28 kap. 11 §), applied to
  the rounded daily amount before the level.
Not modelled: arbetstidsberäknad sjukpenning (the first 14 days, 28 kap. 5 §), karensavdrag,
samordning with pay during sickness, a partly unemployed person (the cap on a part only).
"""

from __future__ import annotations

from decimal import Decimal

from benefits_calc.rules.se.case import LEVEL_SHARE, SjukpenningDecision

from benefits_calc.explain import N_, Notice, ReportingDuty, Step
from benefits_calc.money import ONE, TWELVE, ZERO, floor_to, round_half_up
from benefits_calc.outcome import BenefitResult
from benefits_calc.parameters import ParameterSet

BENEFIT = "se.sjukpenning"
AUTHORITY = "se.forsakringskassan"
LEVELS = (ONE, Decimal("0.75"), Decimal("0.5"), Decimal("0.25"), ZERO)

MESSAGES: dict[str, str] = {
    "se.sjukpenning.sgi": N_(
        "Your sickness-benefit qualifying income (SGI) is {sgi_year} a year (the decision letter's "
        "{sgi_reported_year}, in whole hundreds of kronor)."
    ),
    "se.sjukpenning.sgi_cap": N_(
        "Income above 10 price base amounts is not counted: the SGI is capped at {sgi_cap_factor} × "
        "{prisbasbelopp} = {sgi_cap_year} a year."
    ),
    "se.sjukpenning.sgi_too_low": N_(
        "An SGI of {sgi_year} a year is below the lowest that gives sjukpenning, {sgi_min_year} a year "
        "(24 % of the price base amount): no sjukpenning."
    ),
    "se.sjukpenning.daily": N_(
        "Full sjukpenning a day: {sgi_year} × {sgi_factor} × {compensation_rate} / {days_per_year_days} "
        "= {daily_exact}, rounded to {daily_full} a day."
    ),
    "se.sjukpenning.unemployed_cap": N_(
        "You are unemployed, so full sjukpenning is at most {unemployed_max_day} a day instead of "
        "{daily_full}."
    ),
    "se.sjukpenning.continued_level": N_(
        "After {normal_max_days} days with sjukpenning the rate is {compensation_rate} of the income "
        "(fortsättningsnivå)."
    ),
    "se.sjukpenning.serious_illness": N_(
        "Because of a serious illness the normal rate, {compensation_rate}, is kept after "
        "{normal_max_days} days."
    ),
    "se.sjukpenning.level": N_(
        "At the {level_share} level: {daily_full} × {level_share} = {daily_level} a day."
    ),
    "se.sjukpenning.monthly": N_(
        "Per month: {daily_level} × {days_per_month_days} days (365 / 12, an average month) = "
        "{amount_month} a month, rounded to whole kronor."
    ),
    "se.sjukpenning.work.none": N_("Not working: sjukpenning at the level granted, {level_share}."),
    "se.sjukpenning.work.within": N_(
        "You work {work_share} of full time; your sick leave of {granted_share} allows work up to "
        "{allowed_share}: the level stays {level_share}."
    ),
    "se.sjukpenning.work.steps_down": N_(
        "You work {work_share} of full time, more than the {allowed_share} your sick leave allows. "
        "Sjukpenning is paid only for the part you cannot work, in steps of a quarter: {level_share} "
        "sjukpenning."
    ),
    "se.sjukpenning.work.too_much": N_(
        "You work {work_share} of full time, more than the {allowed_share} your sick leave allows. "
        "Tell Försäkringskassan before you change your hours and ask your doctor about a new sick-leave "
        "level: sjukpenning paid for time you worked must be paid back."
    ),
    "se.sjukpenning.work.uneven": N_(
        "At {work_share} of full time the sick-leave level is {level_share}: working {step_work_share} "
        "would give the same sjukpenning, since partial sjukpenning goes in steps of a quarter."
    ),
    "se.sjukpenning.assume.days": N_(
        "Assumption: sjukpenning is paid for every day of the week, an average month being 365 / 12 "
        "days. A month of 28-31 days gives a little less or more."
    ),
    "se.sjukpenning.reported_differs": N_(
        "The decision says {reported} a month; the rules give {modelled} a month (average month). Check "
        "the SGI and level in the decision."
    ),
    "se.sjukpenning.arbetsprovning": N_(
        "New from 1 March 2026 (check with Försäkringskassan): with full sjukpenning you may try working "
        "(arbetsprövning) for up to {max_days} days a period, {max_count} periods within 365 days, agreed "
        "with your employer and reported to Försäkringskassan in advance, without losing sjukpenning."
    ),
    "se.sjukpenning.duty.work.what": N_(
        "That you start working, work more than your sick leave allows, or are able to work more."
    ),
    "se.sjukpenning.duty.work.when": N_(
        "Before you change your hours if you can, and at the latest 14 days after the change."
    ),
    "se.sjukpenning.duty.work.how": N_(
        "On Försäkringskassan's My pages or by phone; tell your employer too."
    ),
    "se.sjukpenning.duty.work.consequence": N_(
        "Sjukpenning paid for time you worked must be paid back, and sjukpenning can be stopped or "
        "reduced; a false statement can be a crime (bidragsbrott)."
    ),
    "se.sjukpenning.duty.sick.what": N_(
        "Report sickness, and send a medical certificate for a new period or level of sick leave."
    ),
    "se.sjukpenning.duty.sick.when": N_(
        "From the first day of sickness (no employer) or after the 14 sick-pay days (employee); the "
        "certificate from day 8."
    ),
    "se.sjukpenning.duty.sick.how": N_("On Försäkringskassan's My pages."),
    "se.sjukpenning.duty.sick.consequence": N_(
        "Sjukpenning is not paid for more than 7 days before the day you reported."
    ),
}


def sgi(decision: SjukpenningDecision, p: ParameterSet) -> tuple[Decimal, list[Step]]:
    """SGI a year: the decision's figure rounded down to 100 kr and capped at 10 PBB (25 kap. 5 §)."""
    pbb = p.v("prisbasbelopp")
    rounded = floor_to(decision.sgi_year, p.v("sp_sgi_rounding_step"))
    steps = [
        Step(
            "se.sjukpenning.sgi",
            {"sgi_year": rounded, "sgi_reported_year": decision.sgi_year},
            ("sp_sgi_rounding_step",),
        )
    ]
    cap_factor = p.v("sp_sgi_cap_pbb")
    cap = cap_factor * pbb
    if rounded > cap:
        steps.append(
            Step(
                "se.sjukpenning.sgi_cap",
                {"sgi_cap_factor": cap_factor, "prisbasbelopp": pbb, "sgi_cap_year": cap},
                ("sp_sgi_cap_pbb", "prisbasbelopp"),
            )
        )
        rounded = cap
    return rounded, steps


def sgi_minimum(p: ParameterSet) -> Decimal:
    """Lowest SGI that gives sjukpenning: 24 % of PBB, in whole hundreds as FK shows it (25 kap. 3, 5 §§)."""
    return floor_to(p.v("sp_sgi_min_pbb") * p.v("prisbasbelopp"), p.v("sp_sgi_rounding_step"))


def compensation_rate(decision: SjukpenningDecision, p: ParameterSet) -> tuple[Decimal, str | None]:
    """80 % up to 364 days, then 75 % unless the illness is serious (27 kap. 21-24 §§)."""
    if decision.days_in_rehab_chain <= p.v("sp_normal_level_max_days"):
        return p.v("sp_rate_normal"), None
    if decision.serious_illness:
        return p.v("sp_rate_normal"), "se.sjukpenning.serious_illness"
    return p.v("sp_rate_continued"), "se.sjukpenning.continued_level"


def daily_full(sgi_year: Decimal, rate: Decimal, p: ParameterSet) -> tuple[Decimal, Decimal]:
    """Hel sjukpenning a day: SGI × 0,97 × rate / 365, and that rounded to kronor, 50 öre up (28:10)."""
    exact = sgi_year * p.v("sp_sgi_factor") * rate / p.v("sp_days_per_year")
    return exact, round_half_up(exact)


def level_for_work(work_share: Decimal, granted: Decimal) -> Decimal:
    """Largest of 1, 3/4, 1/2, 1/4, 0 that is at most 1 - work_share, never above `granted`."""
    room = ONE - work_share
    for level in LEVELS:
        if level <= room:
            return min(level, granted)
    return ZERO


def calculate(decision: SjukpenningDecision, *, work_share: Decimal, p: ParameterSet) -> BenefitResult:
    """Sjukpenning a month in a work scenario (see module docstring)."""
    steps: list[Step] = []
    notices: list[Notice] = []
    granted = LEVEL_SHARE[decision.level]
    sgi_year, s = sgi(decision, p)
    steps += s
    minimum = sgi_minimum(p)
    if sgi_year < minimum:
        steps.append(
            Step(
                "se.sjukpenning.sgi_too_low",
                {"sgi_year": sgi_year, "sgi_min_year": minimum},
                ("sp_sgi_min_pbb", "prisbasbelopp"),
                "SFB 25 kap. 3 §",
            )
        )
        # No SGI below the minimum (SFB 25 kap. 3 §): no sjukpenning, whatever the letter says.
        return BenefitResult(
            BENEFIT, AUTHORITY, ZERO, True, steps, reported=decision.amount_month, excluded=True
        )

    rate, rate_msg = compensation_rate(decision, p)
    if rate_msg is not None:
        steps.append(
            Step(
                rate_msg,
                {"compensation_rate": rate, "normal_max_days": p.v("sp_normal_level_max_days")},
                ("sp_normal_level_max_days", "sp_rate_continued", "sp_rate_normal"),
            )
        )
    exact, full = daily_full(sgi_year, rate, p)
    days_per_year = p.v("sp_days_per_year")
    capped_unemployed = False
    if decision.unemployed and full > p.v("sp_unemployed_max_day"):
        capped_unemployed = True
    steps.append(
        Step(
            "se.sjukpenning.daily",
            {
                "sgi_year": sgi_year,
                "sgi_factor": p.v("sp_sgi_factor"),
                "compensation_rate": rate,
                "days_per_year_days": days_per_year,
                "daily_exact": exact.quantize(Decimal("0.01")),
                "daily_full": full,
            },
            ("sp_sgi_factor", "sp_rate_normal", "sp_rate_continued", "sp_days_per_year"),
        )
    )
    if capped_unemployed:
        cap = p.v("sp_unemployed_max_day")
        steps.append(
            Step(
                "se.sjukpenning.unemployed_cap",
                {"daily_full": full, "unemployed_max_day": cap},
                ("sp_unemployed_max_day",),
            )
        )
        full = cap

    allowed = ONE - granted
    level = level_for_work(work_share, granted)
    if work_share <= 0:
        steps.append(Step("se.sjukpenning.work.none", {"level_share": granted}))
    elif work_share <= allowed:
        steps.append(
            Step(
                "se.sjukpenning.work.within",
                {
                    "work_share": work_share,
                    "granted_share": granted,
                    "allowed_share": allowed,
                    "level_share": level,
                },
            )
        )
    else:
        steps.append(
            Step(
                "se.sjukpenning.work.steps_down",
                {"work_share": work_share, "allowed_share": allowed, "level_share": level},
            )
        )
        notices.append(
            Notice(
                "se.sjukpenning.work.too_much",
                {"work_share": work_share, "allowed_share": allowed},
                "danger",
                BENEFIT,
            )
        )
        if work_share != ONE - level:
            notices.append(
                Notice(
                    "se.sjukpenning.work.uneven",
                    {"work_share": work_share, "level_share": level, "step_work_share": ONE - level},
                    "info",
                    BENEFIT,
                )
            )

    daily_level = full * level
    days_per_month = days_per_year / TWELVE
    amount = round_half_up(daily_level * days_per_month)
    if level > 0:
        steps.append(
            Step(
                "se.sjukpenning.level", {"level_share": level, "daily_full": full, "daily_level": daily_level}
            )
        )
        steps.append(
            Step(
                "se.sjukpenning.monthly",
                {
                    "daily_level": daily_level,
                    "days_per_month_days": days_per_month.quantize(Decimal("0.01")),
                    "amount_month": amount,
                },
                ("sp_days_per_year",),
            )
        )
    notices.append(Notice("se.sjukpenning.assume.days", {}, "info", BENEFIT))
    if decision.amount_month is not None:
        modelled_today = round_half_up(full * granted * days_per_month)
        # Within one day's sjukpenning the difference is the length of the month, not an error.
        if abs(decision.amount_month - modelled_today) > full * granted:
            notices.append(
                Notice(
                    "se.sjukpenning.reported_differs",
                    {"reported": decision.amount_month, "modelled": modelled_today},
                    "warning",
                    BENEFIT,
                )
            )
    if granted == ONE and p.in_force("sp_arbetsprovning_max_days"):
        # Arbetsprövning with kept hel sjukpenning, from 2026-03-01.
        notices.append(
            Notice(
                "se.sjukpenning.arbetsprovning",
                {
                    "max_days": p.v("sp_arbetsprovning_max_days"),
                    "max_count": p.v("sp_arbetsprovning_max_periods"),
                },
                "info",
                BENEFIT,
            )
        )
    return BenefitResult(
        benefit=BENEFIT,
        authority=AUTHORITY,
        amount=amount,
        taxable=True,
        steps=steps,
        reported=decision.amount_month,
        notices=notices,
    )


def reporting_duties(decision: SjukpenningDecision) -> list[ReportingDuty]:
    """What to tell Försäkringskassan (SFB 110 kap. 46 §; 27 kap. 17, 25 §§; 108 kap. 2 §)."""
    return [
        ReportingDuty.of(
            BENEFIT,
            AUTHORITY,
            "se.sjukpenning.duty.work",
            "SFB 110 kap. 46, 47, 52 §§; 108 kap. 2 §; bidragsbrottslagen (2007:612)",
        ),
        ReportingDuty.of(
            BENEFIT,
            AUTHORITY,
            "se.sjukpenning.duty.sick",
            "SFB 27 kap. 17, 25 §§; 110 kap. 55 §",
        ),
    ]
