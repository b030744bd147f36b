"""Encrypted backups and atomic restores: same data, new replica, nothing lost on refusal."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from dedans_dehors_desktop.core.entities import ENTITIES
from dedans_dehors_desktop.core.errors import (
    InputRejected,
    KeyFileDamaged,
    UserError,
    WrongPassphrase,
)
from dedans_dehors_desktop.crypto.keywrap import KdfParams
from dedans_dehors_desktop.storage import search
from dedans_dehors_desktop.storage.store import (
    BACKUP_MAGIC,
    RESTORE_MARKER,
    Store,
    read_backup,
    restore,
)

NewYouth = Callable[..., dict[str, Any]]
Digest = Callable[[Path], dict[str, str]]


def light() -> KdfParams:
    return KdfParams(os.urandom(16), 1024, 1)


def snapshot(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    """Every case table, row by row (tombstones included), in id order."""
    conn = store.db.conn
    return {
        t: [tuple(r) for r in conn.execute(f"SELECT * FROM {t} ORDER BY id")] for t in ENTITIES
    } | {
        "history": [
            tuple(r)
            for r in conn.execute(
                "SELECT tbl, record_id, field, old, new, author, replica, hlc, origin FROM history "
                "ORDER BY id"
            )
        ],
        "draft": [tuple(r) for r in conn.execute("SELECT * FROM draft ORDER BY id")],
    }


@pytest.fixture
def filled(store: Store, new_youth: NewYouth) -> Store:
    repo = store.repo
    with store.db.transaction():
        a = repo.create("jeune", new_youth(nom_naissance="Éloïse", commune="Rennes"))
        repo.create(
            "actualite",
            {
                "jeune_id": a,
                "date": "01/03/2025",
                "type": "entretien",
                "note": "Projet de formation en cuisine",
            },
        )
        b = repo.create("jeune", new_youth(nom_naissance="Supprimé"))
        repo.create("frein", {"jeune_id": b, "theme": "logement"})
    repo.update("jeune", a, {"commune": "Bruz"})
    repo.delete("jeune", b)
    repo.save_draft("d", "actualite", a, {"note": "brouillon"})
    return store


@pytest.fixture
def backup_file(filled: Store, tmp_path: Path) -> Path:
    path = tmp_path / "sauvegardes" / "copie.ddbak"
    path.parent.mkdir()
    filled.backup(path)
    return path


def test_backup_is_encrypted(filled: Store, backup_file: Path) -> None:
    data = backup_file.read_bytes()
    assert data.startswith(BACKUP_MAGIC)
    assert b"SQLite format 3" not in data
    for secret in ("Éloïse", "cuisine", "brouillon", "Supprimé"):
        assert secret.encode() not in data and secret.encode("utf-16-le") not in data
    if os.name == "posix":
        assert backup_file.stat().st_mode & 0o077 == 0
    keyfile, offset = read_backup(backup_file)
    assert keyfile.store_id == filled.keyfile.store_id
    assert not data[offset:].startswith(b"SQLite format 3")
    assert not list(backup_file.parent.glob(".dd-backup-*"))  # work folder removed
    actions = [r[0] for r in filled.db.conn.execute("SELECT action FROM access_log")]
    assert actions[-1] == "sauvegarde"


def test_restore_gives_the_same_data_and_a_new_replica(
    filled: Store, backup_file: Path, user_name: str, passphrase: str, new_youth: NewYouth
) -> None:
    expected = snapshot(filled)
    old_replica, old_counter = filled.db.replica_id, int(filled.db.meta("counter") or 0)
    root = filled.paths.root
    old_db = filled.paths.db
    filled.close()
    old_bytes, old_key = old_db.read_bytes(), filled.paths.key.read_bytes()
    restore(backup_file, root, user=user_name, passphrase=passphrase)
    with Store.open(root, user=user_name, passphrase=passphrase) as restored:
        assert snapshot(restored) == expected
        assert restored.check() == []
        assert restored.db.replica_id != old_replica
        vector = dict(restored.db.conn.execute("SELECT replica, counter FROM version_vector"))
        assert vector[old_replica] == old_counter
        assert restored.db.meta("restored_at")
        # New writes get dots of the new replica, from 1, never reusing the old replica's.
        jid = restored.repo.create("jeune", new_youth(nom_naissance="Après"))
        dot = restored.repo.require("jeune", jid)["_v"]
        assert f'["{restored.db.replica_id}",1,' in dot
        assert (
            dict(restored.db.conn.execute("SELECT replica, counter FROM version_vector"))[
                old_replica
            ]
            == old_counter
        )
        # Deleted records stay deleted; search and notes work on the restored copy.
        assert [r.nom for r in search.youth_list(restored.db.conn, "supprime")] == []
        assert len(search.search_notes(restored.db.conn, "cuisine")) == 1
        actions = [
            r[0] for r in restored.db.conn.execute("SELECT action FROM access_log ORDER BY seq")
        ]
        assert actions[-3:] == ["restauration", "ouverture", "creation"]
    replaced = sorted(p.name for p in (root / "replaced").iterdir())
    assert len(replaced) == 2
    assert {n.split(".")[0] + "." + n.split(".")[1] for n in replaced} == {"store.db", "store.key"}
    by_kind = {n.split(".")[1]: root / "replaced" / n for n in replaced}
    assert by_kind["db"].read_bytes() == old_bytes
    assert by_kind["key"].read_bytes() == old_key
    assert not list(root.glob("*.restore")) and not (root / RESTORE_MARKER).exists()


def test_restore_into_an_empty_folder(
    backup_file: Path, tmp_path: Path, user_name: str, passphrase: str, filled: Store
) -> None:
    expected = snapshot(filled)
    target = tmp_path / "nouveau-poste"
    restore(backup_file, target, user=user_name, passphrase=passphrase)
    with Store.open(target, user=user_name, passphrase=passphrase) as restored:
        assert snapshot(restored) == expected
    assert not (target / "replaced").exists() or not list((target / "replaced").iterdir())


def test_restore_needs_the_passphrase_of_the_backup(
    filled: Store, backup_file: Path, user_name: str, passphrase: str, digest_tree: Digest
) -> None:
    filled.change_passphrase(passphrase, "nouvelle phrase", kdf=light(), enforce_policy=False)
    root = filled.paths.root
    filled.close()
    before = digest_tree(root)
    with pytest.raises(WrongPassphrase):
        restore(backup_file, root, user=user_name, passphrase="nouvelle phrase")
    assert digest_tree(root) == before
    restore(backup_file, root, user=user_name, passphrase=passphrase)
    Store.open(root, user=user_name, passphrase=passphrase).close()  # the backup's key file


def damaged_backups(original: bytes, offset: int) -> dict[str, bytes]:
    page = 4096
    db_len = len(original) - offset
    cases = {
        "vide": b"",
        "entete-seule": original[: len(BACKUP_MAGIC) + 2],
        "dans-la-cle": original[: offset - 10],
        "cle-seule": original[:offset],
        "base-16-octets": original[: offset + 16],
        "milieu-page-1": original[: offset + 2000],
        "une-page": original[: offset + page],
        "moitie": original[: offset + (db_len // page // 2) * page],
        "milieu-derniere-page": original[:-100],
        "dernier-octet": original[:-1],
        "autre-magie": b"XXBACKUP" + original[8:],
        "longueur-cle-absurde": original[: len(BACKUP_MAGIC)]
        + b"\xff\xff\xff\xff"
        + original[len(BACKUP_MAGIC) + 4 :],
    }
    for name, where in (
        ("octet-page-1", offset + 100),
        ("octet-page-2", offset + page + 50),
        ("octet-derniere-page", len(original) - 50),
        ("octet-cle", offset - 40),
    ):
        flipped = bytearray(original)
        flipped[where] ^= 0x04
        cases[name] = bytes(flipped)
    return cases


def test_damaged_backup_refused_and_store_untouched(
    filled: Store,
    backup_file: Path,
    tmp_path: Path,
    user_name: str,
    passphrase: str,
    digest_tree: Digest,
) -> None:
    root = filled.paths.root
    filled.close()
    original = backup_file.read_bytes()
    _, offset = read_backup(backup_file)
    before = digest_tree(root)
    unexpected = []
    for name, data in damaged_backups(original, offset).items():
        bad = tmp_path / f"{name}.ddbak"
        bad.write_bytes(data)
        try:
            restore(bad, root, user=user_name, passphrase=passphrase)
        except (InputRejected, KeyFileDamaged, WrongPassphrase) as err:
            assert str(err) and "\n" not in str(err)
        except Exception as err:  # collected, to report every case at once
            unexpected.append(f"{name}: {type(err).__name__}: {err}")
        else:
            unexpected.append(f"{name}: accepted")
        assert digest_tree(root) == before, f"{name}: the current store was modified"
    assert unexpected == []
    with Store.open(root, user=user_name, passphrase=passphrase) as still:
        assert still.check() == []


def test_missing_backup_file(store: Store, tmp_path: Path, user_name: str, passphrase: str) -> None:
    with pytest.raises(InputRejected) as info:
        restore(tmp_path / "absent.ddbak", store.paths.root, user=user_name, passphrase=passphrase)
    assert "introuvable" in str(info.value)


def test_backup_over_an_existing_file_replaces_it(
    filled: Store, backup_file: Path, user_name: str, passphrase: str, tmp_path: Path
) -> None:
    first = backup_file.read_bytes()
    filled.repo.save_draft("e", "jeune", None, {"x": 1})
    filled.backup(backup_file)
    assert backup_file.read_bytes() != first
    restore(backup_file, tmp_path / "ailleurs", user=user_name, passphrase=passphrase)
    with Store.open(tmp_path / "ailleurs", user=user_name, passphrase=passphrase) as copy:
        assert copy.repo.load_draft("e") == {"x": 1}


def test_replaced_store_keeps_its_last_transactions(
    filled: Store,
    backup_file: Path,
    user_name: str,
    passphrase: str,
    tmp_path: Path,
    new_youth: NewYouth,
) -> None:
    """Restoring over a store whose last transactions are still in its WAL (the app crashed):
    the copy kept under replaced/ must still hold them."""
    filled.repo.create("jeune", new_youth(nom_naissance="Dernier"))
    crashed = tmp_path / "apres-panne"
    crashed.mkdir()
    for path in filled.paths.root.iterdir():  # the folder as a crash leaves it: WAL included
        if path.is_file():
            shutil.copy(path, crashed / path.name)
    assert (crashed / "store.db-wal").stat().st_size > 0
    filled.close()
    restore(backup_file, crashed, user=user_name, passphrase=passphrase)
    kept = tmp_path / "conserve"
    kept.mkdir()
    for path in (crashed / "replaced").iterdir():  # store.db.<stamp>[-wal], store.key.<stamp>
        if path.name.startswith("store.key."):
            shutil.copy(path, kept / "store.key")
        else:
            suffix = path.name[-4:] if path.name.endswith(("-wal", "-shm")) else ""
            shutil.copy(path, kept / f"store.db{suffix}")
    with Store.open(kept, user=user_name, passphrase=passphrase) as old:
        assert "Dernier" in {r["nom_naissance"] for r in old.repo.list("jeune")}


# --- a crash between the renames of a restore --------------------------------------------------


def stage_restore(
    backup_file: Path, root: Path, user: str, passphrase: str, tmp_path: Path
) -> Path:
    """Prepare ``store.db.restore`` / ``store.key.restore`` exactly as restore() leaves them
    just before its renames, by restoring elsewhere and copying the result."""
    staging = tmp_path / "staging"
    restore(backup_file, staging, user=user, passphrase=passphrase)
    shutil.copy(staging / "store.db", root / "store.db.restore")
    shutil.copy(staging / "store.key", root / "store.key.restore")
    return staging


def test_crash_before_any_rename_is_rolled_forward(
    filled: Store,
    backup_file: Path,
    user_name: str,
    passphrase: str,
    tmp_path: Path,
    new_youth: NewYouth,
) -> None:
    expected = snapshot(filled)
    filled.repo.create("jeune", new_youth(nom_naissance="Après la sauvegarde"))
    root = filled.paths.root
    filled.close()
    old_db = (root / "store.db").read_bytes()
    stage_restore(backup_file, root, user_name, passphrase, tmp_path)
    (root / RESTORE_MARKER).write_bytes(b"1")
    with Store.open(root, user=user_name, passphrase=passphrase) as opened:
        assert snapshot(opened) == expected
        assert opened.check() == []
    assert not (root / RESTORE_MARKER).exists() and not list(root.glob("*.restore"))
    assert [p.read_bytes() for p in (root / "replaced").glob("store.db.*")] == [old_db]


def test_crash_between_the_two_renames_is_rolled_forward(
    filled: Store, backup_file: Path, user_name: str, passphrase: str, tmp_path: Path
) -> None:
    expected = snapshot(filled)
    root = filled.paths.root
    filled.close()
    stage_restore(backup_file, root, user_name, passphrase, tmp_path)
    # The database was moved in (the old one kept aside), then the process died.
    (root / "replaced").mkdir()
    os.replace(root / "store.db", root / "replaced" / "store.db.avant")
    os.replace(root / "store.key", root / "replaced" / "store.key.avant")
    os.replace(root / "store.db.restore", root / "store.db")
    (root / RESTORE_MARKER).write_bytes(b"1")
    with Store.open(root, user=user_name, passphrase=passphrase) as opened:
        assert snapshot(opened) == expected
    assert not (root / RESTORE_MARKER).exists() and not list(root.glob("*.restore"))


def test_crash_before_the_marker_leaves_the_old_store(
    filled: Store,
    backup_file: Path,
    user_name: str,
    passphrase: str,
    tmp_path: Path,
    new_youth: NewYouth,
) -> None:
    """Without the marker the restore had not been decided: the current store stays."""
    filled.repo.create("jeune", new_youth(nom_naissance="Gardé"))
    expected = snapshot(filled)
    root = filled.paths.root
    filled.close()
    stage_restore(backup_file, root, user_name, passphrase, tmp_path)
    with Store.open(root, user=user_name, passphrase=passphrase) as opened:
        assert snapshot(opened) == expected
    # A later restore cleans the leftovers and works.
    restore(backup_file, root, user=user_name, passphrase=passphrase)
    assert not list(root.glob("*.restore"))


def test_refused_restore_errors_are_user_errors(
    store: Store, tmp_path: Path, user_name: str, passphrase: str
) -> None:
    not_a_backup = tmp_path / "photo.jpg"
    not_a_backup.write_bytes(b"\xff\xd8\xff" + os.urandom(5000))
    with pytest.raises(UserError) as info:
        restore(not_a_backup, store.paths.root, user=user_name, passphrase=passphrase)
    assert "n'est pas une sauvegarde" in str(info.value)
