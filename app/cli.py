"""The command line: with no command the window opens; commands run without importing Qt.

Each module in ``app/commands`` adds its own sub-command through ``register(subparsers)`` and sets
``handler`` to a function ``run(args) -> int``; ``COMMANDS`` below lists them.
"""

import argparse
import importlib
import logging
import sys
from collections.abc import Iterable

from app import __version__, paths
from app.db import DatabaseError, mask_passwords

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


#: Every sub-command and the module that registers it. A module is imported only when its
#: command is used (or for --help), so that opening the window never loads the forecast maths,
#: the spreadsheet library or the chart library.
COMMANDS: dict[str, str] = {
    "demo": "app.commands.demo",
    "export": "app.commands.export",
    "forecast": "app.commands.forecast",
    "import": "app.commands.import_",
    "load": "app.commands.load",
}

#: Options of the window that take a value (needed to find the command among the arguments).
_VALUE_OPTIONS = frozenset({"--db", "--data-dir", "--view", "--screenshot", "--lang", "--size"})


def window_size(text: str) -> tuple[int, int]:
    """Read ``--size WxH`` (from 320x240 up to 8000x8000)."""
    width, _, height = text.lower().partition("x")
    try:
        size = int(width), int(height)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a size such as 1400x860") from None
    if not (320 <= size[0] <= 8000 and 240 <= size[1] <= 8000):
        raise argparse.ArgumentTypeError(
            f"{text!r}: the window must be from 320x240 to 8000x8000 pixels"
        )
    return size


def find_command(argv: list[str]) -> str | None:
    """The sub-command named in ``argv``, or None when the window should open.

    Returns ``"*"`` when ``argv`` holds something that is neither (so that the full parser can
    say what is wrong) or asks for help.
    """
    position = 0
    while position < len(argv):
        token = argv[position]
        if token in COMMANDS:
            return token
        if token in ("-h", "--help"):
            return "*"
        if not token.startswith("-"):
            return "*"
        if "=" not in token and token in _VALUE_OPTIONS:
            position += 1
        position += 1
    return None


def build_parser(commands: Iterable[str] | None = None) -> argparse.ArgumentParser:
    """The parser of every option, with the given sub-commands (all by default)."""
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
    parser.add_argument("--self-test", action="store_true",
                        help="create or update the database, draw the window once and exit")
    parser.add_argument("--size", metavar="WxH", default=None, type=window_size,
                        help="window size for --screenshot, such as 1400x860")
    parser.add_argument("--connect", action="store_true",
                        help="choose the database (this computer's file or a shared server) in "
                             "the connection dialog before the window opens")

    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS if commands is None else commands:
        module = importlib.import_module(COMMANDS[name])
        sub = module.register(subparsers)
        _add_common(sub, suppress=True)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Parse the command line and run what it asks for."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    command = find_command(arguments)
    if command == "*":
        parser = build_parser()
    else:
        parser = build_parser(() if command is None else (command,))
    args = parser.parse_args(arguments)
    if args.data_dir:
        paths.set_data_dir(args.data_dir)

    from app.logging_setup import setup_logging

    setup_logging(debug=bool(args.debug), console=args.command is not None)
    log.debug("starting Tierboard %s with %s", __version__, mask_passwords(str(arguments)))

    if args.command is None:
        from app.gui import run_gui

        return run_gui(args)

    try:
        return int(args.handler(args))
    except DatabaseError as error:
        sys.stderr.write(f"tierboard: {error}\n")
        return EXIT_DATABASE
    except OSError as error:
        # A file the command was told to read or write: a missing folder, no permission, a
        # folder where a file should be. The message names the file; nothing was written.
        where = f" {error.filename}" if error.filename else ""
        sys.stderr.write(f"tierboard: cannot use{where}: {error.strerror or error}\n")
        return EXIT_BAD_INPUT
