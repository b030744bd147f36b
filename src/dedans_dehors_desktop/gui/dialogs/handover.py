"""Handover dialogs: "Transférer à une autre Mission Locale" from a case file, the fingerprint
comparison when trusting another office, and the preview of an incoming transfer.

Everything goes through ``services.handover``; user text is shown as plain text.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...services import handover
from ...services.handover import (
    CATEGORIES,
    Consent,
    OfficeIdentity,
    Placement,
    Selection,
    SentTransfer,
    Store,
    TransferPreview,
    category_label,
)
from .. import saving
from ..shell.errors import show_error, show_message
from ..widgets.text import PlainLabel


def _t(text: str) -> str:
    return QCoreApplication.translate("Transferts", text)


class HandoverDialog(QDialog):
    """Choose the office, what travels, the consent and the delay; write the transfer."""

    def __init__(self, store: Store, jeune_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("handoverDialog")
        self.setWindowTitle(_t("Transférer à une autre Mission Locale"))
        self.store = store
        self.jeune_id = jeune_id
        self.dest: Path | None = None
        self.sent: SentTransfer | None = None

        self.office = QComboBox()
        self.office.setObjectName("handoverOffice")
        for o in handover.list_offices(store):
            if o.active:
                self.office.addItem(o.name, o.office_id)
        self.categories: dict[str, QCheckBox] = {}
        cats = QGroupBox(_t("Ce qui est transmis"))
        cats_layout = QVBoxLayout(cats)
        for name in CATEGORIES:
            box = QCheckBox(category_label(name))
            box.setObjectName(f"category_{name}")
            box.setChecked(True)
            if name == "identite":
                box.setEnabled(False)  # a transfer always identifies the youth
            self.categories[name] = box
            cats_layout.addWidget(box)
        self.notes = QListWidget()
        self.notes.setObjectName("handoverNotes")
        for record_id, day, text in handover.notes_of(store, jeune_id):
            item = QListWidgetItem(f"{day} — {text}")
            item.setData(Qt.ItemDataRole.UserRole, record_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.notes.addItem(item)
        cats_layout.addWidget(PlainLabel(_t("Notes à joindre (une par une) :")))
        cats_layout.addWidget(self.notes)

        consent = QGroupBox(_t("Consentement du jeune au transfert (obligatoire)"))
        form = QFormLayout(consent)
        self.consent_date = QDateEdit(QDate.currentDate())
        self.consent_date.setObjectName("consentDate")
        self.consent_date.setCalendarPopup(True)
        self.consent_date.setDisplayFormat("dd/MM/yyyy")
        self.consent_how = QComboBox()
        self.consent_how.setObjectName("consentHow")
        self.consent_how.addItem(_t("Écrit signé"), "ecrit")
        self.consent_how.addItem(_t("Oral, noté par le référent"), "oral")
        self.consent_by = QLineEdit(store.db.user)
        self.consent_by.setObjectName("consentBy")
        self.consent_given = QCheckBox(_t("Le jeune a donné son accord à ce transfert"))
        self.consent_given.setObjectName("consentGiven")
        form.addRow(_t("Date"), self.consent_date)
        form.addRow(_t("Recueilli"), self.consent_how)
        form.addRow(_t("Par"), self.consent_by)
        form.addRow(self.consent_given)

        self.keep = QCheckBox(_t("Le programme continue de suivre le jeune : ne pas effacer ici"))
        self.keep.setObjectName("handoverKeep")
        self.delay = QSpinBox()
        self.delay.setObjectName("handoverDelay")
        self.delay.setRange(0, 3650)
        self.delay.setValue(90)
        self.delay.setSuffix(_t(" jours"))
        self.keep.toggled.connect(lambda on: self.delay.setEnabled(not on))
        delay_row = QHBoxLayout()
        delay_row.addWidget(QLabel(_t("Effacer le dossier ici (et sur les postes) après")))
        delay_row.addWidget(self.delay)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.send_button = QPushButton(_t("Transférer…"))
        self.send_button.setObjectName("handoverSend")
        buttons.addButton(self.send_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.send_button.clicked.connect(self.send)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        form_top = QFormLayout()
        form_top.addRow(_t("Mission Locale"), self.office)
        layout.addLayout(form_top)
        if self.office.count() == 0:
            layout.addWidget(
                PlainLabel(
                    _t(
                        "Aucune Mission Locale de confiance : importez d'abord son identité "
                        "(page « Transferts »)."
                    )
                )
            )
            self.send_button.setEnabled(False)
        layout.addWidget(cats)
        layout.addWidget(consent)
        layout.addWidget(self.keep)
        layout.addLayout(delay_row)
        layout.addWidget(buttons)

    def selection(self) -> Selection:
        consent = None
        if self.consent_given.isChecked() and self.consent_by.text().strip():
            consent = Consent(
                self.consent_date.date().toString("yyyy-MM-dd"),
                str(self.consent_how.currentData()),
                self.consent_by.text().strip(),
            )
        notes = frozenset(
            str(self.notes.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.notes.count())
            if self.notes.item(i).checkState() == Qt.CheckState.Checked
        )
        cats = frozenset(n for n, box in self.categories.items() if box.isChecked())
        return Selection(self.jeune_id, consent, cats, notes)

    def send(self) -> None:
        dest = self.dest
        if dest is None:
            chosen = QFileDialog.getExistingDirectory(
                self, _t("Dossier où écrire le transfert (clé USB)")
            )
            if not chosen:
                return
            dest = Path(chosen)
        try:
            self.sent = saving.save(
                self.store,
                handover.send_transfer,
                self.store,
                str(self.office.currentData()),
                [self.selection()],
                dest,
                erase_after_days=None if self.keep.isChecked() else self.delay.value(),
            )
        except Exception as exc:  # shown to the person; the dialog stays open
            show_error(self, exc, _t("Transfert"))
            return
        self.accept()


class FingerprintDialog(QDialog):
    """Compare the other office's fingerprint, read out over the phone, before trusting it."""

    def __init__(self, identity: OfficeIdentity, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fingerprintDialog")
        self.setWindowTitle(_t("Faire confiance à une Mission Locale"))
        self.identity = identity
        layout = QVBoxLayout(self)
        layout.addWidget(PlainLabel(identity.structure or identity.label))
        layout.addWidget(
            PlainLabel(
                _t(
                    "Appelez cette Mission Locale et faites-lui lire son empreinte. Elle doit "
                    "être exactement :"
                )
            )
        )
        fingerprint = PlainLabel(identity.fingerprint)
        fingerprint.setObjectName("officeFingerprint")
        fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(fingerprint)
        buttons = QDialogButtonBox()
        same = buttons.addButton(
            _t("Les empreintes sont identiques"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        same.setObjectName("fingerprintSame")
        buttons.addButton(_t("Elles diffèrent"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class IncomingDialog(QDialog):
    """Who, what, from whom; for each youth, merge into an existing case file or create."""

    def __init__(
        self, store: Store, path: Path, preview: TransferPreview, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("incomingDialog")
        self.setWindowTitle(_t("Transfert reçu"))
        self.store = store
        self.path = path
        self.accepted_ids: list[tuple[str, str]] = []
        layout = QVBoxLayout(self)
        layout.addWidget(
            PlainLabel(
                _t("De « {ml} », envoyé le {date}").format(ml=preview.sender, date=preview.sent_on)
            )
        )
        self.choices: list[QComboBox] = []
        for y in preview.youths:
            box = QGroupBox(f"{y.name} — {y.birth}")
            inner = QVBoxLayout(box)
            inner.addWidget(PlainLabel(y.consent))
            counts = ", ".join(f"{n} {t}" for t, n in sorted(y.counts.items()))
            inner.addWidget(
                PlainLabel(", ".join(y.categories) + (f" ({counts})" if counts else ""))
            )
            combo = QComboBox()
            combo.setObjectName("incomingPlacement")
            for jeune_id, label in y.matches:
                combo.addItem(_t("Fusionner avec {dossier}").format(dossier=label), jeune_id)
            combo.addItem(_t("Créer un nouveau dossier"), None)
            inner.addWidget(combo)
            self.choices.append(combo)
            layout.addWidget(box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.addButton(_t("Accepter le transfert"), QDialogButtonBox.ButtonRole.AcceptRole)
        ok.setObjectName("incomingAccept")
        ok.clicked.connect(self.apply)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def apply(self) -> None:
        placements = [Placement(c.currentData()) for c in self.choices]
        try:
            accepted = saving.save(
                self.store, handover.accept_transfer, self.store, self.path, placements
            )
        except Exception as exc:
            show_error(self, exc, _t("Transfert reçu"))
            self.reject()
            return
        self.accepted_ids = accepted.youths
        show_message(
            self.parentWidget(),
            _t("{n} fiche(s) reçue(s) de « {ml} ».").format(
                n=accepted.records, ml=accepted.office_label
            ),
            _t("Transfert reçu"),
        )
        self.accept()


def open_handover(store: Store, jeune_id: str, parent: QWidget) -> HandoverDialog:
    dialog = HandoverDialog(store, jeune_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
