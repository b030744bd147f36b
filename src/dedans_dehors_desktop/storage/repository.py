"""The one write path for case data.

Every mutation goes through ``Repository``: it validates against the entity specifications,
records field-level versions for sync (dot = replica + counter + hybrid clock), keeps the field
history (who, when, old → new), closes conflicts a person resolved, and appends to the access log,
all in one transaction. No other code writes case tables: the sync apply path stores received
rows with the row helpers below, and resolving a deletion in conflict (restore, confirmation)
goes through ``Repository.restore`` and ``Repository.confirm_deletion``. ``owners`` says which
module writes each table.
"""

from __future__ import annotations

import builtins
import json
import uuid
from collections.abc import Iterable, Mapping
from datetime import date
from functools import cache
from typing import Any

from ..core.entities import ENTITIES, JEUNE, Entity, entity
from ..core.errors import NotFound, ValidationError
from ..core.i18n import tr
from ..core.textnorm import fold
from ..core.validation import (
    RECORD_DATE_FIELD,
    StoredValue,
    check_age_at_record,
    check_record,
    normalise_changes,
)
from . import conflicts, erasure, youth_index
from .database import Database
from .versions import DELETED, Dot, VersionMap
from .youth_index import LIST_SOURCES

Row = dict[str, Any]


def search_key(record: Mapping[str, Any]) -> str:
    parts = (record.get("nom_naissance"), record.get("nom_usage"), record.get("prenoms"))
    return fold(" ".join(p for p in parts if isinstance(p, str)))


# Cached per table name: hashing an Entity would hash all its field specifications each call.
@cache
def _read_columns(table: str) -> tuple[str, ...]:
    return ("id", *ENTITIES[table].column_names, "_deleted", "_v", "_seq", "_extra", "_ctx")


@cache
def _write_columns(table: str) -> tuple[str, ...]:
    cols = _read_columns(table)
    return (*cols, "_search") if table == JEUNE.table else cols


@cache
def _select_sql(table: str) -> str:
    return f"SELECT {', '.join(_read_columns(table))} FROM {table}"


@cache
def _insert_sql(table: str) -> str:
    cols = _write_columns(table)
    return f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"


@cache
def _update_sql(table: str) -> str:
    cols = _write_columns(table)
    return f"UPDATE {table} SET {', '.join(f'{c} = ?' for c in cols[1:])} WHERE id = ?"


def row_columns(e: Entity) -> tuple[str, ...]:
    """The columns a record is read with: values, then sync bookkeeping (``_ctx``: schema v2)."""
    return _read_columns(e.table)


def select_sql(e: Entity) -> str:
    return _select_sql(e.table)


def insert_sql(e: Entity) -> str:
    return _insert_sql(e.table)


def row_to_dict(e: Entity, row: Iterable[Any]) -> Row:
    return dict(zip(row_columns(e), row, strict=True))


def prepare_row(db: Database, e: Entity, record: Row) -> list[Any]:
    """Bookkeeping of every row write, local or received: a new change sequence, the youth's
    search key, the full-text index and the youth list marked for refresh at commit. Returns
    the values in ``insert_sql`` order."""
    record["_seq"] = db.next_seq()
    if e is JEUNE:
        record["_search"] = search_key(record)
    if e.fts:
        db.touch_fts(e.table, record["id"])
    if e.table in LIST_SOURCES:
        db.touch_youth(record["id"] if e is JEUNE else record["jeune_id"])
    return list(map(record.get, _write_columns(e.table)))


def write_row(db: Database, e: Entity, record: Row, *, insert: bool) -> None:
    """Insert or update one row exactly as given (values, ``_v``, ``_deleted``, ``_extra``,
    ``_ctx``)."""
    values = prepare_row(db, e, record)
    if insert:
        db.conn.execute(insert_sql(e), values)
    else:
        db.conn.execute(_update_sql(e.table), [*values[1:], values[0]])


def insert_rows(db: Database, e: Entity, values: Iterable[list[Any]]) -> None:
    """Insert rows already prepared by ``prepare_row`` (one statement for the batch)."""
    db.conn.executemany(insert_sql(e), values)


def write_context(db: Database, e: Entity, record_id: str, context: str) -> None:
    """Store a record's causal context alone: no new change sequence, since nothing the record
    holds changed (it does not bounce between installations that already agree on it)."""
    db.conn.execute(f"UPDATE {e.table} SET _ctx = ? WHERE id = ?", (context, record_id))


