"""The access log: who, when, which action, which record — never content — hash-chained.

Each line's hash covers the previous line's hash and its own fields, and the head (last sequence
number and hash) is kept in ``meta`` in the same transaction: verification detects a changed line,
a removed line (inside or at the end) and a reordered one.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime

from . import meta
from .connection import Connection

GENESIS = "0" * 64

ACTIONS = {
    "ouverture": "Ouverture de session",
    "consultation": "Consultation",
    "creation": "Création",
    "modification": "Modification",
    "suppression": "Suppression",
    "impression": "Impression",
    "export": "Export",
    "import": "Import",
    "synchronisation": "Synchronisation",
    "sauvegarde": "Sauvegarde",
    "restauration": "Restauration",
    "resolution": "Résolution de conflit",
    "effacement": "Effacement (conservation, transfert)",
    "anonymisation": "Anonymisation",
    "transfert": "Transfert à une autre Mission Locale",
    "reception": "Réception d'un transfert",
}


def _line_hash(
    prev: str, seq: int, at: str, user: str, action: str, tbl: str, record_id: str
) -> str:
    payload = "\x1f".join((prev, str(seq), at, user, action, tbl, record_id)).encode("utf-8")
    return hashlib.sha256(payload).hexdigest()


@dataclass
class LogHead:
    seq: int
    hash: str


def read_head(conn: Connection) -> LogHead:
    rows = dict(
        conn.execute("SELECT key, value FROM meta WHERE key IN ('log_seq', 'log_hash')").fetchall()
    )
    return LogHead(int(rows.get("log_seq", 0)), rows.get("log_hash", GENESIS))


def append(
    conn: Connection, head: LogHead, user: str, action: str, tbl: str, record_id: str
) -> None:
    """Append one line; the caller's transaction makes line and head move together."""
    if action not in ACTIONS:
        raise ValueError(action)
    at = datetime.now(UTC).isoformat(timespec="seconds")
    seq = head.seq + 1
    digest = _line_hash(head.hash, seq, at, user, action, tbl, record_id)
    conn.execute(
        "INSERT INTO access_log(seq, at, user, action, tbl, record_id, hash) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (seq, at, user, action, tbl, record_id, digest),
    )
    head.seq, head.hash = seq, digest


def save_head(conn: Connection, head: LogHead) -> None:
    meta.put(conn, [("log_seq", str(head.seq)), ("log_hash", head.hash)])


def verify(conn: Connection) -> list[str]:
    """Problems found in the chain, in French; an empty list means the log is intact."""
    problems: list[str] = []
    anchor = conn.execute("SELECT value FROM meta WHERE key = 'log_anchor'").fetchone()
    prev_seq, prev_hash = 0, GENESIS
    if anchor:  # lines before the anchor were purged after their retention period
        seq_text, prev_hash = str(anchor[0]).split(":", 1)
        prev_seq = int(seq_text)
    for seq, at, user, action, tbl, record_id, digest in conn.execute(
        "SELECT seq, at, user, action, tbl, record_id, hash FROM access_log ORDER BY seq"
    ):
        if seq != prev_seq + 1:
            problems.append(f"Journal d'accès : ligne(s) manquante(s) avant la ligne {seq}.")
        elif _line_hash(prev_hash, seq, at, user, action, tbl, record_id) != digest:
            problems.append(f"Journal d'accès : la ligne {seq} a été modifiée.")
        prev_seq, prev_hash = seq, digest
    head = read_head(conn)
    if head.seq != prev_seq or (head.seq and head.hash != prev_hash):
        problems.append("Journal d'accès : des lignes ont été supprimées à la fin du journal.")
    return problems


def purge_before(conn: Connection, before_iso: str) -> int:
    """Drop lines older than the retention period, keeping the chain verifiable from an anchor."""
    # Called at every opening: look at the oldest line first (primary key), so that a log with
    # nothing to purge costs one lookup, not a scan of every line.
    oldest = conn.execute("SELECT at FROM access_log ORDER BY seq LIMIT 1").fetchone()
    if oldest is None or oldest[0] >= before_iso:
        return 0
    row = conn.execute("SELECT max(seq) FROM access_log WHERE at < ?", (before_iso,)).fetchone()
    if not row or row[0] is None:
        return 0
    last = int(row[0])
    digest = conn.execute("SELECT hash FROM access_log WHERE seq = ?", (last,)).fetchone()[0]
    count = conn.execute("DELETE FROM access_log WHERE seq <= ?", (last,)).rowcount
    meta.put(conn, [("log_anchor", f"{last}:{digest}")])
    return int(count)
