"""Nothing below the GUI imports Qt: every non-GUI module imports with PySide6 blocked."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

LAYERS = ("core", "storage", "crypto", "sync", "reports", "intake", "services", "cli")
TOP_LEVEL = ("logsetup", "resources", "app_selftest")

PROBE = """
import importlib, json, pkgutil, sys

class BlockQt:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("PySide6", "shiboken6"):
            raise ImportError(f"Qt is blocked: {name}")
        return None

sys.meta_path.insert(0, BlockQt())
layers, top_level = json.loads(sys.argv[1]), json.loads(sys.argv[2])
imported, failed = [], {}
names = [f"dedans_dehors_desktop.{m}" for m in top_level]
for layer in layers:
    package = importlib.import_module(f"dedans_dehors_desktop.{layer}")
    names.append(package.__name__)
    names += [m.name for m in pkgutil.walk_packages(package.__path__, package.__name__ + ".")
              if ".gui" not in m.name]
for name in names:
    try:
        importlib.import_module(name)
        imported.append(name)
    except Exception as exc:
        failed[name] = f"{type(exc).__name__}: {exc}"
print(json.dumps({
    "imported": imported,
    "failed": failed,
    "qt": sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6")),
    "gui": sorted(m for m in sys.modules if m.startswith("dedans_dehors_desktop.gui")),
}))
"""


def run_probe() -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, json.dumps(LAYERS), json.dumps(TOP_LEVEL)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def test_non_gui_layers_import_without_qt() -> None:
    result = run_probe()
    assert result["failed"] == {}
    assert result["qt"] == []
    assert result["gui"] == []
    imported = result["imported"]
    assert isinstance(imported, list)
    for layer in LAYERS:
        assert f"dedans_dehors_desktop.{layer}" in imported
    # The walk really reached the modules (not just the packages).
    for module in (
        "core.validation",
        "storage.store",
        "storage.repository",
        "crypto.keywrap",
        "cli.store_cmds",
        "reports.summary_pdf",
    ):
        assert f"dedans_dehors_desktop.{module}" in imported


def test_the_block_really_blocks() -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROBE.split("layers, top_level")[0] + "import PySide6\n"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode != 0 and "Qt is blocked" in done.stderr


def _package_imports(layer: str) -> dict[str, set[str]]:
    """Each module of ``layer`` → the package's top-level parts it imports (relative or not)."""
    root = Path(__file__).resolve().parents[1] / "src" / "dedans_dehors_desktop"
    found: dict[str, set[str]] = {}
    for path in sorted((root / layer).rglob("*.py")):
        parts = path.relative_to(root).with_suffix("").parts
        package = parts[:-1]  # for __init__ too: its package is its folder
        targets: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level:
                base = package[: len(package) - (node.level - 1)]
                name = (*base, *(node.module or "").split(".")) if node.module else base
                if name:
                    targets.add(name[0])
                else:  # "from .. import x": x is a top-level part
                    targets.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom | ast.Import):
                names = (
                    [node.module or ""]
                    if isinstance(node, ast.ImportFrom)
                    else [alias.name for alias in node.names]
                )
                for name in names:
                    if name.startswith("dedans_dehors_desktop."):
                        targets.add(name.split(".")[1])
        found["/".join(parts)] = targets
    return found


def test_intake_imports_only_core_and_storage() -> None:
    imports = _package_imports("intake")
    assert "intake/rows" in imports and "intake/apply" in imports
    assert "storage" in imports["intake/apply"]  # the walk sees relative imports
    wrong = {
        module: sorted(targets - {"core", "storage", "intake"})
        for module, targets in imports.items()
        if targets - {"core", "storage", "intake"}
    }
    assert wrong == {}
