"""The forecast view: the four answers in plain sentences, the chart and the table.

Beside the table, two more tabs: the probabilities learned from the history, and the look back
(the forecast of a past day beside what happened).
"""

import logging
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt, Slot
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import formatting, theme
from app.context import AppContext
from app.exchange.tables import write_table
from app.models.tiers import PROBABILITY_TIERS, Tier
from app.planning import forecast as fc
from app.planning.backtest import Backtest, run_backtest
from app.planning.calibration import MEASURED_TIERS, Calibration
from app.planning.forecast import QT_TRANSLATE_NOOP
from app.views.forecast_table_model import ForecastTableModel
from app.widgets.column_fit import ColumnFitter
from app.widgets.forecast_chart import HOURS, MONEY, TIER_COLOURS, ForecastChart
from app.widgets.pdf_export import widget_to_pdf

log = logging.getLogger(__name__)

#: The colour of an answer's marker by verdict: green is fine, amber asks for attention, red
#: asks for a decision, blue is information.
VERDICT_COLOURS: dict[str, str] = {
    "look_for_orders": "#e0962b",
    "produce": "#2f6db3",
    "balanced": "#3f9b4a",
    "no_capacity": "#c8443a",
    "candidate": "#2f6db3",
    "nobody": "#c8443a",
    "range": "#2f6db3",
    "hire": "#c8443a",
    "hire_and_idle": "#c8443a",
    "idle": "#e0962b",
    "steady": "#3f9b4a",
}

#: Short headlines of the verdicts, in front of each sentence, with the figure that decides.
HEADLINES: dict[str, str] = {
    "look_for_orders": QT_TRANSLATE_NOOP("ForecastView",
                                         "Look for orders · tier 1 fills %(share)s"),
    "produce": QT_TRANSLATE_NOOP("ForecastView", "Produce · tier 1 needs %(share)s of capacity"),
    "balanced": QT_TRANSLATE_NOOP("ForecastView", "Produce, push 0.9 · tier 1 fills %(share)s"),
    "no_capacity": QT_TRANSLATE_NOOP("ForecastView", "Nobody has working hours"),
    "candidate": QT_TRANSLATE_NOOP("ForecastView", "%(name)s · done by %(finish)s"),
    "nobody": QT_TRANSLATE_NOOP("ForecastView", "Nobody free"),
    "unsized": QT_TRANSLATE_NOOP("ForecastView", "%(name)s · free from %(finish)s"),
    "beyond_horizon": QT_TRANSLATE_NOOP("ForecastView", "Nobody free within the horizon"),
    "range": QT_TRANSLATE_NOOP("ForecastView", "%(revenue_low)s – %(revenue_high)s"),
    "hire": QT_TRANSLATE_NOOP("ForecastView", "Hire · %(weeks)s weeks over capacity"),
    "hire_and_idle": QT_TRANSLATE_NOOP("ForecastView", "Hire · %(weeks)s weeks over capacity"),
    "idle": QT_TRANSLATE_NOOP("ForecastView", "Idle capacity · %(spare)s a week free"),
    "steady": QT_TRANSLATE_NOOP("ForecastView", "No need to hire"),
}


def headline(answer: fc.Answer, fmt: fc.Formatters) -> str:
    """The verdict in a few words with its deciding figure."""
    figures = answer.figures
    values: dict[str, Any] = {}
    if answer.key == fc.FOCUS:
        share = figures.get("share")
        values["share"] = "—" if share is None else f"{formatting.number(share * 100)} %"
    elif answer.key == fc.NEXT_ORDER and figures.get("ranked"):
        name, finish = figures["ranked"][0]
        values.update(name=name, finish=fmt.day(finish) if finish else "—")
    elif answer.key == fc.VOLUME:
        values.update(revenue_low=fmt.money(figures["revenue_low"]),
                      revenue_high=fmt.money(figures["revenue_high"]))
    elif answer.key == fc.HIRING:
        values.update(weeks=sum(count for _, _, count in figures["over"]),
                      spare=fmt.hours(figures["spare"]))
    return QCoreApplication.translate("ForecastView", HEADLINES[answer.verdict]) % values


def translate(text: str) -> str:
    """Translate a sentence of the planning layer (marked in its ``forecast`` context)."""
    return QCoreApplication.translate(fc.CONTEXT, text)


def _month_name(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), "MMM yyyy")


