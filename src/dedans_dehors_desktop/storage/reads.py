"""Read-only queries the screens and the command line need beyond ``Repository`` and ``search``.

Nothing here writes: every mutation goes through ``store.repo``. Exposed to the GUI and the
command line by ``services.queries``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from ..core.entities import ENTITIES
from .store import Store

# Case tables shown in a case file, in the order of the tabs.
CASE_TABLES = (
    "suivi_judiciaire",
    "profil",
    "positionnement",
    "accompagnement",
    "eligibilite",
    "actualite",
    "frein",
    "objectif",
    "action",
    "orientation",
    "situation",
    "amenagement",
    "consentement",
    "piece_identite",
    "inscription",
    "accord_partage",
    "passage_commission",
)


@dataclass(frozen=True)
class Appointment:
    actualite_id: str
    jeune_id: str
    heure: str | None
    nom: str
    prenoms: str
    presence: str | None
    type: str | None


def appointments(store: Store, day: date, etablissement_id: str | None) -> list[Appointment]:
    """Contacts of one day at one establishment (planned or already held), in time order."""
    sql = (
        "SELECT a.id, a.jeune_id, a.heure, coalesce(j.nom_usage, j.nom_naissance), j.prenoms, "
        "a.presence, a.type FROM actualite a JOIN jeune j ON j.id = a.jeune_id "
        "WHERE a.date = ? AND a._deleted = 0 AND j._deleted = 0"
    )
    params: list[Any] = [day.isoformat()]
    if etablissement_id:
        sql += " AND a.etablissement_id = ?"
        params.append(etablissement_id)
    else:
        sql += " AND a.lieu = 'intra_muros'"
    sql += " ORDER BY coalesce(a.heure, '99:99'), j._search"
    with store.db.lock:
        rows = store.db.conn.execute(sql, params).fetchall()
    return [Appointment(*r) for r in rows]


def busiest_etablissement(store: Store, day: date) -> str | None:
    """The establishment with the most contacts on ``day`` (the permanence of the day)."""
    with store.db.lock:
        row = store.db.conn.execute(
            "SELECT etablissement_id FROM actualite WHERE date = ? AND _deleted = 0 "
            "AND etablissement_id IS NOT NULL GROUP BY etablissement_id "
            "ORDER BY count(*) DESC LIMIT 1",
            (day.isoformat(),),
        ).fetchone()
    return str(row[0]) if row else None


REFERENCE_TABLES = ("etablissement", "partenaire", "dispositif")


def names(store: Store, table: str) -> list[tuple[str, str]]:
    """(id, nom) of a reference table (établissements, partenaires, dispositifs), by name."""
    if table not in REFERENCE_TABLES:
        raise ValueError(table)
    with store.db.lock:
        rows = store.db.conn.execute(
            f"SELECT id, coalesce(nom, '') FROM {table} WHERE _deleted = 0 ORDER BY nom"
        ).fetchall()
    return [(r[0], r[1]) for r in rows]


@dataclass
class CaseFile:
    """Everything a case file shows, read in one go."""

    jeune: dict[str, Any]
    records: dict[str, list[dict[str, Any]]]
    ref_names: dict[str, dict[str, str]]

    def latest(self, table: str, key: str = "date") -> dict[str, Any] | None:
        rows = self.records.get(table, [])
        if not rows:
            return None
        return max(rows, key=lambda r: (str(r.get(key) or ""), int(r.get("_seq") or 0)))


def read_case_file(store: Store, jeune_id: str, *, log: bool = True) -> CaseFile:
    """The youth's record and every record of their case file.

    ``log``: the first reading for a person is a consultation in the access log; re-reading
    after an edit of the same open case file is not a new one.
    """
    with store.db.lock:
        jeune = (
            store.repo.open_record("jeune", jeune_id)
            if log
            else store.repo.require("jeune", jeune_id)
        )
        records: dict[str, list[dict[str, Any]]] = {}
        for table in CASE_TABLES:
            order = "date" if ENTITIES[table].has_field("date") else "rowid"
            records[table] = store.repo.list(table, jeune_id=jeune_id, order_by=order)
    ref_names = {t: dict(names(store, t)) for t in ("etablissement", "partenaire", "dispositif")}
    return CaseFile(jeune, records, ref_names)


def record_history(store: Store, case: CaseFile) -> list[dict[str, Any]]:
    """Field changes of the youth and of every record of their case file, newest first."""
    out: list[dict[str, Any]] = []
    with store.db.lock:
        targets = [("jeune", case.jeune["id"])] + [
            (t, r["id"]) for t, rows in case.records.items() for r in rows
        ]
        for table, record_id in targets:
            for change in store.repo.history(table, record_id):
                out.append({**change, "table": table, "record_id": record_id})
    out.sort(key=lambda c: int(c["hlc"]), reverse=True)
    return out


def draft_ids(store: Store, kind: str) -> dict[str, str]:
    """jeune_id → draft id of the drafts of ``kind``."""
    with store.db.lock:
        return {str(d["jeune_id"]): str(d["id"]) for d in store.repo.drafts(kind) if d["jeune_id"]}


def count_youths(store: Store) -> int:
    with store.db.lock:
        return int(
            store.db.conn.execute("SELECT count(*) FROM jeune WHERE _deleted = 0").fetchone()[0]
        )


# --- the demo's permanence of the day (see ``services.casework.seed_demo``) ---------------------


def busiest_detention_place(store: Store) -> str | None:
    """The establishment where most youths are detained."""
    row = store.db.conn.execute(
        "SELECT etablissement_id FROM suivi_judiciaire WHERE milieu = 'ferme' "
        "AND etablissement_id IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC LIMIT 1"
    ).fetchone()
    return str(row[0]) if row else None


def detained_at(store: Store, etablissement_id: str) -> list[str]:
    """Ids of the youths detained at one establishment, in id order."""
    return [
        r[0]
        for r in store.db.conn.execute(
            "SELECT jeune_id FROM suivi_judiciaire WHERE etablissement_id = ? "
            "AND milieu = 'ferme' ORDER BY jeune_id",
            (etablissement_id,),
        )
    ]


def planned_on(store: Store, day: date) -> set[str]:
    """Ids of the youths with an appointment planned on ``day``."""
    return {
        r[0]
        for r in store.db.conn.execute(
            "SELECT jeune_id FROM actualite WHERE date = ? AND presence = 'planifie'",
            (day.isoformat(),),
        )
    }
