"""A Danish client's case, organised the way the afgørelser (decision letters) are.

Who lives in the household (enlig / gift / samlevende, the partner and the partner's income,
children), the home, what is paid today and by whom (kommunen: kontanthjælp, ressourceforløbsydelse,
ledighedsydelse and fleksjob, sygedagpenge; Udbetaling Danmark: førtidspension, boligstøtte), other
income, the kommune's tax rates; and the work scenarios to compute. A ydelse that is not given here
is not received today and is not computed. Amounts are per month unless the field name says
``_week`` or ``_year``; all amounts are before tax.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Literal, Self

from pydantic import ConfigDict, Field, model_validator
from pydantic_core import PydanticCustomError

from benefits_calc.models import CaseBase, Money, Percent, StrictModel
from benefits_calc.numbers import WholeNumber, decimal_type
from benefits_calc.schema_rules import at, at_most_one, differs, either, given, not_given, stated

KommuneRate = decimal_type(3, ge=15, le=35, max_digits=6)
KirkeRate = decimal_type(3, ge=0, le=2, max_digits=5)
Area = decimal_type(1, gt=0, le=1000, max_digits=6)
NormalHours = decimal_type(2, gt=0, le=80, max_digits=5)

CivilStatus = Literal["enlig", "gift", "samlevende"]
Sats = Literal["mindstesats", "grundsats", "forhoejet"]

YOUNG_AGE = 30  # grundsats, hjemmeboende sats, særligt ungetillæg: under 30 (LAS §§ 16, 18)


class Person(StrictModel):
    """The client."""

    age: WholeNumber = Field(ge=18, le=66, description="Age in whole years on the rule date.")
    civil_status: CivilStatus = Field(
        default="enlig",
        description="enlig (single), gift (married) or samlevende (living together). Gift and samlevende "
        "need the partner below.",
    )
    kommuneskat_percent: KommuneRate | None = Field(
        default=None,
        description="The kommune's income tax rate, e.g. 25.049. Empty: the national average of the year "
        "is used and shown as an assumption.",
    )
    member_of_folkekirken: bool = Field(
        default=False, description="Member of the folkekirke: kirkeskat is paid."
    )
    kirkeskat_percent: KirkeRate | None = Field(
        default=None,
        description="The kommune's kirkeskat rate for members, e.g. 0.867. Empty: the national average "
        "for members is used (only for members).",
    )


class Partner(StrictModel):
    """The spouse (gift) or cohabitant (samlevende)."""

    age: WholeNumber = Field(ge=18, le=99)
    work_income_month: Money = Field(default=Decimal(0), description="Wage before tax (A-indkomst).")
    dagpenge_month: Money = Field(
        default=Decimal(0),
        description="Dagpenge, sygedagpenge or efterløn before tax: income from work for the førtidspension "
        "rules, taxed without AM-bidrag.",
    )
    social_pension_month: Money = Field(
        default=Decimal(0),
        description="Folkepension or førtidspension before tax (the partner is then a pensioner).",
    )
    other_income_month: Money = Field(
        default=Decimal(0),
        description="Other taxable income before tax: private pension, other benefits (not work).",
    )
    kontanthjaelp_month: Money = Field(
        default=Decimal(0),
        description="The partner's own kontanthjælp before tax (a couple both on kontanthjælp): kept as "
        "it is; how the client's pay changes it is not calculated.",
    )

    @property
    def is_pensioner(self) -> bool:
        return self.social_pension_month > 0


class Child(StrictModel):
    """A child under 18 living at the client's address."""

    age: WholeNumber = Field(ge=0, le=17)
    alternating_residence: bool = Field(
        default=False,
        description="Not used for Denmark: a child counts where it is registered (folkeregisteradresse).",
    )


class Housing(StrictModel):
    """The home (the whole household's)."""

    kind: Literal["leje", "andel", "ejer"] = Field(default="leje", description="Rented, andel or owned.")
    rent_month: Money = Field(
        default=Decimal(0),
        description="Husleje a month without heating, water and electricity paid on account "
        "(for boligstøtte).",
    )
    area_m2: Area | None = Field(default=None, description="Living area in m² (bruttoetageareal).")
    heating: Literal["separate", "included"] = Field(
        default="separate",
        description="separate: heating is paid on top of the rent; included: heating and hot water are in "
        "the rent.",
    )
    electricity_included: bool = Field(default=False, description="Electricity is included in the rent.")


