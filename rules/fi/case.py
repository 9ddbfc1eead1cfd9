"""A Finnish client's case, organised the way Kela's and the pension provider's päätökset are.

Who lives in the household (ruokakunta), the home, the municipality (its tax rate, its group for
the housing allowances, its toimeentulotuki housing-cost limit), what is paid today and by whom
(each with the amount its decision shows), other income; and the work scenarios. A benefit that
is not given here is not received today and is not computed.
Amounts are per month unless the field name says ``_year`` or ``_daily``.
"""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache
from typing import Any, Literal, Self

from pydantic import ConfigDict, Field, field_validator, model_validator
from pydantic_core import PydanticCustomError

from benefits_calc.models import CaseBase, Money, StrictModel
from benefits_calc.numbers import WholeNumber, decimal_type
from benefits_calc.schema_rules import (
    at,
    at_most_one,
    either,
    equals,
    named,
    not_given,
    requires_one_of,
    stated,
)

TaxPercent = decimal_type(2, ge=0, le=15, max_digits=4)
DailyAmount = decimal_type(2, ge=0, le=1000, max_digits=6)


def _known_names(schema: dict[str, Any]) -> None:
    """The JSON Schema of `municipality` lists the names the data knows ("" is no municipality;
    the API also takes a name in another case, "tampere")."""
    for branch in schema.get("anyOf", [schema]):
        if branch.get("type") == "string":
            branch["enum"] = ["", *municipalities()]


@lru_cache(maxsize=1)
def municipalities() -> tuple[str, ...]:
    """The mainland municipalities the data knows (the toimeentulotuki housing-cost table's names)."""
    from benefits_calc.parameters import load_country

    series = load_country("fi").series["fi_tt_asumisnormi_1"]
    value = series.entries[-1].value
    assert isinstance(value, dict)
    return tuple(value)


class Person(StrictModel):
    """The client."""

    age: WholeNumber = Field(
        ge=18, le=64, description="Age in whole years on the rule date (18-64; other rules apply from 65)."
    )
    municipality: str | None = Field(
        default=None,
        max_length=40,
        json_schema_extra=lambda schema: _known_names(schema),
        description="Home municipality (kotikunta) in mainland Finland, e.g. 'Tampere'. Needed for the "
        "housing allowances and toimeentulotuki.",
    )
    kunnallisvero_percent: TaxPercent | None = Field(
        default=None,
        description="The municipality's income tax rate (kunnallisveroprosentti), e.g. 7.50. Empty: the "
        "average of the year is used and shown as an assumption.",
    )
    church_member: bool = Field(
        default=False, description="Member of the Evangelical Lutheran or Orthodox church (kirkollisvero)."
    )
    kirkollisvero_percent: TaxPercent | None = Field(
        default=None,
        description="The parish's church tax rate, e.g. 1.40 (only for a member). Empty: the average.",
    )

    @field_validator("municipality")
    @classmethod
    def _known(cls, v: str | None) -> str | None:
        if v is None or v == "":
            return None
        known = {m.casefold(): m for m in municipalities()}
        if v.casefold() not in known:
            raise PydanticCustomError(
                "fi_unknown_municipality",
                "unknown mainland municipality '{name}': give its Finnish name, e.g. 'Tampere'",
                {"name": v},
            )
        return known[v.casefold()]


class Partner(StrictModel):
    """Spouse or avopuoliso sharing the household (both are a couple for Kela)."""

    relationship: Literal["married", "cohabiting"] = Field(
        default="married",
        description="Avioliitto or rekisteröity parisuhde (married) or avoliitto (cohabiting).",
    )
    age: WholeNumber = Field(ge=18, le=64, description="Partner's age (18-64).")
    work_income_month: Money = Field(default=Decimal(0), description="Partner's wages before tax.")
    pension_month: Money = Field(
        default=Decimal(0), description="Partner's pensions before tax (kansaneläke, työeläke …)."
    )
    benefits_month: Money = Field(
        default=Decimal(0),
        description="Partner's other taxable benefits before tax (sairauspäiväraha, työttömyysetuus …).",
    )
    has_full_pension: bool = Field(
        default=False,
        description="The partner gets a pension that gives eläkkeensaajan asumistuki (a Kela pension, a full "
        "disability pension, a vanhuuseläke …).",
    )


