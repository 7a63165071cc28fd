"""Exporting deals: one row per deal, in the columns Tierboard reads back.

Each row holds the deal's tier, amount, effort, owner, assignee and dates, in the columns the
``tierboard`` preset reads back, so that an export imports into an empty database unchanged.
"""

import logging
import uuid
from collections.abc import Iterable, Sequence
from pathlib import Path

from sqlalchemy import Connection, case, func, select
from sqlalchemy.orm import aliased

from app.exchange.presets import TIERBOARD_COLUMNS
from app.exchange.tables import write_table
from app.models.entities import Client, Deal, Employee
from app.models.tiers import ATTENTION_ORDER, Tier

log = logging.getLogger(__name__)

_owner = aliased(Employee, name="owner")
_assignee = aliased(Employee, name="assignee")

#: The order of tiers in an export: the live ones as the board shows them, then Done and Lost.
_EXPORT_ORDER = (*ATTENTION_ORDER, Tier.DONE, Tier.LOST)


def export_rows(connection: Connection, deal_ids: Iterable[uuid.UUID] | None = None
                ) -> list[tuple[object, ...]]:
    """The rows of an export, in TIERBOARD_COLUMNS order: every live deal, or those given."""
    position = case({tier.value: index for index, tier in enumerate(_EXPORT_ORDER)},
                    value=Deal.tier, else_=len(_EXPORT_ORDER))
    query = (
        select(
            Deal.id, Deal.title, func.coalesce(Client.name, ""), Deal.tier, Deal.amount,
            Deal.currency, Deal.effort_hours, func.coalesce(_owner.name, ""),
            func.coalesce(_assignee.name, ""), Deal.received_at, Deal.expected_close,
            Deal.due_date, Deal.planned_start, Deal.planned_finish, Deal.started_on,
            Deal.finished_on, Deal.lost_reason, Deal.notes, Deal.source, Deal.rank,
            Deal.external_source, Deal.external_id,
        )
        .select_from(Deal)
        .outerjoin(Client, Client.id == Deal.client_id)
        .outerjoin(_owner, _owner.id == Deal.owner_id)
        .outerjoin(_assignee, _assignee.id == Deal.assignee_id)
        .where(Deal.deleted_at.is_(None))
        .order_by(position, Deal.rank, Deal.id)
    )
    if deal_ids is not None:
        wanted = list(deal_ids)
        if not wanted:
            return []
        query = query.where(Deal.id.in_(wanted))
    rows = []
    for row in connection.execute(query):
        values = list(row)
        values[0] = str(values[0])
        values[3] = Tier(values[3]).label
        rows.append(tuple(values))
    return rows


def export_deals(connection: Connection, path: Path | str,
                 deal_ids: Sequence[uuid.UUID] | None = None) -> int:
    """Write deals to a CSV or XLSX file (by its extension).

    Returns:
        How many deals were written.
    """
    rows = export_rows(connection, deal_ids)
    write_table(path, TIERBOARD_COLUMNS, rows, sheet="Deals")
    log.info("exported %d deals to %s", len(rows), path)
    return len(rows)
