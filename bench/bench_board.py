"""The board: start-up to the first painted board (10,000 live deals) against a bare PySide6
window, peak memory with 30,000 live deals, and a drop committed and repainted at 30,000.

Each start-up is measured in a fresh process, from before the process starts to the first paint
of the board's first column, so that imports count as the user feels them.
"""

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from bench.common import big_database

ROOT = Path(__file__).resolve().parent.parent

_PAINTED = """
import os, time
from PySide6.QtCore import QEvent, QObject

class Painted(QObject):
    def __init__(self, app):
        super().__init__()
        self.app = app
        self.at = None

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and self.at is None:
            self.at = time.time()
            self.app.quit()
        return False
"""

BARE = _PAINTED + """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow, QLabel
app = QApplication(sys.argv)
window = QMainWindow()
window.setCentralWidget(QLabel("Tierboard"))
window.resize(1400, 860)
painted = Painted(app)
window.centralWidget().installEventFilter(painted)
window.show()
app.exec()
print(painted.at, flush=True)
os._exit(0)
"""

BOARD = _PAINTED + """
import sys
from PySide6.QtCore import QSettings
from app.gui import make_application
app = make_application()
from app.db import open_database
from app.context import AppContext
from app.views.main_window import MainWindow
from app.models.tiers import Tier
database = open_database(sys.argv[1])
context = AppContext(database)
window = MainWindow(context, QSettings(sys.argv[2], QSettings.Format.IniFormat))
board = window.show_view("board")
window.resize(1400, 860)
painted = Painted(app)
board.columns[Tier.T05].view.viewport().installEventFilter(painted)
window.show()
app.exec()
print(painted.at, flush=True)
os._exit(0)
"""

#: The measuring children leave with os._exit: the interpreter's own shutdown is no part of
#: what is measured, and it trips over None's reference count that PySide6 6.12 lowers on
#: Python 3.11 for every Python override that returns None (paint events among them).
MEMORY_AND_DROP = """
import json, os, resource, statistics, sys, time
from PySide6.QtCore import QSettings
from app.gui import make_application
app = make_application()
from app.db import open_database
from app.context import AppContext
from app.views.main_window import MainWindow
from app.models.tiers import Tier
database = open_database(sys.argv[1])
context = AppContext(database)
window = MainWindow(context, QSettings(sys.argv[2], QSettings.Format.IniFormat))
board = window.show_view("board")
window.resize(1400, 860)
window.show()
for _ in range(20):
    app.processEvents()
count = sum(board.models[tier].rowCount() for tier in board.models)
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

from PySide6.QtCore import QEvent, QObject

class Painted(QObject):
    seen = set()

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            self.seen.add(watched)
        return False

painted = Painted()
viewports = {tier: board.columns[tier].view.viewport() for tier in board.columns}
for viewport in viewports.values():
    viewport.installEventFilter(painted)
timings = []
for n in range(12):
    source, target = (Tier.T05, Tier.T09) if n % 2 == 0 else (Tier.T09, Tier.T05)
    row = board.models[source].deal_rows()[n]
    anchor = board.models[target].deal_rows()[2].id
    painted.seen.clear()
    started = time.perf_counter()
    board.drop([row.id], target, anchor)
    while not {viewports[source], viewports[target]} <= painted.seen:
        app.processEvents()
    timings.append(time.perf_counter() - started)
    assert board.models[target].deal_rows()[3].id == row.id
print(json.dumps({"count": count, "peak": peak, "drop_ms": statistics.median(timings) * 1000}),
      flush=True)
os._exit(0)
"""


def _child(code: str, *args: str, cache: Path | None = None) -> str:
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    if cache is not None:
        # Compiled modules are kept (outside the source tree), as an installed program has
        # them; a first, unmeasured start fills the cache.
        environment.pop("PYTHONDONTWRITEBYTECODE", None)
        environment["PYTHONPYCACHEPREFIX"] = str(cache)
    completed = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, check=True,
        env=environment, cwd=ROOT,
    )
    return completed.stdout.strip().splitlines()[-1]


def _start_to_paint(code: str, *args: str, cache: Path) -> float:
    started = time.time()
    painted = float(_child(code, *args, cache=cache))
    return painted - started


def run(figures: dict, workdir: Path) -> None:
    small = workdir / "board_10k.sqlite3"
    big = workdir / "board_30k.sqlite3"
    big_database(small, deals=10_000, employees=30, closed_share=0.0).close()
    big_database(big, deals=30_000, employees=60, closed_share=0.0).close()
    ini = str(workdir / "tierboard.ini")

    cache = workdir / "pycache"
    _start_to_paint(BARE, cache=cache)
    _start_to_paint(BOARD, str(small), ini, cache=cache)
    bare = [_start_to_paint(BARE, cache=cache) for _ in range(3)]
    board = [_start_to_paint(BOARD, str(small), ini, cache=cache) for _ in range(3)]
    figures["bare_window_s"] = round(min(bare), 3)
    figures["first_paint_s"] = round(min(board), 3)
    figures["first_paint_ratio"] = round(min(board) / min(bare), 2)

    result = json.loads(_child(MEMORY_AND_DROP, str(big), ini))
    figures["board_live_deals_30k"] = result["count"]
    figures["peak_memory_mb_30k"] = round(result["peak"], 1)
    figures["drop_repaint_ms_30k"] = round(result["drop_ms"], 2)
