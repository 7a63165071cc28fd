"""The load chart: a row per employee, a bar per deal, a strip of weekly utilisation per row.

Under each row the strip says, week by week and in numbers, how far over capacity a week is.

A few graphics items draw everything, each fed with arrays: one bar item per status of deal
(on time, late, fixed window, likely), one for the days nobody works, one for time off, three for
the strip, one for the due-date marks, and one item that writes the labels that fit. Hovering,
clicking and dragging a bar are found by testing the arrays, not by one item per bar.

The x axis counts days from today (0 is today, 1 tomorrow); the y axis counts rows from the top,
row ``i`` spanning ``i`` to ``i + 1``.
"""

import logging
import math
import uuid
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

import numpy as np
import numpy.typing as npt

import pyqtgraph as pg
from PySide6.QtCore import QDate, QEvent, QLocale, QObject, QPointF, QRectF, Qt, Signal, Slot
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QHelpEvent, QPainter, QPen
from PySide6.QtWidgets import QGraphicsRectItem, QToolTip, QVBoxLayout, QWidget

from app import formatting
from app.models.queries import EmployeeRow
from app.planning.schedule import EPSILON, PlannedDeal, Schedule

log = logging.getLogger(__name__)

#: Where things sit inside a row (fractions of the row's height, from its top).
BAR_TOP, BAR_HEIGHT = 0.10, 0.52
STRIP_TOP, STRIP_HEIGHT = 0.68, 0.26

#: Colours of the chart, also used by the legend of the view.
COLOURS = {
    "on_time": "#4c78a8",
    "late": "#d62728",
    "fixed": "#2a9d8f",
    "likely": "#a9c4e2",
    "not_working": "#ebebeb",
    "time_off": "#f6dfa4",
    "strip": "#e2e2e2",
    "strip_booked": "#8fb3d9",
    "strip_likely": "#cfe0f1",
    "over": "#8b1a1a",  # darker than "late", so the key tells the two apart
    "today": "#e8590c",
    "row": "#f7f7f7",
}

FloatArray = npt.NDArray[np.float64]


def _brush(name: str, alpha: int = 255) -> QBrush:
    colour = QColor(COLOURS[name])
    colour.setAlpha(alpha)
    return QBrush(colour)


@dataclass
class BarSet:
    """The bars of one status: their rectangles (in view coordinates) and the deals behind them."""

    x0: FloatArray = field(default_factory=lambda: np.zeros(0))
    x1: FloatArray = field(default_factory=lambda: np.zeros(0))
    y0: FloatArray = field(default_factory=lambda: np.zeros(0))
    height: FloatArray = field(default_factory=lambda: np.zeros(0))
    plans: list[PlannedDeal] = field(default_factory=list)


