"""Printing the summary handed to the youth, and the right-of-access export, from the GUI.

The summary is rendered in memory (reports/summary_pdf.py), shown with QtPdf from a ``QBuffer``
and painted page by page onto the printer: no temporary file, no PDF viewer, no spool file of
ours. Only "Enregistrer en PDF…" writes to disk, where the user chose.

Entry points for the case-file and interview screens (import them lazily):
``print_summary(store, jeune_id, actualite_id, parent)`` and ``export_access(store, jeune_id,
parent)``.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import UserError
from ...core.paper_check import PaperCheck
from ...services import documents
from ...services.documents import (
    AccessExport,
    AddressForm,
    ReviewLine,
    SummaryOptions,
    SummaryReview,
    log_printed,
    render_summary,
    review_summary,
    suggested_documents,
)
from ...services.session import Store, write_private_file
from .. import saving
from ..shell.errors import show_error, show_message
from ..workers import Cancelled, JobContext, Worker, run_in_background

__all__ = [
    "RewriteDialog",
    "SummaryPreviewDialog",
    "export_access",
    "paint_pdf",
    "print_summary",
]

# A full A4 page at 600 dpi is a 140 MB image; 300 dpi is sharp on paper and a quarter of it.
MAX_PRINT_DPI = 300
_EDIT_DELAY_MS = 400


def paint_pdf(document: QPdfDocument, printer: QPrinter) -> int:
    """Paint every page of ``document`` onto ``printer``; returns the number of pages.

    Each page is rasterised at the printer's resolution (capped) and fitted to the paper, keeping
    its proportions, so an A4 summary prints right on Letter paper too.
    """
    pages = document.pageCount()
    painter = QPainter()
    if not painter.begin(printer):
        raise UserError(
            QCoreApplication.translate(
                "Impression",
                "L'imprimante n'a pas pu être ouverte. Vérifiez qu'elle est allumée et réessayez.",
            )
        )
    try:
        dpi = min(printer.resolution(), MAX_PRINT_DPI)
        for index in range(pages):
            if index:
                printer.newPage()
            points = document.pagePointSize(index)
            image = document.render(
                index, QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
            )
            area = QRectF(painter.viewport())
            scale = min(area.width() / image.width(), area.height() / image.height())
            width, height = image.width() * scale, image.height() * scale
            target = QRectF(
                area.x() + (area.width() - width) / 2,
                area.y() + (area.height() - height) / 2,
                width,
                height,
            )
            painter.drawImage(target, image)
    finally:
        painter.end()
    return pages


class RewriteDialog(QDialog):
    """The youth wording of one held line, checked as it is typed."""

    def __init__(
        self, line: ReviewLine, current: str, check: PaperCheck, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Réécrire pour le jeune"))
        self._check = check
        intro = QLabel(
            self.tr("Ce qui sera imprimé à la place de : {ligne}").format(ligne=line.text)
        )
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        self.editor = QLineEdit(current)
        self.editor.setMaxLength(300)
        self.editor.setAccessibleName(self.tr("Texte pour le jeune"))
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.status.setObjectName("rewriteStatus")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.editor)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.editor.textChanged.connect(self._recheck)
        self._recheck()
        self.resize(520, 180)

    def text(self) -> str:
        return self.editor.text().strip()

    def _recheck(self) -> None:
        reasons = self._check.reasons(self.editor.text())
        if reasons:
            self.status.setText(
                self.tr("Encore retenue : {raisons}").format(
                    raisons="; ".join(r.text for r in reasons)
                )
            )
        else:
            self.status.setText(self.tr("Cette formulation sera imprimée."))


class SummaryPreviewDialog(QDialog):
    """The summary as it will print, with the counsellor's choices beside it.

    ``rendered`` is emitted each time the preview shows a new PDF.
    """

    rendered = Signal()

    def __init__(
        self,
        store: Store,
        jeune_id: str,
        actualite_id: str | None = None,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._jeune_id = jeune_id
        self._actualite_id = actualite_id
        self._today = today
        self._pdf = b""
        self._buffer: QBuffer | None = None
        self._documents_edited = False
        self._filling = False
        self._confirmed: set[str] = set()
        self._review: SummaryReview | None = None

        # A neutral title: window titles show in task bars and window lists.
        self.setWindowTitle(self.tr("Récapitulatif à remettre au jeune"))
        self.setModal(True)
        self.resize(1180, 680)  # fits 1366×768 with the task bar and the title bar

        self._document = QPdfDocument(self)
        self._view = QPdfView(self)
        self._view.setDocument(self._document)
        self._view.setPageMode(QPdfView.PageMode.MultiPage)
        self._view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._view.setAccessibleName(self.tr("Aperçu du récapitulatif"))

        self._tu = QRadioButton(self.tr("Tutoyer (« tu »)"))
        self._vous = QRadioButton(self.tr("Vouvoyer (« vous »)"))
        self._tu.setChecked(True)
        self._form_group = QButtonGroup(self)
        self._form_group.addButton(self._tu)
        self._form_group.addButton(self._vous)
        form_box = QGroupBox(self.tr("S'adresser au jeune"))
        form_layout = QVBoxLayout(form_box)
        form_layout.addWidget(self._tu)
        form_layout.addWidget(self._vous)

        self._large = QCheckBox(self.tr("Gros caractères"))

        self._documents = QListWidget()
        self._documents.setWordWrap(True)
        self._documents.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._documents.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self._documents.setAccessibleName(self.tr("Documents à préparer"))
        self._add_document = QPushButton(self.tr("Ajouter une ligne"))
        self._remove_document = QPushButton(self.tr("Retirer la ligne"))
        documents_box = QGroupBox(self.tr("Documents à préparer"))
        documents_layout = QVBoxLayout(documents_box)
        documents_layout.addWidget(self._documents)
        row = QHBoxLayout()
        row.addWidget(self._add_document)
        row.addWidget(self._remove_document)
        documents_layout.addLayout(row)
        hint = QLabel(
            self.tr(
                "Double-cliquez sur une ligne pour la modifier. Ces lignes servent à cette "
                "impression seulement : elles ne sont pas enregistrées dans le dossier."
            )
        )
        hint.setTextFormat(Qt.TextFormat.PlainText)
        hint.setWordWrap(True)
        documents_layout.addWidget(hint)

        # The review: every line held back with its reasons, every line that will print.
        self.held_list = QListWidget()
        self.held_list.setObjectName("heldLines")
        self.held_list.setWordWrap(True)
        self.held_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.held_list.setAccessibleName(self.tr("Lignes retenues, non imprimées"))
        self.rewrite_button = QPushButton(self.tr("Réécrire pour le jeune…"))
        self.confirm_button = QPushButton(self.tr("Imprimer quand même…"))
        held_hint = QLabel(
            self.tr(
                "Ces lignes ne sont pas imprimées. Réécrivez-les pour le jeune, ou imprimez-les "
                "telles quelles après confirmation (notée dans le journal des accès)."
            )
        )
        held_hint.setTextFormat(Qt.TextFormat.PlainText)
        held_hint.setWordWrap(True)
        held_page = QWidget()
        held_layout = QVBoxLayout(held_page)
        held_layout.addWidget(held_hint)
        held_layout.addWidget(self.held_list, 1)
        held_buttons = QHBoxLayout()
        held_buttons.addWidget(self.rewrite_button)
        held_buttons.addWidget(self.confirm_button)
        held_layout.addLayout(held_buttons)
        self.printed_list = QListWidget()
        self.printed_list.setObjectName("printedLines")
        self.printed_list.setWordWrap(True)
        self.printed_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.printed_list.setAccessibleName(self.tr("Lignes imprimées"))
        self.tabs = QTabWidget()
        self.tabs.addTab(held_page, "")
        self.tabs.addTab(self.printed_list, "")
        self.tabs.addTab(documents_box, self.tr("Documents"))

        self._print_button = QPushButton(self.tr("Imprimer…"))
        self._save_button = QPushButton(self.tr("Enregistrer en PDF…"))
        self._close_button = QPushButton(self.tr("Fermer"))
        self._print_button.setDefault(True)

        side = QVBoxLayout()
        side.addWidget(form_box)
        side.addWidget(self._large)
        side.addWidget(self.tabs, 1)
        side.addWidget(self._print_button)
        side.addWidget(self._save_button)
        side.addWidget(self._close_button)
        side_widget = QWidget()
        side_widget.setLayout(side)
        side_widget.setFixedWidth(400)

        layout = QHBoxLayout(self)
        layout.addWidget(side_widget)
        layout.addWidget(self._view, 1)

        self._render_timer = QTimer(self)
        self._render_timer.setSingleShot(True)
        self._render_timer.timeout.connect(self.refresh)

        self._fill_documents()
        self._form_group.buttonToggled.connect(self._on_form_changed)
        self._large.toggled.connect(lambda _checked: self._schedule(0))
        self._documents.itemChanged.connect(self._on_documents_edited)
        self._documents.model().rowsRemoved.connect(self._on_documents_edited)
        self._add_document.clicked.connect(self._on_add_document)
        self._remove_document.clicked.connect(self._on_remove_document)
        self._print_button.clicked.connect(self._on_print)
        self._save_button.clicked.connect(self._on_save)
        self._close_button.clicked.connect(self.reject)
        self.rewrite_button.clicked.connect(self._on_rewrite)
        self.confirm_button.clicked.connect(self._on_confirm)
        self.held_list.currentRowChanged.connect(lambda _row: self._update_review_buttons())
        self.finished.connect(self._forget)

        self.refresh()
        if self.held_list.count():
            self.tabs.setCurrentIndex(0)
            self.held_list.setCurrentRow(0)
        else:
            self.tabs.setCurrentIndex(1)

    # --- state ----------------------------------------------------------------------------------

    @property
    def address_form(self) -> AddressForm:
        return "vous" if self._vous.isChecked() else "tu"

    def set_address_form(self, form: AddressForm) -> None:
        (self._vous if form == "vous" else self._tu).setChecked(True)

    def set_large_print(self, large: bool) -> None:
        self._large.setChecked(large)

    def document_lines(self) -> list[str]:
        return [self._documents.item(i).text() for i in range(self._documents.count())]

    def set_document_lines(self, lines: list[str]) -> None:
        self._replace_documents(lines)
        self._documents_edited = True
        self._schedule(0)

    def pdf_bytes(self) -> bytes:
        """The PDF currently shown (what "Imprimer" and "Enregistrer" use)."""
        return self._pdf

    def page_count(self) -> int:
        return self._document.pageCount()

    def options(self) -> SummaryOptions:
        return SummaryOptions(
            actualite_id=self._actualite_id,
            address_form=self.address_form,
            large_print=self._large.isChecked(),
            documents=tuple(self.document_lines()),
            today=self._today,
            confirmed=frozenset(self._confirmed),
        )

    def review(self) -> SummaryReview | None:
        """The lines of the summary shown last: printed, and held back with their reasons."""
        return self._review

    # --- rendering ------------------------------------------------------------------------------

    def _schedule(self, delay_ms: int) -> None:
        self._render_timer.start(delay_ms)

    def refresh(self) -> None:
        """Select, render and show the summary with the current options."""
        self._render_timer.stop()
        review = review_summary(self._store, self._jeune_id, self.options())
        pdf = render_summary(review.content)
        buffer = QBuffer(self)
        buffer.setData(QByteArray(pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._document.load(buffer)
        if self._buffer is not None:
            # The document read the old buffer until the line above; it can go now.
            self._buffer.close()
            self._buffer.deleteLater()
        self._buffer = buffer
        self._pdf = pdf
        self._show_review(review)
        self.rendered.emit()

    # --- review ---------------------------------------------------------------------------------

    def _show_review(self, review: SummaryReview) -> None:
        current = self.held_list.currentItem()
        current_key = current.data(Qt.ItemDataRole.UserRole) if current is not None else None
        self._review = review
        self.held_list.clear()
        for line in review.held:
            reasons = "\n".join(f"⚠ {reason}" for reason in line.reason_texts)
            item = QListWidgetItem(f"{line.section} — {line.text}\n{reasons}")
            item.setData(Qt.ItemDataRole.UserRole, line.key)
            self.held_list.addItem(item)
            if line.key == current_key:
                self.held_list.setCurrentItem(item)
        if self.held_list.currentRow() < 0 and self.held_list.count():
            self.held_list.setCurrentRow(0)
        self.printed_list.clear()
        for line in review.printed:
            text = f"{line.section} — {line.text}"
            if line.confirmed:
                text += self.tr(" (imprimée après confirmation)")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, line.key)
            self.printed_list.addItem(item)
        self.tabs.setTabText(0, self.tr("À relire ({n})").format(n=len(review.held)))
        self.tabs.setTabText(1, self.tr("Imprimé ({n})").format(n=len(review.printed)))
        self._update_review_buttons()

    def held_keys(self) -> list[str]:
        return [
            str(self.held_list.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.held_list.count())
        ]

    def select_held(self, key: str) -> None:
        for i in range(self.held_list.count()):
            if self.held_list.item(i).data(Qt.ItemDataRole.UserRole) == key:
                self.held_list.setCurrentRow(i)
                return
        raise KeyError(key)

    def _current_line(self) -> ReviewLine | None:
        item = self.held_list.currentItem()
        if item is None or self._review is None:
            return None
        return self._review.line(str(item.data(Qt.ItemDataRole.UserRole)))

    def _update_review_buttons(self) -> None:
        line = self._current_line()
        self.confirm_button.setEnabled(line is not None and line.confirmable)
        self.rewrite_button.setEnabled(line is not None and self._can_rewrite(line))

    @staticmethod
    def _can_rewrite(line: ReviewLine) -> bool:
        return line.key.startswith("document:") or (
            line.wording_field is not None and line.record_id is not None
        )

    def _on_rewrite(self) -> QDialog | None:
        """Open the rewriting of the selected held line (window-modal, no nested loop)."""
        line = self._current_line()
        if line is None or not self._can_rewrite(line):
            return None
        check = documents.paper_check(self._store, self._jeune_id, self._today)
        current = documents.wording_to_rewrite(self._store, line)
        dialog = RewriteDialog(line, current, check, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._rewrite_chosen(line, dialog.text()))
        dialog.open()
        return dialog

    def _rewrite_chosen(self, line: ReviewLine, text: str) -> None:
        if line.key.startswith("document:"):
            for row in range(self._documents.count()):
                item = self._documents.item(row)
                if item.text().strip() == line.text:
                    item.setText(text)  # re-renders through itemChanged
                    break
            return
        try:
            if not saving.save(self._store, documents.rewrite_for_youth, self._store, line, text):
                return
        except UserError as exc:
            show_error(self, exc, self.tr("Réécrire pour le jeune"))
            return
        self.refresh()

    def _on_confirm(self) -> QMessageBox | None:
        """Ask before printing the selected held line as it is; the answer is logged."""
        line = self._current_line()
        if line is None or not line.confirmable:
            return None
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Imprimer quand même"),
            self.tr(
                "Imprimer cette ligne telle quelle ?\n\n{ligne}\n\nRetenue pour : {raisons}\n\n"
                "Le récapitulatif peut être lu par d'autres que le jeune. Cette confirmation est "
                "notée dans le journal des accès."
            ).format(ligne=line.text, raisons="; ".join(line.reason_texts)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(
            lambda result: (
                self.confirm_line(line.key) if result == QMessageBox.StandardButton.Yes else None
            )
        )
        box.open()
        return box

    def confirm_line(self, key: str) -> None:
        """Print the held line ``key`` as it is (for this print), and log the confirmation."""
        line = self._review.line(key) if self._review is not None else None
        if line is None or not line.confirmable:
            return
        try:
            saving.save(self._store, documents.confirm_held_line, self._store, self._jeune_id, line)
        except UserError as exc:
            show_error(self, exc)
            return
        self._confirmed.add(key)
        self.refresh()

    def _fill_documents(self) -> None:
        lines = suggested_documents(self._store, self._jeune_id, self.address_form, self._today)
        self._replace_documents(lines)

    def _replace_documents(self, lines: Sequence[str]) -> None:
        self._filling = True
        try:
            self._documents.clear()
            for line in lines:
                self._append_document(line)
        finally:
            self._filling = False

    def _append_document(self, text: str) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self._documents.addItem(item)
        return item

    def _on_form_changed(self, _button: object, checked: bool) -> None:
        if not checked:
            return
        if not self._documents_edited:
            # The generated lines speak to the youth too ("Ton CV" / "Votre CV").
            self._fill_documents()
        self._schedule(0)

    def _on_documents_edited(self, *_args: object) -> None:
        if self._filling:
            return
        self._documents_edited = True
        self._schedule(_EDIT_DELAY_MS)

    def _on_add_document(self) -> None:
        item = self._append_document("")
        self._documents.setCurrentItem(item)
        self._documents.editItem(item)

    def _on_remove_document(self) -> None:
        row = self._documents.currentRow()
        if row >= 0:
            self._documents.takeItem(row)

    # --- output ---------------------------------------------------------------------------------

    def _make_printer(self) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setFullPage(True)
        self._label_printer(printer)
        return printer

    def _label_printer(self, printer: QPrinter) -> None:
        # Shown in print queues and written in a PDF printer's metadata: neutral words only. Not
        # even the application's name, which tells a reader that the youth is in detention.
        neutral = self.tr("Récapitulatif")
        printer.setDocName(neutral)
        printer.setCreator(neutral)

    def print_to(self, printer: QPrinter) -> int:
        """Print the current summary on ``printer``; logs one ``impression``."""
        self._flush_pending()
        printer.setFullPage(True)
        self._label_printer(printer)
        pages = paint_pdf(self._document, printer)
        log_printed(self._store, self._jeune_id)
        return pages

    def save_to(self, path: Path) -> None:
        """Write the current summary to ``path`` atomically (0600); logs one ``impression``."""
        self._flush_pending()
        try:
            write_private_file(path, self._pdf)
        except OSError as exc:
            raise UserError(
                self.tr("Le fichier n'a pas pu être enregistré ({raison}).").format(
                    raison=exc.strerror or type(exc).__name__
                )
            ) from None
        log_printed(self._store, self._jeune_id)

    def _flush_pending(self) -> None:
        if self._render_timer.isActive():
            self.refresh()

    # Printer and file choosers are opened with open(), not exec(): no nested event loop, so a
    # lock that closes every dialog meanwhile never returns into a deleted preview.

    def _on_print(self) -> None:
        printer = self._make_printer()
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Imprimer le récapitulatif"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # The connection keeps the printer alive as long as the dialog that configures it.
        dialog.accepted.connect(lambda: self._print_chosen(printer))
        # QPrintDialog.open is the (receiver, member) overload in PySide6; QDialog's is wanted.
        QDialog.open(dialog)

    def _print_chosen(self, printer: QPrinter) -> None:
        try:
            self.print_to(printer)
        except UserError as exc:
            show_error(self, exc, self.tr("Impression"))

    def _on_save(self) -> None:
        suggested = Path.home() / self.tr("recapitulatif-{date}.pdf").format(
            date=(self._today or date.today()).isoformat()
        )
        dialog = QFileDialog(
            self, self.tr("Enregistrer le récapitulatif"), str(suggested), self.tr("PDF (*.pdf)")
        )
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setDefaultSuffix("pdf")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(self._save_chosen)
        dialog.open()

    def _save_chosen(self, name: str) -> None:
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            self.save_to(path)
        except UserError as exc:
            show_error(self, exc, self.tr("Enregistrement"))
            return
        show_message(self, self.tr("Le récapitulatif a été enregistré."), self.tr("Enregistrement"))

    def _forget(self) -> None:
        """Drop the rendered summary when the dialog closes (or the app locks and closes it)."""
        self._render_timer.stop()
        self._document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.setData(QByteArray())
            self._buffer = None
        self._pdf = b""
        self._review = None
        self.held_list.clear()
        self.printed_list.clear()
        self._replace_documents(())


def print_summary(
    store: Store,
    jeune_id: str,
    actualite_id: str | None,
    parent: QWidget,
    *,
    today: date | None = None,
) -> SummaryPreviewDialog | None:
    """Open the preview of the summary (window-modal); ``None`` if it could not be built."""
    title = QCoreApplication.translate("Impression", "Récapitulatif")
    try:
        # Checked before the dialog exists, so that a missing record leaves no half-built child.
        documents.summary_content(
            store, jeune_id, SummaryOptions(actualite_id=actualite_id, today=today)
        )
        dialog = SummaryPreviewDialog(store, jeune_id, actualite_id, parent, today=today)
    except UserError as exc:
        show_error(parent, exc, title)
        return None
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def export_access(
    store: Store, jeune_id: str, parent: QWidget, *, folder: Path | None = None
) -> Worker | QFileDialog:
    """Right of access: choose a folder, then write the PDF and the JSON on a background job.

    Returns the folder chooser, or with ``folder`` given the job (its ``done`` signal fires once
    the user has been told the outcome).
    """
    if folder is not None:
        return _start_access_export(store, jeune_id, folder, parent)
    chooser = QFileDialog(
        parent,
        QCoreApplication.translate("Droit d'accès", "Dossier où écrire l'export"),
        str(Path.home()),
    )
    chooser.setFileMode(QFileDialog.FileMode.Directory)
    chooser.setOption(QFileDialog.Option.ShowDirsOnly, True)
    chooser.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    chooser.fileSelected.connect(
        lambda chosen: (
            _start_access_export(store, jeune_id, Path(chosen), parent) if chosen else None
        )
    )
    chooser.open()
    return chooser


def _start_access_export(store: Store, jeune_id: str, folder: Path, parent: QWidget) -> Worker:
    title = QCoreApplication.translate("Droit d'accès", "Droit d'accès (RGPD)")

    def job(ctx: JobContext) -> AccessExport:
        ctx.progress(0, 0)
        ctx.check()
        return documents.export_access(store, jeune_id, folder)

    def finished(result: AccessExport) -> None:
        text = QCoreApplication.translate(
            "Droit d'accès",
            "L'export a été écrit :\n{pdf}\n{json}\n\nCes fichiers contiennent EN CLAIR toutes "
            "les données du jeune, notes et informations judiciaires comprises. Remettez-les à "
            "la personne de façon sécurisée, puis supprimez-les de ce poste.",
        ).format(pdf=result.pdf, json=result.json)
        show_message(parent, text, title)

    def failed(exc: BaseException) -> None:
        if not isinstance(exc, Cancelled):
            show_error(parent, exc, title)

    return run_in_background(job, name="droit-d-acces", on_finished=finished, on_failed=failed)
