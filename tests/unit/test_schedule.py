"""The schedule: committed work laid on each person's own calendar, lateness, likely load,
over-allocation, and who could take a new order."""

import uuid
from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest

from app.models.queries import DealRow, EmployeeRow
from app.models.tiers import Tier
from app.planning.calendar import WorkCalendar, build_calendar
from app.planning.schedule import (
    ScheduleInput,
    build_schedule,
    over_allocation,
    rank_candidates,
    schedule_summary,
    week_start,
)

MONDAY = date(2026, 3, 2)
FULL_TIME = (8.0, 8.0, 8.0, 8.0, 8.0, 0.0, 0.0)


def day(offset: int) -> date:
    return MONDAY + timedelta(days=offset)


def person(name: str = "Anna", hours: tuple[float, ...] = FULL_TIME) -> EmployeeRow:
    return EmployeeRow(uuid.uuid4(), name, "", "#4c78a8", True, None,
                       hours)  # type: ignore[arg-type]


def job(who: EmployeeRow | None, effort: float, *, rank: float = 1.0, tier: Tier = Tier.T1,
        title: str = "Job", **dates: date | None) -> DealRow:
    fields = {"expected_close": None, "due_date": None, "planned_start": None,
              "planned_finish": None, "started_on": None, "finished_on": None}
    fields.update(dates)
    return DealRow(
        id=uuid.uuid4(), version=1, title=title, client_name="Client", amount=Decimal(1000),
        currency="RUB", effort_hours=effort, tier=tier, rank=rank, owner_id=None, owner_name="",
        assignee_id=who.id if who else None, assignee_name=who.name if who else "",
        assignee_colour="", received_at=datetime(2026, 1, 1), lost_reason="", **fields,
    )


def inputs(employees: list[EmployeeRow], deals: list[DealRow], *,
           time_off: dict[uuid.UUID, list[tuple[date, date]]] | None = None,
           holidays: set[date] | None = None) -> ScheduleInput:
    return ScheduleInput(employees, deals, time_off or {}, holidays or set(), 0.9)


def test_calendar_counts_weekday_hours_less_days_off():
    calendar = build_calendar(FULL_TIME, [(day(2), day(3))], {day(7)})

    assert [calendar.hours_on(day(i)) for i in range(8)] == [8, 8, 0, 0, 8, 0, 0, 0]
    assert calendar.hours_array(MONDAY, 8).tolist() == [8, 8, 0, 0, 8, 0, 0, 0]
    assert WorkCalendar((4, 4, 4, 0, 0, 0, 0), frozenset()).hours_per_week == 12


def test_part_time_work_is_laid_on_her_days_only():
    vika = person("Vika", (4.0, 4.0, 4.0, 0.0, 0.0, 0.0, 0.0))
    deal = job(vika, 20)

    schedule = build_schedule(inputs([vika], [deal]), MONDAY)

    plan = schedule.planned[deal.id]
    assert (plan.start, plan.finish) == (day(0), day(8))
    assert schedule.booked[vika.id] == {day(0): 4, day(1): 4, day(2): 4, day(7): 4, day(8): 4}
    assert schedule.capacity_on(vika.id, day(3)) == 0
    assert schedule.week_loads(vika.id, MONDAY, 1)[0].capacity == 12


def test_time_off_in_the_middle_of_a_job_pushes_its_finish():
    anna = person()
    deal = job(anna, 32)

    schedule = build_schedule(inputs([anna], [deal], time_off={anna.id: [(day(2), day(3))]}),
                              MONDAY)

    assert schedule.planned[deal.id].finish == day(7)
    assert day(2) not in schedule.booked[anna.id]
    assert day(3) not in schedule.booked[anna.id]
    assert schedule.booked[anna.id][day(4)] == 8


def test_a_holiday_is_nobodys_working_day():
    anna, boris = person("Anna"), person("Boris")
    first, second = job(anna, 16), job(boris, 16)

    schedule = build_schedule(inputs([anna, boris], [first, second], holidays={day(1)}), MONDAY)

    assert schedule.planned[first.id].finish == day(2)
    assert schedule.planned[second.id].finish == day(2)
    assert schedule.capacity_on(anna.id, day(1)) == 0


def test_priority_order_and_a_missed_due_date():
    anna = person()
    urgent = job(anna, 40, rank=1, title="first")
    behind = job(anna, 16, rank=2, title="second", due_date=day(7))

    schedule = build_schedule(inputs([anna], [behind, urgent]), MONDAY)

    assert schedule.planned[urgent.id].finish == day(4)
    assert not schedule.planned[urgent.id].late
    assert schedule.planned[behind.id].start == day(7)
    assert schedule.planned[behind.id].finish == day(8)
    assert schedule.planned[behind.id].late
    assert [plan.deal_id for plan in schedule.late_deals()] == [behind.id]
    # Too much work shows as lateness, never as a longer day.
    assert max(schedule.booked[anna.id].values()) == 8


def test_an_employee_with_nothing_is_free_today():
    idle = person("Idle")

    schedule = build_schedule(inputs([idle], []), MONDAY)

    assert schedule.booked[idle.id] == {}
    assert schedule.free_from(idle.id) == MONDAY
    load = schedule.week_loads(idle.id, MONDAY, 2)
    assert [(week.booked, week.capacity, week.free) for week in load] == [(0, 40, 40)] * 2


