"""The rules of the pipeline, on SQLite and on PostgreSQL."""

import uuid
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from app.db import Database
from app.models import Deal, Tier, TierEvent, pipeline, queries
from app.models.errors import ConflictError, NotFoundError, RuleError
from app.models.settings import load_settings, save_setting
from tests.helpers.factories import deal, employee


def _tier(db: Database, deal_id: uuid.UUID) -> Tier:
    row = db.read(lambda c: queries.deal_row(c, deal_id))
    assert row is not None
    return row.tier


def _events(db: Database, deal_id: uuid.UUID) -> list[tuple[str, str | None, str | None]]:
    return [(e.kind, e.from_value, e.to_value) for e in db.read(lambda c: queries.history(c,
                                                                                         deal_id))]


def _snapshot(db: Database) -> tuple[int, int, list[tuple[str, float, int]]]:
    def read(connection):
        deals = connection.execute(
            select(Deal.tier, Deal.rank, Deal.version).order_by(Deal.id)
        ).all()
        events = connection.scalar(select(func.count()).select_from(TierEvent))
        count = connection.scalar(select(func.count()).select_from(Deal))
        return count, events, [tuple(row) for row in deals]

    return db.read(read)


def test_new_deal_arrives_in_incoming_with_history(db):
    deal_id = deal(db, "Roof repair", amount="12 500,50", effort_hours=6)

    row = db.read(lambda c: queries.deal_row(c, deal_id))
    assert row.tier is Tier.INCOMING
    assert row.amount == Decimal("12500.50")
    assert _events(db, deal_id) == [("tier", None, "incoming")]


def test_climb_to_production_and_done_records_every_step(db):
    anna = employee(db, "Anna")
    deal_id = deal(db, effort_hours=10)

    for tier in ("0.1", "0.5", "0.9"):
        db.write(lambda s, t=tier: pipeline.move_deal(s, deal_id, t))
    db.write(lambda s: pipeline.move_deal(s, deal_id, Tier.T1, assignee_id=anna))
    db.write(lambda s: pipeline.complete_deal(s, deal_id))

    assert _tier(db, deal_id) is Tier.DONE
    assert [e for e in _events(db, deal_id) if e[0] == "tier"] == [
        ("tier", None, "incoming"), ("tier", "incoming", "0.1"), ("tier", "0.1", "0.5"),
        ("tier", "0.5", "0.9"), ("tier", "0.9", "1"), ("tier", "1", "done"),
    ]
    assert ("assignee", None, str(anna)) in _events(db, deal_id)


def test_production_needs_an_assignee_and_leaves_the_database_unchanged(db):
    deal_id = deal(db, effort_hours=10)
    before = _snapshot(db)

    with pytest.raises(RuleError) as caught:
        db.write(lambda s: pipeline.move_deal(s, deal_id, Tier.T1))

    assert caught.value.field == "assignee_id"
    assert _snapshot(db) == before


def test_production_needs_effort_above_zero(db):
    anna = employee(db)
    deal_id = deal(db)
    before = _snapshot(db)

    with pytest.raises(RuleError) as caught:
        db.write(lambda s: pipeline.move_deal(s, deal_id, Tier.T1, assignee_id=anna))

    assert caught.value.field == "effort_hours"
    assert _snapshot(db) == before


def test_losing_needs_a_reason(db):
    deal_id = deal(db)
    before = _snapshot(db)

    for reason in ("", "   "):
        with pytest.raises(RuleError) as caught:
            db.write(lambda s, r=reason: pipeline.lose_deal(s, deal_id, r))
        assert caught.value.field == "lost_reason"
    with pytest.raises(RuleError):
        db.write(lambda s: pipeline.move_deal(s, deal_id, Tier.LOST))

    assert _snapshot(db) == before


