"""Item models beside the load chart.

Each employee's booked hours per week against their own capacity, and the employees ranked for
a new deal.
"""

import logging
import uuid
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from app import formatting
from app.planning.schedule import EPSILON, Candidate, Schedule, WeekLoad, week_start

log = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex

_OVER_BACKGROUND = QBrush(QColor("#fbe3e3"))
_OVER_TEXT = QBrush(QColor("#b01c1c"))
_FULL_BACKGROUND = QBrush(QColor("#e4edf7"))
#: Text on that light tint, dark in either colour scheme so that it stays readable.
_FULL_TEXT = QBrush(QColor("#1f2a36"))
_QUIET_TEXT = QBrush(QColor("#8a8a8a"))


class LoadTableModel(QAbstractTableModel):
    """One row per employee: hours booked per week against capacity, and when they are free.

    The columns: the name, this week and the next ones, the free date.

    Attributes:
        weeks: how many weeks are shown (this one included).
    """

    #: The employee's id.
    EmployeeIdRole = Qt.ItemDataRole.UserRole + 1
    #: A number to sort by (hours booked, or the free date as an ordinal).
    SortRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: QObject | None = None, *, weeks: int = 5) -> None:
        super().__init__(parent)
        self.weeks = weeks
        self._schedule: Schedule | None = None
        self._rows: list[tuple[uuid.UUID, str, float, list[WeekLoad], date]] = []
        self._mondays: list[date] = []

    def set_schedule(self, schedule: Schedule) -> None:
        """Show the load of a schedule."""
        self.beginResetModel()
        self._schedule = schedule
        self._mondays = [week_start(schedule.today) + timedelta(weeks=week)
                         for week in range(self.weeks)]
        self._rows = [
            (employee.id, employee.name, float(sum(employee.weekly_hours)),
             schedule.week_loads(employee.id, schedule.today, self.weeks),
             schedule.free_from(employee.id))
            for employee in schedule.employees
        ]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """One row per employee."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Name, hours a week, the weeks, free from."""
        return 0 if parent.isValid() else self.weeks + 2

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Column titles: the weeks by their Monday."""
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == 0:
                return self.tr("Employee")
            if section == self.weeks + 1:
                return self.tr("Free from")
            if section == 1:
                return self.tr("This week")
            if 1 < section <= self.weeks and self._mondays:
                monday = self._mondays[section - 1]
                return QLocale().toString(QDate(monday.year, monday.month, monday.day), "d MMM")
        if role == Qt.ItemDataRole.ToolTipRole and 1 <= section <= self.weeks:
            week = formatting.short_date(self._mondays[section - 1]) if self._mondays else ""
            return self.tr("Hours booked / capacity in the week of %s (this week: from today)"
                           ) % week
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The cell's text, colours, tooltip and sort key."""
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        employee_id, name, per_week, loads, free_from = self._rows[index.row()]
        column = index.column()
        if role == self.EmployeeIdRole:
            return employee_id
        if column == 0:
            if role in (Qt.ItemDataRole.DisplayRole, self.SortRole):
                return name
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("%s: %s a week") % (name, formatting.hours(per_week))
            return None
        if column == self.weeks + 1:
            return self._free_from(free_from, role)
        if 1 <= column <= self.weeks:
            return self._week(loads[column - 1], role)
        return None

    def _free_from(self, day: date, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return formatting.compact_date(day)
        if role == self.SortRole:
            return day.toordinal()
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("The first working day after all committed work")
        return None

    def _week(self, load: WeekLoad, role: int) -> Any:
        over = load.booked > load.capacity + EPSILON
        idle = load.capacity <= EPSILON and load.booked <= EPSILON
        if role == Qt.ItemDataRole.DisplayRole:
            if idle:
                return "—"
            return f"{formatting.number(load.booked)}/{formatting.number(load.capacity)}"
        if role == self.SortRole:
            return load.booked
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            if over:
                return _OVER_BACKGROUND
            if not idle and load.booked >= load.capacity - EPSILON:
                return _FULL_BACKGROUND
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if over:
                return _OVER_TEXT
            if not idle and load.booked >= load.capacity - EPSILON:
                return _FULL_TEXT
            return _QUIET_TEXT if idle else None
        if role == Qt.ItemDataRole.FontRole and over:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._week_tooltip(load)
        return None

    def _week_tooltip(self, load: WeekLoad) -> str:
        if load.capacity <= EPSILON and load.booked <= EPSILON:
            return self.tr("Not working this week")
        lines = [self.tr("Booked %s of %s") % (formatting.hours(load.booked),
                                               formatting.hours(load.capacity))]
        if load.over > EPSILON:
            percent = (f", {load.booked / load.capacity * 100:.0f}\u00a0%"
                       if load.capacity > EPSILON else "")
            lines.append(self.tr("Over capacity: +%s%s") % (formatting.hours(load.over), percent))
        else:
            lines.append(self.tr("Free: %s") % formatting.hours(load.free))
        if load.likely > EPSILON:
            lines.append(self.tr("Likely (0.9, weighted): %s") % formatting.hours(load.likely))
        return "\n".join(lines)


class CandidateTableModel(QAbstractTableModel):
    """Employees ranked for a new deal: the earliest finish first."""

    #: The employee's id.
    EmployeeIdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[Candidate, date | None]] = []
        self._due: date | None = None

    def set_candidates(self, candidates: list[Candidate], *, due_date: date | None = None,
                       free_from: dict[uuid.UUID, date] | None = None) -> None:
        """Show a ranking (with the deal's due date to mark finishes that would be late)."""
        self.beginResetModel()
        self._rows = [(candidate, (free_from or {}).get(candidate.employee_id))
                      for candidate in candidates]
        self._due = due_date
        self.endResetModel()

    def candidate(self, row: int) -> Candidate | None:
        """The candidate of a row."""
        return self._rows[row][0] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """One row per candidate."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Rank, employee, would finish, free from."""
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Column titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = ("#", self.tr("Employee"), self.tr("Would finish"), self.tr("Free from"))
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The cell's text and colour."""
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        candidate, free_from = self._rows[index.row()]
        column = index.column()
        late = self._due is not None and candidate.finish > self._due
        if role == self.EmployeeIdRole:
            return candidate.employee_id
        if role == Qt.ItemDataRole.DisplayRole:
            values = (str(index.row() + 1), candidate.name,
                      formatting.short_date(candidate.finish), formatting.short_date(free_from))
            return values[column] if 0 <= column < len(values) else None
        if role == Qt.ItemDataRole.ForegroundRole and column == 2 and late:
            return _OVER_TEXT
        if role == Qt.ItemDataRole.ToolTipRole and column == 2 and late:
            return self.tr("After the due date %s") % formatting.short_date(self._due)
        if role == Qt.ItemDataRole.FontRole and index.row() == 0:
            font = QFont()
            font.setBold(True)
            return font
        return None
