"""The Danish pipeline (rules/dk/pipeline.py) end to end on the examples in examples/dk/ and on cases
that test how the ydelser meet: the order, the decision letters, exclusions, the partner.

The figures of every example scenario are derived by hand in tests/cases/dk/*.toml; here the
structure is checked, with hand figures where a rule meets another.
"""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal as D
from pathlib import Path

import pytest
from ruletools import check_messages

from benefits_calc.engine import Calculation, calculate, parse_case
from benefits_calc.models import WorkScenario
from benefits_calc.parameters import OutOfCoverageError

EXAMPLES = Path(__file__).resolve().parents[3] / "examples" / "dk"
NAMES = sorted(p.name for p in EXAMPLES.glob("*.json"))


def load(name: str, **changes) -> dict:
    data = json.loads((EXAMPLES / name).read_text())
    data.update(changes)
    return data


def run(data: dict, hours: str, wage: str = "150"):
    s = WorkScenario(hours_per_week=D(hours), hourly_wage=D(wage), full_time_hours_per_week=D(37))
    return calculate(parse_case(data), [s])[-1]


def test_there_are_seven_examples_each_with_a_label():
    assert len(NAMES) == 7
    for name in NAMES:
        assert load(name)["label"]


@pytest.mark.parametrize("name", NAMES)
def test_every_example_agrees_with_its_letters_and_explains_every_step(name):
    outcomes = calculate(parse_case(load(name)))
    assert outcomes[0].scenario.hours_per_week == 0
    assert outcomes[0].baseline_mismatches == []
    for o in outcomes:
        for b in o.benefits:
            check_messages(b)
            assert b.amount >= 0
        check_messages(o.tax)
        assert o.reporting_duties
        assert any(d.benefit == "dk.skat" for d in o.reporting_duties)


def test_unverified_figures_are_listed_on_the_outcome():
    o = calculate(parse_case(load("kh_forhoejet_35.json")))[1]
    names = {p.name for p in o.unverified}
    assert {"kh_sats", "kh_fribelob_month", "kh_work_deduction_rate"} <= names
    assert "personfradrag" not in names  # verified (skm.dk)


def test_fleksjob_replaces_ledighedsydelse_when_working():
    o = run(load("fleksjob_12_timer.json"), "12", "180")
    assert o.benefit("dk.ledighedsydelse").amount == 0
    assert o.benefit("dk.fleksloentilskud").amount == D(18792)
    # Without the fleksjob, 12 hours beside ledighedsydelse: 30 % × 9.360 = 2.808 -> 16.808.
    data = load("fleksjob_12_timer.json")
    del data["fleksjob"]
    o = run(data, "12", "180")
    assert o.benefit("dk.ledighedsydelse").amount == D(16808)
    assert o.benefit("dk.fleksloentilskud") is None


def test_old_scheme_foertidspension_is_kept_and_marked_uncertain():
    data = load("fp_boligsikring_lille_job.json")
    data["foertidspension"] = {"amount_month": "15000", "granted_before_2003": True}
    o = run(data, "10", "140")
    fp = o.benefit("dk.foertidspension")
    assert fp.amount == D(15000) and fp.uncertain
    assert "engine.adjust.not_modelled" in {w.msg for w in o.warnings}


def test_an_owner_without_foertidspension_gets_no_boligsikring():
    data = load("kh_forhoejet_35.json")
    data["housing"]["kind"] = "ejer"
    o = calculate(parse_case(data))[0]
    assert o.benefit("dk.boligsikring").amount == 0
    assert "engine.adjust.excluded" in {w.msg for w in o.warnings}


def test_samlevende_partner_does_not_reduce_kontanthjaelp_but_counts_for_boligsikring():
    data = load("par_partner_arbejder.json")
    data["person"]["civil_status"] = "samlevende"
    data["kontanthjaelp"]["amount_month"] = "15969"  # 13.060 + børnetillæg 2.909, no spouse deduction
    o = calculate(parse_case(data))[0]
    assert o.benefit("dk.kontanthjaelp").amount == D(15969)
    assert o.baseline_mismatches == [] or all(m.benefit != "dk.kontanthjaelp" for m in o.baseline_mismatches)
    steps = {s.msg for s in o.benefit("dk.boligsikring").steps}
    assert "dk.bs.loft" in steps  # forhøjet sats and a partner: the boligstøtteloft


