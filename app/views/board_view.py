"""The tier board: live deals in the order attention should go, moved by drag and drop.

Columns Incoming, 1, 0.9, 0.5 and 0.1 (or one long list with tier headers), narrow Done and Lost
drop zones that open their archive, a filter bar and the focus advisor above it all.

How a change travels: a drop (or a key, or a menu) becomes an undoable command; the command asks
the board to apply placements; the board moves the cards in its own lists at once, publishes the
new lists to the item models (narrow signals, so selections and scroll positions stay), and writes
through the rules on the worker. A refused write puts the lists back and says why.
"""

import logging
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPoint,
    Qt,
    QTimer,
    Slot,
)
from PySide6.QtGui import QAction, QUndoCommand
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app import formatting
from app.context import AppContext
from app.models import pipeline, queries
from app.models.queries import DealRow, EmployeeRow
from app.models.settings import FirmSettings
from app.models.tiers import ATTENTION_ORDER, Tier
from app.planning import advisor
from app.views.board_commands import (
    AssignDealsCommand,
    CompleteDealsCommand,
    DeleteDealsCommand,
    LoseDealsCommand,
    MoveDealsCommand,
    PlaceDealsCommand,
    Placement,
    ReorderDealsCommand,
    ReviveDealsCommand,
    write_placements,
)
from app.views.board_item_model import (
    ArchiveItemModel,
    BoardItemModel,
    TierHeader,
    TierTotals,
    ids_from_payload,
    totals_of,
)
from app.widgets.advisor_banner import AdvisorBanner
from app.widgets.card_delegate import CardDelegate, tier_title
from app.widgets.money_sums import currency_adjusted, money_sums
from app.widgets.tier_column import CardListView, DropZone, TierColumn, TierHeaderWidget

log = logging.getLogger(__name__)

#: When the board is not painted at start-up, the whole board is read after this many ms.
_FULL_READ_FALLBACK_MS = 400

#: The board's two layouts.
COLUMNS = "columns"
LIST = "list"


def _tr(text: str, disambiguation: str | None = None, count: int = -1) -> str:
    return QCoreApplication.translate("BoardView", text, disambiguation, count)


# --- reads and dialogs (module functions, so that tests can replace the dialogs) ---------------

@dataclass(frozen=True, slots=True)
class BoardData:
    """Everything the board reads in one go."""

    rows: list[DealRow]
    employees: list[EmployeeRow]
    time_off: dict[uuid.UUID, list[tuple[date, date]]]
    holidays: set[date]
    closed: dict[Tier, int]
    #: The database's sums per tier when ``rows`` holds only the top of each column.
    totals: dict[Tier, queries.TierTotals] | None = None


#: How many cards of each column the first, quick read brings: more than a screen shows.
FIRST_ROWS = 60


def load_board_start(connection: Connection, settings: FirmSettings) -> BoardData:
    """The quick first read: the top of each column and the sums of every tier."""
    return BoardData(
        rows=queries.first_rows_per_tier(connection, FIRST_ROWS),
        employees=queries.employees(connection),
        time_off=queries.time_off(connection),
        holidays=queries.holidays(connection),
        closed=queries.closed_counts(connection),
        totals=queries.tier_totals(connection, settings),
    )


def load_board(connection: Connection) -> BoardData:
    """The board's read: live deals, people, their calendars and the archive counts."""
    return BoardData(
        rows=queries.board_rows(connection),
        employees=queries.employees(connection),
        time_off=queries.time_off(connection),
        holidays=queries.holidays(connection),
        closed=queries.closed_counts(connection),
    )


@dataclass(frozen=True, slots=True)
class Candidate:
    """Somebody who could take a deal into production, and when they would finish it."""

    employee_id: uuid.UUID
    name: str
    finish: date | None = None


def assignee_candidates(connection: Connection, settings: FirmSettings, deal_id: uuid.UUID,
                        today: date) -> list[Candidate]:
    """Who could take the deal: the load chart's ranking where it exists, else everybody."""
    try:
        from app.planning import schedule
    except ImportError:
        log.warning("no load schedule in this build; offering everybody")
        return [Candidate(e.id, e.name) for e in queries.employees(connection)]
    ranked = schedule.rank_candidates_for_deal(connection, settings, deal_id, today)
    return [Candidate(c.employee_id, c.name, c.finish) for c in ranked]


def ask_lost_reason(parent: QWidget, count: int) -> str | None:
    """Ask why the deals were lost; None when the user cancels or gives no reason."""
    reasons = [_tr("Chose a cheaper offer"), _tr("Budget frozen"), _tr("No answer after the quote"),
               _tr("Deadline too tight"), _tr("Did it themselves")]
    text, ok = QInputDialog.getItem(
        parent, _tr("Mark lost"), _tr("Why was it lost? (%n deal(s))", None, count), reasons, 0,
        True,
    )
    reason = str(text).strip()
    return reason if ok and reason else None


def ask_assignee(parent: QWidget, candidates: Sequence[Candidate]) -> uuid.UUID | None:
    """Ask who takes the deal into production; None when the user cancels."""
    if not candidates:
        return None
    labels = []
    for candidate in candidates:
        if candidate.finish is not None:
            labels.append(_tr("%s — done by %s") % (candidate.name,
                                                     formatting.short_date(candidate.finish)))
        else:
            labels.append(candidate.name)
    text, ok = QInputDialog.getItem(parent, _tr("Who takes it?"),
                                    _tr("Tier 1 is production: who does the work?"), labels, 0,
                                    False)
    if not ok or text not in labels:
        return None
    return candidates[labels.index(text)].employee_id


