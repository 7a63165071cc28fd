"""Printing a widget to a landscape PDF page, as managers review load and forecast on paper."""

from pathlib import Path

from PySide6.QtCore import QMarginsF, QRect, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtWidgets import QWidget


def widget_to_pdf(widget: QWidget, path: Path, *, title: str = "") -> bool:
    """Draw ``widget`` scaled onto one landscape A4 page of a new PDF at ``path``.

    Returns:
        Whether the file was written (False: the folder is missing or not writable).
    """
    if not path.parent.is_dir():
        return False
    writer = QPdfWriter(str(path))
    writer.setTitle(title)
    writer.setResolution(150)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Landscape, QMarginsF(10, 10, 10, 10),
                                     QPageLayout.Unit.Millimeter))
    pixmap = widget.grab()
    painter = QPainter()
    if not painter.begin(writer):
        return False
    try:
        page = painter.viewport()
        scaled = pixmap.size().scaled(page.size(), Qt.AspectRatioMode.KeepAspectRatio)
        painter.drawPixmap(QRect(page.topLeft(), scaled), pixmap)
    finally:
        painter.end()
    return path.exists()
