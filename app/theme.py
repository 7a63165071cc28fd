"""Light or dark: the window follows the system's colour scheme.

Qt 6 takes the system's palette on Windows 11, macOS and most Linux desktops by itself. Two gaps
are closed here: the classic Windows style cannot draw dark, so a dark system gets the Fusion
style; and ``TIERBOARD_THEME=dark`` or ``light`` forces a scheme (for desktops that do not say
theirs, and for screenshots). Screens take their colours from the palette, never fixed ones, so
that both schemes stay readable.
"""

import logging
import os

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)

#: The environment switch that forces a colour scheme: ``dark`` or ``light``.
THEME_ENV = "TIERBOARD_THEME"
#: Styles that draw with their own fixed light colours whatever the palette says.
_LIGHT_ONLY_STYLES = {"windowsvista", "windows"}


def is_dark(palette: QPalette | None = None) -> bool:
    """Whether the palette in force has light text on a dark window."""
    palette = palette or QGuiApplication.palette()
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    return window.lightness() < text.lightness()


def text_on(background: QColor) -> QColor:
    """A text colour that reads on ``background`` whatever the scheme (for tinted cells).

    A cell given a fixed light tint must also get dark text, or a dark palette paints light
    text on it.
    """
    red, green, blue = background.redF(), background.greenF(), background.blueF()
    luminance = 0.2126 * red + 0.7152 * green + 0.0722 * blue
    return QColor("#1f1f22") if luminance > 0.5 else QColor("#f4f4f6")


def quiet_text_colour() -> str:
    """Grey for secondary text (hints, captions) that reads on the window in either scheme."""
    palette = QGuiApplication.palette()
    text = palette.color(QPalette.ColorRole.WindowText)
    window = palette.color(QPalette.ColorRole.Window)
    share = 0.35  # how far from the text colour towards the window's
    mixed = QColor.fromRgbF(*(t + (w - t) * share for t, w in (
        (text.redF(), window.redF()), (text.greenF(), window.greenF()),
        (text.blueF(), window.blueF()))))
    return mixed.name()


def dark_palette() -> QPalette:
    """A dark palette for the Fusion style, close to the system dark schemes."""
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#2b2b2e",
        QPalette.ColorRole.WindowText: "#e8e8ea",
        QPalette.ColorRole.Base: "#1f1f22",
        QPalette.ColorRole.AlternateBase: "#29292d",
        QPalette.ColorRole.ToolTipBase: "#3a3a3e",
        QPalette.ColorRole.ToolTipText: "#f0f0f0",
        QPalette.ColorRole.PlaceholderText: "#8c8c92",
        QPalette.ColorRole.Text: "#e8e8ea",
        QPalette.ColorRole.Button: "#35353a",
        QPalette.ColorRole.ButtonText: "#e8e8ea",
        QPalette.ColorRole.BrightText: "#ff6b6b",
        QPalette.ColorRole.Light: "#4a4a50",
        QPalette.ColorRole.Midlight: "#3e3e44",
        QPalette.ColorRole.Mid: "#2f2f34",
        QPalette.ColorRole.Dark: "#18181b",
        QPalette.ColorRole.Shadow: "#000000",
        QPalette.ColorRole.Highlight: "#3d7be0",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Link: "#7fb0ff",
        QPalette.ColorRole.LinkVisited: "#b89cff",
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text,
                 QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7a7a80"))
    return palette


def apply(application: QApplication) -> str:
    """Make the window follow the system's scheme, or the one forced by TIERBOARD_THEME.

    Returns:
        ``dark`` or ``light``: the scheme in force.
    """
    forced = os.environ.get(THEME_ENV, "").strip().lower()
    hints = application.styleHints()
    system_dark = hints.colorScheme() == Qt.ColorScheme.Dark

    if forced == "dark" or (system_dark and not forced):
        if application.style().name().lower() in _LIGHT_ONLY_STYLES or forced == "dark":
            application.setStyle("Fusion")
            application.setPalette(dark_palette())
    elif forced == "light" and is_dark():
        application.setStyle("Fusion")
        application.setPalette(application.style().standardPalette())
    elif forced and forced not in ("dark", "light"):
        log.warning("%s=%s is neither dark nor light; following the system", THEME_ENV, forced)

    scheme = "dark" if is_dark() else "light"
    log.debug("colour scheme: %s (style %s)", scheme, application.style().name())
    return scheme
