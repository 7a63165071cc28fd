"""The firm's settings, shared by everybody: tier probabilities, deadlines, planning, holidays.

Settings live in the database (app.models.settings), so a change here reaches every colleague.
OK sends the changed settings and the changes to the holidays to app.models.team as one
transaction; a refused value is shown beside its field and nothing is written.
"""

import logging
import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Slot
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app import formatting, icons
from app.context import AppContext
from app.models import team
from app.models.errors import RuleError
from app.models.settings import DEFAULTS
from app.widgets.field_error import field_error_label

log = logging.getLogger(__name__)

#: Settings shown in percent on screen and stored as a share (0.5 for 50 %).
PERCENT_KEYS = ("probability.0.9", "probability.0.5", "probability.0.1", "hiring_threshold_share")
#: Currencies offered in the list; any other three-letter code may be typed.
CURRENCIES = ("RUB", "EUR", "USD", "GBP", "KZT", "BYN", "CNY")


def _tr(text: str, disambiguation: str | None = None, count: int = -1) -> str:
    return QCoreApplication.translate("FirmSettingsDialog", text, disambiguation, count)


@dataclass(frozen=True)
class _Holiday:
    """A holiday as the dialog holds it (id None until it is saved)."""

    id: uuid.UUID | None
    day: date
    name: str


