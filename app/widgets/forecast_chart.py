"""The forecast chart: stacked bars per tier for each week or month, and the capacity line.

pyqtgraph is imported by this module only, and this module only by the forecast view, so the
board opens without loading the chart library.
"""

import logging
from collections.abc import Sequence

import numpy as np

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.models.tiers import Tier
from app.planning.forecast import FORECAST_TIERS, Forecast, PeriodFigures

log = logging.getLogger(__name__)

#: Bar colours per tier: committed work dark and solid, the less likely tiers lighter.
TIER_COLOURS: dict[Tier, str] = {
    Tier.T1: "#2f6db3",
    Tier.T09: "#58a55c",
    Tier.T05: "#f2b447",
    Tier.T01: "#d98c8c",
}
#: The capacity line.
CAPACITY_COLOUR = "#202020"

#: What the bars measure.
HOURS, MONEY = "hours", "money"


def _values(rows: Sequence[PeriodFigures], tier: Tier, mode: str) -> list[float]:
    if mode == MONEY:
        if tier is Tier.T1:
            return [float(row.committed_revenue) for row in rows]
        return [float(row.expected_revenue[tier]) for row in rows]
    if tier is Tier.T1:
        return [row.committed_hours for row in rows]
    return [row.expected_hours[tier] for row in rows]


class ForecastChart(QWidget):
    """Stacked bars of committed and weighted work (or money) per period, with capacity.

    Attributes:
        plot: the pyqtgraph plot widget.
        bars: the bar item of each tier (one item per tier, fed with arrays).
        capacity_line: the capacity as a step line (hours only).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plot = pg.PlotWidget(parent=self, background="w")
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.showGrid(x=False, y=True, alpha=0.25)
        self.legend = self.plot.addLegend(offset=(-10, 10), colCount=5)
        self.legend.setBrush(pg.mkBrush(255, 255, 255, 220))
        self.mode = HOURS
        self.labels: dict[Tier, str] = {tier: tier.label for tier in FORECAST_TIERS}
        self.capacity_label = "capacity"
        self.bars: dict[Tier, pg.BarGraphItem] = {}
        self.capacity_line: pg.PlotDataItem | None = None
        self._rows: list[PeriodFigures] = []
        self._tick_labels: list[str] = []

        axis_font = QFont()
        axis_font.setPointSize(9)
        for side in ("left", "bottom"):
            axis = self.plot.getAxis(side)
            axis.setTextPen(pg.mkPen("#404040"))
            axis.setPen(pg.mkPen("#808080"))
            axis.setTickFont(axis_font)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)

    def set_names(self, labels: dict[Tier, str], capacity: str) -> None:
        """The legend's names of the tiers and of the capacity line (translated by the view)."""
        self.labels = dict(labels)
        self.capacity_label = capacity

    def set_forecast(self, forecast: Forecast, tick_labels: Sequence[str], *,
                     mode: str = HOURS, axis_title: str = "") -> None:
        """Draw a forecast: one bar stack per period, labelled with ``tick_labels``."""
        self._rows = list(forecast.periods)
        self._tick_labels = list(tick_labels)
        self.mode = mode
        self.plot.clear()
        self.legend.clear()
        self.bars.clear()
        self.capacity_line = None
        if not self._rows:
            return

        x = np.arange(len(self._rows), dtype=float)
        base = np.zeros(len(self._rows))
        for tier in FORECAST_TIERS:
            heights = np.asarray(_values(self._rows, tier, mode), dtype=float)
            colour = QColor(TIER_COLOURS[tier])
            item = pg.BarGraphItem(x=x, height=heights, y0=base.copy(), width=0.7,
                                   brush=pg.mkBrush(colour), pen=pg.mkPen(colour.darker(120)),
                                   name=self.labels.get(tier, tier.label))
            self.plot.addItem(item)
            self.bars[tier] = item
            base = base + heights

        if mode == HOURS:
            capacity = [row.capacity for row in self._rows]
            edges = np.arange(len(self._rows) + 1, dtype=float) - 0.5
            self.capacity_line = self.plot.plot(
                edges, capacity, stepMode="center",
                pen=pg.mkPen(CAPACITY_COLOUR, width=2.5, style=Qt.PenStyle.DashLine),
                name=self.capacity_label,
            )
            top = max(float(base.max()), max(capacity))
        else:
            top = float(base.max())

        self.plot.setXRange(-0.6, len(self._rows) - 0.4, padding=0)
        self.plot.setYRange(0, max(top, 1.0) * 1.25, padding=0)
        self.plot.getAxis("bottom").setTicks([list(enumerate(self._tick_labels))])
        self.plot.setLabel("left", axis_title)

    def stack_heights(self) -> list[float]:
        """The top of each period's stack (for tests and for the export's caption)."""
        if not self._rows:
            return []
        return [sum(values) for values in zip(*(_values(self._rows, tier, self.mode)
                                                 for tier in FORECAST_TIERS), strict=True)]
