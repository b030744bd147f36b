"""Case files deleted on one installation while records were added to them on another.

Deleting a youth deletes all their records at that moment; a record created elsewhere without
knowledge of the deletion stays alive under a deleted youth, where nobody would ever see it.
That is a delete-versus-edit conflict too, so it is listed for a person to decide (confirm the
deletion or restore the case file), as a conflict row on the youth's ``_fiches_ajoutees``
pseudo-field. The row is derived from the merged data, so every installation that holds the
same data shows the same conflict, and it never travels in bundles itself.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from ..core.entities import ENTITIES, JEUNE
from ..storage import conflicts
from ..storage.database import Database
from ..storage.versions import DELETED, VersionMap
from .registers import Register, normalise
from .state import ORPHANS, encode_values

CHILD_TABLES = tuple(e.table for e in ENTITIES.values() if e.owned_by_youth)


def orphan_register(db: Database, jeune_id: str) -> Register | None:
    """[deletion of the youth, latest record added since] or None when there is no orphan."""
    row = db.conn.execute("SELECT _deleted, _v FROM jeune WHERE id = ?", (jeune_id,)).fetchone()
    if row is None or not row[0]:
        return None
    deletion = VersionMap.parse(row[1]).dot_of(DELETED)
    newest = None
    for table in CHILD_TABLES:
        for (versions,) in db.conn.execute(
            f"SELECT _v FROM {table} WHERE jeune_id = ? AND _deleted = 0", (jeune_id,)
        ):
            for _, dot in VersionMap.parse(versions).items():
                if newest is None or (dot.hlc, dot.replica, dot.counter) > (
                    newest.hlc,
                    newest.replica,
                    newest.counter,
                ):
                    newest = dot
    if newest is None or deletion is None:
        return None
    return normalise([(1, deletion), (0, newest)])


def refresh_orphans(db: Database, jeune_ids: Iterable[str]) -> int:
    """Recompute the orphan conflicts of these youths; returns how many appeared."""
    ids = sorted(set(jeune_ids))
    if not ids:
        return 0
    opened = 0
    deleted = [
        r[0]
        for r in db.conn.execute(
            "SELECT id FROM jeune WHERE _deleted = 1 AND id IN (SELECT value FROM json_each(?))",
            (json.dumps(ids),),
        )
    ]
    found = {}
    for jeune_id in deleted:
        register = orphan_register(db, jeune_id)
        if register is not None:
            found[jeune_id] = register
    current = {
        r[0]: r[1]
        for r in db.conn.execute(
            "SELECT record_id, vals FROM conflict WHERE tbl = 'jeune' AND field = ? "
            "AND record_id IN (SELECT value FROM json_each(?))",
            (ORPHANS, json.dumps(ids)),
        )
    }
    for jeune_id in ids:
        register = found.get(jeune_id)
        if register is None:
            if jeune_id in current:
                conflicts.close(db, JEUNE.table, jeune_id, [ORPHANS])
        elif current.get(jeune_id) != encode_values(register):
            opened += int(jeune_id not in current)
            conflicts.put(db, JEUNE.table, jeune_id, ORPHANS, encode_values(register))
    return opened
