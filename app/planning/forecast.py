"""The forecast: expected work and revenue per week or month, and the four answers a manager needs.

How the figures are laid out, day by day from today to the end of the horizon:

- Committed hours are tier-1 work as the load schedule lays it (``Schedule.booked``).
- Expected hours of a 0.9, 0.5 or 0.1 deal are its effort times the tier's probability. The work
  starts at the deal's expected close (today when that has passed), or, without one, today plus
  the ``lead_days.<tier>`` setting. It lasts as many working days as one person would need (the
  team's average hours per person and working day), and within that span each day takes a part
  in proportion to the team's capacity that day, so holidays and time off take none.
- Capacity is every active employee's hours, less time off and holidays (``capacity_on``).
- Committed revenue is a tier-1 deal's amount at its due date; without one, or when the due date
  has passed, at the schedule's planned finish (overdue deals are counted and named apart in the
  volume answer). Expected revenue is amount times probability at the deal's due date, or at the
  end of its expected work when it has none.
- What falls after the horizon (work that starts later, tier 1 the schedule cannot finish within
  it) is not in the table; the volume answer says how much was left out, per tier.

Amounts are summed as they are. The forecast names their currency when every deal shares one;
otherwise it is written in the firm's default currency and marked as a mix (``currencies``).

Pure computation: no Qt. Sentences go through a ``translate`` function and numbers through
``Formatters``, both given by the screen (plain ones serve the command line and the tests).
"""

import dataclasses
import math
import re
import statistics
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from typing import Any, NamedTuple, Protocol
from uuid import UUID

import numpy as np
import numpy.typing as npt
from sqlalchemy import Connection

from app.models import queries
from app.models.queries import DealRow
from app.models.settings import FirmSettings
from app.models.tiers import PROBABILITY_TIERS, Tier
from app.planning import history, schedule
from app.planning.calibration import Calibration, calibrate

FloatArray = npt.NDArray[np.float64]

#: Tiers shown in the forecast, committed work first.
FORECAST_TIERS: tuple[Tier, ...] = (Tier.T1, *PROBABILITY_TIERS)

#: Tier-1 work below this share of the capacity means the team should look for orders now.
FAR_BELOW_SHARE = 0.6

#: The longest span a deal's expected work is spread over, in days (a guard against a team with
#: no working days at all).
MAX_SPREAD_DAYS = 400

#: Answer keys, in the order the panel shows them.
FOCUS, NEXT_ORDER, VOLUME, HIRING = "focus", "next_order", "volume", "hiring"


#: The translation context of the forecast's sentences (the screen translates in it).
CONTEXT = "forecast"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    """Mark a sentence for translation in ``context``; the screen translates it when shown."""
    del context
    return text


class ScheduleLike(Protocol):
    """What the forecast reads from the load schedule (app.planning.schedule.Schedule)."""

    @property
    def booked(self) -> Mapping[UUID, Mapping[date, float]]:
        """Committed hours per employee and day."""

    @property
    def planned(self) -> Mapping[UUID, Any]:
        """Each tier-1 deal's plan, with a ``finish`` date."""

    def capacity_on(self, employee_id: UUID, day: date) -> float:
        """An employee's working hours on a day, less time off and holidays."""


class Formatters(NamedTuple):
    """How sentences and tables write their numbers (the screen passes locale-aware ones)."""

    money: Callable[[Decimal | float], str]
    hours: Callable[[float], str]
    day: Callable[[date], str]
    month: Callable[[date], str]


def _plain_number(value: float) -> str:
    return f"{value:,.0f}".replace(",", " ")


#: Formatters without a locale, for the command line, logs and tests.
PLAIN = Formatters(
    money=lambda amount: _plain_number(float(amount)),
    hours=lambda value: f"{_plain_number(value)} h",
    day=lambda day: day.strftime("%d.%m"),
    month=lambda day: day.strftime("%Y-%m"),
)


def _same(text: str) -> str:
    return text


def _share_text(share: float) -> str:
    return f"{share * 100:.0f} %"


@dataclass(frozen=True, slots=True)
class Period:
    """One column of the forecast: a week (Monday to Sunday) or a calendar month."""

    start: date
    end: date
    monthly: bool

    def label(self, fmt: Formatters = PLAIN) -> str:
        """The period as a column heading: the month, or the week's Monday."""
        return fmt.month(self.start) if self.monthly else fmt.day(self.start)


