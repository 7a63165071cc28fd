"""The board on a shared PostgreSQL server: colleagues' changes arrive, lost races roll back."""

import pytest

from app.context import AppContext
from app.db import Database
from app.live_updates import LiveUpdates
from app.models import pipeline
from app.models.tiers import Tier
from app.views.board_view import BoardView
from tests.helpers import factories

pytestmark = pytest.mark.postgres


def _titles(board: BoardView, tier: Tier) -> list[str]:
    return [row.title for row in board.rows(tier)]


@pytest.fixture
def colleague(pg_url: str):
    database = Database(pg_url)
    yield database
    database.close()


@pytest.fixture
def board(qtbot, pg_db):
    context = AppContext(pg_db, inline=False)
    view = BoardView(context)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.loaded, timeout=10000)
    yield view
    context.worker.wait()


def test_a_colleagues_change_refreshes_the_board_and_keeps_the_selection(qtbot, pg_db, colleague):
    kept = factories.deal(pg_db, "Selected by me")
    context = AppContext(pg_db, inline=False)
    board = BoardView(context)
    qtbot.addWidget(board)
    qtbot.waitUntil(lambda: board.loaded, timeout=10000)
    board.select_deals([kept])
    updates = LiveUpdates(context)
    updates.start()
    try:
        qtbot.waitUntil(lambda: updates.listening, timeout=10000)

        factories.deal(colleague, "Made next door")
        qtbot.waitUntil(lambda: "Made next door" in _titles(board, Tier.INCOMING), timeout=3000)
        model = board.models[Tier.INCOMING]
        assert model.row_of(kept) >= 0
        assert [row.id for row in board.selected_rows()] == [kept]
    finally:
        updates.stop()
        context.worker.wait()


def test_a_move_that_loses_a_race_is_undone_on_screen_and_said_so(qtbot, board, pg_db,
                                                                 colleague):
    mine = factories.deal(pg_db, "Mine")
    anchor = factories.deal(pg_db, "Anchor", tier=Tier.T05)
    board.refresh()
    qtbot.waitUntil(lambda: "Anchor" in _titles(board, Tier.T05), timeout=5000)

    # A colleague takes the anchor card out of 0.5 before my drop below it is written.
    colleague.write(lambda s: pipeline.move_deal(s, anchor, Tier.T09))
    with qtbot.waitSignal(board.context.rule_refused, timeout=10000) as refused:
        board.drop([mine], Tier.T05, anchor)
        assert "Mine" in _titles(board, Tier.T05)  # shown at once, before the write

    assert "no longer in that column" in refused.args[1]
    qtbot.waitUntil(lambda: "Mine" in _titles(board, Tier.INCOMING), timeout=5000)
    assert "Mine" not in _titles(board, Tier.T05)
    assert pg_db.read(lambda c: c.exec_driver_sql(
        "SELECT tier FROM deal WHERE title = 'Mine'").scalar()) == Tier.INCOMING.value


def test_a_move_while_the_server_is_down_is_undone_and_done_after_it_returns(
        qtbot, board, pg_db, pg_server):
    mine = factories.deal(pg_db, "Mine")
    board.refresh()
    qtbot.waitUntil(lambda: "Mine" in _titles(board, Tier.INCOMING), timeout=5000)
    board.context.retry_interval_ms = 200

    pg_server.stop()
    try:
        with qtbot.waitSignal(board.context.connection_problem, timeout=15000):
            board.drop([mine], Tier.T05, None)
        qtbot.waitUntil(lambda: "Mine" in _titles(board, Tier.INCOMING), timeout=5000)
        assert "Mine" not in _titles(board, Tier.T05)
    finally:
        with qtbot.waitSignal(board.context.connection_restored, timeout=30000):
            pg_server.start()

    board.drop([mine], Tier.T05, None)
    qtbot.waitUntil(lambda: pg_db.read(lambda c: c.exec_driver_sql(
        "SELECT tier FROM deal WHERE title = 'Mine'").scalar()) == Tier.T05.value, timeout=10000)
    assert "Mine" in _titles(board, Tier.T05)