# --- the archive ----------------------------------------------------------------------------

class ArchiveDialog(QDialog):
    """The Done or Lost deals, newest first, loaded a page at a time.

    Drag a card out onto a column to reopen or revive it.
    """

    def __init__(self, context: AppContext, tier: Tier, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.tier = tier
        self.setWindowTitle(_tr("Archive — %s") % tier_title(tier))
        self.resize(420, 640)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(_tr("Search title or client"))
        self.search.setClearButtonEnabled(True)
        self.model = ArchiveItemModel(tier, self._fetch_page, parent=self)
        self.view = CardListView(self)
        self.view.setObjectName(f"archive_{tier.value}")
        self.view.setAcceptDrops(False)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.view.setItemDelegate(CardDelegate(parent=self.view))
        self.view.setModel(self.model)
        hint = QLabel(_tr("Drag a card onto a column of the board to bring it back."), self)
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.view, 1)
        layout.addWidget(hint)
        self.search.textChanged.connect(self._on_search_text_changed)

    def _fetch_page(self, offset: int, limit: int,
                    on_rows: Callable[[list[DealRow]], None]) -> None:
        text = self.search.text().strip()
        self.context.read(
            lambda c: queries.archive_rows(c, self.tier, offset=offset, limit=limit, text=text),
            on_rows,
        )

    @Slot(str)
    def _on_search_text_changed(self, _text: str) -> None:
        self.model.restart()


# --- the board ------------------------------------------------------------------------------

@dataclass
class _Filter:
    text: str = ""
    owner_id: uuid.UUID | None = None
    assignee: uuid.UUID | str | None = None  # an id, "none" for unassigned, None for anybody
    mine: bool = False
    actor_id: uuid.UUID | None = None

    @property
    def active(self) -> bool:
        return bool(self.text or self.owner_id or self.assignee or self.mine)

    def passes(self, row: DealRow) -> bool:
        if self.text and self.text not in row.title.casefold() \
                and self.text not in row.client_name.casefold():
            return False
        if self.owner_id is not None and row.owner_id != self.owner_id:
            return False
        if self.assignee == "none" and row.assignee_id is not None:
            return False
        if isinstance(self.assignee, uuid.UUID) and row.assignee_id != self.assignee:
            return False
        return not (self.mine and self.actor_id not in (row.owner_id, row.assignee_id))


@dataclass
class _Deleted:
    rows: dict[uuid.UUID, tuple[Tier, int, DealRow]] = field(default_factory=dict)


