"""The board's Qt item models.

One list of cards per tier column, one long list with tier headers, and the paged archive of
Done and Lost deals.

The models hold small immutable snapshots (``DealRow``, ``TierHeader``), never ORM objects. The
board decides what each model shows and hands the new list to ``update_items``, which works out
the narrowest change (rows removed, moved, inserted, changed) so that selections and the scroll
position survive a refresh.
"""

import json
import logging
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, ClassVar

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from app import formatting
from app.models.queries import DealRow
from app.models.tiers import Tier

log = logging.getLogger(__name__)

#: The vendor MIME type of dragged cards: a JSON list of deal ids (text).
MIME_TYPE = "application/x-tierboard-deal-ids"

AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True, slots=True)
class TierTotals:
    """The figures of a column header, for what the column shows."""

    count: int = 0
    amount: Decimal = Decimal(0)
    effort_hours: float = 0.0
    weighted_amount: Decimal = Decimal(0)


@dataclass(frozen=True, slots=True)
class TierHeader:
    """A tier's header row in the one-list layout."""

    tier: Tier
    totals: TierTotals


Item = DealRow | TierHeader


def totals_of(rows: Iterable[DealRow], probability: Decimal) -> TierTotals:
    """Count, amount, effort and weighted amount of the rows (as ``queries.tier_totals`` sums)."""
    count, amount, effort = 0, Decimal(0), 0.0
    for row in rows:
        count += 1
        amount += row.amount
        effort += row.effort_hours
    amount = amount.quantize(Decimal("0.01"))
    return TierTotals(count, amount, effort, (amount * probability).quantize(Decimal("0.01")))


def _key(item: Item) -> object:
    return item.tier if isinstance(item, TierHeader) else item.id


def encode_ids(ids: Iterable[uuid.UUID]) -> QByteArray:
    """The payload of the vendor MIME type."""
    return QByteArray(json.dumps([str(key) for key in ids]).encode())


def decode_ids(data: QMimeData) -> list[uuid.UUID]:
    """The deal ids carried by a drag (empty when it carries none of ours)."""
    if not data.hasFormat(MIME_TYPE):
        return []
    return ids_from_payload(bytes(data.data(MIME_TYPE).data()))


def ids_from_payload(payload: bytes) -> list[uuid.UUID]:
    """The deal ids of a payload of the vendor MIME type."""
    try:
        return [uuid.UUID(text) for text in json.loads(payload)]
    except (ValueError, TypeError):
        log.warning("ignored a drag with an unreadable list of deals")
        return []


