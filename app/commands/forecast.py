"""``tierboard forecast``: the forecast table and the four answers, as text or JSON."""

import argparse
import json
from datetime import date
from decimal import Decimal
from typing import Any

from app.commands import complain, open_from_args, say
from app.models.errors import RuleError
from app.models.settings import load_settings
from app.models.tiers import PROBABILITY_TIERS
from app.models.values import parse_date
from app.planning.backtest import Backtest, run_backtest
from app.planning.calibration import MEASURED_TIERS, Calibration
from app.planning.forecast import (
    PLAIN,
    QUESTIONS,
    Forecast,
    ForecastReport,
    Formatters,
    make_report,
)

#: The table's columns, as the command prints them.
HEADERS = ("period", "capacity_h", "tier1_h", "0.9_h", "0.5_h", "0.1_h", "load_h", "load_%",
           "committed_revenue", "weighted_revenue")


def register(subparsers: "argparse._SubParsersAction[argparse.ArgumentParser]"
             ) -> argparse.ArgumentParser:
    """Add the ``forecast`` command."""
    parser = subparsers.add_parser(
        "forecast", help="expected work and revenue per week, and the four answers"
    )
    parser.add_argument("--weeks", type=int, default=None,
                        help="the horizon in weeks (default: the firm's setting, 12)")
    parser.add_argument("--months", action="store_true", help="per calendar month, not week")
    parser.add_argument("--observed", action="store_true",
                        help="weigh the tiers by the shares observed in the history")
    parser.add_argument("--as-of", metavar="DATE", default=None,
                        help="make the forecast as if today were DATE (pipeline rebuilt from "
                             "the history) and set it beside what happened afterwards")
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")
    parser.set_defaults(handler=run)
    return parser


def table_rows(forecast: Forecast) -> list[list[Any]]:
    """The forecast table as plain values, one list per period (for text, JSON and files)."""
    rows = []
    for row in forecast.periods:
        share = row.load_share
        rows.append([
            row.period.start.isoformat(), round(row.capacity, 1), round(row.committed_hours, 1),
            *(round(row.expected_hours[tier], 1) for tier in PROBABILITY_TIERS),
            round(row.load, 1), None if share is None else round(share * 100),
            float(row.committed_revenue), float(row.weighted_revenue),
        ])
    return rows


