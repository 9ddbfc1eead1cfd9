"""Sjukersättning (SE) and aktivitetsersättning (AE): SFB 33-37 kap.

The amount today (SFB 34-36 kap.)
- Garantinivå for hel ersättning: a factor × prisbasbelopp a year by age (35 kap. 18-19 §§):
  2,48 under 21, 2,53 at 21-22, 2,58 at 23-24, 2,63 at 25-26, 2,68 at 27-28, 2,73 at 29, and
  2,78 from 30 (age in whole years; the law counts from the month of the birthday).
- Försäkringstid under 40 years: garantinivå × years / 40 (35 kap. 20 §).
- Partial ersättning (3/4, 1/2, 1/4): that share of hel ersättning (34 kap. 13 §, 35 kap. 25 §).
- Inkomstrelaterad ersättning (34 kap.) is taken from the decision letter; garantiersättning tops
  it up to the garantinivå (35 kap. 23-24 §§), so the total is the larger of the two.
- Per month: the yearly amount rounded to the nearest krona divisible by twelve, / 12
  (36 kap. 30 §): the same as annual / 12 rounded to whole kronor, 50 öre up
  (FK: 159 294 / 12 = 13 274,50 -> 13 275 in 2024).

Working while receiving it (`decision.work_arrangement`, "auto" chooses what applies):
- SE granted before July 2008: steglös avräkning (SFB 37 kap.; rules/se/steglos_avrakning.py).
- Work within the uncompensated share (work share <= 1 - level): no change. Above it the
  person uses a capacity he or she was assumed to lack (36 kap. 9 §): FK may reassess the SE
  (36 kap. 19-20 §§) and reclaim overpayments (108 kap. 2 §).
- Vilande (36 kap. 10-18 §§; rules/se/vilande.py): the part declared vilande is not paid, 25 % of
  it is, tax free, for up to 24 months; the result's `tax_free` holds that part.

"Partiellt vilande" (prop. 2025/26:1 UO10 avsnitt 3.9): SFS 2025:1475, in force 2026-06-01, changes
36 kap. 9 a, 12, 15 b, 18 a §§: vilande for studies may be partial (by the extent of the studies)
instead of always whole, and aktivitetsersättning under prövotid for studies lasts up to 12 months
instead of 6. Work-based vilande is unchanged (read in the consolidated SFB text published
2025-12-22, mirrored in github.com/se-lex/sfs-processor data/md-markers/2010/sfs-2010-110-markers.md).
Studies are not modelled here; a notice tells the client.
"""

from __future__ import annotations

from decimal import Decimal

from benefits_calc.rules.se import steglos_avrakning, vilande
from benefits_calc.rules.se.case import SjukersattningDecision

from benefits_calc.explain import N_, Notice, ReportingDuty, Step
from benefits_calc.money import ONE, TWELVE, ZERO, month_of_year, round_half_up
from benefits_calc.outcome import BenefitResult
from benefits_calc.parameters import ParameterSet

AUTHORITY = "se.forsakringskassan"


# --- today's amount -------------------------------------------------------------------------


def garantiniva_factor(age: int, p: ParameterSet) -> Decimal:
    """Prisbasbelopp a year for hel ersättning at this age (SFB 35 kap. 18-19 §§)."""
    return p.band("se_garantiniva_factor", age)


def garantiniva_year(kind: str, age: int, p: ParameterSet) -> Decimal:
    """Hel garantinivå a year (factor × PBB), before any försäkringstid reduction.

    SFB 35 kap. 18-19 §§. `kind` is "sjukersattning" or "aktivitetsersattning"; both use the same
    age bands (aktivitetsersättning ends before 30, so it never reaches the 30+ band in practice).
    Used by bostadstillägg as the fribelopp (SFB 102 kap. 18 §). Whole kronor for whole-kronor PBB.
    """
    if kind not in ("sjukersattning", "aktivitetsersattning"):
        raise ValueError(f"unknown kind {kind!r}")
    return garantiniva_factor(age, p) * p.v("prisbasbelopp")


