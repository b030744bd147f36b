"""The ``conflict`` table: values written concurrently that a person has to choose between.

The only module that writes it. The sync apply path opens and closes conflicts as registers
gain or lose values; the write path closes those a person resolved; a record's deletion or
local purge drops its conflicts. Values are stored as the sync layer encodes them.
"""

from __future__ import annotations

from collections.abc import Iterable

from .database import Database


def fields_of(db: Database, table: str, record_id: str) -> list[str]:
    """The fields of a record whose conflict is open (in the order they were stored)."""
    return [
        r[0]
        for r in db.conn.execute(
            "SELECT field FROM conflict WHERE tbl = ? AND record_id = ?", (table, record_id)
        )
    ]


def put(db: Database, table: str, record_id: str, field: str, values: str) -> None:
    """Open (or update) the conflict of one field, stamped with the hybrid clock."""
    db.conn.execute(
        "INSERT OR REPLACE INTO conflict(tbl, record_id, field, vals, detected_hlc) "
        "VALUES (?, ?, ?, ?, ?)",
        (table, record_id, field, values, db.clock.tick()),
    )


def close(db: Database, table: str, record_id: str, fields: Iterable[str]) -> None:
    db.conn.executemany(
        "DELETE FROM conflict WHERE tbl = ? AND record_id = ? AND field = ?",
        [(table, record_id, f) for f in fields],
    )


def close_record(db: Database, table: str, record_id: str) -> None:
    db.conn.execute("DELETE FROM conflict WHERE tbl = ? AND record_id = ?", (table, record_id))


def drop_records(db: Database, table: str, ids_json: str) -> None:
    """Every conflict of these records (a JSON list of ids): they leave this installation."""
    db.conn.execute(
        "DELETE FROM conflict WHERE tbl = ? AND record_id IN (SELECT value FROM json_each(?))",
        (table, ids_json),
    )
