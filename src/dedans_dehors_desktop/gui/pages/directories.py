"""The "Annuaires" page: establishments, partners, dispositifs and referents of the structure.

Search, add, edit, retire (an entry some record uses is kept and no longer offered), bring back,
delete what nothing uses, and import a spreadsheet. Everything goes through
``services.directories``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core import enums as E
from ...core.errors import UserError
from ...services import directories
from ...services.session import Store
from .. import saving
from ..dialogs.directory_entry import DirectoryEntryDialog
from ..shell.errors import show_error, show_message
from ..widgets.text import one_line

TABS = ("etablissement", "partenaire", "dispositif", "referent")


def _t(text: str) -> str:
    return QCoreApplication.translate("DirectoriesPage", text)


def _detail(table: str, entry: directories.Entry) -> str:
    r = entry.record
    if table == "etablissement":
        return " · ".join(
            x for x in (E.TYPE_ETABLISSEMENT.label(r.get("type")), r.get("ville") or "") if x
        )
    if table == "partenaire":
        parts = [E.TYPE_PARTENAIRE.label(r.get("type")), r.get("contact") or ""]
        if r.get("sensible"):
            parts.append(_t("nom sensible"))
        return " · ".join(p for p in parts if p)
    if table == "dispositif":
        rules = r.get("regles") or "[]"
        n = rules.count('"type"')
        return (_t("{n} critère") if n <= 1 else _t("{n} critères")).format(n=n)
    return " · ".join(x for x in (r.get("telephone") or "", r.get("email") or "") if x)


class DirectoryTab(QWidget):
    changed = Signal()

    def __init__(self, store: Store, table: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.table = store, table
        self.setObjectName(f"directory_{table}")
        self.search = QLineEdit()
        self.search.setObjectName("directorySearch")
        self.search.setPlaceholderText(self.tr("Rechercher…"))
        self.search.setClearButtonEnabled(True)
        self.show_retired = QCheckBox(self.tr("Afficher les entrées retirées"))
        self.table_view = QTableWidget(0, 4)
        self.table_view.setObjectName("directoryTable")
        self.table_view.setHorizontalHeaderLabels(
            [self.tr("Nom"), self.tr("Détails"), self.tr("Utilisé par"), self.tr("État")]
        )
        self.table_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table_view.verticalHeader().hide()
        header = self.table_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for col in (2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table_view.doubleClicked.connect(lambda _i: self.edit())
        self.add_button = QPushButton(self.tr("Ajouter…"))
        self.add_button.setObjectName("addEntryButton")
        self.edit_button = QPushButton(self.tr("Modifier…"))
        self.edit_button.setObjectName("editEntryButton")
        self.retire_button = QPushButton(self.tr("Retirer"))
        self.retire_button.setObjectName("retireEntryButton")
        self.delete_button = QPushButton(self.tr("Supprimer"))
        self.delete_button.setObjectName("deleteEntryButton")
        self.import_button = QPushButton(self.tr("Importer un tableur…"))
        self.import_button.setObjectName("importEntriesButton")
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.retire_button.clicked.connect(self.toggle_retired)
        self.delete_button.clicked.connect(self.delete)
        self.import_button.clicked.connect(self.choose_file)
        self.search.textChanged.connect(self.reload)
        self.show_retired.toggled.connect(self.reload)
        self.table_view.itemSelectionChanged.connect(self._update_buttons)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.show_retired)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.retire_button, self.delete_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table_view, 1)
        layout.addLayout(buttons)
        self.entries: list[directories.Entry] = []
        self.dialog: DirectoryEntryDialog | None = None
        self.reload()

    def reload(self) -> None:
        self.entries = directories.entries(
            self.store,
            self.table,
            self.search.text(),
            include_retired=self.show_retired.isChecked(),
        )
        self.table_view.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            uses = (
                self.tr("{n} fiche").format(n=entry.uses)
                if entry.uses <= 1
                else self.tr("{n} fiches").format(n=entry.uses)
            )
            state = self.tr("Retiré") if entry.retired else self.tr("Actif")
            for col, text in enumerate((entry.name, _detail(self.table, entry), uses, state)):
                item = QTableWidgetItem(one_line(text))
                item.setData(Qt.ItemDataRole.UserRole, entry.id)
                self.table_view.setItem(row, col, item)
        self._update_buttons()

    def current(self) -> directories.Entry | None:
        row = self.table_view.currentRow()
        selected = self.table_view.selectionModel().hasSelection()
        return self.entries[row] if selected and 0 <= row < len(self.entries) else None

    def select(self, record_id: str) -> None:
        for row, entry in enumerate(self.entries):
            if entry.id == record_id:
                self.table_view.selectRow(row)

    def _update_buttons(self) -> None:
        entry = self.current()
        for b in (self.edit_button, self.retire_button, self.delete_button):
            b.setEnabled(entry is not None)
        self.retire_button.setText(
            self.tr("Rétablir") if entry is not None and entry.retired else self.tr("Retirer")
        )
        self.delete_button.setEnabled(entry is not None and entry.uses == 0)
        self.delete_button.setToolTip(
            self.tr("Utilisée par des fiches : retirez-la plutôt.")
            if entry is not None and entry.uses
            else ""
        )

    def _open(self, record_id: str | None) -> DirectoryEntryDialog:
        dialog = DirectoryEntryDialog(self.store, self.table, record_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda d=dialog: self._saved(d.record_id))
        self.dialog = dialog
        dialog.open()
        return dialog

    def add(self) -> DirectoryEntryDialog:
        return self._open(None)

    def edit(self) -> DirectoryEntryDialog | None:
        entry = self.current()
        return self._open(entry.id) if entry is not None else None

    def _saved(self, record_id: str | None) -> None:
        self.dialog = None
        self.reload()
        if record_id:
            self.select(record_id)
        self.changed.emit()

    def toggle_retired(self) -> None:
        entry = self.current()
        if entry is None:
            return
        try:
            saving.save(
                self.store, directories.retire, self.store, self.table, entry.id, not entry.retired
            )
        except UserError as exc:
            show_error(self, exc)
            return
        if not entry.retired:
            self.show_retired.setChecked(True)  # the retired entry stays in sight
        self.reload()
        self.select(entry.id)
        self.changed.emit()

    def delete(self) -> None:
        entry = self.current()
        if entry is None:
            return
        try:
            saving.save(self.store, directories.delete, self.store, self.table, entry.id)
        except UserError as exc:
            show_error(self, exc)
            return
        self.reload()
        self.changed.emit()

    def choose_file(self) -> QFileDialog:
        chooser = QFileDialog(self, self.tr("Importer un tableur"), str(Path.home()))
        chooser.setNameFilter(self.tr("Tableurs (*.csv *.xlsx)"))
        chooser.setFileMode(QFileDialog.FileMode.ExistingFile)
        chooser.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        chooser.fileSelected.connect(lambda path: self.import_file(Path(path)) if path else None)
        chooser.open()
        return chooser

    def import_file(self, path: Path) -> None:
        try:
            data = path.read_bytes()
            result = saving.save(
                self.store, directories.import_file, self.store, self.table, data, path.name
            )
        except OSError:
            show_error(self, UserError(self.tr("Le fichier ne peut pas être lu.")))
            return
        except UserError as exc:
            show_error(self, exc)
            return
        self.reload()
        self.changed.emit()
        show_message(
            self,
            self.tr("{created} entrée(s) ajoutée(s), {present} déjà présente(s).").format(
                created=result.created, present=result.present
            ),
        )


class DirectoriesPage(QWidget):
    """``changed`` after any write, so that lists offering these entries refresh."""

    changed = Signal()

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("directoriesPage")
        title = QLabel(self.tr("Annuaires de la structure"))
        title.setObjectName("pageTitle")
        hint = QLabel(
            self.tr(
                "Les établissements, partenaires, dispositifs et référents proposés dans les "
                "fiches. Une entrée utilisée n'est jamais supprimée : retirez-la, elle reste "
                "sur les fiches qui l'utilisent. Les annuaires partent vers les portables à "
                "chaque synchronisation."
            )
        )
        hint.setWordWrap(True)
        hint.setTextFormat(Qt.TextFormat.PlainText)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("directoryTabs")
        self.tab: dict[str, DirectoryTab] = {}
        labels = {
            "etablissement": self.tr("Établissements"),
            "partenaire": self.tr("Partenaires"),
            "dispositif": self.tr("Dispositifs"),
            "referent": self.tr("Référents"),
        }
        for table in TABS:
            tab = DirectoryTab(store, table)
            tab.changed.connect(self.changed)
            self.tab[table] = tab
            self.tabs.addTab(tab, labels[table])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addWidget(self.tabs, 1)

    def refresh(self) -> None:
        for tab in self.tab.values():
            tab.reload()
