"""The editable fields of one deal, for the deal editor (a Core select, no ORM objects)."""

import uuid
from typing import Any

from sqlalchemy import Connection, select

from app.models.entities import Deal
from app.models.pipeline import EDITABLE_FIELDS

#: The columns the editor shows, besides the editable ones.
_EXTRA = ("id", "version", "tier")


def deal_fields(connection: Connection, deal_id: uuid.UUID) -> dict[str, Any] | None:
    """Every editable field of a live deal with its tier and version (None when it is gone)."""
    names = sorted(EDITABLE_FIELDS) + list(_EXTRA)
    table = Deal.__table__
    query = select(*(table.c[name] for name in names)).where(
        table.c.id == deal_id, table.c.deleted_at.is_(None)
    )
    row = connection.execute(query).first()
    return None if row is None else dict(zip(names, row, strict=True))
