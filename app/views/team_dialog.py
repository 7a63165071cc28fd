"""The team: who works here, how many hours on each weekday, and their days off.

The table lists every employee, active or not; the pane beside it edits the one chosen (or a new
one). Save sends the person and the changes to their time off to the rules in app.models.team as
one transaction; a refused value is shown beside the field the rule names.
"""

import logging
import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QItemSelection,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Slot,
)
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QColorDialog,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import formatting, icons
from app.context import AppContext
from app.models import team
from app.models.entities import WEEKDAY_COLUMNS
from app.models.errors import RuleError
from app.widgets.field_error import field_error_label

log = logging.getLogger(__name__)

#: The colour a new employee starts with.
DEFAULT_COLOUR = "#4c78a8"
#: Hours a new employee works, Monday first.
DEFAULT_HOURS = (8.0, 8.0, 8.0, 8.0, 8.0, 0.0, 0.0)

_Index = QModelIndex | QPersistentModelIndex


def _tr(text: str, disambiguation: str | None = None, count: int = -1) -> str:
    return QCoreApplication.translate("TeamDialog", text, disambiguation, count)


def weekday_names() -> list[str]:
    """Short names of the weekdays, Monday first, in the locale's language."""
    return [QLocale().dayName(day, QLocale.FormatType.ShortFormat) for day in range(1, 8)]


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _swatch(colour: str, size: int = 14) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)



