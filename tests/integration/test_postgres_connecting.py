"""Connecting to a server: the connection dialog, the keyring, and the rights of the login."""

import itertools
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from sqlalchemy.engine import make_url

from PySide6.QtCore import QSettings

from app.db import Database, PermissionMissing, open_database
from app.models import queries
from app.views.connection_dialog import ConnectionDialog, check_connection, open_at_start
from tests.helpers import factories
from tests.helpers.fake_keyring import MemoryKeyring, installed

pytestmark = pytest.mark.postgres

_roles = itertools.count()


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    with installed(MemoryKeyring()) as backend:
        yield backend  # type: ignore[misc]


@pytest.fixture
def settings(tmp_path) -> QSettings:
    return QSettings(str(tmp_path / "tierboard.ini"), QSettings.Format.IniFormat)


def _admin(pg_url: str) -> psycopg.Connection:
    url = make_url(pg_url)
    return psycopg.connect(host=url.host, port=url.port, user=url.username,
                           dbname=url.database, autocommit=True)


def _plain_login(pg_url: str) -> str:
    """A login with no rights beyond connecting (and using schema public)."""
    name = f"clerk_{next(_roles)}"
    with _admin(pg_url) as connection:
        connection.execute(f'DROP ROLE IF EXISTS "{name}"')
        connection.execute(f'CREATE ROLE "{name}" LOGIN')
        connection.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC")
    return make_url(pg_url).set(username=name).render_as_string(hide_password=False)


def test_a_login_without_create_right_is_told_exactly_what_is_missing(pg_url):
    clerk_url = _plain_login(pg_url)

    with pytest.raises(PermissionMissing) as caught:
        open_database(clerk_url)

    message = str(caught.value)
    assert "clerk_" in message
    assert "CREATE right on schema public" in message
    assert "GRANT CREATE ON SCHEMA public" in message
    untouched = Database(pg_url)
    try:
        assert untouched.current_revision() is None  # nothing was created
    finally:
        untouched.close()


def test_a_login_without_create_right_works_on_a_schema_made_by_the_owner(pg_url):
    owner = open_database(pg_url)
    factories.deal(owner, "Made by the owner")
    clerk_url = _plain_login(pg_url)
    clerk = make_url(clerk_url).username
    with _admin(pg_url) as connection:
        connection.execute(f'GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA public '
                           f'TO "{clerk}"')

    database = open_database(clerk_url)
    try:
        assert [row.title for row in database.read(queries.board_rows)] == ["Made by the owner"]
        factories.deal(database, "Made by the clerk")
    finally:
        database.close()
        owner.close()


def test_the_connection_test_reports_the_schema_and_the_rights(pg_url, pg_db):
    assert check_connection(make_url(pg_url)).message.endswith("tables are up to date.")
    empty = check_connection(make_url(_plain_login(pg_url)).set(database="postgres"))
    assert not empty.ok
    assert "may not create the tables" in empty.message


def test_the_dialog_tests_off_the_gui_thread_and_keeps_the_password_in_the_keyring(
        qtbot, pg_url, pg_db, settings, memory_keyring):
    url = make_url(pg_url)
    dialog = ConnectionDialog(settings)
    qtbot.addWidget(dialog)
    dialog.server_button.setChecked(True)
    dialog.host_edit.setText(url.host)
    dialog.port_spin.setValue(url.port)
    dialog.database_edit.setText(url.database)
    dialog.user_edit.setText(url.username)
    dialog.password_edit.setText("s3cret-pw")
    dialog.ssl_combo.setCurrentText("disable")

    with qtbot.waitSignal(dialog.test_finished, timeout=15000) as finished:
        dialog.test_button.click()
        assert not dialog.test_button.isEnabled()  # the test runs on its own thread
    assert finished.args[0] is True
    assert "Connected to PostgreSQL" in dialog.status_label.text()
    assert "s3cret-pw" not in dialog.status_label.text()

    dialog.buttons.accepted.emit()
    settings.sync()
    stored = str(settings.value("database/url"))
    assert stored == (f"postgresql+psycopg://{url.username}@{url.host}:{url.port}/"
                      f"{url.database}?sslmode=disable")
    assert "s3cret-pw" in memory_keyring.entries.values()
    assert "s3cret-pw" not in Path(settings.fileName()).read_text(encoding="utf-8")

    reopened = open_at_start(settings, stored, interactive=False)
    try:
        assert reopened.url.password == "s3cret-pw"
        assert reopened.current_revision() is not None
    finally:
        reopened.close()


def test_a_server_that_does_not_answer_is_reported_without_the_password(qtbot, settings,
                                                                       memory_keyring):
    dialog = ConnectionDialog(settings)
    qtbot.addWidget(dialog)
    dialog.server_button.setChecked(True)
    dialog.host_edit.setText("127.0.0.1")
    dialog.port_spin.setValue(1)
    dialog.user_edit.setText("anna")
    dialog.password_edit.setText("s3cret-pw")

    with qtbot.waitSignal(dialog.test_finished, timeout=15000) as finished:
        dialog.test_button.click()

    assert finished.args[0] is False
    assert "does not answer" in finished.args[1]
    assert "s3cret-pw" not in finished.args[1]
    assert "***" in finished.args[1] or "anna@127.0.0.1:1" in finished.args[1]
