"""The Load view: the chart shows the schedule's deals, a bar dragged onto another row gives the
deal to that person (undoably), the weekly table and the "who takes it" panel."""

from datetime import date, timedelta

import pytest

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from app.context import AppContext
from app.models import Tier, pipeline, queries
from app.views.load_table_model import LoadTableModel
from app.views.load_view import LoadView
from tests.helpers.factories import deal, employee


def _production(db, title, effort, assignee, **fields):
    deal_id = deal(db, title, effort_hours=effort, **fields)
    db.write(lambda s: pipeline.move_deal(s, deal_id, Tier.T1, assignee_id=assignee))
    return deal_id


@pytest.fixture
def firm(sqlite_db):
    anna = employee(sqlite_db, "Anna")
    boris = employee(sqlite_db, "Boris")
    vika = employee(sqlite_db, "Vika", hours_mon=4, hours_tue=4, hours_wed=4, hours_thu=0,
                    hours_fri=0)
    jobs = [_production(sqlite_db, f"Job {n}", 24, anna) for n in range(3)]
    jobs.append(_production(sqlite_db, "Boris's job", 16, boris))
    monday = date.today() - timedelta(days=date.today().weekday()) + timedelta(days=7)
    # A fixed window of two days with 36 hours overbooks Vika (4 hours a day) by far.
    fixed = _production(sqlite_db, "Fixed install", 36, vika, planned_start=monday,
                        planned_finish=monday + timedelta(days=1))
    likely = deal(sqlite_db, "Maybe later", effort_hours=20, assignee_id=boris)
    sqlite_db.write(lambda s: pipeline.move_deal(s, likely, Tier.T09))
    open_deal = deal(sqlite_db, "New order", effort_hours=8)
    return {"anna": anna, "boris": boris, "vika": vika, "jobs": jobs, "fixed": fixed,
            "likely": likely, "open": open_deal, "db": sqlite_db}


@pytest.fixture
def view(qtbot, firm):
    context = AppContext(firm["db"], inline=True)
    widget = LoadView(context)
    qtbot.addWidget(widget)
    widget.resize(1400, 800)
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.waitUntil(lambda: widget.snapshot is not None)
    return widget


def test_chart_shows_a_bar_for_every_scheduled_deal(view, firm):
    schedule = view.snapshot.schedule

    assert view.chart.bar_ids() == set(schedule.planned)
    assert view.chart.bar_ids(likely=False) == {*firm["jobs"], firm["fixed"]}
    assert view.chart.bar_ids(likely=True) == {firm["likely"]}
    assert [name for name in view.chart._row_axis.names] == ["Anna", "Boris", "Vika"]
    bars, index = view.chart.bar_of(firm["fixed"])
    assert bars is view.chart.fixed_bars
    assert "Fixed install" in view.chart.tooltip_at(bars.rect_of(index).center())


def test_likely_load_can_be_hidden(view):
    view.likely_check.setChecked(False)

    assert not view.chart.likely_bars.isVisible()
    assert view.chart.on_time_bars.isVisible()


def test_over_allocation_is_flagged_in_the_strip_and_the_table(view, firm):
    cells = view.chart.week_cells
    vika_row = view.snapshot.schedule.row_of(firm["vika"])
    over = [(float(cells.booked[i]), float(cells.capacity[i]))
            for i in range(cells.row.size) if cells.row[i] == vika_row and cells.over[i]]

    assert over == [(36.0, 12.0)]
    over_cell = next(i for i in range(cells.row.size) if cells.row[i] == vika_row and cells.over[i])
    assert "+24 h, 300 %" in view.chart.describe_week(over_cell).replace("\u00a0", " ")
    model = view.table_model
    row = next(r for r in range(model.rowCount())
               if model.index(r, 0).data(LoadTableModel.EmployeeIdRole) == firm["vika"])
    next_week = model.index(row, 2)
    assert next_week.data() == "36/12"
    assert next_week.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "+24" in next_week.data(Qt.ItemDataRole.ToolTipRole)
    assert "over capacity" in view.summary_label.text()


def test_table_model_passes_the_model_tester(qtmodeltester, view):
    qtmodeltester.check(view.table_model)
    qtmodeltester.check(view.candidate_model)