def test_carousel_lost_revived_and_won_reads_from_history(db):
    anna = employee(db)
    deal_id = deal(db, effort_hours=8)
    db.write(lambda s: pipeline.move_deal(s, deal_id, Tier.T05))
    db.write(lambda s: pipeline.lose_deal(s, deal_id, "too expensive"))
    db.write(lambda s: pipeline.revive_deal(s, deal_id, Tier.T09))
    db.write(lambda s: pipeline.move_deal(s, deal_id, Tier.T1, assignee_id=anna))

    history = db.read(lambda c: queries.history(c, deal_id))
    tiers = [(e.from_value, e.to_value, e.note) for e in history if e.kind == "tier"]
    assert tiers == [
        (None, "incoming", "created"), ("incoming", "0.5", ""), ("0.5", "lost", "too expensive"),
        ("lost", "0.9", "revived"), ("0.9", "1", ""),
    ]
    row = db.read(lambda c: queries.deal_row(c, deal_id))
    assert row.tier is Tier.T1
    assert row.lost_reason == ""


def test_revive_only_from_lost_and_into_a_live_tier(db):
    deal_id = deal(db)
    with pytest.raises(RuleError, match="not lost"):
        db.write(lambda s: pipeline.revive_deal(s, deal_id, Tier.T05))
    db.write(lambda s: pipeline.lose_deal(s, deal_id, "silence"))
    with pytest.raises(RuleError) as caught:
        db.write(lambda s: pipeline.revive_deal(s, deal_id, Tier.DONE))
    assert caught.value.field == "tier"


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("amount", "-5"), ("amount", "NaN"), ("amount", "twelve"), ("amount", float("inf")),
        ("amount", "Infinity"), ("effort_hours", "-1"), ("due_date", "next friday"),
        ("due_date", "2026-02-30"), ("title", "  "), ("currency", "roubles"),
        ("owner_id", "not-a-uuid"), ("owner_id", str(uuid.uuid4())),
    ],
)
def test_bad_values_are_refused_naming_the_field(db, field, value):
    deal_id = deal(db, "Valid")
    before = _snapshot(db)

    with pytest.raises(RuleError) as caught:
        db.write(lambda s: pipeline.edit_deal(s, deal_id, {field: value}))

    assert caught.value.field == field
    assert _snapshot(db) == before


def test_finish_before_start_is_refused(db):
    deal_id = deal(db)
    with pytest.raises(RuleError) as caught:
        db.write(lambda s: pipeline.edit_deal(
            s, deal_id, {"started_on": "2026-05-10", "finished_on": "09.05.2026"}))
    assert caught.value.field == "finished_on"


def test_unknown_tier_is_refused(db):
    deal_id = deal(db)
    with pytest.raises(RuleError) as caught:
        db.write(lambda s: pipeline.move_deal(s, deal_id, "0.7"))
    assert caught.value.field == "tier"
    assert _tier(db, deal_id) is Tier.INCOMING


def test_tier_cannot_be_changed_by_a_plain_edit(db):
    deal_id = deal(db)
    with pytest.raises(RuleError) as caught:
        db.write(lambda s: pipeline.edit_deal(s, deal_id, {"tier": "0.5"}))
    assert caught.value.field == "tier"


def test_reorder_puts_the_card_where_it_was_dropped(db):
    ids = [deal(db, f"Deal {n}") for n in range(4)]

    db.write(lambda s: pipeline.reorder_deal(s, ids[3], 0))
    db.write(lambda s: pipeline.reorder_deal(s, ids[0], 2))

    titles = [row.title for row in db.read(queries.board_rows)]
    assert titles == ["Deal 3", "Deal 1", "Deal 0", "Deal 2"]


def test_move_to_a_place_in_another_column(db):
    targets = [deal(db, f"Half {n}") for n in range(3)]
    for target in targets:
        db.write(lambda s, t=target: pipeline.move_deal(s, t, Tier.T05))
    mover = deal(db, "Mover")

    db.write(lambda s: pipeline.move_deal(s, mover, Tier.T05, index=1))

    column = [r.title for r in db.read(queries.board_rows) if r.tier is Tier.T05]
    assert column == ["Half 0", "Mover", "Half 1", "Half 2"]


