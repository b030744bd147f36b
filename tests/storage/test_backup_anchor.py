"""Every backup carries the access log's sealed head: a log rewritten since is caught when the
next backup replaces it, or on demand (``check --sauvegarde``); a forged head is refused; a
backup written before (format 1) still restores."""

from __future__ import annotations

import json
import struct
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from dedans_dehors_desktop.core.errors import InputRejected
from dedans_dehors_desktop.storage import access_log
from dedans_dehors_desktop.storage.store import (
    BACKUP_MAGIC,
    BACKUP_MAGIC_V1,
    Store,
    read_backup,
    restore,
)


def rechain(store: Store, sql: str, params: tuple[Any, ...] = ()) -> None:
    """A rewrite by someone holding the passphrase: the chain, head and seal recomputed."""
    conn = store.db.conn
    with store.db.lock:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute(sql, params)
        prev, last = access_log.GENESIS, 0
        for line in list(access_log.lines_after(conn, -1)):
            prev, last = line.expected_hash(prev), line.seq
            conn.execute("UPDATE access_log SET hash = ? WHERE seq = ?", (prev, line.seq))
        access_log.save_head(conn, access_log.LogHead(last, prev), store.db.log_key)
        conn.execute("COMMIT")
        store.db._log_head = access_log.read_head(conn)
    assert store.check() == []  # the store's own check cannot tell


@pytest.fixture
def logged(store: Store) -> Store:
    for i in range(6):
        store.db.log("consultation", "jeune", f"j{i}")
    return store


def test_successive_backups_find_nothing(logged: Store, tmp_path: Path) -> None:
    dest = tmp_path / "sauvegarde.ddbak"
    assert logged.backup(dest) == []
    assert dest.read_bytes().startswith(BACKUP_MAGIC)
    logged.db.log("consultation", "jeune", "encore")
    assert logged.check_against_backup(dest) == []
    assert logged.backup(dest) == []


def test_lines_deleted_since_the_backup(logged: Store, tmp_path: Path) -> None:
    dest = tmp_path / "sauvegarde.ddbak"
    logged.backup(dest)
    seq = access_log.read_head(logged.db.conn).seq
    rechain(logged, "DELETE FROM access_log WHERE seq > ?", (seq - 3,))
    (finding,) = logged.check_against_backup(dest)
    assert "des lignes ont été supprimées" in finding
    # The next backup at the same place is written, and says what it found.
    (again,) = logged.backup(dest)
    assert "supprimées" in again
    assert logged.check_against_backup(dest) == []  # the new backup is the new reference


def test_a_line_edited_and_the_chain_recomputed(logged: Store, tmp_path: Path) -> None:
    dest = tmp_path / "sauvegarde.ddbak"
    logged.backup(dest)
    rechain(logged, "UPDATE access_log SET user = 'autre' WHERE record_id = 'j2'")
    (finding,) = logged.check_against_backup(dest)
    assert "réécrit" in finding


def _anchor_section(data: bytes) -> tuple[int, int]:
    key_len = struct.unpack(">I", data[len(BACKUP_MAGIC) : len(BACKUP_MAGIC) + 4])[0]
    start = len(BACKUP_MAGIC) + 4 + key_len
    (length,) = struct.unpack(">I", data[start : start + 4])
    return start + 4, length


def test_a_forged_head_in_the_backup(logged: Store, tmp_path: Path) -> None:
    dest = tmp_path / "sauvegarde.ddbak"
    logged.backup(dest)
    data = bytearray(dest.read_bytes())
    start, length = _anchor_section(bytes(data))
    doc = json.loads(data[start : start + length])
    doc["seq"] = 2  # an earlier head, as if the backup had been made before the lines
    forged = json.dumps(doc, sort_keys=True, separators=(",", ":")).encode()
    dest.write_bytes(
        bytes(data[: start - 4])
        + struct.pack(">I", len(forged))
        + forged
        + bytes(data[start + length :])
    )
    (finding,) = logged.check_against_backup(dest)
    assert "falsifiée" in finding


def test_a_damaged_head_record_is_refused(
    logged: Store, tmp_path: Path, user_name: str, passphrase: str
) -> None:
    dest = tmp_path / "sauvegarde.ddbak"
    logged.backup(dest)
    data = bytearray(dest.read_bytes())
    start, _ = _anchor_section(bytes(data))
    data[start] = ord("[")
    dest.write_bytes(bytes(data))
    with pytest.raises(InputRejected):
        read_backup(dest)
    with pytest.raises(InputRejected):
        logged.check_against_backup(dest, strict=True)


def test_a_backup_of_format_one_still_restores(
    store_factory: Callable[..., Store],
    new_youth: Callable[..., dict[str, Any]],
    tmp_path: Path,
    user_name: str,
    passphrase: str,
) -> None:
    store = store_factory()
    store.repo.create("jeune", new_youth())
    dest = tmp_path / "sauvegarde.ddbak"
    store.backup(dest)
    data = dest.read_bytes()
    start, length = _anchor_section(data)
    old = BACKUP_MAGIC_V1 + data[len(BACKUP_MAGIC) : start - 4] + data[start + length :]
    v1 = tmp_path / "ancienne.ddbak"
    v1.write_bytes(old)
    root = store.paths.root
    store.close()
    restore(v1, root, user=user_name, passphrase=passphrase)
    with Store.open(root, user=user_name, passphrase=passphrase) as restored:
        assert len(restored.repo.list("jeune")) == 1 and restored.check() == []
        assert restored.check_against_backup(v1) == []  # nothing recorded, nothing compared
