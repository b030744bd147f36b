"""Translation hook for the layers below the GUI.

French is the source language. The core marks user-facing strings with ``tr(context, text)``;
by default it returns the French text. The GUI installs a translator (Qt's
``QCoreApplication.translate``) at start-up so that the same strings are translated with the
application's ``.ts``/``.qm`` files, without the core ever importing Qt.
"""

from __future__ import annotations

from collections.abc import Callable

_translate: Callable[[str, str], str] = lambda _context, text: text  # noqa: E731


def tr(context: str, text: str) -> str:
    """Translate ``text`` (French source) in ``context``."""
    return _translate(context, text)


def install_translator(translate: Callable[[str, str], str]) -> None:
    global _translate
    _translate = translate


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark a string for extraction without translating it now (used in tables of labels)."""
    return text