class FirmSettingsDialog(QDialog):
    """Edits the settings every colleague shares, and the firm's public holidays.

    Attributes:
        inputs: the input of each setting, by its key in app.models.settings.DEFAULTS.
        errors: the message label beside each setting (and ``day`` for the holidays).
        holiday_list: the holidays; holiday_date, holiday_name and add_holiday_button add one,
            remove_holiday_button takes the chosen one back.
        loaded: the holidays were read.
    """

    def __init__(self, context: AppContext, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firm_settings_dialog")
        self.context = context
        self.loaded = False
        self._holidays: list[_Holiday] = []
        self._removed_holidays: list[uuid.UUID] = []
        self.inputs: dict[str, QAbstractSpinBox | QComboBox] = {}
        self.errors: dict[str, QLabel] = {}
        self.setWindowTitle(_tr("Firm settings"))
        self.resize(900, 600)

        self._build()
        self._show_settings()
        context.read(team.holiday_rows, self._on_holidays_read)

    # --- building -----------------------------------------------------------------------

    def _build(self) -> None:
        settings_column = QVBoxLayout()
        settings_column.addWidget(self._build_probabilities_box())
        settings_column.addWidget(self._build_planning_box())
        settings_column.addWidget(self._build_hiring_box())
        settings_column.addStretch(1)

        self.general_error = self._error_label("general")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self._on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        note = QLabel(_tr("These settings are shared by everybody who works in this database."),
                      self)
        note.setWordWrap(True)
        note.setEnabled(False)

        columns = QHBoxLayout()
        columns.addLayout(settings_column, 1)
        columns.addWidget(self._build_holidays_box(), 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.general_error)
        bottom = QHBoxLayout()
        bottom.addWidget(note, 1)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)

    def _error_label(self, field: str) -> QLabel:
        label = field_error_label(self, field)
        self.errors[field] = label
        return label

    def _add_row(self, form: QFormLayout, label: str, key: str,
                 widget: QAbstractSpinBox | QComboBox, tooltip: str = "") -> None:
        """One setting with its message label under it."""
        widget.setObjectName(f"field_{key.replace('.', '_')}")
        widget.setMinimumWidth(150)
        widget.setMaximumWidth(220)
        if tooltip:
            widget.setToolTip(tooltip)
        self.inputs[key] = widget
        holder = QWidget(self)
        stack = QVBoxLayout(holder)
        stack.setContentsMargins(0, 0, 0, 0)
        stack.setSpacing(2)
        stack.addWidget(widget)
        stack.addWidget(self._error_label(key))
        form.addRow(label, holder)

    def _spin(self, maximum: int, suffix: str = "", minimum: int = 0) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setRange(minimum, maximum)
        spin.setSuffix(suffix)
        return spin

    def _build_probabilities_box(self) -> QGroupBox:
        box = QGroupBox(_tr("Chance to win, by tier"), self)
        form = QFormLayout(box)
        for tier in ("0.9", "0.5", "0.1"):
            self._add_row(form, _tr("Tier %s:") % tier, f"probability.{tier}",
                          self._spin(100, " %"),
                          _tr("Weighted amounts count a deal in this tier at this share"))
        return box

    def _build_planning_box(self) -> QGroupBox:
        box = QGroupBox(_tr("Deadlines and planning"), self)
        form = QFormLayout(box)
        deadline = QDoubleSpinBox(self)
        deadline.setRange(0, 240)
        deadline.setDecimals(1)
        deadline.setSingleStep(0.5)
        deadline.setSuffix(" " + _tr("working hours"))
        self._add_row(form, _tr("Answer incoming within:"), "answer_deadline_hours", deadline,
                      _tr("A new request shows as late after this many working hours"))
        self._add_row(form, _tr("Working day starts at:"), "working_day_start_hour",
                      self._spin(23, ":00"))
        self._add_row(form, _tr("Working day ends at:"), "working_day_end_hour",
                      self._spin(24, ":00", 1))

        currency = QComboBox(self)
        currency.setEditable(True)
        currency.addItems(CURRENCIES)
        self._add_row(form, _tr("Default currency:"), "default_currency", currency,
                      _tr("The currency of a new deal; a three-letter code such as RUB"))
        self._add_row(form, _tr("Forecast horizon:"), "forecast_horizon_weeks",
                      self._spin(104, " " + _tr("weeks"), 1))
        self._add_row(form, _tr("Focus advisor looks ahead:"), "advisor_weeks",
                      self._spin(52, " " + _tr("weeks"), 1))
        for tier in ("0.9", "0.5", "0.1"):
            self._add_row(form, _tr("Expected close, tier %s:") % tier, f"lead_days.{tier}",
                          self._spin(730, " " + _tr("days")),
                          _tr("For deals without a close date: this many days from today"))
        return box

    def _build_hiring_box(self) -> QGroupBox:
        box = QGroupBox(_tr("Hiring advice"), self)
        form = QFormLayout(box)
        self._add_row(form, _tr("Load above capacity by:"), "hiring_threshold_share",
                      self._spin(300, " %"))
        self._add_row(form, _tr("For at least:"), "hiring_threshold_weeks",
                      self._spin(52, " " + _tr("weeks in a row"), 1))
        return box

    def _build_holidays_box(self) -> QGroupBox:
        box = QGroupBox(_tr("Public holidays"), self)
        self.holiday_list = QListWidget(box)
        self.holiday_list.setObjectName("holiday_list")
        self.holiday_list.setSpacing(2)
        self.holiday_list.currentRowChanged.connect(self._on_holiday_list_current_row_changed)
        self.holiday_date = QDateEdit(QDate.currentDate(), box)
        self.holiday_date.setObjectName("field_day")
        self.holiday_date.setCalendarPopup(True)
        self.holiday_name = QLineEdit(box)
        self.holiday_name.setPlaceholderText(_tr("Name, such as New Year"))
        self.add_holiday_button = QPushButton(icons.icon("plus"), _tr("&Add"), box)
        self.add_holiday_button.clicked.connect(self._on_add_holiday_button_clicked)
        self.remove_holiday_button = QPushButton(icons.icon("trash"), _tr("Re&move"), box)
        self.remove_holiday_button.setEnabled(False)
        self.remove_holiday_button.clicked.connect(self._on_remove_holiday_button_clicked)
        error = self._error_label("day")
        self.errors["name"] = error
        self.errors["holiday"] = error

        adding = QHBoxLayout()
        adding.addWidget(self.holiday_date)
        adding.addWidget(self.holiday_name, 1)
        adding.addWidget(self.add_holiday_button)
        layout = QVBoxLayout(box)
        layout.addWidget(self.holiday_list, 1)
        layout.addLayout(adding)
        layout.addWidget(error)
        layout.addWidget(self.remove_holiday_button)
        return box

    # --- showing ------------------------------------------------------------------------

    def _show_settings(self) -> None:
        settings = self.context.settings
        for key, widget in self.inputs.items():
            value = settings[key]
            if isinstance(widget, QComboBox):
                widget.setCurrentText(str(value))
            elif key in PERCENT_KEYS:
                assert isinstance(widget, QSpinBox)
                widget.setValue(round(float(value) * 100))
            elif isinstance(widget, QDoubleSpinBox):
                widget.setValue(float(value))
            elif isinstance(widget, QSpinBox):
                widget.setValue(int(value))
        self._shown = self.values()

    def _on_holidays_read(self, rows: list[team.HolidayRow]) -> None:
        self._show_holidays([_Holiday(row.id, row.day, row.name) for row in rows])
        self.loaded = True

    def _show_holidays(self, holidays: list[_Holiday]) -> None:
        self._holidays = sorted(holidays, key=lambda holiday: holiday.day)
        self.holiday_list.clear()
        for holiday in self._holidays:
            text = formatting.short_date(holiday.day)
            if holiday.name:
                text += f"  ·  {holiday.name}"
            item = QListWidgetItem(text)
            if holiday.id is None:
                item.setToolTip(_tr("Saved when you press OK"))
                font = item.font()
                font.setItalic(True)
                item.setFont(font)
            self.holiday_list.addItem(item)
        self.remove_holiday_button.setEnabled(False)

    # --- saving -------------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        """Every setting as the dialog shows it, as stored (shares, not percent)."""
        values: dict[str, Any] = {}
        for key, widget in self.inputs.items():
            if isinstance(widget, QComboBox):
                values[key] = widget.currentText()
            elif key in PERCENT_KEYS:
                assert isinstance(widget, QSpinBox)
                values[key] = widget.value() / 100
            elif isinstance(widget, QDoubleSpinBox | QSpinBox):
                values[key] = widget.value()
        return values

    def changed_values(self) -> dict[str, Any]:
        """Only the settings changed here, so that a colleague's change to another stays."""
        return {key: value for key, value in self.values().items()
                if value != self._shown.get(key, DEFAULTS[key])}

    def save(self) -> None:
        """Write the changed settings and holidays as one transaction; close when done."""
        self._clear_errors()
        changed = self.changed_values()
        added = [(holiday.day, holiday.name) for holiday in self._holidays if holiday.id is None]
        removed = list(self._removed_holidays)
        if not changed and not added and not removed:
            super().accept()
            return

        def action(session: Any) -> None:
            team.save_firm_settings(session, changed, added_holidays=added,
                                    removed_holidays=removed)

        self.buttons.setEnabled(False)
        self.context.write(action, self._on_saved, self._on_refused)

    def _on_saved(self, _result: object) -> None:
        log.info("firm settings saved")
        self.buttons.setEnabled(True)
        self.context.reload_settings()
        super().accept()

    def _on_refused(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(error, RuleError):
            self.show_error(error.field, error.message)
        else:
            self.show_error("", str(error))

    def show_error(self, field: str, message: str) -> None:
        """Say what is wrong beside the setting the rule named (or under the form)."""
        label = self.errors.get(field)
        if label is None:
            label = self.general_error
            message = _tr("%s: %s") % (field, message) if field else message
        label.setText(message)
        label.show()
        if field in self.inputs:
            self.inputs[field].setFocus()

    def _clear_errors(self) -> None:
        for label in {*self.errors.values(), self.general_error}:
            label.clear()
            label.hide()

    # --- slots --------------------------------------------------------------------------

    @Slot()
    def _on_buttons_accepted(self) -> None:
        self.save()

    @Slot(int)
    def _on_holiday_list_current_row_changed(self, row: int) -> None:
        self.remove_holiday_button.setEnabled(row >= 0)

    @Slot()
    def _on_add_holiday_button_clicked(self) -> None:
        self._clear_errors()
        day: date = self.holiday_date.date().toPython()  # type: ignore[assignment]
        if any(holiday.day == day for holiday in self._holidays):
            self.show_error("day", _tr("%s is already a holiday") % formatting.short_date(day))
            return
        name = self.holiday_name.text().strip()
        self._show_holidays([*self._holidays, _Holiday(None, day, name)])
        self.holiday_name.clear()

    @Slot()
    def _on_remove_holiday_button_clicked(self) -> None:
        row = self.holiday_list.currentRow()
        if not 0 <= row < len(self._holidays):
            return
        holiday = self._holidays[row]
        if holiday.id is not None:
            self._removed_holidays.append(holiday.id)
        self._show_holidays(self._holidays[:row] + self._holidays[row + 1:])
