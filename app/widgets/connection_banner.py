"""A banner across the top of the window while the database does not answer."""

import logging

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app.context import AppContext

log = logging.getLogger(__name__)

_STYLE = """
ConnectionBanner { background: #fff4ce; border: 1px solid #e0b400; border-radius: 4px; }
ConnectionBanner QLabel { color: #3d3000; background: transparent; border: none; }
"""


class ConnectionBanner(QFrame):
    """Says that the database is out of reach, that the program keeps retrying, and what works.

    Hidden while the connection is fine. Shown by the context's ``connection_problem``, hidden
    again by ``connection_restored``; a change refused meanwhile (``write_refused``) is named on
    a second line.

    Signals:
        retry_requested(): the user pressed "Retry now".
    """

    retry_requested = Signal()

    def __init__(self, context: AppContext | None = None, *,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connection_banner")
        self.setStyleSheet(_STYLE)
        self.setFrameShape(QFrame.Shape.StyledPanel)

        icon = QLabel(self)
        icon.setPixmap(self.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(24, 24))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.title_label = QLabel(self)
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title_label.font()
        font.setBold(True)
        self.title_label.setFont(font)
        self.detail_label = QLabel(self)
        self.detail_label.setWordWrap(True)
        self.detail_label.setTextFormat(Qt.TextFormat.PlainText)
        self.retry_button = QPushButton(self.tr("Retry now"), self)
        self.retry_button.clicked.connect(self._on_retry_button_clicked)

        texts = QVBoxLayout()
        texts.setSpacing(2)
        texts.addWidget(self.title_label)
        texts.addWidget(self.detail_label)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(icon)
        layout.addLayout(texts, 1)
        layout.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.hide()

        if context is not None:
            context.connection_problem.connect(self._on_context_connection_problem)
            context.connection_restored.connect(self._on_context_connection_restored)
            context.write_refused.connect(self._on_context_write_refused)
            self.retry_requested.connect(context.retry_connection)

    def show_problem(self, reason: str) -> None:
        """Show the banner for a database that does not answer; ``reason`` goes in the tooltip."""
        self.title_label.setText(self.tr("The database does not answer — retrying…"))
        self.detail_label.setText(self.tr(
            "What is on screen stays readable. Changes are refused until the connection "
            "returns; nothing half-done is saved."))
        self.setToolTip(reason)
        self.show()

    def show_refusal(self, message: str) -> None:
        """Name a change that was just refused, under the banner's title."""
        if not self.isVisible():
            self.show_problem("")
        self.detail_label.setText(message)

    @Slot(str)
    def _on_context_connection_problem(self, reason: str) -> None:
        self.show_problem(reason)

    @Slot(str)
    def _on_context_write_refused(self, message: str) -> None:
        self.show_refusal(message)

    @Slot()
    def _on_context_connection_restored(self) -> None:
        self.hide()

    @Slot()
    def _on_retry_button_clicked(self) -> None:
        self.title_label.setText(self.tr("The database does not answer — trying again now…"))
        self.retry_requested.emit()


def install_banner(window: QMainWindow, context: AppContext) -> ConnectionBanner:
    """Put a connection banner above the window's central widget and return it.

    The central widget is kept as it is, only placed below the banner in a new container, so
    that the window's own code goes on using it unchanged.
    """
    central = window.takeCentralWidget()
    container = QWidget(window)
    container.setObjectName("banner_container")
    layout = QVBoxLayout(container)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    banner = ConnectionBanner(context, parent=container)
    frame = QHBoxLayout()
    frame.setContentsMargins(6, 6, 6, 2)
    frame.addWidget(banner)
    layout.addLayout(frame)
    if central is not None:
        layout.addWidget(central, 1)
    window.setCentralWidget(container)
    return banner
