"""Icons: the program's own and the action icons bundled in resources/icons/actions.

The action icons are line drawings from Tabler Icons (MIT, see LICENSE-tabler-icons.txt there).
They are SVG, drawn at whatever size and pixel ratio the screen asks for, in the palette's text
colour at the moment they are painted, so they stay sharp on HiDPI screens and readable in a dark
palette. Use them by file name without ``.svg``: ``icon("layout-kanban")``.

A name with no file never gives a blank icon silently: the lookup logs a warning (once per name)
and returns a visible stand-in.
"""

import logging
from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from app import paths

log = logging.getLogger(__name__)

#: Shown in place of an icon whose file is missing, so that the gap is noticed and reported.
FALLBACK_NAME = "question-mark"
#: The colour keyword in the Tabler drawings that takes the palette's colour.
_CURRENT_COLOR = b"currentColor"


def icons_dir() -> Path:
    """The folder of the icon files."""
    return paths.resources_dir() / "icons"


def action_icon_path(name: str) -> Path:
    """The SVG file of an action icon (which may not exist)."""
    return icons_dir() / "actions" / f"{name}.svg"


def available() -> list[str]:
    """The names of every bundled action icon."""
    return sorted(path.stem for path in (icons_dir() / "actions").glob("*.svg"))


class _PaletteSvgEngine(QIconEngine):
    """Paints one SVG drawing, its ``currentColor`` replaced by the palette's text colour.

    The colour is looked up on every paint, so a switch between light and dark takes effect
    without rebuilding the icons.
    """

    def __init__(self, svg: bytes) -> None:
        super().__init__()
        self._svg = svg
        self._renderers: dict[str, QSvgRenderer] = {}

    def _renderer(self, mode: QIcon.Mode) -> QSvgRenderer:
        palette = QGuiApplication.palette()
        group = (QPalette.ColorGroup.Disabled if mode == QIcon.Mode.Disabled
                 else QPalette.ColorGroup.Active)
        role = (QPalette.ColorRole.HighlightedText if mode == QIcon.Mode.Selected
                else QPalette.ColorRole.WindowText)
        colour = palette.color(group, role).name(QColor.NameFormat.HexRgb)
        renderer = self._renderers.get(colour)
        if renderer is None:
            drawing = self._svg.replace(_CURRENT_COLOR, colour.encode("ascii"))
            renderer = QSvgRenderer(QByteArray(drawing))
            self._renderers[colour] = renderer
        return renderer

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode,
              _state: QIcon.State) -> None:
        """Draw the icon into ``rect``."""
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._renderer(mode).render(painter, rect)
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        """The icon drawn on a transparent pixmap of ``size``."""
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return pixmap

    def clone(self) -> "QIconEngine":
        """A copy for Qt's copy-on-write icons."""
        return _PaletteSvgEngine(self._svg)


@cache
def _action_icon(name: str) -> QIcon:
    path = action_icon_path(name)
    try:
        svg = path.read_bytes()
    except OSError:
        if name == FALLBACK_NAME:
            log.error("the fallback icon %s is missing; the build is incomplete", path)
            return _drawn_fallback()
        log.warning("icon %r is missing (%s); showing a stand-in", name, path)
        return _action_icon(FALLBACK_NAME)
    return QIcon(_PaletteSvgEngine(svg))


def _drawn_fallback() -> QIcon:
    """A question mark drawn in code, for a build that lost even its fallback file."""
    svg = (b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><text x="12" y="18" '
           b'font-size="18" text-anchor="middle" fill="currentColor">?</text></svg>')
    return QIcon(_PaletteSvgEngine(svg))


def icon(name: str) -> QIcon:
    """An action icon by name (the file name in resources/icons/actions without ``.svg``).

    Never returns an empty icon: a missing file is logged and a question mark stands in.
    """
    return _action_icon(name)


@cache
def app_icon() -> QIcon:
    """The program's icon, for windows and the taskbar."""
    folder = icons_dir()
    svg = folder / "tierboard.svg"
    if svg.is_file():
        result = QIcon(str(svg))
        png = folder / "tierboard.png"
        if png.is_file():
            # A raster copy for window managers that take only pixmaps.
            result.addFile(str(png), QSize(256, 256))
        return result
    log.warning("the program icon %s is missing; showing a stand-in", svg)
    return icon(FALLBACK_NAME)
