"""The Load view: who is loaded and how much, and who should take the next order.

The chart (pyqtgraph) is imported with this module, so the board opens without it. The schedule
is read and laid on the database worker; the screen only draws what comes back.
"""

import importlib
import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Connection

from PySide6.QtCore import QItemSelection, QSortFilterProxyModel, Qt, Signal, Slot
from PySide6.QtGui import QShowEvent, QUndoCommand
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app import formatting
from app.context import AppContext
from app.models import pipeline, queries
from app.models.queries import DealRow
from app.models.tiers import Tier
from app.planning.schedule import (
    Schedule,
    ScheduleInput,
    build_schedule,
    rank_candidates,
    read_schedule_input,
)
from app.views.load_table_model import CandidateTableModel, LoadTableModel
from app.widgets.gantt_chart import COLOURS, GanttChart

log = logging.getLogger(__name__)

#: The tiers whose unassigned deals the "who takes it" panel offers, likeliest first.
_OPEN_TIERS = (Tier.T09, Tier.T05, Tier.T01, Tier.INCOMING)


@dataclass(frozen=True)
class LoadSnapshot:
    """What the view shows, read and laid on the worker in one go."""

    data: ScheduleInput
    schedule: Schedule
    open_deals: list[DealRow]


def read_load(connection: Connection, settings: Any, today: date) -> LoadSnapshot:
    """Read the schedule's input and the unassigned open deals, and lay the schedule."""
    data = read_schedule_input(connection, settings)
    order = {tier: position for position, tier in enumerate(_OPEN_TIERS)}
    open_deals = sorted((row for row in queries.deal_rows(connection, _OPEN_TIERS)
                         if row.assignee_id is None),
                        key=lambda row: (order[row.tier], row.rank))
    return LoadSnapshot(data, build_schedule(data, today), open_deals)


class ReassignCommand(QUndoCommand):
    """Give a deal to another employee (undo gives it back), written through the rules.

    A refused write marks the command obsolete, so that it leaves the stack instead of offering
    to undo something that never happened.
    """

    def __init__(self, context: AppContext, deal_id: uuid.UUID, old: uuid.UUID | None,
                 new: uuid.UUID | None, text: str) -> None:
        super().__init__(text)
        self._context = context
        self._deal_id, self._old, self._new = deal_id, old, new

    def redo(self) -> None:
        """Give the deal to the new assignee."""
        self._write(self._new)

    def undo(self) -> None:
        """Give the deal back."""
        self._write(self._old)

    def _write(self, assignee: uuid.UUID | None) -> None:
        actor = self._context.actor_id
        deal_id = self._deal_id
        self._context.write(
            lambda session: pipeline.assign_deal(session, deal_id, assignee, actor_id=actor),
            on_error=self._failed,
        )

    def _failed(self, error: BaseException) -> None:
        log.debug("reassigning %s failed: %s", self._deal_id, error)
        self.setObsolete(True)


