"""A youth being created looks like one already in the store: open theirs, or confirm a homonym.

Shown by the "Nouveau jeune" window before anything is written (``services.duplicates``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...services.duplicates import Candidate
from ..widgets.formatting import date_fr
from ..widgets.text import PlainLabel, one_line


class DuplicatesDialog(QDialog):
    """``open_existing(jeune_id)``: it is the same person; ``homonym``: create anyway.
    Rejected: back to the form, nothing written."""

    open_existing = Signal(str)
    homonym = Signal()

    def __init__(self, candidates: list[Candidate], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("duplicatesDialog")
        self.setWindowTitle(self.tr("Ce jeune est peut-être déjà suivi"))
        self.candidates = candidates
        intro = PlainLabel(
            self.tr(
                "Des dossiers existants ressemblent à celui que vous créez. S'il s'agit de la "
                "même personne, ouvrez son dossier plutôt que d'en créer un second."
            ),
            wrap=True,
        )
        self.table = QTableWidget(len(candidates), 3)
        self.table.setObjectName("candidateTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Nom et prénom"), self.tr("Né(e) le"), self.tr("Ressemblance")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for row, c in enumerate(candidates):
            for col, text in enumerate(
                (f"{c.nom} {c.prenoms}", date_fr(c.date_naissance), c.likeness.reason)
            ):
                item = QTableWidgetItem(one_line(text))
                item.setData(Qt.ItemDataRole.UserRole, c.jeune_id)
                self.table.setItem(row, col, item)
        if candidates:
            self.table.selectRow(0)
        self.open_button = QPushButton(self.tr("Ouvrir ce dossier"))
        self.open_button.setObjectName("openExistingButton")
        self.open_button.setDefault(True)
        self.homonym_button = QPushButton(self.tr("C'est un homonyme : créer le dossier"))
        self.homonym_button.setObjectName("homonymButton")
        self.cancel_button = QPushButton(self.tr("Revenir à la saisie"))
        self.cancel_button.setObjectName("backButton")
        self.open_button.clicked.connect(self._open)
        self.homonym_button.clicked.connect(self._homonym)
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.homonym_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.resize(640, 320)

    def _open(self) -> None:
        row = max(0, self.table.currentRow())
        self.accept()
        self.open_existing.emit(self.candidates[row].jeune_id)

    def _homonym(self) -> None:
        self.accept()
        self.homonym.emit()
