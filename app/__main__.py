"""Start Tierboard: ``python -m app`` or the ``tierboard`` command."""

import sys

from app.cli import main as _cli_main


def main() -> int:
    """Run the program (or one of its commands) and return the exit status."""
    return _cli_main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
