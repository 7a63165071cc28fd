"""The forecast on crafted pipelines: weighted sums by hand, and each of the four answers."""

import uuid
from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest

from app.models.queries import DealRow, EmployeeRow
from app.models.settings import DEFAULTS, FirmSettings
from app.models.tiers import Tier
from app.planning import forecast as fc
from app.planning.schedule import ScheduleInput

MONDAY = date(2027, 1, 4)
FULL_WEEK = (8.0, 8.0, 8.0, 8.0, 8.0, 0.0, 0.0)


def person(name: str, hours: tuple[float, ...] = FULL_WEEK) -> EmployeeRow:
    return EmployeeRow(uuid.uuid4(), name, "", "#000000", True, None,
                       hours)  # type: ignore[arg-type]


def deal(tier: Tier, effort: float, amount: int = 0, *, assignee: EmployeeRow | None = None,
         expected_close: date | None = None, due: date | None = None,
         rank: float = 0.0) -> DealRow:
    return DealRow(
        id=uuid.uuid4(), version=1, title=f"{tier.label} {effort}", client_name="",
        amount=Decimal(amount), currency="RUB", effort_hours=effort, tier=tier, rank=rank,
        owner_id=None, owner_name="", assignee_id=assignee.id if assignee else None,
        assignee_name=assignee.name if assignee else "", assignee_colour="",
        received_at=datetime(2026, 12, 1), expected_close=expected_close, due_date=due,
        planned_start=None, planned_finish=None, started_on=None, finished_on=None,
        lost_reason="",
    )


def settings(**changes: object) -> FirmSettings:
    values = dict(DEFAULTS)
    values.update({key.replace("__", "."): value for key, value in changes.items()})
    return FirmSettings(values)


def make(team: list[EmployeeRow], deals: list[DealRow], *, today: date = MONDAY,
         holidays: set[date] | None = None,
         time_off: dict[uuid.UUID, list[tuple[date, date]]] | None = None) -> fc.ForecastInput:
    data = ScheduleInput(employees=team, deals=[], time_off=time_off or {},
                         holidays=holidays or set(), probability_09=0.9)
    return fc.prepare_input(data, deals, deals, today)


def week(result: fc.Forecast, monday: date) -> fc.PeriodFigures:
    return next(row for row in result.weeks if row.period.start == monday)


def test_weighted_sums_match_hand_computed_values():
    anna = person("Anna")
    pipeline = [
        # 24 h of tier 1: Monday to Wednesday of the first week; paid on its due date.
        deal(Tier.T1, 24, 60_000, assignee=anna, due=date(2027, 1, 20)),
        # 40 h x 0.5 = 20 h over the five days of the week it closes; 50 000 at its end.
        deal(Tier.T05, 40, 100_000, expected_close=date(2027, 1, 11)),
        # No close date: today + 14 days; 10 h is two working days; 9 h weighted; paid when due.
        deal(Tier.T09, 10, 30_000, due=date(2027, 2, 1)),
    ]
    result = fc.compute_forecast(make([anna], pipeline), settings())

    first = week(result, MONDAY)
    assert first.capacity == pytest.approx(40)
    assert first.committed_hours == pytest.approx(24)
    assert sum(first.expected_hours.values()) == pytest.approx(0)

    second = week(result, date(2027, 1, 11))
    assert second.expected_hours[Tier.T05] == pytest.approx(20)
    assert second.expected_revenue[Tier.T05] == Decimal("50000.00")

    third = week(result, date(2027, 1, 18))
    assert third.expected_hours[Tier.T09] == pytest.approx(9)
    assert third.committed_revenue == Decimal("60000.00")
    assert week(result, date(2027, 2, 1)).expected_revenue[Tier.T09] == Decimal("27000.00")

    totals = result.totals()
    assert totals.committed_revenue == Decimal("60000.00")
    assert totals.weighted_revenue == Decimal("137000.00")
    assert totals.committed_hours + sum(totals.expected_hours.values()) == pytest.approx(53)
    assert len(result.periods) == 12


