"""One owner per table: no INSERT, UPDATE, DELETE or REPLACE on a table outside the module that
``storage.owners`` names for it.

Every module under src/ is parsed (AST); SQL is found in string literals, f-strings (a computed
part reads ``{}``), ``+`` concatenations and ``.format``/``%`` templates. Docstrings and other bare
string statements are prose, not SQL, and are skipped.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from dedans_dehors_desktop.core.entities import ENTITIES
from dedans_dehors_desktop.storage.owners import COMPUTED_TABLE, OWNERS, owner_of

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "dedans_dehors_desktop"
SQL_DIR = PACKAGE / "storage" / "sql"

_NAME = r"(%\(\w+\)s|[\w{}%]+)"
WRITE = re.compile(
    r"\b(?:(?<!do )UPDATE(?:\s+OR\s+\w+)?\s+" + _NAME + r"\s+SET\b"
    r"|(?:INSERT|REPLACE)(?:\s+OR\s+\w+)?\s+INTO\s+" + _NAME + r"|DELETE\s+FROM\s+" + _NAME + ")",
    re.IGNORECASE,
)
_PLACEHOLDER = re.compile(r"\{[^}]*\}|%\(\w+\)s|%s")


def _text(node: ast.expr) -> str | None:
    """The SQL text of a string expression, computed parts as ``{}``; None if not a string."""
    if isinstance(node, ast.Constant):
        return node.value if isinstance(node.value, str) else None
    if isinstance(node, ast.JoinedStr):
        return "".join(str(v.value) if isinstance(v, ast.Constant) else "{}" for v in node.values)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _text(node.left), _text(node.right)
        if left is None and right is None:
            return None
        return (left if left is not None else "{}") + (right if right is not None else "{}")
    return None


def _strings(tree: ast.AST) -> Iterator[tuple[int, str]]:
    prose = {
        id(s.value)
        for s in ast.walk(tree)
        if isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant)
    }
    for node in ast.walk(tree):
        if isinstance(node, (ast.Constant, ast.JoinedStr, ast.BinOp)) and id(node) not in prose:
            text = _text(node)
            if text:
                yield node.lineno, text


def writes(source: str) -> set[tuple[int, str]]:
    """(line, table) of every write statement in a module's source (``{}``: computed name)."""
    found = set()
    for line, text in _strings(ast.parse(source)):
        for match in WRITE.finditer(text):
            name = next(g for g in match.groups() if g)
            found.add((line, _PLACEHOLDER.sub("{}", name).lower()))
    return found


def violations(module: str, source: str) -> list[str]:
    return [
        f"{module}:{line}: writes {table!r}, owned by {owner_of(table) or 'nobody'}"
        for line, table in sorted(writes(source))
        if owner_of(table) != module
    ]


def _modules() -> Iterator[tuple[str, str]]:
    for path in sorted(PACKAGE.rglob("*.py")):
        module = ".".join(path.relative_to(PACKAGE).with_suffix("").parts)
        yield module, path.read_text("utf-8")


# --- the rule over the real code -------------------------------------------------------------


def test_every_write_is_in_its_tables_owner() -> None:
    problems = [p for module, source in _modules() for p in violations(module, source)]
    assert problems == []


def test_the_scan_sees_the_owners_writes() -> None:
    """Guards against a scan that finds nothing (and so passes whatever the code does)."""
    seen: dict[str, set[str]] = {}
    for module, source in _modules():
        for _, table in writes(source):
            seen.setdefault(module, set()).add(table)
    assert {"conflict"} <= seen["storage.conflicts"]
    assert {"history", "draft", COMPUTED_TABLE} <= seen["storage.repository"]
    assert {"{}_fts"} <= seen["storage.database"]
    assert {"sync_pending_purge", "sync_member"} <= seen["sync.scope"]
    # Every owner named in the map does write something.
    assert set(OWNERS.values()) <= set(seen)