class DealBars(pg.BarGraphItem):  # type: ignore[misc]  # pyqtgraph is untyped
    """Bars of deals of one status, with hit testing over the arrays.

    Signals:
        clicked(object): the plan of a bar clicked with the left button.
        dragged(object, float, bool): the plan of a bar being dragged, the y of the pointer (in
            rows) and whether the drag has just ended.
    """

    clicked = Signal(object)
    dragged = Signal(object, float, bool)

    def __init__(self, brush: QBrush, pen: QPen) -> None:
        super().__init__(x0=[], x1=[], y0=[], height=[], brush=brush, pen=pen)
        self._x0 = self._x1 = self._y0 = self._y1 = np.zeros(0)
        self.plans: list[PlannedDeal] = []
        self._dragging: PlannedDeal | None = None
        self.setAcceptHoverEvents(True)

    def set_bars(self, bars: BarSet) -> None:
        """Show these bars instead of the ones shown."""
        self._x0, self._x1, self._y0 = bars.x0, bars.x1, bars.y0
        self._y1 = bars.y0 + bars.height
        self.plans = list(bars.plans)
        self.setOpts(x0=self._x0, x1=self._x1, y0=self._y0, height=self._y1 - self._y0)

    def bar_at(self, point: QPointF) -> int | None:
        """The index of the bar under ``point`` (view coordinates), the topmost one if several."""
        if not self.isVisible() or self._x0.size == 0:
            return None
        x, y = point.x(), point.y()
        hits = np.flatnonzero((self._x0 <= x) & (x <= self._x1) & (self._y0 <= y)
                              & (y <= self._y1))
        return int(hits[-1]) if hits.size else None

    def labelled(self, view: tuple[float, float, float, float], pixels_x: float,
                 pixels_y: float, min_width: float, min_height: float) -> list[int]:
        """The bars in view that are at least ``min_width`` by ``min_height`` pixels."""
        left, right, top, bottom = view
        if self._x0.size == 0:
            return []
        fits = ((self._x1 >= left) & (self._x0 <= right) & (self._y1 >= top)
                & (self._y0 <= bottom) & ((self._x1 - self._x0) * pixels_x >= min_width)
                & ((self._y1 - self._y0) * pixels_y >= min_height))
        found: list[int] = np.flatnonzero(fits).tolist()
        return found

    def extent(self) -> tuple[float, float] | None:
        """The first and last x of the bars (None without bars)."""
        if self._x0.size == 0:
            return None
        return float(self._x0.min()), float(self._x1.max())

    def rect_of(self, index: int) -> QRectF:
        """The rectangle of a bar in view coordinates."""
        return QRectF(self._x0[index], self._y0[index], self._x1[index] - self._x0[index],
                      self._y1[index] - self._y0[index])

    def shape(self) -> Any:
        """The bounding rectangle: hits are tested on the arrays, not on a path of every bar."""
        path = pg.QtGui.QPainterPath()
        path.addRect(self.boundingRect())
        return path

    # pyqtgraph's own event methods (not Qt overrides), called by its scene.

    def hoverEvent(self, event: Any) -> None:
        """Claim clicks and drags over a bar, so that they do not pan the chart."""
        if event.isExit():
            return
        if self.bar_at(event.pos()) is not None:
            event.acceptClicks(Qt.MouseButton.LeftButton)
            event.acceptDrags(Qt.MouseButton.LeftButton)

    def mouseClickEvent(self, event: Any) -> None:
        """Report a left click on a bar."""
        index = self.bar_at(event.pos())
        if event.button() != Qt.MouseButton.LeftButton or index is None:
            event.ignore()
            return
        event.accept()
        self.clicked.emit(self.plans[index])

    def mouseDragEvent(self, event: Any) -> None:
        """Drag a bar up or down to another row; anywhere else the chart pans as usual."""
        if event.button() != Qt.MouseButton.LeftButton:
            event.ignore()
            return
        if event.isStart():
            index = self.bar_at(event.buttonDownPos())
            if index is None:
                event.ignore()
                return
            self._dragging = self.plans[index]
        if self._dragging is None:
            event.ignore()
            return
        event.accept()
        plan = self._dragging
        if event.isFinish():
            self._dragging = None
        self.dragged.emit(plan, float(event.pos().y()), bool(event.isFinish()))


class CellStrip(pg.BarGraphItem):  # type: ignore[misc]  # pyqtgraph is untyped
    """The week cells of the utilisation strips, with hit testing for their tooltips."""

    def __init__(self, brush: QBrush) -> None:
        super().__init__(x0=[], x1=[], y0=[], height=[], brush=brush, pen=pg.mkPen(None))
        self._x0 = self._x1 = self._y0 = self._y1 = np.zeros(0)

    def set_cells(self, x0: FloatArray, x1: FloatArray, y0: FloatArray,
                  height: FloatArray) -> None:
        """Show these cells."""
        self._x0, self._x1, self._y0, self._y1 = x0, x1, y0, y0 + height
        self.setOpts(x0=x0, x1=x1, y0=y0, height=height)

    def cell_at(self, point: QPointF) -> int | None:
        """The index of the cell under ``point`` (view coordinates)."""
        x, y = point.x(), point.y()
        hits = np.flatnonzero((self._x0 <= x) & (x < self._x1) & (self._y0 <= y)
                              & (y <= self._y1))
        return int(hits[0]) if hits.size else None

    def shape(self) -> Any:
        """The bounding rectangle (hits are tested on the arrays)."""
        path = pg.QtGui.QPainterPath()
        path.addRect(self.boundingRect())
        return path


@dataclass
class WeekCells:
    """Every week of every row: where its cell is and its hours."""

    row: npt.NDArray[np.int64]
    x0: FloatArray
    booked: FloatArray
    likely: FloatArray
    capacity: FloatArray

    @property
    def over(self) -> npt.NDArray[np.bool_]:
        """Weeks whose committed hours exceed capacity."""
        return self.booked > self.capacity + EPSILON


