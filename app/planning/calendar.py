"""One employee's working calendar: hours per weekday, less time off and the firm's holidays."""

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

import numpy as np
import numpy.typing as npt

FloatArray = npt.NDArray[np.float64]


@dataclass(frozen=True)
class WorkCalendar:
    """When one person works and for how long.

    Attributes:
        weekly_hours: hours on each weekday, Monday first (as ``date.weekday()`` counts).
        days_off: days without work: the person's time off and the firm's holidays.
    """

    weekly_hours: tuple[float, ...]
    days_off: frozenset[date]

    def hours_on(self, day: date) -> float:
        """The hours this person works on ``day`` (0 on a day off)."""
        if day in self.days_off:
            return 0.0
        return float(self.weekly_hours[day.weekday()])

    @property
    def hours_per_week(self) -> float:
        """The hours of an ordinary week, without days off."""
        return float(sum(self.weekly_hours))

    def hours_array(self, origin: date, days: int) -> FloatArray:
        """The hours of ``days`` consecutive days from ``origin``, as one array.

        The weekly pattern is tiled over the span and the days off are zeroed, so that a year of
        days costs a handful of array operations rather than a Python loop.
        """
        if days <= 0:
            return np.zeros(0)
        pattern = np.asarray(self.weekly_hours, dtype=np.float64)
        shift = origin.weekday()
        hours = np.resize(np.roll(pattern, -shift), days).astype(np.float64)
        offsets = [(day - origin).days for day in self.days_off]
        inside = [offset for offset in offsets if 0 <= offset < days]
        if inside:
            hours[np.asarray(inside, dtype=np.intp)] = 0.0
        return hours


def build_calendar(weekly_hours: Iterable[float], time_off: Iterable[tuple[date, date]],
                   holidays: Iterable[date]) -> WorkCalendar:
    """A calendar from weekday hours, (first, last) spans of time off, and holidays."""
    days_off = set(holidays)
    for first, last in time_off:
        span = (last - first).days
        days_off.update(first + timedelta(days=offset) for offset in range(span + 1))
    return WorkCalendar(tuple(float(hours) for hours in weekly_hours), frozenset(days_off))


def build_calendars(weekly_hours: dict[uuid.UUID, tuple[float, ...]],
                    time_off: dict[uuid.UUID, list[tuple[date, date]]],
                    holidays: Iterable[date]) -> dict[uuid.UUID, WorkCalendar]:
    """Every employee's calendar, by id."""
    firm_days = frozenset(holidays)
    return {
        key: build_calendar(hours, time_off.get(key, []), firm_days)
        for key, hours in weekly_hours.items()
    }
