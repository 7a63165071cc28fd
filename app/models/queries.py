"""Reads for screens and reports: Core selects into small immutable rows, never ORM objects.

A board of thousands of cards must load in the time a plain sqlite3 fetch would take, so every
read here asks for exactly the columns its screen shows.
"""

import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any, cast

from sqlalchemy import Case, Connection, case, func, select
from sqlalchemy.orm import aliased

from app.models.entities import Client, Deal, Employee, Holiday, TierEvent, TimeOff
from app.models.settings import FirmSettings
from app.models.tiers import ATTENTION_ORDER, LIVE_TIERS, Tier


@dataclass(frozen=True, slots=True)
class DealRow:
    """What a card and the schedule need to know about a deal."""

    id: uuid.UUID
    version: int
    title: str
    client_name: str
    amount: Decimal
    currency: str
    effort_hours: float
    tier: Tier
    rank: float
    owner_id: uuid.UUID | None
    owner_name: str
    assignee_id: uuid.UUID | None
    assignee_name: str
    assignee_colour: str
    received_at: datetime
    expected_close: date | None
    due_date: date | None
    planned_start: date | None
    planned_finish: date | None
    started_on: date | None
    finished_on: date | None
    lost_reason: str


@dataclass(frozen=True, slots=True)
class EmployeeRow:
    """An employee with their working hours per weekday, Monday first."""

    id: uuid.UUID
    name: str
    role: str
    colour: str
    active: bool
    login: str | None
    weekly_hours: tuple[float, float, float, float, float, float, float]


@dataclass(frozen=True, slots=True)
class TierTotals:
    """The figures in a column's header.

    ``amount`` and ``weighted_amount`` add every currency as it is; ``by_currency`` holds the
    sum of each currency apart (by code), which is what a screen must show when there are several.
    """

    tier: Tier
    count: int
    amount: Decimal
    effort_hours: float
    weighted_amount: Decimal
    by_currency: tuple[tuple[str, Decimal], ...] = ()

    @property
    def currencies(self) -> tuple[str, ...]:
        """The currencies of the summed deals, by code."""
        return tuple(code for code, _ in self.by_currency)


@dataclass(frozen=True, slots=True)
class EventRow:
    """One entry of a deal's history."""

    deal_id: uuid.UUID
    kind: str
    from_value: str | None
    to_value: str | None
    at: datetime
    actor_name: str
    note: str


_owner = aliased(Employee, name="owner")
_assignee = aliased(Employee, name="assignee")

_DEAL_COLUMNS = (
    Deal.id, Deal.version, Deal.title, func.coalesce(Client.name, ""), Deal.amount, Deal.currency,
    Deal.effort_hours, Deal.tier, Deal.rank, Deal.owner_id, func.coalesce(_owner.name, ""),
    Deal.assignee_id, func.coalesce(_assignee.name, ""), func.coalesce(_assignee.colour, ""),
    Deal.received_at, Deal.expected_close, Deal.due_date, Deal.planned_start, Deal.planned_finish,
    Deal.started_on, Deal.finished_on, Deal.lost_reason,
)


def _deal_select() -> Any:  # a Select whose generic form differs between SQLAlchemy 2.0 and 2.1
    return (
        select(*_DEAL_COLUMNS)
        .select_from(Deal)
        .outerjoin(Client, Client.id == Deal.client_id)
        .outerjoin(_owner, _owner.id == Deal.owner_id)
        .outerjoin(_assignee, _assignee.id == Deal.assignee_id)
        .where(Deal.deleted_at.is_(None))
    )


def _attention_key() -> Case[Any]:
    return case({tier.value: position for position, tier in enumerate(ATTENTION_ORDER)},
                value=Deal.tier, else_=len(ATTENTION_ORDER))


def _to_rows(result: Iterable[Sequence[object]]) -> list[DealRow]:
    make = cast(Callable[..., DealRow], DealRow)  # the columns match the fields one to one
    return [make(*row[:7], Tier(str(row[7])), *row[8:]) for row in result]


def deal_rows(connection: Connection, tiers: Iterable[Tier] = ATTENTION_ORDER) -> list[DealRow]:
    """The live deals of the given tiers, in the order of attention, then by rank."""
    wanted = [tier.value for tier in tiers]
    query = _deal_select().where(Deal.tier.in_(wanted)).order_by(
        _attention_key(), Deal.rank, Deal.id
    )
    return _to_rows(connection.execute(query))


def first_rows_per_tier(connection: Connection, limit: int,
                        tiers: Iterable[Tier] = ATTENTION_ORDER) -> list[DealRow]:
    """The top ``limit`` live deals of each tier, in the order of attention, then by rank.

    Enough to draw a board at once; the board reads everything right after.
    """
    rows: list[DealRow] = []
    for tier in tiers:
        query = _deal_select().where(Deal.tier == tier.value).order_by(
            Deal.rank, Deal.id).limit(limit)
        rows.extend(_to_rows(connection.execute(query)))
    return rows


def board_rows(connection: Connection) -> list[DealRow]:
    """Every live deal of the active tiers, as the board shows them."""
    return deal_rows(connection, ATTENTION_ORDER)


def archive_rows(connection: Connection, tier: Tier, *, offset: int = 0, limit: int = 200,
                 text: str = "") -> list[DealRow]:
    """A page of Done or Lost deals, newest first (the archive is loaded a page at a time)."""
    query = _deal_select().where(Deal.tier == tier.value)
    if text:
        pattern = f"%{text.lower()}%"
        query = query.where(func.lower(Deal.title).like(pattern)
                            | func.lower(func.coalesce(Client.name, "")).like(pattern))
    query = query.order_by(Deal.updated_at.desc(), Deal.id).offset(offset).limit(limit)
    return _to_rows(connection.execute(query))


