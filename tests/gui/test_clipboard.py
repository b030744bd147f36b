"""Text the application copied is cleared after a delay, unless something else replaced it."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit

from dedans_dehors_desktop.gui.lock import clipboard as clipboard_module
from dedans_dehors_desktop.gui.lock.clipboard import ClipboardGuard


def _focused_window(qtbot: Any) -> QLineEdit:
    edit = QLineEdit()
    qtbot.addWidget(edit)
    edit.show()
    edit.activateWindow()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is not None, timeout=2000)
    return edit


def test_copied_text_is_cleared(qtbot: Any) -> None:
    edit = _focused_window(qtbot)
    guard = ClipboardGuard(delay_ms=20)
    clipboard = QGuiApplication.clipboard()
    edit.setText("CANARI-Éloïse Dupont")
    edit.selectAll()
    edit.copy()
    qtbot.waitUntil(lambda: guard.pending or clipboard.text() == "", timeout=2000)
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=2000)
    guard.deleteLater()
    edit.close()


def test_text_replaced_in_the_meantime_is_left_alone(qtbot: Any, monkeypatch: Any) -> None:
    edit = _focused_window(qtbot)  # kept: the window must live for the focus to stay
    guard = ClipboardGuard(delay_ms=60_000)
    clipboard = QGuiApplication.clipboard()
    clipboard.setText("CANARI-Éloïse Dupont")
    qtbot.waitUntil(lambda: guard.pending, timeout=2000)
    # Another program has the focus and copies something (offscreen Qt keeps our focus window).
    monkeypatch.setattr(clipboard_module, "app_has_focus", lambda: False)
    clipboard.setText("autre chose")
    qtbot.waitUntil(lambda: clipboard.text() == "autre chose", timeout=2000)
    guard.clear_if_ours()
    assert clipboard.text() == "autre chose"
    guard.deleteLater()
    edit.close()


def test_copies_are_marked_sensitive_for_clipboard_managers(qtbot: Any) -> None:
    edit = _focused_window(qtbot)
    guard = ClipboardGuard(delay_ms=60_000)
    edit.setText("CANARI-Éloïse Dupont")
    edit.selectAll()
    edit.copy()
    clipboard = QGuiApplication.clipboard()
    qtbot.waitUntil(lambda: guard.pending, timeout=2000)
    data = clipboard.mimeData()
    assert data is not None and bytes(data.data("x-kde-passwordManagerHint")) == b"secret"
    assert clipboard.text() == "CANARI-Éloïse Dupont"
    guard.clear_if_ours()
    assert clipboard.text() == ""
    guard.deleteLater()
    edit.close()
