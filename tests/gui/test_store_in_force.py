"""A window whose store is restored behind it locks itself and says why (issue 12): a youth
saved afterwards can no longer end up in the replaced copy."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QApplication, QMessageBox

from dedans_dehors_desktop.storage.store import Store, restore

from .conftest import PASSPHRASE, USER, make_store, open_window


def test_the_window_locks_when_its_store_is_restored_behind_it(
    qtbot: Any, data_dir: Path, tmp_path: Path
) -> None:
    store = make_store(data_dir, youths=2)
    backup = tmp_path / "sauvegarde.ddbak"
    store.backup(backup)
    window = open_window(data_dir, qtbot, store)
    assert not window.locked
    # Same process (a restore from another process is refused by the store lock).
    restore(backup, data_dir, user=USER, passphrase=PASSPHRASE)
    qtbot.waitUntil(lambda: window.locked, timeout=10_000)
    boxes = [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QMessageBox) and w.isVisible() and "remplacée" in w.text()
    ]
    assert boxes, "the window must say why it locked"
    with Store.open(data_dir, user=USER, passphrase=PASSPHRASE) as in_force:
        assert in_force.check() == []


def test_unlocking_while_a_command_holds_the_store(qtbot: Any, data_dir: Path) -> None:
    """The issue's case: unlocking during a CLI write showed "Une erreur inattendue"."""
    from PySide6.QtCore import Qt

    from storage.helpers_process import Holder  # tests/storage (rootdir-relative package)

    from .helpers import type_text

    make_store(data_dir).close()
    window = open_window(data_dir, qtbot)
    page = window.unlock_page
    with Holder(data_dir, USER, PASSPHRASE, "la commande « demo »") as holder:
        page.user.setText(USER)
        page.passphrase.setFocus()
        type_text(page.passphrase, PASSPHRASE)
        with qtbot.waitSignal(page.failed, timeout=20_000) as failed:
            qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
        (text,) = failed.args
        assert text.startswith("La base est déjà ouverte par la commande « demo »")
        assert f"processus {holder.pid}" in text
    assert window.locked
    assert page.settings.failures == 0  # not counted as a wrong passphrase
