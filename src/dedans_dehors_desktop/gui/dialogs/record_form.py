"""Generic reading and editing of one record, built from the entity specifications.

``RecordDialog`` adds or edits any record of the case file through ``services.casework`` (the
one write path). In mode parloir, justice and sensitive fields are left out of the form, so they
are neither shown nor changed.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...core.entities import ENTITIES, Field
from ...core.errors import UserError, ValidationError
from ...core.i18n import tr
from ...services import casework, directories, queries
from ...services.session import Store
from .. import saving
from ..shell.errors import show_error
from ..widgets.editors import BoolEdit, NoteEdit, editor_for
from ..widgets.formatting import field_label, format_value
from ..widgets.text import PlainLabel
from .scope_choice import ScopeChoiceBox


def hidden_in_parloir(f: Field) -> bool:
    return f.justice or f.sensitive


def ref_items(
    store: Store, record: dict[str, Any] | None = None
) -> dict[str, list[tuple[str, str]]]:
    """The directory entries offered: the active ones, plus any retired one the record holds;
    the referents' names complete the free-text "Référent" fields."""
    held = {str(v) for v in (record or {}).values() if isinstance(v, str)}
    items: dict[str, list[tuple[str, str]]] = {}
    for table in ("etablissement", "partenaire", "dispositif"):
        active = directories.choices(store, table)
        retired_held = [
            (i, n) for i, n in queries.names(store, table) if i in held and (i, n) not in active
        ]
        items[table] = active + retired_held
    items["referent"] = directories.choices(store, "referent")
    return items


class RecordView(QWidget):
    """Read-only form of one record: a label and a plain-text value per field."""

    def __init__(
        self,
        table: str,
        record: Mapping[str, Any] | None,
        ref_names: Mapping[str, Mapping[str, str]],
        *,
        parloir: bool,
        skip: tuple[str, ...] = ("jeune_id",),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        e = ENTITIES[table]
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setHorizontalSpacing(18)
        form.setVerticalSpacing(6)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for f in e.fields:
            if f.name in skip or f.kind == "json":
                continue
            label = QLabel(field_label(f))
            label.setObjectName("fieldLabel")
            if parloir and hidden_in_parloir(f):
                value = PlainLabel(self.tr("masqué (mode parloir)"))
                value.setObjectName("maskedValue")
            else:
                text = format_value(f, (record or {}).get(f.name), ref_names)
                value = PlainLabel(text or "—", wrap=True, selectable=bool(text))
                value.setObjectName("fieldValue" if text else "emptyValue")
            value.setAccessibleName(field_label(f))
            form.addRow(label, value)


class RecordDialog(QDialog):
    """Add (``record`` None) or edit one record; ``saved(record_id)`` after the write."""

    saved = Signal(str)

    def __init__(
        self,
        store: Store,
        table: str,
        *,
        record: Mapping[str, Any] | None = None,
        fixed: Mapping[str, Any] | None = None,
        parloir: bool = False,
        title: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.table = table
        self.record = dict(record) if record else None
        self.fixed = dict(fixed or {})
        self.entity = ENTITIES[table]
        self.setObjectName(f"recordDialog_{table}")
        entity_label = tr("Entités", self.entity.label)
        self.setWindowTitle(
            title
            or (self.tr("Modifier : {quoi}") if record else self.tr("Ajouter : {quoi}")).format(
                quoi=entity_label
            )
        )
        self.setModal(True)
        refs = ref_items(store, self.record)
        self.editors: dict[str, QWidget] = {}
        body = QWidget()
        form = QFormLayout(body)
        form.setHorizontalSpacing(14)
        form.setVerticalSpacing(8)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for f in self.entity.fields:
            if f.name in self.fixed or (parloir and hidden_in_parloir(f)):
                continue
            editor = editor_for(f, refs, body)
            if editor is None:
                continue
            if self.record is not None:
                editor.set_value(self.record.get(f.name))  # type: ignore[attr-defined]
            self.editors[f.name] = editor
            if isinstance(editor, BoolEdit):
                form.addRow("", editor)
            else:
                label = field_label(f) + (" *" if f.required else "")
                form.addRow(label, editor)
        self.error = PlainLabel(wrap=True)
        self.error.setObjectName("formError")
        self.error.hide()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(560, min(720, 120 + 44 * len(self.editors)))
        first = next(iter(self.editors.values()), None)
        if first is not None:
            first.setFocus()

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = dict(self.fixed)
        for name, editor in self.editors.items():
            try:
                out[name] = editor.value()  # type: ignore[attr-defined]
            except ValidationError as exc:
                raise ValidationError(
                    f"« {field_label(self.entity.field(name))} » : {exc}", name
                ) from None
        return out

    def save(self) -> None:
        try:
            values = self.values()
            if self.record is None:
                record_id = saving.save(
                    self.store, lambda: casework.add_record(self.store, self.table, values)
                )
            else:
                # The repository compares normalised values: unchanged fields are not rewritten.
                record_id = str(self.record["id"])
                saving.save(
                    self.store,
                    lambda: casework.edit_record(self.store, self.table, record_id, values),
                )
        except ValidationError as exc:
            self.show_problem(exc)
            return
        except UserError as exc:
            show_error(self, exc)
            return
        if self.record is None and self.table == "jeune":
            ScopeChoiceBox.offer(self.parentWidget(), self.store, record_id, values)
        self.saved.emit(record_id)
        self.accept()

    def show_problem(self, exc: ValidationError) -> None:
        self.error.setText(str(exc))
        self.error.show()
        editor = self.editors.get(exc.field or "")
        if editor is not None:
            editor.setFocus()
            if isinstance(editor, NoteEdit):
                editor.selectAll()
