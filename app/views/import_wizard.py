"""The import wizard: from a file of another CRM to deals, checked before anything is written.

Pick a file, check how it was read, map its columns and stages to deal fields and tiers, see a
dry run, then import it in one transaction.
"""

import logging
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.context import AppContext
from app.exchange.dates import DATE_FORMATS, FORMAT_EXAMPLES, guess_format
from app.exchange.importer import ImportPlan, ImportReport, apply_plan, dry_run, prepare
from app.exchange.mapping import DATE_FIELDS, DEAL_FIELDS, ImportSettings
from app.exchange.presets import (
    PRESETS,
    build,
    choices_for_stage,
    detect_preset,
    make_enricher,
    stage_values,
)
from app.exchange.reading import FileReadError, SourceTable, read_table
from app.models.tiers import Tier

log = logging.getLogger(__name__)

#: How many rows the preview shows.
PREVIEW_ROWS = 200

#: The invisible root of a flat table model.
_ROOT = QModelIndex()

_ENCODINGS = ("utf-8", "utf-8-sig", "cp1251", "koi8-r", "cp1252", "latin-1", "utf-16")


def _t(text: str) -> str:
    return QCoreApplication.translate("ImportWizard", text)


def field_labels() -> dict[str, str]:
    """The deal fields as the mapping page names them."""
    return {
        "external_id": _t("Id in the file"), "title": _t("Title"), "client": _t("Client"),
        "amount": _t("Amount"), "currency": _t("Currency"), "stage": _t("Stage"),
        "status": _t("Status (won/lost/open)"), "probability": _t("Probability"),
        "owner": _t("Owner"), "assignee": _t("Assignee"), "received_at": _t("Received"),
        "expected_close": _t("Expected close"), "due_date": _t("Due date"),
        "planned_start": _t("Planned start"), "planned_finish": _t("Planned finish"),
        "started_on": _t("Started"), "finished_on": _t("Finished"),
        "effort_hours": _t("Effort, hours"), "lost_reason": _t("Lost reason"),
        "notes": _t("Notes"), "source": _t("Source"), "rank": _t("Rank"),
        "id": _t("Tierboard id"), "external_source": _t("Origin"),
    }