class KontanthjaelpDecision(StrictModel):
    """Kontanthjælp from the kommune (LAS §§ 16-20, after lov nr. 1655 af 30.12.2024)."""

    sats: Sats = Field(description="The sats on the afgørelse: mindstesats, grundsats or forhøjet sats.")
    hjemmeboende: bool = Field(
        default=False,
        description="Under 30 and living with a parent (hjemmeboende sats); the sats must then be typed.",
    )
    sats_month: Money | None = Field(
        default=None,
        description="The sats a month as the afgørelse shows it, before tillæg. Empty: the calculator's "
        "figure (not verified).",
    )
    aktivitetsparat: bool = Field(
        default=False, description="Aktivitetsparat (for særligt ungetillæg under 30 on grundsats)."
    )
    tilpasningstillaeg_month: Money = Field(
        default=Decimal(0),
        description="Midlertidigt tilpasningstillæg a month from the afgørelse (1.7.2025-30.6.2027).",
    )
    amount_month: Money = Field(
        description="Kontanthjælp paid a month before tax (sats and tillæg, without fritidstillæg), from "
        "the afgørelse."
    )
    months_received: WholeNumber = Field(
        default=12, ge=0, le=600, description="Months with kontanthjælp so far (fritidstillæg after 3)."
    )


class RessourceforloebDecision(StrictModel):
    """Ressourceforløbsydelse in a ressourceforløb or a jobafklaringsforløb (LAS kap. 6 a, 6 b)."""

    kind: Literal["ressourceforloeb", "jobafklaring"] = "ressourceforloeb"
    amount_month: Money = Field(description="Ressourceforløbsydelse a month before tax, from the afgørelse.")


class LedighedsydelseDecision(StrictModel):
    """Ledighedsydelse from the kommune to a person visiteret til fleksjob without a job (LAS kap. 7)."""

    amount_month: Money = Field(description="Ledighedsydelse a month before tax, from the afgørelse.")


class FleksjobDecision(StrictModel):
    """Visiteret til fleksjob: the work in the scenarios is a fleksjob with fleksløntilskud (LAB kap. 20)."""

    scenario_is_fleksjob: bool = Field(
        default=True, description="The work in the scenarios is a fleksjob (fleksløntilskud is paid)."
    )
    employer_pension_percent: Percent = Field(
        default=Decimal(0),
        description="The employer's pension contribution in % of the wage (it counts in the wage for "
        "fleksløntilskud).",
    )


class SygedagpengeDecision(StrictModel):
    """Sygedagpenge from the kommune, with partial return to work (delvis raskmelding, SDL § 53)."""

    amount_week: Money = Field(
        description="Sygedagpenge a week at full sick leave, from the afgørelse (before tax)."
    )
    normal_hours_per_week: NormalHours = Field(
        default=Decimal(37), description="The hours a week worked before the sick leave."
    )


class FoertidspensionDecision(StrictModel):
    """Førtidspension from Udbetaling Danmark (lov om social pension)."""

    amount_month: Money = Field(description="Førtidspension a month before tax, from the afgørelse.")
    granted_before_2003: bool = Field(
        default=False,
        description="Granted before 1.1.2003 (the old scheme): not calculated here.",
    )


class BoligstoetteDecision(StrictModel):
    """Boligstøtte from Udbetaling Danmark (lov om individuel boligstøtte)."""

    kind: Literal["boligsikring", "boligydelse"] = Field(
        default="boligsikring",
        description="boligsikring (everyone else, incl. førtidspension granted from 2003) or boligydelse "
        "(folkepension, førtidspension granted before 2003).",
    )
    amount_month: Money = Field(description="Boligstøtte a month, from the afgørelse.")
    formue: Money = Field(default=Decimal(0), description="The household's formue (savings etc.).")


class OtherIncome(StrictModel):
    """Income that does not change with the work scenario (per month before tax)."""

    pension_month: Money = Field(
        default=Decimal(0),
        description="Private or labour-market pension paid out (taxable, no AM-bidrag).",
    )


_ENLIG = at("person", {"properties": {"civil_status": {"const": "enlig"}}})  # enlig is the default


