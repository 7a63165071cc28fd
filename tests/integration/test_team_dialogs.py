"""The Team and Firm settings dialogs: what the user types reaches the database, or is explained
beside the field, and the board follows a changed probability."""

from datetime import date
from decimal import Decimal

import pytest

from PySide6.QtCore import QDate, QSettings, Qt

from app import formatting
from app.context import AppContext
from app.db import Database
from app.models import queries, team
from app.models.settings import load_settings
from app.models.tiers import Tier
from app.views.board_view import BoardView
from app.views.firm_settings_dialog import FirmSettingsDialog
from app.views.main_window import MainWindow
from app.views.team_dialog import EmployeeTableModel, TeamDialog
from tests.helpers.factories import deal, employee


@pytest.fixture
def context(sqlite_db: Database) -> AppContext:
    return AppContext(sqlite_db, inline=True)


@pytest.fixture
def team_dialog(qtbot, context: AppContext) -> TeamDialog:
    dialog = TeamDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.loaded)
    return dialog


def _all_employees(db: Database) -> list[queries.EmployeeRow]:
    return db.read(lambda c: queries.employees(c, include_inactive=True))


def test_employee_table_model_passes_the_tester(qtmodeltester, sqlite_db: Database) -> None:
    employee(sqlite_db, "Anna", colour="#112233")
    employee(sqlite_db, "Boris", active=False)
    model = EmployeeTableModel()
    model.set_rows(sqlite_db.read(team.employee_details))

    assert model.rowCount() == 2
    assert model.index(0, EmployeeTableModel.NAME).data() == "Anna"
    assert model.index(0, EmployeeTableModel.HOURS).data() == formatting.hours(40)
    assert model.index(0, 0).data(Qt.ItemDataRole.DecorationRole).name() == "#112233"
    assert model.index(1, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    qtmodeltester.check(model)


def test_new_part_time_employee_is_stored(qtbot, team_dialog: TeamDialog,
                                          sqlite_db: Database) -> None:
    assert team_dialog.model.rowCount() == 0
    team_dialog.new_button.click()
    team_dialog.name_edit.setText("Vera Part")
    team_dialog.role_edit.setText("Designer")
    for field, hours in (("hours_mon", 4), ("hours_wed", 4.5), ("hours_fri", 0)):
        team_dialog.hour_spins[field].setValue(hours)
    team_dialog.save_button.click()

    qtbot.waitUntil(lambda: team_dialog.model.rowCount() == 1)
    [stored] = _all_employees(sqlite_db)
    assert (stored.name, stored.role, stored.active) == ("Vera Part", "Designer", True)
    assert stored.weekly_hours == (4, 8, 4.5, 8, 0, 0, 0)
    assert team_dialog.employee_id == stored.id
    assert team_dialog.week_total.text().startswith(formatting.hours(24.5))


def test_25_hours_is_explained_beside_the_hours_and_nothing_is_written(
        team_dialog: TeamDialog, sqlite_db: Database) -> None:
    team_dialog.name_edit.setText("Anna")
    team_dialog.hour_spins["hours_tue"].setValue(25)
    team_dialog.save_button.click()

    error = team_dialog.errors["hours_tue"]
    assert error.isVisibleTo(team_dialog)
    assert "24" in error.text()
    assert not team_dialog.general_error.isVisibleTo(team_dialog)
    assert _all_employees(sqlite_db) == []


def test_empty_name_is_explained_beside_the_name(team_dialog: TeamDialog,
                                                 sqlite_db: Database) -> None:
    team_dialog.save_button.click()
    assert team_dialog.errors["name"].isVisibleTo(team_dialog)
    assert _all_employees(sqlite_db) == []


def test_editing_an_employee_adds_time_off_and_deactivates(
        qtbot, sqlite_db: Database, context: AppContext) -> None:
    anna = employee(sqlite_db, "Anna")
    dialog = TeamDialog(context)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.loaded)
    dialog.table.selectRow(0)
    assert dialog.employee_id == anna
    assert dialog.name_edit.text() == "Anna"

    dialog.time_off_start.setDate(QDate(2027, 2, 1))
    dialog.time_off_end.setDate(QDate(2027, 2, 5))
    dialog.time_off_note.setText("Vacation")
    dialog.add_time_off_button.click()
    assert dialog.time_off_list.count() == 1
    assert sqlite_db.read(queries.time_off) == {}  # not before Save
    dialog.save_button.click()

    assert sqlite_db.read(queries.time_off) == {anna: [(date(2027, 2, 1), date(2027, 2, 5))]}
    qtbot.waitUntil(lambda: dialog.time_off_list.count() == 1
                    and not dialog.time_off_list.item(0).font().italic())

    dialog.time_off_list.setCurrentRow(0)
    dialog.remove_time_off_button.click()
    dialog.active_check.setChecked(False)
    dialog.save_button.click()
    assert sqlite_db.read(queries.time_off) == {}
    assert sqlite_db.read(queries.employees) == []


def test_time_off_ending_before_it_starts_is_explained(team_dialog: TeamDialog) -> None:
    team_dialog.time_off_start.setDate(QDate(2027, 2, 5))
    team_dialog.time_off_end.setDate(QDate(2027, 2, 1))
    team_dialog.add_time_off_button.click()
    assert team_dialog.errors["end_date"].isVisibleTo(team_dialog)
    assert team_dialog.time_off_list.count() == 0


