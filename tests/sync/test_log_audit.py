"""The access log verified outside the laptop (issue 12): every bundle carries its sender's
log head and lines; the office flags a laptop whose log was rewritten — last lines deleted and
the head moved, a line edited and the chain recomputed, the anchor forged — with what changed;
the office's own head, echoed by the laptops, catches a rewrite of the office's log.

The rewrites are made as someone holding the passphrase would: on the open store, with the
chain, the head and their seals recomputed (the store's own log key), so that the laptop's own
check passes and only the office can tell.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest

from dedans_dehors_desktop import cli
from dedans_dehors_desktop.storage import access_log, log_chain
from dedans_dehors_desktop.storage.store import Store
from dedans_dehors_desktop.sync import log_audit

from .world import PASSPHRASE, World


def rechain(store: Store, mutate: Callable[[object], None]) -> None:
    """Apply ``mutate`` to the log's rows, then recompute every hash, the head and the seals."""
    conn = store.db.conn
    key = store.db.log_key
    assert key is not None
    with store.db.lock:
        conn.execute("BEGIN IMMEDIATE")
        mutate(conn)
        anchor = access_log.read_anchor(conn)
        prev = anchor.hash if anchor else access_log.GENESIS
        last = anchor.seq if anchor else 0
        for line in list(access_log.lines_after(conn, -1)):
            digest = line.expected_hash(prev)
            conn.execute("UPDATE access_log SET hash = ? WHERE seq = ?", (digest, line.seq))
            prev, last = digest, line.seq
        head = access_log.LogHead(last, prev)
        access_log.save_head(conn, head, key)
        if anchor is not None:
            conn.execute(
                "INSERT OR REPLACE INTO meta(key, value) VALUES ('log_anchor_mac', ?)",
                (log_chain.anchor_mac(key, anchor.seq, anchor.hash, anchor.at),),
            )
        conn.execute("COMMIT")
        store.db._log_head = access_log.read_head(conn)
    assert store.check() == []  # the laptop's own check cannot tell


def consult(store: Store, n: int, prefix: str = "x") -> None:
    for i in range(n):
        store.db.log("consultation", "jeune", f"{prefix}{i:04d}")


def test_exchanges_without_rewrite_raise_nothing(world: World) -> None:
    consult(world.a, 5)
    first = world.sync("a", "office")
    assert first.journal_alerts == []
    head = access_log.read_head(world.a.db.conn)
    (verified,) = [
        h for h in log_audit.verified_heads(world.office.db) if h[0] == world.device_id("a")
    ]
    assert verified[1] >= head.seq - 2  # the head sent (the export logs its own lines after)
    world.sync("office", "a")
    assert int(world.a.db.meta("journal_ack") or 0) == verified[1]
    consult(world.a, 3, "y")
    assert world.sync("a", "office").journal_alerts == []
    assert world.sync("a", "office").journal_alerts == []  # unacknowledged lines sent again
    assert log_audit.alerts(world.office.db) == []


def test_last_lines_deleted_and_head_moved(world: World) -> None:
    consult(world.a, 6)
    world.sync("a", "office")
    seq = access_log.read_head(world.a.db.conn).seq

    def delete_last(conn: object) -> None:
        conn.execute("DELETE FROM access_log WHERE seq > ?", (seq - 4,))  # type: ignore[attr-defined]

    rechain(world.a, delete_last)
    result = world.sync("a", "office")
    assert any("supprimées du poste" in a for a in result.journal_alerts), result.journal_alerts
    assert "ATTENTION, journal d'accès" in result.message
    assert "consultation" in result.message  # what was deleted is named (metadata only)


def test_a_line_edited_and_the_chain_recomputed(world: World) -> None:
    consult(world.a, 6)
    world.sync("a", "office")
    (target,) = world.a.db.conn.execute(
        "SELECT seq FROM access_log WHERE record_id = 'x0002'"
    ).fetchone()

    def edit(conn: object) -> None:
        conn.execute(  # type: ignore[attr-defined]
            "UPDATE access_log SET action = 'modification' WHERE seq = ?", (target,)
        )

    rechain(world.a, edit)
    consult(world.a, 2, "z")  # life goes on after the rewrite
    result = world.sync("a", "office")
    assert any(
        f"ligne {target} (consultation" in a and "devenue" in a for a in result.journal_alerts
    ), result.journal_alerts


