"""``tierboard import FILE``: bring deals in from another CRM's export or a spreadsheet."""

import argparse
import tempfile
from decimal import Decimal, InvalidOperation
from pathlib import Path

from app.cli import EXIT_BAD_INPUT
from app.commands import complain, open_from_args, say
from app.db import local_file
from app.exchange.dates import DATE_FORMATS, FORMAT_EXAMPLES
from app.exchange.importer import apply_plan, dry_run, prepare
from app.exchange.presets import PRESETS, build, detect_preset, make_enricher
from app.exchange.reading import FileReadError, read_table
from app.models.tiers import Tier


def register(subparsers: "argparse._SubParsersAction[argparse.ArgumentParser]"
             ) -> argparse.ArgumentParser:
    """Add the ``import`` command."""
    parser = subparsers.add_parser(
        "import", help="import deals from a CSV or XLSX file (another CRM's export)",
        description="Import deals from a CSV or XLSX file. The encoding, delimiter, decimal "
                    "mark, date format and the file's format (preset) are detected; importing "
                    "the same file again updates the deals instead of adding them twice.",
    )
    parser.add_argument("file", metavar="FILE", help="the CSV or XLSX file")
    parser.add_argument("--preset", choices=sorted(PRESETS),
                        help="the file's format (default: detected from its headers)")
    parser.add_argument("--hourly-rate", metavar="N", type=_rate,
                        help="estimate the effort of deals that give no hours as amount / N")
    parser.add_argument("--dry-run", action="store_true",
                        help="only report what would be imported; change nothing")
    parser.add_argument("--won-to", choices=("done", "1"), default="done",
                        help="where won deals go: Done (default) or tier 1, in production")
    parser.add_argument("--date-format", metavar="FORMAT", type=_date_format,
                        help="the dates' format, such as 31.12.2024, 12/31/2024 or %%Y-%%m-%%d "
                             "(default: guessed from each date column)")
    parser.add_argument("--encoding", help="the file's encoding (default: detected)")
    parser.add_argument("--delimiter", choices=(",", ";", "tab"),
                        help="the CSV delimiter (default: detected)")
    parser.set_defaults(handler=run)
    return parser


def _rate(text: str) -> Decimal:
    try:
        rate = Decimal(text.replace(",", "."))
    except InvalidOperation:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if not rate.is_finite() or rate <= 0:
        raise argparse.ArgumentTypeError("the hourly rate must be above zero")
    return rate


def _date_format(text: str) -> str:
    by_example = {example: fmt for fmt, example in FORMAT_EXAMPLES.items()}
    if text in by_example:
        return by_example[text]
    if text in DATE_FORMATS or "%" in text:
        return text
    raise argparse.ArgumentTypeError(
        f"{text!r} is not a date format; use one of {', '.join(by_example)}"
    )


def _missing_local_file(args: argparse.Namespace) -> bool:
    file = local_file(getattr(args, "db", None))
    return file is not None and not file.exists()


def run(args: argparse.Namespace) -> int:
    """Read, check, report and (unless a dry run) import the file in one transaction."""
    delimiter = "\t" if args.delimiter == "tab" else args.delimiter
    try:
        table = read_table(args.file, encoding=args.encoding, delimiter=delimiter)
    except FileReadError as error:
        complain(str(error))
        return EXIT_BAD_INPUT

    preset = args.preset or detect_preset(table.headers)
    won_to = Tier.T1 if args.won_to == "1" else Tier.DONE
    settings, enricher = build(preset, table, hourly_rate=args.hourly_rate, won_to=won_to)
    if args.date_format:
        settings.date_format = args.date_format
        enricher = make_enricher(preset, table, settings)
    plan = prepare(table, settings, enricher)
    reading = (f"encoding {table.encoding}, delimiter {table.delimiter!r}" if table.delimiter
               else "Excel workbook")
    say(f"Format: {PRESETS[preset].label}; {reading}, "
        f"decimal {'comma' if table.decimal_comma else 'point'}"
        + "".join(f"; {column}: {FORMAT_EXAMPLES.get(fmt, fmt)}"
                  for column, fmt in plan.date_formats.items()))

    with tempfile.TemporaryDirectory(prefix="tierboard-dry-run-") as scratch:
        if args.dry_run and _missing_local_file(args):
            # A dry run changes nothing, not even by creating the database it was pointed at:
            # it compares against an empty one instead.
            args = argparse.Namespace(**{**vars(args), "db": str(Path(scratch) / "empty.db")})
        database = open_from_args(args, create=True)
        try:
            if args.dry_run or not plan.drafts:
                report = database.read(lambda connection: dry_run(connection, plan))
            else:
                report = database.write(lambda session: apply_plan(session, plan))
        finally:
            database.close()
    for line in report.lines():
        say(line)
    if not report.ok:
        complain("nothing could be imported")
        return EXIT_BAD_INPUT
    return 0
