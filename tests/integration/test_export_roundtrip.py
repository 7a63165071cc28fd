from datetime import date, datetime
from decimal import Decimal

import pytest

from app.db import Database, open_database
from app.exchange.export import export_deals
from app.exchange.importer import apply_plan, prepare
from app.exchange.presets import build, detect_preset
from app.exchange.reading import read_table
from app.models import pipeline
from app.models.queries import deal_rows
from app.models.tiers import Tier
from tests.helpers import factories


def fill(db: Database) -> list:
    anna = factories.employee(db, "Anna")
    boris = factories.employee(db, "Борис")
    client = db.write(lambda s: pipeline.create_client(s, name="ООО «Ромашка»"))
    ids = [
        factories.deal(db, "Kitchen; with \"quotes\", commas", amount="125000.50",
                       client_id=client, owner_id=anna, received_at=datetime(2024, 1, 5, 9, 30),
                       expected_close=date(2024, 3, 1), notes="two\nlines"),
        factories.deal(db, "Roof", tier=Tier.T1, amount=90000, effort_hours=36.5,
                       assignee_id=boris, owner_id=anna, planned_start=date(2024, 2, 1),
                       planned_finish=date(2024, 2, 20), due_date=date(2024, 2, 28)),
        factories.deal(db, "Lost one", tier=Tier.T05, amount=10),
        factories.deal(db, "Finished", tier=Tier.T09, amount=500, currency="EUR"),
    ]
    db.write(lambda s: pipeline.lose_deal(s, ids[2], "too expensive"))
    db.write(lambda s: pipeline.move_deal(s, ids[3], Tier.DONE))
    return ids


def comparable(db: Database) -> list[tuple]:
    rows = db.read(lambda c: deal_rows(c, list(Tier)))
    return sorted(
        (r.id, r.title, r.client_name, r.amount, r.currency, r.effort_hours, r.tier, r.rank,
         r.owner_name, r.assignee_name, r.received_at, r.expected_close, r.due_date,
         r.planned_start, r.planned_finish, r.started_on, r.finished_on, r.lost_reason)
        for r in rows
    )


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_export_imports_back_unchanged(sqlite_db, tmp_path, suffix):
    fill(sqlite_db)
    path = tmp_path / f"deals{suffix}"
    assert sqlite_db.read(lambda c: export_deals(c, path)) == 4

    empty = open_database(str(tmp_path / "empty.sqlite3"))
    try:
        table = read_table(path)
        assert detect_preset(table.headers) == "tierboard"
        settings, enricher = build("tierboard", table)
        plan = prepare(table, settings, enricher)
        assert plan.problems == []
        empty.write(lambda s: apply_plan(s, plan))
        before, after = comparable(sqlite_db), comparable(empty)
        if suffix == ".xlsx":
            # A spreadsheet keeps time to the millisecond.
            before = [(*row[:10], row[10].replace(microsecond=0), *row[11:]) for row in before]
            after = [(*row[:10], row[10].replace(microsecond=0), *row[11:]) for row in after]
        assert after == before
        # Importing the same export again changes nothing and adds nothing.
        again = empty.write(lambda s: apply_plan(s, plan))
        assert (again.created, again.updated, again.unchanged) == (0, 0, 4)
    finally:
        empty.close()


def test_export_of_chosen_deals(sqlite_db, tmp_path):
    ids = fill(sqlite_db)
    path = tmp_path / "some.csv"
    assert sqlite_db.read(lambda c: export_deals(c, path, ids[:2])) == 2
    table = read_table(path)
    # Incoming first, then tier 1: the board's order of attention.
    assert [row[1] for row in table.rows] == ["Kitchen; with \"quotes\", commas", "Roof"]
    assert table.rows[1][table.headers.index("tier")] == "1"
    assert table.rows[0][table.headers.index("amount")] == "125000.50"
    assert Decimal(str(table.rows[1][table.headers.index("effort_hours")])) == Decimal("36.5")
