"""Engines, sessions, transactions, migrations at start-up, and backups.

No other module creates an engine. Driver errors are mapped onto two families in one place:
``DatabaseUnavailable`` and its kin for problems of the environment (a server that does not
answer, a file that is not a database, a schema made by a newer program), which a screen shows
as a message; everything else is a bug and reaches the crash handler.
"""

import logging
import re
import shutil
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Connection, Engine, create_engine, event, exc, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from app import paths
from app.models.errors import ConflictError

log = logging.getLogger(__name__)

T = TypeVar("T")

#: The newest schema revision this program knows. Start-up compares the database's revision with
#: it by plain SQL, so that Alembic is imported only when there is something to migrate. A test
#: checks that it matches the head of migrations/versions.
SCHEMA_HEAD = "0001"

#: The channel on which a PostgreSQL server announces that somebody committed a change.
NOTIFY_CHANNEL = "tierboard_changes"


class DatabaseError(Exception):
    """A problem of the environment around the database, with a message for the user."""


class DatabaseUnavailable(DatabaseError):
    """The server does not answer, refuses the login, or the file cannot be opened."""


class NotADatabase(DatabaseError):
    """The file is not a Tierboard database, or it is damaged."""


class DatabaseTooNew(DatabaseError):
    """The database was made by a newer version of Tierboard; it is left untouched."""


class MigrationFailed(DatabaseError):
    """Updating the database's schema failed; the database was not changed (or was restored)."""


class PermissionMissing(DatabaseError):
    """The login may read but may not create or change the schema."""


def describe_url(url: URL | str) -> str:
    """The URL as it may be shown and logged: never with its password (nor one in its query)."""
    try:
        parsed = make_url(url)
    except (exc.ArgumentError, ValueError):
        # Not even a URL: hide whatever stands between "user:" and "@" all the same.
        return re.sub(r"(://[^:/@]*:)[^@]*@", r"\1***@", str(url))
    if "password" in parsed.query:
        parsed = parsed.update_query_dict({"password": "***"})
    return parsed.render_as_string(hide_password=True)


_URL_IN_TEXT = re.compile(r"[a-z][a-z0-9+]*://[^\s'\",\]]+")


def mask_passwords(text: str) -> str:
    """Text (such as a command line) with the password of every database URL in it hidden."""
    return _URL_IN_TEXT.sub(lambda match: describe_url(match.group(0)), text)


def local_file(value: str | None) -> Path | None:
    """The SQLite file that ``--db`` names (the local default when empty), or None for a server.

    Raises:
        DatabaseUnavailable: the text is neither a path nor a database address.
    """
    return _sqlite_file(normalise_url(value))


def default_url() -> str:
    """The local SQLite file in the user's data folder."""
    return f"sqlite:///{paths.default_database_path()}"


def normalise_url(value: str | None) -> URL:
    """Turn ``--db`` into a SQLAlchemy URL; a bare path means a SQLite file.

    Raises:
        DatabaseUnavailable: the text is neither a URL nor a path.
    """
    if not value:
        return make_url(default_url())
    if "://" not in value:
        return make_url(f"sqlite:///{Path(value).expanduser().resolve()}")
    try:
        url = make_url(value)
        url.port  # noqa: B018 - reading the port checks it is a number
    except (exc.ArgumentError, ValueError) as error:
        raise DatabaseUnavailable(
            f"“{describe_url(value)}” is not a database address: {error}"
        ) from None
    if url.drivername in ("postgresql", "postgres"):
        url = url.set(drivername="postgresql+psycopg")
    return check_backend(url)


def check_backend(url: URL) -> URL:
    """Refuse an address of a database Tierboard does not work with, or with a bad port.

    Raises:
        DatabaseUnavailable: neither a SQLite file nor a PostgreSQL server.
    """
    try:
        url.port  # noqa: B018 - reading the port checks it is a number
    except ValueError as error:
        raise DatabaseUnavailable(
            f"“{describe_url(url)}” is not a database address: {error}"
        ) from None
    if url.get_backend_name() not in ("sqlite", "postgresql"):
        raise DatabaseUnavailable(
            f"Tierboard works with a local SQLite file or a PostgreSQL server; "
            f"“{describe_url(url)}” is neither."
        )
    return url


