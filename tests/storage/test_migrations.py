"""Schema migrations: one transaction each, a failing one changes nothing, a backup first, and a
database from a newer version is refused."""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from dedans_dehors_desktop.core.entities import ENTITIES
from dedans_dehors_desktop.core.errors import StoreTooNew
from dedans_dehors_desktop.storage import migrations, repository
from dedans_dehors_desktop.storage.connection import Connection, connect, integrity_problems
from dedans_dehors_desktop.storage.keyfile import KeyFile
from dedans_dehors_desktop.storage.migrations import Migration, migrate, schema_version
from dedans_dehors_desktop.storage.store import Store


def v1(conn: Connection) -> None:
    conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, nom TEXT NOT NULL)")
    conn.execute("INSERT INTO t(nom) VALUES ('premier')")


def v2(conn: Connection) -> None:
    assert conn.in_transaction, "a migration runs inside a transaction"
    conn.execute("ALTER TABLE t ADD COLUMN ville TEXT")
    conn.execute("UPDATE t SET ville = 'Rennes'")
    conn.execute("CREATE TABLE u (id INTEGER PRIMARY KEY)")


def v2_failing(conn: Connection) -> None:
    conn.execute("ALTER TABLE t ADD COLUMN ville TEXT")
    conn.execute("UPDATE t SET ville = 'Rennes'")
    conn.execute("CREATE TABLE u (id INTEGER PRIMARY KEY)")
    raise RuntimeError("panne au milieu de la migration")


M1 = Migration(1, "t", v1)
M2 = Migration(2, "ville", v2)
M2_FAILING = Migration(2, "ville", v2_failing)


@pytest.fixture
def conn(tmp_path: Path) -> Connection:
    c = connect(tmp_path / "m.db", os.urandom(32), create=True)
    yield c
    c.close()


def columns(conn: Connection, table: str) -> list[str]:
    return [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]


