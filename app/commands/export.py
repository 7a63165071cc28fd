"""``tierboard export FILE``: write every deal to a CSV or XLSX file (by its extension)."""

import argparse
from pathlib import Path

from app.cli import EXIT_BAD_INPUT
from app.commands import complain, open_from_args, say
from app.exchange.export import export_deals


def register(subparsers: "argparse._SubParsersAction[argparse.ArgumentParser]"
             ) -> argparse.ArgumentParser:
    """Add the ``export`` command."""
    parser = subparsers.add_parser(
        "export", help="export every deal to a CSV or XLSX file",
        description="Write one row per deal (tier, amount, effort, owner, assignee, dates) to "
                    "FILE; .csv or .xlsx by its extension. `tierboard import` reads it back.",
    )
    parser.add_argument("file", metavar="FILE", help="the file to write (.csv or .xlsx)")
    parser.set_defaults(handler=run)
    return parser


def run(args: argparse.Namespace) -> int:
    """Write the deals and say how many."""
    target = Path(args.file)
    if target.suffix.lower() not in (".csv", ".xlsx"):
        complain(f"{target.name}: give a file ending in .csv or .xlsx")
        return EXIT_BAD_INPUT
    if not target.parent.is_dir():
        complain(f"cannot write {target}: the folder {target.parent} does not exist")
        return EXIT_BAD_INPUT
    if target.is_dir():
        complain(f"cannot write {target}: it is a folder")
        return EXIT_BAD_INPUT
    database = open_from_args(args)
    try:
        count = database.read(lambda connection: export_deals(connection, target))
    finally:
        database.close()
    say(f"{count} deals written to {target}.")
    return 0
