"""Sweden month by month from the first day of work (benefits_calc.timeline).

What changes from one month to the next (``month_case``), each from the rule module that owns it:

* Vilande sjukersättning/aktivitetsersättning (SFB 36 kap. 10-18 §§, rules/se/vilande.py): each
  month of work on vilande uses one of the 24 months (`se_vilande_max_months`); the 25 % of the
  vilande part is paid for `se_vilande_paid_max_months` months (18 §). After the vilande time the
  ordinary rules apply: Försäkringskassan reassesses (36 kap. 19-20 §§), so the amount after it is
  marked uncertain.
* Ekonomiskt bistånd (SoL 2025:400 12 kap. 8 §, rules/se/ekonomiskt_bistand.py): a month with
  försörjningsstöd adds to the months in a row (a month without ends the row); jobbstimulans starts
  after `eb_jobbstimulans_qualifying_months` in a row and runs for `eb_jobbstimulans_duration_months`
  calendar months. The jobbpremie counts its paid months (at most `jobbpremie_max_months`) and ends
  with the scheme (`jobbpremie_max_month`'s last date).
* Sjukpenning (SFB 27 kap. 21-24, 46-49 §§): the days in the rehabilitation chain go on, counted from
  the case's days on its rule date; a month is computed with the days at its end, so the month in
  which day 365 falls is shown at the fortsättningsnivå from its first day (the event says so).

The events (``timeline_events``) add, for each calendar year of the table, the bostadsbidrag settled
after the year (SFB 98 kap. 5-6 §§) and the restskatt or refund (SFL 56 kap. 10 §, 62 kap. 8 §),
both computed with the year's actual income: the months before work as not working, the months
after the table as the last month (benefits_calc.timeline.Timeline.year).
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from benefits_calc.rules.se import (
    bostadsbidrag,
    ekonomiskt_bistand,
    sjukersattning,
    sjukpenning,
    skatt,
    steglos_avrakning,
)
from benefits_calc.rules.se.case import SECase

from benefits_calc.explain import N_
from benefits_calc.models import WorkScenario
from benefits_calc.money import TWELVE, ZERO, clamp0, round_half_up
from benefits_calc.outcome import Outcome
from benefits_calc.parameters import ParameterSet, parameters
from benefits_calc.timeline import (
    Event,
    MonthContext,
    Timeline,
    TimelineMonth,
    add_months,
    calibrated_year,
    first_of_month,
    settlement,
)

EB = ekonomiskt_bistand.BENEFIT
JP = ekonomiskt_bistand.JOBBPREMIE
BB = bostadsbidrag.BENEFIT
BTP = "se.bostadstillagg"
SP = sjukpenning.BENEFIT
JS_PARAMS = (
    "eb_jobbstimulans_share",
    "eb_jobbstimulans_qualifying_months",
    "eb_jobbstimulans_duration_months",
)
JS_LAW = "SoL (2025:400) 12 kap. 8 §"
VILANDE_PARAMS = (
    "se_vilande_min_months_received",
    "se_vilande_max_months",
    "se_vilande_paid_rate",
    "se_vilande_paid_max_months",
)
TAX_SOURCE = "https://www4.skatteverket.se/rattsligvagledning/edition/2024.6/325090.html"
BB_SOURCE = (
    "https://www.riksrevisionen.se/rapporter/granskningsrapporter/2018/"
    "aterkrav-av-bostadsbidrag---latt-att-gora-fel/bakgrund.html"
)

MESSAGES = {
    # vilande
    "se.tl.vilande.start": N_(
        "{benefit_id} rests (vilande) at {vilande_share} of full compensation while you work: "
        "{to_amount} a month instead of {from_amount}, of which {tax_free_month} (25 % of the resting "
        "part) is tax free. The vilande time can last {left_months} more months (the last month: "
        "{last_yearmonth})."
    ),
    "se.tl.vilande.apply": N_(
        "Apply to Försäkringskassan for vilande compensation before the first day of work. Work done "
        "before the decision is not protected."
    ),
    "se.tl.vilande.kept_stops": N_(
        "The 25 % of the resting part has been paid for {paid_max_months} months and stops: "
        "{benefit_id} becomes {to_amount} a month."
    ),
    "se.tl.vilande.ends": N_(
        "The vilande time of {max_months} months is over (the last month was {last_yearmonth}). If you "
        "keep working, "
        "Försäkringskassan reassesses your work capacity, and {benefit_id} may be reduced or stop; if "
        "you stop working, the compensation you have today is paid again. The amounts from this month "
        "are uncertain."
    ),
    "se.tl.vilande.ends_ae": N_(
        "The vilande time of {max_months} months is over (the last month was {last_yearmonth}). Activity "
        "compensation is then "
        "paid for 3 months without a new assessment, except for the part you still work; after that "
        "Försäkringskassan decides. The amounts from this month are uncertain."
    ),
    "se.tl.vilande.before_end": N_(
        "Before the vilande time ends, talk to Försäkringskassan about whether you will go on working "
        "and what it means for your compensation."
    ),
    # steglös avräkning
    "se.tl.steglos.apply": N_(
        "Steglös avräkning for {year}: the compensation is reduced for the whole year by half of your "
        "income above the free amount. It must be applied for each year before the work that year."
    ),
    "se.tl.steglos.apply_action": N_(
        "Apply to Försäkringskassan for steglös avräkning for {year} before you work in {year}."
    ),
    "se.tl.steglos.settled": N_(
        "Sickness compensation for {year} is settled against your income for the year ({income_year}): "
        "the final compensation is {final_year}, {paid_year} was paid. {difference_text_id}"
    ),
    # ekonomiskt bistånd
    "se.tl.js.applies": N_(
        "Jobbstimulans applies from your first pay: {disregard_share} of the pay after tax is not counted "
        "for försörjningsstöd, for {left_months} more months (the last month: {last_yearmonth})."
    ),
    "se.tl.js.starts": N_(
        "You have had försörjningsstöd {qualifying_months} months in a row, so jobbstimulans starts: "
        "{disregard_share} of the pay after tax is not counted, for two years (the last month: "
        "{last_yearmonth}). Försörjningsstöd becomes {to_amount} instead of {from_amount}."
    ),
    "se.tl.js.ends": N_(
        "The two years of jobbstimulans are over: all your pay after tax counts for försörjningsstöd from "
        "this month."
    ),
    "se.tl.js.chain_broken": N_(
        "Försörjningsstöd stops before jobbstimulans started. If you need it again, {qualifying_months} "
        "new months in a row with försörjningsstöd are needed before jobbstimulans applies."
    ),
    "se.tl.eb.apply_monthly": N_(
        "Apply for försörjningsstöd each month with your pay slips; the socialtjänst counts the pay you "
        "receive that month."
    ),
    "se.tl.jp.first": N_(
        "Jobbpremie from Försäkringskassan: {amount} for this month, tax free (a month with pay and no "
        "försörjningsstöd), for at most {max_months} months."
    ),
    "se.tl.jp.apply": N_(
        "Apply to Försäkringskassan for the jobbpremie for each month, with that month's pay, within three "
        "calendar months after the month."
    ),
    "se.tl.jp.used_up": N_("Jobbpremie has been paid for {max_months} months, the most allowed: it stops."),
    "se.tl.jp.scheme_ends": N_("The temporary jobbpremie ends with {last_date}: it stops."),
    # sjukpenning
    "se.tl.sp.day181": N_(
        "Day {day_days} in the rehabilitation chain ({on_date}): from now Försäkringskassan assesses your "
        "work capacity against work that is normally found on the labour market, not only your own job."
    ),
    "se.tl.sp.day181_action": N_(
        "Before then, make sure the medical certificate describes what you cannot do, and talk with "
        "Försäkringskassan about your plan for work."
    ),
    "se.tl.sp.day365": N_(
        "Day {day_days} with sjukpenning ({on_date}): the rate falls from {normal_rate} to "
        "{compensation_rate} of the income (fortsättningsnivå). Sjukpenning becomes {to_amount} a month "
        "instead of {from_amount}; this month is shown at the new rate from its first day."
    ),
    "se.tl.sp.day365_serious": N_(
        "Day {day_days} with sjukpenning ({on_date}): because of a serious illness the rate stays "
        "{normal_rate}."
    ),
    # bostadsbidrag
    "se.tl.bb.final": N_(
        "Final bostadsbidrag for {year}: with the year's income of {bgi_year} it is {final_year}; "
        "{paid_year} was paid preliminarily. {difference_text_id}"
    ),
    "se.tl.bb.report": N_(
        "Report the new income estimate for {year} to Försäkringskassan at once. If you do not, "
        "{unreported_paid_year} is paid for {year} and about {unreported_difference} must be paid back."
    ),
    "se.tl.bb.report_small": N_(
        "Report the new income estimate for {year} to Försäkringskassan at once (the difference for the "
        "year would otherwise be {unreported_difference})."
    ),
    "se.tl.bb.when": N_(
        "The final bidrag is set when Skatteverket has decided the final tax for {year} (at the latest in "
        "December {next_year_year_number}); Försäkringskassan's decision can come up to two years after "
        "the first payment and says by when to pay."
    ),
    # bostadstillägg
    "se.tl.btp.year_income": N_(
        "Bostadstillägg is calculated on your expected income for a year: with the work it becomes "
        "{to_amount} a month instead of {from_amount}."
    ),
    "se.tl.btp.report": N_(
        "Tell Försäkringskassan about the work and your expected income before you start (at the latest "
        "14 days after you know)."
    ),
    # tax
    "se.tl.skatt.restskatt": N_(
        "Restskatt for {year}: the final tax on the year's income is {final_tax}, but about {withheld} is "
        "deducted during the year. You pay about {difference} after the final tax decision, for most "
        "people by 12 November {next_year_year_number}."
    ),
    "se.tl.skatt.refund": N_(
        "Tax back for {year}: the final tax on the year's income is {final_tax}, but about {withheld} is "
        "deducted during the year. About {difference} is paid back after the final tax decision, between "
        "April and December {next_year_year_number}."
    ),
    "se.tl.skatt.jamkning": N_(
        "Ask Skatteverket for an adjustment (jämkning) or ask your employer to deduct more tax during "
        "{year}, or put the money aside."
    ),
}


# ---------------------------------------------------------------------------------------------
# Month by month


def _regime(m: TimelineMonth, work: WorkScenario) -> str:
    """How the sickness compensation meets the work in month `m` (vilande, steglös …)."""
    se = m.case.sjukersattning  # type: ignore[attr-defined]
    if se is None:
        return "none"
    return sjukersattning._choose(se, work.share_counted, m.params)


def _days_at_start(case: SECase, start: date) -> int:
    """Days in the rehabilitation chain on the first day of work: the case's days on its rule date,
    and the days until the start (the sick leave goes on)."""
    assert case.sjukpenning is not None
    return case.sjukpenning.days_in_rehab_chain + max(0, (start - case.rule_date).days)


def month_case(case: SECase, work: WorkScenario, ctx: MonthContext) -> SECase:
    """The case as it stands in month `ctx.number` (see the module docstring)."""
    updates: dict[str, object] = {}
    prev = ctx.previous[-1] if ctx.previous else None
    if case.sjukpenning is not None:
        sp = case.sjukpenning
        days = _days_at_start(case, ctx.start) + (add_months(ctx.month, 1) - ctx.start).days
        sp_update: dict[str, object] = {"days_in_rehab_chain": min(days, 5000)}
        p = ctx.params
        if sp.amount_month is not None and not sp.serious_illness:
            if sp.days_in_rehab_chain <= p.v("sp_normal_level_max_days") < days:
                # The decision's amount is at the normal level; from day 365 the rate falls (28 kap.
                # 7 §), and so does what the decision would say: 0,75 / 0,80 of it, whole kronor.
                sp_update["amount_month"] = round_half_up(
                    sp.amount_month * p.v("sp_rate_continued") / p.v("sp_rate_normal")
                )
        updates["sjukpenning"] = sp.model_copy(update=sp_update)
    if prev is None:
        return case.model_copy(update=updates) if updates else case
    before: SECase = prev.case  # type: ignore[assignment]
    se = before.sjukersattning  # carried on from the month before, one more vilande month used
    if se is not None:
        if _regime(prev, work) == "vilande":
            used = min(se.vilande_months_used + 1, int(prev.params.v("se_vilande_max_months")))
            se = se.model_copy(update={"vilande_months_used": used})
        updates["sjukersattning"] = se
    eb = before.ekonomiskt_bistand
    if eb is not None:
        paid = (prev.amount(EB) or ZERO) > 0
        status = ekonomiskt_bistand.jobbstimulans_status(eb, prev.params)
        duration = int(prev.params.v("eb_jobbstimulans_duration_months"))
        used = eb.jobbstimulans_months_used + (1 if status == "active" else 0)
        jp_used = eb.jobbpremie_months_used + (1 if (prev.amount(JP) or ZERO) > 0 else 0)
        updates["ekonomiskt_bistand"] = eb.model_copy(
            update={
                "consecutive_months": min(eb.consecutive_months + 1, 600) if paid else 0,
                "jobbstimulans_months_used": min(used, duration),
                "jobbpremie_months_used": min(jp_used, 18),
            }
        )
    return case.model_copy(update=updates) if updates else case


# ---------------------------------------------------------------------------------------------
# Events


def timeline_events(case: SECase, work: WorkScenario, tl: Timeline) -> list[Event]:
    events: list[Event] = []
    if case.sjukersattning is not None:
        events += _sjukersattning_events(case, work, tl)
    if case.ekonomiskt_bistand is not None:
        events += _eb_events(case, tl)
        events += _jobbpremie_events(tl)
    if case.sjukpenning is not None:
        events += _sjukpenning_events(case, tl)
    if case.bostadstillagg is not None:
        events += _btp_events(tl)
    if case.bostadsbidrag is not None:
        for year in tl.years:
            events += _bostadsbidrag_year(case, work, tl, year)
    for year in tl.years:
        events += _tax_year(case, work, tl, year)
    return events


def _sjukersattning_events(case: SECase, work: WorkScenario, tl: Timeline) -> list[Event]:
    assert case.sjukersattning is not None
    se = case.sjukersattning
    bid = sjukersattning._kind_benefit(se)
    first = tl.months[0]
    regime = _regime(first, work)
    out: list[Event] = []
    if regime == "vilande":
        p = first.params
        max_months = int(p.v("se_vilande_max_months"))
        paid_max = int(p.v("se_vilande_paid_max_months"))
        used0 = first.case.sjukersattning.vilande_months_used  # type: ignore[attr-defined]
        left = max_months - used0
        end = add_months(tl.start, left)
        last = add_months(tl.start, left - 1)
        b1 = first.outcome.benefit(bid)
        assert b1 is not None
        from benefits_calc.rules.se import vilande

        out.append(
            Event(
                tl.start,
                "se.tl.vilande.start",
                {
                    "benefit_id": bid,
                    "vilande_share": vilande.share(work.share_counted, se.share),
                    "from_amount": tl.before.amount_of(bid),
                    "to_amount": b1.amount,
                    "tax_free_month": b1.tax_free,
                    "left_months": left,
                    "last_yearmonth": last.isoformat(),
                },
                benefit=bid,
                amount=b1.amount,
                action="se.tl.vilande.apply",
                action_by=tl.start - timedelta(days=1),
                tells=("se.sjukersattning.vilande.apply_first",),
                law="SFB 36 kap. 10-14, 18 §§",
                params=VILANDE_PARAMS,
                severity="warning",
                kind="vilande",
            )
        )
        if paid_max - used0 < left:
            stop = add_months(tl.start, paid_max - used0)
            m = tl.month(stop)
            out.append(
                Event(
                    stop,
                    "se.tl.vilande.kept_stops",
                    {
                        "paid_max_months": paid_max,
                        "benefit_id": bid,
                        "to_amount": m.outcome.amount_of(bid) if m else None,
                    },
                    benefit=bid,
                    amount=m.outcome.amount_of(bid) if m else None,
                    law="SFB 36 kap. 18 §",
                    params=("se_vilande_paid_max_months", "se_vilande_paid_rate"),
                    kind="vilande",
                )
            )
        out.append(
            Event(
                end,
                "se.tl.vilande.ends_ae" if se.kind == "aktivitetsersattning" else "se.tl.vilande.ends",
                {"max_months": max_months, "last_yearmonth": last.isoformat()}
                | ({} if se.kind == "aktivitetsersattning" else {"benefit_id": bid}),
                benefit=bid,
                action="se.tl.vilande.before_end",
                action_by=end - timedelta(days=1),
                law="SFB 36 kap. 14-15, 19-20 §§",
                params=("se_vilande_max_months",),
                severity="warning",
                kind="vilande",
                marks_uncertain=True,
                explains=(bid,),  # the amount after it is the authority's to decide, not a change
            )
        )
    elif regime == "steglos":
        out += _steglos_events(case, work, tl, bid)
    return out


def _steglos_events(case: SECase, work: WorkScenario, tl: Timeline, bid: str) -> list[Event]:
    """Steglös avräkning (SFB 37 kap.): applied for each year before the work; the preliminary
    compensation is settled against the year's income (10-14 §§)."""
    assert case.sjukersattning is not None
    out: list[Event] = []
    for year in tl.years:
        on = max(tl.start, date(year, 1, 1))
        out.append(
            Event(
                on,
                "se.tl.steglos.apply",
                {"year": year},
                benefit=bid,
                action="se.tl.steglos.apply_action",
                action_values={"year": year},
                action_by=on - timedelta(days=1),
                law="SFB 37 kap. 3-4 §§",
                severity="warning",
                kind="steglos",
            )
        )
        months = tl.year(year)
        earnings_year = sum((_earnings_year(work, w) for _, _, w in months), ZERO) / TWELVE
        p = _year_params(tl, year)
        base = tl.months[0].calc.today.sjukersattning[0]  # type: ignore[union-attr]
        final_month, _, _ = steglos_avrakning.calculate(
            case.sjukersattning, base, (earnings_year / TWELVE), p, bid
        )
        final = TWELVE * final_month
        paid = sum((o.amount_of(bid) for _, o, _ in months), ZERO)
        threshold = p.v("se_steglos_settlement_threshold")
        out.append(
            settlement(
                date(year + 1, 12, 1),
                "se.tl.steglos.settled",
                {"year": year, "income_year": earnings_year, "final_year": final, "paid_year": paid},
                bid,
                paid - final,
                threshold,
                law="SFB 37 kap. 10-14 §§",
                params=("se_steglos_settlement_threshold",),
            )
        )
    return out


