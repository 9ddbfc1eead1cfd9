"""Takuueläke (laki takuueläkkeestä 703/2010), paid by Kela on top of the other pensions.

Amount: the full takuueläke − every other pension before tax (kansaneläke, työeläke, foreign and
other pensions, to the cent: "Muut eläketulot ... vähennetään sataprosenttisesti takuueläkkeen
täydestä määrästä", tyoelake.fi); not paid below the minimum payable amount (the same minimum as
kansaneläke). Wages do not reduce it.

Who can have it (disability): with Kela's disability pension or kuntoutustuki, or a full
earnings-related disability pension or full kuntoutustuki; NOT with osatyökyvyttömyyseläke alone
("Pelkästään osatyökyvyttömyyseläkettä ... saavalle takuueläkettä ei makseta", tyoelake.fi): then
the benefit is excluded (0 in every scenario; the engine says Kela will stop it).

Working: a takuueläke granted on disability has the same earnings limit as Kela's disability
pension (738/2009 applies to it: 703/2010 7 §); above it the takuueläke rests too.
"""

from __future__ import annotations

from decimal import Decimal

from benefits_calc.rules.fi import lepaaminen
from benefits_calc.rules.fi.case import TakuuelakeDecision

from benefits_calc.explain import N_, Notice, ReportingDuty, Step
from benefits_calc.money import ZERO
from benefits_calc.outcome import BenefitResult
from benefits_calc.parameters import ParameterSet

BENEFIT = "fi.takuuelake"
AUTHORITY = "fi.kela"


def amount(pensions_month: Decimal, full: Decimal, minimum: Decimal) -> Decimal:
    """Full takuueläke − all other pensions a month, to the cent; 0 below the minimum."""
    te = full - pensions_month
    return te if te >= minimum else ZERO


def calculate(
    decision: TakuuelakeDecision,
    *,
    entitled: bool,
    kansanelake_month: Decimal,
    other_pensions_month: Decimal,
    earnings_month: Decimal,
    blind_or_immobile: bool,
    p: ParameterSet,
) -> BenefitResult:
    """Takuueläke a month in the scenario.

    `entitled`: the client has a pension that gives takuueläke (Kela's pension, or a full
    earnings-related disability pension); `kansanelake_month`: kansaneläke as paid when not working
    (it rests together with the takuueläke); `other_pensions_month`: työeläke and other pensions.
    """
    steps: list[Step] = [Step("fi.takuuelake.kind", {"reported": decision.amount_month})]
    notices: list[Notice] = []
    if not entitled:
        steps.append(Step("fi.takuuelake.partial_only", {}, law="Laki takuueläkkeestä 703/2010"))
        return BenefitResult(
            BENEFIT, AUTHORITY, ZERO, True, steps, reported=decision.amount_month, excluded=True
        )
    full = p.v("fi_te_full")
    minimum = p.v("fi_ke_min_payable")
    pensions = kansanelake_month + other_pensions_month
    te = amount(pensions, full, minimum)
    steps.append(
        Step(
            "fi.takuuelake.amount",
            {
                "full_month": full,
                "kansanelake_month": kansanelake_month,
                "other_pensions_month": other_pensions_month,
                "pensions_month": pensions,
                "amount_month": full - pensions if full > pensions else ZERO,
                "minimum_month": minimum,
                "paid_month": te,
            },
            ("fi_te_full", "fi_ke_min_payable"),
        )
    )
    paid = te
    limit = lepaaminen.kela_limit(p)
    if earnings_month > limit and not blind_or_immobile and te > 0:
        paid = ZERO
        steps.append(
            Step(
                "fi.takuuelake.work.rests",
                {"earnings_month": earnings_month, "limit_month": limit},
                ("fi_te_full", "fi_lepaaminen_months"),
                law="Laki 738/2009; laki takuueläkkeestä 703/2010",
            )
        )
        notices += lepaaminen.rest_notices(BENEFIT, AUTHORITY, p)
    elif earnings_month > 0 and te > 0:
        steps.append(
            Step(
                "fi.takuuelake.work.within_limit",
                {"earnings_month": earnings_month, "limit_month": limit},
                ("fi_te_full",),
            )
        )
    return BenefitResult(
        benefit=BENEFIT,
        authority=AUTHORITY,
        amount=paid,
        taxable=True,
        steps=steps,
        reported=decision.amount_month,
        notices=notices,
    )


def reporting_duties(decision: TakuuelakeDecision) -> list[ReportingDuty]:
    return [
        ReportingDuty.of(BENEFIT, AUTHORITY, "fi.takuuelake.duty", "Laki takuueläkkeestä 703/2010; 738/2009")
    ]


MESSAGES: dict[str, str] = {
    "fi.takuuelake.kind": N_(
        "You get takuueläke from Kela: {reported} a month before tax according to the decision."
    ),
    "fi.takuuelake.amount": N_(
        "Takuueläke tops your pensions up to {full_month} a month: kansaneläke {kansanelake_month} and other "
        "pensions {other_pensions_month} make {pensions_month}, so takuueläke is {amount_month} (it is not "
        "paid if it is less than {minimum_month}): {paid_month} a month. Your wages do not reduce it."
    ),
    "fi.takuuelake.partial_only": N_(
        "Takuueläke is not paid to someone who gets only a partial disability pension "
        "(osatyökyvyttömyyseläke)."
    ),
    "fi.takuuelake.work.within_limit": N_(
        "You earn {earnings_month} a month, not more than the earnings limit of {limit_month}: takuueläke "
        "does not change."
    ),
    "fi.takuuelake.work.rests": N_(
        "You earn {earnings_month} a month, more than the earnings limit of {limit_month}: the takuueläke "
        "paid because of your disability rests too while you work at this level."
    ),
    "fi.takuuelake.duty.what": N_(
        "That you start working and your expected earnings; any change in your other pensions."
    ),
    "fi.takuuelake.duty.when": N_("Before you start, and at once when something changes."),
    "fi.takuuelake.duty.how": N_(
        "In OmaKela (change notice) or by phone; the same notice covers kansaneläke."
    ),
    "fi.takuuelake.duty.consequence": N_("Takuueläke paid without the right to it is reclaimed."),
}
