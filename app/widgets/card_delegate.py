"""Paints deal cards (and the tier headers of the one-list layout) without one widget per card.

Two shapes: a card of three lines for the columns, and a one-line row for the long list. Colours
come from the palette, so that the cards read well on light and dark themes; only the accents
(tier, deadline, assignee) are fixed colours chosen to work on both.
"""

import logging
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from app import formatting
from app.models.queries import DealRow
from app.models.tiers import Tier

log = logging.getLogger(__name__)

#: The accent of each tier: the strip on a card's left edge and the header's mark.
TIER_COLOURS: dict[Tier, str] = {
    Tier.INCOMING: "#7c5cd6",
    Tier.T1: "#2e9d5b",
    Tier.T09: "#2f7fd0",
    Tier.T05: "#d99a1e",
    Tier.T01: "#8a94a3",
    Tier.DONE: "#3a9d8f",
    Tier.LOST: "#c8504b",
}
#: Deadline colours of an Incoming card: in time, nearing, passed.
DEADLINE_OK = "#2e9d5b"
DEADLINE_NEAR = "#e0a100"
DEADLINE_PASSED = "#d64541"

#: Share of the answer deadline after which an Incoming card turns amber.
NEAR_SHARE = 0.6

CARD_HEIGHT = 82
ROW_HEIGHT = 34
_GAP = 6


def initials(name: str) -> str:
    """Up to two initials of a person's name (``Анна Соколова`` → ``АС``)."""
    parts = [part for part in name.replace("-", " ").split() if part]
    return "".join(part[0] for part in parts[:2]).upper() or "?"


def mix(first: QColor, second: QColor, share: float) -> QColor:
    """``first`` moved ``share`` of the way towards ``second``."""
    return QColor.fromRgbF(
        first.redF() + (second.redF() - first.redF()) * share,
        first.greenF() + (second.greenF() - first.greenF()) * share,
        first.blueF() + (second.blueF() - first.blueF()) * share,
    )


class _Fonts:
    """The fonts of a card and their metrics, made once per base font (painting is hot)."""

    def __init__(self, base: QFont) -> None:
        self.normal = QFont(base)
        self.small = QFont(base)
        self.small.setPointSizeF(max(base.pointSizeF() * 0.9, 7.0))
        self.bold = QFont(base)
        self.bold.setWeight(QFont.Weight.DemiBold)
        self.header = QFont(base)
        self.header.setWeight(QFont.Weight.Bold)
        self.badge = QFont(self.header)
        self.badge.setPointSizeF(max(base.pointSizeF() * 0.72, 6.5))
        self.metrics = {id(font): QFontMetrics(font)
                        for font in (self.normal, self.small, self.bold, self.header)}

    def measure(self, font: QFont) -> QFontMetrics:
        return self.metrics.get(id(font)) or QFontMetrics(font)