def rebuild_table(conn: Any, table: str, fields: Iterable[tuple[str, str]]) -> None:
    """Rebuild ``table`` with ``fields`` ((name, SQL type), in order) between ``id`` and the
    bookkeeping columns, copying every row with its rowid and recreating its indexes: a
    migration that adds a field keeps field columns before bookkeeping ones. The migration
    passes its own frozen list. Inside the caller's transaction."""
    old = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
    indexes = [
        r[0]
        for r in conn.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
            "AND sql IS NOT NULL",
            (table,),
        )
    ]
    columns = [
        ("id", "TEXT PRIMARY KEY"),
        *fields,
        *((("_search", "TEXT NOT NULL DEFAULT ''"),) if table == JEUNE.table else ()),
        ("_deleted", "INTEGER NOT NULL DEFAULT 0"),
        ("_v", "TEXT NOT NULL"),
        ("_seq", "INTEGER NOT NULL"),
        ("_extra", "TEXT"),
        ("_ctx", "TEXT"),
    ]
    new = f"{table}_rebuilt"
    conn.execute(f"CREATE TABLE {new} ({', '.join(f'{n} {t}' for n, t in columns)})")
    names = ", ".join(n for n, _ in columns if n in old)
    conn.execute(f"INSERT INTO {new} (rowid, {names}) SELECT rowid, {names} FROM {table}")
    conn.execute(f"DROP TABLE {table}")
    conn.execute(f"ALTER TABLE {new} RENAME TO {table}")
    for sql in indexes:
        conn.execute(sql)


def record_history(
    db: Database,
    tbl: str,
    record_id: str,
    changes: Iterable[tuple[str, Any, Any]],
    dot: Dot,
    origin: str,
) -> None:
    db.conn.executemany(
        "INSERT INTO history(tbl, record_id, field, old, new, author, replica, hlc, origin) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                tbl,
                record_id,
                f,
                None if old is None else str(old),
                None if new is None else str(new),
                dot.author,
                dot.replica,
                dot.hlc,
                origin,
            )
            for f, old, new in changes
        ],
    )


