"""Start-up of the window, one step per paragraph: application, settings, database, window."""

import argparse
import logging
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QMessageLogContext,
    QSettings,
    Qt,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication, QMessageBox

from app import APP_NAME, ORG_NAME, paths
from app.db import DatabaseError
from app.models import queries

if TYPE_CHECKING:
    from app.context import AppContext
    from app.live_updates import LiveUpdates
    from app.views.main_window import MainWindow

log = logging.getLogger(__name__)

#: Exit status when the database could not be opened or migrated.
EXIT_DATABASE = 3
#: The event loop's status when the person chose another database: the window starts again.
EXIT_RECONNECT = 0x7B


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


#: Qt messages that say nothing a user or a developer can act on (the offscreen platform used for
#: screenshots cannot resize a window to its hints, and says so on every window).
_QT_NOISE = ("This plugin does not support propagateSizeHints",)
_qt_log = logging.getLogger("app.qt")


def _route_qt_message(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    """Qt's own messages go to the log file rather than the terminal."""
    if message.startswith(_QT_NOISE):
        _qt_log.debug("%s", message)
    elif kind in (QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
        _qt_log.error("%s", message)
    elif kind == QtMsgType.QtWarningMsg:
        _qt_log.warning("%s", message)
    else:
        _qt_log.debug("%s", message)


def _no_screen() -> bool:
    if os.environ.get("QT_QPA_PLATFORM"):
        return False
    if sys.platform.startswith(("win", "darwin")):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def run_gui(args: argparse.Namespace) -> int:
    """Open the window and run until it closes; returns the exit status."""
    if (args.screenshot or args.self_test) and _no_screen():
        # A screenshot or self-test needs no screen: draw offscreen rather than fail to start.
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    application = make_application()
    qInstallMessageHandler(_route_qt_message)
    settings = user_settings()

    # Errors, language and icon come before any window, so that every window has them.
    from app import crash, i18n, theme
    from app.icons import app_icon

    unattended = bool(args.screenshot or args.self_test)
    crash.install(interactive=not unattended)
    i18n.install(i18n.chosen_language(settings, getattr(args, "lang", None)), application)
    application.setWindowIcon(app_icon())
    theme.apply(application)

    # The database: the one asked for, the last one used, or the local default.
    # A server's password comes from the keyring; --connect opens the connection dialog first,
    # and so does a database that cannot be opened, when somebody is there to choose.
    from app.credentials import url_without_password
    from app.views.connection_dialog import open_at_start
    from app.views.main_window import MainWindow

    url = args.db or settings.value("database/url") or None
    try:
        opened = open_at_start(settings, url, interactive=not unattended,
                               ask_first=bool(getattr(args, "connect", False)))
    except DatabaseError as error:
        sys.stderr.write(f"tierboard: {error}\n")
        return EXIT_DATABASE
    if opened is None:
        return EXIT_DATABASE
    database = opened
    if not unattended:  # a screenshot or self-test leaves the person's settings as they were
        settings.setValue("database/url", url_without_password(database.url))

    from app.context import AppContext

    context = AppContext(database)
    if database.read(queries.count_all) == 0 and not (args.screenshot or args.self_test):
        _offer_demo(context)
    if not unattended:
        from app.identity import resolve_actor

        context.actor_id = resolve_actor(database, settings)

    window = MainWindow(context, settings)
    window.remember_layout = not unattended
    window.show_view(args.view or str(settings.value("window/view") or "board"))
    if args.size:
        window.resize(*args.size)
    live_updates = _add_team_features(window, context, settings, warn=not unattended)
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
        live_updates.stop()
        database.close()
        if crash.errors_seen():
            # An unattended run has no dialog to show a bug in; the log has it, the status says it.
            log.error("%d unexpected error(s) while drawing the window", crash.errors_seen())
            status = status or 1
        return status

    status = application.exec()
    live_updates.stop()
    context.worker.wait()
    database.close()
    if status == EXIT_RECONNECT:
        # File > Connect to database… chose another database: start again with it.
        window.deleteLater()
        return run_gui(argparse.Namespace(**{**vars(args), "db": None, "connect": False}))
    return int(status)


def _add_team_features(window: "MainWindow", context: "AppContext", settings: QSettings, *,
                       warn: bool) -> "LiveUpdates":
    """Add what working in a team needs to the window, and start the live updates.

    That is the connection banner, File > Connect to database…, the conflict dialog, and the
    warning about a SQLite file on a network share.
    """
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QCheckBox

    from app.live_updates import start_live_updates
    from app.netshare import find_network_share, share_warning
    from app.views.conflict_dialog import resolve_conflict
    from app.views.connection_dialog import choose_connection
    from app.widgets.connection_banner import install_banner

    install_banner(window, context)

    def connect_to_another() -> None:
        if choose_connection(settings, str(settings.value("database/url") or ""), window):
            QApplication.exit(EXIT_RECONNECT)

    connect = QAction(QCoreApplication.translate("gui", "&Connect to database…"), window)
    connect.triggered.connect(connect_to_another)
    first = window.file_menu.actions()[0]  # the window's own first entry (Export…)
    window.file_menu.insertAction(first, connect)
    window.file_menu.insertSeparator(first)

    # Only one conflict dialog at a time, opened after the failing job's callback returns.
    showing: list[bool] = []

    def on_conflict(error: object) -> None:
        if showing or not warn:
            return
        showing.append(True)

        def ask() -> None:
            try:
                resolve_conflict(window, error,  # type: ignore[arg-type]
                                 reload=context.data_changed.emit)
            finally:
                showing.clear()

        QTimer.singleShot(0, ask)

    context.conflict.connect(on_conflict)

    share = find_network_share(context.database.file) if context.database.file else None
    if share is not None:
        log.warning("the database file is on a network share: %s (%s)", share.path, share.kind)
        key = f"netshare/accepted/{share.path.replace('/', '|').replace(chr(92), '|')}"
        if warn and not settings.value(key):
            box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, share_warning(share),
                              parent=window)
            box.setCheckBox(QCheckBox(QCoreApplication.translate(
                "gui", "Do not warn again for this file"), box))
            box.setWindowModality(Qt.WindowModality.WindowModal)
            box.finished.connect(lambda _result: settings.setValue(
                key, box.checkBox().isChecked() or None))
            QTimer.singleShot(0, box.open)

    return start_live_updates(context)


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
