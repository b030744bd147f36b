"""Importer un tableur: the spreadsheet a Mission Locale keeps (CSV or .xlsx, youths and their
history) into the store, in three steps: the file (and the template to fill), the columns
recognised and ignored with the refused lines, the possible duplicates to settle. Everything is
written at the end, in one transaction, or nothing (``services.intake``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ...core.errors import UserError
from ...services import intake
from ...services.session import Store
from .. import saving
from ..shell.errors import show_error, show_message
from ..widgets.formatting import date_fr
from ..widgets.text import PlainLabel, one_line

PAGE_FILE, PAGE_COLUMNS, PAGE_DUPLICATES = range(3)


def _item(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(one_line(text))
    item.setToolTip(one_line(text))
    return item


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Le fichier"))
        self.setSubTitle(
            self.tr(
                "Un tableur CSV ou Excel (.xlsx) : une feuille de jeunes et, si vous les avez, "
                "leurs accompagnements, contacts, situations et aménagements. Le modèle donne "
                "les colonnes attendues."
            )
        )
        self.template_button = QPushButton(self.tr("Télécharger le modèle…"))
        self.template_button.setObjectName("templateButton")
        self.template_button.clicked.connect(self.save_template)
        self.choose_button = QPushButton(self.tr("Choisir le fichier…"))
        self.choose_button.setObjectName("chooseFileButton")
        self.choose_button.clicked.connect(self.choose)
        self.path_label = PlainLabel(self.tr("Aucun fichier choisi."), wrap=True)
        self.path_label.setObjectName("chosenFile")
        self.error = PlainLabel(wrap=True)
        self.error.setObjectName("fileError")
        self.error.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.template_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.path_label)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.path: Path | None = None
        self.chooser: QFileDialog | None = None

    def save_template(self) -> QFileDialog:
        chooser = QFileDialog(self, self.tr("Enregistrer le modèle"), str(Path.home()))
        chooser.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        chooser.setNameFilter(self.tr("Classeur Excel (*.xlsx)"))
        chooser.setDefaultSuffix("xlsx")
        chooser.selectFile(self.tr("modele-import-dedans-dehors.xlsx"))
        chooser.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        chooser.fileSelected.connect(lambda p: self.write_template(Path(p)) if p else None)
        self.chooser = chooser
        chooser.open()
        return chooser

    def write_template(self, path: Path) -> None:
        try:
            path.write_bytes(intake.template("csv" if path.suffix.lower() == ".csv" else "xlsx"))
        except OSError:
            show_error(self, UserError(self.tr("Le modèle n'a pas pu être enregistré ici.")))
            return
        show_message(
            self,
            self.tr("Modèle enregistré : {path}. Remplissez-le puis choisissez-le ici.").format(
                path=path
            ),
        )

    def choose(self) -> QFileDialog:
        chooser = QFileDialog(self, self.tr("Choisir le tableur"), str(Path.home()))
        chooser.setNameFilter(self.tr("Tableurs (*.xlsx *.csv *.txt)"))
        chooser.setFileMode(QFileDialog.FileMode.ExistingFile)
        chooser.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        chooser.fileSelected.connect(lambda p: self.set_path(Path(p)) if p else None)
        self.chooser = chooser
        chooser.open()
        return chooser

    def set_path(self, path: Path) -> None:
        self.path = path
        self.path_label.setText(self.tr("Fichier : {name}").format(name=path.name))
        self.error.hide()
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.path is not None

    def validatePage(self) -> bool:
        if self.path is None:
            return False
        try:
            data = self.path.read_bytes()
            self.owner.plan = intake.prepare(self.owner.store, data, self.path.name)
        except OSError:
            self.error.setText(self.tr("Le fichier ne peut pas être lu."))
            self.error.show()
            return False
        except UserError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return False
        self.error.hide()
        return True


class ColumnsPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Colonnes reconnues"))
        self.setSubTitle(
            self.tr(
                "Vérifiez ce qui a été compris. Les colonnes ignorées ne sont pas importées. "
                "Une seule ligne refusée et rien n'est importé : corrigez le tableur puis "
                "recommencez."
            )
        )
        self.sheets = QTableWidget(0, 4)
        self.sheets.setObjectName("sheetTable")
        self.sheets.setHorizontalHeaderLabels(
            [self.tr("Feuille"), self.tr("Lue comme"), self.tr("Colonnes"), self.tr("Lignes")]
        )
        self.sheets.verticalHeader().hide()
        self.sheets.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.sheets.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.sheets.setWordWrap(True)
        self.report = QPlainTextEdit()
        self.report.setObjectName("importReport")
        self.report.setReadOnly(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.sheets, 1)
        layout.addWidget(self.report, 2)

    def initializePage(self) -> None:
        plan = self.owner.plan
        assert plan is not None
        kinds = {
            "jeunes": self.tr("Jeunes"),
            "accompagnements": self.tr("Accompagnements"),
            "contacts": self.tr("Contacts"),
            "situations": self.tr("Situations"),
            "amenagements": self.tr("Aménagements"),
            "": self.tr("Ignorée"),
        }
        self.sheets.setRowCount(len(plan.sheets))
        for row, sheet in enumerate(plan.sheets):
            recognised = ", ".join(sheet.recognised.values())
            text = self.tr("Reconnues : {known}").format(known=recognised or "—")
            if sheet.ignored:
                text += " — " + self.tr("ignorées : {ignored}").format(
                    ignored=", ".join(sheet.ignored)
                )
            for col, value in enumerate((sheet.name, kinds[sheet.kind], text, str(sheet.rows))):
                self.sheets.setItem(row, col, _item(value))
        self.sheets.resizeRowsToContents()
        self.report.setPlainText(intake.plan_text(plan))

    def isComplete(self) -> bool:
        plan = self.owner.plan
        return plan is not None and not plan.rejected

    def nextId(self) -> int:
        plan = self.owner.plan
        return PAGE_DUPLICATES if plan is not None and plan.doubtful else -1


class DuplicatesPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Doublons possibles"))
        self.setSubTitle(
            self.tr(
                "Ces lignes ressemblent à des jeunes déjà dans la base. Pour chacune : "
                "fusionner (c'est la même personne : l'historique rejoint son dossier), "
                "ignorer la ligne, ou créer un nouveau dossier (un homonyme)."
            )
        )
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("duplicateTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Ligne"),
                self.tr("Dans le fichier"),
                self.tr("Dans la base"),
                self.tr("Ressemblance"),
                self.tr("Décision"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.combos: dict[int, QComboBox] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)

    def initializePage(self) -> None:
        plan = self.owner.plan
        assert plan is not None
        doubtful = plan.doubtful
        self.table.setRowCount(len(doubtful))
        self.combos = {}
        for row, youth in enumerate(doubtful):
            best = youth.candidates[0]
            born = date_fr(youth.row.jeune.get("date_naissance"))
            values = (
                str(youth.line),
                f"{youth.name} ({born})",
                f"{best.nom} {best.prenoms} ({date_fr(best.date_naissance)})",
                best.likeness.reason,
            )
            for col, value in enumerate(values):
                self.table.setItem(row, col, _item(value))
            combo = QComboBox()
            combo.setObjectName(f"decision_{youth.line}")
            combo.setPlaceholderText(self.tr("Choisir…"))
            combo.addItem(self.tr("Fusionner"), intake.MERGE)
            combo.addItem(self.tr("Ignorer la ligne"), intake.SKIP)
            combo.addItem(self.tr("Créer (homonyme)"), intake.CREATE)
            combo.setCurrentIndex(-1)
            combo.currentIndexChanged.connect(lambda _i: self.completeChanged.emit())
            self.table.setCellWidget(row, 4, combo)
            self.combos[youth.line] = combo

    def decisions(self) -> dict[int, str]:
        return {
            line: str(combo.currentData())
            for line, combo in self.combos.items()
            if combo.currentIndex() >= 0
        }

    def isComplete(self) -> bool:
        return len(self.decisions()) == len(self.combos)


class ImportWizard(QWizard):
    """``imported(youth_ids)`` once written."""

    imported = Signal(list)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importWizard")
        self.store = store
        self.plan: intake.ImportPlan | None = None
        self.outcome: intake.ImportOutcome | None = None
        self.setWindowTitle(self.tr("Importer un tableur"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.file_page = FilePage(self)
        self.columns_page = ColumnsPage(self)
        self.duplicates_page = DuplicatesPage(self)
        self.setPage(PAGE_FILE, self.file_page)
        self.setPage(PAGE_COLUMNS, self.columns_page)
        self.setPage(PAGE_DUPLICATES, self.duplicates_page)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Importer"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Suivant >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< Précédent"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Annuler"))
        self.resize(860, 560)

    def accept(self) -> None:
        assert self.plan is not None
        try:
            self.outcome = saving.save(
                self.store,
                intake.apply,
                self.store,
                self.plan,
                self.duplicates_page.decisions(),
            )
        except UserError as exc:
            show_error(self, exc)
            return
        self.imported.emit(list(self.outcome.youth_ids))
        parent = self.parentWidget()
        text = intake.outcome_text(self.outcome)
        super().accept()
        show_message(parent, text)


__all__ = ["ImportWizard"]
