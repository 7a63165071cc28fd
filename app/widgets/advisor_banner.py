"""The banner above the board with the focus advisor's sentence."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from app import formatting, icons
from app.planning.advisor import CALM, INCOMING, NO_CAPACITY, OVERLOADED, Advice, Formatters
from app.widgets.card_delegate import DEADLINE_NEAR, DEADLINE_PASSED, TIER_COLOURS, mix

#: The locale-aware formatters the sentence's numbers are written with.
SCREEN_FORMATTERS = Formatters(
    money=lambda amount: formatting.money(amount),
    hours=formatting.hours,
    age=formatting.age,
)


def _translate(text: str) -> str:
    return QCoreApplication.translate("advisor", text)


class AdvisorBanner(QFrame):
    """One line that says where attention goes now, tinted by how urgent that is.

    Attributes:
        advice: the advice shown (None before the first).
        label: the sentence.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("advisor_banner")
        self.advice: Advice | None = None
        self.icon = QLabel(self)
        self.icon.setFixedSize(20, 20)
        self.label = QLabel(self)
        self.label.setObjectName("advisor_sentence")
        self.label.setWordWrap(True)
        font = QFont(self.label.font())
        font.setPointSizeF(font.pointSizeF() * 1.05)
        self.label.setFont(font)
        icon_font = QFont(font)
        icon_font.setWeight(QFont.Weight.Bold)
        self.icon.setFont(icon_font)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 9, 14, 9)
        layout.setSpacing(10)
        layout.addWidget(self.icon)
        layout.addWidget(self.label, 1)

    def text(self) -> str:
        """The sentence shown."""
        return self.label.text()

    def show_advice(self, advice: Advice, *, amount_text: str | None = None) -> None:
        """Show the advice's sentence in the colour of its urgency.

        Args:
            advice: what to show.
            amount_text: the advice's amount as the caller writes it, in the currencies of the
                deals it sums (without it the amount is written in roubles).
        """
        previous, self.advice = self.advice, advice
        fmt = SCREEN_FORMATTERS
        if amount_text is not None:
            fmt = fmt._replace(money=lambda _amount: amount_text)
        text = advice.sentence(translate=_translate, fmt=fmt)
        if text != self.label.text():
            self.label.setText(text)
        if previous is not None and (previous.kind, previous.tier, previous.overdue > 0) == (
                advice.kind, advice.tier, advice.overdue > 0):
            return  # same urgency: restyling costs more than a drop

        if advice.kind == INCOMING:
            accent = DEADLINE_PASSED if advice.overdue else DEADLINE_NEAR
            icon = "clock"
        elif advice.kind in (OVERLOADED, NO_CAPACITY):
            accent, icon = DEADLINE_PASSED, "alert-triangle"
        elif advice.kind == CALM:
            accent, icon = "#2e9d5b", "circle-check"
        else:
            accent = TIER_COLOURS[advice.tier] if advice.tier else "#2e9d5b"
            icon = "trending-up"
        self.icon.setPixmap(icons.icon(icon).pixmap(20, 20))
        window = self.palette().color(QPalette.ColorRole.Window)
        ink = self.palette().color(QPalette.ColorRole.WindowText)
        colour = QColor(accent)
        self.setStyleSheet(
            f"QFrame#advisor_banner {{ background: {mix(window, colour, 0.16).name()};"
            f" border: 1px solid {mix(window, colour, 0.55).name()}; border-radius: 6px; }}"
            f" QLabel {{ color: {ink.name()}; background: transparent; border: none; }}"
        )
        self.icon.setStyleSheet(f"color: {colour.name()}; background: transparent;")
