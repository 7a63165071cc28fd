"""``tierboard load``: the weekly load as a table, as JSON, and as a CSV file."""

import csv
import json
from datetime import date, timedelta

from app.cli import main
from app.models import Tier, pipeline
from tests.helpers.factories import deal, employee

MONDAY = date(2026, 3, 2)


def _firm(db):
    anna = employee(db, "Anna")
    employee(db, "Vika", hours_mon=4, hours_tue=4, hours_wed=4, hours_thu=0, hours_fri=0)
    big = deal(db, "Big job", effort_hours=48, due_date=MONDAY + timedelta(days=3))
    db.write(lambda s: pipeline.move_deal(s, big, Tier.T1, assignee_id=anna))
    maybe = deal(db, "Maybe", effort_hours=10, assignee_id=anna)
    db.write(lambda s: pipeline.move_deal(s, maybe, Tier.T09))
    return anna


def _url(db):
    return str(db.file)


def test_csv_has_employee_by_week(sqlite_db, tmp_path, capsys):
    _firm(sqlite_db)
    target = tmp_path / "load.csv"

    code = main(["load", "--db", _url(sqlite_db), "--csv", str(target), "--weeks", "2",
                 "--today", MONDAY.isoformat()])

    assert code == 0
    with target.open(encoding="utf-8") as file:
        rows = list(csv.DictReader(file))
    assert [(r["employee"], r["week"]) for r in rows] == [
        ("Anna", "2026-03-02"), ("Anna", "2026-03-09"), ("Vika", "2026-03-02"),
        ("Vika", "2026-03-09"),
    ]
    assert [float(r["booked_hours"]) for r in rows] == [40, 8, 0, 0]
    assert [float(r["likely_hours"]) for r in rows] == [0, 9, 0, 0]
    assert [float(r["capacity_hours"]) for r in rows] == [40, 40, 12, 12]
    assert "Wrote 2 employees x 2 weeks" in capsys.readouterr().out


def test_json_gives_free_hours_and_late_deals(sqlite_db, capsys):
    anna = _firm(sqlite_db)

    code = main(["load", "--db", _url(sqlite_db), "--json", "--weeks", "1",
                 "--today", MONDAY.isoformat()])

    assert code == 0
    result = json.loads(capsys.readouterr().out)
    first = result["employees"][0]
    assert first["employee_id"] == str(anna)
    assert first["weeks"][0]["free_hours"] == 0
    assert first["free_from"] == "2026-03-10"
    assert [(d["title"], d["finish"]) for d in result["late_deals"]] == [("Big job",
                                                                          "2026-03-09")]


def test_table_lists_people_and_late_deals(sqlite_db, capsys):
    _firm(sqlite_db)

    assert main(["load", "--db", _url(sqlite_db), "--today", MONDAY.isoformat()]) == 0

    out = capsys.readouterr().out
    assert "Anna" in out
    assert "Vika" in out
    assert "40/40" in out
    assert "Deals that will be late: 1" in out
    assert "Big job (Anna): due 2026-03-05, finishes 2026-03-09" in out


def test_weeks_must_be_positive(sqlite_db, capsys):
    assert main(["load", "--db", _url(sqlite_db), "--weeks", "0"]) == 2
    assert "--weeks" in capsys.readouterr().err
