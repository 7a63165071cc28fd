"""Two people on one PostgreSQL server change the same deals at the same time."""

import threading
from decimal import Decimal

import pytest

from app.context import AppContext
from app.db import Database
from app.models import pipeline, queries
from app.models.entities import Deal
from app.models.errors import ConflictError
from app.models.tiers import Tier
from app.views.conflict_dialog import ConflictDialog
from tests.helpers import factories

pytestmark = pytest.mark.postgres


@pytest.fixture
def colleague(pg_db: Database, pg_url: str):
    database = Database(pg_url)
    yield database
    database.close()


def _deal(db: Database, deal_id):
    return db.read(lambda connection: queries.deal_row(connection, deal_id))


def test_the_second_edit_of_a_deal_is_a_conflict_with_the_others_values(pg_db, colleague):
    deal_id = factories.deal(pg_db, "Roof repair", amount=1000)
    seen = _deal(pg_db, deal_id).version

    colleague.write(lambda s: pipeline.edit_deal(s, deal_id, {"amount": 2000},
                                                 expected_version=seen))
    with pytest.raises(ConflictError) as caught:
        pg_db.write(lambda s: pipeline.edit_deal(s, deal_id, {"amount": 1500},
                                                 expected_version=seen))

    assert caught.value.current["amount"] == Decimal("2000.00")
    assert _deal(pg_db, deal_id).amount == Decimal("2000.00")


def test_edits_that_overlap_in_time_never_overwrite_silently(pg_db, colleague):
    deal_id = factories.deal(pg_db, "Roof repair", notes="first")

    def mine(session):
        deal = pipeline.get_deal(session, deal_id)  # loaded before the colleague commits
        colleague.write(lambda s: pipeline.edit_deal(s, deal_id, {"notes": "theirs"}))
        deal.notes = "mine"
        session.flush()

    with pytest.raises(ConflictError):
        pg_db.write(mine)
    assert pg_db.read(lambda c: c.scalar(Deal.__table__.select().with_only_columns(
        Deal.notes).where(Deal.id == deal_id))) == "theirs"


def test_a_conflict_reaches_the_window_and_shows_their_change(qtbot, pg_db, colleague):
    deal_id = factories.deal(pg_db, "Roof repair", amount=1000)
    seen = _deal(pg_db, deal_id).version
    colleague.write(lambda s: pipeline.edit_deal(s, deal_id, {"amount": 2000}))
    context = AppContext(pg_db, inline=False)
    failures = []

    with qtbot.waitSignal(context.conflict, timeout=10000) as signal:
        context.write(lambda s: pipeline.edit_deal(s, deal_id, {"amount": 1500},
                                                   expected_version=seen),
                      on_error=failures.append)
    dialog = ConflictDialog(signal.args[0], mine={"amount": Decimal(1500)})
    qtbot.addWidget(dialog)

    assert isinstance(failures[0], ConflictError)
    row = [dialog.model.item(0, column).text() for column in range(3)]
    assert row[0] == "Amount"
    assert "2" in row[1]
    assert "000" in row[1]
    assert "1" in row[2]
    assert "500" in row[2]
    assert _deal(pg_db, deal_id).amount == Decimal("2000.00")


def _waiting_for_locks(db: Database) -> int:
    return int(db.read(lambda c: c.exec_driver_sql(
        "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted").scalar()))


def test_two_people_reordering_one_column_keep_one_consistent_order(qtbot, pg_db, colleague):
    first, second, third = (factories.deal(pg_db, title) for title in ("A", "B", "C"))
    holding = threading.Event()
    release = threading.Event()
    errors: list[BaseException] = []

    def mine(session):
        pipeline.reorder_deal(session, third, 0)  # C to the top, then hold the transaction
        holding.set()
        release.wait(20)

    def run(db, action):
        try:
            db.write(action)
        except BaseException as error:
            errors.append(error)

    me = threading.Thread(target=run, args=(pg_db, mine))
    me.start()
    assert holding.wait(20)
    them = threading.Thread(target=run, args=(
        colleague, lambda s: pipeline.reorder_deal(s, second, 0)))
    them.start()
    qtbot.waitUntil(lambda: _waiting_for_locks(pg_db) == 1, timeout=10000)
    release.set()
    me.join(20)
    them.join(20)

    assert errors == []
    rows = [row for row in pg_db.read(queries.board_rows) if row.tier is Tier.INCOMING]
    assert [row.title for row in rows] == ["B", "C", "A"]
    assert len({row.rank for row in rows}) == 3
    assert first in {row.id for row in rows}
