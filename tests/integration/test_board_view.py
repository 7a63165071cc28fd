"""The board end to end: drops, reorders, Lost, undo, totals, keys, refreshes, the editor."""

import uuid
from collections.abc import Callable
from decimal import Decimal

import pytest

from PySide6.QtCore import QModelIndex, QPoint, QPointF, Qt
from PySide6.QtWidgets import QApplication

from app import formatting
from app.context import AppContext
from app.db import Database
from app.models import pipeline, queries
from app.models.tiers import Tier
from app.views import board_view
from app.views.board_item_model import MIME_TYPE
from app.views.board_view import BoardView
from app.views.deal_editor import DealEditor
from app.widgets.tier_column import CardListView
from tests.helpers.factories import deal, employee


@pytest.fixture
def context(sqlite_db: Database) -> AppContext:
    return AppContext(sqlite_db, inline=True)


@pytest.fixture
def make_board(qtbot, sqlite_db: Database) -> Callable[[], BoardView]:
    """A new board window on the same database, as after reopening the program."""
    def make(context: AppContext | None = None) -> BoardView:
        board = BoardView(context or AppContext(sqlite_db, inline=True))
        qtbot.addWidget(board)
        board.resize(1400, 800)
        board.show()
        qtbot.waitUntil(lambda: board.loaded)
        return board

    return make


def _ids(board: BoardView, tier: Tier) -> list[uuid.UUID]:
    return [row.id for row in board.models[tier].deal_rows()]


def _db_ids(db: Database, tier: Tier) -> list[uuid.UUID]:
    return [row.id for row in db.read(lambda c: queries.deal_rows(c, [tier]))]


def _drop_on_view(view: CardListView, source: CardListView, rows: list[int], row: int) -> None:
    """Drop the cards at ``rows`` of ``source`` just above card ``row`` of ``view``, through a
    real drop event on the view's viewport (as the mouse would)."""
    from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent

    data = source.model().mimeData([source.model().index(r, 0) for r in rows])
    if row < view.model().rowCount():
        point = view.visualRect(view.model().index(row, 0)).topLeft() + QPoint(20, 3)
    else:
        point = QPoint(20, view.viewport().height() - 4)
    where = QPointF(point)
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    for event_type in (QDragEnterEvent, QDragMoveEvent, QDropEvent):
        try:
            event = event_type(where, Qt.DropAction.MoveAction, data, buttons, keys)
        except TypeError:  # drag events take a whole-pixel point in PySide6 before 6.12
            event = event_type(point, Qt.DropAction.MoveAction, data, buttons, keys)
        QApplication.sendEvent(view.viewport(), event)
        assert event.isAccepted()


def test_drop_onto_another_column_at_a_place_persists_and_writes_history(
        qtbot, sqlite_db, make_board) -> None:
    moving = deal(sqlite_db, "Moving", tier=Tier.T05, amount=100)
    first = deal(sqlite_db, "First", tier=Tier.T09)
    second = deal(sqlite_db, "Second", tier=Tier.T09)
    board = make_board()

    _drop_on_view(board.columns[Tier.T09].view, board.columns[Tier.T05].view, [0], 1)

    qtbot.waitUntil(lambda: _ids(board, Tier.T09) == [first, moving, second])
    assert _ids(board, Tier.T05) == []
    assert _db_ids(sqlite_db, Tier.T09) == [first, moving, second]
    events = sqlite_db.read(lambda c: queries.history(c, moving))
    assert [(e.from_value, e.to_value) for e in events if e.kind == "tier"][-1] == ("0.5", "0.9")

    reopened = make_board()
    assert _ids(reopened, Tier.T09) == [first, moving, second]


def test_column_totals_are_sums_and_weighted(sqlite_db, make_board) -> None:
    for amount in (100, 200, 300):
        deal(sqlite_db, f"Deal {amount}", tier=Tier.T05, amount=amount, effort_hours=2)
    board = make_board()

    header = board.columns[Tier.T05].header
    assert header.count.text() == "3"
    assert header.amount.text() == formatting.money(Decimal(600))
    assert formatting.money(Decimal(300)) in header.details.text()
    assert formatting.hours(6) in header.details.text()


