"""The directories a Mission Locale keeps: establishments, partners, dispositifs, referents.

Create, edit, search, retire and bring back. An entry some record refers to is never deleted:
it is retired (no longer offered for new records, still shown where it is used). Entries are
shared reference rows (``owned_by_youth=False``), so they reach every laptop with each bundle.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ..core.entities import DIRECTORY_TABLES, ENTITIES, JEUNE
from ..core.errors import UserError, ValidationError
from ..core.i18n import tr
from ..core.textnorm import fold
from ..storage.store import Store

__all__ = [
    "DIRECTORY_TABLES",
    "DirectoryImport",
    "Entry",
    "choices",
    "create",
    "delete",
    "display_name",
    "entries",
    "find_by_name",
    "import_file",
    "retire",
    "title",
    "update",
    "usage",
]

_CTX = "Annuaires"


@dataclass(frozen=True)
class Entry:
    """One directory entry as lists show it: its record, its name and how many records use it."""

    id: str
    name: str
    retired: bool
    uses: int
    record: dict[str, Any]


def _check_table(table: str) -> None:
    if table not in DIRECTORY_TABLES:
        raise ValueError(table)


def display_name(table: str, record: Mapping[str, Any]) -> str:
    """The name an entry is shown and matched by (a referent: "Prénom Nom")."""
    if table == "referent":
        parts = (record.get("prenom"), record.get("nom"))
        return " ".join(p for p in parts if isinstance(p, str) and p)
    return str(record.get("nom") or "")


def _referent_key(record: Mapping[str, Any]) -> set[str]:
    """The folded names a case file may use for a referent ("Prénom Nom", "Nom", "Nom Prénom")."""
    nom, prenom = str(record.get("nom") or ""), str(record.get("prenom") or "")
    keys = {fold(nom), fold(f"{prenom} {nom}"), fold(f"{nom} {prenom}")}
    return {k.strip() for k in keys if k.strip()}


def usage(store: Store, table: str, record_id: str) -> int:
    """How many live records refer to the entry (a referent: youths and accompaniments naming
    them)."""
    _check_table(table)
    conn = store.db.conn
    total = 0
    with store.db.lock:
        if table == "referent":
            record = store.repo.get(table, record_id)
            if record is None:
                return 0
            keys = _referent_key(record)
            for source in (JEUNE.table, "accompagnement"):
                for (name,) in conn.execute(
                    f"SELECT referent FROM {source} WHERE _deleted = 0 AND referent IS NOT NULL"
                ):
                    total += fold(name) in keys
            return total
        for e in ENTITIES.values():
            for f in e.fields:
                if f.kind == "ref" and f.ref == table:
                    total += conn.execute(
                        f"SELECT count(*) FROM {e.table} WHERE {f.name} = ? AND _deleted = 0",
                        (record_id,),
                    ).fetchone()[0]
    return total


def entries(
    store: Store, table: str, search: str = "", *, include_retired: bool = True
) -> list[Entry]:
    """The entries whose name (or, for a partner, contact) holds every word of ``search``."""
    _check_table(table)
    words = fold(search).split()
    with store.db.lock:
        rows = store.repo.list(table)
    out: list[Entry] = []
    for row in rows:
        name = display_name(table, row)
        searched = ("nom", "prenom", "ville", "contact")
        haystack = fold(" ".join(str(row.get(k) or "") for k in searched))
        if any(w not in haystack for w in words):
            continue
        retired = bool(row.get("retire"))
        if retired and not include_retired:
            continue
        out.append(Entry(row["id"], name, retired, usage(store, table, row["id"]), row))
    out.sort(key=lambda e: (e.retired, fold(e.name)))
    return out


def choices(store: Store, table: str, keep: str | None = None) -> list[tuple[str, str]]:
    """(id, name) offered for a new record: the active entries, plus ``keep`` (the value a
    record already holds) even if retired, so that editing a record does not lose it."""
    _check_table(table)
    with store.db.lock:
        rows = store.repo.list(table)
    items = [
        (r["id"], display_name(table, r)) for r in rows if not r.get("retire") or r["id"] == keep
    ]
    return sorted(items, key=lambda item: fold(item[1]))


def find_by_name(store: Store, table: str, name: str) -> dict[str, Any] | None:
    """The live entry with this name (case and accents ignored), retired or not."""
    _check_table(table)
    key = fold(name).strip()
    with store.db.lock:
        rows = store.repo.list(table)
    for row in rows:
        if fold(display_name(table, row)).strip() == key:
            return row
        if table == "referent" and key in _referent_key(row):
            return row
    return None


def _refuse_same_name(
    store: Store, table: str, values: Mapping[str, Any], record_id: str | None
) -> None:
    name = display_name(table, {k: v for k, v in values.items() if isinstance(v, str)})
    if not name.strip():
        return
    other = find_by_name(store, table, name)
    if other is not None and other["id"] != record_id:
        raise ValidationError(
            tr(_CTX, "« {nom} » existe déjà dans l'annuaire.").format(nom=name), "nom"
        )


def create(store: Store, table: str, values: Mapping[str, Any], *, action: str = "creation") -> str:
    """A new entry; two active entries never share a name."""
    _check_table(table)
    _refuse_same_name(store, table, values, None)
    with store.db.lock:
        return store.repo.create(table, dict(values), action=action)


def update(store: Store, table: str, record_id: str, changes: Mapping[str, Any]) -> bool:
    _check_table(table)
    with store.db.lock:
        current = store.repo.require(table, record_id)
    merged = {**current, **changes}
    _refuse_same_name(store, table, merged, record_id)
    with store.db.lock:
        return store.repo.update(table, record_id, dict(changes))


def retire(store: Store, table: str, record_id: str, retired: bool = True) -> bool:
    """Retire an entry (or bring it back): kept for the records that use it, no longer offered."""
    return update(store, table, record_id, {"retire": retired})


def delete(store: Store, table: str, record_id: str) -> None:
    """Delete an entry nobody refers to; one still in use must be retired instead."""
    _check_table(table)
    uses = usage(store, table, record_id)
    if uses:
        raise UserError(
            (
                tr(_CTX, "Cette entrée est utilisée par {n} fiche : retirez-la plutôt.")
                if uses == 1
                else tr(_CTX, "Cette entrée est utilisée par {n} fiches : retirez-la plutôt.")
            ).format(n=uses)
        )
    with store.db.lock:
        store.repo.delete(table, record_id)


# --- import from a spreadsheet ---------------------------------------------------------------


@dataclass(frozen=True)
class DirectoryImport:
    created: int
    present: int


def _title_key(text: str) -> str:
    return "".join(ch for ch in fold(text) if ch.isalnum())


def _columns(table: str) -> dict[str, str]:
    """Accepted column titles (folded, no spaces) to field names: the name or the label."""
    e = ENTITIES[table]
    out: dict[str, str] = {}
    for f in e.fields:
        if f.kind == "json":
            continue
        out[_title_key(f.name)] = f.name
        out[_title_key(tr("Champs", f.label))] = f.name
    out[_title_key("retire")] = "retire"
    return out


def _cell_value(table: str, name: str, raw: str) -> Any:
    f = ENTITIES[table].field(name)
    text = raw.strip()
    if f.kind == "bool":
        return fold(text) in ("oui", "o", "x", "1", "vrai", "yes")
    if f.kind == "enum" and f.choices is not None and text:
        for code, label in f.choices.labelled():
            if fold(text) in (fold(code), fold(label)):
                return code
        return text  # refused by the validation, with the field's name
    return text or None


def import_file(store: Store, table: str, data: bytes, filename: str) -> DirectoryImport:
    """Add the entries of a CSV or .xlsx file (first sheet): all or none; an entry already in
    the directory (same name) is left as it is, so importing twice adds nothing."""
    from ..core.errors import InputRejected
    from ..core.validation import check_record, normalise_changes
    from ..intake.reading import read_csv
    from ..intake.workbook import is_workbook, read_xlsx

    _check_table(table)
    if is_workbook(data) or filename.lower().endswith(".xlsx"):
        sheets = read_xlsx(data)
        records = sheets[0].records if sheets else []
    else:
        records = list(read_csv(data).records)
    records = [r for r in records if any(c.strip() for c in r.cells)]
    if not records:
        raise InputRejected(tr(_CTX, "Le fichier est vide. Rien n'a été importé."))
    known = _columns(table)
    header = {i: known.get(_title_key(c)) for i, c in enumerate(records[0].cells)}
    if "nom" not in header.values():
        raise InputRejected(
            tr(_CTX, "Colonne « nom » absente de la première ligne. Rien n'a été importé.")
        )
    e = ENTITIES[table]
    errors: list[str] = []
    todo: list[dict[str, Any]] = []
    seen: set[str] = set()
    present = 0
    for record in records[1:]:
        values = {
            name: _cell_value(table, name, record.cells[i])
            for i, name in header.items()
            if name and i < len(record.cells)
        }
        try:
            norm = normalise_changes(e, values, store.repo.today)
            check_record(e, {f.name: None for f in e.fields} | norm, store.repo.today)
        except ValidationError as exc:
            errors.append(
                tr(_CTX, "Ligne {line} : {error}").format(line=record.line, error=exc.message)
            )
            continue
        name = fold(display_name(table, values))
        if name in seen or find_by_name(store, table, display_name(table, values)) is not None:
            present += 1
            continue
        seen.add(name)
        todo.append(values)
    if errors:
        raise InputRejected("\n".join([*errors, tr(_CTX, "Rien n'a été importé.")]))
    if not todo and not present:
        raise InputRejected(
            tr(_CTX, "Le fichier ne contient aucune ligne à importer. Rien n'a été importé.")
        )
    with store.db.lock, store.db.transaction():
        for values in todo:
            store.repo.create(table, values, action="import")
    return DirectoryImport(len(todo), present)


def title(table: str) -> str:
    """The directory's name for one entry ("Établissement"), translated."""
    return tr("Entités", ENTITIES[table].label)
