"""A new recurring permanence slot: establishment, weekday, hours, every N weeks, dates."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...core import enums as E
from ...core.errors import UserError
from ...services import week
from ...services.week import Store
from .. import saving
from ..widgets.editors import DateEdit
from ..widgets.text import PlainLabel, one_line


class SlotDialog(QDialog):
    """``saved(slot_id)`` once the slot is recorded."""

    saved = Signal(str)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("slotDialog")
        self.setWindowTitle(self.tr("Nouveau créneau de permanence"))
        self.store = store
        self.etablissement = QComboBox()
        self.etablissement.setObjectName("slotEtablissement")
        self.etablissement.setProperty("caseData", True)
        for etab_id, nom in week.establishments(store):
            self.etablissement.addItem(one_line(nom), etab_id)
        self.jour = QComboBox()
        self.jour.setObjectName("slotJour")
        for code, label in E.JOUR_SEMAINE.labelled():
            self.jour.addItem(label, code)
        self.debut = QLineEdit("09:00")
        self.debut.setObjectName("slotDebut")
        self.debut.setInputMask("99:99")
        self.fin = QLineEdit("12:00")
        self.fin.setObjectName("slotFin")
        self.fin.setInputMask("99:99")
        self.periodicite = QSpinBox()
        self.periodicite.setObjectName("slotPeriodicite")
        self.periodicite.setRange(1, 12)
        self.periodicite.setSuffix(self.tr(" semaine(s)"))
        self.du = DateEdit()
        self.du.setObjectName("slotDu")
        self.du.set_date(date.today())
        self.au = DateEdit()
        self.au.setObjectName("slotAu")
        self.libelle = QLineEdit()
        self.libelle.setObjectName("slotLibelle")
        self.libelle.setMaxLength(100)
        self.error = PlainLabel(wrap=True)
        self.error.setObjectName("formError")
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("Établissement"), self.etablissement)
        form.addRow(self.tr("Jour"), self.jour)
        form.addRow(self.tr("Début"), self.debut)
        form.addRow(self.tr("Fin"), self.fin)
        form.addRow(self.tr("Toutes les"), self.periodicite)
        form.addRow(self.tr("À partir du"), self.du)
        form.addRow(self.tr("Jusqu'au (facultatif)"), self.au)
        form.addRow(self.tr("Libellé (facultatif)"), self.libelle)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def save(self) -> None:
        try:
            slot_id = saving.save(
                self.store,
                week.create_slot,
                self.store,
                {
                    "etablissement_id": self.etablissement.currentData(),
                    "jour": self.jour.currentData(),
                    "heure_debut": self.debut.text(),
                    "heure_fin": self.fin.text(),
                    "periodicite": self.periodicite.value(),
                    "date_debut": self.du.date(),
                    "date_fin": self.au.date(),
                    "libelle": self.libelle.text(),
                },
            )
        except UserError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        self.saved.emit(slot_id)
        self.accept()