class ChartLabels(pg.GraphicsObject):  # type: ignore[misc]  # pyqtgraph is untyped
    """Writes what fits: deal titles inside wide bars and the figures of the strip's cells.

    Text is drawn in screen pixels, only for what is in view and only where there is room, so
    that zooming out never turns the chart into a smear of letters.
    """

    def __init__(self, chart: "GanttChart") -> None:
        super().__init__()
        self._chart = chart
        self._bounds = QRectF()
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def set_bounds(self, bounds: QRectF) -> None:
        """The area the labels may cover, in view coordinates."""
        self.prepareGeometryChange()
        self._bounds = bounds
        self.update()

    def boundingRect(self) -> QRectF:
        """Everything the chart shows."""
        return self._bounds

    def paint(self, painter: QPainter, *_args: Any) -> None:
        """Write the labels that fit the view."""
        view = self.getViewBox()
        if view is None:
            return
        (left, right), (top, bottom) = view.viewRange()
        transform = painter.transform()
        painter.save()
        painter.resetTransform()
        try:
            self._paint_bars(painter, transform, (left, right, top, bottom))
            self._paint_cells(painter, transform, (left, right, top, bottom))
        finally:
            painter.restore()

    def _paint_bars(self, painter: QPainter, transform: Any,
                    view: tuple[float, float, float, float]) -> None:
        font = QFont(painter.font())
        font.setPointSizeF(max(font.pointSizeF() - 1, 7))
        painter.setFont(font)
        metrics = QFontMetrics(font)
        pixels_x, pixels_y = abs(transform.m11()), abs(transform.m22())
        budget = 600  # labels at most; more would not be readable anyway
        for bars in self._chart.bar_items():
            if not bars.isVisible() or budget <= 0:
                continue
            dark = bars is not self._chart.likely_bars
            painter.setPen(QColor("#ffffff") if dark else QColor("#1f3b5c"))
            for index in bars.labelled(view, pixels_x, pixels_y, 28,
                                       metrics.height() - 2)[:budget]:
                box = transform.mapRect(bars.rect_of(index))
                text = metrics.elidedText(bars.plans[index].title, Qt.TextElideMode.ElideRight,
                                          int(box.width()) - 6)
                painter.drawText(box.adjusted(3, 0, -2, 0),
                                 Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, text)
                budget -= 1

    def _paint_cells(self, painter: QPainter, transform: Any,
                     view: tuple[float, float, float, float]) -> None:
        cells = self._chart.week_cells
        if cells is None or cells.x0.size == 0:
            return
        left, right, top, bottom = view
        rows = cells.row.astype(np.float64)
        inside = np.flatnonzero((cells.x0 + 7 >= left) & (cells.x0 <= right) & (rows + 1 >= top)
                                & (rows <= bottom) & (cells.capacity + cells.booked > EPSILON))
        if inside.size == 0 or inside.size > 3000:
            return
        font = QFont(painter.font())
        font.setPointSizeF(max(font.pointSizeF() - 1.5, 6.5))
        bold = QFont(font)
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        for index in inside.tolist():
            row, x0 = int(cells.row[index]), float(cells.x0[index])
            box = transform.mapRect(QRectF(x0, row + STRIP_TOP, 7.0, STRIP_HEIGHT))
            if box.height() < metrics.height() - 3 or box.width() < 26:
                continue
            booked, capacity = float(cells.booked[index]), float(cells.capacity[index])
            over = booked > capacity + EPSILON
            if over:
                # The figures matter more than the neighbour's cell: a label that does not fit
                # spills over it on a red tag of its own.
                text = _over_text(booked, capacity)
                width = metrics.horizontalAdvance(text) + 8
                if width > box.width():
                    box = QRectF(box.center().x() - width / 2, box.top(), width, box.height())
                    painter.fillRect(box, QColor(COLOURS["over"]))
                painter.setFont(bold)
                painter.setPen(QColor("#ffffff"))
                painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
                continue
            else:
                if booked <= EPSILON:
                    continue
                text = f"{booked / capacity * 100:.0f}\u00a0%"
                painter.setFont(font)
                painter.setPen(QColor("#33475b"))
            if metrics.horizontalAdvance(text) > box.width() - 4:
                continue
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)


def _over_text(booked: float, capacity: float, *, short: bool = False) -> str:
    """Over-allocation in numbers, such as ``+4 h, 150 %`` (a colour cannot tell 101 from 150)."""
    excess = formatting.hours(booked - capacity)
    if short or capacity <= EPSILON:
        return f"+{excess}"
    return f"+{excess}, {booked / capacity * 100:.0f}\u00a0%"


class DateAxis(pg.AxisItem):  # type: ignore[misc]  # pyqtgraph is untyped
    """Days from today as dates: every day when there is room, else Mondays, else months."""

    def __init__(self, today: date) -> None:
        super().__init__(orientation="bottom")
        self.today = today

    def day(self, value: float) -> date:
        """The date at an x position."""
        return self.today + timedelta(days=math.floor(value + 1e-9))

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list[Any]:  # noqa: N803
        """Ticks on day starts: months, Mondays or days depending on the room per day."""
        span = max(maxVal - minVal, 1e-9)
        per_day = size / span
        first, last = math.floor(minVal), math.ceil(maxVal)
        if last - first > 5000:
            return []
        days = list(range(first, last + 1))
        mondays = [value for value in days if self.day(value).weekday() == 0]
        if per_day >= 24:
            return [(7.0, mondays), (1.0, [value for value in days if value not in mondays])]
        if per_day >= 6:
            return [(7.0, mondays)]
        # Months, every one when a label fits between them, else every second, third...
        month_pixels = per_day * 30.4
        step = next((months for months, room in ((1, 70), (2, 36), (3, 24), (6, 12))
                     if month_pixels >= room), 12)
        months = [value for value in days if self.day(value).day == 1
                  and (self.day(value).month - 1) % step == 0]
        if per_day >= 1.2:
            return [(30.0, months), (7.0, [v for v in mondays if v not in months])]
        return [(30.0, months)]

    def tickStrings(self, values: list[float], _scale: float, spacing: float) -> list[str]:
        """Dates as the locale writes them briefly."""
        locale = QLocale()
        strings = []
        for value in values:
            day = self.day(value)
            qdate = QDate(day.year, day.month, day.day)
            if spacing >= 30:
                strings.append(locale.toString(qdate, "MMM yyyy"))
            elif spacing >= 7:
                strings.append(locale.toString(qdate, "d MMM"))
            else:
                strings.append(str(day.day))
        return strings


