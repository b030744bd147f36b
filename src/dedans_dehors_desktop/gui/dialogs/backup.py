"""Fichier → Sauvegarder : an encrypted copy of the whole store, written on a background job."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QWidget

from ...services.session import Store
from ..shell.errors import show_error, show_message
from ..workers import Cancelled, JobContext, Worker, run_in_background

SUFFIX = ".ddbak"


def _t(text: str) -> str:
    return QCoreApplication.translate("Sauvegarde", text)


def default_name(today: date | None = None) -> str:
    return f"dedans-dehors-{(today or date.today()).isoformat()}{SUFFIX}"


def backup_store(
    store: Store, parent: QWidget, *, dest: Path | None = None
) -> Worker | QFileDialog:
    """Ask where (unless ``dest`` is given), then write the backup with a progress bar."""
    if dest is not None:
        return _start(store, dest, parent)
    chooser = QFileDialog(parent, _t("Enregistrer la sauvegarde chiffrée"), str(Path.home()))
    chooser.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    chooser.setNameFilter(_t("Sauvegarde Dedans-Dehors (*.ddbak)"))
    chooser.setDefaultSuffix(SUFFIX.lstrip("."))
    chooser.selectFile(default_name())
    chooser.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    chooser.fileSelected.connect(
        lambda chosen: _start(store, Path(chosen), parent) if chosen else None
    )
    chooser.open()
    return chooser


def _start(store: Store, dest: Path, parent: QWidget) -> Worker:
    progress = QProgressDialog(_t("Sauvegarde chiffrée en cours…"), "", 0, 0, parent)
    progress.setObjectName("backupProgress")
    progress.setCancelButton(None)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(0)
    progress.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    progress.show()

    def job(ctx: JobContext) -> Path:
        ctx.progress(0, 0)
        ctx.check()
        store.backup(dest)
        return dest

    def finished(path: Path) -> None:
        progress.close()
        show_message(
            parent,
            _t(
                "Sauvegarde chiffrée enregistrée :\n{chemin}\n\nElle s'ouvre avec la phrase de "
                "passe d'aujourd'hui. Rangez-la ailleurs que cet ordinateur."
            ).format(chemin=path),
            _t("Sauvegarde"),
        )

    def failed(exc: BaseException) -> None:
        progress.close()
        if not isinstance(exc, Cancelled):
            show_error(parent, exc, _t("Sauvegarde"))

    return run_in_background(job, name="sauvegarde", on_finished=finished, on_failed=failed)