@dataclass(frozen=True, slots=True)
class PeriodFigures:
    """The forecast of one period.

    Attributes:
        period: the week or month.
        capacity: the team's hours in it (from today on), less time off and holidays.
        committed_hours: tier-1 work the schedule lays into it.
        expected_hours: weighted hours of 0.9, 0.5 and 0.1 deals.
        committed_revenue: tier-1 amounts due in it.
        expected_revenue: weighted amounts of 0.9, 0.5 and 0.1 deals.
    """

    period: Period
    capacity: float
    committed_hours: float
    expected_hours: dict[Tier, float]
    committed_revenue: Decimal
    expected_revenue: dict[Tier, Decimal]

    @property
    def load(self) -> float:
        """Committed and every weighted hour together."""
        return self.committed_hours + sum(self.expected_hours.values())

    @property
    def weighted_revenue(self) -> Decimal:
        """Committed revenue plus every weighted amount."""
        return self.committed_revenue + sum(self.expected_revenue.values(), Decimal(0))

    @property
    def load_share(self) -> float | None:
        """Load against capacity; None without capacity."""
        return self.load / self.capacity if self.capacity > 0 else None


@dataclass(frozen=True)
class ForecastInput:
    """Everything the forecast is computed from, read in one go.

    Attributes:
        today: the day the forecast is made on (a past day for a look back).
        deals: live deals of tiers 1, 0.9, 0.5 and 0.1.
        employee_ids: the active team.
        person_day_hours: an average person's hours on a working day.
        schedule: the load schedule of tier-1 work.
        candidates: who could take a typical order, best first (app.planning.schedule).
        typical_effort: the median effort of the open deals.
        open_deals: how many open deals the typical effort rests on.
    """

    today: date
    deals: Sequence[DealRow]
    employee_ids: Sequence[UUID]
    person_day_hours: float
    schedule: ScheduleLike
    candidates: Sequence[Any] = ()
    typical_effort: float = 0.0
    open_deals: int = 0


@dataclass(frozen=True, slots=True)
class Answer:
    """One of the four answers: which it is, its verdict, and the figures it rests on."""

    key: str
    verdict: str
    figures: dict[str, Any] = field(default_factory=dict)

    def sentence(self, *, translate: Callable[[str], str] = _same,
                 fmt: Formatters = PLAIN) -> str:
        """The answer as plain sentences with their figures."""
        return _one_full_stop(_SENTENCES[self.key](self, translate, fmt))


def _one_full_stop(text: str) -> str:
    """Drop a sentence's full stop where the figure before it already ends in one.

    Abbreviated dates and months ("22 дек.") end in a dot; the sentence's own dot after them
    would make "22 дек.. Затем".
    """
    return re.sub(r"(?<=\w\.)\.(?=\s|$)", "", text)


@dataclass(frozen=True)
class Forecast:
    """The forecast of a horizon, per period, with the four answers.

    Attributes:
        today: the day it was made on.
        by_month: whether ``periods`` are months (else weeks).
        periods: the table's rows.
        weeks: the same horizon per week (the hiring answer always reads weeks).
        months: the same horizon per calendar month (the volume answer reads months).
        probabilities: the probability used per tier.
        observed: whether they are observed shares rather than the nominal ones.
        answers: focus, next order, volume and hiring, in that order.
        currency: the currency the amounts are in: that of every deal when they share one,
            else the firm's default currency.
        currencies: every currency of the deals, by code (more than one: the sums mix them).
    """

    today: date
    by_month: bool
    periods: list[PeriodFigures]
    weeks: list[PeriodFigures]
    months: list[PeriodFigures]
    probabilities: dict[Tier, float]
    observed: bool
    answers: list[Answer]
    currency: str = "RUB"
    currencies: tuple[str, ...] = ()

    @property
    def mixed_currencies(self) -> bool:
        """Whether the sums add amounts of several currencies."""
        return len(self.currencies) > 1

    def answer(self, key: str) -> Answer:
        """The answer of that key."""
        return next(answer for answer in self.answers if answer.key == key)

    def totals(self) -> PeriodFigures:
        """All periods summed, as one."""
        return _sum_figures(self.periods, Period(self.periods[0].period.start,
                                                 self.periods[-1].period.end, self.by_month))


# --- the daily layout ---------------------------------------------------------------------

@dataclass
class _Days:
    """Per-day series from ``origin`` on."""

    origin: date
    count: int
    capacity: FloatArray
    committed: FloatArray
    expected: dict[Tier, FloatArray]
    committed_revenue: FloatArray
    expected_revenue: dict[Tier, FloatArray]
    #: Per tier: deals, weighted revenue and weighted hours that fall after the last day.
    beyond: dict[Tier, list[float]] = field(default_factory=dict)
    #: Tier-1 deals past their due date: how many, and their amount.
    overdue: list[float] = field(default_factory=lambda: [0, 0.0])

    def index(self, day: date) -> int:
        return (day - self.origin).days

    def left_out(self, tier: Tier, revenue: float, hours: float) -> None:
        """Count a deal's revenue and hours that fall after the last day."""
        entry = self.beyond.setdefault(tier, [0, 0.0, 0.0])
        entry[0] += 1
        entry[1] += revenue
        entry[2] += hours


