"""The deal editor: every field of a deal, with what is wrong said beside the field.

The rules (app/models/pipeline) check the values; the editor sends what was typed and shows a
refused rule's message under the field it names. Nothing is written unless every field passes,
since one save is one transaction.
"""

import logging
import uuid
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app import formatting
from app.context import AppContext
from app.models import pipeline, queries
from app.models.deal_fields import deal_fields
from app.models.errors import RuleError
from app.models.tiers import Tier
from app.views.board_commands import CreateDealCommand, EditDealCommand
from app.widgets.card_delegate import DEADLINE_PASSED, TIER_COLOURS, tier_title
from app.widgets.field_error import field_error_label

log = logging.getLogger(__name__)

_DATES = ("expected_close", "due_date", "planned_start", "planned_finish", "started_on",
          "finished_on")


def _tr(text: str) -> str:
    return QCoreApplication.translate("DealEditor", text)


def _labels() -> dict[str, str]:
    return {
        "title": _tr("Title"), "client_id": _tr("Client"), "source": _tr("Source"),
        "amount": _tr("Amount"), "currency": _tr("Currency"), "effort_hours": _tr("Effort, hours"),
        "owner_id": _tr("Owner"), "assignee_id": _tr("Assignee"),
        "received_at": _tr("Received"), "expected_close": _tr("Expected close"),
        "due_date": _tr("Due date"), "planned_start": _tr("Planned start"),
        "planned_finish": _tr("Planned finish"), "started_on": _tr("Started on"),
        "finished_on": _tr("Finished on"), "notes": _tr("Notes"),
        "lost_reason": _tr("Why it was lost"),
    }


def field_label(field: str) -> str:
    """The label the editor shows for a rule's field name (the name itself when it has none)."""
    return _labels().get(field, field)


