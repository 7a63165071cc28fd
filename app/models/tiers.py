"""The tiers a deal climbs through, and the order in which they deserve attention."""

import enum
from decimal import Decimal


class Tier(enum.StrEnum):
    """Where a deal stands. The value is what the database stores."""

    INCOMING = "incoming"
    T01 = "0.1"
    T05 = "0.5"
    T09 = "0.9"
    T1 = "1"
    DONE = "done"
    LOST = "lost"

    @property
    def is_closed(self) -> bool:
        """Done and Lost end the chain (until a lost deal is revived)."""
        return self in (Tier.DONE, Tier.LOST)

    @property
    def label(self) -> str:
        """The short name shown on screen and in files."""
        return _LABELS[self]

    @classmethod
    def parse(cls, text: object) -> "Tier":
        """Read a tier from what a person or a file might write.

        Raises:
            ValueError: the text names no tier.
        """
        key = str(text).strip().lower().replace(",", ".")
        if key in _ALIASES:
            return _ALIASES[key]
        raise ValueError(f"unknown tier {text!r}; expected one of {', '.join(LABELS_IN_ORDER)}")


_LABELS = {
    Tier.INCOMING: "Incoming",
    Tier.T01: "0.1",
    Tier.T05: "0.5",
    Tier.T09: "0.9",
    Tier.T1: "1",
    Tier.DONE: "Done",
    Tier.LOST: "Lost",
}

_ALIASES: dict[str, Tier] = {}
for _tier in Tier:
    _ALIASES[_tier.value] = _tier
    _ALIASES[_tier.label.lower()] = _tier
_ALIASES.update({
    "1.0": Tier.T1, "0.10": Tier.T01, "0.50": Tier.T05, "0.90": Tier.T09, ".1": Tier.T01,
    ".5": Tier.T05, ".9": Tier.T09, "new": Tier.INCOMING, "in production": Tier.T1,
    "won": Tier.T1, "closed": Tier.DONE,
})

#: The live tiers in the order attention should go: an unanswered request first, then the work
#: already won, then the deals most likely to close.
ATTENTION_ORDER: tuple[Tier, ...] = (Tier.INCOMING, Tier.T1, Tier.T09, Tier.T05, Tier.T01)

#: The tiers in the order of the chain, as a deal climbs them.
CHAIN_ORDER: tuple[Tier, ...] = (
    Tier.INCOMING, Tier.T01, Tier.T05, Tier.T09, Tier.T1, Tier.DONE,
)

LIVE_TIERS: frozenset[Tier] = frozenset(ATTENTION_ORDER)
PROBABILITY_TIERS: tuple[Tier, ...] = (Tier.T09, Tier.T05, Tier.T01)
LABELS_IN_ORDER: tuple[str, ...] = tuple(t.label for t in (*ATTENTION_ORDER, Tier.DONE, Tier.LOST))

#: Nominal probabilities; the firm may change them (they are settings in the database).
DEFAULT_PROBABILITIES: dict[Tier, Decimal] = {
    Tier.T01: Decimal("0.1"),
    Tier.T05: Decimal("0.5"),
    Tier.T09: Decimal("0.9"),
    Tier.T1: Decimal("1"),
}
