"""Writing a printed document where the user chose, atomically, with a French message."""

from __future__ import annotations

from pathlib import Path

from ..core.errors import InputRejected
from ..core.i18n import tr
from ..storage.files import atomic_write


def save_pdf(target: Path, pdf: bytes) -> None:
    if target.is_dir():
        raise InputRejected(tr("Documents", "La destination doit être un fichier PDF."))
    if not target.parent.is_dir():
        raise InputRejected(tr("Documents", "Le dossier de destination n'existe pas."))
    try:
        atomic_write(target, pdf)
    except OSError as exc:
        raise InputRejected(
            tr("Documents", "Impossible d'écrire le fichier ({raison}).").format(
                raison=exc.strerror or type(exc).__name__
            )
        ) from None
