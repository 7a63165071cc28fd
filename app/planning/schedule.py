"""The schedule of the committed work: every tier-1 deal laid on its assignee's own calendar.

How the work is laid, per employee:

1. Deals with a fixed window (both ``planned_start`` and ``planned_finish``) go first: their
   effort is spread evenly over the working days of the window, whatever else is booked, so a
   fixed window may book more than a day's capacity (that shows as over-allocation).
2. The other tier-1 deals follow in rank order (the manual priority of the column). Each one
   takes the capacity left on each day, from today, or from its actual start (``started_on``)
   when that is earlier, until its effort is used up. Laid work never exceeds what is left of a
   day, so too much work shows as lateness against the due date, never as a longer day.
3. The likely load comes last: assigned deals in tier 0.9, their effort weighted by the firm's
   0.9 probability, laid the same way on the capacity the committed work left, from today or
   their expected close if that is later.

The remaining effort of a started deal is its whole effort: there is no time tracking, so the
work is laid from the day it started and the capacity of the days since then counts as work
done on it.

Days are indexed from an origin (today, or the earliest start of a started deal) and every
per-day figure is one row of a numpy array per employee, so a firm of 200 people with 5,000 deals
is scheduled in a few dozen milliseconds.
"""

import logging
import uuid
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any

import numpy as np
from sqlalchemy import Connection

from app.models import queries
from app.models.queries import DealRow, EmployeeRow
from app.models.settings import FirmSettings
from app.models.tiers import Tier
from app.planning.calendar import FloatArray, WorkCalendar, build_calendars

log = logging.getLogger(__name__)

#: A started deal is laid from its start, but never from further back than this many days; an
#: old start would otherwise make every array a year longer for nothing.
MAX_LOOKBACK_DAYS = 366

#: Hours below this count as nothing (float sums of thirds and halves are never exact).
EPSILON = 1e-6


@dataclass(frozen=True)
class ScheduleInput:
    """Everything the schedule needs from the database, read in one transaction.

    Attributes:
        employees: the active employees.
        deals: the live deals of tier 1 (committed) and tier 0.9 (likely).
        time_off: each employee's days off, as (first, last) spans.
        holidays: the firm's holidays.
        probability_09: the firm's probability of a 0.9 deal, which weights the likely load.
    """

    employees: list[EmployeeRow]
    deals: list[DealRow]
    time_off: dict[uuid.UUID, list[tuple[date, date]]]
    holidays: set[date]
    probability_09: float


def read_schedule_input(connection: Connection, settings: FirmSettings) -> ScheduleInput:
    """Read the employees, deals and calendars the schedule is built from."""
    return ScheduleInput(
        employees=queries.employees(connection),
        deals=queries.deal_rows(connection, (Tier.T1, Tier.T09)),
        time_off=queries.time_off(connection),
        holidays=queries.holidays(connection),
        probability_09=float(settings.probability(Tier.T09)),
    )


@dataclass
class PlannedDeal:
    """Where one deal falls in its assignee's calendar.

    Attributes:
        deal_id: the deal.
        employee_id: its assignee.
        start: the first day work is laid on it (None when nothing could be laid).
        finish: the day its effort is used up (None when it does not fit in the horizon).
        hours: the hours laid: the effort, or the weighted effort of a likely deal.
        late: it finishes after its due date (or never, within the horizon, while due).
        likely: a 0.9 deal (weighted), not committed work.
        fixed: it has a fixed window (its effort is spread over the window).
        due_date: when the client expects it.
        title: the deal's title.
        start_offset: the part of the start day already taken by work laid before it (0 to 1).
        finish_offset: the part of the finish day taken when it ends (0 to 1).
        client_name: the client's name.
        tier: the deal's tier.
    """

    deal_id: uuid.UUID
    employee_id: uuid.UUID
    start: date | None
    finish: date | None
    hours: float
    late: bool
    likely: bool
    fixed: bool
    due_date: date | None
    title: str
    start_offset: float = 0.0
    finish_offset: float = 1.0
    client_name: str = ""
    tier: Tier = Tier.T1


