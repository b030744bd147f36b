"""Input widgets for the fields of the case file, one per field kind, keyboard-friendly.

Each editor has ``value()`` (the value handed to the repository, ``None`` when empty) and
``set_value(stored)`` (from the stored form: ISO dates, JSON lists, 0/1). Validation proper is
the repository's: editors only refuse what cannot be read (a date that is not a date).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, timedelta
from datetime import date as Day
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QIntValidator, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSizePolicy,
    QWidget,
)

from ...core.dates import format_fr, parse_date
from ...core.entities import Field
from ...core.enums import Choices
from ...core.errors import ValidationError
from .formatting import enumset_codes, field_label, parse_iso
from .text import multi_line, one_line


def _t(text: str) -> str:
    return QCoreApplication.translate("Saisie", text)


class Editor(Protocol):
    changed: Any

    def value(self) -> Any: ...

    def set_value(self, stored: Any) -> None: ...


class DateEdit(QLineEdit):
    """jj/mm/aaaa; Up/Down move by a day, PgUp/PgDown by a week, "t" or "a" = today."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(_t("jj/mm/aaaa"))
        self.setMaxLength(10)
        self.setMaximumWidth(self.fontMetrics().horizontalAdvance("00/00/00000") + 24)
        self.textChanged.connect(self.changed)

    def date(self) -> Day | None:
        text = self.text().strip()
        if not text:
            return None
        if re.fullmatch(r"\d{8}", text):
            text = f"{text[:2]}/{text[2:4]}/{text[4:]}"
        try:
            return parse_date(text)
        except ValueError:
            raise ValidationError(_t("Date invalide : attendu jj/mm/aaaa.")) from None

    def value(self) -> Day | None:
        return self.date()

    def set_date(self, d: Day | None) -> None:
        self.setText(format_fr(d) if d else "")

    def set_value(self, stored: Any) -> None:
        self.set_date(parse_iso(stored) if isinstance(stored, str) else stored)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        steps = {
            Qt.Key.Key_Up: 1,
            Qt.Key.Key_Down: -1,
            Qt.Key.Key_PageUp: 7,
            Qt.Key.Key_PageDown: -7,
        }
        if event.key() in steps:
            try:
                current = self.date() or date.today()
            except ValidationError:
                current = date.today()
            self.set_date(current + timedelta(days=steps[Qt.Key(event.key())]))
            return
        if event.text().lower() in ("t", "a") and not self.text().strip():
            self.set_date(date.today())
            return
        super().keyPressEvent(event)


