"""The focus advisor's sentence for crafted situations, and the team's capacity."""

import uuid
from datetime import date, datetime, timedelta
from decimal import Decimal

from app.models.queries import DealRow, EmployeeRow
from app.models.tiers import Tier
from app.planning import advisor

NOW = datetime(2026, 3, 2, 12, 0)  # a Monday


def _row(tier: Tier, *, amount: int = 100_000, effort: float = 10.0,
         received: datetime = NOW - timedelta(days=30)) -> DealRow:
    return DealRow(
        id=uuid.uuid4(), version=1, title="Job", client_name="Client", amount=Decimal(amount),
        currency="RUB", effort_hours=effort, tier=tier, rank=1024.0, owner_id=None,
        owner_name="", assignee_id=None, assignee_name="", assignee_colour="",
        received_at=received, expected_close=None, due_date=None, planned_start=None,
        planned_finish=None, started_on=None, finished_on=None, lost_reason="",
    )


def _person(hours: float = 8.0, *, active: bool = True) -> EmployeeRow:
    return EmployeeRow(uuid.uuid4(), "Anna", "", "#4c78a8", active, None,
                       (hours, hours, hours, hours, hours, 0.0, 0.0))


def test_capacity_counts_working_days_less_holidays_and_time_off() -> None:
    anna, boris, gone = _person(8), _person(4), _person(8, active=False)
    holidays = {date(2026, 3, 9)}  # Monday of the second week
    time_off = {boris.id: [(date(2026, 3, 2), date(2026, 3, 6))]}  # Boris away the first week

    hours = advisor.capacity_hours([anna, boris, gone], time_off, holidays, NOW.date(), 2)

    assert hours == 8 * 9 + 4 * 4


def test_nothing_incoming_and_tier_one_overloaded_says_going_down_is_pointless() -> None:
    rows = [_row(Tier.T1, effort=200), _row(Tier.T1, effort=150), _row(Tier.T09)]

    advice = advisor.advise(rows, capacity=320.0, now=NOW, weeks=4)

    assert advice.kind == advisor.OVERLOADED
    assert advice.sentence() == (
        "Tier 1 holds 350 h of work against 320 h of team capacity in the next 4 weeks: "
        "deliver what is won; going down to 0.9 is pointless now."
    )


def test_incoming_waiting_comes_first_with_count_and_oldest_age() -> None:
    rows = [
        _row(Tier.INCOMING, received=NOW - timedelta(minutes=50)),
        _row(Tier.INCOMING, received=NOW - timedelta(hours=3, minutes=10)),
        _row(Tier.T1, effort=1000),
    ]

    advice = advisor.advise(rows, capacity=100.0, now=NOW, answer_deadline_hours=2)

    assert advice.kind == advisor.INCOMING
    assert advice.count == 2
    assert advice.sentence() == (
        "Answer Incoming first: 2 waiting, the oldest for 3 h, 1 past the answer deadline."
    )


def test_everything_calm_pushes_the_highest_tier_with_deals() -> None:
    rows = [_row(Tier.T1, effort=40), _row(Tier.T09, amount=300_000),
            _row(Tier.T09, amount=200_000), _row(Tier.T01)]

    advice = advisor.advise(rows, capacity=320.0, now=NOW, weeks=4)

    assert (advice.kind, advice.tier) == (advisor.PUSH, Tier.T09)
    assert advice.sentence() == (
        "Tier 1 is under control (40 h of 320 h in 4 weeks): push 0.9 — 2 deals worth 500 000."
    )


def test_then_half_and_a_tenth_last() -> None:
    assert advisor.advise([_row(Tier.T01), _row(Tier.T05)], capacity=10, now=NOW).tier \
        is Tier.T05
    assert advisor.advise([_row(Tier.T01)], capacity=10, now=NOW).tier is Tier.T01


def test_an_empty_board_is_calm() -> None:
    advice = advisor.advise([], capacity=320.0, now=NOW)

    assert advice.kind == advisor.CALM
    assert advice.sentence().startswith("All calm: nothing waits in Incoming")


def test_no_working_hours_is_said_plainly_rather_than_under_control() -> None:
    advice = advisor.advise([_row(Tier.T1, effort=40), _row(Tier.T09)], capacity=0.0, now=NOW)
    assert advice.kind == advisor.NO_CAPACITY
    sentence = advice.sentence()
    assert "under control" not in sentence
    assert sentence.startswith("Nobody has working hours in the next 4 weeks")
    assert "Firm → Team…" in sentence
