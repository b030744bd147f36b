"""Acknowledgements and sequence numbers, per replica of each peer (``sync_replica``).

Every bundle carries, in its signed header, the sender's replica id and a sequence number; in its
payload, the sender's local change sequence at export (``hw``), the point the delta starts from
(``base``: what the recipient acknowledged), and the sender's own acknowledgements (``echo``:
for each replica of the recipient, up to which of its change sequences the sender holds
everything).

An installation restored from a backup gets a new replica id but keeps the old sequence numbers
and acknowledgements, which are stale. Keying everything by replica keeps them apart: a new
replica starts a fresh sequence; the acknowledgement of a peer is the lowest among its replicas
still in use (a replica is retired once a bundle from the same device shows a later replica that
knows it), and an acknowledgement that names one of our older replicas counts as nothing. In
doubt the acknowledgement is lower, which only means sending again what the peer may have.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from ..storage import meta
from ..storage.database import Database
from .devices import now_iso
from .errors import SyncReason, SyncRejected

MAX_SEQUENCE_JUMP: Final = 1_000_000


@dataclass(frozen=True)
class ReplicaState:
    replica: str
    last_seq: int
    have_hw: int
    echo_replica: str | None
    echo_hw: int
    retired: bool


def replicas(db: Database, device_id: str) -> list[ReplicaState]:
    return [
        ReplicaState(r[0], int(r[1]), int(r[2]), r[3], int(r[4]), bool(r[5]))
        for r in db.conn.execute(
            "SELECT replica, last_seq, have_hw, echo_replica, echo_hw, retired "
            "FROM sync_replica WHERE device_id = ? ORDER BY replica",
            (device_id,),
        )
    ]


def acknowledged(db: Database, device_id: str) -> int:
    """Our change sequence up to which ``device_id`` certainly holds every row we sent it."""
    active = [r for r in replicas(db, device_id) if not r.retired]
    if not active:
        return 0
    return min(r.echo_hw if r.echo_replica == db.replica_id else 0 for r in active)


def echo_for(db: Database, device_id: str) -> dict[str, int]:
    """What we tell ``device_id`` we hold of each of its replicas."""
    return {r.replica: r.have_hw for r in replicas(db, device_id) if not r.retired}


def check_sequence(db: Database, device_id: str, replica: str, sequence: int) -> bool:
    """False when this very bundle was already imported; raises for a replay or an absurd jump."""
    states = replicas(db, device_id)
    for state in states:
        if state.replica == replica:
            if sequence == state.last_seq:
                return False
            if sequence < state.last_seq:
                raise SyncRejected(SyncReason.REPLAYED)
            break
    highest = max((s.last_seq for s in states), default=0)
    if sequence > highest + MAX_SEQUENCE_JUMP:
        raise SyncRejected(SyncReason.SEQUENCE_JUMP)
    return True


def record_received(
    db: Database,
    device_id: str,
    replica: str,
    sequence: int,
    *,
    base: int,
    hw: int,
    echo: dict[str, int],
    sender_vv: dict[str, int],
) -> bool:
    """Bookkeeping of an imported bundle (inside the import transaction).

    Returns True when the bundle continued from what we already held (no gap), which is when
    its version vector may be merged into ours.
    """
    row = db.conn.execute(
        "SELECT have_hw FROM sync_replica WHERE device_id = ? AND replica = ?", (device_id, replica)
    ).fetchone()
    have = int(row[0]) if row else 0
    contiguous = base <= have
    if contiguous:
        have = max(have, hw)
    db.conn.execute(
        "INSERT INTO sync_replica(device_id, replica, last_seq, have_hw, echo_replica, echo_hw, "
        "retired, last_seen) VALUES (?, ?, ?, ?, ?, ?, 0, ?) "
        "ON CONFLICT(device_id, replica) DO UPDATE SET last_seq = excluded.last_seq, "
        "have_hw = excluded.have_hw, echo_replica = excluded.echo_replica, "
        "echo_hw = excluded.echo_hw, last_seen = excluded.last_seen",
        (device_id, replica, sequence, have, db.replica_id, echo.get(db.replica_id, 0), now_iso()),
    )
    # The same device under another replica id that this replica's vector knows is an older
    # life of the device (a restore from backup): its acknowledgements no longer hold.
    older = [
        r.replica
        for r in replicas(db, device_id)
        if r.replica != replica and r.replica in sender_vv
    ]
    db.conn.executemany(
        "UPDATE sync_replica SET retired = 1 WHERE device_id = ? AND replica = ?",
        [(device_id, r) for r in older],
    )
    db.conn.executemany(
        "DELETE FROM sync_echo WHERE device_id = ? AND replica = ?", [(device_id, r) for r in older]
    )
    if contiguous:
        meta.advance_vector(db.conn, [(r, c) for r, c in sender_vv.items() if r != db.replica_id])
    return contiguous


def is_retired(db: Database, device_id: str, replica: str) -> bool:
    row = db.conn.execute(
        "SELECT retired FROM sync_replica WHERE device_id = ? AND replica = ?", (device_id, replica)
    ).fetchone()
    return bool(row and row[0])


def record_echo(db: Database, device_id: str, replica: str, seqs: list[int]) -> None:
    """Remember the change sequences of rows left exactly as ``device_id`` sent them."""
    ranges: list[list[int]] = []
    for seq in sorted(seqs):
        if ranges and seq == ranges[-1][1] + 1:
            ranges[-1][1] = seq
        else:
            ranges.append([seq, seq])
    db.conn.executemany(
        "INSERT OR REPLACE INTO sync_echo(device_id, replica, seq_from, seq_to) "
        "VALUES (?, ?, ?, ?)",
        [(device_id, replica, a, b) for a, b in ranges],
    )


def echo_ranges(db: Database, device_id: str, base: int) -> list[tuple[int, int]]:
    """Ranges of our change sequences holding states ``device_id`` already has (export side).

    Only while the device has a single replica in use: with two, which one holds what is
    unknown, so nothing is skipped. Ranges the device has acknowledged are dropped.
    """
    db.conn.execute("DELETE FROM sync_echo WHERE device_id = ? AND seq_to <= ?", (device_id, base))
    active = [r.replica for r in replicas(db, device_id) if not r.retired]
    if len(active) != 1:
        return []
    return [
        (int(a), int(b))
        for a, b in db.conn.execute(
            "SELECT seq_from, seq_to FROM sync_echo WHERE device_id = ? AND replica = ? "
            "ORDER BY seq_from",
            (device_id, active[0]),
        )
    ]


def version_vector(db: Database) -> dict[str, int]:
    """Highest counter known per replica (the local entry is written at each commit)."""
    rows = db.conn.execute("SELECT replica, counter FROM version_vector")
    return {str(r): int(c) for r, c in rows}
