from pathlib import Path

from sqlalchemy import func, select

from app.context import AppContext
from app.models.entities import Deal
from app.views import export_actions
from app.views.export_actions import export_deals_dialog
from app.views.import_wizard import ImportWizard

DATA = Path(__file__).parents[1] / "data"


def count_deals(db) -> int:
    return db.read(lambda c: c.scalar(select(func.count()).select_from(Deal)))


def test_wizard_imports_a_windows_1251_file(qtbot, sqlite_db):
    context = AppContext(sqlite_db, inline=True)
    wizard = ImportWizard(context)
    qtbot.addWidget(wizard)
    wizard.show()

    page = wizard.file_page
    assert not page.isComplete()
    page.path_edit.setText(str(DATA / "bitrix24" / "deals.csv"))
    assert page.isComplete()
    wizard.next()

    formats = wizard.format_page
    assert wizard.currentPage() is formats
    assert formats.encoding_combo.currentText() == "cp1251"
    assert formats.delimiter_combo.currentData() == ";"
    assert formats.decimal_check.isChecked()
    assert formats.preset_label.text() == "Bitrix24 deals"
    assert formats.preview_model.data(formats.preview_model.index(0, 1)) == \
        "Монтаж вентиляции, склад №2"
    assert "31.12.2024" in formats.date_combo.itemText(0)
    wizard.next()

    mapping = wizard.mapping_page
    assert mapping.combos["amount"].currentData() == "Сумма"
    assert mapping.combos["stage"].currentData() == "Стадия сделки"
    wizard.next()

    stages = wizard.stage_page
    assert set(stages.combos) == {"В работе", "Подготовка документов", "Сделка успешна",
                                  "Сделка провалена"}
    assert stages.combos["В работе"].currentData() == "0.9"
    wizard.next()

    wizard.effort_page.rate_spin.setValue(2000)
    wizard.next()

    dry = wizard.dry_run_page
    qtbot.waitUntil(dry.isComplete)
    assert "4 of 4 rows would be imported" in dry.headline.text()
    assert "2000 per hour" in dry.report_view.toPlainText()
    assert count_deals(sqlite_db) == 0

    with qtbot.waitSignal(wizard.imported):
        wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.summary_page)
    assert count_deals(sqlite_db) == 4
    assert "4 deals created" in wizard.summary_page.subTitle()


def test_wizard_refuses_a_file_it_cannot_read(qtbot, sqlite_db, tmp_path):
    empty = tmp_path / "empty.csv"
    empty.write_text("\n")
    wizard = ImportWizard(AppContext(sqlite_db, inline=True))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path_edit.setText(str(empty))
    wizard.next()
    assert wizard.currentPage() is wizard.file_page
    assert "empty" in wizard.file_page.error_label.text()


def test_export_dialog_writes_the_chosen_file(qtbot, sqlite_db, tmp_path, monkeypatch):
    from tests.helpers import factories

    factories.deal(sqlite_db, "Roof", amount=100)
    target = tmp_path / "out.xlsx"
    shown = []
    monkeypatch.setattr(export_actions, "ask_export_path", lambda _parent: target)
    monkeypatch.setattr(export_actions, "show_export_result",
                        lambda _parent, text: shown.append(text))
    export_deals_dialog(AppContext(sqlite_db, inline=True), None)
    qtbot.waitUntil(lambda: bool(shown))
    assert target.is_file()
    assert shown == [f"1 deals exported to {target}"]
