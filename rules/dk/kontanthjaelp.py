"""Kontanthjælp from the kommune after the reform: lov om aktiv socialpolitik (LAS) §§ 16-20 as
changed by lov nr. 1655 af 30.12.2024 (L 13 2024-25), in force 1.7.2025. A month.

1. The sats (LAS § 16): mindstesats (opholds- and beskæftigelseskrav not met), grundsats (under 30),
   forhøjet sats (30 or older, or 25-29 with 2½ years of work), or the sats for hjemmeboende (under
   30, living with a parent, no child). The sats on the afgørelse, when the counsellor types it, is
   used; otherwise the calculator's figure, which is NOT verified (no official 2025/2026 table was
   found). The hjemmeboende sats was not found at all: it must be typed.
2. The tillæg (LAS §§ 17-18): børnetillæg (one per recipient who supports a child, whatever the number
   of children), tillæg to single parents on mindstesats or grundsats, tillæg to single people
   without children on grundsats or forhøjet sats, særligt ungetillæg (aktivitetsparat, under 30, on
   grundsats; not modelled for the hjemmeboende sats), and the midlertidigt tilpasningstillæg as the
   afgørelse shows it (1.7.2025-30.6.2027).
3. Work income (the reform's "lempeligere regler for arbejdsindkomster"; the LAS section, its in-force
   date and whether the amounts are regulated were NOT found - the figures are the October 2023
   agreement's): a fribeløb a month per person (5.000 kr on mindstesats and grundsats, 2.500 kr on
   forhøjet sats, none on the hjemmeboende sats); 65 % of the work income above it is deducted; once
   work income + kontanthjælp reaches 85 % (mindstesats, grundsats) or 100 % (forhøjet sats) of the
   highest dagpenge, further pay is deducted krone for krone. The work income counted is the pay after
   ATP and AM-bidrag (as under the former LAS § 30; not confirmed for the new rule).
4. A spouse (gift, mutual forsørgerpligt, LAS § 2): the spouse's pay is deducted the same way (own
   fribeløb, 65 %; assumed the same fribeløb as the client's sats), the spouse's other income in full.
   Samlevende have no forsørgerpligt: the partner's income does not count (but they are not "enlige").
5. Other income (sygedagpenge, ledighedsydelse, pensions …) is deducted krone for krone (LAS § 30).

Rounding: the month's kontanthjælp is rounded to whole kroner, 50 øre up (the kommune's rounding was
not found). Not modelled: formue (assumed below 15.500 kr / 31.000 kr for spouses, LAS § 14), the
recipient's ATP share, the boligstøtteloft (in boligstoette.py), holiday pay (feriepenge), sanctions.

The fritidstillæg (tax free, per child, at most 3, after 3 months on kontanthjælp) is its own result
(`fritidstillaeg`), paid while kontanthjælp is paid.
"""

from __future__ import annotations

from decimal import Decimal

from benefits_calc.rules.dk.case import YOUNG_AGE, KontanthjaelpDecision

from benefits_calc.explain import N_, Notice, ReportingDuty, Step
from benefits_calc.money import ZERO, clamp0, round_half_up
from benefits_calc.outcome import BenefitResult
from benefits_calc.parameters import ParameterSet

BENEFIT = "dk.kontanthjaelp"
FRITID = "dk.fritidstillaeg"
AUTHORITY = "dk.kommune"
LAW = "LAS §§ 16-18, 30 (lov nr. 1655 af 30.12.2024)"
SATS_NAMES = {
    "mindstesats": "dk.kh.sats.mindstesats",
    "grundsats": "dk.kh.sats.grundsats",
    "forhoejet": "dk.kh.sats.forhoejet",
}

