"""A tier column of the board, the card list view with the board's keys, and the drop zones.

A column is a header with its figures over a list of cards; Done and Lost are narrow strips.
"""

import logging

from PySide6.QtCore import QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.models.tiers import Tier
from app.widgets.card_delegate import CARD_HEIGHT, TIER_COLOURS, mix, tier_title

log = logging.getLogger(__name__)

#: The board's own drag payload (kept in step with app.views.board_item_model.MIME_TYPE).
MIME_TYPE = "application/x-tierboard-deal-ids"


class CardListView(QListView):
    """A list of cards with the board's keys and drag and drop.

    Signals:
        open_requested(QModelIndex): Enter or a double-click on a card.
        move_requested(int): Ctrl+Left (-1) or Ctrl+Right (+1): move the selected cards to the
            neighbouring tier.
        neighbour_requested(int): Left (-1) or Right (+1): put the focus on the next column.
        delete_requested(): Delete on the selected cards.
    """

    open_requested = Signal(QModelIndex)
    move_requested = Signal(int)
    neighbour_requested = Signal(int)
    delete_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMouseTracking(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setSpacing(0)
        self.doubleClicked.connect(self.open_requested)
        self._empty_text = ""

    @property
    def empty_text(self) -> str:
        """The hint shown in the middle of the list while it has no cards ("" for none)."""
        return self._empty_text

    def set_empty_text(self, text: str) -> None:
        """Set the hint shown while the list has no cards."""
        if text != self._empty_text:
            self._empty_text = text
            self.viewport().update()

    def paintEvent(self, event: QPaintEvent) -> None:
        """The cards, or the hint when there are none."""
        super().paintEvent(event)
        model = self.model()
        if not self._empty_text or model is None or model.rowCount() > 0:
            return
        painter = QPainter(self.viewport())
        palette = self.palette()
        painter.setPen(mix(palette.color(QPalette.ColorRole.Text),
                           palette.color(QPalette.ColorRole.Base), 0.45))
        area = self.viewport().rect().adjusted(16, 16, -16, -16)
        painter.drawText(area, int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                         self._empty_text)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter opens, Delete deletes, Ctrl+arrows move cards, bare Left/Right change column."""
        key = event.key()
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_requested.emit(self.currentIndex())
        elif key == Qt.Key.Key_Delete:
            self.delete_requested.emit()
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            step = -1 if key == Qt.Key.Key_Left else 1
            (self.move_requested if ctrl else self.neighbour_requested).emit(step)
        else:
            super().keyPressEvent(event)
            return
        event.accept()


class TierHeaderWidget(QWidget):
    """A column's heading: the tier's name and count, then amount, effort and weighted amount."""

    def __init__(self, tier: Tier, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tier = tier
        self.setObjectName(f"tier_header_{tier.value}")
        self.title = QLabel(tier_title(tier), self)
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setWeight(QFont.Weight.Bold)
        self.title.setFont(font)
        self.count = QLabel("0", self)
        self.count.setObjectName("count")
        self.count.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.count.setMinimumWidth(26)
        self.amount = QLabel(self)
        self.amount.setObjectName("amount")
        self.amount.setWordWrap(True)  # a sum in several currencies may need two lines
        self.details = QLabel(self)
        self.details.setObjectName("details")
        small = QFont(self.details.font())
        small.setPointSizeF(small.pointSizeF() * 0.9)
        self.details.setFont(small)
        # Effort and weighted sum wrap in a narrow column rather than widen the window.
        self.details.setWordWrap(True)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.title)
        top.addWidget(self.count)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 10, 8)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self.amount)
        layout.addWidget(self.details)
        layout.addStretch(1)  # a header made as tall as its neighbours keeps its lines together
        self._style_labels()

    def _style_labels(self) -> None:
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        window = palette.color(QPalette.ColorRole.Window)
        accent = QColor(TIER_COLOURS[self.tier])
        self.count.setStyleSheet(
            f"QLabel#count {{ background: {accent.name()}; color: white; border-radius: 9px;"
            f" padding: 1px 7px; font-weight: 600; }}"
        )
        self.amount.setStyleSheet(f"color: {text.name()}; font-weight: 600;")
        self.details.setStyleSheet(f"color: {mix(text, window, 0.4).name()};")

    def set_figures(self, count: str, amount: str, details: str) -> None:
        """Show the column's figures (already formatted)."""
        for label, text in ((self.count, count), (self.amount, amount), (self.details, details)):
            if label.text() != text:
                label.setText(text)

    def paintEvent(self, event: QPaintEvent) -> None:
        """A coloured rule at the top in the tier's accent."""
        super().paintEvent(event)
        painter = QPainter(self)
        painter.fillRect(0, 0, self.width(), 3, QColor(TIER_COLOURS[self.tier]))


class TierColumn(QFrame):
    """One tier of the board: its header over its card list.

    Attributes:
        tier: the tier shown.
        header: the heading with the figures.
        view: the list of cards.
    """

    def __init__(self, tier: Tier, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tier = tier
        self.setObjectName(f"tier_column_{tier.value}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.header = TierHeaderWidget(tier, self)
        self.view = CardListView(self)
        self.view.setObjectName(f"cards_{tier.value}")
        self.view.setMinimumWidth(210)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 1, 1, 1)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.view, 1)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)


