"""The main window: the board as the main view, the load chart and the forecast beside it."""

import importlib
import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QSize, Qt, Signal, Slot
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from app import APP_NAME, __version__, icons
from app.context import AppContext

log = logging.getLogger(__name__)

#: The views of the window: key, (module, class). Each is built the first time it is shown, so
#: that the board opens without importing the chart library.
VIEWS: dict[str, tuple[str, str]] = {
    "board": ("app.views.board_view", "BoardView"),
    "load": ("app.views.load_view", "LoadView"),
    "forecast": ("app.views.forecast_view", "ForecastView"),
}

#: The icon of each view's action (names of files in resources/icons/actions).
VIEW_ICONS: dict[str, str] = {"board": "layout-kanban", "load": "timeline",
                              "forecast": "trending-up"}


def view_title(key: str) -> str:
    """The name of a view as the menu shows it."""
    titles = {
        "board": QCoreApplication.translate("MainWindow", "&Board"),
        "load": QCoreApplication.translate("MainWindow", "&Load"),
        "forecast": QCoreApplication.translate("MainWindow", "&Forecast"),
    }
    return titles[key]


class MainWindow(QMainWindow):
    """The program's window.

    Signals:
        view_changed(str): the key of the view now shown.

    Attributes:
        context: the shared database, worker, settings and undo stack.
        views: the views built so far, by key.
    """

    view_changed = Signal(str)

    def __init__(self, context: AppContext, settings: QSettings, *,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._settings = settings
        self.views: dict[str, QWidget] = {}
        #: Whether closing saves the window's size, layout and view (not for a screenshot run).
        self.remember_layout = True
        self._view_actions: dict[str, QAction] = {}
        self.current_view = ""

        self.setWindowTitle(f"{APP_NAME} — {context.database.describe()}")
        self._stack = QStackedWidget(self)
        self.setCentralWidget(self._stack)
        self._build_menus()
        self.statusBar().showMessage(self.tr("Database: %s") % context.database.describe())
        self.context.rule_refused.connect(self._on_context_rule_refused)
        self.context.worker.failed.connect(self.context.report_error)

        self._restore_layout()

    # --- building -----------------------------------------------------------------------

    def _build_menus(self) -> None:
        menu_bar = self.menuBar()
        self.file_menu = menu_bar.addMenu(self.tr("&File"))
        self.edit_menu = menu_bar.addMenu(self.tr("&Edit"))
        self.view_menu = menu_bar.addMenu(self.tr("&View"))
        self.help_menu = menu_bar.addMenu(self.tr("&Help"))

        self.toolbar = QToolBar(self.tr("Main toolbar"), self)
        self.toolbar.setObjectName("main_toolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.addToolBar(self.toolbar)

        export_pdf = QAction(self.tr("Export view to &PDF…"), self)
        export_pdf.triggered.connect(self._on_export_pdf_triggered)
        export_png = QAction(self.tr("Export view to P&NG…"), self)
        export_png.triggered.connect(self._on_export_png_triggered)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        import_deals = QAction(self.tr("&Import…"), self)
        import_deals.triggered.connect(self._on_import_deals_triggered)
        export_deals = QAction(self.tr("Export &deals…"), self)
        export_deals.triggered.connect(self._on_export_deals_triggered)
        self.file_menu.addActions([import_deals, export_deals])
        self.file_menu.addSeparator()
        self.file_menu.addActions([export_pdf, export_png])
        self.file_menu.addSeparator()
        self.file_menu.addAction(quit_action)

        undo = self.context.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.context.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"),
                          QKeySequence(QKeySequence.StandardKey.Redo)])
        self.edit_menu.addActions([undo, redo])
        self.edit_menu.addSeparator()
        preferences = QAction(icons.icon("settings"), self.tr("&Preferences…"), self)
        preferences.setShortcut(QKeySequence.StandardKey.Preferences)
        preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
        preferences.triggered.connect(self._on_preferences_triggered)
        self.edit_menu.addAction(preferences)

        group = QActionGroup(self)
        for index, key in enumerate(VIEWS, start=1):
            action = QAction(view_title(key), self, checkable=True)
            action.setShortcut(QKeySequence(f"Ctrl+{index}"))
            action.setIcon(icons.icon(VIEW_ICONS.get(key, "layout-kanban")))
            action.triggered.connect(lambda _checked=False, k=key: self.show_view(k))
            group.addAction(action)
            self.view_menu.addAction(action)
            self.toolbar.addAction(action)
            self._view_actions[key] = action
        self.view_menu.addSeparator()
        self._build_board_actions()
        self._build_firm_actions()

        open_log = QAction(icons.icon("folder-open"), self.tr("Open &log folder"), self)
        open_log.triggered.connect(self._on_open_log_folder_triggered)
        self.help_menu.addAction(open_log)
        about = QAction(self.tr("&About Tierboard"), self)
        about.triggered.connect(self._on_about_triggered)
        self.help_menu.addAction(about)

    def _build_board_actions(self) -> None:
        """New deal (Ctrl+N), filter (Ctrl+F) and the board's two layouts in the View menu."""
        new_deal = QAction(icons.icon("plus"), self.tr("&New deal…"), self)
        new_deal.setShortcut(QKeySequence.StandardKey.New)
        new_deal.triggered.connect(lambda: self._board_call("new_deal"))
        self.file_menu.insertAction(self.file_menu.actions()[0], new_deal)
        self.file_menu.insertSeparator(self.file_menu.actions()[1])
        if self.toolbar.actions():
            self.toolbar.insertAction(self.toolbar.actions()[0], new_deal)
        else:
            self.toolbar.addAction(new_deal)

        find = QAction(icons.icon("filter"), self.tr("&Filter the board"), self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(lambda: self._board_call("focus_filter"))
        self.edit_menu.addAction(find)

        self._board_layouts = QActionGroup(self)
        for mode, title in (("columns", self.tr("Board as &columns")),
                            ("list", self.tr("Board as one &list"))):
            action = QAction(title, self, checkable=True)
            action.setData(mode)
            action.setChecked(mode == (self._settings.value("board/layout") or "columns"))
            action.triggered.connect(lambda _checked=False, m=mode: self._board_call(
                "set_layout", m))
            self._board_layouts.addAction(action)
            self.view_menu.addAction(action)

    def _build_firm_actions(self) -> None:
        """The Firm menu: the team and the settings every colleague shares."""
        self.firm_menu = QMenu(self.tr("F&irm"), self)
        self.menuBar().insertMenu(self.view_menu.menuAction(), self.firm_menu)
        self.team_action = QAction(icons.icon("users"), self.tr("&Team…"), self)
        self.team_action.triggered.connect(self._on_team_action_triggered)
        self.firm_settings_action = QAction(icons.icon("settings"), self.tr("Firm &settings…"),
                                            self)
        self.firm_settings_action.triggered.connect(self._on_firm_settings_action_triggered)
        self.firm_menu.addActions([self.team_action, self.firm_settings_action])

    def _board_call(self, method: str, *args: object) -> None:
        """Show the board and call one of its actions."""
        board = self.show_view("board")
        if hasattr(board, method):
            getattr(board, method)(*args)
        if method == "set_layout":
            self._settings.setValue("board/layout", args[0])

    def _build_view(self, key: str) -> QWidget:
        module_name, class_name = VIEWS[key]
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as error:
            if error.name != module_name:
                raise
            log.warning("view %s is not part of this build", key)
            return QLabel(self.tr("This view is not available in this build."))
        view_class = getattr(module, class_name)
        view: QWidget = view_class(self.context, parent=self._stack)
        if key == "board" and hasattr(view, "set_layout"):
            view.set_layout(str(self._settings.value("board/layout") or "columns"))
        return view

    # --- views --------------------------------------------------------------------------

    def show_view(self, key: str) -> QWidget:
        """Show a view, building it the first time; returns the view."""
        if key not in VIEWS:
            key = "board"
        if key not in self.views:
            view = self._build_view(key)
            self.views[key] = view
            self._stack.addWidget(view)
        view = self.views[key]
        self._stack.setCurrentWidget(view)
        self._view_actions[key].setChecked(True)
        self.current_view = key
        self.view_changed.emit(key)
        return view

    # --- layout memory ------------------------------------------------------------------

    def _restore_layout(self) -> None:
        geometry = self._settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(QSize(1400, 860))
        state = self._settings.value("window/state")
        if state is not None:
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Remember the window's size, layout and view for the next start."""
        if self.remember_layout:
            self._settings.setValue("window/geometry", self.saveGeometry())
            self._settings.setValue("window/state", self.saveState())
            self._settings.setValue("window/view", self.current_view)
            self._settings.sync()
        super().closeEvent(event)

    # --- export -------------------------------------------------------------------------

    def current_widget(self) -> QWidget:
        """The view on screen (the stack is never empty once a view was shown)."""
        return self._stack.currentWidget() or self._stack

    def export_png(self, path: str | Path) -> bool:
        """Save the view on screen as a PNG picture."""
        return bool(self.current_widget().grab().save(str(path), "PNG"))

    def export_pdf(self, path: str | Path) -> bool:
        """Print the view on screen to a one-page landscape PDF."""
        from app.widgets.pdf_export import widget_to_pdf

        return widget_to_pdf(self.current_widget(), Path(path),
                             title=f"{APP_NAME} — {self.current_view}")

    @Slot()
    def _on_export_pdf_triggered(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export to PDF"),
                                              f"tierboard-{self.current_view}.pdf", "PDF (*.pdf)")
        if path:
            self._report_export(path, self.export_pdf(path))

    def _report_export(self, path: str, written: bool) -> None:
        if written:
            self.statusBar().showMessage(self.tr("Saved %s") % path, 5000)
        else:
            self.statusBar().showMessage(
                self.tr("Could not write %s: check the folder and its permissions") % path,
                10000)

    @Slot()
    def _on_export_png_triggered(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export to PNG"),
                                              f"tierboard-{self.current_view}.png", "PNG (*.png)")
        if path:
            self._report_export(path, self.export_png(path))

    @Slot()
    def _on_import_deals_triggered(self) -> None:
        from app.views.import_wizard import ImportWizard

        wizard = ImportWizard(self.context, self)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.open()

    @Slot()
    def _on_export_deals_triggered(self) -> None:
        from app.views.export_actions import export_deals_dialog

        export_deals_dialog(self.context, self)

    # --- messages -----------------------------------------------------------------------

    @Slot(str, str)
    def _on_context_rule_refused(self, field: str, message: str) -> None:
        from app.views.deal_editor import field_label

        if field:
            text = self.tr("Not done — %s: %s") % (field_label(field), message)
        else:
            text = self.tr("Not done — %s") % message
        self.statusBar().showMessage(text, 10000)

    @Slot()
    def _on_preferences_triggered(self) -> None:
        from app.views.preferences_dialog import PreferencesDialog

        PreferencesDialog(self._settings, parent=self).exec()

    def open_team_dialog(self) -> None:
        """Open the team editor (window-modal; it closes itself)."""
        from app.views.team_dialog import TeamDialog

        dialog = TeamDialog(self.context, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    @Slot()
    def _on_team_action_triggered(self) -> None:
        self.open_team_dialog()

    @Slot()
    def _on_firm_settings_action_triggered(self) -> None:
        from app.views.firm_settings_dialog import FirmSettingsDialog

        dialog = FirmSettingsDialog(self.context, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    @Slot()
    def _on_open_log_folder_triggered(self) -> None:
        from app.crash import open_log_folder

        if not open_log_folder():
            from app.logging_setup import log_file

            self.statusBar().showMessage(self.tr("The log is in %s") % log_file().parent, 10000)

    @Slot()
    def _on_about_triggered(self) -> None:
        QMessageBox.about(
            self, self.tr("About Tierboard"),
            self.tr("<b>Tierboard</b> %s<br>Deals from first contact to delivered work.<br><br>"
                    "Database: %s") % (__version__, self.context.database.describe()),
        )
