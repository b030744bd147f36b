"""The reminders' thresholds (settings of this installation): how far ahead a release, an
identity document or a commission is announced, and after how long without contact."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QSpinBox, QVBoxLayout, QWidget

from ...core.errors import UserError
from ...services import reminders
from ...services.week import Store
from .. import saving
from ..shell.errors import show_error


class ThresholdsDialog(QDialog):
    applied = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("thresholdsDialog")
        self.setWindowTitle(self.tr("Seuils des rappels"))
        self.store = store
        current = reminders.thresholds(store)
        self.release = self._spin(
            "releaseWeeks", 1, 52, current.release_weeks, self.tr(" semaines")
        )
        self.contact = self._spin(
            "noContactWeeks", 1, 52, current.no_contact_weeks, self.tr(" semaines")
        )
        self.document = self._spin("documentDays", 1, 365, current.document_days, self.tr(" jours"))
        self.commission = self._spin(
            "commissionDays", 1, 90, current.commission_days, self.tr(" jours")
        )
        form = QFormLayout()
        form.addRow(self.tr("Sortie prévue dans moins de"), self.release)
        form.addRow(self.tr("Aucun contact depuis plus de"), self.contact)
        form.addRow(self.tr("Pièce d'identité expirant dans moins de"), self.document)
        form.addRow(self.tr("Commission dans moins de"), self.commission)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def _spin(self, name: str, low: int, high: int, value: int, suffix: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setObjectName(name)
        spin.setRange(low, high)
        spin.setValue(value)
        spin.setSuffix(suffix)
        return spin

    def save(self) -> None:
        try:
            saving.save(
                self.store,
                reminders.set_thresholds,
                self.store,
                reminders.Thresholds(
                    release_weeks=self.release.value(),
                    no_contact_weeks=self.contact.value(),
                    document_days=self.document.value(),
                    commission_days=self.commission.value(),
                ),
            )
        except UserError as exc:
            show_error(self, exc, self.windowTitle())
            return
        self.applied.emit()
        self.accept()
