"""The rules that change the pipeline.

Each rule takes an open Session and neither commits nor rolls back: the caller wraps one user
action in one transaction (``Database.write``), so that several rules applied together (a
multi-card move) succeed or fail as one.

Every change of tier or assignee appends a TierEvent. A broken rule raises RuleError naming the
field, before anything is flushed for that deal.
"""

import logging
import uuid
from collections.abc import Iterable, Mapping
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from app.models.base import utcnow
from app.models.entities import Client, Deal, Employee, TierEvent
from app.models.errors import ConflictError, NotFoundError, RuleError
from app.models.tiers import Tier
from app.models.values import (
    parse_amount,
    parse_currency,
    parse_date,
    parse_datetime,
    parse_hours,
    parse_text,
)

log = logging.getLogger(__name__)

#: Gap between neighbouring ranks when a card goes to the end of a column.
RANK_STEP = 1024.0

_DATE_FIELDS = (
    "expected_close", "due_date", "planned_start", "planned_finish", "started_on", "finished_on",
)
_TEXT_FIELDS = {"source": 200, "notes": 20000}
#: Fields ``edit_deal`` accepts. Tier changes go through move/lose/revive/complete instead, so
#: that every one of them is recorded in the history.
EDITABLE_FIELDS = frozenset({
    "title", "client_id", "source", "amount", "currency", "effort_hours", "owner_id",
    "assignee_id", "received_at", *_DATE_FIELDS, "notes", "lost_reason",
})


# --- reading values -------------------------------------------------------------------------

def _as_uuid(value: object, field: str) -> uuid.UUID | None:
    if value is None or value == "":
        return None
    if isinstance(value, uuid.UUID):
        return value
    try:
        return uuid.UUID(str(value))
    except ValueError:
        raise RuleError(field, f"{value!r} is not a valid id") from None


def _as_tier(value: object) -> Tier:
    if isinstance(value, Tier):
        return value
    try:
        return Tier.parse(value)
    except ValueError as exc:
        raise RuleError("tier", str(exc)) from None


def _clean_fields(session: Session, fields: Mapping[str, Any]) -> dict[str, Any]:
    """Check and convert every field given; raise on the first bad one."""
    unknown = set(fields) - EDITABLE_FIELDS
    if unknown:
        name = sorted(unknown)[0]
        raise RuleError(name, "cannot be changed here" if name == "tier" else "is not a deal field")

    clean: dict[str, Any] = {}
    for name, value in fields.items():
        if name == "title":
            clean[name] = parse_text(value, name, required=True)
        elif name == "amount":
            clean[name] = parse_amount(0 if value is None else value, name)
        elif name == "currency":
            clean[name] = parse_currency(value, name)
        elif name == "effort_hours":
            clean[name] = parse_hours(value, name)
        elif name in ("owner_id", "assignee_id"):
            clean[name] = _existing_employee(session, _as_uuid(value, name), name)
        elif name == "client_id":
            clean[name] = _existing_client(session, _as_uuid(value, name))
        elif name == "received_at":
            clean[name] = _received_at(value)
        elif name in _DATE_FIELDS:
            clean[name] = parse_date(value, name)
        elif name in _TEXT_FIELDS:
            clean[name] = parse_text(value, name, limit=_TEXT_FIELDS[name])
        elif name == "lost_reason":
            clean[name] = parse_text(value, name, limit=2000)
    return clean


def _received_at(value: object) -> datetime:
    moment = parse_datetime(value, "received_at") or utcnow()
    if moment > utcnow() + timedelta(days=1):
        raise RuleError("received_at", f"{moment:%Y-%m-%d %H:%M} is in the future")
    return moment


def _existing_employee(session: Session, employee_id: uuid.UUID | None, field: str
                       ) -> uuid.UUID | None:
    if employee_id is None:
        return None
    found = session.scalar(
        select(Employee.id).where(Employee.id == employee_id, Employee.deleted_at.is_(None))
    )
    if found is None:
        raise RuleError(field, "names an employee who does not exist")
    return employee_id


def _existing_client(session: Session, client_id: uuid.UUID | None) -> uuid.UUID | None:
    if client_id is None:
        return None
    found = session.scalar(
        select(Client.id).where(Client.id == client_id, Client.deleted_at.is_(None))
    )
    if found is None:
        raise RuleError("client_id", "names a client who does not exist")
    return client_id