class DropZone(QFrame):
    """A narrow strip for Done or Lost: cards dropped on it close; a click opens the archive.

    Signals:
        dropped(bytes): the MIME payload of the dropped cards.
        open_requested(): the user clicked the strip.
    """

    dropped = Signal(bytes)
    open_requested = Signal()

    def __init__(self, tier: Tier, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tier = tier
        self.count = 0
        self._hovered = False
        self.setObjectName(f"drop_zone_{tier.value}")
        self.setAcceptDrops(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFixedWidth(46)
        self.setToolTip(self.tr("Drop cards here to mark them %s; click to open the archive")
                        % tier_title(tier))

    def set_count(self, count: int) -> None:
        """How many deals the archive holds."""
        self.count = count
        self.update()

    def sizeHint(self) -> QSize:
        """Narrow and as tall as the board."""
        return QSize(46, CARD_HEIGHT * 3)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Take the board's cards only."""
        if event.mimeData().hasFormat(MIME_TYPE):
            self._hovered = True
            self.update()
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        """Keep accepting while the cards are over the strip."""
        if event.mimeData().hasFormat(MIME_TYPE):
            event.acceptProposedAction()

    def dragLeaveEvent(self, event: object) -> None:
        """Stop showing the drop highlight."""
        del event
        self._hovered = False
        self.update()

    def dropEvent(self, event: QDropEvent) -> None:
        """Hand the payload to the board."""
        self._hovered = False
        self.update()
        if not event.mimeData().hasFormat(MIME_TYPE):
            return
        event.acceptProposedAction()
        self.dropped.emit(bytes(event.mimeData().data(MIME_TYPE).data()))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """A click opens the archive."""
        if event.button() == Qt.MouseButton.LeftButton:
            self.open_requested.emit()

    def paintEvent(self, event: QPaintEvent) -> None:
        """The tier's name written upwards, its count, in the tier's accent."""
        del event
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        accent = QColor(TIER_COLOURS[self.tier])
        window = self.palette().color(QPalette.ColorRole.Window)
        text = self.palette().color(QPalette.ColorRole.WindowText)
        rect = self.rect().adjusted(3, 1, -3, -1)
        painter.setPen(accent if self._hovered else mix(window, text, 0.2))
        painter.setBrush(mix(window, accent, 0.35 if self._hovered else 0.1))
        painter.drawRoundedRect(rect, 6, 6)

        font = QFont(self.font())
        font.setWeight(QFont.Weight.Bold)
        painter.setFont(font)
        painter.setPen(text)
        badge = f"{self.count}"
        painter.drawText(rect.adjusted(0, 10, 0, 0),
                         int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop), badge)
        painter.translate(rect.center())
        painter.rotate(-90)
        label = tier_title(self.tier) + "  ▸"
        painter.setPen(accent.darker(115) if window.lightnessF() > 0.5 else accent.lighter(130))
        painter.drawText(-rect.height() // 2, -rect.width() // 2, rect.height(), rect.width(),
                         int(Qt.AlignmentFlag.AlignCenter), label)
