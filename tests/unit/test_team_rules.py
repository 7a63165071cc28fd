"""The team rules: employees, time off, holidays and firm settings, each refused value named."""

from datetime import date

import pytest

from app.db import Database
from app.models import pipeline, queries, team
from app.models.errors import RuleError
from app.models.settings import load_settings
from tests.helpers.factories import employee


def _refused(db: Database, action) -> RuleError:
    with pytest.raises(RuleError) as caught:
        db.write(action)
    return caught.value


def test_create_employee_keeps_hours_and_the_old_name_still_works(db: Database) -> None:
    anna = db.write(lambda s: team.create_employee(
        s, name=" Anna ", role="Designer", colour="#112233", hours_fri=4, hours_sat=0))
    boris = employee(db, "Boris", hours_mon=6)

    rows = {row.id: row for row in db.read(queries.employees)}
    assert rows[anna].name == "Anna"
    assert rows[anna].colour == "#112233"
    assert rows[anna].weekly_hours == (8, 8, 8, 8, 4, 0, 0)
    assert rows[boris].weekly_hours[0] == 6
    assert db.write(lambda s: pipeline.create_employee(s, name="Vera", login="vera")) in {
        row.id for row in db.read(queries.employees)}


@pytest.mark.parametrize(("fields", "field"), [
    ({"name": "  "}, "name"),
    ({"name": "Anna", "hours_tue": 25}, "hours_tue"),
    ({"name": "Anna", "hours_wed": -1}, "hours_wed"),
    ({"name": "Anna", "colour": "red"}, "colour"),
    ({"name": "Anna", "colour": "#12345"}, "colour"),
    ({"name": "Anna", "salary": 1}, "salary"),
])
def test_refused_employee_values_name_their_field(sqlite_db: Database, fields, field) -> None:
    error = _refused(sqlite_db, lambda s: team.create_employee(s, **fields))
    assert error.field == field
    assert sqlite_db.read(queries.employees) == []


def test_edit_and_deactivate(sqlite_db: Database) -> None:
    anna = employee(sqlite_db, "Anna")
    sqlite_db.write(lambda s: team.edit_employee(s, anna, {"role": "Lead", "hours_mon": 4}))
    row = sqlite_db.read(queries.employees)[0]
    assert (row.role, row.weekly_hours[0]) == ("Lead", 4)

    sqlite_db.write(lambda s: team.deactivate_employee(s, anna))
    assert sqlite_db.read(queries.employees) == []
    assert [r.id for r in sqlite_db.read(lambda c: queries.employees(c, include_inactive=True))
            ] == [anna]


def test_an_edit_over_a_colleagues_change_is_refused(sqlite_db: Database) -> None:
    anna = employee(sqlite_db, "Anna")
    read = sqlite_db.read(team.employee_details)[0]
    sqlite_db.write(lambda s: team.edit_employee(s, anna, {"role": "Lead"}))
    error = _refused(sqlite_db, lambda s: team.edit_employee(
        s, anna, {"role": "Other"}, expected_version=read.version))
    assert error.field == "employee"


def test_time_off_end_before_start_is_refused_and_removing_is_soft(sqlite_db: Database) -> None:
    anna = employee(sqlite_db, "Anna")
    error = _refused(sqlite_db, lambda s: team.add_time_off(
        s, anna, date(2027, 1, 10), date(2027, 1, 9)))
    assert error.field == "end_date"

    span = sqlite_db.write(lambda s: team.add_time_off(
        s, anna, date(2027, 1, 10), date(2027, 1, 14), "Vacation"))
    assert sqlite_db.read(queries.time_off) == {anna: [(date(2027, 1, 10), date(2027, 1, 14))]}
    sqlite_db.write(lambda s: team.remove_time_off(s, span))
    assert sqlite_db.read(queries.time_off) == {}
    with sqlite_db.connect() as connection:
        deleted = connection.exec_driver_sql("SELECT deleted_at FROM time_off").scalar()
    assert deleted is not None


def test_save_employee_is_one_transaction(sqlite_db: Database) -> None:
    error = _refused(sqlite_db, lambda s: team.save_employee(
        s, None, {"name": "Anna"},
        added_time_off=[(date(2027, 1, 2), date(2027, 1, 1), "")]))
    assert error.field == "end_date"
    assert sqlite_db.read(lambda c: queries.employees(c, include_inactive=True)) == []


def test_holidays_added_removed_and_not_twice(sqlite_db: Database) -> None:
    first = sqlite_db.write(lambda s: team.add_holiday(s, date(2027, 1, 1), "New Year"))
    assert sqlite_db.read(queries.holidays) == {date(2027, 1, 1)}
    assert _refused(sqlite_db, lambda s: team.add_holiday(s, "2027-01-01")).field == "day"

    sqlite_db.write(lambda s: team.remove_holiday(s, first))
    assert sqlite_db.read(queries.holidays) == set()
    sqlite_db.write(lambda s: team.add_holiday(s, "2027-01-01", "New Year"))
    assert [row.name for row in sqlite_db.read(team.holiday_rows)] == ["New Year"]


def test_firm_settings_are_saved_together_or_not_at_all(sqlite_db: Database) -> None:
    error = _refused(sqlite_db, lambda s: team.save_firm_settings(
        s, {"probability.0.5": 0.4, "probability.0.9": 1.5},
        added_holidays=[(date(2027, 5, 1), "Labour Day")]))
    assert error.field == "probability.0.9"
    assert sqlite_db.read(load_settings)["probability.0.5"] == 0.5
    assert sqlite_db.read(queries.holidays) == set()

    assert _refused(sqlite_db, lambda s: team.save_firm_settings(
        s, {"default_currency": "roubles"})).field == "default_currency"
    assert _refused(sqlite_db, lambda s: team.save_firm_settings(
        s, {"working_day_end_hour": 8})).field == "working_day_end_hour"

    sqlite_db.write(lambda s: team.save_firm_settings(
        s, {"probability.0.5": 0.4, "default_currency": "eur"},
        added_holidays=[(date(2027, 5, 1), "Labour Day")]))
    settings = sqlite_db.read(load_settings)
    assert (settings["probability.0.5"], settings["default_currency"]) == (0.4, "EUR")
    assert sqlite_db.read(queries.holidays) == {date(2027, 5, 1)}


def test_tier_chances_must_rise_with_the_tiers(sqlite_db: Database) -> None:
    error = _refused(sqlite_db, lambda s: team.save_firm_settings(
        s, {"probability.0.1": 0.95, "probability.0.9": 0.05}))

    assert error.field == "probability.0.5"
    assert sqlite_db.read(load_settings)["probability.0.9"] == 0.9
