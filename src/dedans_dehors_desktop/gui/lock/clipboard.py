"""Clear the clipboard a short while after the application put text in it.

A copied name or note must not linger for the next program (or the next person) to paste.
Only text this application placed there is cleared, and only if it is still there. Copies are
also marked as sensitive for clipboard managers (KDE's Klipper keeps its history on disk;
Windows' clipboard history and cloud clipboard can send it off the machine). On X11 the
"primary selection" (whatever text is selected) is handled the same way.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QObject, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication

CLEAR_AFTER_MS = 10_000
Mode = QClipboard.Mode

# Hints understood by clipboard managers: "do not keep, do not sync".
_SENSITIVE_HINTS: dict[str, bytes] = {
    "x-kde-passwordManagerHint": b"secret",
    'application/x-qt-windows-mime;value="ExcludeClipboardContentFromMonitorProcessing"': b"1",
    'application/x-qt-windows-mime;value="CanIncludeInClipboardHistory"': b"\0\0\0\0",
    'application/x-qt-windows-mime;value="CanUploadToCloudClipboard"': b"\0\0\0\0",
}


def app_has_focus() -> bool:
    return QGuiApplication.focusWindow() is not None


def clear_all() -> None:
    """At a lock: the clipboard, the X11 selection and the macOS find buffer."""
    clipboard = QGuiApplication.clipboard()
    if clipboard is None:
        return
    clipboard.clear(Mode.Clipboard)
    if clipboard.supportsSelection():
        clipboard.clear(Mode.Selection)
    if clipboard.supportsFindBuffer():
        clipboard.clear(Mode.FindBuffer)


class ClipboardGuard(QObject):
    def __init__(self, parent: QObject | None = None, delay_ms: int = CLEAR_AFTER_MS) -> None:
        super().__init__(parent)
        clipboard = QGuiApplication.clipboard()
        assert clipboard is not None
        self._clipboard: QClipboard = clipboard
        self._ours: dict[Mode, str] = {}
        self._marking = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.clear_if_ours)
        # Bound methods, not lambdas: Qt drops the connections when this object is destroyed.
        self._clipboard.dataChanged.connect(self._clipboard_changed)
        if self._clipboard.supportsSelection():
            self._clipboard.selectionChanged.connect(self._selection_changed)

    def _clipboard_changed(self) -> None:
        self._changed(Mode.Clipboard)

    def _selection_changed(self) -> None:
        self._changed(Mode.Selection)

    def _changed(self, mode: Mode) -> None:
        if self._marking:
            return
        # Ours if the platform says so, or if one of our windows had the focus when it changed
        # (some platforms have no notion of clipboard ownership).
        owns = (
            self._clipboard.ownsClipboard()
            if mode == Mode.Clipboard
            else self._clipboard.ownsSelection()
        )
        text = self._clipboard.text(mode)
        if (owns or app_has_focus()) and text:
            self._ours[mode] = text
            if mode == Mode.Clipboard:
                self._mark_sensitive(text)
            self._timer.start()
        else:  # another program copied something: not ours to clear
            self._ours.pop(mode, None)
            if not self._ours:
                self._timer.stop()

    def _mark_sensitive(self, text: str) -> None:
        current = self._clipboard.mimeData(Mode.Clipboard)
        if current is not None and current.hasFormat("x-kde-passwordManagerHint"):
            return
        data = QMimeData()
        data.setText(text)
        for name, value in _SENSITIVE_HINTS.items():
            data.setData(name, value)
        self._marking = True
        try:
            self._clipboard.setMimeData(data, Mode.Clipboard)
        finally:
            self._marking = False

    def clear_if_ours(self) -> None:
        for mode, text in list(self._ours.items()):
            if self._clipboard.text(mode) == text:
                self._clipboard.clear(mode)
        self._ours.clear()

    @property
    def pending(self) -> bool:
        return self._timer.isActive()