MESSAGES: dict[str, str] = {
    "dk.kh.sats.mindstesats": N_("mindstesats"),
    "dk.kh.sats.grundsats": N_("grundsats"),
    "dk.kh.sats.forhoejet": N_("forhøjet sats"),
    "dk.kh.sats.hjemmeboende": N_("sats for hjemmeboende"),
    "dk.kh.sats": N_("Kontanthjælp at {sats_id}: {sats} a month (the calculator's figure, not verified)."),
    "dk.kh.sats_letter": N_("Kontanthjælp at {sats_id}: {sats} a month, as on your afgørelse."),
    "dk.kh.boernetillaeg": N_("Børnetillæg, because you support a child: {tillaeg} a month."),
    "dk.kh.enlig_forsorger": N_("Tillæg for single parents: {tillaeg} a month."),
    "dk.kh.enlig_ikke_forsorger": N_("Tillæg for single people without children: {tillaeg} a month."),
    "dk.kh.ungetillaeg": N_("Særligt ungetillæg (aktivitetsparat, under 30): {tillaeg} a month."),
    "dk.kh.tilpasningstillaeg": N_("Midlertidigt tilpasningstillæg from your afgørelse: {tillaeg} a month."),
    "dk.kh.base": N_("Kontanthjælp before income is deducted: {base} a month."),
    "dk.kh.work": N_(
        "Your pay after ATP and AM-bidrag is {work_income} a month. {fribelob} of it is not deducted "
        "(fribeløb); {deduction_rate} of the rest is: {deduction} a month."
    ),
    "dk.kh.work_no_fribelob": N_(
        "Your pay after ATP and AM-bidrag is {work_income} a month. On the hjemmeboende sats there is no "
        "fribeløb: {deduction_rate} of it is deducted, {deduction} a month."
    ),
    "dk.kh.cap": N_(
        "Pay and kontanthjælp together may not exceed {cap_share} of the highest dagpenge ({max_dagpenge}), "
        "that is {cap}. Above it pay is deducted krone for krone: kontanthjælp at most {cap} - {work_income} "
        "= {after_cap}."
    ),
    "dk.kh.spouse": N_(
        "Your spouse's income counts (you are married: mutual duty to support). Spouse's pay after ATP and "
        "AM-bidrag {spouse_work_income}: {fribelob} not deducted, {deduction_rate} of the rest = "
        "{spouse_work_deduction}; spouse's other income {spouse_other_income} in full. Deducted: "
        "{spouse_deduction} a month."
    ),
    "dk.kh.samlevende": N_(
        "You live together without being married: your partner's income does not reduce your kontanthjælp."
    ),
    "dk.kh.other_income": N_("Other income is deducted krone for krone: {other_income} a month."),
    "dk.kh.result": N_("Kontanthjælp: {base} - deductions {deductions} = {amount} a month."),
    "dk.kh.result_zero": N_(
        "The deductions ({deductions}) are as large as the kontanthjælp ({base}): no kontanthjælp."
    ),
    "dk.kh.notice.stops": N_(
        "At this pay kontanthjælp stops. The kommune stops the payment; if the job ends or the hours fall, "
        "you must contact the jobcenter and may have to apply again. The fritidstillæg continues for 3 "
        "months."
    ),
    "dk.kh.notice.unverified_rule": N_(
        "How pay is deducted after the reform (fribeløb of 5.000 / 2.500 kr a month, 65 %, the cap at 85 % "
        "or 100 % of the highest dagpenge) rests on the political agreement, not on the law text, which "
        "was not found: ask the kommune (ydelseskontoret) to confirm the calculation before relying on it."
    ),
    "dk.kh.notice.sats_unverified": N_(
        "The sats is the calculator's figure and could not be verified: type the sats from your afgørelse "
        "to use the kommune's own figure."
    ),
    "dk.kh.notice.basis": N_(
        "The pay counted is the pay after ATP and AM-bidrag, in the month it is paid, as the kommune did "
        "under the former rules; holiday pay (feriepenge) is deducted when the holiday is taken."
    ),
    "dk.kh.notice.no_cap_hjemmeboende": N_(
        "For the hjemmeboende sats the sources name no upper limit for pay and kontanthjælp together; none "
        "is applied."
    ),
    "dk.kh.notice.no_ungetillaeg_hjemmeboende": N_(
        "Særligt ungetillæg is not calculated with the hjemmeboende sats; ask the kommune whether you can "
        "get "
        "it."
    ),
    "dk.kh.notice.spouse_on_kh": N_(
        "If your spouse also gets kontanthjælp, your pay is deducted from your spouse's kontanthjælp too. "
        "That is not calculated here."
    ),
    "dk.kh.notice.not_modelled": N_(
        "Assumed: formue below 15.500 kr (31.000 kr for a married couple), and no sanctions. The ATP "
        "contribution drawn from kontanthjælp is not deducted here."
    ),
    "dk.kh.fritid": N_(
        "Fritidstillæg for {children_count} child(ren): {children_count} × {per_child} = {amount} a month, "
        "tax free."
    ),
    "dk.kh.fritid_not_yet": N_(
        "Fritidstillæg is paid after {after_months} months with kontanthjælp; you have had it for "
        "{received_months} months."
    ),
    "dk.kh.fritid_stops": N_(
        "No fritidstillæg in this scenario, since no kontanthjælp is paid (it continues for 3 months after "
        "you leave kontanthjælp for work)."
    ),
    "dk.kh.duty.what": N_(
        "That you start work, your hours and pay each month (pay slips), holiday pay, and changes in your "
        "spouse's income, your formue, address or who lives with you."
    ),
    "dk.kh.duty.when": N_("Before you start, and at once when something changes."),
    "dk.kh.duty.how": N_(
        "To the jobcenter or the kommune's ydelseskontor, as your afgørelse says. The kommune also sees pay "
        "in eIndkomst, but that does not replace your duty to tell."
    ),
    "dk.kh.duty.consequence": N_(
        "Kontanthjælp paid when it should not have been must be paid back, and the kommune must report "
        "benefit fraud (socialt bedrageri) to the police when you knowingly withheld information."
    ),
}