class _TeamCapacity:
    """The team's hours per day, asked of the schedule once per day."""

    def __init__(self, schedule: ScheduleLike, employee_ids: Sequence[UUID]) -> None:
        self._schedule = schedule
        self._employee_ids = list(employee_ids)
        self._cache: dict[date, float] = {}

    def on(self, day: date) -> float:
        hours = self._cache.get(day)
        if hours is None:
            hours = float(sum(self._schedule.capacity_on(key, day) for key in self._employee_ids))
            self._cache[day] = hours
        return hours


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _month_start(day: date) -> date:
    return day.replace(day=1)


def _next_month(day: date) -> date:
    return (day.replace(day=28) + timedelta(days=4)).replace(day=1)


def week_periods(today: date, weeks: int) -> list[Period]:
    """``weeks`` weeks from the one holding ``today``."""
    first = _monday(today)
    return [Period(first + timedelta(days=7 * n), first + timedelta(days=7 * n + 6), False)
            for n in range(max(weeks, 1))]


def month_periods(today: date, last_day: date) -> list[Period]:
    """Calendar months from the one holding ``today`` to the one holding ``last_day``."""
    periods = []
    start = _month_start(today)
    while start <= last_day:
        following = _next_month(start)
        periods.append(Period(start, following - timedelta(days=1), True))
        start = following
    return periods


def _start_of_work(deal: DealRow, today: date, lead_days: Mapping[Tier, int]) -> date:
    if deal.expected_close is not None:
        return max(deal.expected_close, today)
    return today + timedelta(days=int(lead_days.get(deal.tier, 0)))


def _spread(days: _Days, team: _TeamCapacity, deal: DealRow, probability: float,
            start: date, person_day: float) -> tuple[date, float]:
    """Lay one deal's weighted effort over its working days.

    Returns:
        Its last working day, and the weighted hours that fall after the last day of ``days``.
    """
    needed = max(1, math.ceil(deal.effort_hours / person_day)) if person_day > 0 else 1
    span: list[tuple[date, float]] = []
    day = start
    for _ in range(MAX_SPREAD_DAYS):
        hours = team.on(day)
        if hours > 0:
            span.append((day, hours))
            if len(span) == needed:
                break
        day += timedelta(days=1)
    if not span:
        span = [(start, 1.0)]

    weighted = deal.effort_hours * probability
    total = sum(hours for _, hours in span)
    series = days.expected[deal.tier]
    outside = 0.0
    for work_day, hours in span:
        position = days.index(work_day)
        if 0 <= position < days.count:
            series[position] += weighted * hours / total
        elif position >= days.count:
            outside += weighted * hours / total
    return span[-1][0], outside


def _add_revenue(series: FloatArray, days: _Days, day: date, amount: float) -> bool:
    """Add an amount on a day (a past day counts today); False when it is after the last day."""
    position = days.index(max(day, days.origin))
    if position < days.count:
        series[position] += amount
        return True
    return False


