"""Undoable board actions.

Each command is one user action (one card or several), written to the database as one
transaction through the rules of app/models/pipeline.

A command does not touch the database or the models itself: it asks its board to apply a list of
placements (or deletions, or field changes). The board moves the cards on screen at once, writes
on the worker, and rolls the screen back (marking the command obsolete, so that it leaves the
stack) when the write is refused.
"""

import logging
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from types import EllipsisType
from typing import Any, Protocol

from sqlalchemy.orm import Session

from PySide6.QtGui import QUndoCommand

from app.models import pipeline
from app.models.tiers import Tier

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Placement:
    """Where one deal goes.

    Attributes:
        deal_id: the deal.
        tier: the tier it goes to.
        after_id: the card it goes just below (None: the top of the column).
        at_end: put it at the end of the column instead (Done, Lost, or a place that does not
            matter).
        assignee_id: give it to this producer in the same step (``...``: keep the assignee).
        reason: why it was lost (a Lost placement needs one).
        finished_on: set the finish date too (``...``: leave it), to undo a completion.
        keep_place: only the assignee changes; the card stays where it is.
    """

    deal_id: uuid.UUID
    tier: Tier
    after_id: uuid.UUID | None = None
    at_end: bool = False
    assignee_id: uuid.UUID | EllipsisType | None = ...
    reason: str = ""
    finished_on: date | EllipsisType | None = ...
    keep_place: bool = False


class Board(Protocol):
    """What a command needs from the board it acts on."""

    def apply_placements(self, placements: Sequence[Placement], command: QUndoCommand) -> None:
        """Show the placements at once and write them; roll back if the write fails."""

    def apply_deletion(self, deal_ids: Sequence[uuid.UUID], *, restore: bool,
                       command: QUndoCommand) -> None:
        """Hide (or bring back) deals at once and write it; roll back if the write fails."""

    def apply_fields(self, deal_id: uuid.UUID, changes: Mapping[str, Any],
                     command: QUndoCommand) -> None:
        """Write field changes of a deal and refresh it."""


def write_placements(session: Session, placements: Sequence[Placement], *,
                     actor_id: uuid.UUID | None) -> None:
    """Apply placements through the rules, in order, inside the caller's one transaction."""
    for placement in placements:
        deal = pipeline.get_deal(session, placement.deal_id)
        source = Tier(deal.tier)
        if placement.keep_place and source is placement.tier:
            pipeline.assign_deal(session, deal.id, placement.assignee_id, actor_id=actor_id)
            continue
        if placement.tier is Tier.LOST:
            if source is not Tier.LOST:
                pipeline.lose_deal(session, deal.id, placement.reason, actor_id=actor_id)
            continue

        options: dict[str, Any] = {}
        if not placement.at_end:
            options["after_id"] = placement.after_id
        if placement.assignee_id is not ...:
            options["assignee_id"] = placement.assignee_id
        pipeline.move_deal(session, deal.id, placement.tier, actor_id=actor_id, **options)
        if placement.finished_on is not ...:
            pipeline.edit_deal(session, deal.id, {"finished_on": placement.finished_on},
                               actor_id=actor_id)


class PlaceDealsCommand(QUndoCommand):
    """Put one or several deals in new places; undo puts them back where they were.

    ``before`` lists the old places in the order they stood (so that each card's old neighbour
    above is back before the card that goes below it).
    """

    def __init__(self, board: Board, text: str, before: Sequence[Placement],
                 after: Sequence[Placement]) -> None:
        super().__init__(text)
        self.board = board
        self.before = list(before)
        self.after = list(after)

    def redo(self) -> None:
        """Apply the new places."""
        self.board.apply_placements(self.after, self)

    def undo(self) -> None:
        """Put the deals back."""
        self.board.apply_placements(self.before, self)


class MoveDealsCommand(PlaceDealsCommand):
    """Cards moved to another tier (history written by the rules)."""


class ReorderDealsCommand(PlaceDealsCommand):
    """Cards moved inside their column (their manual priority)."""


class LoseDealsCommand(PlaceDealsCommand):
    """Cards dropped to Lost, with a reason."""


class ReviveDealsCommand(PlaceDealsCommand):
    """Lost cards brought back into a live tier."""


class CompleteDealsCommand(PlaceDealsCommand):
    """Cards marked Done."""


class AssignDealsCommand(PlaceDealsCommand):
    """Cards given to another producer."""


class DeleteDealsCommand(QUndoCommand):
    """Soft deletion of cards; undo restores them in their places."""

    def __init__(self, board: Board, text: str, deal_ids: Sequence[uuid.UUID]) -> None:
        super().__init__(text)
        self.board = board
        self.deal_ids = list(deal_ids)

    def redo(self) -> None:
        """Hide the deals."""
        self.board.apply_deletion(self.deal_ids, restore=False, command=self)

    def undo(self) -> None:
        """Bring them back."""
        self.board.apply_deletion(self.deal_ids, restore=True, command=self)


class EditDealCommand(QUndoCommand):
    """Fields of a deal changed in the editor.

    The editor has written the change already, so the first ``redo`` does nothing.
    """

    def __init__(self, board: Board, text: str, deal_id: uuid.UUID,
                 before: Mapping[str, Any], after: Mapping[str, Any]) -> None:
        super().__init__(text)
        self.board = board
        self.deal_id = deal_id
        self.before = dict(before)
        self.after = dict(after)
        self._written = True

    def redo(self) -> None:
        """Write the new values (after an undo)."""
        if self._written:
            self._written = False
            return
        self.board.apply_fields(self.deal_id, self.after, self)

    def undo(self) -> None:
        """Write the old values back."""
        self.board.apply_fields(self.deal_id, self.before, self)


class CreateDealCommand(QUndoCommand):
    """A new deal made in the editor (already written); undo hides it, redo brings it back."""

    def __init__(self, board: Board, text: str, deal_id: uuid.UUID) -> None:
        super().__init__(text)
        self.board = board
        self.deal_id = deal_id
        self._written = True

    def redo(self) -> None:
        """Bring the deal back (after an undo)."""
        if self._written:
            self._written = False
            return
        self.board.apply_deletion([self.deal_id], restore=True, command=self)

    def undo(self) -> None:
        """Hide the new deal."""
        self.board.apply_deletion([self.deal_id], restore=False, command=self)
