"""Where Tierboard keeps its files: data, logs, settings, and the read-only resources it ships."""

import logging
import os
import sys
from pathlib import Path

import platformdirs

from app import APP_NAME, ORG_NAME

log = logging.getLogger(__name__)

#: Set by ``--data-dir`` (or TIERBOARD_DATA_DIR) so that tests and development never touch the
#: user's real data folder.
_data_dir_override: Path | None = None


def set_data_dir(path: str | os.PathLike[str] | None) -> None:
    """Make every data, log and settings path live under ``path`` (for tests and development)."""
    global _data_dir_override
    _data_dir_override = Path(path).expanduser().resolve() if path else None


def _override() -> Path | None:
    if _data_dir_override is not None:
        return _data_dir_override
    env = os.environ.get("TIERBOARD_DATA_DIR")
    return Path(env).expanduser().resolve() if env else None


def data_dir() -> Path:
    """The folder of the local database and its backups."""
    base = _override() or Path(platformdirs.user_data_dir(APP_NAME, ORG_NAME))
    base.mkdir(parents=True, exist_ok=True)
    return base


def log_dir() -> Path:
    """The folder of the rotating log files."""
    override = _override()
    base = override / "logs" if override else Path(platformdirs.user_log_dir(APP_NAME, ORG_NAME))
    base.mkdir(parents=True, exist_ok=True)
    return base


def config_dir() -> Path:
    """The folder of the per-person settings file (window layout, language, last database)."""
    override = _override()
    base = override / "config" if override else Path(
        platformdirs.user_config_dir(APP_NAME, ORG_NAME)
    )
    base.mkdir(parents=True, exist_ok=True)
    return base


def default_database_path() -> Path:
    """The local SQLite file used when no ``--db`` is given."""
    return data_dir() / "tierboard.sqlite3"


def _bundle_root() -> Path | None:
    """The unpacked folder of a PyInstaller build, or None when running from source."""
    meipass = getattr(sys, "_MEIPASS", None)
    return Path(meipass) if meipass else None


def _resource_dir(name: str) -> Path:
    """Find a shipped folder (``migrations`` or ``resources``) wherever this copy runs from.

    In a frozen build it lies in the bundle; in a checkout it sits beside ``app/``; in an installed
    wheel it is packaged as ``app.<name>``.
    """
    bundle = _bundle_root()
    if bundle is not None:
        return bundle / name

    checkout = Path(__file__).resolve().parent.parent / name
    if checkout.is_dir():
        return checkout

    return Path(__file__).resolve().parent / name


def migrations_dir() -> Path:
    """The Alembic script folder."""
    return _resource_dir("migrations")


def resources_dir() -> Path:
    """Icons, translations and styles."""
    return _resource_dir("resources")