def test_drop_onto_lost_without_a_reason_leaves_the_card(qtbot, sqlite_db, make_board,
                                                        monkeypatch) -> None:
    target = deal(sqlite_db, "Keep me", tier=Tier.T01)
    asked: list[int] = []

    def no_reason(_parent, count):
        asked.append(count)
        return None

    monkeypatch.setattr(board_view, "ask_lost_reason", no_reason)
    board = make_board()
    view = board.columns[Tier.T01].view
    payload = view.model().mimeData([view.model().index(0, 0)])
    board.zones[Tier.LOST].dropped.emit(bytes(payload.data(MIME_TYPE).data()))

    qtbot.waitUntil(lambda: asked == [1])
    assert _ids(board, Tier.T01) == [target]
    assert _db_ids(sqlite_db, Tier.T01) == [target]
    assert board.context.undo_stack.count() == 0


def test_drop_onto_lost_with_a_reason_and_undo(qtbot, sqlite_db, make_board,
                                               monkeypatch) -> None:
    target = deal(sqlite_db, "Lose me", tier=Tier.T05)
    monkeypatch.setattr(board_view, "ask_lost_reason", lambda _parent, _count: "Too dear")
    board = make_board()
    before = board.zones[Tier.LOST].count

    board.drop([target], Tier.LOST, None)

    assert _ids(board, Tier.T05) == []
    row = sqlite_db.read(lambda c: queries.deal_row(c, target))
    assert (row.tier, row.lost_reason) == (Tier.LOST, "Too dear")
    assert board.zones[Tier.LOST].count == before + 1

    board.context.undo_stack.undo()
    assert _ids(board, Tier.T05) == [target]
    assert sqlite_db.read(lambda c: queries.deal_row(c, target)).tier is Tier.T05


def test_reorder_persists_and_undo_restores_both(qtbot, sqlite_db, make_board) -> None:
    a = deal(sqlite_db, "A", tier=Tier.T09)
    b = deal(sqlite_db, "B", tier=Tier.T09)
    c = deal(sqlite_db, "C", tier=Tier.T09)
    mover = deal(sqlite_db, "Mover", tier=Tier.T05)
    board = make_board()

    _drop_on_view(board.columns[Tier.T09].view, board.columns[Tier.T09].view, [2], 0)
    qtbot.waitUntil(lambda: _ids(board, Tier.T09) == [c, a, b])
    _drop_on_view(board.columns[Tier.T09].view, board.columns[Tier.T05].view, [0], 3)
    qtbot.waitUntil(lambda: _ids(board, Tier.T09) == [c, a, b, mover])

    reopened = make_board()
    assert _ids(reopened, Tier.T09) == [c, a, b, mover]

    board.context.undo_stack.undo()
    board.context.undo_stack.undo()
    assert _ids(board, Tier.T09) == [a, b, c]
    assert _db_ids(sqlite_db, Tier.T09) == [a, b, c]
    assert _db_ids(sqlite_db, Tier.T05) == [mover]

    board.context.undo_stack.redo()
    assert _db_ids(sqlite_db, Tier.T09) == [c, a, b]


def test_drop_into_tier_one_asks_who_takes_it(qtbot, sqlite_db, make_board,
                                              monkeypatch) -> None:
    anna = employee(sqlite_db, "Anna Pavlova")
    target = deal(sqlite_db, "Win", tier=Tier.T09, effort_hours=10)
    offered: list[list[str]] = []

    def choose(_parent, candidates):
        offered.append([candidate.name for candidate in candidates])
        return anna

    monkeypatch.setattr(board_view, "ask_assignee", choose)
    board = make_board()
    board.drop([target], Tier.T1, None)

    qtbot.waitUntil(lambda: _ids(board, Tier.T1) == [target])
    assert offered == [["Anna Pavlova"]]
    row = sqlite_db.read(lambda c: queries.deal_row(c, target))
    assert (row.tier, row.assignee_id) == (Tier.T1, anna)
    assert board.models[Tier.T1].deal_rows()[0].assignee_name == "Anna Pavlova"


def test_a_refused_drop_rolls_back(qtbot, sqlite_db, make_board) -> None:
    anna = employee(sqlite_db, "Anna")
    target = deal(sqlite_db, "No effort", tier=Tier.T09, assignee_id=anna)
    board = make_board()
    refused: list[str] = []
    board.context.rule_refused.connect(lambda field, _message: refused.append(field))

    board.drop([target], Tier.T1, None)

    assert refused == ["effort_hours"]
    assert _ids(board, Tier.T09) == [target]
    assert _ids(board, Tier.T1) == []
    assert board.context.undo_stack.count() == 0


