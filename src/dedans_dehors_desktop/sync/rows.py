"""Writing whole received rows for the sync apply path: inserts batched per table.

The bookkeeping (change sequence, search key, derived data marked for refresh) is the write
path's own ``prepare_row``: a received row is stored exactly like a local one.
"""

from __future__ import annotations

from typing import Any

from ..core.entities import ENTITIES, Entity
from ..storage.database import Database
from ..storage.repository import insert_rows, prepare_row, write_row

Row = dict[str, Any]


def update(db: Database, e: Entity, record: Row) -> None:
    write_row(db, e, record, insert=False)


class Inserts:
    """New rows waiting for one ``executemany`` per table (inside the import transaction)."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.pending: dict[str, list[list[Any]]] = {}

    def add(self, e: Entity, record: Row) -> None:
        self.pending.setdefault(e.table, []).append(prepare_row(self.db, e, record))

    def flush(self) -> None:
        for table, rows in self.pending.items():
            insert_rows(self.db, ENTITIES[table], rows)
        self.pending.clear()
