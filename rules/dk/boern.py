"""Børne- og ungeydelse (børne- og ungeydelsesloven, BUL) and børnetilskud (børnetilskudsloven, BTL)
from Udbetaling Danmark. Tax free; they do not change with work at the incomes this calculator is for.

- Børne- og ungeydelse: a yearly amount per child under 18 by age (0-2, 3-6, 7-14, 15-17), paid
  quarterly (under 15) or monthly (15-17). Parents with joint custody who live together get half each
  (since 2022): the household's total is the same. It is reduced (2 % of the recipient's own income
  above a high limit) only at incomes far above those computed here: not modelled.
- Børnetilskud to a single parent (enlig forsørger, reelt enlig): ordinært børnetilskud per child under
  18 (BTL § 2) and one ekstra børnetilskud per family (BTL § 3). Not income-tested. Paid quarterly.
  Særligt børnetilskud (e.g. to students, orphans) is not modelled.

Shown a month: the year's amounts / 12, to the øre.
"""

from __future__ import annotations

from decimal import Decimal

from benefits_calc.rules.dk.case import Child

from benefits_calc.explain import N_, Notice, ReportingDuty, Step
from benefits_calc.money import TWELVE, ZERO
from benefits_calc.outcome import BenefitResult
from benefits_calc.parameters import ParameterSet

BUY = "dk.boerne_og_ungeydelse"
BTS = "dk.boernetilskud"
AUTHORITY = "dk.udbetaling_danmark"
CENT = Decimal("0.01")

MESSAGES: dict[str, str] = {
    "dk.buy.child": N_("Child aged {age}: {amount_year} a year."),
    "dk.buy.total": N_("Børne- og ungeydelse: {total_year} a year, {amount} a month on average, tax free."),
    "dk.buy.not_income_tested": N_(
        "It does not change when you work: only a very high income of the parent who gets it reduces it."
    ),
    "dk.bts.ordinaert": N_(
        "Ordinært børnetilskud for a single parent: {children_count} × {per_child_year} = {ordinaert_year} a "
        "year."
    ),
    "dk.bts.ekstra": N_("Ekstra børnetilskud (one per family): {ekstra_year} a year."),
    "dk.bts.total": N_("Børnetilskud: {total_year} a year, {amount} a month on average, tax free."),
    "dk.bts.notice.enlig": N_(
        "Børnetilskud is for a single parent (reelt enlig). If you marry or move in with a partner it stops: "
        "tell Udbetaling Danmark."
    ),
    "dk.buy.duty.what": N_("Changes in where the children live or who has custody, and moving abroad."),
    "dk.buy.duty.when": N_("At once when it happens."),
    "dk.buy.duty.how": N_("To Udbetaling Danmark on borger.dk."),
    "dk.buy.duty.consequence": N_("Ydelse paid when you were not entitled to it is claimed back."),
    "dk.bts.duty.what": N_(
        "That you marry or live together with someone (even at another address at first), that a child "
        "moves, "
        "or that you move abroad."
    ),
    "dk.bts.duty.when": N_("At once when it happens."),
    "dk.bts.duty.how": N_("To Udbetaling Danmark on borger.dk."),
    "dk.bts.duty.consequence": N_(
        "Børnetilskud paid after you were no longer a single parent is claimed back; knowingly withheld "
        "information can be reported to the police."
    ),
}


def boerne_og_ungeydelse(children: list[Child], p: ParameterSet) -> BenefitResult:
    """Børne- og ungeydelse a month for the household's children (BUL)."""
    steps: list[Step] = []
    total = ZERO
    for c in sorted(children, key=lambda c: c.age):
        amount = p.band("buy_year", c.age)
        total += amount
        steps.append(
            Step(
                "dk.buy.child",
                {"age": c.age, "amount_year": amount},
                ("buy_year",),
                "Børne- og ungeydelsesloven",
            )
        )
    month = (total / TWELVE).quantize(CENT)
    steps.append(Step("dk.buy.total", {"total_year": total, "amount": month}))
    steps.append(Step("dk.buy.not_income_tested", {}))
    return BenefitResult(BUY, AUTHORITY, month, False, steps, "year", tax_free=month)


def boernetilskud(children: list[Child], p: ParameterSet) -> BenefitResult:
    """Ordinært and ekstra børnetilskud a month for a single parent (BTL §§ 2-3)."""
    n = len(children)
    per = p.v("boernetilskud_ordinaert_year")
    ordinaert = per * n
    ekstra = p.v("boernetilskud_ekstra_year")
    total = ordinaert + ekstra
    month = (total / TWELVE).quantize(CENT)
    steps = [
        Step(
            "dk.bts.ordinaert",
            {"children_count": n, "per_child_year": per, "ordinaert_year": ordinaert},
            ("boernetilskud_ordinaert_year",),
            "BTL § 2",
        ),
        Step("dk.bts.ekstra", {"ekstra_year": ekstra}, ("boernetilskud_ekstra_year",), "BTL § 3"),
        Step("dk.bts.total", {"total_year": total, "amount": month}),
    ]
    notices = [Notice("dk.bts.notice.enlig", {}, "info", BTS)]
    return BenefitResult(BTS, AUTHORITY, month, False, steps, "year", notices=notices, tax_free=month)


def reporting_duties(children: list[Child], *, enlig: bool) -> list[ReportingDuty]:
    """What to tell Udbetaling Danmark about the children's benefits (BUL, BTL)."""
    if not children:
        return []
    duties = [
        ReportingDuty.of(
            BUY, AUTHORITY, "dk.buy.duty", "Børne- og ungeydelsesloven; retssikkerhedsloven § 11"
        )
    ]
    if enlig:
        duties.append(
            ReportingDuty.of(BTS, AUTHORITY, "dk.bts.duty", "Børnetilskudsloven; retssikkerhedsloven § 11")
        )
    return duties
