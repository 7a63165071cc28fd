"""Somebody else changed the deal first: their values next to yours, and an offer to reload."""

import logging
import uuid
from collections.abc import Callable, Mapping
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import formatting
from app.models.errors import ConflictError
from app.models.tiers import Tier

log = logging.getLogger(__name__)

#: The fields shown when it is not known which ones either person changed, in this order.
DEFAULT_FIELDS = (
    "title", "tier", "amount", "effort_hours", "assignee_id", "owner_id", "expected_close",
    "due_date", "planned_start", "planned_finish", "notes",
)
#: Fields that say nothing to a person.
_HIDDEN_FIELDS = frozenset({"id", "version", "created_at", "updated_at", "rank",
                            "external_source", "external_id", "deleted_at"})
#: A changed value is drawn on this colour.
_CHANGED = QColor("#fff1c2")


def field_label(name: str) -> str:
    """A deal field as the screen names it."""
    labels = {
        "title": QCoreApplication.translate("ConflictDialog", "Title"),
        "tier": QCoreApplication.translate("ConflictDialog", "Tier"),
        "amount": QCoreApplication.translate("ConflictDialog", "Amount"),
        "currency": QCoreApplication.translate("ConflictDialog", "Currency"),
        "effort_hours": QCoreApplication.translate("ConflictDialog", "Effort"),
        "assignee_id": QCoreApplication.translate("ConflictDialog", "Assignee"),
        "owner_id": QCoreApplication.translate("ConflictDialog", "Owner"),
        "client_id": QCoreApplication.translate("ConflictDialog", "Client"),
        "expected_close": QCoreApplication.translate("ConflictDialog", "Expected close"),
        "due_date": QCoreApplication.translate("ConflictDialog", "Due"),
        "planned_start": QCoreApplication.translate("ConflictDialog", "Planned start"),
        "planned_finish": QCoreApplication.translate("ConflictDialog", "Planned finish"),
        "started_on": QCoreApplication.translate("ConflictDialog", "Started"),
        "finished_on": QCoreApplication.translate("ConflictDialog", "Finished"),
        "received_at": QCoreApplication.translate("ConflictDialog", "Received"),
        "source": QCoreApplication.translate("ConflictDialog", "Source"),
        "notes": QCoreApplication.translate("ConflictDialog", "Notes"),
        "lost_reason": QCoreApplication.translate("ConflictDialog", "Reason lost"),
    }
    return labels.get(name, name)


def show_value(name: str, value: Any, names: Mapping[uuid.UUID, str] | None = None) -> str:
    """A field's value as the screen writes it."""
    if value is None or value == "":
        return "—"
    if isinstance(value, uuid.UUID):
        return (names or {}).get(value, str(value)[:8])
    if name == "tier":
        try:
            return Tier.parse(value).label
        except ValueError:
            return str(value)
    if name == "effort_hours":
        return formatting.hours(float(value))
    if isinstance(value, Decimal | float | int) and name == "amount":
        return formatting.money(value)
    if isinstance(value, date | datetime):
        return formatting.short_date(value)
    text = str(value)
    return text if len(text) <= 120 else text[:117] + "…"


def _fields_to_show(current: Mapping[str, Any], mine: Mapping[str, Any],
                    original: Mapping[str, Any]) -> list[str]:
    shown = [name for name in mine if name not in _HIDDEN_FIELDS]
    if original:
        shown += [name for name, value in current.items()
                  if name not in _HIDDEN_FIELDS and name not in shown
                  and name in original and original[name] != value]
    if not shown:
        shown = [name for name in DEFAULT_FIELDS if name in current]
    return shown


class ConflictDialog(QDialog):
    """Shows a change that was not saved because somebody else changed the deal first.

    The table has one row per field: the value now in the database (the other person's) and
    the value this person wanted. The dialog is accepted when the user chooses to reload.

    Attributes:
        model: the rows of the comparison (field, theirs, yours).
    """

    def __init__(self, error: ConflictError, *, mine: Mapping[str, Any] | None = None,
                 original: Mapping[str, Any] | None = None,
                 names: Mapping[uuid.UUID, str] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Changed by somebody else"))
        self.setMinimumSize(560, 320)
        current = error.current
        mine = mine or {}

        title = current.get("title") or self.tr("this deal")
        intro = QLabel(self)
        intro.setWordWrap(True)
        intro.setText(self.tr(
            "Somebody else saved a change to “%s” while you were working on it, so your "
            "change was not saved. Their version is now in the database.") % title)
        if not current:
            intro.setText(self.tr(
                "Somebody else changed the same deal at the same moment, so your change was "
                "not saved. Reload to see their version, then make your change again."))

        self.model = QStandardItemModel(0, 3, self)
        self.model.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Theirs (saved)"), self.tr("Yours (not saved)")])
        for name in _fields_to_show(current, mine, original or {}):
            theirs = show_value(name, current.get(name), names)
            yours = show_value(name, mine[name], names) if name in mine else self.tr("(unchanged)")
            row = [QStandardItem(field_label(name)), QStandardItem(theirs), QStandardItem(yours)]
            if name in mine and theirs != yours:
                for item in row[1:]:
                    item.setBackground(QBrush(_CHANGED))
            for item in row:
                item.setEditable(False)
            self.model.appendRow(row)

        table = QTableView(self)
        table.setModel(self.model)
        table.verticalHeader().hide()
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        table.setWordWrap(True)
        table.setHidden(self.model.rowCount() == 0)

        self.buttons = QDialogButtonBox(self)
        self.reload_button = self.buttons.addButton(
            self.tr("&Reload their version"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.tr("&Keep my screen as it is"),
                               QDialogButtonBox.ButtonRole.RejectRole)
        self.reload_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        note = QLabel(self.tr("Reloading shows their version; make your change again on it."),
                      self)
        note.setStyleSheet("color: palette(mid);")
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(table, 1)
        layout.addWidget(note)
        layout.addWidget(self.buttons, 0, Qt.AlignmentFlag.AlignRight)


def resolve_conflict(parent: QWidget | None, error: ConflictError, *,
                     reload: Callable[[], None], mine: Mapping[str, Any] | None = None,
                     original: Mapping[str, Any] | None = None,
                     names: Mapping[uuid.UUID, str] | None = None) -> bool:
    """Ask the user about a conflict; call ``reload`` when they choose to reload.

    Returns:
        Whether the user chose to reload.
    """
    dialog = ConflictDialog(error, mine=mine, original=original, names=names, parent=parent)
    try:
        chosen = dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()
    if chosen:
        log.debug("reloading after a conflict")
        reload()
    return chosen
