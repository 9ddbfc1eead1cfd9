"""Parameters are data: every amount, rate and threshold with its effective date, unit and source.

Files: ``rules/<cc>/params/*.toml`` (installed as ``benefits_calc.rules.<cc>/params``). One table
per parameter, checked on load::

    [prisbasbelopp]
    label = "Prisbasbelopp"
    unit = "money/year"           # kind[:of][/period], from a fixed vocabulary (see UNIT_KINDS)
    uprating = { index = "KPI", note = "SFB 2 kap. 7 §" }    # optional: what the value follows
    [[prisbasbelopp.values]]
    from = 2026-01-01
    value = "59200"               # a string (exact Decimal), a table of strings, or a scale
    references = [ { law = "SFB 2 kap. 6-7 §§" }, { title = "Prisbasbelopp för 2026", url = "https://…" } ]
    verified = true               # false: not confirmed against an official source (then a note)
    note = "how it was derived, what is uncertain"

Optional keys of a parameter: ``units`` (a table value whose keys differ in unit, with
``unit = "mixed"``), ``bands = "age"`` (a table whose keys are bounds: "-20", "21-22", "29",
"30-"; `ParameterSet.band` picks by a number), ``optional = true`` (a scheme that is in force only
on its dates: before its first value or after an ``until`` it is not in force and
`ParameterSet.in_force` says so; no 0 sentinel). Optional keys of a value: ``until`` (the last day
it applies), ``derived`` (how an unverified value was computed, e.g. "2025 × 1,048").

A scale (tax brackets) is an array of tables: ``value = [ { from = "0", rate = "0.1264" }, … ]``.

``params/_meta.toml`` holds ``confirmed_through`` (the last date whose rules a maintainer has
checked). A date before a (not optional) parameter's first value is an error; a date after
``confirmed_through`` uses the last values and carries a visible "rules not confirmed" warning.
Changing next year's figures is a data change only: add a ``[[name.values]]`` entry.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from functools import lru_cache, wraps
from importlib import resources
from itertools import pairwise
from typing import Any, TypeVar

from benefits_calc.explain import Notice
from benefits_calc.numbers import decimal_text

#: The kinds of unit a parameter can have (``unit = "kind[:of][/period]"``).
UNIT_KINDS = {
    "money": "an amount in the country's currency",
    "multiple": "a multiple of another parameter (``multiple:prisbasbelopp``)",
    "fraction": "a share, 0.25 = 25 %",
    "percent": "a rate written in percent, 32.38 = 32,38 %",
    "factor": "a plain number (a divisor, a coefficient)",
    "count": "a number of things",
    "years": "years",
    "months": "months",
    "weeks": "weeks",
    "days": "days",
    "hours": "hours",
    "m2": "square metres",
    "mixed": "a table whose keys have their own units (``units``)",
}
PERIODS = ("year", "month", "week", "day", "hour")
VALUE_KEYS = {"from", "until", "value", "references", "verified", "note", "derived"}
SERIES_KEYS = {"label", "unit", "units", "values", "uprating", "bands", "optional"}
REFERENCE_KEYS = {"law", "title", "url"}


class ParameterError(Exception):
    """A parameter file is malformed or a parameter is missing."""


class OutOfCoverageError(ParameterError):
    """The date is before the first value of a parameter: these rules do not cover it."""

    def __init__(self, name: str, on: date, first: date) -> None:
        super().__init__(f"{name}: no value before {first.isoformat()} (asked for {on.isoformat()})")
        self.name, self.on, self.first = name, on, first


class NotInForceError(ParameterError):
    """An optional parameter (a scheme with dates) was read on a date it is not in force: the rule
    should have asked `ParameterSet.in_force` first."""


Scale = tuple[dict[str, Decimal], ...]
Value = Decimal | dict[str, Decimal] | Scale
R = TypeVar("R")


@dataclass(frozen=True, slots=True)
class Unit:
    """A parsed unit: kind (UNIT_KINDS), what a multiple is of, and the period of an amount."""

    kind: str
    of: str = ""
    period: str = ""

    @classmethod
    def parse(cls, text: str, where: str) -> Unit:
        m = re.fullmatch(r"([a-z0-9]+)(?::([a-z_0-9]+))?(?:/([a-z]+))?", text)
        if m is None or m.group(1) not in UNIT_KINDS or (m.group(3) and m.group(3) not in PERIODS):
            raise ParameterError(
                f"{where}: unit {text!r} is not kind[:of][/period] with kind in {sorted(UNIT_KINDS)} "
                f"and period in {PERIODS}"
            )
        kind, of, period = m.group(1), m.group(2) or "", m.group(3) or ""
        if (kind == "multiple") != bool(of):
            raise ParameterError(f"{where}: unit {text!r}: a multiple names what it is of, nothing else does")
        return cls(kind, of, period)

    def __str__(self) -> str:
        return self.kind + (f":{self.of}" if self.of else "") + (f"/{self.period}" if self.period else "")


@dataclass(frozen=True, slots=True)
class Reference:
    """Where a figure comes from: a law section, a document's title and/or its official URL."""

    law: str = ""
    title: str = ""
    url: str = ""

    def text(self) -> str:
        return " ".join(x for x in (self.law, self.title, self.url) if x)

    def as_dict(self) -> dict[str, str]:
        return {k: v for k, v in (("law", self.law), ("title", self.title), ("url", self.url)) if v}


