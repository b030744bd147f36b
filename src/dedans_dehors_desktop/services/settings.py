"""Preferences of this installation kept in the encrypted store (never synced, not case data)."""

from __future__ import annotations

from collections.abc import Mapping

from ..storage import settings
from ..storage.store import Store

__all__ = ["get_setting", "set_settings"]


def get_setting(store: Store, key: str) -> str | None:
    return settings.get_setting(store.db, key)


def set_settings(store: Store, values: Mapping[str, str | None]) -> None:
    """Several settings in one transaction; ``None`` or an empty text removes one."""
    settings.set_settings(store.db, values)
