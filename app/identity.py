"""Who is working: the employee behind this window, recorded in the history of every change.

The database login names the person on a server (each person has their own login); on a file
the computer's user name does. An employee whose ``login`` column holds that name is the person.
When none does, the program asks once, remembers the answer in this person's settings, and,
where nobody else has it yet, writes the login onto the chosen employee so that colleagues'
windows and later starts need not ask.
"""

import getpass
import logging
import uuid
from collections.abc import Callable, Sequence

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QInputDialog, QWidget

from app.db import Database
from app.models.entities import Employee
from app.models.errors import NotFoundError
from app.models.queries import EmployeeRow, employees

log = logging.getLogger(__name__)

#: The answer to store when the person chose to be nobody (so that they are not asked again).
NOBODY = "nobody"

#: Asks the person who they are: (employees, login) -> the chosen id, or None for nobody.
AskEmployee = Callable[[Sequence[EmployeeRow], str], uuid.UUID | None]


def database_login(database: Database) -> str:
    """The login this window works under: the server's user name, or the computer's."""
    if not database.is_sqlite and database.url.username:
        return database.url.username
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no user name in the environment (a service account)
        return ""


def settings_key(database: Database) -> str:
    """The per-person settings key of the identity for this database."""
    where = database.describe().replace("/", "|").replace("\\", "|")
    return f"identity/{where}"


def employee_with_login(connection: Connection, login: str) -> uuid.UUID | None:
    """The live employee whose login is ``login`` (None when nobody or several have it)."""
    if not login:
        return None
    found = list(connection.scalars(
        select(Employee.id).where(Employee.login == login, Employee.deleted_at.is_(None))
    ))
    return found[0] if len(found) == 1 else None


def link_login(session: Session, employee_id: uuid.UUID, login: str) -> bool:
    """Give an employee the login, unless somebody has it already or they have another.

    Returns:
        Whether the login was written.

    Raises:
        NotFoundError: no such employee.
    """
    employee = session.get(Employee, employee_id)
    if employee is None or employee.deleted_at is not None:
        raise NotFoundError("login", f"no employee with id {employee_id}")
    taken = session.scalar(select(Employee.id).where(
        Employee.login == login, Employee.deleted_at.is_(None), Employee.id != employee_id))
    if not login or taken is not None or employee.login:
        return False
    employee.login = login
    session.flush()
    log.info("the login %s now names employee %s", login, employee_id)
    return True


def ask_employee(staff: Sequence[EmployeeRow], login: str,
                 parent: QWidget | None = None) -> uuid.UUID | None:
    """Ask who is working, in a small list dialog; None when the person is nobody of them."""
    nobody = QCoreApplication.translate("identity", "Nobody of them — I only look")
    names = [row.name for row in staff] + [nobody]
    prompt = QCoreApplication.translate(
        "identity", "Tierboard records who moves and changes deals. Who are you?\n"
                    "(You work as “%s”; you are asked only once.)") % login
    chosen, ok = QInputDialog.getItem(
        parent, QCoreApplication.translate("identity", "Who is working?"), prompt, names, 0,
        False)
    if not ok or chosen == nobody:
        return None
    return staff[names.index(chosen)].id


def resolve_actor(database: Database, settings: QSettings,
                  ask: AskEmployee | None = None) -> uuid.UUID | None:
    """Find the employee who is working, asking once when the login names nobody.

    Args:
        database: the open database (read on the calling thread: this runs at start-up).
        settings: the person's own settings, where the answer is kept.
        ask: how to ask (the list dialog when None); not called when nobody is to choose from.

    Returns:
        The employee's id, or None when the person is nobody of the firm's staff.
    """
    login = database_login(database)
    key = settings_key(database)
    staff = database.read(employees)
    known = {row.id for row in staff}

    stored = str(settings.value(key) or "")
    if stored == NOBODY:
        return None
    if stored:
        try:
            if uuid.UUID(stored) in known:
                return uuid.UUID(stored)
        except ValueError:
            log.warning("ignoring an unreadable identity in the settings")

    found = database.read(lambda connection: employee_with_login(connection, login))
    if found is not None:
        settings.setValue(key, str(found))
        return found
    if not staff:
        return None

    chosen = (ask or ask_employee)(staff, login)
    settings.setValue(key, str(chosen) if chosen is not None else NOBODY)
    if chosen is not None and login:
        database.write(lambda session: link_login(session, chosen, login))
    log.info("working as employee %s", chosen)
    return chosen
