"""The forecast: reading, scheduling, calibrating and laying out 12 weeks, on the demo firm (300
deals) and on a history of 100,000 deals. The plain reference is a bare sqlite3 fetch of what the
forecast reads: the live deals and every tier event."""

import sqlite3
from datetime import date
from pathlib import Path

from app.db import open_database
from app.models.demo import fill_demo
from app.models.settings import load_settings
from app.planning.forecast import make_report
from bench.bench_core import BOARD_SQL
from bench.common import best_of, big_database

EVENTS_SQL = "SELECT deal_id, at, to_value FROM tier_event WHERE kind = 'tier' ORDER BY deal_id, at"


def _measure(figures: dict, name: str, file: Path, database, repeats: int) -> None:
    def plain_fetch():
        connection = sqlite3.connect(file)
        deals = connection.execute(BOARD_SQL).fetchall()
        events = connection.execute(EVENTS_SQL).fetchall()
        connection.close()
        return deals, events

    settings = database.read(load_settings)
    today = date.today()

    def forecast():
        return database.read(lambda c: make_report(c, settings, today=today, observed=True))

    reference = best_of(repeats, plain_fetch)
    measured = best_of(repeats, forecast)
    figures[f"forecast_sqlite3_s_{name}"] = round(reference, 4)
    figures[f"forecast_s_{name}"] = round(measured, 4)
    figures[f"forecast_ratio_{name}"] = round(measured / reference, 2)


def run(figures: dict, workdir: Path) -> None:
    demo_file = workdir / "demo.sqlite3"
    demo = open_database(str(demo_file))
    demo.write(lambda session: fill_demo(session, deals=300, seed=7))
    _measure(figures, "demo", demo_file, demo, repeats=5)
    demo.close()

    big_file = workdir / "forecast-100k.sqlite3"
    big = big_database(big_file, deals=100_000, employees=200)
    _measure(figures, "100k", big_file, big, repeats=2)
    big.close()