def _day_month(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM")


def screen_formatters(currency: str) -> fc.Formatters:
    """Locale-aware formatters for the answers and the table."""
    return fc.Formatters(
        money=lambda amount: formatting.money(amount, currency),
        hours=lambda value: formatting.hours(round(value) if abs(value) >= 10 else value),
        day=_day_month,
        month=_month_name,
    )


class AnswerCard(QFrame):
    """One answer: the question, a coloured headline and the sentence with its figures."""

    def __init__(self, question: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("answer_card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.question = QLabel(question, self)
        self.question.setStyleSheet(f"color: {theme.quiet_text_colour()}; font-size: 9pt;")
        self.headline = QLabel(self)
        self.headline.setWordWrap(True)
        self.sentence = QLabel(self)
        self.sentence.setWordWrap(True)
        self.sentence.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sentence.setSizePolicy(QSizePolicy.Policy.Preferred,
                                    QSizePolicy.Policy.Minimum)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 8, 8)
        layout.setSpacing(2)
        layout.addWidget(self.question)
        layout.addWidget(self.headline)
        layout.addWidget(self.sentence)

    def show_answer(self, headline: str, sentence: str, colour: str) -> None:
        """Show a verdict in its colour and the sentence under it."""
        self.setStyleSheet(
            f"QFrame#answer_card {{ border: none; border-left: 5px solid {colour};"
            f" background: palette(alternate-base); }}"
        )
        self.headline.setText(headline)
        self.headline.setStyleSheet(f"color: {colour}; font-weight: bold; font-size: 11pt;")
        self.sentence.setText(sentence)


class ForecastView(QWidget):
    """Expected work and revenue, and the four answers a manager needs.

    The forecast is read and computed on the database worker; results that arrive after a newer
    request was made are dropped.

    Attributes:
        table_model: the forecast table.
        chart: the stacked chart.
        cards: the answer cards, by answer key.
        report: the forecast shown (None until the first one arrives).
        backtest: the look back shown (None unless a past day is chosen).
    """

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.report: fc.ForecastReport | None = None
        self.backtest: Backtest | None = None
        self._request = 0

        self._build_controls()
        self._build_body()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addLayout(self._controls)
        layout.addWidget(self._status)
        layout.addWidget(self._splitter, 1)

        context.data_changed.connect(self.refresh)
        context.settings_changed.connect(self._on_context_settings_changed)
        self.refresh()

    # --- building -----------------------------------------------------------------------

    def _build_controls(self) -> None:
        self.period_combo = QComboBox(self)
        self.period_combo.addItem(self.tr("per week"), False)
        self.period_combo.addItem(self.tr("per month"), True)
        self.weeks_spin = QSpinBox(self)
        self.weeks_spin.setRange(1, 104)
        self.weeks_spin.setValue(int(self.context.settings["forecast_horizon_weeks"]))
        self.weeks_spin.setSuffix(self.tr(" weeks"))
        self.observed_check = QCheckBox(self.tr("Observed probabilities"), self)
        self.observed_check.setToolTip(self.tr(
            "Weigh each tier by the share of its deals the firm actually won, instead of the "
            "nominal 0.9, 0.5 and 0.1"))
        self.as_of_check = QCheckBox(self.tr("As of"), self)
        self.as_of_check.setToolTip(self.tr(
            "Make the forecast as if today were a past day, and compare it with what happened"))
        self.as_of_edit = QDateEdit(self)
        self.as_of_edit.setCalendarPopup(True)
        self.as_of_edit.setDate(QDate.currentDate().addDays(-90))
        self.as_of_edit.setMaximumDate(QDate.currentDate().addDays(-1))
        self.as_of_edit.setEnabled(False)
        self.chart_combo = QComboBox(self)
        self.chart_combo.addItem(self.tr("Chart: hours"), HOURS)
        self.chart_combo.addItem(self.tr("Chart: revenue"), MONEY)

        self.png_button = QPushButton(self.tr("Chart PNG…"), self)
        self.pdf_button = QPushButton(self.tr("Chart PDF…"), self)
        self.csv_button = QPushButton(self.tr("Table CSV…"), self)

        self._controls = QHBoxLayout()
        self._controls.addWidget(QLabel(self.tr("Horizon:"), self))
        for widget in (self.weeks_spin, self.period_combo, self.observed_check,
                       self.as_of_check, self.as_of_edit, self.chart_combo):
            self._controls.addWidget(widget)
        self._controls.addStretch(1)
        for button in (self.png_button, self.pdf_button, self.csv_button):
            self._controls.addWidget(button)

        self.period_combo.currentIndexChanged.connect(self._on_period_combo_changed)
        self.weeks_spin.valueChanged.connect(self._on_weeks_spin_changed)
        self.observed_check.toggled.connect(self._on_observed_check_toggled)
        self.as_of_check.toggled.connect(self._on_as_of_check_toggled)
        self.as_of_edit.dateChanged.connect(self._on_as_of_edit_changed)
        self.chart_combo.currentIndexChanged.connect(self._on_chart_combo_changed)
        self.png_button.clicked.connect(self._on_png_button_clicked)
        self.pdf_button.clicked.connect(self._on_pdf_button_clicked)
        self.csv_button.clicked.connect(self._on_csv_button_clicked)

        self._status = QLabel(self)
        self._status.setStyleSheet(f"color: {theme.quiet_text_colour()};")

    def _build_body(self) -> None:
        # The answers on the left: what a manager reads first.
        answers = QWidget(self)
        answers_layout = QVBoxLayout(answers)
        answers_layout.setContentsMargins(0, 0, 4, 0)
        self.cards: dict[str, AnswerCard] = {}
        for key, question in fc.QUESTIONS.items():
            card = AnswerCard(translate(question), answers)
            self.cards[key] = card
            answers_layout.addWidget(card)
        answers_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        # The sentences wrap to the panel's width; a sideways scroll would hide their ends.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(answers)
        scroll.setMinimumWidth(340)

        # The chart over the tabs of figures on the right.
        self.chart = ForecastChart(self)
        self.chart.set_names({Tier.T1: self.tr("Tier 1 (committed)"), Tier.T09: "0.9",
                              Tier.T05: "0.5", Tier.T01: "0.1"}, self.tr("Capacity"))
        self.table_model = ForecastTableModel(self)
        self.table = self._table_view(self.table_model)
        self.calibration_model = QStandardItemModel(self)
        self.calibration_table = self._table_view(self.calibration_model)
        self.carousel_label = QLabel(self)
        self.carousel_label.setWordWrap(True)
        self.backtest_model = QStandardItemModel(self)
        self.backtest_table = self._table_view(self.backtest_model)
        self.backtest_label = QLabel(self)
        self.backtest_label.setWordWrap(True)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.table, self.tr("Table"))
        self.tabs.addTab(self._stacked(self.calibration_table, self.carousel_label),
                         self.tr("Learned probabilities"))
        self.tabs.addTab(self._stacked(self.backtest_label, self.backtest_table),
                         self.tr("Look back"))

        right = QSplitter(Qt.Orientation.Vertical, self)
        right.addWidget(self.chart)
        right.addWidget(self.tabs)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 2)
        right.setSizes([460, 300])

        self._splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self._splitter.addWidget(scroll)
        self._splitter.addWidget(right)
        self._splitter.setStretchFactor(0, 2)
        self._splitter.setStretchFactor(1, 5)
        self._splitter.setSizes([400, 1000])

    def _table_view(self, model: Any) -> QTableView:
        view = QTableView(self)
        view.setModel(model)
        view.verticalHeader().setVisible(False)
        view.verticalHeader().setDefaultSectionSize(22)
        view.setAlternatingRowColors(True)
        view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        # Each column as wide as its texts, the spare width shared rather than all given to
        # the last one.
        ColumnFitter(view)
        return view

    def _stacked(self, *widgets: QWidget) -> QWidget:
        holder = QWidget(self)
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(4, 4, 4, 4)
        for widget in widgets:
            layout.addWidget(widget)
        return holder

    # --- reading ------------------------------------------------------------------------

    def as_of(self) -> date | None:
        """The past day chosen, or None for today."""
        if not self.as_of_check.isChecked():
            return None
        picked = self.as_of_edit.date()
        return date(picked.year(), picked.month(), picked.day())

    @Slot()
    def refresh(self) -> None:
        """Read and compute the forecast again with the controls' choices."""
        self._request += 1
        request = self._request
        settings = self.context.settings
        weeks, by_month = self.weeks_spin.value(), bool(self.period_combo.currentData())
        observed, as_of, today = self.observed_check.isChecked(), self.as_of(), date.today()

        def job(connection: Any) -> tuple[fc.ForecastReport, Backtest | None]:
            report = fc.make_report(connection, settings, today=today, weeks=weeks,
                                    by_month=by_month, observed=observed, as_of=as_of)
            look_back = None
            if as_of is not None:
                look_back = run_backtest(connection, settings, as_of, weeks=weeks, today=today)
            return report, look_back

        self._status.setText(self.tr("Computing the forecast…"))
        self.context.read(job, lambda result: self._show(request, result),
                          lambda error: self._on_failed(request, error))

    def _on_failed(self, request: int, error: BaseException) -> None:
        if request != self._request:
            return
        # The reason stays on screen where the figures would be; the log has the details.
        log.warning("the forecast could not be computed: %s", error)
        self._status.setText(self.tr("The forecast could not be computed: %s") % error)
        self.context.report_error(error)

    def _show(self, request: int, result: tuple[fc.ForecastReport, Backtest | None]) -> None:
        if request != self._request:
            return  # a newer request is on its way; this one is stale
        self.report, self.backtest = result
        forecast = self.report.forecast
        currency = forecast.currency
        fmt = screen_formatters(currency)

        for answer in forecast.answers:
            card = self.cards[answer.key]
            card.show_answer(headline(answer, fmt),
                             answer.sentence(translate=translate, fmt=fmt),
                             VERDICT_COLOURS.get(answer.verdict, "#555"))

        def label(row: fc.PeriodFigures) -> str:
            if row.period.monthly:
                return _month_name(row.period.start)
            return self.tr("week of %s") % _day_month(row.period.start)

        self.table_model.set_forecast(forecast, label, currency=currency)
        self._draw_chart()
        self._show_calibration(self.report.calibration)
        self._show_backtest(self.backtest, fmt)
        status = self._status_text(forecast)
        if forecast.mixed_currencies:
            status += "  ·  " + self.tr("mixed currencies (%s) added as they are, shown in %s") % (
                ", ".join(forecast.currencies), currency)
        self._status.setText(status)

    def _status_text(self, forecast: fc.Forecast) -> str:
        weights = ", ".join(f"{tier.label} → {forecast.probabilities[tier]:.2f}"
                            for tier in PROBABILITY_TIERS)
        source = (self.tr("observed shares") if forecast.observed
                  else self.tr("nominal probabilities"))
        if self.report is not None and self.report.as_of is not None:
            return self.tr("As of %s, with %s (%s)") % (
                formatting.short_date(self.report.as_of), source, weights)
        return self.tr("From today, %s, with %s (%s)") % (
            formatting.short_date(forecast.today), source, weights)

    def _draw_chart(self) -> None:
        if self.report is None:
            return
        forecast = self.report.forecast
        if forecast.by_month:
            ticks = [_month_name(row.period.start) for row in forecast.periods]
        else:
            ticks = [_day_month(row.period.start) for row in forecast.periods]
        mode = str(self.chart_combo.currentData())
        title = self.tr("hours") if mode == HOURS else forecast.currency
        self.chart.set_forecast(forecast, ticks, mode=mode, axis_title=title)

    def _show_calibration(self, calibration: Calibration) -> None:
        model = self.calibration_model
        model.clear()
        model.setHorizontalHeaderLabels([
            self.tr("Tier"), self.tr("Nominal"), self.tr("Observed"), self.tr("Won"),
            self.tr("Decided"), self.tr("Still open"), self.tr("Median days to won"),
        ])
        for tier in MEASURED_TIERS:
            outcome = calibration.outcomes[tier]
            observed = "—" if outcome.share is None else formatting.number(outcome.share, 2)
            if outcome.share is not None and not outcome.usable:
                observed += " " + self.tr("(too few)")
            days = outcome.median_days_to_won
            cells = [
                tier.label,
                "—" if tier is Tier.INCOMING else formatting.number(outcome.nominal, 2),
                observed, str(outcome.won), str(outcome.decided), str(outcome.open),
                "—" if days is None else formatting.number(days, 0),
            ]
            items = [QStandardItem(text) for text in cells]
            if tier in TIER_COLOURS:
                items[0].setForeground(Qt.GlobalColor.black)
            model.appendRow(items)

        carousels = calibration.carousels
        back = carousels.median_days_to_return
        self.carousel_label.setText(self.tr(
            "Carousels: %s of %s lost deals came back, a median of %s days after the loss; "
            "%s of them were then won. A lost deal later won counts as won from the tier it "
            "was revived into.") % (
            carousels.came_back, carousels.lost_deals,
            "—" if back is None else formatting.number(back, 0), carousels.won_after_return))

    def _show_backtest(self, result: Backtest | None, fmt: fc.Formatters) -> None:
        model = self.backtest_model
        model.clear()
        if result is None:
            self.backtest_label.setText(self.tr(
                "Tick “As of” and pick a past day to set the forecast made that day beside what "
                "was actually won and worked afterwards."))
            return
        model.setHorizontalHeaderLabels([
            self.tr("Tier then"), self.tr("Deals"), self.tr("Amount"),
            self.tr("Expected (nominal)"), self.tr("Expected (observed)"), self.tr("Won"),
            self.tr("Won amount"),
        ])
        for row in result.rows:
            model.appendRow([QStandardItem(text) for text in (
                row.tier.label, str(row.deals), fmt.money(row.amount),
                fmt.money(row.expected_nominal), fmt.money(row.expected_observed),
                str(row.won_deals), fmt.money(row.won_amount))])
        self.backtest_label.setText(self.tr(
            "The forecast of %s beside what happened until %s. Expected from the pipeline: %s "
            "(nominal) or %s (observed); actually won: %s, and %s more from %s deals that "
            "arrived later. Hours: forecast %s (nominal) or %s (observed); worked about %s."
        ) % (
            formatting.short_date(result.as_of), formatting.short_date(result.until),
            fmt.money(result.expected_nominal), fmt.money(result.expected_observed),
            fmt.money(result.won_amount), fmt.money(result.new_won_amount),
            result.new_won_deals, fmt.hours(result.forecast_hours_nominal),
            fmt.hours(result.forecast_hours_observed), fmt.hours(result.worked_hours)))

    # --- exports ------------------------------------------------------------------------

    def export_chart_png(self, path: str | Path) -> bool:
        """Save the chart as a PNG picture."""
        return bool(self.chart.grab().save(str(path), "PNG"))

    def export_chart_pdf(self, path: str | Path) -> None:
        """Save the chart on a landscape PDF page."""
        widget_to_pdf(self.chart, Path(path), title=self.tr("Tierboard forecast"))

    def export_table_csv(self, path: str | Path) -> Path:
        """Save the table as a CSV file (or an Excel file when the name ends in .xlsx)."""
        return write_table(Path(path), self.table_model.headers(),
                           self.table_model.plain_rows(), sheet=self.tr("Forecast"))

    def _ask_path(self, title: str, name: str, pattern: str) -> str:
        path, _ = QFileDialog.getSaveFileName(self, title, name, pattern)
        return path

    @Slot()
    def _on_png_button_clicked(self) -> None:
        path = self._ask_path(self.tr("Save the chart"), "forecast.png", "PNG (*.png)")
        if path:
            self.export_chart_png(path)

    @Slot()
    def _on_pdf_button_clicked(self) -> None:
        path = self._ask_path(self.tr("Save the chart"), "forecast.pdf", "PDF (*.pdf)")
        if path:
            self.export_chart_pdf(path)

    @Slot()
    def _on_csv_button_clicked(self) -> None:
        path = self._ask_path(self.tr("Save the table"), "forecast.csv", "CSV (*.csv)")
        if path:
            self.export_table_csv(path)

    # --- controls -----------------------------------------------------------------------

    @Slot(int)
    def _on_period_combo_changed(self, _index: int) -> None:
        self.refresh()

    @Slot(int)
    def _on_weeks_spin_changed(self, _value: int) -> None:
        self.refresh()

    @Slot(bool)
    def _on_observed_check_toggled(self, _checked: bool) -> None:
        self.refresh()

    @Slot(bool)
    def _on_as_of_check_toggled(self, checked: bool) -> None:
        self.as_of_edit.setEnabled(checked)
        if checked:
            self.tabs.setCurrentIndex(2)
        self.refresh()

    @Slot(QDate)
    def _on_as_of_edit_changed(self, _day: QDate) -> None:
        if self.as_of_check.isChecked():
            self.refresh()

    @Slot(int)
    def _on_chart_combo_changed(self, _index: int) -> None:
        self._draw_chart()

    @Slot()
    def _on_context_settings_changed(self) -> None:
        self.refresh()
