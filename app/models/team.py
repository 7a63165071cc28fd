"""The team and the firm's calendar: employees, their working hours and time off, holidays.

Each function here is a rule for one step of a user action and runs inside the caller's
transaction (``Database.write``); a refused value raises RuleError naming the field, and nothing
of the action is written. Rows are never deleted: time off and holidays are soft-deleted and an
employee who leaves is made inactive, so that their deals and history keep their names.
"""

import re
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from app.models.base import utcnow
from app.models.entities import WEEKDAY_COLUMNS, Employee, Holiday, TimeOff
from app.models.errors import ConflictError, NotFoundError, RuleError
from app.models.settings import load_settings, save_setting
from app.models.values import parse_currency, parse_date, parse_hours, parse_text

#: The fields of an employee that the rules here accept, besides the hours per weekday.
EMPLOYEE_TEXT_FIELDS: dict[str, int] = {"name": 200, "role": 200, "manager": 200, "office": 200}

_COLOUR = re.compile(r"#[0-9A-Fa-f]{6}")


@dataclass(frozen=True, slots=True)
class TimeOffRow:
    """One span of days off, both ends included."""

    id: uuid.UUID
    employee_id: uuid.UUID
    start: date
    end: date
    note: str


@dataclass(frozen=True, slots=True)
class HolidayRow:
    """One public holiday of the firm."""

    id: uuid.UUID
    day: date
    name: str


@dataclass(frozen=True, slots=True)
class EmployeeDetails:
    """Everything the team editor shows of an employee, with the version it was read at."""

    id: uuid.UUID
    version: int
    name: str
    role: str
    colour: str
    active: bool
    weekly_hours: tuple[float, ...]


# --- checks -----------------------------------------------------------------------------------


def parse_colour(value: object, field: str = "colour") -> str:
    """Read a colour written as #RRGGBB.

    Raises:
        RuleError: anything else.
    """
    text = parse_text(value, field, limit=9)
    if not _COLOUR.fullmatch(text):
        raise RuleError(field, f"must be a colour written as #RRGGBB, not {text!r}")
    return text


def parse_day_hours(value: object, field: str) -> float:
    """Read the working hours of one weekday: from 0 to 24.

    Raises:
        RuleError: not a number, below zero or above 24.
    """
    hours = parse_hours(value, field)
    if hours > 24:
        raise RuleError(field, f"a day has at most 24 hours, not {hours:g}")
    return hours


def check_span(start: object, end: object) -> tuple[date, date]:
    """Read a span of days off: both ends given, the end not before the start.

    Returns:
        The first and the last day.

    Raises:
        RuleError: a missing or unreadable day (``start_date``/``end_date``), or an end before
            the start (``end_date``).
    """
    first = parse_date(start, "start_date")
    last = parse_date(end, "end_date")
    if first is None:
        raise RuleError("start_date", "must not be empty")
    if last is None:
        raise RuleError("end_date", "must not be empty")
    if last < first:
        raise RuleError("end_date", "must not be before the first day")
    return first, last


def _clean_employee_fields(fields: Mapping[str, Any]) -> dict[str, Any]:
    cleaned: dict[str, Any] = {}
    for key, value in fields.items():
        if key in EMPLOYEE_TEXT_FIELDS:
            cleaned[key] = parse_text(value, key, required=key == "name",
                                      limit=EMPLOYEE_TEXT_FIELDS[key])
        elif key in WEEKDAY_COLUMNS:
            cleaned[key] = parse_day_hours(value, key)
        elif key == "colour":
            cleaned[key] = parse_colour(value)
        elif key == "active":
            cleaned[key] = bool(value)
        elif key == "login":
            cleaned[key] = parse_text(value, key, limit=200) or None
        else:
            raise RuleError(key, "is not an employee field")
    return cleaned


def _live(session: Session, table: type[Any], row_id: object, field: str) -> Any:
    try:
        key = row_id if isinstance(row_id, uuid.UUID) else uuid.UUID(str(row_id))
    except ValueError:
        raise NotFoundError(field, f"{row_id!r} is not an id") from None
    row = session.get(table, key)
    if row is None or row.deleted_at is not None:
        raise NotFoundError(field, "no longer exists")
    return row


