"""Icons: SVG files in ``resources/icons``, rendered at any size and pixel ratio by Qt."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

from ...resources import resource_path


@cache
def _load(name: str) -> QIcon:
    path = resource_path("icons", f"{name}.svg")
    return QIcon(str(path)) if path.exists() else QIcon()


def icon(name: str) -> QIcon:
    return QIcon(_load(name))


APP_ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


@cache
def _app_icon() -> QIcon:
    # The PNG renderings first: they need no SVG plugin (a frozen build may lack it) and the
    # small sizes are hinted by hand; the SVG only when they are missing.
    folder = resource_path("app-icon")
    result = QIcon()
    for size in APP_ICON_SIZES:
        png = folder / f"dedans-dehors-{size}.png"
        if png.exists():
            result.addFile(str(png), QSize(size, size))
    if result.isNull():
        svg = folder / "dedans-dehors.svg"
        result = QIcon(str(svg)) if svg.exists() else _load("application")
    return result


def app_icon() -> QIcon:
    """The application's own icon (windows, unlock screen, À propos), shared with the
    installers."""
    return QIcon(_app_icon())
