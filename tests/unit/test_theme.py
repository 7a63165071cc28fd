"""The window follows a dark scheme, and tinted cells keep readable text in both."""

import pytest

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from app import theme


@pytest.fixture
def restored_look(qapp: QApplication):
    palette, style = qapp.palette(), qapp.style().name()
    yield
    qapp.setStyle(style)
    qapp.setPalette(palette)


def test_the_dark_palette_is_dark() -> None:
    assert theme.is_dark(theme.dark_palette())


def test_forcing_dark_gives_a_dark_window(
    qapp: QApplication, restored_look: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(theme.THEME_ENV, "dark")
    assert theme.apply(qapp) == "dark"
    assert theme.is_dark()


def test_forcing_light_gives_a_light_window(
    qapp: QApplication, restored_look: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    qapp.setPalette(theme.dark_palette())
    monkeypatch.setenv(theme.THEME_ENV, "light")
    assert theme.apply(qapp) == "light"


@pytest.mark.parametrize(("background", "dark_text"),
                         [("#fbe3e3", True), ("#e4edf7", True), ("#2b2b2e", False),
                          ("#1d3c8c", False)])
def test_text_on_a_tint_reads(background: str, dark_text: bool) -> None:
    text = theme.text_on(QColor(background))
    assert (text.lightness() < 128) is dark_text