@dataclass(frozen=True)
class WeekLoad:
    """One employee's hours in one week (Monday to Sunday)."""

    start: date
    booked: float
    likely: float
    capacity: float

    @property
    def free(self) -> float:
        """Capacity not taken by committed work (never below zero)."""
        return max(self.capacity - self.booked, 0.0)

    @property
    def over(self) -> float:
        """Committed hours beyond capacity (0 when within it)."""
        return max(self.booked - self.capacity, 0.0)

    @property
    def utilisation(self) -> float | None:
        """Booked against capacity (1.0 is full); None when there is no capacity at all."""
        if self.capacity <= EPSILON:
            return None
        return self.booked / self.capacity


@dataclass(eq=False)
class Schedule:
    """The laid work of every employee.

    Attributes:
        today: the day the schedule was laid from.
        planned: every scheduled deal (committed and likely), by id.
        booked: committed (tier-1) hours per employee per day, only days with work.
        likely: weighted 0.9 hours per employee per day, only days with work.
        origin: the first day of the arrays (today or the earliest start of a started deal).
        employees: the employees, in the order of the array rows.
        calendars: each employee's calendar.
        capacity_hours: hours per employee (row) per day (column) from ``origin``.
        booked_hours: committed hours, same shape.
        likely_hours: likely hours, same shape.
        unplanned: tier-1 deals that could not be laid (their assignee is not active).
    """

    today: date
    planned: dict[uuid.UUID, PlannedDeal]
    booked: dict[uuid.UUID, dict[date, float]]
    likely: dict[uuid.UUID, dict[date, float]]
    origin: date = date.min
    employees: list[EmployeeRow] = field(default_factory=list)
    calendars: dict[uuid.UUID, WorkCalendar] = field(default_factory=dict)
    capacity_hours: FloatArray = field(default_factory=lambda: np.zeros((0, 0)))
    booked_hours: FloatArray = field(default_factory=lambda: np.zeros((0, 0)))
    likely_hours: FloatArray = field(default_factory=lambda: np.zeros((0, 0)))
    unplanned: list[uuid.UUID] = field(default_factory=list)
    _rows: dict[uuid.UUID, int] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        if not self._rows:
            self._rows = {employee.id: row for row, employee in enumerate(self.employees)}

    @property
    def days(self) -> int:
        """How many days the arrays hold."""
        return int(self.capacity_hours.shape[1]) if self.capacity_hours.ndim == 2 else 0

    def day_index(self, day: date) -> int:
        """The column of ``day`` in the arrays (may fall outside them)."""
        return (day - self.origin).days

    def day_at(self, index: int) -> date:
        """The day of column ``index``."""
        return self.origin + timedelta(days=int(index))

    def row_of(self, employee_id: uuid.UUID) -> int | None:
        """The array row of an employee (None for somebody not scheduled)."""
        return self._rows.get(employee_id)

    def capacity_on(self, employee_id: uuid.UUID, day: date) -> float:
        """The employee's own working hours on ``day`` (0 for somebody unknown)."""
        calendar = self.calendars.get(employee_id)
        return calendar.hours_on(day) if calendar is not None else 0.0

    def booked_on(self, employee_id: uuid.UUID, day: date) -> float:
        """Committed hours of the employee on ``day``."""
        return self.booked.get(employee_id, {}).get(day, 0.0)

    def free_from(self, employee_id: uuid.UUID) -> date:
        """The first working day after the employee's committed work (today when they have none).

        A day that is only partly booked still counts as booked: the answer is the first day
        with nothing committed at all, and with working hours.
        """
        row = self.row_of(employee_id)
        today_index = self.day_index(self.today)
        if row is None or today_index >= self.days:
            return self.today
        ahead = np.flatnonzero(self.booked_hours[row, today_index:] > EPSILON)
        after = today_index + (int(ahead[-1]) + 1 if ahead.size else 0)
        working = np.flatnonzero(self.capacity_hours[row, after:] > EPSILON)
        return self.day_at(after + int(working[0]) if working.size else after)

    def week_loads(self, employee_id: uuid.UUID, first_day: date, weeks: int) -> list[WeekLoad]:
        """Booked, likely and capacity hours of ``weeks`` weeks from the week of ``first_day``.

        The first week counts from ``first_day`` itself: the days of it already gone offer no
        capacity any more. Each week is labelled with its Monday.
        """
        monday = week_start(first_day)
        loads = []
        for week in range(weeks):
            begin = monday + timedelta(weeks=week)
            load = self.load_between(employee_id, max(begin, first_day),
                                     begin + timedelta(weeks=1))
            loads.append(replace(load, start=begin))
        return loads

    def load_between(self, employee_id: uuid.UUID, first: date, end: date) -> WeekLoad:
        """Booked, likely and capacity hours from ``first`` up to (not including) ``end``."""
        row = self.row_of(employee_id)
        low, high = self.day_index(first), self.day_index(end)
        inside_low, inside_high = max(low, 0), min(high, self.days)
        booked = likely = capacity = 0.0
        if row is not None and inside_low < inside_high:
            booked = float(self.booked_hours[row, inside_low:inside_high].sum())
            likely = float(self.likely_hours[row, inside_low:inside_high].sum())
            capacity = float(self.capacity_hours[row, inside_low:inside_high].sum())
        # Days outside the arrays have no laid work, but they still have working hours.
        for index in (*range(low, min(high, 0)), *range(max(low, self.days), high)):
            capacity += self.capacity_on(employee_id, self.day_at(index))
        return WeekLoad(first, booked, likely, capacity)

    def over_allocated_days(self, employee_id: uuid.UUID) -> list[tuple[date, float, float]]:
        """Days from today on which committed hours exceed capacity: (day, booked, capacity)."""
        row = self.row_of(employee_id)
        start = max(self.day_index(self.today), 0)
        if row is None:
            return []
        booked = self.booked_hours[row, start:]
        capacity = self.capacity_hours[row, start:]
        over = np.flatnonzero(booked > capacity + EPSILON)
        return [(self.day_at(start + int(i)), float(booked[i]), float(capacity[i])) for i in over]

    def deals_of(self, employee_id: uuid.UUID, *, likely: bool = False) -> list[PlannedDeal]:
        """One employee's planned deals, by start (committed ones unless ``likely``)."""
        found = [plan for plan in self.planned.values()
                 if plan.employee_id == employee_id and plan.likely == likely]
        return sorted(found, key=lambda plan: (plan.start or date.max, plan.title))

    def late_deals(self) -> list[PlannedDeal]:
        """Committed deals that will miss their due date, the most pressing first."""
        late = [plan for plan in self.planned.values() if plan.late and not plan.likely]
        return sorted(late, key=lambda plan: (plan.due_date or date.max, plan.title))