class Child(StrictModel):
    """A child under 18 living at home."""

    age: WholeNumber = Field(ge=0, le=17)
    alternating_residence: bool = Field(
        default=False, description="Vuoroasuminen: lives here half of the time (counted as living here)."
    )


class Housing(StrictModel):
    """The home (the whole household's costs a month)."""

    tenure: Literal["rent", "right_of_occupancy", "owner"] = Field(
        default="rent", description="Vuokra-asunto, asumisoikeusasunto or an owner-occupied home."
    )
    rent_month: Money = Field(description="Rent, or the maintenance charge (vastike) of an owned flat.")
    water_month: Money = Field(
        default=Decimal(0), description="Water paid separately (0 if it is in the rent)."
    )
    heating_month: Money = Field(
        default=Decimal(0), description="Heating paid separately (0 if it is in the rent)."
    )
    heating_region: Literal["muu", "ita", "pohjoinen"] = Field(
        default="muu",
        description="For the heating amount of yleinen asumistuki: 'ita' = Etelä-Savo, Pohjois-Savo, "
        "Pohjois-Karjala; 'pohjoinen' = Pohjois-Pohjanmaa, Kainuu, Lappi; 'muu' = the rest.",
    )


class KansanelakeDecision(StrictModel):
    """Kela's disability pension as kansaneläke (KEL 568/2007): työkyvyttömyyseläke or kuntoutustuki."""

    kind: Literal["tyokyvyttomyyselake", "kuntoutustuki"] = "tyokyvyttomyyselake"
    amount_month: Money = Field(description="Kansaneläke a month before tax, from Kela's decision.")
    permanently_blind_or_immobile: bool = Field(
        default=False,
        description="Granted as permanently blind or unable to move (KEL 12 § 4 mom): work does not stop it.",
    )


class TakuuelakeDecision(StrictModel):
    """Takuueläke from Kela (laki takuueläkkeestä 703/2010)."""

    amount_month: Money = Field(description="Takuueläke a month before tax, from Kela's decision.")


class TyoelakeDecision(StrictModel):
    """The earnings-related disability pension from the pension provider (TyEL 35-47 §)."""

    kind: Literal["full", "partial"] = Field(
        default="full", description="Täysi työkyvyttömyyseläke or osatyökyvyttömyyseläke."
    )
    fixed_term: bool = Field(
        default=False, description="Kuntoutustuki (a disability pension for a fixed period)."
    )
    amount_month: Money = Field(description="The pension a month before tax, from the provider's decision.")
    vakiintunut_keskiansio_month: Money | None = Field(
        default=None,
        description="The established earnings before the disability (vakiintunut keskiansio) a month, from "
        "the decision.",
    )
    earnings_limit_month: Money | None = Field(
        default=None,
        description="The earnings limit (ansaintaraja) the decision states, if it states one; it is used "
        "instead of the computed limit.",
    )
    provider: str | None = Field(
        default=None, max_length=40, description="The pension provider (Varma, Elo, Ilmarinen, Keva …)."
    )


class SairauspaivarahaDecision(StrictModel):
    """Sairauspäiväraha or osasairauspäiväraha from Kela (sairausvakuutuslaki 1224/2004 8 and 11 luku)."""

    kind: Literal["full", "partial"] = Field(
        default="full", description="Sairauspäiväraha or osasairauspäiväraha."
    )
    annual_income_year: Money = Field(
        description="The annual income (vuositulo) in the decision, after the insurance-contribution "
        "deduction."
    )
    daily_amount: DailyAmount | None = Field(
        default=None, description="The allowance a working day in the decision (for a partial one: the half)."
    )


