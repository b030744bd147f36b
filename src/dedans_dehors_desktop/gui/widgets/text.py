"""Showing untrusted text: plain-text labels, control characters stripped, long text elided.

Every label that may show case data is a ``PlainLabel`` or an ``ElidedLabel``: Qt's automatic
rich-text detection would otherwise render ``<b>`` or ``<img src=...>`` typed in a name.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from ...core.textnorm import clean_line, clean_multiline

# Beyond this, a single value is cut for display (the store keeps it whole).
MAX_DISPLAY_CHARS = 5000


def one_line(value: object) -> str:
    """A value of the case file as one line of display text."""
    if value is None:
        return ""
    return clean_line(str(value))[:MAX_DISPLAY_CHARS]


def multi_line(value: object) -> str:
    if value is None:
        return ""
    return clean_multiline(str(value))[:MAX_DISPLAY_CHARS]


class PlainLabel(QLabel):
    """A label that never interprets its text as rich text."""

    def __init__(
        self,
        text: str = "",
        parent: QWidget | None = None,
        *,
        wrap: bool = False,
        selectable: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(wrap)
        if selectable:
            self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setText(multi_line(text) if wrap else one_line(text))

    def set_value(self, value: object) -> None:
        self.setText(multi_line(value) if self.wordWrap() else one_line(value))


class ElidedLabel(QWidget):
    """One line of plain text, cut with "…" when space runs out; never widens the layout."""

    def __init__(
        self,
        text: str = "",
        parent: QWidget | None = None,
        mode: Qt.TextElideMode = Qt.TextElideMode.ElideRight,
    ) -> None:
        super().__init__(parent)
        self._text = ""
        self._mode = mode
        self._alignment = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setText(text)

    def text(self) -> str:
        return self._text

    def setText(self, text: object) -> None:
        self._text = one_line(text)
        self.setAccessibleName(self._text)
        self.updateGeometry()
        self.update()

    def clear(self) -> None:
        self.setText("")
        self.setToolTip("")

    def setAlignment(self, alignment: Qt.AlignmentFlag) -> None:
        self._alignment = alignment
        self.update()

    def sizeHint(self) -> QSize:
        fm = self.fontMetrics()
        return QSize(min(fm.horizontalAdvance(self._text), 400) + 4, fm.height() + 4)

    def minimumSizeHint(self) -> QSize:
        fm = self.fontMetrics()
        return QSize(fm.horizontalAdvance("…") * 3, fm.height() + 4)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        fm = self.fontMetrics()
        rect = self.contentsRect()
        elided = fm.elidedText(self._text, self._mode, rect.width())
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(rect, int(self._alignment), elided)
        painter.end()
