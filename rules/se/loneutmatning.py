"""What Kronofogden withholds from pay and benefits for debts: löneutmätning (utsökningsbalken
7 kap.), and what the client keeps.

- What can be taken (7 kap. 1 §): pay, pensions, sjukpenning, sjukersättning and
  aktivitetsersättning, aktivitetsstöd and other compensation for loss of income. Not: benefits
  that compensate a cost or are means-tested — bostadstillägg, bostadsbidrag, barnbidrag,
  underhållsstöd, ekonomiskt bistånd, the jobbpremie (they are not in 7 kap. 1 §).
- The preliminary tax comes first (7 kap. 15 §): the withholding is from the income after tax.
- The client keeps the förbehållsbelopp (7 kap. 4-5 §§): the normalbelopp for the household
  (single, or a couple together, plus each child by age) — every ordinary living cost except
  housing — plus the housing cost, plus travel to work and childcare (Kronofogden's practice:
  "tillägg för barnomsorg, arbetsresor med mera"). A child's normalbelopp is lowered by the
  barnbidrag paid for it, and the housing cost by the bostadsbidrag and bostadstillägg (housing
  support is for housing).
- A couple: the household's förbehållsbelopp is shared in proportion to the two net incomes
  (Kronofogden's practice in court reports, RH 2022:20; the exact method was not found in an
  official text: an assumption, shown).
- Withheld a month = the attachable income after tax minus the client's share of the
  förbehållsbelopp, not below 0. When Kronofogden's decision gives the förbehållsbelopp, that
  figure is used instead of the computed one.
"""

from __future__ import annotations

from decimal import Decimal

from benefits_calc.rules.se.case import Child, KronofogdenDecision

from benefits_calc.explain import N_, Notice, ReportingDuty, Step
from benefits_calc.money import ZERO, clamp0, round_half_up
from benefits_calc.outcome import CostResult
from benefits_calc.parameters import ParameterSet

COST = "se.loneutmatning"
AUTHORITY = "se.kronofogden"


def forbehallsbelopp(
    *,
    couple: bool,
    children: list[Child],
    housing_cost: Decimal,
    housing_support: Decimal,
    child_benefits: Decimal,
    travel: Decimal,
    childcare: Decimal,
    p: ParameterSet,
) -> tuple[Decimal, list[Step]]:
    """The household's förbehållsbelopp a month (UB 7 kap. 4-5 §§), with its steps."""
    adults = p.table("kfm_normalbelopp_adults")["couple" if couple else "single"]
    kids = sum((p.band("kfm_normalbelopp_child", c.age) * (Decimal("0.5") if c.alternating_residence else 1)
                for c in children), ZERO)  # fmt: skip
    kids_net = clamp0(kids - child_benefits)
    housing = clamp0(housing_cost - housing_support)
    total = adults + kids_net + housing + travel + childcare
    return total, [
        Step(
            "se.kfm.forbehall",
            {
                "normalbelopp_adults": adults,
                "normalbelopp_children": kids,
                "child_benefits": child_benefits,
                "housing_cost": housing_cost,
                "housing_support": housing_support,
                "travel": travel,
                "childcare": childcare,
                "forbehallsbelopp": total,
            },
            ("kfm_normalbelopp_adults", "kfm_normalbelopp_child"),
            "UB 7 kap. 4-5 §§",
        )
    ]


