"""Benefits-counselling calculator: how paid work changes each benefit, the tax and net income.

The engine is country-neutral: `benefits_calc` holds money, parameters, explanations, the
Outcome, the sweep and the CLI; the country rules live in `benefits_calc.rules.<cc>` (the
repository folder `rules/<cc>/`).
"""

__version__ = "0.1.0"