def test_who_takes_it_ranks_by_earliest_finish(view, firm):
    position = view.deal_combo.findData(str(firm["open"]))
    view.deal_combo.setCurrentIndex(position)

    model = view.candidate_model
    ranked = [model.candidate(r) for r in range(model.rowCount())]
    # Anna has nine days of work queued; the others finish a one-day job sooner.
    assert [c.name for c in ranked][-1] == "Anna"
    assert [c.finish for c in ranked] == sorted(c.finish for c in ranked)
    assert model.index(0, 2).data() != ""
    assert view.assign_button.isEnabled()
    assert ranked[0].name in view.assign_button.text()


def test_assign_from_the_panel_gives_the_deal_away(view, firm):
    view.deal_combo.setCurrentIndex(view.deal_combo.findData(str(firm["open"])))
    chosen = view.candidate_model.candidate(0)

    view.assign_button.click()

    row = firm["db"].read(lambda c: queries.deal_row(c, firm["open"]))
    assert row.assignee_id == chosen.employee_id
    assert view.deal_combo.findData(str(firm["open"])) == -1  # no longer unassigned


def test_click_on_a_bar_activates_its_deal(qtbot, view, firm):
    target = firm["jobs"][0]

    with qtbot.waitSignal(view.chart.deal_activated) as blocker:
        _click(view, target)

    assert blocker.args == [target]


def test_dragging_a_bar_to_another_row_reassigns_it_and_undo_restores(qtbot, view, firm):
    db, target = firm["db"], firm["jobs"][1]
    boris_row = view.snapshot.schedule.row_of(firm["boris"])

    with qtbot.waitSignal(view.loaded):
        _drag(view, target, boris_row)

    assert db.read(lambda c: queries.deal_row(c, target)).assignee_id == firm["boris"]
    events = [(e.kind, e.from_value, e.to_value) for e in db.read(
        lambda c: queries.history(c, target))]
    assert ("assignee", str(firm["anna"]), str(firm["boris"])) in events
    assert view.snapshot.schedule.planned[target].employee_id == firm["boris"]

    view.context.undo_stack.undo()

    assert db.read(lambda c: queries.deal_row(c, target)).assignee_id == firm["anna"]
    assert view.snapshot.schedule.planned[target].employee_id == firm["anna"]


# --- pointer helpers ----------------------------------------------------------------------

def _widget_point(view, x, y):
    chart = view.chart
    scene = chart.view_box.mapViewToScene(QPointF(x, y))
    return chart.plot.mapFromScene(scene)


def _bar_centre(view, deal_id):
    bars, index = view.chart.bar_of(deal_id)
    rect = bars.rect_of(index)
    # Drag from inside the visible part of the bar.
    (left, right), _ = view.chart.view_box.viewRange()
    x = (max(rect.left(), left) + min(rect.right(), right)) / 2
    return x, rect.center().y()


def _send(view, kind, point: QPoint, buttons):
    viewport = view.chart.plot.viewport()
    event = QMouseEvent(kind, QPointF(point), QPointF(viewport.mapToGlobal(point)),
                        Qt.MouseButton.LeftButton, buttons, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, event)


def _click(view, deal_id):
    point = _widget_point(view, *_bar_centre(view, deal_id))
    _send(view, QEvent.Type.MouseButtonPress, point, Qt.MouseButton.LeftButton)
    _send(view, QEvent.Type.MouseButtonRelease, point, Qt.MouseButton.NoButton)


def _drag(view, deal_id, row):
    x, y = _bar_centre(view, deal_id)
    start = _widget_point(view, x, y)
    end = _widget_point(view, x, row + 0.35)
    _send(view, QEvent.Type.MouseButtonPress, start, Qt.MouseButton.LeftButton)
    for step in range(1, 6):
        point = start + (end - start) * step / 5
        _send(view, QEvent.Type.MouseMove, point, Qt.MouseButton.LeftButton)
    _send(view, QEvent.Type.MouseButtonRelease, end, Qt.MouseButton.NoButton)


def test_activating_a_bar_opens_the_deal_editor(qtbot, view, firm):
    from app.views.deal_editor import DealEditor

    view.chart.deal_activated.emit(firm["fixed"])

    qtbot.waitUntil(lambda: view.findChild(DealEditor) is not None)
    editor = view.findChild(DealEditor)
    assert editor.deal_id == firm["fixed"]
    editor.close()


def test_work_of_a_deactivated_person_is_named_not_dropped(qtbot, view, firm):
    from app.models import team

    firm["db"].write(lambda s: team.deactivate_employee(s, firm["anna"]))
    view.context.data_changed.emit()

    qtbot.waitUntil(lambda: "no longer active" in view.summary_label.text())
    assert "3 deal" in view.summary_label.text()