def lay_out(data: ForecastInput, probabilities: Mapping[Tier, float],
            lead_days: Mapping[Tier, int], last_day: date) -> _Days:
    """Every day's capacity, committed and expected hours and revenue, today to ``last_day``."""
    today = data.today
    count = max((last_day - today).days + 1, 1)
    days = _Days(
        origin=today, count=count,
        capacity=np.zeros(count), committed=np.zeros(count),
        expected={tier: np.zeros(count) for tier in PROBABILITY_TIERS},
        committed_revenue=np.zeros(count),
        expected_revenue={tier: np.zeros(count) for tier in PROBABILITY_TIERS},
    )
    team = _TeamCapacity(data.schedule, data.employee_ids)
    for offset in range(count):
        days.capacity[offset] = team.on(today + timedelta(days=offset))

    # Committed work and money: as the schedule lays tier 1.
    for by_day in data.schedule.booked.values():
        for day, hours in by_day.items():
            position = days.index(day)
            if 0 <= position < count:
                days.committed[position] += hours
    for deal in data.deals:
        if deal.tier is not Tier.T1:
            continue
        plan = data.schedule.planned.get(deal.id)
        finish = getattr(plan, "finish", None)
        if deal.due_date is not None and deal.due_date < today:
            days.overdue[0] += 1
            days.overdue[1] += float(deal.amount)
        if deal.due_date is not None and deal.due_date >= today:
            paid_on = deal.due_date
        elif finish is not None:
            paid_on = finish
        else:
            # The schedule cannot finish it within its horizon: its money is not in sight.
            days.left_out(Tier.T1, float(deal.amount), 0.0)
            continue
        if not _add_revenue(days.committed_revenue, days, paid_on, float(deal.amount)):
            days.left_out(Tier.T1, float(deal.amount), 0.0)

    # Expected work and money of the tiers below, weighted by their probability.
    for deal in data.deals:
        if deal.tier not in PROBABILITY_TIERS:
            continue
        probability = float(probabilities.get(deal.tier, 0.0))
        start = _start_of_work(deal, today, lead_days)
        finish, hours_after = start, 0.0
        if deal.effort_hours > 0 and probability > 0:
            finish, hours_after = _spread(days, team, deal, probability, start,
                                          data.person_day_hours)
        paid_on = deal.due_date if deal.due_date and deal.due_date >= start else finish
        revenue = float(deal.amount) * probability
        counted = _add_revenue(days.expected_revenue[deal.tier], days, paid_on, revenue)
        if probability > 0 and (not counted or hours_after > 0):
            days.left_out(deal.tier, 0.0 if counted else revenue, hours_after)
    return days


def _money(value: float) -> Decimal:
    return Decimal(str(round(value, 2))).quantize(Decimal("0.01"))


def _figures(days: _Days, period: Period) -> PeriodFigures:
    first = max(days.index(period.start), 0)
    last = min(days.index(period.end) + 1, days.count)
    window = slice(first, max(first, last))
    return PeriodFigures(
        period=period,
        capacity=float(days.capacity[window].sum()),
        committed_hours=float(days.committed[window].sum()),
        expected_hours={tier: float(days.expected[tier][window].sum())
                        for tier in PROBABILITY_TIERS},
        committed_revenue=_money(float(days.committed_revenue[window].sum())),
        expected_revenue={tier: _money(float(days.expected_revenue[tier][window].sum()))
                          for tier in PROBABILITY_TIERS},
    )


def _sum_figures(rows: Iterable[PeriodFigures], period: Period) -> PeriodFigures:
    rows = list(rows)
    return PeriodFigures(
        period=period,
        capacity=sum(row.capacity for row in rows),
        committed_hours=sum(row.committed_hours for row in rows),
        expected_hours={tier: sum(row.expected_hours[tier] for row in rows)
                        for tier in PROBABILITY_TIERS},
        committed_revenue=sum((row.committed_revenue for row in rows), Decimal(0)),
        expected_revenue={tier: sum((row.expected_revenue[tier] for row in rows), Decimal(0))
                          for tier in PROBABILITY_TIERS},
    )


# --- the forecast and its answers -----------------------------------------------------------

def nominal_probabilities(settings: FirmSettings) -> dict[Tier, float]:
    """The firm's probability per tier, as floats."""
    return {tier: float(value) for tier, value in settings.probabilities().items()}


def lead_days_of(settings: FirmSettings) -> dict[Tier, int]:
    """Days from today to the expected close of a deal without one, per tier."""
    return {tier: int(settings[f"lead_days.{tier.value}"]) for tier in PROBABILITY_TIERS}


def compute_forecast(data: ForecastInput, settings: FirmSettings, *, weeks: int | None = None,
                     by_month: bool = False, probabilities: Mapping[Tier, float] | None = None,
                     observed: bool = False) -> Forecast:
    """The forecast of the horizon and the four answers.

    Args:
        data: the pipeline, the team and the schedule.
        settings: the firm's settings (horizon, lead days, thresholds, probabilities).
        weeks: the horizon in weeks (default: the ``forecast_horizon_weeks`` setting).
        by_month: show calendar months rather than weeks.
        probabilities: the probability per tier (default: the nominal ones).
        observed: whether ``probabilities`` are observed shares (said in the answers).

    Returns:
        The forecast.
    """
    horizon = max(int(weeks or settings["forecast_horizon_weeks"]), 1)
    chosen = dict(probabilities or nominal_probabilities(settings))
    week_list = week_periods(data.today, horizon)
    month_list = month_periods(data.today, week_list[-1].end)
    last_day = max(week_list[-1].end, month_list[-1].end)

    days = lay_out(data, chosen, lead_days_of(settings), last_day)
    weekly = [_figures(days, period) for period in week_list]
    monthly = [_figures(days, period) for period in month_list]
    currencies = tuple(sorted({deal.currency.upper() for deal in data.deals}))
    currency = currencies[0] if len(currencies) == 1 else str(settings["default_currency"])
    volume = volume_answer(monthly)
    volume.figures.update(
        last_day=last_day, currency=currency,
        mixed=currencies if len(currencies) > 1 else (),
        overdue=(int(days.overdue[0]), _money(days.overdue[1])),
        left_out=[(tier, int(entry[0]), _money(entry[1]), float(entry[2]))
                  for tier in FORECAST_TIERS if (entry := days.beyond.get(tier))],
    )
    answers = [
        focus_answer(days, int(settings["advisor_weeks"]),
                     tier1_backlog(data.schedule, data.today)),
        next_order_answer(data),
        volume,
        hiring_answer(weekly, float(settings["hiring_threshold_share"]),
                      int(settings["hiring_threshold_weeks"])),
    ]
    return Forecast(
        today=data.today, by_month=by_month, periods=monthly if by_month else weekly,
        weeks=weekly, months=monthly, probabilities=chosen, observed=observed, answers=answers,
        currency=currency, currencies=currencies,
    )


