"""The derived youth-list table (``jeune_liste``): what the main list shows, one row per youth.

Refreshed set-wise for the youths a transaction touched; rebuilt in full after a restore and,
once a day, for rows whose next appointment has passed.
"""

from __future__ import annotations

import json
from datetime import date

from .connection import Connection

# Tables whose changes alter a youth's list row.
LIST_SOURCES = frozenset({"jeune", "suivi_judiciaire", "actualite", "accompagnement"})

_REFRESH = """
INSERT OR REPLACE INTO jeune_liste(jeune_id, etablissement_id, milieu, date_liberation_prev,
                                   prochain_rdv, has_acc, acc_fin)
SELECT j.id, s.etablissement_id, s.milieu, s.date_liberation_prev,
       (SELECT trim(min(a.date || ' ' || coalesce(a.heure, ''))) FROM actualite a
         WHERE a.jeune_id = j.id AND a._deleted = 0 AND a.presence = 'planifie'
           AND a.date >= :today),
       EXISTS (SELECT 1 FROM accompagnement c WHERE c.jeune_id = j.id AND c._deleted = 0),
       (SELECT CASE WHEN count(*) > count(c.date_fin) THEN NULL ELSE max(c.date_fin) END
          FROM accompagnement c WHERE c.jeune_id = j.id AND c._deleted = 0)
FROM jeune j
LEFT JOIN suivi_judiciaire s ON s.id = (
    SELECT s2.id FROM suivi_judiciaire s2 WHERE s2.jeune_id = j.id AND s2._deleted = 0
    ORDER BY coalesce(s2.date_ecrou, '') DESC, s2._seq DESC LIMIT 1)
WHERE j.id IN (SELECT value FROM json_each(:ids)) AND j._deleted = 0
"""


def refresh(conn: Connection, jeune_ids: set[str], today: date | None = None) -> None:
    ids = json.dumps(sorted(jeune_ids))
    conn.execute(
        "DELETE FROM jeune_liste WHERE jeune_id IN (SELECT value FROM json_each(?))", (ids,)
    )
    conn.execute(_REFRESH, {"ids": ids, "today": (today or date.today()).isoformat()})


def forget(conn: Connection, jeune_id: str) -> None:
    """Drop a youth's list row (the case file leaves this installation)."""
    conn.execute("DELETE FROM jeune_liste WHERE jeune_id = ?", (jeune_id,))


def rebuild(conn: Connection, today: date | None = None) -> None:
    conn.execute("DELETE FROM jeune_liste")
    ids = {r[0] for r in conn.execute("SELECT id FROM jeune WHERE _deleted = 0")}
    refresh(conn, ids, today)


def stale_ids(conn: Connection, today: date) -> set[str]:
    """Youths whose stored next appointment is already past."""
    return {
        r[0]
        for r in conn.execute(
            "SELECT jeune_id FROM jeune_liste WHERE prochain_rdv IS NOT NULL AND prochain_rdv < ?",
            (today.isoformat(),),
        )
    }
