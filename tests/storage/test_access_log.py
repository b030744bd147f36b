"""The hash-chained access log: tampering is detected, retention purges keep it verifiable."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from dedans_dehors_desktop.storage import access_log
from dedans_dehors_desktop.storage.store import Store


@pytest.fixture
def logged(store: Store, new_youth: Callable[..., dict[str, Any]]) -> Store:
    """A store with a dozen log lines: creations, modifications, consultations."""
    for i in range(4):
        jid = store.repo.create("jeune", new_youth(nom_naissance=f"Nom{i}"))
        store.repo.update("jeune", jid, {"commune": "Rennes"})
        store.repo.open_record("jeune", jid)
    return store


def seqs(store: Store) -> list[int]:
    return [r[0] for r in store.db.conn.execute("SELECT seq FROM access_log ORDER BY seq")]


def test_intact_log_verifies(logged: Store) -> None:
    assert access_log.verify(logged.db.conn) == []
    assert logged.check() == []
    assert seqs(logged) == list(range(1, len(seqs(logged)) + 1))


@pytest.mark.parametrize(
    "column,value",
    [
        ("user", "quelqu'un"),
        ("action", "export"),
        ("record_id", "autre"),
        ("at", "2020-01-01T00:00:00"),
        ("tbl", "profil"),
        ("hash", "0" * 64),
    ],
)
def test_changed_line_detected(logged: Store, column: str, value: str) -> None:
    logged.db.conn.execute(f"UPDATE access_log SET {column} = ? WHERE seq = 5", (value,))
    problems = access_log.verify(logged.db.conn)
    assert problems and "ligne 5" in problems[0]
    assert problems == logged.check()


def test_removed_middle_line_detected(logged: Store) -> None:
    logged.db.conn.execute("DELETE FROM access_log WHERE seq = 6")
    problems = access_log.verify(logged.db.conn)
    assert any("manquante" in p and "ligne 7" in p for p in problems)


def test_removed_first_line_detected(logged: Store) -> None:
    logged.db.conn.execute("DELETE FROM access_log WHERE seq = 1")
    assert access_log.verify(logged.db.conn)


def test_removed_last_line_detected(logged: Store) -> None:
    last = seqs(logged)[-1]
    logged.db.conn.execute("DELETE FROM access_log WHERE seq = ?", (last,))
    problems = access_log.verify(logged.db.conn)
    assert problems == ["Journal d'accès : des lignes ont été supprimées à la fin du journal."]


def test_removed_whole_log_detected(logged: Store) -> None:
    logged.db.conn.execute("DELETE FROM access_log")
    assert access_log.verify(logged.db.conn)


def test_swapped_lines_detected(logged: Store) -> None:
    conn = logged.db.conn
    rows = {
        r[0]: r[1:]
        for r in conn.execute(
            "SELECT seq, at, user, action, tbl, record_id, hash FROM access_log WHERE seq IN (3, 4)"
        )
    }
    for seq, other in ((3, 4), (4, 3)):
        conn.execute(
            "UPDATE access_log SET at = ?, user = ?, action = ?, tbl = ?, record_id = ?, "
            "hash = ? WHERE seq = ?",
            (*rows[other], seq),
        )
    assert access_log.verify(conn)


def test_forged_line_appended_detected(logged: Store) -> None:
    """A line added by hand, even with a correctly chained hash, is not covered by the head."""
    from dedans_dehors_desktop.storage.access_log import _line_hash

    conn = logged.db.conn
    seq, digest = conn.execute(
        "SELECT seq, hash FROM access_log ORDER BY seq DESC LIMIT 1"
    ).fetchone()
    at = "2026-01-01T00:00:00+00:00"
    forged = _line_hash(digest, seq + 1, at, "intrus", "export", "jeune", "x")
    conn.execute(
        "INSERT INTO access_log VALUES (?, ?, 'intrus', 'export', 'jeune', 'x', ?)",
        (seq + 1, at, forged),
    )
    assert access_log.verify(conn)


def test_new_lines_after_reopening_continue_the_chain(
    store_factory: Callable[..., Store],
    new_youth: Callable[..., dict[str, Any]],
    user_name: str,
    passphrase: str,
) -> None:
    store = store_factory()
    store.repo.create("jeune", new_youth())
    root = store.paths.root
    store.close()
    with Store.open(root, user=user_name, passphrase=passphrase) as reopened:
        reopened.repo.create("jeune", new_youth(nom_naissance="Deux"))
        assert access_log.verify(reopened.db.conn) == []
        actions = [
            r[0] for r in reopened.db.conn.execute("SELECT action FROM access_log ORDER BY seq")
        ]
        assert actions == ["ouverture", "creation", "ouverture", "creation"]


def test_purge_before_keeps_the_chain_verifiable(
    logged: Store, new_youth: Callable[..., dict[str, Any]]
) -> None:
    conn = logged.db.conn
    total = len(seqs(logged))
    # Make the first five lines old. Their hashes break, but they are the ones purged.
    conn.execute("UPDATE access_log SET at = '2020-01-01T00:00:00+00:00' WHERE seq <= 5")
    assert access_log.verify(conn)  # tampering seen before the purge
    with logged.db.transaction():
        assert access_log.purge_before(conn, "2021-01-01") == 5
    assert seqs(logged)[0] == 6 and len(seqs(logged)) == total - 5
    assert access_log.verify(conn) == []
    # The chain goes on from the anchor, and tampering after it is still detected.
    logged.repo.create("jeune", new_youth(nom_naissance="Après la purge"))
    assert access_log.verify(conn) == []
    conn.execute("UPDATE access_log SET user = 'x' WHERE seq = 7")
    assert access_log.verify(conn)


def test_purge_of_everything_then_new_lines(
    logged: Store, new_youth: Callable[..., dict[str, Any]]
) -> None:
    conn = logged.db.conn
    total = len(seqs(logged))
    with logged.db.transaction():
        assert access_log.purge_before(conn, "9999-01-01") == total
    assert seqs(logged) == []
    assert access_log.verify(conn) == []
    logged.repo.create("jeune", new_youth(nom_naissance="Encore"))
    assert access_log.verify(conn) == []
    assert access_log.purge_before(conn, "2000-01-01") == 0  # nothing that old: no change


def test_purged_lines_cannot_be_silently_removed_after_the_anchor(logged: Store) -> None:
    conn = logged.db.conn
    with logged.db.transaction():
        access_log.purge_before(conn, "9999-01-01")
    logged.db.log("consultation", "jeune", "x")
    logged.db.log("consultation", "jeune", "y")
    first = seqs(logged)[0]
    conn.execute("DELETE FROM access_log WHERE seq = ?", (first,))
    assert access_log.verify(conn)


def test_unknown_action_refused(store: Store) -> None:
    with pytest.raises(ValueError):
        store.db.log("lecture-secrete", "jeune", "x")
    assert access_log.verify(store.db.conn) == []
