"""Erasure orders: the traces a record's content leaves behind are erased on every installation.

Blanking a value (a legal erasure, an anonymisation) syncs like any edit, but the field history,
the old values of a conflict, the drafts and the full-text index hold the old content locally.
An erasure order names a record and its fields (or ``*``, all of them); the repository erases
those traces here, and the order travels in bundles so that every installation that holds the
record erases them too, at its next import, however late. The only module that writes
``erasure_order``; an order is recorded once (a received order already known is not sent on).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from .database import Database

ALL_FIELDS = "*"


@dataclass(frozen=True)
class ErasureOrder:
    table: str
    record_id: str
    fields: tuple[str, ...] | None  # None: every field

    @property
    def key(self) -> str:
        return ALL_FIELDS if self.fields is None else json.dumps(sorted(self.fields))


def parse_fields(text: str) -> tuple[str, ...] | None:
    return None if text == ALL_FIELDS else tuple(str(f) for f in json.loads(text))


def record(db: Database, orders: Iterable[ErasureOrder]) -> int:
    """Record orders not yet known (inside the caller's transaction); returns how many."""
    at = datetime.now(UTC).isoformat(timespec="seconds")
    added = 0
    for order in orders:
        known = db.conn.execute(
            "SELECT 1 FROM erasure_order WHERE tbl = ? AND record_id = ? AND fields = ?",
            (order.table, order.record_id, order.key),
        ).fetchone()
        if known:
            continue
        db.conn.execute(
            "INSERT INTO erasure_order(tbl, record_id, fields, seq, at) VALUES (?, ?, ?, ?, ?)",
            (order.table, order.record_id, order.key, db.next_seq(), at),
        )
        added += 1
    return added


def since(db: Database, base: int) -> list[ErasureOrder]:
    """Orders recorded after the change sequence ``base`` (what a peer has not acknowledged)."""
    return [
        ErasureOrder(str(t), str(r), parse_fields(str(f)))
        for t, r, f in db.conn.execute(
            "SELECT tbl, record_id, fields FROM erasure_order WHERE seq > ? ORDER BY seq", (base,)
        )
    ]


def count(db: Database) -> int:
    return int(db.conn.execute("SELECT count(*) FROM erasure_order").fetchone()[0])


def for_records(orders: Sequence[ErasureOrder]) -> dict[tuple[str, str], tuple[str, ...] | None]:
    """Orders merged per record: all fields wins over a list."""
    out: dict[tuple[str, str], tuple[str, ...] | None] = {}
    for o in orders:
        key = (o.table, o.record_id)
        if key in out and (out[key] is None or o.fields is None):
            out[key] = None
        elif key in out:
            out[key] = tuple(sorted({*(out[key] or ()), *(o.fields or ())}))
        else:
            out[key] = o.fields
    return out