def test_an_older_line_edited_beyond_the_overlap(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(log_audit, "OVERLAP", 1)
    consult(world.a, 10)
    world.sync("a", "office")
    world.sync("office", "a")  # the office's acknowledgement: later bundles start near it

    def edit(conn: object) -> None:
        conn.execute("UPDATE access_log SET record_id = 'autre' WHERE seq = 3")  # type: ignore[attr-defined]

    rechain(world.a, edit)
    result = world.sync("a", "office")
    assert any("réécrit à la ligne" in a for a in result.journal_alerts), result.journal_alerts


def test_a_forged_anchor(world: World) -> None:
    consult(world.a, 8)
    world.sync("a", "office")
    world.sync("office", "a")

    def drop_first(conn: object) -> None:
        row = conn.execute(  # type: ignore[attr-defined]
            "SELECT seq, hash, at FROM access_log ORDER BY seq LIMIT 1 OFFSET 4"
        ).fetchone()
        conn.execute("DELETE FROM access_log WHERE seq <= ?", (row[0],))  # type: ignore[attr-defined]
        conn.executemany(  # type: ignore[attr-defined]
            "INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)",
            [("log_anchor", f"{row[0]}:{row[1]}"), ("log_anchor_at", row[2])],
        )

    # Locally, a recent anchor is already suspicious; the forger backdates it to pass that too.
    with pytest.raises(AssertionError):
        rechain(world.a, drop_first)  # the recent anchor shows in the laptop's own check
    _backdate_anchor(world.a)
    result = world.sync("a", "office")
    assert any("avant la fin de leur durée de conservation" in a for a in result.journal_alerts), (
        result.journal_alerts
    )


def _backdate_anchor(store: Store) -> None:
    old = (datetime.now(UTC) - timedelta(days=400)).isoformat(timespec="seconds")
    rechain(
        store,
        lambda conn: conn.execute(  # type: ignore[attr-defined]
            "UPDATE meta SET value = ? WHERE key = 'log_anchor_at'", (old,)
        ),
    )


def test_the_office_log_rewritten_is_caught_at_the_next_exchange(world: World) -> None:
    consult(world.office, 4)
    world.sync("office", "a")  # the office's head now travels with the laptop
    seq = access_log.read_head(world.office.db.conn).seq

    def delete_last(conn: object) -> None:
        conn.execute("DELETE FROM access_log WHERE seq > ?", (seq - 3,))  # type: ignore[attr-defined]

    rechain(world.office, delete_last)
    result = world.sync("a", "office")
    assert any("Journal de ce bureau" in a for a in result.journal_alerts), result.journal_alerts


def test_the_office_log_edited_is_caught_too(world: World) -> None:
    consult(world.office, 4)
    world.sync("office", "a")
    seq = access_log.read_head(world.office.db.conn).seq

    def edit(conn: object) -> None:
        conn.execute("UPDATE access_log SET user = 'autre' WHERE seq = ?", (seq - 1,))  # type: ignore[attr-defined]

    rechain(world.office, edit)
    result = world.sync("a", "office")
    assert any("a été réécrit" in a for a in result.journal_alerts), result.journal_alerts


def test_the_laptop_check_catches_a_head_moved_without_the_key(world: World) -> None:
    consult(world.a, 3)
    conn = world.a.db.conn
    seq, digest = conn.execute(
        "SELECT seq, hash FROM access_log ORDER BY seq DESC LIMIT 1 OFFSET 2"
    ).fetchone()
    conn.execute("DELETE FROM access_log WHERE seq > ?", (seq,))
    conn.executemany(
        "UPDATE meta SET value = ? WHERE key = ?", [(str(seq), "log_seq"), (digest, "log_hash")]
    )
    problems = world.a.check()
    assert any("sceau" in p for p in problems), problems


def test_alerts_listed_by_the_journaux_command(
    world: World, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    consult(world.a, 6)
    world.sync("a", "office")
    seq = access_log.read_head(world.a.db.conn).seq
    rechain(
        world.a,
        lambda conn: conn.execute("DELETE FROM access_log WHERE seq > ?", (seq - 3,)),  # type: ignore[attr-defined]
    )
    world.sync("a", "office")
    root = world.office.paths.root
    world.office.close()
    monkeypatch.setenv("DEDANS_DEHORS_DATA_DIR", str(root))
    monkeypatch.setenv("DEDANS_DEHORS_PASSPHRASE", PASSPHRASE)
    monkeypatch.delenv("DEDANS_DEHORS_USER", raising=False)
    capsys.readouterr()
    assert cli.main(["journaux"]) == 1
    captured = capsys.readouterr()
    assert "ALERTE" in captured.out and "supprimées du poste" in captured.out
    assert "alerte(s) sur les journaux" in captured.err
    world.stores["office"] = Store.open(root, user=None, passphrase=PASSPHRASE)
