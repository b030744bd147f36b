"""The icon, the Linux menu entry, the Windows installer definition, the build script, the
licence and the About text: the files a package is made of, checked as they are."""

from __future__ import annotations

import configparser
import importlib.util
import re
import shutil
import struct
import subprocess
import xml.etree.ElementTree as ET
from types import ModuleType

import pytest

from dedans_dehors_desktop import __version__
from dedans_dehors_desktop.about import about_text

from .paths import BUILD_SCRIPT, DESKTOP_FILE, ICON_DIR, INSTALLERS, ISS, ROOT


def load_script(name: str) -> ModuleType:
    """A script of installers/ (not a package), imported from its path."""
    spec = importlib.util.spec_from_file_location(name, INSTALLERS / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


make_icons = load_script("make_icons")

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == PNG_MAGIC
    width, height = struct.unpack(">II", data[16:24])  # IHDR comes first
    return width, height


@pytest.mark.parametrize("size", make_icons.PNG_SIZES)
def test_icon_png_exists_at_each_size(size: int) -> None:
    data = (ICON_DIR / make_icons.png_name(size)).read_bytes()
    assert png_size(data) == (size, size)


def test_icon_sizes_cover_desktops_and_installers() -> None:
    assert {16, 24, 32, 48, 64, 128, 256, 512} <= set(make_icons.PNG_SIZES)


def test_ico_holds_every_windows_size() -> None:
    data = (ICON_DIR / make_icons.ICO_NAME).read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sizes = []
    for index in range(count):
        width, height, _c, _r, _planes, _bits, length, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * index : 22 + 16 * index]
        )
        size = width or 256
        assert (width, height) in ((size, size), (0, 0))
        assert png_size(data[offset : offset + length]) == (size, size)
        sizes.append(size)
    assert sizes == sorted(make_icons.ICO_SIZES)


def test_svg_is_well_formed_and_uses_the_palette() -> None:
    text = (ICON_DIR / make_icons.SVG_NAME).read_text("utf-8")
    root = ET.fromstring(text)
    assert root.tag.endswith("svg")
    assert root.get("viewBox") == "0 0 64 64"
    assert "#0F6E6E" in text  # teal
    assert "#E8873A" in text  # warm orange


def test_committed_renders_match_the_svg() -> None:
    """Edited the SVG? Run installers/make_icons.py: the PNGs must follow it."""
    from PySide6.QtGui import QGuiApplication, QImage

    _app = QGuiApplication.instance() or QGuiApplication([])
    svg = ICON_DIR / make_icons.SVG_NAME

    def pixels(png: bytes) -> bytes:
        # Pixels, not bytes: PNG encoders differ between machines.
        image = QImage.fromData(png).convertToFormat(QImage.Format.Format_ARGB32)
        return bytes(image.constBits())

    for size in (16, 48, 256):
        committed = (ICON_DIR / make_icons.png_name(size)).read_bytes()
        rendered, kept = pixels(make_icons.render_png(svg, size)), pixels(committed)
        assert len(rendered) == len(kept)
        # Antialiasing may differ by a unit between Qt builds; an edited SVG moves far more.
        assert max(abs(a - b) for a, b in zip(rendered, kept, strict=True)) <= 2


def test_desktop_entry_is_valid() -> None:
    validator = shutil.which("desktop-file-validate")
    if validator:
        done = subprocess.run(
            [validator, str(DESKTOP_FILE)], capture_output=True, text=True, check=False
        )
        assert done.returncode == 0, done.stdout + done.stderr
        assert done.stdout.strip() == ""  # no warning either
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP_FILE, encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Exec"] == "dedans-dehors-desktop"
    assert entry["Icon"] == "dedans-dehors-desktop"
    assert entry["Terminal"] == "false"
    assert entry["Name"] == "Dedans-Dehors Desktop"


def test_build_script_installs_what_the_desktop_entry_names() -> None:
    script = BUILD_SCRIPT.read_text("utf-8")
    assert 'ln -s "/opt/$app/$app" "$stage/usr/bin/$app"' in script
    assert 'ln -s "/opt/$app/dedans-dehors" "$stage/usr/bin/dedans-dehors"' in script
    assert "usr/share/icons/hicolor/${size}x${size}/apps" in script
    assert '"$dir/$app.png"' in script
    assert "installers/linux/$app.desktop" in script
    assert "--root-owner-group" in script
    assert "--self-test" in script
    # Nothing runs at install time, so nothing can download anything.
    assert "postinst" not in script
    assert "curl" not in script and "wget" not in script


