"""The dashboard: key figures and charts of the current year, and the export of the activity
report for the funders (PDF, XLSX, CSV).

Figures are computed by ``reports.activity`` on the worker pool (about a second for 10,000
youths) and shown once ready; the page stays usable meanwhile. Only aggregates are shown: no
name ever appears here. The export offers three outputs: masked and audited for the funders (the
default), exact without names ("diffusion restreinte") and the named list (internal); the last
two are confirmed first and logged by the export itself. The report's settings are entered at the
office (``dialogs.report_settings``).
"""

from __future__ import annotations

import math
import time
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QPieSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QDate, QMargins, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import UserError
from ...core.i18n import QT_TRANSLATE_NOOP as N
from ...services.documents import (
    DisclosureError,
    Mode,
    Period,
    ReportExport,
    ShownReport,
    ShownTable,
    Split,
    activity_report,
    export_activity_report,
    key_figures,
    parse_split,
)
from ...services.queries import names
from ...services.session import Store
from ..dialogs.report_settings import ReportSettingsDialog
from ..shell.errors import show_error, show_message
from ..widgets.text import PlainLabel, one_line
from ..workers import JobContext, Worker, run_in_background

ACCENT = QColor("#2f6f8f")
SECOND = QColor("#c2410c")
# Figures older than this are recomputed when the page is shown again.
STALE_AFTER_S = 300.0