class LoadView(QWidget):
    """The load chart with the weekly table and the "who takes it" panel beside it.

    Signals:
        loaded(): a new schedule is on screen (after the view opened or the data changed).

    Attributes:
        context: the shared database, worker and undo stack.
        chart: the Gantt chart.
        table_model: each employee's hours per week.
        candidate_model: the employees ranked for the deal picked in the panel.
        snapshot: what is on screen (None before the first read).
    """

    loaded = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.snapshot: LoadSnapshot | None = None
        self._request = 0
        self._stale = True

        self.chart = GanttChart(self)
        self.table_model = LoadTableModel(self)
        self.candidate_model = CandidateTableModel(self)
        self._build_controls()
        self._build_layout()

        self.chart.deal_activated.connect(self._on_chart_deal_activated)
        self.chart.deal_dropped.connect(self._on_chart_deal_dropped)
        self.context.data_changed.connect(self._on_context_data_changed)
        self.context.settings_changed.connect(self._on_context_data_changed)
        self.refresh()

    # --- building -----------------------------------------------------------------------

    def _build_controls(self) -> None:
        self.likely_check = QCheckBox(self.tr("Show likely load (0.9)"), self)
        self.likely_check.setChecked(True)
        self.likely_check.setToolTip(self.tr(
            "Deals in tier 0.9 with an assignee, weighted by the probability, laid after the "
            "committed work"))
        self.likely_check.toggled.connect(self._on_likely_check_toggled)

        self.zoom_out_button = QPushButton(self.tr("−"), self)
        self.zoom_out_button.setToolTip(self.tr("Show more days (Ctrl+wheel zooms too)"))
        self.zoom_in_button = QPushButton(self.tr("+"), self)
        self.zoom_in_button.setToolTip(self.tr("Show fewer days"))
        self.today_button = QPushButton(self.tr("Today"), self)
        self.fit_button = QPushButton(self.tr("Fit all"), self)
        for button in (self.zoom_out_button, self.zoom_in_button):
            button.setFixedWidth(32)
        self.zoom_out_button.clicked.connect(lambda: self.chart.zoom(1 / 1.5))
        self.zoom_in_button.clicked.connect(lambda: self.chart.zoom(1.5))
        self.today_button.clicked.connect(self.chart.show_today)
        self.fit_button.clicked.connect(self.chart.fit_all)

        self.summary_label = QLabel(self)
        self.legend_label = QLabel(self._legend(), self)
        self.legend_label.setTextFormat(Qt.TextFormat.RichText)
        self.legend_label.setWordWrap(True)

        self.table_view = QTableView(self)
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(self.table_model)
        proxy.setSortRole(LoadTableModel.SortRole)
        self.table_view.setModel(proxy)
        self.table_view.setSortingEnabled(True)
        self.table_view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table_view.verticalHeader().setVisible(False)
        self.table_view.verticalHeader().setDefaultSectionSize(22)
        self.table_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table_view.setWordWrap(False)
        self.table_view.horizontalHeader().setMinimumSectionSize(40)
        self.table_view.horizontalHeader().setMaximumSectionSize(170)
        # The figures keep their width; a long name gives way (its tooltip has it whole).
        self.table_view.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch)
        self.table_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table_view.doubleClicked.connect(self._on_table_view_double_clicked)

        self.deal_combo = QComboBox(self)
        # Items carry the deal's id as text: a combo box compares text reliably, not UUIDs.
        self.deal_combo.setToolTip(self.tr("An open deal nobody is assigned to yet"))
        self.deal_combo.currentIndexChanged.connect(self._on_deal_combo_current_index_changed)
        self.candidate_view = QTableView(self)
        self.candidate_view.setModel(self.candidate_model)
        self.candidate_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.candidate_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.candidate_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.candidate_view.verticalHeader().setVisible(False)
        self.candidate_view.verticalHeader().setDefaultSectionSize(22)
        self.candidate_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.candidate_view.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.Stretch)
        self.candidate_view.selectionModel().selectionChanged.connect(
            self._on_candidate_selection_changed)
        self.deal_info_label = QLabel(self)
        self.deal_info_label.setWordWrap(True)
        self.assign_button = QPushButton(self.tr("Assign"), self)
        self.assign_button.setEnabled(False)
        self.assign_button.clicked.connect(self._on_assign_button_clicked)

    def _build_layout(self) -> None:
        controls = QHBoxLayout()
        for widget in (self.zoom_out_button, self.zoom_in_button, self.today_button,
                       self.fit_button, self.likely_check):
            controls.addWidget(widget)
        controls.addStretch(1)
        controls.addWidget(self.summary_label)

        # The key sits under the chart and wraps, so that no language widens the window.
        chart_side = QWidget(self)
        chart_layout = QVBoxLayout(chart_side)
        chart_layout.setContentsMargins(0, 0, 0, 0)
        chart_layout.addWidget(self.chart, 1)
        chart_layout.addWidget(self.legend_label)

        table_box = QGroupBox(self.tr("Hours booked / capacity, per week"), self)
        table_layout = QVBoxLayout(table_box)
        table_layout.setContentsMargins(4, 4, 4, 4)
        table_layout.addWidget(self.table_view)

        who_box = QGroupBox(self.tr("Who takes it"), self)
        who_layout = QVBoxLayout(who_box)
        who_layout.setContentsMargins(4, 4, 4, 4)
        who_layout.addWidget(self.deal_combo)
        who_layout.addWidget(self.deal_info_label)
        who_layout.addWidget(self.candidate_view, 1)
        who_layout.addWidget(self.assign_button)

        side = QSplitter(Qt.Orientation.Vertical, self)
        side.addWidget(table_box)
        side.addWidget(who_box)
        side.setStretchFactor(0, 3)
        side.setStretchFactor(1, 2)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(chart_side)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([740, 660])  # room for every week and "free from" in Russian

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(controls)
        layout.addWidget(self.splitter, 1)

    def _legend(self) -> str:
        def swatch(colour: str, text: str, border: str = "", line: str = "dashed") -> str:
            style = f"background:{colour};" + (f"border:1px {line} {border};" if border else "")
            label = text.replace(" ", "&nbsp;")
            return (f"<span style='{style}'>&nbsp;&nbsp;&nbsp;&nbsp;</span>&nbsp;{label}"
                    "&nbsp;&nbsp; ")

        return "".join((
            swatch(COLOURS["on_time"], self.tr("on time")),
            swatch(COLOURS["late"], self.tr("late")),
            swatch(COLOURS["fixed"], self.tr("fixed dates")),
            swatch(COLOURS["likely"], self.tr("likely"), COLOURS["on_time"]),
            swatch(COLOURS["time_off"], self.tr("time off, holiday")),
            swatch(COLOURS["not_working"], self.tr("not working"), "#b0b0b0", "solid"),
            swatch(COLOURS["over"], self.tr("over capacity")),
        ))

    # --- reading ------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read and lay the schedule again (on the worker); the screen updates when it is done."""
        self._request += 1
        request = self._request
        settings = self.context.settings
        today = date.today()
        self._stale = False
        self.context.read(lambda connection: read_load(connection, settings, today),
                          lambda snapshot: self._on_loaded(request, snapshot))

    def _on_loaded(self, request: int, snapshot: LoadSnapshot) -> None:
        if request != self._request:
            return  # a newer read is on its way; this one is out of date
        self.snapshot = snapshot
        self.chart.set_schedule(snapshot.schedule)
        self.chart.set_likely_visible(self.likely_check.isChecked())
        self.table_model.set_schedule(snapshot.schedule)
        self._fill_deal_combo(snapshot.open_deals)
        self._show_summary(snapshot.schedule)
        self.loaded.emit()

    def _show_summary(self, schedule: Schedule) -> None:
        committed = [plan for plan in schedule.planned.values() if not plan.likely]
        late = schedule.late_deals()
        over = sum(1 for employee in schedule.employees
                   if schedule.over_allocated_days(employee.id))
        parts = [self.tr("%n people", "", len(schedule.employees)),
                 self.tr("%n deals in production", "", len(committed))]
        text = " · ".join(parts)
        if late:
            text += " · <b style='color:#d62728'>" + self.tr("%n late", "", len(late)) + "</b>"
        if over:
            text += " · <b style='color:#d62728'>" + self.tr("%n over capacity", "", over) + "</b>"
        if schedule.unplanned:
            # Work of people who left or were deactivated is not on the chart: say so, so that
            # it is reassigned rather than forgotten.
            text += " · <b style='color:#d62728'>" + self.tr(
                "%n deal(s) of people no longer active: reassign them", "",
                len(schedule.unplanned)) + "</b>"
        self.summary_label.setText(text)

    def _fill_deal_combo(self, deals: list[DealRow]) -> None:
        current = self.deal_combo.currentData()
        self.deal_combo.blockSignals(True)
        self.deal_combo.clear()
        self.deal_combo.addItem(self.tr("Pick an unassigned deal…"), None)
        for row in deals:
            client = f" — {row.client_name}" if row.client_name else ""
            self.deal_combo.addItem(
                f"{row.tier.label} · {row.title}{client} ({formatting.hours(row.effort_hours)})",
                str(row.id))
        # The likeliest deal is picked at first, so that the panel answers without a click.
        position = self.deal_combo.findData(current) if current is not None else 1
        self.deal_combo.setCurrentIndex(position if position >= 0 else min(1, len(deals)))
        self.deal_combo.blockSignals(False)
        self._rank_for_current_deal()

    # --- who takes it -------------------------------------------------------------------

    def current_deal(self) -> DealRow | None:
        """The deal picked in the "who takes it" panel."""
        deal_id = self.deal_combo.currentData()
        if deal_id is None or self.snapshot is None:
            return None
        return next((row for row in self.snapshot.open_deals if str(row.id) == deal_id), None)

    def _rank_for_current_deal(self) -> None:
        deal = self.current_deal()
        if deal is None or self.snapshot is None:
            self.candidate_model.set_candidates([])
            self.deal_info_label.setText(self.tr(
                "Pick a deal to see who could finish it first, given their queue and calendar."))
            self.assign_button.setEnabled(False)
            return
        schedule = self.snapshot.schedule
        ranked = rank_candidates(self.snapshot.data, deal.effort_hours, schedule.today,
                                 schedule, earliest=deal.planned_start)
        free = {employee.id: schedule.free_from(employee.id) for employee in schedule.employees}
        self.candidate_model.set_candidates(ranked, due_date=deal.due_date, free_from=free)
        due = (self.tr(", due %s") % formatting.short_date(deal.due_date)) if deal.due_date else ""
        self.deal_info_label.setText(self.tr("Effort %s%s. Earliest finish first:")
                                     % (formatting.hours(deal.effort_hours), due))
        if ranked:
            self.candidate_view.selectRow(0)
        self.assign_button.setEnabled(bool(ranked))
        self._update_assign_button()

    def _update_assign_button(self) -> None:
        rows = self.candidate_view.selectionModel().selectedRows()
        candidate = self.candidate_model.candidate(rows[0].row()) if rows else None
        self.assign_button.setEnabled(candidate is not None and self.current_deal() is not None)
        self.assign_button.setText(self.tr("Assign to %s") % candidate.name if candidate
                                   else self.tr("Assign"))

    @Slot(int)
    def _on_deal_combo_current_index_changed(self, _index: int) -> None:
        self._rank_for_current_deal()

    @Slot(QItemSelection, QItemSelection)
    def _on_candidate_selection_changed(self, _selected: QItemSelection,
                                        _deselected: QItemSelection) -> None:
        self._update_assign_button()

    @Slot()
    def _on_assign_button_clicked(self) -> None:
        deal = self.current_deal()
        rows = self.candidate_view.selectionModel().selectedRows()
        candidate = self.candidate_model.candidate(rows[0].row()) if rows else None
        if deal is None or candidate is None:
            return
        self.reassign(deal.id, deal.assignee_id, candidate.employee_id, deal.title,
                      candidate.name)

    # --- changing -----------------------------------------------------------------------

    def reassign(self, deal_id: uuid.UUID, old: uuid.UUID | None, new: uuid.UUID, title: str,
                 name: str) -> None:
        """Give a deal to another employee as one undoable action."""
        text = self.tr("Give “%s” to %s") % (title, name)
        self.context.undo_stack.push(ReassignCommand(self.context, deal_id, old, new, text))

    @Slot(object, object)
    def _on_chart_deal_dropped(self, deal_id: uuid.UUID, employee_id: uuid.UUID) -> None:
        if self.snapshot is None:
            return
        plan = self.snapshot.schedule.planned.get(deal_id)
        names = {employee.id: employee.name for employee in self.snapshot.schedule.employees}
        if plan is None or employee_id not in names:
            return
        self.reassign(deal_id, plan.employee_id, employee_id, plan.title, names[employee_id])

    @Slot(object)
    def _on_chart_deal_activated(self, deal_id: uuid.UUID) -> None:
        self.open_deal(deal_id)

    @Slot()
    def _on_table_view_double_clicked(self) -> None:
        rows = self.table_view.selectionModel().selectedRows()
        if not rows or self.snapshot is None:
            return
        employee_id = rows[0].data(LoadTableModel.EmployeeIdRole)
        row = self.snapshot.schedule.row_of(employee_id)
        if row is not None:
            self.chart.show_rows(max(row - 2, 0), 8)

    def open_deal(self, deal_id: uuid.UUID) -> None:
        """Open the deal's editor, or show its details where the program has no editor."""
        editor_class = _deal_editor_class()
        if editor_class is not None:
            try:
                editor = editor_class(self.context, deal_id, parent=self)
            except TypeError:
                log.warning("the deal editor cannot be opened from the load view")
            else:
                editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
                editor.open()
                return
        plan = self.snapshot.schedule.planned.get(deal_id) if self.snapshot else None
        if plan is not None:
            box = QMessageBox(QMessageBox.Icon.Information, plan.title,
                              self.chart.describe(plan), QMessageBox.StandardButton.Close, self)
            box.setTextFormat(Qt.TextFormat.RichText)
            box.open()

    # --- reacting -----------------------------------------------------------------------

    @Slot()
    def _on_context_data_changed(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    @Slot(bool)
    def _on_likely_check_toggled(self, checked: bool) -> None:
        self.chart.set_likely_visible(checked)

    def showEvent(self, event: QShowEvent) -> None:
        """Read again when the view comes back after the data changed behind it."""
        super().showEvent(event)
        if self._stale:
            self.refresh()


def _deal_editor_class() -> Callable[..., Any] | None:
    try:
        module = importlib.import_module("app.views.deal_editor")
    except ModuleNotFoundError as error:
        if error.name != "app.views.deal_editor":
            raise
        return None
    found: Callable[..., Any] | None = getattr(module, "DealEditor", None)
    return found