class TyottomyysetuusDecision(StrictModel):
    """Kela's unemployment benefit: työmarkkinatuki or peruspäiväraha until 30.4.2026, yleistuki from
    1.5.2026."""

    kind: Literal["tyomarkkinatuki", "peruspaivaraha", "yleistuki"] = "tyomarkkinatuki"
    daily_amount: DailyAmount | None = Field(
        default=None, description="The full benefit a day in the decision (37,21 € unless reduced)."
    )
    other_income_month: Money = Field(
        default=Decimal(0),
        description="Own income other than wages that the means test counts (capital income, omaishoidon "
        "tuki, royalties …); not the benefits that are deducted in full.",
    )


class AnsiopaivarahaDecision(StrictModel):
    """Ansiopäiväraha from the unemployment fund (työttömyysturvalaki 1290/2002)."""

    daily_amount: DailyAmount = Field(description="The full allowance a day in the fund's decision.")
    wage_basis_month: Money | None = Field(
        default=None,
        description="The monthly wage the allowance is based on (päivärahan perusteena oleva palkka), for "
        "the rule that wages and the adjusted allowance together may not exceed it.",
    )
    fund: str | None = Field(default=None, max_length=60, description="The unemployment fund (kassa).")


class YleinenAsumistukiDecision(StrictModel):
    """Yleinen asumistuki from Kela (laki yleisestä asumistuesta 938/2014)."""

    amount_month: Money = Field(description="Yleinen asumistuki a month, from the decision.")
    net_assets: Money = Field(
        default=Decimal(0),
        description="The household's net assets as Kela counts them (after debts and 2 000 € of deposits).",
    )


class ElakkeensaajanAsumistukiDecision(StrictModel):
    """Eläkkeensaajan asumistuki from Kela (laki eläkkeensaajan asumistuesta 571/2007)."""

    amount_month: Money = Field(description="Eläkkeensaajan asumistuki a month, from the decision.")
    assets: Money = Field(
        default=Decimal(0), description="Assets of the client (and spouse) as Kela counts them."
    )
    capital_income_year: Money = Field(
        default=Decimal(0), description="Capital income a year (interest, rent …)."
    )


class ToimeentulotukiDecision(StrictModel):
    """Perustoimeentulotuki from Kela (laki toimeentulotuesta 1412/1997)."""

    amount_month: Money = Field(description="Perustoimeentulotuki paid for last month.")
    other_basic_costs_month: Money = Field(
        default=Decimal(0),
        description="Other basic costs Kela accepts (health care costs above the perusosa, …).",
    )
    full_housing_cost_accepted: bool = Field(
        default=False,
        description="Kela still accepts the whole housing cost (the 3-month time to find a cheaper home has "
        "not ended, or there are special reasons). Otherwise the municipality's limit applies.",
    )
    perusosa_reduction_percent: Literal[0, 20, 40, 50] = Field(
        default=0, description="A reduction of the perusosa in the decision (20, 40 or 50 %)."
    )

    @field_validator("perusosa_reduction_percent", mode="before")
    @classmethod
    def _form_text(cls, v: object) -> object:
        """The form sends the choice as text ("20")."""
        return int(v) if isinstance(v, str) and v.isdigit() else v


class HoitotukiDecision(StrictModel):
    """Eläkettä saavan hoitotuki or vammaistuki from Kela (laki vammaisetuuksista 570/2007)."""

    kind: Literal["hoitotuki", "vammaistuki"] = "hoitotuki"
    level: Literal["perus", "korotettu", "ylin"] = "perus"
    amount_month: Money = Field(description="The amount a month, from the decision.")


class OtherIncome(StrictModel):
    """Income that does not change with the work scenario (per month)."""

    child_benefits_month: Money = Field(
        default=Decimal(0), description="Lapsilisä and elatustuki (tax free; counted by toimeentulotuki)."
    )
    other_pensions_month: Money = Field(
        default=Decimal(0),
        description="Other pensions before tax that are not entered above (a foreign pension, an accident "
        "pension …): taxed as pension, and they reduce kansaneläke and takuueläke.",
    )


