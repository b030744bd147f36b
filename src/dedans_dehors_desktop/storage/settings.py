"""Preferences of this installation (table ``setting``): local, never synced, not case data.

Kept apart from the case-data write path on purpose: no versions, no history, no access log.
"""

from __future__ import annotations

from collections.abc import Mapping

from .database import Database


def get_setting(db: Database, key: str) -> str | None:
    with db.lock:
        row = db.conn.execute("SELECT value FROM setting WHERE key = ?", (key,)).fetchone()
    return None if row is None else str(row[0])


def set_settings(db: Database, values: Mapping[str, str | None]) -> None:
    """Write several settings in one transaction; ``None`` or an empty text removes one."""
    with db.transaction():
        for key, value in values.items():
            if value:
                db.conn.execute(
                    "INSERT OR REPLACE INTO setting(key, value) VALUES (?, ?)", (key, value)
                )
            else:
                db.conn.execute("DELETE FROM setting WHERE key = ?", (key,))
