"""After a retention run, the erased words are nowhere on disk, not even in freed pages.

The database file is encrypted, so a plain scan proves nothing about freed pages: this test
decrypts every page of the file itself (SQLCipher 4 page layout, AES-256-CBC with the page's IV
in its reserved bytes, raw-key mode) and scans the plaintext, free-list pages included. A scan
before the run must find the canary (the decryption works); after the run, with
``secure_delete`` on, it must not.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from dedans_dehors_desktop.services import retention
from dedans_dehors_desktop.storage import conflicts
from dedans_dehors_desktop.storage.keyfile import KeyFile
from dedans_dehors_desktop.storage.repository import Repository
from dedans_dehors_desktop.storage.store import Store

from .test_canary import encodings, files_under, leaks

PAGE = 4096
RESERVE = 80  # IV (16) + HMAC-SHA512 (64)
SALT = 16
CANARIES = ("Zorglubcanari", "Qwertinette", "Kangourouvolant", "Xylophonique", "Brouillonmagique")


@pytest.fixture
def private_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh temporary folder for everything the app puts in the temp dir during the test."""
    folder = tmp_path / "tmpdir"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setenv("SQLITE_TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def decrypted_pages(db_file: Path, key: bytes) -> bytes:
    data = db_file.read_bytes()
    assert len(data) % PAGE == 0
    out = bytearray()
    for n in range(len(data) // PAGE):
        page = data[n * PAGE : (n + 1) * PAGE]
        start = SALT if n == 0 else 0
        iv = page[PAGE - RESERVE : PAGE - RESERVE + 16]
        dec = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        plain = dec.update(page[start : PAGE - RESERVE]) + dec.finalize()
        if n == 0:
            # The decrypted first page continues SQLite's header: page size 4096 at offset 16.
            assert plain[0:2] == b"\x10\x00", "decryption failed: the scan would prove nothing"
        out += plain
    return bytes(out)


def found(plain: bytes) -> list[str]:
    return [c for c in CANARIES if any(n in plain for n in encodings(c))]


def plant(store: Store) -> str:
    repo = Repository(store.db, today=date(2012, 6, 1))
    with store.db.transaction():
        jid = repo.create(
            "jeune",
            {
                "nom_naissance": "Zorglubcanari",
                "prenoms": "Qwertinette",
                "sexe": "femme",
                "date_naissance": "1990-06-05",
            },
        )
        disp = repo.create("dispositif", {"nom": "PPAE"})
        repo.create(
            "accompagnement",
            {
                "jeune_id": jid,
                "dispositif_id": disp,
                "date_entree": "2012-01-02",
                "date_fin": "2012-03-02",
            },
        )
        repo.create(
            "actualite",
            {
                "jeune_id": jid,
                "date": "2012-03-01",
                "type": "entretien",
                "note": "Kangourouvolant parle du projet Xylophonique " * 40,
            },
        )
        repo.create("frein", {"jeune_id": jid, "theme": "logement", "situation": "Xylophonique"})
        # An old value kept in a conflict (as the sync leaves one) and in the history.
        conflicts.put(store.db, "jeune", jid, "nom_usage", '[["Zorglubcanari", "r", 1, 1, "x"]]')
    repo.update("jeune", jid, {"nom_usage": "Zorglubcanaribis"})
    repo.save_draft("b1", "actualite", jid, {"note": "Brouillonmagique"})
    return jid


def test_no_erased_word_in_any_page_after_retention(
    store_factory: Callable[..., Store], private_tmp: Path, user_name: str, passphrase: str
) -> None:
    store = store_factory(role="office")
    jid = plant(store)
    root = store.paths.root
    _, key = KeyFile.load(store.paths.key).unlock(user_name, passphrase)
    store.close()
    assert set(found(decrypted_pages(root / "store.db", key))) == set(CANARIES)

    store = Store.open(root, user=user_name, passphrase=passphrase)
    result = retention.run(store, date(2026, 12, 1))
    assert result.case_files == 1
    assert store.repo.require("jeune", jid)["nom_naissance"] == "(anonymisé)"
    store.close()
    plain = decrypted_pages(root / "store.db", key)
    assert found(plain) == []
    assert leaks(files_under(root, private_tmp)) == []
