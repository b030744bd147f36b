"""Locking: nothing of a case file survives in any widget, model, title or the clipboard."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog

from dedans_dehors_desktop.gui.pages.case_file import TAB_HISTORIQUE, TAB_PARCOURS

from .conftest import CANARY_NOM, CANARY_NOTE, open_window, unlock_with_keyboard
from .helpers import all_texts, holders_of, written_elsewhere

CANARIES = (CANARY_NOM, CANARY_NOM.upper(), CANARY_NOTE, "Canarivoix", "canari-frein", "17/09/2027")


def _show_everything(window: Any, jeune: str, qtbot: Any) -> None:
    """Put canaries in as many widgets as possible: list, case file tabs, dialogs, clipboard."""
    workspace = window.workspace
    workspace.list_page.search.setText(CANARY_NOM[:6])
    page = workspace.open_case(jeune)
    for tab in range(page.tabs.count()):
        page.tabs.setCurrentIndex(tab)
    # An edit changes the history, so that its tab shows old → new values too.
    with written_elsewhere(window.store):
        window.store.repo.update("jeune", jeune, {"commune": "Rennes-canari-ville"})
    page.reload()
    for tab in range(page.tabs.count()):  # tabs are built when shown
        page.tabs.setCurrentIndex(tab)
    page.tabs.setCurrentIndex(TAB_HISTORIQUE)
    texts = all_texts()
    for canary in (CANARY_NOM.upper(), CANARY_NOTE, "Canarivoix", "Rennes-canari-ville"):
        assert any(canary in t for t in texts), canary
    page.tabs.setCurrentIndex(TAB_PARCOURS)
    page.edit_record("frein", window.store.repo.list("frein", jeune_id=jeune)[0])
    dialog = workspace.new_interview(jeune)
    dialog.note.setPlainText("brouillon " + CANARY_NOTE)
    QGuiApplication.clipboard().setText(CANARY_NOM)


def test_after_a_lock_no_widget_holds_case_data(session: Any, qtbot: Any) -> None:
    window, store, jeune = session
    _show_everything(window, jeune, qtbot)
    assert any(isinstance(w, QDialog) and w.isVisible() for w in QApplication.topLevelWidgets())
    window.lock()
    assert window.locked
    assert store.db.conn is not None
    # Every dialog is closed, the title says nothing, the clipboard is empty.
    assert not any(isinstance(w, QDialog) and w.isVisible() for w in QApplication.topLevelWidgets())
    assert window.windowTitle() == "Verrouillé"  # Qt adds the application name
    assert QGuiApplication.clipboard().text() == ""
    texts = all_texts()
    for canary in (*CANARIES, "Rennes-canari-ville"):
        assert not any(canary in t for t in texts), (canary, holders_of(canary))
    # And after Qt has deleted the dropped widgets, still nothing (belt and braces).
    qtbot.wait(10)
    for canary in CANARIES:
        assert not holders_of(canary)
    # The store is closed: a read fails instead of returning data.
    try:
        store.db.conn.execute("SELECT 1")
    except Exception:
        pass
    else:
        raise AssertionError("the connection is still open after the lock")


def test_unlock_returns_to_the_same_case_file(session: Any, qtbot: Any) -> None:
    window, _store, jeune = session
    page = window.workspace.open_case(jeune)
    page.tabs.setCurrentIndex(TAB_PARCOURS)
    window.lock()
    unlock_with_keyboard(qtbot, window)
    page = window.workspace.case_page
    assert page is not None and page.jeune_id == jeune
    assert page.tabs.currentIndex() == TAB_PARCOURS
    assert window.windowTitle().startswith("Mission Locale de Test")


def test_idle_lock(session: Any, qtbot: Any) -> None:
    window, _store, _jeune = session
    assert window.idle.interval_ms == 3 * 60_000  # default: 3 minutes
    window.idle.set_delay_ms(50)
    with qtbot.waitSignal(window.idle.idle, timeout=5000):
        pass
    assert window.locked


def test_idle_delay_is_configurable_between_1_and_10_minutes(session: Any, qtbot: Any) -> None:
    window, store, _jeune = session
    from dedans_dehors_desktop.gui.shell.settings import StoreSettings

    settings = StoreSettings(store)
    settings.idle_minutes = 25
    assert settings.idle_minutes == 10
    settings.idle_minutes = 0
    assert settings.idle_minutes == 1
    window.show_settings()
    dialog = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "settingsDialog")
    dialog.idle.setValue(7)
    dialog.save()
    assert window.idle.interval_ms == 7 * 60_000
    assert StoreSettings(store).idle_minutes == 7


def test_lock_from_inside_a_modal_dialog(session: Any, qtbot: Any) -> None:
    from PySide6.QtCore import Qt

    window, _store, jeune = session
    dialog = window.workspace.new_interview(jeune)
    qtbot.waitUntil(dialog.themes.hasFocus)
    qtbot.keyClick(dialog.themes, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.locked


def test_locking_signal_lets_other_widgets_clean_up(session: Any, qtbot: Any) -> None:
    window, _store, _jeune = session
    app = QApplication.instance()
    seen: list[bool] = []
    app.locking.connect(lambda: seen.append(window.store is not None))
    window.lock_action.trigger()
    # Emitted while the store is still open, so a widget can save what it holds.
    assert seen == [True]
    second = open_window(window.data_dir, qtbot)
    assert second.locked
