"""Properties of the Danish engine over random valid and invalid cases (hypothesis).

- amounts are never negative and never NaN; net income is defined for every valid case;
- legal maxima: kontanthjælp and førtidspension never above the decision letter's amount (work only
  lowers them),
  boligsikring at most 50.412 kr a year (× 1,25 with 4 or more children) = 4.201 / 5.251 kr a month
  (LBS § 23, 2026; it can rise with work when the boligstøtteloft stops), fleksløntilskud at most 98 % of the
  highest dagpenge (21.600 kr a month in 2026, 20.670 in 2025), sygedagpenge at most the letter's
  amount; a decision letter's amount above the modelled one is carried over (start from the letter);
- a sweep point equals the single calculation at that share;
- invalid input gives a pydantic ValidationError, never another exception.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from properties import assert_only_validation_error, assert_sweep_equals_single, bad_values

from benefits_calc import engine
from benefits_calc.models import WorkScenario

money = st.integers(min_value=0, max_value=40_000).map(Decimal)


@st.composite
def dk_cases(draw: Any) -> dict[str, Any]:
    age = draw(st.integers(18, 66))
    civil = draw(st.sampled_from(["enlig", "gift", "samlevende"]))
    n_children = draw(st.integers(0, 5))
    case: dict[str, Any] = {
        "country": "dk",
        "rule_date": draw(st.sampled_from(["2025-07-01", "2025-11-15", "2026-01-01", "2026-08-01"])),
        "person": {"age": age, "civil_status": civil, "member_of_folkekirken": draw(st.booleans())},
        "children": [{"age": draw(st.integers(0, 17))} for _ in range(n_children)],
        "housing": {
            "kind": draw(st.sampled_from(["leje", "leje", "andel", "ejer"])),
            "rent_month": str(draw(st.integers(0, 15000))),
            "heating": draw(st.sampled_from(["separate", "included"])),
        },
    }
    if draw(st.booleans()):
        case["housing"]["area_m2"] = str(draw(st.integers(20, 200)))
    if draw(st.booleans()):
        case["person"]["kommuneskat_percent"] = str(draw(st.integers(2250, 2630)) / Decimal(100))
    if civil != "enlig":
        case["partner"] = {
            "age": draw(st.integers(18, 80)),
            "work_income_month": str(draw(money)),
            "social_pension_month": str(draw(st.sampled_from([0, 0, 15000]))),
            "other_income_month": str(draw(st.integers(0, 5000))),
        }
    own = draw(st.sampled_from(["kh", "rfy", "ly", "fp", "sdp", "none"]))
    if own == "kh":
        sats = draw(st.sampled_from(["forhoejet", "mindstesats"] + (["grundsats"] if age < 30 else [])))
        kh: dict[str, Any] = {"sats": sats, "amount_month": str(draw(st.integers(0, 20000)))}
        if age < 30 and not n_children and draw(st.booleans()):
            kh["hjemmeboende"] = True
            kh["sats_month"] = str(draw(st.integers(1000, 5000)))
        elif draw(st.booleans()):
            kh["sats_month"] = str(draw(st.integers(5000, 15000)))
        kh["aktivitetsparat"] = draw(st.booleans())
        kh["months_received"] = draw(st.integers(0, 40))
        case["kontanthjaelp"] = kh
    elif own == "rfy":
        case["ressourceforloeb"] = {
            "kind": draw(st.sampled_from(["ressourceforloeb", "jobafklaring"])),
            "amount_month": str(draw(st.integers(3000, 20000))),
        }
    elif own == "ly":
        case["ledighedsydelse"] = {"amount_month": str(draw(st.integers(10000, 20000)))}
        if draw(st.booleans()):
            case["fleksjob"] = {"employer_pension_percent": str(draw(st.integers(0, 15)))}
    elif own == "fp":
        case["foertidspension"] = {"amount_month": str(draw(st.integers(5000, 23000)))}
    elif own == "sdp":
        case["sygedagpenge"] = {"amount_week": str(draw(st.integers(500, 6000)))}
    if draw(st.booleans()):
        case["boligstoette"] = {
            "kind": draw(st.sampled_from(["boligsikring", "boligsikring", "boligydelse"])),
            "amount_month": str(draw(st.integers(0, 5000))),
            "formue": str(draw(st.integers(0, 2_000_000))),
        }
    if draw(st.booleans()):
        case["other_income"] = {"pension_month": str(draw(st.integers(0, 8000)))}
    return case


scenarios = st.builds(
    lambda hours, wage: WorkScenario(
        hours_per_week=Decimal(hours), hourly_wage=Decimal(wage), full_time_hours_per_week=Decimal(37)
    ),
    st.integers(0, 37),
    st.integers(0, 400),
)


def _offset(b: Any) -> Decimal:
    """A reported amount above the modelled one is carried over (start from the decision letter)."""
    return max(
        (Decimal(str(s.values.get("offset", 0))) for s in b.steps if s.msg == "engine.adjust.reported"),
        default=Decimal(0),
    ).max(Decimal(0))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(dk_cases(), scenarios)
def test_amounts_defined_non_negative_within_maxima(data: dict[str, Any], s: WorkScenario) -> None:
    case = engine.parse_case(data)
    o = engine.run(case, s)
    assert o.net_income.is_finite()
    assert o.tax.amount >= 0 and o.tax.amount.is_finite()
    year = case.rule_date.year
    for b in o.benefits:
        assert b.amount.is_finite() and b.amount >= 0, (b.benefit, b.amount)
        if b.benefit == "dk.kontanthjaelp":
            assert b.amount <= Decimal(case.kontanthjaelp.amount_month)
        if b.benefit == "dk.boligsikring":
            top = Decimal(5251) if len(case.children) >= 4 else Decimal(4201)
            assert b.amount <= top + _offset(b)
        if b.benefit == "dk.foertidspension":
            assert b.amount <= Decimal(case.foertidspension.amount_month)
        if b.benefit == "dk.fleksloentilskud":
            assert b.amount <= (Decimal(21600) if year >= 2026 else Decimal(20670))
        if b.benefit == "dk.sygedagpenge":
            assert b.amount <= (Decimal(case.sygedagpenge.amount_week) * 52 / 12).quantize(Decimal(1)) + 1
    assert o.rule_date == case.rule_date


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(dk_cases(), st.integers(50, 300))
def test_sweep_equals_single_calculations(data: dict[str, Any], wage: int) -> None:
    like = WorkScenario(
        percent_of_full_time=Decimal(100), hourly_wage=Decimal(wage), full_time_hours_per_week=Decimal(37)
    )
    assert_sweep_equals_single(data, like)


@settings(max_examples=200, deadline=None)
@given(
    dk_cases(),
    st.sampled_from(
        [
            "person",
            "housing",
            "rule_date",
            "children",
            "partner",
            "kontanthjaelp",
            "boligstoette",
            "scenarios",
        ]
    ),
    bad_values,
)
def test_invalid_input_is_a_validation_error(data: dict[str, Any], key: str, value: Any) -> None:
    assert_only_validation_error({**data, key: value}, "dk")