def _check_consistency(deal: Deal) -> None:
    """Rules that tie several fields together."""
    pairs = (("started_on", "finished_on", "finish"), ("planned_start", "planned_finish", "finish"))
    for start_name, finish_name, _ in pairs:
        start, finish = getattr(deal, start_name), getattr(deal, finish_name)
        if start is not None and finish is not None and finish < start:
            raise RuleError(finish_name, f"{finish:%Y-%m-%d} is before the start {start:%Y-%m-%d}")

    if deal.tier == Tier.T1.value:
        _check_ready_for_production(deal.assignee_id, deal.effort_hours)


def _check_ready_for_production(assignee_id: uuid.UUID | None, effort_hours: float) -> None:
    if assignee_id is None:
        raise RuleError("assignee_id", "a deal in production (tier 1) needs an assignee")
    if not effort_hours or effort_hours <= 0:
        raise RuleError("effort_hours", "a deal in production (tier 1) needs an effort above zero")


# --- finding rows ---------------------------------------------------------------------------

def get_deal(session: Session, deal_id: object, *, expected_version: int | None = None) -> Deal:
    """Load a live (not deleted) deal for changing it.

    Raises:
        NotFoundError: no such deal.
        ConflictError: ``expected_version`` is given and somebody changed the deal since.
    """
    key = _as_uuid(deal_id, "deal")
    deal = session.get(Deal, key) if key else None
    if deal is None or deal.deleted_at is not None:
        raise NotFoundError("deal", f"no deal with id {deal_id}")
    if expected_version is not None and deal.version != expected_version:
        raise ConflictError(
            "deal",
            f"“{deal.title}” was changed by somebody else (version {deal.version}, "
            f"yours was {expected_version})",
            current=deal_values(deal),
        )
    return deal


def deal_values(deal: Deal) -> dict[str, Any]:
    """The deal's fields as a plain dict (for conflict messages and history)."""
    return {column.key: getattr(deal, column.key) for column in Deal.__table__.columns}


# --- ranks ----------------------------------------------------------------------------------

def _live_in_tier(tier: Tier, exclude: uuid.UUID | None) -> Any:
    conditions = [Deal.tier == tier.value, Deal.deleted_at.is_(None)]
    if exclude is not None:
        conditions.append(Deal.id != exclude)
    return conditions


#: The PostgreSQL advisory lock that serialises rank changes (an arbitrary, fixed number).
RANK_LOCK_KEY = 0x7469_6572  # "tier"


def _lock_ranks(session: Session) -> None:
    """On a server, let one transaction at a time compute ranks, until it commits.

    Two people dropping cards into the same column would otherwise both read the same
    neighbours and give their cards the same rank, or one would renumber a column while the
    other places a card in it. The lock is held to the end of the transaction; the statements
    after it read what the winner committed. One lock for every tier, rather than row locks on
    the tier's rows, because a move touches two tiers and row locks taken in different orders
    deadlock. It is taken before anything of this transaction is flushed, so that it never
    waits while holding row locks. SQLite serialises writers by itself.
    """
    if session.get_bind().dialect.name != "postgresql":
        return
    with session.no_autoflush:
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": RANK_LOCK_KEY})


def _rank_at_end(session: Session, tier: Tier, exclude: uuid.UUID | None = None) -> float:
    _lock_ranks(session)
    highest = session.scalar(select(func.max(Deal.rank)).where(*_live_in_tier(tier, exclude)))
    return (highest or 0.0) + RANK_STEP


def _rank_at_index(session: Session, tier: Tier, index: int, exclude: uuid.UUID | None) -> float:
    """A rank that puts a card at ``index`` of the tier's order (0 is the top)."""
    if index < 0:
        raise RuleError("rank", f"position {index} is not a position in the column")
    _lock_ranks(session)
    conditions = _live_in_tier(tier, exclude)
    ordered = select(Deal.rank).where(*conditions).order_by(Deal.rank, Deal.id)

    if index == 0:
        first = session.scalar(ordered.limit(1))
        return RANK_STEP if first is None else first - RANK_STEP

    neighbours = list(session.scalars(ordered.offset(index - 1).limit(2)))
    if not neighbours:
        return _rank_at_end(session, tier, exclude)
    if len(neighbours) == 1:
        return neighbours[0] + RANK_STEP

    before, after = neighbours
    middle = (before + after) / 2
    if not before < middle < after:
        # The gap is used up after many moves into the same place: spread the column out again.
        _renumber(session, tier, exclude)
        return _rank_at_index(session, tier, index, exclude)
    return middle


