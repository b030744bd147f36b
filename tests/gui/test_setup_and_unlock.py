"""First-run assistant and unlock screen, driven like a person would."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from dedans_dehors_desktop.gui.lock.setup_wizard import SetupWizard
from dedans_dehors_desktop.gui.lock.unlock import FREE_ATTEMPTS, delay_after
from dedans_dehors_desktop.gui.shell.settings import AppSettings
from dedans_dehors_desktop.storage.store import Store

from .conftest import PASSPHRASE, USER, light_kdf, make_store, open_window, unlock_with_keyboard
from .helpers import type_text

STRONG = "Le parloir du mardi ouvre à neuf heures trente"


def test_assistant_creates_a_store(qtbot: Any, data_dir: Path) -> None:
    wizard = SetupWizard(data_dir, kdf=light_kdf())
    qtbot.addWidget(wizard)
    wizard.show()
    next_button = wizard.button(QWizard.WizardButton.NextButton)

    assert not wizard.role_page.isComplete()
    qtbot.keyClicks(wizard.role_page.structure, "Mission Locale du Pays de Rennes")
    wizard.role_page.office.setChecked(True)
    assert wizard.role_page.isComplete()
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)

    page = wizard.pass_page
    qtbot.keyClicks(page.user, "Camille Martin")
    qtbot.keyClicks(page.passphrase, "azerty123")
    # A weak passphrase: the meter stays low and the French rule explains why.
    assert not page.isComplete()
    assert page.meter.value() <= 2
    assert "12 caractères" in page.rule.text()
    assert page.reasons.text().strip()
    page.passphrase.clear()
    type_text(page.passphrase, STRONG)
    type_text(page.confirm, STRONG[:-3])
    assert not page.isComplete()
    assert "confirmation" in page.reasons.text().lower()
    type_text(page.confirm, STRONG[-3:])
    assert page.isComplete()
    assert page.meter.value() >= 3

    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(wizard.creation_page.isComplete, timeout=20_000)
    assert wizard.store is not None
    store = wizard.store
    assert store.db.role == "office"
    assert store.db.structure_name == "Mission Locale du Pays de Rennes"
    # The passphrase does not stay on screen once the store exists.
    assert page.passphrase.text() == "" and page.confirm.text() == ""
    wizard.store = None
    store.close()
    wizard.accept()
    with Store.open(data_dir, user="Camille Martin", passphrase=STRONG) as reopened:
        assert reopened.db.user == "Camille Martin"


def test_unlock_wrong_then_right_passphrase(qtbot: Any, data_dir: Path) -> None:
    make_store(data_dir).close()
    window = open_window(data_dir, qtbot)
    page = window.unlock_page
    assert window.locked
    page.passphrase.setFocus()
    qtbot.keyClicks(page.passphrase, "pas la bonne phrase")
    with qtbot.waitSignal(page.failed, timeout=10_000) as failed:
        qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
    assert "incorrecte" in failed.args[0]
    assert page.message.isVisible() and "incorrecte" in page.message.text()
    assert page.passphrase.text() == ""
    assert window.locked
    unlock_with_keyboard(qtbot, window)
    assert not window.locked
    assert window.workspace is not None
    assert window.store.db.user == USER
    # The last user name (not a secret) is remembered for the next unlock.
    assert AppSettings(data_dir).last_user == USER
    assert AppSettings(data_dir).failures == 0


def _fail_once(qtbot: Any, page: Any) -> str:
    page.passphrase.setText("mauvaise")
    with qtbot.waitSignal(page.failed, timeout=10_000) as failed:
        page.try_unlock()
    return str(failed.args[0])


def test_growing_delay_after_five_failures(qtbot: Any, data_dir: Path) -> None:
    assert [delay_after(n) for n in range(1, 9)] == [0, 0, 0, 0, 5, 10, 20, 40]
    assert delay_after(50) == 300
    make_store(data_dir).close()
    window = open_window(data_dir, qtbot)
    page = window.unlock_page
    for _ in range(FREE_ATTEMPTS - 1):
        _fail_once(qtbot, page)
        assert page.button.isEnabled()
    _fail_once(qtbot, page)
    assert not page.button.isEnabled()
    assert "Nouvel essai possible dans" in page.message.text()
    assert AppSettings(data_dir).failures == FREE_ATTEMPTS
    # Pressing Enter during the delay does nothing (no worker started).
    page.passphrase.setText(PASSPHRASE)
    page.try_unlock()
    assert not page.busy_unlocking
    # A restart does not reset the delay: it is kept in the settings file.
    window.close()
    again = open_window(data_dir, qtbot)
    assert not again.unlock_page.button.isEnabled()


@pytest.mark.parametrize("damage", ["missing_key", "corrupt_db", "plaintext_db", "damaged_key"])
def test_each_error_has_its_own_message(qtbot: Any, data_dir: Path, damage: str) -> None:
    make_store(data_dir).close()
    db, key = data_dir / "store.db", data_dir / "store.key"
    for suffix in ("-wal", "-shm"):
        Path(str(db) + suffix).unlink(missing_ok=True)
    if damage == "missing_key":
        key.unlink()
        expected = "fichier de clé est introuvable"
    elif damage == "damaged_key":
        key.write_bytes(b"{ pas du json")
        expected = "endommagé"
    elif damage == "corrupt_db":
        data = bytearray(db.read_bytes())
        for i in range(4096, min(len(data), 4096 * 4)):
            data[i] ^= 0xFF
        db.write_bytes(bytes(data))
        expected = "endommagée"
    else:
        db.write_bytes(b"SQLite format 3\x00" + b"\x00" * 4096)
        expected = "pas chiffré"
    window = open_window(data_dir, qtbot)
    page = window.unlock_page
    page.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(page.failed, timeout=10_000) as failed:
        page.try_unlock()
    assert expected in failed.args[0]
    assert "incorrecte" not in failed.args[0]
    assert window.locked
    # Not a wrong passphrase: no delay is counted against the user.
    assert AppSettings(data_dir).failures == 0
