"""Qt translations: compile ``resources/i18n/*.ts`` into ``.qm``; ``--update`` re-extracts.

    .venv/bin/python scripts/build_translations.py            # compile (idempotent, quick)
    .venv/bin/python scripts/build_translations.py --update   # refresh the .ts sources first

French is the source language: the .ts files hold the other languages (English). Compiling uses
``pyside6-lrelease`` from the same environment and skips a .qm newer than its .ts.

Extraction reads every Python source of the package — GUI, core, storage, sync, reports, command
line — with ``ast``, no import: ``self.tr("…")`` (context: the class),
``QCoreApplication.translate("Ctx", "…")``, the core's ``tr("Ctx", "…")`` hook,
``QT_TRANSLATE_NOOP("Ctx", "…")`` (also imported as ``N``), the context also given as a
module-level constant (``_CTX = "Ctx"``), and module helpers
``def _t(text): return QCoreApplication.translate("Ctx", text)``, and the ``default_message`` of
the typed errors (context "Erreurs"). Existing translations are
kept; new strings are marked unfinished; strings gone from the code are marked vanished.
"""

from __future__ import annotations

import argparse
import ast
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "src" / "dedans_dehors_desktop"
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("en",)

# Strings translated through a variable that no marker names (day and month names).
EXTRA: tuple[tuple[str, str], ...] = tuple(
    ("Dates", word)
    for word in (
        "lundi",
        "mardi",
        "mercredi",
        "jeudi",
        "vendredi",
        "samedi",
        "dimanche",
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    )
)


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    location: str


