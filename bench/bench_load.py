"""The load: laying 5,000 tier-1 deals of 200 employees, and drawing them on the chart.

References taken in the same run: for the schedule, numpy summing every employee's capacity day by
day over the same horizon (the least any schedule must touch); for the chart, a bare PlotWidget
drawing the same 5,000 rectangles with one plain BarGraphItem.
"""

import os
import random
import time
import uuid
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import numpy as np

from app.models.queries import DealRow, EmployeeRow
from app.models.tiers import Tier
from app.planning.schedule import ScheduleInput, build_schedule, rank_candidates
from bench.common import best_of

EMPLOYEES, DEALS, LIKELY = 200, 5000, 1500


def synthetic_input(today: date, *, seed: int = 3) -> ScheduleInput:
    """200 employees (a fifth part-time), 5,000 tier-1 and 1,500 tier-0.9 deals."""
    rng = random.Random(seed)
    people = []
    for number in range(EMPLOYEES):
        hours = (4.0, 4.0, 4.0, 0.0, 0.0, 0.0, 0.0) if number % 5 == 0 else \
            (8.0, 8.0, 8.0, 8.0, 8.0, 0.0, 0.0)
        people.append(EmployeeRow(uuid.uuid4(), f"Employee {number:03d}", "", "#4c78a8", True,
                                  None, hours))  # type: ignore[arg-type]

    def deal(tier: Tier, number: int) -> DealRow:
        who = rng.choice(people)
        start = finish = started = None
        roll = rng.random()
        if roll < 0.05:
            start = today + timedelta(days=rng.randint(0, 120))
            finish = start + timedelta(days=rng.randint(0, 10))
        elif roll < 0.35:
            started = today - timedelta(days=rng.randint(1, 30))
        return DealRow(
            id=uuid.uuid4(), version=1, title=f"Deal {number}", client_name="Client",
            amount=Decimal(1000), currency="RUB", effort_hours=float(rng.randint(4, 120)),
            tier=tier, rank=rng.random(), owner_id=None, owner_name="", assignee_id=who.id,
            assignee_name=who.name, assignee_colour="", received_at=datetime(2026, 1, 1),
            expected_close=None, due_date=today + timedelta(days=rng.randint(5, 200)),
            planned_start=start, planned_finish=finish, started_on=started, finished_on=None,
            lost_reason="",
        )

    deals = [deal(Tier.T1, n) for n in range(DEALS)]
    deals += [deal(Tier.T09, DEALS + n) for n in range(LIKELY)]
    leave = {person.id: [(today + timedelta(days=20), today + timedelta(days=30))]
             for person in people[::7]}
    holidays = {today + timedelta(days=offset) for offset in (15, 60, 61)}
    return ScheduleInput(people, deals, leave, holidays, 0.9)


def _schedule_figures(figures: dict, data: ScheduleInput, today: date) -> None:
    def plain_sum():
        hours = np.array([person.weekly_hours for person in data.employees])
        days = np.resize(np.arange(7), 760)
        return np.cumsum(hours[:, days], axis=1)

    reference = best_of(5, plain_sum)
    measured = best_of(3, lambda: build_schedule(data, today))
    schedule = build_schedule(data, today)
    ranking = best_of(3, lambda: rank_candidates(data, 40.0, today, schedule))
    figures["schedule_s_200x5000"] = round(measured, 4)
    figures["schedule_numpy_sum_s_200x5000"] = round(reference, 5)
    figures["schedule_ratio_200x5000"] = round(measured / max(reference, 1e-9), 1)
    figures["rank_candidates_s_200x5000"] = round(ranking, 4)


def _chart_figures(figures: dict, data: ScheduleInput, today: date) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    import pyqtgraph as pg

    from app.widgets.gantt_chart import GanttChart

    schedule = build_schedule(data, today)

    def chart_render(*, all_rows: bool) -> float:
        chart = GanttChart()
        chart.resize(1400, 860)
        chart.show()
        app.processEvents()
        started = time.perf_counter()
        chart.set_schedule(schedule)
        if all_rows:
            chart.fit_all()
        chart.grab()
        elapsed = time.perf_counter() - started
        chart.close()
        chart.deleteLater()
        app.processEvents()
        return elapsed

    bars = [plan for plan in schedule.planned.values() if plan.start and not plan.likely]
    x0 = np.array([(plan.start - today).days for plan in bars], dtype=float)
    x1 = np.array([((plan.finish or plan.start) - today).days + 1 for plan in bars], dtype=float)
    rows = np.array([schedule.row_of(plan.employee_id) for plan in bars], dtype=float)

    def bare_render() -> float:
        widget = pg.PlotWidget(background="w")
        widget.resize(1400, 860)
        widget.show()
        app.processEvents()
        started = time.perf_counter()
        widget.addItem(pg.BarGraphItem(x0=x0, x1=x1, y0=rows, height=0.5, brush="b", pen=None))
        widget.setXRange(float(x0.min()), float(x1.max()), padding=0)
        widget.setYRange(0, EMPLOYEES, padding=0)
        widget.grab()
        elapsed = time.perf_counter() - started
        widget.close()
        widget.deleteLater()
        app.processEvents()
        return elapsed

    reference = min(bare_render() for _ in range(3))
    every_row = min(chart_render(all_rows=True) for _ in range(3))
    default = min(chart_render(all_rows=False) for _ in range(3))
    figures["load_chart_render_ms_200x5000"] = round(every_row * 1000, 1)
    figures["load_chart_render_ms_200x5000_default_view"] = round(default * 1000, 1)
    figures["load_chart_bare_plotwidget_ms_5000"] = round(reference * 1000, 1)
    figures["load_chart_ratio_200x5000"] = round(every_row / max(reference, 1e-9), 1)


def run(figures: dict, workdir: Path) -> None:
    del workdir  # everything is built in memory
    today = date.today()
    data = synthetic_input(today)
    _schedule_figures(figures, data, today)
    _chart_figures(figures, data, today)
