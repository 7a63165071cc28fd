"""Sub-commands of the command line; each module registers one (see app/cli.py)."""

import argparse
import sys

from app.db import Database, open_database


def open_from_args(args: argparse.Namespace, *, migrate: bool = True) -> Database:
    """Open the database a command was given (or the local default)."""
    return open_database(getattr(args, "db", None), migrate=migrate)


def say(text: str = "") -> None:
    """Print a line of a command's result on standard output."""
    sys.stdout.write(text + "\n")


def complain(text: str) -> None:
    """Print a problem on standard error."""
    sys.stderr.write(f"tierboard: {text}\n")
