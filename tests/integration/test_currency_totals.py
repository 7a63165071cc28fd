"""Sums of deals in dollars are shown in dollars, and sums of several currencies apart."""

from collections.abc import Callable
from decimal import Decimal

import pytest

from app import formatting
from app.context import AppContext
from app.db import Database
from app.models import queries
from app.models.settings import load_settings
from app.models.tiers import Tier
from app.views.board_view import BoardView
from tests.helpers.factories import deal, employee


@pytest.fixture
def make_board(qtbot, sqlite_db: Database) -> Callable[..., BoardView]:
    def make(*, quick: bool = False) -> BoardView:
        board = BoardView(AppContext(sqlite_db, inline=True))
        qtbot.addWidget(board)
        board.resize(1400, 800)
        board.show()
        qtbot.waitUntil(lambda: board.loaded)
        if quick:
            board.refresh(quick=True)
        return board

    return make


def test_tier_totals_carry_the_currency_of_their_deals(db) -> None:
    deal(db, "Dollars", tier=Tier.T05, amount=100, currency="USD")
    deal(db, "More dollars", tier=Tier.T05, amount=50, currency="USD")
    deal(db, "Roubles", tier=Tier.T09, amount=70, currency="RUB")
    deal(db, "Euros", tier=Tier.T09, amount=30, currency="EUR")

    totals = db.read(lambda c: queries.tier_totals(c, load_settings(c)))

    assert totals[Tier.T05].by_currency == (("USD", Decimal("150.00")),)
    assert totals[Tier.T05].currencies == ("USD",)
    assert totals[Tier.T09].by_currency == (("EUR", Decimal("30.00")),
                                            ("RUB", Decimal("70.00")))
    assert totals[Tier.T09].amount == Decimal("100.00")
    assert totals[Tier.T01].by_currency == ()


@pytest.mark.parametrize("quick", [False, True])
def test_a_dollar_column_shows_dollars(sqlite_db, make_board, quick: bool) -> None:
    for amount in (1000, 2000):
        deal(sqlite_db, f"Deal {amount}", tier=Tier.T05, amount=amount, effort_hours=2,
             currency="USD")
    board = make_board(quick=quick)

    header = board.columns[Tier.T05].header
    assert header.amount.text() == formatting.money(Decimal(3000), "USD")
    assert formatting.money(Decimal(1500), "USD") in header.details.text()
    assert "₽" not in header.amount.text() + header.details.text() + header.toolTip()


def test_a_column_of_two_currencies_shows_each_apart(sqlite_db, make_board) -> None:
    deal(sqlite_db, "Dollars", tier=Tier.T09, amount=1000, currency="USD")
    deal(sqlite_db, "Roubles", tier=Tier.T09, amount=500, currency="RUB")
    board = make_board()

    text = board.columns[Tier.T09].header.amount.text()
    assert formatting.money(Decimal(1000), "USD") in text
    assert formatting.money(Decimal(500), "RUB") in text
    assert formatting.money(Decimal(1500), "RUB") not in text


def test_moving_a_card_keeps_each_currency_in_the_sums(sqlite_db, make_board) -> None:
    moving = deal(sqlite_db, "Moving", tier=Tier.T05, amount=1000, currency="USD")
    deal(sqlite_db, "Staying", tier=Tier.T09, amount=500, currency="RUB")
    board = make_board()

    board.drop([moving], Tier.T09, None)

    text = board.columns[Tier.T09].header.amount.text()
    assert formatting.money(Decimal(1000), "USD") in text
    assert formatting.money(Decimal(500), "RUB") in text


def test_the_advisor_banner_names_the_deals_currency(sqlite_db, make_board) -> None:
    employee(sqlite_db, "Anna")  # somebody with working hours, so that 0.9 can be pushed
    deal(sqlite_db, "Dollars", tier=Tier.T09, amount=3393, currency="USD")
    board = make_board()

    assert formatting.money(Decimal(3393), "USD") in board.banner.text()
    assert "₽" not in board.banner.text()


