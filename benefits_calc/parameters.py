"""Parameters are data: every amount, rate and threshold with its effective date, unit and source.

Files: ``rules/<cc>/params/*.toml`` (installed as ``benefits_calc.rules.<cc>/params``). One table
per parameter::

    [prisbasbelopp]
    unit = "SEK/year"
    label = "Prisbasbelopp"
    [[prisbasbelopp.values]]
    from = 2026-01-01
    value = "59200"              # a string (exact Decimal), or an inline table of strings
    reference = "SFB 2 kap. 6-7 §§; https://www.regeringen.se/..."
    verified = true              # false: not confirmed against an official source
    note = "optional: how it was derived, what is uncertain"

``params/_meta.toml`` holds ``confirmed_through`` (the last date whose rules a maintainer has
checked). A date before a parameter's first value is an error; a date after
``confirmed_through`` uses the last values and carries a visible "rules not confirmed" warning.
Changing next year's figures is a data change only: add a ``[[name.values]]`` entry.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import lru_cache
from importlib import resources
from typing import Any

from benefits_calc.explain import Notice


class ParameterError(Exception):
    """A parameter file is malformed or a parameter is missing."""


class OutOfCoverageError(ParameterError):
    """The date is before the first value of a parameter: these rules do not cover it."""

    def __init__(self, name: str, on: date, first: date) -> None:
        super().__init__(f"{name}: no value before {first.isoformat()} (asked for {on.isoformat()})")
        self.name, self.on, self.first = name, on, first


Value = Decimal | dict[str, Decimal]


@dataclass(frozen=True, slots=True)
class Param:
    """One parameter's value in force on a date, with what a reader needs to check it."""

    name: str
    value: Value
    unit: str
    label: str
    effective_from: date
    reference: str
    verified: bool
    note: str = ""

    def as_dict(self) -> dict[str, Any]:
        value: Any = (
            {k: str(v) for k, v in self.value.items()} if isinstance(self.value, dict) else str(self.value)
        )
        return {
            "name": self.name,
            "label": self.label,
            "value": value,
            "unit": self.unit,
            "effective_from": self.effective_from.isoformat(),
            "reference": self.reference,
            "verified": self.verified,
            "note": self.note,
        }


@dataclass(frozen=True, slots=True)
class _Entry:
    effective_from: date
    value: Value
    reference: str
    verified: bool
    note: str


@dataclass(frozen=True, slots=True)
class _Series:
    name: str
    unit: str
    label: str
    entries: tuple[_Entry, ...]  # sorted by date

    def at(self, on: date) -> Param:
        chosen = None
        for e in self.entries:
            if e.effective_from <= on:
                chosen = e
            else:
                break
        if chosen is None:
            raise OutOfCoverageError(self.name, on, self.entries[0].effective_from)
        return Param(
            self.name,
            chosen.value,
            self.unit,
            self.label,
            chosen.effective_from,
            chosen.reference,
            chosen.verified,
            chosen.note,
        )


def _decimal(raw: Any, where: str) -> Value:
    if isinstance(raw, dict):
        return {str(k): _decimal(v, f"{where}.{k}") for k, v in raw.items()}  # type: ignore[misc]
    if isinstance(raw, bool) or not isinstance(raw, (int, str, float)):
        raise ParameterError(f"{where}: value must be a number string, got {raw!r}")
    try:
        return Decimal(str(raw))
    except Exception as exc:  # decimal.InvalidOperation
        raise ParameterError(f"{where}: not a number: {raw!r}") from exc


@dataclass(frozen=True)
class CountryParameters:
    """All parameter series of one country, as read from its data files."""

    country: str
    confirmed_through: date
    series: dict[str, _Series]

    def at(self, on: date) -> ParameterSet:
        return _parameter_set(self.country, on)

    def all_at(self, on: date) -> list[Param]:
        """Every parameter in force on `on` (those not yet in force on that date are left out)."""
        out = []
        for s in self.series.values():
            try:
                out.append(s.at(on))
            except OutOfCoverageError:
                continue
        return out


def _params_dir(country: str):
    return resources.files(f"benefits_calc.rules.{country}").joinpath("params")


