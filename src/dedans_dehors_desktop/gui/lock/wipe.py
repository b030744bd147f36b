"""Forgetting what the screen showed: used by the lock before widgets are deleted.

Deleting widgets is deferred by Qt; wiping first means no text of a case file survives in a
widget, a model, a tooltip or an accessible name between the lock and the deletion.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTableWidget,
    QTextEdit,
    QTreeWidget,
    QWidget,
)

from ..widgets.text import ElidedLabel


def wipe(root: QWidget) -> None:
    """Clear every text-holding widget under ``root`` (included).

    Signals are blocked first: clearing a filter or a date must not make a page reload its
    data (or save a preference) while it is being emptied.
    """
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        w.blockSignals(True)
    for w in widgets:
        wipe_one(w)


def wipe_one(w: QWidget) -> None:
    w.setToolTip("")
    w.setStatusTip("")
    w.setWhatsThis("")
    w.setAccessibleName("")
    w.setAccessibleDescription("")
    if w.isWindow():
        w.setWindowTitle("")
    if isinstance(w, QLabel | ElidedLabel | QLineEdit | QTextEdit | QPlainTextEdit):
        w.clear()
    elif isinstance(w, QAbstractButton):
        # Buttons only carry our own fixed captions, except the check boxes built from data.
        if w.property("caseData"):
            w.setText("")
    elif isinstance(w, QComboBox):
        if w.property("caseData"):
            w.clear()
        if w.isEditable():
            w.setEditText("")
    elif isinstance(w, QTreeWidget | QListWidget | QTableWidget):
        w.clear()
    elif isinstance(w, QAbstractItemView):
        model = w.model()
        clear = getattr(model, "clear_data", None)
        if callable(clear):
            clear()
