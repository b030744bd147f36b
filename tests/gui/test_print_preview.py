"""The summary preview and printing, and the right-of-access export, with real widgets.

Printing goes to a QPrinter in PDF format inside ``tmp_path`` (a test-only output): the same
painting code as a real printer, parsed back with pypdf.
"""

from __future__ import annotations

import io
import os
import tempfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QThread
from PySide6.QtGui import QColor, QPageSize
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from dedans_dehors_desktop.gui.dialogs.print_preview import (
    SummaryPreviewDialog,
    export_access,
    print_summary,
)
from dedans_dehors_desktop.reports.summary_select import set_structure_identity
from dedans_dehors_desktop.storage.store import Store

from .helpers import written_elsewhere

TODAY = date(2026, 3, 3)
CANARY_NOTE = "CANARYPREVIEWNOTE"
CANARY_CPIP = "CANARYPREVIEWCPIP"


def normalise(text: str) -> str:
    return " ".join(text.split())


def pdf_text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return normalise(" ".join(page.extract_text() for page in reader.pages))


@pytest.fixture
def private_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The process temp folder, redirected into the test's folder so that it can be watched."""
    folder = tmp_path / "tmpdir"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", None)
    return folder


@pytest.fixture
def youth(store: Store) -> str:
    with written_elsewhere(store):
        set_structure_identity(
            store.db, address="12 rue de la Parcheminerie, 35000 Rennes", phone="02 99 78 00 00"
        )
    repo = store.repo
    with written_elsewhere(store), store.db.transaction():
        jeune = repo.create(
            "jeune",
            {
                "nom_naissance": "Zarkovski",
                "prenoms": "<b>Élodie</b>",
                "sexe": "femme",
                "date_naissance": "12/05/2004",
            },
        )
        repo.create(
            "suivi_judiciaire",
            {
                "jeune_id": jeune,
                "milieu": "ferme",
                "statut": "condamne",
                "cpip_nom": CANARY_CPIP,
                "date_liberation_prev": "21/05/2026",
            },
        )
        repo.create("frein", {"jeune_id": jeune, "theme": "administratif", "statut": "identifie"})
        repo.create("frein", {"jeune_id": jeune, "theme": "emploi", "statut": "en_cours"})
        repo.create(
            "actualite",
            {
                "jeune_id": jeune,
                "date": "26/02/2026",
                "type": "entretien",
                "lieu": "intra_muros",
                "presence": "present",
                "themes": ["projet_pro", "sante"],
                "note": CANARY_NOTE,
            },
        )
        repo.create(
            "action",
            {
                "jeune_id": jeune,
                "libelle": "Écrire ta lettre de motivation",
                "echeance": "12/03/2026",
                "acteur": "jeune",
                "statut": "en_cours",
            },
        )
    return jeune


@pytest.fixture
def parent(qtbot: QtBot) -> Iterator[QWidget]:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    yield widget


