"""Icons are bundled SVGs, drawn sharp at any pixel ratio, readable in a dark palette, and a
missing one is reported instead of leaving a blank."""

import logging

import pytest

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QIcon, QImage, QPalette
from PySide6.QtWidgets import QApplication

from app import icons
from app.views.main_window import VIEW_ICONS


def _ink(icon: QIcon, size: int = 24, ratio: float = 1.0) -> list[QColor]:
    image = icon.pixmap(QSize(size, size), ratio).toImage().convertToFormat(
        QImage.Format.Format_ARGB32)
    return [image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height())
            if image.pixelColor(x, y).alpha() > 200]


def test_every_bundled_icon_draws(qapp: QApplication) -> None:
    names = icons.available()
    assert len(names) >= 20
    assert (icons.icons_dir() / "actions" / "LICENSE-tabler-icons.txt").is_file()
    for name in names:
        assert _ink(icons.icon(name)), f"{name} draws nothing"


def test_the_views_and_menus_have_their_icons(qapp: QApplication) -> None:
    for name in [*VIEW_ICONS.values(), "settings", "folder-open", icons.FALLBACK_NAME]:
        assert icons.action_icon_path(name).is_file(), name


def test_icons_are_sharp_at_a_high_pixel_ratio(qapp: QApplication) -> None:
    pixmap = icons.icon("layout-kanban").pixmap(QSize(24, 24), 2.0)
    assert pixmap.size() == QSize(48, 48)
    assert pixmap.devicePixelRatio() == 2.0


def test_a_missing_icon_is_logged_and_stood_in_for(
    qapp: QApplication, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="app.icons"):
        stand_in = icons.icon("no-such-icon-anywhere")
    assert not stand_in.isNull()
    assert _ink(stand_in)
    assert "no-such-icon-anywhere" in caplog.text


def test_icons_take_the_palette_colour(qapp: QApplication) -> None:
    original = qapp.palette()
    dark = QPalette(original)
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#f0f0f0"))
    try:
        qapp.setPalette(dark)
        ink = _ink(icons.icon("database"))
    finally:
        qapp.setPalette(original)
    assert ink
    assert min(colour.lightness() for colour in ink) > 200


def test_the_program_icon_exists_for_every_system(qapp: QApplication) -> None:
    folder = icons.icons_dir()
    for name in ("tierboard.svg", "tierboard.png", "tierboard.ico", "tierboard.icns"):
        assert (folder / name).stat().st_size > 0, name
    assert not icons.app_icon().isNull()
    assert _ink(icons.app_icon(), 64)
