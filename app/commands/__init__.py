"""Sub-commands of the command line; each module registers one (see app/cli.py)."""

import argparse
import sys

from app.db import Database, DatabaseUnavailable, local_file, open_database


def open_from_args(args: argparse.Namespace, *, migrate: bool = True,
                   create: bool = False) -> Database:
    """Open the database a command was given (or the local default).

    Args:
        args: the parsed command line.
        migrate: create or update the schema when needed.
        create: make a new local file when none exists. Commands that only read refuse a path
            that leads nowhere, because a mistyped path would otherwise give a new, empty
            database and an empty answer that looks real.

    Raises:
        DatabaseUnavailable: the local file does not exist and ``create`` is off.
    """
    url = getattr(args, "db", None)
    file = local_file(url)
    if file is not None and not create and not file.exists():
        raise DatabaseUnavailable(
            f"There is no database at {file}. Check the path, or make one with "
            "`tierboard demo --db FILE` or `tierboard import FILE --db FILE`."
        )
    return open_database(url, migrate=migrate)


def say(text: str = "") -> None:
    """Print a line of a command's result on standard output."""
    sys.stdout.write(text + "\n")


def complain(text: str) -> None:
    """Print a problem on standard error."""
    sys.stderr.write(f"tierboard: {text}\n")