def test_free_from_is_the_next_working_day_after_the_committed_work():
    anna = person()
    schedule = build_schedule(inputs([anna], [job(anna, 40)]), MONDAY)

    assert schedule.free_from(anna.id) == day(7)


def test_a_fixed_window_spreads_over_its_working_days_and_may_overbook():
    anna = person()
    fixed = job(anna, 24, rank=5, planned_start=day(0), planned_finish=day(1))
    queued = job(anna, 8, rank=1)

    schedule = build_schedule(inputs([anna], [fixed, queued]), MONDAY)

    assert schedule.booked[anna.id][day(0)] == 12
    assert schedule.planned[fixed.id].fixed
    assert (schedule.planned[fixed.id].start, schedule.planned[fixed.id].finish) == (day(0), day(1))
    # The laid deal takes what the window left: nothing on Monday and Tuesday.
    assert schedule.planned[queued.id].start == day(2)
    assert schedule.over_allocated_days(anna.id) == [(day(0), 12, 8), (day(1), 12, 8)]
    assert over_allocation(12, 8) == (4, 150)


def test_a_window_over_a_weekend_skips_it():
    anna = person()
    fixed = job(anna, 24, planned_start=day(4), planned_finish=day(8))

    schedule = build_schedule(inputs([anna], [fixed]), MONDAY)

    assert schedule.booked[anna.id] == {day(4): 8, day(7): 8, day(8): 8}


def test_a_started_deal_is_laid_from_its_start():
    anna = person()
    started = job(anna, 40, started_on=day(-5))

    schedule = build_schedule(inputs([anna], [started]), MONDAY)

    plan = schedule.planned[started.id]
    assert (plan.start, plan.finish) == (day(-5), day(1))
    assert schedule.origin == day(-5)
    assert schedule.week_loads(anna.id, MONDAY, 1)[0].booked == 16


def test_likely_load_is_weighted_and_laid_after_the_committed_work():
    anna = person()
    committed = job(anna, 16)
    likely = job(anna, 20, tier=Tier.T09)
    unassigned = job(None, 50, tier=Tier.T09)

    schedule = build_schedule(inputs([anna], [committed, likely, unassigned]), MONDAY)

    plan = schedule.planned[likely.id]
    assert plan.likely
    assert plan.hours == pytest.approx(18)
    assert (plan.start, plan.finish) == (day(2), day(4))
    assert schedule.likely[anna.id] == pytest.approx({day(2): 8, day(3): 8, day(4): 2})
    assert sum(schedule.booked[anna.id].values()) == 16
    assert unassigned.id not in schedule.planned


def test_consecutive_bars_share_a_day_without_overlapping():
    anna = person()
    first, second = job(anna, 12, rank=1), job(anna, 8, rank=2)

    schedule = build_schedule(inputs([anna], [first, second]), MONDAY)

    assert schedule.planned[first.id].finish == day(1)
    assert schedule.planned[first.id].finish_offset == pytest.approx(0.5)
    assert schedule.planned[second.id].start == day(1)
    assert schedule.planned[second.id].start_offset == pytest.approx(0.5)


def test_work_that_does_not_fit_the_horizon_has_no_finish_and_is_late():
    anna = person()
    huge = job(anna, 10_000, due_date=day(30))

    schedule = build_schedule(inputs([anna], [huge]), MONDAY, horizon_days=60)

    assert schedule.planned[huge.id].finish is None
    assert schedule.planned[huge.id].late


def test_a_deal_of_somebody_inactive_is_listed_as_unplanned():
    gone = person("Gone")
    deal = job(gone, 8)

    schedule = build_schedule(inputs([], [deal]), MONDAY)

    assert schedule.unplanned == [deal.id]
    assert deal.id not in schedule.planned


def test_ranking_for_a_new_order_goes_by_the_earliest_finish():
    anna = person("Anna")
    boris = person("Boris", (4.0, 4.0, 4.0, 0.0, 0.0, 0.0, 0.0))
    clara = person("Clara")
    nobody = person("Nobody", (0.0,) * 7)
    data = inputs([anna, boris, clara, nobody], [job(anna, 40)],
                  time_off={clara.id: [(day(0), day(1))]})

    ranked = rank_candidates(data, 16, MONDAY)

    assert [(c.name, c.finish) for c in ranked] == [
        ("Clara", day(3)), ("Boris", day(7)), ("Anna", day(8)),
    ]


def test_ranking_respects_a_later_earliest_start():
    anna = person("Anna")

    ranked = rank_candidates(inputs([anna], []), 8, MONDAY, earliest=day(7))

    assert ranked[0].finish == day(7)


def test_summary_gives_weeks_from_this_monday():
    anna = person()
    schedule = build_schedule(inputs([anna], [job(anna, 48)]), day(2))

    summary = schedule_summary(schedule, 2)

    assert week_start(day(2)) == MONDAY
    weeks = summary[0]["weeks"]
    assert [week["week"] for week in weeks] == [MONDAY.isoformat(), day(7).isoformat()]
    assert [week["booked_hours"] for week in weeks] == [24, 24]
    # The days of this week already gone are no capacity any more.
    assert [week["capacity_hours"] for week in weeks] == [24, 40]
    assert weeks[0]["free_hours"] == 0