@lru_cache(maxsize=8)
def load_country(country: str) -> CountryParameters:
    """Read and check every ``params/*.toml`` of a country (cached: files are read once)."""
    folder = _params_dir(country)
    meta_file = folder.joinpath("_meta.toml")
    meta = tomllib.loads(meta_file.read_text(encoding="utf-8"))
    series: dict[str, _Series] = {}
    for f in sorted(folder.iterdir(), key=lambda p: p.name):
        if not f.name.endswith(".toml") or f.name == "_meta.toml":
            continue
        data = tomllib.loads(f.read_text(encoding="utf-8"))
        for name, spec in data.items():
            where = f"{country}/{f.name}:{name}"
            if name in series:
                raise ParameterError(f"{where}: defined twice")
            try:
                entries = tuple(
                    sorted(
                        (
                            _Entry(
                                v["from"],
                                _decimal(v["value"], where),
                                str(v["reference"]),
                                bool(v["verified"]),
                                str(v.get("note", "")),
                            )
                            for v in spec["values"]
                        ),
                        key=lambda e: e.effective_from,
                    )
                )
                unit = str(spec["unit"])
            except KeyError as exc:
                raise ParameterError(f"{where}: missing {exc}") from exc
            if not entries:
                raise ParameterError(f"{where}: no values")
            for e in entries:
                if not isinstance(e.effective_from, date) or not e.reference.strip():
                    raise ParameterError(f"{where}: every value needs a date and a reference")
            series[name] = _Series(name, unit, str(spec.get("label", name)), entries)
    return CountryParameters(country, meta["confirmed_through"], series)


class ParameterSet:
    """The parameters of one country in force on one date.

    ``p["name"]`` gives the `Param`; ``p.v("name")`` its Decimal value; ``p.table("name")`` a
    table value. `warnings` says when the date lies beyond the confirmed rules.
    """

    __slots__ = ("_cache", "_series", "confirmed_through", "country", "date", "warnings")

    def __init__(self, country: CountryParameters, on: date) -> None:
        self.country = country.country
        self.date = on
        self.confirmed_through = country.confirmed_through
        self._series = country.series
        self._cache: dict[str, Param] = {}
        self.warnings: list[Notice] = []
        if on > country.confirmed_through:
            self.warnings.append(
                Notice(
                    "engine.rules_not_confirmed",
                    {"year": on.year, "confirmed_through": country.confirmed_through.isoformat()},
                    severity="warning",
                )
            )

    def __getitem__(self, name: str) -> Param:
        try:
            return self._cache[name]
        except KeyError:
            return self._load(name)

    def _load(self, name: str) -> Param:
        series = self._series.get(name)
        if series is None:
            raise ParameterError(f"{self.country}: unknown parameter {name!r}")
        p = series.at(self.date)
        self._cache[name] = p
        return p

    # v() and table() are called tens of times per scenario: they read the cache directly.
    def v(self, name: str) -> Decimal:
        try:
            value = self._cache[name].value
        except KeyError:
            value = self._load(name).value
        if isinstance(value, dict):
            raise ParameterError(f"{name} is a table; use table()")
        return value

    def table(self, name: str) -> dict[str, Decimal]:
        try:
            value = self._cache[name].value
        except KeyError:
            value = self._load(name).value
        if not isinstance(value, dict):
            raise ParameterError(f"{name} is a single value; use v()")
        return value  # type: ignore[return-value]

    def subset(self, names: set[str] | frozenset[str]) -> dict[str, Param]:
        """{name: Param} for `names` (an Outcome's `parameters`), in the order of `names`."""
        cache = self._cache
        return {n: cache[n] if n in cache else self._load(n) for n in names}

    def used(self, names: list[str] | tuple[str, ...]) -> list[Param]:
        return [self[n] for n in names]

    def check_covered(self) -> None:
        """Raise OutOfCoverageError unless every parameter has a value on this date."""
        for name in self._series:
            self[name]


@lru_cache(maxsize=256)
def _parameter_set(country: str, on: date) -> ParameterSet:
    return ParameterSet(load_country(country), on)


def parameters(country: str, on: date) -> ParameterSet:
    """The (cached) parameter set of `country` on `on`."""
    return _parameter_set(country, on)


__all__ = [
    "CountryParameters",
    "OutOfCoverageError",
    "Param",
    "ParameterError",
    "ParameterSet",
    "load_country",
    "parameters",
]