def ask_discard_changes(parent: QWidget, name: str) -> bool:
    """Ask whether unsaved edits of ``name`` may be dropped (True: drop them)."""
    answer = QMessageBox.question(
        parent, _tr("Unsaved changes"),
        _tr("The changes to %s are not saved. Drop them?") % name,
        QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Discard

class EmployeeTableModel(QAbstractTableModel):
    """The firm's employees, one per row: name (with their colour), role, weekly hours, active.

    Attributes:
        IdRole: the employee's id (a uuid.UUID) on every cell.
    """

    #: The employee's id.
    IdRole = Qt.ItemDataRole.UserRole + 1

    NAME, ROLE, HOURS, ACTIVE = range(4)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[team.EmployeeDetails] = []

    def set_rows(self, rows: list[team.EmployeeDetails]) -> None:
        """Show a fresh list of employees."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def employee(self, row: int) -> team.EmployeeDetails:
        """The employee shown in a row."""
        return self._rows[row]

    def row_of(self, employee_id: uuid.UUID) -> int:
        """The row of an employee, or -1."""
        for row, details in enumerate(self._rows):
            if details.id == employee_id:
                return row
        return -1

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """One row per employee."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        """Name, role, hours a week, active."""
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The column titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (_tr("Name"), _tr("Role"), _tr("Hours a week"), _tr("Active"))
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Texts, the colour swatch, the id, and grey for people who no longer work here."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        details = self._rows[index.row()]
        column = index.column()
        if role == self.IdRole:
            return details.id
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NAME:
                return details.name
            if column == self.ROLE:
                return details.role
            if column == self.HOURS:
                return formatting.hours(sum(details.weekly_hours))
            if column == self.ACTIVE:
                return _tr("yes") if details.active else _tr("no")
        if role == Qt.ItemDataRole.DecorationRole and column == self.NAME:
            return QColor(details.colour)
        if role == Qt.ItemDataRole.ForegroundRole and not details.active:
            return QColor("#8a8a8a")
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.HOURS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


@dataclass(frozen=True)
class _Span:
    """A span of days off as the editor holds it (id None until it is saved)."""

    id: uuid.UUID | None
    start: date
    end: date
    note: str


class TeamDialog(QDialog):
    """Adds and edits the firm's employees, their working hours and their time off.

    Attributes:
        table: the employees (an EmployeeTableModel).
        name_edit, role_edit, colour_button, active_check: the chosen employee's fields.
        hour_spins: the hours of each weekday, Monday first, by field name (``hours_mon``…).
        time_off_list: the spans of days off; time_off_start, time_off_end, time_off_note and
            add_time_off_button add one, remove_time_off_button takes the chosen one back.
        errors: the message label beside each field, by the rules' field name.
        save_button: writes the person and their time off (one transaction).
        employee_id: the employee in the editor, None for a new one.
        loaded: the list of employees was read at least once.
    """

    def __init__(self, context: AppContext, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("team_dialog")
        self.context = context
        self.employee_id: uuid.UUID | None = None
        self.loaded = False
        self._version: int | None = None
        self._colour = DEFAULT_COLOUR
        self._spans: list[_Span] = []
        self._removed_spans: list[uuid.UUID] = []
        #: The fields as the form last showed them (to notice unsaved edits).
        self._shown_fields: dict[str, Any] = {}
        self._pending_reload = False
        self.setWindowTitle(_tr("Team"))
        self.resize(1040, 620)

        self.model = EmployeeTableModel(self)
        self._build()
        self.show_employee(None)
        context.data_changed.connect(self._on_context_data_changed)
        self.refresh()

    # --- building -----------------------------------------------------------------------

    def _build(self) -> None:
        self.table = QTableView(self)
        self.table.setObjectName("team_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(EmployeeTableModel.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(EmployeeTableModel.ROLE, QHeaderView.ResizeMode.Stretch)
        for column in (EmployeeTableModel.HOURS, EmployeeTableModel.ACTIVE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)

        self.new_button = QPushButton(icons.icon("plus"), _tr("&New employee"), self)
        self.new_button.clicked.connect(self._on_new_button_clicked)
        left = QVBoxLayout()
        left.addWidget(self.table, 1)
        left.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.errors: dict[str, QLabel] = {}
        editor = QVBoxLayout()
        editor.addWidget(self._build_person_box())
        editor.addWidget(self._build_hours_box())
        editor.addWidget(self._build_time_off_box(), 1)
        self.general_error = self._error_label("general")

        self.save_button = QPushButton(icons.icon("check"), _tr("&Save"), self)
        self.save_button.setObjectName("save_button")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.saved_note = QLabel(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)

        columns = QHBoxLayout()
        columns.addLayout(left, 5)
        columns.addLayout(editor, 6)
        bottom = QHBoxLayout()
        bottom.addWidget(self.saved_note, 1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.general_error)
        layout.addLayout(bottom)

    def _error_label(self, field: str) -> QLabel:
        label = field_error_label(self, field)
        self.errors[field] = label
        return label

    def _with_error(self, widget: QWidget, field: str) -> QWidget:
        """The field with its message label under it."""
        holder = QWidget(self)
        stack = QVBoxLayout(holder)
        stack.setContentsMargins(0, 0, 0, 0)
        stack.setSpacing(2)
        stack.addWidget(widget)
        stack.addWidget(self._error_label(field))
        return holder

    def _build_person_box(self) -> QGroupBox:
        box = QGroupBox(_tr("Employee"), self)
        self.name_edit = QLineEdit(box)
        self.name_edit.setObjectName("field_name")
        self.name_edit.setPlaceholderText(_tr("First and last name"))
        self.role_edit = QLineEdit(box)
        self.role_edit.setObjectName("field_role")
        self.role_edit.setPlaceholderText(_tr("Designer, engineer, manager…"))
        self.colour_button = QPushButton(box)
        self.colour_button.setObjectName("field_colour")
        self.colour_button.setToolTip(_tr("The colour of this person's bars in the load chart"))
        self.colour_button.clicked.connect(self._on_colour_button_clicked)
        self.active_check = QCheckBox(_tr("Works here now"), box)
        self.active_check.setObjectName("field_active")
        self.active_check.setToolTip(
            _tr("People who left stay in the history but get no new work and no capacity"))

        colour_row = QHBoxLayout()
        colour_row.addWidget(self.colour_button)
        colour_row.addStretch(1)
        colour_holder = QWidget(box)
        colour_holder.setLayout(colour_row)
        colour_row.setContentsMargins(0, 0, 0, 0)

        form = QFormLayout(box)
        form.addRow(_tr("&Name:"), self._with_error(self.name_edit, "name"))
        form.addRow(_tr("&Role:"), self._with_error(self.role_edit, "role"))
        form.addRow(_tr("&Colour:"), self._with_error(colour_holder, "colour"))
        form.addRow("", self.active_check)
        return box

    def _build_hours_box(self) -> QGroupBox:
        box = QGroupBox(_tr("Working hours"), self)
        grid = QGridLayout(box)
        self.hour_spins: dict[str, QDoubleSpinBox] = {}
        for column, (field, name) in enumerate(zip(WEEKDAY_COLUMNS, weekday_names(),
                                                   strict=True)):
            spin = QDoubleSpinBox(box)
            spin.setObjectName(f"field_{field}")
            # Wider than a day on purpose: a typed 25 reaches the rule and is explained beside
            # the field, rather than being swallowed by the spin box without a word.
            spin.setRange(0, 99)
            spin.setDecimals(1)
            spin.setSingleStep(0.5)
            spin.setAlignment(Qt.AlignmentFlag.AlignRight)
            spin.valueChanged.connect(self._on_hour_spin_value_changed)
            self.hour_spins[field] = spin
            label = QLabel(name, box)
            label.setBuddy(spin)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(label, 0, column)
            grid.addWidget(spin, 1, column)
        self.week_total = QLabel(box)
        self.week_total.setObjectName("week_total")
        grid.addWidget(self.week_total, 2, 0, 1, 7)
        hours_error = self._error_label("hours")
        grid.addWidget(hours_error, 3, 0, 1, 7)
        for field in WEEKDAY_COLUMNS:
            self.errors[field] = hours_error
        return box

    def _build_time_off_box(self) -> QGroupBox:
        box = QGroupBox(_tr("Time off"), self)
        self.time_off_list = QListWidget(box)
        self.time_off_list.setObjectName("time_off_list")
        self.time_off_list.currentRowChanged.connect(self._on_time_off_list_current_row_changed)
        today = QDate.currentDate()
        self.time_off_start = QDateEdit(today, box)
        self.time_off_end = QDateEdit(today, box)
        for edit, name in ((self.time_off_start, "start_date"), (self.time_off_end, "end_date")):
            edit.setObjectName(f"field_{name}")
            edit.setCalendarPopup(True)
        self.time_off_start.dateChanged.connect(self._on_time_off_start_date_changed)
        self.time_off_note = QLineEdit(box)
        self.time_off_note.setPlaceholderText(_tr("Vacation, sick leave…"))
        self.add_time_off_button = QPushButton(icons.icon("plus"), _tr("&Add"), box)
        self.add_time_off_button.clicked.connect(self._on_add_time_off_button_clicked)
        self.remove_time_off_button = QPushButton(icons.icon("trash"), _tr("Re&move"), box)
        self.remove_time_off_button.setEnabled(False)
        self.remove_time_off_button.clicked.connect(self._on_remove_time_off_button_clicked)

        adding = QHBoxLayout()
        adding.addWidget(QLabel(_tr("From"), box))
        adding.addWidget(self.time_off_start)
        adding.addWidget(QLabel(_tr("to"), box))
        adding.addWidget(self.time_off_end)
        adding.addWidget(self.time_off_note, 1)
        adding.addWidget(self.add_time_off_button)
        error = self._error_label("time_off")
        for field in ("start_date", "end_date", "note", "time_off"):
            self.errors[field] = error

        layout = QVBoxLayout(box)
        listing = QHBoxLayout()
        listing.addWidget(self.time_off_list, 1)
        listing.addWidget(self.remove_time_off_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(listing, 1)
        layout.addLayout(adding)
        layout.addWidget(error)
        return box

    # --- reading ------------------------------------------------------------------------

    def refresh(self) -> None:
        """Re-read the list of employees (the editor keeps what is being typed)."""
        self.context.read(team.employee_details, self._on_employees_read)

    def _on_employees_read(self, rows: list[team.EmployeeDetails]) -> None:
        chosen = self.employee_id
        self.table.selectionModel().blockSignals(True)
        self.model.set_rows(rows)
        self.table.selectionModel().blockSignals(False)
        if chosen is not None and self.model.row_of(chosen) >= 0:
            self.table.selectRow(self.model.row_of(chosen))
        self.loaded = True

    def show_employee(self, details: team.EmployeeDetails | None) -> None:
        """Put an employee into the editor, or an empty form for a new one."""
        self._clear_errors()
        self.saved_note.clear()
        self.employee_id = details.id if details else None
        self._version = details.version if details else None
        self.name_edit.setText(details.name if details else "")
        self.role_edit.setText(details.role if details else "")
        self._set_colour(details.colour if details else DEFAULT_COLOUR)
        self.active_check.setChecked(details.active if details else True)
        hours = details.weekly_hours if details else DEFAULT_HOURS
        for spin, value in zip(self.hour_spins.values(), hours, strict=True):
            spin.setValue(value)
        self._show_spans([])
        self._removed_spans = []
        self._shown_fields = self.fields()
        if details is not None:
            employee_id = details.id
            self.context.read(lambda connection: team.time_off_rows(connection, employee_id),
                              self._on_time_off_read)

    def _on_time_off_read(self, rows: list[team.TimeOffRow]) -> None:
        if rows and rows[0].employee_id != self.employee_id:
            return  # another employee was chosen meanwhile
        self._show_spans([_Span(row.id, row.start, row.end, row.note) for row in rows])

    def _show_spans(self, spans: list[_Span]) -> None:
        self._spans = sorted(spans, key=lambda span: (span.start, span.end))
        self.time_off_list.clear()
        for span in self._spans:
            text = f"{formatting.short_date(span.start)} – {formatting.short_date(span.end)}"
            days = (span.end - span.start).days + 1
            text += "  ·  " + _tr("%n day(s)", None, days)
            if span.note:
                text += f"  ·  {span.note}"
            item = QListWidgetItem(icons.icon("calendar"), text)
            if span.id is None:
                item.setToolTip(_tr("Not saved yet"))
                font = item.font()
                font.setItalic(True)
                item.setFont(font)
            self.time_off_list.addItem(item)
        self.remove_time_off_button.setEnabled(False)

    def _set_colour(self, colour: str) -> None:
        self._colour = colour
        self.colour_button.setIcon(_swatch(colour))
        self.colour_button.setText(colour.upper())

    # --- saving -------------------------------------------------------------------------

    def fields(self) -> dict[str, Any]:
        """The editor's fields as the rules take them."""
        values: dict[str, Any] = {
            "name": self.name_edit.text(),
            "role": self.role_edit.text(),
            "colour": self._colour,
            "active": self.active_check.isChecked(),
        }
        for field, spin in self.hour_spins.items():
            values[field] = spin.value()
        return values

    def has_unsaved_changes(self) -> bool:
        """Whether the form holds edits that were not saved."""
        if self._pending_reload:
            return False  # just saved; the saved row is on its way back
        added = any(span.id is None for span in self._spans)
        return bool(added or self._removed_spans or self.fields() != self._shown_fields)

    def save(self) -> None:
        """Write the person and the changes to their time off, as one transaction."""
        self._clear_errors()
        employee_id, fields, version = self.employee_id, self.fields(), self._version
        added = [(span.start, span.end, span.note) for span in self._spans if span.id is None]
        removed = list(self._removed_spans)

        def action(session: Any) -> uuid.UUID:
            return team.save_employee(session, employee_id, fields, expected_version=version,
                                      added_time_off=added, removed_time_off=removed)

        self.context.write(action, self._on_saved, self._on_refused)

    def _on_saved(self, employee_id: uuid.UUID) -> None:
        log.info("employee %s saved", employee_id)
        self.employee_id = employee_id
        self.saved_note.setText(_tr("Saved."))
        # The list is re-read on data_changed, which follows; the editor then shows the saved
        # row with its new version and time off ids.
        self._pending_reload = True

    def _on_refused(self, error: BaseException) -> None:
        if isinstance(error, RuleError):
            self.show_error(error.field, error.message)
        else:
            self.show_error("", str(error))

    def show_error(self, field: str, message: str) -> None:
        """Say what is wrong beside the field the rule named (or under the form)."""
        label = self.errors.get(field)
        if field in self.hour_spins:
            day = weekday_names()[WEEKDAY_COLUMNS.index(field)]
            message = _tr("%s: %s") % (day, message)
            self.hour_spins[field].setFocus()
        elif label is None:
            label = self.general_error
            message = _tr("%s: %s") % (field, message) if field else message
        assert label is not None
        label.setText(message)
        label.show()

    def _clear_errors(self) -> None:
        for label in {*self.errors.values(), self.general_error}:
            label.clear()
            label.hide()

    # --- slots --------------------------------------------------------------------------

    @Slot()
    def _on_context_data_changed(self) -> None:
        reload_editor, self._pending_reload = self._pending_reload, False
        if not reload_editor:
            self.refresh()
            return

        def done(rows: list[team.EmployeeDetails]) -> None:
            self._on_employees_read(rows)
            row = self.model.row_of(self.employee_id) if self.employee_id else -1
            if row >= 0:
                note = self.saved_note.text()
                self.show_employee(self.model.employee(row))
                self.saved_note.setText(note)

        self.context.read(team.employee_details, done)

    @Slot(QItemSelection, QItemSelection)
    def _on_table_selection_changed(self, _selected: QItemSelection,
                                    _deselected: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        chosen = self.model.employee(rows[0].row())
        if self.has_unsaved_changes():
            if chosen.id == self.employee_id:
                return  # the same person again (the list was re-read): keep what was typed
            if not self._may_leave_unsaved():
                self._select_shown_employee()
                return
        self.show_employee(chosen)

    def _may_leave_unsaved(self) -> bool:
        """Ask whether the edits of the person on the form may be dropped."""
        name = self._shown_fields.get("name") or _tr("the new employee")
        return ask_discard_changes(self, str(name))

    def _select_shown_employee(self) -> None:
        """Put the selection back on the person whose edits are still on the form."""
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        row = self.model.row_of(self.employee_id) if self.employee_id else -1
        if row >= 0:
            self.table.selectRow(row)
        else:
            self.table.clearSelection()
        selection.blockSignals(False)

    @Slot()
    def _on_new_button_clicked(self) -> None:
        self.table.clearSelection()
        self.show_employee(None)
        self.name_edit.setFocus()

    @Slot()
    def _on_save_button_clicked(self) -> None:
        self.save()

    @Slot()
    def _on_colour_button_clicked(self) -> None:
        colour = QColorDialog.getColor(QColor(self._colour), self, _tr("Colour of %s")
                                       % (self.name_edit.text() or _tr("the new employee")))
        if colour.isValid():
            self._set_colour(colour.name())

    @Slot(float)
    def _on_hour_spin_value_changed(self, _value: float) -> None:
        total = sum(spin.value() for spin in self.hour_spins.values())
        self.week_total.setText(_tr("%s a week") % formatting.hours(total))

    @Slot(QDate)
    def _on_time_off_start_date_changed(self, start: QDate) -> None:
        if self.time_off_end.date() < start:
            self.time_off_end.setDate(start)

    @Slot(int)
    def _on_time_off_list_current_row_changed(self, row: int) -> None:
        self.remove_time_off_button.setEnabled(row >= 0)

    @Slot()
    def _on_add_time_off_button_clicked(self) -> None:
        self._clear_errors()
        start = self.time_off_start.date().toPython()
        end = self.time_off_end.date().toPython()
        try:
            first, last = team.check_span(start, end)
        except RuleError as error:
            self.show_error(error.field, error.message)
            return
        note = self.time_off_note.text().strip()
        self._show_spans([*self._spans, _Span(None, first, last, note)])
        self.time_off_note.clear()
        self.saved_note.setText(_tr("Not saved yet: press Save."))

    @Slot()
    def _on_remove_time_off_button_clicked(self) -> None:
        row = self.time_off_list.currentRow()
        if not 0 <= row < len(self._spans):
            return
        span = self._spans[row]
        if span.id is not None:
            self._removed_spans.append(span.id)
        self._show_spans(self._spans[:row] + self._spans[row + 1:])
        self.saved_note.setText(_tr("Not saved yet: press Save."))
