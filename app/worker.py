"""Database work off the GUI thread, with results delivered back on it.

Contract:
    - ``submit`` is called on the GUI thread. The job runs on one single worker thread, so jobs
      run one at a time in the order submitted (a move is never overtaken by an older read).
    - The job receives the Database and must return plain data (rows, dataclasses, ids), never
      ORM objects or Qt objects; it must not touch widgets or item models.
    - ``on_done(result)`` or ``on_error(exception)`` runs later on the GUI thread. An error with
      no ``on_error`` goes to ``failed`` (the main window shows it).
    - In inline mode (a local SQLite file, and the tests) the job runs at once, on the caller's
      thread, and the callbacks are called before ``submit`` returns.
"""

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from app.db import Database

log = logging.getLogger(__name__)

Job = Callable[[Database], Any]
DoneCallback = Callable[[Any], None]
ErrorCallback = Callable[[BaseException], None]


class _Relay(QObject):
    """Lives on the GUI thread; worker threads emit into it, Qt queues the calls over."""

    finished = Signal(object, object, object, object)  # ticket, result, on_done, on_error


class _Task(QRunnable):
    def __init__(self, worker: "DbWorker", ticket: int, job: Job,
                 on_done: DoneCallback | None, on_error: ErrorCallback | None) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._worker, self._ticket, self._job = worker, ticket, job
        self._on_done, self._on_error = on_done, on_error

    def run(self) -> None:
        try:
            result: Any = self._job(self._worker.database)
        except BaseException as error:
            result = error
        self._worker._relay.finished.emit(self._ticket, result, self._on_done, self._on_error)


class DbWorker(QObject):
    """Runs database jobs one at a time away from the GUI thread.

    Signals:
        busy_changed(bool): True when a job starts after an idle spell, False when all are done.
        failed(BaseException): a job failed and had no ``on_error`` of its own.
    """

    busy_changed = Signal(bool)
    failed = Signal(object)

    def __init__(self, database: Database, *, inline: bool | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.inline = database.is_sqlite if inline is None else inline
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.finished.connect(self._deliver)
        self._pending = 0
        self._next_ticket = 0

    @property
    def busy(self) -> bool:
        """Whether jobs are waiting or running."""
        return self._pending > 0

    def submit(self, job: Job, on_done: DoneCallback | None = None,
               on_error: ErrorCallback | None = None) -> None:
        """Run ``job(database)``; call ``on_done(result)`` or ``on_error(error)`` afterwards."""
        self._next_ticket += 1
        if self.inline:
            try:
                result = job(self.database)
            except Exception as error:
                self._finish(error, on_done, on_error)
                return
            self._finish(result, on_done, on_error)
            return

        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)
        self._pool.start(_Task(self, self._next_ticket, job, on_done, on_error))

    def wait(self, msecs: int = 30000) -> bool:
        """Block until every job has run (for shutting down and for tests)."""
        return self._pool.waitForDone(msecs)

    @Slot(object, object, object, object)
    def _deliver(self, _ticket: int, result: Any, on_done: DoneCallback | None,
                 on_error: ErrorCallback | None) -> None:
        self._pending -= 1
        try:
            self._finish(result, on_done, on_error)
        finally:
            if self._pending == 0:
                self.busy_changed.emit(False)

    def _finish(self, result: Any, on_done: DoneCallback | None,
                on_error: ErrorCallback | None) -> None:
        if isinstance(result, BaseException):
            if not isinstance(result, Exception):
                raise result
            if on_error is not None:
                on_error(result)
            else:
                log.debug("job failed without its own handler: %s", result)
                self.failed.emit(result)
            return
        if on_done is not None:
            on_done(result)
