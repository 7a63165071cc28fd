"""Importing the same file again leaves unchanged deals alone; absurd numbers are refused."""

from pathlib import Path

from sqlalchemy import func, select

from app.db import open_database
from app.models.entities import Deal
from app.models.settings import load_settings
from tests.integration.test_import_cli import main

CSV = """id,title,amount,currency,effort,stage
A1,Website,3393,USD,10,0.5
A2,Shop,1200,USD,,0.1
"""

COLUMNS: list[str] = []


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "deals.csv"
    path.write_text(text, encoding="utf-8")
    return path


def _import(path: Path, url: str, capsys) -> str:
    assert main(["import", str(path), "--db", url, *COLUMNS]) == 0
    return capsys.readouterr().out


def _versions(url: str) -> list[tuple[int, object]]:
    database = open_database(url)
    try:
        return database.read(lambda c: [tuple(row) for row in c.execute(
            select(Deal.version, Deal.updated_at).order_by(Deal.title))])
    finally:
        database.close()


def test_an_unchanged_file_leaves_every_deal_untouched(tmp_path, capsys):
    url = str(tmp_path / "t.sqlite3")
    path = _write(tmp_path, CSV)
    _import(path, url, capsys)
    before = _versions(url)

    out = _import(path, url, capsys)
    out += _import(path, url, capsys)

    assert _versions(url) == before
    assert "0 were updated, 2 unchanged" in out

    _write(tmp_path, CSV.replace("3393", "3400"))
    out = _import(path, url, capsys)
    assert "1 were updated, 1 unchanged" in out


def test_a_first_import_sets_the_firm_currency(tmp_path, capsys):
    url = str(tmp_path / "t.sqlite3")
    _import(_write(tmp_path, CSV), url, capsys)
    database = open_database(url)
    try:
        assert database.read(load_settings)["default_currency"] == "USD"
    finally:
        database.close()


def test_absurd_amounts_and_efforts_are_refused_with_their_line(tmp_path, capsys):
    url = str(tmp_path / "t.sqlite3")
    text = CSV + "A3,Huge,99999999999999999999999,USD,1,0.5\nA4,Long,10,USD,1e12,0.5\n"
    out = _import(_write(tmp_path, text), url, capsys)
    assert "line 4: amount" in out
    assert "line 5: effort" in out
    database = open_database(url)
    try:
        count = database.read(lambda c: c.scalar(select(func.count()).select_from(Deal)))
        assert count == 2
    finally:
        database.close()
