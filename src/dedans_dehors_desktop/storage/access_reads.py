"""Reads for the right-of-access export (GDPR art. 15): everything stored about one youth.

Unlike the Repository's reads these include deleted records and the ``_deleted``/``_extra``
bookkeeping, and read the history, conflicts, drafts and access-log lines as stored. Nothing
here writes; the caller holds ``db.lock`` for a consistent picture.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from ..core.entities import ENTITIES
from .database import Database
from .repository import Row

__all__ = [
    "AccessLogLine",
    "DraftLine",
    "HistoryLine",
    "access_log_lines",
    "conflict_values",
    "drafts",
    "history_lines",
    "owned_rows",
    "reference_name",
    "youth_row",
]


class HistoryLine(NamedTuple):
    field: str
    old: str | None
    new: str | None
    author: str
    replica: str
    hlc: int
    origin: str


class AccessLogLine(NamedTuple):
    seq: int
    at: str
    user: str
    action: str
    table: str
    record_id: str


class DraftLine(NamedTuple):
    id: str
    kind: str
    content: str
    updated_at: str


def reference_name(db: Database, table: str, column: str, record_id: str) -> str | None:
    """``column`` of the record ``record_id`` of ``table`` (a case table), deleted or not."""
    if table not in ENTITIES or not ENTITIES[table].has_field(column):
        raise ValueError(f"{table}.{column}")
    row = db.conn.execute(f"SELECT {column} FROM {table} WHERE id = ?", (record_id,)).fetchone()
    return None if row is None or row[0] is None else str(row[0])


def _check_columns(table: str, columns: Sequence[str]) -> None:
    known = {"id", "_deleted", "_extra", *ENTITIES[table].column_names}
    unknown = [c for c in columns if c not in known]
    if unknown:
        raise ValueError(f"{table}: {unknown}")


def youth_row(db: Database, columns: Sequence[str], jeune_id: str) -> Row | None:
    """The youth's record (``columns`` of it), unless it does not exist or was deleted."""
    _check_columns("jeune", columns)
    row = db.conn.execute(
        f"SELECT {', '.join(columns)} FROM jeune WHERE id = ? AND _deleted = 0", (jeune_id,)
    ).fetchone()
    return None if row is None else dict(zip(columns, row, strict=True))


def owned_rows(db: Database, table: str, columns: Sequence[str], jeune_id: str) -> list[Row]:
    """Every record of ``table`` owned by the youth, deleted ones included, in creation order."""
    _check_columns(table, columns)
    cursor = db.conn.execute(
        f"SELECT {', '.join(columns)} FROM {table} WHERE jeune_id = ? ORDER BY rowid",
        (jeune_id,),
    )
    return [dict(zip(columns, row, strict=True)) for row in cursor]


def history_lines(db: Database, table: str, record_id: str) -> list[HistoryLine]:
    return [
        HistoryLine(*row)
        for row in db.conn.execute(
            "SELECT field, old, new, author, replica, hlc, origin FROM history "
            "WHERE tbl = ? AND record_id = ? ORDER BY id",
            (table, record_id),
        )
    ]


def conflict_values(db: Database, table: str, record_id: str) -> list[tuple[str, str]]:
    """(field, values as stored JSON) of the record's unresolved conflicts, by field."""
    return [
        (str(name), vals)
        for name, vals in db.conn.execute(
            "SELECT field, vals FROM conflict WHERE tbl = ? AND record_id = ? ORDER BY field",
            (table, record_id),
        )
    ]


def access_log_lines(db: Database, record_ids: Iterable[str]) -> list[AccessLogLine]:
    """Access-log lines about any of ``record_ids``, oldest first."""
    ids = json.dumps(sorted(record_ids))
    return [
        AccessLogLine(*row)
        for row in db.conn.execute(
            "SELECT seq, at, user, action, tbl, record_id FROM access_log "
            "WHERE record_id IN (SELECT value FROM json_each(?)) ORDER BY seq",
            (ids,),
        )
    ]


def drafts(db: Database, jeune_id: str) -> list[DraftLine]:
    return [
        DraftLine(*row)
        for row in db.conn.execute(
            "SELECT id, kind, content, updated_at FROM draft WHERE jeune_id = ? "
            "ORDER BY updated_at, id",
            (jeune_id,),
        )
    ]