@dataclass(frozen=True)
class Candidate:
    """Somebody who could take a new deal, and the day they would finish it."""

    employee_id: uuid.UUID
    name: str
    finish: date


def week_start(day: date) -> date:
    """The Monday of the week of ``day``."""
    return day - timedelta(days=day.weekday())


def over_allocation(booked: float, capacity: float) -> tuple[float, float | None]:
    """Hours beyond capacity and the utilisation in percent (None without any capacity)."""
    excess = max(booked - capacity, 0.0)
    percent = booked / capacity * 100.0 if capacity > EPSILON else None
    return excess, percent


# --- laying work ----------------------------------------------------------------------------

@dataclass
class _Laid:
    first: int
    last: int | None
    start_offset: float
    finish_offset: float


def _next_free(parent: list[int], remaining: list[float], day: int) -> int:
    """The first day from ``day`` on with capacity left (the length of the row when none).

    ``parent`` skips used-up days: a day that is found used up points to the next one, and the
    days walked over are pointed straight at the answer, so that a person's long queue of full
    days is crossed in a step or two however many deals are laid after it.
    """
    end = len(remaining)
    root = day
    while root < end and (parent[root] != root or remaining[root] <= EPSILON):
        if parent[root] == root:
            parent[root] = root + 1
        root = parent[root]
    while day < root:
        parent[day], day = root, parent[day]
    return root


