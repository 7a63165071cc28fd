"""What every screen shares: the database, its worker, settings, and one undo stack.

Who is working (the actor recorded in the history) is kept here too, and one undo stack serves
every action on the board and the charts.
"""

import logging
import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtGui import QUndoStack

from app.db import Database, DatabaseError, DatabaseUnavailable
from app.models.errors import ConflictError, RuleError
from app.models.settings import FirmSettings, load_settings
from app.worker import DbWorker

log = logging.getLogger(__name__)


class AppContext(QObject):
    """The shared state of one open window.

    Signals:
        data_changed(): something in the database changed (here or, with live updates, by a
            colleague); views re-read what they show.
        settings_changed(): the firm's settings were re-read.
        rule_refused(str, str): a write was refused; (field, message) for the user.
        conflict(object): somebody else changed the row first; the ConflictError.
        connection_problem(str): the database is out of reach; the message for the banner.
        connection_restored(): the database answers again (data_changed follows).
        write_refused(str): a change was refused at once because the database is out of reach;
            the message for the user.

    Attributes:
        offline: the database stopped answering; writes are refused until a retry succeeds.
        retry_interval_ms: how often a cheap ``SELECT 1`` checks whether it is back.
    """

    data_changed = Signal()
    settings_changed = Signal()
    rule_refused = Signal(str, str)
    conflict = Signal(object)
    connection_problem = Signal(str)
    connection_restored = Signal()
    write_refused = Signal(str)

    def __init__(self, database: Database, *, inline: bool | None = None,
                 actor_id: uuid.UUID | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.worker = DbWorker(database, inline=inline, parent=self)
        self.undo_stack = QUndoStack(self)
        self.actor_id = actor_id
        self.settings: FirmSettings = database.read(load_settings)

        self.offline = False
        self.retry_interval_ms = 3000
        self._probing = False
        self._retry_timer = QTimer(self)
        self._retry_timer.timeout.connect(self._on_retry_timer_timeout)

    def reload_settings(self) -> None:
        """Re-read the firm's settings (after a change or a colleague's change)."""
        def done(settings: FirmSettings) -> None:
            self.settings = settings
            self.settings_changed.emit()

        self.worker.submit(lambda db: db.read(load_settings), done)

    def read(self, query: Callable[[Any], Any], on_done: Callable[[Any], None],
             on_error: Callable[[BaseException], None] | None = None) -> None:
        """Run a read (a function of a Connection) on the worker; deliver its rows to on_done."""
        self.worker.submit(lambda db: db.read(query), on_done,
                           on_error or self.report_error)

    def write(self, action: Callable[[Any], Any], on_done: Callable[[Any], None] | None = None,
              on_error: Callable[[BaseException], None] | None = None) -> None:
        """Run one user action (a function of a Session) as one transaction on the worker.

        On success ``data_changed`` is emitted after ``on_done``. On failure ``on_error`` is
        called, or the error is reported to the user. While the database is out of reach the
        change is refused at once (``on_error`` gets a DatabaseUnavailable and
        ``write_refused`` is emitted), so that nothing is half-written or sent twice later.
        """
        if self.offline:
            message = self.tr("Not saved: the database does not answer. Your change was not "
                              "written; try again when the connection is back.")
            if on_error is not None:
                on_error(DatabaseUnavailable(message))
            self.write_refused.emit(message)
            return

        def done(result: Any) -> None:
            if on_done is not None:
                on_done(result)
            self.data_changed.emit()

        def failed(error: BaseException) -> None:
            if on_error is not None:
                on_error(error)
            self.report_error(error)

        self.worker.submit(lambda db: db.write(action), done, failed)

    def report_error(self, error: BaseException) -> None:
        """Send an error to whoever shows it: a refused rule, a conflict, or the connection."""
        if isinstance(error, ConflictError):
            self.conflict.emit(error)
        elif isinstance(error, RuleError):
            self.rule_refused.emit(error.field, error.message)
        elif isinstance(error, DatabaseUnavailable):
            self._go_offline(str(error))
        elif isinstance(error, DatabaseError):
            log.warning("database problem: %s", error)
            self.connection_problem.emit(str(error))
        else:
            raise error

    # --- a database that goes away ----------------------------------------------------------

    def _go_offline(self, message: str) -> None:
        if self.offline:
            log.debug("still offline: %s", message)
            return
        log.warning("the database stopped answering; retrying: %s", message)
        self.offline = True
        self._retry_timer.start(self.retry_interval_ms)
        self.connection_problem.emit(message)

    def retry_connection(self) -> None:
        """Check now (on the worker) whether the database answers again."""
        if not self.offline or self._probing:
            return
        self._probing = True
        self.worker.submit(lambda db: db.ping(), self._on_probe_done, self._on_probe_failed)

    @Slot()
    def _on_retry_timer_timeout(self) -> None:
        self.retry_connection()

    def _on_probe_done(self, _result: object) -> None:
        self._probing = False
        if not self.offline:
            return
        self.offline = False
        self._retry_timer.stop()
        log.info("the database answers again: %s", self.database.describe())
        self.connection_restored.emit()
        self.data_changed.emit()

    def _on_probe_failed(self, error: BaseException) -> None:
        self._probing = False
        log.debug("the database still does not answer: %s", error)
