"""What the engine property tests of every country share (on the test path: ``pythonpath =
["tests"]`` in pyproject.toml): the values that must never pass validation, and the two checks
that hold for any case of any country.

bad_values                                  # a hypothesis strategy of values of the wrong kind
assert_sweep_equals_single(data, like)      # each sweep point is the single calculation
assert_only_validation_error(data, cc)      # parsing gives a ValidationError or nothing
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from hypothesis import strategies as st
from pydantic import ValidationError

from benefits_calc import engine
from benefits_calc.models import WorkScenario
from benefits_calc.sweep import sweep

bad_values = st.one_of(
    st.none(),
    st.text(max_size=5),
    st.integers(-(10**9), 10**9),
    st.floats(allow_nan=True),
    st.lists(st.integers(), max_size=2),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
)


def assert_sweep_equals_single(data: dict[str, Any], like: WorkScenario) -> None:
    """A 10 % sweep of the case at the wage of `like`: every point's net income and benefits are
    those of the single calculation at that share, on a freshly parsed case."""
    r = sweep(engine.parse_case(data), like, Decimal(10))
    for pt in r.points:
        single = engine.run(engine.parse_case(data), like.at_share(pt.percent / 100))
        assert single.net_income == pt.net_income
        assert {b.benefit: b.amount for b in single.benefits} == pt.benefits


def assert_only_validation_error(data: dict[str, Any], cc: str) -> None:
    """Parsing `data` as a case of `cc` either succeeds or raises a pydantic ValidationError."""
    try:
        engine.parse_case(data, cc)
    except ValidationError:
        return
    except Exception as exc:  # pragma: no cover - the failure message is the point
        pytest.fail(f"{type(exc).__name__}: {exc}")
