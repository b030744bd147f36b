"""Read-only queries behind the referent's week: slots, bookings, planned appointments, and the
facts the reminders look at. Nothing here writes; every change goes through ``Repository``."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Any

from .database import Database


@dataclass(frozen=True)
class SlotRow:
    id: str
    etablissement_id: str
    etablissement: str
    jour: str
    heure_debut: str
    heure_fin: str
    periodicite: int
    date_debut: str
    date_fin: str | None
    libelle: str | None


@dataclass(frozen=True)
class BookingRow:
    id: str
    jeune_id: str
    creneau_id: str
    date: str
    heure: str | None
    origine: str | None
    statut: str | None
    nom: str
    prenoms: str


@dataclass(frozen=True)
class PlannedRow:
    """An appointment recorded in interviews (actualité "Planifié")."""

    id: str
    jeune_id: str
    date: str
    heure: str | None
    duree: int | None
    type: str | None
    lieu: str | None
    etablissement_id: str | None
    etablissement: str | None
    nom: str
    prenoms: str


_NAME = "coalesce(j.nom_usage, j.nom_naissance), coalesce(j.prenoms, '')"


def slots(db: Database, etablissement_id: str | None = None) -> list[SlotRow]:
    sql = (
        "SELECT c.id, c.etablissement_id, coalesce(e.nom, ''), c.jour, c.heure_debut, "
        "c.heure_fin, coalesce(c.periodicite, 1), c.date_debut, c.date_fin, c.libelle "
        "FROM creneau c LEFT JOIN etablissement e ON e.id = c.etablissement_id "
        "WHERE c._deleted = 0"
    )
    params: list[Any] = []
    if etablissement_id:
        sql += " AND c.etablissement_id = ?"
        params.append(etablissement_id)
    sql += " ORDER BY c.jour, c.heure_debut, e.nom"
    with db.lock:
        return [SlotRow(*r) for r in db.conn.execute(sql, params).fetchall()]


def bookings(
    db: Database, low: date, high: date, *, jeune_id: str | None = None
) -> list[BookingRow]:
    sql = (
        f"SELECT i.id, i.jeune_id, i.creneau_id, i.date, i.heure, i.origine, i.statut, {_NAME} "
        "FROM inscription i JOIN jeune j ON j.id = i.jeune_id "
        "WHERE i._deleted = 0 AND j._deleted = 0 AND i.date BETWEEN ? AND ?"
    )
    params: list[Any] = [low.isoformat(), high.isoformat()]
    if jeune_id:
        sql += " AND i.jeune_id = ?"
        params.append(jeune_id)
    sql += " ORDER BY i.date, coalesce(i.heure, '99:99'), j._search"
    with db.lock:
        return [BookingRow(*r) for r in db.conn.execute(sql, params).fetchall()]


def planned(
    db: Database, low: date, high: date, *, jeune_id: str | None = None
) -> list[PlannedRow]:
    sql = (
        "SELECT a.id, a.jeune_id, a.date, a.heure, a.duree, a.type, a.lieu, a.etablissement_id, "
        f"e.nom, {_NAME} FROM actualite a JOIN jeune j ON j.id = a.jeune_id "
        "LEFT JOIN etablissement e ON e.id = a.etablissement_id "
        "WHERE a._deleted = 0 AND j._deleted = 0 AND a.presence = 'planifie' "
        "AND a.date BETWEEN ? AND ?"
    )
    params: list[Any] = [low.isoformat(), high.isoformat()]
    if jeune_id:
        sql += " AND a.jeune_id = ?"
        params.append(jeune_id)
    sql += " ORDER BY a.date, coalesce(a.heure, '99:99'), j._search"
    with db.lock:
        return [PlannedRow(*r) for r in db.conn.execute(sql, params).fetchall()]


def youth_names(db: Database, jeune_ids: list[str]) -> dict[str, tuple[str, str]]:
    """jeune_id → (nom, prénoms)."""
    with db.lock:
        rows = db.conn.execute(
            f"SELECT j.id, {_NAME} FROM jeune j WHERE j._deleted = 0 "
            "AND j.id IN (SELECT value FROM json_each(?))",
            (json.dumps(jeune_ids),),
        ).fetchall()
    return {r[0]: (r[1] or "", r[2] or "") for r in rows}


def birth_names(db: Database, jeune_ids: list[str]) -> dict[str, str]:
    """jeune_id → birth name (the civil identity an establishment registers people under)."""
    with db.lock:
        rows = db.conn.execute(
            "SELECT id, coalesce(nom_naissance, '') FROM jeune WHERE _deleted = 0 "
            "AND id IN (SELECT value FROM json_each(?))",
            (json.dumps(jeune_ids),),
        ).fetchall()
    return {r[0]: r[1] for r in rows}


def establishment_identifiers(db: Database, etablissement_id: str) -> dict[str, str]:
    """jeune_id → the identifier the establishment gave the youth (latest period there)."""
    with db.lock:
        rows = db.conn.execute(
            "SELECT jeune_id, identifiant_etablissement FROM suivi_judiciaire "
            "WHERE _deleted = 0 AND etablissement_id = ? AND identifiant_etablissement IS NOT NULL "
            "ORDER BY coalesce(date_ecrou, ''), _seq",
            (etablissement_id,),
        ).fetchall()
    return {r[0]: r[1] for r in rows}  # later periods overwrite earlier ones


Youths = set[str] | None  # None: every youth; a set: those only (searched through the index)


def _among(column: str, jeune_ids: Youths) -> tuple[str, list[Any]]:
    if jeune_ids is None:
        return "", []
    return f" AND {column} IN (SELECT value FROM json_each(?))", [json.dumps(sorted(jeune_ids))]


def last_contacts(db: Database, jeune_ids: Youths = None) -> dict[str, str]:
    """jeune_id → date of the last contact that took place (presence "Présent")."""
    among, params = _among("jeune_id", jeune_ids)
    with db.lock:
        rows = db.conn.execute(
            "SELECT jeune_id, max(date) FROM actualite WHERE _deleted = 0 "
            f"AND presence = 'present'{among} GROUP BY jeune_id",
            params,
        ).fetchall()
    return {r[0]: r[1] for r in rows}


@dataclass(frozen=True)
class FollowedYouth:
    id: str
    nom: str
    prenoms: str
    milieu: str | None
    date_liberation_prev: str | None
    etablissement_id: str | None
    accompagnement_en_cours: bool


def followed_youths(db: Database, today: date, jeune_ids: Youths = None) -> list[FollowedYouth]:
    """Every youth, with the current judicial period and whether an accompaniment is open."""
    among, params = _among("j.id", jeune_ids)
    with db.lock:
        rows = db.conn.execute(
            f"SELECT j.id, {_NAME}, l.milieu, l.date_liberation_prev, l.etablissement_id, "
            "coalesce(l.has_acc AND (l.acc_fin IS NULL OR l.acc_fin >= ?), 0) "
            "FROM jeune j LEFT JOIN jeune_liste l ON l.jeune_id = j.id WHERE j._deleted = 0"
            f"{among} ORDER BY j._search",
            [today.isoformat(), *params],
        ).fetchall()
    return [FollowedYouth(r[0], r[1] or "", r[2], r[3], r[4], r[5], bool(r[6])) for r in rows]


def release_cleared(db: Database, jeune_ids: Youths = None) -> set[str]:
    """Youths whose current judicial period already has an effective release (levée d'écrou)."""
    among, params = _among("s.jeune_id", jeune_ids)
    with db.lock:
        rows = db.conn.execute(
            "SELECT s.jeune_id FROM suivi_judiciaire s WHERE s._deleted = 0 "
            "AND s.date_levee_ecrou IS NOT NULL AND s.id = (SELECT s2.id FROM suivi_judiciaire s2 "
            "WHERE s2.jeune_id = s.jeune_id AND s2._deleted = 0 "
            f"ORDER BY coalesce(s2.date_ecrou, '') DESC, s2._seq DESC LIMIT 1){among}",
            params,
        ).fetchall()
    return {r[0] for r in rows}


def open_barriers(
    db: Database, themes: tuple[str, ...], jeune_ids: Youths = None
) -> dict[str, set[str]]:
    """jeune_id → themes of barriers not yet lifted (statut other than "Levé")."""
    among, params = _among("jeune_id", jeune_ids)
    with db.lock:
        rows = db.conn.execute(
            "SELECT jeune_id, theme FROM frein WHERE _deleted = 0 "
            "AND coalesce(statut, '') != 'leve' AND theme IN (SELECT value FROM json_each(?))"
            + among,
            [json.dumps(list(themes)), *params],
        ).fetchall()
    out: dict[str, set[str]] = {}
    for jeune_id, theme in rows:
        out.setdefault(jeune_id, set()).add(theme)
    return out


def overdue_actions(
    db: Database, today: date, jeune_ids: Youths = None
) -> list[tuple[str, str, str, str]]:
    """(jeune_id, action id, libellé, échéance) of open actions past their due date."""
    among, params = _among("a.jeune_id", jeune_ids)
    with db.lock:
        rows = db.conn.execute(
            "SELECT a.jeune_id, a.id, a.libelle, a.echeance FROM action a "
            "JOIN jeune j ON j.id = a.jeune_id WHERE a._deleted = 0 AND j._deleted = 0 "
            "AND a.echeance < ? AND coalesce(a.statut, 'en_projet') "
            f"IN ('en_projet', 'en_cours', 'en_attente'){among} ORDER BY a.echeance",
            [today.isoformat(), *params],
        ).fetchall()
    return [(r[0], r[1], r[2] or "", r[3]) for r in rows]


def documents_expiring(
    db: Database, until: date, jeune_ids: Youths = None
) -> list[tuple[str, str, str]]:
    """(jeune_id, type, date_expiration) of identity documents expiring on or before ``until``
    (already expired ones too), the latest document of each type only."""
    among, params = _among("p.jeune_id", jeune_ids)
    with db.lock:
        rows = db.conn.execute(
            "SELECT p.jeune_id, p.type, max(p.date_expiration) FROM piece_identite p "
            "JOIN jeune j ON j.id = p.jeune_id WHERE p._deleted = 0 AND j._deleted = 0 "
            f"AND p.date_expiration IS NOT NULL{among} GROUP BY p.jeune_id, p.type "
            "HAVING max(p.date_expiration) <= ? ORDER BY 3",
            [*params, until.isoformat()],
        ).fetchall()
    return [(r[0], r[1], r[2]) for r in rows]


@dataclass(frozen=True)
class CommissionRow:
    id: str
    date: str
    intitule: str | None
    lieu: str | None
    youths: int


def commissions(db: Database, low: date | None = None) -> list[CommissionRow]:
    sql = (
        "SELECT c.id, c.date, c.intitule, c.lieu, (SELECT count(*) FROM passage_commission p "
        "JOIN jeune j ON j.id = p.jeune_id WHERE p.commission_id = c.id AND p._deleted = 0 "
        "AND j._deleted = 0) FROM commission c WHERE c._deleted = 0"
    )
    params: list[Any] = []
    if low is not None:
        sql += " AND c.date >= ?"
        params.append(low.isoformat())
    sql += " ORDER BY c.date"
    with db.lock:
        return [CommissionRow(*r) for r in db.conn.execute(sql, params).fetchall()]


@dataclass(frozen=True)
class PassageRow:
    id: str
    jeune_id: str
    nom: str
    prenoms: str
    situation: str | None
    decision: str | None


def passages(db: Database, commission_id: str) -> list[PassageRow]:
    with db.lock:
        rows = db.conn.execute(
            f"SELECT p.id, p.jeune_id, {_NAME}, p.situation, p.decision "
            "FROM passage_commission p JOIN jeune j ON j.id = p.jeune_id "
            "WHERE p._deleted = 0 AND j._deleted = 0 AND p.commission_id = ? ORDER BY j._search",
            (commission_id,),
        ).fetchall()
    return [PassageRow(*r) for r in rows]


def establishments(db: Database) -> list[tuple[str, str]]:
    with db.lock:
        rows = db.conn.execute(
            "SELECT id, coalesce(nom, '') FROM etablissement WHERE _deleted = 0 ORDER BY nom"
        ).fetchall()
    return [(r[0], r[1]) for r in rows]


def youth_choices(db: Database) -> list[tuple[str, str, str]]:
    """(id, nom, prénoms) of every youth, by name."""
    with db.lock:
        rows = db.conn.execute(
            f"SELECT j.id, {_NAME} FROM jeune j WHERE j._deleted = 0 ORDER BY j._search"
        ).fetchall()
    return [(r[0], r[1] or "", r[2] or "") for r in rows]