def test_kontanthjaelp_deducts_sygedagpenge_krone_for_krone():
    data = load("kh_forhoejet_35.json")
    data["sygedagpenge"] = {"amount_week": "1000", "normal_hours_per_week": "37"}
    data["kontanthjaelp"]["amount_month"] = "9868"
    o = calculate(parse_case(data))[0]
    # 1.000 × 52 / 12 = 4.333,33 -> 4.333 a month, deducted in full: 14.201 - 4.333 = 9.868, as the
    # afgørelse says (no mismatch).
    assert o.benefit("dk.sygedagpenge").amount == D(4333)
    assert o.benefit("dk.kontanthjaelp").amount == D(9868)
    assert o.baseline_mismatches == []


def test_only_one_own_ydelse_at_a_time():
    data = load("kh_forhoejet_35.json")
    data["foertidspension"] = {"amount_month": "20000"}
    with pytest.raises(Exception) as exc:
        parse_case(data)
    assert "dk_two_ydelser" in str(exc.value)


def test_coverage_starts_1_july_2025_for_kontanthjaelp_and_1_january_2025_otherwise():
    with pytest.raises(OutOfCoverageError):
        calculate(parse_case(load("kh_forhoejet_35.json", rule_date="2025-06-30")))
    assert calculate(parse_case(load("kh_forhoejet_35.json", rule_date="2025-07-01")))
    assert calculate(parse_case(load("sygedagpenge_delvis.json", rule_date="2025-03-01")))
    with pytest.raises(OutOfCoverageError):
        calculate(parse_case(load("sygedagpenge_delvis.json", rule_date="2024-12-31")))


def test_after_the_confirmed_rules_a_warning():
    o = calculate(parse_case(load("sygedagpenge_delvis.json", rule_date="2027-02-01")))[0]
    assert "engine.rules_not_confirmed" in {w.msg for w in o.warnings}


def test_reporting_duties_follow_the_ydelser():
    calc = Calculation(parse_case(load("kh_enlig_forsorger_boligsikring.json")))
    assert [d.benefit for d in calc.duties()] == [
        "dk.kontanthjaelp",
        "dk.boligsikring",
        "dk.boerne_og_ungeydelse",
        "dk.boernetilskud",
        "dk.skat",
    ]
    calc = Calculation(parse_case(load("fleksjob_12_timer.json")))
    assert [d.benefit for d in calc.duties()] == ["dk.ledighedsydelse", "dk.fleksloentilskud", "dk.skat"]


def test_rule_dates_2025_and_2026_differ_where_the_figures_do():
    a = run(load("kh_forhoejet_35.json", rule_date="2025-09-01"), "0")
    b = run(load("kh_forhoejet_35.json", rule_date="2026-03-01"), "0")
    assert a.rule_date == date(2025, 9, 1) and b.rule_date == date(2026, 3, 1)
    assert a.tax.annual != b.tax.annual


def test_a_couple_both_on_kontanthjaelp():
    # The spouse's own kontanthjælp is kept as typed and not deducted from the client's (the couple's
    # joint case is not computed): 13.060 + børnetillæg 2.909 = 15.969 for the client, a warning that the
    # client's pay also reduces the spouse's kontanthjælp, and the spouse's net in the household.
    data = load("par_partner_arbejder.json")
    data["partner"] = {"age": 40, "kontanthjaelp_month": "13060"}
    data["kontanthjaelp"]["amount_month"] = "15969"
    o = run(data, "10")
    assert o.baseline_mismatches == []
    kh = o.benefit("dk.kontanthjaelp")
    assert "dk.kh.notice.spouse_on_kh" in {n.msg for n in kh.notices}
    # 10 hours at 150: 65 % × (5.949,64 - 2.500) = 2.242,27; 15.969 - 2.242,27 = 13.726,73 -> 13.727.
    assert kh.amount == D(13727)
    assert o.other_income > 0  # the spouse's kontanthjælp after the spouse's tax