class RowAxis(pg.AxisItem):  # type: ignore[misc]  # pyqtgraph is untyped
    """Employees' names beside their rows (every few rows when the rows are thin)."""

    def __init__(self) -> None:
        super().__init__(orientation="left")
        self.names: list[str] = []

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list[Any]:  # noqa: N803
        """One tick per row, centred on its bars, thinned out when rows are too thin."""
        if not self.names:
            return []
        minVal, maxVal = min(minVal, maxVal), max(minVal, maxVal)  # noqa: N806 - the rows run down
        per_row = size / max(maxVal - minVal, 1e-9)
        step = max(1, math.ceil(14 / max(per_row, 1e-9)))
        first = max(0, math.floor(minVal))
        last = min(len(self.names) - 1, math.ceil(maxVal))
        rows = [row + BAR_TOP + BAR_HEIGHT / 2 for row in range(first, last + 1)
                if row % step == 0]
        return [(1.0, rows)]

    def tickStrings(self, values: list[float], _scale: float, _spacing: float) -> list[str]:
        """The names of the rows."""
        result = []
        for value in values:
            row = math.floor(value)
            result.append(self.names[row] if 0 <= row < len(self.names) else "")
        return result


class GanttViewBox(pg.ViewBox):  # type: ignore[misc]  # pyqtgraph is untyped
    """The chart's view box: the wheel scrolls the rows, Ctrl+wheel zooms the time."""

    def wheelEvent(self, event: Any, axis: Any = None) -> None:
        """Scroll rows with the wheel; zoom the days with Ctrl (or with the wheel on the axis)."""
        if axis == 0 or event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            super().wheelEvent(event, axis=0)
            return
        rows = -event.delta() / 120.0 * 2.0
        self.translateBy(y=rows)
        event.accept()


