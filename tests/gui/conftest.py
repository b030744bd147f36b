"""pytest-qt set-up for the desktop application: offscreen, isolated settings, light KDF.

Each test gets its own data folder (``tmp_path``) and its own windows; stores are real
SQLCipher files built with cheap Argon2id parameters so that the suite stays fast.
"""

from __future__ import annotations

import os
import threading

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from dedans_dehors_desktop.core.demo import generate
from dedans_dehors_desktop.crypto.keywrap import KdfParams
from dedans_dehors_desktop.gui.app import DesktopApp
from dedans_dehors_desktop.storage.store import Store

from .helpers import written_elsewhere

USER = "referente"
PASSPHRASE = "Une phrase de passe assez longue pour les tests 42!"
CANARY_NOM = "Zyqwaxcanari"
CANARY_NOTE = "note-canari-7f3a9 confidentielle"


def light_kdf() -> KdfParams:
    return KdfParams(os.urandom(16), 1024, 1)


@pytest.fixture(scope="session")
def qapp_cls() -> type[QApplication]:
    return DesktopApp


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path: Path) -> Iterator[None]:
    """QSettings of any scope land in this test's folder, never in the user's home."""
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(tmp_path / "qsettings"))
        QSettings.setPath(QSettings.Format.NativeFormat, scope, str(tmp_path / "qsettings"))
    yield


@pytest.fixture(autouse=True)
def _close_windows(qapp: QApplication) -> Iterator[None]:
    """No test sees the windows of another one; background jobs end with their test."""
    yield
    from dedans_dehors_desktop.gui.workers import pool

    pool().join(10_000)
    for w in QApplication.topLevelWidgets():
        w.close()
        w.deleteLater()
    qapp.processEvents()


def make_store(root: Path, *, youths: int = 0, seed: int = 3, **kw: Any) -> Store:
    store = Store.create(
        root,
        role="laptop",
        structure_name="Mission Locale de Test",
        user=USER,
        passphrase=PASSPHRASE,
        kdf=light_kdf(),
        enforce_policy=False,
    )
    if youths:
        with store.db.transaction():
            generate(
                store.repo, youths, seed=seed, today=date.today(), actualites_per_youth=4, **kw
            )
    # As in the window: this thread draws, it never writes case data itself (a test writes its
    # own set-up in ``written_elsewhere``).
    store.db.lock.declare_interactive(threading.get_ident())
    return store


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def store(data_dir: Path) -> Iterator[Store]:
    s = make_store(data_dir, youths=12)
    yield s
    if s.db is not None:
        try:
            s.close()
        except Exception:
            pass


def add_canary_youth(store: Store) -> str:
    """A youth whose name and note are canaries, with a justice record and a barrier."""
    repo = store.repo
    etab = store.db.conn.execute("SELECT id FROM etablissement LIMIT 1").fetchone()[0]
    with written_elsewhere(store), store.db.transaction():
        jeune = repo.create(
            "jeune",
            {
                "nom_naissance": CANARY_NOM,
                "prenoms": "Élodie",
                "sexe": "femme",
                "date_naissance": "12/05/2004",
                "commune": "Rennes",
            },
        )
        repo.create(
            "suivi_judiciaire",
            {
                "jeune_id": jeune,
                "milieu": "ferme",
                "statut": "condamne",
                "etablissement_id": etab,
                "date_ecrou": "02/01/2025",
                "date_liberation_prev": "17/09/2027",
                "cpip_nom": "CPIP Canarivoix",
            },
        )
        repo.create(
            "frein",
            {
                "jeune_id": jeune,
                "theme": "logement",
                "statut": "identifie",
                "situation": "Hébergement canari-frein incertain",
            },
        )
        repo.create(
            "actualite",
            {
                "jeune_id": jeune,
                "date": date.today(),
                "type": "entretien",
                "lieu": "intra_muros",
                "presence": "present",
                "note": CANARY_NOTE,
                "etablissement_id": etab,
            },
        )
    return jeune


def open_window(
    data_dir: Path, qtbot: Any, store: Store | None = None, *, watch_os_lock: bool = False
) -> Any:
    """A main window on ``data_dir``; unlocked with ``store`` when given.

    The OS lock watcher stays off unless asked for: the desktop's own screen saver, on a
    developer's machine, must not lock a window in the middle of a test."""
    from dedans_dehors_desktop.gui.shell.main_window import MainWindow
    from dedans_dehors_desktop.gui.shell.settings import AppSettings

    window = MainWindow(data_dir, AppSettings(data_dir), watch_os_lock=watch_os_lock)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    if store is not None:
        window.open_store(store)
    return window


def unlock_with_keyboard(qtbot: Any, window: Any, passphrase: str = PASSPHRASE) -> None:
    from PySide6.QtCore import Qt

    page = window.unlock_page
    from .helpers import type_text

    page.passphrase.setFocus()
    type_text(page.passphrase, passphrase)
    with qtbot.waitSignal(window.unlocked, timeout=10_000):
        qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)


@pytest.fixture
def session(data_dir: Path, qtbot: Any) -> Iterator[tuple[Any, Store, str]]:
    """An unlocked main window, its store and the id of the canary youth."""
    s = make_store(data_dir, youths=12)
    jeune = add_canary_youth(s)
    window = open_window(data_dir, qtbot, s)
    yield window, s, jeune
    window.close()