def _const(node: ast.AST | None, names: dict[str, str] | None = None) -> str | None:
    """The string a node stands for: a literal, literals joined by ``+``, or a module-level
    constant of ``names`` (``_CTX = "Rapport d'activité"`` then ``tr(_CTX, "…")``)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Name) and names is not None:
        return names.get(node.id)
    if isinstance(node, ast.JoinedStr):
        return None
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _const(node.left, names), _const(node.right, names)
        if left is not None and right is not None:
            return left + right
    return None


def _module_strings(tree: ast.Module) -> dict[str, str]:
    """Module-level ``NAME = "text"`` assignments (translation contexts kept in a constant)."""
    found: dict[str, str] = {}
    for node in tree.body:
        target: ast.expr | None = None
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target = node.targets[0]
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            target = node.target
        value = _const(node.value) if isinstance(node, ast.Assign | ast.AnnAssign) else None
        if isinstance(target, ast.Name) and value is not None:
            found[target.id] = value
    return found


def _name(func: ast.AST) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def _helpers(tree: ast.Module, names: dict[str, str]) -> dict[str, str]:
    """Module functions whose first parameter is translated in a fixed context, like
    ``def _t(text): return QCoreApplication.translate("Ctx", text)`` → {"_t": "Ctx"}."""
    found: dict[str, str] = {}
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef) or not node.args.args:
            continue
        first = node.args.args[0].arg
        for inner in ast.walk(node):
            if (
                isinstance(inner, ast.Call)
                and _name(inner.func) in ("translate", "tr")
                and len(inner.args) == 2
                and _const(inner.args[0], names) is not None
                and isinstance(inner.args[1], ast.Name)
                and inner.args[1].id == first
            ):
                found[node.name] = str(_const(inner.args[0], names))
    return found


class _Visitor(ast.NodeVisitor):
    def __init__(self, path: Path, helpers: dict[str, str], names: dict[str, str]) -> None:
        self.path = path
        self.helpers = helpers
        self.names = names
        self.classes: list[str] = []
        self.out: list[Message] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        # Typed errors (core/errors.py) translate their ``default_message`` in "Erreurs".
        for item in node.body:
            if (
                isinstance(item, ast.Assign)
                and len(item.targets) == 1
                and isinstance(item.targets[0], ast.Name)
                and item.targets[0].id == "default_message"
            ):
                self._add("Erreurs", _const(item.value), item)
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def _add(self, context: str | None, source: str | None, node: ast.AST) -> None:
        if context and source:
            where = f"{self.path.relative_to(ROOT)}:{getattr(node, 'lineno', 0)}"
            self.out.append(Message(context, source, where))

    def visit_Call(self, node: ast.Call) -> None:
        name = _name(node.func)
        args = node.args
        is_self = (
            isinstance(node.func, ast.Attribute)
            and isinstance(node.func.value, ast.Name)
            and node.func.value.id == "self"
        )
        if name == "tr" and is_self and args and self.classes:
            self._add(self.classes[-1], _const(args[0]), node)
        elif name in ("translate", "tr", "QT_TRANSLATE_NOOP", "N") and len(args) >= 2:
            self._add(_const(args[0], self.names), _const(args[1]), node)
        elif name in self.helpers and args and isinstance(node.func, ast.Name):
            self._add(self.helpers[name], _const(args[0]), node)
        self.generic_visit(node)


def extract(root: Path = SOURCES) -> list[Message]:
    messages: list[Message] = []
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        names = _module_strings(tree)
        visitor = _Visitor(path, _helpers(tree, names), names)
        visitor.visit(tree)
        messages.extend(visitor.out)
    messages.extend(Message(c, s, "src/dedans_dehors_desktop/core/dates.py:0") for c, s in EXTRA)
    return messages


def _read_ts(path: Path) -> dict[tuple[str, str], tuple[str, str | None]]:
    """(context, source) → (translation, type attribute) of an existing .ts file."""
    if not path.exists():
        return {}
    known: dict[tuple[str, str], tuple[str, str | None]] = {}
    # Our own source file, in the repository: not untrusted input.
    for context in ET.parse(path).getroot().iter("context"):  # noqa: S314
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            text = translation.text if translation is not None and translation.text else ""
            kind = translation.get("type") if translation is not None else "unfinished"
            known[(name, source)] = (text, kind)
    return known


def write_ts(path: Path, language: str, messages: list[Message]) -> tuple[int, int]:
    """Merge ``messages`` into the .ts at ``path``; returns (total, unfinished)."""
    known = _read_ts(path)
    by_context: dict[str, dict[str, list[str]]] = {}
    for m in messages:
        by_context.setdefault(m.context, {}).setdefault(m.source, []).append(m.location)
    root = ET.Element(
        "TS",
        version="2.1",
        language=f"{language}_GB" if language == "en" else language,
        sourcelanguage="fr_FR",
    )
    total = unfinished = 0
    seen: set[tuple[str, str]] = set()
    for context_name in sorted(by_context):
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = context_name
        for source in sorted(by_context[context_name]):
            seen.add((context_name, source))
            message = ET.SubElement(context, "message")
            for where in by_context[context_name][source][:3]:
                file_name, _, line = where.rpartition(":")
                ET.SubElement(message, "location", filename=f"../../{file_name}", line=line)
            ET.SubElement(message, "source").text = source
            text, kind = known.get((context_name, source), ("", "unfinished"))
            translation = ET.SubElement(message, "translation")
            if text and kind not in ("unfinished", "vanished", "obsolete"):
                translation.text = text
            else:
                translation.text = text or None
                translation.set("type", "unfinished")
                unfinished += 1
            total += 1
    # Kept for a while: a string that comes back finds its translation again.
    for (context_name, source), (text, _kind) in sorted(known.items()):
        if (context_name, source) in seen or not text:
            continue
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = context_name
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = source
        ET.SubElement(message, "translation", type="vanished").text = text
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )
    return total, unfinished


def lrelease() -> Path:
    exe = Path(sys.executable).parent / (
        "pyside6-lrelease.exe" if sys.platform == "win32" else "pyside6-lrelease"
    )
    if not exe.exists():
        raise SystemExit("pyside6-lrelease introuvable : installez PySide6 dans cet environnement.")
    return exe


def compile_all(force: bool = False) -> Iterator[Path]:
    tool = None
    for ts in sorted(I18N.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if not force and qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        tool = tool or lrelease()
        subprocess.run([str(tool), "-silent", str(ts), "-qm", str(qm)], check=True)
        yield qm


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--update", action="store_true", help="re-extract the .ts sources first")
    parser.add_argument("--force", action="store_true", help="recompile every .qm")
    args = parser.parse_args(argv)
    I18N.mkdir(parents=True, exist_ok=True)
    if args.update:
        messages = extract()
        for language in LANGUAGES:
            path = I18N / f"dedans_dehors_{language}.ts"
            total, unfinished = write_ts(path, language, messages)
            print(f"{path.relative_to(ROOT)} : {total} messages, {unfinished} à traduire")
    for qm in compile_all(force=args.force or args.update):
        print(f"compilé : {qm.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
