"""Fixtures for the web tests: the app and its test client."""

from __future__ import annotations

import pytest
from benefits_calc.web import create_app


@pytest.fixture()
def app():
    return create_app({"TESTING": True})


@pytest.fixture()
def client(app):
    return app.test_client()


@pytest.fixture()
def stub_pipeline(monkeypatch):
    """Replace the Swedish pipeline by a toy one (API mechanics without the rules' numbers).

    Toy rules: one benefit "toy.b" = 1 000 - 0.5 x earnings (not below 0); no tax. It reads the
    prisbasbelopp parameter so a date before the data's first value raises OutOfCoverageError,
    and it passes on the parameter set's warnings (rules not confirmed). `stub.fail` makes it raise.
    """
    from decimal import Decimal

    from benefits_calc import engine
    from benefits_calc.explain import Step
    from benefits_calc.outcome import BenefitResult

    class Stub:
        fail: Exception | None = None

        def calculate(self, case, s, p, h, today):
            if self.fail is not None:
                raise self.fail
            p["prisbasbelopp"]  # a date before the data's first value raises OutOfCoverageError
            b = max(Decimal(0), Decimal(1000) - s.earnings_month / 2)
            h.receives(
                BenefitResult("toy.b", "toy", b, False, [Step("toy.step", {"amount": b}, ("prisbasbelopp",))])
            )

    stub = Stub()
    monkeypatch.setattr(engine, "pipeline", lambda code: stub)
    return stub
