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
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QStringListModel,
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
    #: The amount of each currency apart, by code (``amount`` adds them as they are).
    by_currency: tuple[tuple[str, Decimal], ...] = ()


@dataclass(frozen=True, slots=True)
class TierHeader:
    """A tier's header row in the one-list layout."""

    tier: Tier
    totals: TierTotals


Item = DealRow | TierHeader


def totals_of(rows: Iterable[DealRow], probability: Decimal) -> TierTotals:
    """Count, amount, effort and weighted amount of the rows (as ``queries.tier_totals`` sums)."""
    count, amount, effort = 0, Decimal(0), 0.0
    per_currency: dict[str, Decimal] = {}
    for row in rows:
        count += 1
        amount += row.amount
        effort += row.effort_hours
        code = row.currency.upper()
        per_currency[code] = per_currency.get(code, Decimal(0)) + row.amount
    amount = amount.quantize(Decimal("0.01"))
    return TierTotals(count, amount, effort, (amount * probability).quantize(Decimal("0.01")),
                      tuple(sorted(per_currency.items())))


def _key(item: Item) -> str:
    return f"tier:{item.tier.value}" if isinstance(item, TierHeader) else item.id.hex


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


class BoardItemModel(QStringListModel):
    """Cards of one tier (``tier`` set), or the whole board as one list with tier headers.

    Why a string list underneath: QListView lays out every row again after each insertion or
    removal and asks the model for each row's index as it goes. With the row count kept in C++
    (the list holds one key per row) that walk never calls into Python, and a drop into a
    column of thousands of cards repaints in a few milliseconds. The keys are the source of
    truth for which item a row shows; ``_items`` mirrors them in order for fast Python reads,
    and ``_by_key`` maps a key to its immutable snapshot. Only this class changes the list:
    the editing entry points (``setData``, ``insertRows``, ``removeRows``, ``moveRows``) refuse
    callers from outside, so that a view's own move or remove after a drag cannot touch it.

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
        self._by_key: dict[str, Item] = {}

    # --- reading ------------------------------------------------------------------------

    def _item_at(self, index: AnyIndex) -> Item | None:
        if not index.isValid():
            return None
        key = QStringListModel.data(self, index, Qt.ItemDataRole.DisplayRole)
        return self._by_key.get(key) if key else None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The item of a row in the asked role."""
        item = self._item_at(index)
        if item is None:
            return None
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

    def itemData(self, index: AnyIndex) -> dict[int, Any]:
        """The title as the display role (never the row's internal key)."""
        value = self.data(index, Qt.ItemDataRole.DisplayRole)
        return {} if value is None else {int(Qt.ItemDataRole.DisplayRole): value}

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole
                ) -> bool:
        """Cards are changed through the rules, never edited in place."""
        del index, value, role
        return False

    def insertRows(self, row: int, count: int,
                   parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        """Rows come from the board only (see the class notes)."""
        del row, count, parent
        return False

    def removeRows(self, row: int, count: int,
                   parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        """Rows go through the board only; a view's remove after a drag does nothing."""
        del row, count, parent
        return False

    def moveRows(self, source_parent: AnyIndex, source_row: int, count: int,
                 destination_parent: AnyIndex, destination_child: int) -> bool:
        """A view's own internal move does nothing: the board decides where cards go."""
        del source_parent, source_row, count, destination_parent, destination_child
        return False

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
        if isinstance(self._item_at(index), TierHeader):
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

    def row_of(self, key: uuid.UUID | Tier) -> int:
        """The row of a deal id (or of a tier's header); -1 when not shown."""
        if isinstance(key, Tier):
            return next((row for row, item in enumerate(self._items)
                         if isinstance(item, TierHeader) and item.tier is key), -1)
        return self.rows_of([key]).get(key, -1)

    def rows_of(self, deal_ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, int]:
        """The rows of the deals shown, in one pass (ids compared as integers, for speed)."""
        wanted = {key.int: key for key in deal_ids}
        found: dict[uuid.UUID, int] = {}
        for row, item in enumerate(self._items):
            if isinstance(item, DealRow) and item.id.int in wanted:
                found[wanted[item.id.int]] = row
                if len(found) == len(wanted):
                    break
        return found

    # --- drag and drop ------------------------------------------------------------------

    def mimeTypes(self) -> list[str]:
        """Only the board's own drags are understood."""
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        """The ids of the dragged cards, in the order they stand."""
        ordered = sorted((index for index in indexes if index.isValid()), key=QModelIndex.row)
        ids = [item.id for item in map(self._item_at, ordered) if isinstance(item, DealRow)]
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

    def update_items(self, new_items: Sequence[Item], *, reset: bool = False) -> None:
        """Show ``new_items`` with the narrowest signals.

        Only the stretch between the unchanged head and tail is looked at (a drop touches a
        few rows of thousands). In it: removals, moves into the new order, insertions, and one
        ``dataChanged`` over the rows whose snapshot changed. An empty model is filled at once,
        and so is any model when ``reset`` is asked for (selections are then lost).
        """
        old = self._items
        if (reset or not old) and new_items:
            self._reset(new_items)
            return
        limit = min(len(old), len(new_items))
        head = 0
        while head < limit and old[head] is new_items[head]:
            head += 1
        if head == len(old) == len(new_items):
            return
        tail = 0
        while tail < limit - head and old[-1 - tail] is new_items[-1 - tail]:
            tail += 1
        window = list(new_items[head:len(new_items) - tail])
        new_keys = {_key(item) for item in window}

        self._remove_missing(new_keys, head, len(old) - tail)
        self._reorder_kept(window, head, len(self._items) - tail)
        self._insert_new(window, head)
        self._refresh_changed(window, head)

    def _reset(self, items: Sequence[Item]) -> None:
        self._items = list(items)
        self._by_key = {_key(item): item for item in self._items}
        self.setStringList([_key(item) for item in self._items])

    def _remove_missing(self, new_keys: set[str], start: int, stop: int) -> None:
        row = stop - 1
        while row >= start:
            if _key(self._items[row]) in new_keys:
                row -= 1
                continue
            last = row
            while row > start and _key(self._items[row - 1]) not in new_keys:
                row -= 1
            QStringListModel.removeRows(self, row, last - row + 1)
            for item in self._items[row:last + 1]:
                self._by_key.pop(_key(item), None)
            del self._items[row:last + 1]
            row -= 1

    def _reorder_kept(self, window: list[Item], start: int, stop: int) -> None:
        kept = [_key(item) for item in self._items[start:stop]]
        present = set(kept)
        wanted = [_key(item) for item in window if _key(item) in present]
        for position, key in enumerate(wanted):
            if kept[position] == key:
                continue
            source = kept.index(key, position)
            QStringListModel.moveRows(self, QModelIndex(), start + source, 1, QModelIndex(),
                                      start + position)
            kept.insert(position, kept.pop(source))
            self._items.insert(start + position, self._items.pop(start + source))

    def _insert_new(self, window: list[Item], start: int) -> None:
        present = {_key(item) for item in self._items[start:start + len(window)]}
        position = 0
        while position < len(window):
            if _key(window[position]) in present:
                position += 1
                continue
            end = position
            while end + 1 < len(window) and _key(window[end + 1]) not in present:
                end += 1
            block = window[position:end + 1]
            for item in block:
                self._by_key[_key(item)] = item
            first = start + position
            QStringListModel.insertRows(self, first, len(block))
            for offset, item in enumerate(block):
                QStringListModel.setData(self, self.index(first + offset, 0), _key(item),
                                         Qt.ItemDataRole.EditRole)
            self._items[first:first] = block
            position = end + 1

    def _refresh_changed(self, window: list[Item], start: int) -> None:
        changed = [start + row for row, new in enumerate(window)
                   if self._items[start + row] is not new and self._items[start + row] != new]
        if not changed:
            return
        for row in changed:
            item = window[row - start]
            self._items[row] = item
            self._by_key[_key(item)] = item
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
            self.update_items([*self._items, *fresh])

    def restart(self) -> None:
        """Forget what was fetched (after a change); the view fetches the first page again."""
        self._complete = False
        self._loading = False
        self._reset([])


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
