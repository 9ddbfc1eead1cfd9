"""One convention for showing a value, for the web page, the API's text and the CLI alike.

A parameter carries its unit in the data (benefits_calc.parameters.Unit: money/month,
multiple:prisbasbelopp, fraction, percent …). A step's or a notice's values carry their kind in
the name of their key; `value_kind` is the only place that reads those names:

==========================================  =========================================
key                                         kind
==========================================  =========================================
``*_id``                                    ``id``: a message, benefit or authority id
``*_date``                                  ``date``: an ISO date
``*_yearmonth``                             ``month``: an ISO date shown as its month and year
``*_rate``, ``*_share``                     ``fraction``: 0.25 shown as 25 %
``*_percent``                               ``percent``: 32.38 shown as 32,38 %
``year``, ``*_year_number``                 ``year``: 2026, no grouping
``*_factor``                                ``factor``: every decimal the rule uses
``*_hours`` ``*_days`` ``*_weeks``          ``number``
``*_months`` ``*_count`` ``*_years``
``*_m2``, ``age``, ``level``, an int
anything else that is a number              ``money`` in the Outcome's currency
==========================================  =========================================
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

NUMBER_SUFFIXES = ("_hours", "_days", "_weeks", "_months", "_count", "_years", "_m2")
NUMBER_KEYS = ("level", "age", "months", "days", "hours_per_week")


def value_kind(key: str, value: Any) -> str:
    """The kind of a step's or notice's value (see the module docstring)."""
    if key.endswith("_id") and isinstance(value, str):
        return "id"
    if key.endswith("_date"):
        return "date"
    if key.endswith("_yearmonth"):
        return "month"
    if isinstance(value, bool) or not isinstance(value, (Decimal, int)):
        return "text"
    if key.endswith(("_rate", "_share")):
        return "fraction"
    if key.endswith("_percent"):
        return "percent"
    if key == "year" or key.endswith("_year_number"):
        return "year"
    if key.endswith("_factor"):
        return "factor"
    if key.endswith(NUMBER_SUFFIXES) or key in NUMBER_KEYS or "hours" in key or isinstance(value, int):
        return "number"
    return "money"


def plain(d: Decimal) -> str:
    """A plain number without trailing zeros (2.58, 1.5357, 24)."""
    return format(d.normalize(), "f") if d != d.to_integral_value() else format(d.quantize(Decimal(1)), "f")


def percent_places(fraction: Decimal) -> int:
    """How many decimals a share is shown with as a percent: every decimal up to three (a fee rate
    of 0,292 % is the authority's figure and must read so), else two (10 / 37 of full time is
    27,03 %)."""
    exponent = (Decimal(fraction) * 100).normalize().as_tuple().exponent
    places = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    return places if places <= 3 else 2
