"""The PyInstaller spec and its launchers, checked without running PyInstaller (CI builds)."""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys

import pytest

from .paths import INSTALLERS, ROOT, SPEC


def spec_tree() -> ast.Module:
    return ast.parse(SPEC.read_text("utf-8"), filename=str(SPEC))


def assigned(name: str) -> object:
    """The literal value the spec assigns to ``name`` at top level."""
    for node in spec_tree().body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == name for t in node.targets
        ):
            return ast.literal_eval(node.value)
    raise AssertionError(f"{name} not assigned in the spec")


def dropped(dest: str) -> bool:
    patterns = [*assigned("DROPPED"), assigned("PDF_ONLY")]  # type: ignore[misc]
    return any(re.search(p, dest.lower()) for p in patterns)


def test_spec_is_python_and_names_both_programs() -> None:
    text = SPEC.read_text("utf-8")
    spec_tree()
    assert assigned("GUI_NAME") == "dedans-dehors-desktop"
    assert assigned("CLI_NAME") == "dedans-dehors"
    assert assigned("APP_DIR") == "dedans-dehors-desktop"
    assert 'analysis("launch.py")' in text
    assert 'analysis("launch_cli.py")' in text
    assert "executable(gui, GUI_NAME, console=False)" in text
    assert "executable(cli, CLI_NAME, console=True)" in text
    for script in ("launch.py", "launch_cli.py"):
        ast.parse((INSTALLERS / script).read_text("utf-8"))


def test_spec_ships_resources_schema_and_binary_modules() -> None:
    text = SPEC.read_text("utf-8")
    assert '(ROOT / "resources").rglob("*")' in text
    assert 'Path("resources")' in text  # lands in sys._MEIPASS/resources
    assert '"**/*.sql"' in text
    assert '"sqlcipher3._sqlite3"' in text
    assert '"cryptography.hazmat.bindings._rust"' in text
    assert "collect_submodules(PACKAGE)" in text  # the cli/*_cmds found by pkgutil
    assert (ROOT / "src" / "dedans_dehors_desktop" / "storage" / "sql").is_dir()


def test_spec_leaves_out_network_and_heavy_qt_modules() -> None:
    unused = assigned("QT_UNUSED")
    assert isinstance(unused, list)
    for module in (
        "QtNetwork",
        "QtWebEngineCore",
        "QtQuick",
        "QtQml",
        "Qt3DCore",
        "QtMultimedia",
        "QtWebSockets",
    ):
        assert module in unused
    for module in ("QtCore", "QtGui", "QtWidgets", "QtSvg", "QtPdf", "QtPrintSupport"):
        assert module not in unused


@pytest.mark.parametrize(
    "dest",
    [
        "PySide6/Qt/plugins/platforms/libqvnc.so",
        "PySide6/plugins/platforms/qvnc.dll",
        "PySide6/Qt/plugins/platforms/libqeglfs.so",
        "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
        "PySide6/Qt/plugins/imageformats/libqpdf.so",
        "PySide6/Qt/translations/qtbase_de.qm",
        "PySide6/translations/qt_help_fr.qm",
        "PySide6/Qt/lib/libQt6Quick.so.6",
        "PySide6/Qt6Qml.dll",
        "libQt6QmlModels.so.6",
        "PySide6/Qt/lib/libQt6Network.so.6",
        "libcups.so.2",
        "libfontconfig.so.1",
        "libdbus-1.so.3",
        "libgnutls.so.30",
        "libavahi-client.so.3",
    ],
)
def test_pruned_files(dest: str) -> None:
    assert dropped(dest)


@pytest.mark.parametrize(
    "dest",
    [
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqwayland.so",
        "PySide6/plugins/platforms/qwindows.dll",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/Qt/plugins/imageformats/libqsvg.so",
        "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
        "PySide6/Qt/translations/qtbase_fr.qm",
        "PySide6/translations/qtbase_en.qm",
        "PySide6/Qt/lib/libQt6Widgets.so.6",
        "PySide6/Qt6Gui.dll",
        "resources/i18n/dedans_dehors_en.qm",
        "resources/fonts/NotoSans-Regular.ttf",
        "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
        "libglib-2.0.so.0",
        "libpython3.11.so.1.0",
    ],
)
def test_kept_files(dest: str) -> None:
    assert not dropped(dest)


NETWORK_MODULES = (
    "socket",
    "ssl",
    "urllib.request",
    "http.client",
    "requests",
    "ftplib",
    "smtplib",
    "PySide6.QtNetwork",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtWebSockets",
)


def test_no_module_of_ours_imports_a_network_module() -> None:
    """The app never opens a connection; the spec also refuses to freeze such an import."""
    offenders = []
    for path in sorted((ROOT / "src" / "dedans_dehors_desktop").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
            for name in names:
                if any(name == m or name.startswith(m + ".") for m in NETWORK_MODULES):
                    offenders.append(f"{path.relative_to(ROOT)}: {name}")
    assert offenders == []


def test_cli_launcher_runs_the_command_line() -> None:
    done = subprocess.run(
        [sys.executable, str(INSTALLERS / "launch_cli.py"), "--help"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "dedans-dehors" in done.stdout
    assert "init" in done.stdout


@pytest.mark.slow
def test_gui_launcher_answers_self_test_without_a_display() -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    done = subprocess.run(
        [sys.executable, str(INSTALLERS / "launch.py"), "--self-test"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env=env,
    )
    assert done.stdout.startswith("Autocontrôle de Dedans-Dehors Desktop")
    assert "base chiffrée" in done.stdout
    assert done.returncode in (0, 1)
    assert (done.returncode == 0) == ("ÉCHEC" not in done.stdout)
    # The launcher answered before importing the GUI: nothing tried to open a window.
    assert "qt.qpa" not in done.stderr
