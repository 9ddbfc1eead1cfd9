"""Swedish income tax on earned income (förvärvsinkomst) for people under 66: the annual final tax.

Computed the way Skatteverket's "Teknisk beskrivning" SKV 433 (the arithmetic behind the tax tables)
and the final tax decision compute it, per calendar year:

1. Fastställd förvärvsinkomst (FFI): all income of the year (wages, sjuk-/aktivitetsersättning,
   sjukpenning, aktivitetsstöd, a-kassa, tjänstepension …) rounded DOWN to whole 100 kr
   (IL 1 kap. 5 §).
2. Grundavdrag (IL 63 kap. 3 §): a piecewise function of FFI in prisbasbelopp (PBB), never above
   FFI, rounded UP to whole 100 kr. Beskattningsbar förvärvsinkomst (BFI) = FFI - grundavdrag.
3. Kommunal inkomstskatt = BFI x KI, öre dropped. KI is the person's kommun + region rate, without
   begravnings- and kyrkoavgift (SKV 433 avsnitt 7.3). Unknown rate: the national average of the year
   (a parameter), shown as an assumption.
4. Statlig inkomstskatt = 20 % of BFI above the skiktgräns (IL 65 kap. 5 §), only when that base is
   at least 200 kr (IL 65 kap. 2 §).
5. Allmän pensionsavgift (lag 1994:1744): 7 % of the pensionsgrundande income (wages, sjukpenning,
   aktivitetsstöd, a-kassa — NOT sjuk-/aktivitetsersättning, NOT pensions), capped at 8.07
   inkomstbasbelopp (IBB), none below 0.423 PBB, rounded to the nearest 100 kr with an exact 50
   rounded down. The same amount is given back as a skattereduktion (IL 67 kap. 4 §) as far as the
   kommunal and statlig tax allow; the fee itself is never reduced.
6. Skattereduktioner in the order of IL 67 kap. 2 §: allmän pensionsavgift -> jobbskatteavdrag
   (IL 67 kap. 6-7 §§, wages only) -> sjuk- och aktivitetsersättning (IL 67 kap. 9 a-9 c §§) ->
   förvärvsinkomst (IL 67 kap. 46-47 §§). The last three are set off ONLY against the kommunal
   inkomstskatt (IL 67 kap. 2 § st. 2); each is limited to the tax that remains, so tax never goes
   below the fees. Every reduction is in whole kronor, öre dropped (IL 67 kap. 1 §).
7. Public service-avgift (lag 2018:1893): 1 % of BFI up to a cap in IBB, öre dropped, for people who
   had turned 18 at the start of the year.

Wages and sjuk-/aktivitetsersättning together (the open question of the research notes): IL 67 kap.
7 § and 9 c § each subtract "grundavdraget" — the person's one grundavdrag, computed on the total
FFI — with no rule that shares it between the two reductions, and SKV 433 describes both the same way.
So both reductions are computed with the full grundavdrag and then set off, in that order, against
what remains of the kommunal tax. No official text was found that says anything more (nor an example
with both incomes).

Not modelled: age 66 and over at the start of the year (förhöjt grundavdrag, another
jobbskatteavdrag; computed with the under-66 rules and a "danger" notice), kapital income, allmänna
avdrag, sjöinkomst, begravnings- and kyrkoavgift unless a rate is given (see `calculate`; otherwise
an assumption notice), part-year residence.

Rounding: each tax, fee and reduction as the law says (above); the pension fee is computed on the
pensionsgrundande income as given (not first rounded to 100). The monthly `amount` is the annual
total / 12 with öre dropped, as Skatteverket's published monthly tables do (tabell 29 2026,
10 000 kr a month: 12 743 kr a year -> 1 061 kr a month). With the table's own rates this module
reproduces the 2026 tables exactly (tests/rules/se/test_skatt.py, kolumn 1, 4 and 5).

Preliminary tax: with income from several payers, `estimated_withholding` estimates what is
deducted during the year (main payer by the table, the others a flat 30 %), and a notice shows the
expected restskatt or refund against the final tax.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from benefits_calc.explain import N_, Notice, ReportingDuty, Step
from benefits_calc.money import HUNDRED, TWELVE, ZERO, ceil_to, clamp0, floor_to, round_half_down
from benefits_calc.outcome import TaxResult
from benefits_calc.parameters import ParameterSet, cached_rule

BENEFIT = "se.skatt"
AUTHORITY = "se.skatteverket"

P_GA = "skatt_grundavdrag"
P_JSA = "skatt_jobbskatteavdrag"
P_SA = "skatt_sa_reduktion"
P_FIR = "skatt_forvarvsinkomst_reduktion"
P_SKIKT = "skatt_skiktgrans"
P_STATLIG = "skatt_statlig_rate"
P_STATLIG_MIN = "skatt_statlig_min_underlag"
P_PA = "skatt_pensionsavgift"
P_PS = "skatt_public_service"
P_KI_AVG = "skatt_kommunalskatt_genomsnitt"
P_SIDO = "skatt_sidoinkomst_avdrag_rate"
P_PBB = "prisbasbelopp"
P_IBB = "inkomstbasbelopp"

AGE_LIMIT = 66  # IL 67 kap. 7-8 §§, 63 kap. 3-4 §§: other rules from the year after turning 66


@dataclass(frozen=True)
class TaxableIncome:
    """The year's taxable income, all ANNUAL amounts in SEK before tax.

    `arbetsinkomst`: wages (jobbskatteavdrag base, pensionsgrundande).
    `sjuk_aktivitetsersattning`: sjuk- or aktivitetsersättning paid (base of its own reduction;
    not pensionsgrundande for the fee).
    `other_pensionable`: sjukpenning, aktivitetsstöd, a-kassa (pensionsgrundande, no JSA).
    `other_taxable`: tjänstepension and other taxable income without the fee or a special reduction.
    """

    arbetsinkomst: Decimal = ZERO
    sjuk_aktivitetsersattning: Decimal = ZERO
    other_pensionable: Decimal = ZERO
    other_taxable: Decimal = ZERO

    @property
    def total(self) -> Decimal:
        return (
            self.arbetsinkomst + self.sjuk_aktivitetsersattning + self.other_pensionable + self.other_taxable
        )

    @property
    def pensionsgrundande(self) -> Decimal:
        return self.arbetsinkomst + self.other_pensionable


# --------------------------------------------------------------------------------------------
# The pieces, each a plain function of the year's figures (annual SEK; rates as fractions).
# --------------------------------------------------------------------------------------------


def faststalld_forvarvsinkomst(total: Decimal) -> Decimal:
    """IL 1 kap. 5 §: the income of the year rounded down to whole 100 kr."""
    return floor_to(clamp0(total), 100)


def grundavdrag(ffi: Decimal, pbb: Decimal, g: dict[str, Decimal]) -> Decimal:
    """IL 63 kap. 3 § (under 66): piecewise in PBB, never above FFI, rounded UP to whole 100 kr."""
    if ffi <= 0:
        return ZERO
    if ffi <= g["low_to"] * pbb:
        raw = g["base"] * pbb
    elif ffi <= g["rise_to"] * pbb:
        raw = g["base"] * pbb + g["rise_rate"] * (ffi - g["low_to"] * pbb)
    elif ffi <= g["flat_to"] * pbb:
        raw = g["top"] * pbb
    elif ffi <= g["fall_to"] * pbb:
        raw = g["top"] * pbb - g["fall_rate"] * (ffi - g["flat_to"] * pbb)
    else:
        raw = g["bottom"] * pbb
    return min(ceil_to(raw, 100), ffi)


def jsa_underlag(ai: Decimal, pbb: Decimal, j: dict[str, Decimal]) -> Decimal:
    """The amount from which the grundavdrag is subtracted in IL 67 kap. 7 § (before x KI)."""
    if ai <= j["step1"] * pbb:
        return ai
    if ai <= j["step2"] * pbb:
        return j["step1"] * pbb + j["rate2"] * (ai - j["step1"] * pbb)
    if ai <= j["step3"] * pbb:
        return j["base2"] * pbb + j["rate3"] * (ai - j["step2"] * pbb)
    return j["top"] * pbb


def jobbskatteavdrag(ai: Decimal, ga: Decimal, ki: Decimal, pbb: Decimal, j: dict[str, Decimal]) -> Decimal:
    """IL 67 kap. 7 §: (underlag - grundavdrag) x KI, never negative, öre dropped (before the limit)."""
    return floor_to(clamp0(jsa_underlag(ai, pbb, j) - ga) * ki, 1)


def sa_underlag(ul: Decimal, pbb: Decimal, s: dict[str, Decimal]) -> Decimal:
    """The amount from which the grundavdrag is subtracted in IL 67 kap. 9 c § (no cap at the top)."""
    if ul <= s["step1"] * pbb:
        return ul
    if ul <= s["step2"] * pbb:
        return s["step1"] * pbb + s["rate2"] * (ul - s["step1"] * pbb)
    return s["base2"] * pbb + s["rate3"] * (ul - s["step2"] * pbb)


def sa_reduktion(ul: Decimal, ga: Decimal, ki: Decimal, pbb: Decimal, s: dict[str, Decimal]) -> Decimal:
    """IL 67 kap. 9 c §: (underlag - grundavdrag) x KI, at least 4.5 % x underlag x KI, öre dropped."""
    main = clamp0(sa_underlag(ul, pbb, s) - ga) * ki
    floor_amount = s["floor_rate"] * ul * ki
    return floor_to(max(main, floor_amount), 1)


def forvarvsinkomst_reduktion(bfi: Decimal, f: dict[str, Decimal]) -> Decimal:
    """IL 67 kap. 46-47 §§: 0.75 % of BFI above 40 000, 1 500 from BFI 240 000; öre dropped."""
    if bfi <= f["lower"]:
        return ZERO
    if bfi < f["upper"]:
        return min(floor_to(f["rate"] * (bfi - f["lower"]), 1), f["max"])
    return f["max"]


def allman_pensionsavgift(pgi: Decimal, pbb: Decimal, ibb: Decimal, a: dict[str, Decimal]) -> Decimal:
    """Lag (1994:1744): 7 % of min(PGI, 8.07 IBB), nearest 100 kr (50 down); none below 0.423 PBB."""
    if pgi <= 0 or pgi < a["floor_pbb"] * pbb:
        return ZERO
    return round_half_down(a["rate"] * min(pgi, a["cap_ibb"] * ibb), 100)


def public_service_avgift(bfi: Decimal, ibb: Decimal, ps: dict[str, Decimal]) -> Decimal:
    """Lag (2018:1893) 4 §: 1 % of BFI up to the cap (in IBB), öre dropped."""
    return floor_to(ps["rate"] * min(clamp0(bfi), ps["cap_ibb"] * ibb), 1)


# --------------------------------------------------------------------------------------------
# The year's tax, step by step.
# --------------------------------------------------------------------------------------------


# The same income gives the same tax: a sweep asks again for the partner's tax, the tax without
# the wage and the withholding estimate, so results are cached (they are never mutated).
@cached_rule()
def calculate(
    income: TaxableIncome,
    *,
    age: int,
    kommunalskatt_percent: Decimal | None,
    p: ParameterSet,
    begravningsavgift_percent: Decimal | None = None,
    kyrkoavgift_percent: Decimal | None = None,
    withholding: bool = True,
) -> TaxResult:
    """The year's final income tax incl. fees, for a person under 66 at the start of the year.

    `kommunalskatt_percent`: kommun + region rate in percent (e.g. 32.38), without begravnings- and
    kyrkoavgift; None -> the national average of the year (shown as an assumption).
    `begravningsavgift_percent`: the begravningsavgift in percent of BFI (the pipeline gives the
    client's kommun's rate or the national rate); None -> not included (shown as an assumption).
    `kyrkoavgift_percent`: for a member of Svenska kyrkan, the kyrkoavgift in percent of BFI; None ->
    none. Both fees are paid in full: no tax reduction lowers them (IL 67 kap. 2 §).
    `withholding`: False leaves out the notice of restskatt or refund against the tax withheld
    (`estimated_withholding`, a second tax calculation), for a caller that reads only the amounts.
    From age 66 the under-66 rules are used with a "danger" notice (the real tax is usually lower:
    förhöjt grundavdrag and the 66+ jobbskatteavdrag are not modelled). ValueError for negative income.
    """
    for name in ("arbetsinkomst", "sjuk_aktivitetsersattning", "other_pensionable", "other_taxable"):
        if getattr(income, name) < 0:
            raise ValueError(f"{name} must not be negative")
    if kommunalskatt_percent is not None and not 0 < kommunalskatt_percent < 100:
        raise ValueError("kommunalskatt_percent must be a percent between 0 and 100")

    year = p.date.year
    pbb, ibb = p.v(P_PBB), p.v(P_IBB)
    steps: list[Step] = []
    notices: list[Notice] = [
        Notice("se.skatt.assumption.annual", {"year": year}, "info", BENEFIT),
    ]
    if age >= AGE_LIMIT:
        # Outside this module: computed with the under-66 rules, and said loudly.
        notices.append(
            Notice("se.skatt.not_covered.age_66", {"year": year, "age_count": age}, "danger", BENEFIT)
        )

    # 1. Fastställd förvärvsinkomst.
    ffi = faststalld_forvarvsinkomst(income.total)
    steps.append(
        Step(
            "se.skatt.ffi",
            {
                "arbetsinkomst": income.arbetsinkomst,
                "sjuk_aktivitetsersattning": income.sjuk_aktivitetsersattning,
                "other_pensionable": income.other_pensionable,
                "other_taxable": income.other_taxable,
                "total": income.total,
                "ffi": ffi,
                "year": year,
            },
        )
    )

    # 2. Grundavdrag and beskattningsbar förvärvsinkomst.
    ga = grundavdrag(ffi, pbb, p.table(P_GA))
    steps.append(
        Step("se.skatt.grundavdrag", {"ffi": ffi, "grundavdrag": ga, "prisbasbelopp": pbb}, (P_GA, P_PBB))
    )
    bfi = ffi - ga
    steps.append(Step("se.skatt.beskattningsbar", {"ffi": ffi, "grundavdrag": ga, "beskattningsbar": bfi}))

    # 3. Kommunal inkomstskatt.
    ki, ki_params, ki_notice = _kommunal_rate(kommunalskatt_percent, year, p)
    notices += ki_notice
    kommunal = floor_to(bfi * ki, 1)
    steps.append(
        Step(
            "se.skatt.kommunal",
            {"beskattningsbar": bfi, "kommunalskatt_rate": ki, "kommunal_skatt": kommunal},
            ki_params,
        )
    )

    # 4. Statlig inkomstskatt.
    statlig = _statlig(bfi, p, steps)

    # 5. Allmän pensionsavgift.
    fee = _pensionsavgift(income.pensionsgrundande, pbb, ibb, p, steps)

    # 6. Skattereduktioner, in the order of IL 67 kap. 2 §, each limited to the tax left.
    red = _reduktioner(income, fee, kommunal, statlig, ffi, ga, bfi, ki, ki_params, p, steps)

    # 7. Public service-avgift (18 at the start of the year).
    public_service = _public_service(bfi, age, ibb, year, p, steps, notices)

    # 8. Begravningsavgift: only with a given rate.
    begravning = _begravningsavgift(bfi, begravningsavgift_percent, steps, notices)
    kyrko = _kyrkoavgift(bfi, kyrkoavgift_percent, steps)

    # 9. The year's total and a month's share.
    reductions = red.pensionsavgift + red.jobbskatteavdrag + red.sa + red.forvarvsinkomst
    total = kommunal + statlig - reductions + fee + public_service + begravning + kyrko
    steps.append(
        Step(
            "se.skatt.total",
            {
                "kommunal_skatt": kommunal,
                "statlig_skatt": statlig,
                "pensionsavgift": fee,
                "public_service": public_service,
                "begravningsavgift": begravning + kyrko,
                "reduktioner": reductions,
                "total": total,
                "year": year,
            },
        )
    )
    month = floor_to(total / TWELVE, 1)
    steps.append(Step("se.skatt.per_month", {"total": total, "per_month": month}))

    # The final tax against the preliminary tax withheld during the year (several payers).
    if withholding:
        notices += _withholding_notice(income, total, age, kommunalskatt_percent, p)

    parts: dict[str, Decimal] = {
        "ffi": ffi,
        "grundavdrag": ga,
        "beskattningsbar": bfi,
        "kommunal_skatt": kommunal,
        "statlig_skatt": statlig,
        "begravningsavgift": begravning,
        "kyrkoavgift": kyrko,
        "allmän_pensionsavgift": fee,
        "pensionsavgift_reduktion": red.pensionsavgift,
        "jobbskatteavdrag": red.jobbskatteavdrag,
        "sa_reduktion": red.sa,
        "forvarvsinkomst_reduktion": red.forvarvsinkomst,
        "public_service": public_service,
        "total": total,
    }
    return TaxResult(amount=month, annual=total, steps=steps, parts=parts, notices=notices)


# --------------------------------------------------------------------------------------------
# Each step of `calculate`, with its explanation.
# --------------------------------------------------------------------------------------------


def _kommunal_rate(
    kommunalskatt_percent: Decimal | None, year: int, p: ParameterSet
) -> tuple[Decimal, tuple[str, ...], list[Notice]]:
    """The kommunalskatt as a fraction: the client's own, else the year's average (an assumption)."""
    if kommunalskatt_percent is not None:
        return Decimal(kommunalskatt_percent) / HUNDRED, (), []
    ki = p.v(P_KI_AVG) / HUNDRED
    notice = Notice(
        "se.skatt.assumption.average_kommunalskatt", {"kommunalskatt_rate": ki, "year": year}, "info", BENEFIT
    )
    return ki, (P_KI_AVG,), [notice]


def _statlig(bfi: Decimal, p: ParameterSet, steps: list[Step]) -> Decimal:
    """Statlig inkomstskatt (IL 65 kap. 5 §); none when its base is under 200 kr (65 kap. 2 §)."""
    skiktgrans, statlig_rate = p.v(P_SKIKT), p.v(P_STATLIG)
    statlig_base = clamp0(bfi - skiktgrans)
    if statlig_base < p.v(P_STATLIG_MIN):
        statlig_base = ZERO
    statlig = floor_to(statlig_rate * statlig_base, 1)
    steps.append(
        Step(
            "se.skatt.statlig" if statlig > 0 else "se.skatt.statlig_none",
            {
                "beskattningsbar": bfi,
                "skiktgrans": skiktgrans,
                "statlig_rate": statlig_rate,
                "statlig_skatt": statlig,
            },
            (P_SKIKT, P_STATLIG, P_STATLIG_MIN),
        )
    )
    return statlig


def _pensionsavgift(pgi: Decimal, pbb: Decimal, ibb: Decimal, p: ParameterSet, steps: list[Step]) -> Decimal:
    """Allmän pensionsavgift on wages and other pensionsgrundande income."""
    pa = p.table(P_PA)
    fee = allman_pensionsavgift(pgi, pbb, ibb, pa)
    if fee > 0:
        steps.append(
            Step(
                "se.skatt.pensionsavgift",
                {
                    "pensionsgrundande": pgi,
                    "pensionsavgift_rate": pa["rate"],
                    "tak": pa["cap_ibb"] * ibb,
                    "pensionsavgift": fee,
                },
                (P_PA, P_IBB),
            )
        )
    else:
        steps.append(
            Step(
                "se.skatt.pensionsavgift_none",
                {"pensionsgrundande": pgi, "golv": pa["floor_pbb"] * pbb},
                (P_PA, P_PBB),
            )
        )
    return fee


@dataclass(frozen=True, slots=True)
class _Reductions:
    pensionsavgift: Decimal
    jobbskatteavdrag: Decimal
    sa: Decimal
    forvarvsinkomst: Decimal


def _reduktioner(
    income: TaxableIncome,
    fee: Decimal,
    kommunal: Decimal,
    statlig: Decimal,
    ffi: Decimal,
    ga: Decimal,
    bfi: Decimal,
    ki: Decimal,
    ki_params: tuple[str, ...],
    p: ParameterSet,
    steps: list[Step],
) -> _Reductions:
    """The skattereduktioner in the order of IL 67 kap. 2 §, each limited to the tax left.

    The pension-fee reduction may use kommunal and statlig tax; the other three kommunal only.
    (Which of the two taxes the pension-fee reduction uses first only matters when kommunal tax is
    smaller than the fee while statlig tax is due, which cannot happen: statlig tax starts at a BFI
    whose kommunal tax is many times the highest fee. Kommunal tax is used first here, as in SKV
    433's low-income examples.)
    """
    pbb = p.v(P_PBB)
    kommunal_left = kommunal
    statlig_left = statlig

    pa_red = min(fee, kommunal_left + statlig_left)
    from_kommunal = min(pa_red, kommunal_left)
    kommunal_left -= from_kommunal
    statlig_left -= pa_red - from_kommunal
    if fee > 0:
        steps.append(
            Step(
                "se.skatt.pensionsavgift_reduktion"
                if pa_red == fee
                else "se.skatt.pensionsavgift_reduktion_limited",
                {"pensionsavgift": fee, "reduktion": pa_red},
                (P_PA,),
            )
        )

    jsa = ZERO
    if income.arbetsinkomst > 0:
        j = p.table(P_JSA)
        ai = floor_to(income.arbetsinkomst, 100)
        jsa_computed = jobbskatteavdrag(ai, ga, ki, pbb, j)
        jsa = min(jsa_computed, kommunal_left)
        kommunal_left -= jsa
        values: dict[str, Decimal] = {
            "arbetsinkomst": ai,
            "underlag": jsa_underlag(ai, pbb, j),
            "grundavdrag": ga,
            "kommunalskatt_rate": ki,
            "jobbskatteavdrag": jsa,
        }
        msg = "se.skatt.jobbskatteavdrag"
        if jsa < jsa_computed:
            msg, values["computed"] = "se.skatt.jobbskatteavdrag_limited", jsa_computed
        steps.append(Step(msg, values, (P_JSA, P_PBB, *ki_params)))

    sa = ZERO
    if income.sjuk_aktivitetsersattning > 0:
        s = p.table(P_SA)
        ul = floor_to(income.sjuk_aktivitetsersattning, 100)
        sa_computed = sa_reduktion(ul, ga, ki, pbb, s)
        sa = min(sa_computed, kommunal_left)
        kommunal_left -= sa
        values = {
            "sjuk_aktivitetsersattning": ul,
            "underlag": sa_underlag(ul, pbb, s),
            "grundavdrag": ga,
            "kommunalskatt_rate": ki,
            "golv_rate": s["floor_rate"],
            "sa_reduktion": sa,
        }
        msg = "se.skatt.sa_reduktion"
        if sa < sa_computed:
            msg, values["computed"] = "se.skatt.sa_reduktion_limited", sa_computed
        steps.append(Step(msg, values, (P_SA, P_PBB, *ki_params)))

    f = p.table(P_FIR)
    fir_computed = forvarvsinkomst_reduktion(bfi, f)
    fir = min(fir_computed, kommunal_left)
    values = {"beskattningsbar": bfi, "reduktion": fir, "max": f["max"]}
    msg = "se.skatt.forvarvsinkomst_reduktion"
    if fir < fir_computed:
        msg, values["computed"] = "se.skatt.forvarvsinkomst_reduktion_limited", fir_computed
    steps.append(Step(msg, values, (P_FIR,)))
    return _Reductions(pa_red, jsa, sa, fir)


def _public_service(
    bfi: Decimal, age: int, ibb: Decimal, year: int, p: ParameterSet, steps: list[Step], notices: list[Notice]
) -> Decimal:
    """Public service-avgift, for people who had turned 18 at the start of the year."""
    ps = p.table(P_PS)
    if age < ps["min_age"]:
        steps.append(Step("se.skatt.public_service_none", {"min_age_count": ps["min_age"]}, (P_PS,)))
        return ZERO
    public_service = public_service_avgift(bfi, ibb, ps)
    steps.append(
        Step(
            "se.skatt.public_service",
            {
                "beskattningsbar": bfi,
                "public_service_rate": ps["rate"],
                "tak": ps["cap_ibb"] * ibb,
                "public_service": public_service,
            },
            (P_PS, P_IBB),
        )
    )
    if age == ps["min_age"]:
        notices.append(
            Notice(
                "se.skatt.assumption.public_service_18",
                {"year": year, "min_age_count": ps["min_age"]},
                "info",
                BENEFIT,
            )
        )
    return public_service


def _begravningsavgift(
    bfi: Decimal, percent: Decimal | None, steps: list[Step], notices: list[Notice]
) -> Decimal:
    """Begravningsavgift (and kyrkoavgift), only when a rate is given; else an assumption says so."""
    if percent is None:
        notices.append(Notice("se.skatt.assumption.no_begravningsavgift", {}, "info", BENEFIT))
        return ZERO
    rate = Decimal(percent) / HUNDRED
    amount = floor_to(bfi * rate, 1)
    steps.append(
        Step(
            "se.skatt.begravningsavgift",
            {"beskattningsbar": bfi, "begravningsavgift_rate": rate, "begravningsavgift": amount},
        )
    )
    return amount


def _kyrkoavgift(bfi: Decimal, percent: Decimal | None, steps: list[Step]) -> Decimal:
    """Kyrkoavgift for a member of Svenska kyrkan (lag 1998:1591 om avgift till registrerat
    trossamfund; the församling's rate), on the same base as the begravningsavgift."""
    if percent is None:
        return ZERO
    rate = Decimal(percent) / HUNDRED
    amount = floor_to(bfi * rate, 1)
    steps.append(
        Step(
            "se.skatt.kyrkoavgift",
            {"beskattningsbar": bfi, "kyrkoavgift_rate": rate, "kyrkoavgift": amount},
            law="Lag (1998:1591) om avgift till registrerat trossamfund",
        )
    )
    return amount


def _withholding_notice(
    income: TaxableIncome, total: Decimal, age: int, kommunalskatt_percent: Decimal | None, p: ParameterSet
) -> list[Notice]:
    """With several payers: restskatt or a refund against the tax withheld during the year."""
    estimate = estimated_withholding(income, age=age, kommunalskatt_percent=kommunalskatt_percent, p=p)
    if estimate is None:
        return []
    main_payer, withheld = estimate
    difference = total - withheld
    return [
        Notice(
            "se.skatt.warning.restskatt" if difference > 0 else "se.skatt.info.overskjutande",
            {
                "main_payer_id": f"se.skatt.payer.{main_payer}",
                "sidoinkomst_rate": p.v(P_SIDO),
                "withheld": withheld,
                "total": total,
                "difference": abs(difference),
            },
            "warning" if difference > 0 else "info",
            BENEFIT,
        )
    ]


# --------------------------------------------------------------------------------------------
# Preliminary tax: what the payers deduct during the year.
# --------------------------------------------------------------------------------------------


def _payer_groups(income: TaxableIncome) -> dict[str, TaxableIncome]:
    """The year's income by who pays it: Försäkringskassan (sjuk-/aktivitetsersättning, sjukpenning,
    aktivitetsstöd; a-kassa is counted here too), the employer, and other payers (tjänstepension …).
    Only groups with income; Försäkringskassan first, so it is the main payer on a tie."""
    groups: dict[str, TaxableIncome] = {}
    if income.sjuk_aktivitetsersattning + income.other_pensionable > 0:
        groups["forsakringskassan"] = TaxableIncome(
            sjuk_aktivitetsersattning=income.sjuk_aktivitetsersattning,
            other_pensionable=income.other_pensionable,
        )
    if income.arbetsinkomst > 0:
        groups["arbetsgivare"] = TaxableIncome(arbetsinkomst=income.arbetsinkomst)
    if income.other_taxable > 0:
        groups["annan"] = TaxableIncome(other_taxable=income.other_taxable)
    return groups


def estimated_withholding(
    income: TaxableIncome, *, age: int, kommunalskatt_percent: Decimal | None, p: ParameterSet
) -> tuple[str, Decimal] | None:
    """The preliminary tax deducted during the year when income comes from more than one payer.

    Assumption (shown to the client): the payer of the largest income is the main payer and deducts
    by the tax table, i.e. the year's tax on that income alone (the tables are that calculation, see
    the module docstring); every other payer deducts the flat sidoinkomst rate (30 %). No jämkning.
    Returns (main payer, amount a year), or None with fewer than two payers.
    """
    # Most incomes have one payer: count them before building the groups.
    payers = (
        (income.sjuk_aktivitetsersattning + income.other_pensionable > 0)
        + (income.arbetsinkomst > 0)
        + (income.other_taxable > 0)
    )
    if payers < 2:
        return None
    groups = _payer_groups(income)
    main = max(groups, key=lambda k: groups[k].total)
    table_tax = calculate(groups[main], age=age, kommunalskatt_percent=kommunalskatt_percent, p=p).annual
    rate = p.v(P_SIDO)
    flat = sum((floor_to(rate * g.total, 1) for k, g in groups.items() if k != main), ZERO)
    return main, table_tax + flat


def reporting_duties() -> list[ReportingDuty]:
    """What the client should do towards Skatteverket when work starts or changes."""
    return [
        ReportingDuty.of(
            BENEFIT,
            AUTHORITY,
            "se.skatt.duty.jamkning",
            "Skatteförfarandelagen (2011:1244) 8 kap. (jämkning), 11 kap. (skatteavdrag)",
        ),
        ReportingDuty.of(
            BENEFIT,
            AUTHORITY,
            "se.skatt.duty.deklaration",
            "Skatteförfarandelagen (2011:1244) 56 kap. (slutlig skatt), 62 kap. (betalning), "
            "65 kap. (kostnadsränta)",
            yearly=True,
        ),
    ]


MESSAGES: dict[str, str] = {
    # Steps
    "se.skatt.ffi": N_(
        "Income in {year}: wages {arbetsinkomst}, sickness or activity compensation "
        "{sjuk_aktivitetsersattning}, sickness benefit/activity support/unemployment benefit "
        "{other_pensionable}, other taxable income {other_taxable}; together {total} a year. Rounded "
        "down to whole hundreds this is your assessed earned income: {ffi} a year."
    ),
    "se.skatt.grundavdrag": N_(
        "Basic allowance (grundavdrag) at an assessed income of {ffi} a year: {grundavdrag} a year "
        "(computed from the price base amount {prisbasbelopp}, rounded up to whole hundreds)."
    ),
    "se.skatt.beskattningsbar": N_(
        "Taxable income: {ffi} minus the basic allowance {grundavdrag} = {beskattningsbar} a year."
    ),
    "se.skatt.kommunal": N_(
        "Municipal income tax: {kommunalskatt_rate} of {beskattningsbar} = {kommunal_skatt} a year."
    ),
    "se.skatt.statlig": N_(
        "State income tax: {statlig_rate} of the part of the taxable income {beskattningsbar} that is above "
        "{skiktgrans} = {statlig_skatt} a year."
    ),
    "se.skatt.statlig_none": N_(
        "No state income tax ({statlig_skatt}): the taxable income {beskattningsbar} a year is not above "
        "{skiktgrans}, where the state tax of {statlig_rate} starts."
    ),
    "se.skatt.pensionsavgift": N_(
        "General pension contribution: {pensionsavgift_rate} of the pensionable income {pensionsgrundande} "
        "a year (wages and benefits such as sickness benefit, counted up to {tak}; sickness and activity "
        "compensation is not counted), rounded to whole hundreds: {pensionsavgift} a year."
    ),
    "se.skatt.pensionsavgift_none": N_(
        "No general pension contribution: the pensionable income {pensionsgrundande} a year is below "
        "{golv} (sickness and activity compensation is not counted)."
    ),
    "se.skatt.pensionsavgift_reduktion": N_(
        "The pension contribution {pensionsavgift} is given back as a tax reduction of {reduktion} a year."
    ),
    "se.skatt.pensionsavgift_reduktion_limited": N_(
        "The pension contribution {pensionsavgift} is given back as a tax reduction, but only {reduktion} "
        "a year because the income tax is not larger. The rest of the contribution is paid."
    ),
    "se.skatt.jobbskatteavdrag": N_(
        "Tax reduction for work income (jobbskatteavdrag) on wages of {arbetsinkomst}: ({underlag} minus "
        "the basic allowance {grundavdrag}) x {kommunalskatt_rate} = {jobbskatteavdrag} a year."
    ),
    "se.skatt.jobbskatteavdrag_limited": N_(
        "Tax reduction for work income (jobbskatteavdrag) on wages of {arbetsinkomst}: ({underlag} minus "
        "the basic allowance {grundavdrag}) x {kommunalskatt_rate} = {computed} a year, but only "
        "{jobbskatteavdrag} can be used because the municipal tax left is not larger."
    ),
    "se.skatt.sa_reduktion": N_(
        "Tax reduction for sickness or activity compensation of {sjuk_aktivitetsersattning}: ({underlag} "
        "minus the basic allowance {grundavdrag}) x {kommunalskatt_rate}, at least {golv_rate} of the "
        "compensation x {kommunalskatt_rate} = {sa_reduktion} a year."
    ),
    "se.skatt.sa_reduktion_limited": N_(
        "Tax reduction for sickness or activity compensation of {sjuk_aktivitetsersattning}: ({underlag} "
        "minus the basic allowance {grundavdrag}) x {kommunalskatt_rate}, at least {golv_rate} of the "
        "compensation x {kommunalskatt_rate} = {computed} a year, but only {sa_reduktion} can be used "
        "because the municipal tax left is not larger."
    ),
    "se.skatt.forvarvsinkomst_reduktion": N_(
        "Tax reduction for earned income (at most {max} a year) at a taxable income of {beskattningsbar}: "
        "{reduktion} a year."
    ),
    "se.skatt.forvarvsinkomst_reduktion_limited": N_(
        "Tax reduction for earned income (at most {max} a year) at a taxable income of {beskattningsbar}: "
        "{computed} a year, but only {reduktion} can be used because the municipal tax left is not larger."
    ),
    "se.skatt.public_service": N_(
        "Public service fee: {public_service_rate} of the taxable income {beskattningsbar} (counted up to "
        "{tak}) = {public_service} a year."
    ),
    "se.skatt.public_service_none": N_(
        "No public service fee: it is paid from the year after you turn {min_age_count}."
    ),
    "se.skatt.begravningsavgift": N_(
        "Burial fee: {begravningsavgift_rate} of {beskattningsbar} = {begravningsavgift} a year."
    ),
    "se.skatt.kyrkoavgift": N_(
        "Church fee (Svenska kyrkan): {kyrkoavgift_rate} of {beskattningsbar} = {kyrkoavgift} a year."
    ),
    "se.skatt.total": N_(
        "Tax for {year}: municipal tax {kommunal_skatt} + state tax {statlig_skatt} + pension contribution "
        "{pensionsavgift} + public service fee {public_service} + burial and church fees {begravningsavgift} "
        "minus tax reductions {reduktioner} = {total} a year."
    ),
    "se.skatt.per_month": N_("That is {per_month} a month ({total} a year divided by 12, öre dropped)."),
    # Notices
    "se.skatt.not_covered.age_66": N_(
        "The tax is computed with the rules for people under 66. If you ({age_count} years) had turned 66 "
        "before 1 January {year}, a higher basic allowance and another tax reduction for work apply, "
        "which this calculation does not include: your real tax is then usually lower. Check it with "
        "Skatteverket's tax calculator."
    ),
    "se.skatt.assumption.annual": N_(
        "Tax is computed for the whole of {year} as if the income were the same every month of the year. "
        "The final tax is decided by Skatteverket after the year, on what was actually earned."
    ),
    "se.skatt.assumption.average_kommunalskatt": N_(
        "Your municipality's tax rate was not given: the average for Sweden in {year}, "
        "{kommunalskatt_rate}, is used. Your own rate can be a few percentage points higher or lower."
    ),
    "se.skatt.assumption.no_begravningsavgift": N_(
        "The burial fee (begravningsavgift) and, for church members, the church fee are not included. "
        "They are a small percentage of the taxable income and are added to your tax."
    ),
    "se.skatt.assumption.public_service_18": N_(
        "The public service fee is included as if you had turned {min_age_count} before 1 January {year}. "
        "If you turned {min_age_count} during {year}, you pay no fee that year."
    ),
    "se.skatt.warning.restskatt": N_(
        "You will have income from more than one payer. If {main_payer_id} deducts tax by the tax table "
        "and the others deduct a flat {sidoinkomst_rate}, about {withheld} is deducted during the year, "
        "but the final tax is {total}: you would have to pay about {difference} after the year "
        "(restskatt). Ask Skatteverket for an adjustment (jämkning) or ask a payer to deduct more."
    ),
    "se.skatt.info.overskjutande": N_(
        "You will have income from more than one payer. If {main_payer_id} deducts tax by the tax table "
        "and the others deduct a flat {sidoinkomst_rate}, about {withheld} is deducted during the year, "
        "while the final tax is {total}: about {difference} would be paid back after the year. With an "
        "adjustment (jämkning) from Skatteverket you can have less deducted each month instead."
    ),
    "se.skatt.payer.forsakringskassan": N_("Försäkringskassan"),
    "se.skatt.payer.arbetsgivare": N_("your employer"),
    "se.skatt.payer.annan": N_("the payer of your pension or other income"),
    # Reporting duties
    "se.skatt.duty.jamkning.what": N_(
        "Check that the right amount of tax is deducted when you have pay from more than one place (for "
        "example sickness compensation and wages). You can ask for an adjustment of the tax deduction "
        "(jämkning)."
    ),
    "se.skatt.duty.jamkning.when": N_("When you start working, and whenever your pay or hours change."),
    "se.skatt.duty.jamkning.how": N_(
        "Apply for jämkning at Skatteverket (e-service or form), or ask the employer or Försäkringskassan "
        "to deduct more tax."
    ),
    "se.skatt.duty.jamkning.consequence": N_(
        "If too little tax is deducted, you pay the rest after the year (restskatt), in some cases with "
        "interest (kostnadsränta); if too much is deducted, you get it back after the year. The result "
        "shows this calculation's estimate for your incomes."
    ),
    "se.skatt.duty.deklaration.what": N_(
        "Check and approve your income tax return: all pay and benefits of the year are listed there."
    ),
    "se.skatt.duty.deklaration.when": N_(
        "Every spring, for the year before, by the date Skatteverket gives on the return."
    ),
    "se.skatt.duty.deklaration.how": N_(
        "Log in to Skatteverket's e-service or send the paper return; correct any wrong figures."
    ),
    "se.skatt.duty.deklaration.consequence": N_(
        "The final tax decision shows restskatt to pay or tax to get back. Restskatt must be paid by the "
        "date on the decision, or it goes to the Enforcement Authority (Kronofogden)."
    ),
}
