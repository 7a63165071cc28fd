"""The forecast view on a real database: answers, chart, table, switches and exports."""

import csv
from datetime import date, timedelta
from pathlib import Path

import pytest

from PySide6.QtCore import QDate, Qt

from app.context import AppContext
from app.db import Database
from app.models import pipeline
from app.models.demo import fill_demo
from app.models.tiers import Tier
from app.planning import forecast as fc
from app.views.forecast_table_model import ForecastTableModel
from app.views.forecast_view import ForecastView


@pytest.fixture
def small_firm(sqlite_db: Database) -> Database:
    """One producer; 40 h won, due in ten days; a 0.5 deal of 40 h closing next week."""
    today = date.today()
    anna = sqlite_db.write(lambda s: pipeline.create_employee(s, name="Anna"))
    sqlite_db.write(lambda s: pipeline.create_deal(
        s, title="Roof", tier=Tier.T1, assignee_id=anna, effort_hours=40, amount=120_000,
        due_date=today + timedelta(days=10)))
    sqlite_db.write(lambda s: pipeline.create_deal(
        s, title="Fence", tier=Tier.T05, effort_hours=40, amount=60_000,
        expected_close=today + timedelta(days=7)))
    return sqlite_db


def make_view(qtbot, database: Database) -> ForecastView:
    view = ForecastView(AppContext(database, inline=True))
    qtbot.addWidget(view)
    view.resize(1400, 860)
    view.show()
    qtbot.waitUntil(lambda: view.report is not None)
    return view


def _column(model: ForecastTableModel, title: str) -> int:
    return model.headers().index(title)


def test_the_view_shows_answers_chart_and_table(qtbot, small_firm):
    view = make_view(qtbot, small_firm)

    model = view.table_model
    assert model.rowCount() == 12
    tier1 = _column(model, "Tier 1")
    half = _column(model, "0.5")
    committed = sum(model.index(r, tier1).data(ForecastTableModel.SortRole)
                    for r in range(model.rowCount()))
    expected = sum(model.index(r, half).data(ForecastTableModel.SortRole)
                   for r in range(model.rowCount()))
    assert committed == pytest.approx(40)
    assert expected == pytest.approx(20)  # 40 h x 0.5
    weighted = _column(model, "Weighted revenue")
    assert sum(model.index(r, weighted).data(ForecastTableModel.SortRole)
               for r in range(model.rowCount())) == pytest.approx(150_000)
    assert model.index(0, _column(model, "Period")).data().startswith("week of")

    # The four answers are on screen, each a sentence with its figures.
    for key in fc.QUESTIONS:
        assert view.cards[key].sentence.text()
        assert view.cards[key].sentence.isVisible()
    assert "Look for orders" in view.cards[fc.FOCUS].headline.text()
    assert "Anna" in view.cards[fc.NEXT_ORDER].sentence.text()
    assert "tier 1, 40\u00a0h" in view.cards[fc.FOCUS].sentence.text()

    # The chart stacks the same hours, with the capacity line over them.
    assert sum(view.chart.stack_heights()) == pytest.approx(60)
    assert view.chart.capacity_line is not None
    assert set(view.chart.bars) == {Tier.T1, Tier.T09, Tier.T05, Tier.T01}


def test_switches_months_observed_and_chart_money(qtbot, small_firm):
    view = make_view(qtbot, small_firm)
    view.period_combo.setCurrentIndex(1)
    assert view.report is not None
    assert view.report.forecast.by_month
    assert view.table_model.rowCount() == len(view.report.forecast.months)

    view.observed_check.setChecked(True)
    assert view.report.forecast.observed
    # Too little history: the nominal probabilities stay, and the tab says why.
    assert view.report.forecast.probabilities[Tier.T05] == pytest.approx(0.5)
    assert "too few" not in view.calibration_model.index(2, 2).data()

    view.chart_combo.setCurrentIndex(1)
    assert sum(view.chart.stack_heights()) == pytest.approx(150_000)
    assert view.chart.capacity_line is None


def test_as_of_a_past_day_rebuilds_and_looks_back(qtbot, sqlite_db):
    sqlite_db.write(lambda s: fill_demo(s, deals=200, seed=3))
    view = make_view(qtbot, sqlite_db)
    assert view.backtest is None
    assert "As of" in view.backtest_label.text()

    past = date.today() - timedelta(days=60)
    view.as_of_edit.setDate(QDate(past.year, past.month, past.day))
    view.as_of_check.setChecked(True)
    qtbot.waitUntil(lambda: view.backtest is not None)
    assert view.report is not None
    assert view.report.as_of == past
    assert view.report.forecast.today == past
    assert view.backtest_model.rowCount() == 3
    assert view.tabs.currentIndex() == 2
    assert "worked about" in view.backtest_label.text()
    assert view.calibration_model.rowCount() == 4
    assert "Carousels:" in view.carousel_label.text()


def test_exports_chart_and_table(qtbot, small_firm, tmp_path: Path):
    view = make_view(qtbot, small_firm)
    png, pdf, table = tmp_path / "f.png", tmp_path / "f.pdf", tmp_path / "f.csv"
    assert view.export_chart_png(png)
    view.export_chart_pdf(pdf)
    view.export_table_csv(table)
    assert png.stat().st_size > 1000
    assert pdf.read_bytes().startswith(b"%PDF")
    with table.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][:3] == ["Period", "Capacity", "Tier 1"]
    assert len(rows) == 13


def test_the_table_model_passes_the_model_tester(qtmodeltester, small_firm):
    context = AppContext(small_firm, inline=True)
    report = small_firm.read(lambda c: fc.make_report(c, context.settings, today=date.today()))
    model = ForecastTableModel()
    model.set_forecast(report.forecast, lambda row: row.period.start.isoformat())
    qtmodeltester.check(model)
    assert model.index(0, 1).data(Qt.ItemDataRole.TextAlignmentRole) is not None


def test_the_command_prints_the_table_and_the_answers(small_firm, capsys):
    from app.cli import main

    assert main(["forecast", "--db", str(small_firm.file), "--weeks", "6"]) == 0
    out = capsys.readouterr().out
    assert "Sales or production? Look for orders now" in out
    assert "Who takes the next order? The next order goes to Anna" in out
    assert out.count("\n20") >= 6  # six week rows, each starting with its Monday's year

    assert main(["forecast", "--db", str(small_firm.file), "--json", "--months",
                 "--observed"]) == 0
    import json

    data = json.loads(capsys.readouterr().out)
    assert data["by_month"]
    assert data["observed"]
    assert [answer["key"] for answer in data["answers"]] == list(fc.QUESTIONS)

    assert main(["forecast", "--db", str(small_firm.file), "--as-of", "not a day"]) == 2


def test_a_failed_computation_says_so_where_the_figures_would_be(qtbot, small_firm, monkeypatch):
    from app.db import DatabaseUnavailable

    view = make_view(qtbot, small_firm)

    def refuse(*_args, **_kwargs):
        raise DatabaseUnavailable("the server does not answer")

    monkeypatch.setattr(fc, "make_report", refuse)
    view.refresh()

    assert "could not be computed" in view._status.text()
    assert "does not answer" in view._status.text()
    assert view.context.offline