class FICase(CaseBase):
    """A Finnish case: the household, the home, today's benefits and the scenarios."""

    # What _consistent checks, stated in the JSON Schema (benefits_calc.schema_rules); the
    # municipality's name is checked against the data's list (the field's description says so).
    model_config = ConfigDict(
        json_schema_extra=stated(
            *(
                either(not_given(b), at("person", named("municipality")))
                for b in ("yleinen_asumistuki", "elakkeensaajan_asumistuki", "toimeentulotuki")
            ),
            requires_one_of("takuuelake", "kansanelake", "tyoelake"),
            at_most_one("yleinen_asumistuki", "elakkeensaajan_asumistuki"),
            at_most_one("sairauspaivaraha", "tyottomyysetuus", "ansiopaivaraha"),
            at("person", either(not_given("kirkollisvero_percent"), equals("church_member", True))),
        )
    )

    country: Literal["fi"] = "fi"
    person: Person
    partner: Partner | None = None
    children: list[Child] = Field(default_factory=list, max_length=12)
    housing: Housing
    kansanelake: KansanelakeDecision | None = None
    takuuelake: TakuuelakeDecision | None = None
    tyoelake: TyoelakeDecision | None = None
    sairauspaivaraha: SairauspaivarahaDecision | None = None
    tyottomyysetuus: TyottomyysetuusDecision | None = None
    ansiopaivaraha: AnsiopaivarahaDecision | None = None
    yleinen_asumistuki: YleinenAsumistukiDecision | None = None
    elakkeensaajan_asumistuki: ElakkeensaajanAsumistukiDecision | None = None
    toimeentulotuki: ToimeentulotukiDecision | None = None
    hoitotuki: HoitotukiDecision | None = None
    other_income: OtherIncome = Field(default_factory=OtherIncome)

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        needs_municipality = (
            self.yleinen_asumistuki is not None
            or self.elakkeensaajan_asumistuki is not None
            or self.toimeentulotuki is not None
        )
        if needs_municipality and self.person.municipality is None:
            raise PydanticCustomError(
                "fi_municipality_needed",
                "the housing allowances and toimeentulotuki depend on the municipality: "
                "give person.municipality",
            )
        if self.takuuelake is not None and self.kansanelake is None and self.tyoelake is None:
            raise PydanticCustomError(
                "fi_takuuelake_needs_pension",
                "takuueläke is paid on top of a pension: give the kansaneläke or työeläke decision too",
            )
        if self.yleinen_asumistuki is not None and self.elakkeensaajan_asumistuki is not None:
            raise PydanticCustomError(
                "fi_two_housing_allowances",
                "a household gets either yleinen asumistuki or eläkkeensaajan asumistuki, not both",
            )
        if self.sairauspaivaraha is not None and (
            self.tyottomyysetuus is not None or self.ansiopaivaraha is not None
        ):
            raise PydanticCustomError(
                "fi_sickness_and_unemployment",
                "sairauspäiväraha and an unemployment benefit are not paid for the same days",
            )
        if self.tyottomyysetuus is not None and self.ansiopaivaraha is not None:
            raise PydanticCustomError(
                "fi_two_unemployment_benefits",
                "Kela's unemployment benefit and the fund's ansiopäiväraha are not paid for the same days",
            )
        if self.person.kirkollisvero_percent is not None and not self.person.church_member:
            raise PydanticCustomError(
                "fi_church_rate_without_membership", "a church tax rate is given but church_member is false"
            )
        return self

    @property
    def is_couple(self) -> bool:
        return self.partner is not None

    @property
    def sole_guardian(self) -> bool:
        """Yksinhuoltaja: no partner, children at home."""
        return self.partner is None and bool(self.children)
