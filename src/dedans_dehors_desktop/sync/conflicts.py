"""Conflicts are for people: listing them with who wrote what, where and when, and resolving.

A resolution is an ordinary write with a new dot that supersedes every value of the conflict, so
it travels like any edit and closes the conflict on every installation; it is kept in the
record's history (origin "résolution"). On a live record the repository's ``update`` does it.
A record deleted on one installation and edited on another is a tombstone holding the edited
values in conflict: the person either confirms the deletion or restores the record, through
the repository's ``confirm_deletion`` and ``restore`` (the write path's checks, versions,
history and access log).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from ..core.dates import format_fr
from ..core.entities import ENTITIES, JEUNE, Entity, Field
from ..core.hlc import hlc_to_datetime
from ..core.i18n import tr
from ..core.validation import StoredValue, normalise_changes
from ..storage import conflicts
from ..storage.database import Database
from ..storage.store import Store
from ..storage.versions import DELETED, VersionMap
from .devices import own_label, stored_registry
from .orphans import CHILD_TABLES, refresh_orphans
from .state import ORPHANS, decode_values, read_row

_CASCADE_WINDOW_MS = 60_000


def _t(text: str) -> str:
    return tr("Synchronisation", text)


@dataclass(frozen=True)
class ConflictValue:
    value: StoredValue
    text: str
    author: str
    replica: str
    device: str
    when: datetime | None
    provisional: bool


@dataclass(frozen=True)
class Conflict:
    table: str
    record_id: str
    field: str
    kind: str  # 'field' | 'deleted' | 'orphans'
    table_label: str
    field_label: str
    jeune_id: str | None
    youth: str
    record_deleted: bool
    values: tuple[ConflictValue, ...]

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.table, self.record_id, self.field)


def count_conflicts(db: Database) -> int:
    return int(db.conn.execute("SELECT count(*) FROM conflict").fetchone()[0])


def device_names(db: Database) -> dict[str, str]:
    """Replica id → the label of the device it belongs to (this one: its own label)."""
    names: dict[str, str] = {}
    registry = stored_registry(db)
    for device in registry[1] if registry else []:
        for replica in device.get("replicas", []):
            names[str(replica)] = str(device["label"])
    names.update(
        {
            str(r): str(label)
            for r, label in db.conn.execute(
                "SELECT r.replica, d.label FROM sync_replica r JOIN sync_device d USING (device_id)"
            )
        }
    )
    names[db.replica_id] = own_label(db) or _t("ce poste")
    return names


def list_conflicts(db: Database) -> list[Conflict]:
    names = device_names(db)
    out = []
    rows = db.conn.execute(
        "SELECT tbl, record_id, field, vals FROM conflict "
        "ORDER BY detected_hlc, tbl, record_id, field"
    ).fetchall()
    for table, record_id, name, vals in rows:
        e = ENTITIES.get(table)
        if e is None:
            continue
        row = read_row(db, e, record_id)
        if row is None:
            continue
        out.append(_describe(db, e, row, name, vals, names))
    return out


def get_conflict(db: Database, table: str, record_id: str, name: str) -> Conflict | None:
    found = db.conn.execute(
        "SELECT vals FROM conflict WHERE tbl = ? AND record_id = ? AND field = ?",
        (table, record_id, name),
    ).fetchone()
    e = ENTITIES.get(table)
    row = read_row(db, e, record_id) if e else None
    if found is None or e is None or row is None:
        return None
    return _describe(db, e, row, name, found[0], device_names(db))


def _describe(
    db: Database, e: Entity, row: dict[str, Any], name: str, vals: str, names: dict[str, str]
) -> Conflict:
    kind = "orphans" if name == ORPHANS else "deleted" if name == DELETED else "field"
    field = e.field(name) if e.has_field(name) else None
    values = []
    for i, (value, dot) in enumerate(decode_values(vals)):
        values.append(
            ConflictValue(
                value,
                _value_text(db, kind, field, value),
                dot.author,
                dot.replica,
                names.get(dot.replica, dot.replica),
                hlc_to_datetime(dot.hlc) if dot.hlc else None,
                i == 0,
            )
        )
    jeune_id = row["id"] if e is JEUNE else row.get("jeune_id")
    if kind == "orphans":
        label = _t("Dossier supprimé / complété ailleurs")
    elif kind == "deleted":
        label = _t("Suppression de la fiche")
    else:
        label = tr("Champs", field.label) if field else name
    return Conflict(
        e.table,
        row["id"],
        name,
        kind,
        tr("Entités", e.label),
        label,
        jeune_id,
        youth_name(db, jeune_id),
        bool(row["_deleted"]),
        tuple(values),
    )


def youth_name(db: Database, jeune_id: str | None) -> str:
    if not jeune_id:
        return ""
    row = db.conn.execute(
        "SELECT prenoms, nom_usage, nom_naissance, _deleted, _v FROM jeune WHERE id = ?",
        (jeune_id,),
    ).fetchone()
    if row is None:
        return ""
    prenoms, usage, naissance, deleted, _ = row
    if deleted and not (prenoms or usage or naissance):
        restored = _restorable(db, JEUNE, jeune_id)
        prenoms, usage, naissance = (
            restored.get("prenoms"),
            restored.get("nom_usage"),
            restored.get("nom_naissance"),
        )
    text = " ".join(str(p) for p in (prenoms, usage or naissance) if p)
    return text or _t("(dossier sans nom)")


def _value_text(db: Database, kind: str, f: Field | None, value: StoredValue) -> str:
    if kind == "orphans":
        return _t("Dossier supprimé") if value == 1 else _t("Nouvelles fiches ajoutées au dossier")
    if kind == "deleted":
        return _t("Fiche supprimée") if value == 1 else _t("Fiche conservée")
    return display_value(db, f, value)


def display_value(db: Database, f: Field | None, value: StoredValue) -> str:
    if value is None:
        return _t("(vide)")
    if f is None:
        return str(value)
    try:
        if f.kind == "enum" and f.choices is not None:
            return f.choices.label(str(value))
        if f.kind == "enumset" and f.choices is not None:
            return ", ".join(f.choices.label(c) for c in json.loads(str(value)))
        if f.kind == "bool":
            return _t("Oui") if value else _t("Non")
        if f.kind == "date":
            return format_fr(date.fromisoformat(str(value)))
        if f.kind == "ref" and f.ref:
            return _ref_text(db, f.ref, str(value))
    except (ValueError, TypeError):
        pass
    return str(value)


def _ref_text(db: Database, table: str, record_id: str) -> str:
    if table == "jeune":
        return youth_name(db, record_id)
    column = "libelle" if table == "objectif" else "nom"
    row = db.conn.execute(f"SELECT {column} FROM {table} WHERE id = ?", (record_id,)).fetchone()
    return str(row[0]) if row and row[0] else _t("(fiche liée introuvable)")


# --- resolving ------------------------------------------------------------------------------


def choose(store: Store, conflict: Conflict, value: Any) -> None:
    """Keep ``value`` (one of the values shown, or one typed by the person)."""
    if conflict.kind == "orphans" or (conflict.kind == "deleted" and value in (0, 1)):
        (restore if value in (0, False) else confirm_deletion)(store, conflict)
        return
    if conflict.record_deleted:
        if value is None:
            confirm_deletion(store, conflict)
        else:
            restore(store, conflict, {conflict.field: value})
        return
    store.repo.update(conflict.table, conflict.record_id, {conflict.field: value})


def confirm_deletion(store: Store, conflict: Conflict) -> None:
    """The deletion stands: the other values are superseded (the added records deleted)."""
    db = store.db
    with db.transaction():
        if conflict.kind == "orphans":
            for table in CHILD_TABLES:
                for (child_id,) in db.conn.execute(
                    f"SELECT id FROM {table} WHERE jeune_id = ? AND _deleted = 0",
                    (conflict.record_id,),
                ).fetchall():
                    store.repo.delete(table, child_id)
            refresh_orphans(db, [conflict.record_id])
            db.log("resolution", conflict.table, conflict.record_id)
            return
        if read_row(db, ENTITIES[conflict.table], conflict.record_id) is None:
            return
        fields = conflicts.fields_of(db, conflict.table, conflict.record_id)
        store.repo.confirm_deletion(
            conflict.table, conflict.record_id, [f for f in fields if f != ORPHANS]
        )


def restore(store: Store, conflict: Conflict, chosen: dict[str, Any] | None = None) -> None:
    """Bring the record back (and, for a case file, the records deleted with it), with the
    values it had before the deletion and the edits made meanwhile. Refused with
    ``ValidationError`` (nothing written) when the record would be invalid or refer to a record
    that does not exist."""
    db = store.db
    with db.transaction():
        if conflict.kind == "orphans":
            _restore(store, JEUNE, conflict.record_id, {})
        else:
            _restore(store, ENTITIES[conflict.table], conflict.record_id, chosen or {})


def _restore(store: Store, e: Entity, record_id: str, chosen: dict[str, Any]) -> None:
    db = store.db
    row = read_row(db, e, record_id)
    if row is None:
        return
    if e.owned_by_youth and row.get("jeune_id"):
        youth = read_row(db, JEUNE, str(row["jeune_id"]))
        if youth is not None and youth["_deleted"]:
            _restore(store, JEUNE, str(row["jeune_id"]), {})
            row = read_row(db, e, record_id)
            assert row is not None
    fields = conflicts.fields_of(db, e.table, record_id)
    changes: dict[str, StoredValue] = {}
    if row["_deleted"]:
        changes.update(_restorable(db, e, record_id))
    for name in fields:
        if name in (DELETED, ORPHANS) or not e.has_field(name):
            continue
        found = db.conn.execute(
            "SELECT vals FROM conflict WHERE tbl = ? AND record_id = ? AND field = ?",
            (e.table, record_id, name),
        ).fetchone()
        kept = [v for v, _ in decode_values(found[0]) if v is not None] if found else []
        if kept:
            changes[name] = kept[0]
    changes.update(normalise_changes(e, chosen, store.repo.today) if chosen else {})
    if row["_deleted"] or fields:
        # The orphans pseudo-field is derived, never closed by a write: refreshed below.
        store.repo.restore(e.table, record_id, changes, [f for f in fields if f != ORPHANS])
    if e is JEUNE:
        _restore_cascade(store, row)
        refresh_orphans(db, [record_id])
    elif row.get("jeune_id"):
        refresh_orphans(db, [str(row["jeune_id"])])


def _restore_cascade(store: Store, youth_row: dict[str, Any]) -> None:
    """Records deleted together with the youth (same installation, the same moment)."""
    deletion = VersionMap.parse(youth_row["_v"]).dot_of(DELETED)
    if deletion is None or not youth_row["_deleted"]:
        return
    window = _CASCADE_WINDOW_MS << 16
    for table in CHILD_TABLES:
        e = ENTITIES[table]
        for child_id, versions in store.db.conn.execute(
            f"SELECT id, _v FROM {table} WHERE jeune_id = ? AND _deleted = 1", (youth_row["id"],)
        ).fetchall():
            dot = VersionMap.parse(versions).dot_of(DELETED)
            if (
                dot
                and dot.replica == deletion.replica
                and dot.counter < deletion.counter
                and deletion.hlc - window <= dot.hlc <= deletion.hlc
            ):
                _restore(store, e, child_id, {})


def _restorable(db: Database, e: Entity, record_id: str) -> dict[str, StoredValue]:
    """The values the deletion blanked, from the field history."""
    out: dict[str, StoredValue] = {}
    for f in e.fields:
        found = db.conn.execute(
            "SELECT old FROM history WHERE tbl = ? AND record_id = ? AND field = ? "
            "AND new IS NULL AND old IS NOT NULL ORDER BY id DESC LIMIT 1",
            (e.table, record_id, f.name),
        ).fetchone()
        if found is not None:
            if f.kind in ("int", "bool"):
                try:
                    out[f.name] = int(found[0])
                except ValueError:
                    continue
            else:
                out[f.name] = str(found[0])
    return out