def _eb_events(case: SECase, tl: Timeline) -> list[Event]:
    out: list[Event] = []
    status = [ekonomiskt_bistand.jobbstimulans_status(m.case.ekonomiskt_bistand, m.params) for m in tl.months]  # type: ignore[attr-defined]
    p = tl.months[0].params
    share = p.v("eb_jobbstimulans_share")
    duration = int(p.v("eb_jobbstimulans_duration_months"))
    qualifying = int(p.v("eb_jobbstimulans_qualifying_months"))
    common = {
        "benefit": EB,
        "action": "se.tl.eb.apply_monthly",
        "law": JS_LAW,
        "params": JS_PARAMS,
        "kind": "jobbstimulans",
    }
    prev_eb = tl.before.amount_of(EB)
    for i, m in enumerate(tl.months):
        eb = m.outcome.amount_of(EB)
        used = m.case.ekonomiskt_bistand.jobbstimulans_months_used  # type: ignore[attr-defined]
        if i == 0 and status[0] == "active":
            out.append(
                Event(
                    m.month,
                    "se.tl.js.applies",
                    {
                        "disregard_share": share,
                        "left_months": duration - used,
                        "last_yearmonth": add_months(m.month, duration - used - 1).isoformat(),
                    },
                    amount=eb,
                    **common,  # type: ignore[arg-type]
                )
            )
        elif i > 0 and status[i - 1] == "not_yet" and status[i] == "active":
            out.append(
                Event(
                    m.month,
                    "se.tl.js.starts",
                    {
                        "qualifying_months": qualifying,
                        "disregard_share": share,
                        "last_yearmonth": add_months(m.month, duration - 1).isoformat(),
                        "from_amount": prev_eb,
                        "to_amount": eb,
                    },
                    amount=eb,
                    **common,  # type: ignore[arg-type]
                )
            )
        elif i > 0 and status[i - 1] == "active" and status[i] == "ended":
            out.append(Event(m.month, "se.tl.js.ends", {}, amount=eb, **common))  # type: ignore[arg-type]
        if eb == 0 and prev_eb > 0 and status[i] == "not_yet":
            out.append(
                Event(
                    m.month,
                    "se.tl.js.chain_broken",
                    {"qualifying_months": qualifying},
                    benefit=EB,
                    law=JS_LAW,
                    params=JS_PARAMS,
                    kind="jobbstimulans",
                )
            )
        prev_eb = eb
    last = tl.months[-1]
    if status[-1] == "active":
        used = last.case.ekonomiskt_bistand.jobbstimulans_months_used  # type: ignore[attr-defined]
        end = add_months(last.month, duration - used)
        if end > last.month:
            out.append(Event(end, "se.tl.js.ends", {}, **common))  # type: ignore[arg-type]
    return out