def _plain(value: Any) -> Any:
    """Make answer figures JSON-friendly."""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, float):
        return round(value, 2)
    if isinstance(value, dict):
        return {str(key): _plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    return value


def _calibration_data(calibration: Calibration) -> dict[str, Any]:
    return {
        "tiers": {tier.value: {
            "nominal": outcome.nominal, "observed": outcome.share, "won": outcome.won,
            "lost": outcome.lost, "open": outcome.open,
            "median_days_to_won": outcome.median_days_to_won,
        } for tier, outcome in calibration.outcomes.items()},
        "carousels": {
            "lost_deals": calibration.carousels.lost_deals,
            "came_back": calibration.carousels.came_back,
            "median_days_to_return": calibration.carousels.median_days_to_return,
            "won_after_return": calibration.carousels.won_after_return,
        },
    }


def _backtest_data(result: Backtest) -> dict[str, Any]:
    data: dict[str, Any] = _plain({
        "as_of": result.as_of, "until": result.until,
        "tiers": {row.tier.value: {
            "deals": row.deals, "amount": row.amount, "expected_nominal": row.expected_nominal,
            "expected_observed": row.expected_observed, "won_deals": row.won_deals,
            "won_amount": row.won_amount,
        } for row in result.rows},
        "new_won_deals": result.new_won_deals, "new_won_amount": result.new_won_amount,
        "forecast_hours_nominal": result.forecast_hours_nominal,
        "forecast_hours_observed": result.forecast_hours_observed,
        "worked_hours": result.worked_hours,
    })
    return data


def as_json(report: ForecastReport, result: Backtest | None) -> dict[str, Any]:
    """Everything the command prints, as one JSON-friendly dict."""
    forecast = report.forecast
    data: dict[str, Any] = {
        "today": forecast.today.isoformat(),
        "as_of": report.as_of.isoformat() if report.as_of else None,
        "by_month": forecast.by_month,
        "observed": forecast.observed,
        "probabilities": {tier.value: round(p, 4) for tier, p in forecast.probabilities.items()},
        "currency": forecast.currency,
        "currencies": list(forecast.currencies),
        "columns": list(HEADERS),
        "rows": table_rows(forecast),
        "answers": [{"key": answer.key, "verdict": answer.verdict,
                     "question": QUESTIONS[answer.key],
                     "sentence": answer.sentence(fmt=_with_currency(forecast)),
                     "figures": _plain(answer.figures)} for answer in forecast.answers],
        "calibration": _calibration_data(report.calibration),
    }
    if result is not None:
        data["backtest"] = _backtest_data(result)
    return data


def _with_currency(forecast: Forecast) -> Formatters:
    """The plain formatters, with the forecast's currency after every amount."""
    code = forecast.currency
    return PLAIN._replace(money=lambda amount: f"{PLAIN.money(amount)} {code}")


def _print_table(forecast: Forecast) -> None:
    widths = (10, 10, 8, 8, 8, 8, 8, 6, 18, 18)
    say("  ".join(header.rjust(width) for header, width in zip(HEADERS, widths, strict=True)))
    for values in table_rows(forecast):
        cells = []
        for value, width in zip(values, widths, strict=True):
            if isinstance(value, float) and width >= 18:
                text = _with_currency(forecast).money(value)
            elif value is None:
                text = "—"
            else:
                text = str(value)
            cells.append(text.rjust(width))
        say("  ".join(cells))


def _print_calibration(calibration: Calibration) -> None:
    say("Probabilities: nominal and observed (won / decided, open, median days to won)")
    for tier in MEASURED_TIERS:
        outcome = calibration.outcomes[tier]
        observed = "—" if outcome.share is None else f"{outcome.share:.2f}"
        days = "—" if outcome.median_days_to_won is None else f"{outcome.median_days_to_won:.0f}"
        say(f"  {tier.label:>8}: nominal {outcome.nominal:.2f}, observed {observed} "
            f"({outcome.won}/{outcome.decided}, {outcome.open} open), {days} days to won")
    carousels = calibration.carousels
    back = ("—" if carousels.median_days_to_return is None
            else f"{carousels.median_days_to_return:.0f}")
    say(f"Carousels: {carousels.came_back} of {carousels.lost_deals} lost deals came back "
        f"(median {back} days later); {carousels.won_after_return} of them were then won.")


def _print_backtest(result: Backtest) -> None:
    say(f"Look back: the forecast of {result.as_of.isoformat()} beside what happened "
        f"until {result.until.isoformat()}")
    for row in result.rows:
        say(f"  {row.tier.label:>4}: {row.deals} deals; expected "
            f"{PLAIN.money(row.expected_nominal)} (nominal) or "
            f"{PLAIN.money(row.expected_observed)} (observed); won "
            f"{row.won_deals} worth {PLAIN.money(row.won_amount)}")
    say(f"  New deals won meanwhile: {result.new_won_deals} worth "
        f"{PLAIN.money(result.new_won_amount)}")
    say(f"  Hours: forecast {PLAIN.hours(result.forecast_hours_nominal)} (nominal) or "
        f"{PLAIN.hours(result.forecast_hours_observed)} (observed); worked about "
        f"{PLAIN.hours(result.worked_hours)}")


def run(args: argparse.Namespace) -> int:
    """Compute and print the forecast."""
    try:
        as_of = parse_date(args.as_of, "--as-of")
    except RuleError as error:
        complain(error.message)
        return 2
    if args.weeks is not None and not 1 <= args.weeks <= 520:
        complain(f"--weeks must be between 1 and 520, not {args.weeks}")
        return 2
    today = date.today()
    if as_of is not None and as_of.year < 1970:
        complain(f"--as-of {as_of.isoformat()} is before any history Tierboard can hold")
        return 2
    if as_of is not None and as_of >= today:
        complain(f"--as-of must be a past day, not {as_of.isoformat()}")
        return 2

    database = open_from_args(args)
    try:
        settings = database.read(load_settings)
        report = database.read(lambda c: make_report(
            c, settings, today=today, weeks=args.weeks, by_month=args.months,
            observed=args.observed, as_of=as_of))
        result = None
        if as_of is not None:
            result = database.read(lambda c: run_backtest(c, settings, as_of, weeks=args.weeks,
                                                          today=today))
    finally:
        database.close()

    if args.json:
        say(json.dumps(as_json(report, result), ensure_ascii=False, indent=2))
        return 0

    forecast = report.forecast
    source = "observed shares" if forecast.observed else "nominal probabilities"
    weights = ", ".join(f"{tier.label} = {forecast.probabilities[tier]:.2f}"
                        for tier in PROBABILITY_TIERS)
    moment = f"as of {as_of.isoformat()}" if as_of else f"from {today.isoformat()}"
    say(f"Forecast {moment}, per {'month' if forecast.by_month else 'week'}, "
        f"{source} ({weights})")
    _print_table(forecast)
    say()
    fmt = _with_currency(forecast)
    for answer in forecast.answers:
        say(f"{QUESTIONS[answer.key]} {answer.sentence(fmt=fmt)}")
    say()
    _print_calibration(report.calibration)
    if result is not None:
        say()
        _print_backtest(result)
    return 0



