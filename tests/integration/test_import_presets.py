from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.db import Database
from app.exchange.importer import apply_plan, dry_run, prepare
from app.exchange.mapping import ImportSettings
from app.exchange.presets import build, detect_preset
from app.exchange.reading import read_table
from app.models.entities import Client, Deal, Employee, TierEvent
from app.models.tiers import Tier

DATA = Path(__file__).parents[1] / "data"


def plan_for(path: Path, preset: str | None = None, **options):
    table = read_table(path)
    name = preset or detect_preset(table.headers)
    settings, enricher = build(name, table, **options)
    return name, prepare(table, settings, enricher)


def deals_by_key(db: Database) -> dict[str, dict]:
    def query(connection):
        rows = connection.execute(
            select(Deal.__table__, Employee.name.label("owner_name"),
                   Client.name.label("client_name"))
            .outerjoin(Employee, Employee.id == Deal.owner_id)
            .outerjoin(Client, Client.id == Deal.client_id)
        ).mappings()
        return {row["external_id"]: dict(row) for row in rows}
    return db.read(query)


def count(db: Database, table) -> int:
    return db.read(lambda c: c.scalar(select(func.count()).select_from(table)))


def test_crm_sales_opportunities_preset(db):
    name, plan = plan_for(DATA / "crm" / "sales_pipeline.csv")
    assert name == "crm-sales-opportunities"
    report = db.write(lambda s: apply_plan(s, plan))
    assert report.created == 7
    assert report.by_tier == {Tier.DONE: 2, Tier.LOST: 1, Tier.T05: 2, Tier.T01: 2}

    deals = deals_by_key(db)
    # The open GTXPro deal is priced from "GTX Pro" in the price list.
    assert deals["UP409DSB"]["amount"] == Decimal("4821.00")
    assert deals["UP409DSB"]["title"] == "GTXPro — Ganjaflex"
    assert deals["6FMS4ZSD"]["amount"] == Decimal("26768.00")
    assert deals["Z063OYW0"]["amount"] == Decimal("4514.00")  # won: its close value
    assert deals["Z063OYW0"]["tier"] == "done"
    assert str(deals["Z063OYW0"]["finished_on"]) == "2017-03-11"
    assert deals["EC4QE1BX"]["lost_reason"] == "Lost"
    assert deals["HAXMC4IX"]["client_id"] is None
    assert deals["Z063OYW0"]["currency"] == "USD"

    # Agents become employees with manager and office, even one without deals.
    people = db.read(lambda c: {row.name: row for row in c.execute(select(Employee.__table__))})
    assert len(people) == 6
    assert people["Mei-Mei Johns"].manager == "Summer Sewald"
    assert people["Moses Frase"].office == "East"
    assert count(db, Client) == 4

    # History rebuilt from the dates: into 0.5 on the engage date, Done on the close date.
    events = db.read(lambda c: c.execute(
        select(TierEvent.from_value, TierEvent.to_value, TierEvent.at)
        .where(TierEvent.deal_id == deals["Z063OYW0"]["id"]).order_by(TierEvent.at)).all())
    assert [(e.from_value, e.to_value, str(e.at.date())) for e in events] == [
        (None, "0.5", "2016-10-25"), ("0.5", "done", "2017-03-11")]


def test_salesforce_preset_with_history(sqlite_db):
    name, plan = plan_for(DATA / "salesforce" / "Opportunity.csv")
    assert name == "salesforce"
    assert plan.problems == []
    # The file's own probabilities: 15000*.1 + 125000*.9 + 120000*.7 + 0*.75
    assert plan.weighted_open_in_file == Decimal("198000.00")
    sqlite_db.write(lambda s: apply_plan(s, plan))
    deals = deals_by_key(sqlite_db)
    assert deals["006bm00000LKJNNAA5"]["tier"] == "0.1"
    assert deals["006bm00000LKJNOAA5"]["tier"] == "0.9"
    assert deals["006bm00000LKJNiAAP"]["tier"] == "0.5"  # 70 % is as near 0.5 as 0.9
    assert deals["006bm00000LKdM8AAL"]["amount"] == Decimal(0)
    # Won first, lost later: the history keeps both, in time order.
    history = sqlite_db.read(lambda c: c.execute(
        select(TierEvent.from_value, TierEvent.to_value, TierEvent.at)
        .where(TierEvent.deal_id == deals["006bm00000LKgOnAAL"]["id"])
        .order_by(TierEvent.at)).all())
    assert [(h.from_value, h.to_value) for h in history] == [
        (None, "0.1"), ("0.1", "done"), ("done", "lost")]
    assert str(history[-1].at) == "2026-03-07 20:59:00"


def test_pipedrive_preset(sqlite_db):
    name, plan = plan_for(DATA / "pipedrive" / "deals.csv")
    assert name == "pipedrive"
    assert [(p.line, p.reason) for p in plan.problems] == [
        (6, "stage 'Deleted' is set to be left out")]
    sqlite_db.write(lambda s: apply_plan(s, plan))
    deals = deals_by_key(sqlite_db)
    assert deals["101"]["amount"] == Decimal("12500.00")
    assert deals["101"]["tier"] == "0.5"
    assert deals["101"]["client_name"] == "Acme GmbH"
    assert deals["102"]["owner_name"] == "Peter Hahn"
    assert deals["103"]["tier"] == "done"
    assert str(deals["103"]["finished_on"]) == "2024-03-02"
    assert deals["104"]["tier"] == "lost"
    assert deals["104"]["lost_reason"] == "Went with a freelancer"


