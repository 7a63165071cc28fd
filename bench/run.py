"""Tierboard's benchmarks: ``python bench/run.py [--json] [--only NAME]``.

Every module bench/bench_<area>.py offers ``run(figures, workdir)`` and adds named figures to one
dict; each measures itself against a plain reference taken in the same run (a bare Qt window, a
plain sqlite3 fetch), so that the ratios mean something on any machine.
"""

import argparse
import importlib
import json
import os
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--json", action="store_true", help="print one JSON object of figures")
    parser.add_argument("--only", action="append", default=[],
                        help="run only bench_<NAME>.py (repeatable)")
    args = parser.parse_args()

    modules = sorted(path.stem for path in HERE.glob("bench_*.py"))
    if args.only:
        modules = [name for name in modules if name.removeprefix("bench_") in args.only]

    figures: dict[str, object] = {}
    with tempfile.TemporaryDirectory(prefix="tierboard-bench-") as folder:
        for name in modules:
            started = time.perf_counter()
            module = importlib.import_module(f"bench.{name}")
            workdir = Path(folder) / name
            workdir.mkdir()
            module.run(figures, workdir)
            if not args.json:
                print(f"{name}: {time.perf_counter() - started:.1f} s", file=sys.stderr)

    if args.json:
        print(json.dumps(figures, indent=2, sort_keys=True))
    else:
        for key in sorted(figures):
            print(f"{key:40} {figures[key]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