def _lay(remaining: list[float], capacity: list[float], target: list[float], parent: list[int],
         start: int, hours: float) -> _Laid:
    """Take ``hours`` from ``remaining`` day by day from ``start``; add them to ``target``.

    ``remaining`` and ``target`` are one employee's rows and are changed in place (``parent``
    is that row's skip list, see ``_next_free``). When the hours do not fit before the end of
    the rows, all that is left is taken and ``last`` is None. A deal spans a few weeks at most,
    so a plain loop over those days costs less than the array calls it would take per deal.
    """
    start = max(start, 0)
    if hours <= EPSILON:
        return _Laid(start, start, 0.0, 0.0)

    left, first, start_offset = hours, -1, 0.0
    end = len(remaining)
    index = _next_free(parent, remaining, start)
    while index < end:
        free = remaining[index]
        if first < 0:
            first, start_offset = index, _used_share(capacity[index], free, 0.0)
        taken = free if free < left else left
        remaining[index] = free - taken
        target[index] += taken
        left -= taken
        if left <= EPSILON:
            return _Laid(first, index, start_offset,
                         _used_share(capacity[index], free, taken))
        parent[index] = index + 1  # used up
        index += 1
        if index < end and (parent[index] != index or remaining[index] <= EPSILON):
            index = _next_free(parent, remaining, index)
    return _Laid(first if first >= 0 else start, None, start_offset, 1.0)


def _used_share(capacity: float, left: float, taken: float) -> float:
    """The part of a day's capacity used once ``taken`` more hours are laid on it."""
    if capacity <= EPSILON:
        return 0.0 if taken <= EPSILON else 1.0
    return float(min(max((capacity - left + taken) / capacity, 0.0), 1.0))


def _spread(remaining: list[float], capacity: list[float], target: list[float], first: int,
            last: int, hours: float) -> None:
    """Spread ``hours`` evenly over the working days of a fixed window (both ends included).

    A window without a single working day (all weekend or time off) spreads over every day of
    it: the dates were set by hand and are kept.
    """
    low, high = max(first, 0), min(last + 1, len(capacity))
    if low >= high or hours <= EPSILON:
        return
    working = [index for index in range(low, high) if capacity[index] > EPSILON]
    if not working:
        working = list(range(low, high))
    share = hours / len(working)
    for index in working:
        target[index] += share
        remaining[index] = max(remaining[index] - share, 0.0)


def _is_fixed(deal: DealRow) -> bool:
    return (deal.planned_start is not None and deal.planned_finish is not None
            and deal.planned_finish >= deal.planned_start)


def _committed_start(deal: DealRow, today: date) -> date:
    """From when a committed deal is laid.

    Its actual start when that is earlier than today; otherwise today, or its planned start
    when only a start (no finish) was planned and it is later.
    """
    if deal.started_on is not None and deal.started_on < today:
        return deal.started_on
    if deal.planned_start is not None and deal.planned_start > today:
        return deal.planned_start
    return today


def _likely_start(deal: DealRow, today: date) -> date:
    later = [day for day in (deal.planned_start, deal.expected_close) if day is not None]
    return max([today, *later])


def _origin(deals: list[DealRow], today: date) -> date:
    earliest = today
    for deal in deals:
        for day in (deal.started_on, deal.planned_start if _is_fixed(deal) else None):
            if day is not None and day < earliest:
                earliest = day
    return max(earliest, today - timedelta(days=MAX_LOOKBACK_DAYS))