def test_amocrm_preset_russian_headers(sqlite_db):
    name, plan = plan_for(DATA / "amocrm" / "deals.csv", hourly_rate=Decimal(2000),
                          won_to=Tier.T1)
    assert name == "amocrm"
    report = sqlite_db.write(lambda s: apply_plan(s, plan))
    assert report.estimated_effort == 4
    assert any("2000 per hour" in line for line in report.lines())
    deals = deals_by_key(sqlite_db)
    office = deals["24817502"]
    assert office["tier"] == "1"  # won to tier 1, by choice
    assert office["effort_hours"] == 625.0
    assert office["owner_id"] == office["assignee_id"]
    assert deals["24817301"]["title"] == "Кухня на заказ, ЖК Лесной"
    assert str(deals["24817301"]["received_at"]) == "2024-02-12 10:15:32"
    assert deals["24817610"]["lost_reason"] == "Дорого"
    assert deals["24817455"]["tier"] == "0.1"


def test_bitrix24_windows_1251_semicolon_decimal_comma(sqlite_db):
    name, plan = plan_for(DATA / "bitrix24" / "deals.csv")
    assert name == "bitrix24"
    assert plan.problems == []
    sqlite_db.write(lambda s: apply_plan(s, plan))
    deals = deals_by_key(sqlite_db)
    assert deals["1043"]["amount"] == Decimal("1250000.50")
    assert deals["1043"]["tier"] == "0.9"
    assert deals["1043"]["client_name"] == "ООО «Вектор»"
    assert str(deals["1043"]["expected_close"]) == "2024-04-30"
    assert deals["1045"]["tier"] == "done"
    assert deals["1046"]["lost_reason"] == "Сделка провалена"
    assert deals["1044"]["owner_name"] == "Елена Кузнецова"


def broken_plan():
    table = read_table(DATA / "broken.csv")
    settings = ImportSettings(
        columns={"external_id": "id", "title": "title", "client": "client",
                 "amount": "amount", "stage": "stage", "expected_close": "expected_close"},
        stage_map={"0.1": "0.1", "0.5": "0.5", "0.9": "0.9"}, external_source="test")
    return prepare(table, settings)


def test_broken_rows_are_reported_with_lines_and_leave_no_trace(sqlite_db):
    plan = broken_plan()
    report = sqlite_db.read(lambda c: dry_run(c, plan))
    assert report.dry_run
    assert report.importable == 2
    reasons = {p.line: p.reason for p in report.problems}
    assert set(reasons) == {3, 4, 5, 6}
    assert "twelve" in reasons[3]
    assert "2024-13-45" in reasons[4]
    assert "Somewhere" in reasons[5]
    assert reasons[6] == "no title"
    assert count(sqlite_db, Deal) == 0  # a dry run writes nothing

    sqlite_db.write(lambda s: apply_plan(s, plan))
    assert count(sqlite_db, Deal) == 2
    # The broken rows' client was not created.
    names = sqlite_db.read(lambda c: c.scalars(select(Client.name)).all())
    assert names == ["Fresh Client"]


def test_a_failure_midway_writes_nothing(sqlite_db, monkeypatch):
    plan = broken_plan()
    import app.exchange.importer as importer

    def explode(*_args, **_kwargs):
        raise RuntimeError("disk gone")

    monkeypatch.setattr(importer, "_event_row", explode)
    with pytest.raises(RuntimeError):
        sqlite_db.write(lambda s: apply_plan(s, plan))
    assert count(sqlite_db, Deal) == 0
    assert count(sqlite_db, Client) == 0


def test_reimport_updates_instead_of_duplicating(db):
    _, plan = plan_for(DATA / "crm" / "sales_pipeline.csv")
    db.write(lambda s: apply_plan(s, plan))
    events_before = count(db, TierEvent)
    again = db.write(lambda s: apply_plan(s, plan))
    assert (again.created, again.updated, again.unchanged) == (0, 0, 7)
    assert count(db, Deal) == 7
    assert count(db, Employee) == 6
    assert count(db, Client) == 4
    assert count(db, TierEvent) == events_before  # no tier changed, no history added
    assert db.read(lambda c: dry_run(c, plan)).unchanged == 7


def test_tier_one_needs_an_assignee_and_effort(sqlite_db, tmp_path):
    path = tmp_path / "won.csv"
    path.write_text("id,title,amount,stage\n1,Job,1000,won\n", encoding="utf-8")
    table = read_table(path)
    settings = ImportSettings(columns={"external_id": "id", "title": "title",
                                       "amount": "amount", "stage": "stage"},
                              stage_map={"won": "won"}, won_to=Tier.T1)
    plan = prepare(table, settings)
    assert [p.line for p in plan.problems] == [2]
    assert "assignee" in plan.problems[0].reason


def test_xlsx_import(sqlite_db, tmp_path):
    from datetime import datetime

    from app.exchange.tables import write_table

    path = write_table(tmp_path / "deals.xlsx", ["ID", "Title", "Amount", "Stage", "Close"],
                       [[1, "Roof", 1500.5, "0.9", datetime(2024, 6, 1)]])
    table = read_table(path)
    settings = ImportSettings(columns={"external_id": "ID", "title": "Title",
                                       "amount": "Amount", "stage": "Stage",
                                       "expected_close": "Close"},
                              stage_map={"0.9": "0.9"})
    plan = prepare(table, settings)
    sqlite_db.write(lambda s: apply_plan(s, plan))
    deal = deals_by_key(sqlite_db)["1"]
    assert deal["amount"] == Decimal("1500.50")
    assert str(deal["expected_close"]) == "2024-06-01"