def test_build_script_is_valid_shell() -> None:
    subprocess.run(["bash", "-n", str(BUILD_SCRIPT)], check=True)
    shellcheck = shutil.which("shellcheck")
    if shellcheck:
        done = subprocess.run(
            [shellcheck, str(BUILD_SCRIPT)], capture_output=True, text=True, check=False
        )
        assert done.returncode == 0, done.stdout


def iss_sections() -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = ""
    for raw in ISS.read_text("utf-8").splitlines():
        line = raw.strip()
        if re.fullmatch(r"\[\w+\]", line):
            current = line[1:-1]
            sections[current] = []
        elif current and line and not line.startswith(";"):
            sections[current].append(line)
    return sections


def test_windows_installer_definition() -> None:
    sections = iss_sections()
    for name in ("Setup", "Languages", "Tasks", "Files", "Icons", "Run", "Code"):
        assert name in sections
    setup = dict(line.split("=", 1) for line in sections["Setup"])
    assert setup["DefaultDirName"].startswith("{autopf}")
    assert setup["PrivilegesRequired"] == "admin"
    assert setup["AppVersion"] == "{#AppVersion}"
    assert setup["ArchitecturesInstallIn64BitMode"] == "x64compatible"
    assert "french" in sections["Languages"][0] and "French.isl" in sections["Languages"][0]
    assert any("english" in line for line in sections["Languages"])
    assert any("desktopicon" in line and "unchecked" in line for line in sections["Tasks"])
    assert any("{autoprograms}" in line for line in sections["Icons"])
    # Files the definition points at, relative to its own folder, exist (the bundle is built).
    for key in ("LicenseFile", "SetupIconFile"):
        assert (ISS.parent / setup[key].replace("\\", "/")).resolve().is_file(), key
    text = ISS.read_text("utf-8")
    assert '#define Bundle "..\\..\\dist\\dedans-dehors-desktop"' in text
    assert '#define AppExe "dedans-dehors-desktop.exe"' in text
    assert "'--self-test'" in text


def test_windows_build_notes_say_it_was_not_built() -> None:
    notes = (INSTALLERS / "windows" / "BUILD.md").read_text("utf-8")
    assert "not built yet" in notes
    assert "pyinstaller --noconfirm --clean installers\\dedans-dehors.spec" in notes
    assert 'iscc.exe" installers\\windows\\dedans-dehors.iss' in notes


def test_licence_is_the_eupl_in_full() -> None:
    text = (ROOT / "LICENSE").read_text("utf-8")
    assert text.startswith("EUROPEAN UNION PUBLIC LICENCE v. 1.2\n")
    headings = [
        "Definitions",
        "Scope of the rights granted by the Licence",
        "Communication of the Source Code",
        "Limitations on copyright",
        "Obligations of the Licensee",
        "Chain of Authorship",
        "Disclaimer of Warranty",
        "Disclaimer of Liability",
        "Additional agreements",
        "Acceptance of the Licence",
        "Information to the public",
        "Termination of the Licence",
        "Miscellaneous",
        "Jurisdiction",
        "Applicable Law",
    ]
    for number, heading in enumerate(headings, start=1):
        assert f"\n{number}. {heading}\n" in text
    assert "\nAppendix\n" in text
    assert text.rstrip().endswith("require the production of a new EUPL version.")
    # "license = { text = ... }" today; an SPDX string ("license = ...") once setuptools >= 77.
    pyproject = (ROOT / "pyproject.toml").read_text("utf-8")
    assert re.search(r'^license = (\{ text = )?"EUPL-1\.2"', pyproject, re.MULTILINE)


def test_about_text() -> None:
    text = about_text()
    assert text.startswith("Dedans-Dehors Desktop\n")
    assert f"Version {__version__}" in text
    assert "EUPL-1.2" in text
    assert "Aucune connexion réseau" in text
    for library in ("PySide6", "Qt ", "SQLCipher 4.", "cryptography", "reportlab", "Python"):
        assert library in text
