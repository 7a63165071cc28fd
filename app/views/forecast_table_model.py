"""The forecast as a table: one row per week or month, hours and money in columns."""

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app import formatting, theme
from app.models.tiers import Tier
from app.planning.forecast import Forecast, PeriodFigures

_Index = QModelIndex | QPersistentModelIndex

#: Over-capacity rows are tinted so that they stand out in a long table.
OVER_CAPACITY_TINT = QColor("#fbe3e1")


class ForecastTableModel(QAbstractTableModel):
    """The periods of a forecast as rows.

    Columns: period, capacity, tier-1 hours, 0.9, 0.5 and 0.1 weighted hours, load, load as a
    share of capacity, committed revenue, weighted revenue.

    Attributes:
        SortRole: the raw value of a cell (a number, or the period's first day).
    """

    #: The raw value of a cell, for sorting and for files.
    SortRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[PeriodFigures] = []
        self._currency = "RUB"
        self._label: Callable[[PeriodFigures], str] = lambda row: row.period.start.isoformat()
        self._columns: list[tuple[str, Callable[[PeriodFigures], Any], str]] = [
            (self.tr("Period"), lambda row: row.period.start, "period"),
            (self.tr("Capacity"), lambda row: row.capacity, "hours"),
            (self.tr("Tier 1"), lambda row: row.committed_hours, "hours"),
            (self.tr("0.9"), lambda row: row.expected_hours[Tier.T09], "hours"),
            (self.tr("0.5"), lambda row: row.expected_hours[Tier.T05], "hours"),
            (self.tr("0.1"), lambda row: row.expected_hours[Tier.T01], "hours"),
            (self.tr("Load"), lambda row: row.load, "hours"),
            (self.tr("Load %"), lambda row: row.load_share, "share"),
            (self.tr("Committed revenue"), lambda row: row.committed_revenue, "money"),
            (self.tr("Weighted revenue"), lambda row: row.weighted_revenue, "money"),
        ]

    def set_forecast(self, forecast: Forecast, label: Callable[[PeriodFigures], str], *,
                     currency: str = "RUB") -> None:
        """Show a forecast's periods; ``label`` writes a period's name."""
        self.beginResetModel()
        self._rows = list(forecast.periods)
        self._label = label
        self._currency = currency
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """One row per period."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """The figures of a period."""
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Column titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if 0 <= section < len(self._columns):
            return self._columns[section][0]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """A cell: its text, raw value, alignment, or the tint of an over-capacity row."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        _title, read, kind = self._columns[index.column()]
        value = read(row)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, value, kind)
        if role == self.SortRole:
            return float(value) if isinstance(value, Decimal) else value
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if kind == "period":
                return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            share = row.load_share
            if share is not None and share > 1.0:
                return QBrush(OVER_CAPACITY_TINT)
        if role == Qt.ItemDataRole.ForegroundRole:
            # The tint is light in either colour scheme; its text must be dark to be read.
            share = row.load_share
            if share is not None and share > 1.0:
                return QBrush(theme.text_on(OVER_CAPACITY_TINT))
        return None

    def _text(self, row: PeriodFigures, value: Any, kind: str) -> str:
        if kind == "period":
            return self._label(row)
        if kind == "hours":
            # Tenths of an hour are noise in a week's total; they matter only in small figures.
            hours = float(value)
            return formatting.hours(round(hours) if abs(hours) >= 10 else hours)
        if kind == "share":
            return "—" if value is None else formatting.number(value * 100) + "\u00a0%"
        return formatting.money(value, self._currency)

    def headers(self) -> list[str]:
        """The column titles, for files."""
        return [title for title, _, _ in self._columns]

    def plain_rows(self) -> list[list[Any]]:
        """Every row as raw values (dates, floats), for files."""
        result = []
        for row in self._rows:
            values: list[Any] = []
            for _title, read, kind in self._columns:
                value = read(row)
                if isinstance(value, Decimal):
                    value = float(value)
                elif kind == "share" and value is not None:
                    value = round(value * 100, 1)
                elif isinstance(value, float):
                    value = round(value, 1)
                values.append(value)
            result.append(values)
        return result
