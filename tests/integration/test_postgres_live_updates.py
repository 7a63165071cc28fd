"""A colleague's change reaches every other open window within about a second."""

from pathlib import Path

import pytest

from app.context import AppContext
from app.db import Database
from app.live_updates import LiveUpdates
from app.models import pipeline, queries
from app.models.tiers import Tier
from tests.helpers import factories


def _titles(rows) -> set[str]:
    return {row.title for row in rows}


def _watch(qtbot, database: Database, *, inline: bool):
    context = AppContext(database, inline=inline)
    updates = LiveUpdates(context)
    updates.poll_interval_ms = 100
    shown: list[list] = [database.read(queries.board_rows)]
    # What a board does on data_changed: read its rows again (on the worker).
    context.data_changed.connect(lambda: context.read(queries.board_rows, shown.append))
    updates.start()
    return context, updates, shown


@pytest.mark.postgres
def test_a_colleagues_new_deal_appears_in_the_other_window(qtbot, pg_db, pg_url):
    colleague = Database(pg_url)
    context, updates, shown = _watch(qtbot, pg_db, inline=False)
    try:
        qtbot.waitUntil(lambda: updates.listening, timeout=10000)

        with qtbot.waitSignal(updates.colleague_changed, timeout=3000):
            factories.deal(colleague, "Made next door")
        qtbot.waitUntil(lambda: "Made next door" in _titles(shown[-1]), timeout=3000)
    finally:
        updates.stop()
        colleague.close()
        context.worker.wait()


@pytest.mark.postgres
def test_our_own_change_refreshes_once_not_twice(qtbot, pg_db, pg_url):
    deal_id = factories.deal(pg_db, "Ours")
    context, updates, shown = _watch(qtbot, pg_db, inline=False)
    try:
        qtbot.waitUntil(lambda: updates.listening, timeout=10000)

        with qtbot.assertNotEmitted(updates.colleague_changed, wait=800), \
                qtbot.waitSignal(context.data_changed, timeout=5000):
            context.write(lambda s: pipeline.move_deal(s, deal_id, Tier.T05))
        qtbot.waitUntil(lambda: any(r.tier is Tier.T05 for r in shown[-1]), timeout=3000)
    finally:
        updates.stop()
        context.worker.wait()


def test_a_shared_sqlite_file_is_polled(qtbot, sqlite_db, tmp_path: Path):
    colleague = Database(sqlite_db.url)
    context, updates, shown = _watch(qtbot, sqlite_db, inline=True)
    try:
        with qtbot.waitSignal(updates.colleague_changed, timeout=3000):
            factories.deal(colleague, "Made next door")
        assert "Made next door" in _titles(shown[-1])

        with qtbot.assertNotEmitted(updates.colleague_changed, wait=400):
            context.write(lambda s: pipeline.create_deal(s, title="Ours"))
    finally:
        updates.stop()
        colleague.close()
