"""Preferences: non-secret ones in an ini file, the others inside the encrypted store.

The ini file (data folder, ``settings.ini``) holds only what is needed before unlocking: the
interface language, the last user name and the unlock-failure counter. Never case data.
Preferences that are only useful once unlocked (idle delay, mode parloir at start, the word list
of the note warning, the last permanence) live in the store's ``setting`` table.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings

from ...core.sensitive_words import DEFAULT_WORDS, SETTING_KEY
from ...services.session import Store, ensure_private_dir, private_umask
from ...services.settings import get_setting, set_settings
from .. import saving

IDLE_MIN, IDLE_MAX, IDLE_DEFAULT = 1, 10, 3
LANGUAGES = ("", "fr", "en")  # "" = the system's


class AppSettings:
    """The ini file of a data folder."""

    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / "settings.ini"
        self._q = QSettings(str(self.path), QSettings.Format.IniFormat)

    def _get(self, key: str, default: Any) -> Any:
        value = self._q.value(key, default)
        return default if value is None else value

    def _set(self, key: str, value: Any) -> None:
        self._q.setValue(key, value)
        self.sync()

    def sync(self) -> None:
        ensure_private_dir(self.path.parent)
        with private_umask():
            self._q.sync()
        if self.path.exists() and os.name == "posix":
            os.chmod(self.path, 0o600)

    @property
    def language(self) -> str:
        value = str(self._get("ui/language", ""))
        return value if value in LANGUAGES else ""

    @language.setter
    def language(self, value: str) -> None:
        self._set("ui/language", value if value in LANGUAGES else "")

    @property
    def last_user(self) -> str:
        return str(self._get("session/last_user", ""))

    @last_user.setter
    def last_user(self, value: str) -> None:
        self._set("session/last_user", value)

    # Unlock failures survive a restart: closing the app must not reset the delay.
    @property
    def failures(self) -> int:
        try:
            return max(0, int(self._get("unlock/failures", 0)))
        except (TypeError, ValueError):
            return 0

    @property
    def blocked_until(self) -> float:
        try:
            return float(self._get("unlock/blocked_until", 0.0))
        except (TypeError, ValueError):
            return 0.0

    def record_failure(self, delay_s: float) -> None:
        self._q.setValue("unlock/failures", self.failures + 1)
        self._q.setValue("unlock/blocked_until", time.time() + delay_s if delay_s else 0.0)
        self.sync()

    def reset_failures(self) -> None:
        self._q.remove("unlock")
        self.sync()


class StoreSettings:
    """Preferences kept in the encrypted store (table ``setting``, local, never synced)."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def get(self, key: str, default: Any = None) -> Any:
        text = get_setting(self.store, key)
        if text is None:
            return default
        try:
            return json.loads(text)
        except ValueError:
            return default

    def set(self, key: str, value: Any) -> None:
        saving.save(
            self.store, set_settings, self.store, {key: json.dumps(value, ensure_ascii=False)}
        )

    @property
    def idle_minutes(self) -> int:
        try:
            value = int(self.get("idle_minutes", IDLE_DEFAULT))
        except (TypeError, ValueError):
            value = IDLE_DEFAULT
        return min(IDLE_MAX, max(IDLE_MIN, value))

    @idle_minutes.setter
    def idle_minutes(self, value: int) -> None:
        self.set("idle_minutes", min(IDLE_MAX, max(IDLE_MIN, int(value))))

    @property
    def parloir_default(self) -> bool:
        return bool(self.get("parloir_default", False))

    @parloir_default.setter
    def parloir_default(self, value: bool) -> None:
        self.set("parloir_default", bool(value))

    @property
    def sensitive_words(self) -> list[str]:
        words = self.get(SETTING_KEY)
        if not isinstance(words, list):
            return list(DEFAULT_WORDS)
        return [str(w) for w in words if str(w).strip()]

    @sensitive_words.setter
    def sensitive_words(self, words: list[str]) -> None:
        self.set(SETTING_KEY, [w.strip() for w in words if w.strip()][:500])

    @property
    def permanence_etablissement(self) -> str | None:
        value = self.get("permanence_etablissement")
        return str(value) if value else None

    @permanence_etablissement.setter
    def permanence_etablissement(self, value: str | None) -> None:
        self.set("permanence_etablissement", value)