def closed_counts(connection: Connection) -> dict[Tier, int]:
    """How many deals are Done and Lost (for the narrow drop zones)."""
    query = (
        select(Deal.tier, func.count())
        .where(Deal.deleted_at.is_(None), Deal.tier.in_([Tier.DONE.value, Tier.LOST.value]))
        .group_by(Deal.tier)
    )
    counts = {Tier.DONE: 0, Tier.LOST: 0}
    counts.update({Tier(tier): int(count) for tier, count in connection.execute(query)})
    return counts


def deal_row(connection: Connection, deal_id: uuid.UUID) -> DealRow | None:
    """One deal, live or closed (None when it does not exist or is deleted)."""
    rows = _to_rows(connection.execute(_deal_select().where(Deal.id == deal_id)))
    return rows[0] if rows else None


def tier_totals(connection: Connection, settings: FirmSettings) -> dict[Tier, TierTotals]:
    """Count, amount, effort and weighted amount of every live tier, summed by the database.

    Amounts are also summed per currency, so that dollars are never shown as roubles.
    """
    query = (
        select(Deal.tier, Deal.currency, func.count(),
               func.coalesce(func.sum(Deal.amount), 0),
               func.coalesce(func.sum(Deal.effort_hours), 0.0))
        .where(Deal.deleted_at.is_(None), Deal.tier.in_([t.value for t in ATTENTION_ORDER]))
        .group_by(Deal.tier, Deal.currency)
    )
    counts: dict[Tier, int] = {}
    efforts: dict[Tier, float] = {}
    sums: dict[Tier, dict[str, Decimal]] = {}
    for tier_value, currency, count, amount, effort in connection.execute(query):
        tier = Tier(tier_value)
        counts[tier] = counts.get(tier, 0) + int(count)
        efforts[tier] = efforts.get(tier, 0.0) + float(effort)
        per_currency = sums.setdefault(tier, {})
        code = str(currency or "").upper()
        per_currency[code] = per_currency.get(code, Decimal(0)) + Decimal(amount)
    totals = {tier: TierTotals(tier, 0, Decimal(0), 0.0, Decimal(0)) for tier in ATTENTION_ORDER}
    for tier, per_currency in sums.items():
        by_currency = tuple((code, value.quantize(Decimal("0.01")))
                            for code, value in sorted(per_currency.items()))
        amount = sum((value for _, value in by_currency), Decimal(0))
        weighted = (amount * settings.probability(tier)).quantize(Decimal("0.01"))
        totals[tier] = TierTotals(tier, counts[tier], amount, efforts[tier], weighted,
                                  by_currency)
    return totals


def employees(connection: Connection, *, include_inactive: bool = False) -> list[EmployeeRow]:
    """The firm's people, by name."""
    query = select(
        Employee.id, Employee.name, Employee.role, Employee.colour, Employee.active,
        Employee.login, Employee.hours_mon, Employee.hours_tue, Employee.hours_wed,
        Employee.hours_thu, Employee.hours_fri, Employee.hours_sat, Employee.hours_sun,
    ).where(Employee.deleted_at.is_(None)).order_by(Employee.name, Employee.id)
    if not include_inactive:
        query = query.where(Employee.active.is_(True))
    return [
        EmployeeRow(row[0], row[1], row[2], row[3], bool(row[4]), row[5],
                    tuple(float(hours) for hours in row[6:13]))  # type: ignore[arg-type]
        for row in connection.execute(query)
    ]


def time_off(connection: Connection) -> dict[uuid.UUID, list[tuple[date, date]]]:
    """Every employee's days off, as (first, last) day pairs."""
    spans: dict[uuid.UUID, list[tuple[date, date]]] = {}
    query = select(TimeOff.employee_id, TimeOff.start_date, TimeOff.end_date).where(
        TimeOff.deleted_at.is_(None)
    )
    for employee_id, start, end in connection.execute(query):
        spans.setdefault(employee_id, []).append((start, end))
    return spans


def holidays(connection: Connection) -> set[date]:
    """The firm's public holidays."""
    query = select(Holiday.day).where(Holiday.deleted_at.is_(None))
    return {day for (day,) in connection.execute(query)}


def clients(connection: Connection) -> list[tuple[uuid.UUID, str]]:
    """Every client's id and name, by name."""
    query = select(Client.id, Client.name).where(Client.deleted_at.is_(None)).order_by(Client.name)
    return [(row[0], row[1]) for row in connection.execute(query)]


def history(connection: Connection, deal_id: uuid.UUID | None = None) -> list[EventRow]:
    """The history of one deal, or of every deal, oldest first."""
    query = (
        select(TierEvent.deal_id, TierEvent.kind, TierEvent.from_value, TierEvent.to_value,
               TierEvent.at, func.coalesce(Employee.name, ""), TierEvent.note)
        .outerjoin(Employee, Employee.id == TierEvent.actor_id)
        .where(TierEvent.deleted_at.is_(None))
        .order_by(TierEvent.at, TierEvent.id)
    )
    if deal_id is not None:
        query = query.where(TierEvent.deal_id == deal_id)
    return [EventRow(*row) for row in connection.execute(query)]


def count_live(connection: Connection) -> int:
    """How many deals are open (for start-up decisions such as offering demo data)."""
    query = select(func.count()).select_from(Deal).where(
        Deal.deleted_at.is_(None), Deal.tier.in_([t.value for t in LIVE_TIERS])
    )
    return int(connection.scalar(query) or 0)


def count_all(connection: Connection) -> int:
    """How many deals exist at all, closed ones included."""
    return int(connection.scalar(
        select(func.count()).select_from(Deal).where(Deal.deleted_at.is_(None))
    ) or 0)
