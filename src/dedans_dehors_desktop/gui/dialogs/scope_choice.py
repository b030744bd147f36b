"""Said at creation: a youth created on a laptop outside its scope would leave it after the next
synchronisation. The person keeps it (the office widens the scope) or hands it over."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from ...core.errors import UserError
from ...services.exchange import keep_on_this_laptop, scope_warning_for_new_youth
from ...services.session import Store
from .. import saving
from ..shell.errors import show_error


class ScopeChoiceBox(QMessageBox):
    def __init__(
        self, store: Store, jeune_id: str, text: str, keep: str, hand_over: str, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setObjectName("scopeChoice")
        self.setIcon(QMessageBox.Icon.Information)
        self.setWindowTitle(self.tr("Hors du périmètre de ce poste"))
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setText(text)
        self.keep_button = self.addButton(keep, QMessageBox.ButtonRole.AcceptRole)
        self.keep_button.setObjectName("keepHere")
        self.hand_button = self.addButton(hand_over, QMessageBox.ButtonRole.RejectRole)
        self.hand_button.setObjectName("handOver")
        self.setDefaultButton(self.keep_button)
        self.store = store
        self.jeune_id = jeune_id
        self.buttonClicked.connect(self._chosen)

    def _chosen(self, button: QAbstractButton) -> None:
        if button is self.keep_button:
            try:
                saving.save(self.store, keep_on_this_laptop, self.store, self.jeune_id)
            except UserError as exc:
                show_error(self.parentWidget(), exc)

    @classmethod
    def offer(
        cls, parent: QWidget | None, store: Store, jeune_id: str, values: Mapping[str, Any]
    ) -> ScopeChoiceBox | None:
        """Open the choice when the youth is outside this laptop's scope; else nothing."""
        warning = scope_warning_for_new_youth(store, values, jeune_id)
        if warning is None or parent is None:
            return None
        box = cls(
            store, jeune_id, warning.message, warning.keep_label, warning.hand_over_label, parent
        )
        box.open()
        return box
