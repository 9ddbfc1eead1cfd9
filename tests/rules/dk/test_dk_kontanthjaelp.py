"""Kontanthjælp after lov nr. 1655 af 30.12.2024 (rules/dk/kontanthjaelp.py).

No official worked example of the new kontanthjælp with work income was found (research
dk-verified.md § 8, W5). Every figure below is a hand calculation with the parameters in
rules/dk/params/kontanthjaelp.toml (most NOT verified, see there) at every threshold of the rule:

2026 (all derived × 1,045 from 2025): mindstesats 7.095, grundsats 7.529, forhøjet sats 13.060;
børnetillæg 2.909; tillæg enlige forsørgere 1.712; enlige ikke-forsørgere 1.141; særligt ungetillæg
1.083 (18-24) / 2.707 (25-29, forsørger); fribeløb 5.000 (mindste-, grundsats) / 2.500 (forhøjet) /
0 (hjemmeboende); 65 % above; the cap 85 % / 100 % of max dagpenge 22.041 = 18.734,85 / 22.041.
2025 from 1 July: forhøjet sats 12.498 (derived), tillæg enlige ikke-forsørgere 1.092 (Kalundborg
Kommune, official), fritidstillæg 112,50 kr per child for a single parent (kommune pages).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest
from benefits_calc.rules.dk import kontanthjaelp as kh
from benefits_calc.rules.dk.case import KontanthjaelpDecision
from pydantic import ValidationError
from ruletools import check_messages, notice_ids, step

from benefits_calc.engine import parse_case
from benefits_calc.parameters import OutOfCoverageError, parameters

P2026 = parameters("dk", date(2026, 6, 1))
P2025 = parameters("dk", date(2025, 7, 1))


def decision(sats="forhoejet", amount="0", **kw):
    return KontanthjaelpDecision(sats=sats, amount_month=D(amount), **kw)


def calc(d=None, *, p=P2026, age=35, enlig=True, married=False, children=0, work="0", other="0", **kw):
    return kh.calculate(
        d or decision(),
        age=age,
        enlig=enlig,
        married=married,
        children_count=children,
        work_income_month=D(work),
        other_income_month=D(other),
        p=p,
        **kw,
    )


def test_forhoejet_sats_single_without_children_not_working():
    # 13.060 + tillæg enlige ikke-forsørgere 1.141 = 14.201.
    r = calc()
    assert step(r, "dk.kh.sats") == {"sats_id": "dk.kh.sats.forhoejet", "sats": D(13060)}
    assert step(r, "dk.kh.enlig_ikke_forsorger")["tillaeg"] == D(1141)
    assert step(r, "dk.kh.base")["base"] == D(14201)
    assert r.amount == D(14201)
    assert "dk.kh.notice.sats_unverified" in notice_ids(r)
    check_messages(r)


@pytest.mark.parametrize(
    ("work", "deduction", "amount"),
    [
        ("2500", "0.00", 14201),  # exactly the fribeløb: nothing deducted
        ("2600", "65.00", 14136),  # 65 % of 100
        ("10000", "4875.00", 9326),  # 65 % × 7.500 = 4.875; 14.201 - 4.875 = 9.326
        ("17757", "9917.05", 4284),  # 14.201 - 9.917,05 = 4.283,95; + 17.757 = 22.040,95: just under the cap
    ],
)
def test_forhoejet_sats_fribelob_and_65_percent(work, deduction, amount):
    r = calc(work=work)
    s = step(r, "dk.kh.work")
    assert s["fribelob"] == D(2500)
    assert s["deduction"] == D(deduction)
    assert r.amount == D(amount)
    assert "dk.kh.notice.unverified_rule" in notice_ids(r)
    check_messages(r)


def test_forhoejet_sats_cap_at_the_highest_dagpenge():
    # Pay 17.758: 14.201 - 65 % × 15.258 (9.917,70) = 4.283,30; + 17.758 = 22.041,30 > 22.041:
    # krone for krone above the cap: 22.041 - 17.758 = 4.283.
    r = calc(work="17758")
    s = step(r, "dk.kh.cap")
    assert (s["cap"], s["after_cap"]) == (D("22041.00"), D("4283.00"))
    assert r.amount == D(4283)
    # Pay 18.000: 14.201 - 10.075 = 4.126; + 18.000 = 22.126 > 22.041: 22.041 - 18.000 = 4.041.
    assert calc(work="18000").amount == D(4041)


def test_kontanthjaelp_stops_at_the_highest_dagpenge_with_a_danger_notice():
    r = calc(work="22041")
    assert r.amount == 0
    assert step(r, "dk.kh.result_zero")["base"] == D(14201)
    assert "dk.kh.notice.stops" in notice_ids(r)
    check_messages(r)


def test_grundsats_25_aktivitetsparat_and_the_85_percent_cap():
    # 7.529 + enlige ikke-forsørgere 1.141 + særligt ungetillæg (25-29) 2.707 = 11.377.
    d = decision("grundsats", aktivitetsparat=True)
    r = calc(d, age=25)
    assert step(r, "dk.kh.ungetillaeg")["tillaeg"] == D(2707)
    assert r.amount == D(11377)
    # Pay 6.000: 65 % × 1.000 = 650 -> 10.727 (+ 6.000 = 16.727 < 18.734,85).
    assert calc(d, age=25, work="6000").amount == D(10727)
    # Pay 12.000: 65 % × 7.000 = 4.550 -> 6.827; + 12.000 = 18.827 > 18.734,85:
    # 18.734,85 - 12.000 = 6.734,85 -> 6.735.
    r = calc(d, age=25, work="12000")
    assert step(r, "dk.kh.cap")["cap"] == D("18734.85")
    assert r.amount == D(6735)


def test_young_tillaeg_by_age_and_children():
    # 22, ikke-forsørger: 7.529 + 1.141 + 1.083 = 9.753.
    assert calc(decision("grundsats", aktivitetsparat=True), age=22).amount == D(9753)
    # 20, single parent: 7.529 + børnetillæg 2.909 + enlige forsørgere 1.712 + ungetillæg 2.707 = 14.857.
    r = calc(decision("grundsats", aktivitetsparat=True), age=20, children=1)
    assert step(r, "dk.kh.enlig_forsorger")["tillaeg"] == D(1712)
    assert r.amount == D(14857)
    # Not aktivitetsparat: no ungetillæg. 7.529 + 1.141 = 8.670.
    assert calc(decision("grundsats"), age=22).amount == D(8670)


def test_mindstesats_single_parent():
    # 7.095 + børnetillæg 2.909 + tillæg enlige forsørgere 1.712 = 11.716; fribeløb 5.000.
    r = calc(decision("mindstesats"), children=2)
    assert r.amount == D(11716)
    assert step(calc(decision("mindstesats"), children=2, work="5000"), "dk.kh.work")["deduction"] == 0


def test_forhoejet_sats_single_parent_gets_boernetillaeg_but_not_the_enlig_tillaeg():
    # 13.060 + 2.909 = 15.969 (the single-parent tillæg is for mindstesats and grundsats only).
    r = calc(children=2)
    assert r.amount == D(15969)
    assert not [s for s in r.steps if s.msg in ("dk.kh.enlig_forsorger", "dk.kh.enlig_ikke_forsorger")]


def test_hjemmeboende_no_fribelob_no_cap_sats_from_the_letter():
    # Sats 3.972 typed from the afgørelse; pay 1.000: 65 % × 1.000 = 650 -> 3.322.
    d = decision("grundsats", hjemmeboende=True, sats_month=D(3972))
    r = calc(d, age=27, work="1000")
    assert step(r, "dk.kh.sats_letter") == {"sats_id": "dk.kh.sats.hjemmeboende", "sats": D(3972)}
    assert step(r, "dk.kh.work_no_fribelob")["deduction"] == D("650.00")
    assert r.amount == D(3322)
    ids = notice_ids(r)
    assert "dk.kh.notice.no_cap_hjemmeboende" in ids
    assert "dk.kh.notice.sats_unverified" not in ids
    check_messages(r)
    # 65 % of 6.110,77 = 3.972,00: nothing left.
    assert calc(d, age=27, work="6110.77").amount == 0


def test_married_spouse_income_is_deducted_samlevende_is_not():
    # Married: 13.060 (no tillæg for single people); spouse's pay after AM 10.000: 65 % × 7.500 = 4.875,
    # spouse's other income 1.000 in full: 5.875 deducted -> 7.185.
    r = calc(
        enlig=False,
        married=True,
        spouse_work_income_month=D(10000),
        spouse_other_income_month=D(1000),
        spouse_on_kontanthjaelp=True,
    )
    assert step(r, "dk.kh.spouse")["spouse_deduction"] == D("5875.00")
    assert r.amount == D(7185)
    assert "dk.kh.notice.spouse_on_kh" in notice_ids(r)
    # Samlevende: no duty to support, the partner's income does not count.
    r = calc(enlig=False, married=False, spouse_work_income_month=D(10000))
    assert r.amount == D(13060)
    assert step(r, "dk.kh.samlevende") == {}
    check_messages(r)


def test_other_income_krone_for_krone_and_the_letter_sats_replaces_the_figure():
    r = calc(other="2000")
    assert step(r, "dk.kh.other_income")["other_income"] == D(2000)
    assert r.amount == D(12201)
    r = calc(decision(sats_month=D(13000)))
    assert r.amount == D(14141)  # 13.000 + 1.141
    assert "dk.kh.notice.sats_unverified" not in notice_ids(r)


def test_2025_from_1_july():
    # 12.498 + 1.092 = 13.590.
    assert calc(p=P2025).amount == D(13590)
    with pytest.raises(OutOfCoverageError):
        calc(p=parameters("dk", date(2025, 6, 30)))


@pytest.mark.parametrize(
    ("p", "enlig", "children", "months", "kh_amount", "amount", "msg"),
    [
        (P2026, True, 2, 12, "100", "250", "dk.kh.fritid"),  # 2 × 125
        (P2025, True, 2, 12, "100", "225.00", "dk.kh.fritid"),  # 2 × 112,50
        (P2026, False, 4, 12, "100", "1500", "dk.kh.fritid"),  # at most 3 × 500
        (P2026, True, 2, 2, "100", "0", "dk.kh.fritid_not_yet"),  # after 3 months
        (P2026, True, 2, 12, "0", "0", "dk.kh.fritid_stops"),  # no kontanthjælp in the scenario
    ],
)
def test_fritidstillaeg(p, enlig, children, months, kh_amount, amount, msg):
    d = decision(months_received=months)
    r = kh.fritidstillaeg(d, children_count=children, enlig=enlig, kontanthjaelp_month=D(kh_amount), p=p)
    assert r is not None
    assert r.amount == D(amount)
    assert r.tax_free == r.amount
    assert r.steps[0].msg == msg
    check_messages(r)
    assert kh.fritidstillaeg(d, children_count=0, enlig=True, kontanthjaelp_month=D(1), p=p) is None


def _case(**kh_fields):
    return {
        "country": "dk",
        "rule_date": "2026-03-01",
        "person": {"age": kh_fields.pop("age", 35)},
        "kontanthjaelp": {"amount_month": "1000", **kh_fields},
    }


@pytest.mark.parametrize(
    ("fields", "error"),
    [
        ({"sats": "grundsats", "age": 30}, "dk_kh_grundsats_age"),
        ({"sats": "forhoejet", "hjemmeboende": True, "age": 31}, "dk_kh_hjemmeboende"),
        ({"sats": "grundsats", "hjemmeboende": True, "age": 27}, "dk_kh_hjemmeboende_sats"),
    ],
)
def test_the_case_refuses_what_the_law_excludes(fields, error):
    with pytest.raises(ValidationError) as exc:
        parse_case(_case(**fields))
    assert error in {e["type"] for e in exc.value.errors()}


def test_reporting_duty_to_the_kommune():
    (duty,) = kh.reporting_duties(decision())
    assert (duty.benefit, duty.authority) == ("dk.kontanthjaelp", "dk.kommune")
    assert "LAS § 91" in duty.reference
