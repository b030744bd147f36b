"""Adding or editing one directory entry; for a dispositif, its eligibility rules as a form."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...core import enums as E
from ...core.entities import ENTITIES
from ...core.errors import UserError
from ...services import directories
from ...services.session import Store
from .. import saving
from ..shell.errors import show_error
from ..widgets.editors import BoolEdit, editor_for
from ..widgets.formatting import field_label
from ..widgets.text import PlainLabel


class RulesEditor(QGroupBox):
    """The criteria ``core.eligibility`` knows, as plain controls (stored as JSON data)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Règles d'éligibilité"), parent)
        self.age_on = QCheckBox(self.tr("Âge entre"))
        self.age_min, self.age_max = QSpinBox(), QSpinBox()
        for box, value in ((self.age_min, 16), (self.age_max, 25)):
            box.setRange(13, 35)
            box.setValue(value)
        self.milieux = {code: QCheckBox(label) for code, label in E.MILIEU.labelled()}
        self.release_on = QCheckBox(self.tr("Libération prévue dans les (mois)"))
        self.release = QSpinBox()
        self.release.setRange(1, 120)
        self.release.setValue(6)
        self.communes = QPlainTextEdit()
        self.communes.setPlaceholderText(self.tr("Communes du territoire, une par ligne"))
        self.communes.setFixedHeight(60)
        self.questions = QPlainTextEdit()
        self.questions.setPlaceholderText(
            self.tr("Questions que le référent tranche (oui/non), une par ligne")
        )
        self.questions.setFixedHeight(60)
        self.extra: list[dict[str, Any]] = []  # criteria this form does not show (kept)
        age = QHBoxLayout()
        age.addWidget(self.age_on)
        age.addWidget(self.age_min)
        age.addWidget(PlainLabel(self.tr("et")))
        age.addWidget(self.age_max)
        age.addStretch(1)
        milieu = QHBoxLayout()
        for check in self.milieux.values():
            milieu.addWidget(check)
        milieu.addStretch(1)
        release = QHBoxLayout()
        release.addWidget(self.release_on)
        release.addWidget(self.release)
        release.addStretch(1)
        form = QFormLayout(self)
        form.addRow(age)
        form.addRow(self.tr("Milieu"), milieu)
        form.addRow(release)
        form.addRow(self.tr("Résidence"), self.communes)
        form.addRow(self.tr("Questions"), self.questions)

    def set_rules(self, text: str | None) -> None:
        try:
            rules = json.loads(text) if text else []
        except ValueError:
            rules = []
        questions, self.extra = [], []
        for rule in rules if isinstance(rules, list) else []:
            kind = rule.get("type") if isinstance(rule, dict) else None
            if kind == "age":
                self.age_on.setChecked(True)
                self.age_min.setValue(int(rule["min"]))
                self.age_max.setValue(int(rule["max"]))
            elif kind == "milieu":
                for code, box in self.milieux.items():
                    box.setChecked(code in rule.get("valeurs", []))
            elif kind == "liberation_dans":
                self.release_on.setChecked(True)
                self.release.setValue(int(rule["mois"]))
            elif kind == "residence":
                self.communes.setPlainText("\n".join(rule.get("communes", [])))
            elif kind == "question":
                questions.append(str(rule.get("libelle", "")))
            elif isinstance(rule, dict):
                self.extra.append(rule)
        self.questions.setPlainText("\n".join(questions))

    def rules(self) -> list[dict[str, Any]]:
        rules: list[dict[str, Any]] = []
        if self.age_on.isChecked():
            rules.append(
                {
                    "id": "age",
                    "type": "age",
                    "min": self.age_min.value(),
                    "max": self.age_max.value(),
                }
            )
        milieux = [code for code, box in self.milieux.items() if box.isChecked()]
        if milieux:
            rules.append({"id": "milieu", "type": "milieu", "valeurs": milieux})
        if self.release_on.isChecked():
            rules.append(
                {"id": "liberation", "type": "liberation_dans", "mois": self.release.value()}
            )
        communes = [c.strip() for c in self.communes.toPlainText().splitlines() if c.strip()]
        if communes:
            rules.append({"id": "residence", "type": "residence", "communes": communes})
        for n, line in enumerate(self.questions.toPlainText().splitlines(), start=1):
            if line.strip():
                rules.append({"id": f"question_{n}", "type": "question", "libelle": line.strip()})
        return rules + self.extra


class DirectoryEntryDialog(QDialog):
    """``accepted`` once written; ``record_id`` then names the entry."""

    def __init__(
        self, store: Store, table: str, record_id: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("directoryEntryDialog")
        self.store, self.table, self.record_id = store, table, record_id
        e = ENTITIES[table]
        self.setWindowTitle(
            self.tr("Modifier : {quoi}").format(quoi=directories.title(table))
            if record_id
            else self.tr("Ajouter : {quoi}").format(quoi=directories.title(table))
        )
        self.editors: dict[str, Any] = {}
        form = QFormLayout()
        for f in e.fields:
            if f.name == "retire":
                continue
            editor = editor_for(f, {}, self)
            if editor is None:
                continue
            self.editors[f.name] = editor
            if isinstance(editor, BoolEdit):
                form.addRow("", editor)
            else:
                form.addRow(field_label(f) + (" *" if f.required else ""), editor)
        self.rules = RulesEditor(self) if table == "dispositif" else None
        record = store.repo.require(table, record_id) if record_id else {}
        for name, editor in self.editors.items():
            editor.set_value(record.get(name))
        if self.rules is not None:
            self.rules.set_rules(record.get("regles"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Enregistrer"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        if self.rules is not None:
            layout.addWidget(self.rules)
        layout.addWidget(buttons)

    def values(self) -> dict[str, Any]:
        values = {name: editor.value() for name, editor in self.editors.items()}
        if self.rules is not None:
            values["regles"] = self.rules.rules()
        return values

    def accept(self) -> None:
        try:
            values = self.values()
            if self.record_id:
                saving.save(
                    self.store, directories.update, self.store, self.table, self.record_id, values
                )
            else:
                self.record_id = saving.save(
                    self.store, directories.create, self.store, self.table, values
                )
        except UserError as exc:
            show_error(self, exc)
            return
        super().accept()
