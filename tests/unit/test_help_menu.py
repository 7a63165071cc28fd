"""Help opens the log folder; Edit opens the preferences."""

from pathlib import Path

import pytest

from PySide6.QtCore import QSettings, QUrl

from app import crash
from app.context import AppContext
from app.db import Database
from app.logging_setup import log_file
from app.views.main_window import MainWindow


@pytest.fixture
def window(qtbot, sqlite_db: Database, tmp_path: Path) -> MainWindow:
    settings = QSettings(str(tmp_path / "tierboard.ini"), QSettings.Format.IniFormat)
    main_window = MainWindow(AppContext(sqlite_db), settings)
    qtbot.addWidget(main_window)
    return main_window


def _action(window: MainWindow, menu_name: str, text: str):
    menu = getattr(window, menu_name)
    matches = [action for action in menu.actions() if action.text() == text]
    assert matches, [action.text() for action in menu.actions()]
    return matches[0]


def test_open_log_folder_opens_the_folder_of_the_log(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(crash.QDesktopServices, "openUrl",
                        lambda url: opened.append(url) or True)

    action = _action(window, "help_menu", "Open &log folder")
    assert not action.icon().isNull()
    action.trigger()

    assert [Path(url.toLocalFile()) for url in opened] == [log_file().parent]


def test_a_folder_that_cannot_be_opened_is_named_in_the_status_bar(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(crash.QDesktopServices, "openUrl", lambda _url: False)
    _action(window, "help_menu", "Open &log folder").trigger()
    assert str(log_file().parent) in window.statusBar().currentMessage()


def test_preferences_open_from_the_edit_menu(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.views import preferences_dialog

    shown = []
    monkeypatch.setattr(preferences_dialog.PreferencesDialog, "exec",
                        lambda dialog: shown.append(dialog) or 0)
    _action(window, "edit_menu", "&Preferences…").trigger()
    assert len(shown) == 1


@pytest.mark.parametrize("kind", ["pdf", "png"])
def test_an_export_that_cannot_be_written_says_so(window: MainWindow, tmp_path: Path,
                                                  kind: str) -> None:
    window.show_view("board")
    target = tmp_path / "missing-folder" / f"view.{kind}"

    written = getattr(window, f"export_{kind}")(target)
    window._report_export(str(target), written)

    assert written is False
    assert not target.exists()
    assert "Could not write" in window.statusBar().currentMessage()


def test_an_export_of_the_view_writes_the_file(window: MainWindow, tmp_path: Path) -> None:
    window.show_view("board")
    target = tmp_path / "view.pdf"

    assert window.export_pdf(target) is True
    assert target.read_bytes().startswith(b"%PDF")