class Repository:
    def __init__(self, db: Database, today: date | None = None) -> None:
        self.db = db
        self._today = today

    @property
    def today(self) -> date:
        return self._today or date.today()

    # --- reading -------------------------------------------------------------------------------

    def get(self, table: str, record_id: str, *, include_deleted: bool = False) -> Row | None:
        e = entity(table)
        row = self.db.conn.execute(f"{select_sql(e)} WHERE id = ?", (record_id,)).fetchone()
        if row is None:
            return None
        record = row_to_dict(e, row)
        if record["_deleted"] and not include_deleted:
            return None
        return record

    def require(self, table: str, record_id: str) -> Row:
        record = self.get(table, record_id)
        if record is None:
            raise NotFound()
        return record

    def list(
        self, table: str, *, jeune_id: str | None = None, order_by: str = "rowid"
    ) -> list[Row]:
        e = entity(table)
        sql = f"{select_sql(e)} WHERE _deleted = 0"
        params: tuple[Any, ...] = ()
        if jeune_id is not None:
            sql += " AND jeune_id = ?"
            params = (jeune_id,)
        if order_by not in (*e.column_names, "rowid", "id"):
            raise ValueError(order_by)
        return [
            row_to_dict(e, r) for r in self.db.conn.execute(f"{sql} ORDER BY {order_by}", params)
        ]

    def history(self, table: str, record_id: str) -> builtins.list[Row]:
        cur = self.db.conn.execute(
            "SELECT field, old, new, author, replica, hlc, origin FROM history "
            "WHERE tbl = ? AND record_id = ? ORDER BY id",
            (table, record_id),
        )
        return [
            dict(zip(("field", "old", "new", "author", "replica", "hlc", "origin"), r, strict=True))
            for r in cur
        ]

    def open_record(self, table: str, record_id: str) -> Row:
        """Read a record for a person, which the access log records as a consultation."""
        record = self.require(table, record_id)
        self.db.log("consultation", table, record_id)
        return record

    # --- writing -------------------------------------------------------------------------------

    def _check_age(self, e: Entity, record: Mapping[str, StoredValue]) -> None:
        """The age rule at the record's own date (core.validation.check_age_at_record)."""
        jeune_id = record.get("jeune_id")
        if e.table not in RECORD_DATE_FIELD or not isinstance(jeune_id, str):
            return
        row = self.db.conn.execute(
            "SELECT date_naissance FROM jeune WHERE id = ?", (jeune_id,)
        ).fetchone()
        check_age_at_record(e.table, record, row[0] if row else None)

    def _age_reference(self, jeune_id: str) -> date:
        """The day a youth's birth date is judged at: their first dated record, else today."""
        firsts = [
            self.db.conn.execute(
                f"SELECT min({name}) FROM {table} WHERE jeune_id = ? AND _deleted = 0",
                (jeune_id,),
            ).fetchone()[0]
            for table, name in RECORD_DATE_FIELD.items()
        ]
        known = [d for d in firsts if isinstance(d, str)]
        return date.fromisoformat(min(known)) if known else self.today

    def _check_refs(self, e: Entity, values: Mapping[str, StoredValue]) -> None:
        for f in e.fields:
            target = values.get(f.name)
            if f.kind != "ref" or target is None or not f.ref:
                continue
            key = (f.ref, str(target))
            if key in self.db.known_refs:
                continue
            found = self.db.conn.execute(
                f"SELECT 1 FROM {f.ref} WHERE id = ? AND _deleted = 0", (target,)
            ).fetchone()
            if not found:
                raise ValidationError(
                    tr("Validation", "« {champ} » : la fiche liée n'existe pas.").format(
                        champ=tr("Champs", f.label)
                    ),
                    f.name,
                )
            self.db.known_refs.add(key)

    def create(
        self,
        table: str,
        values: Mapping[str, Any],
        *,
        record_id: str | None = None,
        action: str = "creation",
        as_of: date | None = None,
    ) -> str:
        """Create a record. ``as_of`` is the date a youth's age is judged at (the first event
        of a case file brought in from the past); by default the record's own date, or today."""
        e = entity(table)
        norm = normalise_changes(e, values, as_of or self.today)
        record: Row = {f: None for f in e.column_names}
        record.update(norm)
        check_record(e, record, self.today)
        self._check_age(e, record)
        record_id = str(uuid.UUID(record_id)) if record_id else str(uuid.uuid4())
        with self.db.transaction():
            self._check_refs(e, norm)
            dot = self.db.next_dot()
            versions = VersionMap()
            versions.assign([k for k, v in norm.items() if v is not None] + [DELETED], dot)
            record.update(id=record_id, _deleted=0, _v=versions.dump(), _extra=None)
            write_row(self.db, e, record, insert=True)
            self.db.known_refs.add((table, record_id))
            self.db.log(action, table, record_id)
        return record_id

    def update(
        self, table: str, record_id: str, changes: Mapping[str, Any], *, origin: str = "saisie"
    ) -> bool:
        """Apply ``changes``; returns False when nothing actually changed."""
        e = entity(table)
        reference = self._age_reference(record_id) if e is JEUNE else self.today
        norm = normalise_changes(e, changes, reference)
        with self.db.transaction():
            record = self.require(table, record_id)
            changed = {k: v for k, v in norm.items() if record[k] != v}
            conflicted = set(conflicts.fields_of(self.db, table, record_id))
            # Choosing the value already shown is still a resolution when the field is in conflict.
            changed.update({k: v for k, v in norm.items() if k in conflicted})
            if not changed:
                return False
            merged = {**record, **changed}
            check_record(e, merged, self.today)
            self._check_age(e, merged)
            self._check_refs(e, changed)
            dot = self.db.next_dot()
            versions = VersionMap.parse(record["_v"])
            versions.assign(changed, dot)
            merged["_v"] = versions.dump()
            write_row(self.db, e, merged, insert=False)
            if "jeune_id" in changed and e.table in LIST_SOURCES and record["jeune_id"]:
                self.db.touch_youth(record["jeune_id"])  # moved away: the old list row too
            resolved = [k for k in changed if k in conflicted]
            if resolved:
                conflicts.close(self.db, table, record_id, resolved)
            record_history(
                self.db,
                table,
                record_id,
                [(k, record[k], v) for k, v in changed.items()],
                dot,
                "résolution" if resolved else origin,
            )
            self.db.log("resolution" if resolved else "modification", table, record_id)
        return True

    def delete(self, table: str, record_id: str, *, erase: bool = False) -> None:
        """Versioned tombstone: content blanked, the row kept so the deletion syncs.

        Deleting a youth deletes their whole case file. ``erase`` (legal erasure) also purges the
        local field history of the records.
        """
        e = entity(table)
        with self.db.transaction():
            record = self.require(table, record_id)
            if e is JEUNE:
                for child in ENTITIES.values():
                    if child.owned_by_youth:
                        for (child_id,) in self.db.conn.execute(
                            f"SELECT id FROM {child.table} WHERE jeune_id = ? AND _deleted = 0",
                            (record_id,),
                        ).fetchall():
                            self.delete(child.table, child_id, erase=erase)
            dot = self.db.next_dot()
            versions = VersionMap.parse(record["_v"])
            blanked = [f.name for f in e.fields if f.name != "jeune_id"]
            versions.assign([*blanked, DELETED], dot)
            tomb = {
                **record,
                **dict.fromkeys(blanked),
                "_deleted": 1,
                "_v": versions.dump(),
                "_extra": None,
            }
            write_row(self.db, e, tomb, insert=False)
            self.db.known_refs.discard((table, record_id))
            conflicts.close_record(self.db, table, record_id)
            if erase:
                self.db.conn.execute(
                    "DELETE FROM history WHERE tbl = ? AND record_id = ?", (table, record_id)
                )
                if e.fts:
                    self.db.erase_fts(e.table)
                if e is JEUNE:  # drafts typed for this youth hold content too
                    self.db.conn.execute("DELETE FROM draft WHERE jeune_id = ?", (record_id,))
                # Installations that hold the record erase its traces too (their history of
                # the values the tombstone blanks), at their next import.
                erasure.record(self.db, [erasure.ErasureOrder(table, record_id, None)])
            else:
                record_history(
                    self.db,
                    table,
                    record_id,
                    [(k, record[k], None) for k in blanked if record[k] is not None],
                    dot,
                    "saisie",
                )
            self.db.log("suppression", table, record_id)

    def erase_traces(
        self,
        table: str,
        record_id: str,
        fields: Iterable[str] | None = None,
        *,
        propagate: bool = True,
    ) -> None:
        """Erase what the old values of a record's ``fields`` (None: all) left behind here: field
        history, conflicts' values, the full-text index and, for a youth, the drafts typed for
        them. With ``propagate``, an erasure order makes every installation do the same."""
        e = entity(table)
        names = None if fields is None else sorted({f for f in fields if e.has_field(f)})
        with self.db.transaction():
            if names is None:
                self.db.conn.execute(
                    "DELETE FROM history WHERE tbl = ? AND record_id = ?", (table, record_id)
                )
                conflicts.close_record(self.db, table, record_id)
            else:
                self.db.conn.executemany(
                    "DELETE FROM history WHERE tbl = ? AND record_id = ? AND field = ?",
                    [(table, record_id, f) for f in names],
                )
                conflicts.close(self.db, table, record_id, names)
            if e.fts and (names is None or set(names) & set(e.fts)):
                self.db.erase_fts(table)
            if e is JEUNE:
                self.db.conn.execute("DELETE FROM draft WHERE jeune_id = ?", (record_id,))
            if propagate:
                erasure.record(
                    self.db,
                    [
                        erasure.ErasureOrder(
                            table, record_id, None if names is None else tuple(names)
                        )
                    ],
                )
            self.db.log("effacement", table, record_id)

    def purge_local(self, jeune_id: str) -> None:
        """Remove a case file from this installation only: no tombstone, nothing to sync.

        For a laptop whose scope no longer includes the youth (the office keeps the file): the
        rows, their index entries, conflicts, history and drafts go; the access log keeps its
        lines (ids only) and gains one for the removal.
        """
        with self.db.transaction():
            for e in ENTITIES.values():
                if not (e is JEUNE or e.owned_by_youth):
                    continue
                column = "id" if e is JEUNE else "jeune_id"
                ids = json.dumps(
                    [
                        r[0]
                        for r in self.db.conn.execute(
                            f"SELECT id FROM {e.table} WHERE {column} = ?", (jeune_id,)
                        )
                    ]
                )
                if e.fts:
                    self.db.drop_fts(e.table, ids)
                conflicts.drop_records(self.db, e.table, ids)
                self.db.conn.execute(
                    "DELETE FROM history WHERE tbl = ? AND record_id IN "
                    "(SELECT value FROM json_each(?))",
                    (e.table, ids),
                )
                self.db.conn.execute(
                    f"DELETE FROM {e.table} WHERE id IN (SELECT value FROM json_each(?))", (ids,)
                )
            youth_index.forget(self.db.conn, jeune_id)
            self.db.conn.execute("DELETE FROM draft WHERE jeune_id = ?", (jeune_id,))
            self.db.log("synchronisation", "jeune", jeune_id)

    # --- a deletion in conflict (a record deleted here, edited elsewhere, or the reverse) -------

    def restore(
        self,
        table: str,
        record_id: str,
        values: Mapping[str, StoredValue],
        resolved: Iterable[str] = (),
    ) -> None:
        """Bring a deleted record back (or keep one whose deletion is in conflict) with ``values``
        (stored form), closing the conflicts of the fields in ``resolved``.

        Checked like any edit: the record as restored must be valid and every record it refers
        to must exist, otherwise ``ValidationError`` and nothing is written.
        """
        e = entity(table)
        with self.db.transaction():
            row = self._stored(table, record_id)
            changes: dict[str, StoredValue] = {k: v for k, v in values.items() if e.has_field(k)}
            merged = {**row, **changes, DELETED: 0}
            check_record(e, merged, self.today)
            self._check_refs(e, merged)
            self._resolve(e, row, {**changes, DELETED: 0}, resolved)
            self.db.known_refs.add((table, record_id))

    def confirm_deletion(self, table: str, record_id: str, resolved: Iterable[str] = ()) -> None:
        """The deletion stands. A live record is deleted; on a tombstone, the values written
        meanwhile elsewhere (the fields in ``resolved``) are superseded: blanked under a new dot
        given to the deletion too, so the choice travels like any edit."""
        e = entity(table)
        with self.db.transaction():
            row = self._stored(table, record_id)
            if not row["_deleted"]:
                self.delete(table, record_id)
                return
            fields = list(resolved)
            changes: dict[str, StoredValue] = dict.fromkeys(f for f in fields if e.has_field(f))
            changes[DELETED] = 1
            self._resolve(e, row, changes, fields)
            self.db.known_refs.discard((table, record_id))

    def _stored(self, table: str, record_id: str) -> Row:
        record = self.get(table, record_id, include_deleted=True)
        if record is None:
            raise NotFound()
        return record

    def _resolve(
        self, e: Entity, row: Row, changes: Mapping[str, StoredValue], resolved: Iterable[str]
    ) -> None:
        """One resolution write: a new dot for every value written, the conflicts closed, the
        history (origin "résolution") and the access log."""
        dot = self.db.next_dot()
        versions = VersionMap.parse(row["_v"])
        names = [k for k in changes if k == DELETED or e.has_field(k)]
        versions.assign(names, dot)
        record = {**row, **{k: changes[k] for k in names}, "_v": versions.dump()}
        record[DELETED] = int(record.get(DELETED) or 0)
        write_row(self.db, e, record, insert=False)
        conflicts.close(self.db, e.table, row["id"], resolved)
        changed = [(k, row.get(k), changes[k]) for k in names if k != DELETED]
        record_history(
            self.db, e.table, row["id"], [c for c in changed if c[1] != c[2]], dot, "résolution"
        )
        self.db.log("resolution", e.table, row["id"])

    # --- drafts (local only, never synced) -----------------------------------------------------

    def save_draft(
        self, draft_id: str, kind: str, jeune_id: str | None, content: Mapping[str, Any]
    ) -> None:
        from datetime import UTC, datetime

        with self.db.transaction():
            self.db.conn.execute(
                "INSERT OR REPLACE INTO draft(id, kind, jeune_id, content, updated_at) "
                "VALUES (?, ?, ?, ?, ?)",
                (
                    draft_id,
                    kind,
                    jeune_id,
                    json.dumps(content, ensure_ascii=False),
                    datetime.now(UTC).isoformat(timespec="seconds"),
                ),
            )

    def load_draft(self, draft_id: str) -> dict[str, Any] | None:
        row = self.db.conn.execute("SELECT content FROM draft WHERE id = ?", (draft_id,)).fetchone()
        return None if row is None else dict(json.loads(row[0]))

    def drafts(self, kind: str | None = None) -> builtins.list[Row]:
        sql = "SELECT id, kind, jeune_id, content, updated_at FROM draft"
        params: tuple[str, ...] = ()
        if kind:
            sql += " WHERE kind = ?"
            params = (kind,)
        return [
            dict(zip(("id", "kind", "jeune_id", "content", "updated_at"), r, strict=True))
            for r in self.db.conn.execute(sql + " ORDER BY updated_at DESC", params)
        ]

    def discard_draft(self, draft_id: str) -> None:
        with self.db.transaction():
            self.db.conn.execute("DELETE FROM draft WHERE id = ?", (draft_id,))
