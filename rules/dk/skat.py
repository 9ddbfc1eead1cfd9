"""Danish income tax for a year (2025 and 2026): AM-bidrag, bundskat, kommuneskat, kirkeskat and the
progressive state taxes, computed the way the årsopgørelse does, on the year's income.

1. ATP (ATP-loven): the employee's share is taken from the wage first, by the hours paid a month
   (117 hours or more 99 kr; 78-116: 66 kr; 39-77: 33 kr; fewer: none; floor of the monthly hours).
2. AM-bidrag (AMBL § 1): 8 % of the wage after the employee's ATP (the AM-bidragsgrundlag). Benefits
   (kontanthjælp, førtidspension, sygedagpenge, ledighedsydelse, ressourceforløbsydelse,
   fleksløntilskud) are A-indkomst WITHOUT AM-bidrag.
3. Personlig indkomst (PSL § 3) = the AM-bidragsgrundlag - AM-bidrag + the taxable benefits.
4. Ligningsmæssige fradrag (they lower only the kommune- and kirkeskat base, not the bundskat):
   beskæftigelsesfradrag (LL § 9 J) = rate × AM-bidragsgrundlag up to a maximum, plus for a single
   parent with ekstra børnetilskud an extra rate up to its own maximum; jobfradrag (LL § 9 K) =
   4,5 % of the AM-bidragsgrundlag above a threshold, up to a maximum.
   Skattepligtig indkomst = personlig indkomst - the two fradrag.
5. Bundskat (PSL § 6) = 12,01 % of (personlig indkomst - personfradrag).
6. Kommuneskat = the kommune's rate × (skattepligtig indkomst - personfradrag); kirkeskat the same
   with the kirkeskat rate, for members of the folkekirke only. No rate given: the year's national
   average (shown as an assumption).
7. 2025: topskat 15 % of personlig indkomst above 611.800. From 2026 (the tax reform): mellemskat
   7,5 % above 641.200, topskat 7,5 % above 777.900, toptopskat 5 % above 2.592.700 (PSL §§ 7, 7 a, 8).

Rounding (an assumption: Skattestyrelsen's own rounding on the årsopgørelse was not found): each tax
is rounded to whole kroner, 50 øre up; the month is the year's total / 12, rounded the same way.

Not modelled (a notice says so where it matters): capital and share income, other ligningsmæssige
fradrag (befordring, fagforening, pension paid by the client), the skatteloft (PSL § 19; it only
touches income above the mellemskat/topskat limit), transfer of an unused personfradrag between
spouses (PSL § 10), the senior beskæftigelsesfradrag, grøn check.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from benefits_calc.explain import N_, Notice, ReportingDuty, Step
from benefits_calc.money import HUNDRED, TWELVE, ZERO, clamp0, floor_to, round_half_up
from benefits_calc.outcome import TaxResult
from benefits_calc.parameters import ParameterSet, cached_rule

BENEFIT = "dk.skat"
AUTHORITY = "dk.skattestyrelsen"

MESSAGES: dict[str, str] = {
    "dk.skat.atp": N_(
        "ATP: {monthly_hours} paid hours a month give an ATP contribution of {atp_month} a month from your "
        "pay, {atp_year} a year."
    ),
    "dk.skat.am_bidrag": N_(
        "AM-bidrag: {am_rate} of the pay after ATP ({am_base} a year) = {am_bidrag} a year."
    ),
    "dk.skat.personal_income": N_(
        "Personal income: pay after ATP and AM-bidrag {pay_after_am} + taxable benefits {transfers} = "
        "{personal_income} a year (benefits carry no AM-bidrag)."
    ),
    "dk.skat.beskaeftigelsesfradrag": N_(
        "Beskæftigelsesfradrag: {fradrag_rate} of {am_base} = {beskaeftigelsesfradrag} a year (at most "
        "{fradrag_max})."
    ),
    "dk.skat.beskaeftigelsesfradrag_enlig": N_(
        "As a single parent with ekstra børnetilskud you get an extra beskæftigelsesfradrag: {fradrag_rate} "
        "of {am_base} = {extra_fradrag} a year (at most {fradrag_max})."
    ),
    "dk.skat.jobfradrag": N_(
        "Jobfradrag: {jobfradrag_rate} of the pay above {jobfradrag_threshold} = {jobfradrag} a year (at "
        "most {jobfradrag_max})."
    ),
    "dk.skat.taxable_income": N_(
        "Taxable income: {personal_income} - beskæftigelsesfradrag {beskaeftigelsesfradrag} - jobfradrag "
        "{jobfradrag} = {taxable_income} a year."
    ),
    "dk.skat.bundskat": N_(
        "Bundskat: {bundskat_rate} of (personal income {personal_income} - personfradrag {personfradrag}) = "
        "{bundskat} a year."
    ),
    "dk.skat.kommuneskat": N_(
        "Kommuneskat: {kommuneskat_percent_factor} % of (taxable income {taxable_income} - personfradrag "
        "{personfradrag}) = {kommuneskat} a year."
    ),
    "dk.skat.kirkeskat": N_(
        "Kirkeskat: {kirkeskat_percent_factor} % of (taxable income {taxable_income} - personfradrag "
        "{personfradrag}) = "
        "{kirkeskat} a year."
    ),
    "dk.skat.progressive": N_(
        "{tax_id}: {progressive_rate} of the personal income above {progressive_limit} = {progressive_tax} a "
        "year."
    ),
    "dk.skat.progressive_none": N_(
        "The personal income, {personal_income} a year, is below {progressive_limit}: no {tax_id}."
    ),
    "dk.skat.mellemskat": N_("mellemskat"),
    "dk.skat.topskat": N_("topskat"),
    "dk.skat.toptopskat": N_("toptopskat"),
    "dk.skat.total": N_(
        "Tax for the year: AM-bidrag {am_bidrag} + bundskat {bundskat} + kommuneskat {kommuneskat} + "
        "kirkeskat {kirkeskat} + mellem-, top- and toptopskat {progressive_tax} = {total} ({year})."
    ),
    "dk.skat.per_month": N_("{total} / 12 = {per_month} a month."),
    "dk.skat.assume.average_kommuneskat": N_(
        "No kommuneskat rate was given: the national average for {year}, {kommuneskat_percent_factor} %, is "
        "used. Your "
        "kommune's rate may be a little higher or lower."
    ),
    "dk.skat.assume.average_kirkeskat": N_(
        "No kirkeskat rate was given: the national average for members of the folkekirke in {year}, "
        "{kirkeskat_percent_factor} %, is used."
    ),
    "dk.skat.assume.no_kirkeskat": N_("No kirkeskat: not a member of the folkekirke."),
    "dk.skat.assume.not_modelled": N_(
        "The tax counts pay and benefits only: capital income, fradrag for travel, union fees or own pension "
        "contributions are not included. The tax withheld each month (trækprocent and fradrag on the "
        "skattekort) can differ from the year's tax shown here; the årsopgørelse settles it."
    ),
    "dk.skat.notice.skatteloft": N_(
        "The personal income is above {progressive_limit} a year: the skatteloft (the cap on the combined "
        "tax rate) is not applied here, so the tax may be slightly too high."
    ),
    "dk.skat.notice.unused_personfradrag": N_(
        "Your income is below the personfradrag ({personfradrag} a year): the unused part can be moved to "
        "your spouse, which lowers your spouse's tax. That is not included here."
    ),
    "dk.skat.duty.forskud.what": N_(
        "Change your forskudsopgørelse when you start work or your hours or pay change: the expected pay for "
        "the year, and which payer uses your main skattekort (hovedkort)."
    ),
    "dk.skat.duty.forskud.when": N_(
        "Before the first pay day, and at once when the expected income changes."
    ),
    "dk.skat.duty.forskud.how": N_("On skat.dk (TastSelv) with MitID, or by phone to Skattestyrelsen."),
    "dk.skat.duty.forskud.consequence": N_(
        "Too little tax is withheld during the year and you get restskat to pay after the årsopgørelse; "
        "Udbetaling Danmark and the kommune also use the forskudsopgørelse for førtidspension and "
        "boligstøtte."
    ),
}

P_AM = "am_bidrag_rate"
P_ATP = "atp_employee_month"
P_PF = "personfradrag"
P_BUND = "bundskat_rate"
P_BF = "beskaeftigelsesfradrag"
P_BF_ENLIG = "beskaeftigelsesfradrag_enlig_forsorger"
P_JOB = "jobfradrag"
P_KOMMUNE_AVG = "kommuneskat_average_percent"
P_KIRKE_AVG = "kirkeskat_average_percent"
PROGRESSIVE = ("mellemskat", "topskat", "toptopskat")


@dataclass(frozen=True)
class Income:
    """One person's income for the year (ANNUAL amounts, before tax).

    `wage`: A-indkomst from work before ATP and AM-bidrag. `atp`: the employee's ATP on that wage.
    `transfers`: taxable benefits and pensions without AM-bidrag.
    """

    wage: Decimal = ZERO
    atp: Decimal = ZERO
    transfers: Decimal = ZERO
    atp_monthly_hours: Decimal = ZERO  # the paid hours a month behind `atp` (for the explanation)


def atp_month(hours_per_week: Decimal, p: ParameterSet) -> tuple[Decimal, Decimal]:
    """(paid hours a month, the employee's ATP a month): hours a week × 52 / 12, the bracket found
    with the whole hours (117 hours or more is the full contribution)."""
    monthly_hours = (hours_per_week * 52 / TWELVE).quantize(Decimal("0.01"))
    return monthly_hours, p.band(P_ATP, floor_to(monthly_hours, 1))


def _kr(x: Decimal) -> Decimal:
    return round_half_up(x)


def _flat_tax(
    name: str,
    percent: Decimal | None,
    average: str,
    taxable: Decimal,
    pf: Decimal,
    year: int,
    steps: list[Step],
    notices: list[Notice],
    p: ParameterSet,
) -> Decimal:
    """Kommuneskat or kirkeskat (`name`): the typed rate, else the year's average `average` (an
    assumption shown), on the taxable income above the personfradrag."""
    if percent is not None:
        rate, params = percent / HUNDRED, ()
    else:
        rate, params = p.v(average) / HUNDRED, (average,)
        notices.append(
            Notice(
                f"dk.skat.assume.average_{name}",
                {"year": year, f"{name}_percent_factor": rate * HUNDRED},
                "info",
                BENEFIT,
            )
        )
    amount = _kr(rate * clamp0(taxable - pf))
    steps.append(
        Step(
            f"dk.skat.{name}",
            {
                f"{name}_percent_factor": rate * HUNDRED,
                "taxable_income": taxable,
                "personfradrag": pf,
                name: amount,
            },
            (*params, P_PF),
        )
    )
    return amount


@cached_rule()
def calculate(
    income: Income,
    *,
    kommuneskat_percent: Decimal | None,
    member_of_folkekirken: bool,
    kirkeskat_percent: Decimal | None,
    enlig_forsorger_ekstra: bool = False,
    married: bool = False,
    p: ParameterSet,
) -> TaxResult:
    """The year's tax (see the module docstring). `enlig_forsorger_ekstra`: a single parent who gets
    ekstra børnetilskud (the extra beskæftigelsesfradrag, LL § 9 J, stk. 3); `married`: an unused
    personfradrag could be moved to the spouse (a notice)."""
    year = p.date.year
    steps: list[Step] = []
    notices: list[Notice] = [Notice("dk.skat.assume.not_modelled", {}, "info", BENEFIT)]

    # 1-3. AM-bidrag and personal income.
    if income.wage > 0:
        steps.append(
            Step(
                "dk.skat.atp",
                {
                    "monthly_hours": income.atp_monthly_hours,
                    "atp_month": income.atp / TWELVE,
                    "atp_year": income.atp,
                },
                (P_ATP,),
                "ATP-loven",
            )
        )
    am_base = clamp0(income.wage - income.atp)
    am_rate = p.v(P_AM)
    am = _kr(am_rate * am_base)
    if income.wage > 0:
        steps.append(
            Step(
                "dk.skat.am_bidrag",
                {"am_rate": am_rate, "am_base": am_base, "am_bidrag": am},
                (P_AM,),
                "AMBL § 1",
            )
        )
    personal = am_base - am + income.transfers
    steps.append(
        Step(
            "dk.skat.personal_income",
            {"pay_after_am": am_base - am, "transfers": income.transfers, "personal_income": personal},
            law="PSL § 3",
        )
    )

    # 4. Ligningsmæssige fradrag on the AM-bidragsgrundlag.
    bf = jf = ZERO
    if am_base > 0:
        b = p.table(P_BF)
        bf = min(_kr(b["rate"] * am_base), b["max"])
        steps.append(
            Step(
                "dk.skat.beskaeftigelsesfradrag",
                {
                    "fradrag_rate": b["rate"],
                    "am_base": am_base,
                    "beskaeftigelsesfradrag": bf,
                    "fradrag_max": b["max"],
                },
                (P_BF,),
                "LL § 9 J",
            )
        )
        if enlig_forsorger_ekstra:
            e = p.table(P_BF_ENLIG)
            extra = min(_kr(e["rate"] * am_base), e["max"])
            steps.append(
                Step(
                    "dk.skat.beskaeftigelsesfradrag_enlig",
                    {
                        "fradrag_rate": e["rate"],
                        "am_base": am_base,
                        "extra_fradrag": extra,
                        "fradrag_max": e["max"],
                    },
                    (P_BF_ENLIG,),
                    "LL § 9 J, stk. 3",
                )
            )
            bf += extra
        j = p.table(P_JOB)
        jf = min(_kr(j["rate"] * clamp0(am_base - j["threshold"])), j["max"])
        if jf > 0:
            steps.append(
                Step(
                    "dk.skat.jobfradrag",
                    {
                        "jobfradrag_rate": j["rate"],
                        "jobfradrag_threshold": j["threshold"],
                        "jobfradrag": jf,
                        "jobfradrag_max": j["max"],
                    },
                    (P_JOB,),
                    "LL § 9 K",
                )
            )
    taxable = personal - bf - jf
    steps.append(
        Step(
            "dk.skat.taxable_income",
            {
                "personal_income": personal,
                "beskaeftigelsesfradrag": bf,
                "jobfradrag": jf,
                "taxable_income": taxable,
            },
        )
    )

    # 5. Bundskat.
    pf = p.v(P_PF)
    bund_rate = p.v(P_BUND)
    bund = _kr(bund_rate * clamp0(personal - pf))
    steps.append(
        Step(
            "dk.skat.bundskat",
            {"bundskat_rate": bund_rate, "personal_income": personal, "personfradrag": pf, "bundskat": bund},
            (P_BUND, P_PF),
            "PSL §§ 6, 10",
        )
    )
    if married and personal < pf:
        notices.append(Notice("dk.skat.notice.unused_personfradrag", {"personfradrag": pf}, "info", BENEFIT))

    # 6. Kommuneskat and kirkeskat: the same flat rate on the same base, each the typed rate or the
    # year's average.
    kommune = _flat_tax(
        "kommuneskat", kommuneskat_percent, P_KOMMUNE_AVG, taxable, pf, year, steps, notices, p
    )
    kirke = ZERO
    if member_of_folkekirken:
        kirke = _flat_tax("kirkeskat", kirkeskat_percent, P_KIRKE_AVG, taxable, pf, year, steps, notices, p)
    else:
        notices.append(Notice("dk.skat.assume.no_kirkeskat", {}, "info", BENEFIT))

    # 7. The progressive state taxes on personal income (capital income not modelled).
    progressive = ZERO
    lowest_limit: Decimal | None = None
    parts: dict[str, Decimal] = {}
    for name in PROGRESSIVE:
        if not p.in_force(name):
            continue
        t = p.table(name)
        lowest_limit = t["limit"] if lowest_limit is None else min(lowest_limit, t["limit"])
        amount = _kr(t["rate"] * clamp0(personal - t["limit"]))
        parts[name] = amount
        if amount > 0:
            steps.append(
                Step(
                    "dk.skat.progressive",
                    {
                        "tax_id": f"dk.skat.{name}",
                        "progressive_rate": t["rate"],
                        "progressive_limit": t["limit"],
                        "progressive_tax": amount,
                    },
                    (name,),
                )
            )
        progressive += amount
    if lowest_limit is not None and progressive == 0:
        first = "mellemskat" if p.in_force("mellemskat") else "topskat"
        steps.append(
            Step(
                "dk.skat.progressive_none",
                {
                    "personal_income": personal,
                    "progressive_limit": lowest_limit,
                    "tax_id": f"dk.skat.{first}",
                },
                (first,),
            )
        )
    if lowest_limit is not None and personal > lowest_limit:
        notices.append(
            Notice("dk.skat.notice.skatteloft", {"progressive_limit": lowest_limit}, "warning", BENEFIT)
        )

    total = am + bund + kommune + kirke + progressive
    steps.append(
        Step(
            "dk.skat.total",
            {
                "am_bidrag": am,
                "bundskat": bund,
                "kommuneskat": kommune,
                "kirkeskat": kirke,
                "progressive_tax": progressive,
                "total": total,
                "year": year,
            },
        )
    )
    month = round_half_up(total / TWELVE)
    steps.append(Step("dk.skat.per_month", {"total": total, "per_month": month}))
    parts.update(
        {
            "am_bidrag_grundlag": am_base,
            "am_bidrag": am,
            "personlig_indkomst": personal,
            "beskaeftigelsesfradrag": bf,
            "jobfradrag": jf,
            "skattepligtig_indkomst": taxable,
            "bundskat": bund,
            "kommuneskat": kommune,
            "kirkeskat": kirke,
            "total": total,
        }
    )
    return TaxResult(amount=month, annual=total, steps=steps, parts=parts, notices=notices)


def reporting_duties() -> list[ReportingDuty]:
    """The forskudsopgørelse (kildeskatteloven § 53; Udbetaling Danmark and the kommune use it)."""
    return [
        ReportingDuty.of(
            BENEFIT, AUTHORITY, "dk.skat.duty.forskud", "Kildeskatteloven § 53 (forskudsregistrering)"
        )
    ]