def _sqlite_file(url: URL) -> Path | None:
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    return Path(url.database).expanduser()


def _on_sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA busy_timeout = 5000")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.close()


def make_engine(url: URL) -> Engine:
    """An engine with the settings every Tierboard connection needs."""
    if url.get_backend_name() == "sqlite":
        # Each thread gets its own session, so sharing the pool across threads is safe.
        engine = create_engine(url, connect_args={"check_same_thread": False})
        event.listen(engine, "connect", _on_sqlite_connect)
        return engine
    return create_engine(
        url,
        pool_pre_ping=True,
        pool_size=3,
        max_overflow=2,
        connect_args={"connect_timeout": 5, "application_name": "Tierboard"},
    )


#: Parts of a server's answer that mean the login itself was refused (not a network problem).
_LOGIN_REFUSED = (
    "password authentication failed", "no password supplied", "does not exist",
    "no pg_hba.conf entry", "permission denied for database",
)


def map_error(error: BaseException, url: URL) -> BaseException:
    """Turn a driver error into a DatabaseError with a message that names the problem."""
    where = describe_url(url)
    original = getattr(error, "orig", None)
    message = str(original or error).strip().splitlines()[0] if str(original or error) else ""
    file = _sqlite_file(url)

    if isinstance(error, exc.DatabaseError) and file is not None:
        if "not a database" in message or "malformed" in message:
            return NotADatabase(
                f"{file} is not a Tierboard database or it is damaged ({message}). "
                "Nothing was changed in it."
            )
        if "unable to open" in message or "readonly" in message or "read-only" in message:
            return DatabaseUnavailable(f"Cannot open {file}: {message}.")
        if "locked" in message:
            return DatabaseUnavailable(f"{file} is busy in another program: {message}.")
        if "disk" in message and "full" in message:
            return DatabaseUnavailable(f"The disk holding {file} is full.")
    if str(getattr(original, "sqlstate", "") or "").startswith("40"):
        # A deadlock or a serialisation failure: another transaction won; nothing was written.
        return ConflictError(
            "deal", "somebody else changed the same deals at the same time; reload and try again"
        )
    if file is None and any(marker in message for marker in _LOGIN_REFUSED):
        return DatabaseUnavailable(f"The database server {where} refused the login: {message}")
    if isinstance(error, exc.OperationalError | exc.InterfaceError) and file is None:
        return DatabaseUnavailable(f"The database server {where} does not answer: {message}")
    if isinstance(error, exc.ProgrammingError) and "permission denied" in message.lower():
        return PermissionMissing(f"The login may not do this on {where}: {message}")
    return error


