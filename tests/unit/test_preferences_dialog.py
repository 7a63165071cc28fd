"""The person chooses the window's language; it is kept in their own settings."""

from pathlib import Path

from PySide6.QtCore import QSettings

from app import i18n
from app.views.preferences_dialog import PreferencesDialog


def _settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "tierboard.ini"), QSettings.Format.IniFormat)


def test_choosing_russian_is_saved_for_the_next_start(qtbot, tmp_path: Path) -> None:
    settings = _settings(tmp_path)
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.chosen_language() == ""
    assert not dialog.restart_note.isVisibleTo(dialog)

    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("ru"))
    assert dialog.restart_note.isVisibleTo(dialog)
    dialog.accept()

    assert _settings(tmp_path).value(i18n.SETTINGS_KEY) == "ru"
    assert i18n.chosen_language(_settings(tmp_path)) == "ru"


def test_cancel_keeps_the_language(qtbot, tmp_path: Path) -> None:
    settings = _settings(tmp_path)
    settings.setValue(i18n.SETTINGS_KEY, "en")
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.chosen_language() == "en"

    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData(""))
    dialog.reject()
    assert settings.value(i18n.SETTINGS_KEY) == "en"


def test_every_language_is_offered_in_its_own_name(qtbot, tmp_path: Path) -> None:
    dialog = PreferencesDialog(_settings(tmp_path))
    qtbot.addWidget(dialog)
    names = [dialog.language_combo.itemText(i) for i in range(dialog.language_combo.count())]
    assert "Русский" in names
    assert "English" in names