def _jobbpremie_events(tl: Timeline) -> list[Event]:
    out: list[Event] = []
    paid = [m.outcome.amount_of(JP) for m in tl.months]
    common = {
        "benefit": JP,
        "law": "Förordning om jobbpremie (not read)",
        "source": ekonomiskt_bistand.JOBBPREMIE_REFERENCE,
        "params": ("jobbpremie_rate", "jobbpremie_max_month", "jobbpremie_max_months"),
        "kind": "jobbpremie",
    }
    for i, m in enumerate(tl.months):
        if paid[i] > 0 and (i == 0 or paid[i - 1] == 0):
            out.append(
                Event(
                    m.month,
                    "se.tl.jp.first",
                    {"amount": paid[i], "max_months": m.params.v("jobbpremie_max_months")},
                    amount=paid[i],
                    action="se.tl.jp.apply",
                    **common,  # type: ignore[arg-type]
                )
            )
        if i > 0 and paid[i] == 0 and paid[i - 1] > 0:
            out.append(_jp_end(tl.months[i - 1], m.month, m))
    if paid[-1] > 0:
        last = tl.months[-1]
        p = last.params
        used = last.case.ekonomiskt_bistand.jobbpremie_months_used + 1  # type: ignore[attr-defined]
        by_count = add_months(last.month, int(p.v("jobbpremie_max_months")) - used + 1)
        until = p["jobbpremie_max_month"].until
        by_scheme = add_months(until, 1) if until is not None else by_count
        out.append(_jp_end(last, min(by_count, by_scheme), None))
    return out


