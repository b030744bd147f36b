"""Versioned schema migrations: each in one transaction, an encrypted backup before migrating,
and refusal of a database written by a newer version.

The schema version is SQLite's ``user_version``. Migration N turns version N-1 into N.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from ..core.errors import StoreTooNew
from .connection import Connection


@dataclass(frozen=True)
class Migration:
    version: int
    description: str
    apply: Callable[[Connection], None]


def _sql_file(name: str) -> Callable[[Connection], None]:
    def run(conn: Connection) -> None:
        script = resources.files(__package__).joinpath("sql", name).read_text("utf-8")
        for statement in _split_statements(script):
            conn.execute(statement)

    return run


def _split_statements(script: str) -> list[str]:
    """Split on ';' at the end of a line, keeping trigger bodies (BEGIN … END;) whole.

    ``executescript`` would commit the open transaction first; running statement by statement
    keeps the whole migration inside our own transaction.
    """
    statements, current, depth = [], [], 0
    for line in script.splitlines():
        stripped = line.strip()
        if not stripped or stripped.startswith("--"):
            continue
        current.append(line)
        upper = stripped.upper()
        if upper.startswith("CREATE TRIGGER"):
            depth += 1
        if stripped.endswith(";") and (depth == 0 or upper == "END;"):
            if upper == "END;":
                depth -= 1
            statements.append("\n".join(current))
            current = []
    return statements


_SUIVI_JUDICIAIRE_V6 = tuple(
    (name, "TEXT")
    for name in (
        "jeune_id",
        "milieu",
        "statut",
        "etablissement_id",
        "date_ecrou",
        "date_liberation_prev",
        "date_levee_ecrou",
        "type_sortie",
        "spip_antenne",
        "cpip_nom",
        "cpip_contact",
        "identifiant_etablissement",
    )
)


def _v6(conn: Connection) -> None:
    from .repository import rebuild_table  # the owner of case tables' rows

    _sql_file("v006_semaine.sql")(conn)
    rebuild_table(conn, "suivi_judiciaire", _SUIVI_JUDICIAIRE_V6)


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "schéma initial", _sql_file("v001_initial.sql")),
    Migration(2, "synchronisation", _sql_file("v002_sync.sql")),
    Migration(3, "formulations pour le jeune", _sql_file("v003_youth_wording.sql")),
    Migration(4, "journaux d'accès vérifiés au bureau", _sql_file("v004_log_audit.sql")),
    Migration(5, "annuaires (référents, entrées retirées)", _sql_file("v005_directories.sql")),
    Migration(6, "semaine du référent", _v6),
    Migration(7, "transferts et conservation", _sql_file("v007_handover_retention.sql")),
)

CURRENT_VERSION = MIGRATIONS[-1].version


def schema_version(conn: Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def pending(conn: Connection, migrations: Sequence[Migration] = MIGRATIONS) -> list[Migration]:
    version = schema_version(conn)
    latest = migrations[-1].version if migrations else 0
    if version > latest:
        raise StoreTooNew()
    return [m for m in migrations if m.version > version]


def migrate(
    conn: Connection,
    migrations: Sequence[Migration] = MIGRATIONS,
    backup: Callable[[int], Path | None] | None = None,
) -> list[int]:
    """Apply pending migrations; ``backup(version)`` is called first when a store exists.

    Each migration runs in its own transaction together with the ``user_version`` bump, so a
    crash leaves the database at the previous version, ready to try again.
    """
    todo = pending(conn, migrations)
    if todo and schema_version(conn) > 0 and backup is not None:
        backup(schema_version(conn))
    done = []
    for m in todo:
        conn.execute("BEGIN IMMEDIATE")
        try:
            m.apply(conn)
            conn.execute(f"PRAGMA user_version = {int(m.version)}")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
        done.append(m.version)
    return done
