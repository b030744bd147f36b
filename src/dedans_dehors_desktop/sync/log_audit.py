"""The access logs checked outside the laptop: every bundle carries its sender's log head.

A laptop's bundle to the office carries, in its signed and encrypted payload, the head of its
access log (last sequence number and hash), the lines written since the last head the office
verified (with an overlap of recent lines already sent), where they continue from, and its
retention anchor. Lines are ids and metadata only — who, when, which action, which record —
never content. The office recomputes the chain, compares it with the lines it kept from
earlier bundles, and flags (import result, ``journaux`` command) a log that no longer extends
the previous head: lines removed at the end, a line modified, lines removed from the start
before their retention period, a chain rewritten.

The office's bundles carry its own head and the last head it verified for that laptop; each
laptop echoes the office's head back in its next bundle, and the office checks that its own log
still holds that line unchanged. Backups carry the head too (store.py).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from ..core.i18n import tr
from ..storage import access_log
from ..storage.database import Database
from .payload import JournalLine, PayloadError

OVERLAP = 200  # lines already verified sent again: a change among them is named precisely
RETENTION_DAYS = 365  # as storage.store.LOG_RETENTION_DAYS
SLACK_DAYS = 2
MAX_SHOWN = 5
_HASH = re.compile(r"[0-9a-f]{64}")


def _t(text: str) -> str:
    return tr("Journal", text)


@dataclass(frozen=True)
class Outgoing:
    section: dict[str, Any]
    lines: list[JournalLine]


def _line(line: access_log.Line) -> JournalLine:
    return JournalLine(
        line.seq, line.at, line.user, line.action, line.tbl, line.record_id, line.hash
    )


def outgoing(db: Database, device_id: str) -> Outgoing:
    """The journal section (and lines) of a bundle from this store to ``device_id``."""
    conn = db.conn
    head = access_log.read_head(conn)
    section: dict[str, Any] = {"v": 1, "head": [head.seq, head.hash]}
    if db.role == "office":
        row = conn.execute(
            "SELECT seq FROM log_audit_head WHERE device_id = ?", (device_id,)
        ).fetchone()
        section["ack"] = int(row[0]) if row else 0
        return Outgoing(section, [])
    anchor = access_log.read_anchor(conn)
    floor = anchor.seq if anchor is not None else 0
    start = max(floor, int(db.meta("journal_ack") or 0) - OVERLAP, 0)
    start_hash = access_log.hash_at(conn, start)
    if start_hash is None:  # the acknowledged line is gone: send everything there is
        start, start_hash = floor, (anchor.hash if anchor is not None else access_log.GENESIS)
    section["from"] = [start, start_hash]
    section["anchor"] = [anchor.seq, anchor.at] if anchor is not None else None
    office_seq, office_hash = db.meta("journal_office_seq"), db.meta("journal_office_hash")
    section["office"] = [int(office_seq), office_hash] if office_seq and office_hash else None
    return Outgoing(section, [_line(x) for x in access_log.lines_after(conn, start)])


def _pair(value: object) -> tuple[int, str]:
    if (
        not isinstance(value, list)
        or len(value) != 2
        or not isinstance(value[0], int)
        or isinstance(value[0], bool)
        or value[0] < 0
        or not isinstance(value[1], str)
    ):
        raise PayloadError("journal")
    return value[0], value[1]


def incoming(
    db: Database,
    device_id: str,
    label: str,
    sequence: int,
    section: dict[str, Any] | None,
    lines: Sequence[JournalLine],
    *,
    now: datetime | None = None,
) -> list[str]:
    """Take in a bundle's journal section (inside the import's transaction); the findings."""
    if section is None:  # a sender from before this check: nothing to compare
        return []
    if section.get("v") != 1:
        raise PayloadError("journal version")
    head = _pair(section.get("head"))
    if not _HASH.fullmatch(head[1]):
        raise PayloadError("journal head")
    now = now or datetime.now(UTC)
    if db.role == "laptop":
        ack = section.get("ack")
        if not isinstance(ack, int) or isinstance(ack, bool) or ack < 0:
            raise PayloadError("journal ack")
        db.set_meta("journal_office_seq", str(head[0]))
        db.set_meta("journal_office_hash", head[1])
        db.set_meta("journal_ack", str(ack))
        return []
    findings = _check_laptop(db, device_id, section, head, lines, now)
    findings += _check_own_echo(db, label, section.get("office"))
    stamp = now.isoformat(timespec="seconds")
    db.conn.executemany(
        "INSERT INTO log_audit_alert(at, device_id, sequence, detail) VALUES (?, ?, ?, ?)",
        [(stamp, device_id, sequence, f) for f in findings],
    )
    return findings


def _describe(seq: int, at: str, user: str, action: str, tbl: str, record_id: str) -> str:
    return _t("ligne {seq} ({action}, {tbl} {record}, par {user}, le {at})").format(
        seq=seq, action=action, tbl=tbl, record=record_id[:8], user=user, at=at[:16]
    )


def _check_laptop(
    db: Database,
    device_id: str,
    section: dict[str, Any],
    head: tuple[int, str],
    lines: Sequence[JournalLine],
    now: datetime,
) -> list[str]:
    conn = db.conn
    findings: list[str] = []
    start, start_hash = _pair(section.get("from"))
    prev_seq, prev_hash = start, start_hash
    for line in lines:
        expected = access_log.line_hash(
            prev_hash, line.seq, line.at, line.user, line.action, line.tbl, line.record_id
        )
        if line.seq != prev_seq + 1 or expected != line.hash:
            findings.append(
                _t(
                    "Journal du poste : la chaîne envoyée est rompue à la ligne {seq} (ligne "
                    "modifiée ou retirée sur le poste)."
                ).format(seq=line.seq)
            )
            break
        prev_seq, prev_hash = line.seq, line.hash
    if not findings and (prev_seq, prev_hash) != head:
        findings.append(
            _t("Journal du poste : la dernière ligne annoncée n'est pas la dernière ligne envoyée.")
        )
    stored = conn.execute(
        "SELECT seq, hash, received_at FROM log_audit_head WHERE device_id = ?", (device_id,)
    ).fetchone()
    if stored is not None:
        findings += _compare(db, device_id, section, head, start, start_hash, lines, stored, now)
    _keep(db, device_id, head, lines, now)
    return findings


def _compare(
    db: Database,
    device_id: str,
    section: dict[str, Any],
    head: tuple[int, str],
    start: int,
    start_hash: str,
    lines: Sequence[JournalLine],
    stored: tuple[int, str, str],
    now: datetime,
) -> list[str]:
    conn = db.conn
    seq_p, hash_p, received = int(stored[0]), str(stored[1]), str(stored[2])[:10]
    findings: list[str] = []
    kept = {
        int(r[0]): tuple(r[1:])
        for r in conn.execute(
            "SELECT seq, at, user, action, tbl, record_id, hash FROM log_audit_line "
            "WHERE device_id = ? AND seq > ? AND seq <= ?",
            (device_id, start, seq_p),
        )
    }
    changed = []
    for line in lines:
        old = kept.get(line.seq)
        if old is not None and old[:5] != (
            line.at,
            line.user,
            line.action,
            line.tbl,
            line.record_id,
        ):
            changed.append(
                _t("{old} devenue {new}").format(
                    old=_describe(line.seq, *old[:5]),
                    new=_describe(
                        line.seq, line.at, line.user, line.action, line.tbl, line.record_id
                    ),
                )
            )
    for text in changed[:MAX_SHOWN]:
        findings.append(
            _t("Journal du poste : ligne modifiée après sa réception : {what}.").format(what=text)
        )
    if len(changed) > MAX_SHOWN:
        findings.append(
            _t("Journal du poste : {n} autres lignes modifiées.").format(n=len(changed) - MAX_SHOWN)
        )
    if head[0] < seq_p:
        gone = conn.execute(
            "SELECT seq, at, user, action, tbl, record_id FROM log_audit_line "
            "WHERE device_id = ? AND seq > ? AND seq <= ? ORDER BY seq LIMIT ?",
            (device_id, head[0], seq_p, MAX_SHOWN),
        ).fetchall()
        findings.append(
            _t(
                "Journal du poste : les lignes {first} à {last}, reçues le {date}, ont été "
                "supprimées du poste{examples}."
            ).format(
                first=head[0] + 1,
                last=seq_p,
                date=received,
                examples=(" : " + " ; ".join(_describe(*r) for r in gone)) if gone else "",
            )
        )
    elif start > seq_p:
        findings.append(
            _t(
                "Journal du poste : les lignes {first} à {last} n'ont jamais été reçues par le "
                "bureau et ne sont plus sur le poste."
            ).format(first=seq_p + 1, last=start)
        )
    else:
        theirs = (
            start_hash if start == seq_p else next((x.hash for x in lines if x.seq == seq_p), None)
        )
        if theirs != hash_p and not changed:
            findings.append(
                _t(
                    "Journal du poste : il ne prolonge plus celui reçu le {date} : il a été "
                    "réécrit à la ligne {seq} ou avant."
                ).format(date=received, seq=seq_p)
            )
    anchor = section.get("anchor")
    if anchor is not None:
        a_seq, a_at = _pair(anchor)
        row = conn.execute(
            "SELECT at FROM log_audit_line WHERE device_id = ? AND seq = ?", (device_id, a_seq)
        ).fetchone()
        limit = now - timedelta(days=RETENTION_DAYS - SLACK_DAYS)
        written = str(row[0]) if row else a_at
        if written > limit.isoformat(timespec="seconds"):
            findings.append(
                _t(
                    "Journal du poste : les lignes jusqu'à la {seq} ont été retirées avant la "
                    "fin de leur durée de conservation (la ligne {seq} date du {at})."
                ).format(seq=a_seq, at=written[:10])
            )
    return findings


def _keep(
    db: Database,
    device_id: str,
    head: tuple[int, str],
    lines: Sequence[JournalLine],
    now: datetime,
) -> None:
    """The lines and head just received become the reference for the next bundle."""
    stamp = now.isoformat(timespec="seconds")
    conn = db.conn
    conn.execute("DELETE FROM log_audit_line WHERE device_id = ? AND seq > ?", (device_id, head[0]))
    conn.executemany(
        "INSERT OR REPLACE INTO log_audit_line(device_id, seq, at, user, action, tbl, "
        "record_id, hash, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (device_id, x.seq, x.at, x.user, x.action, x.tbl, x.record_id, x.hash, stamp)
            for x in lines
        ],
    )
    conn.execute(
        "INSERT OR REPLACE INTO log_audit_head(device_id, seq, hash, received_at) "
        "VALUES (?, ?, ?, ?)",
        (device_id, head[0], head[1], stamp),
    )


def _check_own_echo(db: Database, label: str, echo: object) -> list[str]:
    """The office's head a laptop received earlier must still be in the office's log."""
    if echo is None:
        return []
    seq, digest = _pair(echo)
    conn = db.conn
    mine = access_log.read_head(conn)
    if seq > mine.seq:
        return [
            _t(
                "Journal de ce bureau : il s'arrête à la ligne {head}, mais le poste « {label} » "
                "en a reçu une tête à la ligne {seq} : des lignes ont été supprimées."
            ).format(head=mine.seq, label=label, seq=seq)
        ]
    found = access_log.hash_at(conn, seq)
    if found is not None and found != digest:
        return [
            _t(
                "Journal de ce bureau : sa ligne {seq} ne correspond plus à celle annoncée au "
                "poste « {label} » : il a été réécrit."
            ).format(seq=seq, label=label)
        ]
    return []


@dataclass(frozen=True)
class Alert:
    at: str
    device_id: str
    sequence: int
    detail: str


def alerts(db: Database, device_id: str | None = None) -> list[Alert]:
    sql = "SELECT at, device_id, sequence, detail FROM log_audit_alert"
    params: tuple[str, ...] = ()
    if device_id is not None:
        sql += " WHERE device_id = ?"
        params = (device_id,)
    return [Alert(*r) for r in db.conn.execute(sql + " ORDER BY id", params)]


def verified_heads(db: Database) -> list[tuple[str, int, str]]:
    """(device id, last verified line, when) for each laptop."""
    return [
        (str(r[0]), int(r[1]), str(r[2]))
        for r in db.conn.execute(
            "SELECT device_id, seq, received_at FROM log_audit_head ORDER BY device_id"
        )
    ]
