"""The person's own preferences (kept in QSettings, not in the shared database)."""

import logging

from PySide6.QtCore import QSettings, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app import i18n

log = logging.getLogger(__name__)


class PreferencesDialog(QDialog):
    """Chooses the language of the window.

    The choice is saved when the dialog is accepted and takes effect at the next start, because
    every screen is built with its texts once.

    Attributes:
        language_combo: the system's language, or one of i18n.LANGUAGES (item data: the code,
            empty for the system's).
        restart_note: says that a changed language needs a restart; shown only then.
    """

    def __init__(self, settings: QSettings, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.setWindowTitle(self.tr("Preferences"))

        self.language_combo = QComboBox(self)
        system_name = i18n.LANGUAGES[i18n.system_language()]
        self.language_combo.addItem(self.tr("System language (%s)") % system_name, "")
        for code, name in i18n.LANGUAGES.items():
            self.language_combo.addItem(name, code)
        saved = str(settings.value(i18n.SETTINGS_KEY) or "")
        self._saved_language = saved if saved in i18n.LANGUAGES else ""
        self.language_combo.setCurrentIndex(
            max(self.language_combo.findData(self._saved_language), 0))
        self.language_combo.currentIndexChanged.connect(self._on_language_combo_changed)

        self.restart_note = QLabel(
            self.tr("The new language is used the next time Tierboard starts."), self)
        self.restart_note.setWordWrap(True)
        self.restart_note.setVisible(False)

        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.language_combo)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.restart_note)
        layout.addStretch(1)
        layout.addWidget(buttons)

    def chosen_language(self) -> str:
        """The code chosen, empty for the system's language."""
        return str(self.language_combo.currentData() or "")

    @Slot(int)
    def _on_language_combo_changed(self, _index: int) -> None:
        self.restart_note.setVisible(self.chosen_language() != self._saved_language)

    def accept(self) -> None:
        """Save the choice and close."""
        language = self.chosen_language()
        if language != self._saved_language:
            self._settings.setValue(i18n.SETTINGS_KEY, language)
            self._settings.sync()
            log.info("language set to %s for the next start", language or "the system's")
        super().accept()
