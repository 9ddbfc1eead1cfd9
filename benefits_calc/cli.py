"""`benefits-calc`: the engine from the command line. It prints the same JSON documents as the API
(docs/api.md), reads a case file exactly as the API reads a request body, and takes the same limits.

  benefits-calc calculate CASE.json [--percent 0,25,50,75,100 --hourly-wage 150] [--no-steps]
  benefits-calc sweep CASE.json [--step 1] [--hourly-wage 150]
  benefits-calc timeline CASE.json [--start 2027-01-01] [--months 24] [--hours 20 --hourly-wage 150]
  benefits-calc parameters se [--date 2026-01-01]
  benefits-calc schema se
  benefits-calc serve [--host 127.0.0.1] [--port 8000]

Exit codes (the same for every command):
  0  done: the document is on standard output
  1  the case cannot be calculated: the file cannot be read, is not a valid case, or its date (or
     --date) is outside the rules; standard error names each field or flag
  2  the command line is wrong: an unknown command or flag, or a flag's value out of range;
     standard error names the flag
  3  the calculator itself failed (its parameter data or a bug): please report it
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any, NoReturn

from pydantic import TypeAdapter, ValidationError

from benefits_calc import engine
from benefits_calc.models import StepPercent, WorkScenario, default_scenarios
from benefits_calc.numbers import NumberTextError, machine_decimal
from benefits_calc.parameters import OutOfCoverageError, ParameterError

EXIT_OK, EXIT_INPUT, EXIT_USAGE, EXIT_FAILED = 0, 1, 2, 3
COUNTRY_CODES = sorted(engine.COUNTRIES)

#: A scenario's fields as the command line names them (for messages about what was typed).
FLAGS = {
    "hourly_wage": "--hourly-wage",
    "monthly_wage_full_time": "--monthly-wage",
    "full_time_hours_per_week": "--full-time-hours",
    "percent_of_full_time": "--percent",
}


class InputError(Exception):
    """The case cannot be calculated (exit 1); the message names the field or the flag."""


def _dec(text: str) -> Decimal:
    """A number on the command line, read as the API reads one (13700 or 13700.50)."""
    try:
        return machine_decimal(text, places=2)
    except NumberTextError as exc:
        raise argparse.ArgumentTypeError(exc.english()) from None


def _step(text: str) -> Decimal:
    try:
        return TypeAdapter(StepPercent).validate_python(text)
    except ValidationError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a step the calculator takes: 0.5 to 50 (% of full time, at most one "
            "decimal), e.g. 1, 2.5 or 10"
        ) from None


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
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            raise ValueError(text)
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text[:40]!r}") from None


def _print(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def _load_case(args: argparse.Namespace) -> Any:
    """The case file, validated as the API validates a request body (`case_from_json`)."""
    from benefits_calc.schema import case_from_json, peek_json

    try:
        text = Path(args.case).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(
            f"cannot read the case file {args.case}: {getattr(exc, 'strerror', None) or exc}"
        ) from None
    if getattr(args, "date", None):
        data = peek_json(text)
        if isinstance(data, dict):  # else the model reports what is wrong with the file
            data["rule_date"] = args.date.isoformat()
            text = json.dumps(data)
    return case_from_json(text)


def _flag_scenarios(args: argparse.Namespace) -> list[WorkScenario] | None:
    """The scenarios the wage flags ask for (they replace the file's), or None without them."""
    if args.hourly_wage is None and args.monthly_wage is None:
        if getattr(args, "percent", None):
            args.parser.error("--percent needs --hourly-wage or --monthly-wage (the wage at those percents)")
        return None
    try:
        return default_scenarios(
            hourly_wage=args.hourly_wage,
            monthly_wage_full_time=args.monthly_wage,
            percents=getattr(args, "percent", None) or (0, 25, 50, 75, 100),
            full_time_hours_per_week=args.full_time_hours,
        )
    except ValidationError as exc:
        err = exc.errors(include_url=False, include_input=False)[0]
        flag = FLAGS.get(str(err["loc"][0]) if err["loc"] else "", "the wage flags")
        args.parser.error(f"argument {flag}: {err['msg']}")


def cmd_calculate(args: argparse.Namespace) -> int:
    from benefits_calc.serialize import calculate_document

    scenarios = _flag_scenarios(args)
    case = _load_case(args)
    if scenarios is not None:
        case = case.model_copy(update={"scenarios": scenarios})
    if not case.scenarios:
        raise InputError('the case has no scenarios: add "scenarios" to the file or give --hourly-wage')
    _print(calculate_document(case, steps=not args.no_steps))
    return EXIT_OK


def cmd_sweep(args: argparse.Namespace) -> int:
    from benefits_calc.serialize import sweep_document

    scenarios = _flag_scenarios(args)
    case = _load_case(args)
    scenarios = scenarios or case.scenarios
    if not scenarios:
        raise InputError("the case has no scenarios: give --hourly-wage or --monthly-wage")
    _print(sweep_document(case, scenarios[-1], args.step))
    return EXIT_OK


def _months(text: str) -> int:
    from benefits_calc.timeline import MAX_MONTHS, MIN_MONTHS

    try:
        n = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError("give a whole number of months") from None
    if not MIN_MONTHS <= n <= MAX_MONTHS:
        raise argparse.ArgumentTypeError(f"months must be {MIN_MONTHS}-{MAX_MONTHS}")
    return n


def cmd_timeline(args: argparse.Namespace) -> int:
    from benefits_calc.timeline import timeline, timeline_to_dict

    case = _load_case(args)
    work = None
    if args.hours is not None:
        if args.hourly_wage is None and args.monthly_wage is None:
            args.parser.error("argument --hours: needs --hourly-wage or --monthly-wage")
        try:
            work = WorkScenario(
                hours_per_week=args.hours,
                hourly_wage=args.hourly_wage,
                monthly_wage_full_time=args.monthly_wage,
                full_time_hours_per_week=args.full_time_hours,
            )
        except ValidationError as exc:
            err = exc.errors(include_url=False, include_input=False)[0]
            flag = FLAGS.get(str(err["loc"][0]) if err["loc"] else "", "--hours")
            args.parser.error(f"argument {flag}: {err['msg']}")
    elif args.hourly_wage is not None or args.monthly_wage is not None:
        args.parser.error(
            "a wage flag needs --hours (or leave both out: the file's last scenario with hours)"
        )
    try:
        tl = timeline(case, work, start=args.start, months=args.months)
    except ValueError as exc:
        if isinstance(exc, ValidationError):
            raise
        raise InputError(f"{exc}: add a scenario with hours to the file or give --hours and a wage") from None
    _print(timeline_to_dict(tl))
    return EXIT_OK


def cmd_parameters(args: argparse.Namespace) -> int:
    from benefits_calc.serialize import parameters_document

    _print(parameters_document(args.country, args.date or date.today()))
    return EXIT_OK


def cmd_schema(args: argparse.Namespace) -> int:
    from benefits_calc.schema import case_json_schema

    _print(case_json_schema(args.country))
    return EXIT_OK


def cmd_serve(args: argparse.Namespace) -> int:
    from benefits_calc.web.serve import serve
    from benefits_calc.web.settings import SettingError

    try:
        serve(args.host, args.port, args.workers, args.threads)
    except SettingError as exc:
        args.parser.error(str(exc))
    return EXIT_OK


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    fmt = argparse.RawDescriptionHelpFormatter
    ap = _Parser(prog="benefits-calc", description=__doc__, formatter_class=fmt)
    sub = ap.add_subparsers(dest="command", required=True, metavar="COMMAND", parser_class=_Parser)
    countries = ", ".join(COUNTRY_CODES)

    def case_args(p: argparse.ArgumentParser) -> Any:
        p.add_argument(
            "case",
            metavar="CASE.json",
            help="the case file (JSON, as the API takes it; `benefits-calc schema COUNTRY` describes it)",
        )
        wages = p.add_argument_group(
            "work scenarios",
            "A wage flag replaces the file's scenarios by 0/25/50/75/100 % of full time at that wage.",
        )
        wage = wages.add_mutually_exclusive_group()
        wage.add_argument("--hourly-wage", type=_dec, metavar="KR", help="wage per hour, e.g. 150")
        wage.add_argument(
            "--monthly-wage", type=_dec, metavar="KR", help="monthly wage at full time, e.g. 26000"
        )
        wages.add_argument(
            "--full-time-hours",
            type=_dec,
            default=Decimal(40),
            metavar="H",
            help="hours a week that make full time, with a wage flag (default 40)",
        )
        p.add_argument(
            "--date",
            type=_date,
            metavar="YYYY-MM-DD",
            help="calculate with the rules in force on this date instead of the file's rule_date "
            "(default: the file's, else today)",
        )
        return wages

    c = sub.add_parser(
        "calculate",
        help="one Outcome per scenario, not working first (JSON, as POST /api/v1/calculate)",
        description="Every scenario of the case, each against not working: benefits, tax, net income "
        "and money in hand per month, with the steps, warnings and reporting duties.",
        formatter_class=fmt,
    )
    case_args(c).add_argument(
        "--percent",
        type=_percents,
        metavar="P,P,...",
        help="shares of full time instead of 0,25,50,75,100; needs --hourly-wage or --monthly-wage",
    )
    c.add_argument(
        "--no-steps",
        action="store_true",
        help="the amounts without the steps and parameters that explain them (as ?steps=false)",
    )
    c.set_defaults(func=cmd_calculate, parser=c)

    s = sub.add_parser(
        "sweep",
        help="0-100 %% of full time: points, thresholds, marginal rates (JSON, as POST /api/v1/sweep)",
        description="The case from 0 to 100 % of full time at one wage: the wage flags', else the "
        "file's last scenario's.",
        formatter_class=fmt,
    )
    case_args(s)
    s.add_argument(
        "--step",
        type=_step,
        default=Decimal(1),
        metavar="PERCENT",
        help="step in %% of full time between two points, 0.5-50 (default 1)",
    )
    s.set_defaults(func=cmd_sweep, parser=s)

    t = sub.add_parser(
        "timeline",
        help="one scenario month by month from the first day of work, with events (JSON, as POST "
        "/api/v1/timeline)",
        description="What each benefit pays, the tax and the net income month by month from the first "
        "day of work, with each month's rules, and the events (docs/timeline.md).",
        formatter_class=fmt,
    )
    case_args(t)
    t.add_argument(
        "--hours",
        type=_dec,
        metavar="H",
        help="hours a week to follow, with --hourly-wage or --monthly-wage (default: the file's last "
        "scenario with hours)",
    )
    t.add_argument(
        "--start",
        type=_date,
        metavar="YYYY-MM-DD",
        help="the first day of work (default: the first of the month after the rule date)",
    )
    t.add_argument(
        "--months", type=_months, default=24, metavar="N", help="how many months, 24-36 (default 24)"
    )
    t.set_defaults(func=cmd_timeline, parser=t, percent=None)

    p = sub.add_parser(
        "parameters",
        help="every figure in force on a date (JSON, as GET /api/v1/parameters/COUNTRY)",
        description="Every parameter in force on the date with its unit, the date it took effect, its "
        "references and whether it was verified; which are not in force; whether the date is covered "
        "and the rules checked.",
        formatter_class=fmt,
    )
    p.add_argument("country", choices=COUNTRY_CODES, metavar="COUNTRY", help=f"country code: {countries}")
    p.add_argument("--date", type=_date, metavar="YYYY-MM-DD", help="the date (default today)")
    p.set_defaults(func=cmd_parameters, parser=p)

    j = sub.add_parser(
        "schema",
        help="JSON Schema of a country's case file (as GET /api/v1/schema/COUNTRY)",
        description="The JSON Schema (2020-12) of a case file: what calculate and sweep (and the API) take.",
        formatter_class=fmt,
    )
    j.add_argument("country", choices=COUNTRY_CODES, metavar="COUNTRY", help=f"country code: {countries}")
    j.set_defaults(func=cmd_schema, parser=j)

    v = sub.add_parser(
        "serve",
        help="run the web app and the API (production server; docs/deploy.md)",
        description="Serve the web app and the JSON API until stopped (Ctrl+C). Unset flags come from "
        "the environment (BENEFITS_CALC_HOST, _PORT, _WORKERS, _THREADS; docs/deploy.md).",
        formatter_class=fmt,
    )
    v.add_argument(
        "--host", metavar="ADDRESS", help="address to listen on (default 127.0.0.1: this machine only)"
    )
    v.add_argument("--port", type=int, metavar="PORT", help="port (default 8000; 0: any free port)")
    v.add_argument("--workers", type=int, metavar="N", help="server processes (default 2)")
    v.add_argument("--threads", type=int, metavar="N", help="request threads per process (default 8)")
    v.set_defaults(func=cmd_serve, parser=v)
    return ap


def _field(loc: tuple[Any, ...], args: argparse.Namespace) -> str:
    if loc == ("rule_date",) and getattr(args, "date", None):
        return "--date"
    return ".".join(str(x) for x in loc) or "(the case)"


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except ValidationError as exc:
        errors = exc.errors(include_url=False, include_input=False)
        if all(e["type"] == "json_invalid" for e in errors):
            sys.stderr.write(f"{args.case} is not JSON ({errors[0]['msg'].removeprefix('Invalid JSON: ')})\n")
            return EXIT_INPUT
        sys.stderr.write(f"{getattr(args, 'case', 'the case')} is not a valid case:\n")
        for err in errors[:20]:
            meant = (err.get("ctx") or {}).get("as_thousands")
            hint = f" (did you mean {meant}?)" if meant is not None else ""
            sys.stderr.write(f"  {_field(tuple(err['loc']), args)}: {err['msg']}{hint}\n")
        if len(errors) > 20:
            sys.stderr.write(f"  ... and {len(errors) - 20} more\n")
        return EXIT_INPUT
    except OutOfCoverageError as exc:
        where = "--date" if getattr(args, "date", None) else "rule_date"
        sys.stderr.write(
            f"{where} {exc.on.isoformat()}: the rules do not cover this date ({exc.name} has no value "
            f"before {exc.first.isoformat()})\n"
        )
        return EXIT_INPUT
    except InputError as exc:
        sys.stderr.write(f"{exc}\n")
        return EXIT_INPUT
    except BrokenPipeError:  # the reader stopped reading (| head): not an error of ours
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except ParameterError as exc:
        sys.stderr.write(f"the calculator's parameter data is broken (please report it): {exc}\n")
        return EXIT_FAILED
    except Exception as exc:  # a bug: where, never the values (a message may quote the case)
        from benefits_calc.web.security import describe_exception

        sys.stderr.write(f"the calculator failed (please report it): {describe_exception(exc)}\n")
        return EXIT_FAILED


if __name__ == "__main__":
    raise SystemExit(main())
