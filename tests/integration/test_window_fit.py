"""What the window shows in both languages: widths that fit, hints, messages and plurals."""

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication

from app import formatting, i18n
from app.context import AppContext
from app.db import Database
from app.models.tiers import Tier
from app.views.board_view import BoardView
from app.views.forecast_view import ForecastView
from app.views.load_view import LoadView
from app.views.main_window import MainWindow
from tests.helpers.factories import deal, employee


@pytest.fixture(params=["en", "ru"])
def language(request: pytest.FixtureRequest, qapp: QApplication,
             tmp_path: Path) -> Iterator[str]:
    """The window's language for the test, with the translations compiled privately."""
    i18n.compile_translations(target_dir=tmp_path)
    original_dir, original_locale = i18n.translations_dir, QLocale()
    i18n.translations_dir = lambda: tmp_path  # type: ignore[assignment]
    assert i18n.install(request.param, qapp) == request.param
    yield request.param
    i18n.uninstall(qapp)
    i18n.translations_dir = original_dir  # type: ignore[assignment]
    QLocale.setDefault(original_locale)


@pytest.fixture
def busy_firm(sqlite_db: Database) -> Database:
    """A firm whose columns carry long sums, as a real one does."""
    anna = employee(sqlite_db, "Виктория Морозова")
    for tier in (Tier.T1, Tier.T09, Tier.T05, Tier.T01):
        for number in range(3):
            deal(sqlite_db, f"Kitchen fit-out #{number}", amount=3_150_900 + number,
                 effort_hours=1505, tier=tier, assignee_id=anna if tier is Tier.T1 else None,
                 due_date=date(2026, 12, 19))
    return sqlite_db


def _window(qtbot, db: Database, tmp_path: Path, view: str) -> MainWindow:
    settings = QSettings(str(tmp_path / "tierboard.ini"), QSettings.Format.IniFormat)
    window = MainWindow(AppContext(db, inline=True), settings)
    window.remember_layout = False
    qtbot.addWidget(window)
    window.show_view(view)
    window.resize(1400, 860)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.mark.parametrize("view", ["board", "load", "forecast"])
def test_the_window_fits_1400_pixels(qtbot, busy_firm, tmp_path, language, view) -> None:
    window = _window(qtbot, busy_firm, tmp_path, view)
    qtbot.waitUntil(lambda: window.width() == 1400)
    assert window.minimumSizeHint().width() <= 1400


def test_load_table_shows_every_week_and_free_from(qtbot, busy_firm, language) -> None:
    view = LoadView(AppContext(busy_firm, inline=True))
    qtbot.addWidget(view)
    view.resize(1388, 780)
    view.show()
    qtbot.waitUntil(lambda: view.snapshot is not None)
    qtbot.waitUntil(lambda: view.table_view.horizontalScrollBar().maximum() == 0)
    header = view.table_view.horizontalHeader()
    free_from = header.count() - 1
    assert header.sectionSize(free_from) >= view.table_view.sizeHintForColumn(free_from)


def test_forecast_columns_share_the_spare_width(qtbot, busy_firm) -> None:
    view = ForecastView(AppContext(busy_firm, inline=True))
    qtbot.addWidget(view)
    view.resize(1388, 780)
    view.show()
    table = view.table
    qtbot.waitUntil(lambda: table.model().rowCount() > 0)
    header = table.horizontalHeader()
    last = header.count() - 1

    def fitted() -> bool:
        return header.sectionSize(last) >= table.sizeHintForColumn(last) and abs(
            header.length() - table.viewport().width()) <= header.count()

    qtbot.waitUntil(fitted)
    # The last column is not left with the spare width of all the others.
    widest_other = max(header.sectionSize(column) for column in range(last))
    assert header.sectionSize(last) <= widest_other + 40
    for column in range(header.count()):
        assert header.sectionSize(column) >= table.sizeHintForColumn(column)


def test_card_due_date_is_short(language) -> None:
    text = formatting.compact_date(date(2026, 12, 19))
    assert "2026" not in text
    assert "26" in text


def test_an_empty_database_and_an_empty_filter_say_so(qtbot, sqlite_db) -> None:
    board = BoardView(AppContext(sqlite_db, inline=True))
    qtbot.addWidget(board)
    board.show()
    qtbot.waitUntil(lambda: board.loaded)
    assert "No deals yet" in board.columns[Tier.INCOMING].view.empty_text
    assert "Ctrl+N" in board.columns[Tier.INCOMING].view.empty_text

    deal(sqlite_db, "Signage")
    board.refresh()
    qtbot.waitUntil(lambda: board.models[Tier.INCOMING].rowCount() == 1)
    assert board.columns[Tier.INCOMING].view.empty_text == ""
    board.search.setText("no such deal")
    qtbot.waitUntil(lambda: board.models[Tier.INCOMING].rowCount() == 0)
    for column in board.columns.values():
        assert column.view.empty_text == "Nothing matches the filter"


def test_refused_change_names_the_field_as_the_editor_does(qtbot, sqlite_db, tmp_path) -> None:
    window = _window(qtbot, sqlite_db, tmp_path, "board")
    window.context.rule_refused.emit("planned_finish", "before the start")
    message = window.statusBar().currentMessage()
    assert "Planned finish: before the start" in message
    assert "planned_finish" not in message


def test_english_counts_have_their_plural(qtbot, sqlite_db, language) -> None:
    deal(sqlite_db, "Only one", tier=Tier.T05, amount=100)
    board = BoardView(AppContext(sqlite_db, inline=True))
    qtbot.addWidget(board)
    board.show()
    qtbot.waitUntil(lambda: board.loaded)
    tooltip = board.columns[Tier.T05].header.toolTip()
    assert "(s)" not in tooltip
    if language == "en":
        assert tooltip.startswith("1 deal,")


def test_nobody_with_hours_is_said_plainly(qtbot, sqlite_db) -> None:
    deal(sqlite_db, "Signage", tier=Tier.T05, effort_hours=10)
    board = BoardView(AppContext(sqlite_db, inline=True))
    qtbot.addWidget(board)
    board.show()
    qtbot.waitUntil(lambda: board.loaded)
    text = board.banner.text()
    assert "under control" not in text
    assert "Nobody has working hours" in text
    assert "Firm → Team…" in text
