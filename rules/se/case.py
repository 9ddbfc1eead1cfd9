"""A Swedish client's case, organised the way the decision letters are.

Who lives in the household, the housing, what is paid today and by whom (with the monthly
amounts from each decision letter), other income; and the work scenarios to compute. A benefit
that is not given here is not received today and is not computed.
Amounts are per month unless the field name says ``_year``.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Literal, Self

from pydantic import ConfigDict, Field, ValidationInfo, model_validator
from pydantic_core import PydanticCustomError

from benefits_calc.models import CaseBase, Money, StrictModel, typed_in_form
from benefits_calc.numbers import WholeNumber, decimal_type
from benefits_calc.schema_rules import at, requires, stated

Level = Literal["1/1", "3/4", "1/2", "1/4"]
# Two-thirds sjukersättning exists only as granted before July 2008 (SFB 37 kap. 6 §).
SELevel = Literal["1/1", "3/4", "2/3", "1/2", "1/4"]
LEVEL_SHARE: dict[str, Decimal] = {
    "1/1": Decimal(1),
    "3/4": Decimal("0.75"),
    "2/3": Decimal(2) / Decimal(3),
    "1/2": Decimal("0.5"),
    "1/4": Decimal("0.25"),
}
TaxRate = decimal_type(2, ge=15, le=40, max_digits=5)
FeeRate = decimal_type(3, ge=0, le=3, max_digits=4)
Area = decimal_type(1, gt=0, le=1000, max_digits=6)
DailyAmount = decimal_type(2, ge=0, le=2000, max_digits=7)


class Person(StrictModel):
    """The client."""

    age: WholeNumber = Field(
        ge=16, le=65, description="Age in whole years on the rule date (66+ is not covered)."
    )
    kommunalskatt_percent: TaxRate | None = Field(
        default=None,
        description="Total municipal tax rate (kommun + region), e.g. 32.38, without begravnings- "
        "or kyrkoavgift. Empty: the national average of the year is used and shown as an assumption.",
    )
    begravningsavgift_percent: FeeRate | None = Field(
        default=None,
        description="Begravningsavgift in percent, e.g. 0.292. Empty: the rate of every kommun but "
        "Stockholm (0.07) and Tranås (0.285), shown as an assumption.",
    )
    church_member: bool = Field(default=False, description="Member of Svenska kyrkan (pays kyrkoavgift).")
    kyrkoavgift_percent: FeeRate | None = Field(
        default=None,
        description="The församling's kyrkoavgift in percent, e.g. 1.04 (members only). Empty: the "
        "national average, shown as an assumption.",
    )


class Partner(StrictModel):
    """Spouse or sambo sharing the household economy (gift and sambo are treated alike)."""

    age: WholeNumber = Field(ge=16, le=65, description="Partner's age (66+ is not covered: other tax rules).")
    work_income_month: Money = Decimal(0)
    sjukersattning_month: Money = Field(default=Decimal(0), description="Partner's SE/AE before tax.")
    other_taxable_income_month: Money = Field(
        default=Decimal(0), description="Partner's other taxable income (sjukpenning, a-kassa, pension)."
    )
    church_member: bool = Field(default=False, description="Member of Svenska kyrkan (pays kyrkoavgift).")


class Child(StrictModel):
    """A child in the household."""

    age: WholeNumber = Field(ge=0, le=20)
    alternating_residence: bool = Field(
        default=False, description="Växelvis boende: lives here half of the time."
    )
    care: Literal["none", "forskola", "fritidshem"] = Field(
        default="none",
        description="Förskola or fritidshem (the fee follows the household's income, maxtaxa); "
        "none: no fee is counted.",
    )


class Housing(StrictModel):
    """The home (whole household's cost per month)."""

    housing_cost_month: Money = Field(
        description="Rent or boendekostnad incl. heating and water, excl. household electricity."
    )
    household_electricity_month: Money = Decimal(0)
    area_m2: Area | None = None
    reasonable_housing_cost_month: Money | None = Field(
        default=None,
        description="The municipality's limit for a reasonable housing cost (ekonomiskt bistånd). "
        "Empty: the actual cost is taken as reasonable (shown as an assumption).",
    )


class SjukersattningDecision(StrictModel):
    """Sjukersättning or aktivitetsersättning, as in Försäkringskassan's decision (SFB 33-37 kap.)."""

    model_config = ConfigDict(
        json_schema_extra=stated(
            {
                "anyOf": [
                    {"properties": {"level": {"not": {"const": "2/3"}}}},
                    {
                        "required": ["granted_before_2008_07"],
                        "properties": {"granted_before_2008_07": {"const": True}},
                    },
                ]
            },
            {
                "anyOf": [
                    {"properties": {"granted_before_2008_07": {"const": False}}},
                    {"properties": {"kind": {"const": "sjukersattning"}}},
                ]
            },
        )
    )

    kind: Literal["sjukersattning", "aktivitetsersattning"]
    level: SELevel = Field(default="1/1", description="2/3 only when granted_before_2008_07.")
    amount_month: Money = Field(description="Paid per month before tax, from the decision letter.")
    income_related_month: Money = Field(
        default=Decimal(0),
        description="The inkomstrelaterad part per month (0 if only garantiersättning). A part above "
        "amount_month is counted as amount_month, and the answer warns "
        "(se.sjukersattning.income_related_above_amount).",
    )
    forsakringstid_years: WholeNumber = Field(default=40, ge=1, le=40)
    granted_before_2008_07: bool = Field(
        default=False,
        description="Non-time-limited sjukersättning granted before 1 July 2008 (steglös avräkning); "
        "only with kind sjukersattning.",
    )
    months_received: WholeNumber = Field(default=12, ge=0, le=600)
    vilande_months_used: WholeNumber = Field(default=0, ge=0, le=24)
    work_arrangement: Literal["auto", "vilande", "steglos_avrakning", "uncompensated_share"] = "auto"

    @property
    def share(self) -> Decimal:
        return LEVEL_SHARE[self.level]


class SjukpenningDecision(StrictModel):
    """Sjukpenning from Försäkringskassan (SFB 24-28 kap.)."""

    sgi_year: Money = Field(description="Sjukpenninggrundande inkomst per year, from the decision.")
    level: Level = "1/1"
    amount_month: Money | None = Field(default=None, description="Paid per month, if known.")
    days_in_rehab_chain: WholeNumber = Field(default=0, ge=0, le=5000)
    serious_illness: bool = False
    unemployed: bool = Field(
        default=False,
        description="Arbetslös (no job to be sick from): hel sjukpenning is at most 543 kr a day "
        "(SFB 28 kap. 11 §).",
    )


class AktivitetsstodDecision(StrictModel):
    """Aktivitetsstöd or utvecklingsersättning for an Arbetsförmedlingen programme."""

    kind: Literal["aktivitetsstod", "utvecklingsersattning"] = "aktivitetsstod"
    daily_amount: DailyAmount
    programme_days_per_week: WholeNumber = Field(default=5, ge=1, le=5)


class BostadstillaggDecision(StrictModel):
    """Bostadstillägg to a person with SE/AE (SFB 101-102 kap.)."""

    amount_month: Money = Field(description="Paid per month, from the decision letter.")
    wealth: Money = Field(default=Decimal(0), description="Förmögenhet (savings etc.), whole household.")
    capital_income_year: Money = Decimal(0)


class BostadsbidragDecision(StrictModel):
    """Bostadsbidrag (SFB 95-98 kap.), preliminary, for families with children or people 18-28."""

    amount_month: Money = Field(description="Preliminary bostadsbidrag per month, from the decision.")


class EkonomisktBistandDecision(StrictModel):
    """Ekonomiskt bistånd / försörjningsstöd from the municipality's socialtjänst (SoL 2025:400 12 kap.)."""

    amount_month: Money = Field(description="Försörjningsstöd paid last month.")
    consecutive_months: WholeNumber = Field(
        default=0, ge=0, le=600, description="Months in a row with försörjningsstöd (jobbstimulans: 6)."
    )
    jobbstimulans_months_used: WholeNumber = Field(
        default=0, ge=0, le=24, description="The client's months of jobbstimulans already used."
    )
    partner_jobbstimulans: bool = Field(
        default=False,
        description="The partner started working while the household had försörjningsstöd, and the "
        "socialtjänst applies jobbstimulans to the partner's pay too (it is per person: a partner's "
        "long-standing job does not get it). Default: the client only.",
    )
    partner_jobbstimulans_months_used: WholeNumber = Field(default=0, ge=0, le=24)
    others_sharing_home: WholeNumber = Field(
        default=0,
        ge=0,
        le=10,
        description="Other adults who share the home and its costs but are not a partner "
        "(hushållsgemenskap: a sibling, a parent, a friend). The household's common costs in the "
        "riksnorm are then those of everyone sharing, in equal shares (Socialstyrelsen).",
    )
    other_costs_month: Money = Field(
        default=Decimal(0),
        description="Other reasonable costs the socialtjänst accepts (hemförsäkring, fackavgift, "
        "arbetsresor, medicin, barnomsorg …).",
    )
    small_children_lunch_at_home: bool | None = Field(
        default=None,
        description="Children under 7 eat lunch at home on weekdays (not at förskola). Empty: a child "
        "under 1 is assumed at home, children 1-6 at förskola (riksnorm 'ej lunch'), shown as an assumption.",
    )
    forsorjningsstod_every_month_jul_dec_2025: bool | None = Field(
        default=None,
        description="Försörjningsstöd was paid for every month July-December 2025 (jobbpremie). "
        "Empty: not known; a possible jobbpremie is shown as a notice only.",
    )
    jobbpremie_months_used: WholeNumber = Field(
        default=0, ge=0, le=18, description="Months with jobbpremie already paid (at most 18)."
    )


class KronofogdenDecision(StrictModel):
    """Debts at Kronofogden (utsökningsbalken 7 kap.): a first wage can lead to löneutmätning."""

    under_enforcement: bool = Field(
        default=True, description="The client has debts that Kronofogden collects (utmätning)."
    )
    forbehallsbelopp_month: Money | None = Field(
        default=None,
        description="What Kronofogden's decision on löneutmätning lets the client keep a month. "
        "Empty: computed from the normalbelopp, the housing cost and the household.",
    )


class OtherIncome(StrictModel):
    """Income that does not change with the work scenario (per month before tax)."""

    tjanstepension_month: Money = Decimal(0)
    underhallsstod_month: Money = Decimal(0)


class SECase(CaseBase):
    """A Swedish case: the household, housing, today's benefits and the scenarios."""

    country: Literal["se"] = "se"
    person: Person
    partner: Partner | None = None
    children: list[Child] = Field(default_factory=list, max_length=12)
    housing: Housing
    sjukersattning: SjukersattningDecision | None = None
    sjukpenning: SjukpenningDecision | None = None
    aktivitetsstod: AktivitetsstodDecision | None = None
    bostadstillagg: BostadstillaggDecision | None = None
    bostadsbidrag: BostadsbidragDecision | None = None
    ekonomiskt_bistand: EkonomisktBistandDecision | None = None
    other_income: OtherIncome = Field(default_factory=OtherIncome)
    kronofogden: KronofogdenDecision | None = Field(
        default=None, description="Debts under enforcement at Kronofogden (löneutmätning)."
    )

    # What _consistent checks, stated in the JSON Schema (benefits_calc.schema_rules). An
    # income_related_month above amount_month is refused only in the form (see `typed_in_form`).
    model_config = ConfigDict(
        json_schema_extra=stated(
            requires("bostadstillagg", "sjukersattning"),
            {  # aktivitetsersättning: ages 19-29
                "anyOf": [
                    {
                        "properties": {
                            "sjukersattning": {
                                "anyOf": [
                                    {"type": "null"},
                                    {"properties": {"kind": {"not": {"const": "aktivitetsersattning"}}}},
                                ]
                            }
                        }
                    },
                    at("person", {"properties": {"age": {"minimum": 19, "maximum": 29}}}),
                ]
            },
            {  # partial sjukersättning: from age 30
                "anyOf": [
                    {
                        "properties": {
                            "sjukersattning": {
                                "anyOf": [
                                    {"type": "null"},
                                    {"properties": {"kind": {"not": {"const": "sjukersattning"}}}},
                                    {"properties": {"level": {"const": "1/1"}}},
                                ]
                            }
                        }
                    },
                    at("person", {"properties": {"age": {"minimum": 30}}}),
                ]
            },
        )
    )

    @model_validator(mode="after")
    def _consistent(self, info: ValidationInfo) -> Self:
        se = self.sjukersattning
        if se is not None:
            if se.kind == "aktivitetsersattning" and not 19 <= self.person.age <= 29:
                raise PydanticCustomError(
                    "se_ae_age", "aktivitetsersättning is for ages 19-29 (SFB 33 kap. 6 §)"
                )
            if se.kind == "sjukersattning" and se.level != "1/1" and self.person.age < 30:
                raise PydanticCustomError(
                    "se_partial_se_age",
                    "partial sjukersättning requires age 30 or more (SFB 33 kap. 5, 9 §§)",
                )
            if typed_in_form(info) and se.income_related_month > se.amount_month:
                raise PydanticCustomError(
                    "se_income_related_above_amount", "income_related_month cannot exceed amount_month"
                )
            if se.level == "2/3" and not se.granted_before_2008_07:
                raise PydanticCustomError(
                    "se_two_thirds_only_before_2008",
                    "two-thirds sjukersättning exists only as granted before July 2008 (SFB 37 kap. 6 §)",
                )
            if se.granted_before_2008_07 and se.kind != "sjukersattning":
                raise PydanticCustomError(
                    "se_steglos_only_se",
                    "steglös avräkning applies only to sjukersättning granted before 2008-07",
                )
        if self.bostadstillagg is not None and se is None:
            raise PydanticCustomError(
                "se_btp_needs_se",
                "bostadstillägg (SFB 101 kap.) requires sjukersättning or aktivitetsersättning",
            )
        return self

    @property
    def is_couple(self) -> bool:
        return self.partner is not None