def _rank_after(session: Session, tier: Tier, after_id: uuid.UUID | None,
                exclude: uuid.UUID | None) -> float:
    """A rank just below the card ``after_id`` (or at the top when it is None)."""
    if after_id is None:
        return _rank_at_index(session, tier, 0, exclude)
    anchor = session.get(Deal, after_id)
    if anchor is None or anchor.tier != tier.value or anchor.deleted_at is not None:
        raise RuleError("rank", "the card to place it after is no longer in that column")
    # Usually the gap to the next card is free: one indexed look-up instead of counting the
    # cards above (which costs a scan of a long column on every drop).
    following = session.scalar(
        select(Deal.rank).where(
            *_live_in_tier(tier, exclude), Deal.rank >= anchor.rank,
            ~((Deal.rank == anchor.rank) & (Deal.id <= anchor.id)),
        ).order_by(Deal.rank).limit(1)
    )
    if following is None:
        return anchor.rank + RANK_STEP
    if anchor.rank < (anchor.rank + following) / 2 < following:
        return (anchor.rank + following) / 2
    position = session.scalar(
        select(func.count()).select_from(Deal).where(
            *_live_in_tier(tier, exclude),
            (Deal.rank < anchor.rank) | ((Deal.rank == anchor.rank) & (Deal.id <= anchor.id)),
        )
    )
    return _rank_at_index(session, tier, int(position or 0), exclude)


def _renumber(session: Session, tier: Tier, exclude: uuid.UUID | None) -> None:
    deals = session.scalars(
        select(Deal).where(*_live_in_tier(tier, exclude)).order_by(Deal.rank, Deal.id)
    )
    for position, deal in enumerate(deals, start=1):
        deal.rank = position * RANK_STEP
    session.flush()
    log.debug("renumbered the ranks of tier %s", tier.value)


def _place(session: Session, deal: Deal, tier: Tier, *, index: int | None,
           after_id: object = ...) -> None:
    if after_id is not ...:
        deal.rank = _rank_after(session, tier, _as_uuid(after_id, "rank"), deal.id)
    elif index is not None:
        deal.rank = _rank_at_index(session, tier, index, deal.id)
    else:
        deal.rank = _rank_at_end(session, tier, deal.id)


# --- history --------------------------------------------------------------------------------

def _record(session: Session, deal: Deal, kind: str, before: object, after: object, *,
            actor_id: uuid.UUID | None, note: str = "", at: datetime | None = None) -> None:
    session.add(TierEvent(
        deal_id=deal.id,
        kind=kind,
        from_value=None if before is None else str(before),
        to_value=None if after is None else str(after),
        at=at or utcnow(),
        actor_id=actor_id,
        note=note,
    ))


# --- the rules ------------------------------------------------------------------------------

def create_deal(session: Session, *, tier: Tier | str = Tier.INCOMING,
                actor_id: uuid.UUID | None = None, **fields: Any) -> uuid.UUID:
    """Add a deal (by default into Incoming, at the end of its column) and record its arrival.

    Returns:
        The new deal's id.

    Raises:
        RuleError: a field is missing or wrong, or the tier's rules are not met.
    """
    target = _as_tier(tier)
    if "title" not in fields:
        raise RuleError("title", "must not be empty")
    clean = _clean_fields(session, fields)
    lost_reason = clean.get("lost_reason", "")
    if target is Tier.LOST and not lost_reason:
        raise RuleError("lost_reason", "a lost deal needs a reason")

    deal = Deal(id=uuid.uuid4(), tier=target.value, **clean)
    deal.effort_hours = deal.effort_hours or 0.0
    deal.received_at = deal.received_at or utcnow()
    _check_consistency(deal)
    if target is Tier.DONE and deal.finished_on is None:
        deal.finished_on = date.today()

    deal.rank = _rank_at_end(session, target)
    session.add(deal)
    session.flush()
    _record(session, deal, "tier", None, target.value, actor_id=actor_id, note="created",
            at=deal.received_at)
    if deal.assignee_id is not None:
        _record(session, deal, "assignee", None, deal.assignee_id, actor_id=actor_id)
    log.debug("created deal %s in tier %s", deal.id, target.value)
    return deal.id


