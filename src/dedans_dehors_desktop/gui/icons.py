"""Icons: SVG files in ``resources/icons``, rendered at any size and pixel ratio by Qt."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from ..resources import resource_path


@cache
def _load(name: str) -> QIcon:
    path = resource_path("icons", f"{name}.svg")
    return QIcon(str(path)) if path.exists() else QIcon()


def icon(name: str) -> QIcon:
    return QIcon(_load(name))


@cache
def _app_icon() -> QIcon:
    path = resource_path("app-icon", "dedans-dehors.svg")
    return QIcon(str(path)) if path.exists() else _load("application")


def app_icon() -> QIcon:
    """The application's own icon (window, unlock screen), shared with the installers."""
    return QIcon(_app_icon())
