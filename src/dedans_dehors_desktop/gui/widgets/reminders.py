"""The reminders panel, on the week page and in the permanence view: one line per reminder,
most urgent first; activating a line opens the youth's case file."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...services import reminders
from ...services.week import Store
from .text import one_line


class RemindersPanel(QWidget):
    """``open_requested(jeune_id)`` when a reminder about a youth is activated."""

    open_requested = Signal(str)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("remindersPanel")
        self.store = store
        self.jeune_ids: set[str] | None = None
        self.today: date | None = None
        self.parloir = False
        title = QLabel(self.tr("Rappels"))
        title.setObjectName("sectionTitle")
        self.list = QListWidget()
        self.list.setObjectName("remindersList")
        self.list.setAccessibleName(self.tr("Rappels"))
        self.list.setWordWrap(True)
        self.list.setSpacing(3)
        self.list.setAlternatingRowColors(True)
        self.list.setProperty("caseData", True)
        self.list.itemActivated.connect(self._activated)
        self.list.itemDoubleClicked.connect(self._activated)
        self.settings_button = QPushButton(self.tr("Seuils…"))
        self.settings_button.setObjectName("thresholdsButton")
        self.settings_button.setToolTip(self.tr("Seuils des rappels"))
        self.settings_button.clicked.connect(self.edit_thresholds)
        head = QHBoxLayout()
        head.addWidget(title, 1)
        head.addWidget(self.settings_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.list, 1)

    def set_parloir(self, on: bool) -> None:
        """In "mode parloir" the screen may be seen by others: releases, documents and actions
        are not shown at all."""
        if on != self.parloir:
            self.parloir = on
            self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        if self.parloir:
            hidden = QListWidgetItem(self.tr("Rappels masqués en mode parloir."), self.list)
            hidden.setFlags(Qt.ItemFlag.NoItemFlags)
            return
        found = reminders.reminders(self.store, self.today, jeune_ids=self.jeune_ids)
        for r in found:
            who = f"{r.who} — " if r.who else ""
            text = one_line(f"{reminders.kind_label(r.kind)} · {who}{r.text}")
            item = QListWidgetItem(text, self.list)
            item.setData(Qt.ItemDataRole.UserRole, r.jeune_id)
            item.setData(Qt.ItemDataRole.UserRole + 1, r.kind)
        if not found:
            empty = QListWidgetItem(self.tr("Aucun rappel."), self.list)
            empty.setFlags(Qt.ItemFlag.NoItemFlags)

    def edit_thresholds(self) -> QWidget:
        from ..dialogs.thresholds_dialog import ThresholdsDialog

        dialog = ThresholdsDialog(self.store, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.applied.connect(self.refresh)
        dialog.open()
        return dialog

    def texts(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def _activated(self, item: QListWidgetItem) -> None:
        jeune_id = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(jeune_id, str):
            self.open_requested.emit(jeune_id)
