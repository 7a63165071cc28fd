"""The forecast names its currency, who is free without a typical effort, and what it left out."""

import dataclasses
from datetime import date, timedelta
from decimal import Decimal

from app.models.queries import DealRow
from app.models.tiers import Tier
from app.planning import forecast as fc
from tests.unit.test_forecast import MONDAY, deal, make, person, settings


def _in(currency: str, row: DealRow) -> DealRow:
    return dataclasses.replace(row, currency=currency)


def test_a_dollar_pipeline_is_forecast_in_dollars():
    anna = person("Anna")
    pipeline = [_in("USD", deal(Tier.T05, 8, 1_000, expected_close=MONDAY))]
    result = fc.compute_forecast(make([anna], pipeline), settings())
    assert result.currency == "USD"
    assert not result.mixed_currencies


def test_mixed_currencies_are_named_in_the_volume_answer():
    anna = person("Anna")
    pipeline = [_in("USD", deal(Tier.T05, 8, 1_000, expected_close=MONDAY)),
                deal(Tier.T05, 8, 1_000, expected_close=MONDAY)]
    result = fc.compute_forecast(make([anna], pipeline), settings(default_currency="EUR"))
    assert result.currency == "EUR"
    assert result.currencies == ("RUB", "USD")
    assert "Mixed currencies: amounts in RUB, USD" in result.answer(fc.VOLUME).sentence()


def test_without_any_effort_the_next_order_goes_to_whoever_is_free_first():
    anna, boris = person("Anna"), person("Boris")
    pipeline = [deal(Tier.T05, 0, 1_000), deal(Tier.T01, 0, 500)]
    answer = fc.compute_forecast(make([anna, boris], pipeline), settings()).answer(fc.NEXT_ORDER)
    assert answer.verdict == "unsized"
    assert "no active employee" not in answer.sentence()
    assert "Anna is free first" in answer.sentence()


def test_deals_after_the_horizon_are_said_to_be_left_out():
    anna = person("Anna")
    late = deal(Tier.T01, 16, 10_000, expected_close=MONDAY + timedelta(weeks=30))
    result = fc.compute_forecast(make([anna], [late]), settings(), weeks=4)
    volume = result.answer(fc.VOLUME)
    assert volume.figures["left_out"] == [(Tier.T01, 1, Decimal("1000.00"), 1.6)]
    assert "Not counted, as it falls after" in volume.sentence()
    assert "0.1: 1 deals, 1 000" in volume.sentence()


def test_overdue_tier1_revenue_comes_when_the_schedule_finishes_and_is_named():
    anna = person("Anna")
    pipeline = [
        deal(Tier.T1, 40, 5_000, assignee=anna, due=MONDAY - timedelta(days=10)),
        deal(Tier.T1, 40, 7_000, assignee=anna, due=MONDAY - timedelta(days=3)),
    ]
    result = fc.compute_forecast(make([anna], pipeline), settings())
    # A week's work each: each amount comes in the week its work ends, not all today.
    assert {result.weeks[0].committed_revenue, result.weeks[1].committed_revenue} == {
        Decimal("5000.00"), Decimal("7000.00")}
    volume = result.answer(fc.VOLUME)
    assert volume.figures["overdue"] == (2, Decimal("12000.00"))
    assert "2 tier-1 deals (12 000) are past their due date" in volume.sentence()


def test_tier1_work_the_schedule_cannot_finish_in_its_horizon_is_left_out():
    anna = person("Anna")
    huge = deal(Tier.T1, 100_000, 9_000, assignee=anna, due=date(2026, 1, 1))
    result = fc.compute_forecast(make([anna], [huge]), settings())
    assert sum(row.committed_revenue for row in result.weeks) == 0
    assert result.answer(fc.VOLUME).figures["left_out"][0][:3] == (
        Tier.T1, 1, Decimal("9000.00"))
