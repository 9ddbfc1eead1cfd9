"""Structured explanations: the engine knows no language.

A rule returns its amount with the `Step`s that made it: a message id, the numbers used and the
names of the parameters behind them. `web/` (and the CLI's English renderer) turn message ids into
sentences with Babel catalogs; numbers are formatted, never translated.

Value-key convention (how a renderer formats a value), by the key's suffix:
``*_rate``/``*_share`` a fraction shown as a percent; ``*_factor`` a plain number;
``*_hours``, ``*_days``, ``*_months``, ``*_count``, ``year`` a plain number; ``*_date`` an ISO
date string; ``*_id`` a message id to translate; any other Decimal is money in the country's
currency (the period is the message's: "a month"/"a year").
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

Severity = Literal["info", "warning", "danger"]


# Steps and notices are built ~30 times per scenario (a sweep: 3 000 times). The generated
# __init__ of a frozen dataclass is about twice as slow as these hand-written ones, which do the
# same: set each field once (object.__setattr__, as the frozen class requires), a new dict for
# omitted values. The classes stay frozen; eq, hash and repr are still generated.
_set = object.__setattr__
_NO_VALUES: Any = object()  # "values not given" (the field's default_factory=dict)


@dataclass(frozen=True, slots=True, init=False)
class Step:
    """One line of a worked example: message id, the values in it, the parameters behind it, and
    the law section of the step's own logic (`law`, e.g. "SFB 96 kap. 10-11 §§") where it is not
    already the parameters' reference."""

    msg: str
    values: Mapping[str, Any] = field(default_factory=dict)
    params: tuple[str, ...] = ()
    law: str = ""

    def __init__(
        self, msg: str, values: Mapping[str, Any] = _NO_VALUES, params: tuple[str, ...] = (), law: str = ""
    ):
        _set(self, "msg", msg)
        _set(self, "values", {} if values is _NO_VALUES else values)
        _set(self, "params", params)
        _set(self, "law", law)


@dataclass(frozen=True, slots=True, init=False)
class Notice:
    """A warning, an assumption or a mismatch: message id and values, with how serious it is."""

    msg: str
    values: Mapping[str, Any] = field(default_factory=dict)
    severity: Severity = "info"
    benefit: str | None = None

    def __init__(
        self,
        msg: str,
        values: Mapping[str, Any] = _NO_VALUES,
        severity: Severity = "info",
        benefit: str | None = None,
    ):
        _set(self, "msg", msg)
        _set(self, "values", {} if values is _NO_VALUES else values)
        _set(self, "severity", severity)
        _set(self, "benefit", benefit)


@dataclass(frozen=True, slots=True)
class ReportingDuty:
    """What the client must report, to whom, when and how, and what happens if not (message ids)."""

    benefit: str
    authority: str
    what: str
    when: str
    how: str
    consequence: str
    reference: str
    # A duty of every year whatever the work (checking the tax return): the client's summary
    # gives it one line; the page and the counsellor's copy in full.
    yearly: bool = False

    @classmethod
    def of(
        cls, benefit: str, authority: str, prefix: str, reference: str, yearly: bool = False
    ) -> ReportingDuty:
        """The duty whose messages are ``prefix.what``, ``.when``, ``.how`` and ``.consequence``."""
        return cls(
            benefit,
            authority,
            f"{prefix}.what",
            f"{prefix}.when",
            f"{prefix}.how",
            f"{prefix}.consequence",
            reference,
            yearly,
        )


def N_(text: str) -> str:
    """Mark an English message template for translation (extracted by pybabel with ``-k N_``).

    Templates use ``{name}`` placeholders named like the Step/Notice value keys.
    """
    return text