class _Builder:
    """The arrays of one schedule while it is being laid."""

    def __init__(self, data: ScheduleInput, today: date, horizon_days: int) -> None:
        self.data, self.today = data, today
        self.rows = {employee.id: row for row, employee in enumerate(data.employees)}
        self.calendars = build_calendars(
            {employee.id: employee.weekly_hours for employee in data.employees},
            data.time_off, data.holidays,
        )
        self.committed = [deal for deal in data.deals
                          if deal.tier is Tier.T1 and deal.assignee_id in self.rows]
        self.origin = _origin(self.committed, today)
        self.days = (today - self.origin).days + max(horizon_days, 1)
        if data.employees:
            self.capacity: FloatArray = np.vstack([
                self.calendars[employee.id].hours_array(self.origin, self.days)
                for employee in data.employees
            ])
        else:
            self.capacity = np.zeros((0, self.days))
        # Laying walks day by day, which plain lists do faster than numpy rows; they become
        # arrays again once everything is laid.
        self.capacity_rows: list[list[float]] = self.capacity.tolist()
        self.remaining = self.capacity.tolist()
        self.booked_rows = [[0.0] * self.days for _ in data.employees]
        self.likely_rows = [[0.0] * self.days for _ in data.employees]
        #: Per employee, the skip list over used-up days (see ``_next_free``).
        self.parent = [list(range(self.days + 1)) for _ in data.employees]
        self.planned: dict[uuid.UUID, PlannedDeal] = {}

    def index(self, day: date) -> int:
        return (day - self.origin).days

    def day(self, index: int) -> date:
        return self.origin + timedelta(days=index)

    def lay_committed(self) -> None:
        fixed = [deal for deal in self.committed if _is_fixed(deal)]
        queued = sorted((deal for deal in self.committed if not _is_fixed(deal)),
                        key=lambda deal: (deal.rank, deal.id))
        for deal in fixed:
            self._place_fixed(deal, self.booked_rows, deal.effort_hours, likely=False)
        for deal in queued:
            self._place_queued(deal, self.booked_rows, deal.effort_hours,
                               _committed_start(deal, self.today), likely=False)

    def lay_likely(self) -> None:
        weight = float(self.data.probability_09)
        likely = sorted((deal for deal in self.data.deals
                         if deal.tier is Tier.T09 and deal.assignee_id in self.rows),
                        key=lambda deal: (deal.rank, deal.id))
        for deal in likely:
            hours = deal.effort_hours * weight
            if _is_fixed(deal):
                self._place_fixed(deal, self.likely_rows, hours, likely=True)
            else:
                self._place_queued(deal, self.likely_rows, hours, _likely_start(deal, self.today),
                                   likely=True)

    def _place_fixed(self, deal: DealRow, target: list[list[float]], hours: float, *,
                     likely: bool) -> None:
        assert deal.assignee_id is not None
        assert deal.planned_start is not None
        assert deal.planned_finish is not None
        row = self.rows[deal.assignee_id]
        first, last = self.index(deal.planned_start), self.index(deal.planned_finish)
        _spread(self.remaining[row], self.capacity_rows[row], target[row], first, last, hours)
        self._record(deal, hours, deal.planned_start, deal.planned_finish, likely=likely,
                     fixed=True, offsets=(0.0, 1.0))

    def _place_queued(self, deal: DealRow, target: list[list[float]], hours: float, start: date, *,
                      likely: bool) -> None:
        assert deal.assignee_id is not None
        row = self.rows[deal.assignee_id]
        laid = _lay(self.remaining[row], self.capacity_rows[row], target[row], self.parent[row],
                    self.index(start), hours)
        finish = self.day(laid.last) if laid.last is not None else None
        first = self.day(laid.first) if laid.first < self.days else None
        self._record(deal, hours, first, finish, likely=likely, fixed=False,
                     offsets=(laid.start_offset, laid.finish_offset))

    def _record(self, deal: DealRow, hours: float, start: date | None, finish: date | None, *,
                likely: bool, fixed: bool, offsets: tuple[float, float]) -> None:
        assert deal.assignee_id is not None
        late = deal.due_date is not None and (finish is None or finish > deal.due_date)
        self.planned[deal.id] = PlannedDeal(
            deal_id=deal.id, employee_id=deal.assignee_id, start=start, finish=finish,
            hours=float(hours), late=late, likely=likely, fixed=fixed, due_date=deal.due_date,
            title=deal.title, start_offset=offsets[0], finish_offset=offsets[1],
            client_name=deal.client_name, tier=deal.tier,
        )

    def per_day(self, hours: FloatArray) -> dict[uuid.UUID, dict[date, float]]:
        """The days with work of every employee, as dicts (only days with hours)."""
        calendar_days = [self.day(index) for index in range(self.days)]
        result: dict[uuid.UUID, dict[date, float]] = {}
        for employee in self.data.employees:
            row = hours[self.rows[employee.id]]
            busy = np.flatnonzero(row > EPSILON)
            result[employee.id] = {calendar_days[index]: value for index, value
                                   in zip(busy.tolist(), row[busy].tolist(), strict=True)}
        return result


