"""Saving or printing one of the week's documents (a PDF already rendered in memory).

Choosers are opened with open(), never exec(): a lock that closes every window meanwhile never
returns into a deleted dialog. Printing paints the pages from memory (no temporary file).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, Qt
from PySide6.QtGui import QPageSize
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from ...core.errors import UserError
from ...services.documents import save_pdf
from ..shell.errors import show_error, show_message
from .print_preview import paint_pdf

_CTX = "Documents"


def _t(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def choose_pdf_path(
    parent: QWidget, title: str, suggested: str, on_chosen: Callable[[Path], object]
) -> QFileDialog:
    dialog = QFileDialog(parent, title, str(Path.home() / suggested), _t("PDF (*.pdf)"))
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setDefaultSuffix("pdf")
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def chosen(name: str) -> None:
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        on_chosen(path)

    dialog.fileSelected.connect(chosen)
    dialog.open()
    return dialog


def write_pdf(parent: QWidget, path: Path, render: Callable[[], bytes]) -> bool:
    """Render (which logs the printing) and write; errors are shown, never raised."""
    try:
        save_pdf(path, render())
    except UserError as exc:
        show_error(parent, exc, _t("Enregistrement"))
        return False
    show_message(parent, _t("Le document a été enregistré."), _t("Enregistrement"))
    return True


def print_pdf(parent: QWidget, render: Callable[[], bytes]) -> QPrintDialog:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setFullPage(True)
    neutral = _t("Document de travail")  # shown in print queues: neutral words only
    printer.setDocName(neutral)
    printer.setCreator(neutral)
    dialog = QPrintDialog(printer, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def chosen() -> None:
        try:
            pdf = render()
            buffer = QBuffer()
            buffer.setData(QByteArray(pdf))
            buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            document = QPdfDocument()
            document.load(buffer)
            try:
                paint_pdf(document, printer)
            finally:
                document.close()
                buffer.close()
                buffer.setData(QByteArray())
        except UserError as exc:
            show_error(parent, exc, _t("Impression"))

    dialog.accepted.connect(chosen)
    QDialog.open(dialog)
    return dialog