def test_many_moves_into_one_gap_keep_the_order(db):
    ids = [deal(db, f"D{n}") for n in range(3)]
    # Each move goes between the first two cards: after ~50 halvings the gap runs out and the
    # column is renumbered; the order must survive that.
    for _ in range(60):
        db.write(lambda s: pipeline.reorder_deal(s, ids[2], 1))
        db.write(lambda s: pipeline.reorder_deal(s, ids[1], 1))
    titles = [row.title for row in db.read(queries.board_rows)]
    assert titles == ["D0", "D1", "D2"]


def test_stale_version_is_a_conflict_and_writes_nothing(db):
    deal_id = deal(db, "Shared", amount=100)
    version = db.read(lambda c: queries.deal_row(c, deal_id)).version
    db.write(lambda s: pipeline.edit_deal(s, deal_id, {"amount": 200}, expected_version=version))

    with pytest.raises(ConflictError) as caught:
        db.write(lambda s: pipeline.edit_deal(s, deal_id, {"amount": 300},
                                              expected_version=version))

    assert caught.value.current["amount"] == Decimal("200.00")
    assert db.read(lambda c: queries.deal_row(c, deal_id)).amount == Decimal("200.00")


def test_soft_delete_hides_and_restore_brings_back(db):
    deal_id = deal(db, "Oops")
    db.write(lambda s: pipeline.delete_deal(s, deal_id))
    assert [r.title for r in db.read(queries.board_rows)] == []
    with pytest.raises(NotFoundError):
        db.write(lambda s: pipeline.move_deal(s, deal_id, Tier.T05))

    db.write(lambda s: pipeline.restore_deal(s, deal_id))
    assert [r.title for r in db.read(queries.board_rows)] == ["Oops"]


def test_multi_move_is_one_transaction(db):
    anna = employee(db)
    ready = deal(db, "Ready", effort_hours=5)
    not_ready = deal(db, "No effort")
    before = _snapshot(db)

    with pytest.raises(RuleError):
        db.write(lambda s: pipeline.move_deals(s, [ready, not_ready], Tier.T1, assignee_id=anna))

    assert _snapshot(db) == before


def test_tier_totals_are_sums_and_weighted_by_probability(db):
    for amount in (100, 200, 300):
        deal_id = deal(db, f"A{amount}", amount=amount, effort_hours=amount / 100)
        db.write(lambda s, d=deal_id: pipeline.move_deal(s, d, Tier.T05))

    totals = db.read(lambda c: queries.tier_totals(c, load_settings(c)))

    assert totals[Tier.T05].count == 3
    assert totals[Tier.T05].amount == Decimal("600.00")
    assert totals[Tier.T05].effort_hours == pytest.approx(6.0)
    assert totals[Tier.T05].weighted_amount == Decimal("300.00")
    assert totals[Tier.T09].count == 0


def test_probabilities_are_firm_settings(db):
    db.write(lambda s: save_setting(s, "probability.0.5", 0.4))
    settings = db.read(load_settings)
    assert settings.probability(Tier.T05) == Decimal("0.4")
    with pytest.raises(RuleError):
        db.write(lambda s: save_setting(s, "probability.0.5", 1.5))
    with pytest.raises(RuleError):
        db.write(lambda s: save_setting(s, "no.such.setting", 1))


def test_completion_sets_the_finish_date(db):
    anna = employee(db)
    deal_id = deal(db, effort_hours=3, assignee_id=anna)
    db.write(lambda s: pipeline.move_deal(s, deal_id, Tier.T1))
    db.write(lambda s: pipeline.complete_deal(s, deal_id, finished_on=date(2026, 3, 1)))
    assert db.read(lambda c: queries.deal_row(c, deal_id)).finished_on == date(2026, 3, 1)


def test_ids_are_uuids_and_unique_across_databases(db, sqlite_db):
    here = deal(db, "Here")
    there = deal(sqlite_db, "There")
    assert isinstance(here, uuid.UUID)
    assert here != there


def test_every_write_raises_the_change_counter(db):
    before = db.change_count()
    deal(db)
    assert db.change_count() == before + 1


def test_a_request_cannot_arrive_in_the_future(db):
    deal_id = deal(db)
    with pytest.raises(RuleError) as caught:
        db.write(lambda s: pipeline.edit_deal(s, deal_id, {"received_at": "2099-01-01"}))
    assert caught.value.field == "received_at"
