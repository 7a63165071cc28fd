"""Probabilities learned from the firm's own history, beside the nominal ones.

How stays are counted (carousels included):

- A deal's history is cut into *episodes*. An episode starts when the deal is created, or when a
  lost deal is revived, and ends when the deal is won (reaches tier 1 or Done) or lost.
- Within an episode a deal counts once for every tier of 0.1, 0.5, 0.9 (and Incoming) it stood
  in. The episode's end decides all of them: won or lost. The time to won is measured from the
  first moment of the episode in that tier to the moment it reached tier 1 or Done.
- Episodes still open (the deal has not been won or lost yet) are left out of the shares: nobody
  knows yet how they end. Their number is shown as ``open``.
- A carousel is a lost deal that came back. Its first episode ended in a loss, so it counts as
  lost for the tiers it stood in before. The revival starts a new episode in the tier it was
  revived into, so a lost deal later won counts as won from the tier it was revived into (and
  from any tier it climbed through after the revival), never from the tiers of its first life.
- A deal moved back from tier 1 to a lower tier also starts a new episode there.
- Carousel figures count deals, not episodes: how many lost deals came back (at least once), the
  median time from a loss to the revival that followed it (every revival counts), and how many of
  the deals that came back were then won.
"""

import statistics
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal

from app.models.tiers import PROBABILITY_TIERS, Tier
from app.planning.history import Timeline

#: Tiers whose outcome is measured. Incoming is shown for information; it carries no weight.
MEASURED_TIERS: tuple[Tier, ...] = (Tier.INCOMING, *reversed(PROBABILITY_TIERS))

#: Below this many decided episodes an observed share is too thin to forecast with; the nominal
#: probability is used for that tier instead, and the screen says so.
MIN_DECIDED = 5

_WON = (Tier.T1, Tier.DONE)


@dataclass(frozen=True, slots=True)
class TierOutcome:
    """What became of the deals that stood in one tier.

    Attributes:
        tier: the tier.
        nominal: the firm's setting for it (0 for Incoming).
        won: decided episodes that ended won.
        lost: decided episodes that ended lost.
        open: episodes not decided yet.
        median_days_to_won: from entering the tier to reaching tier 1 or Done (None: no wins).
    """

    tier: Tier
    nominal: float
    won: int
    lost: int
    open: int
    median_days_to_won: float | None

    @property
    def decided(self) -> int:
        """How many episodes the share rests on."""
        return self.won + self.lost

    @property
    def share(self) -> float | None:
        """The observed share won; None when nothing was decided yet."""
        return self.won / self.decided if self.decided else None

    @property
    def usable(self) -> bool:
        """Whether the observed share rests on enough episodes to forecast with."""
        return self.decided >= MIN_DECIDED


@dataclass(frozen=True, slots=True)
class Carousels:
    """Lost deals that came back.

    Attributes:
        lost_deals: deals that were lost at least once.
        came_back: of them, deals revived at least once.
        median_days_to_return: from a loss to the revival after it (None: no revivals).
        won_after_return: deals that were won after a revival.
    """

    lost_deals: int
    came_back: int
    median_days_to_return: float | None
    won_after_return: int


@dataclass(frozen=True, slots=True)
class Calibration:
    """Observed shares per tier and the carousel figures, learned from the history."""

    outcomes: dict[Tier, TierOutcome]
    carousels: Carousels
    deals: int = 0
    until: datetime | None = None
    fallbacks: tuple[Tier, ...] = field(default=())

    def probabilities(self, *, observed: bool) -> dict[Tier, float]:
        """Probabilities to forecast with.

        Nominal ones, or observed shares where they rest on enough episodes (nominal elsewhere).
        """
        chosen = {Tier.T1: 1.0}
        for tier in PROBABILITY_TIERS:
            outcome = self.outcomes[tier]
            share = outcome.share
            use_observed = observed and outcome.usable and share is not None
            chosen[tier] = share if use_observed and share is not None else outcome.nominal
        return chosen

    def thin_tiers(self) -> list[Tier]:
        """Tiers whose observed share is too thin to use."""
        return [tier for tier in PROBABILITY_TIERS if not self.outcomes[tier].usable]


@dataclass
class _Tally:
    won: int = 0
    lost: int = 0
    open: int = 0
    days: list[float] = field(default_factory=list)


def _days(start: datetime, end: datetime) -> float:
    return (end - start).total_seconds() / 86400.0


def calibrate(timelines: Iterable[Timeline], nominal: Mapping[Tier, Decimal | float], *,
              until: datetime | None = None) -> Calibration:
    """Learn the observed shares and carousel figures from tier timelines.

    Args:
        timelines: every deal's tier timeline (see app.planning.history).
        nominal: the firm's probability per tier.
        until: ignore everything from this moment on (to learn only from the past of a date).

    Returns:
        The calibration; see the module's notes for how episodes and carousels are counted.
    """
    tallies = {tier: _Tally() for tier in MEASURED_TIERS}
    lost_deals = came_back = won_after_return = deals = 0
    return_days: list[float] = []

    for timeline in timelines:
        steps = timeline.steps if until is None else timeline.until(until).steps
        if not steps:
            continue
        deals += 1
        result = _walk(steps, tallies, return_days)
        lost_deals += result[0]
        came_back += result[1]
        won_after_return += result[2]

    outcomes = {
        tier: TierOutcome(
            tier=tier,
            nominal=float(nominal.get(tier, 0.0)),
            won=tally.won, lost=tally.lost, open=tally.open,
            median_days_to_won=statistics.median(tally.days) if tally.days else None,
        )
        for tier, tally in tallies.items()
    }
    carousels = Carousels(
        lost_deals=lost_deals, came_back=came_back,
        median_days_to_return=statistics.median(return_days) if return_days else None,
        won_after_return=won_after_return,
    )
    calibration = Calibration(outcomes, carousels, deals=deals, until=until)
    return Calibration(outcomes, carousels, deals=deals, until=until,
                       fallbacks=tuple(calibration.thin_tiers()))


def _walk(steps: tuple[tuple[datetime, Tier], ...], tallies: dict[Tier, _Tally],
          return_days: list[float]) -> tuple[int, int, int]:
    """Count one deal's episodes into ``tallies``; return (was lost, came back, won after)."""
    entries: dict[Tier, datetime] | None = {}
    previous: Tier | None = None
    lost_at: datetime | None = None
    was_lost = revived = won_after = False

    for at, tier in steps:
        if previous is Tier.LOST and tier is not Tier.LOST:
            # A revival: the loss closed the old episode; a new one begins here.
            revived = True
            if lost_at is not None:
                return_days.append(_days(lost_at, at))
            entries = {}

        if tier in _WON:
            if entries is not None:
                for entered_tier, entered_at in entries.items():
                    tallies[entered_tier].won += 1
                    tallies[entered_tier].days.append(_days(entered_at, at))
                won_after = won_after or revived
            entries = None
        elif tier is Tier.LOST:
            if entries is not None:
                for entered_tier in entries:
                    tallies[entered_tier].lost += 1
            entries = None
            was_lost, lost_at = True, at
        else:
            if entries is None:
                entries = {}  # moved back down from tier 1: a new episode
            if tier in tallies:
                entries.setdefault(tier, at)
        previous = tier

    if entries:
        for entered_tier in entries:
            tallies[entered_tier].open += 1
    return int(was_lost), int(revived), int(won_after)