def test_several_cards_move_as_one_undoable_step(qtbot, sqlite_db, make_board) -> None:
    ids = [deal(sqlite_db, f"Deal {n}", tier=Tier.T01) for n in range(3)]
    board = make_board()
    view = board.columns[Tier.T01].view
    view.selectAll()

    qtbot.keyClick(view, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)

    assert _db_ids(sqlite_db, Tier.T05) == ids
    assert board.context.undo_stack.count() == 1
    board.context.undo_stack.undo()
    assert _db_ids(sqlite_db, Tier.T01) == ids


def test_delete_is_soft_and_undoable(qtbot, sqlite_db, make_board) -> None:
    target = deal(sqlite_db, "Delete me", tier=Tier.T05)
    board = make_board()
    view = board.columns[Tier.T05].view
    view.setCurrentIndex(view.model().index(0, 0))

    qtbot.keyClick(view, Qt.Key.Key_Delete)

    assert _ids(board, Tier.T05) == []
    assert sqlite_db.read(lambda c: queries.deal_row(c, target)) is None
    board.context.undo_stack.undo()
    assert _ids(board, Tier.T05) == [target]
    assert sqlite_db.read(lambda c: queries.deal_row(c, target)) is not None


def test_refresh_keeps_the_selection(qtbot, sqlite_db, make_board) -> None:
    a = deal(sqlite_db, "A", tier=Tier.T05)
    b = deal(sqlite_db, "B", tier=Tier.T05)
    board = make_board()
    view = board.columns[Tier.T05].view
    view.setCurrentIndex(view.model().index(1, 0))

    # A colleague adds a deal at the top of the column.
    newcomer = deal(sqlite_db, "Newcomer", tier=Tier.T05)
    sqlite_db.write(lambda s: pipeline.move_deal(s, newcomer, Tier.T05, index=0))
    board.context.data_changed.emit()

    qtbot.waitUntil(lambda: _ids(board, Tier.T05) == [newcomer, a, b])
    selected = [index.row() for index in view.selectionModel().selectedIndexes()]
    assert selected == [2]
    assert view.currentIndex().data(board_view.BoardItemModel.IdRole) == b


def test_filter_and_list_layout(qtbot, sqlite_db, make_board, qtmodeltester) -> None:
    deal(sqlite_db, "Website", tier=Tier.T05)
    deal(sqlite_db, "Kitchen", tier=Tier.T1, assignee_id=employee(sqlite_db), effort_hours=3)
    board = make_board()

    board.search.setText("kitch")
    assert [row.title for row in board.models[Tier.T05].deal_rows()] == []
    board.set_layout(board_view.LIST)
    model = board.list_model
    headers = [model.index(r, 0).data(board_view.BoardItemModel.HeaderRole)
               for r in range(model.rowCount())]
    assert headers.count(True) == 5
    assert [row.title for row in model.deal_rows()] == ["Kitchen"]
    qtmodeltester.check(model)


def test_advisor_banner_follows_changes(qtbot, sqlite_db, make_board, monkeypatch) -> None:
    employee(sqlite_db, "Anna")  # somebody with working hours, so that tiers can be pushed
    waiting = deal(sqlite_db, "Call back", tier=Tier.INCOMING)
    board = make_board()
    assert board.banner.text().startswith("Answer Incoming first: 1 waiting")

    board.drop([waiting], Tier.T01, None)

    assert not board.banner.text().startswith("Answer Incoming")
    assert "0.1" in board.banner.text()


