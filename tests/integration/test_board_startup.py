"""The board starts lean: it never pulls in the chart library or the migration tool."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import sys
from app.gui import make_application
make_application()
from app.views.main_window import MainWindow
import app.views.board_view
heavy = sorted({name.split('.')[0] for name in sys.modules} & {'pyqtgraph', 'alembic', 'numpy'})
print(','.join(heavy))
"""


def test_the_board_does_not_import_the_chart_library_or_alembic() -> None:
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    result = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True,
                            env=environment, cwd=ROOT, check=True, timeout=120)

    assert result.stdout.strip() == ""


STARTUP_PROBE = """
import sys
from app import cli
parser = cli.build_parser(())
args = parser.parse_args(["--db", sys.argv[1], "--view", "board", "--screenshot", sys.argv[2]])
from app.gui import run_gui
status = run_gui(args)
heavy = {'pyqtgraph', 'alembic', 'numpy', 'openpyxl', 'keyring'}
heavy = sorted({name.split('.')[0] for name in sys.modules} & heavy)
heavy += sorted(name for name in sys.modules
                if name.startswith(('app.planning.forecast', 'app.exchange', 'app.commands.')))
print(status, ','.join(heavy))
"""


def test_opening_the_window_on_the_board_stays_lean(tmp_path) -> None:
    from app.db import open_database

    database = open_database(str(tmp_path / "lean.sqlite3"))
    database.close()
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT),
                       TIERBOARD_DATA_DIR=str(tmp_path / "data"))
    result = subprocess.run(
        [sys.executable, "-c", STARTUP_PROBE, str(tmp_path / "lean.sqlite3"),
         str(tmp_path / "shot.png")],
        capture_output=True, text=True, env=environment, cwd=ROOT, check=True, timeout=120,
    )

    assert result.stdout.strip() == "0"
    assert (tmp_path / "shot.png").exists()


def test_only_the_command_asked_for_is_loaded() -> None:
    from app import cli

    assert cli.find_command(["--db", "x.sqlite3", "load", "--weeks", "3"]) == "load"
    assert cli.find_command(["--db", "import", "--view", "board"]) is None
    assert cli.find_command(["--db=x", "--screenshot", "a.png"]) is None
    assert cli.find_command(["--help"]) == "*"
    assert cli.find_command(["nonsense"]) == "*"


def test_every_command_module_is_registered() -> None:
    from app import cli

    folder = ROOT / "app" / "commands"
    modules = {f"app.commands.{path.stem}" for path in folder.glob("*.py")
               if not path.stem.startswith("_")}
    assert modules == set(cli.COMMANDS.values())