def tier1_backlog(plan: ScheduleLike, today: date) -> float:
    """Every hour of tier-1 work the schedule lays from today on, however far ahead."""
    return float(sum(hours for by_day in plan.booked.values()
                     for day, hours in by_day.items() if day >= today))


def focus_answer(days: _Days, weeks: int, backlog: float) -> Answer:
    """Sales or production: tier-1 work waiting against capacity over the next ``weeks`` weeks.

    The schedule never lays more than a day's capacity, so the hours it books inside the window
    can never show an overload; the whole tier-1 backlog is set against the window instead.
    """
    window = slice(0, min(max(weeks, 1) * 7, days.count))
    committed = backlog
    capacity = float(days.capacity[window].sum())
    figures = {"committed": committed, "capacity": capacity, "weeks": weeks,
               "share": committed / capacity if capacity > 0 else None}
    if capacity <= 0:
        return Answer(FOCUS, "no_capacity", figures)
    share = committed / capacity
    if share > 1.0:
        return Answer(FOCUS, "produce", figures)
    if share < FAR_BELOW_SHARE:
        return Answer(FOCUS, "look_for_orders", figures)
    return Answer(FOCUS, "balanced", figures)


def typical_effort(deals: Iterable[DealRow]) -> tuple[float, int]:
    """The median effort of open deals with an effort, and how many there are."""
    efforts = [deal.effort_hours for deal in deals if deal.effort_hours > 0]
    return (float(statistics.median(efforts)) if efforts else 0.0), len(efforts)


def next_order_answer(data: ForecastInput) -> Answer:
    """Who takes the next order: the load view's ranking for a typical order.

    Without an active employee nobody can; when no open deal gives an effort, a typical order
    cannot be sized and the ranking is by who is free first; when people are there but none
    could finish it within the schedule's horizon, that is said rather than "nobody".
    """
    ranked = [(str(getattr(c, "name", "")), getattr(c, "finish", None))
              for c in list(data.candidates)[:3]]
    figures = {"effort": data.typical_effort, "open": data.open_deals, "ranked": ranked,
               "team": len(data.employee_ids)}
    if not data.employee_ids:
        return Answer(NEXT_ORDER, "nobody", figures)
    if not ranked:
        return Answer(NEXT_ORDER, "beyond_horizon", figures)
    if data.typical_effort <= 0:
        return Answer(NEXT_ORDER, "unsized", figures)
    return Answer(NEXT_ORDER, "candidate", figures)


def volume_answer(months: Sequence[PeriodFigures]) -> Answer:
    """Expected volume per month: from committed only to all weighted."""
    rows = [(row.period.start, row.committed_revenue, row.weighted_revenue,
             row.committed_hours, row.load) for row in months]
    figures = {
        "months": rows,
        "revenue_low": sum((row[1] for row in rows), Decimal(0)),
        "revenue_high": sum((row[2] for row in rows), Decimal(0)),
        "hours_low": sum(row[3] for row in rows),
        "hours_high": sum(row[4] for row in rows),
    }
    return Answer(VOLUME, "range", figures)


def _runs(flags: Sequence[bool], length: int) -> list[tuple[int, int]]:
    """(first, last) index of every stretch of at least ``length`` True values in a row."""
    runs, start = [], None
    for position, flag in enumerate([*flags, False]):
        if flag and start is None:
            start = position
        elif not flag and start is not None:
            if position - start >= length:
                runs.append((start, position - 1))
            start = None
    return runs


