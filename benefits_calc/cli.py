"""`benefits-calc`: the same engine from the command line (JSON out).

benefits-calc calculate CASE.json [--percent 0,25,50,75,100 --hourly-wage 150]
benefits-calc sweep CASE.json [--step 1] [--hourly-wage 150]
benefits-calc timeline CASE.json [--start 2027-01-01] [--months 24] [--hours 20 --hourly-wage 150]
benefits-calc parameters se [--date 2026-01-01]
benefits-calc schema se
benefits-calc serve [--host 127.0.0.1] [--port 8000]
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from benefits_calc import engine
from benefits_calc.models import WorkScenario, default_scenarios
from benefits_calc.numbers import NumberTextError, machine_decimal
from benefits_calc.parameters import OutOfCoverageError, ParameterError, load_country


def _dec(text: str) -> Decimal:
    """A number on the command line, read as the API reads one (13700 or 13700.50)."""
    try:
        return machine_decimal(text, places=2)
    except NumberTextError as exc:
        raise argparse.ArgumentTypeError(exc.english()) from None


def _percents(text: str) -> tuple[int, ...]:
    try:
        values = tuple(int(x) for x in text.split(",") if x.strip())
    except ValueError:
        raise argparse.ArgumentTypeError("give whole percents separated by commas, e.g. 0,25,50") from None
    if not values or any(not 0 <= v <= 100 for v in values):
        raise argparse.ArgumentTypeError("percents must be 0-100")
    return values


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _months(text: str) -> int:
    from benefits_calc.timeline import MAX_MONTHS, MIN_MONTHS

    try:
        n = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError("give a whole number of months") from None
    if not MIN_MONTHS <= n <= MAX_MONTHS:
        raise argparse.ArgumentTypeError(f"months must be {MIN_MONTHS}-{MAX_MONTHS}")
    return n


def _print(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def _load_case(args: argparse.Namespace) -> Any:
    raw = json.loads(Path(args.case).read_text(encoding="utf-8"))
    if getattr(args, "date", None):
        raw["rule_date"] = args.date.isoformat()
    return engine.parse_case(raw)


def _cli_scenarios(args: argparse.Namespace, case: Any) -> list[WorkScenario] | None:
    if args.hourly_wage is None and args.monthly_wage is None:
        if args.percent:
            raise SystemExit("--percent needs --hourly-wage or --monthly-wage")
        return None
    return default_scenarios(
        hourly_wage=args.hourly_wage,
        monthly_wage_full_time=args.monthly_wage,
        percents=args.percent or (0, 25, 50, 75, 100),
        full_time_hours_per_week=args.full_time_hours,
    )


def cmd_calculate(args: argparse.Namespace) -> int:
    from benefits_calc.serialize import outcome_to_dict

    case = _load_case(args)
    scenarios = _cli_scenarios(args, case)
    if scenarios is None and not case.scenarios:
        raise SystemExit('the case has no scenarios: add "scenarios" to the file or give --hourly-wage')
    outs = engine.calculate(case, scenarios)
    _print({"outcomes": [outcome_to_dict(o) for o in outs]})
    return 0


def cmd_sweep(args: argparse.Namespace) -> int:
    from benefits_calc.sweep import sweep, sweep_to_dict

    case = _load_case(args)
    scenarios = _cli_scenarios(args, case) or case.scenarios
    if not scenarios:
        raise SystemExit("the case has no scenarios: give --hourly-wage or --monthly-wage")
    _print(sweep_to_dict(sweep(case, scenarios[-1], args.step)))
    return 0


def cmd_timeline(args: argparse.Namespace) -> int:
    from benefits_calc.timeline import timeline, timeline_to_dict

    case = _load_case(args)
    work = None
    if args.hours is not None:
        if args.hourly_wage is None and args.monthly_wage is None:
            raise SystemExit("--hours needs --hourly-wage or --monthly-wage")
        work = WorkScenario(
            hours_per_week=args.hours,
            hourly_wage=args.hourly_wage,
            monthly_wage_full_time=args.monthly_wage,
            full_time_hours_per_week=args.full_time_hours,
        )
    elif args.hourly_wage is not None or args.monthly_wage is not None:
        raise SystemExit(
            "give --hours with the wage (or leave both out: the case's last scenario with hours)"
        )
    try:
        tl = timeline(case, work, start=args.start, months=args.months)
    except ValueError as exc:
        if isinstance(exc, ValidationError):
            raise
        raise SystemExit(f"{exc}: add a scenario with hours to the file or give --hours and a wage") from None
    _print(timeline_to_dict(tl))
    return 0


def cmd_parameters(args: argparse.Namespace) -> int:
    engine.country(args.country)
    cp = load_country(args.country)
    on = args.date or date.today()
    _print(
        {
            "country": args.country,
            "date": on.isoformat(),
            "confirmed_through": cp.confirmed_through.isoformat(),
            "rules_confirmed": on <= cp.confirmed_through,
            "parameters": [p.as_dict() for p in cp.all_at(on)],
        }
    )
    return 0


def cmd_schema(args: argparse.Namespace) -> int:
    _print(engine.case_model(args.country).model_json_schema())
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    from benefits_calc.web.serve import serve

    serve(args.host, args.port)
    return 0


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="benefits-calc", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    sub = ap.add_subparsers(dest="command", required=True)

    def wage_args(p: argparse.ArgumentParser) -> None:
        p.add_argument("case", help="case file (JSON); see `benefits-calc schema se`")
        p.add_argument("--hourly-wage", type=_dec, help="wage per hour, e.g. 150")
        p.add_argument("--monthly-wage", type=_dec, help="monthly wage at full time, e.g. 26000")
        p.add_argument("--full-time-hours", type=_dec, default=Decimal(40), help="hours a week (default 40)")
        p.add_argument("--date", type=_date, help="use the rules of this date instead of the file's")

    c = sub.add_parser("calculate", help="one Outcome per scenario (JSON)")
    wage_args(c)
    c.add_argument("--percent", type=_percents, help="shares of full time, e.g. 0,25,50,75,100")
    c.set_defaults(func=cmd_calculate)

    s = sub.add_parser("sweep", help="0-100 %% of full time: points, thresholds, marginal rates")
    wage_args(s)
    s.add_argument("--step", type=_dec, default=Decimal(1), help="step in %% of full time (default 1)")
    s.set_defaults(func=cmd_sweep, percent=None)

    t = sub.add_parser("timeline", help="one scenario month by month from the first day of work, with events")
    wage_args(t)
    t.add_argument("--hours", type=_dec, help="hours a week to follow (with a wage); default the case's")
    t.add_argument("--start", type=_date, help="first day of work (default: the 1st after the rule date)")
    t.add_argument("--months", type=_months, default=24, help="how many months (24-36, default 24)")
    t.set_defaults(func=cmd_timeline, percent=None)

    p = sub.add_parser("parameters", help="every figure with date, unit, reference, verified")
    p.add_argument("country", choices=sorted(engine.COUNTRIES))
    p.add_argument("--date", type=_date)
    p.set_defaults(func=cmd_parameters)

    j = sub.add_parser("schema", help="JSON Schema of a country's case file")
    j.add_argument("country", choices=sorted(engine.COUNTRIES))
    j.set_defaults(func=cmd_schema)

    v = sub.add_parser("serve", help="start the web app with a production WSGI server")
    v.add_argument("--host", default="127.0.0.1")
    v.add_argument("--port", type=int, default=8000)
    v.set_defaults(func=cmd_serve)
    return ap


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except ValidationError as exc:
        sys.stderr.write("The case is not valid:\n")
        for err in exc.errors(include_url=False, include_input=False):
            loc = ".".join(str(x) for x in err["loc"]) or "(case)"
            meant = (err.get("ctx") or {}).get("as_thousands")
            hint = f" (did you mean {meant}?)" if meant is not None else ""
            sys.stderr.write(f"  {loc}: {err['msg']}{hint}\n")
        return 2
    except (OutOfCoverageError, engine.UnknownCountryError) as exc:
        sys.stderr.write(f"{exc}\n")
        return 2
    except ParameterError as exc:
        sys.stderr.write(f"parameter data error: {exc}\n")
        return 3
    except (OSError, json.JSONDecodeError) as exc:
        sys.stderr.write(f"cannot read the case file: {exc}\n")
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