@dataclass(frozen=True, slots=True)
class Uprating:
    """Which index or amount a parameter follows from year to year (satsreguleringsprocent,
    kansaneläkeindeksi, palkkakerroin, prisbasbelopp …), so an unverified value can say how it
    was derived."""

    index: str
    note: str = ""


@dataclass(frozen=True, slots=True)
class Param:
    """One parameter's value in force on a date, with what a reader needs to check it."""

    name: str
    value: Value
    unit: str
    label: str
    effective_from: date
    references: tuple[Reference, ...]
    verified: bool
    note: str = ""
    until: date | None = None
    units: dict[str, str] = field(default_factory=dict)
    uprating: Uprating | None = None
    derived: str = ""

    @property
    def reference(self) -> str:
        """The references as one line of text (law; title url; …)."""
        return "; ".join(r.text() for r in self.references)

    def unit_of(self, key: str | None = None) -> Unit:
        """The unit of the value (of one key of a mixed table)."""
        text = self.units.get(key, self.unit) if key is not None else self.unit
        return Unit.parse(text, self.name)

    def as_dict(self) -> dict[str, Any]:
        value: Any
        if isinstance(self.value, dict):
            value = {k: decimal_text(v) for k, v in self.value.items()}
        elif isinstance(self.value, tuple):
            value = [{k: decimal_text(v) for k, v in b.items()} for b in self.value]
        else:
            value = decimal_text(self.value)
        out: dict[str, Any] = {
            "name": self.name,
            "label": self.label,
            "value": value,
            "unit": self.unit,
            "effective_from": self.effective_from.isoformat(),
            "until": self.until.isoformat() if self.until else None,
            "reference": self.reference,
            "references": [r.as_dict() for r in self.references],
            "verified": self.verified,
            "note": self.note,
        }
        if self.units:
            out["units"] = dict(self.units)
        if self.uprating is not None:
            out["uprating"] = {"index": self.uprating.index, "note": self.uprating.note}
        if self.derived:
            out["derived"] = self.derived
        return out


@dataclass(frozen=True, slots=True)
class _Entry:
    effective_from: date
    until: date | None
    value: Value
    references: tuple[Reference, ...]
    verified: bool
    note: str
    derived: str


@dataclass(frozen=True, slots=True)
class _Series:
    name: str
    unit: str
    label: str
    entries: tuple[_Entry, ...]  # sorted by date
    units: dict[str, str] = field(default_factory=dict)
    uprating: Uprating | None = None
    optional: bool = False
    bands: str = ""

    def entry(self, on: date) -> _Entry | None:
        chosen = None
        for e in self.entries:
            if e.effective_from <= on:
                chosen = e
            else:
                break
        if chosen is not None and chosen.until is not None and on > chosen.until:
            return None
        return chosen

    def at(self, on: date) -> Param:
        chosen = self.entry(on)
        if chosen is None:
            first = self.entries[0].effective_from
            if self.optional:
                raise NotInForceError(f"{self.name} is not in force on {on.isoformat()}")
            if on >= first:  # an ended value of a parameter that is not optional
                raise NotInForceError(f"{self.name} ended before {on.isoformat()}")
            raise OutOfCoverageError(self.name, on, first)
        return Param(
            self.name,
            chosen.value,
            self.unit,
            self.label,
            chosen.effective_from,
            chosen.references,
            chosen.verified,
            chosen.note,
            chosen.until,
            self.units,
            self.uprating,
            chosen.derived,
        )


def _decimal(raw: Any, where: str) -> Decimal:
    if isinstance(raw, bool) or not isinstance(raw, (int, str)):
        raise ParameterError(f"{where}: a value must be a number string, got {raw!r}")
    try:
        return Decimal(str(raw))
    except Exception as exc:  # decimal.InvalidOperation
        raise ParameterError(f"{where}: not a number: {raw!r}") from exc


