"""Clear the clipboard a short while after the application put text in it.

A copied name or note must not linger for the next program (or the next person) to paste.
Only text this application placed there is cleared, and only if it is still there.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication

CLEAR_AFTER_MS = 10_000


def app_has_focus() -> bool:
    return QGuiApplication.focusWindow() is not None


class ClipboardGuard(QObject):
    def __init__(self, parent: QObject | None = None, delay_ms: int = CLEAR_AFTER_MS) -> None:
        super().__init__(parent)
        clipboard = QGuiApplication.clipboard()
        assert clipboard is not None
        self._clipboard: QClipboard = clipboard
        self._ours = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.clear_if_ours)
        self._clipboard.dataChanged.connect(self._changed)

    def _changed(self) -> None:
        # Ours if the platform says so, or if one of our windows had the focus when it changed
        # (some platforms have no notion of clipboard ownership).
        if self._clipboard.ownsClipboard() or app_has_focus():
            self._ours = self._clipboard.text()
            if self._ours:
                self._timer.start()
        else:  # another program copied something: not ours to clear
            self._ours = ""
            self._timer.stop()

    def clear_if_ours(self) -> None:
        if self._ours and self._clipboard.text() == self._ours:
            self._clipboard.clear()
        self._ours = ""

    @property
    def pending(self) -> bool:
        return self._timer.isActive()
