"""An unexpected error is logged, shown in a dialog, and the program goes on."""

import logging
from collections.abc import Iterator

import pytest

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from app import crash
from app.context import AppContext
from app.db import Database


@pytest.fixture
def shown(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[list[crash.CrashReport]]:
    """The crash handler installed, with the dialogs it would show collected instead."""
    reports: list[crash.CrashReport] = []
    monkeypatch.setattr(crash, "show_crash_dialog", reports.append)
    crash.install()
    yield reports
    crash.uninstall()


def _raise_and_handle() -> None:
    try:
        raise ValueError("the amount was a banana")
    except ValueError as error:
        crash.handle_exception(type(error), error, error.__traceback__)


def test_an_error_is_logged_as_critical_and_shown(
    shown: list[crash.CrashReport], caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.CRITICAL, logger="app.crash"):
        _raise_and_handle()

    assert len(shown) == 1
    report = shown[0]
    assert report.summary == "ValueError: the amount was a banana"
    assert "Traceback (most recent call last)" in report.details
    assert "_raise_and_handle" in report.details
    assert report.log_path.name == "tierboard.log"
    critical = [record for record in caplog.records if record.levelno == logging.CRITICAL]
    assert critical
    assert critical[0].exc_info is not None
    assert crash.errors_seen() == 1


def test_an_error_in_a_slot_reaches_the_dialog(qtbot, shown: list[crash.CrashReport]) -> None:
    def broken_slot() -> None:
        raise RuntimeError("a slot broke")

    QTimer.singleShot(0, broken_slot)
    qtbot.waitUntil(lambda: len(shown) == 1)
    assert shown[0].summary == "RuntimeError: a slot broke"


def test_a_failed_database_job_reaches_the_dialog(
    qtbot, shown: list[crash.CrashReport], sqlite_db: Database
) -> None:
    context = AppContext(sqlite_db, inline=False)

    def broken_query(_connection: object) -> None:
        raise KeyError("no such column")

    context.read(broken_query, lambda _rows: None)
    qtbot.waitUntil(lambda: len(shown) == 1)
    context.worker.wait()
    assert "KeyError" in shown[0].summary
    assert "broken_query" in shown[0].details


def test_an_error_in_another_thread_is_shown_on_the_gui_thread(
    qtbot, shown: list[crash.CrashReport]
) -> None:
    import threading

    thread = threading.Thread(target=lambda: 1 / 0)
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: len(shown) == 1)
    assert shown[0].summary.startswith("ZeroDivisionError")


def test_unattended_runs_only_log(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> None:
    reports: list[crash.CrashReport] = []
    monkeypatch.setattr(crash, "show_crash_dialog", reports.append)
    crash.install(interactive=False)
    try:
        _raise_and_handle()
    finally:
        seen = crash.errors_seen()
        crash.uninstall()
    assert reports == []
    assert seen == 1


def test_the_dialog_shows_the_error_and_copies_it(qtbot) -> None:
    try:
        raise LookupError("deal 42 is gone")
    except LookupError as error:
        report = crash.CrashReport(type(error), error, error.__traceback__)
    dialog = crash.CrashDialog(report)
    qtbot.addWidget(dialog)

    assert "LookupError: deal 42 is gone" in dialog.details.toPlainText()
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == report.details
    labels = " ".join(label.text() for label in dialog.findChildren(crash.QLabel))
    assert str(report.log_path) in labels
