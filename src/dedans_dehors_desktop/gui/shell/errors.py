"""One dialog family for errors, and the global exception hook.

A ``UserError`` carries a French message written for the user: it is shown as is. Any other
exception is a bug: the dialog and the log name its type and where it happened, never its
message or local values, which may hold case data (a name in a ``ValueError``...).
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ...core.errors import UserError

log = logging.getLogger(__name__)


def _t(text: str) -> str:
    return QCoreApplication.translate("Erreurs", text)


def user_message(exc: BaseException) -> str:
    """The French text to show for ``exc``: its own message, or a generic one for a bug."""
    if isinstance(exc, UserError):
        return str(exc)
    if isinstance(exc, MemoryError):
        return _t("La mémoire de l'ordinateur est insuffisante pour terminer l'opération.")
    if isinstance(exc, OSError):
        return _t(
            "Le fichier ou le dossier n'a pas pu être lu ou écrit (droits, disque plein "
            "ou support retiré)."
        )
    return _t(
        "Une erreur inattendue est survenue. Rien n'a été modifié au-delà de la "
        "dernière opération terminée."
    )


def safe_summary(exc: BaseException, tb: TracebackType | None = None) -> str:
    """Type and code locations only: safe for a log or a bug report."""
    frames = traceback.extract_tb(tb or exc.__traceback__)
    where = " <- ".join(
        f"{f.filename.rsplit('/', 1)[-1]}:{f.lineno}" for f in reversed(frames[-6:])
    )
    return f"{type(exc).__name__} at {where}" if where else type(exc).__name__


# A box without a parent belongs to Python: it must be kept alive until it is closed.
_orphans: set[QMessageBox] = set()


def _box(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    details: str | None = None,
) -> QMessageBox:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if details:
        box.setDetailedText(details)
    box.setObjectName("errorDialog")
    if parent is None:
        _orphans.add(box)
        box.finished.connect(lambda _result, b=box: _orphans.discard(b))
    return box


def show_error(parent: QWidget | None, exc: BaseException, title: str | None = None) -> None:
    """Show ``exc`` to the user (non-blocking: the dialog closes with the lock like any other)."""
    if not isinstance(exc, UserError):
        log.error("erreur : %s", safe_summary(exc))
    details = None if isinstance(exc, UserError) else safe_summary(exc)
    box = _box(
        parent,
        QMessageBox.Icon.Warning if isinstance(exc, UserError) else QMessageBox.Icon.Critical,
        title or _t("Dedans-Dehors"),
        user_message(exc),
        details,
    )
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()


def show_message(parent: QWidget | None, text: str, title: str | None = None) -> None:
    box = _box(parent, QMessageBox.Icon.Information, title or _t("Dedans-Dehors"), text)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()


def install_excepthook(on_error: Callable[[BaseException], None] | None = None) -> None:
    """Route uncaught exceptions (also those raised in slots) to the error dialog."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        log.error("exception non traitée : %s", safe_summary(exc, tb))
        if on_error is not None:
            on_error(exc)
            return
        if QApplication.instance() is not None:
            parent = QApplication.activeWindow()
            show_error(parent, exc)

    sys.excepthook = hook
