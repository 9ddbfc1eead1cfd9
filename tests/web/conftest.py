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
    from benefits_calc.outcome import BenefitResult, Outcome, ScenarioInfo, TaxResult

    class Stub:
        fail: Exception | None = None

        def __call__(self, case, s, p):
            if self.fail is not None:
                raise self.fail
            pbb = p["prisbasbelopp"]
            e = s.earnings_month
            b = max(Decimal(0), Decimal(1000) - e / 2)
            return Outcome(
                country="se",
                currency="SEK",
                rule_date=p.date,
                scenario=ScenarioInfo(
                    s.label or "x",
                    s.hours,
                    s.share_of_full_time * 100,
                    s.full_time_hours_per_week,
                    e,
                    s.hourly_wage,
                ),
                benefits=[
                    BenefitResult(
                        "toy.b", "toy", b, False, [Step("toy.step", {"amount": b}, ("prisbasbelopp",))]
                    )
                ],
                tax=TaxResult(Decimal(0), Decimal(0), []),
                other_income=Decimal(0),
                net_income=e + b,
                warnings=list(p.warnings),
                assumptions=[],
                reporting_duties=[],
                baseline_mismatches=[],
                parameters={"prisbasbelopp": pbb},
            )

    stub = Stub()
    monkeypatch.setattr(engine, "pipeline", lambda code: stub)
    return stub