def test_editor_shows_a_bad_amount_beside_the_field_and_writes_nothing(
        qtbot, sqlite_db, context, make_board) -> None:
    target = deal(sqlite_db, "Edit me", tier=Tier.T05, amount=100)
    board = make_board(context)
    editor = DealEditor(context, target, board=board, parent=board)
    qtbot.addWidget(editor)
    editor.show()
    version = sqlite_db.read(lambda c: queries.deal_row(c, target)).version

    editor.fields["amount"].setText("a lot")
    editor.buttons.accepted.emit()

    assert editor.errors["amount"].isVisible()
    assert "not a number" in editor.errors["amount"].text()
    assert editor.isVisible()
    row = sqlite_db.read(lambda c: queries.deal_row(c, target))
    assert (row.amount, row.version) == (Decimal(100), version)

    editor.fields["amount"].setText("2500")
    editor.fields["title"].setText("Edited")
    editor.buttons.accepted.emit()
    qtbot.waitUntil(lambda: not editor.isVisible())
    row = sqlite_db.read(lambda c: queries.deal_row(c, target))
    assert (row.title, row.amount) == ("Edited", Decimal(2500))
    qtbot.waitUntil(lambda: board.models[Tier.T05].deal_rows()[0].title == "Edited")

    context.undo_stack.undo()
    row = sqlite_db.read(lambda c: queries.deal_row(c, target))
    assert (row.title, row.amount) == ("Edit me", Decimal(100))


def test_new_deal_lands_in_incoming_and_undo_removes_it(qtbot, sqlite_db, context,
                                                        make_board) -> None:
    board = make_board(context)
    editor = board.new_deal()
    qtbot.addWidget(editor)
    editor.fields["title"].setText("Fresh request")
    editor.fields["client_id"].setEditText("Brand new client")
    editor.buttons.accepted.emit()

    qtbot.waitUntil(lambda: [r.title for r in board.models[Tier.INCOMING].deal_rows()]
                    == ["Fresh request"])
    assert board.models[Tier.INCOMING].deal_rows()[0].client_name == "Brand new client"
    context.undo_stack.undo()
    assert _db_ids(sqlite_db, Tier.INCOMING) == []
    assert board.models[Tier.INCOMING].rowCount() == 0


def test_archive_loads_lazily_and_revives_by_drop(qtbot, sqlite_db, make_board) -> None:
    lost = deal(sqlite_db, "Came back", tier=Tier.T05)
    sqlite_db.write(lambda s: pipeline.lose_deal(s, lost, "budget"))
    board = make_board()
    assert board.zones[Tier.LOST].count == 1

    archive = board.open_archive(Tier.LOST)
    qtbot.waitUntil(lambda: archive.model.rowCount() == 1)
    data = archive.model.mimeData([archive.model.index(0, 0)])
    assert board.models[Tier.T05].dropMimeData(data, Qt.DropAction.MoveAction, 0, 0,
                                               QModelIndex())

    qtbot.waitUntil(lambda: _ids(board, Tier.T05) == [lost])
    assert sqlite_db.read(lambda c: queries.deal_row(c, lost)).tier is Tier.T05
    assert isinstance(board.context.undo_stack.command(0), board_view.ReviveDealsCommand)
    board.context.undo_stack.undo()
    assert sqlite_db.read(lambda c: queries.deal_row(c, lost)).lost_reason == "budget"


def test_refresh_keeps_the_scroll_position(qtbot, sqlite_db, make_board) -> None:
    for n in range(40):
        deal(sqlite_db, f"Deal {n}", tier=Tier.T01)
    board = make_board()
    view = board.columns[Tier.T01].view
    bar = view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum() // 2)
    position = bar.value()
    top_card = view.indexAt(QPoint(10, 10)).data(board_view.BoardItemModel.IdRole)

    board.refresh()
    board.context.data_changed.emit()
    qtbot.waitUntil(lambda: not board._refresh_timer.isActive())

    assert bar.value() == position
    assert view.indexAt(QPoint(10, 10)).data(board_view.BoardItemModel.IdRole) == top_card


def test_drop_in_the_one_list_layout_moves_between_tiers(qtbot, sqlite_db, make_board) -> None:
    half = deal(sqlite_db, "Half", tier=Tier.T05)
    tenth = deal(sqlite_db, "Tenth", tier=Tier.T01)
    board = make_board()
    board.set_layout(board_view.LIST)
    model = board.list_model
    data = model.mimeData([model.index(model.row_of(tenth), 0)])

    # Just below the 0.5 header, above "Half".
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, model.row_of(Tier.T05) + 1, 0,
                              QModelIndex())

    qtbot.waitUntil(lambda: _db_ids(sqlite_db, Tier.T05) == [tenth, half])
    assert [row.title for row in model.deal_rows()] == ["Tenth", "Half"]
