"""The server goes away in the middle of the work and comes back."""

import pytest
from sqlalchemy import func, select

from app.context import AppContext
from app.db import Database, DatabaseUnavailable
from app.live_updates import LiveUpdates
from app.models import pipeline, queries
from app.models.entities import TierEvent
from app.models.tiers import Tier
from app.widgets.connection_banner import ConnectionBanner
from tests.helpers import factories

pytestmark = pytest.mark.postgres


def _moves(db: Database, deal_id) -> int:
    return int(db.read(lambda c: c.scalar(
        select(func.count()).select_from(TierEvent).where(
            TierEvent.deal_id == deal_id, TierEvent.kind == "tier", TierEvent.note != "created"))))


@pytest.fixture
def server(pg_server):
    yield pg_server
    if not _running(pg_server):  # a failed test must not leave the server down for the rest
        pg_server.start()


def _running(pg_server) -> bool:
    return pg_server.pg_ctl("status", check=False).returncode == 0


def test_a_write_during_an_outage_is_refused_then_done_once_after(qtbot, server, pg_db):
    deal_id = factories.deal(pg_db, "Roof repair")
    context = AppContext(pg_db, inline=False)
    context.retry_interval_ms = 200
    banner = ConnectionBanner(context)
    qtbot.addWidget(banner)
    assert banner.isHidden()
    failures: list[BaseException] = []

    server.stop()
    with qtbot.waitSignal(context.connection_problem, timeout=15000):
        context.write(lambda s: pipeline.move_deal(s, deal_id, Tier.T05),
                      on_error=failures.append)
    assert context.offline
    assert isinstance(failures[-1], DatabaseUnavailable)
    assert not banner.isHidden()
    assert "retrying" in banner.title_label.text()

    # While offline a change is refused at once, with a message, without reaching the worker.
    with qtbot.waitSignal(context.write_refused, timeout=1000) as refused:
        context.write(lambda s: pipeline.move_deal(s, deal_id, Tier.T05),
                      on_error=failures.append)
    assert "Not saved" in refused.args[0]
    assert banner.detail_label.text() == refused.args[0]
    assert len(failures) == 2

    with qtbot.waitSignals([context.connection_restored, context.data_changed], timeout=30000):
        server.start()
    assert not context.offline
    assert banner.isHidden()

    with qtbot.waitSignal(context.data_changed, timeout=10000):
        context.write(lambda s: pipeline.move_deal(s, deal_id, Tier.T05))
    row = pg_db.read(lambda c: queries.deal_row(c, deal_id))
    assert row.tier is Tier.T05
    assert _moves(pg_db, deal_id) == 1
    assert row.version == 2
    context.worker.wait()


def test_live_updates_report_a_lost_server_and_listen_again(qtbot, server, pg_db, pg_url):
    context = AppContext(pg_db, inline=False)
    context.retry_interval_ms = 200
    updates = LiveUpdates(context)
    updates.reconnect_s = 0.2
    updates.start()
    colleague = Database(pg_url)
    try:
        qtbot.waitUntil(lambda: updates.listening, timeout=10000)

        with qtbot.waitSignal(context.connection_problem, timeout=15000):
            server.stop()
        assert context.offline

        with qtbot.waitSignal(context.connection_restored, timeout=30000):
            server.start()
        qtbot.waitUntil(lambda: updates.listening, timeout=15000)

        with qtbot.waitSignal(updates.colleague_changed, timeout=5000):
            factories.deal(colleague, "After the outage")
        titles = {row.title for row in pg_db.read(queries.board_rows)}
        assert "After the outage" in titles
    finally:
        updates.stop()
        colleague.close()
        context.worker.wait()
