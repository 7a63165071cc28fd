"""The Qt bindings themselves: a release that corrupts reference counts would crash the program
after enough repaints, so it is caught here rather than by users."""

import sys

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QWidget


class _Silent(QWidget):
    def paintEvent(self, event):
        return None


class _Empty(QAbstractListModel):
    def rowCount(self, parent=None):
        return 1

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0):
        return None


def test_overrides_returning_none_keep_its_reference_count(qtbot):
    widget = _Silent()
    qtbot.addWidget(widget)
    widget.show()
    model = _Empty()

    before = sys.getrefcount(None)
    for _ in range(300):
        widget.repaint()
        model.index(0, 0).data(Qt.ItemDataRole.DisplayRole)

    # A few references may come and go elsewhere; a leak or a loss would be hundreds.
    assert abs(sys.getrefcount(None) - before) < 50
