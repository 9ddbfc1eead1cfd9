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

Start from the decision letter: each benefit with a reported amount is paid as reported when not
working; a scenario changes it by what the rules change (modelled(x) - modelled(0 hours)), and a
difference between the reported and the modelled amount today is shown, never hidden.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from benefits_calc.rules.se import (
    aktivitetsstod,
    barnbidrag,
    bostadsbidrag,
    bostadstillagg,
    ekonomiskt_bistand,
    sjukersattning,
    sjukpenning,
    skatt,
)
from benefits_calc.rules.se.case import SECase

from benefits_calc.explain import N_, Notice, ReportingDuty, Step
from benefits_calc.models import WorkScenario
from benefits_calc.money import ZERO, clamp0
from benefits_calc.outcome import BenefitResult, Outcome, ScenarioInfo, TaxResult
from benefits_calc.parameters import ParameterSet

TWELVE = Decimal(12)

MESSAGES = {
    "se.work.earnings": N_(
        "If you work {hours_per_week} hours a week ({percent_of_full_time_share} of full time) you "
        "earn {earnings} a month before tax."
    ),
    "se.work.none": N_("Not working: no earnings."),
    "se.net.total": N_(
        "In total the household has {net_income} a month after tax: earnings {earnings}, benefits "
        "{benefits_total}, other income {other_income}, minus tax {tax}."
    ),
    "se.net.partner": N_("Your partner's income after tax, {partner_net}, is included."),
    "se.adjust.reported": N_(
        "Today's decision letter says {reported} a month; the rules give {modelled_today}. The "
        "difference ({offset}) is kept in this scenario: {modelled} + ({offset}) = {amount}."
    ),
    "se.adjust.excluded": N_(
        "The decision letter says {reported} a month, but by the rules it cannot be paid in your "
        "situation (see how it is calculated), so it is counted as 0 in every scenario. "
        "{authority_id} will stop it when they learn of this and may reclaim what has been paid: "
        "contact them."
    ),
    "se.adjust.not_modelled": N_(
        "Today's decision letter says {reported} a month, but the rules, with what was entered, give "
        "nothing. This calculation cannot show how work changes it: it is shown unchanged, but it may "
        "fall or stop when you work. Check the entries and ask the authority."
    ),
    "se.assume.same_every_month": N_(
        "The same hours and wage every month of the year; annual rules (tax, bostadstillägg) are "
        "computed for the whole year and shown per month."
    ),
    "se.assume.only_entered_benefits": N_(
        "Only the benefits entered are calculated; a benefit the client does not have today is "
        "not applied for in the scenarios."
    ),
    "se.assume.no_capital_tax": N_("Tax on capital income is not included."),
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


@dataclass(slots=True)
class _Offsets:
    """reported - modelled when not working, per benefit id, and the modelled amount then."""

    offset: dict[str, Decimal]
    modelled0: dict[str, Decimal]
    fribelopp_net: Decimal | None = None
    duties: list[ReportingDuty] | None = None
    barnbidrag: BenefitResult | None = None
    # Sjukersättning's amount by the rules today (sjukersattning.baseline): the same in every scenario.
    se_today: tuple[Decimal, list[Step], list[Notice]] | None = None
    # The household's riksnorm (ekonomiskt bistånd): the same in every scenario.
    eb_norm: ekonomiskt_bistand.Riksnorm | None = None


def calculate(case: SECase, scenario: WorkScenario, p: ParameterSet, *, detail: bool = True) -> Outcome:
    """One scenario. `detail=False`: the amounts only (benefits, tax, net income, scenario), with no
    steps, notices, duties or parameters on the Outcome itself (for the sweep, which reads amounts)."""
    cache = case._baseline  # a private attribute: read once (pydantic's __getattr__ is slow)
    if cache.get("case") is not case:
        # A copy of a case (model_copy) shares the parent's cache dict: start its own.
        cache = case._baseline = {"case": case}
    offsets = cache.get(p.date)
    if offsets is None:
        # The not-working run sets, per benefit, how far the reported amount is from the rules.
        offsets = _Offsets({}, {})
        _run(case, scenario.at_share(Decimal(0)), p, offsets, baseline=True, detail=False)
        cache[p.date] = offsets
    return _run(case, scenario, p, offsets, baseline=False, detail=detail)


def _adjust(r: BenefitResult, offsets: _Offsets, baseline: bool, working: bool = True) -> BenefitResult:
    """Start from the decision letter (see module docstring)."""
    if r.reported is None:
        return r
    if r.excluded:
        # The law ends the benefit: 0 in every scenario, not the letter's amount (issue: a kept
        # amount that will be reclaimed is not income).
        if r.reported > 0:
            r.notices.append(
                Notice(
                    "se.adjust.excluded",
                    {"reported": r.reported, "authority_id": r.authority},
                    "danger",
                    r.benefit,
                )
            )
        return r
    modelled = r.amount
    if baseline:
        offsets.offset[r.benefit] = r.reported - modelled
        offsets.modelled0[r.benefit] = modelled
    off = offsets.offset.get(r.benefit, ZERO)
    if off == 0:
        return r
    m0 = offsets.modelled0.get(r.benefit, ZERO)
    amount = ZERO if (modelled == 0 and m0 > 0) else clamp0(modelled + off)
    r.steps.append(
        Step(
            "se.adjust.reported",
            {
                "reported": r.reported,
                "modelled_today": m0,
                "offset": off,
                "modelled": modelled,
                "amount": amount,
            },
        )
    )
    r.amount = amount
    r.notices = [n for n in (_restate(n, r.reported, amount) for n in r.notices) if n is not None]
    if m0 == 0 and not baseline:
        # The rules give nothing today, so they cannot say when the reported amount falls or stops:
        # the amount kept is marked uncertain wherever it is shown.
        r.notices.append(Notice("se.adjust.not_modelled", {"reported": r.reported}, "danger", r.benefit))
        r.uncertain = working and amount > 0  # not working, it is what the letter says is paid
    return r


def _restate(n: Notice, reported: Decimal, amount: Decimal) -> Notice | None:
    """A rule's notice that compares its modelled amount with the reported one (e.g. bostadsbidrag's
    repayment risk) is restated with the adjusted amount, or dropped when it no longer holds."""
    if "reported_month" not in n.values or "amount_month" not in n.values:
        return n
    if amount == reported or ("repayment_year" in n.values) != (amount < reported):
        return None
    values = dict(n.values)
    values["amount_month"] = amount
    if "repayment_year" in values:
        values["repayment_year"] = TWELVE * (reported - amount)
    return Notice(n.msg, values, n.severity, n.benefit)


def _run(
    case: SECase, scenario: WorkScenario, p: ParameterSet, offsets: _Offsets, baseline: bool, detail: bool
) -> Outcome:
    person = case.person
    earnings = scenario.earnings_month
    share = scenario.share_of_full_time
    benefits: list[BenefitResult] = []
    duties: list[ReportingDuty] = []  # duties that depend on the scenario
    notices_extra: list[Notice] = []

    def add(r: BenefitResult) -> BenefitResult:
        r = _adjust(r, offsets, baseline, working=scenario.hours > 0)
        benefits.append(r)
        return r

    # 2. Försäkringskassan's income-replacing benefits.
    se_paid = se_taxable = ZERO
    if case.sjukersattning is not None:
        if offsets.se_today is None:
            offsets.se_today = sjukersattning.baseline(case.sjukersattning, age=person.age, p=p)
        r = add(
            sjukersattning.calculate(
                case.sjukersattning,
                age=person.age,
                work_share=share,
                earnings_month=earnings,
                p=p,
                today=offsets.se_today,
            )
        )
        se_paid = r.amount
        # The 25 % of the vilande part paid while working is tax free (IL 11 kap. 30 § st. 3).
        se_taxable = se_paid - sjukersattning.tax_free_month(r)
    sp_paid = ZERO
    if case.sjukpenning is not None:
        r = add(sjukpenning.calculate(case.sjukpenning, work_share=share, p=p))
        sp_paid = r.amount
    akt_taxable = ZERO
    if case.aktivitetsstod is not None:
        r = add(aktivitetsstod.calculate(case.aktivitetsstod, work_share=share, p=p))
        akt_taxable = r.amount if r.taxable else ZERO

    # 3. Tax on the year's income.
    other = case.other_income
    income = skatt.TaxableIncome(
        arbetsinkomst=TWELVE * earnings,
        sjuk_aktivitetsersattning=TWELVE * se_taxable,
        other_pensionable=TWELVE * (sp_paid + akt_taxable),
        other_taxable=TWELVE * other.tjanstepension_month,
    )
    tax = skatt.calculate(income, age=person.age, kommunalskatt_percent=person.kommunalskatt_percent, p=p)

    partner = case.partner
    partner_net = ZERO
    partner_tax: TaxResult | None = None
    if partner is not None:
        partner_income = skatt.TaxableIncome(
            arbetsinkomst=TWELVE * partner.work_income_month,
            sjuk_aktivitetsersattning=TWELVE * partner.sjukersattning_month,
            other_pensionable=TWELVE * partner.other_taxable_income_month,
        )
        partner_tax = skatt.calculate(
            partner_income, age=partner.age, kommunalskatt_percent=person.kommunalskatt_percent, p=p
        )
        partner_net = (
            partner.work_income_month
            + partner.sjukersattning_month
            + partner.other_taxable_income_month
            - partner_tax.amount
        )

    # 4. Bostadsbidrag, before bostadstillägg.
    bb_paid = ZERO
    if case.bostadsbidrag is not None:
        bgi = TWELVE * (earnings + se_taxable + sp_paid + akt_taxable + other.tjanstepension_month)
        partner_bgi = (
            TWELVE
            * (partner.work_income_month + partner.sjukersattning_month + partner.other_taxable_income_month)
            if partner is not None
            else None
        )
        r = add(
            bostadsbidrag.calculate(
                case.bostadsbidrag,
                applicant_age=person.age,
                is_couple=case.is_couple,
                children=case.children,
                housing_cost_month=case.housing.housing_cost_month,
                area_m2=case.housing.area_m2,
                bgi_year=bgi,
                partner_bgi_year=partner_bgi,
                p=p,
                partner_age=partner.age if partner is not None else None,
                receives_bostadstillagg=case.bostadstillagg is not None,
            )
        )
        bb_paid = r.amount

    # 5. Bostadstillägg.
    if case.bostadstillagg is not None and case.sjukersattning is not None:
        # BTP's income is the surplus in tjänst (SFB 102 kap. 7 §): the tax-free 25 % paid while
        # vilande is not in it (IL 11 kap. 30 §). FK's practice on this was not found: shown.
        if se_taxable < se_paid:
            notices_extra.append(Notice("se.assume.btp_vilande_tax_free", {}, "info", "se.bostadstillagg"))
        btp_income = bostadstillagg.BTPIncome(
            sjuk_aktivitetsersattning=TWELVE * se_taxable,
            arbetsinkomst=TWELVE * earnings,
            other_taxable=TWELVE * (sp_paid + akt_taxable + other.tjanstepension_month),
            capital_income=case.bostadstillagg.capital_income_year,
        )
        partner_btp = partner_fribelopp = None
        if partner is not None:
            partner_btp = bostadstillagg.BTPIncome(
                sjuk_aktivitetsersattning=TWELVE * partner.sjukersattning_month,
                arbetsinkomst=TWELVE * partner.work_income_month,
                other_taxable=TWELVE * partner.other_taxable_income_month,
            )
            if partner.sjukersattning_month > 0:
                partner_fribelopp = sjukersattning.garantiniva_year("sjukersattning", partner.age, p)
        fribelopp = sjukersattning.garantiniva_year(case.sjukersattning.kind, person.age, p)
        if offsets.fribelopp_net is None:
            # SFB 102 kap. 30 §: the fribelopp after tax (the year's final tax on it as SE/AE).
            offsets.fribelopp_net = (
                fribelopp
                - skatt.calculate(
                    skatt.TaxableIncome(sjuk_aktivitetsersattning=fribelopp),
                    age=person.age,
                    kommunalskatt_percent=person.kommunalskatt_percent,
                    p=p,
                ).annual
            )
        r = add(
            bostadstillagg.calculate(
                case.bostadstillagg,
                is_couple=case.is_couple,
                housing_cost_month=case.housing.housing_cost_month,
                bostadsbidrag_month=bb_paid,
                # The partner's year after the year's tax (not 12 x the month, whose öre are dropped).
                partner_net_income_after_tax_year=(
                    TWELVE * (partner_net + partner_tax.amount) - partner_tax.annual
                    if partner_tax is not None
                    else None
                ),
                fribelopp_after_tax_year=offsets.fribelopp_net,
                fribelopp_year=fribelopp,
                income=btp_income,
                partner_income=partner_btp,
                partner_fribelopp_year=partner_fribelopp,
                net_income_after_tax_year=TWELVE
                * (earnings + se_paid + sp_paid + akt_taxable + other.tjanstepension_month)
                - tax.annual,
                p=p,
            )
        )

    # 6. Barnbidrag.
    if case.children:
        # Not income-tested: the same in every scenario, computed once per case.
        if offsets.barnbidrag is None:
            offsets.barnbidrag = barnbidrag.calculate(case.children, p=p)
        benefits.append(offsets.barnbidrag)

    # 7. Ekonomiskt bistånd, last.
    gross_other = other.tjanstepension_month + other.underhallsstod_month
    if case.ekonomiskt_bistand is not None:
        # The net of the wage: the tax with the wage minus the tax without it.
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
            )
            net_earnings = earnings - (tax.amount - tax_without.amount)
            if tax_without.annual > 0:
                # Several payers: the month's pay after the employer's deduction may differ.
                notices_extra.append(
                    Notice("se.assume.eb_net_pay_final_tax", {}, "info", "se.ekonomiskt_bistand")
                )
        else:
            net_earnings = ZERO
        if partner is not None and partner.work_income_month > 0:
            # The partner's pay is income from employment too (SoL 2025:400 12 kap. 8 §); its net
            # is the partner's net income in the proportion of pay to the partner's gross income.
            partner_gross = (
                partner.work_income_month + partner.sjukersattning_month + partner.other_taxable_income_month
            )
            net_earnings += (partner_net * partner.work_income_month / partner_gross).quantize(
                Decimal("0.01")
            )
        household_net = earnings + sum((b.amount for b in benefits), ZERO) + gross_other - tax.amount
        other_net = household_net + partner_net - net_earnings
        adult_ages = [person.age] + ([partner.age] if partner is not None else [])
        if offsets.eb_norm is None:
            offsets.eb_norm = ekonomiskt_bistand.riksnorm(
                len(adult_ages),
                case.children,
                p=p,
                small_children_lunch_at_home=case.ekonomiskt_bistand.small_children_lunch_at_home,
            )
        eb = add(
            ekonomiskt_bistand.calculate(
                case.ekonomiskt_bistand,
                adult_ages=adult_ages,
                children=case.children,
                housing=case.housing,
                net_earnings_month=net_earnings,
                other_net_income_month=other_net,
                p=p,
                norm=offsets.eb_norm,
            )
        )
        # Jobbpremie (FK, 2026-03-01 to 2028-02-29): only in a month with pay and no försörjningsstöd.
        jp = ekonomiskt_bistand.jobbpremie(
            case.ekonomiskt_bistand, gross_earnings_month=earnings, ekonomiskt_bistand_month=eb.amount, p=p
        )
        if jp.amount > 0 or jp.notices:
            add(jp)
            duties += ekonomiskt_bistand.jobbpremie_reporting_duties(case.ekonomiskt_bistand)

    benefits_total = sum((b.amount for b in benefits), ZERO)
    net_income = earnings + benefits_total + gross_other - tax.amount + partner_net
    info = ScenarioInfo(
        label=scenario.label or f"{(share * 100).quantize(Decimal('1'))} %",
        hours_per_week=scenario.hours,
        percent_of_full_time=share * 100,
        full_time_hours_per_week=scenario.full_time_hours_per_week,
        earnings_month=earnings,
        hourly_wage=scenario.hourly_wage,
    )
    out = Outcome(
        country="se",
        currency="SEK",
        rule_date=p.date,
        scenario=info,
        benefits=benefits,
        tax=tax,
        other_income=gross_other + partner_net,
        net_income=net_income,
        warnings=[],
        assumptions=[],
        reporting_duties=[],
        baseline_mismatches=[],
        parameters={},
    )
    if not detail:
        # The amounts only (see `calculate`): a sweep point or the not-working baseline.
        return out

    steps: list[Step] = []
    if earnings > 0:
        steps.append(
            Step(
                "se.work.earnings",
                {
                    "hours_per_week": scenario.hours.quantize(Decimal("0.1")),
                    "percent_of_full_time_share": share.quantize(Decimal("0.0001")),
                    "earnings": earnings,
                },
            )
        )
    else:
        steps.append(Step("se.work.none", {}))
    steps.append(
        Step(
            "se.net.total",
            {
                "net_income": net_income,
                "earnings": earnings,
                "benefits_total": benefits_total,
                "other_income": gross_other + partner_net,
                "tax": tax.amount,
            },
        )
    )
    if partner is not None:
        steps.append(Step("se.net.partner", {"partner_net": partner_net}))

    warnings = list(p.warnings)
    assumptions = [
        Notice("se.assume.same_every_month"),
        Notice("se.assume.only_entered_benefits"),
        *notices_extra,
    ]
    if case.bostadstillagg is not None and case.bostadstillagg.capital_income_year > 0:
        assumptions.append(Notice("se.assume.no_capital_tax"))
    for n in tax.notices:
        (warnings if n.severity != "info" else assumptions).append(n)
    for b in benefits:
        for n in b.notices:
            (warnings if n.severity != "info" else assumptions).append(n)
    mismatches = [
        Notice(
            "engine.baseline_mismatch",
            {"benefit_id": bid, "reported": offsets.modelled0[bid] + off, "modelled": offsets.modelled0[bid]},
            severity="warning",
            benefit=bid,
        )
        for bid, off in offsets.offset.items()
        if abs(off) >= 1
    ]

    # The parameters behind every step (one set for all, as BenefitResult/TaxResult.param_names).
    names: set[str] = set()
    for r in (tax, *benefits, partner_tax):
        if r is not None:
            for s in r.steps:
                names.update(s.params)
    out.warnings = _unique(warnings)
    out.assumptions = _unique(assumptions)
    out.reporting_duties = _static_duties(case, offsets) + _unique(duties)
    out.baseline_mismatches = mismatches
    out.parameters = p.subset(names)
    out.steps = steps
    return out


def _static_duties(case: SECase, offsets: _Offsets) -> list[ReportingDuty]:
    """What the client must report, per benefit received (the same in every scenario)."""
    if offsets.duties is None:
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
        d += skatt.reporting_duties()
        offsets.duties = _unique(d)
    return offsets.duties


def _unique(items: list) -> list:
    """The items in order, each once (a notice by message, benefit and values)."""
    seen: set = set()
    out = []
    for i in items:
        key = (i.msg, i.benefit, tuple(i.values.items())) if isinstance(i, Notice) else i
        if key not in seen:
            seen.add(key)
            out.append(i)
    return out