class PreviewTableModel(QAbstractTableModel):
    """The first rows of a file, as read, with the file's line numbers as row headers."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._headers: list[str] = []
        self._rows: list[list[object]] = []
        self._lines: list[int] = []

    def set_table(self, table: SourceTable | None) -> None:
        """Show the first rows of ``table`` (or nothing)."""
        self.beginResetModel()
        self._headers = list(table.headers) if table else []
        self._rows = table.rows[:PREVIEW_ROWS] if table else []
        self._lines = table.lines[:PREVIEW_ROWS] if table else []
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        """Rows shown."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        """The file's columns."""
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The cell's text."""
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self._rows[index.row()]
        value = row[index.column()] if index.column() < len(row) else ""
        return "" if value is None else str(value)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Column names across, line numbers down."""
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if section < len(self._headers) else None
        return str(self._lines[section]) if section < len(self._lines) else None


class ImportWizard(QWizard):
    """Brings deals in from a file, step by step.

    Signals:
        imported(object): the ImportReport, after the import was committed.

    Attributes:
        context: the shared database and worker.
        table: the file as read with the current format choices.
        preset: the name of the preset in use.
        settings: the mapping being built.
        report: the import's report once done.
    """

    imported = Signal(object)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.table: SourceTable | None = None
        self.preset = "generic"
        self.settings = ImportSettings()
        self.plan: ImportPlan | None = None
        self.report: ImportReport | None = None

        self.setWindowTitle(self.tr("Import deals"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.resize(880, 640)

        self.file_page = FilePage(self)
        self.format_page = FormatPage(self)
        self.mapping_page = MappingPage(self)
        self.stage_page = StagePage(self)
        self.effort_page = EffortPage(self)
        self.dry_run_page = DryRunPage(self)
        self.summary_page = SummaryPage(self)
        for page in (self.file_page, self.format_page, self.mapping_page, self.stage_page,
                     self.effort_page, self.dry_run_page, self.summary_page):
            self.addPage(page)

    # --- what the pages share -------------------------------------------------------------

    def open_file(self, path: Path, preset: str | None) -> None:
        """Read a file with detected settings and take its preset's mapping.

        Raises:
            FileReadError: the file cannot be read.
        """
        self.table = read_table(path)
        self.preset = preset or detect_preset(self.table.headers)
        self.settings, _ = build(self.preset, self.table)

    def reread(self, *, encoding: str | None, delimiter: str | None,
               decimal_comma: bool | None) -> None:
        """Read the file again with the user's format choices.

        Raises:
            FileReadError: the file cannot be read so.
        """
        assert self.table is not None
        self.table = read_table(self.table.path, encoding=encoding, delimiter=delimiter,
                                decimal_comma=decimal_comma)
        self.settings.decimal_comma = decimal_comma

    def make_plan(self) -> ImportPlan:
        """Read and check every row with the settings chosen so far."""
        assert self.table is not None
        enricher = make_enricher(self.preset, self.table, self.settings)
        self.plan = prepare(self.table, self.settings, enricher)
        return self.plan


class FilePage(QWizardPage):
    """Choose the file and its format (detected unless chosen)."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Choose a file"))
        self.setSubTitle(self.tr("A CSV or Excel (.xlsx) file exported from another CRM or "
                                 "kept as a spreadsheet."))

        self.path_edit = QLineEdit(self)
        self.path_edit.setPlaceholderText(self.tr("Path of a .csv or .xlsx file"))
        self.path_edit.textChanged.connect(self._on_path_edit_text_changed)
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.clicked.connect(self._on_browse_clicked)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)

        self.preset_combo = QComboBox(self)
        self.preset_combo.addItem(self.tr("Detect from the file's columns"), None)
        for preset in PRESETS.values():
            self.preset_combo.addItem(preset.label, preset.name)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")

        form = QFormLayout(self)
        form.addRow(self.tr("File:"), row)
        form.addRow(self.tr("Format:"), self.preset_combo)
        form.addRow(self.error_label)

    @Slot()
    def _on_browse_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import deals"), "",
            self.tr("Tables (*.csv *.tsv *.txt *.xlsx);;All files (*)"))
        if path:
            self.path_edit.setText(path)

    @Slot(str)
    def _on_path_edit_text_changed(self, _text: str) -> None:
        self.error_label.clear()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        """A file must exist to go on."""
        return Path(self.path_edit.text().strip()).is_file()

    def validatePage(self) -> bool:
        """Read the file; stay here and say why when it cannot be read."""
        try:
            self._wizard.open_file(Path(self.path_edit.text().strip()),
                                   self.preset_combo.currentData())
        except FileReadError as error:
            self.error_label.setText(str(error))
            return False
        return True


