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
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import lru_cache, wraps
from importlib import resources
from typing import Any, TypeVar

from benefits_calc.explain import Notice


class ParameterError(Exception):
    """A parameter file is malformed or a parameter is missing."""


class OutOfCoverageError(ParameterError):
    """The date is before the first value of a parameter: these rules do not cover it."""

    def __init__(self, name: str, on: date, first: date) -> None:
        super().__init__(f"{name}: no value before {first.isoformat()} (asked for {on.isoformat()})")
        self.name, self.on, self.first = name, on, first


Value = Decimal | dict[str, Decimal]
R = TypeVar("R")


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

    Provenance cannot drift: `tracking()` gives a view of the same values that records the name of
    every parameter read (`reads`), and the engine lists exactly those on an Outcome. A rule that
    caches its results uses `cached_rule`, which records the first computation's reads again on
    every hit.
    """

    __slots__ = ("_base", "_cache", "_reads", "_series", "confirmed_through", "country", "date", "warnings")

    def __init__(self, country: CountryParameters, on: date) -> None:
        self.country = country.country
        self.date = on
        self.confirmed_through = country.confirmed_through
        self._series = country.series
        self._cache: dict[str, Param] = {}
        self._reads: set[str] | None = None
        self._base: ParameterSet = self
        self.warnings: list[Notice] = []
        if on > country.confirmed_through:
            self.warnings.append(
                Notice(
                    "engine.rules_not_confirmed",
                    {"year": on.year, "confirmed_through": country.confirmed_through.isoformat()},
                    severity="warning",
                )
            )

    def tracking(self) -> ParameterSet:
        """The same parameters (sharing their cache), recording every name read in `reads`."""
        view = object.__new__(ParameterSet)
        for slot in ("_cache", "_series", "confirmed_through", "country", "date", "warnings", "_base"):
            setattr(view, slot, getattr(self, slot))
        view._reads = set()
        return view

    @property
    def base(self) -> ParameterSet:
        """The shared, untracked set (a cache key: equal dates share one)."""
        return self._base

    @property
    def reads(self) -> frozenset[str]:
        """Names of the parameters read through this view (empty when not tracking)."""
        return frozenset(self._reads or ())

    def note(self, names: frozenset[str] | set[str]) -> None:
        """Record parameters read elsewhere on this view's behalf (a cached computation)."""
        if self._reads is not None:
            self._reads.update(names)

    def __getitem__(self, name: str) -> Param:
        try:
            param = self._cache[name]
        except KeyError:
            param = self._load(name)
        if self._reads is not None:
            self._reads.add(name)
        return param

    def in_force(self, name: str) -> bool:
        """Whether the parameter has a value on this date (a rule that starts or ends on a date
        asks this instead of catching the error). Not a read: nothing is recorded."""
        try:
            self._cache[name] if name in self._cache else self._load(name)
        except OutOfCoverageError:
            return False
        return True

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
        if self._reads is not None:
            self._reads.add(name)
        if isinstance(value, dict):
            raise ParameterError(f"{name} is a table; use table()")
        return value

    def table(self, name: str) -> dict[str, Decimal]:
        try:
            value = self._cache[name].value
        except KeyError:
            value = self._load(name).value
        if self._reads is not None:
            self._reads.add(name)
        if not isinstance(value, dict):
            raise ParameterError(f"{name} is a single value; use v()")
        return value  # type: ignore[return-value]

    def subset(self, names: set[str] | frozenset[str]) -> dict[str, Param]:
        """{name: Param} for `names` (an Outcome's `parameters`), sorted by name (the same output
        on every run)."""
        cache = self._cache
        return {n: cache[n] if n in cache else self._load(n) for n in sorted(names)}

    def used(self, names: list[str] | tuple[str, ...]) -> list[Param]:
        return [self[n] for n in names]

    def check_covered(self) -> None:
        """Raise OutOfCoverageError unless every parameter has a value on this date."""
        for name in self._series:
            self[name]


def cached_rule(maxsize: int = 4096) -> Callable[[Callable[..., R]], Callable[..., R]]:
    """Cache a rule function whose result depends only on its arguments and its parameters ``p``
    (a keyword argument). The cache is keyed by the shared parameter set, and the parameters the
    first computation read are recorded on the caller's view on every hit, so an Outcome lists the
    same parameters whether a result came from the cache or not. Results must not be mutated."""

    def decorate(fn: Callable[..., R]) -> Callable[..., R]:
        @lru_cache(maxsize=maxsize)
        def compute(base: ParameterSet, *args: Any, **kwargs: Any) -> tuple[R, frozenset[str]]:
            view = base.tracking()
            return fn(*args, p=view, **kwargs), view.reads

        @wraps(fn)
        def rule(*args: Any, p: ParameterSet, **kwargs: Any) -> R:
            result, reads = compute(p.base, *args, **kwargs)
            if p._reads is not None:
                p._reads.update(reads)
            return result

        rule.cache_clear = compute.cache_clear  # type: ignore[attr-defined]
        return rule

    return decorate


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
    "cached_rule",
    "load_country",
    "parameters",
]