class BoardItemModel(QAbstractListModel):
    """Cards of one tier (``tier`` set), or the whole board as one list with tier headers.

    Signals:
        drop_requested(list, object, object): cards were dropped here; (deal ids, target tier,
            the id of the card they go below, or None for the top of the column). The model
            does not move anything itself: the board decides (it may ask for a reason first).
    """

    drop_requested = Signal(list, object, object)

    #: The DealRow (or TierHeader) of a row.
    ItemRole: ClassVar[int] = Qt.ItemDataRole.UserRole + 1
    #: The deal's id (None for a header).
    IdRole: ClassVar[int] = Qt.ItemDataRole.UserRole + 2
    #: The deal's tier value, such as ``"0.5"`` (the header's tier for a header).
    TierRole: ClassVar[int] = Qt.ItemDataRole.UserRole + 3
    #: True for a tier header row.
    HeaderRole: ClassVar[int] = Qt.ItemDataRole.UserRole + 4

    def __init__(self, tier: Tier | None = None, *, parent: Any = None) -> None:
        super().__init__(parent)
        self.tier = tier
        self._items: list[Item] = []
        self._rows_by_key: dict[object, int] | None = None

    # --- reading ------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's default
        """Rows of the list (none below a row)."""
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The item of a row in the asked role."""
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role == self.ItemRole:
            return item
        if role == self.HeaderRole:
            return isinstance(item, TierHeader)
        if role == self.TierRole:
            return item.tier.value
        if isinstance(item, TierHeader):
            return item.tier.label if role == Qt.ItemDataRole.DisplayRole else None
        if role == self.IdRole:
            return item.id
        if role == Qt.ItemDataRole.DisplayRole:
            return item.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{item.title}, {item.client_name}"
        return None

    def _tooltip(self, row: DealRow) -> str:
        parts = [f"<b>{_escape(row.title)}</b>"]
        if row.client_name:
            parts.append(_escape(row.client_name))
        parts.append(f"{formatting.money(row.amount, row.currency)} · "
                     f"{formatting.hours(row.effort_hours)}")
        if row.assignee_name:
            parts.append(self.tr("Assignee: %s") % _escape(row.assignee_name))
        if row.owner_name:
            parts.append(self.tr("Owner: %s") % _escape(row.owner_name))
        if row.lost_reason:
            parts.append(self.tr("Lost: %s") % _escape(row.lost_reason))
        return "<br>".join(parts)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        """Cards can be selected and dragged; the space between them takes drops."""
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        if isinstance(self._items[index.row()], TierHeader):
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsDropEnabled
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsDragEnabled)

    def item(self, row: int) -> Item:
        """The item of a row."""
        return self._items[row]

    def items(self) -> list[Item]:
        """Every item, in order (a copy)."""
        return list(self._items)

    def deal_rows(self) -> list[DealRow]:
        """The cards, in order, without headers."""
        return [item for item in self._items if isinstance(item, DealRow)]

    def row_of(self, key: object) -> int:
        """The row of a deal id (or of a tier's header); -1 when not shown."""
        if self._rows_by_key is None:
            self._rows_by_key = {_key(item): row for row, item in enumerate(self._items)}
        return self._rows_by_key.get(key, -1)

    # --- drag and drop ------------------------------------------------------------------

    def mimeTypes(self) -> list[str]:
        """Only the board's own drags are understood."""
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        """The ids of the dragged cards, in the order they stand."""
        rows = sorted({index.row() for index in indexes if index.isValid()})
        ids = [item.id for item in (self._items[row] for row in rows)
               if isinstance(item, DealRow)]
        data = QMimeData()
        data.setData(MIME_TYPE, encode_ids(ids))
        return data

    def supportedDropActions(self) -> Qt.DropAction:
        """Cards are moved, never copied."""
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        """Cards are moved, never copied."""
        return Qt.DropAction.MoveAction

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                        parent: AnyIndex) -> bool:
        """Whether the drag carries cards."""
        del action, row, column, parent
        return data.hasFormat(MIME_TYPE)

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: AnyIndex) -> bool:
        """Turn a drop into a request (ids, tier, the card above) for the board."""
        del column
        ids = decode_ids(data)
        if not ids or action == Qt.DropAction.IgnoreAction:
            return False
        if parent.isValid():
            row = parent.row()
        if row < 0 or row > len(self._items):
            row = len(self._items)
        tier, anchor = self.place_at(row, set(ids))
        if tier is None:
            return False
        self.drop_requested.emit(ids, tier, anchor)
        return True

    def place_at(self, row: int, moving: set[uuid.UUID]) -> tuple[Tier | None, uuid.UUID | None]:
        """The tier and the card above for a drop before ``row`` (cards in ``moving`` skipped)."""
        tier = self.tier
        anchor: uuid.UUID | None = None
        for item in reversed(self._items[:row]):
            if isinstance(item, TierHeader):
                tier = item.tier
                break
            if anchor is None and item.id not in moving:
                anchor = item.id
                if self.tier is not None:
                    break
        if tier is None:
            # Above the first header of the one-list layout: the top of the first tier.
            first = next((item for item in self._items if isinstance(item, TierHeader)), None)
            tier = first.tier if first else None
        return tier, anchor

    # --- changing -----------------------------------------------------------------------

    def update_items(self, new_items: Sequence[Item]) -> None:
        """Show ``new_items`` with the narrowest signals.

        Removals, one layout change for a new order, insertions, and one ``dataChanged`` over
        the rows whose snapshot changed.
        """
        new_keys = {_key(item): position for position, item in enumerate(new_items)}
        self._remove_missing(new_keys)
        self._reorder_kept(new_items, new_keys)
        self._insert_new(new_items)
        self._refresh_changed(new_items)

    def _remove_missing(self, new_keys: dict[object, int]) -> None:
        row = len(self._items) - 1
        while row >= 0:
            if _key(self._items[row]) in new_keys:
                row -= 1
                continue
            last = row
            while row > 0 and _key(self._items[row - 1]) not in new_keys:
                row -= 1
            self.beginRemoveRows(QModelIndex(), row, last)
            del self._items[row:last + 1]
            self._rows_by_key = None
            self.endRemoveRows()
            row -= 1

    def _reorder_kept(self, new_items: Sequence[Item], new_keys: dict[object, int]) -> None:
        current = {_key(item) for item in self._items}
        wanted = [item for item in new_items if _key(item) in current]
        if [_key(item) for item in wanted] == [_key(item) for item in self._items]:
            return
        old_rows = {_key(item): row for row, item in enumerate(self._items)}
        self.layoutAboutToBeChanged.emit()
        old_indexes = self.persistentIndexList()
        order = sorted(self._items, key=lambda item: new_keys[_key(item)])
        self._items = order
        self._rows_by_key = None
        new_rows = {_key(item): row for row, item in enumerate(order)}
        keys_by_old_row = {row: key for key, row in old_rows.items()}
        self.changePersistentIndexList(
            old_indexes,
            [self.index(new_rows[keys_by_old_row[index.row()]], 0) for index in old_indexes],
        )
        self.layoutChanged.emit()

    def _insert_new(self, new_items: Sequence[Item]) -> None:
        present = {_key(item) for item in self._items}
        position = 0
        while position < len(new_items):
            if _key(new_items[position]) in present:
                position += 1
                continue
            end = position
            while end + 1 < len(new_items) and _key(new_items[end + 1]) not in present:
                end += 1
            self.beginInsertRows(QModelIndex(), position, end)
            self._items[position:position] = list(new_items[position:end + 1])
            self._rows_by_key = None
            self.endInsertRows()
            position = end + 1

    def _refresh_changed(self, new_items: Sequence[Item]) -> None:
        changed = [row for row, (old, new) in enumerate(zip(self._items, new_items, strict=True))
                   if old is not new and old != new]
        if not changed:
            return
        for row in changed:
            self._items[row] = new_items[row]
        self.dataChanged.emit(self.index(changed[0], 0), self.index(changed[-1], 0))


