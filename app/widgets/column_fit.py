"""Columns of a table sized to their contents, with the spare width shared among them.

Qt's own choices either leave the spare width to the last column (which then takes half the
table) or stretch every column alike (which cuts long texts). A fitter gives each column what
its texts need and spreads what is left evenly.
"""

import logging

from PySide6.QtCore import QEvent, QObject, QTimer, Slot
from PySide6.QtWidgets import QHeaderView, QTableView

log = logging.getLogger(__name__)


class ColumnFitter(QObject):
    """Keeps a table's columns fitted to their contents and to the table's width.

    The fitter belongs to the view; it refits after the model changes and when the view is
    resized. The person can still drag a column wider until the next refit.
    """

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self._view = view
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.fit)
        view.viewport().installEventFilter(self)
        model = view.model()
        for signal in (model.modelReset, model.layoutChanged, model.rowsInserted,
                       model.rowsRemoved, model.dataChanged, model.headerDataChanged,
                       model.columnsInserted, model.columnsRemoved):
            signal.connect(self._timer.start)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Refit when the table's width changes."""
        if event.type() == QEvent.Type.Resize:
            self._timer.start()
        return super().eventFilter(watched, event)

    @Slot()
    def fit(self) -> None:
        """Size every column to its contents, then share out the width that is left."""
        view = self._view
        header = view.horizontalHeader()
        columns = [column for column in range(header.count())
                   if not header.isSectionHidden(column)]
        if not columns:
            return
        wanted = {column: max(view.sizeHintForColumn(column), header.sectionSizeHint(column))
                  for column in columns}
        spare = view.viewport().width() - sum(wanted.values())
        extra = max(spare, 0) // len(columns)
        rest = max(spare, 0) - extra * len(columns)  # the odd pixels go to the last column
        for column in columns:
            header.resizeSection(column, wanted[column] + extra
                                 + (rest if column == columns[-1] else 0))
