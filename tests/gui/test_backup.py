"""Fichier → Sauvegarder writes an encrypted backup on a worker; the store stays usable."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from dedans_dehors_desktop.gui.dialogs.backup import backup_store
from dedans_dehors_desktop.storage.store import BACKUP_MAGIC, Store

from .conftest import CANARY_NOM, add_canary_youth


def test_backup_from_the_app(qtbot: Any, store: Store, tmp_path: Path) -> None:
    add_canary_youth(store)
    parent = QWidget()
    qtbot.addWidget(parent)
    dest = tmp_path / "sauvegarde.ddbak"
    worker = backup_store(store, parent, dest=dest)
    with qtbot.waitSignal(worker.done, timeout=30_000):
        pass
    data = dest.read_bytes()
    assert data.startswith(BACKUP_MAGIC)
    for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
        assert CANARY_NOM.encode(encoding) not in data
    assert store.repo.list("jeune")  # the store is still open and usable


def test_backup_failure_is_reported(qtbot: Any, store: Store, tmp_path: Path) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    worker = backup_store(store, parent, dest=tmp_path / "absent" / "sauvegarde.ddbak")
    with qtbot.waitSignal(worker.failed, timeout=30_000):
        pass
    assert not (tmp_path / "absent").exists()


def test_backup_action_in_the_main_window(qtbot: Any, session: Any, tmp_path: Path) -> None:
    window, _store, _ = session
    action = window.findChild(QAction, "backupAction")
    assert action is not None and action.isEnabled()
    assert action.shortcut().toString() == "Ctrl+Shift+S"
