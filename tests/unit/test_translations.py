"""The window speaks Russian and English: complete .ts files, every tr() text in them, the window
built in each language, and numbers, money and dates in the chosen locale."""

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtWidgets import QApplication

from app import APP_NAME, formatting, i18n
from app.context import AppContext
from app.db import Database
from app.views.main_window import MainWindow

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
#: What the code fills into a text: %s, %(name)s, %1, %n.
PLACEHOLDER = r"%\(\w+\)[a-z]|%L?\d+|%[a-z%]"


def _messages(ts_file: Path) -> list[tuple[str, str, ET.Element]]:
    """(context, source, message element) of every live entry of a .ts file."""
    root = ET.parse(ts_file).getroot()
    entries = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else None
            if kind in ("vanished", "obsolete"):
                continue
            entries.append((name, message.findtext("source") or "", message))
    return entries


def _unfinished(ts_file: Path) -> list[str]:
    problems = []
    for context, source, message in _messages(ts_file):
        translation = message.find("translation")
        if translation is None or translation.get("type") == "unfinished":
            problems.append(f"{context}: {source!r} is unfinished")
            continue
        forms = translation.findall("numerusform")
        texts = [form.text for form in forms] if forms else [translation.text]
        if not all(text and text.strip() for text in texts):
            problems.append(f"{context}: {source!r} has an empty translation")
    return problems


@pytest.fixture
def language(qapp: QApplication, tmp_path: Path) -> Iterator[str]:
    """Compiles the translations into a private folder and undoes the language afterwards."""
    for qm_file in i18n.compile_translations(target_dir=tmp_path):
        assert qm_file.stat().st_size > 0
    original_dir, original_locale = i18n.translations_dir, QLocale()
    i18n.translations_dir = lambda: tmp_path  # type: ignore[assignment]
    yield "installed by the test"
    i18n.uninstall(qapp)
    i18n.translations_dir = original_dir  # type: ignore[assignment]
    QLocale.setDefault(original_locale)


@pytest.mark.parametrize("ts_name", ["tierboard_ru.ts", "tierboard_en.ts"])
def test_every_entry_is_translated(ts_name: str) -> None:
    ts_file = TRANSLATIONS / ts_name
    assert _messages(ts_file), f"{ts_name} holds no texts"
    unfinished = _unfinished(ts_file)
    assert not unfinished, f"{len(unfinished)} unfinished, such as {unfinished[:5]}"


def test_russian_translations_are_russian() -> None:
    """A copied English text is not a translation (short marks such as '%s' aside)."""
    def has_words(text: str) -> bool:
        words = re.sub(PLACEHOLDER, "", text).replace(APP_NAME, "")
        return any(c.isalpha() for c in words)

    copied = [source for _context, source, message in _messages(TRANSLATIONS / "tierboard_ru.ts")
              if has_words(source) and (message.findtext("translation") or "") == source]
    assert copied == []


@pytest.mark.parametrize("ts_name", ["tierboard_ru.ts", "tierboard_en.ts"])
def test_translations_keep_the_placeholders(ts_name: str) -> None:
    """A lost or extra %s would raise or garble the text when the code fills it in."""
    def marks(text: str) -> list[str]:
        return sorted(re.findall(PLACEHOLDER, text))

    wrong = []
    for context, source, message in _messages(TRANSLATIONS / ts_name):
        translation = message.find("translation")
        forms = translation.findall("numerusform") if translation is not None else []
        for text in [form.text or "" for form in forms] or [message.findtext("translation")]:
            if text and marks(text) != marks(source):
                wrong.append(f"{context}: {source!r} -> {text!r}")
    assert not wrong, wrong


def test_every_tr_text_of_the_code_is_in_the_ts_files(tmp_path: Path) -> None:
    fresh = tmp_path / "tierboard_ru.ts"
    i18n.extract([fresh])
    in_code = {(context, source) for context, source, _ in _messages(fresh)}
    assert in_code, "lupdate found no tr() texts in app/"
    for ts_name in ("tierboard_ru.ts", "tierboard_en.ts"):
        in_file = {(context, source) for context, source, _ in _messages(TRANSLATIONS / ts_name)}
        missing = sorted(in_code - in_file)
        assert not missing, (f"{ts_name} lacks {len(missing)} text(s), such as {missing[:5]}; "
                             "run `python -m app.i18n update` and translate them")


