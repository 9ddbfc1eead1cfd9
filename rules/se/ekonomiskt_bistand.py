"""Ekonomiskt bistånd / försörjningsstöd from the municipality's socialtjänst, and the jobbpremie.

Socialtjänstlag (2025:400) 12 kap. (in force 2025-07-01; before that SoL 2001:453 4 kap.):

- Försörjningsstöd covers reasonable costs (12 kap. 7 §): (1) livsmedel, kläder och skor, lek och
  fritid, förbrukningsvaror, hälsa och hygien, dagstidning och telefon, computed with the **riksnorm**,
  and (2) boende, hushållsel, arbetsresor, hemförsäkring, fackförening and a-kassa at actual,
  reasonable cost.
- Riksnorm (socialtjänstförordningen 2001:937, 2 kap. 1 §) = the personal costs of every household
  member (adults: one ensamstående or two sambor; children and home-living school youth by age band, a
  lower amount for a child under 7 who does not eat lunch at home 5 days a week) + the common household
  costs by the number of members; for more than 7 members each further member adds the difference
  between 7 and 6 members.
- Need = riksnorm + housing (capped at the municipality's limit for a reasonable housing cost when it is
  given) + household electricity + other costs the socialtjänst accepts.
- Every net income of the household counts (the caller passes them net of tax), except:
  **jobbstimulans** (12 kap. 8 §): for a person who has had försörjningsstöd 6 months in a row, 25 %
  of the (net) income from employment is not counted, for two years; after that 6 new months in a row
  are needed. Children's and school youths' own work income (12 kap. 9 §, not counted up to 1
  prisbasbelopp a year) is out of scope: it is not among the incomes passed in.
- Försörjningsstöd = max(0, need - counted income), per month, decided month by month on the income
  actually received that month. The municipality's rounding is not regulated: amounts are kept to the öre.

Assumptions (each shown as a Notice): no savings or other assets; a växelvis child counts with half
its personal costs and as a household member for the common costs; a child 19-20 is a home-living
school youth; without the decision's answer, a child under 1 eats lunch at home and children 1-6 at
förskola ("ej lunch 5 dagar/vecka"). Out of scope: an adult who shares a household without being a
sambo (own case: ensamstående personal costs + the household's common costs / members, 2 kap. 1 §);
more than two adults raise ValueError. Återkrav: SoL 33 kap. 1 §; bidragsbrottslagen (2007:612).

**Jobbpremie** (temporary, 2026-03-01 for two years; regeringen.se press release 2026-01): tax free,
paid by Försäkringskassan for a month with gross pay from employment and no försörjningsstöd, to a
person who had försörjningsstöd paid for every month July-December 2025; at most 3 750 kr a month and
18 months. Amount 15 % of the month's gross pay (Försäkringskassan's page as quoted by a secondary
source: unverified). See `jobbpremie`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from benefits_calc.rules.se.case import Child, EkonomisktBistandDecision, Housing

from benefits_calc.explain import N_, Notice, ReportingDuty, Step
from benefits_calc.money import ZERO, clamp0, round_half_up
from benefits_calc.outcome import BenefitResult
from benefits_calc.parameters import ParameterSet

BENEFIT = "se.ekonomiskt_bistand"
AUTHORITY = "se.socialtjanst"
JOBBPREMIE = "se.jobbpremie"
FK = "se.forsakringskassan"
CENT = Decimal("0.01")
JOBBPREMIE_REFERENCE = (
    "https://www.regeringen.se/pressmeddelanden/2026/01/jobbpremie-for-okad-drivkraft-till-arbete/; "
    "https://www.forsakringskassan.se/privatperson/jobbpremie"
)
HALF = Decimal("0.5")

# The riksnorm's child table is banded by age in the data (params: eb_riksnorm_child, bands =
# "age"); the "no lunch" table has the bands of children under 7. Each band has a message id.
CHILD_WORK_AGE = 13  # children may have light work from 13 (12 kap. 9 § then matters)

MESSAGES: dict[str, str] = {
    # age bands (used as {band_id})
    "se.eb.band.0": N_("under 1 year"),
    "se.eb.band.1_2": N_("1-2 years"),
    "se.eb.band.3": N_("3 years"),
    "se.eb.band.4_6": N_("4-6 years"),
    "se.eb.band.7_10": N_("7-10 years"),
    "se.eb.band.11_14": N_("11-14 years"),
    "se.eb.band.15_18": N_("15-18 years"),
    "se.eb.band.19_20": N_("19-20 years (living at home, in school)"),
    # riksnorm
    "se.eb.norm.adult_single": N_(
        "Riksnorm, personal costs for you as a single adult (food, clothes, hygiene, leisure): "
        "{amount} a month."
    ),
    "se.eb.norm.adults_couple": N_(
        "Riksnorm, personal costs for two adults living together (food, clothes, hygiene, leisure): "
        "{amount} a month."
    ),
    "se.eb.norm.child": N_("Riksnorm, personal costs for a child aged {band_id}: {amount} a month."),
    "se.eb.norm.child_no_lunch": N_(
        "Riksnorm, personal costs for a child aged {band_id} who eats lunch at förskola or school on "
        "weekdays: {amount} a month."
    ),
    "se.eb.norm.child_alternating": N_(
        "The child lives with you half of the time (växelvis boende): half of {full_amount} = "
        "{amount} a month."
    ),
    "se.eb.norm.common_shared": N_(
        "You share the home with others who are not your partner ({sharing_count} people in all): "
        "the common household costs for {sharing_count} people, {common_all}, are shared equally, so "
        "your household's share ({members_count} of them) is {amount} a month."
    ),
    "se.eb.assume.shared_home": N_(
        "You share the home with {others_count} other adult(s) who are not your partner "
        "(hushållsgemenskap): each keeps the personal costs of a single person, and the common "
        "costs are shared equally. The socialtjänst decides how it counts the others' part of the rent."
    ),
    "se.eb.norm.common": N_(
        "Riksnorm, common household costs (consumables, phone, newspaper) for {members_count} people: "
        "{amount} a month."
    ),
    "se.eb.norm.common_large": N_(
        "Riksnorm, common household costs for {members_count} people: {common_7} for 7 people plus "
        "{extra_per_person} for each of the {extra_count} more = {amount} a month."
    ),
    "se.eb.norm.total": N_("Riksnorm for the household: {riksnorm} a month."),
    # costs
    "se.eb.cost.housing": N_("Housing cost (rent incl. heating): {housing_cost} a month."),
    "se.eb.cost.housing_within_limit": N_(
        "Housing cost {housing_cost} a month, within the municipality's limit of {limit}."
    ),
    "se.eb.cost.housing_capped": N_(
        "Housing cost {actual_cost} a month; the municipality accepts at most {limit}, so {housing_cost} "
        "is counted."
    ),
    "se.eb.cost.electricity": N_("Household electricity: {electricity} a month."),
    "se.eb.cost.other": N_(
        "Other costs the socialtjänst accepts (home insurance, union and a-kassa fees, travel to work, "
        "medicine ...): {other_costs} a month."
    ),
    "se.eb.need": N_(
        "Needs in total: riksnorm {riksnorm} + housing {housing_cost} + electricity {electricity} + other "
        "costs {other_costs} = {need} a month."
    ),
    # incomes
    "se.eb.income.earnings": N_("Pay after tax: {net_earnings} a month."),
    "se.eb.jobbstimulans": N_(
        "Jobbstimulans: after 6 months in a row with försörjningsstöd, {disregard_share} of the pay "
        "after tax is not counted: {disregard_share} of {net_earnings} = {disregard}. This lasts two "
        "years, also in months without försörjningsstöd; {months_left_months} months are left, counting "
        "this one."
    ),
    "se.eb.income.other": N_(
        "Other income after tax (benefits such as sjukersättning, bostadstillägg, bostadsbidrag, "
        "barnbidrag, and a partner's income): {other_net_income} a month."
    ),
    "se.eb.income.total": N_(
        "Income counted: pay {net_earnings} - jobbstimulans {disregard} + other income {other_net_income} "
        "= {counted_income} a month."
    ),
    # result
    "se.eb.result": N_(
        "Försörjningsstöd: needs {need} - income counted {counted_income} = {amount} a month (tax free)."
    ),
    "se.eb.result_none": N_(
        "The income counted, {counted_income}, is {surplus} more than the needs, {need}: no försörjningsstöd."
    ),
    # notices
    "se.eb.warn.month_by_month": N_(
        "Försörjningsstöd is decided month by month on the income you actually have that month, so it "
        "changes as soon as your pay or other income changes."
    ),
    "se.eb.warn.first_salary": N_(
        "Pay counts in the month it is paid out. The first salary usually comes the month after you "
        "start working, so försörjningsstöd normally drops in the month the first salary is paid, not "
        "the month you start. Keep every payslip."
    ),
    "se.eb.warn.stops": N_(
        "With this income the household has {surplus} a month more than the needs, so försörjningsstöd "
        "stops. Tell the socialtjänst about the work. If the income falls again you can apply again. "
        "Försörjningsstöd paid on wrong or missing information is claimed back and can be bidragsbrott."
    ),
    "se.eb.warn.housing_above_limit": N_(
        "Your housing cost is {excess} a month above the municipality's limit. The socialtjänst may ask "
        "you to find a cheaper home; the part above the limit is not covered."
    ),
    "se.eb.jobbstimulans.partner": N_(
        "Your partner's pay after tax is {net_earnings} a month. Jobbstimulans for your partner, who "
        "started working while you had försörjningsstöd: {disregard_share} of it is not counted, "
        "{disregard}; {months_left_months} months are left, counting this one."
    ),
    "se.eb.income.partner_earnings": N_(
        "Your partner's pay after tax, {net_earnings} a month, is counted in full."
    ),
    "se.eb.jobbstimulans.partner_not_applied": N_(
        "Jobbstimulans is counted for each adult who starts working after 6 months in a row with "
        "försörjningsstöd; here it is counted for you only, not for your partner's pay. If your "
        "partner also started working while you had försörjningsstöd, say so: the socialtjänst decides "
        "whose pay gets it."
    ),
    "se.eb.cost.travel": N_("Travel to work: {travel} a month."),
    "se.eb.cost.childcare": N_("The förskola or fritidshem fee: {childcare} a month."),
    "se.eb.jobbstimulans.not_yet": N_(
        "Jobbstimulans: after {qualifying_months} months in a row with försörjningsstöd, {disregard_share} "
        "of the pay after tax is not counted, for two years. {months_to_go_months} more month(s) to go; "
        "until then all pay counts."
    ),
    "se.eb.jobbstimulans.ready": N_(
        "You qualify for jobbstimulans: if you work, {disregard_share} of the pay after tax is not counted, "
        "for {months_left_months} more months."
    ),
    "se.eb.jobbstimulans.ended": N_(
        "The two years of jobbstimulans have been used, so all pay counts. It can apply again after "
        "{qualifying_months} new months in a row with försörjningsstöd."
    ),
    "se.eb.assume.housing_actual": N_(
        "The whole housing cost, {housing_cost}, is taken as reasonable. Each municipality has its own "
        "limit; ask the socialtjänst."
    ),
    "se.eb.assume.no_assets": N_(
        "No savings or other assets are assumed. Savings and things of value must normally be used "
        "before försörjningsstöd is paid."
    ),
    "se.eb.assume.lunch": N_(
        "Children under 1 are assumed to eat lunch at home, children aged 1-6 at förskola on weekdays "
        "(the riksnorm has a lower amount then). Tell the calculator if this is not so."
    ),
    "se.eb.assume.alternating": N_(
        "A child who lives with you half of the time is counted with half of the child's personal costs "
        "and as one of the household for the common costs. Practice varies; the socialtjänst decides."
    ),
    "se.eb.assume.school_youth": N_(
        "A child aged 19 or 20 is counted as living at home and going to school. If not, the young "
        "person is a case of their own."
    ),
    "se.eb.scope.child_income": N_(
        "A child's own work income is not counted up to one prisbasbelopp a year (SoL 12 kap. 9 §). "
        "Children's income is not calculated here."
    ),
    "se.eb.duty.income.what": N_(
        "All income of everyone in the household: pay (payslips showing pay after tax), benefits, "
        "other income, and savings."
    ),
    "se.eb.duty.income.when": N_("In every monthly application, for the month you apply for."),
    "se.eb.duty.income.how": N_(
        "In the application to the socialtjänst, with payslips and decision letters attached."
    ),
    "se.eb.duty.work.what": N_("Starting work, more or fewer hours, a new wage, or a job ending."),
    "se.eb.duty.work.when": N_("At once, and in the next application."),
    "se.eb.duty.work.how": N_("Tell your handläggare at the socialtjänst."),
    "se.eb.duty.consequence": N_(
        "Försörjningsstöd paid because of wrong or missing information is claimed back. Giving wrong "
        "information on purpose or by gross carelessness is bidragsbrott."
    ),
    # jobbpremie
    "se.jobbpremie.not_in_force": N_(
        "Jobbpremie is not paid on this date (it runs from March 2026 for two years)."
    ),
    "se.jobbpremie.no_earnings": N_("Jobbpremie needs pay from a job in the month: none."),
    "se.jobbpremie.potential": N_(
        "Jobbpremie: {jobbpremie_rate} of the pay before tax, {gross_earnings}, at most {max_amount}: "
        "{potential} a month."
    ),
    "se.jobbpremie.not_eligible": N_(
        "Jobbpremie is only for people who had försörjningsstöd paid for every month July-December 2025."
    ),
    "se.jobbpremie.used_up": N_("Jobbpremie has been paid for the most months allowed ({max_months})."),
    "se.jobbpremie.blocked_by_eb": N_(
        "Jobbpremie is not paid for a month with försörjningsstöd in the household ({eb_amount} this month)."
    ),
    "se.jobbpremie.paid": N_(
        "Jobbpremie from Försäkringskassan: {amount} a month, tax free; at most {months_left_months} more "
        "months."
    ),
    "se.jobbpremie.notice.unknown_history": N_(
        "If you had försörjningsstöd paid for every month July-December 2025, you may get jobbpremie of "
        "{potential} a month in months with pay and without försörjningsstöd. Check this with the "
        "socialtjänst and Försäkringskassan."
    ),
    "se.jobbpremie.notice.choose": N_(
        "Jobbpremie ({potential} a month) is not paid in a month with försörjningsstöd ({eb_amount}). "
        "Ask the socialtjänst and Försäkringskassan which gives you more."
    ),
    "se.jobbpremie.notice.rate_unverified": N_(
        "The jobbpremie rate of {jobbpremie_rate} of pay comes from a summary of Försäkringskassan's page "
        "and is not confirmed; the highest amount, {max_amount} a month, is confirmed."
    ),
    "se.jobbpremie.duty.what": N_("An application for jobbpremie for each month, with the month's pay."),
    "se.jobbpremie.duty.when": N_(
        "Month by month; the application must reach Försäkringskassan within three calendar months "
        "after the month."
    ),
    "se.jobbpremie.duty.how": N_("Apply to Försäkringskassan."),
    "se.jobbpremie.duty.consequence": N_(
        "A late application gives no jobbpremie for that month; a premium paid on wrong information is "
        "claimed back."
    ),
}


def age_band(age: int, p: ParameterSet) -> str:
    """The riksnorm's child age band for an age in whole years (0-20), from the data's bands."""
    return p.band_key("eb_riksnorm_child", age)


def band_message(band: str) -> str:
    """The message id that names a band ("1-2" -> se.eb.band.1_2)."""
    return f"se.eb.band.{band.replace('-', '_')}"


@dataclass(slots=True)
class Riksnorm:
    """The riksnorm of one household: the total a month and the steps that make it."""

    personal_adults: Decimal
    personal_children: list[Decimal]
    common: Decimal
    members_count: int
    steps: list[Step] = field(default_factory=list)
    notices: list[Notice] = field(default_factory=list)

    @property
    def total(self) -> Decimal:
        return self.personal_adults + sum(self.personal_children, ZERO) + self.common


def common_costs(members: int, p: ParameterSet) -> Decimal:
    """Common household costs a month (socialtjänstförordningen 2 kap. 1 §; > 7: + (7 - 6) each)."""
    table = p.table("eb_riksnorm_common")
    if members <= 7:
        return table[str(members)]
    return table["7"] + (table["7"] - table["6"]) * (members - 7)


def riksnorm(
    adult_count: int,
    children: list[Child],
    *,
    p: ParameterSet,
    small_children_lunch_at_home: bool | None = None,
    others_sharing_home: int = 0,
) -> Riksnorm:
    """The household's riksnorm a month (socialtjänstförordningen 2 kap. 1 §; SoL 2025:400 12 kap. 7 §).

    `adult_count` 1 = ensamstående, 2 = sambor. `small_children_lunch_at_home` None: a child under 1
    eats lunch at home and children 1-6 at förskola (an assumption, shown).
    `others_sharing_home`: adults sharing the home who are not the partner (hushållsgemenskap). Each
    adult keeps the personal costs of an ensamstående; the common household costs are those of all
    who share the home, in equal shares, so this household bears its members' shares (Socialstyrelsen,
    Riksnormen för försörjningsstöd: "gemensamma hushållskostnader … fördelas lika"). The share is
    rounded to whole kronor (the riksnorm's own amounts are whole kronor; the rounding of a share is
    not stated).
    """
    if adult_count not in (1, 2):
        raise ValueError("the riksnorm is computed for one adult or two adults living together")
    steps: list[Step] = []
    notices: list[Notice] = []
    if adult_count == 1:
        adults = p.v("eb_riksnorm_adult_single")
        steps.append(Step("se.eb.norm.adult_single", {"amount": adults}, ("eb_riksnorm_adult_single",)))
    else:
        adults = p.v("eb_riksnorm_adults_couple")
        steps.append(Step("se.eb.norm.adults_couple", {"amount": adults}, ("eb_riksnorm_adults_couple",)))

    with_lunch = p.table("eb_riksnorm_child")
    no_lunch = p.table("eb_riksnorm_child_no_lunch")
    personal_children: list[Decimal] = []
    for child in children:
        band = age_band(child.age, p)
        at_home = small_children_lunch_at_home if small_children_lunch_at_home is not None else child.age == 0
        if band in no_lunch and not at_home:
            full = no_lunch[band]
            steps.append(
                Step(
                    "se.eb.norm.child_no_lunch",
                    {"band_id": band_message(band), "amount": full},
                    ("eb_riksnorm_child_no_lunch",),
                )
            )
        else:
            full = with_lunch[band]
            steps.append(
                Step(
                    "se.eb.norm.child",
                    {"band_id": band_message(band), "amount": full},
                    ("eb_riksnorm_child",),
                )
            )
        amount = full
        if child.alternating_residence:
            amount = (full * HALF).quantize(CENT)
            steps.append(Step("se.eb.norm.child_alternating", {"full_amount": full, "amount": amount}))
        personal_children.append(amount)

    members = adult_count + len(children)
    if others_sharing_home > 0:
        everyone = members + others_sharing_home
        all_common = common_costs(everyone, p)
        common = (all_common * members / everyone).quantize(Decimal(1), rounding=ROUND_HALF_UP)
        steps.append(
            Step(
                "se.eb.norm.common_shared",
                {
                    "sharing_count": everyone,
                    "common_all": all_common,
                    "members_count": members,
                    "amount": common,
                },
                ("eb_riksnorm_common",),
                law="SoL (2025:400) 12 kap. 7 §; Socialstyrelsen, riksnormen (hushållsgemenskap)",
            )
        )
        notices.append(
            Notice("se.eb.assume.shared_home", {"others_count": others_sharing_home}, benefit=BENEFIT)
        )
        result = Riksnorm(adults, personal_children, common, members, steps, notices)
        steps.append(Step("se.eb.norm.total", {"riksnorm": result.total}))
        return result
    common = common_costs(members, p)
    if members <= 7:
        steps.append(
            Step("se.eb.norm.common", {"members_count": members, "amount": common}, ("eb_riksnorm_common",))
        )
    else:
        table = p.table("eb_riksnorm_common")
        steps.append(
            Step(
                "se.eb.norm.common_large",
                {
                    "members_count": members,
                    "common_7": table["7"],
                    "extra_per_person": table["7"] - table["6"],
                    "extra_count": members - 7,
                    "amount": common,
                },
                ("eb_riksnorm_common",),
            )
        )

    if small_children_lunch_at_home is None and any(c.age <= 6 for c in children):
        notices.append(Notice("se.eb.assume.lunch", {}, benefit=BENEFIT))
    if any(c.alternating_residence for c in children):
        notices.append(Notice("se.eb.assume.alternating", {}, benefit=BENEFIT))
    if any(c.age >= 19 for c in children):
        notices.append(Notice("se.eb.assume.school_youth", {}, benefit=BENEFIT))

    result = Riksnorm(adults, personal_children, common, members, steps, notices)
    steps.append(Step("se.eb.norm.total", {"riksnorm": result.total}))
    return result


def jobbstimulans_status(
    decision: EkonomisktBistandDecision, p: ParameterSet, *, months_used: int | None = None
) -> str:
    """'active', 'not_yet' or 'ended' for one adult (SoL 2025:400 12 kap. 8 §; per person).

    Active once försörjningsstöd has been paid `eb_jobbstimulans_qualifying_months` months in a row,
    for `eb_jobbstimulans_duration_months` months (which run on in months without försörjningsstöd).
    After the period it needs 6 new months in a row, counted from the end of the period; the case
    does not say how many months have passed since, so 'ended' is kept (all pay counts).
    `months_used`: this adult's months (default the client's).
    """
    duration = int(p.v("eb_jobbstimulans_duration_months"))
    qualifying = int(p.v("eb_jobbstimulans_qualifying_months"))
    used = decision.jobbstimulans_months_used if months_used is None else months_used
    if used >= duration:
        return "ended"
    if used > 0 or decision.consecutive_months >= qualifying:
        return "active"
    return "not_yet"


def _partner_jobbstimulans(
    decision: EkonomisktBistandDecision,
    partner_earnings: Decimal,
    p: ParameterSet,
    steps: list[Step],
    notices: list[Notice],
) -> Decimal:
    """The partner's pay: counted in full, unless the partner started working while the household
    had försörjningsstöd and the socialtjänst applies jobbstimulans to it (12 kap. 8 §, per person)."""
    params = ("eb_jobbstimulans_share", "eb_jobbstimulans_duration_months")
    status = jobbstimulans_status(decision, p, months_used=decision.partner_jobbstimulans_months_used)
    if decision.partner_jobbstimulans and status == "active":
        share = p.v("eb_jobbstimulans_share")
        disregard = (partner_earnings * share).quantize(CENT)
        left = int(p.v("eb_jobbstimulans_duration_months")) - decision.partner_jobbstimulans_months_used
        steps.append(
            Step(
                "se.eb.jobbstimulans.partner",
                {
                    "disregard_share": share,
                    "net_earnings": partner_earnings,
                    "disregard": disregard,
                    "months_left_months": left,
                },
                params,
            )
        )
        return disregard
    steps.append(Step("se.eb.income.partner_earnings", {"net_earnings": partner_earnings}))
    if not decision.partner_jobbstimulans:
        notices.append(Notice("se.eb.jobbstimulans.partner_not_applied", {}, benefit=BENEFIT))
    return ZERO


def calculate(
    decision: EkonomisktBistandDecision,
    *,
    adult_ages: list[int],
    children: list[Child],
    housing: Housing,
    net_earnings_month: Decimal,
    other_net_income_month: Decimal,
    p: ParameterSet,
    norm: Riksnorm | None = None,
    partner_net_earnings_month: Decimal = ZERO,
    travel_month: Decimal = ZERO,
    childcare_month: Decimal = ZERO,
) -> BenefitResult:
    """Försörjningsstöd a month (SoL 2025:400 12 kap. 1, 7-8 §§), computed last.

    `net_earnings_month`: the client's pay from employment after tax; `partner_net_earnings_month`
    the partner's. Jobbstimulans is per person (12 kap. 8 §): the client's pay gets it when the
    client qualifies; the partner's only when the case says the partner started working while the
    household had försörjningsstöd (`decision.partner_jobbstimulans`).
    `other_net_income_month`: every other net income of the household, every other benefit included.
    `norm`: the household's `riksnorm(...)` when the caller already has it (it does not change with
    work; it is not changed here).
    """
    if norm is None:
        norm = riksnorm(
            len(adult_ages),
            children,
            p=p,
            small_children_lunch_at_home=decision.small_children_lunch_at_home,
            others_sharing_home=decision.others_sharing_home,
        )
    steps = list(norm.steps)
    notices = list(norm.notices)

    # Reasonable actual costs (12 kap. 7 § första stycket 2).
    actual = housing.housing_cost_month
    limit = housing.reasonable_housing_cost_month
    if limit is None:
        housing_cost = actual
        steps.append(Step("se.eb.cost.housing", {"housing_cost": housing_cost}))
        if actual > 0:
            notices.append(Notice("se.eb.assume.housing_actual", {"housing_cost": actual}, benefit=BENEFIT))
    elif actual > limit:
        housing_cost = limit
        steps.append(
            Step("se.eb.cost.housing_capped", {"actual_cost": actual, "limit": limit, "housing_cost": limit})
        )
        notices.append(
            Notice("se.eb.warn.housing_above_limit", {"excess": actual - limit}, "warning", BENEFIT)
        )
    else:
        housing_cost = actual
        steps.append(Step("se.eb.cost.housing_within_limit", {"housing_cost": actual, "limit": limit}))
    electricity = housing.household_electricity_month
    if electricity > 0:
        steps.append(Step("se.eb.cost.electricity", {"electricity": electricity}))
    other_costs = decision.other_costs_month
    if other_costs > 0:
        steps.append(Step("se.eb.cost.other", {"other_costs": other_costs}))
    # Travel to work and the förskola/fritidshem fee are reasonable costs outside the riksnorm
    # (12 kap. 7 § första stycket 2; Socialstyrelsen: "arbetsresor"; barnomsorgsavgift).
    if travel_month > 0:
        steps.append(Step("se.eb.cost.travel", {"travel": travel_month}))
    if childcare_month > 0:
        steps.append(Step("se.eb.cost.childcare", {"childcare": childcare_month}))
    other_costs += travel_month + childcare_month
    need = norm.total + housing_cost + electricity + other_costs
    steps.append(
        Step(
            "se.eb.need",
            {
                "riksnorm": norm.total,
                "housing_cost": housing_cost,
                "electricity": electricity,
                "other_costs": other_costs,
                "need": need,
            },
        )
    )

    # Incomes, net of tax; jobbstimulans (12 kap. 8 §), per adult.
    net_earnings = clamp0(net_earnings_month)
    partner_earnings = clamp0(partner_net_earnings_month)
    other_net = clamp0(other_net_income_month)
    share = p.v("eb_jobbstimulans_share")
    duration = int(p.v("eb_jobbstimulans_duration_months"))
    qualifying = int(p.v("eb_jobbstimulans_qualifying_months"))
    status = jobbstimulans_status(decision, p)
    months_left = duration - decision.jobbstimulans_months_used
    js_params = (
        "eb_jobbstimulans_share",
        "eb_jobbstimulans_qualifying_months",
        "eb_jobbstimulans_duration_months",
    )
    disregard = ZERO
    if net_earnings > 0:
        steps.append(Step("se.eb.income.earnings", {"net_earnings": net_earnings}))
    if status == "active" and net_earnings > 0:
        disregard = (net_earnings * share).quantize(CENT)
        steps.append(
            Step(
                "se.eb.jobbstimulans",
                {
                    "disregard_share": share,
                    "net_earnings": net_earnings,
                    "disregard": disregard,
                    "months_left_months": months_left,
                },
                js_params,
            )
        )
    elif status == "active":
        notices.append(
            Notice(
                "se.eb.jobbstimulans.ready",
                {"disregard_share": share, "months_left_months": months_left},
                benefit=BENEFIT,
            )
        )
    elif status == "not_yet":
        notices.append(
            Notice(
                "se.eb.jobbstimulans.not_yet",
                {
                    "qualifying_months": qualifying,
                    "disregard_share": share,
                    "months_to_go_months": qualifying - decision.consecutive_months,
                },
                benefit=BENEFIT,
            )
        )
    else:
        notices.append(
            Notice("se.eb.jobbstimulans.ended", {"qualifying_months": qualifying}, benefit=BENEFIT)
        )
    if partner_earnings > 0:
        disregard += _partner_jobbstimulans(decision, partner_earnings, p, steps, notices)
        net_earnings += partner_earnings
    steps.append(Step("se.eb.income.other", {"other_net_income": other_net}))
    counted = net_earnings - disregard + other_net
    steps.append(
        Step(
            "se.eb.income.total",
            {
                "net_earnings": net_earnings,
                "disregard": disregard,
                "other_net_income": other_net,
                "counted_income": counted,
            },
        )
    )

    # Result (12 kap. 1 §): what the household's own means do not cover.
    amount = clamp0(need - counted).quantize(CENT)
    if amount > 0:
        steps.append(Step("se.eb.result", {"need": need, "counted_income": counted, "amount": amount}))
    else:
        surplus = counted - need
        steps.append(Step("se.eb.result_none", {"need": need, "counted_income": counted, "surplus": surplus}))
        notices.append(Notice("se.eb.warn.stops", {"surplus": surplus}, "warning", BENEFIT))

    notices.append(Notice("se.eb.warn.month_by_month", {}, "warning", BENEFIT))
    if net_earnings > 0:
        notices.append(Notice("se.eb.warn.first_salary", {}, "warning", BENEFIT))
    notices.append(Notice("se.eb.assume.no_assets", {}, benefit=BENEFIT))
    if any(c.age >= CHILD_WORK_AGE for c in children):
        notices.append(Notice("se.eb.scope.child_income", {}, benefit=BENEFIT))

    return BenefitResult(
        BENEFIT, AUTHORITY, amount, False, steps, reported=decision.amount_month, notices=notices
    )


def reporting_duties(decision: EkonomisktBistandDecision) -> list[ReportingDuty]:
    """What to report to the socialtjänst (SoL 2025:400 12 kap.; återkrav 33 kap. 1 §; lag 2007:612)."""
    reference = "SoL (2025:400) 12 kap. 1 §, 33 kap. 1 §; bidragsbrottslagen (2007:612)"
    return [
        ReportingDuty(
            benefit=BENEFIT,
            authority=AUTHORITY,
            what="se.eb.duty.income.what",
            when="se.eb.duty.income.when",
            how="se.eb.duty.income.how",
            consequence="se.eb.duty.consequence",
            reference=reference,
        ),
        ReportingDuty(
            benefit=BENEFIT,
            authority=AUTHORITY,
            what="se.eb.duty.work.what",
            when="se.eb.duty.work.when",
            how="se.eb.duty.work.how",
            consequence="se.eb.duty.consequence",
            reference=reference,
        ),
    ]


def jobbpremie(
    decision: EkonomisktBistandDecision,
    *,
    gross_earnings_month: Decimal,
    ekonomiskt_bistand_month: Decimal,
    p: ParameterSet,
) -> BenefitResult:
    """Jobbpremie a month from Försäkringskassan (temporary, 2026-03-01 for two years).

    Paid for a month with gross pay from employment and no försörjningsstöd in the household that
    month (compute `calculate` first and pass its amount), to a person who had försörjningsstöd paid
    for every month July-December 2025; at most `jobbpremie_max_month` a month and
    `jobbpremie_max_months` months. Amount: `jobbpremie_rate` x gross pay (unverified), rounded to the
    nearest krona (Försäkringskassan's rounding is not known). Source: regeringen.se press release
    2026-01 "Jobbpremie för ökad drivkraft till arbete"; the förordning was not read.
    """
    steps: list[Step] = []
    notices: list[Notice] = []

    def result(amount: Decimal) -> BenefitResult:
        return BenefitResult(JOBBPREMIE, FK, amount, False, steps, notices=notices)

    if not p.in_force("jobbpremie_max_month"):  # 2026-03-01 to 2028-02-29 (the data's dates)
        steps.append(Step("se.jobbpremie.not_in_force", {}, ("jobbpremie_max_month",)))
        return result(ZERO)
    max_amount = p.v("jobbpremie_max_month")
    gross = clamp0(gross_earnings_month)
    if gross == 0:
        steps.append(Step("se.jobbpremie.no_earnings", {}))
        return result(ZERO)
    rate = p.v("jobbpremie_rate")
    potential = min(max_amount, round_half_up(gross * rate))
    steps.append(
        Step(
            "se.jobbpremie.potential",
            {
                "jobbpremie_rate": rate,
                "gross_earnings": gross,
                "max_amount": max_amount,
                "potential": potential,
            },
            ("jobbpremie_rate", "jobbpremie_max_month"),
        )
    )
    if not p["jobbpremie_rate"].verified:
        notices.append(
            Notice(
                "se.jobbpremie.notice.rate_unverified",
                {"jobbpremie_rate": rate, "max_amount": max_amount},
                benefit=JOBBPREMIE,
            )
        )
    history = decision.forsorjningsstod_every_month_jul_dec_2025
    if history is False:
        steps.append(Step("se.jobbpremie.not_eligible", {}))
        return result(ZERO)
    max_months = int(p.v("jobbpremie_max_months"))
    if decision.jobbpremie_months_used >= max_months:
        steps.append(Step("se.jobbpremie.used_up", {"max_months": max_months}, ("jobbpremie_max_months",)))
        return result(ZERO)
    eb = clamp0(ekonomiskt_bistand_month)
    if eb > 0:
        steps.append(Step("se.jobbpremie.blocked_by_eb", {"eb_amount": eb}))
        if history and potential > eb:
            notices.append(
                Notice(
                    "se.jobbpremie.notice.choose",
                    {"potential": potential, "eb_amount": eb},
                    "warning",
                    JOBBPREMIE,
                )
            )
        return result(ZERO)
    if history is None:
        notices.append(
            Notice("se.jobbpremie.notice.unknown_history", {"potential": potential}, "info", JOBBPREMIE)
        )
        return result(ZERO)
    steps.append(
        Step(
            "se.jobbpremie.paid",
            {"amount": potential, "months_left_months": max_months - decision.jobbpremie_months_used},
            ("jobbpremie_max_months",),
        )
    )
    return result(potential)


def jobbpremie_reporting_duties(decision: EkonomisktBistandDecision) -> list[ReportingDuty]:
    """Applying for the jobbpremie, when the person had försörjningsstöd every month Jul-Dec 2025."""
    if not decision.forsorjningsstod_every_month_jul_dec_2025:
        return []
    return [
        ReportingDuty.of(
            JOBBPREMIE,
            FK,
            "se.jobbpremie.duty",
            JOBBPREMIE_REFERENCE,
        )
    ]
