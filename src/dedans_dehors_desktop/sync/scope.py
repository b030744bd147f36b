"""Which case files a laptop holds: its scope, the office's membership table, local removal.

A laptop's scope is a list of rules (a referent's caseload, an establishment). The office keeps,
per laptop, the youths it holds (``sync_member``). A youth entering the scope is sent whole until
the laptop acknowledges a bundle that carried it; a youth leaving it is sent as a removal order
until acknowledged. Deleted youths stay members, so tombstones reach the laptops that held them.
Reference tables go to every laptop; a youth's records follow the youth.

On the laptop, removal is a local purge (never a tombstone, which would sync back as a deletion),
done only when the office already has every change the laptop made to that case file;
otherwise it waits (``sync_pending_purge``) until a later bundle shows the office has them.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from ..core.entities import ENTITIES, JEUNE
from ..core.errors import ValidationError
from ..core.i18n import tr
from ..core.textnorm import fold
from ..storage.database import Database
from ..storage.repository import Repository, select_sql
from ..storage.repository import row_to_dict as to_row
from .registers import covers
from .state import load_conflicts, local_state

KINDS = ("referent", "etablissement")
# A single case file the office added to a laptop's scope at the laptop's request (a youth
# created there outside its scope, that the referent chose to keep): see scope_notice.py.
DOSSIER = "dossier"
CHILD_TABLES = tuple(e.table for e in ENTITIES.values() if e.owned_by_youth)
REFERENCE_TABLES = tuple(
    e.table for e in ENTITIES.values() if not e.owned_by_youth and e is not JEUNE
)


def _t(text: str) -> str:
    return tr("Synchronisation", text)


@dataclass(frozen=True)
class ScopeRule:
    kind: str
    value: str

    def describe(self) -> str:
        if self.kind == "referent":
            return _t("référent : {v}").format(v=self.value)
        if self.kind == DOSSIER:
            return _t("dossier gardé : {v}").format(v=self.value[:8])
        return _t("établissement : {v}").format(v=self.value)


def parse_rule(text: str, db: Database | None = None) -> ScopeRule:
    """``referent:NOM`` or ``etablissement:ID-ou-NOM`` (an establishment name is looked up)."""
    kind, sep, value = text.partition(":")
    kind = fold(kind).replace("é", "e")
    value = value.strip()
    if not sep or kind not in KINDS or not value or len(value) > 200:
        raise ValidationError(
            _t(
                "Périmètre invalide : écrivez « referent:Nom » ou "
                "« etablissement:Nom ou identifiant »."
            ),
            "scope",
        )
    if kind == "etablissement" and db is not None:
        value = _etablissement_id(db, value)
    return ScopeRule(kind, value)


def _etablissement_id(db: Database, text: str) -> str:
    try:
        wanted = str(uuid.UUID(text))
    except ValueError:
        wanted = ""
    rows = db.conn.execute("SELECT id, nom FROM etablissement WHERE _deleted = 0").fetchall()
    for record_id, _ in rows:
        if record_id == wanted:
            return str(record_id)
    matches = [str(r) for r, nom in rows if nom and fold(nom) == fold(text)]
    if len(matches) == 1:
        return matches[0]
    raise ValidationError(
        _t("Établissement introuvable (ou ambigu) : « {nom} ».").format(nom=text[:60]), "scope"
    )


def dump_scope(rules: Iterable[ScopeRule]) -> str:
    return json.dumps([[r.kind, r.value] for r in rules], ensure_ascii=False)


def parse_stored_scope(text: Any) -> tuple[ScopeRule, ...]:
    if not text:
        return ()
    return tuple(ScopeRule(str(k), str(v)) for k, v in json.loads(text))


def youth_names(db: Database, ids: Iterable[str]) -> dict[str, str]:
    """Youths as a person reads them (name, first names), by id; an unknown id is absent."""
    found = db.conn.execute(
        "SELECT id, nom_usage, nom_naissance, prenoms FROM jeune "
        "WHERE id IN (SELECT value FROM json_each(?))",
        (json.dumps(sorted(set(ids))),),
    )
    out: dict[str, str] = {}
    for record_id, nom_usage, nom_naissance, prenoms in found:
        name = " ".join(str(p) for p in (nom_usage or nom_naissance, prenoms) if p)
        if name:
            out[str(record_id)] = name
    return out


def describe_scope(db: Database, rules: Iterable[ScopeRule]) -> str:
    rules = tuple(rules)
    kept = youth_names(db, [r.value for r in rules if r.kind == DOSSIER])
    parts = []
    for rule in rules:
        if rule.kind == DOSSIER and rule.value in kept:
            parts.append(_t("dossier gardé : {v}").format(v=kept[rule.value]))
        elif rule.kind == "etablissement":
            row = db.conn.execute(
                "SELECT nom FROM etablissement WHERE id = ?", (rule.value,)
            ).fetchone()
            parts.append(
                ScopeRule(rule.kind, str(row[0]) if row and row[0] else rule.value).describe()
            )
        else:
            parts.append(rule.describe())
    return " ; ".join(parts) or _t("aucun dossier")


def scope_youths(db: Database, rules: Iterable[ScopeRule]) -> set[str]:
    """Live youths matching any rule (establishment: that of their current judicial follow-up)."""
    rules = list(rules)
    out: set[str] = set()
    referents = {fold(r.value) for r in rules if r.kind == "referent"}
    if referents:
        for record_id, referent in db.conn.execute(
            "SELECT id, referent FROM jeune WHERE _deleted = 0 AND referent IS NOT NULL"
        ):
            if fold(referent) in referents:
                out.add(record_id)
    kept = sorted({r.value for r in rules if r.kind == DOSSIER})
    if kept:
        out.update(
            r[0]
            for r in db.conn.execute(
                "SELECT id FROM jeune WHERE _deleted = 0 AND id IN "
                "(SELECT value FROM json_each(?))",
                (json.dumps(kept),),
            )
        )
    places = sorted({r.value for r in rules if r.kind == "etablissement"})
    if places:
        out.update(
            r[0]
            for r in db.conn.execute(
                "SELECT jeune_id FROM jeune_liste WHERE etablissement_id IN "
                "(SELECT value FROM json_each(?))",
                (json.dumps(places),),
            )
        )
    return out


# --- office side: membership -----------------------------------------------------------------


@dataclass
class ExportPlan:
    whole: set[str]
    delta: set[str]
    purges: list[str]


def plan_members(
    db: Database, device_id: str, rules: Iterable[ScopeRule], *, base: int, hw: int
) -> ExportPlan:
    """Update the membership table for an export at ``hw`` and say what to send (in a
    transaction)."""
    members: dict[str, tuple[int | None, int | None]] = {
        r[0]: (r[1], r[2])
        for r in db.conn.execute(
            "SELECT jeune_id, added_hw, removed_hw FROM sync_member WHERE device_id = ?",
            (device_id,),
        )
    }
    wanted = scope_youths(db, rules)
    current = [j for j, (_, removed) in members.items() if removed is None]
    if current:
        deleted = {
            r[0]
            for r in db.conn.execute(
                "SELECT id FROM jeune WHERE _deleted = 1 AND id IN (SELECT value FROM "
                "json_each(?))",
                (json.dumps(current),),
            )
        }
        wanted |= deleted
    updates: list[tuple[int | None, int | None, str, str]] = []
    whole: set[str] = set()
    delta: set[str] = set()
    purges: list[str] = []
    for jeune_id in wanted:
        added, removed = members.get(jeune_id, (None, None))
        if jeune_id not in members or removed is not None or added is None:
            added = hw
            updates.append((added, None, device_id, jeune_id))
        (whole if added > base else delta).add(jeune_id)
    gone: list[tuple[str, str]] = []
    for jeune_id, (added, removed) in members.items():
        if jeune_id in wanted:
            continue
        if removed is None:
            removed = hw
            updates.append((added, removed, device_id, jeune_id))
        if removed > base:
            purges.append(jeune_id)
        else:
            gone.append((device_id, jeune_id))
    db.conn.executemany(
        "INSERT INTO sync_member(added_hw, removed_hw, device_id, jeune_id) VALUES (?, ?, ?, ?) "
        "ON CONFLICT(device_id, jeune_id) DO UPDATE SET added_hw = excluded.added_hw, "
        "removed_hw = excluded.removed_hw",
        updates,
    )
    db.conn.executemany("DELETE FROM sync_member WHERE device_id = ? AND jeune_id = ?", gone)
    return ExportPlan(whole, delta, sorted(purges))


def note_held(db: Database, device_id: str, jeune_ids: Iterable[str]) -> None:
    """Youths a laptop sent us: it holds them, so they are members (sent whole next time)."""
    db.conn.executemany(
        "INSERT OR IGNORE INTO sync_member(device_id, jeune_id, added_hw, removed_hw) "
        "VALUES (?, ?, NULL, NULL)",
        [(device_id, j) for j in sorted(set(jeune_ids))],
    )


# --- laptop side: local purge ----------------------------------------------------------------


def _case_rows(db: Database, jeune_id: str) -> Iterable[tuple[str, dict[str, Any]]]:
    for e in ENTITIES.values():
        if e is JEUNE:
            sql, params = f"{select_sql(e)} WHERE id = ?", (jeune_id,)
        elif e.owned_by_youth:
            sql, params = f"{select_sql(e)} WHERE jeune_id = ?", (jeune_id,)
        else:
            continue
        for raw in db.conn.execute(sql, params).fetchall():
            yield e.table, to_row(e, raw)


def purge_is_safe(db: Database, jeune_id: str, office_vv: Mapping[str, int]) -> bool:
    """True when the office has seen every write this installation holds for the case file,
    and no unsaved draft is attached to it."""
    if db.conn.execute("SELECT 1 FROM draft WHERE jeune_id = ? LIMIT 1", (jeune_id,)).fetchone():
        return False
    for table, row in _case_rows(db, jeune_id):
        e = ENTITIES[table]
        state = local_state(e, row, load_conflicts(db, table, [row["id"]]).get(row["id"]))
        for register in state.registers.values():
            if not all(covers(office_vv, dot) for _, dot in register):
                return False
    return True


def purge_youth(db: Database, jeune_id: str) -> None:
    """Remove a case file from this installation only (inside the caller's transaction)."""
    Repository(db).purge_local(jeune_id)
    cancel_purges(db, [jeune_id])


def pending_purges(db: Database) -> set[str]:
    """Case files the office removed from this laptop's scope, waiting to be purged."""
    return {r[0] for r in db.conn.execute("SELECT jeune_id FROM sync_pending_purge")}


def defer_purge(db: Database, jeune_id: str) -> None:
    db.conn.execute(
        "INSERT OR IGNORE INTO sync_pending_purge(jeune_id, requested_at) "
        "VALUES (?, datetime('now'))",
        (jeune_id,),
    )


def cancel_purges(db: Database, jeune_ids: Iterable[str]) -> None:
    """No purge waits any more for these case files (purged, gone, or back in scope)."""
    db.conn.executemany(
        "DELETE FROM sync_pending_purge WHERE jeune_id = ?", [(j,) for j in sorted(jeune_ids)]
    )