def _kh_not(schema: dict[str, Any]) -> dict[str, Any]:
    """No kontanthjælp, or one for which `schema` holds."""
    return {"properties": {"kontanthjaelp": {"anyOf": [{"type": "null"}, schema]}}}


class DKCase(CaseBase):
    """A Danish case: the household, the home, today's ydelser and the scenarios."""

    # What _consistent checks, stated in the JSON Schema (benefits_calc.schema_rules).
    model_config = ConfigDict(
        json_schema_extra=stated(
            either(
                {"allOf": [_ENLIG, not_given("partner")]},
                {"allOf": [{"not": _ENLIG}, given("partner")]},
            ),
            {
                "properties": {
                    "children": {"items": {"properties": {"alternating_residence": {"const": False}}}}
                }
            },
            either(
                _kh_not(differs("sats", "grundsats")),
                at("person", {"properties": {"age": {"maximum": YOUNG_AGE - 1}}}),
            ),
            either(
                _kh_not(differs("hjemmeboende", True)),
                {
                    "allOf": [
                        at("person", {"properties": {"age": {"maximum": YOUNG_AGE - 1}}}),
                        {"properties": {"children": {"maxItems": 0}}},
                        at("kontanthjaelp", given("sats_month")),
                    ]
                },
            ),
            at_most_one("kontanthjaelp", "ressourceforloeb", "ledighedsydelse", "foertidspension"),
            at_most_one("fleksjob", "foertidspension"),
        )
    )

    country: Literal["dk"] = "dk"
    person: Person
    partner: Partner | None = None
    children: list[Child] = Field(default_factory=list, max_length=12)
    housing: Housing = Field(default_factory=Housing)
    kontanthjaelp: KontanthjaelpDecision | None = None
    ressourceforloeb: RessourceforloebDecision | None = None
    ledighedsydelse: LedighedsydelseDecision | None = None
    fleksjob: FleksjobDecision | None = None
    sygedagpenge: SygedagpengeDecision | None = None
    foertidspension: FoertidspensionDecision | None = None
    boligstoette: BoligstoetteDecision | None = None
    other_income: OtherIncome = Field(default_factory=OtherIncome)

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        person = self.person
        if (person.civil_status == "enlig") != (self.partner is None):
            raise PydanticCustomError(
                "dk_partner_civil_status",
                "a partner goes with civil_status gift or samlevende, and gift or samlevende needs the "
                "partner",
            )
        if any(c.alternating_residence for c in self.children):
            raise PydanticCustomError(
                "dk_child_alternating",
                "a child counts where it is registered; alternating residence is not covered for Denmark",
            )
        kh = self.kontanthjaelp
        if kh is not None:
            if kh.sats == "grundsats" and person.age >= YOUNG_AGE:
                raise PydanticCustomError(
                    "dk_kh_grundsats_age", "grundsats is for people under 30 (LAS § 16)"
                )
            if kh.hjemmeboende and (person.age >= YOUNG_AGE or self.children):
                raise PydanticCustomError(
                    "dk_kh_hjemmeboende",
                    "the hjemmeboende sats is for people under 30 without children at home (LAS § 16)",
                )
            if kh.hjemmeboende and kh.sats_month is None:
                raise PydanticCustomError(
                    "dk_kh_hjemmeboende_sats",
                    "the hjemmeboende sats is not known to the calculator: type it from the afgørelse",
                )
        own_support = [
            name
            for name in ("kontanthjaelp", "ressourceforloeb", "ledighedsydelse", "foertidspension")
            if getattr(self, name) is not None
        ]
        if len(own_support) > 1:
            raise PydanticCustomError(
                "dk_two_ydelser",
                "only one of kontanthjælp, ressourceforløbsydelse, ledighedsydelse and førtidspension is "
                "paid "
                "at a time",
            )
        if self.fleksjob is not None and self.foertidspension is not None:
            raise PydanticCustomError(
                "dk_fleksjob_foertidspension", "a fleksjob is not combined with førtidspension"
            )
        return self

    @property
    def is_couple(self) -> bool:
        return self.partner is not None

    @property
    def is_married(self) -> bool:
        return self.person.civil_status == "gift"

    @property
    def persons(self) -> int:
        return 1 + (self.partner is not None) + len(self.children)