class FormatPage(QWizardPage):
    """How the file was read (encoding, delimiter, decimal mark, dates), and a preview."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self._filling = False
        self.setTitle(self.tr("Check how the file was read"))
        self.setSubTitle(self.tr("Detected from the file; change a choice if the preview "
                                 "looks wrong."))

        self.preset_label = QLabel(self)
        self.encoding_combo = QComboBox(self)
        self.encoding_combo.setEditable(True)
        self.encoding_combo.addItems(list(_ENCODINGS))
        self.delimiter_combo = QComboBox(self)
        for label, value in ((self.tr("Comma ( , )"), ","), (self.tr("Semicolon ( ; )"), ";"),
                             (self.tr("Tab"), "\t")):
            self.delimiter_combo.addItem(label, value)
        self.decimal_check = QCheckBox(self.tr("Numbers use a decimal comma (1 234,50)"), self)
        self.date_combo = QComboBox(self)
        self.error_label = QLabel(self)
        self.error_label.setStyleSheet("color: #b00020;")

        self.preview_model = PreviewTableModel(self)
        self.preview = QTableView(self)
        self.preview.setModel(self.preview_model)
        self.preview.verticalHeader().setDefaultSectionSize(22)
        self.preview.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Interactive)
        self.preview.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)

        form = QFormLayout()
        form.addRow(self.tr("Format:"), self.preset_label)
        form.addRow(self.tr("Encoding:"), self.encoding_combo)
        form.addRow(self.tr("Delimiter:"), self.delimiter_combo)
        form.addRow("", self.decimal_check)
        form.addRow(self.tr("Dates:"), self.date_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.preview, 1)

        self.encoding_combo.currentTextChanged.connect(self._on_choice_changed)
        self.delimiter_combo.currentIndexChanged.connect(self._on_choice_changed)
        self.decimal_check.toggled.connect(self._on_choice_changed)
        self.date_combo.currentIndexChanged.connect(self._on_date_combo_changed)

    def initializePage(self) -> None:
        """Show what was detected."""
        table = self._wizard.table
        assert table is not None
        self._filling = True
        self.preset_label.setText(PRESETS[self._wizard.preset].label)
        is_csv = bool(table.delimiter)
        self.encoding_combo.setEnabled(is_csv)
        self.delimiter_combo.setEnabled(is_csv)
        self.encoding_combo.setCurrentText(table.encoding or self.tr("Excel workbook"))
        self.delimiter_combo.setCurrentIndex(max(0, self.delimiter_combo.findData(
            table.delimiter)))
        self.decimal_check.setChecked(table.decimal_comma)
        self._fill_dates(table)
        self.preview_model.set_table(table)
        self.preview.resizeColumnsToContents()
        self._filling = False

    def _fill_dates(self, table: SourceTable) -> None:
        guessed = []
        for name in DATE_FIELDS:
            header = self._wizard.settings.columns.get(name)
            if header in table.headers:
                fmt = guess_format(table.column(header))
                if fmt:
                    guessed.append(f"{header}: {FORMAT_EXAMPLES[fmt]}")
        self.date_combo.clear()
        summary = ", ".join(dict.fromkeys(guessed)) or self.tr("no date columns mapped yet")
        self.date_combo.addItem(self.tr("Guessed per column (%s)") % summary, None)
        for fmt in DATE_FORMATS:
            self.date_combo.addItem(self.tr("All dates like %s") % FORMAT_EXAMPLES[fmt], fmt)
        current = self._wizard.settings.date_format
        self.date_combo.setCurrentIndex(max(0, self.date_combo.findData(current))
                                        if current else 0)

    @Slot()
    def _on_choice_changed(self) -> None:
        if self._filling:
            return
        # A workbook has no encoding: the box then only names the kind of file.
        encoding = (self.encoding_combo.currentText().strip() or None
                    if self.encoding_combo.isEnabled() else None)
        try:
            self._wizard.reread(encoding=encoding, delimiter=self.delimiter_combo.currentData(),
                                decimal_comma=self.decimal_check.isChecked())
        except FileReadError as error:
            self.error_label.setText(str(error))
            return
        self.error_label.clear()
        self.preview_model.set_table(self._wizard.table)

    @Slot(int)
    def _on_date_combo_changed(self, _index: int) -> None:
        if not self._filling:
            self._wizard.settings.date_format = self.date_combo.currentData()


class MappingPage(QWizardPage):
    """One combo per deal field: which column of the file fills it."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Map the columns"))
        self.setSubTitle(self.tr("Which column of the file holds each field of a deal. "
                                 "Fields left out stay empty."))
        self.combos: dict[str, QComboBox] = {}

        inner = QWidget(self)
        form = QFormLayout(inner)
        labels = field_labels()
        for name in DEAL_FIELDS:
            if name in ("id", "external_source"):
                continue  # only Tierboard's own export has these, and its preset maps them
            combo = QComboBox(inner)
            combo.setMinimumWidth(280)
            self.combos[name] = combo
            form.addRow(labels[name] + ":", combo)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)

    def initializePage(self) -> None:
        """Offer the file's columns and select the preset's or guessed ones."""
        table = self._wizard.table
        assert table is not None
        columns = self._wizard.settings.columns
        for name, combo in self.combos.items():
            combo.clear()
            combo.addItem(self.tr("— not in the file —"), None)
            for header in table.headers:
                combo.addItem(header, header)
            combo.setCurrentIndex(max(0, combo.findData(columns.get(name))))

    def validatePage(self) -> bool:
        """Take the chosen mapping."""
        columns = {name: combo.currentData() for name, combo in self.combos.items()
                   if combo.currentData()}
        kept = {name: header for name, header in self._wizard.settings.columns.items()
                if name not in self.combos}
        self._wizard.settings.columns = kept | columns
        return True