def max_inkomstrelaterad_month(p: ParameterSet) -> Decimal:
    """Highest hel inkomstrelaterad SE/AE a month: 0,647 × 7,5 PBB / 12, rounded (34 kap. 7, 12 §§)."""
    annual = p.v("se_inkomstrelaterad_rate") * p.v("se_antagandeinkomst_cap_pbb") * p.v("prisbasbelopp")
    return month_of_year(annual)


def monthly_from_annual(annual: Decimal) -> Decimal:
    """36 kap. 30 §: the yearly amount rounded to the nearest krona divisible by 12, divided by 12.

    Equivalent to annual / 12 rounded to whole kronor; an exact half goes up, as FK's published
    amounts show (2024: 159 294 / 12 = 13 274,50 -> 13 275).
    """
    return round_half_up(annual / TWELVE)


def _kind_benefit(decision: SjukersattningDecision) -> str:
    return "se.sjukersattning" if decision.kind == "sjukersattning" else "se.aktivitetsersattning"


def baseline(
    decision: SjukersattningDecision, *, age: int, p: ParameterSet
) -> tuple[Decimal, list[Step], list[Notice]]:
    """Today's monthly amount by the rules, with its steps and notices (no work)."""
    benefit = _kind_benefit(decision)
    level = decision.share
    steps: list[Step] = []
    notices: list[Notice] = []
    factor = garantiniva_factor(age, p)
    pbb = p.v("prisbasbelopp")
    g_year = garantiniva_year(decision.kind, age, p)
    steps.append(
        Step(
            "se.sjukersattning.garantiniva_year",
            {
                "age_count": Decimal(age),
                "garanti_factor": factor,
                "prisbasbelopp": pbb,
                "garantiniva_year": g_year,
            },
            ("se_garantiniva_factor", "prisbasbelopp"),
        )
    )
    full_years = p.v("se_forsakringstid_full_years")
    years = min(Decimal(decision.forsakringstid_years), full_years)
    g_reduced = g_year * years / full_years
    if years < full_years:
        steps.append(
            Step(
                "se.sjukersattning.forsakringstid",
                {
                    "forsakringstid_count": years,
                    "full_years_count": full_years,
                    "garantiniva_year": g_year,
                    "garantiniva_reduced_year": g_reduced,
                },
                ("se_forsakringstid_full_years",),
            )
        )
    g_level = g_reduced * level
    if level != ONE:
        steps.append(
            Step(
                "se.sjukersattning.level",
                {"level_share": level, "garantiniva_reduced_year": g_reduced, "garanti_level_year": g_level},
            )
        )
    annual = g_level
    ir_month = decision.income_related_month
    if ir_month > decision.amount_month:
        # A part above the whole (the API and CLI take it; the form refuses it, SECase): the
        # letter's whole amount is what is paid, so the part is counted as no more than it.
        notices.append(
            Notice(
                "se.sjukersattning.income_related_above_amount",
                {"income_related_month": ir_month, "amount_month": decision.amount_month},
                "warning",
                benefit,
            )
        )
        ir_month = decision.amount_month
    if ir_month > 0:
        ir_year = ir_month * TWELVE
        annual = max(g_level, ir_year)
        steps.append(
            Step(
                "se.sjukersattning.income_related",
                {"income_related_month": ir_month, "income_related_year": ir_year, "annual_year": annual},
                ("se_garantiniva_factor",),
            )
        )
        max_month = round_half_up(max_inkomstrelaterad_month(p) * level)
        if ir_month > max_month + 1:
            notices.append(
                Notice(
                    "se.sjukersattning.income_related_above_max",
                    {"income_related_month": ir_month, "max_month": max_month},
                    "warning",
                    benefit,
                )
            )
    modelled = monthly_from_annual(annual)
    steps.append(Step("se.sjukersattning.monthly", {"annual_year": annual, "amount_month": modelled}))
    # Start from the decision letter: its total is today's amount (the inkomstrelaterad part, a
    # shorter försäkringstid or an earlier decision may explain a difference from the garantinivå);
    # vilande and steglös avräkning then work on that amount. A difference is shown, never hidden.
    amount = decision.amount_month
    if modelled != decision.amount_month:
        notices.append(
            Notice(
                "se.sjukersattning.baseline_mismatch",
                {"reported": decision.amount_month, "modelled": modelled},
                "warning",
                benefit,
            )
        )
    return amount, steps, notices


