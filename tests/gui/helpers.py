"""Walking the live widgets: every text the application could show or hand to a screen reader."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QEvent, QModelIndex, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from shiboken6 import isValid

from dedans_dehors_desktop.gui.widgets.text import ElidedLabel

ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.AccessibleTextRole,
    Qt.ItemDataRole.EditRole,
)


def _model_texts(model: QAbstractItemModel, parent: QModelIndex, depth: int = 0) -> Iterator[str]:
    if depth > 3:
        return
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(parent)
    for row in range(model.rowCount(parent)):
        for col in range(columns):
            index = model.index(row, col, parent)
            for role in ROLES:
                value = model.data(index, role)
                if value is not None:
                    yield str(value)
            if col == 0 and columns > 1 and model.rowCount(index) > 0:
                yield from _model_texts(model, index, depth + 1)


def widget_texts(w: QWidget) -> Iterator[str]:
    yield w.windowTitle()
    yield w.toolTip()
    yield w.statusTip()
    yield w.whatsThis()
    yield w.accessibleName()
    yield w.accessibleDescription()
    if isinstance(w, QLabel | QAbstractButton | ElidedLabel):
        yield w.text()
    if isinstance(w, QLineEdit):
        yield w.text()
        yield w.placeholderText()
    if isinstance(w, QPlainTextEdit | QTextEdit):
        yield w.toPlainText()
    if isinstance(w, QComboBox):
        yield w.currentText()
        for i in range(w.count()):
            yield w.itemText(i)
    if isinstance(w, QTabWidget):
        for i in range(w.count()):
            yield w.tabText(i)
    if isinstance(w, QAbstractItemView):
        model = w.model()
        if model is not None:
            yield from _model_texts(model, QModelIndex())


def all_texts() -> list[str]:
    """Texts of every live widget of the application, plus the clipboard."""
    out: list[str] = []
    for w in QApplication.allWidgets():
        if isValid(w):
            out.extend(t for t in widget_texts(w) if t)
    clipboard = QGuiApplication.clipboard()
    if clipboard is not None:
        out.append(clipboard.text())
    return out


def holders_of(needle: str) -> list[str]:
    """Which widgets still show ``needle`` (for a readable failure message)."""
    found = []
    for w in QApplication.allWidgets():
        if isValid(w) and any(needle in t for t in widget_texts(w) if t):
            found.append(f"{type(w).__name__}#{w.objectName()}")
    return found


def visible_texts(root: QWidget) -> list[str]:
    """Texts of the visible widgets under ``root``."""
    out: list[str] = []
    for w in [root, *root.findChildren(QWidget)]:
        if w is root or (isValid(w) and w.isVisibleTo(root)):
            out.extend(t for t in widget_texts(w) if t)
    return out


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` into ``widget`` as key events (QTest.keyClicks only knows ASCII)."""
    for ch in text:
        if ch == "\n":
            QTest.keyClick(widget, Qt.Key.Key_Return)
        elif ch.isascii():
            QTest.keyClicks(widget, ch)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(
                    widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
                )


@contextlib.contextmanager
def written_elsewhere(store: Any) -> Iterator[None]:
    """Test set-up written as a sync, an import or the command line would write it: the guard
    against writes on the window's thread is lifted for this block only."""
    lock = store.db.lock
    thread = lock.interactive
    lock.declare_interactive(None)
    try:
        yield
    finally:
        lock.declare_interactive(thread)
