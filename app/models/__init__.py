"""The domain: tables and the rules that change them. Nothing here imports Qt."""

from app.models.base import Base, utcnow
from app.models.entities import (
    Client,
    Deal,
    Employee,
    Holiday,
    Setting,
    TierEvent,
    TimeOff,
)
from app.models.tiers import Tier

__all__ = [
    "Base",
    "Client",
    "Deal",
    "Employee",
    "Holiday",
    "Setting",
    "Tier",
    "TierEvent",
    "TimeOff",
    "utcnow",
]