def calculate(
    decision: KronofogdenDecision,
    *,
    attachable_net: Decimal,
    partner_net: Decimal | None,
    household_forbehall: Decimal,
    forbehall_steps: list[Step],
    p: ParameterSet,
) -> CostResult:
    """What is withheld a month in the scenario.

    `attachable_net`: the client's pay and attachable benefits a month after the tax on them;
    `partner_net`: the partner's net income (None without a partner); `household_forbehall`: the
    household's förbehållsbelopp (`forbehallsbelopp`)."""
    steps = list(forbehall_steps)
    notices = [Notice("se.kfm.assume.what", {}, "info", COST)]
    if decision.forbehallsbelopp_month is not None:
        own = decision.forbehallsbelopp_month
        steps = [Step("se.kfm.forbehall_decision", {"forbehallsbelopp": own})]
    elif partner_net is not None and attachable_net + partner_net > 0:
        share = attachable_net / (attachable_net + clamp0(partner_net))
        own = round_half_up(household_forbehall * share)
        steps.append(
            Step(
                "se.kfm.forbehall_share",
                {
                    "forbehallsbelopp": household_forbehall,
                    "own_net": attachable_net,
                    "partner_net": clamp0(partner_net),
                    "own_share": share.quantize(Decimal("0.0001")),
                    "own_forbehallsbelopp": own,
                },
            )
        )
        notices.append(Notice("se.kfm.assume.couple_share", {}, "info", COST))
    else:
        own = household_forbehall
    withheld = clamp0(attachable_net - own).quantize(Decimal(1))
    steps.append(
        Step(
            "se.kfm.withheld",
            {"attachable_net": attachable_net, "own_forbehallsbelopp": own, "withheld": withheld},
            law="UB 7 kap. 1, 4, 15 §§",
        )
    )
    if (
        any(not p[name].verified for name in ("kfm_normalbelopp_adults",))
        and decision.forbehallsbelopp_month is None
    ):
        notices.append(Notice("se.kfm.warn.normalbelopp_unverified", {}, "warning", COST))
    notices.append(Notice("se.kfm.skuldsanering", {}, "info", COST))
    return CostResult(COST, withheld, steps, kind="withheld", notices=notices)


def reporting_duties() -> list[ReportingDuty]:
    """What to tell Kronofogden when pay or benefits change (UB 7 kap. 9, 11 §§)."""
    return [ReportingDuty.of(COST, AUTHORITY, "se.kfm.duty", "Utsökningsbalken 7 kap. 9, 11 §§")]


MESSAGES: dict[str, str] = {
    "se.kfm.forbehall": N_(
        "What you keep for living (förbehållsbelopp): normalbelopp {normalbelopp_adults} for the adults "
        "+ {normalbelopp_children} for the children, less barnbidrag {child_benefits}, + housing "
        "{housing_cost} less housing support {housing_support} + travel to work {travel} + childcare "
        "{childcare} = {forbehallsbelopp} a month."
    ),
    "se.kfm.forbehall_decision": N_(
        "Kronofogden's decision says you keep {forbehallsbelopp} a month (förbehållsbelopp)."
    ),
    "se.kfm.forbehall_share": N_(
        "You and your partner share the förbehållsbelopp {forbehallsbelopp} by your incomes after tax: "
        "{own_net} and {partner_net}, so your share is {own_share}: {own_forbehallsbelopp}."
    ),
    "se.kfm.withheld": N_(
        "Kronofogden can take what your pay and benefits after tax, {attachable_net}, exceed what you "
        "keep, {own_forbehallsbelopp}: {withheld} a month."
    ),
    "se.kfm.assume.what": N_(
        "Kronofogden can take pay, sjukersättning, sjukpenning, aktivitetsstöd and pensions, but not "
        "bostadstillägg, bostadsbidrag, barnbidrag or ekonomiskt bistånd. The tax is paid first."
    ),
    "se.kfm.assume.couple_share": N_(
        "With a partner, Kronofogden shares the household's förbehållsbelopp by your incomes; its exact "
        "method was not found, so this share is an estimate."
    ),
    "se.kfm.warn.normalbelopp_unverified": N_(
        "Kronofogden's normalbelopp for this year were not found; the 2024 amounts are used, so the "
        "calculation withholds a little more than Kronofogden will. Type the förbehållsbelopp from "
        "Kronofogden's decision if you have one."
    ),
    "se.kfm.skuldsanering": N_(
        "If the debts cannot be paid within a foreseeable time, skuldsanering may be possible "
        "(skuldsaneringslag 2016:675): the kommun's budget- och skuldrådgivning helps with the application."
    ),
    "se.kfm.duty.what": N_(
        "A new job, more or fewer hours, a new wage, or a benefit that starts, changes or stops; the "
        "household and the housing cost when they change."
    ),
    "se.kfm.duty.when": N_("As soon as it happens; Kronofogden then changes the decision."),
    "se.kfm.duty.how": N_(
        "Call or write to Kronofogden; the employer gets the decision and pays the withheld part to "
        "Kronofogden."
    ),
    "se.kfm.duty.consequence": N_(
        "Without it the withholding may be too large or too small; you can ask for a new decision when "
        "your costs rise."
    ),
}
