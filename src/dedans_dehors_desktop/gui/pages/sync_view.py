"""The "Synchronisation" screen: the stick's folder, export and import with progress, the
conflicts and their resolution, and at the office the devices and the history of bundles.

Long jobs (export, import, enrolment answers) run on the application's worker pool; the screen
only reads the database on the GUI thread once they are over. Every text that comes from a case
file or from a bundle is shown as plain text.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import UserError
from ...services.exchange import (
    ENROLMENT_SUFFIX,
    REQUEST_SUFFIX,
    Conflict,
    Device,
    EnrolmentRequest,
    ExportResult,
    ImportResult,
    StickReport,
    SyncRejected,
    approve_request,
    bundle_history,
    bundles_for_this_installation,
    choose,
    complete_enrolment,
    confirm_deletion,
    create_request,
    describe_scope,
    ensure_identity,
    export_bundle,
    import_bundle,
    list_conflicts,
    list_devices,
    load_identity,
    office_device,
    read_offer,
    read_request,
    restore_record,
    revoke,
    set_scope,
    stick_folder,
    synchronise,
)
from ...services.session import Store
from .. import saving
from ..dialogs.scope_editor import ScopeDialog, ScopeEditor
from ..shell.errors import show_error
from ..widgets.text import PlainLabel, one_line
from ..workers import JobContext, Worker, run_in_background


def _item(text: object) -> QTableWidgetItem:
    item = QTableWidgetItem(one_line(text))
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item


class ResolveDialog(QDialog):
    """Each value with its author, device and time; keep one, type another, or for a deleted
    record confirm the deletion or restore it."""

    def __init__(self, store: Store, conflict: Conflict, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resolveDialog")
        self.setWindowTitle(self.tr("Résoudre un conflit"))
        self.store = store
        self.conflict = conflict
        layout = QVBoxLayout(self)
        layout.addWidget(PlainLabel(f"{conflict.table_label} — {conflict.youth}", wrap=True))
        layout.addWidget(PlainLabel(conflict.field_label))
        if conflict.record_deleted:
            layout.addWidget(
                PlainLabel(
                    self.tr(
                        "Cette fiche a été supprimée sur un poste alors qu'elle était modifiée "
                        "sur un "
                        "autre. Choisissez de confirmer la suppression ou de restaurer la fiche."
                    ),
                    wrap=True,
                )
            )
        self.group = QButtonGroup(self)
        self.choices: list[QRadioButton] = []
        for i, value in enumerate(conflict.values):
            when = value.when.strftime("%d/%m/%Y %H:%M") if value.when else "?"
            radio = QRadioButton(
                one_line(
                    self.tr("{valeur} — {auteur}, {poste}, le {quand}").format(
                        valeur=value.text, auteur=value.author, poste=value.device, quand=when
                    )
                ),
                self,
            )
            radio.setObjectName(f"value{i}")
            radio.setProperty("caseData", True)  # wiped at a lock like every case-data widget
            self.group.addButton(radio, i)
            self.choices.append(radio)
            layout.addWidget(radio)
        self.other = QRadioButton(self.tr("Autre valeur :"), self)
        self.other.setObjectName("otherValue")
        self.other_text = QLineEdit(self)
        self.other_text.setObjectName("otherText")
        self.other_text.textEdited.connect(lambda _t: self.other.setChecked(True))
        typed = conflict.kind == "field" and not conflict.record_deleted
        if typed:
            self.group.addButton(self.other, len(conflict.values))
            row = QHBoxLayout()
            row.addWidget(self.other)
            row.addWidget(self.other_text)
            layout.addLayout(row)
        else:
            self.other.hide()
            self.other_text.hide()
        if self.choices:
            self.choices[0].setChecked(True)
        buttons = QDialogButtonBox(self)
        if conflict.record_deleted or conflict.kind in ("orphans", "deleted"):
            self.confirm_button = buttons.addButton(
                self.tr("Confirmer la suppression"), QDialogButtonBox.ButtonRole.ActionRole
            )
            self.confirm_button.setObjectName("confirmDeletion")
            self.confirm_button.clicked.connect(lambda: self._apply(confirm_deletion))
            self.restore_button = buttons.addButton(
                self.tr("Restaurer la fiche"), QDialogButtonBox.ButtonRole.ActionRole
            )
            self.restore_button.setObjectName("restoreRecord")
            self.restore_button.clicked.connect(lambda: self._apply(self._restore))
        if conflict.kind == "field":
            keep = buttons.addButton(
                self.tr("Garder cette valeur"), QDialogButtonBox.ButtonRole.AcceptRole
            )
            keep.setObjectName("keepValue")
            keep.clicked.connect(lambda: self._apply(self._keep))
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel).clicked.connect(self.reject)
        layout.addWidget(buttons)

    def _keep(self, store: Store, conflict: Conflict) -> None:
        checked = self.group.checkedId()
        if checked == len(conflict.values):
            saving.save(store, choose, store, conflict, self.other_text.text())
        else:
            saving.save(store, choose, store, conflict, conflict.values[max(checked, 0)].value)

    def _restore(self, store: Store, conflict: Conflict) -> None:
        checked = self.group.checkedId()
        value = conflict.values[checked].value if 0 <= checked < len(conflict.values) else None
        if conflict.kind == "field" and value is not None:
            saving.save(store, restore_record, store, conflict, {conflict.field: value})
        else:
            saving.save(store, restore_record, store, conflict)

    def _apply(self, action: Callable[[Store, Conflict], None]) -> None:
        try:
            action(self.store, self.conflict)
        except UserError as exc:
            show_error(self, exc)
            return
        self.accept()


class ApproveDialog(QDialog):
    """At the office: the laptop's fingerprint to compare, its name and its scope."""

    def __init__(
        self, store: Store, request: EnrolmentRequest, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("approveDialog")
        self.setWindowTitle(self.tr("Inscrire un poste"))
        self.store = store
        self.request = request
        office = saving.save(store, ensure_identity, store)
        form = QFormLayout(self)
        self.fingerprint = PlainLabel(request.fingerprint, selectable=True)
        self.fingerprint.setObjectName("laptopFingerprint")
        form.addRow(self.tr("Empreinte du poste :"), self.fingerprint)
        self.office_fingerprint = PlainLabel(office.public.fingerprint(), selectable=True)
        self.office_fingerprint.setObjectName("officeFingerprint")
        form.addRow(self.tr("Empreinte du bureau :"), self.office_fingerprint)
        self.label = QLineEdit(request.label, self)
        self.label.setObjectName("deviceLabel")
        form.addRow(self.tr("Nom du poste :"), self.label)
        self.scope = ScopeEditor(store, (), self)
        form.addRow(self.tr("Périmètre :"), self.scope)
        self.confirmed = QCheckBox(
            self.tr("J'ai vérifié que l'écran du poste affiche la même empreinte"), self
        )
        self.confirmed.setObjectName("fingerprintConfirmed")
        form.addRow(self.confirmed)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Inscrire et écrire la réponse"))
        ok.setEnabled(False)
        self.confirmed.toggled.connect(ok.setEnabled)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)