# --- working --------------------------------------------------------------------------------


def _choose(decision: SjukersattningDecision, work_share: Decimal, p: ParameterSet) -> str:
    """Which rules apply to this work (see module docstring).

    Work within the uncompensated share changes nothing, also for SE granted before July 2008:
    37 kap. 3 § (like 36 kap. 9 §) is about work with a capacity the person was assumed to lack.
    For SE granted before July 2008, 37 kap. replaces the vilande rules (37 kap. 2 §).
    """
    free = ONE - decision.share
    if work_share <= 0:
        return "none"
    arrangement = decision.work_arrangement
    steglos_ok = decision.granted_before_2008_07 and decision.kind == "sjukersattning"
    if arrangement == "steglos_avrakning" and not steglos_ok:
        return "steglos_not_applicable"
    if work_share <= free:
        return "within"
    if arrangement == "uncompensated_share":
        return "above"
    if steglos_ok:
        return "steglos_instead_of_vilande" if arrangement == "vilande" else "steglos"
    # "vilande", or "auto" with work beyond the free share
    if decision.months_received < p.v("se_vilande_min_months_received"):
        return "vilande_not_eligible_months"
    if decision.vilande_months_used >= p.v("se_vilande_max_months"):
        return "vilande_not_eligible_used"
    return "vilande"


def calculate(
    decision: SjukersattningDecision,
    *,
    age: int,
    work_share: Decimal,
    earnings_month: Decimal,
    p: ParameterSet,
    today: tuple[Decimal, list[Step], list[Notice]] | None = None,
) -> BenefitResult:
    """Sjukersättning/aktivitetsersättning paid a month in a work scenario (see module docstring).

    `work_share` is the share of full time worked (0..1); `earnings_month` the gross wage a month.
    `today`: `baseline(decision, age=age, p=p)` when the caller already has it (it does not change
    with work; its lists are copied, not changed).
    """
    benefit = _kind_benefit(decision)
    level = decision.share
    free = ONE - level
    if today is None:
        base, steps, notices = baseline(decision, age=age, p=p)
    else:
        base, steps, notices = today[0], list(today[1]), list(today[2])
    steps.insert(
        0,
        Step(
            "se.sjukersattning.kind",
            {
                "kind_id": f"se.sjukersattning.kind.{decision.kind}",
                "level_share": level,
                "reported": decision.amount_month,
            },
        ),
    )
    period = "month"
    tax_free = ZERO
    regime = _choose(decision, work_share, p)
    if regime == "steglos_not_applicable":
        notices.append(Notice("se.sjukersattning.steglos.not_applicable", {}, "warning", benefit))
        regime = _choose(decision.model_copy(update={"work_arrangement": "auto"}), work_share, p)
    if regime == "steglos_instead_of_vilande":
        notices.append(Notice("se.sjukersattning.steglos.no_vilande", {}, "info", benefit))
        regime = "steglos"
    amount = base
    if regime == "none":
        steps.append(Step("se.sjukersattning.work.none", {"amount_month": base}))
    elif regime == "within":
        steps.append(
            Step(
                "se.sjukersattning.work.within_share",
                {"work_share": work_share, "level_share": level, "free_share": free, "amount_month": base},
            )
        )
    elif regime == "above":
        steps.append(
            Step(
                "se.sjukersattning.work.above_share",
                {"work_share": work_share, "free_share": free, "amount_month": base},
            )
        )
        notices.append(
            Notice(
                "se.sjukersattning.work.above_share",
                {"work_share": work_share, "free_share": free, "amount_month": base},
                "danger",
                benefit,
            )
        )
    elif regime == "vilande_not_eligible_months":
        values = {
            "min_months": p.v("se_vilande_min_months_received"),
            "received_months": Decimal(decision.months_received),
            "free_share": free,
        }
        steps.append(
            Step("se.sjukersattning.vilande.not_eligible_months", values, ("se_vilande_min_months_received",))
        )
        notices.append(Notice("se.sjukersattning.vilande.not_eligible_months", values, "danger", benefit))
    elif regime == "vilande_not_eligible_used":
        values = {"max_months": p.v("se_vilande_max_months"), "free_share": free}
        steps.append(Step("se.sjukersattning.vilande.not_eligible_used", values, ("se_vilande_max_months",)))
        notices.append(Notice("se.sjukersattning.vilande.not_eligible_used", values, "danger", benefit))
    elif regime == "vilande":
        amount, s, n, tax_free = vilande.calculate(decision, base, work_share, p, benefit)
        steps += s
        notices += n
    elif regime == "steglos":
        amount, s, n = steglos_avrakning.calculate(decision, base, earnings_month, p, benefit)
        steps += s
        notices += n
        period = "year"
    return BenefitResult(
        benefit=benefit,
        authority=AUTHORITY,
        amount=amount,
        taxable=True,
        steps=steps,
        period=period,
        reported=decision.amount_month,
        notices=notices,
        tax_free=min(tax_free, amount),
    )


