"""The Swedish pipeline: the benefits in the order the authorities apply them.

Reads like the worked example:
1. Work: hours x wage -> earnings a month.
2. Försäkringskassan's income-replacing benefits change with the work itself:
   sjukersättning/aktivitetsersättning (SFB 33-37 kap.), sjukpenning (SFB 24-28 kap.),
   aktivitetsstöd (Arbetsförmedlingen's programme, paid by FK).
3. Income tax on the year's taxable income (IL; Skatteverket SKV 433) - annual, shown monthly.
4. Bostadsbidrag (SFB 95-98 kap.) before bostadstillägg, since it lowers BTP's housing cost
   (SFB 101 kap. 9 §).
5. Bostadstillägg (SFB 101-103 kap.), on the year's reduceringsinkomst.
6. Barnbidrag (SFB 15-16 kap.), not income-tested.
7. Ekonomiskt bistånd last (SoL 2025:400 12 kap.): it tops up every other net income.

Each benefit goes through `h.receives`, which starts from the decision letter (what is paid
today) as benefits_calc.decision_letters describes; the engine assembles the Outcome
(benefits_calc.household). What does not change with work is computed once per case (`prepare`).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from benefits_calc.rules.se import (
    aktivitetsstod,
    barnbidrag,
    bostadsbidrag,
    bostadstillagg,
    ekonomiskt_bistand,
    loneutmatning,
    maxtaxa,
    sjukersattning,
    sjukpenning,
    skatt,
)
from benefits_calc.rules.se.case import SECase

from benefits_calc.explain import N_, Notice, ReportingDuty, Step
from benefits_calc.household import Household, travel_cost, unique
from benefits_calc.models import WorkScenario
from benefits_calc.money import TWELVE, ZERO
from benefits_calc.outcome import BenefitResult
from benefits_calc.parameters import ParameterSet

MESSAGES = {
    "se.assume.no_capital_tax": N_("Tax on capital income is not included."),
    "se.assume.begravningsavgift_national": N_(
        "The burial fee (begravningsavgift) is {begravningsavgift_rate} of the taxable income, the rate of "
        "every kommun but Stockholm and Tranås; give your kommun's rate if you live there."
    ),
    "se.assume.kyrkoavgift_average": N_(
        "As a member of Svenska kyrkan you pay a church fee; the national average {kyrkoavgift_rate} is "
        "used. Your församling's own rate is on your tax decision."
    ),
    "se.assume.eb_net_pay_final_tax": N_(
        "Ekonomiskt bistånd counts the pay you actually get each month. Here the pay after tax is "
        "worked out with the year's final tax; if your employer deducts more (for example 30 % on a "
        "second income), the pay you get is lower and the bistånd that month higher."
    ),
    "se.assume.btp_vilande_tax_free": N_(
        "The 25 % of the resting (vilande) compensation paid while you work is tax free, so it is not "
        "counted as income for bostadstillägg (SFB 102 kap. 7 §, IL 11 kap. 30 §). Försäkringskassan's "
        "practice on this was not confirmed; if it is counted, bostadstillägg is lower."
    ),
}


#: Warnings about what was entered that every answer says (benefits_calc.engine.input_warnings).
INPUT_WARNINGS = frozenset(
    {"se.sjukersattning.income_related_above_amount", "se.sjukersattning.income_related_above_max"}
)


@dataclass(frozen=True, slots=True)
class Today:
    """What does not change with work: computed once per case and rule date."""

    # Sjukersättning's amount by the rules today (sjukersattning.baseline).
    sjukersattning: tuple[Decimal, list[Step], list[Notice]] | None
    # Barnbidrag is not income-tested.
    barnbidrag: BenefitResult | None
    # The household's riksnorm (ekonomiskt bistånd).
    riksnorm: ekonomiskt_bistand.Riksnorm | None
    # Bostadstillägg's fribelopp and the same after the year's tax on it (SFB 102 kap. 30 §).
    btp_fribelopp_year: Decimal | None
    btp_fribelopp_after_tax_year: Decimal | None
    # The fees paid with the tax (begravningsavgift; kyrkoavgift for members), client and partner.
    fees: dict[str, Decimal | None]
    partner_fees: dict[str, Decimal | None]
    # What the calculation assumes about them (national rate, average church fee).
    assumptions: list[Notice]


def _fees(person: Any, member: bool, p: ParameterSet, assumptions: list[Notice]) -> dict[str, Decimal | None]:
    """The begravningsavgift (the person's kommun's rate, else the national rate) and, for a member
    of Svenska kyrkan, the kyrkoavgift (the församling's rate, else the national average)."""
    begr = getattr(person, "begravningsavgift_percent", None)
    if begr is None:
        begr = p.v("skatt_begravningsavgift")
        assumptions.append(
            Notice(
                "se.assume.begravningsavgift_national",
                {"begravningsavgift_rate": begr / 100},
                "info",
                skatt.BENEFIT,
            )
        )
    kyrko = getattr(person, "kyrkoavgift_percent", None) if member else None
    if member and kyrko is None:
        kyrko = p.v("skatt_kyrkoavgift_genomsnitt")
        assumptions.append(
            Notice(
                "se.assume.kyrkoavgift_average",
                {"kyrkoavgift_rate": kyrko / 100},
                "info",
                skatt.BENEFIT,
            )
        )
    return {"begravningsavgift_percent": begr, "kyrkoavgift_percent": kyrko}


def prepare(case: SECase, p: ParameterSet) -> Today:
    person = case.person
    se = case.sjukersattning
    assumptions: list[Notice] = []
    fees = _fees(person, person.church_member, p, assumptions)
    partner_fees = _fees(person, case.partner.church_member, p, []) if case.partner is not None else fees
    fribelopp = fribelopp_net = None
    if case.bostadstillagg is not None and se is not None:
        fribelopp = sjukersattning.garantiniva_year(se.kind, person.age, p)
        tax_on_it = skatt.calculate(
            skatt.TaxableIncome(sjuk_aktivitetsersattning=fribelopp),
            age=person.age,
            kommunalskatt_percent=person.kommunalskatt_percent,
            p=p,
            withholding=False,
            **fees,
        )
        fribelopp_net = fribelopp - tax_on_it.annual
    eb = case.ekonomiskt_bistand
    return Today(
        sjukersattning=sjukersattning.baseline(se, age=person.age, p=p) if se is not None else None,
        barnbidrag=barnbidrag.calculate(case.children, p=p) if case.children else None,
        riksnorm=(
            ekonomiskt_bistand.riksnorm(
                1 + (case.partner is not None),
                case.children,
                p=p,
                small_children_lunch_at_home=eb.small_children_lunch_at_home,
                others_sharing_home=eb.others_sharing_home,
            )
            if eb is not None
            else None
        ),
        btp_fribelopp_year=fribelopp,
        btp_fribelopp_after_tax_year=fribelopp_net,
        fees=fees,
        partner_fees=partner_fees,
        assumptions=assumptions,
    )


def calculate(case: SECase, work: WorkScenario, p: ParameterSet, h: Household, today: Today) -> None:
    """One scenario, in the authorities' order (see the module docstring)."""
    person = case.person
    partner = case.partner
    other = case.other_income
    earnings = work.earnings_month
    earnings_year = work.earnings_year  # exact: hours x wage x 52, not 12 x the rounded month
    share = work.share_counted

    # 2. Försäkringskassan's income-replacing benefits.
    se_paid = se_taxable = ZERO
    if case.sjukersattning is not None:
        se = h.receives(
            sjukersattning.calculate(
                case.sjukersattning,
                age=person.age,
                work_share=share,
                earnings_month=earnings,
                p=p,
                today=today.sjukersattning,
            )
        )
        se_paid = se.amount
        # The 25 % of the vilande part paid while working is tax free (IL 11 kap. 30 § st. 3).
        se_taxable = se.amount - se.tax_free
    sp_paid = ZERO
    if case.sjukpenning is not None:
        sp_paid = h.receives(sjukpenning.calculate(case.sjukpenning, work_share=share, p=p)).amount
    akt_taxable = ZERO
    if case.aktivitetsstod is not None:
        akt = h.receives(aktivitetsstod.calculate(case.aktivitetsstod, work_share=share, p=p))
        akt_taxable = akt.amount if akt.taxable else ZERO

    # 3. Tax on the year's income.
    income = skatt.TaxableIncome(
        arbetsinkomst=earnings_year,
        sjuk_aktivitetsersattning=TWELVE * se_taxable,
        other_pensionable=TWELVE * (sp_paid + akt_taxable),
        other_taxable=TWELVE * other.tjanstepension_month,
    )
    tax = h.pays_tax(
        skatt.calculate(
            income,
            age=person.age,
            kommunalskatt_percent=person.kommunalskatt_percent,
            p=p,
            withholding=h.detail,
            **today.fees,
        )
    )
    for n in today.assumptions:
        h.assume(n)
    h.other_income(other.tjanstepension_month + other.underhallsstod_month)

    partner_gross = partner_net = ZERO
    partner_tax = None
    if partner is not None:
        partner_gross = (
            partner.work_income_month + partner.sjukersattning_month + partner.other_taxable_income_month
        )
        partner_tax = skatt.calculate(
            skatt.TaxableIncome(
                arbetsinkomst=TWELVE * partner.work_income_month,
                sjuk_aktivitetsersattning=TWELVE * partner.sjukersattning_month,
                other_pensionable=TWELVE * partner.other_taxable_income_month,
            ),
            age=partner.age,
            kommunalskatt_percent=person.kommunalskatt_percent,
            p=p,
            withholding=False,
            **today.partner_fees,
        )
        partner_net = partner_gross - partner_tax.amount
        h.partner_income(partner_net)

    # 4. Bostadsbidrag, before bostadstillägg.
    bb_paid = ZERO
    # Bidragsgrundande inkomst (SFB 97 kap. 3 §): the year's taxable income, the vilande 25 % left out.
    bgi_year = earnings_year + TWELVE * (se_taxable + sp_paid + akt_taxable + other.tjanstepension_month)
    if case.bostadsbidrag is not None:
        bb_paid = h.receives(
            bostadsbidrag.calculate(
                case.bostadsbidrag,
                applicant_age=person.age,
                is_couple=case.is_couple,
                children=case.children,
                housing_cost_month=case.housing.housing_cost_month,
                area_m2=case.housing.area_m2,
                bgi_year=bgi_year,
                partner_bgi_year=TWELVE * partner_gross if partner is not None else None,
                p=p,
                partner_age=partner.age if partner is not None else None,
                receives_bostadstillagg=case.bostadstillagg is not None,
            )
        ).amount

    # 5. Bostadstillägg.
    if case.bostadstillagg is not None and case.sjukersattning is not None:
        # BTP's income is the surplus in tjänst (SFB 102 kap. 7 §): the tax-free 25 % paid while
        # vilande is not in it (IL 11 kap. 30 §). FK's practice on this was not found: shown.
        if se_taxable < se_paid:
            h.assume(Notice("se.assume.btp_vilande_tax_free", {}, "info", "se.bostadstillagg"))
        partner_btp = partner_fribelopp = None
        if partner is not None:
            partner_btp = bostadstillagg.BTPIncome(
                sjuk_aktivitetsersattning=TWELVE * partner.sjukersattning_month,
                arbetsinkomst=TWELVE * partner.work_income_month,
                other_taxable=TWELVE * partner.other_taxable_income_month,
            )
            if partner.sjukersattning_month > 0:
                partner_fribelopp = sjukersattning.garantiniva_year("sjukersattning", partner.age, p)
        h.receives(
            bostadstillagg.calculate(
                case.bostadstillagg,
                is_couple=case.is_couple,
                housing_cost_month=case.housing.housing_cost_month,
                bostadsbidrag_month=bb_paid,
                # The partner's year after the year's tax (not 12 x the month, whose öre are dropped).
                partner_net_income_after_tax_year=(
                    TWELVE * partner_gross - partner_tax.annual if partner_tax is not None else None
                ),
                fribelopp_after_tax_year=today.btp_fribelopp_after_tax_year,
                fribelopp_year=today.btp_fribelopp_year,
                income=bostadstillagg.BTPIncome(
                    sjuk_aktivitetsersattning=TWELVE * se_taxable,
                    arbetsinkomst=earnings_year,
                    other_taxable=TWELVE * (sp_paid + akt_taxable + other.tjanstepension_month),
                    capital_income=case.bostadstillagg.capital_income_year,
                ),
                partner_income=partner_btp,
                partner_fribelopp_year=partner_fribelopp,
                net_income_after_tax_year=earnings_year
                + TWELVE * (se_paid + sp_paid + akt_taxable + other.tjanstepension_month)
                - tax.annual,
                p=p,
            )
        )
        if case.bostadstillagg.capital_income_year > 0:
            h.assume(Notice("se.assume.no_capital_tax"))

    # 6. Barnbidrag: not income-tested, the same in every scenario.
    if today.barnbidrag is not None:
        h.receives(today.barnbidrag)

    # What working costs: travel to work, and the förskola/fritidshem fee, which follows the
    # household's taxable income (maxtaxa, förordning 2001:160). Ekonomiskt bistånd counts both.
    travel = travel_cost(case, work)
    if travel is not None:
        h.pays(travel)
    fee = maxtaxa.calculate(case.children, bgi_year / TWELVE + partner_gross, p=p)
    if fee is not None:
        h.pays(fee)

    # 7. Ekonomiskt bistånd, last: it tops up every other net income.
    if case.ekonomiskt_bistand is not None:
        # The net of the wage: the tax with the wage minus the tax without it.
        net_earnings = ZERO
        if earnings > 0:
            tax_without = skatt.calculate(
                skatt.TaxableIncome(
                    sjuk_aktivitetsersattning=income.sjuk_aktivitetsersattning,
                    other_pensionable=income.other_pensionable,
                    other_taxable=income.other_taxable,
                ),
                age=person.age,
                kommunalskatt_percent=person.kommunalskatt_percent,
                p=p,
                withholding=False,
                **today.fees,
            )
            net_earnings = earnings - (tax.amount - tax_without.amount)
            if tax_without.annual > 0:
                # Several payers: the month's pay after the employer's deduction may differ.
                h.assume(Notice("se.assume.eb_net_pay_final_tax", {}, "info", "se.ekonomiskt_bistand"))
        partner_net_earnings = ZERO
        if partner is not None and partner.work_income_month > 0:
            # The partner's pay after tax: the partner's net income in the proportion of pay to the
            # partner's gross income. Jobbstimulans is per person (SoL 2025:400 12 kap. 8 §).
            partner_net_earnings = (partner_net * partner.work_income_month / partner_gross).quantize(
                Decimal("0.01")
            )
        household_net = earnings + h.benefits_total + h.other - tax.amount
        eb = h.receives(
            ekonomiskt_bistand.calculate(
                case.ekonomiskt_bistand,
                adult_ages=[person.age] + ([partner.age] if partner is not None else []),
                children=case.children,
                housing=case.housing,
                net_earnings_month=net_earnings,
                partner_net_earnings_month=partner_net_earnings,
                travel_month=travel.amount if travel is not None else ZERO,
                childcare_month=fee.amount if fee is not None else ZERO,
                other_net_income_month=household_net + partner_net - net_earnings - partner_net_earnings,
                p=p,
                norm=today.riksnorm,
            )
        )
        # Jobbpremie (FK, 2026-03-01 to 2028-02-29): only in a month with pay and no försörjningsstöd.
        jp = ekonomiskt_bistand.jobbpremie(
            case.ekonomiskt_bistand, gross_earnings_month=earnings, ekonomiskt_bistand_month=eb.amount, p=p
        )
        if jp.amount > 0 or jp.notices:
            h.receives(jp)
            for d in ekonomiskt_bistand.jobbpremie_reporting_duties(case.ekonomiskt_bistand):
                h.duty(d)

    # 8. Debts at Kronofogden: what is withheld from pay and benefits after tax (UB 7 kap.).
    if case.kronofogden is not None and case.kronofogden.under_enforcement:
        benefit = {b.benefit: b.amount for b in h.benefits}
        forbehall, forbehall_steps = loneutmatning.forbehallsbelopp(
            couple=partner is not None,
            children=case.children,
            housing_cost=case.housing.housing_cost_month,
            housing_support=benefit.get("se.bostadsbidrag", ZERO) + benefit.get("se.bostadstillagg", ZERO),
            child_benefits=benefit.get("se.barnbidrag", ZERO) + other.underhallsstod_month,
            travel=travel.amount if travel is not None else ZERO,
            childcare=fee.amount if fee is not None else ZERO,
            p=p,
        )
        h.pays(
            loneutmatning.calculate(
                case.kronofogden,
                # Everything taxed here can be taken (7 kap. 1 §), and the tax-free vilande 25 % is
                # sjukersättning too; the tax comes first (7 kap. 15 §).
                attachable_net=earnings
                + se_paid
                + sp_paid
                + akt_taxable
                + other.tjanstepension_month
                - tax.amount,
                partner_net=partner_net if partner is not None else None,
                household_forbehall=forbehall,
                forbehall_steps=forbehall_steps,
                p=p,
            )
        )


def reporting_duties(case: SECase) -> list[ReportingDuty]:
    """What the client must report, per benefit received (the same in every scenario)."""
    d: list[ReportingDuty] = []
    if case.sjukersattning is not None:
        d += sjukersattning.reporting_duties(case.sjukersattning)
    if case.sjukpenning is not None:
        d += sjukpenning.reporting_duties(case.sjukpenning)
    if case.aktivitetsstod is not None:
        d += aktivitetsstod.reporting_duties(case.aktivitetsstod)
    if case.bostadsbidrag is not None:
        d += bostadsbidrag.reporting_duties(case.bostadsbidrag)
    if case.bostadstillagg is not None:
        d += bostadstillagg.reporting_duties(case.bostadstillagg)
    if case.children:
        d += barnbidrag.reporting_duties(case.children)
    if case.ekonomiskt_bistand is not None:
        d += ekonomiskt_bistand.reporting_duties(case.ekonomiskt_bistand)
    if case.kronofogden is not None and case.kronofogden.under_enforcement:
        d += loneutmatning.reporting_duties()
    d += skatt.reporting_duties()
    return unique(d)
