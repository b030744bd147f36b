"""A record's sync state as stored locally: row values, ``_v``, ``conflict`` rows, ``_extra``,
``_ctx``; read into a ``RecordState`` and written back through the write path's row helpers.

Stored form of a register: the provisional value in the column and its dot in ``_v``; when the
register holds several values, all of them in the ``conflict`` table. Registers of fields this
version does not know live in ``_extra`` as ``{field: [[value, replica, counter, hlc, author]]}``
and travel on unchanged.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Final

from ..core.entities import ENTITIES, Entity
from ..core.validation import StoredValue
from ..storage import conflicts
from ..storage.database import Database
from ..storage.repository import record_history, select_sql, write_context
from ..storage.repository import row_to_dict as to_row
from ..storage.versions import DELETED, Dot
from . import rows
from .registers import Context, RecordState, Register, context_of, join_contexts
from .rows import Inserts

Row = dict[str, Any]

# Conflicts this layer derives (never a field, never exported): a case file deleted on one
# installation while new records were added to it on another.
ORPHANS = "_fiches_ajoutees"

# One encoder each: ``json.dumps`` with options builds a new one per call.
_COMPACT: Final = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))
_CONTEXT: Final = json.JSONEncoder(separators=(",", ":"), sort_keys=True)


def encode_values(register: Register) -> str:
    return json.dumps(
        [[v, d.replica, d.counter, d.hlc, d.author] for v, d in register],
        ensure_ascii=False,
        separators=(",", ":"),
    )


def decode_values(text: str) -> Register:
    return tuple((v, Dot(str(r), int(c), int(h), str(a))) for v, r, c, h, a in json.loads(text))


def parse_context(text: str | None) -> Context:
    if not text:
        return {}
    return {str(k): int(v) for k, v in json.loads(text).items()}


def dump_context(ctx: Mapping[str, int]) -> str:
    return _CONTEXT.encode(ctx)


def load_conflicts(
    db: Database, table: str, ids: Iterable[str] | None = None
) -> dict[str, dict[str, Register]]:
    """Open conflicts of real fields (and ``_deleted``), by record id then field."""
    sql = "SELECT record_id, field, vals FROM conflict WHERE tbl = ? AND field != ?"
    params: tuple[Any, ...] = (table, ORPHANS)
    if ids is not None:
        sql += " AND record_id IN (SELECT value FROM json_each(?))"
        params = (*params, json.dumps(sorted(set(ids))))
    out: dict[str, dict[str, Register]] = {}
    for record_id, name, vals in db.conn.execute(sql, params):
        out.setdefault(record_id, {})[name] = decode_values(vals)
    return out


def local_state(
    e: Entity, row: Row, conflicts: Mapping[str, Register] | None = None
) -> RecordState:
    registers: dict[str, Register] = {}
    for replica, counter, hlc, author, names in json.loads(row["_v"]) if row["_v"] else ():
        dot = Dot(str(replica), int(counter), int(hlc), str(author))
        for name in names:
            if name == DELETED or e.has_field(name):
                registers[name] = ((row[name], dot),)
    if conflicts:
        registers.update(conflicts)
    if row.get("_extra"):
        for name, vals in json.loads(row["_extra"]).items():
            if name != DELETED and not e.has_field(name):
                registers[name] = tuple(
                    (v, Dot(str(r), int(c), int(h), str(a))) for v, r, c, h, a in vals
                )
    ctx = join_contexts(parse_context(row.get("_ctx")), context_of(registers))
    return RecordState(e.table, row["id"], ctx, registers)


def read_row(db: Database, e: Entity, record_id: str) -> Row | None:
    found = db.conn.execute(f"{select_sql(e)} WHERE id = ?", (record_id,)).fetchone()
    return None if found is None else to_row(e, found)


def read_state(db: Database, table: str, record_id: str) -> RecordState | None:
    e = ENTITIES[table]
    row = read_row(db, e, record_id)
    if row is None:
        return None
    return local_state(e, row, load_conflicts(db, table, [record_id]).get(record_id))


@dataclass
class WriteResult:
    written: bool = False
    inserted: bool = False
    seq: int = 0
    conflicts_opened: list[str] = field(default_factory=list)
    conflicts_closed: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class _Layout:
    """A table's versioned registers in column order (``_deleted`` last), and its fields."""

    versioned: tuple[str, ...]
    columns: tuple[str, ...]
    known: frozenset[str]


