"""Writing whole rows for the sync apply path: ``repository.write_row`` plus the ``_ctx`` column
(schema v2), and inserts batched per table.

Same bookkeeping as ``write_row``: a new local change sequence per row, the search key of a
youth, the full-text index and the youth list marked for refresh at commit. Kept here rather than
in the repository because only received states carry a causal context; the repository's own
writes leave ``_ctx`` untouched, which is what they must do (their new dot supersedes, the
context still says what was seen).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from ..core.entities import ENTITIES, JEUNE, Entity
from ..storage.database import Database
from ..storage.repository import search_key
from ..storage.youth_index import LIST_SOURCES

Row = dict[str, Any]


@cache
def _columns(table: str) -> tuple[str, ...]:
    e = ENTITIES[table]
    cols = ("id", *e.column_names, "_deleted", "_v", "_seq", "_extra", "_ctx")
    return (*cols, "_search") if e is JEUNE else cols


@cache
def insert_sql(table: str) -> str:
    cols = _columns(table)
    return f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"


@cache
def update_sql(table: str) -> str:
    cols = _columns(table)
    return f"UPDATE {table} SET {', '.join(f'{c} = ?' for c in cols[1:])} WHERE id = ?"


def prepare(db: Database, e: Entity, record: Row) -> list[Any]:
    """Give the row its change sequence, mark derived data, return its column values."""
    record["_seq"] = db.next_seq()
    if e is JEUNE:
        record["_search"] = search_key(record)
    if e.fts:
        db.touch_fts(e.table, record["id"])
    if e.table in LIST_SOURCES:
        db.touch_youth(record["id"] if e is JEUNE else record["jeune_id"])
    return [record.get(c) for c in _columns(e.table)]


def update(db: Database, e: Entity, record: Row) -> None:
    values = prepare(db, e, record)
    db.conn.execute(update_sql(e.table), [*values[1:], values[0]])


class Inserts:
    """New rows waiting for one ``executemany`` per table (inside the import transaction)."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.pending: dict[str, list[list[Any]]] = {}

    def add(self, e: Entity, record: Row) -> None:
        self.pending.setdefault(e.table, []).append(prepare(self.db, e, record))

    def flush(self) -> None:
        for table, rows in self.pending.items():
            self.db.conn.executemany(insert_sql(table), rows)
        self.pending.clear()