def reporting_duties(decision: SjukersattningDecision) -> list[ReportingDuty]:
    """What the client must tell Försäkringskassan (SFB 110 kap. 46, 50, 51 §§; 37 kap. 3-4 §§)."""
    benefit = _kind_benefit(decision)
    duties = [
        ReportingDuty.of(
            benefit,
            AUTHORITY,
            "se.sjukersattning.duty.work",
            "SFB 110 kap. 46, 51, 52 §§; 36 kap. 9-10 §§; 108 kap. 2 §",
        ),
    ]
    if decision.kind == "sjukersattning":
        duties.append(
            ReportingDuty.of(
                benefit,
                AUTHORITY,
                "se.sjukersattning.duty.capacity",
                "SFB 110 kap. 46, 47, 50, 52 §§; 36 kap. 19 §; 108 kap. 2 §",
            )
        )
    if decision.granted_before_2008_07 and decision.kind == "sjukersattning":
        duties.append(
            ReportingDuty.of(
                benefit,
                AUTHORITY,
                "se.sjukersattning.duty.steglos",
                "SFB 37 kap. 3-4, 10-14 §§; 110 kap. 46 §",
            )
        )
    return duties


MESSAGES: dict[str, str] = {
    # what the benefit is
    "se.sjukersattning.kind.sjukersattning": N_("sickness compensation (sjukersättning)"),
    "se.sjukersattning.kind.aktivitetsersattning": N_("activity compensation (aktivitetsersättning)"),
    "se.sjukersattning.kind": N_(
        "You receive {kind_id} at the {level_share} level from Försäkringskassan: {reported} a month "
        "before tax according to the decision letter."
    ),
    # today's amount
    "se.sjukersattning.garantiniva_year": N_(
        "The guarantee level for full compensation at age {age_count} is {garanti_factor} × the price "
        "base amount {prisbasbelopp} = {garantiniva_year} a year."
    ),
    "se.sjukersattning.forsakringstid": N_(
        "You have {forsakringstid_count} of {full_years_count} years of insurance time, so the "
        "guarantee level is {garantiniva_year} × {forsakringstid_count} / {full_years_count} = "
        "{garantiniva_reduced_year} a year."
    ),
    "se.sjukersattning.level": N_(
        "At the {level_share} level: {garantiniva_reduced_year} × {level_share} = {garanti_level_year} "
        "a year."
    ),
    "se.sjukersattning.income_related": N_(
        "The income-related part from the decision letter is {income_related_month} a month "
        "({income_related_year} a year). The guarantee compensation tops it up to the guarantee level, "
        "so the compensation is the larger of the two: {annual_year} a year."
    ),
    "se.sjukersattning.monthly": N_(
        "Per month: {annual_year} / 12 = {amount_month} a month, rounded to whole kronor."
    ),
    "se.sjukersattning.baseline_mismatch": N_(
        "The decision letter says {reported} a month, but the rules give {modelled} a month. Check "
        "the decision letter (insurance time, income-related part, level)."
    ),
    "se.sjukersattning.income_related_above_amount": N_(
        "The income-related part entered, {income_related_month} a month, is more than the whole "
        "compensation, {amount_month} a month. A part cannot be more than the whole: check the decision "
        "letter. Here the income-related part is counted as {amount_month}."
    ),
    "se.sjukersattning.income_related_above_max": N_(
        "The income-related part entered, {income_related_month} a month, is more than the highest "
        "possible at this level, {max_month} a month. Check the decision letter."
    ),
    # working within the uncompensated share
    "se.sjukersattning.work.none": N_(
        "Not working: the compensation is paid in full, {amount_month} a month."
    ),
    "se.sjukersattning.work.within_share": N_(
        "You work {work_share} of full time. Your compensation covers {level_share}, so you may work "
        "up to {free_share} without any change: it stays {amount_month} a month."
    ),
    "se.sjukersattning.work.above_share": N_(
        "You work {work_share} of full time, more than the {free_share} that your compensation leaves "
        "free. Working more than that without vilande compensation shows a work capacity you were "
        "assumed to lack: Försäkringskassan may reduce or stop the compensation and reclaim what was "
        "paid for the time you worked. The calculation shows the amount unchanged, {amount_month} a "
        "month, but it is not safe."
    ),
    # vilande
    "se.sjukersattning.duty.work.what": N_(
        "That you will start working, work more hours, or keep working after a vilande period; apply "
        "for vilande compensation at the same time."
    ),
    "se.sjukersattning.duty.work.when": N_("Before you start or change the work."),
    "se.sjukersattning.duty.work.how": N_(
        "On Försäkringskassan's My pages or by phone; ask for the form for vilande compensation."
    ),
    "se.sjukersattning.duty.work.consequence": N_(
        "Work that was not reported before it started can lead to the compensation being stopped or "
        "reduced, and what was paid for that time must be paid back."
    ),
    "se.sjukersattning.duty.capacity.what": N_(
        "That your health or work capacity has improved, even if you do not work."
    ),
    "se.sjukersattning.duty.capacity.when": N_(
        "As soon as possible, and at the latest 14 days after you notice it."
    ),
    "se.sjukersattning.duty.capacity.how": N_("On Försäkringskassan's My pages or by phone."),
    "se.sjukersattning.duty.capacity.consequence": N_(
        "The compensation can be stopped or reduced, and compensation paid although the right to it "
        "had changed must be paid back."
    ),
    "se.sjukersattning.duty.steglos.what": N_(
        "Apply for steglös avräkning and give your expected income for the year."
    ),
    "se.sjukersattning.duty.steglos.when": N_(
        "Every year, before the work starts that year; again if your income changes."
    ),
    "se.sjukersattning.duty.steglos.how": N_("Application to Försäkringskassan."),
    "se.sjukersattning.duty.steglos.consequence": N_(
        "A late application is rejected and the ordinary rules apply: the compensation can be "
        "reassessed. A too-low income estimate leads to paying back at the final settlement."
    ),
}