class GanttChart(QWidget):
    """The load chart of a schedule.

    Signals:
        deal_activated(object): the id of a deal whose bar was clicked.
        deal_dropped(object, object): a bar was dragged onto another row: (deal id, the id of
            the employee of that row).

    Attributes:
        schedule: the schedule shown (None before the first one).
        employees: the rows, top first.
        week_cells: the strip's weeks (None before the first schedule).
    """

    deal_activated = Signal(object)
    deal_dropped = Signal(object, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.schedule: Schedule | None = None
        self.employees: list[EmployeeRow] = []
        self.week_cells: WeekCells | None = None
        self._today = date.today()
        self._strip_back_index = np.zeros(0, dtype=np.int64)
        self._bar_index: dict[uuid.UUID, PlannedDeal] = {}

        self._date_axis = DateAxis(self._today)
        self._row_axis = RowAxis()
        self.view_box = GanttViewBox()
        self.plot = pg.PlotWidget(background="w", viewBox=self.view_box,
                                  axisItems={"bottom": self._date_axis, "left": self._row_axis})
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.plot.setAntialiasing(False)
        self.view_box.invertY(True)
        self.view_box.setMouseEnabled(x=True, y=True)
        for axis in ("bottom", "left"):
            self.plot.getAxis(axis).setPen(pg.mkPen("#888888"))
            self.plot.getAxis(axis).setTextPen(pg.mkPen("#333333"))
        self._row_axis.setWidth(150)
        self.plot.showGrid(x=False, y=False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)
        self._build_items()

    # --- items --------------------------------------------------------------------------

    def _build_items(self) -> None:
        no_pen = pg.mkPen(None)
        self._rows_item = pg.BarGraphItem(x0=[], x1=[], y0=[], height=[], brush=_brush("row"),
                                          pen=no_pen)
        # The days off of every row are one picture, a pixel per row and day, stretched over
        # the chart: two colours over 200 rows and two years cost one image, not 20,000 bars.
        self._days_off = pg.ImageItem()
        self.strip_back = CellStrip(_brush("strip"))
        self._strip_booked = pg.BarGraphItem(x0=[], x1=[], y0=[], height=[],
                                             brush=_brush("strip_booked"), pen=no_pen)
        self._strip_likely = pg.BarGraphItem(x0=[], x1=[], y0=[], height=[],
                                             brush=_brush("strip_likely"), pen=no_pen)
        self._strip_over = pg.BarGraphItem(x0=[], x1=[], y0=[], height=[], brush=_brush("over"),
                                           pen=no_pen)

        separator = pg.mkPen("#ffffff", width=1)
        self.on_time_bars = DealBars(_brush("on_time"), separator)
        self.fixed_bars = DealBars(_brush("fixed"), separator)
        self.late_bars = DealBars(_brush("late"), separator)
        self.likely_bars = DealBars(_brush("likely", 200),
                                    pg.mkPen(COLOURS["on_time"], width=1,
                                             style=Qt.PenStyle.DashLine))
        self._due_marks = pg.BarGraphItem(x0=[], x1=[], y0=[], height=[],
                                          brush=QBrush(QColor("#7a0b0b")), pen=no_pen)
        self._today_line = pg.InfiniteLine(pos=0, angle=90,
                                           pen=pg.mkPen(COLOURS["today"], width=2))
        self._labels = ChartLabels(self)
        self._ghost = QGraphicsRectItem()
        self._ghost.setPen(pg.mkPen("#222222", width=1.5, style=Qt.PenStyle.DashLine))
        self._ghost.setBrush(QBrush(QColor(0, 0, 0, 30)))
        self._ghost.setVisible(False)

        for item in (self._rows_item, self._days_off, self.strip_back,
                     self._strip_booked, self._strip_likely, self._strip_over,
                     self.likely_bars, self.on_time_bars, self.fixed_bars, self.late_bars,
                     self._due_marks, self._today_line, self._labels):
            self.plot.addItem(item)
        self.view_box.addItem(self._ghost, ignoreBounds=True)

        for bars in self.bar_items():
            bars.clicked.connect(self._on_bars_clicked)
            bars.dragged.connect(self._on_bars_dragged)
        self.plot.viewport().installEventFilter(self)

    def bar_items(self) -> tuple[DealBars, ...]:
        """The bar items, bottom first."""
        return (self.likely_bars, self.on_time_bars, self.fixed_bars, self.late_bars)

    # --- data ---------------------------------------------------------------------------

    def set_schedule(self, schedule: Schedule, *, keep_view: bool = True) -> None:
        """Show a schedule (rows are its employees, in its order)."""
        first = self.schedule is None
        self.schedule = schedule
        self.employees = list(schedule.employees)
        self._today = schedule.today
        self._date_axis.today = schedule.today
        self._row_axis.names = [employee.name for employee in self.employees]

        self._set_rows()
        self._set_days_off(schedule)
        self._set_bars(schedule)
        self._set_strip(schedule)
        rows = max(len(self.employees), 1)
        self.view_box.setLimits(xMin=self._x_of(schedule.origin) - 14,
                                xMax=self._x_of(schedule.origin) + schedule.days + 14,
                                yMin=-0.3, yMax=rows + 0.3, minXRange=5,
                                minYRange=min(rows, 2) + 0.2, maxYRange=rows + 0.6)
        self._labels.set_bounds(QRectF(self._x_of(schedule.origin) - 14, -0.3,
                                       schedule.days + 28, rows + 0.6))
        if first or not keep_view:
            self.show_default_range()
        self._row_axis.picture = None
        self._row_axis.update()

    def _x_of(self, day: date) -> float:
        return float((day - self._today).days)

    def _set_rows(self) -> None:
        count = len(self.employees)
        even = np.arange(0, count, 2, dtype=np.float64)
        width = 6000.0
        self._rows_item.setOpts(x0=np.full(even.size, -3000.0), width=np.full(even.size, width),
                                y0=even, height=np.ones(even.size))

    def _set_days_off(self, schedule: Schedule) -> None:
        """Shade each person's non-working days, and their time off and holidays apart."""
        rows, days = schedule.capacity_hours.shape if schedule.capacity_hours.ndim == 2 else (0, 0)
        if rows == 0 or days == 0:
            self._days_off.setVisible(False)
            return
        weekdays = (np.arange(days) + schedule.origin.weekday()) % 7
        pattern = np.array([employee.weekly_hours for employee in self.employees],
                           dtype=np.float64)[:, weekdays]
        off = schedule.capacity_hours <= EPSILON
        picture = np.zeros((days, rows, 4), dtype=np.uint8)  # x (days) first, as pyqtgraph reads
        for name, mask in (("not_working", off & (pattern <= EPSILON)),
                           ("time_off", off & (pattern > EPSILON))):
            colour = QColor(COLOURS[name])
            picture[mask.T] = (colour.red(), colour.green(), colour.blue(), 255)
        self._days_off.setImage(picture, autoLevels=False)
        self._days_off.setRect(QRectF(self._x_of(schedule.origin), 0.0, float(days),
                                      float(rows)))
        self._days_off.setVisible(True)

    def _set_bars(self, schedule: Schedule) -> None:
        """Lay the deals' bars in lanes so that overlapping deals of one row stay visible."""
        today = self._today.toordinal()
        horizon_end = self._x_of(schedule.origin) + schedule.days
        rows_of = {employee.id: row for row, employee in enumerate(self.employees)}
        plans = [plan for plan in schedule.planned.values()
                 if plan.start is not None and plan.employee_id in rows_of]
        rows = np.array([rows_of[plan.employee_id] for plan in plans], dtype=np.int64)
        starts = [plan.start.toordinal() + plan.start_offset
                  for plan in plans if plan.start is not None]
        x0 = np.array(starts, dtype=np.float64) - today
        x1 = np.array([plan.finish.toordinal() - today + plan.finish_offset
                       if plan.finish is not None else horizon_end for plan in plans],
                      dtype=np.float64)
        x1 = np.maximum(x1, x0 + 0.2)
        lane, lanes = _lanes(rows, x0, x1)
        height = BAR_HEIGHT / lanes[rows] if rows.size else np.zeros(0)
        y0 = rows + BAR_TOP + lane * height

        likely = np.array([plan.likely for plan in plans], dtype=bool)
        late = np.array([plan.late for plan in plans], dtype=bool) & ~likely
        fixed = np.array([plan.fixed for plan in plans], dtype=bool) & ~likely & ~late
        on_time = ~likely & ~late & ~fixed
        for item, mask in ((self.likely_bars, likely), (self.late_bars, late),
                           (self.fixed_bars, fixed), (self.on_time_bars, on_time)):
            chosen = np.flatnonzero(mask)
            item.set_bars(BarSet(x0[chosen], x1[chosen], y0[chosen], height[chosen],
                                 [plans[index] for index in chosen.tolist()]))

        # Where a late deal should have been finished, when that falls inside its bar.
        due = np.array([plan.due_date.toordinal() - today + 1 if plan.due_date else np.nan
                        for plan in plans], dtype=np.float64)
        marked = np.flatnonzero(late & (due > x0) & (due < x1))
        self._due_marks.setOpts(x0=due[marked] - 0.08, x1=due[marked] + 0.08,
                                y0=y0[marked] - 0.03, height=height[marked] + 0.06)
        self._bar_index = {plan.deal_id: plan for plan in plans}

    def _set_strip(self, schedule: Schedule) -> None:
        """The weekly cells of utilisation under each row."""
        cells = week_cells(schedule, self._today)
        self.week_cells = cells
        rows = cells.row.astype(np.float64)
        shown = cells.capacity + cells.booked > EPSILON
        capacity = np.where(cells.capacity > EPSILON, cells.capacity, 1.0)
        booked_share = np.where(cells.capacity > EPSILON,
                                np.minimum(cells.booked / capacity, 1.0), 0.0)
        likely_share = np.where(cells.capacity > EPSILON,
                                np.minimum(cells.likely / capacity, 1.0 - booked_share), 0.0)
        over = cells.over
        base = rows + STRIP_TOP + STRIP_HEIGHT
        inset = 0.35  # a gap between weeks, in days

        def put(item: Any, mask: npt.NDArray[np.bool_], top: FloatArray,
                height: FloatArray) -> None:
            x0 = cells.x0[mask] + inset
            item.setOpts(x0=x0, x1=x0 + 7 - 2 * inset, y0=top[mask], height=height[mask])

        back_mask = shown
        x0 = cells.x0[back_mask] + inset
        self.strip_back.set_cells(x0, x0 + 7 - 2 * inset, (rows + STRIP_TOP)[back_mask],
                                  np.full(int(back_mask.sum()), STRIP_HEIGHT))
        self._strip_back_index = np.flatnonzero(back_mask)
        booked_height = booked_share * STRIP_HEIGHT
        put(self._strip_booked, shown & ~over, base - booked_height, booked_height)
        likely_height = likely_share * STRIP_HEIGHT
        put(self._strip_likely, shown & ~over & (likely_height > 0),
            base - booked_height - likely_height, likely_height)
        put(self._strip_over, over, rows + STRIP_TOP, np.full(rows.size, STRIP_HEIGHT))

    # --- showing ------------------------------------------------------------------------

    def set_likely_visible(self, visible: bool) -> None:
        """Show or hide the likely load (0.9 deals, weighted)."""
        self.likely_bars.setVisible(visible)
        self._strip_likely.setVisible(visible)
        self._labels.update()

    def show_default_range(self) -> None:
        """A week back and ten weeks ahead; the first rows that fit."""
        self.view_box.setXRange(-7, 70, padding=0)
        self.show_rows(0, min(len(self.employees), 14))

    def show_rows(self, first: int, count: int) -> None:
        """Show ``count`` rows from row ``first``."""
        self.view_box.setYRange(first - 0.05, first + max(count, 1) + 0.05, padding=0)

    def fit_all(self) -> None:
        """Every row and every bar."""
        spans = [extent for bars in self.bar_items() if (extent := bars.extent()) is not None]
        start = min((span[0] for span in spans), default=-7.0)
        end = max((span[1] for span in spans), default=70.0)
        self.view_box.setXRange(min(start, -1) - 1, max(end, 14) + 2, padding=0)
        self.show_rows(0, len(self.employees))

    def show_today(self) -> None:
        """Scroll back so that today is near the left edge, keeping the zoom."""
        (left, right), _ = self.view_box.viewRange()
        span = right - left
        self.view_box.setXRange(-span * 0.1, span * 0.9, padding=0)

    def zoom(self, factor: float) -> None:
        """Zoom the days around the middle (a factor above 1 shows fewer days)."""
        (left, right), _ = self.view_box.viewRange()
        middle, half = (left + right) / 2, (right - left) / 2 / factor
        self.view_box.setXRange(middle - half, middle + half, padding=0)

    def bar_of(self, deal_id: uuid.UUID) -> tuple[DealBars, int] | None:
        """The item and index of a deal's bar (None when it has none)."""
        for bars in self.bar_items():
            for index, plan in enumerate(bars.plans):
                if plan.deal_id == deal_id:
                    return bars, index
        return None

    def bar_ids(self, *, likely: bool | None = None) -> set[uuid.UUID]:
        """The deals that have a bar (only likely or only committed ones, if asked)."""
        return {plan.deal_id for bars in self.bar_items() for plan in bars.plans
                if likely is None or plan.likely == likely}

    # --- interaction --------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Answer tooltip requests over the chart: the bar or the week cell under the pointer."""
        if watched is self.plot.viewport() and event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            text = self.tooltip_at(self.view_box.mapSceneToView(
                self.plot.mapToScene(event.pos())))
            if text:
                QToolTip.showText(event.globalPos(), text, self.plot.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().eventFilter(watched, event)

    def tooltip_at(self, point: QPointF) -> str:
        """The tooltip for a point in view coordinates (empty over nothing)."""
        for bars in reversed(self.bar_items()):
            index = bars.bar_at(point)
            if index is not None:
                return self.describe(bars.plans[index])
        cell = self.strip_back.cell_at(point) if self.strip_back.isVisible() else None
        if cell is not None:
            return self.describe_week(int(self._strip_back_index[cell]))
        return ""

    @Slot(object)
    def _on_bars_clicked(self, plan: PlannedDeal) -> None:
        self.deal_activated.emit(plan.deal_id)

    @Slot(object, float, bool)
    def _on_bars_dragged(self, plan: PlannedDeal, y: float, finished: bool) -> None:
        found = self.bar_of(plan.deal_id)
        row = math.floor(y)
        inside = 0 <= row < len(self.employees)
        if found is None:
            return
        bars, index = found
        rect = bars.rect_of(index)
        if finished:
            self._ghost.setVisible(False)
            if inside and self.employees[row].id != plan.employee_id:
                self.deal_dropped.emit(plan.deal_id, self.employees[row].id)
            return
        if inside:
            self._ghost.setRect(QRectF(rect.left(), row + BAR_TOP, rect.width(), BAR_HEIGHT))
        self._ghost.setVisible(inside)

    def describe(self, plan: PlannedDeal) -> str:
        """The tooltip of a deal's bar."""
        names = {employee.id: employee.name for employee in self.employees}
        lines = [f"<b>{_escape(plan.title)}</b>"]
        if plan.client_name:
            lines.append(_escape(plan.client_name))
        lines.append(self.tr("Assignee: %s") % _escape(names.get(plan.employee_id, "")))
        span = f"{formatting.short_date(plan.start)} – " + (
            formatting.short_date(plan.finish) if plan.finish else self.tr("beyond the horizon"))
        lines.append(self.tr("Planned: %s") % span)
        if plan.likely:
            lines.append(self.tr("Likely (tier 0.9): %s weighted") % formatting.hours(plan.hours))
        else:
            lines.append(self.tr("Effort: %s") % formatting.hours(plan.hours))
        if plan.fixed:
            lines.append(self.tr("Fixed dates"))
        if plan.due_date is not None:
            due = self.tr("Due: %s") % formatting.short_date(plan.due_date)
            if plan.late:
                late_by = ((plan.finish - plan.due_date).days if plan.finish else None)
                due += " — <span style='color:#d62728'><b>" + (
                    self.tr("late by %n day(s)", "", late_by) if late_by is not None
                    else self.tr("late")) + "</b></span>"
            lines.append(due)
        lines.append(f"<i>{self.tr('Click to open, drag to another row to reassign')}</i>")
        return "<br>".join(lines)

    def describe_week(self, index: int) -> str:
        """The tooltip of a week's cell in the strip."""
        assert self.week_cells is not None
        cells = self.week_cells
        row = int(cells.row[index])
        monday = self._today + timedelta(days=int(cells.x0[index]))
        booked, capacity = float(cells.booked[index]), float(cells.capacity[index])
        lines = [f"<b>{_escape(self.employees[row].name)}</b>",
                 self.tr("Week of %s") % formatting.short_date(monday),
                 self.tr("Booked %s of %s") % (formatting.hours(booked),
                                               formatting.hours(capacity))]
        if booked > capacity + EPSILON:
            over_colour = COLOURS["over"]
            lines.append(f"<span style='color:{over_colour}'><b>"
                         + self.tr("Over capacity: %s") % _over_text(booked, capacity)
                         + "</b></span>")
        elif capacity > EPSILON:
            lines.append(self.tr("Free: %s") % formatting.hours(capacity - booked))
        if cells.likely[index] > EPSILON:
            lines.append(self.tr("Likely (0.9, weighted): %s")
                         % formatting.hours(float(cells.likely[index])))
        return "<br>".join(lines)


def _lanes(rows: npt.NDArray[np.int64], x0: FloatArray, x1: FloatArray
           ) -> tuple[FloatArray, FloatArray]:
    """Give each bar the first lane of its row that is free at its start.

    Returns:
        The lane of every bar, and the number of lanes of every row (indexed by row).
    """
    lane = np.zeros(rows.size, dtype=np.float64)
    count = np.ones(int(rows.max()) + 1 if rows.size else 1, dtype=np.float64)
    ends: dict[int, list[float]] = {}
    for index in np.lexsort((x1, x0, rows)).tolist():
        row, start = int(rows[index]), float(x0[index])
        row_ends = ends.setdefault(row, [])
        for position, end in enumerate(row_ends):
            if end <= start + 1e-6:
                row_ends[position] = float(x1[index])
                lane[index] = position
                break
        else:
            lane[index] = len(row_ends)
            row_ends.append(float(x1[index]))
    for row, row_ends in ends.items():
        count[row] = max(len(row_ends), 1)
    return lane, count


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _runs(mask: npt.NDArray[np.bool_]) -> tuple[npt.NDArray[np.int64], FloatArray,
                                                  npt.NDArray[np.int64]]:
    """The runs of True in each row of ``mask``: (row, first column, length) arrays."""
    rows = mask.shape[0]
    padded = np.zeros((rows, mask.shape[1] + 2), dtype=np.int8)
    padded[:, 1:-1] = mask
    change = np.diff(padded, axis=1)
    starts = np.argwhere(change == 1)
    ends = np.argwhere(change == -1)
    rows_of: npt.NDArray[np.int64] = starts[:, 0].astype(np.int64)
    firsts: FloatArray = starts[:, 1].astype(np.float64)
    lengths: npt.NDArray[np.int64] = (ends[:, 1] - starts[:, 1]).astype(np.int64)
    return rows_of, firsts, lengths


def week_cells(schedule: Schedule, today: date) -> WeekCells:
    """Booked, likely and capacity hours of every week (Monday to Sunday) of every row."""
    rows, days = schedule.capacity_hours.shape if schedule.capacity_hours.ndim == 2 else (0, 0)
    if rows == 0 or days == 0:
        empty = np.zeros(0)
        return WeekCells(np.zeros(0, dtype=np.int64), empty, empty, empty, empty)
    lead = schedule.origin.weekday()
    weeks = math.ceil((lead + days) / 7)
    tail = weeks * 7 - lead - days

    # The days already gone are no longer capacity: this week counts from today, as the table.
    past = min(max((today - schedule.origin).days, 0), days)

    def weekly(hours: FloatArray) -> FloatArray:
        ahead = hours.copy()
        ahead[:, :past] = 0.0
        padded = np.pad(ahead, ((0, 0), (lead, tail)))
        summed: FloatArray = padded.reshape(rows, weeks, 7).sum(axis=2).ravel()
        return summed

    first_monday = schedule.origin - timedelta(days=lead)
    x0 = (first_monday - today).days + 7.0 * np.arange(weeks, dtype=np.float64)
    return WeekCells(
        row=np.repeat(np.arange(rows, dtype=np.int64), weeks),
        x0=np.tile(x0, rows),
        booked=weekly(schedule.booked_hours),
        likely=weekly(schedule.likely_hours),
        capacity=weekly(schedule.capacity_hours),
    )