def sats(decision: KontanthjaelpDecision, p: ParameterSet) -> tuple[Decimal, Step, bool]:
    """(the sats a month, its step, whether it is the calculator's unverified figure)."""
    sats_id = "dk.kh.sats.hjemmeboende" if decision.hjemmeboende else SATS_NAMES[decision.sats]
    if decision.sats_month is not None:
        return (
            decision.sats_month,
            Step("dk.kh.sats_letter", {"sats_id": sats_id, "sats": decision.sats_month}),
            False,
        )
    value = p.table("kh_sats")[decision.sats]
    return value, Step("dk.kh.sats", {"sats_id": sats_id, "sats": value}, ("kh_sats",), "LAS § 16"), True


def tillaeg(
    decision: KontanthjaelpDecision, *, age: int, enlig: bool, forsorger: bool, p: ParameterSet
) -> tuple[Decimal, list[Step], list[Notice]]:
    """The tillæg a month (LAS §§ 17-18) and the afgørelse's tilpasningstillæg."""
    total = ZERO
    steps: list[Step] = []
    notices: list[Notice] = []
    s = decision.sats
    if forsorger:
        v = p.v("kh_boernetillaeg")
        total += v
        steps.append(Step("dk.kh.boernetillaeg", {"tillaeg": v}, ("kh_boernetillaeg",), "LAS § 17"))
    if enlig and forsorger and s in ("mindstesats", "grundsats"):
        v = p.v("kh_tillaeg_enlig_forsorger")
        total += v
        steps.append(
            Step("dk.kh.enlig_forsorger", {"tillaeg": v}, ("kh_tillaeg_enlig_forsorger",), "LAS § 17")
        )
    if enlig and not forsorger and s in ("grundsats", "forhoejet") and not decision.hjemmeboende:
        v = p.v("kh_tillaeg_enlig_ikke_forsorger")
        total += v
        steps.append(
            Step(
                "dk.kh.enlig_ikke_forsorger", {"tillaeg": v}, ("kh_tillaeg_enlig_ikke_forsorger",), "LAS § 17"
            )
        )
    if decision.aktivitetsparat and s == "grundsats" and age < YOUNG_AGE:
        if decision.hjemmeboende:
            notices.append(Notice("dk.kh.notice.no_ungetillaeg_hjemmeboende", {}, "info", BENEFIT))
        else:
            table = p.table("kh_saerligt_ungetillaeg")
            key = (
                "forsorger" if forsorger else ("ikke_forsorger_18_24" if age < 25 else "ikke_forsorger_25_29")
            )
            v = table[key]
            total += v
            steps.append(Step("dk.kh.ungetillaeg", {"tillaeg": v}, ("kh_saerligt_ungetillaeg",), "LAS § 18"))
    if decision.tilpasningstillaeg_month > 0:
        v = decision.tilpasningstillaeg_month
        total += v
        steps.append(Step("dk.kh.tilpasningstillaeg", {"tillaeg": v}))
    return total, steps, notices