class StagePage(QWizardPage):
    """Which tier each stage of the file goes to; where won deals go."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Map the stages to tiers"))
        self.setSubTitle(self.tr("Each stage name of the file goes to a tier. “By "
                                 "probability” takes the tier nearest to the row's "
                                 "probability."))
        self.combos: dict[str, QComboBox] = {}

        self.done_radio = QRadioButton(self.tr("to Done (the work is finished)"), self)
        self.production_radio = QRadioButton(self.tr("to 1, in production (the work is still "
                                                     "to do)"), self)
        self.won_group = QButtonGroup(self)
        self.won_group.addButton(self.done_radio)
        self.won_group.addButton(self.production_radio)
        won_row = QHBoxLayout()
        won_row.addWidget(QLabel(self.tr("Won deals go"), self))
        won_row.addWidget(self.done_radio)
        won_row.addWidget(self.production_radio)
        won_row.addStretch(1)

        self.inner = QWidget(self)
        self.form = QFormLayout(self.inner)
        self.empty_label = QLabel(self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.inner)
        layout = QVBoxLayout(self)
        layout.addLayout(won_row)
        layout.addWidget(self.empty_label)
        layout.addWidget(scroll, 1)

    def initializePage(self) -> None:
        """One row per stage value of the file, with how many rows carry it."""
        table = self._wizard.table
        assert table is not None
        settings = self._wizard.settings
        (self.production_radio if settings.won_to is Tier.T1 else self.done_radio).setChecked(True)
        while self.form.rowCount():
            self.form.removeRow(0)
        self.combos.clear()

        counts = stage_values(table, settings)
        known = {key.casefold(): value for key, value in settings.stage_map.items()}
        default = "probability" if "probability" in settings.columns else None
        for value, count in sorted(counts.items(), key=lambda pair: -pair[1]):
            combo = QComboBox(self.inner)
            combo.addItem(self.tr("— choose a tier —"), None)
            for target, label in choices_for_stage():
                combo.addItem(_t(label), target)
            combo.setCurrentIndex(max(0, combo.findData(known.get(value.casefold(), default))))
            self.combos[value] = combo
            self.form.addRow(self.tr("%s (%n rows):", "", count) % value, combo)
        self.empty_label.setText("" if counts else self.tr(
            "No stage column is mapped: every row needs a tier, so go back and map one."))

    def validatePage(self) -> bool:
        """Take the stage map and the choice for won deals."""
        settings = self._wizard.settings
        for value, combo in self.combos.items():
            if combo.currentData():
                settings.stage_map[value] = combo.currentData()
            else:
                settings.stage_map.pop(value, None)
        settings.won_to = Tier.T1 if self.production_radio.isChecked() else Tier.DONE
        return True


class EffortPage(QWizardPage):
    """The hourly rate that turns an amount into an estimated effort."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Estimate the effort"))
        self.setSubTitle(self.tr("The load chart needs hours. Where a row gives none, the "
                                 "effort can be estimated as amount ÷ hourly rate."))
        self.rate_spin = QDoubleSpinBox(self)
        self.rate_spin.setRange(0, 1_000_000)
        self.rate_spin.setDecimals(2)
        self.rate_spin.setSpecialValueText(self.tr("do not estimate"))
        self.explain_label = QLabel(self)
        self.explain_label.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("Hourly rate:"), self.rate_spin)
        form.addRow(self.explain_label)

    def initializePage(self) -> None:
        """Say how many rows give no effort."""
        plan = self._wizard.make_plan()
        missing = sum(1 for draft in plan.drafts if not draft.effort_hours
                      or draft.effort_estimated)
        mapped = "effort_hours" in self._wizard.settings.columns
        rate = self._wizard.settings.hourly_rate
        self.rate_spin.setValue(float(rate) if rate else 0.0)
        if mapped:
            text = self.tr("%n row(s) give no hours in the effort column.", "", missing)
        else:
            text = self.tr("The file has no effort column: all %n row(s) need an estimate.",
                           "", len(plan.drafts))
        self.explain_label.setText(text)

    def validatePage(self) -> bool:
        """Take the rate."""
        value = self.rate_spin.value()
        self._wizard.settings.hourly_rate = Decimal(str(round(value, 2))) if value > 0 else None
        return True


