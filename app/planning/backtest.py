"""A forecast made on a past day, set beside what was actually won and worked afterwards.

For a past day D and a horizon of W weeks (from D to the end of the W-th week after it):

- The pipeline of D is rebuilt from the history (app.planning.history).
- Expected: each tier's deals of D, weighted by the nominal probabilities and by the shares
  observed in the history before D (never after: the look back knows only what was known then).
- Won: those same deals that reached tier 1 or Done within the horizon (as the history shows).
  Deals that arrived after D and were won within the horizon are counted apart.
- Worked: the firm keeps no timesheets, so a deal's effort is taken to be spread evenly over the
  calendar days it stood in tier 1; the days that fall within the horizon count as worked then.
  The forecast's own hours for the same days are its committed and weighted load.
"""

import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Connection

from app.models import queries
from app.models.queries import DealRow
from app.models.settings import FirmSettings
from app.models.tiers import PROBABILITY_TIERS, Tier
from app.planning import forecast as fc
from app.planning import history
from app.planning.calibration import calibrate
from app.planning.history import Timeline

_WON = (Tier.T1, Tier.DONE)


@dataclass(frozen=True, slots=True)
class BacktestRow:
    """One tier of the pipeline on the past day, what was expected of it and what came of it.

    Attributes:
        tier: the tier the deals stood in on the past day.
        deals: how many deals stood there.
        amount: their amounts.
        expected_nominal: their amounts weighted by the nominal probability.
        expected_observed: weighted by the share observed before the day.
        won_deals: how many of them were won within the horizon.
        won_amount: their amounts.
    """

    tier: Tier
    deals: int
    amount: Decimal
    expected_nominal: Decimal
    expected_observed: Decimal
    won_deals: int
    won_amount: Decimal


@dataclass(frozen=True)
class Backtest:
    """The look back as a whole.

    Attributes:
        as_of: the past day the forecast was made on.
        until: the last day of the horizon (not later than today).
        rows: per tier of 0.9, 0.5 and 0.1.
        nominal: the nominal probabilities.
        observed: the probabilities learned before the day (nominal where too thin).
        new_won_deals: deals that arrived after the day and were won within the horizon.
        new_won_amount: their amounts.
        forecast_hours_nominal: the forecast's load over the horizon, nominal probabilities.
        forecast_hours_observed: the same with the observed ones.
        worked_hours: the hours actually worked over the horizon (see the module's notes).
    """

    as_of: date
    until: date
    rows: list[BacktestRow]
    nominal: dict[Tier, float]
    observed: dict[Tier, float]
    new_won_deals: int
    new_won_amount: Decimal
    forecast_hours_nominal: float
    forecast_hours_observed: float
    worked_hours: float

    @property
    def expected_nominal(self) -> Decimal:
        """Every tier's nominal weighted amount."""
        return sum((row.expected_nominal for row in self.rows), Decimal(0))

    @property
    def expected_observed(self) -> Decimal:
        """Every tier's observed weighted amount."""
        return sum((row.expected_observed for row in self.rows), Decimal(0))

    @property
    def won_amount(self) -> Decimal:
        """What the pipeline of the day actually brought within the horizon."""
        return sum((row.won_amount for row in self.rows), Decimal(0))


def _won_between(timeline: Timeline | None, start: datetime, end: datetime) -> bool:
    if timeline is None:
        return False
    return any(start <= at < end and tier in _WON for at, tier in timeline.steps)


def worked_hours(rows: Iterable[DealRow], timelines: Mapping[uuid.UUID, Timeline], first: date,
                 last: date, now: datetime) -> float:
    """Hours worked from ``first`` to ``last`` (both included).

    Each deal's effort is spread evenly over the calendar days it stood in tier 1 (see the
    module's notes).
    """
    total = 0.0
    for row in rows:
        timeline = timelines.get(row.id)
        if timeline is None or row.effort_hours <= 0:
            continue
        spans = _production_spans(timeline, now)
        days_in = sum(max((end - start).total_seconds(), 0.0) for start, end in spans) / 86400
        if days_in <= 0:
            continue
        window_start = datetime.combine(first, datetime.min.time())
        window_end = history.end_of(last)
        inside = sum(max((min(end, window_end) - max(start, window_start)).total_seconds(), 0.0)
                     for start, end in spans) / 86400
        total += row.effort_hours * inside / days_in
    return total