def work_deduction(work_income: Decimal, fribelob: Decimal, rate: Decimal) -> Decimal:
    """The deduction a month for work income: rate × the part above the fribeløb, to the øre."""
    return (rate * clamp0(work_income - fribelob)).quantize(Decimal("0.01"))


def calculate(
    decision: KontanthjaelpDecision,
    *,
    age: int,
    enlig: bool,
    married: bool,
    children_count: int,
    work_income_month: Decimal,
    other_income_month: Decimal,
    spouse_work_income_month: Decimal = ZERO,
    spouse_other_income_month: Decimal = ZERO,
    spouse_on_kontanthjaelp: bool = False,
    working: bool = False,
    p: ParameterSet,
) -> BenefitResult:
    """Kontanthjælp a month in the scenario (see the module docstring).

    `work_income_month`: the client's pay after ATP and AM-bidrag; `other_income_month`: the client's
    other income deducted in full (pensions, sygedagpenge …); `spouse_*`: a married spouse's pay after
    ATP and AM-bidrag and other income (ignored unless `married`)."""
    steps: list[Step] = []
    notices: list[Notice] = [Notice("dk.kh.notice.not_modelled", {}, "info", BENEFIT)]
    forsorger = children_count > 0
    value, sats_step, from_params = sats(decision, p)
    steps.append(sats_step)
    if from_params:
        notices.append(Notice("dk.kh.notice.sats_unverified", {}, "warning", BENEFIT))
    extra, t_steps, t_notices = tillaeg(decision, age=age, enlig=enlig, forsorger=forsorger, p=p)
    steps += t_steps
    notices += t_notices
    base = value + extra
    steps.append(Step("dk.kh.base", {"base": base}))

    # Work income: fribeløb, 65 %, and the cap against the highest dagpenge.
    key = "hjemmeboende" if decision.hjemmeboende else decision.sats
    fribelob = p.table("kh_fribelob_month")[key]
    rate = p.v("kh_work_deduction_rate")
    deductions = ZERO
    after_work = base
    if work_income_month > 0:
        d = work_deduction(work_income_month, fribelob, rate)
        deductions += d
        if fribelob > 0:
            steps.append(
                Step(
                    "dk.kh.work",
                    {
                        "work_income": work_income_month,
                        "fribelob": fribelob,
                        "deduction_rate": rate,
                        "deduction": d,
                    },
                    ("kh_fribelob_month", "kh_work_deduction_rate"),
                    LAW,
                )
            )
        else:
            steps.append(
                Step(
                    "dk.kh.work_no_fribelob",
                    {"work_income": work_income_month, "deduction_rate": rate, "deduction": d},
                    ("kh_fribelob_month", "kh_work_deduction_rate"),
                    LAW,
                )
            )
        after_work = base - d
        caps = p.table("kh_cap_share_of_max_dagpenge")
        if key in caps:
            cap_share = caps[key]
            max_dp = p.v("max_dagpenge_month")
            cap = (cap_share * max_dp).quantize(Decimal("0.01"))
            if after_work + work_income_month > cap:
                capped = clamp0(cap - work_income_month)
                steps.append(
                    Step(
                        "dk.kh.cap",
                        {
                            "cap_share": cap_share,
                            "max_dagpenge": max_dp,
                            "cap": cap,
                            "work_income": work_income_month,
                            "after_cap": capped,
                        },
                        ("kh_cap_share_of_max_dagpenge", "max_dagpenge_month"),
                        LAW,
                    )
                )
                deductions += clamp0(after_work) - capped
                after_work = capped
        else:
            notices.append(Notice("dk.kh.notice.no_cap_hjemmeboende", {}, "info", BENEFIT))
        notices.append(Notice("dk.kh.notice.basis", {}, "info", BENEFIT))
        notices.append(Notice("dk.kh.notice.unverified_rule", {}, "warning", BENEFIT))
    elif working:
        notices.append(Notice("dk.kh.notice.unverified_rule", {}, "warning", BENEFIT))

    # The spouse (gift only).
    if married:
        sd = work_deduction(spouse_work_income_month, fribelob, rate)
        spouse_total = sd + spouse_other_income_month
        if spouse_total > 0:
            steps.append(
                Step(
                    "dk.kh.spouse",
                    {
                        "spouse_work_income": spouse_work_income_month,
                        "fribelob": fribelob,
                        "deduction_rate": rate,
                        "spouse_work_deduction": sd,
                        "spouse_other_income": spouse_other_income_month,
                        "spouse_deduction": spouse_total,
                    },
                    ("kh_fribelob_month", "kh_work_deduction_rate"),
                    "LAS §§ 2, 30",
                )
            )
        deductions += spouse_total
        if spouse_on_kontanthjaelp:
            notices.append(Notice("dk.kh.notice.spouse_on_kh", {}, "warning", BENEFIT))
    elif not enlig:
        steps.append(Step("dk.kh.samlevende", {}, law="LAS § 2"))

    if other_income_month > 0:
        steps.append(Step("dk.kh.other_income", {"other_income": other_income_month}, law="LAS § 30"))
        deductions += other_income_month

    amount = round_half_up(clamp0(base - deductions))
    if amount > 0:
        steps.append(Step("dk.kh.result", {"base": base, "deductions": deductions, "amount": amount}))
    else:
        steps.append(Step("dk.kh.result_zero", {"base": base, "deductions": deductions}))
        if work_income_month > 0:
            notices.append(Notice("dk.kh.notice.stops", {}, "danger", BENEFIT))
    return BenefitResult(
        benefit=BENEFIT,
        authority=AUTHORITY,
        amount=amount,
        taxable=True,
        steps=steps,
        reported=decision.amount_month,
        notices=notices,
    )