def _report_view(parent: QWidget) -> QPlainTextEdit:
    view = QPlainTextEdit(parent)
    view.setReadOnly(True)
    view.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setStyleHint(QFont.StyleHint.Monospace)
    view.setFont(font)
    return view


class DryRunPage(QWizardPage):
    """What the import would do, row by row; the Import button commits it."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self._done = False
        self._running = False
        self._ok = False
        self.setTitle(self.tr("Dry run"))
        self.setSubTitle(self.tr("Nothing is written yet. Rows that would not import are "
                                 "listed with their line and the reason."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))
        self.headline = QLabel(self)
        headline_font = self.headline.font()
        headline_font.setBold(True)
        self.headline.setFont(headline_font)
        self.headline.setWordWrap(True)
        self.report_view = _report_view(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.report_view, 1)

    def initializePage(self) -> None:
        """Check every row and ask the database what would be created or updated."""
        plan = self._wizard.make_plan()
        self._done = False
        self._ok = False
        self.headline.setText(self.tr("Checking…"))
        self.report_view.clear()
        self._wizard.context.read(lambda connection: dry_run(connection, plan),
                                  self._on_dry_run_done)

    def _on_dry_run_done(self, report: ImportReport) -> None:
        self.headline.setText(self.tr("%1 of %2 rows would be imported; %3 would not.")
                              .replace("%1", str(report.importable))
                              .replace("%2", str(report.rows))
                              .replace("%3", str(len(report.problems))))
        self.report_view.setPlainText("\n".join(report.lines(max_problems=500)))
        self._ok = report.ok
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        """Import only when at least one row imports."""
        return self._ok and not self._running

    def validatePage(self) -> bool:
        """Run the import (once) in one transaction; go on when it is committed."""
        if self._done:
            return True
        if self._running or self._wizard.plan is None:
            return False
        plan = self._wizard.plan
        self._running = True
        self.headline.setText(self.tr("Importing…"))
        self.completeChanged.emit()
        self._wizard.context.write(lambda session: apply_plan(session, plan),
                                   self._on_import_done, self._on_import_failed)
        return False

    def _on_import_done(self, report: ImportReport) -> None:
        self._running = False
        self._done = True
        self._wizard.report = report
        self._wizard.imported.emit(report)
        QTimer.singleShot(0, self._wizard.next)

    def _on_import_failed(self, error: BaseException) -> None:
        self._running = False
        self.headline.setText(self.tr("Nothing was imported: %s") % error)
        self.completeChanged.emit()


class SummaryPage(QWizardPage):
    """What the import did."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.setTitle(self.tr("Imported"))
        self.report_view = _report_view(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.report_view)

    def initializePage(self) -> None:
        """Show the report of the committed import."""
        report = self._wizard.report
        if report is not None:
            self.setSubTitle(self.tr("%1 deals created, %2 updated.")
                             .replace("%1", str(report.created))
                             .replace("%2", str(report.updated)))
            self.report_view.setPlainText("\n".join(report.lines(max_problems=500)))
