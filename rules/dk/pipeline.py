"""The Danish pipeline: the ydelser in the order the authorities apply them.

Reads like the worked example:
1. Work: hours × wage -> pay a month; the employee's ATP and AM-bidrag give the pay after AM-bidrag
   that the kommune and Udbetaling Danmark count.
2. The kommune's ydelser that follow the hours: sygedagpenge (SDL § 53), ledighedsydelse (LAS kap. 7)
   or, in a fleksjob, fleksløntilskud (LAB kap. 20), ressourceforløbsydelse (LAS kap. 6 a, 6 b).
3. Førtidspension from Udbetaling Danmark (PL §§ 32 a-32 c), on the year's income.
4. Kontanthjælp from the kommune (LAS §§ 16-20, 30), which deducts the other income above, and its
   fritidstillæg.
5. The year's income tax (AMBL, PSL, LL), shown a month; the partner's income after the partner's tax.
6. Boligstøtte from Udbetaling Danmark (LBS), on the household's income for the year.
7. Børne- og ungeydelse and børnetilskud, not income-tested.

Each ydelse goes through `h.receives`, which starts from the afgørelse (what is paid today) as
benefits_calc.decision_letters describes; the engine assembles the Outcome. What does not change with
work is computed once per case (`prepare`).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from benefits_calc.rules.dk import (
    boern,
    boligstoette,
    fleksjob,
    foertidspension,
    kontanthjaelp,
    ledighedsydelse,
    ressourceforloeb,
    skat,
    sygedagpenge,
)
from benefits_calc.rules.dk.case import YOUNG_AGE, DKCase

from benefits_calc.explain import N_, Notice, ReportingDuty
from benefits_calc.household import Household, unique
from benefits_calc.models import WorkScenario
from benefits_calc.money import ONE, TWELVE, ZERO, clamp0
from benefits_calc.outcome import BenefitResult, TaxResult
from benefits_calc.parameters import ParameterSet

CENT = Decimal("0.01")

MESSAGES = {
    "dk.assume.partner": N_(
        "Your partner's tax is worked out with the same kommune and kirkeskat as yours, and a full ATP "
        "contribution on the partner's pay."
    ),
    "dk.assume.costs": N_(
        "Travel to work, childcare and other costs of working are not deducted: the net income is before "
        "such costs."
    ),
}


@dataclass(frozen=True, slots=True)
class Today:
    """What does not change with work: computed once per case and rule date."""

    buy: BenefitResult | None
    boernetilskud: BenefitResult | None
    partner_tax: TaxResult | None
    partner_gross: Decimal  # a month before tax
    partner_pay_after_am: Decimal  # a month, for kontanthjælp
    partner_other_income: Decimal  # a month: all but pay and the partner's own kontanthjælp
    partner_personal_income_year: Decimal  # for boligstøtte


def pay_after_am(wage_month: Decimal, atp_month: Decimal, p: ParameterSet) -> Decimal:
    """The month's pay after the employee's ATP and AM-bidrag, to the øre."""
    return (clamp0(wage_month - atp_month) * (ONE - p.v("am_bidrag_rate"))).quantize(CENT)


def prepare(case: DKCase, p: ParameterSet) -> Today:
    person = case.person
    partner = case.partner
    partner_tax = None
    partner_gross = partner_pay = partner_other = partner_pi = ZERO
    if partner is not None:
        atp = p.band(skat.P_ATP, 117) if partner.work_income_month > 0 else ZERO
        partner_other = partner.dagpenge_month + partner.social_pension_month + partner.other_income_month
        partner_gross = partner.work_income_month + partner_other + partner.kontanthjaelp_month
        partner_pay = pay_after_am(partner.work_income_month, atp, p)
        partner_tax = skat.calculate(
            skat.Income(
                TWELVE * partner.work_income_month,
                TWELVE * atp,
                TWELVE * (partner_other + partner.kontanthjaelp_month),
            ),
            kommuneskat_percent=person.kommuneskat_percent,
            member_of_folkekirken=person.member_of_folkekirken,
            kirkeskat_percent=person.kirkeskat_percent,
            married=case.is_married,
            p=p,
        )
        partner_pi = partner_tax.parts["personlig_indkomst"]
    enlig = person.civil_status == "enlig"
    return Today(
        buy=boern.boerne_og_ungeydelse(case.children, p) if case.children else None,
        boernetilskud=boern.boernetilskud(case.children, p) if (case.children and enlig) else None,
        partner_tax=partner_tax,
        partner_gross=partner_gross,
        partner_pay_after_am=partner_pay,
        partner_other_income=partner_other,
        partner_personal_income_year=partner_pi,
    )


def calculate(case: DKCase, work: WorkScenario, p: ParameterSet, h: Household, today: Today) -> None:
    """One scenario, in the authorities' order (see the module docstring)."""
    person = case.person
    partner = case.partner
    enlig = person.civil_status == "enlig"
    n_children = len(case.children)
    pension = case.other_income.pension_month

    # 1. Work: pay, the employee's ATP and the pay after AM-bidrag.
    earnings = work.earnings_month
    hours = work.hours
    monthly_hours = atp = ZERO
    if earnings > 0:
        monthly_hours, atp = skat.atp_month(hours, p)
    net_pay = pay_after_am(earnings, atp, p)

    # 2. The kommune's ydelser that follow the hours worked.
    sdp = ly = flex = rfy = ZERO
    if case.sygedagpenge is not None:
        sdp = h.receives(sygedagpenge.calculate(case.sygedagpenge, worked_hours_week=hours, p=p)).amount
    in_fleksjob = case.fleksjob is not None and case.fleksjob.scenario_is_fleksjob
    if case.ledighedsydelse is not None:
        ly = h.receives(
            ledighedsydelse.calculate(case.ledighedsydelse, wage_month=earnings, in_fleksjob=in_fleksjob, p=p)
        ).amount
    if in_fleksjob and case.fleksjob is not None:
        flex = h.receives(
            fleksjob.calculate(
                case.fleksjob,
                wage_month=earnings,
                hourly_wage=work.effective_hourly_wage,
                full_time_hours=work.full_time_hours_per_week,
                p=p,
            )
        ).amount
    if case.ressourceforloeb is not None:
        rfy = h.receives(
            ressourceforloeb.calculate(
                case.ressourceforloeb, wage_month=earnings, other_income_month=pension + sdp, p=p
            )
        ).amount

    # 3. Førtidspension, on the year's income.
    fp = ZERO
    if case.foertidspension is not None:
        fp = h.receives(
            foertidspension.calculate(
                case.foertidspension,
                couple=partner is not None,
                spouse_is_pensioner=partner is not None and partner.is_pensioner,
                pay_after_am_year=TWELVE * net_pay,
                other_income_year=TWELVE * (pension + sdp),
                spouse_nonwork_income_year=(
                    TWELVE * (partner.other_income_month + partner.kontanthjaelp_month)
                    if partner is not None
                    else ZERO
                ),
                working=earnings > 0,
                p=p,
            )
        ).amount

    # 4. Kontanthjælp: it deducts the other income above; then its fritidstillæg.
    kh = ZERO
    if case.kontanthjaelp is not None:
        kh = h.receives(
            kontanthjaelp.calculate(
                case.kontanthjaelp,
                age=person.age,
                enlig=enlig,
                married=case.is_married,
                children_count=n_children,
                work_income_month=net_pay,
                other_income_month=pension + sdp + flex,
                spouse_work_income_month=today.partner_pay_after_am,
                spouse_other_income_month=today.partner_other_income,
                spouse_on_kontanthjaelp=partner is not None and partner.kontanthjaelp_month > 0,
                working=earnings > 0,
                p=p,
            )
        ).amount
        fritid = kontanthjaelp.fritidstillaeg(
            case.kontanthjaelp, children_count=n_children, enlig=enlig, kontanthjaelp_month=kh, p=p
        )
        if fritid is not None:
            h.receives(fritid)

    # 5. The year's tax; the partner's income after the partner's tax.
    tax = h.pays_tax(
        skat.calculate(
            skat.Income(
                TWELVE * earnings,
                TWELVE * atp,
                TWELVE * (sdp + ly + flex + rfy + fp + kh + pension),
                monthly_hours,
            ),
            kommuneskat_percent=person.kommuneskat_percent,
            member_of_folkekirken=person.member_of_folkekirken,
            kirkeskat_percent=person.kirkeskat_percent,
            enlig_forsorger_ekstra=enlig and n_children > 0,
            married=case.is_married,
            p=p,
        )
    )
    h.other_income(pension)
    if partner is not None and today.partner_tax is not None:
        h.partner_income(today.partner_gross - today.partner_tax.amount)
        h.assume(Notice("dk.assume.partner"))
    h.assume(Notice("dk.assume.costs"))

    # 6. Boligstøtte, on the household's income for the year.
    if case.boligstoette is not None:
        kh_forhoejet_couple = (
            partner is not None
            and case.kontanthjaelp is not None
            and case.kontanthjaelp.sats == "forhoejet"
            and kh > 0
        )
        h.receives(
            boligstoette.calculate(
                case.boligstoette,
                housing=case.housing,
                persons=case.persons,
                children_count=n_children,
                young_couple=partner is not None and person.age < YOUNG_AGE and partner.age < YOUNG_AGE,
                household_income_year=tax.parts["personlig_indkomst"] + today.partner_personal_income_year,
                foertidspension_in_household=case.foertidspension is not None
                or (partner is not None and partner.is_pensioner),
                kh_forhoejet_couple=kh_forhoejet_couple,
                couple=partner is not None,
                p=p,
            )
        )

    # 7. Børne- og ungeydelse and børnetilskud: the same in every scenario.
    if today.buy is not None:
        h.receives(today.buy)
    if today.boernetilskud is not None:
        h.receives(today.boernetilskud)


def reporting_duties(case: DKCase) -> list[ReportingDuty]:
    """What the client must report, per ydelse received (the same in every scenario)."""
    d: list[ReportingDuty] = []
    if case.kontanthjaelp is not None:
        d += kontanthjaelp.reporting_duties(case.kontanthjaelp)
    if case.ressourceforloeb is not None:
        d += ressourceforloeb.reporting_duties(case.ressourceforloeb)
    if case.ledighedsydelse is not None:
        d += ledighedsydelse.reporting_duties(case.ledighedsydelse)
    if case.fleksjob is not None:
        d += fleksjob.reporting_duties(case.fleksjob)
    if case.sygedagpenge is not None:
        d += sygedagpenge.reporting_duties(case.sygedagpenge)
    if case.foertidspension is not None:
        d += foertidspension.reporting_duties(case.foertidspension)
    if case.boligstoette is not None:
        d += boligstoette.reporting_duties(case.boligstoette)
    d += boern.reporting_duties(case.children, enlig=case.person.civil_status == "enlig")
    d += skat.reporting_duties()
    return unique(d)