def edit_deal(session: Session, deal_id: object, changes: Mapping[str, Any], *,
              expected_version: int | None = None, actor_id: uuid.UUID | None = None) -> Deal:
    """Change fields of a deal; a change of assignee is recorded in the history.

    Raises:
        RuleError: a value is wrong, or the change would break the deal's tier rules.
        ConflictError: somebody else changed the deal since ``expected_version``.
    """
    deal = get_deal(session, deal_id, expected_version=expected_version)
    clean = _clean_fields(session, changes)
    if deal.tier == Tier.LOST.value and "lost_reason" in clean and not clean["lost_reason"]:
        raise RuleError("lost_reason", "a lost deal needs a reason")

    old_assignee = deal.assignee_id
    with session.no_autoflush:
        for name, value in clean.items():
            setattr(deal, name, value)
        try:
            _check_consistency(deal)
        except RuleError:
            session.expire(deal)  # forget the refused values; the transaction is rolled back
            raise

    if "assignee_id" in clean and clean["assignee_id"] != old_assignee:
        _record(session, deal, "assignee", old_assignee, clean["assignee_id"], actor_id=actor_id)
    session.flush()
    return deal


def assign_deal(session: Session, deal_id: object, assignee_id: object, *,
                actor_id: uuid.UUID | None = None, expected_version: int | None = None) -> None:
    """Give a deal to another producer (or to nobody, outside tier 1)."""
    edit_deal(session, deal_id, {"assignee_id": assignee_id}, actor_id=actor_id,
              expected_version=expected_version)


def move_deal(session: Session, deal_id: object, tier: Tier | str, *, index: int | None = None,
              after_id: object = ..., assignee_id: object = ...,
              actor_id: uuid.UUID | None = None, note: str = "",
              expected_version: int | None = None) -> Deal:
    """Move a deal to a tier, at a place in that column (the end when no place is given).

    Moving into Lost needs a reason: use ``lose_deal``. Moving out of Lost revives the deal;
    moving into Done completes it. Moving into tier 1 needs an assignee (given here or already
    on the deal) and an effort above zero.

    Args:
        session: the open transaction.
        deal_id: the deal to move.
        tier: the target tier.
        index: the place in the target column, 0 being the top.
        after_id: instead of ``index``, the card to put it just below (None: the top).
        assignee_id: give the deal to this producer in the same step.
        actor_id: who did it, for the history.
        note: a note for the history.
        expected_version: the version the caller saw; a different one raises ConflictError.

    Raises:
        RuleError: a rule of the target tier is not met.
    """
    deal = get_deal(session, deal_id, expected_version=expected_version)
    target = _as_tier(tier)
    source = Tier(deal.tier)
    if target is Tier.LOST and source is not Tier.LOST:
        raise RuleError("lost_reason", "a lost deal needs a reason")

    if assignee_id is not ...:
        new_assignee = _existing_employee(session, _as_uuid(assignee_id, "assignee_id"),
                                          "assignee_id")
        if new_assignee != deal.assignee_id:
            _record(session, deal, "assignee", deal.assignee_id, new_assignee, actor_id=actor_id)
            deal.assignee_id = new_assignee
    if target is Tier.T1:
        _check_ready_for_production(deal.assignee_id, deal.effort_hours)

    if source is target:
        _place(session, deal, target, index=index, after_id=after_id)
        session.flush()
        return deal

    if source is Tier.LOST:
        note = note or "revived"
        deal.lost_reason = ""
    if target is Tier.DONE and deal.finished_on is None:
        deal.finished_on = date.today()
    deal.tier = target.value
    _place(session, deal, target, index=index, after_id=after_id)
    _record(session, deal, "tier", source.value, target.value, actor_id=actor_id, note=note)
    session.flush()
    log.debug("moved deal %s from %s to %s", deal.id, source.value, target.value)
    return deal


