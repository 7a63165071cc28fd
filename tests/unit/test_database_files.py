"""Opening databases that are not what they should be: the user is told, nothing is touched."""

import hashlib
import sqlite3

import pytest
from sqlalchemy import text

from app import db as db_module
from app.db import DatabaseTooNew, NotADatabase, normalise_url, open_database


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_new_file_is_created_in_wal_mode_with_foreign_keys(tmp_path):
    file = tmp_path / "new.sqlite3"
    database = open_database(str(file))
    with database.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
    database.close()
    assert file.exists()


def test_text_file_is_refused_by_name_and_left_alone(tmp_path):
    file = tmp_path / "notes.sqlite3"
    file.write_text("these are my notes, not a database\n" * 20)
    before = _digest(file)

    with pytest.raises(NotADatabase) as caught:
        open_database(str(file))

    assert str(file) in str(caught.value)
    assert _digest(file) == before


def test_damaged_file_is_refused_and_left_alone(tmp_path):
    file = tmp_path / "damaged.sqlite3"
    open_database(str(file)).close()
    data = bytearray(file.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)
    file.write_bytes(bytes(data))
    for leftover in tmp_path.glob("damaged.sqlite3-*"):
        leftover.unlink()
    before = _digest(file)

    with pytest.raises(NotADatabase) as caught:
        open_database(str(file))

    assert "damaged" in str(caught.value)
    assert _digest(file) == before


def test_database_from_a_newer_program_is_refused_untouched(tmp_path):
    file = tmp_path / "future.sqlite3"
    open_database(str(file)).close()
    with sqlite3.connect(file) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.close()
    before = _digest(file)

    with pytest.raises(DatabaseTooNew, match="newer version"):
        open_database(str(file))

    assert _digest(file) == before
    assert list(tmp_path.glob("*.backup*")) == []


def test_foreign_tables_are_not_written_into(tmp_path):
    file = tmp_path / "other.sqlite3"
    with sqlite3.connect(file) as connection:
        connection.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    connection.close()
    with pytest.raises(NotADatabase, match="another program"):
        open_database(str(file))


def test_a_file_is_backed_up_before_it_is_migrated(tmp_path, monkeypatch):
    file = tmp_path / "old.sqlite3"
    database = open_database(str(file))
    database.write(lambda s: s.execute(text("UPDATE change_counter SET value = 41")))
    database.close()

    # Pretend this program is one revision ahead: the file's revision becomes "older".
    with sqlite3.connect(file) as connection:
        connection.execute("DELETE FROM alembic_version")
        connection.execute("INSERT INTO alembic_version VALUES ('0001')")
    connection.close()
    monkeypatch.setattr(db_module, "SCHEMA_HEAD", "not-yet-known")
    database = open_database(str(file))
    database.close()

    backups = list(tmp_path.glob("old.*.backup.sqlite3"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as connection:
        assert connection.execute("SELECT value FROM change_counter").fetchone()[0] == 42
    connection.close()


def test_urls_never_show_passwords():
    url = normalise_url("postgresql://anna:secret@db.example/firm")
    assert url.drivername == "postgresql+psycopg"
    assert "secret" not in db_module.describe_url(url)


def test_a_bare_path_means_a_sqlite_file(tmp_path):
    url = normalise_url(str(tmp_path / "x.sqlite3"))
    assert url.get_backend_name() == "sqlite"
