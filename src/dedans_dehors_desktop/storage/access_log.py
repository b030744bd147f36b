"""The access log: who, when, which action, which record — never content — hash-chained.

Each line's hash covers the previous line's hash and its own fields, and the head (last sequence
number and hash) is kept in ``meta`` in the same transaction: verification detects a changed line,
a removed line (inside or at the end) and a reordered one. The head and the retention anchor also
carry a MAC under the log key (log_chain.py); the office checks the chain itself (log_audit.py).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from . import log_chain, meta
from .connection import Connection

GENESIS = "0" * 64

ACTIONS = {
    "ouverture": "Ouverture de session",
    "consultation": "Consultation",
    "creation": "Création",
    "modification": "Modification",
    "suppression": "Suppression",
    "impression": "Impression",
    "impression_confirmee": "Impression confirmée d'une ligne retenue",
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


def line_hash(
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
    digest = line_hash(head.hash, seq, at, user, action, tbl, record_id)
    conn.execute(
        "INSERT INTO access_log(seq, at, user, action, tbl, record_id, hash) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (seq, at, user, action, tbl, record_id, digest),
    )
    head.seq, head.hash = seq, digest


_line_hash = line_hash  # the name older tests use


def save_head(conn: Connection, head: LogHead, key: bytes | None = None) -> None:
    rows = [("log_seq", str(head.seq)), ("log_hash", head.hash)]
    if key is not None:
        rows.append(("log_head_mac", log_chain.head_mac(key, head.seq, head.hash)))
    meta.put(conn, rows)


@dataclass(frozen=True)
class Anchor:
    """Where the chain starts after a retention purge: the last purged line's seq and hash."""

    seq: int
    hash: str
    at: str  # when that line was written ("" for anchors made before it was noted)


def read_anchor(conn: Connection) -> Anchor | None:
    values = dict(
        conn.execute(
            "SELECT key, value FROM meta WHERE key IN ('log_anchor', 'log_anchor_at')"
        ).fetchall()
    )
    if "log_anchor" not in values:
        return None
    seq_text, digest = str(values["log_anchor"]).split(":", 1)
    return Anchor(int(seq_text), digest, str(values.get("log_anchor_at", "")))


@dataclass(frozen=True)
class Line:
    seq: int
    at: str
    user: str
    action: str
    tbl: str
    record_id: str
    hash: str

    def expected_hash(self, prev: str) -> str:
        return line_hash(prev, self.seq, self.at, self.user, self.action, self.tbl, self.record_id)


def lines_after(conn: Connection, seq: int) -> Iterator[Line]:
    for row in conn.execute(
        "SELECT seq, at, user, action, tbl, record_id, hash FROM access_log WHERE seq > ? "
        "ORDER BY seq",
        (seq,),
    ):
        yield Line(*row)


def hash_at(conn: Connection, seq: int) -> str | None:
    """The chain's value after line ``seq``: its hash, the anchor's, GENESIS before line 1."""
    if seq == 0:
        return GENESIS
    row = conn.execute("SELECT hash FROM access_log WHERE seq = ?", (seq,)).fetchone()
    if row:
        return str(row[0])
    anchor = read_anchor(conn)
    return anchor.hash if anchor is not None and anchor.seq == seq else None


def verify(
    conn: Connection,
    key: bytes | None = None,
    *,
    retention_days: int | None = None,
    now: datetime | None = None,
) -> list[str]:
    """Problems found in the chain, in French; an empty list means the log is intact.

    With the log key, the head's and the anchor's MACs are checked too, and (with
    ``retention_days``) that the anchor only covers lines old enough to have been purged.
    """
    problems: list[str] = []
    anchor = read_anchor(conn)
    prev_seq, prev_hash = 0, GENESIS
    if anchor:  # lines before the anchor were purged after their retention period
        prev_seq, prev_hash = anchor.seq, anchor.hash
    for line in lines_after(conn, -1):
        if line.seq != prev_seq + 1:
            problems.append(f"Journal d'accès : ligne(s) manquante(s) avant la ligne {line.seq}.")
        elif line.expected_hash(prev_hash) != line.hash:
            problems.append(f"Journal d'accès : la ligne {line.seq} a été modifiée.")
        prev_seq, prev_hash = line.seq, line.hash
    head = read_head(conn)
    if head.seq != prev_seq or (head.seq and head.hash != prev_hash):
        problems.append("Journal d'accès : des lignes ont été supprimées à la fin du journal.")
    if key is not None:
        problems += _verify_keyed(conn, key, head, anchor, retention_days, now)
    return problems


def _verify_keyed(
    conn: Connection,
    key: bytes,
    head: LogHead,
    anchor: Anchor | None,
    retention_days: int | None,
    now: datetime | None,
) -> list[str]:
    problems = []
    meta = dict(
        conn.execute(
            "SELECT key, value FROM meta WHERE key IN ('log_head_mac', 'log_anchor_mac')"
        ).fetchall()
    )
    if not log_chain.same(meta.get("log_head_mac"), log_chain.head_mac(key, head.seq, head.hash)):
        problems.append(
            "Journal d'accès : la fin du journal a été déplacée (sceau de la dernière ligne "
            "absent ou faux)."
        )
    if anchor is not None and anchor.at:  # (an anchor made before anchors were sealed has no date)
        expected = log_chain.anchor_mac(key, anchor.seq, anchor.hash, anchor.at)
        if not log_chain.same(meta.get("log_anchor_mac"), expected):
            problems.append(
                "Journal d'accès : le début du journal a été déplacé (sceau de l'ancre absent "
                "ou faux)."
            )
        elif retention_days is not None:
            limit = (now or datetime.now(UTC)) - timedelta(days=retention_days - 1)
            if anchor.at > limit.isoformat(timespec="seconds"):
                problems.append(
                    "Journal d'accès : des lignes récentes ont été retirées du début du journal."
                )
    return problems


def purge_before(conn: Connection, before_iso: str, key: bytes | None = None) -> int:
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
    digest, at = conn.execute("SELECT hash, at FROM access_log WHERE seq = ?", (last,)).fetchone()
    count = conn.execute("DELETE FROM access_log WHERE seq <= ?", (last,)).rowcount
    rows = [("log_anchor", f"{last}:{digest}"), ("log_anchor_at", str(at))]
    if key is not None:
        rows.append(("log_anchor_mac", log_chain.anchor_mac(key, last, digest, str(at))))
    meta.put(conn, rows)
    return int(count)
