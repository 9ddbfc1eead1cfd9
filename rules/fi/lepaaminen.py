"""Working on a disability pension: the earnings limit and the pension left to rest (lepäämään).

Laki työkyvyttömyyseläkkeellä olevien työhönpaluun edistämisestä 738/2009 (applies to Kela's
disability pension except KEL 12 § 4 mom, to the takuueläke granted on disability, and to the
earnings-related disability pensions) and TyEL 395/2006 47 §:

* Earnings (gross wages insured under the earnings-related pension acts, counted per calendar month)
  up to the limit do not change the pension. Kela's limit is the full takuueläke (HE 255/2010,
  HE 206/2018: "takuueläkkeen suuruinen"); an earnings-related pension's limit is 40 % (full pension)
  or 60 % (partial pension) of the vakiintunut keskiansio in the decision, never less than Kela's.
* Above it the pension is not reduced euro by euro: it is left to rest (jätetään lepäämään), on the
  pensioner's notice or at the payer's initiative, for at least 3 months and at most 2 years. It is
  paid again without a new assessment when the earnings fall back; it can rest again after it has
  been paid for at least a month; if the work continues after 2 years, the pension ends.
* Equal to the limit is allowed (Statistics Finland's SISU model suspends when earnings > limit).

This module holds what the Kela and the earnings-related pensions share: the limit check and the
notices that explain resting. The month-by-month path (which months rest) is not modelled: every
scenario is the same every month, so a pension above the limit is shown as resting.
"""

from __future__ import annotations

from decimal import Decimal

from benefits_calc.explain import N_, Notice
from benefits_calc.parameters import ParameterSet

P_MONTHS = "fi_lepaaminen_months"
LAW = "Laki 738/2009; TyEL 47 §"


def kela_limit(p: ParameterSet) -> Decimal:
    """Kela's earnings limit a month = the full takuueläke (738/2009; HE 206/2018)."""
    return p.v("fi_te_full")


def payer(authority: str) -> str:
    """The message id that names the payer in a sentence ("Kela", "your pension provider")."""
    return "fi.payer." + authority.partition(".")[2]


def rest_notices(benefit: str, authority: str, p: ParameterSet) -> list[Notice]:
    """What the client must know when a pension would rest in this scenario."""
    m = p.table(P_MONTHS)
    return [
        Notice(
            "fi.lepaaminen.ask_first",
            {"payer_id": payer(authority)},
            "warning",
            benefit,
        ),
        Notice(
            "fi.lepaaminen.how_long",
            {"min_months": m["min"], "max_months": m["max"], "paid_between_months": m["paid_between"]},
            "info",
            benefit,
        ),
        Notice("fi.lepaaminen.repayment", {"payer_id": payer(authority)}, "danger", benefit),
    ]


MESSAGES: dict[str, str] = {
    "fi.payer.kela": N_("Kela"),
    "fi.payer.tyoelakelaitos": N_("your pension provider"),
    "fi.lepaaminen.ask_first": N_(
        "Your pension does not fall euro by euro: above the earnings limit it is left to rest "
        "(lepäämään) while you work. Ask {payer_id} to let it rest before the month in which your "
        "earnings go over the limit, and tell them your expected earnings."
    ),
    "fi.lepaaminen.how_long": N_(
        "A resting pension rests for at least {min_months} and at most {max_months} months. When your "
        "earnings fall below the limit again, it is paid again without a new assessment of your work "
        "ability, and after it has been paid for {paid_between_months} month it can rest again. If you "
        "still work above the limit after {max_months} months, the pension ends."
    ),
    "fi.lepaaminen.repayment": N_(
        "A pension paid for months in which your earnings were above the limit must be paid back to "
        "{payer_id}. Keep an eye on your earnings every month, including holiday pay and extra hours."
    ),
}
