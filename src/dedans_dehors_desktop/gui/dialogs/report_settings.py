"""The office's settings of the funders' report: year, masking threshold, empty tables,
start of the cumulative figures, the year's objectives, the whole Mission Locale's figures for
comparison and a short text per section.

Stored through ``services.documents`` (local settings of this installation, never synced): the
dialog is offered at the office only. Four tabs keep it within a 1366×768 screen.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import UserError
from ...services.documents import (
    MAX_THRESHOLD,
    MIN_THRESHOLD,
    OBJECTIVES,
    SECTION_KEYS,
    TEXT_LIMIT,
    Period,
    ReportOptions,
    report_options,
    save_report_options,
)
from ...services.session import Store
from .. import saving
from ..shell.errors import show_error
from ..widgets.text import PlainLabel

# A figure of 0 means "none entered": an objective or a comparison of zero says nothing.
NUMBER_MAX = 1_000_000
REPORT_CONTEXT = "Rapport d'activité"  # where the labels of objectives and sections live


def _report_text(text: str) -> str:
    return QCoreApplication.translate(REPORT_CONTEXT, text)


def _number_box(name: str) -> QSpinBox:
    box = QSpinBox()
    box.setRange(0, NUMBER_MAX)
    box.setSpecialValueText("—")
    box.setGroupSeparatorShown(True)
    box.setAccessibleName(name)
    box.setMinimumWidth(140)
    return box


class ReportSettingsDialog(QDialog):
    """Edit and save the report's settings for one year (global ones apply to every year)."""

    saved = Signal(int)  # the year

    def __init__(
        self,
        store: Store,
        year: int,
        tables: list[tuple[str, str]],
        parent: QWidget | None = None,
    ) -> None:
        """``tables``: (key, title) of the report's tables, for the whole-ML figures."""
        super().__init__(parent)
        self.setObjectName("reportSettingsDialog")
        self.setWindowTitle(self.tr("Réglages du rapport d'activité"))
        self.store = store
        self._loaded_year = year
        self._other_references: dict[str, int] = {}

        self.year = QSpinBox()
        self.year.setObjectName("reportYear")
        self.year.setRange(1900, 2100)
        self.year.setValue(year)
        self.year.setAccessibleName(self.tr("Année du rapport"))
        self.threshold = QSpinBox()
        self.threshold.setObjectName("reportThreshold")
        self.threshold.setRange(MIN_THRESHOLD, MAX_THRESHOLD)
        self.threshold.setAccessibleName(self.tr("Seuil de masquage"))
        self.omit_empty = QCheckBox(self.tr("Omettre les tableaux entièrement à zéro"))
        self.cumulative_on = QCheckBox(self.tr("Ajouter les chiffres cumulés depuis le"))
        self.cumulative_from = QDateEdit()
        self.cumulative_from.setDisplayFormat("dd/MM/yyyy")
        self.cumulative_from.setCalendarPopup(True)
        self.cumulative_from.setAccessibleName(self.tr("Début des chiffres cumulés"))
        self.cumulative_on.toggled.connect(self.cumulative_from.setEnabled)

        general = QWidget()
        form = QFormLayout(general)
        form.addRow(self.tr("Année"), self.year)
        form.addRow(self.tr("Seuil de masquage"), self.threshold)
        threshold_note = PlainLabel(
            self.tr(
                "Les effectifs inférieurs au seuil sont masqués dans le rapport pour les "
                "financeurs ({min} à {max} ; 5 par défaut). Ce seuil vaut pour toutes les années."
            ).format(min=MIN_THRESHOLD, max=MAX_THRESHOLD),
            wrap=True,
        )
        threshold_note.setObjectName("countLabel")
        form.addRow("", threshold_note)
        form.addRow("", self.omit_empty)
        form.addRow(self.cumulative_on, self.cumulative_from)

        self.objectives: dict[str, QSpinBox] = {}
        objectives = QWidget()
        objective_form = QFormLayout(objectives)
        objective_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        objective_form.addRow(
            PlainLabel(
                self.tr(
                    "Objectifs de l'année choisie ; « — » : pas d'objectif. Le rapport les "
                    "compare au réalisé."
                ),
                wrap=True,
            )
        )
        for code, label, _table, _line in OBJECTIVES:
            text = _report_text(label)
            box = _number_box(text)
            box.setObjectName(f"objective_{code}")
            self.objectives[code] = box
            objective_form.addRow(text, box)

        self.references: dict[str, QSpinBox] = {}
        references = QWidget()
        reference_form = QFormLayout(references)
        reference_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        reference_form.addRow(
            PlainLabel(
                self.tr(
                    "Chiffre de l'ensemble de la Mission Locale pour le total d'un tableau, "
                    "imprimé en comparaison ; « — » : aucun."
                ),
                wrap=True,
            )
        )
        for key, title in tables:
            box = _number_box(title)
            box.setObjectName(f"reference_{key}")
            self.references[key] = box
            caption = PlainLabel(title)
            caption.setBuddy(box)
            reference_form.addRow(caption, box)

        self.texts: dict[str, QPlainTextEdit] = {}
        texts = QWidget()
        text_layout = QVBoxLayout(texts)
        text_layout.addWidget(
            PlainLabel(
                self.tr(
                    "Un texte court par section (contexte, partenaires), imprimé en tête de la "
                    "section ; {n} caractères au plus. Aucune donnée nominative."
                ).format(n=TEXT_LIMIT),
                wrap=True,
            )
        )
        for section, key in SECTION_KEYS.items():
            edit = QPlainTextEdit()
            edit.setObjectName(f"text_{key}")
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(64)
            title = _report_text(section)
            edit.setAccessibleName(title)
            self.texts[key] = edit
            text_layout.addWidget(PlainLabel(title))
            text_layout.addWidget(edit)
        text_layout.addStretch(1)

        self.tabs = QTabWidget()
        for page, name in (
            (general, self.tr("Général")),
            (objectives, self.tr("Objectifs")),
            (references, self.tr("Mission Locale entière")),
            (texts, self.tr("Textes par section")),
        ):
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setWidget(page)
            self.tabs.addTab(scroll, name)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Enregistrer"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        self.resize(720, 560)
        self._load(year)
        self.year.valueChanged.connect(self._load)

    def _load(self, year: int) -> None:
        """Show the stored settings of ``year`` (the year's own ones and the global ones)."""
        self._loaded_year = year
        options = report_options(self.store, Period.year(year))
        self.threshold.setValue(options.threshold)
        self.omit_empty.setChecked(options.omit_empty)
        start = options.cumulative_from
        self.cumulative_on.setChecked(start is not None)
        self.cumulative_from.setEnabled(start is not None)
        default_start = date(year - 2, 1, 1)
        shown = start or default_start
        self.cumulative_from.setDate(QDate(shown.year, shown.month, shown.day))
        for code, box in self.objectives.items():
            box.setValue(options.objectives.get(code, 0))
        for key, box in self.references.items():
            box.setValue(options.references.get(key, 0))
        # Figures of tables this version does not list are kept as they are.
        self._other_references = {
            k: v for k, v in options.references.items() if k not in self.references
        }
        for key, edit in self.texts.items():
            edit.setPlainText(options.texts.get(key, ""))

    def options(self) -> ReportOptions:
        """What the form holds."""
        start = self.cumulative_from.date()
        return ReportOptions(
            threshold=self.threshold.value(),
            omit_empty=self.omit_empty.isChecked(),
            cumulative_from=date(start.year(), start.month(), start.day())
            if self.cumulative_on.isChecked()
            else None,
            objectives={c: b.value() for c, b in self.objectives.items() if b.value()},
            references={
                **self._other_references,
                **{k: b.value() for k, b in self.references.items() if b.value()},
            },
            texts={k: e.toPlainText() for k, e in self.texts.items() if e.toPlainText().strip()},
        )

    def save(self) -> None:
        """Check and store everything in one transaction; a refusal changes nothing."""
        year = self._loaded_year
        try:
            saving.save(self.store, save_report_options, self.store, year, self.options())
        except UserError as exc:
            show_error(self, exc)
            return
        self.saved.emit(year)
        self.accept()
