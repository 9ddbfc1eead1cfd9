"""Finland month by month from the first day of work (benefits_calc.timeline).

* A disability pension above its earnings limit rests (lepäämään: laki 738/2009, TyEL 47 §;
  rules/fi/lepaaminen.py) from the month the earnings pass the limit, for at least
  `fi_lepaaminen_months`["min"] and at most ["max"] months: the events say from which month it can
  be paid again (when the earnings fall back to the limit, without a new assessment) and when it
  ends if the work goes on.
* Yleinen asumistuki (938/2014): when the household's income rises by at least
  `fi_yat_review`["rise"] a month, Kela reviews the allowance from the start of the next month, so
  the first month of work is still paid as the decision says (``held_benefits``); a smaller rise
  waits for the yearly review.
* The 2026 changes land on their dates in the data: the toimeentulotuki reform (the earned-income
  disregard `fi_tt_ansiotulovahennys` ends with February 2026, the new perusosa from March 2026)
  and yleistuki replacing työmarkkinatuki and peruspäiväraha from 1 May 2026
  (`fi_yleistuki_in_force`); the events name them when the table crosses those dates.
"""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from benefits_calc.rules.fi import asumistuki, kansanelake, lepaaminen, takuuelake, toimeentulotuki, tyoelake
from benefits_calc.rules.fi.case import FICase

from benefits_calc.explain import N_
from benefits_calc.models import WorkScenario
from benefits_calc.money import ZERO
from benefits_calc.outcome import Outcome
from benefits_calc.timeline import Event, MonthContext, Timeline, add_months

YAT = asumistuki.BENEFIT
TTT = toimeentulotuki.BENEFIT
UNEMPLOYMENT = ("fi.tyomarkkinatuki", "fi.peruspaivaraha")
YLEISTUKI = "fi.yleistuki"

MESSAGES = {
    "fi.tl.rest.starts": N_(
        "Your earnings, {earnings_month} a month, are above the limit of {limit_month}: {benefit_id} "
        "rests (lepäämään) from this month instead of {from_amount} a month. It is not lost."
    ),
    "fi.tl.rest.ask": N_(
        "Ask {payer_id} to let the pension rest before the month in which your earnings go over the limit, "
        "and tell them your expected earnings."
    ),
    "fi.tl.rest.earliest_back": N_(
        "The shortest rest, {min_months} months, is over: from this month {benefit_id} can be paid again, "
        "without a new assessment of your work ability, if your earnings fall to {limit_month} a month or "
        "less."
    ),
    "fi.tl.rest.tell_back": N_("If your earnings fall to the limit or below, tell {payer_id} at once."),
    "fi.tl.rest.ends": N_(
        "The pension has rested for {max_months} months: if you still earn above the limit, {benefit_id} "
        "ends. If your earnings fall back before that, it is paid again."
    ),
    "fi.tl.rest.before_end": N_(
        "Before the two years are over, talk with {payer_id} about whether you will go on working."
    ),
    "fi.tl.yat.review": N_(
        "Kela reviews the housing allowance from the start of the month after your pay started "
        "({pay_month} a month): {to_amount} a month instead of {from_amount}. The first month of work is "
        "still paid as the decision says."
    ),
    "fi.tl.yat.apply": N_(
        "Apply to Kela for a review of the housing allowance (tarkistus) as soon as the pay starts."
    ),
    "fi.tl.yat.yearly": N_(
        "Your household's income rises by less than {rise_month} a month: Kela may pay {from_amount} a "
        "month until the yearly review (the month is in your decision) and {to_amount} after it."
    ),
    "fi.tl.ttt.march_2026": N_(
        "From March 2026 the toimeentulotuki reform applies: the 150 euros of net wages a month that were "
        "left out now count, and the perusosa is lower. Toimeentulotuki becomes {to_amount} a month "
        "instead of {from_amount}."
    ),
    "fi.tl.yleistuki": N_(
        "From 1 May 2026 Kela pays yleistuki instead of työmarkkinatuki and peruspäiväraha: {to_amount} a "
        "month (it was {from_amount})."
    ),
}


def _review_required(o: Outcome) -> bool:
    """The housing allowance rule says the rise must be reported for a review (its own verdict)."""
    b = o.benefit(YAT)
    return b is not None and any(n.msg == "fi.yat.notice.review_required" for n in b.notices)


def held_benefits(case: FICase, work: WorkScenario, ctx: MonthContext, outcome: Outcome) -> set[str]:
    """The first month of work: yleinen asumistuki is reviewed only from the next month (Kela: the
    review applies from the start of the month after the change), so it is paid as decided."""
    if ctx.number == 1 and case.yleinen_asumistuki is not None and _review_required(outcome):
        return {YAT}
    return set()


def _pensions(case: FICase) -> list[tuple[str, str, str]]:
    """(benefit id, payer message id, the limit's parameter) of each pension the client has."""
    out = []
    if case.kansanelake is not None:
        out.append((kansanelake.BENEFIT, lepaaminen.payer(kansanelake.AUTHORITY), "fi_te_full"))
    if case.takuuelake is not None:
        out.append((takuuelake.BENEFIT, lepaaminen.payer(takuuelake.AUTHORITY), "fi_te_full"))
    if case.tyoelake is not None:
        out.append(
            (tyoelake.benefit_id(case.tyoelake), lepaaminen.payer(tyoelake.AUTHORITY), tyoelake.P_LIMITS)
        )
    return out


def _limit(case: FICase, benefit: str, tl: Timeline) -> Decimal:
    p = tl.months[0].params
    if case.tyoelake is not None and benefit == tyoelake.benefit_id(case.tyoelake):
        own, upper, _ = tyoelake.limits(case.tyoelake, p)
        return upper if upper is not None else own
    return lepaaminen.kela_limit(p)