TAB_EXCHANGES, TAB_CONFLICTS, TAB_DEVICES, TAB_HISTORY = range(4)


class SyncView(QWidget):
    """The whole screen; ``refresh()`` reloads everything from the store."""

    job_done = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncView")
        self.store = store
        self.folder: Path | None = None
        self.worker: Worker | None = None
        self.office = store.db.role == "office"
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)  # as the other pages

        title = QLabel(self.tr("Synchronisation"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        row = QHBoxLayout()
        self.folder_label = PlainLabel(self.tr("Aucun dossier choisi"))
        self.folder_label.setObjectName("folderLabel")
        choose_button = QPushButton(self.tr("Choisir le dossier de la clé…"), self)
        choose_button.setObjectName("chooseFolder")
        choose_button.clicked.connect(self._choose_folder)
        row.addWidget(QLabel(self.tr("Clé USB :")))
        row.addWidget(self.folder_label, 1)
        row.addWidget(choose_button)
        layout.addLayout(row)
        # The one gesture of a permanence: everything for this installation in, its bundle out.
        self.sync_button = QPushButton(self.tr("Synchroniser avec la clé"), self)
        self.sync_button.setObjectName("syncButton")
        self.sync_button.clicked.connect(self.synchronise)
        layout.addWidget(self.sync_button)

        self.progress = QProgressBar(self)
        self.progress.setObjectName("progress")
        self.progress.setVisible(False)
        layout.addWidget(self.progress)
        self.status = PlainLabel("", wrap=True)
        self.status.setObjectName("status")
        layout.addWidget(self.status)

        self.tabs = QTabWidget(self)
        layout.addWidget(self.tabs, 1)
        self.tabs.addTab(self._exchange_tab(), self.tr("Échanges"))
        self.tabs.addTab(self._conflicts_tab(), self.tr("Conflits"))
        self.tabs.addTab(
            self._devices_tab(), self.tr("Postes") if self.office else self.tr("Inscription")
        )
        self.tabs.addTab(self._history_tab(), self.tr("Historique"))
        self.refresh()
        if self.peer.count() == 0:
            # Nothing to exchange with yet: the first step is the enrolment, on that tab.
            self.tabs.setCurrentIndex(TAB_DEVICES)
            self.status.set_value(self.no_peer_text())

    # --- building ------------------------------------------------------------------------------

    def _exchange_tab(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        export_box = QGroupBox(self.tr("Exporter"), page)
        export_row = QHBoxLayout(export_box)
        self.peer = QComboBox(export_box)
        self.peer.setObjectName("peer")
        self.export_button = QPushButton(self.tr("Écrire le paquet sur la clé"), export_box)
        self.export_button.setObjectName("exportButton")
        self.export_button.clicked.connect(self.export)
        self.peer_hint = PlainLabel("", wrap=True)
        self.peer_hint.setObjectName("peerHint")
        export_row.addWidget(self.peer_hint, 1)
        export_row.addWidget(self.peer, 1)
        export_row.addWidget(self.export_button)
        layout.addWidget(export_box)
        import_box = QGroupBox(self.tr("Importer"), page)
        import_layout = QVBoxLayout(import_box)
        self.bundles = QListWidget(import_box)
        self.bundles.setObjectName("bundleFiles")
        self.bundles.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        import_layout.addWidget(self.bundles)
        self.import_button = QPushButton(self.tr("Importer les paquets de la clé"), import_box)
        self.import_button.setObjectName("importButton")
        self.import_button.clicked.connect(self.import_selected)
        import_layout.addWidget(self.import_button)
        layout.addWidget(import_box)
        return page

    def _conflicts_tab(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        self.conflict_table = QTableWidget(0, 4, page)
        self.conflict_table.setObjectName("conflicts")
        self.conflict_table.setHorizontalHeaderLabels(
            [self.tr("Dossier"), self.tr("Fiche"), self.tr("Champ"), self.tr("Valeurs")]
        )
        self.conflict_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.conflict_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.conflict_table.doubleClicked.connect(lambda _i: self.resolve_selected())
        layout.addWidget(self.conflict_table)
        button = QPushButton(self.tr("Résoudre…"), page)
        button.setObjectName("resolveButton")
        button.clicked.connect(self.resolve_selected)
        layout.addWidget(button)
        self._conflicts: list[Conflict] = []
        return page

    def _devices_tab(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        identity = load_identity(self.store)
        self.own_fingerprint = PlainLabel(
            identity.public.fingerprint() if identity else "", selectable=True
        )
        self.own_fingerprint.setObjectName("ownFingerprint")
        steps = PlainLabel(
            self.tr(
                "Pour inscrire un poste portable : sur le portable, écrivez la demande "
                "d'inscription sur la clé ; ici, choisissez le dossier de la clé puis "
                "« Approuver une demande… » en comparant l'empreinte affichée sur le portable ; "
                "enfin, sur le portable, terminez l'inscription avec la réponse écrite sur la clé."
            )
            if self.office
            else self.tr(
                "Ce poste échange avec le bureau une fois inscrit auprès de lui :\n"
                "1. Choisissez en haut le dossier de la clé USB.\n"
                "2. Écrivez la demande d'inscription sur la clé.\n"
                "3. Au bureau, dans Synchronisation → Postes, la demande est approuvée après "
                "comparaison de l'empreinte ci-dessous.\n"
                "4. Revenez ici avec la clé et terminez l'inscription."
            ),
            wrap=True,
        )
        steps.setObjectName("enrolSteps")
        layout.addWidget(steps)
        form = QFormLayout()
        form.addRow(self.tr("Empreinte de ce poste :"), self.own_fingerprint)
        layout.addLayout(form)
        if self.office:
            self.device_table = QTableWidget(0, 4, page)
            self.device_table.setObjectName("devices")
            self.device_table.setHorizontalHeaderLabels(
                [self.tr("Poste"), self.tr("État"), self.tr("Périmètre"), self.tr("Empreinte")]
            )
            self.device_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            self.device_table.horizontalHeader().setSectionResizeMode(
                QHeaderView.ResizeMode.Stretch
            )
            layout.addWidget(self.device_table)
            buttons = QHBoxLayout()
            for name, text, slot in (
                ("approveButton", self.tr("Approuver une demande…"), self.approve_request),
                ("scopeButton", self.tr("Périmètre…"), self.edit_scope),
                ("revokeButton", self.tr("Révoquer"), self.revoke_selected),
            ):
                button = QPushButton(text, page)
                button.setObjectName(name)
                button.clicked.connect(slot)
                buttons.addWidget(button)
            layout.addLayout(buttons)
            self._devices: list[Device] = []
        else:
            self.enrol_state = PlainLabel("", wrap=True)
            self.enrol_state.setObjectName("enrolState")
            layout.addWidget(self.enrol_state)
            request = QPushButton(self.tr("Écrire la demande d'inscription sur la clé"), page)
            request.setObjectName("requestButton")
            request.clicked.connect(self.write_request)
            complete = QPushButton(self.tr("Terminer l'inscription…"), page)
            complete.setObjectName("completeButton")
            complete.clicked.connect(self.complete_enrolment)
            buttons = QHBoxLayout()
            buttons.addWidget(request)
            buttons.addWidget(complete)
            buttons.addStretch(1)
            layout.addLayout(buttons)
        layout.addStretch(1)
        return page

    def _history_tab(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        self.history = QListWidget(page)
        self.history.setObjectName("history")
        layout.addWidget(self.history)
        return page

    # --- state ---------------------------------------------------------------------------------

    def set_folder(self, folder: Path) -> None:
        self.folder = folder
        self.folder_label.set_value(str(folder))
        self.refresh_files()

    def _choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Dossier de la clé USB"))
        if chosen:
            self.set_folder(Path(chosen))

    def refresh(self) -> None:
        store = self.store
        self.peer.clear()
        for device in list_devices(store):
            if device.active and (device.role == "laptop") == self.office:
                self.peer.addItem(one_line(device.label), device.device_id)
        has_peer = self.peer.count() > 0
        self.export_button.setEnabled(has_peer)
        self.peer.setVisible(has_peer)
        self.peer_hint.setVisible(not has_peer)
        self.peer_hint.set_value("" if has_peer else self.no_peer_text())
        self._conflicts = list_conflicts(store)
        self.conflict_table.setRowCount(len(self._conflicts))
        for row, c in enumerate(self._conflicts):
            deleted = self.tr(" (supprimée)") if c.record_deleted else ""
            for col, text in enumerate(
                (c.youth, c.table_label + deleted, c.field_label, str(len(c.values)))
            ):
                self.conflict_table.setItem(row, col, _item(text))
        self.tabs.setTabText(1, self.tr("Conflits ({n})").format(n=len(self._conflicts)))
        if self.office:
            self._devices = [d for d in list_devices(store) if d.role == "laptop"]
            self.device_table.setRowCount(len(self._devices))
            for row, d in enumerate(self._devices):
                state = self.tr("actif") if d.active else self.tr("révoqué")
                for col, text in enumerate(
                    (d.label, state, describe_scope(store, d.scope), d.fingerprint)
                ):
                    self.device_table.setItem(row, col, _item(text))
        else:
            try:
                office = office_device(store)
                self.enrol_state.set_value(
                    self.tr("Inscrit auprès de : {bureau}").format(bureau=office.label)
                )
            except SyncRejected:
                self.enrol_state.set_value(self.tr("Ce poste n'est pas encore inscrit."))
            identity = load_identity(store)
            self.own_fingerprint.set_value(
                identity.public.fingerprint()
                if identity
                else self.tr("(créée avec la demande d'inscription)")
            )
        self.history.clear()
        for entry in bundle_history(store):
            self.history.addItem(one_line(entry.describe()))
        self.refresh_files()

    def no_peer_text(self) -> str:
        if self.office:
            return self.tr(
                "Aucun poste portable n'est encore inscrit : approuvez d'abord sa demande "
                "d'inscription dans l'onglet « Postes »."
            )
        return self.tr(
            "Ce poste n'est pas encore inscrit auprès du bureau : rien à échanger pour "
            "l'instant. Commencez par l'onglet « Inscription »."
        )

    def clear_data(self) -> None:
        """Forget every case datum shown (the application is locking)."""
        for dialog in self.findChildren(QDialog):
            dialog.reject()
        self._conflicts = []
        self.conflict_table.setRowCount(0)
        self.history.clear()
        self.bundles.clear()
        self.status.set_value("")

    def refresh_files(self) -> None:
        self.bundles.clear()
        if self.folder is None or not self.folder.is_dir():
            return
        for path in bundles_for_this_installation(self.store, self.folder):
            item = QListWidgetItem(path.name)
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            self.bundles.addItem(item)

    @property
    def busy(self) -> bool:
        return self.worker is not None and self.worker.running

    def _start(
        self, job: Callable[[JobContext], Any], done: Callable[[Any], None], name: str
    ) -> None:
        if self.busy:
            return
        self.progress.setVisible(True)
        self.progress.setRange(0, 0)
        for button in (self.export_button, self.import_button, self.sync_button):
            button.setEnabled(False)
        self.worker = run_in_background(
            job,
            name=name,
            on_finished=lambda r: self._ended(done, r),
            on_failed=self._failed,
            on_progress=self._progress,
        )

    def _progress(self, done: int, total: int) -> None:
        if total:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))
        else:
            self.progress.setRange(0, 0)

    def _ended(self, done: Callable[[Any], None], result: Any) -> None:
        self.progress.setVisible(False)
        self.worker = None
        done(result)
        self.refresh()
        self.import_button.setEnabled(True)
        self.sync_button.setEnabled(True)
        self.job_done.emit()

    def _failed(self, exc: BaseException) -> None:
        self.progress.setVisible(False)
        self.worker = None
        self.status.set_value(
            str(exc)
            if isinstance(exc, UserError)
            else self.tr("L'opération a échoué. Rien n'a été modifié.")
        )
        self.refresh()
        self.import_button.setEnabled(True)
        self.sync_button.setEnabled(True)
        show_error(self, exc)
        self.job_done.emit()

    def _need_folder(self) -> Path | None:
        if self.folder is None or not self.folder.is_dir():
            self.status.set_value(self.tr("Choisissez d'abord le dossier de la clé USB."))
            return None
        return self.folder

    # --- actions -------------------------------------------------------------------------------

    def export(self) -> None:
        folder = self._need_folder()
        device_id = self.peer.currentData()
        if folder is None or not device_id:
            return
        store = self.store
        self.status.set_value(self.tr("Écriture du paquet… Ne retirez pas la clé."))

        def job(ctx: JobContext) -> ExportResult:
            return export_bundle(store, str(device_id), folder, progress=ctx.progress)

        def done(result: ExportResult) -> None:
            self.status.set_value(
                self.tr(
                    "Paquet n° {n} écrit et vérifié ({fiches} fiches). Vous pouvez retirer la clé."
                ).format(n=result.sequence, fiches=result.records)
            )

        self._start(job, done, "export")

    def synchronise(self) -> None:
        try:
            folder = stick_folder(self.folder)
        except UserError as exc:
            self.status.set_value(str(exc))
            return
        if self.folder != folder:
            self.set_folder(folder)
        store = self.store

        def job(ctx: JobContext) -> StickReport:
            return synchronise(store, folder, progress=ctx.progress)

        def done(report: StickReport) -> None:
            self.status.set_value(report.message)
            if report.revoked_before:
                self.confirm_revoked(report.revoked_before)

        self.status.set_value(self.tr("Synchronisation en cours… Ne retirez pas la clé."))
        self._start(job, done, "synchronisation")

    def confirm_revoked(self, paths: list[Path]) -> QMessageBox:
        """Office: import what a since-revoked laptop wrote before its revocation, once a person
        confirmed (the import logs the confirmation)."""
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Paquets d'un poste révoqué"),
            self.tr(
                "{n} paquet(s) d'un poste révoqué ont été écrits avant sa révocation. Les "
                "importer quand même ? Ce choix sera consigné dans le journal des accès."
            ).format(n=len(paths)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setObjectName("confirmRevoked")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        store = self.store

        def answered(button: QAbstractButton) -> None:
            if box.standardButton(button) != QMessageBox.StandardButton.Yes:
                return

            def job(ctx: JobContext) -> list[ImportResult]:
                return [
                    import_bundle(store, p, progress=ctx.progress, confirm_revoked=True)
                    for p in paths
                ]

            self._start(
                job, lambda rs: self.status.set_value("\n".join(r.message for r in rs)), "import"
            )

        box.buttonClicked.connect(answered)
        box.open()
        return box

    def import_selected(self) -> None:
        if self._need_folder() is None:
            return
        items = self.bundles.selectedItems() or [
            self.bundles.item(i) for i in range(self.bundles.count())
        ]
        paths = [Path(str(i.data(Qt.ItemDataRole.UserRole))) for i in items]
        if not paths:
            self.status.set_value(self.tr("Aucun paquet pour ce poste dans ce dossier."))
            return
        store = self.store

        def job(ctx: JobContext) -> list[ImportResult]:
            return [import_bundle(store, p, progress=ctx.progress) for p in paths]

        def done(results: list[ImportResult]) -> None:
            self.status.set_value("\n".join(r.message for r in results))

        self.status.set_value(self.tr("Import en cours…"))
        self._start(job, done, "import")

    def resolve_selected(self) -> ResolveDialog | None:
        row = self.conflict_table.currentRow()
        if not 0 <= row < len(self._conflicts):
            return None
        dialog = ResolveDialog(self.store, self._conflicts[row], self)
        dialog.finished.connect(lambda _r: self.refresh())
        dialog.open()
        return dialog

    # --- enrolment and devices -----------------------------------------------------------------

    def write_request(self) -> None:
        folder = self._need_folder()
        if folder is None:
            return
        try:
            result = saving.save(self.store, create_request, self.store, folder)
        except UserError as exc:
            show_error(self, exc)
            return
        self.status.set_value(
            self.tr(
                "Demande écrite sur la clé. Empreinte de ce poste, à "
                "comparer avec l'écran du bureau : {fp}"
            ).format(fp=result.fingerprint)
        )
        self.refresh()

    def _pick(self, suffix: str, title: str) -> Path | None:
        folder = self._need_folder()
        if folder is None:
            return None
        found = sorted(folder.glob(f"*{suffix}"))
        if len(found) == 1:
            return found[0]
        chosen, _ = QFileDialog.getOpenFileName(self, title, str(folder), f"*{suffix}")
        return Path(chosen) if chosen else None

    def complete_enrolment(self) -> QMessageBox | None:
        path = self._pick(ENROLMENT_SUFFIX, self.tr("Réponse d'inscription"))
        if path is None:
            return None
        try:
            offer = read_offer(path)
        except UserError as exc:
            show_error(self, exc)
            return None
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Terminer l'inscription"),
            self.tr(
                "Empreinte du bureau : {fp}\n\nL'écran du bureau affiche-t-il la même empreinte ?"
            ).format(fp=offer.fingerprint),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setObjectName("confirmOffice")
        box.setDefaultButton(QMessageBox.StandardButton.No)  # Enter must not approve a key
        box.setTextFormat(Qt.TextFormat.PlainText)
        store = self.store

        def answered(button: QAbstractButton) -> None:
            if box.standardButton(button) != QMessageBox.StandardButton.Yes:
                return

            def job(ctx: JobContext) -> ImportResult:
                return complete_enrolment(store, path, progress=ctx.progress)

            def done(result: ImportResult) -> None:
                self.status.set_value(
                    self.tr("Poste inscrit auprès du bureau. {detail}").format(
                        detail=result.message
                    )
                )

            self._start(job, done, "inscription")

        box.buttonClicked.connect(answered)
        box.open()
        return box

    def approve_request(self) -> ApproveDialog | None:
        path = self._pick(REQUEST_SUFFIX, self.tr("Demande d'inscription"))
        if path is None:
            return None
        try:
            request = read_request(path)
        except UserError as exc:
            show_error(self, exc)
            return None
        dialog = ApproveDialog(self.store, request, self)
        folder = self.folder
        store = self.store

        def accepted() -> None:
            scope = dialog.scope.rules()
            label = dialog.label.text()
            assert folder is not None

            def job(ctx: JobContext) -> Any:
                return approve_request(
                    store, request, scope, folder, label=label, progress=ctx.progress
                )

            def done(result: Any) -> None:
                self.status.set_value(
                    self.tr(
                        "Poste inscrit. Réponse écrite et vérifiée sur la "
                        "clé ; empreinte du bureau à comparer sur le "
                        "poste : {fp}"
                    ).format(fp=result.office_fingerprint)
                )

            self._start(job, done, "inscription")

        dialog.accepted.connect(accepted)
        dialog.open()
        return dialog

    def _selected_device(self) -> Device | None:
        row = self.device_table.currentRow()
        return self._devices[row] if 0 <= row < len(self._devices) else None

    def edit_scope(self) -> ScopeDialog | None:
        device = self._selected_device()
        if device is None:
            return None
        dialog = ScopeDialog(self.store, device, self)

        def accepted() -> None:
            try:
                saving.save(
                    self.store, set_scope, self.store, device.device_id, dialog.editor.rules()
                )
            except UserError as exc:
                show_error(self, exc)
            self.refresh()

        dialog.accepted.connect(accepted)
        dialog.open()
        return dialog

    def revoke_selected(self) -> QMessageBox | None:
        device = self._selected_device()
        if device is None or not device.active:
            return None
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Révoquer un poste"),
            self.tr(
                "Révoquer « {poste} » ? Ses paquets écrits après la révocation seront "
                "refusés ; ceux écrits avant ne seront importés qu'après confirmation."
            ).format(poste=one_line(device.label)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setObjectName("confirmRevoke")
        box.setTextFormat(Qt.TextFormat.PlainText)

        def answered(button: QAbstractButton) -> None:
            if box.standardButton(button) == QMessageBox.StandardButton.Yes:
                try:
                    saving.save(self.store, revoke, self.store, device.device_id)
                except UserError as exc:
                    show_error(self, exc)
                    return
                self.status.set_value(self.tr("Poste révoqué : ses paquets seront refusés."))
                self.refresh()

        box.buttonClicked.connect(answered)
        box.open()
        return box