def build_schedule(data: ScheduleInput, today: date, *, horizon_days: int = 730) -> Schedule:
    """Lay every employee's committed and likely work from ``today`` (see the module's notes).

    Args:
        data: the employees, deals and calendars.
        today: the first day of new work.
        horizon_days: how far ahead work is laid; a deal that does not fit has no finish.

    Returns:
        The schedule.
    """
    builder = _Builder(data, today, horizon_days)
    builder.lay_committed()
    builder.lay_likely()
    booked = np.array(builder.booked_rows, dtype=np.float64).reshape(builder.capacity.shape)
    likely = np.array(builder.likely_rows, dtype=np.float64).reshape(builder.capacity.shape)
    unplanned = [deal.id for deal in data.deals
                 if deal.tier is Tier.T1 and deal.assignee_id not in builder.rows]
    return Schedule(
        today=today, planned=builder.planned, booked=builder.per_day(booked),
        likely=builder.per_day(likely), origin=builder.origin,
        employees=list(data.employees), calendars=builder.calendars,
        capacity_hours=builder.capacity, booked_hours=booked, likely_hours=likely,
        unplanned=unplanned,
    )


# --- who takes it ---------------------------------------------------------------------------

def rank_candidates(data: ScheduleInput, effort_hours: float, today: date,
                    schedule: Schedule | None = None, *,
                    earliest: date | None = None) -> list[Candidate]:
    """Every employee who could take a new deal, by the earliest day they would finish it.

    The new deal goes after each person's committed work: it takes the capacity their tier-1
    deals leave, from today (or ``earliest`` when that is later). The likely load is not in
    the way: it is not committed. People who could not finish it within the schedule's horizon
    are left out. Ties go to whoever is free sooner, then by name.
    """
    plan = schedule if schedule is not None else build_schedule(data, today)
    start = max(plan.day_index(max(today, earliest or today)), 0)
    ranked: list[tuple[date, date, str, Candidate]] = []
    for employee in data.employees:
        row = plan.row_of(employee.id)
        if row is None:
            continue
        free = np.maximum(plan.capacity_hours[row, start:] - plan.booked_hours[row, start:], 0.0)
        if free.size == 0:
            continue
        totals = np.cumsum(free)
        end = int(np.searchsorted(totals, max(effort_hours, 0.0) - EPSILON))
        if end >= free.size:
            continue
        if effort_hours <= EPSILON:
            working = np.flatnonzero(free > EPSILON)
            if working.size == 0:
                continue
            end = int(working[0])
        finish = plan.day_at(start + end)
        candidate = Candidate(employee.id, employee.name, finish)
        ranked.append((finish, plan.free_from(employee.id), employee.name.casefold(), candidate))
    ranked.sort(key=lambda item: item[:3])
    return [item[3] for item in ranked]


def rank_candidates_for_deal(connection: Connection, settings: FirmSettings,
                             deal_id: uuid.UUID, today: date) -> list[Candidate]:
    """Rank the employees for one deal about to enter tier 1, read from the database.

    The deal itself is taken out of the schedule first (it may already be laid as likely work
    of its current assignee, or as committed work when it is being given to somebody else).
    """
    deal = queries.deal_row(connection, deal_id)
    if deal is None:
        return []
    data = read_schedule_input(connection, settings)
    data = replace(data, deals=[row for row in data.deals if row.id != deal_id])
    return rank_candidates(data, deal.effort_hours, today, earliest=deal.planned_start)


def schedule_summary(schedule: Schedule, weeks: int) -> list[dict[str, Any]]:
    """Per employee, per week from this week: booked, likely, capacity and free hours.

    Plain data for the command line and for files.
    """
    rows: list[dict[str, Any]] = []
    for employee in schedule.employees:
        loads = schedule.week_loads(employee.id, schedule.today, weeks)
        rows.append({
            "employee_id": str(employee.id),
            "employee": employee.name,
            "free_from": schedule.free_from(employee.id).isoformat(),
            "weeks": [{
                "week": load.start.isoformat(),
                "booked_hours": round(load.booked, 2),
                "likely_hours": round(load.likely, 2),
                "capacity_hours": round(load.capacity, 2),
                "free_hours": round(load.free, 2),
                "over_hours": round(load.over, 2),
            } for load in loads],
        })
    return rows
