"""Importing the CRM Sales Opportunities pipeline (8,800 rows) into an empty database."""

import csv
import os
import shutil
import time
from pathlib import Path

from app.db import open_database
from app.exchange.importer import apply_plan, prepare
from app.exchange.presets import build
from app.exchange.reading import read_table
from bench.common import best_of

_REPO = Path(__file__).resolve().parents[1]


def _crm_folder(workdir: Path) -> tuple[Path, str]:
    """The real files, or (where they are missing) a file of the same shape and size."""
    configured = os.environ.get("TIERBOARD_SHARED_DATA")
    shared = Path(configured) if configured else _REPO.parent / "shared" / "data"
    real = shared / "crm-sales-opportunities"
    if (real / "sales_pipeline.csv").is_file():
        return real, "real"

    folder = workdir / "crm-synthetic"
    folder.mkdir(exist_ok=True)
    sample = _REPO / "tests" / "data" / "crm"
    for name in ("products.csv", "sales_teams.csv", "accounts.csv"):
        shutil.copyfile(sample / name, folder / name)
    with (sample / "sales_pipeline.csv").open(newline="") as handle:
        header, *rows = list(csv.reader(handle))
    with (folder / "sales_pipeline.csv").open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        for index in range(8800):
            row = list(rows[index % len(rows)])
            row[0] = f"S{index:07d}"
            writer.writerow(row)
    return folder, "synthetic"


def run(figures: dict, workdir: Path) -> None:
    folder, kind = _crm_folder(workdir)
    pipeline_file = folder / "sales_pipeline.csv"
    figures["import_crm_opportunities_data"] = kind

    def plain_read():
        with pipeline_file.open(newline="", encoding="utf-8") as handle:
            return sum(1 for _ in csv.reader(handle))

    figures["import_crm_csv_reader_s"] = round(best_of(5, plain_read), 4)

    template = workdir / "import-template.sqlite3"
    open_database(str(template)).close()
    timings = []
    for attempt in range(3):
        file = workdir / f"import-{attempt}.sqlite3"
        shutil.copyfile(template, file)
        database = open_database(str(file))
        started = time.perf_counter()
        table = read_table(pipeline_file)
        settings, enricher = build("crm-sales-opportunities", table)
        plan = prepare(table, settings, enricher)
        report = database.write(lambda session, plan=plan: apply_plan(session, plan))
        timings.append(time.perf_counter() - started)
        database.close()
    figures["import_crm_opportunities_rows"] = report.created
    figures["import_crm_opportunities_s"] = round(min(timings), 4)
    figures["import_crm_opportunities_ratio"] = round(
        figures["import_crm_opportunities_s"] / figures["import_crm_csv_reader_s"], 1
    )