def _value(raw: Any, where: str) -> Value:
    if isinstance(raw, dict):
        return {str(k): _decimal(v, f"{where}.{k}") for k, v in raw.items()}
    if isinstance(raw, list):
        if not raw or not all(isinstance(b, dict) and "from" in b for b in raw):
            raise ParameterError(f"{where}: a scale is a list of tables, each with 'from'")
        scale = tuple(
            {str(k): _decimal(v, f"{where}[{i}].{k}") for k, v in b.items()} for i, b in enumerate(raw)
        )
        if any(a["from"] >= b["from"] for a, b in pairwise(scale)):
            raise ParameterError(f"{where}: a scale's brackets must rise")
        return scale
    return _decimal(raw, where)


def _references(raw: Any, where: str) -> tuple[Reference, ...]:
    if not isinstance(raw, list) or not raw:
        raise ParameterError(f"{where}: every value needs references = [ {{ law/title/url }} … ]")
    out = []
    for r in raw:
        if (
            not isinstance(r, dict)
            or not r
            or set(r) - REFERENCE_KEYS
            or not any(str(v).strip() for v in r.values())
        ):
            raise ParameterError(f"{where}: a reference is a table of law, title and/or url: {r!r}")
        url = str(r.get("url", ""))
        if url and not url.startswith(("https://", "http://")):
            raise ParameterError(f"{where}: not a URL: {url!r}")
        out.append(Reference(str(r.get("law", "")), str(r.get("title", "")), url))
    return tuple(out)


BAND = re.compile(r"(\d*)(-?)(\d*)")


def band_bounds(key: str) -> tuple[Decimal, Decimal]:
    """'21-22' -> (21, 22); '29' -> (29, 29); '-20' -> (-inf, 20); '30-' -> (30, +inf)."""
    m = BAND.fullmatch(key)
    if m is None or not (m.group(1) or m.group(3)):
        raise ParameterError(f"band key {key!r} is not N, N-M, -M or N-")
    low = Decimal(m.group(1)) if m.group(1) else Decimal("-Infinity")
    high = Decimal(m.group(3)) if m.group(3) else (Decimal("Infinity") if m.group(2) else low)
    return low, high