class Database:
    """One database the program works with, and the way every read and write reaches it.

    Contract:
        - ``read`` and ``write`` may be called from any thread; each call takes its own session
          or connection and closes it before returning.
        - ``write`` runs one user action as one transaction: all of it is committed, or nothing.
        - Errors come out as RuleError (a broken rule), ConflictError (somebody else changed the
          row first) or DatabaseError (the environment); anything else is a bug.

    Attributes:
        url: where the database lives.
        engine: the SQLAlchemy engine.
    """

    def __init__(self, url: URL | str) -> None:
        self.url = make_url(url) if isinstance(url, str) else url
        self.engine = make_engine(self.url)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        #: Sent with every change announcement, so that live updates can tell this program's own
        #: commits from a colleague's.
        self.origin = uuid.uuid4().hex
        #: How many writes this object committed (a SQLite poll subtracts them from the counter).
        self.own_writes = 0

    @property
    def is_sqlite(self) -> bool:
        """Whether this is a local file rather than a server."""
        return self.url.get_backend_name() == "sqlite"

    @property
    def file(self) -> Path | None:
        """The SQLite file, or None for a server."""
        return _sqlite_file(self.url)

    def describe(self) -> str:
        """Where the database is, without any password."""
        return describe_url(self.url)

    def close(self) -> None:
        """Close every pooled connection."""
        self.engine.dispose()

    @contextmanager
    def connect(self) -> Iterator[Connection]:
        """A connection for reading, with errors mapped for the user."""
        try:
            with self.engine.connect() as connection:
                yield connection
        except exc.SQLAlchemyError as error:
            raise map_error(error, self.url) from error

    def read(self, query: Callable[[Connection], T]) -> T:
        """Run a read (a function of a Connection) and return its plain result."""
        with self.connect() as connection:
            return query(connection)

    def write(self, action: Callable[[Session], T]) -> T:
        """Run one user action in one transaction and return what it returns.

        The change counter is raised in the same transaction, and a server announces the change
        to every other open window when it commits.
        """
        session = self._sessions()
        try:
            with session.begin():
                result = action(session)
                self._announce(session)
            self.own_writes += 1
            return result
        except StaleDataError as error:
            raise ConflictError(
                "deal", "somebody else changed this row at the same time; reload and try again"
            ) from error
        except exc.SQLAlchemyError as error:
            raise map_error(error, self.url) from error
        finally:
            session.close()

    def _announce(self, session: Session) -> None:
        session.execute(text("UPDATE change_counter SET value = value + 1 WHERE id = 1"))
        if not self.is_sqlite:
            session.execute(text("SELECT pg_notify(:channel, :origin)"),
                            {"channel": NOTIFY_CHANNEL, "origin": self.origin})

    def ping(self) -> None:
        """A cheap round trip to the database (to notice that a lost server is back).

        Raises:
            DatabaseUnavailable: the database still does not answer.
        """
        with self.connect() as connection:
            connection.execute(text("SELECT 1"))

    def change_count(self) -> int:
        """The counter every committed write raises (a cheap way to notice others' changes)."""
        with self.connect() as connection:
            return int(connection.scalar(text("SELECT value FROM change_counter WHERE id = 1"))
                       or 0)

    # --- schema ---------------------------------------------------------------------------

    def current_revision(self) -> str | None:
        """The schema revision stored in the database (None for an empty database)."""
        with self.connect() as connection:
            if self.is_sqlite:
                # Reading the schema first makes a file that is not a database fail here.
                connection.execute(text("SELECT count(*) FROM sqlite_master")).scalar()
            try:
                with connection.begin_nested() if not self.is_sqlite else _nothing():
                    return connection.execute(
                        text("SELECT version_num FROM alembic_version")
                    ).scalar()
            except exc.ProgrammingError:
                return None  # a server database with no alembic_version: empty
            except exc.OperationalError as error:
                if "no such table" in str(error):
                    return None
                raise

    def has_foreign_tables(self) -> bool:
        """Whether an unversioned database already holds tables that are not ours."""
        with self.connect() as connection:
            from sqlalchemy import inspect

            names = set(inspect(connection).get_table_names())
        return bool(names - {"alembic_version"})

    def ensure_schema(self, *, backup: bool = True) -> str | None:
        """Bring the schema to this program's head, backing up a SQLite file first.

        Returns:
            The path of the backup made, if any.

        Raises:
            DatabaseTooNew: the database was made by a newer program (it is not touched).
            NotADatabase: the file is not a database or is damaged.
            MigrationFailed: the update failed (a SQLite file is restored from its backup).
            PermissionMissing: the login may not create or alter tables.
        """
        revision = self.current_revision()
        if revision == SCHEMA_HEAD:
            log.debug("schema of %s is current (%s)", self.describe(), revision)
            return None

        from app import migrate  # Alembic is imported only when there is something to do

        if revision is not None and not migrate.is_known_revision(revision):
            raise DatabaseTooNew(
                f"{self.describe()} was made by a newer version of Tierboard (schema "
                f"{revision}). This version knows schemas up to {SCHEMA_HEAD}; please update "
                "Tierboard. The database was not changed."
            )
        if revision is None and self.has_foreign_tables():
            raise NotADatabase(
                f"{self.describe()} holds tables of another program; Tierboard will not write "
                "into it. Choose an empty database or a Tierboard one."
            )

        self._check_schema_rights(revision)
        backup_path = self.backup() if backup and revision is not None else None
        try:
            migrate.upgrade(self.engine, "head")
        except Exception as error:
            mapped = map_error(error, self.url)
            if isinstance(mapped, PermissionMissing):
                raise mapped from error
            if backup_path is not None and self.file is not None:
                self.engine.dispose()
                shutil.copyfile(backup_path, self.file)
                log.error("migration failed; restored %s from %s", self.file, backup_path)
            raise MigrationFailed(
                f"Updating the schema of {self.describe()} failed: {mapped}. "
                + (f"The file was restored from {backup_path}." if backup_path else "")
            ) from error
        log.info("migrated %s from %s to %s", self.describe(), revision, SCHEMA_HEAD)
        return str(backup_path) if backup_path else None

    def missing_schema_rights(self, *, updating: bool) -> list[str]:
        """What this login lacks to create (or, ``updating``, alter) the schema on a server.

        Returns:
            Plain descriptions of the missing rights; empty when nothing is missing (and always
            for a SQLite file, where the file's own permissions decide).
        """
        if self.is_sqlite:
            return []
        missing: list[str] = []
        with self.connect() as connection:
            schema = connection.scalar(text("SELECT current_schema()"))
            if schema is None:
                return ["a schema to create the tables in (the search_path names none)"]
            if not connection.scalar(text("SELECT has_schema_privilege(current_schema(), "
                                          "'CREATE')")):
                missing.append(f"the CREATE right on schema {schema}")
            if updating:
                # Altering a table needs its ownership (or membership in the owning role).
                foreign = sorted(connection.scalars(text(
                    "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() "
                    "AND NOT pg_has_role(tableowner, 'USAGE')"
                )))
                if foreign:
                    shown = ", ".join(foreign[:4]) + (" …" if len(foreign) > 4 else "")
                    missing.append(f"ownership of the tables {shown}")
        return missing

    def _check_schema_rights(self, revision: str | None) -> None:
        missing = self.missing_schema_rights(updating=revision is not None)
        if not missing:
            return
        login = self.url.username or "this login"
        doing = "update" if revision is not None else "create"
        raise PermissionMissing(
            f"The login “{login}” may not {doing} Tierboard's tables in {self.describe()}: it "
            f"lacks {'; '.join(missing)}. Ask the database administrator to grant it (for "
            f"example: GRANT CREATE ON SCHEMA public TO \"{login}\"), or start Tierboard once "
            "with the login that owns the database. Nothing was changed."
        )

    def backup(self) -> Path | None:
        """Copy a SQLite file to a timestamped backup beside it (servers have their own)."""
        file = self.file
        if file is None or not file.exists():
            return None
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        target = file.with_name(f"{file.stem}.{stamp}.backup{file.suffix}")
        source = sqlite3.connect(str(file))
        try:
            destination = sqlite3.connect(str(target))
            with destination:
                source.backup(destination)
            destination.close()
        finally:
            source.close()
        log.info("backed up %s to %s", file, target)
        return target


@contextmanager
def _nothing() -> Iterator[None]:
    yield


def open_database(url: str | URL | None = None, *, migrate: bool = True) -> Database:
    """Open (and by default create or update) the database at ``url`` or the local default.

    Raises:
        DatabaseError: the database cannot be used; the message says why.
    """
    resolved = normalise_url(url) if not isinstance(url, URL) else check_backend(url)
    file = _sqlite_file(resolved)
    if file is not None:
        if file.is_dir():
            raise NotADatabase(f"{file} is a folder, not a database file.")
        file.parent.mkdir(parents=True, exist_ok=True)
        if file.exists() and file.stat().st_size > 0:
            with file.open("rb") as handle:
                if handle.read(16) != b"SQLite format 3\x00":
                    raise NotADatabase(
                        f"{file} is not a Tierboard database (it is not a SQLite file). "
                        "Nothing was changed in it."
                    )

    database = Database(resolved)
    if migrate:
        try:
            database.ensure_schema()
        except BaseException:
            database.close()
            raise
    return database


def new_id() -> uuid.UUID:
    """A key that never collides with one made on another computer."""
    return uuid.uuid4()