def reorder_deal(session: Session, deal_id: object, index: int, *,
                 expected_version: int | None = None) -> Deal:
    """Put a deal at ``index`` of its own column (its manual priority)."""
    deal = get_deal(session, deal_id, expected_version=expected_version)
    _place(session, deal, Tier(deal.tier), index=index)
    session.flush()
    return deal


def lose_deal(session: Session, deal_id: object, reason: str, *,
              actor_id: uuid.UUID | None = None, expected_version: int | None = None) -> Deal:
    """Drop a deal to Lost. A reason is required; it is kept on the deal and in the history."""
    reason_text = parse_text(reason, "lost_reason", limit=2000)
    if not reason_text:
        raise RuleError("lost_reason", "a lost deal needs a reason")
    deal = get_deal(session, deal_id, expected_version=expected_version)
    source = Tier(deal.tier)
    if source is Tier.LOST:
        raise RuleError("tier", f"“{deal.title}” is already lost")

    deal.tier = Tier.LOST.value
    deal.lost_reason = reason_text
    deal.rank = _rank_at_end(session, Tier.LOST, deal.id)
    _record(session, deal, "tier", source.value, Tier.LOST.value, actor_id=actor_id,
            note=reason_text)
    session.flush()
    return deal


def revive_deal(session: Session, deal_id: object, tier: Tier | str, *,
                actor_id: uuid.UUID | None = None, note: str = "revived",
                assignee_id: object = ...) -> Deal:
    """Bring a lost deal back into a live tier."""
    target = _as_tier(tier)
    if target.is_closed:
        raise RuleError("tier", f"a deal is revived into a live tier, not {target.label}")
    deal = get_deal(session, deal_id)
    if deal.tier != Tier.LOST.value:
        raise RuleError("tier", f"“{deal.title}” is not lost; only a lost deal can be revived")
    return move_deal(session, deal.id, target, actor_id=actor_id, note=note,
                     assignee_id=assignee_id)


def complete_deal(session: Session, deal_id: object, *, actor_id: uuid.UUID | None = None,
                  finished_on: date | None = None) -> Deal:
    """Mark the work delivered: the deal goes to Done."""
    deal = get_deal(session, deal_id)
    if deal.tier == Tier.LOST.value:
        raise RuleError("tier", f"“{deal.title}” is lost; revive it before completing it")
    if finished_on is not None:
        deal.finished_on = finished_on
    return move_deal(session, deal.id, Tier.DONE, actor_id=actor_id)


def delete_deal(session: Session, deal_id: object) -> None:
    """Hide a deal (soft deletion: the row stays and can be restored)."""
    deal = get_deal(session, deal_id)
    deal.deleted_at = utcnow()
    session.flush()


def restore_deal(session: Session, deal_id: object) -> None:
    """Bring back a deal that was deleted."""
    key = _as_uuid(deal_id, "deal")
    deal = session.get(Deal, key) if key else None
    if deal is None:
        raise NotFoundError("deal", f"no deal with id {deal_id}")
    deal.deleted_at = None
    session.flush()


def move_deals(session: Session, deal_ids: Iterable[object], tier: Tier | str, *,
               actor_id: uuid.UUID | None = None, reason: str = "",
               assignee_id: object = ...) -> None:
    """Move several deals in one step; Lost takes the reason for all of them."""
    target = _as_tier(tier)
    for deal_id in deal_ids:
        if target is Tier.LOST:
            lose_deal(session, deal_id, reason, actor_id=actor_id)
        else:
            move_deal(session, deal_id, target, actor_id=actor_id, assignee_id=assignee_id)


# --- employees and clients ------------------------------------------------------------------

def create_employee(session: Session, *, name: str, **fields: Any) -> uuid.UUID:
    """Add an employee (working hours default to Monday to Friday, 8 hours).

    The rule lives with the other team rules in app.models.team; this name stays for importers.
    """
    from app.models import team

    return team.create_employee(session, name=name, **fields)


def create_client(session: Session, *, name: str, **fields: Any) -> uuid.UUID:
    """Add a client."""
    client = Client(id=uuid.uuid4(), name=parse_text(name, "name", required=True, limit=300))
    for key, value in fields.items():
        if not hasattr(Client, key):
            raise RuleError(key, "is not a client field")
        setattr(client, key, parse_text(value, key, limit=20000))
    session.add(client)
    session.flush()
    return client.id