_LAYOUTS: Final = {
    e.table: _Layout(
        (*e.column_names, DELETED), tuple(e.column_names), frozenset((*e.column_names, DELETED))
    )
    for e in ENTITIES.values()
}


def _row_from_state(e: Entity, state: RecordState) -> Row:
    layout = _LAYOUTS[e.table]
    registers = state.registers
    record: Row = dict.fromkeys(layout.columns)
    # Grouped by dot object first (a parsed record's registers share them), then by equal dot.
    by_id: dict[int, tuple[Dot, list[str]]] = {}
    get = registers.get
    for name in layout.versioned:
        register = get(name)
        if register:
            value, dot = register[0]
            record[name] = value
            group = by_id.get(id(dot))
            if group is None:
                by_id[id(dot)] = (dot, [name])
            else:
                group[1].append(name)
    groups = list(by_id.values())
    if len(groups) > 1 and len({dot for dot, _ in groups}) < len(groups):
        by_dot: dict[Dot, list[str]] = {}
        for dot, names in groups:
            by_dot.setdefault(dot, []).extend(names)
        groups = list(by_dot.items())
    # The same text as VersionMap.dump() gives for these assignments, built in one pass.
    versions = _COMPACT.encode(
        [[d.replica, d.counter, d.hlc, d.author, sorted(names)] for d, names in groups]
    )
    unknown = [name for name in registers if name not in layout.known]
    extra = None
    if unknown:
        extra = _COMPACT.encode(
            {
                name: [[v, d.replica, d.counter, d.hlc, d.author] for v, d in registers[name]]
                for name in sorted(unknown)
            }
        )
    record["id"] = state.id
    record[DELETED] = int(record.get(DELETED) or 0)
    record["_v"] = versions
    record["_extra"] = extra
    return record


def stored_context(state: RecordState) -> str:
    return dump_context(state.ctx)


def write_state(
    db: Database,
    old_row: Row | None,
    old: RecordState | None,
    new: RecordState,
    *,
    origin: str = "synchronisation",
    inserts: Inserts | None = None,
) -> WriteResult:
    """Store ``new`` in place of ``old``; nothing is written when nothing changed.

    Context-only changes update ``_ctx`` without a new change sequence, so that a record does
    not bounce between installations that already agree on it. With ``inserts``, a new row waits
    there for a batched insert.
    """
    e = ENTITIES[new.table]
    result = WriteResult()
    same_registers = old is not None and old.registers == new.registers
    if same_registers and old is not None and old.ctx == new.ctx:
        return result
    if same_registers:
        write_context(db, e, new.id, stored_context(new))
        return result
    record = _row_from_state(e, new)
    record["_ctx"] = stored_context(new)
    if old_row is None:
        if inserts is not None:
            inserts.add(e, record)
        else:
            batch = Inserts(db)
            batch.add(e, record)
            batch.flush()
    else:
        rows.update(db, e, record)
    result.seq = int(record["_seq"])
    result.written = True
    result.inserted = old_row is None
    _store_conflicts(db, e, old, new, result)
    if old_row is not None:
        _record_history(db, e, old_row, new, origin, set(result.conflicts_closed))
    return result


def _store_conflicts(
    db: Database, e: Entity, old: RecordState | None, new: RecordState, result: WriteResult
) -> None:
    if old is None and max(map(len, new.registers.values()), default=0) <= 1:
        return  # a new record with one value per field: no conflict to open or close
    for name in _LAYOUTS[e.table].versioned:
        before = old.registers.get(name, ()) if old else ()
        after = new.registers.get(name, ())
        if len(after) > 1:
            if after != before:
                conflicts.put(db, e.table, new.id, name, encode_values(after))
                result.conflicts_opened.append(name)
        elif len(before) > 1:
            conflicts.close(db, e.table, new.id, [name])
            result.conflicts_closed.append(name)


def _record_history(
    db: Database, e: Entity, old_row: Row, new: RecordState, origin: str, closed: set[str]
) -> None:
    """Changed values, and conflicts closed elsewhere (kept even when the value shown stays)."""
    by_dot: dict[tuple[Dot, str], list[tuple[str, StoredValue, StoredValue]]] = {}
    for name in _LAYOUTS[e.table].columns:
        register = new.registers.get(name)
        value = register[0][0] if register else None
        if register and (value != old_row[name] or name in closed):
            how = "résolution" if name in closed else origin
            by_dot.setdefault((register[0][1], how), []).append((name, old_row[name], value))
    for (dot, how), changes in by_dot.items():
        record_history(db, e.table, new.id, changes, dot, how)
