"""``tierboard load``: each employee's booked and free hours per week, and the late deals.

With ``--csv`` it writes a file of employee x week instead: booked, likely and capacity hours.
"""

import argparse
import csv
import json
from datetime import date
from pathlib import Path

from app.commands import complain, open_from_args, say
from app.models.settings import load_settings
from app.planning.schedule import Schedule, build_schedule, read_schedule_input, schedule_summary

#: Columns of the CSV file, in order.
CSV_COLUMNS = ("employee", "week", "booked_hours", "likely_hours", "capacity_hours")


def register(subparsers: "argparse._SubParsersAction[argparse.ArgumentParser]"
             ) -> argparse.ArgumentParser:
    """Add the ``load`` command."""
    parser = subparsers.add_parser(
        "load", help="each employee's booked and free hours per week, and the late deals",
    )
    parser.add_argument("--weeks", type=int, default=8,
                        help="how many weeks from this one (default 8)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")
    parser.add_argument("--csv", metavar="FILE",
                        help="write employee x week (booked, likely, capacity hours) to FILE")
    parser.add_argument("--today", metavar="YYYY-MM-DD", type=date.fromisoformat,
                        help="lay the work from this day instead of today")
    parser.set_defaults(handler=run)
    return parser


def run(args: argparse.Namespace) -> int:
    """Build the schedule and print it or write it to a file."""
    if not 1 <= args.weeks <= 520:
        complain(f"--weeks must be between 1 and 520, not {args.weeks}")
        return 2
    today = args.today or date.today()
    database = open_from_args(args)
    try:
        data = database.read(lambda c: read_schedule_input(c, load_settings(c)))
    finally:
        database.close()
    schedule = build_schedule(data, today)

    if args.csv:
        write_csv(schedule, Path(args.csv), args.weeks)
        say(f"Wrote {len(schedule.employees)} employees x {args.weeks} weeks to {args.csv}")
        return 0
    if args.json:
        say(json.dumps(as_json(schedule, args.weeks), ensure_ascii=False, indent=2))
        return 0
    for line in as_text(schedule, args.weeks):
        say(line)
    return 0


def write_csv(schedule: Schedule, path: Path, weeks: int) -> None:
    """One row per employee and week: booked, likely and capacity hours."""
    with path.open("w", newline="", encoding="utf-8") as file:
        writer = csv.writer(file)
        writer.writerow(CSV_COLUMNS)
        for employee in schedule_summary(schedule, weeks):
            for week in employee["weeks"]:
                writer.writerow((employee["employee"], week["week"], week["booked_hours"],
                                 week["likely_hours"], week["capacity_hours"]))


def as_json(schedule: Schedule, weeks: int) -> dict[str, object]:
    """The load per employee and week, and the late deals, as plain data."""
    return {
        "today": schedule.today.isoformat(),
        "employees": schedule_summary(schedule, weeks),
        "late_deals": [{
            "deal_id": str(plan.deal_id),
            "title": plan.title,
            "employee_id": str(plan.employee_id),
            "due_date": plan.due_date.isoformat() if plan.due_date else None,
            "finish": plan.finish.isoformat() if plan.finish else None,
        } for plan in schedule.late_deals()],
    }


def _hours(value: float) -> str:
    return f"{value:.0f}" if abs(value - round(value)) < 0.05 else f"{value:.1f}"


def as_text(schedule: Schedule, weeks: int) -> list[str]:
    """A table of booked/capacity hours per week, then the late deals."""
    summary = schedule_summary(schedule, weeks)
    width = max([len(row["employee"]) for row in summary] + [8])
    header = "employee".ljust(width) + "  free from " + "".join(
        f"  {week['week'][5:]:>11}" for week in (summary[0]["weeks"] if summary else [])
    )
    lines = [f"Booked / capacity hours per week (free hours in brackets), from {schedule.today}",
             header]
    for row in summary:
        cells = []
        for week in row["weeks"]:
            cell = f"{_hours(week['booked_hours'])}/{_hours(week['capacity_hours'])}"
            if week["over_hours"] > 0:
                cell += f" +{_hours(week['over_hours'])}!"
            else:
                cell += f" ({_hours(week['free_hours'])})"
            cells.append(f"  {cell:>11}")
        lines.append(row["employee"].ljust(width) + f"  {row['free_from']}" + "".join(cells))

    names = {employee.id: employee.name for employee in schedule.employees}
    late = schedule.late_deals()
    lines.append("")
    lines.append(f"Deals that will be late: {len(late)}")
    for plan in late:
        finish = plan.finish.isoformat() if plan.finish else "not within the horizon"
        lines.append(f"  {plan.title} ({names.get(plan.employee_id, '?')}): due {plan.due_date}, "
                     f"finishes {finish}")
    return lines