class BoardView(QWidget):
    """The tier board.

    Attributes:
        context: the shared database, worker, settings and undo stack.
        models: the card model of each live tier.
        list_model: the one-list layout's model (headers and cards).
        columns: the column widgets, by tier.
        zones: the Done and Lost drop zones.
        banner: the focus advisor.
        layout_mode: COLUMNS or LIST.
    """

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("board_view")
        self.context = context
        self.layout_mode = COLUMNS
        self._rows: dict[Tier, list[DealRow]] = {tier: [] for tier in ATTENTION_ORDER}
        self._closed_rows: dict[uuid.UUID, DealRow] = {}
        #: The tier of every live card, so that a drop finds its card without walking them all.
        self._where: dict[uuid.UUID, Tier] = {}
        self._closed = {Tier.DONE: 0, Tier.LOST: 0}
        self._employees: list[EmployeeRow] = []
        self._capacity = 0.0
        self._filter = _Filter(actor_id=context.actor_id)
        self._deleted = _Deleted()
        self._skip_refresh = False
        self._request = 0
        self.loaded = False
        self.archives: dict[Tier, ArchiveDialog] = {}
        self._partial_sums: dict[Tier, TierTotals] | None = None
        self._incoming: advisor.IncomingSummary | None = None
        self._full_read_pending = False
        empty = TierTotals()
        self._sums: dict[Tier, TierTotals] = dict.fromkeys(ATTENTION_ORDER, empty)
        self._shown_totals: dict[Tier, TierTotals] = dict.fromkeys(ATTENTION_ORDER, empty)
        self._shown: dict[Tier, list[DealRow]] = {tier: [] for tier in ATTENTION_ORDER}

        self.models = {tier: BoardItemModel(tier, parent=self) for tier in ATTENTION_ORDER}
        self.list_model = BoardItemModel(None, parent=self)
        self.delegate = CardDelegate(parent=self)
        self.row_delegate = CardDelegate(compact=True, parent=self)
        self.row_delegate.header_text = self._header_text
        self._build()
        self._apply_settings()

        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self.refresh)
        self._clock = QTimer(self)
        self._clock.setInterval(60_000)
        self._clock.timeout.connect(self._on_clock_timeout)
        self._clock.start()
        context.data_changed.connect(self._on_context_data_changed)
        context.settings_changed.connect(self._on_context_settings_changed)
        self.refresh(quick=True)

    # --- building -----------------------------------------------------------------------

    def _build(self) -> None:
        self.banner = AdvisorBanner(self)
        filter_bar = self._build_filter_bar()

        self.columns: dict[Tier, TierColumn] = {}
        board = QWidget(self)
        row = QHBoxLayout(board)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        for tier in ATTENTION_ORDER:
            column = TierColumn(tier, board)
            self._connect_view(column.view, self.models[tier], self.delegate)
            self.columns[tier] = column
            row.addWidget(column, 1)
        self.zones: dict[Tier, DropZone] = {}
        for tier in (Tier.DONE, Tier.LOST):
            zone = DropZone(tier, board)
            zone.dropped.connect(lambda payload, t=tier: self._on_zone_dropped(payload, t))
            zone.open_requested.connect(lambda t=tier: self.open_archive(t))
            self.zones[tier] = zone
            row.addWidget(zone)

        for column in self.columns.values():
            column.view.viewport().installEventFilter(self)
            column.header.installEventFilter(self)
        # Headers whose figures wrap stay as tall as each other, so the cards start level.
        self._align_timer = QTimer(self)
        self._align_timer.setSingleShot(True)
        self._align_timer.setInterval(0)
        self._align_timer.timeout.connect(self._on_align_timer_timeout)
        self.list_view = CardListView(self)
        self.list_view.setObjectName("cards_list")
        self._connect_view(self.list_view, self.list_model, self.row_delegate)
        self.list_view.viewport().installEventFilter(self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(board)
        self.stack.addWidget(self.list_view)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(8)
        layout.addWidget(self.banner)
        layout.addWidget(filter_bar)
        layout.addWidget(self.stack, 1)
        # Keys work on the cards from the start; the filter is a Ctrl+F away.
        self.columns[Tier.INCOMING].view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _build_filter_bar(self) -> QWidget:
        bar = QWidget(self)
        self.search = QLineEdit(bar)
        self.search.setObjectName("board_search")
        self.search.setPlaceholderText(_tr("Filter by title or client  (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.owner_box = QComboBox(bar)
        self.assignee_box = QComboBox(bar)
        self.mine_box = QCheckBox(_tr("Mine"), bar)
        self.mine_box.setEnabled(self.context.actor_id is not None)
        self.mine_box.setToolTip(_tr("Only deals I own or work on"))
        self.new_button = QPushButton(_tr("New deal"), bar)
        self.new_button.setToolTip(_tr("A new deal in Incoming (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_deal)

        self.layout_buttons = QButtonGroup(bar)
        columns_button = QPushButton(_tr("Columns"), bar)
        list_button = QPushButton(_tr("List"), bar)
        for index, button in enumerate((columns_button, list_button)):
            button.setCheckable(True)
            self.layout_buttons.addButton(button, index)
        columns_button.setChecked(True)
        self.layout_buttons.idClicked.connect(
            lambda index: self.set_layout(LIST if index else COLUMNS))

        layout = QHBoxLayout(bar)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.search, 3)
        layout.addWidget(QLabel(_tr("Owner"), bar))
        layout.addWidget(self.owner_box, 1)
        layout.addWidget(QLabel(_tr("Assignee"), bar))
        layout.addWidget(self.assignee_box, 1)
        layout.addWidget(self.mine_box)
        layout.addStretch(1)
        layout.addWidget(columns_button)
        layout.addWidget(list_button)
        layout.addSpacing(8)
        layout.addWidget(self.new_button)

        self.search.textChanged.connect(self._on_filter_changed)
        self.owner_box.currentIndexChanged.connect(self._on_filter_changed)
        self.assignee_box.currentIndexChanged.connect(self._on_filter_changed)
        self.mine_box.toggled.connect(self._on_filter_changed)
        return bar

    def _connect_view(self, view: CardListView, model: BoardItemModel,
                      delegate: CardDelegate) -> None:
        view.setModel(model)
        view.setItemDelegate(delegate)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(
            lambda point, v=view: self._on_view_context_menu(v, point))
        view.open_requested.connect(self._on_view_open_requested)
        view.move_requested.connect(lambda step, v=view: self._on_view_move_requested(v, step))
        view.neighbour_requested.connect(
            lambda step, v=view: self._on_view_neighbour_requested(v, step))
        view.delete_requested.connect(lambda v=view: self.delete_deals(self.selected_rows(v)))
        model.drop_requested.connect(self._on_model_drop_requested)

    def _apply_settings(self) -> None:
        settings = self.context.settings
        for delegate in (self.delegate, self.row_delegate):
            delegate.answer_deadline_hours = float(settings["answer_deadline_hours"])
            delegate.waited_hours = self.waited_hours

    # --- reading ------------------------------------------------------------------------

    def refresh(self, *, quick: bool = False) -> None:
        """Read the board again (off the GUI thread); the newest answer wins.

        Args:
            quick: read only the top of each column first (at start-up, so that the board
                shows at once), then everything.
        """
        self._request += 1
        ticket = self._request
        settings = self.context.settings
        query: Callable[[Connection], BoardData] = (
            (lambda c: load_board_start(c, settings)) if quick else load_board)
        self.context.read(query, lambda data: self._on_loaded(ticket, data))

    def _on_loaded(self, ticket: int, data: BoardData) -> None:
        if ticket != self._request:
            return  # an older read answered late; a newer one is on its way
        was_partial = self._partial_sums is not None
        self._partial_sums = None if data.totals is None else {
            tier: TierTotals(t.count, t.amount, t.effort_hours, t.weighted_amount,
                             t.by_currency)
            for tier, t in data.totals.items()}
        rows: dict[Tier, list[DealRow]] = {tier: [] for tier in ATTENTION_ORDER}
        for row in data.rows:
            rows[row.tier].append(row)
        self._rows = rows
        self._where = {row.id: row.tier for row in data.rows}
        self._closed = dict(data.closed)
        if data.employees != self._employees:
            self._employees = data.employees
            self._fill_people_boxes()
        start = date.today()
        self._capacity = advisor.capacity_hours(
            data.employees, data.time_off, data.holidays, start,
            int(self.context.settings["advisor_weeks"]))
        self.loaded = self._partial_sums is None
        self._publish(reset=was_partial)
        for archive in self.archives.values():
            archive.model.restart()
        if not self.loaded:
            # The rest is read once the top has been painted (or soon anyway, when the board
            # is not on screen), so that the first picture is not held up by thousands of rows.
            self._full_read_pending = True
            QTimer.singleShot(_FULL_READ_FALLBACK_MS, self._on_full_read_due)

    @Slot()
    def _on_full_read_due(self) -> None:
        if self._full_read_pending:
            self._full_read_pending = False
            self.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """After the first paint of the quick start, read the whole board; level the headers."""
        if event.type() == QEvent.Type.Paint and self._full_read_pending:
            QTimer.singleShot(0, self._on_full_read_due)
        elif event.type() == QEvent.Type.Resize and isinstance(watched, TierHeaderWidget):
            self._align_timer.start()
        return super().eventFilter(watched, event)

    @Slot()
    def _on_align_timer_timeout(self) -> None:
        headers = [column.header for column in self.columns.values()]
        tallest = max(header.heightForWidth(header.width()) for header in headers)
        for header in headers:
            if header.minimumHeight() != tallest:
                header.setMinimumHeight(tallest)

    def _fill_people_boxes(self) -> None:
        for box, first in ((self.owner_box, _tr("Any owner")),
                           (self.assignee_box, _tr("Any assignee"))):
            current = box.currentData()
            box.blockSignals(True)
            box.clear()
            box.addItem(first, None)
            if box is self.assignee_box:
                box.addItem(_tr("Nobody yet"), "none")
            for employee in self._employees:
                box.addItem(employee.name, employee.id)
            found = box.findData(current)
            box.setCurrentIndex(max(found, 0))
            box.blockSignals(False)

    # --- showing ------------------------------------------------------------------------

    def _publish(self, tiers: Iterable[Tier] | None = None, *,
                 changes: Sequence[tuple[Tier, DealRow, int]] | None = None,
                 reset: bool = False) -> None:
        """Hand the current lists, filtered, to the models; update headers and the advisor.

        Args:
            tiers: the tiers whose lists changed (None: all of them).
            changes: the cards that left (-1) or joined (+1) each tier, when known; the sums
                are then adjusted rather than added up again.
            reset: fill the models anew (after the quick first read: thousands of new rows).
        """
        settings = self.context.settings
        adjusted = _adjusted_sums(self._sums, changes, settings) if changes is not None else {}
        wanted = set(ATTENTION_ORDER if tiers is None else tiers)
        chosen = [tier for tier in ATTENTION_ORDER if tier in wanted]
        for tier in chosen:
            rows = self._rows[tier]
            probability = settings.probability(tier)
            self._sums[tier] = adjusted.get(tier) or totals_of(rows, probability)
            if self._partial_sums is not None:
                self._sums[tier] = self._partial_sums[tier]
            if self._filter.active:
                rows = [row for row in rows if self._filter.passes(row)]
                self._shown_totals[tier] = totals_of(rows, probability)
            else:
                self._shown_totals[tier] = self._sums[tier]
            self._shown[tier] = rows
            self.models[tier].update_items(rows, reset=reset)
            self._show_totals(tier, self._shown_totals[tier])
        if self.layout_mode == LIST:
            list_items: list[DealRow | TierHeader] = []
            for tier in ATTENTION_ORDER:
                list_items.append(TierHeader(tier, self._shown_totals[tier]))
                list_items.extend(self._shown[tier])
            self.list_model.update_items(list_items)
        for tier, zone in self.zones.items():
            zone.set_count(self._closed.get(tier, 0))
        self._show_empty_hints()
        self._update_advice(incoming_changed=Tier.INCOMING in chosen)

    def _show_empty_hints(self) -> None:
        """Say why a column is empty: no deals at all yet, or none that passes the filter."""
        counted = self._partial_sums or self._sums
        no_deals = (self.loaded or self._partial_sums is not None) and not any(
            counted[tier].count for tier in ATTENTION_ORDER) and not any(self._closed.values())
        first = _tr("No deals yet — Ctrl+N makes one, File → Import… brings them from "
                    "another CRM")
        unmatched = _tr("Nothing matches the filter") if self._filter.active else ""
        for tier, column in self.columns.items():
            if no_deals:
                column.view.set_empty_text(first if tier is Tier.INCOMING else "")
            else:
                column.view.set_empty_text(unmatched)
        self.list_view.set_empty_text(first if no_deals else unmatched)

    def _money(self, totals: TierTotals, factor: Decimal = Decimal(1)) -> str:
        """A column's sum in the currencies of its deals (each apart when there are several)."""
        return money_sums(totals.by_currency, str(self.context.settings["default_currency"]),
                          factor=factor)

    def _weighted(self, tier: Tier, totals: TierTotals) -> str:
        return self._money(totals, self.context.settings.probability(tier))

    def _show_totals(self, tier: Tier, totals: TierTotals) -> None:
        header = self.columns[tier].header
        amount = self._money(totals)
        weighted = self._weighted(tier, totals)
        if tier in (Tier.T09, Tier.T05, Tier.T01):
            details = _tr("%s effort · weighted %s") % (
                formatting.hours(totals.effort_hours), weighted)
        else:
            details = _tr("%s effort") % formatting.hours(totals.effort_hours)
        header.set_figures(formatting.number(totals.count), amount, details)
        self._align_timer.start()
        header.setToolTip(_tr("%n deal(s), %s, %s effort, weighted %s", None, totals.count) % (
            amount, formatting.hours(totals.effort_hours), weighted))

    def _header_text(self, header: TierHeader) -> str:
        totals = header.totals
        text = _tr("%n deal(s)  ·  %s  ·  %s effort", None, totals.count) % (
            self._money(totals), formatting.hours(totals.effort_hours))
        if header.tier in (Tier.T09, Tier.T05, Tier.T01):
            text += "  ·  " + _tr("weighted %s") % self._weighted(header.tier, totals)
        return text

    def _update_advice(self, *, incoming_changed: bool = True) -> None:
        settings = self.context.settings
        now = _utcnow()
        if incoming_changed or self._incoming is None:
            self._incoming = advisor.summarize_incoming(
                self._rows[Tier.INCOMING], now=now,
                answer_deadline_hours=float(settings["answer_deadline_hours"]),
                waited_hours=self.waited_hours)
        advice = advisor.advise_totals(
            self._incoming, self._sums, capacity=self._capacity, now=now,
            weeks=int(settings["advisor_weeks"]),
            answer_deadline_hours=float(settings["answer_deadline_hours"]),
            waited_hours=self.waited_hours,
        )
        sums = self._sums.get(advice.tier) if advice.tier is not None else None
        self.banner.show_advice(advice, amount_text=self._money(sums) if sums else None)

    def waited_hours(self, received_at: datetime) -> float:
        """Working hours a request received at ``received_at`` (naive UTC) has waited."""
        settings = self.context.settings
        local = received_at.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)
        return advisor.working_hours_between(
            local, datetime.now(), day_start=int(settings["working_day_start_hour"]),
            day_end=int(settings["working_day_end_hour"]))

    def rows(self, tier: Tier) -> list[DealRow]:
        """The live deals of a tier in their order (unfiltered)."""
        return list(self._rows.get(tier, []))

    def set_layout(self, mode: str) -> None:
        """Show the columns, or one long list with tier headers."""
        self.layout_mode = LIST if mode == LIST else COLUMNS
        self.stack.setCurrentIndex(1 if self.layout_mode == LIST else 0)
        button = self.layout_buttons.button(1 if self.layout_mode == LIST else 0)
        button.setChecked(True)
        if self.layout_mode == LIST:
            self._publish()

    def focus_filter(self) -> None:
        """Put the cursor in the filter's text box."""
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def views(self) -> list[CardListView]:
        """The card views of the current layout."""
        if self.layout_mode == LIST:
            return [self.list_view]
        return [self.columns[tier].view for tier in ATTENTION_ORDER]

    def selected_rows(self, view: CardListView | None = None) -> list[DealRow]:
        """The selected cards (of one view, or of every view), in the order they stand."""
        rows: list[DealRow] = []
        for each in [view] if view is not None else self.views():
            model = each.model()
            for index in sorted(each.selectionModel().selectedIndexes(), key=QModelIndex.row):
                item = model.data(index, BoardItemModel.ItemRole)
                if isinstance(item, DealRow):
                    rows.append(item)
        return rows

    def select_deals(self, deal_ids: Iterable[uuid.UUID],
                     tiers: Iterable[Tier] | None = None) -> None:
        """Select these cards (where they are shown) and make the first one current.

        Args:
            deal_ids: the cards.
            tiers: where to look for them (None: every column).
        """
        wanted = set(deal_ids)
        places = set(ATTENTION_ORDER if tiers is None else tiers)
        for view in self.views():
            model = view.model()
            selection = view.selectionModel()
            if selection.hasSelection():
                selection.clearSelection()
            column_tier = getattr(model, "tier", None)
            if view is not self.list_view and column_tier not in places:
                continue
            first: QModelIndex | None = None
            for row in model.rows_of(wanted).values():  # type: ignore[attr-defined]
                index = model.index(row, 0)
                selection.select(index, QItemSelectionModel.SelectionFlag.Select)
                if first is None or index.row() < first.row():
                    first = index
            if first is not None:
                selection.setCurrentIndex(first, QItemSelectionModel.SelectionFlag.NoUpdate)
                view.scrollTo(first)
                view.setFocus()

    # --- slots --------------------------------------------------------------------------

    @Slot()
    def _on_context_data_changed(self) -> None:
        if self._skip_refresh:
            # Our own write: the lists already show it; a full read would only cost time.
            self._skip_refresh = False
            return
        self._refresh_timer.start()

    @Slot()
    def _on_context_settings_changed(self) -> None:
        self._apply_settings()
        self.refresh()

    @Slot()
    def _on_clock_timeout(self) -> None:
        now = _utcnow()
        for delegate in (self.delegate, self.row_delegate):
            delegate.set_now(now)
        for view in self.views():
            view.viewport().update()
        self._update_advice()

    @Slot()
    def _on_filter_changed(self) -> None:
        self._filter = _Filter(
            text=self.search.text().strip().casefold(),
            owner_id=self.owner_box.currentData(),
            assignee=self.assignee_box.currentData(),
            mine=self.mine_box.isChecked(),
            actor_id=self.context.actor_id,
        )
        self._publish()

    @Slot(QModelIndex)
    def _on_view_open_requested(self, index: QModelIndex) -> None:
        item = index.data(BoardItemModel.ItemRole)
        if isinstance(item, DealRow):
            self.open_editor(item.id)

    def _on_view_move_requested(self, view: CardListView, step: int) -> None:
        rows = self.selected_rows(view)
        if not rows:
            return
        order = list(ATTENTION_ORDER)
        position = order.index(rows[0].tier) + step
        if 0 <= position < len(order):
            self.drop_rows(rows, order[position], None)

    def _on_view_neighbour_requested(self, view: CardListView, step: int) -> None:
        if view is self.list_view:
            return
        tiers = list(ATTENTION_ORDER)
        current = next(tier for tier in tiers if self.columns[tier].view is view)
        position = tiers.index(current) + step
        if not 0 <= position < len(tiers):
            return
        target = self.columns[tiers[position]].view
        count = target.model().rowCount()
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        if count:
            row = min(max(view.currentIndex().row(), 0), count - 1)
            target.setCurrentIndex(target.model().index(row, 0))

    def _on_model_drop_requested(self, ids: list[uuid.UUID], tier: Tier,
                                 anchor: uuid.UUID | None) -> None:
        # Deferred out of the drop handler: the drag is still running, and a dialog may follow.
        QTimer.singleShot(0, lambda: self.drop(ids, tier, anchor))

    def _on_zone_dropped(self, payload: bytes, tier: Tier) -> None:
        ids = ids_from_payload(payload)
        QTimer.singleShot(0, lambda: self.drop(ids, tier, None))

    def _on_view_context_menu(self, view: CardListView, point: QPoint) -> None:
        index = view.indexAt(point)
        if not index.isValid() or not isinstance(index.data(BoardItemModel.ItemRole), DealRow):
            return
        if not view.selectionModel().isSelected(index):
            view.selectionModel().select(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        rows = self.selected_rows(view)
        menu = QMenu(view)
        menu.addAction(_tr("Open…"), lambda: self.open_editor(rows[0].id))
        move_menu = menu.addMenu(_tr("Move to"))
        for tier in (*ATTENTION_ORDER, Tier.DONE, Tier.LOST):
            action = QAction(tier_title(tier), move_menu)
            action.triggered.connect(lambda _c=False, t=tier: self.drop_rows(rows, t, None))
            move_menu.addAction(action)
        assign_menu = menu.addMenu(_tr("Assign to"))
        for employee in self._employees:
            action = QAction(employee.name, assign_menu)
            action.triggered.connect(
                lambda _c=False, e=employee.id: self.assign_deals(rows, e))
            assign_menu.addAction(action)
        assign_menu.addSeparator()
        assign_menu.addAction(_tr("Nobody"), lambda: self.assign_deals(rows, None))
        menu.addSeparator()
        menu.addAction(_tr("Delete"), lambda: self.delete_deals(rows))
        menu.popup(view.viewport().mapToGlobal(point))

    # --- actions ------------------------------------------------------------------------

    def drop(self, ids: Sequence[uuid.UUID], tier: Tier, anchor: uuid.UUID | None) -> None:
        """Cards were dropped onto ``tier`` below ``anchor`` (None: the top); act on it."""
        known = self._find_rows(ids)
        missing = [key for key in ids if key not in known]
        if not missing:
            self.drop_rows([known[key] for key in ids], tier, anchor)
            return

        def found(rows: list[DealRow | None]) -> None:
            known.update({row.id: row for row in rows if row is not None})
            self.drop_rows([known[key] for key in ids if key in known], tier, anchor)

        self.context.read(lambda c: [queries.deal_row(c, key) for key in missing], found)

    def drop_rows(self, rows: Sequence[DealRow], tier: Tier, anchor: uuid.UUID | None) -> None:
        """Move cards to ``tier`` below ``anchor``: ask for a reason or an assignee if needed."""
        rows = [row for row in rows if not (row.tier is tier and tier.is_closed)]
        if not rows:
            return
        if tier is Tier.LOST:
            reason = ask_lost_reason(self, len(rows))
            if reason is None:
                return
            self._commit(rows, tier, anchor, reason=reason)
            return
        unassigned = [row for row in rows if row.assignee_id is None]
        if tier is not Tier.T1 or not unassigned:
            self._commit(rows, tier, anchor)
            return

        settings = self.context.settings
        first = unassigned[0].id

        def chosen(candidates: list[Candidate]) -> None:
            assignee = ask_assignee(self, candidates)
            if assignee is not None:
                self._commit(rows, tier, anchor, assignee_id=assignee)

        self.context.read(
            lambda c: assignee_candidates(c, settings, first, date.today()), chosen)

    def assign_deals(self, rows: Sequence[DealRow], assignee_id: uuid.UUID | None) -> None:
        """Give the cards to one producer, as one undoable step."""
        rows = [row for row in rows if row.assignee_id != assignee_id]
        if not rows:
            return
        before = [Placement(row.id, row.tier, assignee_id=row.assignee_id, keep_place=True)
                  for row in rows]
        after = [Placement(row.id, row.tier, assignee_id=assignee_id, keep_place=True)
                 for row in rows]
        name = next((e.name for e in self._employees if e.id == assignee_id), _tr("nobody"))
        self.context.undo_stack.push(AssignDealsCommand(
            self, _tr("Assign %n deal(s) to %s", None, len(rows)) % name, before, after))

    def delete_deals(self, rows: Sequence[DealRow]) -> None:
        """Delete the cards (softly; undo brings them back)."""
        if rows:
            self.context.undo_stack.push(DeleteDealsCommand(
                self, _tr("Delete %n deal(s)", None, len(rows)), [row.id for row in rows]))

    def _commit(self, rows: Sequence[DealRow], tier: Tier, anchor: uuid.UUID | None, *,
                reason: str = "", assignee_id: uuid.UUID | None = None) -> None:
        before = self._places_of(rows, changes_assignee=assignee_id is not None)
        after: list[Placement] = []
        previous = anchor
        for row in rows:
            give = assignee_id if assignee_id is not None and row.assignee_id is None else ...
            if tier.is_closed:
                after.append(Placement(row.id, tier, at_end=True, reason=reason))
            else:
                after.append(Placement(row.id, tier, after_id=previous, assignee_id=give))
                previous = row.id

        count = len(rows)
        kind: type[PlaceDealsCommand]
        if tier is Tier.LOST:
            kind, text = LoseDealsCommand, _tr("Lose %n deal(s)", None, count)
        elif tier is Tier.DONE:
            kind, text = CompleteDealsCommand, _tr("Complete %n deal(s)", None, count)
        elif all(row.tier is Tier.LOST for row in rows):
            kind, text = ReviveDealsCommand, _tr("Revive %n deal(s)", None, count)
        elif all(row.tier is tier for row in rows):
            kind, text = ReorderDealsCommand, _tr("Reorder %n deal(s)", None, count)
        else:
            kind = MoveDealsCommand
            text = _tr("Move %n deal(s) to %s", None, count) % tier_title(tier)
        self.context.undo_stack.push(kind(self, text, before, after))

    def _places_of(self, rows: Sequence[DealRow], *, changes_assignee: bool) -> list[Placement]:
        """Where the cards stand now, in an order that rebuilds them one after another."""
        order = {tier: position for position, tier in enumerate(ATTENTION_ORDER)}
        places: list[tuple[int, int, Placement]] = []
        for row in rows:
            assignee = row.assignee_id if changes_assignee else ...
            if row.tier.is_closed:
                finished = row.finished_on if row.tier is Tier.DONE else ...
                places.append((99, 0, Placement(row.id, row.tier, at_end=True,
                                                reason=row.lost_reason, assignee_id=assignee,
                                                finished_on=finished)))
                continue
            listed = self._rows[row.tier]
            position = _position(listed, row.id)
            position = len(listed) if position < 0 else position
            above = listed[position - 1].id if position > 0 else None
            places.append((order[row.tier], position, Placement(
                row.id, row.tier, after_id=above, assignee_id=assignee,
                finished_on=None if row.finished_on is None else ...)))
        places.sort(key=lambda place: (place[0], place[1]))
        return [place for _, _, place in places]

    def _find_rows(self, ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, DealRow]:
        """The rows of these deals that the board or an open archive holds."""
        wanted = set(ids)
        found = {key: self._closed_rows[key] for key in wanted if key in self._closed_rows}
        for archive in self.archives.values():
            found.update({row.id: row for row in archive.model.deal_rows() if row.id in wanted})
        for key in wanted - found.keys():
            tier = self._where.get(key)
            position = -1 if tier is None else _position(self._rows[tier], key)
            if tier is not None and position >= 0:
                found[key] = self._rows[tier][position]
        return found

    # --- what commands call -------------------------------------------------------------

    def apply_placements(self, placements: Sequence[Placement], command: QUndoCommand) -> None:
        """Show the placements at once, then write them; roll back if the write fails."""
        known = self._find_rows(p.deal_id for p in placements)
        sources = {self._where[p.deal_id] for p in placements if p.deal_id in self._where}
        snapshot = self._snapshot(sources | {p.tier for p in placements})
        touched: set[Tier] = set()
        changes: list[tuple[Tier, DealRow, int]] = []
        for placement in placements:
            touched |= self._place_locally(placement, known, changes)
        self._publish(touched, changes=changes)
        moved = [p.deal_id for p in placements if not p.tier.is_closed]
        if moved:
            self.select_deals(moved, {p.tier for p in placements})

        actor = self.context.actor_id
        self._write(lambda s: write_placements(s, placements, actor_id=actor), snapshot, command)

    def apply_deletion(self, deal_ids: Sequence[uuid.UUID], *, restore: bool,
                       command: QUndoCommand) -> None:
        """Hide (or bring back) deals at once, then write it; roll back if the write fails."""
        snapshot = self._snapshot()
        for key in deal_ids:
            if restore:
                tier, position, row = self._deleted.rows.pop(key, (None, 0, None))
                if tier is not None and row is not None and tier in self._rows:
                    self._rows[tier].insert(min(position, len(self._rows[tier])), row)
                    self._where[row.id] = tier
            else:
                found = self._take(key)
                if found is not None:
                    self._deleted.rows[key] = found
        self._publish()

        def write(session: Any) -> None:
            for key in deal_ids:
                if restore:
                    pipeline.restore_deal(session, key)
                else:
                    pipeline.delete_deal(session, key)

        self._write(write, snapshot, command, refresh_after=restore)

    def apply_fields(self, deal_id: uuid.UUID, changes: Mapping[str, Any],
                     command: QUndoCommand) -> None:
        """Write field changes of a deal (undo and redo of an edit) and read the board again."""
        actor = self.context.actor_id
        self._write(lambda s: pipeline.edit_deal(s, deal_id, changes, actor_id=actor),
                    self._snapshot(), command, refresh_after=True)

    def _write(self, action: Callable[[Any], Any], snapshot: tuple[Any, ...],
               command: QUndoCommand, *, refresh_after: bool = False) -> None:
        def done(_result: object) -> None:
            self._skip_refresh = not refresh_after

        def failed(error: BaseException) -> None:
            log.info("a board change was refused and rolled back: %s", error)
            self._restore(snapshot)
            command.setObsolete(True)
            self._publish()
            # Another change may have been shown while this one was on its way: read it all.
            self._refresh_timer.start()

        self.context.write(action, done, failed)

    def _snapshot(self, tiers: Iterable[Tier] | None = None) -> tuple[Any, ...]:
        """What a rollback needs: the lists of the tiers a change touches, and the closed."""
        wanted = set(ATTENTION_ORDER if tiers is None else tiers) & set(ATTENTION_ORDER)
        return ({tier: list(self._rows[tier]) for tier in wanted}, dict(self._closed),
                dict(self._closed_rows), dict(self._deleted.rows))

    def _restore(self, snapshot: tuple[Any, ...]) -> None:
        rows, closed, closed_rows, deleted = snapshot
        self._rows.update(rows)
        self._closed, self._closed_rows, self._deleted.rows = closed, closed_rows, deleted
        self._where = {row.id: tier for tier, listed in self._rows.items() for row in listed}

    def _take(self, key: uuid.UUID) -> tuple[Tier, int, DealRow] | None:
        tier = self._where.pop(key, None)
        if tier is None:
            return None
        rows = self._rows[tier]
        position = _position(rows, key)
        if position < 0:
            return None
        return tier, position, rows.pop(position)

    def _place_locally(self, placement: Placement, known: Mapping[uuid.UUID, DealRow],
                       changes: list[tuple[Tier, DealRow, int]]) -> set[Tier]:
        """Move one card in the board's own lists; returns the tiers touched.

        ``changes`` receives (tier, row, -1 or +1) for each card leaving or joining a live tier,
        so that the column sums follow without adding up thousands of cards again.
        """
        taken = self._take(placement.deal_id)
        if taken is not None:
            source, old_position, row = taken
            changes.append((source, row, -1))
        else:
            found = self._closed_rows.pop(placement.deal_id, None) or known.get(placement.deal_id)
            if found is None:
                return set()
            row = found
            source, old_position = row.tier, 0
            if source in self._closed and not placement.tier.is_closed:
                self._closed[source] = max(self._closed[source] - 1, 0)

        row = self._changed_row(row, placement)
        if placement.tier.is_closed:
            self._closed_rows[row.id] = row
            if taken is not None or source is not placement.tier:
                self._closed[placement.tier] = self._closed.get(placement.tier, 0) + 1
            return {source}
        target = self._rows[placement.tier]
        self._where[row.id] = placement.tier
        changes.append((placement.tier, row, 1))
        if placement.keep_place and source is placement.tier:
            target.insert(old_position, row)
        elif placement.at_end:
            target.append(row)
        elif placement.after_id is None:
            target.insert(0, row)
        else:
            target.insert(_position(target, placement.after_id) + 1, row)
        return {source, placement.tier}

    def _changed_row(self, row: DealRow, placement: Placement) -> DealRow:
        changes: dict[str, Any] = {"tier": placement.tier}
        if placement.assignee_id is not ...:
            person = next((e for e in self._employees if e.id == placement.assignee_id), None)
            changes.update(assignee_id=placement.assignee_id,
                           assignee_name=person.name if person else "",
                           assignee_colour=person.colour if person else "")
        if placement.tier is Tier.LOST:
            changes["lost_reason"] = placement.reason
        elif row.tier is Tier.LOST:
            changes["lost_reason"] = ""
        if placement.tier is Tier.DONE and row.finished_on is None:
            changes["finished_on"] = date.today()
        if placement.finished_on is not ...:
            changes["finished_on"] = placement.finished_on
        return replace(row, **changes)

    # --- archive and editor -------------------------------------------------------------

    def open_archive(self, tier: Tier) -> ArchiveDialog:
        """Open (or raise) the archive of Done or Lost deals; it loads a page at a time."""
        archive = self.archives.get(tier)
        if archive is None:
            archive = ArchiveDialog(self.context, tier, self)
            self.archives[tier] = archive
        if archive.isVisible():
            archive.raise_()
        else:
            archive.show()
        return archive

    def open_editor(self, deal_id: uuid.UUID | None) -> Any:
        """Open the deal editor for a deal (None: a new deal in Incoming)."""
        from app.views.deal_editor import DealEditor

        editor = DealEditor(self.context, deal_id, board=self, parent=self)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.open()
        return editor

    def new_deal(self) -> Any:
        """Open the editor for a new deal in Incoming."""
        return self.open_editor(None)

    def edited(self, command: QUndoCommand) -> None:
        """The editor wrote a change: keep it undoable and show it."""
        self.context.undo_stack.push(command)


def _adjusted_sums(sums: Mapping[Tier, TierTotals],
                   changes: Iterable[tuple[Tier, DealRow, int]],
                   settings: FirmSettings) -> dict[Tier, TierTotals]:
    """The column sums after cards left or joined tiers."""
    result: dict[Tier, TierTotals] = {}
    for tier, row, sign in changes:
        if tier not in sums:
            continue
        before = result.get(tier, sums[tier])
        amount = before.amount + sign * row.amount
        result[tier] = TierTotals(
            before.count + sign, amount, before.effort_hours + sign * row.effort_hours,
            (amount * settings.probability(tier)).quantize(Decimal("0.01")),
            currency_adjusted(before.by_currency, row.currency, sign * row.amount))
    return result


def _position(rows: list[DealRow], key: uuid.UUID) -> int:
    """Where a deal stands in a list (-1: not there).

    The ids' integers are compared: many times faster than UUID objects over thousands of cards.
    """
    wanted = key.int
    for position, value in enumerate([row.id.int for row in rows]):
        if value == wanted:
            return position
    return -1


def _utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)
