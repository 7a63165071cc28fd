"""Shared fixtures: a fresh database per test, made by running the migrations, on SQLite and
(behind the ``postgres`` marker) on a throwaway PostgreSQL server the tests start themselves."""

import itertools
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

# Before anything imports Qt: draw offscreen unless a real display was asked for.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app import paths
from app.db import Database, open_database
from tests.helpers.postgres import PostgresServer, throwaway_server

_counter = itertools.count()


@pytest.fixture(autouse=True)
def _private_data_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Keep every test's settings, logs and default database out of the user's folders."""
    folder = tmp_path_factory.mktemp("data")
    paths.set_data_dir(folder)
    yield folder
    paths.set_data_dir(None)


@pytest.fixture(scope="session")
def _migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One SQLite file built by the migrations, copied for each test (fast, and still real)."""
    file = tmp_path_factory.mktemp("template") / "template.sqlite3"
    database = open_database(str(file))
    database.close()
    return file


@pytest.fixture
def sqlite_db(_migrated_template: Path, tmp_path: Path) -> Iterator[Database]:
    """A fresh, migrated SQLite database."""
    file = tmp_path / "tierboard.sqlite3"
    shutil.copyfile(_migrated_template, file)
    database = open_database(str(file))
    yield database
    database.close()


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PostgresServer]:
    """A throwaway PostgreSQL server for the whole test session (skips where none can start)."""
    try:
        with throwaway_server() as server:
            yield server
    except RuntimeError as error:
        if os.environ.get("TIERBOARD_REQUIRE_POSTGRES"):
            pytest.fail(f"PostgreSQL is required here but could not start: {error}")
        pytest.skip(f"no PostgreSQL server for these tests: {error}")


@pytest.fixture
def pg_url(pg_server: PostgresServer) -> str:
    """The URL of a new, empty database on the throwaway server."""
    return pg_server.create_database(f"tierboard_test_{os.getpid()}_{next(_counter)}")


@pytest.fixture
def pg_db(pg_url: str) -> Iterator[Database]:
    """A fresh, migrated PostgreSQL database."""
    database = open_database(pg_url)
    yield database
    database.close()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db(request: pytest.FixtureRequest) -> Database:
    """The same test on a SQLite file and on a PostgreSQL server."""
    if request.param == "sqlite":
        return request.getfixturevalue("sqlite_db")
    return request.getfixturevalue("pg_db")