def test_expected_work_skips_holidays_and_time_off():
    anna, boris = person("Anna"), person("Boris")
    holiday = date(2027, 1, 12)
    pipeline = [deal(Tier.T05, 16, expected_close=date(2027, 1, 11))]
    data = make([anna, boris], pipeline, holidays={holiday},
                time_off={boris.id: [(date(2027, 1, 11), date(2027, 1, 11))]})
    days = fc.lay_out(data, {Tier.T05: 0.5}, {Tier.T05: 45}, date(2027, 1, 31))

    # 16 h is two person-days: Monday (Anna only, 8 h) and Wednesday (both, 16 h) share 8 h
    # weighted in proportion 8:16; the holiday on Tuesday takes nothing.
    series = days.expected[Tier.T05]
    assert series[days.index(date(2027, 1, 11))] == pytest.approx(8 * 8 / 24)
    assert series[days.index(holiday)] == 0
    assert series[days.index(date(2027, 1, 13))] == pytest.approx(8 * 16 / 24)
    assert days.capacity[days.index(date(2027, 1, 11))] == 8
    assert days.capacity[days.index(holiday)] == 0


def test_months_switch_and_observed_probabilities():
    anna = person("Anna")
    pipeline = [deal(Tier.T05, 40, 100_000, expected_close=date(2027, 1, 11))]
    result = fc.compute_forecast(make([anna], pipeline), settings(), by_month=True,
                                 probabilities={Tier.T1: 1.0, Tier.T09: 0.9, Tier.T05: 0.25,
                                                Tier.T01: 0.1}, observed=True)
    assert [row.period.start for row in result.periods] == [
        date(2027, 1, 1), date(2027, 2, 1), date(2027, 3, 1)]
    january = result.periods[0]
    assert january.expected_hours[Tier.T05] == pytest.approx(10)
    assert january.expected_revenue[Tier.T05] == Decimal("25000.00")
    assert result.observed


def test_idle_team_is_told_to_look_for_orders():
    team = [person("Anna"), person("Boris"), person("Vera")]
    pipeline = [deal(Tier.T1, 16, 40_000, assignee=team[0], due=date(2027, 1, 8))]
    result = fc.compute_forecast(make(team, pipeline), settings())

    focus = result.answer(fc.FOCUS)
    assert focus.verdict == "look_for_orders"
    assert focus.figures["committed"] == pytest.approx(16)
    assert focus.figures["capacity"] == pytest.approx(480)
    assert "Look for orders now" in focus.sentence()
    assert "tier 1, 16 h" in focus.sentence()
    assert "(480 h)" in focus.sentence()

    hiring = result.answer(fc.HIRING)
    assert hiring.verdict == "idle"
    assert hiring.figures["idle"][0][0] == MONDAY
    assert "Capacity sits idle" in hiring.sentence()
    assert "04.01" in hiring.sentence()


def test_overloaded_team_is_told_to_produce_and_to_hire():
    anna = person("Anna")
    pipeline = [deal(Tier.T1, 320, 500_000, assignee=anna, due=date(2027, 2, 1))]
    pipeline += [deal(Tier.T05, 80, 10_000, expected_close=MONDAY + timedelta(days=7 * n))
                 for n in range(6)]
    result = fc.compute_forecast(make([anna], pipeline), settings())

    focus = result.answer(fc.FOCUS)
    assert focus.verdict == "produce"
    assert focus.figures["committed"] == pytest.approx(320)
    assert "don't go down the tiers" in focus.sentence()

    hiring = result.answer(fc.HIRING)
    # Tier 1 fills eight weeks; each 0.5 deal adds 20 h in the week it closes and 20 h in the
    # next, so weeks 1 to 7 run above capacity by more than 15 %; afterwards the team idles.
    assert hiring.verdict == "hire_and_idle"
    first, last, count = hiring.figures["over"][0]
    assert (first, last, count) == (MONDAY, date(2027, 2, 15), 7)
    assert hiring.figures["excess"] == pytest.approx((20 + 5 * 40 + 20) / 7)
    assert "Consider hiring" in hiring.sentence()
    assert "the 7 weeks of 04.01–15.02" in hiring.sentence()


