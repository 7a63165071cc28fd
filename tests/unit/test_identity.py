import getpass

import pytest

from PySide6.QtCore import QSettings

from app import identity
from app.models import queries
from tests.helpers import factories


@pytest.fixture
def settings(tmp_path) -> QSettings:
    return QSettings(str(tmp_path / "tierboard.ini"), QSettings.Format.IniFormat)


def test_the_login_on_an_employee_names_the_person_without_asking(sqlite_db, settings):
    anna = factories.employee(sqlite_db, "Anna", login=getpass.getuser())
    factories.employee(sqlite_db, "Boris")

    def ask(staff, login):
        raise AssertionError("nobody should be asked")

    assert identity.resolve_actor(sqlite_db, settings, ask) == anna


def test_an_unknown_login_is_asked_once_and_remembered(sqlite_db, settings):
    factories.employee(sqlite_db, "Anna")
    boris = factories.employee(sqlite_db, "Boris")
    asked = []

    def ask(staff, login):
        asked.append((tuple(row.name for row in staff), login))
        return boris

    first = identity.resolve_actor(sqlite_db, settings, ask)
    second = identity.resolve_actor(sqlite_db, settings, ask)

    assert first == second == boris
    assert asked == [(("Anna", "Boris"), getpass.getuser())]
    logins = {row.name: row.login for row in sqlite_db.read(queries.employees)}
    assert logins == {"Anna": None, "Boris": getpass.getuser()}


def test_choosing_nobody_is_remembered_too(sqlite_db, settings):
    factories.employee(sqlite_db, "Anna")
    asked = []

    def ask(staff, login):
        asked.append(login)

    assert identity.resolve_actor(sqlite_db, settings, ask) is None
    assert identity.resolve_actor(sqlite_db, settings, ask) is None
    assert len(asked) == 1


def test_an_empty_firm_asks_nothing(sqlite_db, settings):
    def ask(staff, login):
        raise AssertionError("nobody to choose from")

    assert identity.resolve_actor(sqlite_db, settings, ask) is None


def test_a_login_that_another_employee_has_is_not_given_twice(sqlite_db):
    factories.employee(sqlite_db, "Anna", login="shared")
    boris = factories.employee(sqlite_db, "Boris")

    assert sqlite_db.write(lambda s: identity.link_login(s, boris, "shared")) is False