class TimeEdit(QLineEdit):
    """hh:mm, also typed as "14h30", "1430" or "14"."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(_t("hh:mm"))
        self.setMaxLength(5)
        self.setMaximumWidth(self.fontMetrics().horizontalAdvance("00:000") + 24)
        self.textChanged.connect(self.changed)

    def value(self) -> str | None:
        text = self.text().strip().lower().replace("h", ":")
        if not text:
            return None
        m = re.fullmatch(r"(\d{1,2})(?::?(\d{2}))?:?", text)
        if not m or int(m.group(1)) > 23 or int(m.group(2) or 0) > 59:
            raise ValidationError(_t("Heure invalide : attendu hh:mm."))
        return f"{int(m.group(1)):02d}:{m.group(2) or '00'}"

    def set_value(self, stored: Any) -> None:
        self.setText(str(stored) if stored else "")


class TextEdit(QLineEdit):
    changed = Signal()

    def __init__(self, max_len: int = 200, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMaxLength(max_len)
        self.textChanged.connect(self.changed)

    def value(self) -> str | None:
        return self.text().strip() or None

    def set_value(self, stored: Any) -> None:
        self.setText(one_line(stored))


class IntEdit(QLineEdit):
    changed = Signal()

    def __init__(self, lo: int | None, hi: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setValidator(
            QIntValidator(lo if lo is not None else -(10**9), hi if hi is not None else 10**9, self)
        )
        self.setMaximumWidth(self.fontMetrics().horizontalAdvance("000000") + 24)
        self.textChanged.connect(self.changed)

    def value(self) -> int | None:
        text = self.text().strip()
        return int(text) if text else None

    def set_value(self, stored: Any) -> None:
        self.setText("" if stored is None else str(stored))


class NoteEdit(QPlainTextEdit):
    """Multi-line text; Tab moves to the next field (a tab character is never useful here)."""

    changed = Signal()

    def __init__(self, max_len: int = 5000, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.max_len = max_len
        self.setTabChangesFocus(True)
        self.textChanged.connect(self.changed)

    def value(self) -> str | None:
        return self.toPlainText().strip() or None

    def set_value(self, stored: Any) -> None:
        self.setPlainText(multi_line(stored))


class ChoiceEdit(QComboBox):
    """An enumeration, or a reference to a directory entry; "—" for none unless required."""

    changed = Signal()

    def __init__(
        self,
        items: list[tuple[str, str]],
        required: bool = False,
        parent: QWidget | None = None,
        *,
        start_empty: bool = False,
    ) -> None:
        super().__init__(parent)
        if not required:
            self.addItem("—", None)
        for code, label in items:
            self.addItem(one_line(label), code)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(16)
        if required and start_empty:
            # A required choice starts empty: a default ("Femme" for "Sexe *") would be saved
            # without anyone having chosen it.
            self.setPlaceholderText(_t("Choisir…"))
            self.setCurrentIndex(-1)
        self.currentIndexChanged.connect(self.changed)

    def value(self) -> str | None:
        data = self.currentData()
        return None if data is None else str(data)

    def set_value(self, stored: Any) -> None:
        index = self.findData(stored) if stored is not None else 0
        if index < 0 or (stored is None and self.itemData(0) is not None):
            index = -1 if self.placeholderText() else 0
        self.setCurrentIndex(index)


class BoolEdit(QCheckBox):
    changed = Signal()

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.toggled.connect(self.changed)

    def value(self) -> bool:
        return self.isChecked()

    def set_value(self, stored: Any) -> None:
        self.setChecked(stored in (1, True, "1"))


class CheckList(QListWidget):
    """Several codes of an enumeration: Space toggles the current line."""

    changed = Signal()

    def __init__(
        self, choices: Choices, parent: QWidget | None = None, *, columns: int = 1
    ) -> None:
        super().__init__(parent)
        for code, label in choices.labelled():
            item = QListWidgetItem(label, self)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsUserCheckable
                | Qt.ItemFlag.ItemIsSelectable
            )
            item.setCheckState(Qt.CheckState.Unchecked)
        rows = -(-self.count() // max(1, columns))
        if columns > 1:
            # Items flow down then into the next column: arrows move in both directions.
            self.setFlow(QListWidget.Flow.TopToBottom)
            self.setWrapping(True)
            self.setResizeMode(QListWidget.ResizeMode.Adjust)
            self.setSpacing(1)
            self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        line = self.fontMetrics().height() + 8
        self.setFixedHeight(min(rows, 8) * line + 8)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.itemChanged.connect(lambda _item: self.changed.emit())
        if rows:
            self.setCurrentRow(0)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        item = self.currentItem()
        if event.key() == Qt.Key.Key_Space and item is not None:
            item.setCheckState(
                Qt.CheckState.Unchecked
                if item.checkState() == Qt.CheckState.Checked
                else Qt.CheckState.Checked
            )
            return
        super().keyPressEvent(event)

    def value(self) -> list[str]:
        return [
            str(self.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.count())
            if self.item(i).checkState() == Qt.CheckState.Checked
        ]

    def set_value(self, stored: Any) -> None:
        codes = set(stored if isinstance(stored, list) else enumset_codes(stored))
        for i in range(self.count()):
            item = self.item(i)
            item.setCheckState(
                Qt.CheckState.Checked
                if item.data(Qt.ItemDataRole.UserRole) in codes
                else Qt.CheckState.Unchecked
            )


def editor_for(
    f: Field,
    ref_items: Mapping[str, list[tuple[str, str]]] | None = None,
    parent: QWidget | None = None,
) -> QWidget | None:
    """The editor of field ``f``; ``None`` for fields not edited by hand (JSON)."""
    w: QWidget
    if f.kind == "text":
        w = TextEdit(f.max_len, parent)
        names = (ref_items or {}).get(f.name) if f.name == "referent" else None
        if names:
            # The referents' directory, offered as the name is typed (the field stays free).
            completer = QCompleter([name for _, name in names], w)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            w.setCompleter(completer)
    elif f.kind == "note":
        w = NoteEdit(f.max_len, parent)
    elif f.kind == "date":
        w = DateEdit(parent)
    elif f.kind == "time":
        w = TimeEdit(parent)
    elif f.kind == "int":
        w = IntEdit(f.min_value, f.max_value, parent)
    elif f.kind == "bool":
        w = BoolEdit(field_label(f), parent)
    elif f.kind == "enum" and f.choices is not None:
        w = ChoiceEdit(f.choices.labelled(), f.required, parent, start_empty=f.required)
    elif f.kind == "enumset" and f.choices is not None:
        w = CheckList(f.choices, parent)
    elif f.kind == "ref":
        items = list((ref_items or {}).get(f.ref or "", []))
        w = ChoiceEdit(items, f.required, parent)
        w.setProperty("caseData", True)
    else:
        return None
    w.setObjectName(f"field_{f.name}")
    w.setAccessibleName(field_label(f))
    return w