# --- employees --------------------------------------------------------------------------------


def create_employee(session: Session, *, name: str, **fields: Any) -> uuid.UUID:
    """Add an employee (working hours default to Monday to Friday, 8 hours).

    Args:
        session: the transaction.
        name: what the firm calls the person.
        **fields: role, colour (#RRGGBB), active, login, manager, office, hours_mon..hours_sun.

    Returns:
        The new employee's id.

    Raises:
        RuleError: a refused value, naming its field.
    """
    cleaned = _clean_employee_fields({"name": name, **fields})
    employee = Employee(id=uuid.uuid4(), **cleaned)
    session.add(employee)
    session.flush()
    return employee.id


def edit_employee(session: Session, employee_id: object, changes: Mapping[str, Any], *,
                  expected_version: int | None = None) -> None:
    """Change an employee's name, role, colour, activity or working hours.

    Args:
        session: the transaction.
        employee_id: whom to change.
        changes: the fields to change (as for create_employee).
        expected_version: the version the editor read; a different one means a colleague
            changed the person meanwhile.

    Raises:
        RuleError: a refused value; NotFoundError, ConflictError.
    """
    employee = _live(session, Employee, employee_id, "employee")
    if expected_version is not None and employee.version != expected_version:
        raise ConflictError("employee", "somebody else changed this person; reload and try again")
    for key, value in _clean_employee_fields(changes).items():
        if getattr(employee, key) != value:
            setattr(employee, key, value)
    session.flush()


def deactivate_employee(session: Session, employee_id: object) -> None:
    """Mark an employee as no longer working here; their deals and history keep their name."""
    edit_employee(session, employee_id, {"active": False})


# --- time off ---------------------------------------------------------------------------------


def add_time_off(session: Session, employee_id: object, start: object, end: object,
                 note: str = "") -> uuid.UUID:
    """Give an employee days off, from ``start`` to ``end`` (both included).

    Raises:
        RuleError: an unreadable day, or the end before the start; NotFoundError.
    """
    employee = _live(session, Employee, employee_id, "employee")
    first, last = check_span(start, end)
    span = TimeOff(id=uuid.uuid4(), employee_id=employee.id, start_date=first, end_date=last,
                   note=parse_text(note, "note", limit=500))
    session.add(span)
    session.flush()
    return span.id


def remove_time_off(session: Session, time_off_id: object) -> None:
    """Take back a span of days off (kept, marked deleted, so that a merge can see it)."""
    span = _live(session, TimeOff, time_off_id, "time_off")
    span.deleted_at = utcnow()
    session.flush()


def save_employee(session: Session, employee_id: object | None, fields: Mapping[str, Any], *,
                  expected_version: int | None = None,
                  added_time_off: Iterable[tuple[object, object, str]] = (),
                  removed_time_off: Iterable[object] = ()) -> uuid.UUID:
    """What the team editor's Save does: the person and their time off, in one transaction.

    Args:
        session: the transaction.
        employee_id: whom to change, or None for a new employee.
        fields: the employee's fields (``name`` is required for a new one).
        expected_version: as for edit_employee.
        added_time_off: new spans as (first day, last day, note).
        removed_time_off: ids of spans to take back.

    Returns:
        The employee's id.

    Raises:
        RuleError: as the single rules do.
    """
    if employee_id is None:
        values = dict(fields)
        employee_id = create_employee(session, name=values.pop("name", ""), **values)
    else:
        edit_employee(session, employee_id, fields, expected_version=expected_version)
    for time_off_id in removed_time_off:
        remove_time_off(session, time_off_id)
    for start, end, note in added_time_off:
        add_time_off(session, employee_id, start, end, note)
    assert isinstance(employee_id, uuid.UUID)
    return employee_id


# --- holidays ---------------------------------------------------------------------------------


