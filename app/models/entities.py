"""The tables: employees and their calendars, clients, deals and their history, firm settings."""

import uuid
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    Table,
    Text,
    UniqueConstraint,
    Uuid,
)
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, utcnow
from app.models.tiers import Tier

#: Weekday columns of an employee's working hours, Monday first (as ``date.weekday()`` counts).
WEEKDAY_COLUMNS = (
    "hours_mon", "hours_tue", "hours_wed", "hours_thu", "hours_fri", "hours_sat", "hours_sun",
)

_TIER_VALUES = ", ".join(f"'{t.value}'" for t in Tier)


class Employee(Base):
    """A person of the firm: sells, produces, or both."""

    __tablename__ = "employee"

    name: Mapped[str] = mapped_column(String(200), nullable=False)
    role: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    colour: Mapped[str] = mapped_column(String(9), nullable=False, default="#4c78a8")
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    #: The database login this person works under on a shared server (empty when unknown).
    login: Mapped[str | None] = mapped_column(String(200), nullable=True)
    manager: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    office: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    hours_mon: Mapped[float] = mapped_column(Float, nullable=False, default=8.0)
    hours_tue: Mapped[float] = mapped_column(Float, nullable=False, default=8.0)
    hours_wed: Mapped[float] = mapped_column(Float, nullable=False, default=8.0)
    hours_thu: Mapped[float] = mapped_column(Float, nullable=False, default=8.0)
    hours_fri: Mapped[float] = mapped_column(Float, nullable=False, default=8.0)
    hours_sat: Mapped[float] = mapped_column(Float, nullable=False, default=0.0)
    hours_sun: Mapped[float] = mapped_column(Float, nullable=False, default=0.0)

    def weekly_hours(self) -> tuple[float, ...]:
        """Hours per weekday, Monday first."""
        return tuple(float(getattr(self, column)) for column in WEEKDAY_COLUMNS)


class TimeOff(Base):
    """A span of days an employee does not work (both ends included)."""

    __tablename__ = "time_off"
    __table_args__ = (CheckConstraint("end_date >= start_date", name="ends_after_start"),)

    employee_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("employee.id"), nullable=False, index=True
    )
    start_date: Mapped[date] = mapped_column(Date, nullable=False)
    end_date: Mapped[date] = mapped_column(Date, nullable=False)
    note: Mapped[str] = mapped_column(String(500), nullable=False, default="")


class Holiday(Base):
    """A public holiday of the firm: nobody works."""

    __tablename__ = "holiday"

    day: Mapped[date] = mapped_column(Date, nullable=False, index=True)
    name: Mapped[str] = mapped_column(String(200), nullable=False, default="")


class Client(Base):
    """Who a deal is for."""

    __tablename__ = "client"

    name: Mapped[str] = mapped_column(String(300), nullable=False, index=True)
    contact_person: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    phone: Mapped[str] = mapped_column(String(100), nullable=False, default="")
    email: Mapped[str] = mapped_column(String(300), nullable=False, default="")
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")


class Deal(Base):
    """One job, from the first contact to the delivered work."""

    __tablename__ = "deal"
    __table_args__ = (
        CheckConstraint(f"tier IN ({_TIER_VALUES})", name="known_tier"),
        CheckConstraint("amount >= 0", name="amount_not_negative"),
        CheckConstraint("effort_hours >= 0", name="effort_not_negative"),
        UniqueConstraint("external_source", "external_id", name="uq_deal_external"),
        Index("ix_deal_board", "tier", "deleted_at", "rank"),
    )

    title: Mapped[str] = mapped_column(String(500), nullable=False)
    client_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("client.id"), nullable=True, index=True
    )
    source: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    amount: Mapped[Decimal] = mapped_column(Numeric(16, 2), nullable=False, default=Decimal(0))
    currency: Mapped[str] = mapped_column(String(3), nullable=False, default="RUB")
    effort_hours: Mapped[float] = mapped_column(Float, nullable=False, default=0.0)
    tier: Mapped[str] = mapped_column(String(10), nullable=False, default=Tier.INCOMING.value)
    #: The manual priority inside the tier: smaller comes first. Fractions let one card move
    #: between two others without renumbering the column.
    rank: Mapped[float] = mapped_column(Float, nullable=False, default=0.0)
    owner_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("employee.id"), nullable=True, index=True
    )
    assignee_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("employee.id"), nullable=True, index=True
    )
    received_at: Mapped[datetime] = mapped_column(DateTime, nullable=False, default=utcnow)
    expected_close: Mapped[date | None] = mapped_column(Date, nullable=True)
    due_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    #: A fixed production window, when the work must happen on given days.
    planned_start: Mapped[date | None] = mapped_column(Date, nullable=True)
    planned_finish: Mapped[date | None] = mapped_column(Date, nullable=True)
    started_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    finished_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    lost_reason: Mapped[str] = mapped_column(Text, nullable=False, default="")
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    #: Where an imported deal came from, and its id there, so that importing again updates it.
    external_source: Mapped[str | None] = mapped_column(String(100), nullable=True)
    external_id: Mapped[str | None] = mapped_column(String(200), nullable=True)


class TierEvent(Base):
    """One change of a deal's tier or assignee. Rows are only ever added, never changed."""

    __tablename__ = "tier_event"
    __table_args__ = (Index("ix_tier_event_deal_at", "deal_id", "at"),)

    deal_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("deal.id"), nullable=False)
    #: ``tier`` or ``assignee``.
    kind: Mapped[str] = mapped_column(String(20), nullable=False)
    from_value: Mapped[str | None] = mapped_column(String(100), nullable=True)
    to_value: Mapped[str | None] = mapped_column(String(100), nullable=True)
    at: Mapped[datetime] = mapped_column(DateTime, nullable=False, default=utcnow, index=True)
    actor_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("employee.id"), nullable=True
    )
    note: Mapped[str] = mapped_column(Text, nullable=False, default="")


class Setting(Base):
    """A setting that belongs to the firm and is shared by everybody (stored as JSON text)."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(100), nullable=False, unique=True)
    value: Mapped[str] = mapped_column(Text, nullable=False)


#: One row whose value every committed write raises; other windows poll it to notice changes.
change_counter = Table(
    "change_counter",
    Base.metadata,
    Column("id", Integer, primary_key=True),
    Column("value", BigInteger, nullable=False),
)
