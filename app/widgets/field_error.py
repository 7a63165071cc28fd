"""The message under a form field that says what is wrong with it (hidden until there is one)."""

from PySide6.QtWidgets import QLabel, QWidget

from app.widgets.card_delegate import DEADLINE_PASSED


def field_error_label(parent: QWidget, field: str) -> QLabel:
    """A hidden, word-wrapped label in the warning colour, named ``error_<field>`` for tests."""
    label = QLabel(parent)
    label.setObjectName(f"error_{field}")
    label.setStyleSheet(f"color: {DEADLINE_PASSED};")
    label.setWordWrap(True)
    label.hide()
    return label
