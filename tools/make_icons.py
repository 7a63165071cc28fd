"""Draw the program's icon files from resources/icons/tierboard.svg.

Writes tierboard.png (for Linux and the window), tierboard.ico (Windows) and tierboard.icns
(macOS) beside the SVG. Run it after changing the SVG and keep the results under version control,
so that a build needs no image tools::

    QT_QPA_PLATFORM=offscreen python tools/make_icons.py

Both container formats are written here with PNG images inside, which Windows Vista and later and
macOS 10.7 and later read; no image library beyond Qt is needed.
"""

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SOURCE = ICONS / "tierboard.svg"

#: Sizes inside the Windows icon: the small ones for lists and the taskbar, 256 for Explorer.
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
#: The macOS icon's PNG entries by their type codes.
ICNS_TYPES = (
    (b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128),
    (b"ic08", 256), (b"ic09", 512), (b"ic10", 1024),
)


def render_png(renderer: QSvgRenderer, size: int) -> bytes:
    """The SVG drawn at ``size`` × ``size`` pixels, as PNG bytes."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def ico(images: dict[int, bytes]) -> bytes:
    """A Windows .ico holding PNG images (sizes of 256 are written as 0, as the format says)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    directory, payload = b"", b""
    for size, png in images.items():
        side = 0 if size >= 256 else size
        directory += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        payload += png
        offset += len(png)
    return header + directory + payload


def icns(images: list[tuple[bytes, bytes]]) -> bytes:
    """A macOS .icns holding PNG images, each under its type code."""
    body = b"".join(code + struct.pack(">I", 8 + len(png)) + png for code, png in images)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    """Write the icon files beside the SVG."""
    _application = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        sys.stderr.write(f"cannot read {SOURCE}\n")
        return 1

    (ICONS / "tierboard.png").write_bytes(render_png(renderer, 256))
    (ICONS / "tierboard.ico").write_bytes(ico({size: render_png(renderer, size)
                                               for size in ICO_SIZES}))
    (ICONS / "tierboard.icns").write_bytes(icns([(code, render_png(renderer, size))
                                                 for code, size in ICNS_TYPES]))
    sys.stdout.write(f"wrote tierboard.png, .ico and .icns in {ICONS}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
