"""Start-up of the window, one step per paragraph: application, settings, database, window."""

import argparse
import logging
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from app import APP_NAME, ORG_NAME, paths
from app.db import DatabaseError, open_database
from app.models import queries

log = logging.getLogger(__name__)

#: Exit status when the database could not be opened or migrated.
EXIT_DATABASE = 3


def user_settings() -> QSettings:
    """The per-person settings file (window layout, language, last database), INI format."""
    return QSettings(str(paths.config_dir() / "tierboard.ini"), QSettings.Format.IniFormat)


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication, created once."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QCoreApplication.setOrganizationName(ORG_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    application = QApplication(argv or [sys.argv[0]])
    application.setApplicationDisplayName(APP_NAME)
    return application


def wait_until_drawn(window: object, timeout_s: float = 15.0) -> None:
    """Let pending database jobs finish and the window paint (for screenshots and self-tests)."""
    application = QApplication.instance()
    assert application is not None
    deadline = time.monotonic() + timeout_s
    worker = window.context.worker  # type: ignore[attr-defined]
    while time.monotonic() < deadline:
        application.processEvents()
        if not worker.busy:
            break
        time.sleep(0.01)
    for _ in range(5):
        application.processEvents()


def run_gui(args: argparse.Namespace) -> int:
    """Open the window and run until it closes; returns the exit status."""
    application = make_application()
    settings = user_settings()

    from app.views.main_window import MainWindow

    # The database: the one asked for, the last one used, or the local default.
    url = args.db or settings.value("database/url") or None
    try:
        database = open_database(url)
    except DatabaseError as error:
        log.error("cannot open the database: %s", error)
        if args.screenshot or args.self_test:
            sys.stderr.write(f"tierboard: {error}\n")
        else:
            QMessageBox.critical(None, APP_NAME, str(error))
        return EXIT_DATABASE
    settings.setValue("database/url", args.db or url or "")

    from app.context import AppContext

    context = AppContext(database)
    if database.read(queries.count_all) == 0 and not (args.screenshot or args.self_test):
        _offer_demo(context)

    window = MainWindow(context, settings)
    window.show_view(args.view or str(settings.value("window/view") or "board"))
    if args.size:
        width, _, height = args.size.partition("x")
        window.resize(int(width), int(height))
    window.show()

    if args.screenshot or args.self_test:
        wait_until_drawn(window)
        status = 0
        if args.screenshot:
            target = Path(args.screenshot)
            target.parent.mkdir(parents=True, exist_ok=True)
            status = 0 if window.grab().save(str(target), "PNG") else 1
            log.info("saved a screenshot to %s", target)
        window.close()
        database.close()
        return status

    status = application.exec()
    context.worker.wait()
    database.close()
    return int(status)


def _offer_demo(context: object) -> None:
    from app.models.demo import fill_demo

    answer = QMessageBox.question(
        None, APP_NAME,
        QCoreApplication.translate(
            "gui", "The database is empty. Fill it with a demo firm (8 people, 300 deals) to "
            "try Tierboard? You can start empty instead and import your own deals."),
    )
    if answer == QMessageBox.StandardButton.Yes:
        context.database.write(fill_demo)  # type: ignore[attr-defined]