def _jp_end(last_paid: TimelineMonth, on: date, m: TimelineMonth | None) -> Event:
    p = last_paid.params
    until = p["jobbpremie_max_month"].until
    common = {
        "benefit": JP,
        "law": "Förordning om jobbpremie (not read)",
        "source": ekonomiskt_bistand.JOBBPREMIE_REFERENCE,
        "kind": "jobbpremie",
    }
    if until is not None and on > until:
        return Event(
            on,
            "se.tl.jp.scheme_ends",
            {"last_date": until.isoformat()},
            amount=ZERO,
            params=("jobbpremie_max_month",),
            **common,  # type: ignore[arg-type]
        )
    return Event(
        on,
        "se.tl.jp.used_up",
        {"max_months": p.v("jobbpremie_max_months")},
        amount=ZERO,
        params=("jobbpremie_max_months",),
        **common,  # type: ignore[arg-type]
    )


def _sjukpenning_events(case: SECase, tl: Timeline) -> list[Event]:
    assert case.sjukpenning is not None
    first = tl.months[0]
    if first.outcome.amount_of(SP) <= 0:
        return []
    p = first.params
    days0 = _days_at_start(case, tl.start)
    out: list[Event] = []
    labour_market = int(p.table("sp_rehab_chain_days")["labour_market"])
    day = labour_market + 1
    if days0 < day:
        on = tl.start + timedelta(days=day - days0 - 1)
        out.append(
            Event(
                first_of_month(on),
                "se.tl.sp.day181",
                {"day_days": day, "on_date": on.isoformat()},
                benefit=SP,
                action="se.tl.sp.day181_action",
                action_by=on - timedelta(days=1),
                law="SFB 27 kap. 46-49 §§",
                params=("sp_rehab_chain_days",),
                severity="warning",
                kind="rehab_chain",
            )
        )
    normal_max = int(p.v("sp_normal_level_max_days"))
    day = normal_max + 1
    if days0 < day:
        on = tl.start + timedelta(days=day - days0 - 1)
        month = first_of_month(on)
        m = tl.month(month)
        prev = tl.month(add_months(month, -1))
        values = {
            "day_days": day,
            "on_date": on.isoformat(),
            "normal_rate": p.v("sp_rate_normal"),
            "compensation_rate": p.v("sp_rate_continued"),
            "from_amount": (prev.outcome if prev else tl.before).amount_of(SP),
            "to_amount": m.outcome.amount_of(SP) if m else None,
        }
        serious = case.sjukpenning.serious_illness
        out.append(
            Event(
                month,
                "se.tl.sp.day365_serious" if serious else "se.tl.sp.day365",
                values,
                benefit=SP,
                amount=None if serious or m is None else m.outcome.amount_of(SP),
                law="SFB 27 kap. 21-24 §§; 28 kap. 7 §",
                params=("sp_normal_level_max_days", "sp_rate_normal", "sp_rate_continued"),
                approximate=not serious,
                kind="rehab_chain",
            )
        )
    return out