def open_preview(qtbot: QtBot, store: Store, jeune: str) -> SummaryPreviewDialog:
    dialog = SummaryPreviewDialog(store, jeune, None, None, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def impressions(store: Store, jeune: str) -> int:
    return int(
        store.db.conn.execute(
            "SELECT count(*) FROM access_log WHERE action = 'impression' AND record_id = ?",
            (jeune,),
        ).fetchone()[0]
    )


def dark_pixels(dialog: SummaryPreviewDialog) -> int:
    image = dialog._view.viewport().grab().toImage()
    return sum(
        1
        for x in range(0, image.width(), 5)
        for y in range(0, image.height(), 5)
        if QColor(image.pixel(x, y)).lightness() < 100
    )


def temp_files(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


def test_the_preview_shows_the_allow_listed_summary(
    qtbot: QtBot, store: Store, youth: str, private_tmp: Path
) -> None:
    dialog = open_preview(qtbot, store, youth)
    assert dialog.page_count() >= 1
    text = pdf_text(dialog.pdf_bytes())
    assert "Bonjour <b>Élodie</b> Z.," in text
    assert "Ton projet professionnel" in text
    assert "Écrire ta lettre de motivation" in text
    for forbidden in (CANARY_NOTE, CANARY_CPIP, "Santé", "21/05/2026", "21 mai"):
        assert forbidden not in text
    # Generated from the open barriers, shown as editable lines.
    assert dialog.document_lines() == [
        "Ta pièce d'identité ou sa copie",
        "Ta carte Vitale ou ton attestation de droits",
        "Ton CV",
    ]
    # The view really paints the page (QtPdf renders in the background): dark text appears.
    qtbot.waitUntil(lambda: dark_pixels(dialog) > 100, timeout=10_000)
    # Previewing logs nothing and writes nothing.
    assert impressions(store, youth) == 0
    assert temp_files(private_tmp) == []


def test_options_change_the_pdf(qtbot: QtBot, store: Store, youth: str) -> None:
    dialog = open_preview(qtbot, store, youth)
    first_pages = dialog.page_count()

    with qtbot.waitSignal(dialog.rendered, timeout=5000):
        dialog.set_address_form("vous")
    text = pdf_text(dialog.pdf_bytes())
    assert "Vos prochaines étapes" in text and "Votre projet professionnel" in text
    # Lines nobody edited follow the form of address.
    assert "Votre pièce d'identité ou sa copie" in dialog.document_lines()

    with qtbot.waitSignal(dialog.rendered, timeout=5000):
        dialog.set_large_print(True)
    assert dialog.page_count() > first_pages

    item = dialog._documents.item(0)
    with qtbot.waitSignal(dialog.rendered, timeout=5000):
        item.setText("Ta carte de bus <i>& ticket</i>")
    text = pdf_text(dialog.pdf_bytes())
    assert "Ta carte de bus <i>& ticket</i>" in text

    with qtbot.waitSignal(dialog.rendered, timeout=5000):
        dialog._documents.setCurrentRow(1)
        dialog._remove_document.click()
    assert "Votre carte Vitale" not in pdf_text(dialog.pdf_bytes())

    # Once edited, the lines are the counsellor's: switching back to "tu" keeps them.
    with qtbot.waitSignal(dialog.rendered, timeout=5000):
        dialog.set_address_form("tu")
    assert dialog.document_lines()[0] == "Ta carte de bus <i>& ticket</i>"
    assert "Tes prochaines étapes" in pdf_text(dialog.pdf_bytes())


def test_save_writes_a_private_valid_pdf_and_logs_one_print(
    qtbot: QtBot, store: Store, youth: str, tmp_path: Path, private_tmp: Path
) -> None:
    dialog = open_preview(qtbot, store, youth)
    target = tmp_path / "sortie" / "recap.pdf"
    target.parent.mkdir()
    dialog.save_to(target)
    assert target.read_bytes() == dialog.pdf_bytes()
    assert target.stat().st_mode & 0o777 == 0o600
    assert "Bonjour" in pdf_text(target.read_bytes())
    assert sorted(p.name for p in target.parent.iterdir()) == ["recap.pdf"]
    assert impressions(store, youth) == 1
    assert temp_files(private_tmp) == []


def test_printing_paints_every_page_on_the_printer(
    qtbot: QtBot, store: Store, youth: str, tmp_path: Path, private_tmp: Path
) -> None:
    with written_elsewhere(store), store.db.transaction():
        for number in range(40):  # enough steps for a second page
            store.repo.create(
                "action",
                {
                    "jeune_id": youth,
                    "acteur": "jeune",
                    "statut": "en_projet",
                    "libelle": f"Étape supplémentaire {number}",
                },
            )
    dialog = open_preview(qtbot, store, youth)
    assert dialog.page_count() >= 2
    printed = tmp_path / "imprimante" / "sortie.pdf"
    printed.parent.mkdir()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(printed))
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setResolution(150)
    pages = dialog.print_to(printer)
    assert pages == dialog.page_count()
    reader = PdfReader(io.BytesIO(printed.read_bytes()))
    assert len(reader.pages) == pages
    box = reader.pages[0].mediabox
    assert abs(float(box.width) - 595) < 3 and abs(float(box.height) - 842) < 3
    # Every page carries the painted summary (an image), nothing else.
    for page in reader.pages:
        assert len(page.images) == 1
    metadata = {key: str(value) for key, value in (reader.metadata or {}).items()}
    assert metadata.get("/Title") == "Récapitulatif"
    assert metadata.get("/Creator") == "Récapitulatif"
    joined = " ".join(metadata.values())
    for forbidden in ("Élodie", "Zarkovski", "Dedans", "dedans"):
        assert forbidden not in joined
    assert impressions(store, youth) == 1
    assert temp_files(private_tmp) == []
    assert sorted(p.name for p in printed.parent.iterdir()) == ["sortie.pdf"]


def test_closing_the_preview_forgets_the_summary(
    qtbot: QtBot, store: Store, youth: str, parent: QWidget
) -> None:
    dialog = print_summary(store, youth, None, parent, today=TODAY)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert dialog.isModal() and dialog.parent() is parent
    assert dialog.pdf_bytes().startswith(b"%PDF")
    dialog.reject()  # what the lock does to every dialog
    assert dialog.pdf_bytes() == b""
    assert dialog.document_lines() == []
    assert dialog.page_count() == 0


def test_an_unknown_youth_shows_a_message_and_no_dialog(
    qtbot: QtBot, store: Store, parent: QWidget
) -> None:
    assert print_summary(store, "00000000-0000-0000-0000-000000000000", None, parent) is None
    assert parent.findChildren(SummaryPreviewDialog) == []
    boxes = [b for b in parent.findChildren(QMessageBox) if b.isVisible()]
    assert len(boxes) == 1
    assert "Aucun jeune" in boxes[0].text()
    boxes[0].close()


def test_export_access_writes_the_files_and_warns(
    qtbot: QtBot, store: Store, youth: str, parent: QWidget, tmp_path: Path
) -> None:
    gui_thread = QApplication.instance().thread()  # type: ignore[union-attr]
    seen_threads: list[QThread] = []
    worker = export_access(store, youth, parent, folder=tmp_path / "remise")
    worker.finished.connect(lambda _r: seen_threads.append(QThread.currentThread()))
    with qtbot.waitSignal(worker.done, timeout=20_000):
        pass
    qtbot.waitUntil(
        lambda: any(b.isVisible() for b in parent.findChildren(QMessageBox)), timeout=5000
    )
    files = sorted((tmp_path / "remise").iterdir())
    assert [p.suffix for p in files] == [".json", ".pdf"]
    assert all(p.stat().st_mode & 0o777 == 0o600 for p in files)
    text = pdf_text(files[1].read_bytes())
    assert CANARY_NOTE in text and CANARY_CPIP in text  # the person gets everything
    box = next(b for b in parent.findChildren(QMessageBox) if b.isVisible())
    assert "EN CLAIR" in box.text()
    assert str(files[0]) in box.text()
    assert seen_threads == [gui_thread]
    logged = store.db.conn.execute(
        "SELECT count(*) FROM access_log WHERE action = 'export' AND record_id = ?", (youth,)
    ).fetchone()[0]
    assert logged == 1
    box.close()


def test_export_access_into_a_file_shows_the_error(
    qtbot: QtBot, store: Store, youth: str, parent: QWidget, tmp_path: Path
) -> None:
    blocker = tmp_path / "pas-un-dossier"
    blocker.write_text("x")
    worker = export_access(store, youth, parent, folder=blocker)
    with qtbot.waitSignal(worker.done, timeout=20_000):
        pass
    qtbot.waitUntil(
        lambda: any(b.isVisible() for b in parent.findChildren(QMessageBox)), timeout=5000
    )
    box = next(b for b in parent.findChildren(QMessageBox) if b.isVisible())
    assert "dossier" in box.text()
    box.close()


def test_no_environment_leak(private_tmp: Path) -> None:
    """The fixture really redirects the temp folder used by Qt and by Python."""
    from PySide6.QtCore import QDir

    assert Path(tempfile.gettempdir()) == private_tmp
    assert Path(QDir.tempPath()) == private_tmp
    assert os.environ["TMPDIR"] == str(private_tmp)