def fritidstillaeg(
    decision: KontanthjaelpDecision,
    *,
    children_count: int,
    enlig: bool,
    kontanthjaelp_month: Decimal,
    p: ParameterSet,
) -> BenefitResult | None:
    """The fritidstillæg a month (tax free): per child up to 3, the single parent's or the couple's
    amount, after 3 months on kontanthjælp, while kontanthjælp is paid. None without children."""
    if children_count == 0:
        return None
    steps: list[Step] = []
    after = p.v("kh_fritidstillaeg_after_months")
    amount = ZERO
    if decision.months_received < after:
        steps.append(
            Step(
                "dk.kh.fritid_not_yet",
                {"after_months": after, "received_months": decision.months_received},
                ("kh_fritidstillaeg_after_months",),
            )
        )
    elif kontanthjaelp_month <= 0:
        steps.append(Step("dk.kh.fritid_stops", {}, ("kh_fritidstillaeg_after_months",)))
    else:
        n = min(children_count, int(p.v("kh_fritidstillaeg_max_children")))
        per = p.table("kh_fritidstillaeg_per_child")["enlig" if enlig else "par"]
        amount = per * n
        steps.append(
            Step(
                "dk.kh.fritid",
                {"children_count": n, "per_child": per, "amount": amount},
                ("kh_fritidstillaeg_per_child", "kh_fritidstillaeg_max_children"),
                "LAS (fritidstillæg, lov nr. 1655 af 30.12.2024)",
            )
        )
    return BenefitResult(FRITID, AUTHORITY, amount, False, steps, tax_free=amount)


def reporting_duties(decision: KontanthjaelpDecision) -> list[ReportingDuty]:
    """What to tell the kommune (RSL § 11; repayment LAS § 91; police report LAS § 91, stk. 5)."""
    return [
        ReportingDuty.of(
            BENEFIT,
            AUTHORITY,
            "dk.kh.duty",
            "Retssikkerhedsloven §§ 11, 12; LAS § 91; straffeloven § 289 a",
        )
    ]
