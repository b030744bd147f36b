"""No plaintext anywhere: a unique name and note never appear in a file the app wrote.

The canary strings are searched for in UTF-8, UTF-16-LE and UTF-16-BE, in the data folder
(database, -wal, -shm, key file, backups) and in the temporary folder, which each test points
at a fresh, empty folder so that only what the app wrote there is scanned.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

import pytest

from dedans_dehors_desktop.storage.store import Store, restore

CANARY_NAME = "Zorglubcanari"
CANARY_FIRST = "Qwertinette"
CANARY_NOTE = "Kangourouvolant parle du projet Xylophonique"
CANARIES = (CANARY_NAME, CANARY_FIRST, "Kangourouvolant", "Xylophonique")


def encodings(text: str) -> list[bytes]:
    return [
        text.encode("utf-8"),
        text.encode("utf-16-le"),
        text.encode("utf-16-be"),
        text.lower().encode("utf-8"),
        text.upper().encode("utf-8"),
    ]


def files_under(*roots: Path) -> list[Path]:
    return [p for root in roots for p in root.rglob("*") if p.is_file()]


def leaks(paths: Iterable[Path]) -> list[str]:
    found = []
    for path in paths:
        data = path.read_bytes()
        for canary in CANARIES:
            if canary.lower() in path.name.lower():
                found.append(f"{path}: file name holds {canary!r}")
            for needle in encodings(canary):
                if needle in data:
                    found.append(f"{path}: holds {canary!r}")
    return found


@pytest.fixture
def private_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh temporary folder for everything the app puts in the temp dir during the test."""
    folder = tmp_path / "tmpdir"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setenv("SQLITE_TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def add_canary(store: Store) -> str:
    with store.db.transaction():
        jid = store.repo.create(
            "jeune",
            {
                "nom_naissance": CANARY_NAME,
                "prenoms": CANARY_FIRST,
                "sexe": "femme",
                "date_naissance": "05/06/2004",
                "commune": "Rennes",
            },
        )
        store.repo.create(
            "actualite",
            {"jeune_id": jid, "date": "03/03/2025", "type": "entretien", "note": CANARY_NOTE},
        )
        store.repo.create("frein", {"jeune_id": jid, "theme": "logement", "situation": CANARY_NOTE})
    store.repo.update("jeune", jid, {"nom_usage": CANARY_NAME + "bis"})
    store.repo.save_draft("brouillon-1", "actualite", jid, {"note": CANARY_NOTE})
    return jid


def test_scan_finds_a_planted_canary(tmp_path: Path) -> None:
    """The scanner itself works, in every encoding searched."""
    for i, needle in enumerate(encodings(CANARY_NOTE)):
        (tmp_path / f"f{i}").write_bytes(b"xx" + needle + b"yy")
    assert len(leaks(files_under(tmp_path))) >= 5


def test_closed_store_holds_no_plaintext(
    store_factory: Callable[..., Store], private_tmp: Path
) -> None:
    store = store_factory()
    add_canary(store)
    store.close()
    scanned = files_under(store.paths.root, private_tmp)
    assert {p.name for p in scanned} >= {"store.db", "store.key"}
    assert leaks(scanned) == []


def test_open_store_holds_no_plaintext(
    store_factory: Callable[..., Store], private_tmp: Path
) -> None:
    store = store_factory()
    jid = add_canary(store)
    store.repo.open_record("jeune", jid)
    # Read it back through the search paths too, so pages are in the page cache and the WAL.
    from dedans_dehors_desktop.storage import search

    assert search.youth_list(store.db.conn, CANARY_NAME)
    assert search.search_notes(store.db.conn, "kangourouvolant")
    names = {p.name for p in files_under(store.paths.root)}
    assert {"store.db-wal", "store.db-shm"} <= names, "the WAL must be there for this test"
    assert leaks(files_under(store.paths.root, private_tmp)) == []
    store.close()


def test_backup_and_restore_hold_no_plaintext(
    store_factory: Callable[..., Store],
    private_tmp: Path,
    tmp_path: Path,
    user_name: str,
    passphrase: str,
) -> None:
    store = store_factory()
    add_canary(store)
    backup = tmp_path / "sauvegardes" / "copie.ddbak"
    backup.parent.mkdir()
    store.backup(backup)
    store.close()
    assert not backup.read_bytes().startswith(b"SQLite format 3")
    assert leaks([backup]) == []
    restore(backup, store.paths.root, user=user_name, passphrase=passphrase)
    assert (store.paths.root / "replaced").is_dir()
    assert leaks(files_under(store.paths.root, private_tmp, backup.parent)) == []


def test_erased_youth_leaves_no_trace_in_the_decrypted_database(
    store_factory: Callable[..., Store], private_tmp: Path
) -> None:
    """Legal erasure blanks the content everywhere: not even the decrypted database (here a
    plaintext export made by the test) holds the erased names or note words, including the
    full-text index."""
    store = store_factory()
    jid = add_canary(store)
    store.repo.discard_draft("brouillon-1")
    store.repo.delete("jeune", jid, erase=True)
    plain = private_tmp / "dechiffre.db"
    conn = store.db.conn
    conn.execute(f"ATTACH DATABASE '{plain}' AS plain KEY ''")
    try:
        conn.execute("SELECT sqlcipher_export('plain')")
    finally:
        conn.execute("DETACH DATABASE plain")
    store.close()
    # The decrypted copy is the test's own doing: it must not hold the erased canary either.
    assert leaks([plain]) == []


# The command line in a real process with its own temporary folder, running a list of commands
# one after the other. ``calibrate`` returns light Argon2id parameters (a speed seam only: the key
# file, the database and every file written are the real ones).
CLI_SCRIPT = """
import json, os, sys
from dedans_dehors_desktop.crypto import keywrap
from dedans_dehors_desktop.storage import store
light = lambda *a, **k: (keywrap.KdfParams(os.urandom(16), 1024, 1), 0.001)
keywrap.calibrate = store.calibrate = light
from dedans_dehors_desktop.cli import main
for argv in json.loads(sys.argv[1]):
    if argv[0] == "show":  # the id comes from the search just before
        argv = ["show", open(os.environ["RESULT_FILE"]).read().split("\t")[0]]
    if main(argv) != 0:
        sys.exit(f"échec : {argv[0]}")
    sys.stdout.flush()
"""


def test_cli_run_leaves_no_plaintext(tmp_path: Path, user_name: str) -> None:
    """A real process with its own TMPDIR: init, import, search, show, backup, check."""
    data = tmp_path / "donnees"
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    outside = tmp_path / "entree"
    outside.mkdir()
    csv_file = outside / "jeunes.csv"
    csv_file.write_text(
        f"nom;prenom;date_naissance;sexe\n{CANARY_NAME};{CANARY_FIRST};05/06/2004;F\n",
        encoding="utf-8",
    )
    result_file = outside / "recherche.txt"
    env = {
        **os.environ,
        "TMPDIR": str(tmp),
        "SQLITE_TMPDIR": str(tmp),
        "DEDANS_DEHORS_DATA_DIR": str(data),
        "DEDANS_DEHORS_USER": user_name,
        "DEDANS_DEHORS_PASSPHRASE": "Cheval orange pluie tambour vélo nuage brique",
        "HOME": str(tmp_path / "home"),
        "XDG_DATA_HOME": str(tmp_path / "home" / "data"),
        "XDG_STATE_HOME": str(tmp_path / "home" / "state"),
        "XDG_CACHE_HOME": str(tmp_path / "home" / "cache"),
        "RESULT_FILE": str(result_file),
    }

    def run(*commands: list[str]) -> str:
        done = subprocess.run(
            [sys.executable, "-c", CLI_SCRIPT, json.dumps(commands)],
            env=env,
            text=True,
            capture_output=True,
            timeout=120,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        return done.stdout

    run(
        ["init", "--role", "laptop", "--name", "Mission Locale de test"],
        ["import-csv", str(csv_file)],
    )
    found = run(["search", CANARY_NAME.lower()])
    assert CANARY_NAME in found
    result_file.write_text(found, encoding="utf-8")
    shown = run(["show", ""], ["backup", str(data / "copie.ddbak")], ["check"])
    assert CANARY_FIRST in shown
    scanned = files_under(data, tmp, tmp_path / "home")
    assert {p.name for p in scanned} >= {"store.db", "store.key", "copie.ddbak", "app.log"}
    assert leaks(scanned) == []
