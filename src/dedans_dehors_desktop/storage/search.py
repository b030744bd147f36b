"""Finding youths and notes: accent- and case-insensitive, inside the encrypted database."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from ..core.textnorm import fold
from .connection import Connection

MAX_TERMS = 8


@dataclass(frozen=True, slots=True)
class YouthRow:
    """One youth in the list: the one row type of the storage search and the window's list."""

    id: str
    search: str  # the folded search key: the list's default order
    nom: str
    prenoms: str
    date_naissance: str | None
    etablissement_id: str | None
    etablissement: str | None
    milieu: str | None
    date_liberation_prev: str | None
    prochain_rdv: str | None  # "YYYY-MM-DD HH:MM", possibly past: compare with today
    has_acc: bool
    acc_fin: str | None

    def en_cours(self, today_iso: str) -> bool:
        """An accompaniment without an end, or ending today or later."""
        return self.has_acc and (self.acc_fin is None or self.acc_fin >= today_iso)

    def next_appointment(self, today_iso: str) -> str | None:
        return self.prochain_rdv if self.prochain_rdv and self.prochain_rdv >= today_iso else None


def _like_escape(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


_LIST_SQL = """
SELECT j.id, coalesce(j._search, ''), coalesce(j.nom_usage, j.nom_naissance, ''),
       coalesce(j.prenoms, ''), j.date_naissance, l.etablissement_id, e.nom, l.milieu,
       l.date_liberation_prev, l.prochain_rdv, coalesce(l.has_acc, 0), l.acc_fin
FROM jeune j
LEFT JOIN jeune_liste l ON l.jeune_id = j.id
LEFT JOIN etablissement e ON e.id = l.etablissement_id
WHERE j._deleted = 0
"""


def _row(r: Any) -> YouthRow:
    return YouthRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9], bool(r[10]), r[11])


def youth_rows(conn: Connection) -> list[YouthRow]:
    """Every youth's list row, in search-key order: read once, then filtered in memory.

    With SQLCipher's memory protection on, sorting 10,000 rows in SQL costs ~80 ms per query,
    while ``filter_rows`` over rows held in memory costs a few milliseconds, which keeps
    search-as-you-type under 50 ms.
    """
    rows = [_row(r) for r in conn.execute(_LIST_SQL)]
    rows.sort(key=lambda r: r.search)
    return rows


def terms_of(text: str) -> list[str]:
    return fold(text).split()[:MAX_TERMS]


def filter_rows(
    rows: Iterable[YouthRow],
    text: str = "",
    *,
    today: date | None = None,
    etablissement_id: str | None = None,
    milieu: str | None = None,
    en_cours: bool | None = None,
    today_only: bool = False,
) -> list[YouthRow]:
    """The rows matching every word of ``text`` and the filters, in the input order.

    Same rule as ``youth_list`` (every folded word of the query is part of the folded
    ``_search`` key), on rows already in memory.
    """
    today_iso = (today or date.today()).isoformat()
    out = list(rows)
    terms = terms_of(text)
    if len(terms) == 1:
        term = terms[0]
        out = [r for r in out if term in r.search]
    elif terms:
        out = [r for r in out if all(t in r.search for t in terms)]
    if etablissement_id:
        out = [r for r in out if r.etablissement_id == etablissement_id]
    if milieu:
        out = [r for r in out if r.milieu == milieu]
    if en_cours is not None:
        out = [r for r in out if r.en_cours(today_iso) == en_cours]
    if today_only:
        out = [r for r in out if (r.next_appointment(today_iso) or "").startswith(today_iso)]
    return out


def youth_list(
    conn: Connection,
    text: str = "",
    *,
    today: date | None = None,
    etablissement_id: str | None = None,
    milieu: str | None = None,
    en_cours: bool | None = None,
    limit: int | None = None,
) -> list[YouthRow]:
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
    return [_row(r) for r in conn.execute(sql, params)]


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
