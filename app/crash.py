"""What happens when a bug surfaces.

The error is logged at CRITICAL and a dialog says what happened, shows the traceback with a
button to copy it, and tells where the log is. The program goes on running.

``install()`` makes this the handler of every uncaught error: on the GUI thread (Qt hands errors
raised in slots and event handlers to ``sys.excepthook``), in Python threads, and in database jobs
whose failure reaches the window (``report``). Dialogs open on the GUI thread only; an error from
another thread is carried over by a queued signal.
"""

import logging
import platform
import sys
import threading
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app import APP_NAME, __version__
from app.logging_setup import log_file

log = logging.getLogger(__name__)

class CrashReport:
    """One unexpected error, in the words the dialog and the log use.

    Attributes:
        summary: the error's type and message on one line.
        details: versions and the full traceback, as copied to the clipboard.
        log_path: the log file that holds the same record.
    """

    def __init__(self, exc_type: type[BaseException], error: BaseException,
                 tb: TracebackType | None) -> None:
        self.summary = "".join(traceback.format_exception_only(exc_type, error)).strip()
        trace = "".join(traceback.format_exception(exc_type, error, tb))
        versions = (f"{APP_NAME} {__version__}, Python {platform.python_version()}, "
                    f"{platform.platform()}")
        self.details = f"{versions}\n\n{trace}"
        self.log_path = log_file()


class CrashDialog(QDialog):
    """Tells the user that something went wrong, and how to report it.

    Attributes:
        report: the error shown.
        details: the read-only traceback text.
        copy_button: puts the details on the clipboard.
    """

    def __init__(self, report: CrashReport, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.setWindowTitle(self.tr("%s — unexpected error") % APP_NAME)
        self.setMinimumSize(640, 420)

        icon = QLabel(self)
        icon.setPixmap(self.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(48, 48))
        headline = QLabel(self.tr(
            "<b>Something went wrong that Tierboard did not expect.</b><br>The action you were "
            "doing may not have finished; what was saved before it is safe. You can go on "
            "working."), self)
        headline.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(headline, 1)

        what = QLabel(self.tr("What happened: %s") % report.summary, self)
        what.setWordWrap(True)
        what.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        where = QLabel(self.tr("The details are also in the log file:<br>%s")
                       % report.log_path, self)
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.details = QPlainTextEdit(report.details, self)
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = QPushButton(self.tr("&Copy details"), self)
        self.open_log_button = QPushButton(self.tr("Open &log folder"), self)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.open_log_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        self.open_log_button.clicked.connect(self._on_open_log_button_clicked)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(what)
        layout.addWidget(self.details, 1)
        layout.addWidget(where)
        layout.addWidget(buttons)

    @Slot()
    def _on_copy_button_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.report.details)
        self.copy_button.setText(self.tr("Copied"))

    @Slot()
    def _on_open_log_button_clicked(self) -> None:
        open_log_folder()


def open_log_folder() -> bool:
    """Open the folder of the log files in the system's file manager."""
    folder = log_file().parent
    log.info("opening the log folder %s", folder)
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def show_crash_dialog(report: CrashReport) -> None:
    """Show the crash dialog and wait until it is closed (the tests replace this function)."""
    parent = QApplication.activeWindow()
    dialog = CrashDialog(report, parent=parent)
    dialog.exec()
    dialog.deleteLater()


class _Handler(QObject):
    """Lives on the GUI thread and turns errors into logged records and dialogs.

    Signals:
        error_elsewhere(object): an error caught on another thread; carried to the GUI thread.
    """

    error_elsewhere = Signal(object)

    def __init__(self, *, interactive: bool) -> None:
        super().__init__()
        self.interactive = interactive
        self.errors_seen = 0
        self._showing = False
        self.error_elsewhere.connect(self._on_error_elsewhere,
                                     Qt.ConnectionType.QueuedConnection)

    def handle(self, exc_type: type[BaseException], error: BaseException,
               tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, error, tb)
            return
        self.errors_seen += 1
        log.critical("unexpected error", exc_info=(exc_type, error, tb))
        report = CrashReport(exc_type, error, tb)

        application = QCoreApplication.instance()
        if application is None or QThread.currentThread() is not application.thread():
            self.error_elsewhere.emit(report)
            return
        self._show(report)

    @Slot(object)
    def _on_error_elsewhere(self, report: CrashReport) -> None:
        self._show(report)

    def _show(self, report: CrashReport) -> None:
        # One dialog at a time: an error that repeats on every repaint would otherwise stack
        # dialogs without end. The later ones are in the log.
        if not self.interactive or self._showing:
            return
        if not isinstance(QCoreApplication.instance(), QApplication):
            return
        self._showing = True
        try:
            show_crash_dialog(report)
        except Exception:  # the dialog itself failed; the log has the error
            log.exception("the crash dialog could not be shown")
        finally:
            self._showing = False


_handler: _Handler | None = None
#: The hooks in place before ``install``, given back by ``uninstall``.
_previous_hooks: tuple[object, object] | None = None


def install(*, interactive: bool = True) -> None:
    """Make every uncaught error go through the crash handler.

    Args:
        interactive: show the dialog; False only logs (for ``--screenshot`` and self-tests,
            which count the errors instead, see ``errors_seen``).
    """
    global _handler, _previous_hooks
    if _handler is None:
        _handler = _Handler(interactive=interactive)
    _handler.interactive = interactive
    if _previous_hooks is None:
        _previous_hooks = (sys.excepthook, threading.excepthook)
    sys.excepthook = handle_exception
    threading.excepthook = _handle_thread_exception


def uninstall() -> None:
    """Put back the error hooks that were in place before ``install`` (for tests)."""
    global _handler, _previous_hooks
    if _previous_hooks is not None:
        sys.excepthook, threading.excepthook = _previous_hooks  # type: ignore[assignment]
    _previous_hooks = None
    _handler = None


def handle_exception(exc_type: type[BaseException], error: BaseException,
                     tb: TracebackType | None) -> None:
    """The ``sys.excepthook``: log the error at CRITICAL and show the crash dialog."""
    if _handler is None:
        install()
    assert _handler is not None
    _handler.handle(exc_type, error, tb)


def _handle_thread_exception(args: threading.ExceptHookArgs) -> None:
    if args.exc_value is None:
        return
    handle_exception(args.exc_type, args.exc_value, args.exc_traceback)


def report(error: BaseException) -> None:
    """Treat an error that was caught (a failed database job, for example) as a bug."""
    handle_exception(type(error), error, error.__traceback__)


def errors_seen() -> int:
    """How many unexpected errors were handled since ``install``."""
    return _handler.errors_seen if _handler is not None else 0
