"""Exporting deals from the window: ask for a file, write it on the worker, say where it went."""

import logging
import uuid
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QWidget

from app.context import AppContext
from app.exchange.export import export_deals

log = logging.getLogger(__name__)


def _t(text: str) -> str:
    return QCoreApplication.translate("ExportActions", text)


def ask_export_path(parent: QWidget | None) -> Path | None:
    """Ask where to save the deals (CSV or XLSX); None when the user cancels."""
    path, chosen_filter = QFileDialog.getSaveFileName(
        parent, _t("Export deals"), "tierboard-deals.xlsx",
        _t("Excel workbook (*.xlsx);;CSV, comma-separated (*.csv)"))
    if not path:
        return None
    target = Path(path)
    if target.suffix.lower() not in (".csv", ".xlsx"):
        target = target.with_suffix(".csv" if "csv" in chosen_filter.lower() else ".xlsx")
    return target


def show_export_result(parent: QWidget | None, text: str) -> None:
    """Tell the user where the file went: in the status bar when there is one."""
    window = parent.window() if parent is not None else None
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(text, 8000)
    else:
        QMessageBox.information(parent, _t("Export deals"), text)


def export_deals_dialog(context: AppContext, parent: QWidget | None = None,
                        deal_ids: Sequence[uuid.UUID] | None = None) -> None:
    """Ask for a file and write the deals to it (all, or only ``deal_ids``: the current filter).

    The file is written on the database worker; the result is reported when it is done.
    """
    target = ask_export_path(parent)
    if target is None:
        return
    ids = None if deal_ids is None else list(deal_ids)

    def done(count: int) -> None:
        show_export_result(parent, _t("%1 deals exported to %2")
                           .replace("%1", str(count)).replace("%2", str(target)))

    def failed(error: BaseException) -> None:
        log.error("export to %s failed: %s", target, error)
        if isinstance(error, OSError):
            show_export_result(parent, _t("Could not write %1: %2")
                               .replace("%1", str(target)).replace("%2", str(error)))
        else:
            context.report_error(error)

    context.read(lambda connection: export_deals(connection, target, ids), done, failed)
