"""Exact money: Decimal only, and rounding the way each authority rounds.

Every rule says which rounding it uses; these helpers make that one readable call.
"""

from __future__ import annotations

from decimal import ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_DOWN, ROUND_HALF_UP, Decimal

ZERO = Decimal(0)
ONE = Decimal(1)
TWELVE = Decimal(12)
HUNDRED = Decimal(100)


def D(value: int | str | Decimal) -> Decimal:
    """Decimal from an int, a string or a Decimal (never from a float: floats are not money)."""
    if isinstance(value, float):
        raise TypeError("money must not be a float; pass a str or Decimal")
    return value if isinstance(value, Decimal) else Decimal(value)


_INT_STEPS = {1: ONE, 12: TWELVE, 100: HUNDRED}


def _to_step(x: Decimal, step: Decimal | int, mode: str) -> Decimal:
    if type(step) is int:
        if step == 1 and type(x) is Decimal:
            # x / 1 * 1 is x itself (same digits and exponent: no value here has more than the
            # context's 28 digits), so rounding to whole units is one quantize.
            return x.quantize(ONE, rounding=mode)
        s = _INT_STEPS.get(step) or D(step)
    else:
        s = D(step)
    return (x / s).quantize(ONE, rounding=mode) * s


def round_half_up(x: Decimal, step: Decimal | int = 1) -> Decimal:
    """Nearest multiple of `step`; an exact half goes up (e.g. FK: 11 189.50 -> 11 190)."""
    return _to_step(x, step, ROUND_HALF_UP)


def round_half_down(x: Decimal, step: Decimal | int = 1) -> Decimal:
    """Nearest multiple of `step`; an exact half goes down (allmän pensionsavgift: 50 kr rounds down)."""
    return _to_step(x, step, ROUND_HALF_DOWN)


def floor_to(x: Decimal, step: Decimal | int = 1) -> Decimal:
    """Down to a multiple of `step` (towards minus infinity)."""
    return _to_step(x, step, ROUND_FLOOR)


def ceil_to(x: Decimal, step: Decimal | int = 1) -> Decimal:
    """Up to a multiple of `step` (towards plus infinity)."""
    return _to_step(x, step, ROUND_CEILING)


def clamp0(x: Decimal) -> Decimal:
    """max(0, x): benefits and taxes are never negative."""
    return x if x > 0 else ZERO


def month_of_year(annual: Decimal) -> Decimal:
    """A yearly amount rounded to the nearest whole unit divisible by 12, per month: the same as
    annual / 12 rounded to whole units, an exact half up (Försäkringskassan, SFB 36 kap. 30 §:
    159 294 / 12 = 13 274,50 -> 13 275)."""
    return round_half_up(annual / TWELVE)


def per_month(annual: Decimal) -> Decimal:
    """An annual amount shown per month, to the öre/cent (display only; rules round themselves)."""
    return (annual / TWELVE).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
