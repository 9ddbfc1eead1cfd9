"""The fee for förskola and fritidshem: maxtaxa (förordning 2001:160 om statsbidrag till kommuner
som tillämpar maxtaxa inom förskolan och fritidshemmet, 3-5 §§; skollagen 8 kap. 16 §, 14 kap. 12 §).

Almost every kommun charges the highest fee the förordning allows, a month (3 §):
- förskola: 3, 2 and 1 % of the household's avgiftsgrundande inkomst for the first, second and third
  child; fritidshem: 2, 1 and 1 %; from the fourth child no fee. The youngest child is the first
  (3 § tredje stycket: "Den högsta avgiften ... betalas för det yngsta barnet i hushållet").
- Avgiftsgrundande inkomst (5 §): the household's pay before tax and other taxable income in
  tjänst (sjukersättning, sjukpenning, aktivitetsstöd, pension …) a month, up to the inkomsttak
  (42 000 kr × the inkomstindex of the year / that of 2014, to the nearest 10 kr). Tax-free benefits
  (bostadstillägg, bostadsbidrag, barnbidrag, ekonomiskt bistånd, the vilande 25 %) do not count.
- From 1 July 2026 (SFS 2026:3) the first 10 000 kr of the month's income do not count either.
Each child's fee is rounded to whole kronor (half up), as Skolverket's published maximum fees are
(0.03 × 61 560 = 1 846.80 -> 1 847).

Not modelled, and said: a kommun may charge less; the 525 free hours a year of allmän förskola for
children aged 3-5 lower the fee in most kommuner (skollagen 8 kap. 4, 7 §§); a child's own care
hours do not change the maxtaxa.
"""

from __future__ import annotations

from decimal import Decimal

from benefits_calc.rules.se.case import Child

from benefits_calc.explain import N_, Notice, Step
from benefits_calc.money import ZERO, clamp0, round_half_up
from benefits_calc.outcome import CostResult
from benefits_calc.parameters import ParameterSet

COST = "se.maxtaxa"
RATES = {"forskola": "maxtaxa_forskola_rates", "fritidshem": "maxtaxa_fritidshem_rates"}


def calculate(children: list[Child], income_month: Decimal, *, p: ParameterSet) -> CostResult | None:
    """The household's fees a month for its children in förskola or fritidshem (None without any).

    `income_month`: the household's avgiftsgrundande inkomst a month (5 §), before the ceiling."""
    in_care = sorted((c for c in children if c.care in RATES), key=lambda c: c.age)
    if not in_care:
        return None
    ceiling = p.v("maxtaxa_inkomsttak")
    base = min(clamp0(income_month), ceiling)
    steps = [
        Step(
            "se.maxtaxa.income",
            {"income": clamp0(income_month), "ceiling": ceiling, "base": base},
            ("maxtaxa_inkomsttak",),
            "Förordning (2001:160) 5 §",
        )
    ]
    if p.in_force("maxtaxa_disregard"):
        disregard = p.v("maxtaxa_disregard")
        base = clamp0(base - disregard)
        steps.append(
            Step("se.maxtaxa.disregard", {"disregard": disregard, "base": base}, ("maxtaxa_disregard",))
        )
    total = ZERO
    for rank, child in enumerate(in_care, start=1):
        rates = p.table(RATES[child.care])
        rate = rates.get(str(rank), ZERO)
        fee = round_half_up(base * rate)
        total += fee
        steps.append(
            Step(
                f"se.maxtaxa.child.{child.care}",
                {"rank_count": rank, "age": child.age, "fee_rate": rate, "base": base, "fee": fee},
                (RATES[child.care],),
                "Förordning (2001:160) 3 §",
            )
        )
    notices = [Notice("se.maxtaxa.assume.highest", {}, "info", COST)]
    if any(3 <= c.age <= 5 and c.care == "forskola" for c in in_care):
        notices.append(Notice("se.maxtaxa.assume.allman_forskola", {}, "info", COST))
    return CostResult(COST, total, steps, kind="fee", notices=notices)


MESSAGES: dict[str, str] = {
    "se.maxtaxa.income": N_(
        "Förskola and fritidshem fees: the household's income before tax that counts is {income} a "
        "month, at most {ceiling}: {base}."
    ),
    "se.maxtaxa.disregard": N_(
        "From July 2026 the first {disregard} of the month's income do not count: {base}."
    ),
    "se.maxtaxa.child.forskola": N_(
        "Förskola for the child aged {age} (child {rank_count} of those in care, the youngest first): "
        "{fee_rate} of {base} = {fee} a month."
    ),
    "se.maxtaxa.child.fritidshem": N_(
        "Fritidshem for the child aged {age} (child {rank_count} of those in care, the youngest first): "
        "{fee_rate} of {base} = {fee} a month."
    ),
    "se.maxtaxa.assume.highest": N_(
        "The förskola and fritidshem fees are the highest the maxtaxa allows; your kommun may charge less."
    ),
    "se.maxtaxa.assume.allman_forskola": N_(
        "A child aged 3-5 has 525 free hours of förskola a year (allmän förskola); most kommuner lower "
        "the fee for it. That is not included here."
    ),
}