def _btp_events(tl: Timeline) -> list[Event]:
    first = tl.months[0]
    before, after = tl.before.amount_of(BTP), first.outcome.amount_of(BTP)
    if before == after:
        return []
    return [
        Event(
            tl.start,
            "se.tl.btp.year_income",
            {"from_amount": before, "to_amount": after},
            benefit=BTP,
            amount=after,
            action="se.tl.btp.report",
            action_by=tl.start - timedelta(days=1),
            law="SFB 102 kap. 3 §; 110 kap. 46 §",
            kind="btp",
        )
    ]


# ---------------------------------------------------------------------------------------------
# The year settled after the year


def _year_params(tl: Timeline, year: int) -> ParameterSet:
    """The rules of a calendar year: those of its first month in the table (else its 1 January)."""
    m = next((m for m in tl.months if m.month.year == year), None)
    return m.params if m is not None else parameters(tl.country, date(year, 1, 1))


def _earnings_year(work: WorkScenario, working: bool) -> Decimal:
    return work.earnings_year if working else ZERO


def _taxable_parts(case: SECase, o: Outcome) -> tuple[Decimal, Decimal, Decimal]:
    """(sjuk-/aktivitetsersättning taxed, sjukpenning + aktivitetsstöd taxed, tjänstepension), a month,
    as the pipeline counts them (the vilande 25 % is tax free)."""
    se = o.benefit("se.sjukersattning") or o.benefit("se.aktivitetsersattning")
    se_taxable = ZERO if se is None else se.amount - se.tax_free
    other = o.amount_of(SP)
    for kind in ("se.aktivitetsstod", "se.utvecklingsersattning"):
        b = o.benefit(kind)
        if b is not None and b.taxable:
            other += b.amount
    return se_taxable, other, case.other_income.tjanstepension_month