class ArchiveItemModel(BoardItemModel):
    """The Done or Lost deals, newest first, fetched a page at a time when the view scrolls.

    ``fetch_page(offset, limit, on_rows)`` runs the read (on the worker) and calls ``on_rows``
    with the page; a short page means the archive has no more.
    """

    PAGE = 200

    def __init__(self, tier: Tier, fetch_page: Callable[[int, int, Callable[[list[DealRow]],
                                                                           None]], None], *,
                 parent: Any = None) -> None:
        super().__init__(tier, parent=parent)
        self._fetch_page = fetch_page
        self._complete = False
        self._loading = False

    def canFetchMore(self, parent: AnyIndex) -> bool:
        """Whether older deals may wait in the database."""
        return not parent.isValid() and not self._complete and not self._loading

    def fetchMore(self, parent: AnyIndex) -> None:
        """Ask for the next page."""
        if parent.isValid() or self._complete or self._loading:
            return
        self._loading = True
        self._fetch_page(len(self._items), self.PAGE, self._on_page)

    def _on_page(self, rows: list[DealRow]) -> None:
        self._loading = False
        known = {item.id for item in self.deal_rows()}
        fresh = [row for row in rows if row.id not in known]
        if len(rows) < self.PAGE:
            self._complete = True
        if fresh:
            self.beginInsertRows(QModelIndex(), len(self._items),
                                 len(self._items) + len(fresh) - 1)
            self._items.extend(fresh)
            self._rows_by_key = None
            self.endInsertRows()

    def restart(self) -> None:
        """Forget what was fetched (after a change); the view fetches the first page again."""
        self.beginResetModel()
        self._items = []
        self._rows_by_key = None
        self._complete = False
        self._loading = False
        self.endResetModel()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
