"""Finding youths and notes: accent- and case-insensitive, inside the encrypted database."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from ..core.textnorm import fold
from .connection import Connection

MAX_TERMS = 8


@dataclass(frozen=True)
class YouthSummary:
    id: str
    nom: str
    prenoms: str
    date_naissance: str | None
    etablissement_id: str | None
    etablissement: str | None
    milieu: str | None
    date_liberation_prev: str | None
    prochain_rdv: str | None
    accompagnement_en_cours: bool


def _like_escape(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


_LIST_SQL = """
SELECT j.id, coalesce(j.nom_usage, j.nom_naissance), j.prenoms, j.date_naissance,
       l.etablissement_id, e.nom, l.milieu, l.date_liberation_prev,
       CASE WHEN l.prochain_rdv >= :today THEN l.prochain_rdv END,
       coalesce(l.has_acc AND (l.acc_fin IS NULL OR l.acc_fin >= :today), 0)
FROM jeune j
LEFT JOIN jeune_liste l ON l.jeune_id = j.id
LEFT JOIN etablissement e ON e.id = l.etablissement_id
WHERE j._deleted = 0
"""


def youth_list(
    conn: Connection,
    text: str = "",
    *,
    today: date | None = None,
    etablissement_id: str | None = None,
    milieu: str | None = None,
    en_cours: bool | None = None,
    limit: int | None = None,
) -> list[YouthSummary]:
    """Youths matching every word of ``text`` (any part of any name), with list columns."""
    params: dict[str, Any] = {"today": (today or date.today()).isoformat()}
    sql = _LIST_SQL
    for i, term in enumerate(fold(text).split()[:MAX_TERMS]):
        sql += f" AND j._search LIKE :t{i} ESCAPE '\\'"
        params[f"t{i}"] = f"%{_like_escape(term)}%"
    if etablissement_id:
        sql += " AND l.etablissement_id = :etab"
        params["etab"] = etablissement_id
    if milieu:
        sql += " AND l.milieu = :milieu"
        params["milieu"] = milieu
    if en_cours is not None:
        sql += (
            " AND coalesce(l.has_acc AND (l.acc_fin IS NULL OR l.acc_fin >= :today), 0) = :en_cours"
        )
        params["en_cours"] = int(en_cours)
    sql += " ORDER BY j._search"
    if limit:
        sql += " LIMIT :limit"
        params["limit"] = limit
    return [
        YouthSummary(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], bool(r[9]))
        for r in conn.execute(sql, params)
    ]


def search_names(conn: Connection, text: str, limit: int = 50) -> list[tuple[str, str, str]]:
    """(id, nom, prénoms) of youths whose names contain every word of ``text``."""
    terms = fold(text).split()[:MAX_TERMS]
    if not terms:
        return []
    sql = "SELECT id, coalesce(nom_usage, nom_naissance), prenoms FROM jeune WHERE _deleted = 0"
    params: list[Any] = []
    for term in terms:
        sql += " AND _search LIKE ? ESCAPE '\\'"
        params.append(f"%{_like_escape(term)}%")
    sql += " ORDER BY _search LIMIT ?"
    params.append(limit)
    return [(r[0], r[1], r[2]) for r in conn.execute(sql, params)]


_FTS_WORD = re.compile(r"\w+\*?", re.UNICODE)


def search_notes(conn: Connection, text: str, limit: int = 50) -> list[tuple[str, str, str]]:
    """(actualité id, jeune id, date) of notes containing every word of ``text``, newest first.

    Words match whole (accents and case ignored); a word ending in ``*`` matches as a prefix.
    Whole words keep the search fast on a large store: FTS5 can then return the newest matches
    without visiting every one.
    """
    words = _FTS_WORD.findall(fold(text))[:MAX_TERMS]
    if not words:
        return []
    # Each word quoted as an FTS string: user text never becomes FTS query syntax.
    query = " ".join(f'"{w[:-1]}"*' if w.endswith("*") else f'"{w}"' for w in words)
    rows = conn.execute(
        "SELECT a.id, a.jeune_id, a.date FROM actualite a WHERE a._deleted = 0 AND a.rowid IN "
        "(SELECT rowid FROM actualite_fts WHERE actualite_fts MATCH ? ORDER BY rowid DESC LIMIT ?)",
        (query, limit),
    )
    return sorted(((r[0], r[1], r[2]) for r in rows), key=lambda r: r[2], reverse=True)
