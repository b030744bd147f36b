"""Saves run on the save queue: the window keeps drawing, a busy store gets a sentence, nothing
typed is lost, and a lock asked meanwhile happens right after the save.

The window is the real one on a real store; the "long job" is a real thread holding the store as
a bundle import does (``long_job``). The store refuses case data written on the window's thread,
so each save that succeeds here ran on a worker.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from dedans_dehors_desktop.gui import saving
from dedans_dehors_desktop.storage.store import Store

from .conftest import PASSPHRASE, USER

NOTE = "Projet : CAP cuisine, visite du CFA à préparer"


def _interviews(store: Store, jeune: str) -> int:
    return int(
        store.db.conn.execute(
            "SELECT count(*) FROM actualite WHERE jeune_id = ? AND type = 'entretien' AND note = ?",
            (jeune, NOTE),
        ).fetchone()[0]
    )


def _error_boxes() -> list[QMessageBox]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QMessageBox) and w.objectName() == "errorDialog" and w.isVisible()
    ]


def _ticking() -> tuple[QTimer, list[int]]:
    """A timer that counts while the test runs: it only advances if the window's thread does."""
    ticks: list[int] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    return timer, ticks


def test_a_save_behind_a_long_job_keeps_the_window_alive_and_the_text_typed(
    session: Any, qtbot: Any, long_job: Callable[[Store], Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    window, store, jeune = session
    monkeypatch.setattr(saving, "SAVE_WAIT_SECONDS", 0.5)
    dialog = window.workspace.new_interview(jeune)
    dialog.note.setPlainText(NOTE)
    job = long_job(store)
    timer, ticks = _ticking()
    dialog.save_button.click()
    timer.stop()
    # The thread that draws kept running while the save waited (timers fired, paint ran).
    assert len(ticks) >= 5
    # The save gave up with a sentence; the dialog is still open with what was typed.
    (box,) = _error_boxes()
    assert "occupée" in box.text() and "Rien n'a été modifié" in box.text()
    assert dialog.isVisible() and dialog.note.toPlainText() == NOTE
    job.join()
    assert _interviews(store, jeune) == 0
    box.accept()
    # Once the job has ended the same click saves, off the window's thread.
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.save_button.click()
    assert _interviews(store, jeune) == 1 and not dialog.isVisible()


def test_a_save_that_waits_less_than_its_patience_lands_and_says_it_waited(
    session: Any, qtbot: Any, long_job: Callable[[Store], Any]
) -> None:
    window, store, jeune = session
    dialog = window.workspace.new_interview(jeune)
    dialog.note.setPlainText(NOTE)
    job = long_job(store)
    shown: list[str] = []
    saving.queue().waiting.connect(shown.append)
    # The job ends while the save waits for it: the save then goes through.
    QTimer.singleShot(saving.NOTICE_MS + 200, job.finish)
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.save_button.click()
    assert shown == [saving.notice_text()]
    assert window.statusBar().currentMessage() != saving.notice_text()
    assert _interviews(store, jeune) == 1 and not _error_boxes()


def test_a_lock_asked_during_a_save_comes_right_after_it_and_the_save_is_kept(
    session: Any, qtbot: Any, long_job: Callable[[Store], Any], data_dir: Any
) -> None:
    window, store, jeune = session
    dialog = window.workspace.new_interview(jeune)
    dialog.note.setPlainText(NOTE)
    job = long_job(store)
    locked_during_save: list[bool] = []

    def idle_lock() -> None:  # the idle timer fires while the save waits
        window.lock()
        locked_during_save.append(window.store is None)
        job.finish()

    QTimer.singleShot(100, idle_lock)
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.save_button.click()
    assert locked_during_save == [False]  # held back until the save had ended...
    qtbot.waitUntil(lambda: window.store is None, timeout=10_000)  # ...then done
    reopened = Store.open(data_dir, user=USER, passphrase=PASSPHRASE)
    try:
        assert _interviews(reopened, jeune) == 1
    finally:
        reopened.close()
