"""The board's item models, without any view."""

import uuid
from dataclasses import replace
from datetime import datetime
from decimal import Decimal

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from app.models.queries import DealRow
from app.models.tiers import Tier
from app.views.board_item_model import (
    MIME_TYPE,
    ArchiveItemModel,
    BoardItemModel,
    TierHeader,
    decode_ids,
    totals_of,
)


def _row(title: str, tier: Tier = Tier.T05, amount: int = 100) -> DealRow:
    return DealRow(
        id=uuid.uuid4(), version=1, title=title, client_name="Client", amount=Decimal(amount),
        currency="RUB", effort_hours=10.0, tier=tier, rank=1024.0, owner_id=None, owner_name="",
        assignee_id=None, assignee_name="", assignee_colour="", received_at=datetime(2026, 1, 1),
        expected_close=None, due_date=None, planned_start=None, planned_finish=None,
        started_on=None, finished_on=None, lost_reason="",
    )


def test_rows_and_roles(qtmodeltester) -> None:
    model = BoardItemModel(Tier.T05)
    first, second = _row("First"), _row("Second")
    model.update_items([first, second])

    qtmodeltester.check(model)
    index = model.index(1, 0)
    assert model.rowCount() == 2
    assert index.data(Qt.ItemDataRole.DisplayRole) == "Second"
    assert index.data(BoardItemModel.IdRole) == second.id
    assert index.data(BoardItemModel.ItemRole) is second
    assert index.data(BoardItemModel.TierRole) == "0.5"
    assert "Second" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert model.flags(index) & Qt.ItemFlag.ItemIsDragEnabled


def test_update_keeps_persistent_indexes_through_removal_reorder_and_insertion(
        qtmodeltester) -> None:
    model = BoardItemModel(Tier.T05)
    a, b, c, d = (_row(name) for name in "abcd")
    model.update_items([a, b, c, d])
    qtmodeltester.check(model)
    held = QPersistentModelIndex(model.index(2, 0))  # c

    e = _row("e")
    changed_b = replace(b, title="b, renamed")
    model.update_items([c, e, changed_b, a])

    assert [item.title for item in model.items()] == ["c", "e", "b, renamed", "a"]
    assert held.row() == 0
    assert model.row_of(a.id) == 3
    assert model.row_of(d.id) == -1
    qtmodeltester.check(model)


def test_mime_round_trip_and_drop_request(qtbot) -> None:
    source, target = BoardItemModel(Tier.T05), BoardItemModel(Tier.T09)
    moving, staying, above = _row("moving"), _row("staying"), _row("above", Tier.T09)
    source.update_items([moving, staying])
    target.update_items([above])

    data = source.mimeData([source.index(0, 0)])
    assert MIME_TYPE in data.formats()
    assert decode_ids(data) == [moving.id]

    with qtbot.waitSignal(target.drop_requested) as signal:
        assert target.dropMimeData(data, Qt.DropAction.MoveAction, 1, 0, QModelIndex())
    assert signal.args == [[moving.id], Tier.T09, above.id]


def test_one_list_drop_finds_the_tier_from_the_header_above() -> None:
    model = BoardItemModel(None)
    one, half = _row("one", Tier.T1), _row("half", Tier.T05)
    totals = totals_of([], Decimal(1))
    model.update_items([TierHeader(Tier.T1, totals), one, TierHeader(Tier.T05, totals), half])

    assert model.place_at(3, set()) == (Tier.T05, None)
    assert model.place_at(4, set()) == (Tier.T05, half.id)
    assert model.place_at(2, set()) == (Tier.T1, one.id)
    assert model.index(0, 0).data(BoardItemModel.HeaderRole) is True
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsSelectable


def test_totals_sum_and_weigh() -> None:
    rows = [_row("a", amount=100), _row("b", amount=200), _row("c", amount=300)]

    totals = totals_of(rows, Decimal("0.5"))

    assert (totals.count, totals.amount, totals.weighted_amount) == (3, Decimal(600),
                                                                    Decimal(300))
    assert totals.effort_hours == 30.0


def test_archive_fetches_pages_on_demand(qtmodeltester) -> None:
    rows = [_row(f"done {n}", Tier.DONE) for n in range(5)]
    asked: list[tuple[int, int]] = []

    def fetch(offset, limit, on_rows):
        asked.append((offset, limit))
        on_rows(rows[offset:offset + limit])

    model = ArchiveItemModel(Tier.DONE, fetch)
    model.PAGE = 2
    assert model.rowCount() == 0
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())

    assert asked == [(0, 2), (2, 2), (4, 2)]
    assert [row.title for row in model.deal_rows()] == [row.title for row in rows]
    qtmodeltester.check(model)


def test_random_updates_always_end_in_the_wanted_list(qtmodeltester) -> None:
    import random

    rng = random.Random(5)
    pool = [_row(f"deal {n}") for n in range(40)]
    model = BoardItemModel(Tier.T05)
    qtmodeltester.check(model)
    for _ in range(60):
        wanted = rng.sample(pool, rng.randint(0, len(pool)))
        if wanted and rng.random() < 0.3:
            changed = rng.randrange(len(wanted))
            wanted[changed] = replace(wanted[changed], title=f"{wanted[changed].title}'")
        model.update_items(wanted)
        assert [row.id for row in model.deal_rows()] == [row.id for row in wanted]
        assert [model.index(r, 0).data() for r in range(model.rowCount())] == \
            [row.title for row in wanted]
