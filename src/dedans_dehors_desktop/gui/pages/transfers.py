"""The office's "Transferts et conservation" page: trusted Missions Locales, incoming
transfers, transferred case files due for erasure, and the retention rules with their preview
and run. Everything goes through ``services.handover`` and ``services.retention``.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...services import handover, retention
from ...services.handover import Store
from .. import saving
from ..dialogs.handover import FingerprintDialog, IncomingDialog
from ..shell.errors import show_error, show_message
from ..widgets.text import PlainLabel


def _t(text: str) -> str:
    return QCoreApplication.translate("Transferts", text)


def _table(headers: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(text))


class TransfersPage(QWidget):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("transfersPage")
        self.store = store
        self.dialog: QWidget | None = None

        offices = QGroupBox(_t("Missions Locales de confiance"))
        self.offices = _table([_t("Mission Locale"), _t("État"), _t("Empreinte")], "officesTable")
        self.own = PlainLabel(
            _t("Empreinte de cette Mission Locale : {fp}").format(
                fp=handover.own_fingerprint(store)
            )
        )
        self.own.setObjectName("ownFingerprint")
        export = QPushButton(_t("Exporter notre identité…"))
        export.clicked.connect(lambda: self.export_identity())
        trust = QPushButton(_t("Importer une identité…"))
        trust.setObjectName("trustButton")
        trust.clicked.connect(lambda: self.import_identity())
        revoke = QPushButton(_t("Révoquer"))
        revoke.setObjectName("revokeButton")
        revoke.clicked.connect(self.revoke_selected)
        box = QVBoxLayout(offices)
        box.addWidget(self.own)
        box.addWidget(self.offices)
        row = QHBoxLayout()
        for b in (export, trust, revoke):
            row.addWidget(b)
        row.addStretch(1)
        box.addLayout(row)

        incoming = QGroupBox(_t("Transferts reçus"))
        self.received = _table([_t("Reçu le"), _t("De"), _t("Dossiers")], "receivedTable")
        open_button = QPushButton(_t("Ouvrir un transfert reçu…"))
        open_button.setObjectName("openTransferButton")
        open_button.clicked.connect(lambda: self.open_transfer())
        box = QVBoxLayout(incoming)
        box.addWidget(self.received)
        box.addWidget(open_button, 0, Qt.AlignmentFlag.AlignLeft)

        outgoing = QGroupBox(_t("Dossiers transférés"))
        self.due = PlainLabel()
        self.due.setObjectName("dueLabel")
        erase = QPushButton(_t("Effacer les dossiers échus"))
        erase.setObjectName("eraseDueButton")
        erase.clicked.connect(self.erase_due)
        box = QVBoxLayout(outgoing)
        box.addWidget(self.due)
        box.addWidget(erase, 0, Qt.AlignmentFlag.AlignLeft)

        rules = QGroupBox(_t("Conservation des dossiers"))
        self.rules = _table(
            [_t("Règle"), _t("Quand"), _t("Effet"), _t("Ce qui reste"), _t("Années"), _t("Active")],
            "rulesTable",
        )
        self.preview_table = _table([_t("Règle"), _t("Dossier"), _t("Fiches")], "retentionPreview")
        save = QPushButton(_t("Enregistrer les règles"))
        save.setObjectName("saveRulesButton")
        save.clicked.connect(self.save_rules)
        preview = QPushButton(_t("Aperçu"))
        preview.setObjectName("retentionPreviewButton")
        preview.clicked.connect(self.show_preview)
        self.run_button = QPushButton(_t("Appliquer (définitif)…"))
        self.run_button.setObjectName("retentionRunButton")
        self.run_button.clicked.connect(self.confirm_run)
        box = QVBoxLayout(rules)
        box.addWidget(self.rules)
        row = QHBoxLayout()
        for b in (save, preview, self.run_button):
            row.addWidget(b)
        row.addStretch(1)
        box.addLayout(row)
        box.addWidget(self.preview_table)

        content = QWidget()
        layout = QVBoxLayout(content)
        for group in (offices, incoming, outgoing, rules):
            layout.addWidget(group)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.refresh()

    # --- reading --------------------------------------------------------------------------------

    def refresh(self) -> None:
        self._offices = handover.list_offices(self.store)
        _fill(
            self.offices,
            [
                [o.name, _t("active") if o.active else _t("révoquée"), o.fingerprint]
                for o in self._offices
            ],
        )
        _fill(
            self.received,
            [
                [t.received_at[:10], t.office_label, str(len(t.youths))]
                for t in handover.received_transfers(self.store)
            ],
        )
        due = handover.due_erasures(self.store)
        self.due.setText(_t("{n} dossier(s) transféré(s) à effacer.").format(n=len(due)))
        self._rules = retention.rules(self.store)
        self.rules.setRowCount(len(self._rules))
        for r, rule in enumerate(self._rules):
            for c, text in enumerate(
                (rule.label, rule.describe(), rule.erases_text(), rule.keeps_text())
            ):
                self.rules.setItem(r, c, QTableWidgetItem(text))
            years = QSpinBox()
            years.setRange(0, 100)
            years.setValue(rule.years)
            self.rules.setCellWidget(r, 4, years)
            active = QTableWidgetItem()
            active.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            active.setCheckState(Qt.CheckState.Checked if rule.enabled else Qt.CheckState.Unchecked)
            self.rules.setItem(r, 5, active)

    # --- trust ----------------------------------------------------------------------------------

    def export_identity(self, dest: Path | None = None) -> Path | None:
        if dest is None:
            chosen = QFileDialog.getExistingDirectory(self, _t("Dossier où écrire l'identité"))
            if not chosen:
                return None
            dest = Path(chosen)
        try:
            path, fingerprint = saving.save(self.store, handover.export_identity, self.store, dest)
        except Exception as exc:
            show_error(self, exc)
            return None
        show_message(
            self,
            _t("Identité écrite : {path}\nEmpreinte à lire à l'autre Mission Locale : {fp}").format(
                path=path, fp=fingerprint
            ),
        )
        return path

    def import_identity(self, path: Path | None = None) -> FingerprintDialog | None:
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self, _t("Identité d'une Mission Locale"), "", _t("Identité (*.ddml)")
            )
            if not chosen:
                return None
            path = Path(chosen)
        try:
            identity = handover.read_identity(path)
        except Exception as exc:
            show_error(self, exc)
            return None
        dialog = FingerprintDialog(identity, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def trusted() -> None:
            try:
                saving.save(self.store, handover.trust_office, self.store, identity)
            except Exception as exc:
                show_error(self, exc)
            self.refresh()

        dialog.accepted.connect(trusted)
        self.dialog = dialog
        dialog.open()
        return dialog

    def revoke_selected(self) -> None:
        row = self.offices.currentRow()
        if row < 0 or row >= len(self._offices):
            return
        try:
            office_id = self._offices[row].office_id
            saving.save(self.store, handover.revoke_office, self.store, office_id)
        except Exception as exc:
            show_error(self, exc)
        self.refresh()

    # --- transfers ------------------------------------------------------------------------------

    def open_transfer(self, path: Path | None = None) -> IncomingDialog | None:
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self, _t("Transfert reçu"), "", _t("Transfert (*.ddtr)")
            )
            if not chosen:
                return None
            path = Path(chosen)
        try:
            preview = handover.preview_transfer(self.store, path)
        except Exception as exc:
            show_error(self, exc, _t("Transfert reçu"))
            return None
        dialog = IncomingDialog(self.store, path, preview, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r: self.refresh())
        self.dialog = dialog
        dialog.open()
        return dialog

    def erase_due(self) -> None:
        try:
            report = saving.save(self.store, handover.erase_due, self.store)
        except Exception as exc:
            show_error(self, exc)
            return
        show_message(self, report.message)
        self.refresh()

    # --- retention ------------------------------------------------------------------------------

    def edited_rules(self) -> list[retention.Rule]:
        out = []
        for r, rule in enumerate(self._rules):
            years = self.rules.cellWidget(r, 4)
            active = self.rules.item(r, 5)
            assert isinstance(years, QSpinBox) and active is not None
            out.append(
                dataclasses.replace(
                    rule,
                    years=years.value(),
                    enabled=active.checkState() == Qt.CheckState.Checked,
                )
            )
        return out

    def save_rules(self) -> None:
        try:
            saving.save(self.store, retention.save_rules, self.store, self.edited_rules())
        except Exception as exc:
            show_error(self, exc)
        self.refresh()

    def show_preview(self) -> None:
        rows = []
        for effect in retention.preview(self.store):
            for c in effect.case_files:
                rows.append([effect.rule.label, c.label, str(c.records)])
        _fill(self.preview_table, rows)

    def confirm_run(self) -> QMessageBox:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            _t("Conservation"),
            _t(
                "Les règles vont être appliquées : les informations concernées seront effacées "
                "ici et sur les postes, définitivement. Continuer ?"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("retentionConfirm")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        yes = box.button(QMessageBox.StandardButton.Yes)
        yes.setObjectName("retentionConfirmYes")
        box.buttonClicked.connect(lambda b: self.run_retention() if b is yes else None)
        box.open()
        return box

    def run_retention(self) -> None:
        try:
            result = saving.save(self.store, retention.run, self.store)
        except Exception as exc:
            show_error(self, exc)
            return
        show_message(self, result.message)
        self.refresh()
        self.show_preview()
