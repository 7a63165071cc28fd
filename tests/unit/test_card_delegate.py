"""What a card says on its right-hand line."""

from dataclasses import replace
from datetime import date

from PySide6.QtGui import QColor

from app.models.tiers import Tier
from app.widgets.card_delegate import CardDelegate
from tests.unit.test_board_item_model import _row


def test_a_lost_card_says_why_it_was_lost(qtbot):
    delegate = CardDelegate()
    lost = replace(_row("Gone", Tier.LOST), lost_reason="chose a cheaper offer",
                   due_date=date(2026, 5, 1))

    forms, _colour = delegate._when_forms(lost, QColor("grey"))

    assert forms == ["chose a cheaper offer"]


def test_a_live_card_shows_its_due_date(qtbot):
    delegate = CardDelegate()
    live = replace(_row("Roof", Tier.T05), due_date=date(2026, 5, 1))

    forms, _colour = delegate._when_forms(live, QColor("grey"))

    assert any("due" in form for form in forms)
