"""Access-log lines older than the retention period are purged at opening; the chain still
verifies from its anchor. Arguments below the Argon2id floor are refused in real use."""

from __future__ import annotations

import os

import pytest

from dedans_dehors_desktop.crypto.keywrap import KdfParams
from dedans_dehors_desktop.storage import access_log
from dedans_dehors_desktop.storage.store import Store


def _age_all_lines(store: Store, at: str) -> None:
    """Rewrite every line as if written at ``at``, re-chaining them as the app would have."""
    conn = store.db.conn
    with store.db.transaction():
        prev = access_log.GENESIS
        rows = conn.execute(
            "SELECT seq, user, action, tbl, record_id FROM access_log ORDER BY seq"
        ).fetchall()
        for seq, user, action, tbl, record_id in rows:
            digest = access_log._line_hash(prev, seq, at, user, action, tbl, record_id)
            conn.execute("UPDATE access_log SET at = ?, hash = ? WHERE seq = ?", (at, digest, seq))
            prev = digest
        conn.execute("UPDATE meta SET value = ? WHERE key = 'log_hash'", (prev,))
        store.db._log_head = access_log.read_head(conn)


def test_old_lines_are_purged_at_opening(store_factory, passphrase: str, user_name: str) -> None:
    store = store_factory()
    store.repo.create(
        "jeune",
        {
            "nom_naissance": "Martin",
            "prenoms": "Léa",
            "sexe": "femme",
            "date_naissance": "01/02/2004",
        },
    )
    _age_all_lines(store, "2020-01-01T00:00:00+00:00")
    assert store.check() == []
    root = store.paths.root
    store.close()
    with Store.open(root, user=user_name, passphrase=passphrase) as again:
        ats = [r[0] for r in again.db.conn.execute("SELECT at FROM access_log")]
        assert ats and all(at > "2025" for at in ats)  # only this opening's line remains
        assert again.check() == []


def test_kdf_below_the_floor_refused_in_real_use(tmp_path) -> None:
    with pytest.raises(ValueError):
        Store.create(
            tmp_path / "s",
            role="laptop",
            structure_name="ML",
            user="u",
            passphrase="Une phrase de passe de sept mots bien longue",
            kdf=KdfParams(os.urandom(16), 1024, 1),
        )
    assert not (tmp_path / "s" / "store.db").exists()