def _bgi_year(case: SECase, work: WorkScenario, o: Outcome, working: bool) -> Decimal:
    """The bidragsgrundande inkomst for a year at this month's income (as the pipeline counts it)."""
    se_taxable, other, tjp = _taxable_parts(case, o)
    return _earnings_year(work, working) + TWELVE * (se_taxable + other + tjp)


def _bostadsbidrag_year(case: SECase, work: WorkScenario, tl: Timeline, year: int) -> list[Event]:
    """The final bostadsbidrag for a calendar year (SFB 98 kap. 5-6 §§): the year's bidrag on the
    year's actual income, against the preliminary bidrag paid (the months as the table shows them,
    which assumes the new income is reported), and against today's bidrag kept all year (not
    reported). Differences under `bb_settlement_threshold` are neither paid nor reclaimed."""
    assert case.bostadsbidrag is not None
    months = tl.year(year)
    bgi = sum((_bgi_year(case, work, o, w) for _, o, w in months), ZERO) / TWELVE
    p = _year_params(tl, year)
    partner = case.partner
    final_r = bostadsbidrag.calculate(
        case.bostadsbidrag,
        applicant_age=case.person.age,
        is_couple=case.is_couple,
        children=case.children,
        housing_cost_month=case.housing.housing_cost_month,
        area_m2=case.housing.area_m2,
        bgi_year=bgi,
        partner_bgi_year=(
            TWELVE
            * (partner.work_income_month + partner.sjukersattning_month + partner.other_taxable_income_month)
            if partner is not None
            else None
        ),
        p=p,
        partner_age=partner.age if partner is not None else None,
        receives_bostadstillagg=case.bostadstillagg is not None,
    )
    if final_r.year_amount is None:
        return []
    final = calibrated_year(tl, BB, final_r.year_amount)
    paid = sum((o.amount_of(BB) for _, o, _ in months), ZERO)
    unreported = TWELVE * tl.before.amount_of(BB)
    threshold = p.v("bb_settlement_threshold")
    unreported_diff = clamp0(unreported - final).quantize(Decimal(1), ROUND_HALF_UP)
    first_working = next(on for on, _, w in months if w) if any(w for _, _, w in months) else None
    event = settlement(
        date(year + 1, 12, 1),
        "se.tl.bb.final",
        {
            "year": year,
            "bgi_year": bgi.quantize(Decimal(1), ROUND_HALF_UP),
            "final_year": final,
            "paid_year": paid,
        },
        BB,
        paid - final,
        threshold,
        law="SFB 98 kap. 5-6 §§",
        params=("bb_settlement_threshold",),
        source=BB_SOURCE,
        action="se.tl.bb.report" if unreported_diff >= threshold else "se.tl.bb.report_small",
        action_values={
            "year": year,
            "unreported_paid_year": unreported,
            "unreported_difference": unreported_diff,
        },
        action_by=(first_working - timedelta(days=1)) if first_working else None,
        small_severity="warning" if unreported_diff >= threshold else "info",
    )
    when = Event(
        date(year + 1, 12, 1),
        "se.tl.bb.when",
        {"year": year, "next_year_year_number": year + 1},
        benefit=BB,
        law="SFB 98 kap. 5 §; SFL 56 kap. 10 §",
        source=BB_SOURCE,
        approximate=True,
        kind="reconciliation_when",
    )
    return [event, when]


