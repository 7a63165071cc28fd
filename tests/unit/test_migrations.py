"""Every migration: up from empty to head, down again, data kept, on SQLite and PostgreSQL."""

import uuid
from datetime import datetime

import pytest
from sqlalchemy import create_engine, inspect, text

from app import db as db_module
from app import migrate
from app.db import open_database
from app.models import Base


def _revisions() -> list[str]:
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(migrate.alembic_config())
    return [script.revision for script in reversed(list(scripts.walk_revisions()))]


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def empty_url(request, tmp_path):
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'empty.sqlite3'}"
    return request.getfixturevalue("pg_url")


def test_schema_head_constant_matches_the_scripts():
    assert migrate.head_revision() == db_module.SCHEMA_HEAD


def test_upgrade_builds_the_models_tables(empty_url):
    engine = create_engine(empty_url)
    migrate.upgrade(engine, "head")
    tables = set(inspect(engine).get_table_names())
    engine.dispose()
    assert set(Base.metadata.tables) <= tables


def test_models_and_migrations_agree(empty_url):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    engine = create_engine(empty_url)
    migrate.upgrade(engine, "head")
    with engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    engine.dispose()
    assert differences == []


def test_each_revision_goes_down_and_up_keeping_data(empty_url):
    engine = create_engine(empty_url)
    revisions = _revisions()
    migrate.upgrade(engine, revisions[0])

    employee_id = uuid.uuid4()
    now = datetime(2026, 1, 1)
    with engine.begin() as connection:
        connection.execute(
            text("INSERT INTO employee (id, version, created_at, updated_at, name, role, colour, "
                 "active, manager, office, hours_mon, hours_tue, hours_wed, hours_thu, "
                 "hours_fri, hours_sat, hours_sun) VALUES (:id, 1, :now, :now, 'Kept', '', "
                 "'#000000', :active, '', '', 8, 8, 8, 8, 8, 0, 0)"),
            {"id": employee_id.hex if engine.dialect.name == "sqlite" else employee_id,
             "now": now, "active": True},
        )

    for revision in revisions[1:]:
        migrate.upgrade(engine, revision)
    with engine.connect() as connection:
        assert connection.execute(text("SELECT name FROM employee")).scalar() == "Kept"

    for revision in reversed(revisions[:-1]):
        migrate.downgrade(engine, revision)
        with engine.connect() as connection:
            assert connection.execute(text("SELECT name FROM employee")).scalar() == "Kept"

    migrate.downgrade(engine, "base")
    assert "deal" not in inspect(engine).get_table_names()
    migrate.upgrade(engine, "head")
    engine.dispose()


def test_open_twice_does_not_migrate_again(tmp_path):
    file = tmp_path / "twice.sqlite3"
    open_database(str(file)).close()
    database = open_database(str(file))
    assert database.current_revision() == db_module.SCHEMA_HEAD
    database.close()
    assert list(tmp_path.glob("*.backup*")) == []