def _series(name: str, spec: Any, where: str) -> _Series:
    if not isinstance(spec, dict):
        raise ParameterError(f"{where}: a parameter is a table")
    unknown = set(spec) - SERIES_KEYS
    if unknown:
        raise ParameterError(f"{where}: unknown keys {sorted(unknown)}")
    for key in ("label", "unit", "values"):
        if key not in spec:
            raise ParameterError(f"{where}: missing {key!r}")
    unit = str(spec["unit"])
    Unit.parse(unit, where)
    units = {str(k): str(v) for k, v in (spec.get("units") or {}).items()}
    for k, u in units.items():
        Unit.parse(u, f"{where}.units.{k}")
    if (unit == "mixed") != bool(units):
        raise ParameterError(f"{where}: unit 'mixed' goes with units = {{…}}, and only with it")
    uprating = None
    if "uprating" in spec:
        up = spec["uprating"]
        if not isinstance(up, dict) or "index" not in up or set(up) - {"index", "note"}:
            raise ParameterError(f"{where}: uprating = {{ index = …, note = … }}")
        uprating = Uprating(str(up["index"]), str(up.get("note", "")))
    entries = []
    for v in spec["values"]:
        extra = set(v) - VALUE_KEYS
        if extra:
            raise ParameterError(f"{where}: unknown keys in a value: {sorted(extra)}")
        for key in ("from", "value", "references", "verified"):
            if key not in v:
                raise ParameterError(f"{where}: a value without {key!r}")
        if not isinstance(v["from"], date) or ("until" in v and not isinstance(v["until"], date)):
            raise ParameterError(f"{where}: from and until are dates (YYYY-MM-DD)")
        if not isinstance(v["verified"], bool):
            raise ParameterError(f"{where}: verified is true or false")
        if v["verified"] is False and not str(v.get("note", "")).strip():
            raise ParameterError(f"{where}: an unverified value needs a note saying what it rests on")
        value = _value(v["value"], where)
        if units and (not isinstance(value, dict) or set(value) - set(units)):
            raise ParameterError(f"{where}: every key of a mixed table needs its unit")
        entries.append(
            _Entry(
                v["from"],
                v.get("until"),
                value,
                _references(v["references"], where),
                v["verified"],
                str(v.get("note", "")),
                str(v.get("derived", "")),
            )
        )
    if not entries:
        raise ParameterError(f"{where}: no values")
    entries.sort(key=lambda e: e.effective_from)
    for a, b in pairwise(entries):
        if a.effective_from == b.effective_from:
            raise ParameterError(f"{where}: two values from {a.effective_from}")
        if a.until is not None and a.until >= b.effective_from:
            raise ParameterError(f"{where}: a value ends after the next one starts")
    bands = str(spec.get("bands", ""))
    if bands:
        for e in entries:
            if not isinstance(e.value, dict):
                raise ParameterError(f"{where}: bands need a table value")
            bounds = sorted(band_bounds(k) for k in e.value)
            if any(a[1] >= b[0] for a, b in pairwise(bounds)):
                raise ParameterError(f"{where}: bands overlap")
    return _Series(
        name,
        unit,
        str(spec["label"]),
        tuple(entries),
        units,
        uprating,
        bool(spec.get("optional", False)),
        bands,
    )


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
            except (OutOfCoverageError, NotInForceError):
                continue
        return out

    @property
    def first_date(self) -> date:
        """The first date on which any parameter has a value."""
        return min(s.entries[0].effective_from for s in self.series.values())

    @property
    def first_covered(self) -> date:
        """The first date on which every parameter the rules always need (not optional) has a value:
        from it on a case can be calculated."""
        needed = [s.entries[0].effective_from for s in self.series.values() if not s.optional]
        return max(needed) if needed else self.first_date

    def not_in_force(self, on: date) -> list[str]:
        """The parameters that have no value on `on` (not yet, ended, or a scheme not running)."""
        return [s.name for s in self.series.values() if s.entry(on) is None]


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
            series[name] = _series(name, spec, where)
    for s in series.values():
        for u in (s.unit, *s.units.values()):
            of = Unit.parse(u, s.name).of
            if of and of not in series:
                raise ParameterError(f"{country}:{s.name}: a multiple of {of!r}, which is not a parameter")
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

    __slots__ = (
        "_absent",
        "_base",
        "_cache",
        "_reads",
        "_series",
        "confirmed_through",
        "country",
        "date",
        "warnings",
    )

    def __init__(self, country: CountryParameters, on: date) -> None:
        self.country = country.country
        self.date = on
        self.confirmed_through = country.confirmed_through
        self._series = country.series
        self._cache: dict[str, Param] = {}
        self._absent: set[str] = set()  # names not in force on this date (in_force asked)
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
        view._cache, view._absent, view._series = self._cache, self._absent, self._series
        view.confirmed_through, view.country, view.date = self.confirmed_through, self.country, self.date
        view.warnings, view._base = self.warnings, self._base
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
        if name in self._cache:
            return True
        if name in self._absent:
            return False
        try:
            self._load(name)
        except (OutOfCoverageError, NotInForceError):
            self._absent.add(name)
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
    def _read(self, name: str) -> Value:
        try:
            value = self._cache[name].value
        except KeyError:
            value = self._load(name).value
        if self._reads is not None:
            self._reads.add(name)
        return value

    def v(self, name: str) -> Decimal:
        value = self._read(name)
        if not isinstance(value, Decimal):
            raise ParameterError(f"{name} is a table or a scale; use table() or scale()")
        return value

    def table(self, name: str) -> dict[str, Decimal]:
        value = self._read(name)
        if not isinstance(value, dict):
            raise ParameterError(f"{name} is a single value; use v()")
        return value

    def band(self, name: str, x: Decimal | int) -> Decimal:
        """The value of a banded table (``bands = …`` in the data) for the band holding `x`."""
        return self.table(name)[self.band_key(name, x)]

    def band_key(self, name: str, x: Decimal | int) -> str:
        """The key of the band of a banded table that holds `x` ("21-22" for 22)."""
        table = self.table(name)
        for key in table:
            low, high = band_bounds(key)
            if low <= x <= high:
                return key
        raise ParameterError(f"{name}: no band for {x}")

    def scale(self, name: str) -> Scale:
        """A scale's brackets (rising ``from``)."""
        value = self._read(name)
        if not isinstance(value, tuple):
            raise ParameterError(f"{name} is not a scale")
        return value

    def subset(self, names: set[str] | frozenset[str]) -> dict[str, Param]:
        """{name: Param} for `names` (an Outcome's `parameters`), sorted by name (the same output
        on every run)."""
        cache = self._cache
        return {n: cache[n] if n in cache else self._load(n) for n in sorted(names)}

    def used(self, names: list[str] | tuple[str, ...]) -> list[Param]:
        return [self[n] for n in names]

    def check_covered(self) -> None:
        """Raise OutOfCoverageError unless every parameter that is not optional has a value on
        this date."""
        for name, series in self._series.items():
            if not series.optional:
                self[name]


_RULE_CACHES: list[Callable[[], None]] = []


def clear_rule_caches() -> None:
    """Empty every `cached_rule` cache (a benchmark measuring a cold request)."""
    for clear in _RULE_CACHES:
        clear()


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
        _RULE_CACHES.append(compute.cache_clear)
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
    "NotInForceError",
    "OutOfCoverageError",
    "Param",
    "ParameterError",
    "ParameterSet",
    "Reference",
    "cached_rule",
    "load_country",
    "parameters",
]