def _production_spans(timeline: Timeline, now: datetime) -> list[tuple[datetime, datetime]]:
    spans, started = [], None
    for at, tier in timeline.steps:
        in_production = tier == Tier.T1
        if in_production and started is None:
            started = at
        elif not in_production and started is not None:
            spans.append((started, at))
            started = None
    if started is not None:
        spans.append((started, max(now, started)))
    return spans


def _weighted(rows: Sequence[DealRow], probability: float) -> Decimal:
    total = sum((row.amount for row in rows), Decimal(0))
    return (total * Decimal(str(probability))).quantize(Decimal("0.01"))


def run_backtest(connection: Connection, settings: FirmSettings, as_of: date, *,
                 weeks: int | None = None, today: date | None = None,
                 now: datetime | None = None) -> Backtest:
    """Make the forecast of ``as_of`` again and set it beside what happened.

    Args:
        connection: an open connection.
        settings: the firm's settings.
        as_of: the past day.
        weeks: the horizon (default: the ``forecast_horizon_weeks`` setting).
        today: the real today; the horizon stops there.
        now: the real moment (deals still in tier 1 count as in production until it).

    Returns:
        The look back.
    """
    today = today or date.today()
    now = now or datetime.combine(today, datetime.min.time())
    horizon = max(int(weeks or settings["forecast_horizon_weeks"]), 1)
    until = min(fc.week_periods(as_of, horizon)[-1].end, today)
    start, end = history.end_of(as_of), history.end_of(until)

    every = queries.deal_rows(connection, (*fc.FORECAST_TIERS, Tier.INCOMING, Tier.DONE,
                                           Tier.LOST))
    timelines = {timeline.deal_id: timeline for timeline in history.read_timelines(connection)}
    then = history.rebuild_rows(every, timelines.values(), as_of, tiers=fc.FORECAST_TIERS)
    calibration = calibrate(timelines.values(), settings.probabilities(), until=start)
    nominal = calibration.probabilities(observed=False)
    observed = calibration.probabilities(observed=True)

    rows = []
    for tier in PROBABILITY_TIERS:
        in_tier = [row for row in then if row.tier is tier]
        won = [row for row in in_tier if _won_between(timelines.get(row.id), start, end)]
        rows.append(BacktestRow(
            tier=tier, deals=len(in_tier), amount=sum((r.amount for r in in_tier), Decimal(0)),
            expected_nominal=_weighted(in_tier, nominal[tier]),
            expected_observed=_weighted(in_tier, observed[tier]),
            won_deals=len(won), won_amount=sum((r.amount for r in won), Decimal(0)),
        ))

    known = {row.id for row in then}
    existed = {row.id for row in history.rebuild_rows(every, timelines.values(), as_of,
                                                      tiers=(*Tier,))}
    new_won = [row for row in every if row.id not in existed and row.id not in known
               and _won_between(timelines.get(row.id), start, end)]

    data = fc.read_forecast_input(connection, settings, as_of, as_of=as_of)
    load: dict[str, float] = {}
    for name, probabilities in (("nominal", nominal), ("observed", observed)):
        result = fc.compute_forecast(data, settings, weeks=horizon, probabilities=probabilities)
        load[name] = sum(row.load for row in result.weeks if row.period.start <= until)

    return Backtest(
        as_of=as_of, until=until, rows=rows, nominal=nominal, observed=observed,
        new_won_deals=len(new_won), new_won_amount=sum((r.amount for r in new_won), Decimal(0)),
        forecast_hours_nominal=load["nominal"], forecast_hours_observed=load["observed"],
        worked_hours=worked_hours(every, timelines, as_of, until, now),
    )
