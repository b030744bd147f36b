"""What the two offices keep of a handover: the sender's trace ("transféré à … le …") with the
day the case file is to be erased, the transfers received, and the provenance of every record
received ("reçu de la Mission Locale de …, le …"). No case content: ids, names of offices,
dates, the consent's date and method. The only module that writes these tables.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from ..storage.database import Database


@dataclass(frozen=True)
class OutTrace:
    transfer_id: str
    jeune_id: str
    office_id: str
    office_label: str
    sequence: int
    at: str
    consent: dict[str, Any]
    erase_after: str | None
    erased_at: str | None


_OUT = (
    "transfer_id, jeune_id, office_id, office_label, sequence, at, consent, erase_after, erased_at"
)


def _out(row: tuple[Any, ...]) -> OutTrace:
    tid, jid, oid, label, seq, at, consent, erase_after, erased_at = row
    return OutTrace(
        str(tid),
        str(jid),
        str(oid),
        str(label),
        int(seq),
        str(at),
        dict(json.loads(consent)),
        erase_after,
        erased_at,
    )


def record_out(
    db: Database,
    transfer_id: str,
    jeune_ids: Iterable[str],
    office_id: str,
    office_label: str,
    sequence: int,
    at: str,
    consent: dict[str, Any],
    erase_after: str | None,
) -> None:
    db.conn.executemany(
        f"INSERT INTO transfer_out({_OUT}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL)",
        [
            (
                transfer_id,
                j,
                office_id,
                office_label,
                sequence,
                at,
                json.dumps(consent, ensure_ascii=False, sort_keys=True),
                erase_after,
            )
            for j in jeune_ids
        ],
    )


def traces(db: Database, jeune_id: str | None = None) -> list[OutTrace]:
    sql = f"SELECT {_OUT} FROM transfer_out"
    params: tuple[str, ...] = ()
    if jeune_id is not None:
        sql += " WHERE jeune_id = ?"
        params = (jeune_id,)
    return [_out(r) for r in db.conn.execute(sql + " ORDER BY at, transfer_id", params)]


def due(db: Database, day: str) -> list[OutTrace]:
    """Traces whose case file is to be erased on ``day`` (ISO) at the latest, not yet erased."""
    return [
        _out(r)
        for r in db.conn.execute(
            f"SELECT {_OUT} FROM transfer_out WHERE erased_at IS NULL AND erase_after IS NOT NULL "
            "AND erase_after <= ? ORDER BY erase_after",
            (day,),
        )
    ]


def mark_erased(db: Database, jeune_id: str, at: str) -> None:
    db.conn.execute(
        "UPDATE transfer_out SET erased_at = ? WHERE jeune_id = ? AND erased_at IS NULL",
        (at, jeune_id),
    )


@dataclass(frozen=True)
class InTransfer:
    transfer_id: str
    office_id: str
    office_label: str
    sequence: int
    sent_at: str
    received_at: str
    youths: list[tuple[str, str]]


def record_in(db: Database, t: InTransfer) -> None:
    db.conn.execute(
        "INSERT INTO transfer_in(transfer_id, office_id, office_label, sequence, sent_at, "
        "received_at, youths) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            t.transfer_id,
            t.office_id,
            t.office_label,
            t.sequence,
            t.sent_at,
            t.received_at,
            json.dumps(t.youths),
        ),
    )


def received(db: Database) -> list[InTransfer]:
    return [
        InTransfer(
            str(a), str(b), str(c), int(d), str(e), str(f), [tuple(y) for y in json.loads(g)]
        )
        for a, b, c, d, e, f, g in db.conn.execute(
            "SELECT transfer_id, office_id, office_label, sequence, sent_at, received_at, youths "
            "FROM transfer_in ORDER BY received_at DESC"
        )
    ]


def known_transfer(db: Database, transfer_id: str, office_id: str, sequence: int) -> bool:
    """Already accepted: the same transfer, or the same sequence number from that office."""
    return (
        db.conn.execute(
            "SELECT 1 FROM transfer_in WHERE transfer_id = ? OR (office_id = ? AND sequence = ?)",
            (transfer_id, office_id, sequence),
        ).fetchone()
        is not None
    )


def add_provenance(
    db: Database,
    records: Iterable[tuple[str, str]],
    transfer_id: str,
    office_label: str,
    received_at: str,
) -> None:
    db.conn.executemany(
        "INSERT OR IGNORE INTO record_provenance(tbl, record_id, transfer_id, office_label, "
        "received_at) VALUES (?, ?, ?, ?, ?)",
        [(t, r, transfer_id, office_label, received_at) for t, r in records],
    )


def provenance(db: Database, table: str, record_id: str) -> list[tuple[str, str]]:
    """(office label, received at) of every transfer that brought or completed this record."""
    return [
        (str(a), str(b))
        for a, b in db.conn.execute(
            "SELECT office_label, received_at FROM record_provenance WHERE tbl = ? AND "
            "record_id = ? ORDER BY received_at",
            (table, record_id),
        )
    ]


def forget_provenance(db: Database, table: str, record_id: str) -> None:
    db.conn.execute(
        "DELETE FROM record_provenance WHERE tbl = ? AND record_id = ?", (table, record_id)
    )
