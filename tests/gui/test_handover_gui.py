"""The window's handover: the case file's "Transférer…" dialog, the office's transfers page
(trust by fingerprint, incoming transfer with merge or create, erasure), and retention."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from dedans_dehors_desktop.gui.dialogs.handover import HandoverDialog
from dedans_dehors_desktop.gui.pages.case_file import CaseFilePage
from dedans_dehors_desktop.gui.pages.transfers import TransfersPage
from dedans_dehors_desktop.services import handover, retention
from dedans_dehors_desktop.storage.repository import Repository
from dedans_dehors_desktop.storage.store import Store

from .conftest import PASSPHRASE, USER, light_kdf


def office(root: Path, name: str) -> Store:
    return Store.create(
        root,
        role="office",
        structure_name=name,
        user=USER,
        passphrase=PASSPHRASE,
        kdf=light_kdf(),
        enforce_policy=False,
    )


def test_transfer_from_the_case_file_to_the_other_office(qtbot: Any, tmp_path: Path) -> None:
    a = office(tmp_path / "a", "Mission Locale de Périgueux")
    b = office(tmp_path / "b", "Mission Locale du Bergeracois")
    try:
        # Trust both ways through the transfers page and its fingerprint dialog.
        page_a, page_b = TransfersPage(a), TransfersPage(b)
        qtbot.addWidget(page_a)
        qtbot.addWidget(page_b)
        id_a = page_a.export_identity(tmp_path)
        id_b = page_b.export_identity(tmp_path / "b.ddml")
        assert id_a is not None and id_b is not None
        for page, path in ((page_b, id_a), (page_a, id_b)):
            dialog = page.import_identity(path)
            assert dialog is not None
            assert dialog.findChild(QPushButton, "fingerprintSame") is not None
            dialog.accept()
            assert page.offices.rowCount() == 1

        with a.db.transaction():
            jid = a.repo.create(
                "jeune",
                {
                    "nom_naissance": "Martin",
                    "prenoms": "Lucas",
                    "sexe": "homme",
                    "date_naissance": "2004-03-14",
                },
            )
            a.repo.create(
                "actualite",
                {"jeune_id": jid, "date": "2025-03-03", "type": "entretien", "note": "À joindre"},
            )
        case = CaseFilePage(a, jid)
        qtbot.addWidget(case)
        button = case.findChild(QPushButton, "handoverButton")
        assert button is not None and not button.isHidden()
        button.click()
        dialog = case.findChild(HandoverDialog)
        assert dialog is not None and dialog.office.count() == 1
        dialog.dest = tmp_path
        dialog.send_button.click()  # no consent: refused, the dialog stays
        assert dialog.sent is None and dialog.isVisible()
        dialog.consent_given.setChecked(True)
        dialog.notes.item(0).setCheckState(Qt.CheckState.Checked)
        dialog.send_button.click()
        assert dialog.sent is not None and dialog.sent.path.exists()
        assert handover.traces(a, jid)

        incoming = page_b.open_transfer(dialog.sent.path)
        assert incoming is not None
        incoming.findChild(QPushButton, "incomingAccept").click()
        assert [how for _, how in incoming.accepted_ids] == ["created"]
        assert page_b.received.rowCount() == 1
        [(new_id, _)] = incoming.accepted_ids
        assert [r["note"] for r in b.repo.list("actualite", jeune_id=new_id)] == ["À joindre"]
        received = CaseFilePage(b, new_id)
        qtbot.addWidget(received)
        label = received.provenance
        assert not label.isHidden() and "Mission Locale de Périgueux" in label.text()
        sent = CaseFilePage(a, jid)
        qtbot.addWidget(sent)
        assert sent.provenance.text().startswith("Transféré à « Mission Locale du Bergeracois »")
    finally:
        a.close()
        b.close()


def test_retention_rules_preview_and_run_in_the_window(qtbot: Any, tmp_path: Path) -> None:
    store = office(tmp_path / "bureau", "Mission Locale de Périgueux")
    try:
        Repository(store.db, today=date(2012, 1, 1)).create(
            "jeune",
            {
                "nom_naissance": "Ancien",
                "prenoms": "Paul",
                "sexe": "homme",
                "date_naissance": "1990-01-01",
            },
        )
        page = TransfersPage(store)
        qtbot.addWidget(page)
        assert page.rules.rowCount() == 3
        page.rules.item(2, 5).setCheckState(Qt.CheckState.Unchecked)
        page.save_rules()
        assert not retention.rules(store)[2].enabled
        page.show_preview()
        assert page.preview_table.rowCount() == 1
        box = page.confirm_run()
        box.button(QMessageBox.StandardButton.Yes).click()
        assert store.repo.list("jeune")[0]["nom_naissance"] == "(anonymisé)"
        assert page.preview_table.rowCount() == 0
    finally:
        store.close()
