"""The focus advisor: one sentence, with its numbers, that says where attention goes now.

The firm's rule, in order: answer the unanswered Incoming requests first; then look after tier 1
(work already won). When tier 1 holds more work than the team can do in the coming weeks, going
down to 0.9 is pointless now; when it is under control, push 0.9, and only then 0.5, and 0.1 last.

Pure computation: no Qt. The sentence's words go through a ``translate`` function and its
numbers through a small set of formatters, both given by the screen, so that the advice can be
shown in the user's language and tested without a screen.
"""

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import NamedTuple, Protocol
from uuid import UUID

from app.models.queries import DealRow, EmployeeRow
from app.models.tiers import Tier

#: Kinds of advice, in the order of the rule.
INCOMING = "incoming"
OVERLOADED = "overloaded"
PUSH = "push"
CALM = "calm"
#: Nobody has working hours in the coming weeks (no active employee, or none with hours).
NO_CAPACITY = "no_capacity"


class Formatters(NamedTuple):
    """How the sentence writes its numbers (the screen passes locale-aware ones)."""

    money: Callable[[Decimal], str]
    hours: Callable[[float], str]
    age: Callable[[float], str]


def _plain_age(seconds: float) -> str:
    minutes = int(seconds // 60)
    if minutes < 60:
        return f"{max(minutes, 0)} min"
    if minutes < 48 * 60:
        return f"{minutes // 60} h"
    return f"{minutes // (24 * 60)} d"


#: Formatters without a locale, for logs and tests.
PLAIN = Formatters(
    money=lambda amount: f"{amount:,.0f}".replace(",", " "),
    hours=lambda value: f"{value:g} h",
    age=_plain_age,
)


def _same(text: str) -> str:
    return text


@dataclass(frozen=True, slots=True)
class Advice:
    """Where attention goes now, with the numbers behind it.

    Attributes:
        kind: INCOMING, NO_CAPACITY, OVERLOADED, PUSH or CALM.
        tier: the tier to work on (None when all is calm).
        count: deals in that tier (waiting requests for INCOMING).
        oldest_age_s: for INCOMING, how long the oldest request has waited, in seconds.
        overdue: for INCOMING, how many requests are past the answer deadline.
        amount: the sum of the tier's amounts (PUSH).
        tier1_hours: the effort committed in tier 1.
        capacity_hours: the team's working hours in the coming ``weeks``.
        weeks: how far ahead tier 1 is compared with the capacity.
    """

    kind: str
    tier: Tier | None
    count: int = 0
    oldest_age_s: float = 0.0
    overdue: int = 0
    amount: Decimal = Decimal(0)
    tier1_hours: float = 0.0
    capacity_hours: float = 0.0
    weeks: int = 4

    def sentence(self, *, translate: Callable[[str], str] = _same,
                 fmt: Formatters = PLAIN) -> str:
        """The advice as one sentence, numbers included."""
        if self.kind == INCOMING:
            text = translate("Answer Incoming first: %(count)s waiting, the oldest for %(age)s")
            if self.overdue:
                text += translate(", %(overdue)s past the answer deadline")
            return (text + ".") % {"count": self.count, "age": fmt.age(self.oldest_age_s),
                                   "overdue": self.overdue}
        values = {
            "hours": fmt.hours(self.tier1_hours), "capacity": fmt.hours(self.capacity_hours),
            "weeks": self.weeks, "count": self.count, "amount": fmt.money(self.amount),
            "tier": self.tier.label if self.tier else "",
        }
        if self.kind == NO_CAPACITY:
            return translate(
                "Nobody has working hours in the next %(weeks)s weeks: add people or their "
                "hours in Firm → Team…"
            ) % values
        if self.kind == OVERLOADED:
            return translate(
                "Tier 1 holds %(hours)s of work against %(capacity)s of team capacity in the "
                "next %(weeks)s weeks: deliver what is won; going down to 0.9 is pointless now."
            ) % values
        if self.kind == PUSH and self.tier is Tier.T09:
            return translate(
                "Tier 1 is under control (%(hours)s of %(capacity)s in %(weeks)s weeks): "
                "push 0.9 — %(count)s deals worth %(amount)s."
            ) % values
        if self.kind == PUSH:
            return translate(
                "Tier 1 is under control and 0.9 is empty: work on %(tier)s — %(count)s deals "
                "worth %(amount)s."
            ) % values
        return translate(
            "All calm: nothing waits in Incoming and tier 1 is under control (%(hours)s of "
            "%(capacity)s in %(weeks)s weeks)."
        ) % values


def capacity_hours(employees: Iterable[EmployeeRow],
                   time_off: Mapping[UUID, Iterable[tuple[date, date]]],
                   holidays: Iterable[date], start: date, weeks: int) -> float:
    """The working hours of the active team from ``start`` for ``weeks`` weeks.

    Each active employee contributes their hours for the weekday, except on public holidays and
    on their days off.
    """
    days = [start + timedelta(days=offset) for offset in range(max(weeks, 0) * 7)]
    closed = set(holidays)
    total = 0.0
    for employee in employees:
        if not employee.active:
            continue
        away = [(first, last) for first, last in time_off.get(employee.id, ())]
        for day in days:
            if day in closed or any(first <= day <= last for first, last in away):
                continue
            total += employee.weekly_hours[day.weekday()]
    return total


def working_hours_between(start: datetime, end: datetime, *, day_start: int = 9,
                          day_end: int = 18) -> float:
    """Working hours from ``start`` to ``end``: Monday to Friday, ``day_start`` to ``day_end``.

    Both moments are in the same clock (local time for the firm's working day). Whole weeks are
    counted at once, so that a request months old costs no more than one from this morning.
    """
    if end <= start:
        return 0.0
    day_hours = max(day_end - day_start, 0)

    def within(day: date, first: datetime, last: datetime) -> float:
        if day.weekday() >= 5:
            return 0.0
        midnight = datetime.combine(day, datetime.min.time())
        opens = max(midnight + timedelta(hours=day_start), first)
        closes = min(midnight + timedelta(hours=day_end), last)
        return max((closes - opens).total_seconds() / 3600, 0.0)

    if start.date() == end.date():
        return within(start.date(), start, end)
    total = within(start.date(), start, end) + within(end.date(), start, end)
    between = (end.date() - start.date()).days - 1
    weeks, rest = divmod(between, 7)
    total += weeks * 5 * day_hours
    day = start.date() + timedelta(days=1 + weeks * 7)
    for offset in range(rest):
        if (day + timedelta(days=offset)).weekday() < 5:
            total += day_hours
    return total


def advise(rows: Iterable[DealRow], *, capacity: float, now: datetime, weeks: int = 4,
           answer_deadline_hours: float = 2.0,
           waited_hours: Callable[[datetime], float] | None = None) -> Advice:
    """Apply the firm's rule to the live deals.

    Args:
        rows: the live deals (closed ones are ignored).
        capacity: the team's working hours for the coming ``weeks`` (see ``capacity_hours``).
        now: the moment to measure the waiting time from (naive UTC, as deals store it).
        weeks: how far ahead the advisor looks.
        answer_deadline_hours: how long an Incoming request may wait for its answer.
        waited_hours: how many (working) hours a request received at a moment has waited;
            by default the hours of the clock.

    Returns:
        The advice.
    """
    sums: dict[Tier, TierSums] = {}
    incoming: list[DealRow] = []
    for row in rows:
        before = sums.get(row.tier, TierSums(0, Decimal(0), 0.0))
        sums[row.tier] = TierSums(before.count + 1, before.amount + row.amount,
                                  before.effort_hours + row.effort_hours)
        if row.tier is Tier.INCOMING:
            incoming.append(row)
    return advise_totals(incoming, sums, capacity=capacity, now=now, weeks=weeks,
                         answer_deadline_hours=answer_deadline_hours, waited_hours=waited_hours)


@dataclass(frozen=True, slots=True)
class TierSums:
    """Count, amount and effort of a tier."""

    count: int
    amount: Decimal
    effort_hours: float


class _Sums(Protocol):
    @property
    def count(self) -> int: ...

    @property
    def amount(self) -> Decimal: ...

    @property
    def effort_hours(self) -> float: ...


@dataclass(frozen=True, slots=True)
class IncomingSummary:
    """How many requests wait, since when, and how many are past the answer deadline."""

    waiting: int = 0
    oldest: datetime | None = None
    overdue: int = 0


def summarize_incoming(incoming: Iterable[DealRow], *, now: datetime,
                       answer_deadline_hours: float = 2.0,
                       waited_hours: Callable[[datetime], float] | None = None
                       ) -> IncomingSummary:
    """Count the waiting requests, find the oldest, and count those past the deadline."""
    oldest: datetime | None = None
    overdue = 0
    deadline = timedelta(hours=answer_deadline_hours)
    # Whatever the working day, a request this old has waited past any deadline of a few hours;
    # telling it by the clock spares the working-hours count for old requests.
    surely_late = deadline + timedelta(days=7 * (1 + int(answer_deadline_hours // 24)))
    waiting = 0
    for row in incoming:
        waiting += 1
        if oldest is None or row.received_at < oldest:
            oldest = row.received_at
        waited = now - row.received_at
        if waited <= deadline:
            continue  # working hours never exceed the hours of the clock
        if waited > surely_late or waited_hours is None:
            overdue += 1
        else:
            overdue += waited_hours(row.received_at) > answer_deadline_hours
    return IncomingSummary(waiting, oldest, overdue)


def advise_totals(incoming: Iterable[DealRow] | IncomingSummary, sums: Mapping[Tier, _Sums], *,
                  capacity: float, now: datetime, weeks: int = 4,
                  answer_deadline_hours: float = 2.0,
                  waited_hours: Callable[[datetime], float] | None = None) -> Advice:
    """Apply the firm's rule to the Incoming requests and the sums of the other tiers.

    The board keeps the sums of every tier as cards move, and the summary of Incoming until
    Incoming changes, so that it need not walk thousands of cards for each move; ``advise``
    computes everything from rows.
    """
    summary = incoming if isinstance(incoming, IncomingSummary) else summarize_incoming(
        incoming, now=now, answer_deadline_hours=answer_deadline_hours,
        waited_hours=waited_hours)
    waiting, oldest, overdue = summary.waiting, summary.oldest, summary.overdue

    def count(tier: Tier) -> int:
        return sums[tier].count if tier in sums else 0

    def amount(tier: Tier) -> Decimal:
        return sums[tier].amount if tier in sums else Decimal(0)

    tier1_hours = float(sums[Tier.T1].effort_hours) if Tier.T1 in sums else 0.0
    if oldest is not None:
        return Advice(INCOMING, Tier.INCOMING, count=waiting,
                      oldest_age_s=max((now - oldest).total_seconds(), 0.0), overdue=overdue,
                      tier1_hours=tier1_hours, capacity_hours=capacity, weeks=weeks)
    if capacity <= 0:
        # Without working hours, tier 1 is neither under control nor overloaded.
        return Advice(NO_CAPACITY, None, tier1_hours=tier1_hours, capacity_hours=capacity,
                      weeks=weeks)
    if tier1_hours > capacity:
        return Advice(OVERLOADED, Tier.T1, count=count(Tier.T1), amount=amount(Tier.T1),
                      tier1_hours=tier1_hours, capacity_hours=capacity, weeks=weeks)
    for tier in (Tier.T09, Tier.T05, Tier.T01):
        if count(tier):
            return Advice(PUSH, tier, count=count(tier), amount=amount(tier),
                          tier1_hours=tier1_hours, capacity_hours=capacity, weeks=weeks)
    return Advice(CALM, None, tier1_hours=tier1_hours, capacity_hours=capacity, weeks=weeks)
