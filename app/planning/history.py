"""The pipeline as it stood on a past day, rebuilt from the append-only tier history.

Every change of tier and of assignee is a TierEvent row, so the tier of each deal at any moment is
the target of its last tier event before that moment. A deal whose first event comes after the
moment did not exist yet and is left out. A deal without any tier event (written by an old import)
is taken to have stood in its present tier since it was received.

What the history does not hold is rebuilt from today's values: the amount, the effort and the
expected close and due dates of a deal are those it has now, because changes of those fields are
not recorded. That is acceptable for the forecast: the tier is what moves a deal's weight.
"""

import dataclasses
import uuid
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Connection, String, select, type_coerce

from app.models import queries
from app.models.entities import Deal, TierEvent
from app.models.queries import DealRow
from app.models.tiers import LIVE_TIERS, Tier


@dataclass(frozen=True, slots=True)
class Timeline:
    """The tiers one deal stood in, oldest first: (moment it arrived there, tier)."""

    deal_id: uuid.UUID
    steps: tuple[tuple[datetime, Tier], ...]

    def tier_at(self, moment: datetime) -> Tier | None:
        """The tier the deal stood in just before ``moment``; None when it did not exist yet."""
        position = bisect_left(self.steps, moment, key=lambda step: step[0])
        return self.steps[position - 1][1] if position else None

    def until(self, moment: datetime) -> "Timeline":
        """The same timeline with only the steps before ``moment``."""
        return Timeline(self.deal_id, tuple(step for step in self.steps if step[0] < moment))


def end_of(day: date) -> datetime:
    """The first moment after ``day``: what has happened by then happened on or before it."""
    return datetime.combine(day + timedelta(days=1), time.min)


_TIERS: dict[str, Tier] = {tier.value: tier for tier in Tier}


def _at(step: tuple[datetime, Tier]) -> datetime:
    return step[0]


def read_timelines(connection: Connection, *, until: datetime | None = None
                   ) -> list[Timeline]:
    """Every live (not deleted) deal's tier timeline, optionally cut at ``until``.

    Deals without any tier event get one step: their present tier since ``received_at``.
    """
    # A history of 100,000 deals holds half a million events: ids and moments are taken as the
    # driver gives them (the same spelling in both reads) and converted once per deal.
    query = (
        select(type_coerce(TierEvent.deal_id, String), type_coerce(TierEvent.at, String),
               TierEvent.to_value)
        .where(TierEvent.kind == "tier", TierEvent.deleted_at.is_(None))
    )
    if until is not None:
        query = query.where(TierEvent.at < until)
    deals = select(type_coerce(Deal.id, String), Deal.received_at, Deal.tier).where(
        Deal.deleted_at.is_(None)
    )

    steps: dict[object, list[tuple[datetime, Tier]]] = {}
    rows: list[Any] = list(connection.execute(query).all())
    for raw, at, to_value in rows:
        tier = _TIERS.get(to_value or "")
        if tier is None:
            continue  # an event of an unknown tier tells nothing about the chain
        moment = at if isinstance(at, datetime) else datetime.fromisoformat(at)
        chain = steps.get(raw)
        if chain is None:
            chain = steps[raw] = []
        chain.append((moment, tier))

    timelines = []
    for raw, received_at, tier_value in connection.execute(deals).all():
        chain = steps.get(raw)
        if chain is None:
            if until is not None and received_at >= until:
                continue
            chain = [(received_at, _TIERS[tier_value])]
        else:
            # Sorting here rather than in SQL is cheaper; the sort is stable, so events of the
            # same moment keep the order they were written in.
            chain.sort(key=_at)
        timelines.append(Timeline(_key(raw), tuple(chain)))
    return timelines


def _key(value: object) -> uuid.UUID:
    """A deal id as the driver gave it (a UUID, or its 32 hex digits) made a UUID."""
    return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))


def _assignees_at(connection: Connection, moment: datetime) -> dict[uuid.UUID, uuid.UUID | None]:
    """Who each deal was assigned to at ``moment``, for deals whose assignee ever changed."""
    query = (
        select(TierEvent.deal_id, TierEvent.at, TierEvent.from_value, TierEvent.to_value)
        .where(TierEvent.kind == "assignee", TierEvent.deleted_at.is_(None))
        .order_by(TierEvent.deal_id, TierEvent.at, TierEvent.id)
    )
    found: dict[uuid.UUID, uuid.UUID | None] = {}
    for deal_id, at, from_value, to_value in connection.execute(query):
        # Before the first change the deal had its ``from`` value; after each change, its ``to``.
        if at < moment:
            found[deal_id] = _as_uuid(to_value)
        elif deal_id not in found:
            found[deal_id] = _as_uuid(from_value)
    return found


def _as_uuid(value: str | None) -> uuid.UUID | None:
    if not value:
        return None
    try:
        return uuid.UUID(value)
    except ValueError:
        return None


def rebuild_rows(rows: Iterable[DealRow], timelines: Iterable[Timeline], as_of: date, *,
                 tiers: Iterable[Tier] = LIVE_TIERS,
                 assignees: dict[uuid.UUID, uuid.UUID | None] | None = None) -> list[DealRow]:
    """Today's deal rows turned back into what they were at the end of ``as_of``.

    Args:
        rows: the deals as they are now (any tier).
        timelines: their tier timelines.
        as_of: the past day.
        tiers: the tiers to keep (by the tier the deal had then).
        assignees: the assignee of each deal then, where it changed since.

    Returns:
        The deals that existed then and stood in one of ``tiers``, with that tier.
    """
    moment = end_of(as_of)
    wanted = set(tiers)
    by_id = {timeline.deal_id: timeline for timeline in timelines}
    assignees = assignees or {}
    rebuilt = []
    for row in rows:
        timeline = by_id.get(row.id)
        tier = timeline.tier_at(moment) if timeline is not None else None
        if tier is None or tier not in wanted:
            continue
        changes: dict[str, object] = {"tier": tier}
        if row.id in assignees:
            changes["assignee_id"] = assignees[row.id]
        if row.started_on is not None and row.started_on > as_of:
            changes["started_on"] = None
        if row.finished_on is not None and row.finished_on > as_of:
            changes["finished_on"] = None
        rebuilt.append(dataclasses.replace(row, **changes))  # type: ignore[arg-type]
    return rebuilt


def pipeline_as_of(connection: Connection, as_of: date, *,
                   tiers: Iterable[Tier] = LIVE_TIERS) -> list[DealRow]:
    """The deals of ``tiers`` as they stood at the end of ``as_of``.

    Deals created later are left out; the order is that of attention.
    """
    every_tier = (*LIVE_TIERS, Tier.DONE, Tier.LOST)
    rows = queries.deal_rows(connection, every_tier)
    moment = end_of(as_of)
    timelines = read_timelines(connection, until=moment)
    return rebuild_rows(rows, timelines, as_of, tiers=tiers,
                        assignees=_assignees_at(connection, moment))
