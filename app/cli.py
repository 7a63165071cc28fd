"""The command line. Commands (``demo``, ``load``, ``forecast``, ``import``, ``export``) run
without importing Qt; with no command the window opens.

Each module in ``app/commands`` adds its own sub-command through ``register(subparsers)`` and sets
``handler`` to a function ``run(args) -> int``.
"""

import argparse
import importlib
import logging
import pkgutil
import sys

from app import __version__, paths
from app.db import DatabaseError

log = logging.getLogger(__name__)

#: Exit status when the database cannot be used (distinct from a bug's 1).
EXIT_DATABASE = 3
#: Exit status when the input was refused (nothing was written).
EXIT_BAD_INPUT = 2


def _add_common(parser: argparse.ArgumentParser, *, suppress: bool = False) -> None:
    default = argparse.SUPPRESS if suppress else None
    parser.add_argument(
        "--db", metavar="URL", default=default,
        help="the database: a SQLite file path or a URL such as "
             "postgresql+psycopg://user@host/db (default: the local file in your data folder)",
    )
    parser.add_argument(
        "--data-dir", metavar="DIR", default=default,
        help="keep the local database, logs and settings in DIR (for trying things out)",
    )
    parser.add_argument("--debug", action="store_true", default=default or False,
                        help="log every step, SQL included")


def build_parser() -> argparse.ArgumentParser:
    """The parser of every option and command."""
    parser = argparse.ArgumentParser(
        prog="tierboard",
        description="Tierboard: deals from first contact to delivered work.",
    )
    parser.add_argument("--version", action="version", version=f"Tierboard {__version__}")
    _add_common(parser)
    parser.add_argument("--view", choices=("board", "load", "forecast"),
                        help="the view to open (default: the last one used)")
    parser.add_argument("--screenshot", metavar="FILE.png",
                        help="draw the window, save it as a PNG and exit (works offscreen)")
    parser.add_argument("--lang", metavar="CODE", help="the language of the window: ru or en")
    parser.add_argument("--connect", action="store_true",
                        help="choose the database (a file or a PostgreSQL server) in the "
                             "connection dialog before the window opens")
    parser.add_argument("--self-test", action="store_true",
                        help="create or update the database, draw the window once and exit")
    parser.add_argument("--size", metavar="WxH", default=None,
                        help="window size for --screenshot, such as 1400x860")

    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    import app.commands as commands_package

    for module_info in sorted(pkgutil.iter_modules(commands_package.__path__),
                              key=lambda info: info.name):
        if module_info.name.startswith("_"):
            continue
        module = importlib.import_module(f"app.commands.{module_info.name}")
        sub = module.register(subparsers)
        _add_common(sub, suppress=True)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Parse the command line and run what it asks for."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.data_dir:
        paths.set_data_dir(args.data_dir)

    from app.logging_setup import setup_logging

    setup_logging(debug=bool(args.debug), console=args.command is not None)
    log.debug("starting Tierboard %s with %s", __version__, sys.argv[1:])

    if args.command is None:
        from app.gui import run_gui

        return run_gui(args)

    try:
        return int(args.handler(args))
    except DatabaseError as error:
        print(f"tierboard: {error}", file=sys.stderr)  # noqa: T201 - the command's own output
        return EXIT_DATABASE