@pytest.mark.parametrize(
    ("code", "menus", "board"),
    [
        ("ru", ["&Файл", "&Правка", "&Вид", "&Справка"], "&Доска"),
        ("en", ["&File", "&Edit", "&View", "&Help"], "&Board"),
    ],
)
def test_the_window_starts_in_the_chosen_language(
    qtbot, language: str, sqlite_db: Database, tmp_path: Path,
    code: str, menus: list[str], board: str,
) -> None:
    settings = QSettings(str(tmp_path / "tierboard.ini"), QSettings.Format.IniFormat)
    settings.setValue(i18n.SETTINGS_KEY, code)

    assert i18n.install(i18n.chosen_language(settings)) == code
    window = MainWindow(AppContext(sqlite_db), settings)
    qtbot.addWidget(window)

    titles = [menu.title() for menu in
              (window.file_menu, window.edit_menu, window.view_menu, window.help_menu)]
    assert titles == menus
    assert window.view_menu.actions()[0].text() == board


def test_the_command_line_language_wins_over_the_setting(tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "tierboard.ini"), QSettings.Format.IniFormat)
    settings.setValue(i18n.SETTINGS_KEY, "en")
    assert i18n.chosen_language(settings, "ru") == "ru"
    assert i18n.chosen_language(settings) == "en"
    settings.setValue(i18n.SETTINGS_KEY, "")
    assert i18n.chosen_language(settings) == i18n.system_language()


def test_russian_numbers_money_and_dates(language: str) -> None:
    i18n.install("ru")
    separator = QLocale().groupSeparator()
    assert separator in ("\u00a0", "\u202f"), "Russian groups digits with a non-breaking space"

    assert formatting.money(Decimal("1234567.50"), "RUB", decimals=2) == (
        f"1{separator}234{separator}567,50\u00a0₽")
    assert formatting.number(1234567) == f"1{separator}234{separator}567"
    assert formatting.short_date(date(2026, 12, 31)) == "31.12.2026"


def test_english_numbers(language: str) -> None:
    i18n.install("en")
    assert formatting.number(1234567.5, 2).replace("\u00a0", " ") in ("1,234,567.50",
                                                                      "1 234 567.50")


def test_missing_translation_falls_back_to_english(qapp: QApplication, tmp_path: Path) -> None:
    original_dir, original_locale = i18n.translations_dir, QLocale()
    i18n.translations_dir = lambda: tmp_path  # type: ignore[assignment]
    try:
        assert i18n.install("ru") == "en"
    finally:
        i18n.uninstall(qapp)
        i18n.translations_dir = original_dir  # type: ignore[assignment]
        QLocale.setDefault(original_locale)


def test_texts_of_a_module_translating_helper_are_found(tmp_path: Path) -> None:
    module = tmp_path / "view.py"
    module.write_text(
        "from PySide6.QtCore import QCoreApplication\n\n"
        "def _tr(text, disambiguation=None, count=-1):\n"
        "    return QCoreApplication.translate('BoardView', text, disambiguation, count)\n\n"
        "LABEL = _tr('Mine')\n"
        "PLURAL = _tr('%n deal(s)', None, 3)\n"
        "OTHER = len('not a text')\n",
        encoding="utf-8",
    )
    assert i18n.helper_texts(module) == [
        ("BoardView", "Mine", False), ("BoardView", "%n deal(s)", True)]


@pytest.mark.parametrize(("count", "text"), [(1, "Проиграть 1 сделку"), (3, "Проиграть 3 сделки"),
                                             (5, "Проиграть 5 сделок"),
                                             (21, "Проиграть 21 сделку")])
def test_russian_plurals_follow_the_count(language: str, count: int, text: str) -> None:
    i18n.install("ru")
    assert QCoreApplication.translate("BoardView", "Lose %n deal(s)", None, count) == text
