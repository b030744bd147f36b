"""Collecting everything stored about one youth into a JSON-ready structure.

The reads themselves are storage's (``storage.access_reads``); here they are put in the shape
both outputs share, with fixed key names, each value both as stored and as a person reads it.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import UTC, date, datetime
from typing import Any

from ...core.dates import format_fr
from ...core.entities import ENTITIES, JEUNE, Entity, Field
from ...core.errors import NotFound
from ...core.hlc import hlc_to_datetime
from ...core.i18n import tr
from ...storage import access_reads
from ...storage.access_log import ACTIONS
from ...storage.database import Database
from ...storage.repository import Row
from ..summary_select import structure_identity

__all__ = ["FORMAT", "FORMAT_VERSION", "collect_access_data", "stored_json"]

_CTX = "Droit d'accès"

FORMAT = "dedans-dehors/droit-d-acces"
FORMAT_VERSION = 1

_OWNED = tuple(e for e in ENTITIES.values() if e.owned_by_youth)
_REFERENCE_NAME = {
    "etablissement": "nom",
    "partenaire": "nom",
    "dispositif": "nom",
    "objectif": "libelle",
    "jeune": "prenoms",
}


def stored_json(value: Any) -> Any:
    if not isinstance(value, str):
        return value
    try:
        return json.loads(value)
    except ValueError:
        return value


def _machine_value(f: Field, value: Any) -> Any:
    """The stored value in JSON terms: lists and objects parsed, booleans as true/false."""
    if value is None:
        return None
    if f.kind in ("enumset", "json"):
        return stored_json(value)
    if f.kind == "bool" and str(value) in ("0", "1"):
        return str(value) == "1"
    return value


class _Names:
    """Names of referenced records, read once each (a youth with 500 actualités names the same
    establishment 500 times)."""

    def __init__(self, db: Database) -> None:
        self._db = db
        self._cache: dict[tuple[str, str], str] = {}

    def __call__(self, table: str, record_id: str) -> str:
        key = (table, record_id)
        if key not in self._cache:
            column = _REFERENCE_NAME.get(table)
            name = ""
            if column is not None and table in ENTITIES:
                name = access_reads.reference_name(self._db, table, column, record_id) or ""
            self._cache[key] = name
        return self._cache[key]


def _yes_no(value: bool) -> str:
    return tr(_CTX, "oui") if value else tr(_CTX, "non")


def _display(f: Field, value: Any, names: _Names) -> str:
    """The value as a person reads it: French labels, jj/mm/aaaa dates, referenced names."""
    if value is None or value == "":
        return ""
    kind = f.kind
    if kind == "enum" and f.choices is not None:
        return f.choices.label(str(value))
    if kind == "enumset" and f.choices is not None:
        codes = stored_json(value)
        if isinstance(codes, list):
            return ", ".join(f.choices.label(str(code)) for code in codes)
        return str(value)
    if kind == "bool":
        return _yes_no(str(value) in ("1", "True", "true"))
    if kind == "date":
        try:
            return format_fr(date.fromisoformat(str(value)))
        except ValueError:
            return str(value)
    if kind == "ref" and f.ref:
        name = names(f.ref, str(value))
        return name or str(value)
    if kind == "json":
        parsed = stored_json(value)
        if isinstance(parsed, dict | list):
            return json.dumps(parsed, ensure_ascii=False, sort_keys=True)
        return str(value)
    return str(value)


def _exported_columns(e: Entity) -> list[str]:
    # Sync bookkeeping (_v, _seq, _ctx) says which replica wrote what, already in the history.
    return ["id", *e.column_names, "_deleted", "_extra"]


def _owned_rows(db: Database, e: Entity, jeune_id: str) -> list[Row]:
    # Deleted records included: their history still holds the values they had.
    rows = access_reads.owned_rows(db, e.table, _exported_columns(e), jeune_id)
    if e.has_field("date"):
        # Chronological, as the person lived it; creation order breaks ties.
        rows.sort(key=lambda r: (str(r.get("date") or ""), str(r.get("heure") or "")))
    return rows


def _history(db: Database, e: Entity, record_id: str, names: _Names) -> list[dict[str, Any]]:
    lines: list[dict[str, Any]] = []
    for name, old, new, author, replica, hlc, origin in access_reads.history_lines(
        db, e.table, record_id
    ):
        f = e.field(name) if e.has_field(name) else None
        lines.append(
            {
                "champ": name,
                "libelle": tr("Champs", f.label) if f else name,
                "ancienne_valeur": old,
                "nouvelle_valeur": new,
                "ancien_texte": _display(f, old, names) if f else (old or ""),
                "nouveau_texte": _display(f, new, names) if f else (new or ""),
                "auteur": author,
                "poste": replica,
                "date": hlc_to_datetime(int(hlc)).isoformat(timespec="seconds"),
                "origine": origin,
            }
        )
    return lines


def _conflicts(db: Database, e: Entity, record_id: str) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    for name, vals in access_reads.conflict_values(db, e.table, record_id):
        f = e.field(name) if e.has_field(name) else None
        found.append(
            {
                "champ": name,
                "libelle": tr("Champs", f.label) if f else name,
                "valeurs": stored_json(vals),
            }
        )
    return found


def _record(db: Database, e: Entity, row: Row, number: int, names: _Names) -> dict[str, Any]:
    fields = []
    for f in e.fields:
        value = row.get(f.name)
        fields.append(
            {
                "champ": f.name,
                "libelle": tr("Champs", f.label),
                "valeur": _machine_value(f, value),
                "texte": _display(f, value, names),
            }
        )
    return {
        "id": row["id"],
        "numero": number,
        "supprime": bool(row.get("_deleted")),
        "champs": fields,
        "champs_supplementaires": stored_json(row.get("_extra")),
        "historique": _history(db, e, row["id"], names),
        "conflits": _conflicts(db, e, row["id"]),
    }


def _entity_label(table: str) -> str:
    return tr("Entités", ENTITIES[table].label) if table in ENTITIES else table


def _access_lines(db: Database, described: Mapping[str, str]) -> list[dict[str, Any]]:
    lines: list[dict[str, Any]] = []
    for seq, at, user, action, tbl, record_id in access_reads.access_log_lines(db, described):
        lines.append(
            {
                "numero": seq,
                "date": at,
                "utilisateur": user,
                "action": action,
                "action_libelle": tr("Journal", ACTIONS.get(action, action)),
                "table": tbl,
                "fiche": record_id,
                "fiche_libelle": described.get(record_id, _entity_label(tbl)),
            }
        )
    return lines


def _drafts(db: Database, jeune_id: str) -> list[dict[str, Any]]:
    return [
        {"id": draft_id, "type": kind, "contenu": stored_json(content), "modifie_le": updated}
        for draft_id, kind, content, updated in access_reads.drafts(db, jeune_id)
    ]


def collect_access_data(
    db: Database, jeune_id: str, *, now: datetime | None = None
) -> dict[str, Any]:
    """Everything stored about one youth, in a JSON-ready structure with fixed key names."""
    now = now or datetime.now(UTC)
    names = _Names(db)
    with db.lock:
        jeune_rows = _select_jeune(db, jeune_id)
        structure = structure_identity(db)
        sections: list[dict[str, Any]] = []
        described: dict[str, str] = {}
        for e in (JEUNE, *_OWNED):
            rows = jeune_rows if e is JEUNE else _owned_rows(db, e, jeune_id)
            if not rows:
                continue
            records = []
            for number, row in enumerate(rows, start=1):
                records.append(_record(db, e, row, number, names))
                described[row["id"]] = _record_title(e, number, len(rows))
            sections.append(
                {"table": e.table, "libelle": tr("Entités", e.label), "enregistrements": records}
            )
        log_lines = _access_lines(db, described)
        drafts = _drafts(db, jeune_id)
        user = db.user
    return {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "genere_le": now.isoformat(timespec="seconds"),
        "genere_par": user,
        "responsable": {
            "nom": structure.name,
            "adresse": structure.address,
            "telephone": structure.phone,
        },
        "jeune_id": jeune_id,
        "fiches": sections,
        "brouillons": drafts,
        "journal_acces": log_lines,
    }


def _select_jeune(db: Database, jeune_id: str) -> list[Row]:
    row = access_reads.youth_row(db, _exported_columns(JEUNE), jeune_id)
    if row is None:
        raise NotFound(tr("Erreurs", "Aucun jeune avec cet identifiant."))
    return [row]


def _record_title(e: Entity, number: int, count: int) -> str:
    label = tr("Entités", e.label)
    if count == 1:
        return label
    return tr(_CTX, "{fiche} n° {numero}").format(fiche=label, numero=number)
