"""Settings that belong to the firm, stored in the database so that the whole team shares them."""

import json
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from app.models.entities import Setting
from app.models.errors import RuleError
from app.models.tiers import DEFAULT_PROBABILITIES, Tier

#: Every firm setting with its default. Values are stored as JSON.
DEFAULTS: dict[str, Any] = {
    "probability.0.1": 0.1,
    "probability.0.5": 0.5,
    "probability.0.9": 0.9,
    # An Incoming request should be answered within this many working hours.
    "answer_deadline_hours": 2.0,
    "working_day_start_hour": 9,
    "working_day_end_hour": 18,
    "default_currency": "RUB",
    "forecast_horizon_weeks": 12,
    # Days from today to the expected close of a deal that has no close date, per tier.
    "lead_days.0.9": 14,
    "lead_days.0.5": 45,
    "lead_days.0.1": 90,
    # Hiring advice: expected load above capacity by this share for this many weeks in a row.
    "hiring_threshold_share": 0.15,
    "hiring_threshold_weeks": 4,
    # How many weeks ahead the focus advisor compares tier-1 work with the team's capacity.
    "advisor_weeks": 4,
}


@dataclass(frozen=True)
class FirmSettings:
    """A snapshot of the firm's settings with typed accessors."""

    values: dict[str, Any] = field(default_factory=lambda: dict(DEFAULTS))

    def __getitem__(self, key: str) -> Any:
        return self.values.get(key, DEFAULTS.get(key))

    def probability(self, tier: Tier) -> Decimal:
        """The nominal probability that a deal in ``tier`` is won (1 for tier 1, 0 otherwise)."""
        if tier in (Tier.T01, Tier.T05, Tier.T09):
            return Decimal(str(self[f"probability.{tier.value}"]))
        return DEFAULT_PROBABILITIES.get(tier, Decimal(0))

    def probabilities(self) -> dict[Tier, Decimal]:
        """Probabilities of every tier that has one."""
        return {tier: self.probability(tier) for tier in (Tier.T01, Tier.T05, Tier.T09, Tier.T1)}


def load_settings(connection: Connection) -> FirmSettings:
    """Read every stored setting over the defaults."""
    values = dict(DEFAULTS)
    rows = connection.execute(
        select(Setting.key, Setting.value).where(Setting.deleted_at.is_(None))
    )
    for key, raw in rows:
        try:
            values[key] = json.loads(raw)
        except ValueError:
            continue  # an unreadable value falls back to its default rather than breaking start-up
    return FirmSettings(values)


def save_setting(session: Session, key: str, value: Any) -> None:
    """Store one setting; refuse a key that is not known or a value of the wrong kind.

    Raises:
        RuleError: unknown key, or a value that does not fit it.
    """
    if key not in DEFAULTS:
        raise RuleError(key, "is not a known setting")
    default = DEFAULTS[key]
    if isinstance(default, int | float) and not isinstance(value, bool):
        try:
            number = float(value)
        except (TypeError, ValueError):
            raise RuleError(key, f"must be a number, not {value!r}") from None
        if number < 0 or number != number:
            raise RuleError(key, f"must be a number not below zero, not {value!r}")
        if key.startswith("probability.") and number > 1:
            raise RuleError(key, "is a probability: between 0 and 1")
        value = int(number) if isinstance(default, int) else number

    encoded = json.dumps(value)
    row = session.scalar(select(Setting).where(Setting.key == key))
    if row is None:
        session.add(Setting(key=key, value=encoded))
    else:
        row.value = encoded
        row.deleted_at = None
    session.flush()
