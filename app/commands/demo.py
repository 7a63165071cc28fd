"""``tierboard demo``: fill an empty database with a believable small firm."""

import argparse

from app.commands import complain, open_from_args, say
from app.models.demo import fill_demo
from app.models.errors import RuleError


def register(subparsers: "argparse._SubParsersAction[argparse.ArgumentParser]"
             ) -> argparse.ArgumentParser:
    """Add the ``demo`` command."""
    parser = subparsers.add_parser(
        "demo", help="fill an empty database with a demo firm (8 people, 300 deals)"
    )
    parser.add_argument("--deals", type=int, default=300, help="how many deals (default 300)")
    parser.add_argument("--seed", type=int, default=7, help="the same seed gives the same firm")
    parser.set_defaults(handler=run)
    return parser


def run(args: argparse.Namespace) -> int:
    """Fill the database and say what was made."""
    if args.deals < 1:
        complain(f"--deals must be at least 1, not {args.deals}")
        return 2
    database = open_from_args(args, create=True)
    try:
        made = database.write(lambda session: fill_demo(session, deals=args.deals,
                                                        seed=args.seed))
    except RuleError as error:
        complain(f"{database.describe()} {error.message}")
        return 2
    finally:
        database.close()
    say(f"Demo firm written to {database.describe()}: {made['employees']} employees, "
        f"{made['clients']} clients, {made['deals']} deals.")
    return 0
