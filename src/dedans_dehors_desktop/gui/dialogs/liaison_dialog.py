"""The SPIP liaison sheet from the case file: the youth's consent item by item (dated,
recorded), the notes chosen one by one for this sheet, then save or print."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
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

from ...core.dates import format_fr
from ...core.errors import UserError
from ...core.i18n import tr
from ...services import liaison
from ...services.week import Store
from .. import saving
from ..shell.errors import show_error
from ..widgets.text import PlainLabel, one_line
from .document_output import choose_pdf_path, print_pdf, write_pdf

COL_SHARED, COL_ITEM, COL_DATE, COL_NOTE_OK, COL_NOTE_NOW = range(5)


class LiaisonDialog(QDialog):
    def __init__(self, store: Store, jeune_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("liaisonDialog")
        self.setWindowTitle(self.tr("Fiche de liaison SPIP"))
        self.resize(980, 620)
        self.store = store
        self.jeune_id = jeune_id
        self.items: list[liaison.ShareableItem] = []
        intro = PlainLabel(
            self.tr(
                "Cochez les éléments que le jeune accepte de partager avec son CPIP : chaque "
                "accord est enregistré et daté. Une note d'entretien n'est jointe que si le "
                "jeune l'accepte et que vous la choisissez pour cette fiche."
            ),
            wrap=True,
        )
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("liaisonItems")
        self.table.setProperty("caseData", True)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Partagé"),
                self.tr("Élément"),
                self.tr("Accord du"),
                self.tr("Note partageable"),
                self.tr("Joindre la note"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(COL_ITEM, QHeaderView.ResizeMode.Stretch)
        self.held = PlainLabel(wrap=True)
        self.held.setObjectName("heldBack")
        self.held.hide()
        self.save_consents = QPushButton(self.tr("Enregistrer les accords"))
        self.save_consents.setObjectName("saveConsentsButton")
        self.save_button = QPushButton(self.tr("Enregistrer la fiche en PDF…"))
        self.save_button.setObjectName("saveLiaisonButton")
        self.print_button = QPushButton(self.tr("Imprimer…"))
        self.print_button.setObjectName("printLiaisonButton")
        close = QPushButton(self.tr("Fermer"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_consents)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.held)
        layout.addLayout(buttons)
        self.save_consents.clicked.connect(self.apply_consents)
        # A note chosen or dropped: what the checks would hold back is shown again.
        self.table.itemChanged.connect(lambda item: self._choice_changed(item.column()))
        self.save_button.clicked.connect(self._on_save)
        self.print_button.clicked.connect(lambda: print_pdf(self, self.render_pdf))
        close.clicked.connect(self.reject)
        self.reload()

    def _check(self, checked: bool, enabled: bool = True) -> QTableWidgetItem:
        item = QTableWidgetItem()
        flags = Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable
        item.setFlags(flags | Qt.ItemFlag.ItemIsEnabled if enabled else flags)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        return item

    def reload(self) -> None:
        self.items = liaison.shareable_items(self.store, self.jeune_id)
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.items))
        for row, it in enumerate(self.items):
            section = tr("Fiche de liaison", liaison.SHAREABLE[it.table])
            self.table.setItem(row, COL_SHARED, self._check(it.shared))
            self.table.setItem(row, COL_ITEM, QTableWidgetItem(one_line(f"{section} · {it.label}")))
            when = format_fr(date.fromisoformat(it.consent.date)) if it.consent else ""
            self.table.setItem(row, COL_DATE, QTableWidgetItem(when))
            has_note = it.note is not None
            allowed = bool(it.consent and it.consent.avec_note)
            self.table.setItem(row, COL_NOTE_OK, self._check(allowed, has_note))
            self.table.setItem(row, COL_NOTE_NOW, self._check(False, has_note and allowed))
        self.table.resizeColumnToContents(COL_SHARED)
        self.table.blockSignals(False)
        self.refresh_held()

    def row_of(self, record_id: str) -> int:
        return next(i for i, it in enumerate(self.items) if it.record_id == record_id)

    def set_checked(self, record_id: str, column: int, checked: bool) -> None:
        cell = self.table.item(self.row_of(record_id), column)
        if cell is not None:
            cell.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _checked(self, row: int, column: int) -> bool:
        cell = self.table.item(row, column)
        return cell is not None and cell.checkState() == Qt.CheckState.Checked

    def apply_consents(self) -> None:
        wanted: dict[tuple[str, str], bool | None] = {}
        for row, it in enumerate(self.items):
            shared = self._checked(row, COL_SHARED)
            wanted[(it.table, it.record_id)] = (
                (self._checked(row, COL_NOTE_OK) and it.note is not None) if shared else None
            )
        try:
            saving.save(
                self.store, liaison.set_consents, self.store, self.jeune_id, wanted, date.today()
            )
        except UserError as exc:
            show_error(self, exc, self.windowTitle())
            return
        self.reload()

    def _choice_changed(self, column: int) -> None:
        if column == COL_NOTE_NOW:
            self.refresh_held()

    def notes_chosen(self) -> set[str]:
        return {
            it.record_id
            for row, it in enumerate(self.items)
            if it.note is not None and self._checked(row, COL_NOTE_NOW)
        }

    def refresh_held(self) -> None:
        content = liaison.liaison_sheet(self.store, self.jeune_id, notes=self.notes_chosen())
        if content.held_back:
            lines = [
                self.tr("Non imprimé ({raison}) : {texte}").format(
                    raison=h.reason, texte=one_line(h.text)
                )
                for h in content.held_back
            ]
            self.held.setText("\n".join(lines))
        self.held.setVisible(bool(content.held_back))

    def render_pdf(self) -> bytes:
        """The sheet as PDF (logged in the access log)."""
        notes = self.notes_chosen()
        pdf = saving.save(
            self.store, liaison.render_liaison, self.store, self.jeune_id, notes=notes
        )
        return pdf[0]

    def save_to(self, path: Path) -> bool:
        return write_pdf(self, path, self.render_pdf)

    def _on_save(self) -> None:
        choose_pdf_path(
            self,
            self.tr("Enregistrer la fiche de liaison"),
            self.tr("fiche-liaison-{date}.pdf").format(date=date.today().isoformat()),
            self.save_to,
        )
