"""Denmark month by month from the first day of work (benefits_calc.timeline).

* Kontanthjælp (LAS §§ 16-20, 30): the kommune deducts the month's pay from the month's
  kontanthjælp, month by month; the midlertidigt tilpasningstillæg on the afgørelse ends with the
  reform's transition period (`kh_tilpasningstillaeg_period`), so from then the case's tillæg - and
  the afgørelse's amount with it - is gone (``month_case``).
* Fleksløntilskud (LAB § 125, BEK nr. 227 af 07.03.2024): paid each month by the kommune, computed
  from the pay.
* Førtidspension (PL §§ 32 a-32 c) and boligstøtte (LBS § 22) are computed on the year's income and
  settled after the year (efterregulering; LBS § 46 b): for each calendar year of the table the
  year's amount on the year's actual income (the months before work as not working, after the table
  as the last month) against what the table pays.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from benefits_calc.rules.dk import boligstoette, fleksjob, foertidspension, kontanthjaelp, pipeline, skat
from benefits_calc.rules.dk.case import YOUNG_AGE, DKCase

from benefits_calc.explain import N_
from benefits_calc.models import WorkScenario
from benefits_calc.money import TWELVE, ZERO, clamp0
from benefits_calc.parameters import ParameterSet, parameters
from benefits_calc.timeline import Event, MonthContext, Timeline, calibrated_year, settlement, year_sum

KH = kontanthjaelp.BENEFIT
FP = foertidspension.BENEFIT
BS = boligstoette.BENEFIT
FLEX = fleksjob.BENEFIT
SDP = "dk.sygedagpenge"
# Førtidspension and boligsikring are paid as the year / 12 in whole kroner (50 øre up): twelve months
# differ from the year by at most 12 × 0,50 kr.
ROUNDING = Decimal("6")
FP_SOURCE = (
    "https://www.borger.dk/pension-og-efterloen/Folkepension-oversigt/naar-du-er-paa-folkepension/"
    "Folkepension-opgoerelse-pension"
)
BS_SOURCE = "https://www.borger.dk/bolig-og-flytning/Boligstoette-oversigt/naar-du-faar-boligstoette/Boligstoette-regulering"

MESSAGES = {
    "dk.tl.kh.first": N_(
        "Kontanthjælp is reduced because of your pay: {to_amount} instead of {from_amount} a month. The "
        "kommune deducts the pay from the kontanthjælp of the month the pay is for, and reads the pay in "
        "eIndkomst."
    ),
    "dk.tl.kh.report": N_(
        "Tell the kommune (jobcenter) about the job, the hours and the wage before the first day, and "
        "hand in your pay slips."
    ),
    "dk.tl.kh.tilpasning_ends": N_(
        "The temporary tilpasningstillæg ({tillaeg} a month) ends with the transition period of the "
        "reform: kontanthjælp becomes {to_amount} a month."
    ),
    "dk.tl.kh.fritid_after": N_(
        "Kontanthjælp stops because of your pay, and the fritidstillæg ({amount} a month) with it in this "
        "calculation; but the fritidstillæg continues for {after_months} months after you leave "
        "kontanthjælp for work."
    ),
    "dk.tl.kh.fritid_ask": N_("Ask the kommune to go on paying the fritidstillæg for those months."),
    "dk.tl.flex.monthly": N_(
        "Fleksløntilskud: the kommune pays {amount} a month on top of your pay, computed from the pay "
        "(each month from the previous month's pay, so a change of pay shows a month later)."
    ),
    "dk.tl.flex.report": N_(
        "Give the kommune your pension contribution and tell it about any other job or change of hours."
    ),
    "dk.tl.fp.settled": N_(
        "Efterregulering of førtidspension for {year}: on the year's own income of {income_year} the "
        "pension for the year is {final_year}; {paid_year} was paid. {difference_text_id}"
    ),
    "dk.tl.fp.report": N_(
        "Change your forskudsopgørelse at skat.dk before you start, so that Udbetaling Danmark pays the "
        "pension on your new income."
    ),
    "dk.tl.bs.monthly": N_(
        "Udbetaling Danmark regulates boligstøtte each month from the income in eIndkomst: {to_amount} "
        "instead of {from_amount} a month with the pay; a difference for one month is settled in a "
        "later payment."
    ),
    "dk.tl.bs.settled": N_(
        "Efterregulering of boligstøtte for {year}: on the household's income for the year of "
        "{income_year} the boligstøtte for the year is {final_year}; {paid_year} was paid. "
        "{difference_text_id}"
    ),
    "dk.tl.settle.when": N_("It comes after your årsopgørelse for {year}; the month is not confirmed."),
}


def month_case(case: DKCase, work: WorkScenario, ctx: MonthContext) -> DKCase:
    """The tilpasningstillæg ends with its period: the case's tillæg and the afgørelse's amount
    lose it (otherwise the afgørelse's amount would keep it)."""
    kh = case.kontanthjaelp
    if kh is None or kh.tilpasningstillaeg_month <= 0 or ctx.params.in_force("kh_tilpasningstillaeg_period"):
        return case
    return case.model_copy(
        update={
            "kontanthjaelp": kh.model_copy(
                update={
                    "tilpasningstillaeg_month": ZERO,
                    "amount_month": clamp0(kh.amount_month - kh.tilpasningstillaeg_month),
                }
            )
        }
    )


def timeline_events(case: DKCase, work: WorkScenario, tl: Timeline) -> list[Event]:
    out: list[Event] = []
    first = tl.months[0]
    if case.kontanthjaelp is not None:
        before, now = tl.before.amount_of(KH), first.outcome.amount_of(KH)
        if before != now:
            out.append(
                Event(
                    tl.start,
                    "dk.tl.kh.first",
                    {"from_amount": before, "to_amount": now},
                    benefit=KH,
                    amount=now,
                    action="dk.tl.kh.report",
                    action_by=tl.start - timedelta(days=1),
                    law="LAS §§ 16-20, 30; retssikkerhedsloven § 11",
                    params=("kh_fribelob_month", "kh_work_deduction_rate"),
                    # the month the pay is deducted in was not confirmed in the law text
                    verified=False,
                    kind="kontanthjaelp",
                )
            )
        tillaeg = case.kontanthjaelp.tilpasningstillaeg_month
        if tillaeg > 0:
            for prev, m in zip(tl.months, tl.months[1:], strict=False):
                if prev.params.in_force("kh_tilpasningstillaeg_period") and not m.params.in_force(
                    "kh_tilpasningstillaeg_period"
                ):
                    out.append(
                        Event(
                            m.month,
                            "dk.tl.kh.tilpasning_ends",
                            {"tillaeg": tillaeg, "to_amount": m.outcome.amount_of(KH)},
                            benefit=KH,
                            amount=m.outcome.amount_of(KH),
                            law="LAS (transition rule of lov nr. 1655 af 30.12.2024)",
                            params=("kh_tilpasningstillaeg_period",),
                            kind="kontanthjaelp",
                        )
                    )
    fritid_before = tl.before.amount_of(kontanthjaelp.FRITID)
    if (
        case.kontanthjaelp is not None
        and fritid_before > 0
        and first.outcome.amount_of(kontanthjaelp.FRITID) == 0
    ):
        after = int(first.params.v("kh_fritidstillaeg_after_months"))
        out.append(
            Event(
                tl.start,
                "dk.tl.kh.fritid_after",
                {"amount": fritid_before, "after_months": after},
                benefit=kontanthjaelp.FRITID,
                action="dk.tl.kh.fritid_ask",
                law="LAS (fritidstillæg, lov nr. 1655 af 30.12.2024)",
                params=("kh_fritidstillaeg_after_months",),
                kind="kontanthjaelp",
            )
        )
    flex = first.outcome.amount_of(FLEX)
    if flex > 0:
        out.append(
            Event(
                tl.start,
                "dk.tl.flex.monthly",
                {"amount": flex},
                benefit=FLEX,
                amount=flex,
                action="dk.tl.flex.report",
                law=fleksjob.LAW,
                params=("flex_max_share_of_max_dagpenge", "flex_reduction_rates"),
                kind="fleksjob",
            )
        )
    if case.boligstoette is not None and case.boligstoette.kind == "boligsikring":
        before, now = tl.before.amount_of(BS), first.outcome.amount_of(BS)
        if before != now:
            out.append(
                Event(
                    tl.start,
                    "dk.tl.bs.monthly",
                    {"from_amount": before, "to_amount": now},
                    benefit=BS,
                    amount=now,
                    law="LBS § 46 b",
                    source=BS_SOURCE,
                    kind="boligstoette",
                )
            )
    for year in tl.years:
        if case.foertidspension is not None and not case.foertidspension.granted_before_2003:
            out += _fp_year(case, work, tl, year)
        if case.boligstoette is not None and case.boligstoette.kind == "boligsikring":
            out += _bs_year(case, tl, year)
    return out


def _year_params(tl: Timeline, year: int) -> ParameterSet:
    m = next((m for m in tl.months if m.month.year == year), None)
    return m.params if m is not None else parameters(tl.country, date(year, 1, 1))


def _pay_after_am(work: WorkScenario, working: bool, p: ParameterSet) -> Decimal:
    """The month's pay after the employee's ATP and AM-bidrag (as the pipeline counts it)."""
    if not working or work.earnings_month <= 0:
        return ZERO
    _, atp = skat.atp_month(work.hours, p)
    return pipeline.pay_after_am(work.earnings_month, atp, p)


def _fp_year(case: DKCase, work: WorkScenario, tl: Timeline, year: int) -> list[Event]:
    """Førtidspension for the year on the year's actual income, against what was paid (PL § 32 a:
    the pension for a year is computed on that year's income)."""
    assert case.foertidspension is not None
    p = _year_params(tl, year)
    pension = case.other_income.pension_month
    pay = year_sum(tl, year, lambda on, o, w: _pay_after_am(work, w, p))
    other = year_sum(tl, year, lambda on, o, w: pension + o.amount_of(SDP))
    partner = case.partner
    final_r = foertidspension.calculate(
        case.foertidspension,
        couple=partner is not None,
        spouse_is_pensioner=partner is not None and partner.is_pensioner,
        pay_after_am_year=pay,
        other_income_year=other,
        spouse_nonwork_income_year=(
            TWELVE * (partner.other_income_month + partner.kontanthjaelp_month)
            if partner is not None
            else ZERO
        ),
        working=pay > 0,
        p=p,
    )
    if final_r.year_amount is None:
        return []
    final = calibrated_year(tl, FP, final_r.year_amount)
    paid = year_sum(tl, year, lambda on, o, w: o.amount_of(FP))
    return [
        settlement(
            date(year + 1, 5, 1),
            "dk.tl.fp.settled",
            {"year": year, "income_year": pay + other, "final_year": final, "paid_year": paid},
            FP,
            paid - final,
            rounding=ROUNDING,
            action="dk.tl.fp.report",
            action_by=tl.start - timedelta(days=1) if tl.start.year == year else None,
            law="PL §§ 32 a, 32 c (efterregulering)",
            source=FP_SOURCE,
            verified=False,
        ),
        Event(
            date(year + 1, 5, 1),
            "dk.tl.settle.when",
            {"year": year},
            benefit=FP,
            source=FP_SOURCE,
            approximate=True,
            verified=False,
            kind="reconciliation_when",
        ),
    ]


def _bs_year(case: DKCase, tl: Timeline, year: int) -> list[Event]:
    """Boligsikring for the year on the household's actual income for the year (LBS § 22), against
    what was paid; the efterregulering is LBS § 46 b."""
    assert case.boligstoette is not None
    p = _year_params(tl, year)
    today = tl.months[0].calc.today
    income = year_sum(tl, year, lambda on, o, w: o.tax.parts.get("personlig_indkomst", ZERO) / TWELVE)
    income += today.partner_personal_income_year if today is not None else ZERO
    income = income.quantize(Decimal("0.01"))
    partner = case.partner
    last = tl.year(year)[-1][1]
    final_r = boligstoette.calculate(
        case.boligstoette,
        housing=case.housing,
        persons=case.persons,
        children_count=len(case.children),
        young_couple=partner is not None and case.person.age < YOUNG_AGE and partner.age < YOUNG_AGE,
        household_income_year=income,
        foertidspension_in_household=case.foertidspension is not None
        or (partner is not None and partner.is_pensioner),
        kh_forhoejet_couple=(
            partner is not None
            and case.kontanthjaelp is not None
            and case.kontanthjaelp.sats == "forhoejet"
            and last.amount_of(KH) > 0
        ),
        couple=partner is not None,
        p=p,
    )
    if final_r.year_amount is None:
        return []
    final = calibrated_year(tl, BS, final_r.year_amount)
    paid = year_sum(tl, year, lambda on, o, w: o.amount_of(BS))
    return [
        settlement(
            date(year + 1, 4, 1),
            "dk.tl.bs.settled",
            {"year": year, "income_year": income, "final_year": final, "paid_year": paid},
            BS,
            paid - final,
            rounding=ROUNDING,
            law="LBS §§ 22, 46 b",
            source=BS_SOURCE,
            verified=False,
        ),
        Event(
            date(year + 1, 4, 1),
            "dk.tl.settle.when",
            {"year": year},
            benefit=BS,
            approximate=True,
            verified=False,
            kind="reconciliation_when",
        ),
    ]