def hiring_answer(weeks: Sequence[PeriodFigures], threshold: float, in_a_row: int) -> Answer:
    """Hiring: expected load above capacity, or idle capacity, for weeks in a row.

    Over means the load exceeds capacity by more than ``threshold`` (a share) for ``in_a_row``
    weeks or more; idle means it stays below capacity by as much for as long.
    """
    over = [row.capacity > 0 and row.load > row.capacity * (1 + threshold) for row in weeks]
    idle = [row.capacity > 0 and row.load < row.capacity * (1 - threshold) for row in weeks]
    over_runs = _runs(over, max(in_a_row, 1))
    idle_runs = _runs(idle, max(in_a_row, 1))

    def stretch(runs: list[tuple[int, int]]) -> list[tuple[date, date, int]]:
        return [(weeks[a].period.start, weeks[b].period.start, b - a + 1) for a, b in runs]

    def average(runs: list[tuple[int, int]], sign: float) -> float:
        picked = [weeks[i] for a, b in runs for i in range(a, b + 1)]
        if not picked:
            return 0.0
        return sum(sign * (row.load - row.capacity) for row in picked) / len(picked)

    figures = {
        "threshold": threshold, "in_a_row": in_a_row,
        "over": stretch(over_runs), "excess": average(over_runs, 1.0),
        "idle": stretch(idle_runs), "spare": average(idle_runs, -1.0),
    }
    verdict = "steady"
    if not any(row.capacity > 0 for row in weeks):
        # Load against no capacity at all says nothing about hiring; the team is missing.
        figures["weeks"] = len(weeks)
        verdict = "no_capacity"
    elif over_runs and idle_runs:
        verdict = "hire_and_idle"
    elif over_runs:
        verdict = "hire"
    elif idle_runs:
        verdict = "idle"
    return Answer(HIRING, verdict, figures)


# --- sentences ------------------------------------------------------------------------------

def _focus_sentence(answer: Answer, translate: Callable[[str], str], fmt: Formatters) -> str:
    values = dict(answer.figures)
    values.update(committed=fmt.hours(values["committed"]), capacity=fmt.hours(values["capacity"]),
                  share=_share_text(values["share"] or 0.0))
    texts = {
        "look_for_orders": QT_TRANSLATE_NOOP(
        "forecast",
            "Look for orders now: work already won (tier 1, %(committed)s) fills only "
            "%(share)s of the team's capacity over the next %(weeks)s weeks (%(capacity)s)."),
        "produce": QT_TRANSLATE_NOOP(
        "forecast",
            "Produce, and don't go down the tiers: tier 1 holds %(committed)s of work, more "
            "than the team's capacity over the next %(weeks)s weeks (%(capacity)s, %(share)s)."),
        "balanced": QT_TRANSLATE_NOOP(
        "forecast",
            "Keep producing and push 0.9: work already won (tier 1, %(committed)s) fills "
            "%(share)s of the team's capacity over the next %(weeks)s weeks (%(capacity)s)."),
        "no_capacity": _NO_CAPACITY,
    }
    return translate(texts[answer.verdict]) % values


#: The focus and hiring answers when nobody has working hours.
_NO_CAPACITY = QT_TRANSLATE_NOOP(
    "forecast",
    "Nobody has working hours in the next %(weeks)s weeks: add people or their hours in "
    "Firm → Team…")


def _next_order_sentence(answer: Answer, translate: Callable[[str], str],
                         fmt: Formatters) -> str:
    figures = answer.figures
    if answer.verdict == "nobody":
        return translate(QT_TRANSLATE_NOOP(
            "forecast", "Nobody can take a new order: there is no active employee."))
    if answer.verdict == "beyond_horizon":
        return translate(QT_TRANSLATE_NOOP(
            "forecast",
            "None of the %(team)s active employees could finish a typical order (%(effort)s) "
            "within the schedule's horizon.")) % {
            "team": figures["team"], "effort": fmt.hours(figures["effort"])}
    ranked = figures["ranked"]
    name, finish = ranked[0]
    values = {"effort": fmt.hours(figures["effort"]), "open": figures["open"], "name": name,
              "finish": fmt.day(finish) if finish else "—"}
    if answer.verdict == "unsized":
        text = translate(QT_TRANSLATE_NOOP(
            "forecast",
            "No open deal gives an effort, so a typical order cannot be sized: %(name)s is "
            "free first, from %(finish)s.")) % values
    else:
        text = translate(QT_TRANSLATE_NOOP(
            "forecast",
            "The next order goes to %(name)s, who would finish a typical one (%(effort)s, the "
            "median of %(open)s open deals) by %(finish)s.")) % values
    if len(ranked) > 1:
        others = ", ".join(
            f"{other} ({fmt.day(day) if day else '—'})" for other, day in ranked[1:]
        )
        then = translate(QT_TRANSLATE_NOOP("forecast", "Then: %(others)s."))
        text += " " + then % {"others": others}
    return text


