"""The scope of a laptop, as the office edits it: referents, establishments, and the case files
kept on the laptop outside both (``dossier`` rules, named by youth). Nothing the editor does not
show is dropped: every rule kind it reads, it writes back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...services.exchange import DOSSIER, Device, ScopeRule, kept_dossiers
from ...services.queries import names
from ...services.session import Store
from ..widgets.text import PlainLabel, one_line


class ScopeEditor(QWidget):
    """Referents (comma-separated), establishments (checkable list), and the case files kept on
    the laptop outside both (``dossier`` rules, named by youth: unticking one removes it)."""

    def __init__(
        self, store: Store, rules: tuple[ScopeRule, ...], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.referents = QLineEdit(", ".join(r.value for r in rules if r.kind == "referent"), self)
        self.referents.setObjectName("scopeReferents")
        self.referents.setPlaceholderText(self.tr("Référents (séparés par des virgules)"))
        layout.addWidget(self.referents)
        self.places = QListWidget(self)
        self.places.setObjectName("scopePlaces")
        chosen = {r.value for r in rules if r.kind == "etablissement"}
        for record_id, nom in names(store, "etablissement"):
            item = QListWidgetItem(one_line(nom))
            item.setData(Qt.ItemDataRole.UserRole, record_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if record_id in chosen else Qt.CheckState.Unchecked
            )
            self.places.addItem(item)
        layout.addWidget(self.places)
        self.dossiers = QListWidget(self)
        self.dossiers.setObjectName("scopeDossiers")
        for record_id, name in kept_dossiers(store, rules):
            item = QListWidgetItem(one_line(name))
            item.setData(Qt.ItemDataRole.UserRole, record_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.dossiers.addItem(item)
        self.dossiers_label = PlainLabel(
            self.tr("Dossiers gardés sur ce poste (créés hors de son périmètre) :")
        )
        layout.addWidget(self.dossiers_label)
        layout.addWidget(self.dossiers)
        # Shown only when the laptop keeps such case files (setVisible would show a widget
        # before its window).
        self.dossiers_label.setHidden(not self.dossiers.count())
        self.dossiers.setHidden(not self.dossiers.count())

    def rules(self) -> tuple[ScopeRule, ...]:
        rules = [
            ScopeRule("referent", name.strip())
            for name in self.referents.text().split(",")
            if name.strip()
        ]
        for i in range(self.places.count()):
            item = self.places.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                rules.append(ScopeRule("etablissement", str(item.data(Qt.ItemDataRole.UserRole))))
        for i in range(self.dossiers.count()):
            item = self.dossiers.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                rules.append(ScopeRule(DOSSIER, str(item.data(Qt.ItemDataRole.UserRole))))
        return tuple(rules)


class ScopeDialog(QDialog):
    def __init__(self, store: Store, device: Device, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scopeDialog")
        self.setWindowTitle(self.tr("Périmètre du poste"))
        layout = QVBoxLayout(self)
        layout.addWidget(PlainLabel(device.label))
        self.editor = ScopeEditor(store, device.scope, self)
        layout.addWidget(self.editor)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
