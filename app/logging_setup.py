"""Logging: a daily rotating file in the user's log folder, and the console for commands."""

import logging
import logging.handlers
import sys
from pathlib import Path

from app import paths

LOG_FILE_NAME = "tierboard.log"
_FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"


def log_file() -> Path:
    """The current log file."""
    return paths.log_dir() / LOG_FILE_NAME


def setup_logging(*, debug: bool = False, console: bool = False) -> Path:
    """Send log records to the rotating file (kept a week) and, for commands, to stderr.

    Returns:
        The path of the log file.
    """
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_tierboard", False):
            root.removeHandler(handler)
            handler.close()
    root.setLevel(logging.DEBUG if debug else logging.INFO)

    path = log_file()
    try:
        file_handler: logging.Handler = logging.handlers.TimedRotatingFileHandler(
            path, when="midnight", backupCount=7, encoding="utf-8", delay=True
        )
    except OSError:
        file_handler = logging.StreamHandler(sys.stderr)  # an unwritable log folder: carry on
    file_handler.setFormatter(logging.Formatter(_FORMAT))
    file_handler._tierboard = True  # type: ignore[attr-defined]
    root.addHandler(file_handler)

    if console:
        stream = logging.StreamHandler(sys.stderr)
        stream.setLevel(logging.DEBUG if debug else logging.WARNING)
        stream.setFormatter(logging.Formatter("%(levelname)s: %(message)s"))
        stream._tierboard = True  # type: ignore[attr-defined]
        root.addHandler(stream)

    # SQL statements only when asked for: they are many and may hold customer data.
    logging.getLogger("sqlalchemy.engine").setLevel(logging.INFO if debug else logging.WARNING)
    logging.getLogger("alembic").setLevel(logging.INFO if debug else logging.WARNING)
    return path
