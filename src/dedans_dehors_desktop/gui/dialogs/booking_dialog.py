"""Booking a youth into a permanence: the youth (fixed when opened from the case file), the
slot, one of its next dates, an hour. Warnings (already booked that day, someone at the same
time) are shown first; a second click books anyway."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core import enums as E
from ...core.dates import format_long_fr
from ...core.errors import UserError
from ...services import week
from ...services.week import Store
from .. import saving
from ..widgets.text import PlainLabel, one_line


class BookingDialog(QDialog):
    """``saved(booking_id)`` once the youth is booked."""

    saved = Signal(str)

    def __init__(
        self,
        store: Store,
        *,
        jeune_id: str | None = None,
        slot_id: str | None = None,
        day: date | None = None,
        origine: str = "dossier",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("bookingDialog")
        self.setWindowTitle(self.tr("Inscrire à une permanence"))
        self.store = store
        self._confirmed_for: tuple[object, ...] | None = None
        self.jeune = QComboBox()
        self.jeune.setObjectName("bookingJeune")
        self.jeune.setProperty("caseData", True)
        for jid, label in week.youth_choices(store):
            if jeune_id is None or jid == jeune_id:
                self.jeune.addItem(one_line(label), jid)
        self.jeune.setEnabled(jeune_id is None)
        self.slot = QComboBox()
        self.slot.setObjectName("bookingSlot")
        self.slot.setProperty("caseData", True)
        for s in week.list_slots(store):
            text = (
                f"{E.JOUR_SEMAINE.label(s.jour)} {s.heure_debut}–{s.heure_fin} · {s.etablissement}"
            )
            self.slot.addItem(one_line(text), s.id)
        if slot_id is not None and self.slot.findData(slot_id) >= 0:
            self.slot.setCurrentIndex(self.slot.findData(slot_id))
        self.day = QComboBox()
        self.day.setObjectName("bookingDate")
        self.heure = QLineEdit()
        self.heure.setObjectName("bookingHeure")
        self.heure.setPlaceholderText(self.tr("hh:mm (facultatif)"))
        self.heure.setMaxLength(5)
        self.origine = QComboBox()
        self.origine.setObjectName("bookingOrigine")
        for code, label in E.ORIGINE_INSCRIPTION.labelled():
            self.origine.addItem(label, code)
        self.origine.setCurrentIndex(max(self.origine.findData(origine), 0))
        self.message = PlainLabel(wrap=True)
        self.message.setObjectName("bookingWarnings")
        self.message.hide()
        form = QFormLayout()
        form.addRow(self.tr("Jeune"), self.jeune)
        form.addRow(self.tr("Permanence"), self.slot)
        form.addRow(self.tr("Date"), self.day)
        form.addRow(self.tr("Heure"), self.heure)
        form.addRow(self.tr("Origine"), self.origine)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.book_button = QPushButton(self.tr("Inscrire"))
        self.book_button.setObjectName("bookButton")
        self.book_button.setDefault(True)
        self.buttons.addButton(self.book_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.slot.currentIndexChanged.connect(lambda _i: self._fill_days(None))
        for signal in (
            self.jeune.currentIndexChanged,
            self.day.currentIndexChanged,
            self.slot.currentIndexChanged,
        ):
            signal.connect(self._reset_confirmation)
        self.heure.textChanged.connect(self._reset_confirmation)
        self._fill_days(day)

    def _fill_days(self, wanted: date | None) -> None:
        self.day.clear()
        slot_id = self.slot.currentData()
        if not slot_id:
            return
        start = min(wanted or date.today(), date.today())
        for d in week.next_occurrences(self.store, slot_id, start, 12):
            if d >= date.today() or d == wanted:
                self.day.addItem(format_long_fr(d), d)
        if wanted is not None and self.day.findData(wanted) >= 0:
            self.day.setCurrentIndex(self.day.findData(wanted))

    def _reset_confirmation(self, *_args: object) -> None:
        self._confirmed_for = None
        self.book_button.setText(self.tr("Inscrire"))
        self.message.hide()

    def _key(self) -> tuple[object, ...]:
        return (
            self.jeune.currentData(),
            self.slot.currentData(),
            self.day.currentData(),
            self.heure.text().strip(),
        )

    def save(self) -> None:
        jeune_id, slot_id, day, heure = self._key()
        try:
            if not isinstance(jeune_id, str) or not isinstance(slot_id, str):
                raise UserError(self.tr("Choisissez un jeune et une permanence."))
            if not isinstance(day, date):
                raise UserError(self.tr("Cette permanence n'a pas de date à venir."))
            hour = str(heure) or None
            if self._confirmed_for != self._key():
                warnings = week.booking_warnings(self.store, jeune_id, slot_id, day, hour)
                if warnings:
                    self._confirmed_for = self._key()
                    self.message.setText("\n".join(warnings))
                    self.message.show()
                    self.book_button.setText(self.tr("Inscrire quand même"))
                    return
            booking = saving.save(
                self.store,
                week.book,
                self.store,
                jeune_id,
                slot_id,
                day,
                hour,
                str(self.origine.currentData()),
            )
        except UserError as exc:
            self.message.setText(str(exc))
            self.message.show()
            return
        self.saved.emit(booking)
        self.accept()