def test_every_table_of_the_schema_has_one_owner() -> None:
    schema = "\n".join(p.read_text("utf-8") for p in sorted(SQL_DIR.glob("*.sql")))
    tables = set(re.findall(r"CREATE (?:VIRTUAL )?TABLE (\w+)", schema, re.IGNORECASE))
    assert set(ENTITIES) <= tables
    assert {"conflict", "history", "draft", "jeune_liste"} <= tables
    assert {f"{e.table}_fts" for e in ENTITIES.values() if e.fts} <= tables
    unowned = sorted(t for t in tables if owner_of(t) is None)
    assert unowned == []
    # Case data and everything derived from it stays in storage.
    for table in [*ENTITIES, "conflict", "history", "draft", "jeune_liste", "actualite_fts"]:
        assert str(owner_of(table)).startswith("storage."), table


def test_no_write_statement_in_the_schema_files() -> None:
    """Migrations create structure; rows are written by their owners only."""
    for path in sorted(SQL_DIR.glob("*.sql")):
        assert not WRITE.search(path.read_text("utf-8")), path.name


# --- the detector itself ---------------------------------------------------------------------

SNIPPET = '''
"""Docstring mentioning UPDATE jeune SET nom: prose, not a statement."""

def f(db, e, table, ids):
    db.conn.execute(f"UPDATE {e.table} SET _ctx = ? WHERE id = ?", ("{}", "x"))
    db.conn.execute(
        "INSERT OR REPLACE INTO conflict(tbl, record_id, field, vals, detected_hlc) "
        "VALUES (?, ?, ?, ?, ?)", ()
    )
    db.conn.execute("delete from history where tbl = ?", (table,))
    db.conn.execute("DELETE FROM " + table + " WHERE id = ?", ("x",))
    db.conn.execute("REPLACE INTO draft(id) VALUES (?)", ("x",))
    db.conn.execute("UPDATE {t}_fts SET x = 1".format(t=table))
    db.conn.execute("INSERT INTO sync_member(device_id) VALUES (?) "
                    "ON CONFLICT(device_id) DO UPDATE SET added_hw = 1", ())
    db.conn.execute("INSERT INTO %s(id) VALUES (?)" % table, ())
    db.conn.execute("SELECT id FROM jeune WHERE _deleted = 0")
    label = "Mettre à jour la fiche"
'''


def test_detector_finds_each_kind_of_write() -> None:
    found = {table for _, table in writes(SNIPPET)}
    assert found == {"{}", "conflict", "history", "draft", "{}_fts", "sync_member"}


def test_detector_reports_a_write_outside_the_owner() -> None:
    problems = violations("sync.state", SNIPPET)
    tables = {p.split("writes ")[1].split(",")[0] for p in problems}
    assert tables == {"'{}'", "'conflict'", "'history'", "'draft'", "'{}_fts'", "'sync_member'"}
    assert any("sync.state:5: writes '{}', owned by storage.repository" in p for p in problems)


@pytest.mark.parametrize(
    ("module", "statement"),
    [
        ("storage.conflicts", "DELETE FROM conflict WHERE tbl = ?"),
        ("storage.repository", "INSERT INTO history(tbl) VALUES (?)"),
        ("storage.youth_index", "DELETE FROM jeune_liste"),
        ("sync.peers", "INSERT OR REPLACE INTO sync_echo(device_id) VALUES (?)"),
    ],
)
def test_detector_accepts_the_owner(module: str, statement: str) -> None:
    assert violations(module, f"def f(db):\n    db.conn.execute({statement!r})\n") == []


@pytest.mark.parametrize(
    ("module", "statement"),
    [
        ("sync.orphans", "DELETE FROM conflict WHERE tbl = 'jeune'"),
        ("gui.pages.sync_view", "UPDATE jeune SET nom_usage = ?"),
        ("storage.repository", "INSERT INTO unknown_table(id) VALUES (?)"),
        ("sync.apply", "INSERT INTO sync_bundle_log(at) VALUES (?)"),
    ],
)
def test_detector_refuses_another_module(module: str, statement: str) -> None:
    assert len(violations(module, f"def f(db):\n    db.conn.execute({statement!r})\n")) == 1
