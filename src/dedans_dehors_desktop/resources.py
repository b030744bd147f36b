"""Where the read-only resources (fonts, icons, translations, word lists) live.

In a source checkout or an editable install they sit in ``resources/`` at the project root; in
a frozen build PyInstaller places them under ``sys._MEIPASS/resources``.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache
def resources_dir() -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    candidates = []
    if frozen_root:
        candidates.append(Path(frozen_root) / "resources")
    candidates.append(Path(__file__).resolve().parents[2] / "resources")
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("resources")


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
