import os
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.cli import build_parser
from app.db import open_database
from app.models.entities import Deal, Employee

DATA = Path(__file__).parents[1] / "data"


def main(argv: list[str]) -> int:
    """Run a command as the command line does, without re-configuring logging per call."""
    args = build_parser().parse_args(argv)
    return int(args.handler(args))


def shared_data() -> Path | None:
    """The real files: env TIERBOARD_SHARED_DATA, else ../shared/data beside the checkout."""
    configured = os.environ.get("TIERBOARD_SHARED_DATA")
    beside_checkout = Path(__file__).parents[2].parent / "shared" / "data"
    folder = Path(configured) if configured else beside_checkout
    return folder if folder.is_dir() else None


SHARED = shared_data()
needs_shared = pytest.mark.skipif(
    SHARED is None,
    reason="the real data folder is missing: put it at ../shared/data beside the checkout "
           "or set TIERBOARD_SHARED_DATA",
)


def test_cli_import_dry_run_then_import(tmp_path, capsys):
    url = str(tmp_path / "t.sqlite3")
    code = main(["import", str(DATA / "bitrix24" / "deals.csv"), "--db", url, "--dry-run"])
    out = capsys.readouterr().out
    assert code == 0
    assert "Bitrix24" in out
    assert "cp1251" in out
    assert "decimal comma" in out
    assert "4 would be created" in out
    database = open_database(url)
    try:
        assert database.read(lambda c: c.scalar(select(func.count()).select_from(Deal))) == 0
    finally:
        database.close()

    assert main(["import", str(DATA / "bitrix24" / "deals.csv"), "--db", url,
                 "--hourly-rate", "1500"]) == 0
    out = capsys.readouterr().out
    assert "4 were created" in out
    assert "1500 per hour" in out


def test_cli_exits_non_zero_when_nothing_imports(tmp_path, capsys):
    path = tmp_path / "bad.csv"
    path.write_text("title,stage\n,0.5\n", encoding="utf-8")
    assert main(["import", str(path), "--db", str(tmp_path / "t.sqlite3")]) == 2
    captured = capsys.readouterr()
    assert "line 2: no title" in captured.out
    assert "nothing could be imported" in captured.err


def test_cli_export_and_import_back(tmp_path, capsys):
    first = str(tmp_path / "a.sqlite3")
    assert main(["import", str(DATA / "crm" / "sales_pipeline.csv"), "--db", first]) == 0
    assert main(["export", str(tmp_path / "deals.xlsx"), "--db", first]) == 0
    assert "7 deals written" in capsys.readouterr().out
    second = str(tmp_path / "b.sqlite3")
    assert main(["import", str(tmp_path / "deals.xlsx"), "--db", second]) == 0
    out = capsys.readouterr().out
    assert "Tierboard export" in out
    assert "Excel workbook" in out
    assert "delimiter ''" not in out
    assert "encoding xlsx" not in out


@needs_shared
def test_real_crm_sales_opportunities(tmp_path, capsys):
    assert SHARED is not None
    url = str(tmp_path / "crm.sqlite3")
    code = main(["import", str(SHARED / "crm-sales-opportunities" / "sales_pipeline.csv"),
                 "--db", url, "--hourly-rate", "100"])
    assert code == 0
    out = capsys.readouterr().out
    assert "8800 rows read, 8800 importable, 0 refused" in out

    database = open_database(url)
    try:
        def figures(connection):
            per_tier = dict(connection.execute(
                select(Deal.tier, func.count()).group_by(Deal.tier)).all())
            won = connection.scalar(select(func.sum(Deal.amount)).where(Deal.tier == "done"))
            people = connection.scalar(select(func.count()).select_from(Employee))
            return per_tier, won, people

        per_tier, won, people = database.read(figures)
    finally:
        database.close()
    assert per_tier == {"0.1": 500, "0.5": 1589, "done": 4238, "lost": 2473}
    assert Decimal(won) == Decimal(10005534)
    assert people == 35


@needs_shared
def test_real_salesforce_sample(tmp_path, capsys):
    assert SHARED is not None
    code = main(["import", str(SHARED / "salesforce-sample" / "Opportunity.csv"),
                 "--db", str(tmp_path / "sf.sqlite3"), "--dry-run"])
    assert code == 0
    out = capsys.readouterr().out
    assert "36 rows read, 36 importable" in out
    assert "Open deals weighted by the file's own probabilities: 1,094,500.00." in out
    assert "History of 36 opportunities" in out