class DealEditor(QDialog):
    """Edit a deal, or make a new one in Incoming.

    Attributes:
        deal_id: the deal edited (None for a new deal until it is saved).
        fields: the input widget of each field, by the rules' field name.
        errors: the message label under each field.
        general_error: a message that names no field shown on the form.
    """

    def __init__(self, context: AppContext, deal_id: uuid.UUID | None, *, board: Any = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deal_editor")
        self.context = context
        self.deal_id = deal_id
        self.board = board
        self.original: dict[str, Any] = {}
        self._clients: list[tuple[uuid.UUID, str]] = []
        self.setWindowTitle(_tr("New deal") if deal_id is None else _tr("Deal"))
        self.setMinimumWidth(760)
        self._build()
        context.read(self._read, self._on_read)

    # --- building -----------------------------------------------------------------------

    def _build(self) -> None:
        labels = _labels()
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.heading = QLabel(self)
        heading_font = QFont(self.heading.font())
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.3)
        heading_font.setWeight(QFont.Weight.Bold)
        self.heading.setFont(heading_font)
        self.tier_label = QLabel(self)

        self.line_edits: dict[str, QLineEdit] = {}
        for name in ("title", "source", "amount", "currency", "effort_hours", "received_at",
                     *_DATES):
            edit = QLineEdit(self)
            self.line_edits[name] = edit
            if name in _DATES:
                edit.setPlaceholderText(_tr("2026-12-31 or 31.12.2026"))
                # Wide enough for the whole hint in either language.
                hint_width = edit.fontMetrics().horizontalAdvance(edit.placeholderText())
                edit.setMinimumWidth(hint_width + 24)
            self.fields[name] = edit
        self.fields["currency"].setMaximumWidth(70)
        client = QComboBox(self)
        client.setEditable(True)
        client.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        client.setPlaceholderText(_tr("Type a name: a new client is added"))
        self.fields["client_id"] = client
        for name in ("owner_id", "assignee_id"):
            self.fields[name] = QComboBox(self)
        self.fields["notes"] = QPlainTextEdit(self)
        self.fields["notes"].setMinimumHeight(70)
        self.fields["lost_reason"] = QLineEdit(self)

        for name, widget in self.fields.items():
            widget.setObjectName(f"field_{name}")
            self.errors[name] = field_error_label(self, name)

        left = ("title", "client_id", "source", "amount", "effort_hours", "owner_id",
                "assignee_id")
        right = ("received_at", "expected_close", "due_date", "planned_start", "planned_finish",
                 "started_on", "finished_on")
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(2)
        for column, names in ((0, left), (2, right)):
            for position, name in enumerate(names):
                label = QLabel(labels[name], self)
                label.setBuddy(self.fields[name])
                grid.addWidget(label, position * 2, column, Qt.AlignmentFlag.AlignRight)
                cell: QWidget = self.fields[name]
                if name == "amount":
                    cell = QWidget(self)
                    pair = QHBoxLayout(cell)
                    pair.setContentsMargins(0, 0, 0, 0)
                    pair.addWidget(self.fields["amount"], 1)
                    pair.addWidget(self.fields["currency"])
                grid.addWidget(cell, position * 2, column + 1)
                errors = QWidget(self)
                stack = QVBoxLayout(errors)
                stack.setContentsMargins(0, 0, 0, 4)
                stack.setSpacing(0)
                stack.addWidget(self.errors[name])
                if name == "amount":
                    stack.addWidget(self.errors["currency"])
                grid.addWidget(errors, position * 2 + 1, column + 1)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(3, 2)

        self.general_error = QLabel(self)
        self.general_error.setObjectName("general_error")
        self.general_error.setStyleSheet(f"color: {DEADLINE_PASSED};")
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.tier_label)
        layout.addLayout(top)
        layout.addLayout(grid)
        for name in ("notes", "lost_reason"):
            self._lost_label = QLabel(labels[name], self)
            layout.addWidget(self._lost_label)
            layout.addWidget(self.fields[name])
            layout.addWidget(self.errors[name])
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)

    # --- reading ------------------------------------------------------------------------

    def _read(self, connection: Any) -> tuple[Any, ...]:
        values = deal_fields(connection, self.deal_id) if self.deal_id else None
        return values, queries.employees(connection), queries.clients(connection)

    def _on_read(self, result: tuple[Any, ...]) -> None:
        values, employees, clients = result
        self._clients = clients
        client_box: QComboBox = self.fields["client_id"]  # type: ignore[assignment]
        client_box.addItem("", None)
        # Ids are kept as text in the boxes: QComboBox.findData cannot match UUID objects.
        for key, name in clients:
            client_box.addItem(name, str(key))
        for name in ("owner_id", "assignee_id"):
            box: QComboBox = self.fields[name]  # type: ignore[assignment]
            box.addItem(_tr("— nobody —"), None)
            for employee in employees:
                box.addItem(employee.name, str(employee.id))

        if values is None:
            values = {"currency": self.context.settings["default_currency"],
                      "tier": Tier.INCOMING.value, "received_at": None,
                      "owner_id": self.context.actor_id}
        self.original = values
        self._show(values)

    def _show(self, values: dict[str, Any]) -> None:
        tier = Tier(values.get("tier") or Tier.INCOMING.value)
        self.heading.setText(values.get("title") or _tr("New deal"))
        self.tier_label.setText(_tr("Tier: %s") % tier_title(tier))
        self.tier_label.setStyleSheet(
            f"color: white; background: {TIER_COLOURS[tier]}; border-radius: 9px;"
            f" padding: 2px 10px; font-weight: 600;")
        for name, widget in self.fields.items():
            value = values.get(name)
            if isinstance(widget, QComboBox):
                found = widget.findData(None if value is None else str(value))
                widget.setCurrentIndex(max(found, 0))
            elif isinstance(widget, QPlainTextEdit):
                widget.setPlainText(value or "")
            elif isinstance(widget, QLineEdit):
                widget.setText(_as_text(name, value))
        lost = tier is Tier.LOST
        self.fields["lost_reason"].setVisible(lost)
        self._lost_label.setVisible(lost)

    # --- saving -------------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        """What the form holds, as the rules take it (text is parsed by the rules)."""
        values: dict[str, Any] = {}
        for name, widget in self.fields.items():
            if name == "client_id" or (name == "lost_reason" and widget.isHidden()
                                       and not self.original.get("lost_reason")):
                continue
            if isinstance(widget, QComboBox):
                values[name] = widget.currentData()
            elif isinstance(widget, QPlainTextEdit):
                values[name] = widget.toPlainText()
            elif isinstance(widget, QLineEdit):
                values[name] = widget.text()
        if values.get("received_at"):
            values["received_at"] = _local_to_utc(values["received_at"])
        return values

    def _client_choice(self) -> tuple[uuid.UUID | None, str]:
        box: QComboBox = self.fields["client_id"]  # type: ignore[assignment]
        text = box.currentText().strip()
        if not text:
            return None, ""
        for key, name in self._clients:
            if name.casefold() == text.casefold():
                return key, ""
        if box.currentIndex() > 0 and box.currentText() == box.itemText(box.currentIndex()):
            return uuid.UUID(box.currentData()), ""
        return None, text

    def changes(self) -> dict[str, Any]:
        """The fields that differ from what the deal held (every field for a new deal)."""
        values = self.values()
        client_id, new_client = self._client_choice()
        if self.deal_id is None:
            values = {key: value for key, value in values.items() if value not in ("", None)}
            values["title"] = self.values()["title"]
            if client_id is not None:
                values["client_id"] = client_id
            return values
        changed = {name: value for name, value in values.items()
                   if _as_text(name, self.original.get(name)) != _as_text(name, value)}
        if new_client or client_id != self.original.get("client_id"):
            changed["client_id"] = client_id
        return changed

    @Slot()
    def _on_buttons_accepted(self) -> None:
        self._clear_errors()
        changes = self.changes()
        _client_id, new_client = self._client_choice()
        actor = self.context.actor_id

        def add_client(session: Any) -> None:
            if new_client:
                changes["client_id"] = pipeline.create_client(session, name=new_client)

        if self.deal_id is None:
            def create(session: Any) -> uuid.UUID:
                add_client(session)
                return pipeline.create_deal(session, actor_id=actor, **changes)

            self.context.write(create, self._on_created, self._on_refused)
            return
        if not changes and not new_client:
            self.accept()
            return
        deal_id = self.deal_id

        def edit(session: Any) -> None:
            add_client(session)
            pipeline.edit_deal(session, deal_id, changes,
                               expected_version=self.original.get("version"), actor_id=actor)

        self.context.write(edit, lambda _result: self._on_edited(changes), self._on_refused)

    def _on_created(self, deal_id: uuid.UUID) -> None:
        self.deal_id = deal_id
        if self.board is not None:
            self.board.edited(CreateDealCommand(self.board, _tr("New deal"), deal_id))
        self.accept()

    def _on_edited(self, changes: dict[str, Any]) -> None:
        if self.board is not None and self.deal_id is not None:
            before = {name: self.original.get(name) for name in changes}
            self.board.edited(EditDealCommand(
                self.board, _tr("Edit “%s”") % (self.original.get("title") or ""),
                self.deal_id, before, changes))
        self.accept()

    def _on_refused(self, error: BaseException) -> None:
        if not isinstance(error, RuleError):
            self.show_error("", str(error))
            return
        self.show_error(error.field, error.message)

    def show_error(self, field: str, message: str) -> None:
        """Say what is wrong beside the field (or below the form when no field is shown)."""
        label = self.errors.get(field)
        if label is None or self.fields[field].isHidden():
            label = self.general_error
            message = f"{field_label(field)}: {message}" if field else message
        label.setText(message)
        label.show()
        if field in self.fields:
            self.fields[field].setFocus()

    def _clear_errors(self) -> None:
        for label in (*self.errors.values(), self.general_error):
            label.clear()
            label.hide()


def _local_to_utc(text: str) -> str | datetime:
    """A moment typed in local time, as the database keeps it (UTC).

    Text that is not a moment is passed on unchanged, so that the rule's message names the field.
    """
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        return text
    if moment.tzinfo is None:
        moment = moment.astimezone()
    return moment.astimezone(UTC).replace(tzinfo=None)


def _as_text(name: str, value: Any) -> str:
    """A field's value as the form shows it."""
    if value is None:
        return ""
    if isinstance(value, uuid.UUID):
        return str(value)
    if name == "amount" and isinstance(value, Decimal | int | float):
        return formatting.number(float(value), 2)
    if name == "effort_hours" and isinstance(value, int | float):
        return formatting.number(float(value), 1 if value % 1 else 0)
    if isinstance(value, datetime):
        # Stored in UTC; people read and type their own clock.
        local = value.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)
        return local.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)
