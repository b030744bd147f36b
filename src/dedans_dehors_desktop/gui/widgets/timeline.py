"""The actualités of a case file as a timeline: a model and a painting delegate."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from ...core import enums as E
from ...core.dates import format_long_fr
from .formatting import enumset_codes, label, parse_iso
from .text import multi_line, one_line

_Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1
PAD = 10
GAP = 6


@dataclass(frozen=True)
class Entry:
    id: str
    title: str
    subtitle: str
    note: str
    upcoming: bool


class TimelineModel(QAbstractListModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._entries: list[Entry] = []
        self.parloir = False

    def set_actualites(self, rows: list[dict[str, Any]], today: date | None = None) -> None:
        today = today or date.today()
        self.beginResetModel()
        ordered = sorted(
            rows, key=lambda r: (str(r.get("date") or ""), str(r.get("heure") or "")), reverse=True
        )
        self._entries = [self._entry(r, today) for r in ordered]
        self.endResetModel()

    def _entry(self, r: dict[str, Any], today: date) -> Entry:
        d = parse_iso(r.get("date"))
        when = format_long_fr(d) if d else ""
        if r.get("heure"):
            when += self.tr(" à {heure}").format(heure=one_line(r["heure"]))
        parts = [label(E.TYPE_ACTUALITE, r.get("type"))]
        if r.get("lieu"):
            parts.append(label(E.LIEU, r["lieu"]))
        if r.get("presence"):
            parts.append(label(E.PRESENCE, r["presence"]))
        if r.get("duree"):
            parts.append(self.tr("{n} min").format(n=int(r["duree"])))
        themes = ", ".join(label(E.THEME, c) for c in enumset_codes(r.get("themes")))
        upcoming = bool(d and d >= today and r.get("presence") == "planifie")
        title = f"{when} — {' · '.join(p for p in parts if p)}"
        return Entry(
            str(r["id"]), one_line(title), one_line(themes), multi_line(r.get("note")), upcoming
        )

    def clear_data(self) -> None:
        self.beginResetModel()
        self._entries = []
        self.endResetModel()

    def set_parloir(self, on: bool) -> None:
        self.beginResetModel()  # row heights change with the note
        self.parloir = on
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def entry(self, row: int) -> Entry:
        return self._entries[row]

    def note_for_display(self, e: Entry) -> str:
        if self.parloir and e.note:
            return self.tr("Note masquée (mode parloir)")
        return e.note

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        e = self._entries[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return "\n".join(p for p in (e.title, e.subtitle, self.note_for_display(e)) if p)
        if role == ID_ROLE:
            return e.id
        return None


class TimelineDelegate(QStyledItemDelegate):
    """Paints an entry as a card: date and kind in bold, themes, then the note, wrapped."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self.view = view
        # Row heights depend on the text width only: computed once per width.
        self._sizes: dict[tuple[int, int], QSize] = {}
        model = view.model()
        if model is not None:
            model.modelReset.connect(self._sizes.clear)

    def _model(self, index: _Index) -> TimelineModel:
        model = index.model()
        assert isinstance(model, TimelineModel)
        return model

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        bold = QFont(option.font)
        bold.setBold(True)
        return bold, QFont(option.font)

    def _text_width(self) -> int:
        return max(120, self.view.viewport().width() - 2 * PAD - 8)

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        width = self._text_width()
        key = (index.row(), width)
        cached = self._sizes.get(key)
        if cached is not None:
            return cached
        model = self._model(index)
        e = model.entry(index.row())
        bold, normal = self._fonts(option)
        height = PAD * 2 + QFontMetrics(bold).height()
        fm = QFontMetrics(normal)
        if e.subtitle:
            height += fm.height() + 2
        note = model.note_for_display(e)
        if note:
            rect = fm.boundingRect(QRect(0, 0, width, 100_000), int(Qt.TextFlag.TextWordWrap), note)
            height += rect.height() + GAP
        size = QSize(width, height + GAP)
        self._sizes[key] = size
        return size

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        model = self._model(index)
        e = model.entry(index.row())
        bold, normal = self._fonts(option)
        painter.save()
        card = option.rect.adjusted(4, GAP // 2, -4, -GAP // 2)
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        background = QColor("#fff8e6") if e.upcoming else palette.color(QPalette.ColorRole.Base)
        if selected:
            background = palette.color(QPalette.ColorRole.Highlight).lighter(185)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QColor("#d5dde3"))
        painter.setBrush(background)
        painter.drawRoundedRect(card, 6, 6)
        painter.setPen(QColor("#2f4858") if not e.upcoming else QColor("#8a5a00"))
        painter.fillRect(
            QRect(card.left(), card.top() + 6, 3, card.height() - 12),
            QColor("#f2c14e") if e.upcoming else QColor("#5b8fb9"),
        )
        x = card.left() + PAD
        y = card.top() + PAD
        width = card.width() - 2 * PAD
        painter.setFont(bold)
        fm_bold = painter.fontMetrics()
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        title = fm_bold.elidedText(e.title, Qt.TextElideMode.ElideRight, width)
        painter.drawText(
            QRect(x, y, width, fm_bold.height()), int(Qt.AlignmentFlag.AlignLeft), title
        )
        y += fm_bold.height()
        painter.setFont(normal)
        fm = painter.fontMetrics()
        if e.subtitle:
            painter.setPen(QColor("#4f6473"))
            painter.drawText(
                QRect(x, y + 2, width, fm.height()),
                int(Qt.AlignmentFlag.AlignLeft),
                fm.elidedText(e.subtitle, Qt.TextElideMode.ElideRight, width),
            )
            y += fm.height() + 2
        note = model.note_for_display(e)
        if note:
            y += GAP
            painter.setPen(
                QColor("#6b7b86") if model.parloir else palette.color(QPalette.ColorRole.Text)
            )
            painter.drawText(
                QRect(x, y, width, card.bottom() - y),
                int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft),
                note,
            )
        painter.restore()


class TimelineView(QListView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model_ = TimelineModel(self)
        self.setModel(self.model_)
        self.setItemDelegate(TimelineDelegate(self))
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(True)
        self.setSpacing(0)
        # Long timelines are laid out in batches: the first screen shows at once. A permanent
        # scroll bar keeps the width (and so the wrapped heights) from changing during layout.
        self.setLayoutMode(QListView.LayoutMode.Batched)
        self.setBatchSize(25)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setObjectName("timeline")