def tables(conn: Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def test_fresh_database_gets_every_migration_without_backup(conn: Connection) -> None:
    calls: list[int] = []
    assert migrate(conn, [M1, M2], backup=lambda v: calls.append(v)) == [1, 2]
    assert calls == []  # nothing to protect in a new database
    assert schema_version(conn) == 2
    assert conn.execute("SELECT nom, ville FROM t").fetchall() == [("premier", "Rennes")]
    assert migrate(conn, [M1, M2]) == []  # idempotent


def test_v2_applied_in_one_transaction_with_the_version_bump(conn: Connection) -> None:
    migrate(conn, [M1])
    assert not conn.in_transaction
    assert migrate(conn, [M1, M2]) == [2]
    assert not conn.in_transaction
    assert schema_version(conn) == 2
    assert "ville" in columns(conn, "t") and "u" in tables(conn)


def test_failing_v2_leaves_v1_intact_and_usable(conn: Connection) -> None:
    migrate(conn, [M1])
    conn.execute("INSERT INTO t(nom) VALUES ('second')")
    with pytest.raises(RuntimeError):
        migrate(conn, [M1, M2_FAILING])
    assert not conn.in_transaction
    assert schema_version(conn) == 1
    assert columns(conn, "t") == ["id", "nom"]
    assert "u" not in tables(conn)
    assert [r[0] for r in conn.execute("SELECT nom FROM t ORDER BY id")] == ["premier", "second"]
    conn.execute("INSERT INTO t(nom) VALUES ('troisième')")  # still usable
    assert integrity_problems(conn) == []
    assert migrate(conn, [M1, M2]) == [2]  # and the migration can be tried again
    assert conn.execute("SELECT count(*) FROM t WHERE ville = 'Rennes'").fetchone()[0] == 3


def test_backup_made_before_migrating_an_existing_database(conn: Connection) -> None:
    migrate(conn, [M1])
    seen: list[tuple[int, int, list[str]]] = []

    def backup(version: int) -> None:
        seen.append((version, schema_version(conn), columns(conn, "t")))

    migrate(conn, [M1, M2], backup=backup)
    assert seen == [(1, 1, ["id", "nom"])]  # called once, before anything changed


def test_failing_backup_prevents_the_migration(conn: Connection) -> None:
    migrate(conn, [M1])

    def backup(version: int) -> None:
        raise OSError("disque plein")

    with pytest.raises(OSError):
        migrate(conn, [M1, M2], backup=backup)
    assert schema_version(conn) == 1 and columns(conn, "t") == ["id", "nom"]


def test_newer_database_refused(conn: Connection) -> None:
    migrate(conn, [M1, M2])
    with pytest.raises(StoreTooNew) as info:
        migrate(conn, [M1])
    assert "version plus récente" in str(info.value)
    assert schema_version(conn) == 2 and "ville" in columns(conn, "t")


def test_split_statements_keeps_trigger_bodies_whole() -> None:
    script = """
    -- commentaire
    CREATE TABLE a (x);
    CREATE TRIGGER tr AFTER INSERT ON a BEGIN
        INSERT INTO a VALUES (1);
        INSERT INTO a VALUES (2);
    END;
    CREATE INDEX ax ON a(x);
    """
    statements = migrations._split_statements(script)
    assert len(statements) == 3
    assert statements[1].count("INSERT INTO") == 2 and statements[1].rstrip().endswith("END;")


# --- through Store.open ------------------------------------------------------------------------


def store_v2(conn: Connection) -> None:
    conn.execute("ALTER TABLE jeune ADD COLUMN surnom TEXT")


def test_store_open_backs_up_then_migrates(
    store_factory: Callable[..., Store],
    new_youth: Callable[..., dict[str, object]],
    monkeypatch: pytest.MonkeyPatch,
    user_name: str,
    passphrase: str,
) -> None:
    store = store_factory()
    store.repo.create("jeune", new_youth(nom_naissance="Avant"))
    root = store.paths.root
    store.close()
    plan = [*migrations.MIGRATIONS, Migration(migrations.CURRENT_VERSION + 1, "surnom", store_v2)]
    real_migrate = migrations.migrate
    monkeypatch.setattr(
        migrations,
        "migrate",
        lambda conn, m=None, backup=None: real_migrate(conn, plan, backup=backup),
    )
    with Store.open(root, user=user_name, passphrase=passphrase) as opened:
        assert schema_version(opened.db.conn) == migrations.CURRENT_VERSION + 1
        assert "surnom" in columns(opened.db.conn, "jeune")
        assert opened.check() == []
    backups = sorted((root / "backups").iterdir())
    assert len(backups) == 1
    assert backups[0].name.startswith(f"avant-migration-v{migrations.CURRENT_VERSION}-")
    data = backups[0].read_bytes()
    assert not data.startswith(b"SQLite format 3") and b"Avant" not in data
    key = KeyFile.load(root / "store.key").unlock(user_name, passphrase)[1]
    old = connect(backups[0], key)
    try:
        assert schema_version(old) == migrations.CURRENT_VERSION
        assert "surnom" not in columns(old, "jeune")
        assert old.execute("SELECT nom_naissance FROM jeune").fetchall() == [("Avant",)]
        assert integrity_problems(old) == []
    finally:
        old.close()
    # Opening again: already migrated, no second backup.
    Store.open(root, user=user_name, passphrase=passphrase).close()
    assert len(list((root / "backups").iterdir())) == 1


def test_store_open_with_failing_migration_changes_nothing(
    store_factory: Callable[..., Store],
    new_youth: Callable[..., dict[str, object]],
    monkeypatch: pytest.MonkeyPatch,
    user_name: str,
    passphrase: str,
) -> None:
    store = store_factory()
    store.repo.create("jeune", new_youth())
    root = store.paths.root
    store.close()

    def broken(conn: Connection) -> None:
        conn.execute("ALTER TABLE jeune ADD COLUMN surnom TEXT")
        conn.execute("SELECT * FROM table_qui_n_existe_pas")

    plan = [*migrations.MIGRATIONS, Migration(migrations.CURRENT_VERSION + 1, "cassée", broken)]
    real_migrate = migrations.migrate
    with monkeypatch.context() as m:
        m.setattr(
            migrations,
            "migrate",
            lambda conn, _m=None, backup=None: real_migrate(conn, plan, backup=backup),
        )
        with pytest.raises(Exception):  # noqa: B017 - whatever the migration raised
            Store.open(root, user=user_name, passphrase=passphrase)
    assert not (root / "store.db-wal").exists()
    with Store.open(root, user=user_name, passphrase=passphrase) as reopened:
        assert schema_version(reopened.db.conn) == migrations.CURRENT_VERSION
        assert "surnom" not in columns(reopened.db.conn, "jeune")
        assert len(reopened.repo.list("jeune")) == 1
        assert reopened.check() == []


YOUTH_WORDINGS = (
    ("action", "libelle_jeune"),
    ("actualite", "lieu_jeune"),
    ("partenaire", "nom_jeune"),
)


def clear_column_caches() -> None:
    for value in vars(repository).values():
        if callable(getattr(value, "cache_clear", None)):
            value.cache_clear()


def test_a_version_2_store_with_data_migrates_to_the_current_version_keeping_it(
    store_factory: Callable[..., Store],
    new_youth: Callable[..., dict[str, object]],
    monkeypatch: pytest.MonkeyPatch,
    request: pytest.FixtureRequest,
    user_name: str,
    passphrase: str,
) -> None:
    """A store made by version 2 (before the youth wordings), with a youth, an interview, a
    partner and a step, opens under the current version: the data and the history are kept,
    the new wording columns exist and are empty, and they take a value through the write path."""
    version_2 = [m for m in migrations.MIGRATIONS if m.version <= 2]
    real_migrate = migrations.migrate
    with monkeypatch.context() as m:
        m.setattr(
            migrations,
            "migrate",
            lambda conn, _m=None, backup=None: real_migrate(conn, version_2, backup=backup),
        )
        # Version 2's entities did not have the wording fields: its write path never wrote them.
        # The repository caches its column lists per table: emptied on the way in and out.
        clear_column_caches()
        request.addfinalizer(clear_column_caches)
        store = store_factory()
        assert schema_version(store.db.conn) == 2
        # Every field a later migration added (the wordings and whatever came after) is left out.
        for table, old in list(ENTITIES.items()):
            present = set(columns(store.db.conn, table))
            kept = tuple(f for f in old.fields if f.name in present)
            if present and kept != old.fields:
                m.setitem(ENTITIES, table, dataclasses.replace(old, fields=kept))
        clear_column_caches()
        assert "libelle_jeune" not in columns(store.db.conn, "action")
        repo = store.repo
        jeune = repo.create("jeune", new_youth(nom_naissance="Ancienne"))
        partenaire = repo.create("partenaire", {"nom": "AFPA de Rennes", "type": "afpa"})
        actualite = repo.create(
            "actualite",
            {
                "jeune_id": jeune,
                "date": "2026-01-15",
                "type": "entretien",
                "lieu": "mission_locale",
            },
        )
        action = repo.create(
            "action",
            {
                "jeune_id": jeune,
                "libelle": "Mettre à jour le CV",
                "acteur": "jeune",
                "statut": "en_cours",
                "partenaire_id": partenaire,
            },
        )
        repo.update("action", action, {"statut": "en_attente"})
        before = {
            table: repo.require(table, rid)
            for table, rid in (
                ("jeune", jeune),
                ("partenaire", partenaire),
                ("actualite", actualite),
                ("action", action),
            )
        }
        root = store.paths.root
        store.close()
    clear_column_caches()
    with Store.open(root, user=user_name, passphrase=passphrase) as opened:
        conn = opened.db.conn
        assert schema_version(conn) == migrations.CURRENT_VERSION
        assert "libelle_jeune" in columns(conn, "action")
        assert "lieu_jeune" in columns(conn, "actualite")
        assert "nom_jeune" in columns(conn, "partenaire")
        assert opened.check() == []
        for (table, _), row in zip(
            (
                ("jeune", jeune),
                ("partenaire", partenaire),
                ("actualite", actualite),
                ("action", action),
            ),
            before.values(),
            strict=True,
        ):
            after = opened.repo.require(table, str(row["id"]))
            assert {k: after.get(k) for k in row} == dict(row), table
        assert not opened.repo.require("action", action).get("libelle_jeune")
        opened.repo.update("action", action, {"libelle_jeune": "Refaire ton CV"})
        opened.repo.update("partenaire", partenaire, {"nom_jeune": "Centre de formation"})
        opened.repo.update("actualite", actualite, {"lieu_jeune": "À la Mission Locale"})
        assert opened.repo.require("action", action)["libelle_jeune"] == "Refaire ton CV"
        assert opened.repo.require("action", action)["libelle"] == "Mettre à jour le CV"
    backups = sorted((root / "backups").iterdir())
    assert [b.name.startswith("avant-migration-v2-") for b in backups] == [True]


def test_v6_adds_the_establishment_identifier_and_keeps_every_judicial_row(
    conn: Connection,
) -> None:
    """Migration 6 rebuilds suivi_judiciaire: rows, rowids, bookkeeping and indexes kept, the
    new field among the fields (before the bookkeeping columns)."""
    migrate(conn, [m for m in migrations.MIGRATIONS if m.version <= 2])
    conn.execute(
        "INSERT INTO suivi_judiciaire(rowid, id, jeune_id, milieu, cpip_nom, _deleted, _v, _seq, "
        "_extra, _ctx) VALUES (42, 'a', 'j', 'ferme', 'Mme Roche', 0, '[]', 7, '{\"x\": 1}', '{}')"
    )
    indexes_before = {
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'suivi_judiciaire'"
        )
    }
    assert 6 in migrate(conn)
    cols = columns(conn, "suivi_judiciaire")
    assert cols[cols.index("cpip_contact") + 1] == "identifiant_etablissement"
    assert cols[-5:] == ["_deleted", "_v", "_seq", "_extra", "_ctx"]
    row = conn.execute(
        "SELECT rowid, id, milieu, cpip_nom, identifiant_etablissement, _seq, _extra, _ctx "
        "FROM suivi_judiciaire"
    ).fetchall()
    assert row == [(42, "a", "ferme", "Mme Roche", None, 7, '{"x": 1}', "{}")]
    indexes_after = {
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'suivi_judiciaire'"
        )
    }
    assert indexes_after == indexes_before and "suivi_judiciaire_jeune" in indexes_after
    assert {"creneau", "inscription", "accord_partage", "commission"} <= tables(conn)
    assert not integrity_problems(conn)
