"""The schedule read from the database, and the ranking the board asks for on a drop into tier 1."""

from datetime import date, timedelta

from app.models import Tier, pipeline
from app.models.settings import load_settings
from app.planning.schedule import build_schedule, rank_candidates_for_deal, read_schedule_input
from tests.helpers.factories import deal, employee

MONDAY = date(2026, 3, 2)


def test_schedule_reads_committed_and_likely_work_with_calendars(db):
    anna = employee(db, "Anna")
    vika = employee(db, "Vika", hours_mon=4, hours_tue=4, hours_wed=4, hours_thu=0, hours_fri=0)
    busy = deal(db, "Busy", effort_hours=16)
    db.write(lambda s: pipeline.move_deal(s, busy, Tier.T1, assignee_id=anna))
    maybe = deal(db, "Maybe", effort_hours=10, assignee_id=vika)
    db.write(lambda s: pipeline.move_deal(s, maybe, Tier.T09))
    deal(db, "Early talk", effort_hours=99)  # Incoming: not part of the load

    def holiday_and_leave(session):
        from app.models.entities import Holiday, TimeOff

        session.add(Holiday(day=MONDAY + timedelta(days=2), name="Holiday"))
        session.add(TimeOff(employee_id=anna, start_date=MONDAY, end_date=MONDAY))

    db.write(holiday_and_leave)
    settings = db.read(load_settings)

    data = db.read(lambda c: read_schedule_input(c, settings))
    schedule = build_schedule(data, MONDAY)

    assert {row.title for row in data.deals} == {"Busy", "Maybe"}
    assert data.probability_09 == 0.9
    # Anna is away on Monday and Wednesday is a holiday: Tuesday and Thursday.
    assert schedule.booked[anna] == {MONDAY + timedelta(days=1): 8, MONDAY + timedelta(days=3): 8}
    assert schedule.planned[maybe].likely
    assert sum(schedule.likely[vika].values()) == 9


def test_ranking_for_a_deal_leaves_the_deal_itself_out(db):
    anna = employee(db, "Anna")
    boris = employee(db, "Boris")
    for title in ("One", "Two"):
        won = deal(db, title, effort_hours=40)
        db.write(lambda s, w=won: pipeline.move_deal(s, w, Tier.T1, assignee_id=anna))
    # The candidate deal is already Boris's likely work; that must not count against him.
    new = deal(db, "New order", effort_hours=16, assignee_id=boris)
    db.write(lambda s: pipeline.move_deal(s, new, Tier.T09))
    settings = db.read(load_settings)

    ranked = db.read(lambda c: rank_candidates_for_deal(c, settings, new, MONDAY))

    assert [(c.name, c.finish) for c in ranked] == [
        ("Boris", MONDAY + timedelta(days=1)), ("Anna", MONDAY + timedelta(days=15)),
    ]