def test_rush_from_0_9_warns_though_tier_1_is_light():
    team = [person("Anna"), person("Boris")]
    rush_start = date(2027, 1, 18)
    # Eight 0.9 deals of 80 h close the same week: 576 h weighted on an 80-hour week team.
    pipeline = [deal(Tier.T09, 80, 90_000, expected_close=rush_start) for _ in range(8)]
    result = fc.compute_forecast(make(team, pipeline), settings(hiring_threshold_weeks=2))

    assert result.answer(fc.FOCUS).verdict == "look_for_orders"
    hiring = result.answer(fc.HIRING)
    assert hiring.verdict in ("hire", "hire_and_idle")
    first, _, count = hiring.figures["over"][0]
    assert first == rush_start
    assert count >= 2
    expected_0_9 = sum(row.expected_hours[Tier.T09] for row in result.weeks)
    assert expected_0_9 == pytest.approx(8 * 80 * 0.9)


def test_next_order_goes_to_whoever_finishes_a_typical_order_first():
    busy, free = person("Busy"), person("Free")
    pipeline = [deal(Tier.T1, 80, assignee=busy), deal(Tier.T05, 24), deal(Tier.T01, 24)]
    result = fc.compute_forecast(make([busy, free], pipeline), settings())

    answer = result.answer(fc.NEXT_ORDER)
    assert answer.verdict == "candidate"
    assert answer.figures["effort"] == pytest.approx(24)
    assert answer.figures["ranked"][0] == ("Free", date(2027, 1, 6))
    sentence = answer.sentence()
    assert sentence.startswith("The next order goes to Free")
    assert "06.01" in sentence
    assert "Then: Busy" in sentence


def test_volume_is_a_range_per_month():
    anna = person("Anna")
    pipeline = [
        deal(Tier.T1, 8, 10_000, assignee=anna, due=date(2027, 1, 15)),
        deal(Tier.T09, 8, 20_000, expected_close=date(2027, 2, 1), due=date(2027, 2, 10)),
    ]
    result = fc.compute_forecast(make([anna], pipeline), settings())
    volume = result.answer(fc.VOLUME)
    assert volume.figures["revenue_low"] == Decimal("10000.00")
    assert volume.figures["revenue_high"] == Decimal("28000.00")
    assert volume.figures["hours_low"] == pytest.approx(8)
    assert volume.figures["hours_high"] == pytest.approx(8 + 7.2)
    sentence = volume.sentence()
    assert "10 000 (tier 1 only) to 28 000" in sentence
    assert "• 2027-02: 0 – 18 000, 0 h – 7 h" in sentence


def test_a_team_without_people_gets_plain_answers():
    result = fc.compute_forecast(make([], [deal(Tier.T05, 10, 1_000)]), settings())
    assert result.answer(fc.FOCUS).verdict == "no_capacity"
    assert result.answer(fc.NEXT_ORDER).verdict == "nobody"
    assert result.answer(fc.HIRING).verdict == "no_capacity"
    for answer in result.answers:
        assert answer.sentence()
    for key in (fc.FOCUS, fc.HIRING):
        sentence = result.answer(key).sentence()
        assert "Nobody has working hours" in sentence
        assert "Firm → Team…" in sentence


def test_a_date_ending_in_a_dot_does_not_double_the_full_stop():
    busy, free = person("Busy"), person("Free")
    pipeline = [deal(Tier.T1, 80, assignee=busy), deal(Tier.T05, 24)]
    result = fc.compute_forecast(make([busy, free], pipeline), settings())
    abbreviated = fc.PLAIN._replace(day=lambda day: f"{day.day} дек.")

    sentence = result.answer(fc.NEXT_ORDER).sentence(fmt=abbreviated)
    assert ".." not in sentence
    assert "дек. Then: Busy" in sentence
    assert sentence.endswith("дек.).")
