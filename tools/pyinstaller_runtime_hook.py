"""Run by the built program before its own code (see build.spec).

A windowed build on Windows starts with ``sys.stdout`` and ``sys.stderr`` set to None, and the
first write (argparse's help, a warning) would fail. They are pointed at the null device instead;
the log file has everything that matters.
"""

import os
import sys

for _name in ("stdout", "stderr"):
    if getattr(sys, _name) is None:
        setattr(sys, _name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115 - kept open