def timeline_events(case: FICase, work: WorkScenario, tl: Timeline) -> list[Event]:
    out: list[Event] = []
    first = tl.months[0]
    p = first.params
    months = p.table(lepaaminen.P_MONTHS)
    min_m, max_m = int(months["min"]), int(months["max"])
    earnings = tl.scenario.earnings_month
    for bid, payer, limit_param in _pensions(case):
        before = tl.before.amount_of(bid)
        if before <= 0 or first.outcome.amount_of(bid) > 0 or earnings <= 0:
            continue
        limit = _limit(case, bid, tl)
        if earnings <= limit:
            continue  # stopped for another reason than the earnings limit
        params = (lepaaminen.P_MONTHS, limit_param)
        common = {"benefit": bid, "law": lepaaminen.LAW, "params": params, "kind": "rest"}
        out.append(
            Event(
                tl.start,
                "fi.tl.rest.starts",
                {"earnings_month": earnings, "limit_month": limit, "benefit_id": bid, "from_amount": before},
                amount=ZERO,
                action="fi.tl.rest.ask",
                action_values={"payer_id": payer},
                action_by=tl.start - timedelta(days=1),
                tells=("fi.lepaaminen.ask_first",),
                severity="warning",
                **common,  # type: ignore[arg-type]
            )
        )
        out.append(
            Event(
                add_months(tl.start, min_m),
                "fi.tl.rest.earliest_back",
                {"min_months": min_m, "benefit_id": bid, "limit_month": limit},
                action="fi.tl.rest.tell_back",
                action_values={"payer_id": payer},
                **common,  # type: ignore[arg-type]
            )
        )
        end = add_months(tl.start, max_m)
        out.append(
            Event(
                end,
                "fi.tl.rest.ends",
                {"max_months": max_m, "benefit_id": bid},
                action="fi.tl.rest.before_end",
                action_values={"payer_id": payer},
                action_by=end - timedelta(days=1),
                severity="danger",
                **common,  # type: ignore[arg-type]
            )
        )
    if case.yleinen_asumistuki is not None:
        out += _asumistuki_events(tl)
    out += _changes_2026(case, tl)
    return out


def _asumistuki_events(tl: Timeline) -> list[Event]:
    first = tl.months[0]
    b = first.outcome.benefit(YAT)
    if b is None:
        return []
    review = first.params.table("fi_yat_review")
    law = f"{asumistuki.LAW} (tarkistaminen)"
    before = tl.before.amount_of(YAT)
    if YAT in first.held and len(tl.months) > 1:
        second = tl.months[1]
        change = second.outcome.scenario.earnings_month  # the pay is the change a review looks at
        return [
            Event(
                second.month,
                "fi.tl.yat.review",
                {"pay_month": change, "from_amount": before, "to_amount": second.outcome.amount_of(YAT)},
                benefit=YAT,
                amount=second.outcome.amount_of(YAT),
                action="fi.tl.yat.apply",
                action_by=second.month - timedelta(days=1),
                law=law,
                params=("fi_yat_review",),
                kind="asumistuki",
            )
        ]
    now = first.outcome.amount_of(YAT)
    if now != before:
        return [
            Event(
                tl.start,
                "fi.tl.yat.yearly",
                {"rise_month": review["rise"], "from_amount": before, "to_amount": now},
                benefit=YAT,
                amount=now,
                law=law,
                params=("fi_yat_review",),
                approximate=True,
                kind="asumistuki",
            )
        ]
    return []


def _changes_2026(case: FICase, tl: Timeline) -> list[Event]:
    """The toimeentulotuki reform in March 2026 and yleistuki from May 2026, when the table crosses
    them (the dates are the data's: the parameters' first and last days)."""
    out: list[Event] = []
    for prev, m in zip(tl.months, tl.months[1:], strict=False):
        ttt = (prev.outcome.amount_of(TTT), m.outcome.amount_of(TTT))
        if (
            case.toimeentulotuki is not None
            and any(ttt)
            and prev.params.in_force("fi_tt_ansiotulovahennys")
            and not m.params.in_force("fi_tt_ansiotulovahennys")
        ):
            out.append(
                Event(
                    m.month,
                    "fi.tl.ttt.march_2026",
                    {"from_amount": prev.outcome.amount_of(TTT), "to_amount": m.outcome.amount_of(TTT)},
                    benefit=TTT,
                    amount=m.outcome.amount_of(TTT),
                    law=f"{toimeentulotuki.LAW} 9, 11 §§ (26/2026)",
                    params=("fi_tt_ansiotulovahennys", "fi_tt_perusosa"),
                    kind="reform",
                )
            )
        if (
            case.tyottomyysetuus is not None
            and not prev.params.in_force("fi_yleistuki_in_force")
            and m.params.in_force("fi_yleistuki_in_force")
        ):
            old = sum((prev.outcome.amount_of(b) for b in UNEMPLOYMENT), ZERO)
            if old == 0 and m.outcome.amount_of(YLEISTUKI) == 0:
                continue
            out.append(
                Event(
                    m.month,
                    "fi.tl.yleistuki",
                    {"from_amount": old, "to_amount": m.outcome.amount_of(YLEISTUKI)},
                    benefit=YLEISTUKI,
                    amount=m.outcome.amount_of(YLEISTUKI),
                    law="Yleistukilaki 48/2026",
                    params=("fi_yleistuki_in_force", "fi_tmt_in_force"),
                    explains=UNEMPLOYMENT,
                    kind="reform",
                )
            )
    return out


__all__ = ["held_benefits", "timeline_events"]