class CardDelegate(QStyledItemDelegate):
    """Draws a deal card, or a one-line row when ``compact`` is set.

    Attributes:
        compact: the one-list layout (rows with tier headers) instead of cards.
        answer_deadline_hours: working hours an Incoming request may wait.
        waited_hours: how many working hours a request received at a moment (naive UTC) has
            waited; the board gives one that knows the firm's working day.
        header_text: for the one-list layout, the text of a tier header's figures.
    """

    def __init__(self, *, compact: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.compact = compact
        self.answer_deadline_hours = 2.0
        self.waited_hours: Callable[[datetime], float] = _clock_hours
        self.header_text: Callable[[Any], str] = lambda _header: ""
        self._now = datetime.now(UTC).replace(tzinfo=None)
        self._fonts: dict[str, _Fonts] = {}
        self._palettes: dict[int, tuple[QColor, QColor, QColor, QColor]] = {}

    def set_now(self, now: datetime) -> None:
        """The moment ages are measured from (naive UTC); the board ticks it every minute."""
        self._now = now

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        """Every card is the same size, so the view never measures them one by one."""
        del index
        return QSize(max(option.rect.width(), 120), ROW_HEIGHT if self.compact else CARD_HEIGHT)

    def deadline_colour(self, row: DealRow) -> str:
        """The accent of an Incoming card: in time, nearing or past its answer deadline."""
        waited = self.waited_hours(row.received_at)
        if waited > self.answer_deadline_hours:
            return DEADLINE_PASSED
        if waited >= self.answer_deadline_hours * NEAR_SHARE:
            return DEADLINE_NEAR
        return DEADLINE_OK

    # --- painting -----------------------------------------------------------------------

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        """Draw the card, row or header of ``index``."""
        item = index.data(Qt.ItemDataRole.UserRole + 1)
        if item is None:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        try:
            if not isinstance(item, DealRow):
                self._paint_header(painter, option, item)
            elif self.compact:
                self._paint_row(painter, option, item)
            else:
                self._paint_card(painter, option, item)
        finally:
            painter.restore()

    def _colours(self, option: QStyleOptionViewItem) -> tuple[QColor, QColor, QColor, QColor]:
        palette = option.palette
        cached = self._palettes.get(palette.cacheKey())
        if cached is None:
            base = palette.color(QPalette.ColorRole.Base)
            text = palette.color(QPalette.ColorRole.Text)
            cached = (base, text, mix(text, base, 0.42), mix(base, text, 0.16))
            self._palettes[palette.cacheKey()] = cached
        return cached

    def fonts(self, option: QStyleOptionViewItem) -> _Fonts:
        """The card's fonts for the view's font."""
        key = option.font.key()
        fonts = self._fonts.get(key)
        if fonts is None:
            fonts = self._fonts[key] = _Fonts(option.font)
        return fonts

    def _accent(self, row: DealRow) -> QColor:
        if row.tier is Tier.INCOMING:
            return QColor(self.deadline_colour(row))
        return QColor(TIER_COLOURS.get(row.tier, "#888888"))

    def _paint_card(self, painter: QPainter, option: QStyleOptionViewItem, row: DealRow) -> None:
        base, text, muted, border = self._colours(option)
        state = option.state
        selected = bool(state & QStyle.StateFlag.State_Selected)
        highlight = option.palette.color(QPalette.ColorRole.Highlight)
        rect = QRectF(option.rect.adjusted(4, 3, -4, -3))

        # The card: a rounded panel, tinted and outlined in the highlight colour when selected.
        fill = mix(base, highlight, 0.14) if selected else base
        if state & QStyle.StateFlag.State_MouseOver and not selected:
            fill = mix(base, text, 0.04)
        painter.setPen(QPen(highlight if selected else border, 1.5 if selected else 1.0))
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, 6, 6)
        accent = self._accent(row)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(accent)
        painter.drawRoundedRect(QRectF(rect.left() + 1, rect.top() + 6, 3.5, rect.height() - 12),
                                1.5, 1.5)

        inner = rect.adjusted(14, 8, -10, -8).toRect()
        line = inner.height() // 3
        fonts = self.fonts(option)
        small, bold = fonts.small, fonts.bold

        # Line 1: title, and the assignee's initials on the right.
        badge = self._paint_badge(painter, row, inner.right() - 22, inner.top() - 1, 22,
                                  fonts.badge)
        title_rect = QRect(inner.left(), inner.top(), inner.width() - badge - 6, line)
        self._text(painter, title_rect, row.title, bold, text)

        # Line 2: client, and the amount on the right; line 3: effort, then due date and age.
        money = formatting.money(row.amount, row.currency)
        money_width = fonts.measure(bold).horizontalAdvance(money) + 4
        middle = QRect(inner.left(), inner.top() + line, inner.width(), line)
        self._text(painter, middle.adjusted(0, 0, -money_width - 8, 0), row.client_name or "—",
                   small, muted)
        self._text(painter, middle, money, bold, text,
                   Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        bottom = QRect(inner.left(), inner.top() + 2 * line, inner.width(), line)
        # The longest note that leaves room for the effort; the due date outlasts the age.
        forms, right_colour = self._when_forms(row, muted)
        effort_width = fonts.measure(small).horizontalAdvance(
            formatting.hours(row.effort_hours)) + 10
        right_text = forms[-1]
        for form in forms:
            if fonts.measure(small).horizontalAdvance(form) + 4 <= inner.width() - effort_width:
                right_text = form
                break
        right_width = fonts.measure(small).horizontalAdvance(right_text) + 4
        self._text(painter, bottom.adjusted(0, 0, -right_width - 6, 0),
                   formatting.hours(row.effort_hours), small, muted)
        self._text(painter, bottom, right_text, small, right_colour,
                   Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def _paint_row(self, painter: QPainter, option: QStyleOptionViewItem, row: DealRow) -> None:
        base, text, muted, border = self._colours(option)
        state = option.state
        rect = option.rect
        if state & QStyle.StateFlag.State_Selected:
            highlight = option.palette.color(QPalette.ColorRole.Highlight)
            painter.fillRect(rect, mix(base, highlight, 0.22))
        painter.setPen(border)
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        painter.fillRect(QRect(rect.left() + 8, rect.top() + 7, 3, rect.height() - 14),
                         self._accent(row))

        fonts = self.fonts(option)
        font = fonts.normal
        width = rect.width() - 24
        columns = (  # share of the width, text, colour, alignment
            (0.30, row.title, text, Qt.AlignmentFlag.AlignLeft),
            (0.20, row.client_name or "—", muted, Qt.AlignmentFlag.AlignLeft),
            (0.12, formatting.money(row.amount, row.currency), text, Qt.AlignmentFlag.AlignRight),
            (0.08, formatting.hours(row.effort_hours), text, Qt.AlignmentFlag.AlignRight),
            (0.16, row.assignee_name or "—", muted, Qt.AlignmentFlag.AlignLeft),
            (0.14, *self._when(row, muted), Qt.AlignmentFlag.AlignRight),
        )
        left = float(rect.left() + 20)
        for share, value, colour, align in columns:
            cell = QRect(int(left), rect.top(), int(width * share) - 12, rect.height())
            if align == Qt.AlignmentFlag.AlignLeft and value is row.assignee_name and value:
                self._paint_badge(painter, row, cell.left(), rect.top() + 6, 22, fonts.badge)
                cell.setLeft(cell.left() + 28)
            self._text(painter, cell, str(value), font, colour,
                       align | Qt.AlignmentFlag.AlignVCenter)
            left += width * share

    def _paint_header(self, painter: QPainter, option: QStyleOptionViewItem, header: Any) -> None:
        base, text, muted, border = self._colours(option)
        rect = option.rect
        painter.fillRect(rect, mix(base, text, 0.07))
        painter.setPen(border)
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        accent = QColor(TIER_COLOURS.get(header.tier, "#888888"))
        painter.fillRect(QRect(rect.left(), rect.top(), 4, rect.height()), accent)
        fonts = self.fonts(option)
        font = fonts.header
        name = tier_title(header.tier)
        name_width = fonts.measure(font).horizontalAdvance(name) + 24
        self._text(painter, QRect(rect.left() + 14, rect.top(), name_width, rect.height()),
                   name, font, text)
        self._text(painter, rect.adjusted(14 + name_width, 0, -12, 0), self.header_text(header),
                   fonts.normal, muted)

    def _paint_badge(self, painter: QPainter, row: DealRow, left: int, top: int, size: int,
                     font: QFont) -> int:
        """The assignee's initials in their colour; returns the width used."""
        if not row.assignee_name:
            return 0
        colour = QColor(row.assignee_colour or "#7a7a7a")
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        circle = QRectF(left, top, size, size)
        painter.drawEllipse(circle)
        painter.setFont(font)
        painter.setPen(QColor("#ffffff") if colour.lightnessF() < 0.72 else QColor("#202020"))
        painter.drawText(circle, Qt.AlignmentFlag.AlignCenter, initials(row.assignee_name))
        return size

    def _when(self, row: DealRow, muted: QColor) -> tuple[str, QColor]:
        """The right-hand note of a card: waiting time of a request, else due date and age."""
        forms, colour = self._when_forms(row, muted)
        return forms[0], colour

    def _when_forms(self, row: DealRow, muted: QColor) -> tuple[list[str], QColor]:
        """The right-hand note of a card in ever shorter forms, and its colour."""
        age_s = (self._now - row.received_at).total_seconds()
        if row.tier is Tier.INCOMING:
            return [_tr("waiting %s") % formatting.age(age_s)], QColor(self.deadline_colour(row))
        if row.tier is Tier.LOST and row.lost_reason:
            return [row.lost_reason], muted  # in the archive, why it was lost matters most
        if row.due_date is not None:
            due = formatting.compact_date(row.due_date)
            return [_tr("due %s · %s old") % (due, formatting.age(age_s)),
                    _tr("due %s") % due], muted
        return [_tr("%s old") % formatting.age(age_s)], muted

    def _text(self, painter: QPainter, rect: QRect, value: str, font: QFont, colour: QColor,
              align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft
              | Qt.AlignmentFlag.AlignVCenter) -> None:
        painter.setFont(font)
        painter.setPen(colour)
        metrics = next((fonts.measure(font) for fonts in self._fonts.values()
                        if id(font) in fonts.metrics), None) or QFontMetrics(font)
        elided = metrics.elidedText(value, Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(rect, int(align), elided)


def _tr(text: str) -> str:
    return QCoreApplication.translate("CardDelegate", text)


def tier_title(tier: Tier) -> str:
    """The heading of a tier on the board (translated)."""
    titles = {
        Tier.INCOMING: QCoreApplication.translate("board", "Incoming"),
        Tier.T1: QCoreApplication.translate("board", "1 · In production"),
        Tier.T09: "0.9",
        Tier.T05: "0.5",
        Tier.T01: "0.1",
        Tier.DONE: QCoreApplication.translate("board", "Done"),
        Tier.LOST: QCoreApplication.translate("board", "Lost"),
    }
    return titles[tier]


def _clock_hours(received_at: datetime) -> float:
    return (datetime.now(UTC).replace(tzinfo=None) - received_at).total_seconds() / 3600
