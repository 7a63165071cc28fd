"""Alembic, driven from code. Imported only when a database needs creating or updating."""

import logging

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from app import paths

log = logging.getLogger(__name__)


def alembic_config() -> Config:
    """An Alembic configuration that does not depend on the working folder or an .ini file."""
    config = Config()
    config.set_main_option("script_location", str(paths.migrations_dir()))
    return config


def head_revision() -> str:
    """The newest revision among the shipped migration scripts."""
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "migrations/versions holds no revision"
    return head


def is_known_revision(revision: str) -> bool:
    """Whether this program's scripts know ``revision`` (an unknown one came from a newer one)."""
    scripts = ScriptDirectory.from_config(alembic_config())
    return any(script.revision == revision for script in scripts.walk_revisions())


def upgrade(engine: Engine, target: str = "head") -> None:
    """Run the migrations up to ``target`` in one transaction on ``engine``."""
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, target)


def downgrade(engine: Engine, target: str) -> None:
    """Run the migrations down to ``target`` (used by the tests of every revision)."""
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, target)