def _volume_sentence(answer: Answer, translate: Callable[[str], str], fmt: Formatters) -> str:
    figures = answer.figures
    text = translate(QT_TRANSLATE_NOOP(
        "forecast",
        "Expected volume: revenue %(revenue_low)s (tier 1 only) to %(revenue_high)s (every deal "
        "weighted); work %(hours_low)s to %(hours_high)s.")) % {
        "revenue_low": fmt.money(figures["revenue_low"]),
        "revenue_high": fmt.money(figures["revenue_high"]),
        "hours_low": fmt.hours(figures["hours_low"]),
        "hours_high": fmt.hours(figures["hours_high"]),
    }
    months = "".join(
        f"\n• {fmt.month(start)}: {fmt.money(low)} – {fmt.money(high)}, "
        f"{fmt.hours(h_low)} – {fmt.hours(h_high)}"
        for start, low, high, h_low, h_high in figures["months"]
    )
    text += "\n" + translate(QT_TRANSLATE_NOOP("forecast", "By month:")) + months
    count, amount = figures.get("overdue", (0, Decimal(0)))
    if count:
        text += "\n" + translate(QT_TRANSLATE_NOOP(
            "forecast",
            "%(count)s tier-1 deals (%(amount)s) are past their due date: their revenue is "
            "counted when the schedule finishes their work, not on the date they were due.")) % {
            "count": count, "amount": fmt.money(amount)}
    left_out = figures.get("left_out") or []
    if left_out:
        parts = ", ".join(
            translate(QT_TRANSLATE_NOOP(
                "forecast", "%(tier)s: %(count)s deals, %(revenue)s, %(hours)s")) % {
                "tier": tier.label, "count": deals, "revenue": fmt.money(revenue),
                "hours": fmt.hours(hours)}
            for tier, deals, revenue, hours in left_out)
        text += "\n" + translate(QT_TRANSLATE_NOOP(
            "forecast", "Not counted, as it falls after %(last)s (weighted): %(parts)s.")) % {
            "last": fmt.day(figures["last_day"]), "parts": parts}
    if figures.get("mixed"):
        text += "\n" + translate(QT_TRANSLATE_NOOP(
            "forecast",
            "Mixed currencies: amounts in %(codes)s are added as they are, without conversion, "
            "and written in %(currency)s.")) % {
            "codes": ", ".join(figures["mixed"]), "currency": figures["currency"]}
    return text


def _stretches(runs: Sequence[tuple[date, date, int]], fmt: Formatters,
               translate: Callable[[str], str]) -> str:
    parts = []
    for first, last, count in runs:
        if count == 1:
            one = translate(QT_TRANSLATE_NOOP("forecast", "the week of %(first)s"))
            parts.append(one % {"first": fmt.day(first)})
        else:
            several = translate(QT_TRANSLATE_NOOP(
                "forecast", "the %(count)s weeks of %(first)s–%(last)s"))
            parts.append(several % {
                "count": count, "first": fmt.day(first), "last": fmt.day(last)})
    return ", ".join(parts)


def _hiring_sentence(answer: Answer, translate: Callable[[str], str], fmt: Formatters) -> str:
    figures = answer.figures
    if answer.verdict == "no_capacity":
        return translate(_NO_CAPACITY) % {"weeks": figures["weeks"]}
    values = {
        "threshold": _share_text(figures["threshold"]), "in_a_row": figures["in_a_row"],
        "over": _stretches(figures["over"], fmt, translate),
        "idle": _stretches(figures["idle"], fmt, translate),
        "excess": fmt.hours(figures["excess"]), "spare": fmt.hours(figures["spare"]),
    }
    parts = []
    if figures["over"]:
        parts.append(translate(QT_TRANSLATE_NOOP(
        "forecast",
            "Consider hiring: the expected load exceeds capacity by more than %(threshold)s in "
            "%(over)s (%(excess)s a week over on average).")) % values)
    if figures["idle"]:
        parts.append(translate(QT_TRANSLATE_NOOP(
        "forecast",
            "Capacity sits idle: even with every deal weighted in, %(spare)s a week stay free "
            "in %(idle)s.")) % values)
    if not parts:
        parts.append(translate(QT_TRANSLATE_NOOP(
        "forecast",
            "No need to hire: the expected load stays within %(threshold)s of capacity, never "
            "%(in_a_row)s weeks in a row above it.")) % values)
    return " ".join(parts)