def test_probability_change_reaches_the_database_and_the_board(
        qtbot, sqlite_db: Database, context: AppContext) -> None:
    deal(sqlite_db, "Half", tier=Tier.T05, amount=1000)
    board = BoardView(context)
    qtbot.addWidget(board)
    board.show()
    qtbot.waitUntil(lambda: board.loaded)
    details = board.columns[Tier.T05].header.details
    assert formatting.money(Decimal(500)) in details.text()

    dialog = FirmSettingsDialog(context)
    qtbot.addWidget(dialog)
    assert dialog.inputs["probability.0.5"].value() == 50
    dialog.inputs["probability.0.5"].setValue(40)
    with qtbot.waitSignal(context.settings_changed):
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()

    assert sqlite_db.read(load_settings)["probability.0.5"] == 0.4
    assert context.settings["probability.0.5"] == 0.4
    qtbot.waitUntil(lambda: formatting.money(Decimal(400)) in details.text())
    assert dialog.result() == dialog.DialogCode.Accepted


def test_holidays_added_and_removed_in_one_save(qtbot, sqlite_db: Database,
                                                context: AppContext) -> None:
    sqlite_db.write(lambda s: team.add_holiday(s, date(2027, 1, 1), "New Year"))
    dialog = FirmSettingsDialog(context)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.loaded)
    assert dialog.holiday_list.count() == 1

    dialog.holiday_date.setDate(QDate(2027, 5, 9))
    dialog.holiday_name.setText("Victory Day")
    dialog.add_holiday_button.click()
    dialog.holiday_date.setDate(QDate(2027, 5, 9))
    dialog.add_holiday_button.click()
    assert dialog.errors["day"].isVisibleTo(dialog)
    dialog.holiday_list.setCurrentRow(0)
    dialog.remove_holiday_button.click()
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()

    assert sqlite_db.read(queries.holidays) == {date(2027, 5, 9)}
    assert [row.name for row in sqlite_db.read(team.holiday_rows)] == ["Victory Day"]


def test_a_refused_setting_is_explained_beside_it(qtbot, sqlite_db: Database,
                                                 context: AppContext) -> None:
    dialog = FirmSettingsDialog(context)
    qtbot.addWidget(dialog)
    dialog.inputs["default_currency"].setCurrentText("roubles")
    dialog.inputs["probability.0.5"].setValue(40)
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()

    assert dialog.errors["default_currency"].isVisibleTo(dialog)
    assert sqlite_db.read(load_settings)["probability.0.5"] == 0.5


def test_firm_menu_opens_both_dialogs(qtbot, context: AppContext, tmp_path) -> None:
    settings = QSettings(str(tmp_path / "tierboard.ini"), QSettings.Format.IniFormat)
    window = MainWindow(context, settings)
    window.remember_layout = False
    qtbot.addWidget(window)
    window.team_action.trigger()
    qtbot.waitUntil(lambda: window.findChild(TeamDialog) is not None)
    window.findChild(TeamDialog).close()
    window.firm_settings_action.trigger()
    qtbot.waitUntil(lambda: window.findChild(FirmSettingsDialog) is not None)
    window.findChild(FirmSettingsDialog).close()


def _pick(dialog: TeamDialog, name: str) -> None:
    row = next(r for r in range(dialog.model.rowCount())
               if dialog.model.index(r, EmployeeTableModel.NAME).data() == name)
    dialog.table.selectRow(row)


def test_unsaved_edits_are_not_dropped_without_asking(qtbot, context: AppContext,
                                                      sqlite_db: Database, monkeypatch) -> None:
    from app.views import team_dialog as module

    employee(sqlite_db, "Anna")
    employee(sqlite_db, "Boris")
    dialog = TeamDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.loaded)
    _pick(dialog, "Anna")
    dialog.role_edit.setText("Typed, not saved")
    asked: list[str] = []

    monkeypatch.setattr(module, "ask_discard_changes",
                        lambda _parent, name: asked.append(name) or False)
    _pick(dialog, "Boris")

    assert asked == ["Anna"]
    assert dialog.name_edit.text() == "Anna"
    assert dialog.role_edit.text() == "Typed, not saved"

    monkeypatch.setattr(module, "ask_discard_changes",
                        lambda _parent, name: asked.append(name) or True)
    _pick(dialog, "Boris")

    assert dialog.name_edit.text() == "Boris"
    assert [row.role for row in _all_employees(sqlite_db)] == ["", ""]


def test_moving_between_people_without_edits_asks_nothing(qtbot, context: AppContext,
                                                          sqlite_db: Database,
                                                          monkeypatch) -> None:
    from app.views import team_dialog as module

    employee(sqlite_db, "Anna")
    employee(sqlite_db, "Boris")
    dialog = TeamDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.loaded)
    monkeypatch.setattr(module, "ask_discard_changes",
                        lambda *_args: pytest.fail("asked although nothing was edited"))

    _pick(dialog, "Anna")
    _pick(dialog, "Boris")

    assert dialog.name_edit.text() == "Boris"


def test_saving_says_saved(qtbot, team_dialog: TeamDialog) -> None:
    team_dialog.new_button.click()
    team_dialog.name_edit.setText("Gleb")
    team_dialog.save_button.click()

    qtbot.waitUntil(lambda: team_dialog.model.rowCount() == 1)
    assert team_dialog.saved_note.text() == "Saved."
    assert not team_dialog.has_unsaved_changes()
