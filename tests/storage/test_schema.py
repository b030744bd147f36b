"""The schema of a freshly created store: built from the entity specifications, minimal, private."""

from __future__ import annotations

import os
from collections.abc import Callable

from dedans_dehors_desktop.core.entities import ENTITIES, FORBIDDEN_FIELD_WORDS
from dedans_dehors_desktop.core.textnorm import fold
from dedans_dehors_desktop.storage import migrations
from dedans_dehors_desktop.storage.store import Store

BOOKKEEPING = ["_deleted", "_v", "_seq", "_extra"]


def all_columns(store: Store) -> dict[str, list[str]]:
    conn = store.db.conn
    tables = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {t: [r[1] for r in conn.execute(f"PRAGMA table_info('{t}')")] for t in tables}


def test_no_column_names_an_offence_a_sentence_or_a_record(store: Store) -> None:
    found = [
        (table, column)
        for table, cols in all_columns(store).items()
        for column in cols
        if any(word in fold(column) for word in FORBIDDEN_FIELD_WORDS)
    ]
    found += [
        (table, "")
        for table in all_columns(store)
        if any(word in fold(table) for word in FORBIDDEN_FIELD_WORDS)
    ]
    assert found == []


def test_every_entity_is_a_table_with_its_fields(store: Store) -> None:
    columns = all_columns(store)
    for name, entity in ENTITIES.items():
        expected = ["id", *entity.column_names]
        # In the specification's order; a field added by a later migration (ALTER TABLE ADD
        # COLUMN, e.g. "retire" in v8) comes after the bookkeeping columns.
        assert [c for c in columns[name] if c in expected] == expected, name
        assert set(BOOKKEEPING) <= set(columns[name]), name
        # Anything else is bookkeeping too (underscore prefix), never a field without a spec.
        extra = set(columns[name]) - set(expected) - set(BOOKKEEPING)
        assert all(c.startswith("_") for c in extra), (name, extra)


def test_schema_version_and_security_settings(store: Store) -> None:
    conn = store.db.conn
    assert migrations.schema_version(conn) == migrations.CURRENT_VERSION
    assert str(conn.execute("PRAGMA journal_mode").fetchone()[0]).lower() == "wal"
    assert conn.execute("PRAGMA temp_store").fetchone()[0] == 2
    assert str(conn.execute("PRAGMA cipher_memory_security").fetchone()[0]) == "1"
    assert conn.execute("PRAGMA secure_delete").fetchone()[0] == 1
    assert int(str(conn.execute("PRAGMA cipher_version").fetchone()[0]).split(".")[0]) >= 4


def test_identity_of_a_new_store(store_factory: Callable[..., Store]) -> None:
    office = store_factory(role="office", structure_name="Mission Locale du Pays de Rennes")
    laptop = store_factory(role="laptop")
    assert (office.db.role, laptop.db.role) == ("office", "laptop")
    assert office.db.structure_name == "Mission Locale du Pays de Rennes"
    assert office.db.replica_id != laptop.db.replica_id
    assert office.db.store_id == office.keyfile.store_id != laptop.keyfile.store_id
    assert office.check() == [] and laptop.check() == []


def test_files_are_private(store: Store) -> None:
    if os.name != "posix":
        return
    for path in [store.paths.root, *store.paths.root.iterdir()]:
        assert path.stat().st_mode & 0o077 == 0, path
