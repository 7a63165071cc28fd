"""Colleagues' changes, brought to this window within about a second.

On a PostgreSQL server every committed write sends a notification on ``NOTIFY_CHANNEL`` (see
``Database.write``); here a thread of its own LISTENs for it on its own connection. On a SQLite
file a timer polls the change counter that every write raises. Either way the context's
``data_changed`` is emitted once per burst of changes, and views re-read what they show.
"""

import logging
import threading
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from app.context import AppContext
from app.db import NOTIFY_CHANNEL, Database, DatabaseUnavailable

log = logging.getLogger(__name__)


class _Bridge(QObject):
    """Lives on the GUI thread; the listening thread emits into it and Qt queues the calls."""

    notified = Signal()
    connected = Signal(bool)  # True when this is a reconnection after a lost connection
    lost = Signal(str)


def listen_arguments(database: Database) -> dict[str, Any]:
    """psycopg.connect() arguments for the database's server (with its password, if any)."""
    url = database.url
    arguments: dict[str, Any] = url.translate_connect_args(username="user", database="dbname")
    for key, value in url.query.items():
        arguments[key] = value if isinstance(value, str) else value[-1]
    # Keepalives make a cable pulled out of a server show up as an error, not as silence.
    arguments.update(connect_timeout=5, application_name="Tierboard live updates",
                     keepalives=1, keepalives_idle=10, keepalives_interval=5,
                     keepalives_count=3)
    return arguments


class LiveUpdates(QObject):
    """Notices changes committed by other programs and emits the context's ``data_changed``.

    Contract:
        - Created, started and stopped on the GUI thread.
        - PostgreSQL: a daemon thread owns one psycopg connection in autocommit mode and never
          touches Qt objects except by emitting the bridge's signals (queued to the GUI thread).
          Notifications whose payload is this program's ``Database.origin`` are its own writes,
          which ``AppContext.write`` has already announced, and are skipped.
        - When the listening connection breaks, the context hears of it (it then shows the
          banner and checks the server) and the thread reconnects every ``reconnect_s``
          seconds; after reconnecting one change is reported, because notifications sent in
          the meantime are lost.
        - SQLite: a timer submits a read of the change counter to the worker every
          ``poll_interval_ms``; a rise beyond this program's own writes is a colleague's.
        - ``stop()`` ends the thread and the timer; call it before closing the database.

    Signals:
        colleague_changed(): changes of others were noticed (once per burst, before the
            context's ``data_changed``).

    Attributes:
        poll_interval_ms: how often a SQLite file is polled.
        reconnect_s: the pause between attempts to listen again after a lost connection.
    """

    colleague_changed = Signal()

    def __init__(self, context: AppContext, *, parent: QObject | None = None) -> None:
        super().__init__(parent if parent is not None else context)
        self._context = context
        self._database = context.database
        self.poll_interval_ms = 500
        self.reconnect_s = 3.0

        # Several notifications in a burst (a multi-card move by a colleague) refresh once.
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(120)
        self._debounce.timeout.connect(self._on_debounce_timeout)

        self._bridge = _Bridge(self)
        self._bridge.notified.connect(self._on_bridge_notified)
        self._bridge.connected.connect(self._on_bridge_connected)
        self._bridge.lost.connect(self._on_bridge_lost)
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._listening = threading.Event()

        self._poll_timer = QTimer(self)
        self._poll_timer.timeout.connect(self._on_poll_timer_timeout)
        self._polling = False
        self._last_count: int | None = None
        self._last_own = 0

    @property
    def listening(self) -> bool:
        """Whether a server connection is listening right now (always False for SQLite)."""
        return self._listening.is_set()

    def start(self) -> None:
        """Begin listening (server) or polling (file)."""
        if self._database.is_sqlite:
            self._poll_timer.start(self.poll_interval_ms)
            self._on_poll_timer_timeout()
            return
        if self._thread is not None:
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._listen, name="tierboard-listen",
                                        daemon=True)
        self._thread.start()

    def stop(self, timeout_s: float = 8.0) -> None:
        """Stop listening or polling; waits for the listening thread to end."""
        self._poll_timer.stop()
        self._debounce.stop()
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout_s)
            self._thread = None

    # --- PostgreSQL: the listening thread ---------------------------------------------------

    def _listen(self) -> None:
        import psycopg
        from psycopg import sql

        arguments = listen_arguments(self._database)
        origin = self._database.origin
        was_lost = False
        while not self._stop.is_set():
            try:
                with psycopg.connect(autocommit=True, **arguments) as connection:
                    connection.execute(sql.SQL("LISTEN {}").format(sql.Identifier(NOTIFY_CHANNEL)))
                    self._listening.set()
                    self._bridge.connected.emit(was_lost)
                    was_lost = False
                    while not self._stop.is_set():
                        for notify in connection.notifies(timeout=0.5):
                            if notify.payload != origin:
                                self._bridge.notified.emit()
            except psycopg.Error as error:
                # Only the first word of the error: a message must never carry connection
                # details beyond what describe_url shows.
                reason = str(error).strip().splitlines()[0] if str(error).strip() else ""
                if self._listening.is_set():
                    self._listening.clear()
                    was_lost = True
                    self._bridge.lost.emit(reason)
                log.debug("live updates: cannot listen (%s); again in %.1f s", reason,
                          self.reconnect_s)
                self._stop.wait(self.reconnect_s)
        self._listening.clear()

    @Slot()
    def _on_bridge_notified(self) -> None:
        if not self._debounce.isActive():
            self._debounce.start()

    @Slot(bool)
    def _on_bridge_connected(self, reconnected: bool) -> None:
        log.info("listening for changes on %s", self._database.describe())
        if reconnected:
            self._on_bridge_notified()

    @Slot(str)
    def _on_bridge_lost(self, reason: str) -> None:
        log.warning("live updates lost the connection to %s: %s", self._database.describe(),
                    reason)
        self._context.report_error(DatabaseUnavailable(
            self.tr("The database server %s does not answer: %s")
            % (self._database.describe(), reason)
        ))

    @Slot()
    def _on_debounce_timeout(self) -> None:
        log.debug("a colleague changed the data; refreshing")
        self.colleague_changed.emit()
        self._context.data_changed.emit()

    # --- SQLite: the change counter ----------------------------------------------------------

    @Slot()
    def _on_poll_timer_timeout(self) -> None:
        if self._polling:
            return
        self._polling = True
        self._context.worker.submit(
            lambda db: (db.change_count(), db.own_writes), self._on_count_read,
            self._on_count_failed,
        )

    def _on_count_read(self, result: tuple[int, int]) -> None:
        self._polling = False
        count, own = result
        if self._last_count is not None and count - self._last_count > own - self._last_own:
            self._on_bridge_notified()
        self._last_count, self._last_own = count, own

    def _on_count_failed(self, error: BaseException) -> None:
        # A busy or briefly locked file is normal; the next tick tries again.
        self._polling = False
        log.debug("could not read the change counter: %s", error)


def start_live_updates(context: AppContext) -> LiveUpdates:
    """Create and start the live updates of the context's database."""
    updates = LiveUpdates(context)
    updates.start()
    return updates