def add_holiday(session: Session, day: object, name: str = "") -> uuid.UUID:
    """Make a day a public holiday of the firm.

    Raises:
        RuleError: an unreadable day, or a day that already is a holiday (``day``).
    """
    parsed = parse_date(day, "day")
    if parsed is None:
        raise RuleError("day", "must not be empty")
    taken = session.scalar(
        select(Holiday.id).where(Holiday.day == parsed, Holiday.deleted_at.is_(None))
    )
    if taken is not None:
        raise RuleError("day", f"{parsed.isoformat()} is already a holiday")
    holiday = Holiday(id=uuid.uuid4(), day=parsed, name=parse_text(name, "name", limit=200))
    session.add(holiday)
    session.flush()
    return holiday.id


def remove_holiday(session: Session, holiday_id: object) -> None:
    """Make a holiday a working day again (the row is kept, marked deleted)."""
    holiday = _live(session, Holiday, holiday_id, "holiday")
    holiday.deleted_at = utcnow()
    session.flush()


# --- firm settings ----------------------------------------------------------------------------


def save_firm_settings(session: Session, values: Mapping[str, Any], *,
                       added_holidays: Iterable[tuple[object, str]] = (),
                       removed_holidays: Iterable[object] = ()) -> None:
    """What the firm settings dialog's OK does: settings and holidays, in one transaction.

    Args:
        session: the transaction.
        values: settings by key (keys of app.models.settings.DEFAULTS).
        added_holidays: new holidays as (day, name).
        removed_holidays: ids of holidays to take back.

    Raises:
        RuleError: a refused value, naming the setting's key (or ``day`` for a holiday).
    """
    for key, value in values.items():
        if key == "default_currency":
            value = parse_currency(value, key)
        save_setting(session, key, value)
    _check_settings_agree(load_settings(session.connection()).values)
    for holiday_id in removed_holidays:
        remove_holiday(session, holiday_id)
    for day, name in added_holidays:
        add_holiday(session, day, name)


def _check_settings_agree(values: Mapping[str, Any]) -> None:
    """Refuse settings that each pass but contradict one another."""
    def value(key: str) -> float:
        return float(values[key])

    if value("working_day_end_hour") <= value("working_day_start_hour"):
        raise RuleError("working_day_end_hour", "the working day must end after it starts")
    if value("working_day_end_hour") > 24:
        raise RuleError("working_day_end_hour", "a day has at most 24 hours")
    if value("hiring_threshold_share") > 10:
        raise RuleError("hiring_threshold_share", "must be at most 1000 %")
    # The tiers are a ladder: a deal that climbs must not become less likely to be won.
    if not value("probability.0.1") <= value("probability.0.5") <= value("probability.0.9"):
        raise RuleError("probability.0.5",
                        "the chances must rise with the tiers: 0.1 ≤ 0.5 ≤ 0.9")


# --- reads ------------------------------------------------------------------------------------


def employee_details(connection: Connection) -> list[EmployeeDetails]:
    """Every employee, active or not, by name, for the team editor."""
    columns = [getattr(Employee, name) for name in WEEKDAY_COLUMNS]
    query = select(
        Employee.id, Employee.version, Employee.name, Employee.role, Employee.colour,
        Employee.active, *columns,
    ).where(Employee.deleted_at.is_(None)).order_by(Employee.name, Employee.id)
    return [
        EmployeeDetails(row[0], row[1], row[2], row[3], row[4], bool(row[5]),
                        tuple(float(hours) for hours in row[6:13]))
        for row in connection.execute(query)
    ]


def time_off_rows(connection: Connection, employee_id: uuid.UUID) -> list[TimeOffRow]:
    """One employee's spans of days off, earliest first."""
    query = (
        select(TimeOff.id, TimeOff.employee_id, TimeOff.start_date, TimeOff.end_date,
               TimeOff.note)
        .where(TimeOff.employee_id == employee_id, TimeOff.deleted_at.is_(None))
        .order_by(TimeOff.start_date, TimeOff.id)
    )
    return [TimeOffRow(*row) for row in connection.execute(query)]


def holiday_rows(connection: Connection) -> list[HolidayRow]:
    """The firm's public holidays with their names, earliest first."""
    query = (
        select(Holiday.id, Holiday.day, Holiday.name)
        .where(Holiday.deleted_at.is_(None))
        .order_by(Holiday.day, Holiday.id)
    )
    return [HolidayRow(*row) for row in connection.execute(query)]
