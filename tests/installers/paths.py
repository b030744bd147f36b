"""Where the packaging files live, for the installer tests."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
INSTALLERS = ROOT / "installers"
SPEC = INSTALLERS / "dedans-dehors.spec"
ICON_DIR = ROOT / "resources" / "app-icon"
DESKTOP_FILE = INSTALLERS / "linux" / "dedans-dehors-desktop.desktop"
ISS = INSTALLERS / "windows" / "dedans-dehors.iss"
BUILD_SCRIPT = INSTALLERS / "build-linux.sh"
