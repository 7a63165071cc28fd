"""Observed shares on a crafted history, carousels included."""

import uuid
from datetime import datetime, timedelta

import pytest

from app.models.tiers import DEFAULT_PROBABILITIES, Tier
from app.planning.calibration import MIN_DECIDED, calibrate
from app.planning.history import Timeline

START = datetime(2026, 1, 1, 9)


def timeline(*steps: tuple[int, Tier]) -> Timeline:
    return Timeline(uuid.uuid4(), tuple((START + timedelta(days=day), tier)
                                        for day, tier in steps))


INC, T01, T05, T09, T1, DONE, LOST = (
    Tier.INCOMING, Tier.T01, Tier.T05, Tier.T09, Tier.T1, Tier.DONE, Tier.LOST)

HISTORY = [
    # Climbed all the way and was delivered.
    timeline((0, INC), (1, T01), (3, T05), (6, T09), (8, T1), (20, DONE)),
    # Lost from 0.1.
    timeline((0, INC), (2, T01), (5, LOST)),
    # A carousel: lost from 0.5, revived 20 days later into 0.9, then won.
    timeline((0, INC), (2, T05), (10, LOST), (30, T09), (35, T1)),
    # Still open in 0.5.
    timeline((0, INC), (4, T05)),
    # A carousel never won: created in 0.1, lost, back 10 days later, lost again.
    timeline((0, T01), (5, LOST), (15, T01), (18, LOST)),
]


def test_shares_count_episodes_and_carousels_win_from_the_tier_revived_into():
    result = calibrate(HISTORY, DEFAULT_PROBABILITIES)
    outcome = result.outcomes

    assert (outcome[INC].won, outcome[INC].lost, outcome[INC].open) == (1, 2, 1)
    # 0.1: the climber won; the loser and both lives of the second carousel were lost.
    assert (outcome[T01].won, outcome[T01].lost) == (1, 3)
    assert outcome[T01].share == pytest.approx(0.25)
    # 0.5: the carousel's first life ended lost; its win counts for 0.9, where it came back.
    assert (outcome[T05].won, outcome[T05].lost, outcome[T05].open) == (1, 1, 1)
    assert (outcome[T09].won, outcome[T09].lost) == (2, 0)
    assert outcome[T09].share == 1.0
    # 0.9 to won: 2 days for the climber, 5 for the carousel.
    assert outcome[T09].median_days_to_won == pytest.approx(3.5)
    assert outcome[T01].median_days_to_won == pytest.approx(7)
    assert result.deals == 5

    carousels = result.carousels
    assert carousels.lost_deals == 3
    assert carousels.came_back == 2
    assert carousels.median_days_to_return == pytest.approx(15)  # 20 and 10 days
    assert carousels.won_after_return == 1


def test_thin_shares_fall_back_to_nominal_and_enough_history_is_used():
    thin = calibrate(HISTORY, DEFAULT_PROBABILITIES)
    assert thin.probabilities(observed=True)[T09] == pytest.approx(0.9)
    assert set(thin.fallbacks) == {T09, T05, T01}

    many = [timeline((0, T09), (3, T1)) for _ in range(7)]
    many += [timeline((0, T09), (3, LOST)) for _ in range(3)]
    learned = calibrate(many, DEFAULT_PROBABILITIES)
    assert learned.outcomes[T09].decided == 10 >= MIN_DECIDED
    assert learned.probabilities(observed=True)[T09] == pytest.approx(0.7)
    assert learned.probabilities(observed=False)[T09] == pytest.approx(0.9)
    assert learned.probabilities(observed=True)[T1] == 1.0


def test_only_the_past_of_a_moment_is_learned_from():
    carousel = [HISTORY[2]]
    before_revival = calibrate(carousel, DEFAULT_PROBABILITIES, until=START + timedelta(days=20))
    assert before_revival.outcomes[T05].lost == 1
    assert before_revival.outcomes[T09].won == 0
    assert before_revival.carousels.came_back == 0
    assert before_revival.carousels.lost_deals == 1


def test_a_deal_moved_back_from_tier_1_starts_a_new_episode():
    result = calibrate([timeline((0, T09), (2, T1), (4, T09), (6, LOST))],
                       DEFAULT_PROBABILITIES)
    assert (result.outcomes[T09].won, result.outcomes[T09].lost) == (1, 1)