class FigureCard(QFrame):
    """One key figure: a large value and what it counts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("figureCard")
        self.setStyleSheet(
            "QFrame#figureCard { background: #ffffff; border: 1px solid #d5dde3;"
            " border-radius: 8px; }"
        )
        self.value = PlainLabel("…")
        self.value.setStyleSheet("font-size: 20pt; font-weight: 600; color: #2f6f8f;")
        self.label = PlainLabel(wrap=True)
        self.detail = PlainLabel(wrap=True)
        self.detail.setStyleSheet("color: #5b6b76;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(2)
        layout.addWidget(self.value)
        layout.addWidget(self.label)
        layout.addWidget(self.detail)
        layout.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

    def set_figure(self, value: str, label: str, detail: str) -> None:
        self.value.setText(value)
        self.label.setText(label)
        self.detail.setText(detail)
        self.setAccessibleName(f"{label} : {value}")


def _chart_view(title: str) -> QChartView:
    chart = QChart()
    chart.setTitle(title)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.legend().setVisible(False)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setBackgroundRoundness(6)
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(250)
    view.setAccessibleName(title)
    return view


def integer_scale(
    largest: float, *, minimum_top: int = 4, max_intervals: int = 6
) -> tuple[int, int]:
    """(top of the axis, number of ticks) for counts up to ``largest``: whole steps of 1, 2 or 5
    times a power of ten, a little room above the largest bar for its label, and at least
    ``minimum_top`` so that an empty year does not draw a 0–1 axis of repeated labels."""
    target = max(minimum_top, math.ceil(max(largest, 0.0) * 1.1))
    step = 1
    while True:
        for factor in (1, 2, 5):
            intervals = math.ceil(target / (step * factor))
            if intervals <= max_intervals:
                return intervals * step * factor, intervals + 1
        step *= 10


def _rows(shown: ShownTable, *, kind: str = "item") -> list[tuple[str, str, float]]:
    """(key, label, value) of the lines of ``kind`` in the "Ensemble" column."""
    return [
        (r.key, one_line(r.label), float(r.counts[0].number or 0))
        for r in shown.rows
        if r.kind == kind and not r.indent and r.key != "jeunes"
    ]


class DashboardView(QWidget):
    """Key figures and charts for the current year, and the report export."""

    refreshed = Signal()
    exported = Signal(str)
    failed = Signal(str)

    def __init__(
        self, store: Store, parent: QWidget | None = None, *, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dashboard")
        self.store = store
        self._today = today
        self._worker: Worker | None = None
        self._export_worker: Worker | None = None
        self._computed_at: float | None = None
        self.shown: ShownReport | None = None

        title = QLabel(self.tr("Tableau de bord"))
        title.setObjectName("pageTitle")
        self.period_label = PlainLabel()
        self.period_label.setObjectName("countLabel")
        self.status = PlainLabel()
        self.status.setObjectName("countLabel")
        self.refresh_button = QPushButton(self.tr("Actualiser"))
        self.refresh_button.clicked.connect(self.refresh)
        head = QHBoxLayout()
        head.addWidget(title)
        head.addSpacing(12)
        head.addWidget(self.period_label)
        head.addStretch(1)
        head.addWidget(self.status)
        head.addWidget(self.refresh_button)

        self.cards = [FigureCard() for _ in range(8)]
        cards = QGridLayout()
        cards.setSpacing(10)
        for i, card in enumerate(self.cards):
            cards.addWidget(card, i // 4, i % 4)

        self.months_chart = _chart_view(self.tr("Contacts par mois"))
        self.place_chart = _chart_view(self.tr("Contacts intra-muros et hors les murs"))
        self.age_chart = _chart_view(self.tr("Jeunes suivis par tranche d'âge"))
        self.results_chart = _chart_view(self.tr("Entrées en situation par catégorie"))
        charts = QGridLayout()
        charts.setSpacing(10)
        charts.addWidget(self.months_chart, 0, 0)
        charts.addWidget(self.place_chart, 0, 1)
        charts.addWidget(self.age_chart, 1, 0)
        charts.addWidget(self.results_chart, 1, 1)

        content = QWidget()
        body = QVBoxLayout(content)
        body.setContentsMargins(20, 16, 20, 16)
        body.setSpacing(12)
        body.addLayout(head)
        body.addLayout(cards)
        body.addLayout(charts)
        body.addWidget(self._build_export())
        body.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)

        notice = PlainLabel(self.tr("Tableau de bord masqué en mode parloir."))
        notice.setObjectName("parloirNotice")
        notice.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(scroll)
        self.stack.addWidget(notice)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.refresh()

    # --- period ---------------------------------------------------------------------------------

    @property
    def today(self) -> date:
        return self._today or date.today()

    @property
    def period(self) -> Period:
        return Period.year_to_date(self.today)

    # --- key figures and charts -----------------------------------------------------------------

    def refresh(self) -> None:
        """Recompute the figures of the current year on the worker pool."""
        if self._worker is not None and self._worker.running:
            return
        period = self.period
        self.period_label.setText(
            self.tr("Année {annee}, du 1er janvier au {jour}").format(
                annee=period.start.year, jour=period.end.strftime("%d/%m/%Y")
            )
        )
        self.status.setText(self.tr("Calcul en cours…"))
        self.refresh_button.setEnabled(False)
        store = self.store

        def job(ctx: JobContext) -> ShownReport:
            return activity_report(store, period, today=self.today)

        self._worker = run_in_background(
            job,
            name="tableau-de-bord",
            on_finished=self._figures_ready,
            on_failed=self._figures_failed,
        )

    def _figures_ready(self, shown: ShownReport) -> None:
        self.shown = shown
        self._computed_at = time.monotonic()
        for card, figure in zip(self.cards, key_figures(shown), strict=False):
            card.set_figure(figure.value, figure.label, figure.detail)
        self._fill_charts(shown)
        self.status.setText(self.tr("À jour"))
        self.refresh_button.setEnabled(True)
        self.refreshed.emit()

    def _figures_failed(self, exc: BaseException) -> None:
        self.status.setText(self.tr("Calcul impossible"))
        self.refresh_button.setEnabled(True)
        self.failed.emit(str(exc) if isinstance(exc, UserError) else type(exc).__name__)
        show_error(self, exc)

    def _fill_charts(self, shown: ShownReport) -> None:
        months = _rows(shown.table("contacts_mois"))
        self._bars(
            self.months_chart, [_month_abbr(k) for k, _, _ in months], [v for _, _, v in months]
        )
        age = _rows(shown.table("age"))
        short = {
            "mineurs": self.tr("Mineurs"),
            "18_21": self.tr("18-21 ans"),
            "22_25": self.tr("22-25 ans"),
            "26_plus": self.tr("26 ans +"),
            "nr": self.tr("Inconnu"),
        }
        self._bars(
            self.age_chart, [short.get(k, label) for k, label, _ in age], [v for _, _, v in age]
        )
        results = _rows(shown.table("situations"), kind="subtotal")
        self._bars(
            self.results_chart,
            [label for _, label, _ in results],
            [v for _, _, v in results],
            horizontal=True,
        )
        place = {k: v for k, _, v in _rows(shown.table("contacts_lieu"))}
        outside = sum(v for k, _, v in _rows(shown.table("contacts_lieu"), kind="subtotal"))
        chart = self.place_chart.chart()
        chart.removeAllSeries()
        series = QPieSeries()
        for label, value, colour in (
            (self.tr("Intra-muros"), place.get("intra_muros", 0.0), ACCENT),
            (self.tr("Hors les murs"), outside, SECOND),
        ):
            if value:
                text = self.tr("{libelle} : {nombre}").format(libelle=label, nombre=f"{value:.0f}")
                part = series.append(text, value)
                part.setColor(colour)
                part.setLabelVisible(True)
        if not series.count():  # an empty chart would look like a fault
            part = series.append(self.tr("Aucun contact sur la période"), 1.0)
            part.setColor(QColor("#e3e9ed"))
            part.setLabelVisible(True)
        chart.addSeries(series)
        chart.legend().setVisible(False)

    def _bars(
        self, view: QChartView, labels: list[str], values: list[float], *, horizontal: bool = False
    ) -> None:
        chart = view.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        if horizontal:  # Qt draws the first category at the bottom: keep the table's order
            labels, values = labels[::-1], values[::-1]
        bar_set = QBarSet(view.accessibleName())
        bar_set.append(values)
        bar_set.setColor(ACCENT)
        bar_set.setLabelColor(QColor("#1d2a33"))  # written on the background, above the bar
        series: QBarSeries | QHorizontalBarSeries = (
            QHorizontalBarSeries() if horizontal else QBarSeries()
        )
        series.append(bar_set)
        series.setLabelsVisible(True)
        # Above the bar, not inside it: a thin bar ("177" in a month of a narrow chart) cannot
        # hold its number, which then ran over its neighbours'.
        series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append(labels)
        # Qt cuts a label a few pixels too early ("m…" for "mars"): month and age labels are
        # short and shown whole; the long result categories (horizontal) may still be cut.
        categories.setTruncateLabels(horizontal)
        numbers = QValueAxis()
        numbers.setLabelFormat("%d")
        # Headroom for the numbers written above the highest bar.
        top, ticks = integer_scale(max(values, default=0.0) * 1.12)
        numbers.setRange(0, top)
        numbers.setTickCount(ticks)
        numbers.setMinorTickCount(0)
        if horizontal:
            chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
            chart.addAxis(numbers, Qt.AlignmentFlag.AlignBottom)
        else:
            chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
            chart.addAxis(numbers, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(categories)
        series.attachAxis(numbers)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._computed_at is not None and time.monotonic() - self._computed_at > STALE_AFTER_S:
            self.refresh()

    # --- export ---------------------------------------------------------------------------------

    def _build_export(self) -> QGroupBox:
        box = QGroupBox(self.tr("Rapport d'activité pour les financeurs"))
        # The current year to date, like the figures above: what a funder asks for mid-year.
        self.start_edit = QDateEdit(QDate(self.today.year, 1, 1))
        self.end_edit = QDateEdit(QDate(self.today.year, self.today.month, self.today.day))
        for edit in (self.start_edit, self.end_edit):
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.setCalendarPopup(True)
        self.split_combo = QComboBox()
        # Item data: the split as the command line spells it (see ``parse_split``).
        self.split_combo.addItem(self.tr("Sans répartition"), "")
        self.split_combo.addItem(self.tr("PLIE / hors PLIE"), Split("plie").spec)
        for code in ("FSE", "FIPD", "Ville", "SPIP"):
            self.split_combo.addItem(
                self.tr("Financement {nom} / hors {nom}").format(nom=code), f"financeur:{code}"
            )
        dispositifs = [nom for _id, nom in names(self.store, "dispositif")]
        for name in dispositifs:
            if isinstance(name, str) and name:
                self.split_combo.addItem(
                    self.tr("Dispositif {nom} / hors {nom}").format(nom=one_line(name)),
                    Split("dispositif", name).spec,
                )
        self.format_combo = QComboBox()
        for code, label in (
            ("pdf", self.tr("PDF (avec graphiques)")),
            ("xlsx", self.tr("Tableur XLSX")),
            ("csv", self.tr("CSV")),
        ):
            self.format_combo.addItem(label, code)

        # The three outputs, named for who may read them; the masked one is the default.
        self.mode_group = QButtonGroup(self)
        self.mode_buttons: dict[Mode, QRadioButton] = {}
        modes = QVBoxLayout()
        modes.setSpacing(2)
        choices: tuple[tuple[Mode, str], ...] = (
            ("masque", self.tr("Masqué — pour les financeurs (par défaut)")),
            ("exact", self.tr("Exact sans noms — diffusion restreinte")),
            ("nominatif", self.tr("Liste nominative — usage interne")),
        )
        for mode, label in choices:
            button = QRadioButton(label)
            button.setObjectName(f"mode_{mode}")
            self.mode_group.addButton(button)
            self.mode_buttons[mode] = button
            modes.addWidget(button)
            button.toggled.connect(self._show_mode_note)
        self.mode_note = PlainLabel(wrap=True)
        self.mode_note.setObjectName("modeNote")
        modes.addWidget(self.mode_note)
        self.mode_buttons["masque"].setChecked(True)

        self.export_button = QPushButton(self.tr("Exporter le rapport…"))
        self.export_button.clicked.connect(self._choose_file)
        self.settings_button = QPushButton(self.tr("Réglages du rapport…"))
        self.settings_button.setObjectName("reportSettingsButton")
        self.settings_button.clicked.connect(self.open_settings)
        # The settings are local to an installation and entered at the office: a laptop's
        # exports use the defaults, and it has no form for them.
        self.settings_button.setVisible(self.store.db.role == "office")
        self.export_progress = QProgressBar()
        self.export_progress.setObjectName("exportProgress")
        self.export_progress.setTextVisible(False)
        self.export_progress.setMaximumWidth(180)
        self.export_progress.setVisible(False)
        self.export_status = PlainLabel(wrap=True)
        self.export_status.setObjectName("countLabel")

        dates = QHBoxLayout()
        dates.addWidget(QLabel(self.tr("Du")))
        dates.addWidget(self.start_edit)
        dates.addWidget(QLabel(self.tr("au")))
        dates.addWidget(self.end_edit)
        dates.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Période"), dates)
        form.addRow(self.tr("Répartition"), self.split_combo)
        form.addRow(self.tr("Format"), self.format_combo)
        form.addRow(self.tr("Sortie"), modes)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.settings_button)
        buttons.addWidget(self.export_progress)
        buttons.addWidget(self.export_status, 1)
        layout = QVBoxLayout(box)
        layout.addLayout(form)
        layout.addLayout(buttons)
        return box

    @property
    def mode(self) -> Mode:
        for mode, button in self.mode_buttons.items():
            if button.isChecked():
                return mode
        return "masque"

    def _show_mode_note(self) -> None:
        mode = self.mode
        if mode == "exact":
            text = self.tr(
                "Tous les effectifs exacts, sans aucun nom. Chaque page porte la mention "
                "« Diffusion restreinte » : réservé à la Mission Locale et aux financeurs sous "
                "convention. La demande est inscrite au journal d'accès."
            )
        elif mode == "nominatif":
            text = self.tr(
                "Le fichier contiendra les noms des jeunes et tous les effectifs, même inférieurs "
                "au seuil. La demande est inscrite au journal d'accès. Ne le transmettez pas "
                "hors de la Mission Locale."
            )
        else:
            text = self.tr(
                "Les effectifs inférieurs au seuil de masquage sont masqués (secret "
                "statistique) ; avant l'écriture, un contrôle vérifie qu'aucune valeur masquée "
                "ne peut être recalculée. Les définitions figurent en annexe du rapport."
            )
        self.mode_note.setText(text)
        self.mode_note.setObjectName("noteWarning" if mode != "masque" else "modeNote")
        self.mode_note.style().unpolish(self.mode_note)
        self.mode_note.style().polish(self.mode_note)

    def mode_label(self, mode: Mode) -> str:
        return {
            "masque": self.tr("masqué, pour les financeurs"),
            "exact": self.tr("exact sans noms, diffusion restreinte"),
            "nominatif": self.tr("liste nominative, usage interne"),
        }[mode]

    def export_period(self) -> Period:
        start, end = self.start_edit.date(), self.end_edit.date()
        return Period(
            date(start.year(), start.month(), start.day()), date(end.year(), end.month(), end.day())
        )

    def _choose_file(self) -> None:
        try:
            period = self.export_period()
        except UserError as exc:
            show_error(self, exc)
            return
        fmt = str(self.format_combo.currentData())
        suffix = {"masque": "", "exact": "-exact", "nominatif": "-nominatif"}[self.mode]
        suggested = (
            f"rapport-activite-{period.start.isoformat()}-{period.end.isoformat()}{suffix}.{fmt}"
        )
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Enregistrer le rapport d'activité"),
            str(Path.home() / suggested),
            self.tr("Fichier {format} (*.{ext})").format(format=fmt.upper(), ext=fmt),
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> QMessageBox | None:
        """Write the report with the options of the form (on the worker pool). The exact and
        the named outputs first ask for a confirmation: the box is returned, the export starts
        on "Oui"."""
        if self._export_worker is not None and self._export_worker.running:
            return None
        try:
            period = self.export_period()
        except UserError as exc:
            show_error(self, exc)
            return None
        mode = self.mode
        if mode == "masque":
            self._start_export(path, period, mode)
            return None
        if mode == "exact":
            text = self.tr(
                "Le rapport contiendra tous les effectifs exacts, sans aucun nom, avec la mention "
                "« Diffusion restreinte ». Il est réservé à la Mission Locale et aux financeurs "
                "sous convention.\n\nCette demande sera inscrite au journal d'accès. Continuer ?"
            )
        else:
            text = self.tr(
                "Le fichier contiendra les noms des jeunes et tous les effectifs, sans masquage. "
                "Usage interne seulement : ne le transmettez pas hors de la Mission Locale."
                "\n\nCette demande sera inscrite au journal d'accès. Continuer ?"
            )
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Rapport sans masquage"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setObjectName("confirmExport")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered(button: QAbstractButton) -> None:
            if box.standardButton(button) == QMessageBox.StandardButton.Yes:
                self._start_export(path, period, mode)

        box.buttonClicked.connect(answered)
        box.open()
        return box

    def _start_export(self, path: Path, period: Period, mode: Mode) -> None:
        fmt: Any = self.format_combo.currentData()
        if path.suffix.lower() != f".{fmt}":
            path = path.with_name(path.name + f".{fmt}")
        spec = str(self.split_combo.currentData() or "")
        split = parse_split(spec) if spec else None
        store = self.store
        self.export_button.setEnabled(False)
        self.export_status.setText(self.tr("Export en cours…"))
        self.export_progress.setRange(0, 0)
        self.export_progress.setVisible(True)

        def job(ctx: JobContext) -> ReportExport:
            return export_activity_report(
                store, period, path, fmt, split=split, mode=mode, progress=ctx.progress
            )

        self._export_worker = run_in_background(
            job,
            name="rapport-activite",
            on_finished=self._export_done,
            on_failed=self._export_failed,
            on_progress=self._export_step,
        )

    def _export_step(self, done: int, total: int) -> None:
        self.export_progress.setRange(0, total)
        self.export_progress.setValue(done)

    def _export_ended(self) -> None:
        self.export_button.setEnabled(True)
        self.export_progress.setVisible(False)

    def _export_done(self, result: ReportExport) -> None:
        self._export_ended()
        kind = self.mode_label(result.mode)
        self.export_status.setText(
            self.tr("Rapport enregistré ({sortie}) : {chemin}").format(
                sortie=kind, chemin=str(result.path)
            )
        )
        self.exported.emit(str(result.path))
        show_message(
            self,
            self.tr("Le rapport d'activité ({sortie}) a été enregistré :\n{chemin}").format(
                sortie=kind, chemin=str(result.path)
            ),
        )

    def _export_failed(self, exc: BaseException) -> None:
        self._export_ended()
        if isinstance(exc, DisclosureError):
            self.export_status.setText(
                self.tr("Secret statistique non garanti : aucun fichier n'a été écrit.")
            )
        else:
            self.export_status.setText(self.tr("L'export a échoué."))
        self.failed.emit(str(exc) if isinstance(exc, UserError) else type(exc).__name__)
        show_error(self, exc)

    # --- settings of the report (office) ----------------------------------------------------------

    def open_settings(self) -> ReportSettingsDialog:
        """The office's settings of the report, for the year the export period starts in."""
        tables = (
            [(t.table.key, one_line(t.table.title)) for t in self.shown.tables]
            if self.shown is not None
            else []
        )
        dialog = ReportSettingsDialog(
            self.store, self.start_edit.date().year(), tables, self.window()
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # --- visiting room ----------------------------------------------------------------------------

    def set_parloir(self, on: bool) -> None:
        """In the visiting room, the youth may see the screen: nothing of the office shows."""
        self.stack.setCurrentIndex(1 if on else 0)


_MONTHS = (
    N("DashboardView", "janv."),
    N("DashboardView", "févr."),
    N("DashboardView", "mars"),
    N("DashboardView", "avr."),
    N("DashboardView", "mai"),
    N("DashboardView", "juin"),
    N("DashboardView", "juil."),
    N("DashboardView", "août"),
    N("DashboardView", "sept."),
    N("DashboardView", "oct."),
    N("DashboardView", "nov."),
    N("DashboardView", "déc."),
)


def _month_abbr(key: str) -> str:
    if len(key) == 7 and key[5:].isdigit():
        return QCoreApplication.translate("DashboardView", _MONTHS[int(key[5:]) - 1])
    return key
