"""The retention rules of an office, stored as data, and the log of their runs.

The rules' meaning (what triggers them, what they erase, what stays) belongs to
``services.retention``; here they are JSON bodies in order. A run's log holds counts only.
The only module that writes ``retention_rule`` and ``retention_run``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from .database import Database


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def load(db: Database) -> list[dict[str, Any]] | None:
    """The stored rules in order, or None when the office never saved any (defaults apply)."""
    rows = db.conn.execute("SELECT body FROM retention_rule ORDER BY position").fetchall()
    if not rows:
        return None
    return [dict(json.loads(r[0])) for r in rows]


def save(db: Database, rules: Sequence[Mapping[str, Any]]) -> None:
    with db.transaction():
        db.conn.execute("DELETE FROM retention_rule")
        db.conn.executemany(
            "INSERT INTO retention_rule(id, body, position, updated_at) VALUES (?, ?, ?, ?)",
            [
                (str(r["id"]), json.dumps(dict(r), ensure_ascii=False, sort_keys=True), i, _now())
                for i, r in enumerate(rules)
            ],
        )
        db.log("modification", "retention_rule", "*")


def log_run(db: Database, summary: Mapping[str, Any]) -> int:
    """Inside the run's transaction."""
    cur = db.conn.execute(
        "INSERT INTO retention_run(at, user, summary) VALUES (?, ?, ?)",
        (_now(), db.user, json.dumps(dict(summary), sort_keys=True)),
    )
    return int(cur.lastrowid)


def runs(db: Database) -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (str(at), str(user), dict(json.loads(summary)))
        for at, user, summary in db.conn.execute(
            "SELECT at, user, summary FROM retention_run ORDER BY id DESC"
        )
    ]
