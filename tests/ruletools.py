"""Helpers every rule test uses (on the test path: ``pythonpath = ["tests"]`` in pyproject.toml).

step(result, "se.bb.cost")          # the values of the one step with that message id
notice(result, "se.bb.notice.x")    # the one notice with that id
notice_ids(result)                  # the ids of its notices
check_messages(result)              # every id has a template whose placeholders are the values
"""

from __future__ import annotations

from typing import Any

from benefits_calc.messages import all_messages, placeholders


def step(result: Any, msg: str) -> dict[str, Any]:
    """The values of the one step of `result` (a BenefitResult, TaxResult or Outcome) with `msg`."""
    found = [s for s in result.steps if s.msg == msg]
    assert len(found) == 1, f"{msg}: {[s.msg for s in result.steps]}"
    return dict(found[0].values)


def notice(result: Any, msg: str) -> Any:
    found = [n for n in result.notices if n.msg == msg]
    assert len(found) == 1, f"{msg}: {[n.msg for n in result.notices]}"
    return found[0]


def notice_ids(result: Any) -> set[str]:
    return {n.msg for n in result.notices}


def check_messages(result: Any) -> None:
    """Every message id a result emits has an English template whose placeholders are exactly the
    values given, and every ``*_id`` value is itself a message id."""
    messages = all_messages()
    for item in [*result.steps, *result.notices]:
        assert item.msg in messages, item.msg
        assert placeholders(messages[item.msg]) == set(item.values), item.msg
        for k, v in item.values.items():
            if k.endswith("_id"):
                assert v in messages, (item.msg, k, v)
