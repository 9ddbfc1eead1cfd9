"""The earnings-related disability pension (työeläke) and kuntoutustuki from the pension provider,
and what work does to it: työntekijän eläkelaki 395/2006 (TyEL) 35-47 §, laki 738/2009.

The amount is the provider's decision (it rests on the client's whole working life and is not
recomputed here). A partial pension (osatyökyvyttömyyseläke, osakuntoutustuki) is half of the full
one. Kuntoutustuki is the same pension for a fixed time and follows the same rules.

Working (TyEL 47 § 2 mom; 738/2009), with the earnings of a calendar month before tax:

* the personal limits are 40 % (full pension) and 60 % (partial pension) of the vakiintunut
  keskiansio in the decision, never less than the full takuueläke; a limit the decision states is
  used as it is;
* full pension: earnings up to the 40 % limit change nothing; above it there is no right to a full
  pension: the provider changes it into a partial pension (half) while the earnings stay within the
  60 % limit; above the 60 % limit the pension rests (lepäämään, 3 months to 2 years) - shown as 0;
* partial pension: up to the 60 % limit nothing changes; above it the pension rests.

Without the vakiintunut keskiansio (and no limit in the decision) only the minimum limit is known:
above it the pension is shown as resting, with a notice that it might instead become partial.
Providers tolerate a short excess (Keva: no action unless it lasts at least 3 months in a row;
Varma: contact when it will last the next 3 months): a notice says so; the calculation shows a
lasting situation. Work while on the pension earns new pension (1,5 % of the earnings).
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from benefits_calc.rules.fi import lepaaminen
from benefits_calc.rules.fi.case import TyoelakeDecision

from benefits_calc.explain import N_, Notice, ReportingDuty, Step
from benefits_calc.money import ZERO
from benefits_calc.outcome import BenefitResult
from benefits_calc.parameters import ParameterSet

AUTHORITY = "fi.tyoelakelaitos"
P_LIMITS = "fi_tyel_limits"


def benefit_id(decision: TyoelakeDecision) -> str:
    """fi.tyokyvyttomyyselake, fi.osatyokyvyttomyyselake, fi.kuntoutustuki or fi.osakuntoutustuki."""
    if decision.fixed_term:
        return "fi.kuntoutustuki" if decision.kind == "full" else "fi.osakuntoutustuki"
    return "fi.tyokyvyttomyyselake" if decision.kind == "full" else "fi.osatyokyvyttomyyselake"


def limits(decision: TyoelakeDecision, p: ParameterSet) -> tuple[Decimal, Decimal | None, list[Step]]:
    """(the limit of the pension as decided, the 60 % limit for a full pension or None, the steps)."""
    floor = p.v("fi_te_full")
    shares = p.table(P_LIMITS)
    vk = decision.vakiintunut_keskiansio_month
    steps: list[Step] = []
    upper: Decimal | None = None
    if vk is not None:
        l40 = max((vk * shares["full"]).quantize(Decimal("0.01"), ROUND_HALF_UP), floor)
        l60 = max((vk * shares["partial"]).quantize(Decimal("0.01"), ROUND_HALF_UP), floor)
        steps.append(
            Step(
                "fi.tyoelake.limits",
                {
                    "keskiansio_month": vk,
                    "full_rate": shares["full"],
                    "partial_rate": shares["partial"],
                    "minimum_month": floor,
                    "limit_full_month": l40,
                    "limit_partial_month": l60,
                },
                (P_LIMITS, "fi_te_full"),
                law="TyEL 47 § 2 mom; laki 738/2009",
            )
        )
        own, upper = (l40, l60) if decision.kind == "full" else (l60, None)
    else:
        own = floor
        steps.append(
            Step(
                "fi.tyoelake.limit_minimum",
                {"minimum_month": floor},
                ("fi_te_full",),
                law="Laki 738/2009",
            )
        )
    if decision.earnings_limit_month is not None:
        own = decision.earnings_limit_month
        steps.append(Step("fi.tyoelake.limit_stated", {"limit_month": own}))
    return own, upper, steps


def calculate(decision: TyoelakeDecision, *, earnings_month: Decimal, p: ParameterSet) -> BenefitResult:
    """The earnings-related disability pension paid a month in the scenario (see the module docstring)."""
    benefit = benefit_id(decision)
    steps: list[Step] = [
        Step(
            "fi.tyoelake.kind",
            {
                "kind_id": f"fi.tyoelake.kind.{decision.kind}{'_fixed' if decision.fixed_term else ''}",
                "reported": decision.amount_month,
            },
        )
    ]
    notices: list[Notice] = []
    own, upper, s = limits(decision, p)
    steps += s
    base = decision.amount_month
    paid = base
    if earnings_month <= 0:
        steps.append(Step("fi.tyoelake.work.none", {"limit_month": own, "amount_month": base}))
    elif earnings_month <= own:
        steps.append(
            Step("fi.tyoelake.work.within_limit", {"earnings_month": earnings_month, "limit_month": own})
        )
        notices.append(Notice("fi.tyoelake.notice.monthly", {"limit_month": own}, "info", benefit))
    elif decision.kind == "full" and upper is not None and earnings_month <= upper:
        share = p.table(P_LIMITS)["partial_share"]
        paid = (base * share).quantize(Decimal("0.01"), ROUND_HALF_UP)
        steps.append(
            Step(
                "fi.tyoelake.work.to_partial",
                {
                    "earnings_month": earnings_month,
                    "limit_full_month": own,
                    "limit_partial_month": upper,
                    "partial_share": share,
                    "full_month": base,
                    "amount_month": paid,
                },
                (P_LIMITS,),
                law="TyEL 47 § 2 mom",
            )
        )
        notices.append(
            Notice(
                "fi.tyoelake.notice.to_partial", {"payer_id": lepaaminen.payer(AUTHORITY)}, "warning", benefit
            )
        )
    else:
        paid = ZERO
        steps.append(
            Step(
                "fi.tyoelake.work.rests",
                {"earnings_month": earnings_month, "limit_month": upper if upper is not None else own},
                ("fi_lepaaminen_months",),
                law="Laki 738/2009; TyEL 47 §",
            )
        )
        notices += lepaaminen.rest_notices(benefit, AUTHORITY, p)
        if decision.kind == "full" and decision.vakiintunut_keskiansio_month is None:
            notices.append(
                Notice(
                    "fi.tyoelake.notice.no_keskiansio",
                    {"partial_rate": p.table(P_LIMITS)["partial"]},
                    "warning",
                    benefit,
                )
            )
    if earnings_month > 0:
        notices.append(Notice("fi.tyoelake.notice.accrual", {}, "info", benefit))
    if earnings_month > own:
        notices.append(Notice("fi.tyoelake.notice.temporary_excess", {}, "info", benefit))
    return BenefitResult(
        benefit=benefit,
        authority=AUTHORITY,
        amount=paid,
        taxable=True,
        steps=steps,
        reported=decision.amount_month,
        notices=notices,
    )


def reporting_duties(decision: TyoelakeDecision) -> list[ReportingDuty]:
    """What the client must tell the pension provider (TyEL ilmoitusvelvollisuus; laki 738/2009)."""
    return [
        ReportingDuty.of(benefit_id(decision), AUTHORITY, "fi.tyoelake.duty", "TyEL 395/2006; laki 738/2009")
    ]


MESSAGES: dict[str, str] = {
    "fi.tyoelake.kind.full": N_("a full disability pension (työkyvyttömyyseläke)"),
    "fi.tyoelake.kind.partial": N_("a partial disability pension (osatyökyvyttömyyseläke)"),
    "fi.tyoelake.kind.full_fixed": N_(
        "a rehabilitation subsidy (kuntoutustuki), a full disability pension for a fixed time"
    ),
    "fi.tyoelake.kind.partial_fixed": N_("a partial rehabilitation subsidy (osakuntoutustuki)"),
    "fi.tyoelake.kind": N_(
        "You get {kind_id} from your pension provider: {reported} a month before tax according to the "
        "decision."
    ),
    "fi.tyoelake.limits": N_(
        "Your earnings limit comes from the established earnings before the disability (vakiintunut "
        "keskiansio), {keskiansio_month} a month: {full_rate} of it for a full pension = "
        "{limit_full_month}, {partial_rate} for a partial pension = {limit_partial_month} (never less "
        "than {minimum_month})."
    ),
    "fi.tyoelake.limit_minimum": N_(
        "The established earnings (vakiintunut keskiansio) were not given, so only the smallest earnings "
        "limit, {minimum_month} a month, is known. Your own limit in the decision may be higher."
    ),
    "fi.tyoelake.limit_stated": N_(
        "Your decision states an earnings limit of {limit_month} a month: it is used."
    ),
    "fi.tyoelake.work.none": N_(
        "Not working: the pension is paid as decided, {amount_month} a month. You may earn up to "
        "{limit_month} a month before tax without it changing."
    ),
    "fi.tyoelake.work.within_limit": N_(
        "You earn {earnings_month} a month, not more than your limit of {limit_month}: the pension does "
        "not change."
    ),
    "fi.tyoelake.work.to_partial": N_(
        "You earn {earnings_month} a month, more than {limit_full_month} but not more than "
        "{limit_partial_month}: you no longer have the right to a full pension, and the pension provider "
        "changes it into a partial pension, {partial_share} of it: {full_month} → {amount_month} a month."
    ),
    "fi.tyoelake.work.rests": N_(
        "You earn {earnings_month} a month, more than {limit_month}: the pension is not paid while you work "
        "at this level. It rests (lepäämään); it is not lost."
    ),
    "fi.tyoelake.notice.monthly": N_(
        "The earnings limit {limit_month} is for each calendar month and counts the pay before tax, "
        "including holiday pay and benefits in kind. Follow your earnings every month."
    ),
    "fi.tyoelake.notice.to_partial": N_(
        "Earnings above your limit for a full pension end the right to a full pension. Tell {payer_id} "
        "before the earnings rise: they decide on changing it into a partial pension. With a partial "
        "pension alone you cannot get eläkkeensaajan asumistuki or takuueläke."
    ),
    "fi.tyoelake.notice.no_keskiansio": N_(
        "Without your established earnings (vakiintunut keskiansio) the calculation cannot tell whether "
        "your pension would become a partial pension (earnings up to {partial_rate} of them) instead of "
        "resting. Enter the figure from your decision."
    ),
    "fi.tyoelake.notice.temporary_excess": N_(
        "Pension providers do not usually act on an excess that lasts only a month or two (Keva: not "
        "before it lasts three months in a row). This calculation shows what happens when the earnings stay "
        "at this level; ask your provider about a short excess."
    ),
    "fi.tyoelake.notice.accrual": N_("Work while on the pension earns you new earnings-related pension."),
    "fi.tyoelake.duty.what": N_(
        "That you start working, your expected monthly earnings, and when they will go over your earnings "
        "limit; also if your work ability improves or your rehabilitation ends."
    ),
    "fi.tyoelake.duty.when": N_(
        "Before you start; at the latest when you know your earnings will be over the limit for the next "
        "months."
    ),
    "fi.tyoelake.duty.how": N_(
        "In your pension provider's online service or by phone; ask them to let the pension rest "
        "(lepäämään) for the months you earn over the limit."
    ),
    "fi.tyoelake.duty.consequence": N_(
        "Pension paid for months when your earnings were over the limit is reclaimed; continued work over "
        "the limit without a notice can end the pension."
    ),
}
