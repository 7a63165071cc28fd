"""The pipeline rebuilt as of a past day, the forecast made then, and the look back."""

import uuid
from datetime import date, datetime
from decimal import Decimal

import pytest

from app.db import Database
from app.models import pipeline
from app.models.entities import Deal, TierEvent
from app.models.settings import load_settings
from app.models.tiers import Tier
from app.planning import backtest, forecast, history

D = datetime


def crafted(db: Database, title: str, steps: list[tuple[datetime, Tier]], *,
            effort: float = 40.0, amount: int = 100_000, assignee: uuid.UUID | None = None,
            assigned: list[tuple[datetime, uuid.UUID | None, uuid.UUID | None]] = ()
            ) -> uuid.UUID:
    """A deal with the history given, written as the rules would have written it."""
    key = uuid.uuid4()

    def write(session):
        session.add(Deal(id=key, title=title, tier=steps[-1][1].value, amount=Decimal(amount),
                         effort_hours=effort, received_at=steps[0][0], assignee_id=assignee,
                         lost_reason="gone" if steps[-1][1] is Tier.LOST else ""))
        session.flush()
        previous = None
        for at, tier in steps:
            session.add(TierEvent(deal_id=key, kind="tier", at=at, to_value=tier.value,
                                  from_value=previous.value if previous else None))
            previous = tier
        for at, before, after in assigned:
            session.add(TierEvent(deal_id=key, kind="assignee", at=at,
                                  from_value=str(before) if before else None,
                                  to_value=str(after) if after else None))

    db.write(write)
    return key


@pytest.fixture
def firm(db: Database) -> dict[str, uuid.UUID]:
    anna = db.write(lambda s: pipeline.create_employee(s, name="Anna"))
    boris = db.write(lambda s: pipeline.create_employee(s, name="Boris"))
    climber = crafted(db, "Climber", [
        (D(2026, 1, 10, 10), Tier.INCOMING), (D(2026, 2, 1, 10), Tier.T05),
        (D(2026, 3, 1, 10), Tier.T09), (D(2026, 4, 1, 10), Tier.T1),
        (D(2026, 5, 10, 10), Tier.DONE),
    ], assignee=boris, assigned=[(D(2026, 3, 20, 10), anna, boris)])
    late = crafted(db, "Late comer", [(D(2026, 3, 15, 10), Tier.T01)], amount=50_000)
    carousel = crafted(db, "Carousel", [
        (D(2026, 1, 5, 10), Tier.T09), (D(2026, 1, 20, 10), Tier.LOST),
        (D(2026, 3, 2, 10), Tier.T09), (D(2026, 3, 20, 10), Tier.T1),
    ], assignee=anna, amount=80_000)
    return {"anna": anna, "boris": boris, "climber": climber, "late": late,
            "carousel": carousel}


def _tiers(db: Database, day: date) -> dict[str, Tier]:
    rows = db.read(lambda c: history.pipeline_as_of(c, day))
    return {row.title: row.tier for row in rows}


def test_pipeline_as_of_rebuilds_tiers_and_leaves_out_later_deals(db, firm):
    assert _tiers(db, date(2026, 1, 9)) == {"Carousel": Tier.T09}
    assert _tiers(db, date(2026, 2, 15)) == {"Climber": Tier.T05}  # the carousel is lost then
    assert _tiers(db, date(2026, 3, 16)) == {
        "Climber": Tier.T09, "Late comer": Tier.T01, "Carousel": Tier.T09}
    assert _tiers(db, date(2026, 4, 2)) == {
        "Climber": Tier.T1, "Late comer": Tier.T01, "Carousel": Tier.T1}
    assert "Climber" not in _tiers(db, date(2026, 5, 11))


def test_pipeline_as_of_rebuilds_the_assignee(db, firm):
    before = db.read(lambda c: history.pipeline_as_of(c, date(2026, 3, 10)))
    after = db.read(lambda c: history.pipeline_as_of(c, date(2026, 4, 2)))
    assert {row.title: row.assignee_id for row in before}["Climber"] == firm["anna"]
    assert {row.title: row.assignee_id for row in after}["Climber"] == firm["boris"]


def test_forecast_as_of_a_past_day(db, firm):
    settings = db.read(load_settings)
    report = db.read(lambda c: forecast.make_report(
        c, settings, today=date(2026, 12, 1), as_of=date(2026, 4, 2), weeks=16))
    assert report.forecast.today == date(2026, 4, 2)
    assert report.forecast.weeks[0].period.start == date(2026, 3, 30)
    totals = report.forecast.totals()
    # Tier 1 then: the climber and the carousel (40 h each); 0.1: the late comer, weighted,
    # from 90 days on (it has no close date).
    assert totals.committed_hours == pytest.approx(80)
    assert totals.committed_revenue == Decimal("180000.00")
    assert totals.expected_revenue[Tier.T01] == Decimal("5000.00")
    # Learned only from before the day: the carousel's revival counts, its later win does too.
    assert report.calibration.carousels.came_back == 1
    assert report.calibration.outcomes[Tier.T09].won == 2


def test_backtest_sets_the_forecast_beside_what_was_won(db, firm):
    settings = db.read(load_settings)
    result = db.read(lambda c: backtest.run_backtest(
        c, settings, date(2026, 3, 16), weeks=4, today=date(2026, 12, 1)))
    rows = {row.tier: row for row in result.rows}
    assert rows[Tier.T09].deals == 2
    assert rows[Tier.T09].expected_nominal == Decimal("162000.00")  # 0.9 x 180 000
    assert rows[Tier.T09].won_deals == 2
    assert rows[Tier.T09].won_amount == Decimal("180000")
    assert rows[Tier.T01].won_deals == 0
    assert result.until == date(2026, 4, 12)
    # Worked: the climber's 40 h over its 39 days in production, of which 1 April 10:00 to the
    # end of 12 April fall in the horizon; the carousel's 40 h from 20 March 10:00 until "now"
    # (1 December), of which 20 March to the end of 12 April fall in it.
    end = D(2026, 4, 13)
    climber = 40 * (end - D(2026, 4, 1, 10)) / (D(2026, 5, 10, 10) - D(2026, 4, 1, 10))
    carousel = 40 * (end - D(2026, 3, 20, 10)) / (D(2026, 12, 1) - D(2026, 3, 20, 10))
    assert result.worked_hours == pytest.approx(climber + carousel)