def _tax_year(case: SECase, work: WorkScenario, tl: Timeline, year: int) -> list[Event]:
    """Restskatt or a refund for a calendar year: the final tax on the year's income against the tax
    deducted month by month (skatt.estimated_withholding: the main payer by the table, the others a
    flat 30 %; one payer: the table, which is the final tax on that income)."""
    first = tl.months[0]
    today = first.calc.today
    fees = today.fees if today is not None else {}
    age, rate = case.person.age, case.person.kommunalskatt_percent
    p = _year_params(tl, year)
    total = [ZERO, ZERO, ZERO, ZERO]
    withheld = ZERO
    for _, o, w in tl.year(year):
        se_taxable, other, tjp = _taxable_parts(case, o)
        income = skatt.TaxableIncome(
            arbetsinkomst=_earnings_year(work, w),
            sjuk_aktivitetsersattning=TWELVE * se_taxable,
            other_pensionable=TWELVE * other,
            other_taxable=TWELVE * tjp,
        )
        for i, part in enumerate(
            (
                income.arbetsinkomst,
                income.sjuk_aktivitetsersattning,
                income.other_pensionable,
                income.other_taxable,
            )
        ):
            total[i] += part / TWELVE
        estimate = skatt.estimated_withholding(income, age=age, kommunalskatt_percent=rate, p=p)
        if estimate is not None:
            withheld += estimate[1] / TWELVE
        else:
            withheld += (
                skatt.calculate(income, age=age, kommunalskatt_percent=rate, p=p, **fees).annual / TWELVE
            )
    year_income = skatt.TaxableIncome(*total)
    final = skatt.calculate(year_income, age=age, kommunalskatt_percent=rate, p=p, **fees).annual
    withheld = withheld.quantize(Decimal(1), ROUND_HALF_UP)
    difference = (final - withheld).quantize(Decimal(1), ROUND_HALF_UP)
    if difference == 0:
        return []
    values = {
        "year": year,
        "final_tax": final,
        "withheld": withheld,
        "difference": abs(difference),
        "next_year_year_number": year + 1,
    }
    common = {
        "benefit": skatt.BENEFIT,
        "amount": abs(difference),
        "period": "once",
        "law": "Skatteförfarandelagen (2011:1244) 56 kap. 10 §, 62 kap. 8 §",
        "params": ("skatt_sidoinkomst_avdrag_rate",),
        "source": TAX_SOURCE,
        "approximate": True,
        "kind": "tax_reconciliation",
    }
    if difference > 0:
        return [
            Event(
                date(year + 1, 11, 1),
                "se.tl.skatt.restskatt",
                values,
                action="se.tl.skatt.jamkning",
                action_values={"year": year},
                severity="warning",
                **common,  # type: ignore[arg-type]
            )
        ]
    return [Event(date(year + 1, 4, 1), "se.tl.skatt.refund", values, **common)]  # type: ignore[arg-type]
