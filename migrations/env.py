"""Alembic environment. The program hands over an open connection (``config.attributes``), so
migrations run inside the caller's transaction; with none, a URL from ``-x url=...`` is used."""

import logging

from alembic import context
from sqlalchemy import create_engine

from app.models import Base

log = logging.getLogger("app.migrations")

config = context.config
target_metadata = Base.metadata


def _configure_and_run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        # SQLite cannot ALTER most things; batch mode rebuilds the table instead.
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _configure_and_run(connection)
        return

    url = context.get_x_argument(as_dictionary=True).get("url")
    if not url:
        raise SystemExit("pass the database as: alembic -x url=sqlite:///file.sqlite3 ...")
    engine = create_engine(url)
    with engine.begin() as connection:
        _configure_and_run(connection)


if context.is_offline_mode():
    raise SystemExit("offline SQL generation is not supported; run against a database")
run_migrations_online()