_SENTENCES: dict[str, Callable[[Answer, Callable[[str], str], Formatters], str]] = {
    FOCUS: _focus_sentence,
    NEXT_ORDER: _next_order_sentence,
    VOLUME: _volume_sentence,
    HIRING: _hiring_sentence,
}

#: The answers' questions, as the panel and the command line head them.
QUESTIONS: dict[str, str] = {
    FOCUS: QT_TRANSLATE_NOOP("forecast", "Sales or production?"),
    NEXT_ORDER: QT_TRANSLATE_NOOP("forecast", "Who takes the next order?"),
    VOLUME: QT_TRANSLATE_NOOP("forecast", "What volume can we expect?"),
    HIRING: QT_TRANSLATE_NOOP("forecast", "Do we need to hire?"),
}


# --- reading --------------------------------------------------------------------------------

def person_day_hours(employees: Iterable[Any]) -> float:
    """An average person's hours on a working day, from the team's weekday hours."""
    per_person = []
    for employee in employees:
        working = [float(hours) for hours in employee.weekly_hours if hours > 0]
        if working:
            per_person.append(sum(working) / len(working))
    return sum(per_person) / len(per_person) if per_person else 8.0


def read_forecast_input(connection: Connection, settings: FirmSettings, today: date, *,
                        as_of: date | None = None) -> ForecastInput:
    """Read the pipeline, the team and the schedule the forecast is made from.

    Args:
        connection: an open connection.
        settings: the firm's settings.
        today: the day the forecast is made on.
        as_of: rebuild the pipeline as it stood at the end of this past day (and make the
            forecast as if it were today).

    Returns:
        The forecast's input.
    """
    if as_of is not None:
        today = as_of
        open_deals = history.pipeline_as_of(connection, as_of)
    else:
        open_deals = queries.deal_rows(connection)
    deals = [deal for deal in open_deals if deal.tier in FORECAST_TIERS]

    # The schedule's own read would fetch tiers 1 and 0.9 again; they are in hand already.
    data = schedule.ScheduleInput(
        employees=queries.employees(connection), deals=[],
        time_off=queries.time_off(connection), holidays=queries.holidays(connection),
        probability_09=float(settings.probability(Tier.T09)),
    )
    return prepare_input(data, deals, open_deals, today)


def prepare_input(data: schedule.ScheduleInput, deals: Sequence[DealRow],
                  open_deals: Iterable[DealRow], today: date) -> ForecastInput:
    """Lay the schedule and rank the candidates for a pipeline (no database needed).

    Args:
        data: the team and its calendars (its deals are replaced by those of ``deals``).
        deals: live deals of tiers 1, 0.9, 0.5 and 0.1.
        open_deals: every open deal, for the typical effort of an order.
        today: the day the forecast is made on.

    Returns:
        The forecast's input.
    """
    data = dataclasses.replace(
        data, deals=[deal for deal in deals if deal.tier in (Tier.T1, Tier.T09)]
    )
    plan = schedule.build_schedule(data, today)
    effort, counted = typical_effort(open_deals)
    # Without a typical effort the ranking still says who is free first.
    candidates = schedule.rank_candidates(data, effort, today, plan)
    return ForecastInput(
        today=today, deals=list(deals),
        employee_ids=[employee.id for employee in data.employees],
        person_day_hours=person_day_hours(data.employees), schedule=plan,
        candidates=candidates, typical_effort=effort, open_deals=counted,
    )


@dataclass(frozen=True)
class ForecastReport:
    """A forecast with the calibration it may rest on (what the view and the command show)."""

    forecast: Forecast
    calibration: Calibration
    as_of: date | None = None


def make_report(connection: Connection, settings: FirmSettings, *, today: date,
                weeks: int | None = None, by_month: bool = False, observed: bool = False,
                as_of: date | None = None) -> ForecastReport:
    """Read everything and compute the forecast and the calibration in one go.

    When ``as_of`` is given, the calibration learns only from the history before the end of
    that day, so a look back never uses what was not known then.
    """
    until = history.end_of(as_of) if as_of is not None else None
    timelines = history.read_timelines(connection, until=until)
    calibration = calibrate(timelines, settings.probabilities(), until=until)
    data = read_forecast_input(connection, settings, today, as_of=as_of)
    forecast = compute_forecast(data, settings, weeks=weeks, by_month=by_month,
                                probabilities=calibration.probabilities(observed=observed),
                                observed=observed)
    return ForecastReport(forecast, calibration, as_of)
