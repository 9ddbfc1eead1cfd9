from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from benefits_calc.money import D, ceil_to, floor_to, round_half_down, round_half_up
from benefits_calc.parameters import NotInForceError, OutOfCoverageError, Unit, load_country, parameters


def test_rounding_as_authorities_round() -> None:
    # FK: 134 274 / 12 = 11 189.50 -> 11 190 (half up); 10 183.25 -> 10 183
    assert round_half_up(D(134274) / 12) == 11190
    assert round_half_up(D("10183.25")) == 10183
    # Pensionsavgift: nearest 100, exact 50 down: 2 350 -> 2 300, 2 351 -> 2 400
    assert round_half_down(D(2350), 100) == 2300 and round_half_down(D(2351), 100) == 2400
    # Grundavdrag rounds up to 100: 25 041.60 -> 25 100; FFI rounds down: 123 456 -> 123 400
    assert ceil_to(D("25041.60"), 100) == 25100 and floor_to(D(123456), 100) == 123400
    with pytest.raises(TypeError):
        D(1.5)  # type: ignore[arg-type]


def test_values_by_date_and_coverage() -> None:
    assert parameters("se", date(2025, 6, 1)).v("prisbasbelopp") == Decimal(58800)
    assert parameters("se", date(2026, 1, 1)).v("prisbasbelopp") == Decimal(59200)
    assert parameters("se", date(2026, 1, 1)).warnings == []
    # after the confirmed rules: last values, with a visible warning (never a silent 0)
    later = parameters("se", date(2027, 2, 1))
    assert later.v("prisbasbelopp") == Decimal(59200)
    assert [w.msg for w in later.warnings] == ["engine.rules_not_confirmed"]
    # before the first value: an error
    with pytest.raises(OutOfCoverageError):
        parameters("se", date(2023, 12, 31)).v("prisbasbelopp")


def test_every_parameter_has_references_date_and_a_unit_from_the_vocabulary() -> None:
    cp = load_country("se")
    assert cp.series, "no parameters loaded"
    for s in cp.series.values():
        Unit.parse(s.unit, s.name)  # raises for a unit outside the vocabulary
        for e in s.entries:
            assert e.references and e.effective_from.year >= 1990
            assert all(r.law or r.title or r.url for r in e.references)
            if not e.verified:
                assert e.note.strip(), f"{s.name} {e.effective_from}: unverified values need a note"


def _load(tmp_path, monkeypatch, text: str):
    """Load a country whose only parameter file is `text` (the loader's checks on bad data)."""
    import benefits_calc.parameters as params

    folder = tmp_path / "params"
    folder.mkdir()
    (folder / "_meta.toml").write_text("confirmed_through = 2026-12-31\n")
    (folder / "x.toml").write_text(text)
    monkeypatch.setattr(params, "_params_dir", lambda country: folder)
    params.load_country.cache_clear()
    try:
        return params.load_country("zz")
    finally:
        params.load_country.cache_clear()


GOOD = """
[a]
label = "A"
unit = "money/month"
[[a.values]]
from = 2026-01-01
value = "100"
references = [{ law = "X 1 §" }]
verified = true
"""


@pytest.mark.parametrize(
    ("change", "says"),
    [
        (('unit = "money/month"', 'unit = "SEK/month"'), "unit"),
        (('unit = "money/month"', 'unit = "money/fortnight"'), "unit"),
        (('unit = "money/month"', 'unit = "multiple"'), "multiple"),
        (('unit = "money/month"', 'unit = "multiple:nothing"'), "not a parameter"),
        (('references = [{ law = "X 1 §" }]', 'reference = "X 1 §"'), "unknown keys"),
        (('references = [{ law = "X 1 §" }]', "references = []"), "references"),
        (('references = [{ law = "X 1 §" }]', 'references = [{ url = "www.x.se" }]'), "not a URL"),
        (("verified = true", "verified = false"), "note"),
        (('value = "100"', 'value = "abc"'), "not a number"),
        (('value = "100"', 'value = [{ from = "10" }, { from = "5" }]'), "rise"),
        (('label = "A"', 'label = "A"\nbands = "age"'), "table"),
    ],
)
def test_the_loader_refuses_malformed_parameters(tmp_path, monkeypatch, change, says) -> None:
    from benefits_calc.parameters import ParameterError

    with pytest.raises(ParameterError, match=says):
        _load(tmp_path, monkeypatch, GOOD.replace(*change))


def test_bands_scales_optional_schemes_and_ends(tmp_path, monkeypatch) -> None:
    cp = _load(
        tmp_path,
        monkeypatch,
        GOOD
        + """
[b]
label = "B by age"
unit = "money/month"
bands = "age"
[[b.values]]
from = 2026-01-01
value = { "-20" = "1", "21-29" = "2", "30-" = "3" }
references = [{ title = "T", url = "https://example.org/t" }]
verified = true

[s]
label = "A scale"
unit = "fraction"
[[s.values]]
from = 2026-01-01
value = [{ from = "0", rate = "0.1" }, { from = "1000", rate = "0.2" }]
references = [{ law = "Y" }]
verified = true

[scheme]
label = "A scheme with dates"
unit = "money/month"
optional = true
[[scheme.values]]
from = 2026-03-01
until = 2026-06-30
value = "50"
references = [{ law = "Z" }]
verified = false
note = "A test figure."
derived = "none"
""",
    )
    p = cp.at(date(2026, 4, 1))
    # Bands: the bounds are the keys of the data.
    assert [p.band("b", age) for age in (0, 20, 21, 29, 30, 90)] == [1, 1, 2, 2, 3, 3]
    assert p.band_key("b", 25) == "21-29"
    assert [b["rate"] for b in p.scale("s")] == [Decimal("0.1"), Decimal("0.2")]
    # An optional scheme: in force between its dates only, no 0 sentinel.
    assert p.in_force("scheme") and p.v("scheme") == 50
    assert not cp.at(date(2026, 2, 1)).in_force("scheme") and not cp.at(date(2026, 7, 1)).in_force("scheme")
    assert cp.not_in_force(date(2026, 7, 1)) == ["scheme"]
    # asked again (the answer is kept), and through a tracking view sharing it: still not in
    # force, and asking is not a read
    ended = cp.at(date(2026, 7, 1))
    view = ended.tracking()
    assert not ended.in_force("scheme") and not ended.in_force("scheme") and not view.in_force("scheme")
    assert view.reads == frozenset()
    with pytest.raises(NotInForceError):
        view.v("scheme")
    assert p["scheme"].as_dict()["until"] == "2026-06-30"
    assert p["b"].reference == "T https://example.org/t"
