"""The Synchronisation screen with real stores, real bundle files and real workers (offscreen)."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QDialogButtonBox, QLineEdit, QMessageBox, QPushButton

from dedans_dehors_desktop.crypto.keywrap import KdfParams
from dedans_dehors_desktop.gui.pages.sync_view import ApproveDialog, ResolveDialog, SyncView
from dedans_dehors_desktop.storage.store import Store
from dedans_dehors_desktop.sync.apply import import_bundle
from dedans_dehors_desktop.sync.devices import list_devices, load_identity
from dedans_dehors_desktop.sync.enrolment import (
    approve_request,
    complete_enrolment,
    create_request,
    read_request,
)
from dedans_dehors_desktop.sync.export import export_bundle
from dedans_dehors_desktop.sync.scope import ScopeRule

from .helpers import written_elsewhere

PASSPHRASE = "phrase de passe des tests"
YOUTH = {
    "nom_naissance": "Martin",
    "prenoms": "<b>Lucas</b>",
    "sexe": "homme",
    "date_naissance": "14/03/2004",
    "referent": "Alice",
}


def _store(root: Path, role: str, user: str) -> Store:
    return Store.create(
        root,
        role=role,
        structure_name="Mission Locale de test",
        user=user,
        passphrase=PASSPHRASE,
        kdf=KdfParams(os.urandom(16), 1024, 1),
        enforce_policy=False,
    )


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[tuple[Store, Store, Path]]:
    stick = tmp_path / "stick"
    stick.mkdir()
    office = _store(tmp_path / "office", "office", "bureau")
    laptop = _store(tmp_path / "laptop", "laptop", "referente")
    request = create_request(laptop, tmp_path, label="Portable A")
    answer = approve_request(
        office, read_request(request.path), (ScopeRule("referent", "Alice"),), tmp_path
    )
    complete_enrolment(laptop, answer.export.path)
    for store in (office, laptop):  # as in the window: this thread never writes case data
        store.db.lock.declare_interactive(threading.get_ident())
    yield office, laptop, stick
    office.close()
    laptop.close()


def _click(view: SyncView, name: str) -> None:
    button = view.findChild(QPushButton, name)
    assert button is not None, name
    button.click()


def test_export_then_import_with_progress_and_result(qtbot, pair) -> None:  # type: ignore[no-untyped-def]
    office, laptop, stick = pair
    with written_elsewhere(office):
        y = office.repo.create("jeune", YOUTH)
    exporter = SyncView(office)
    qtbot.addWidget(exporter)
    exporter.set_folder(stick)
    assert exporter.peer.count() == 1 and exporter.peer.currentText() == "Portable A"
    with qtbot.waitSignal(exporter.job_done, timeout=20_000):
        _click(exporter, "exportButton")
    assert "Vous pouvez retirer la clé" in exporter.status.text()
    assert len(list(stick.glob("*.ddb"))) == 1

    importer = SyncView(laptop)
    qtbot.addWidget(importer)
    importer.set_folder(stick)
    assert importer.bundles.count() == 1
    with qtbot.waitSignal(importer.job_done, timeout=20_000):
        _click(importer, "importButton")
    assert importer.status.text() == "1 modification importée, 0 conflit à examiner."
    assert laptop.repo.get("jeune", y) is not None
    assert importer.history.count() >= 2
    with qtbot.waitSignal(importer.job_done, timeout=20_000):
        _click(importer, "importButton")
    assert "déjà été importé" in importer.status.text()


def test_a_conflict_is_listed_and_resolved_from_the_dialog(qtbot, pair) -> None:  # type: ignore[no-untyped-def]
    office, laptop, stick = pair
    with written_elsewhere(office):
        y = office.repo.create("jeune", YOUTH)
    view_office = SyncView(office)
    qtbot.addWidget(view_office)
    view_office.set_folder(stick)
    with qtbot.waitSignal(view_office.job_done, timeout=20_000):
        _click(view_office, "exportButton")
    view_laptop = SyncView(laptop)
    qtbot.addWidget(view_laptop)
    view_laptop.set_folder(stick)
    with qtbot.waitSignal(view_laptop.job_done, timeout=20_000):
        _click(view_laptop, "importButton")
    with written_elsewhere(laptop), written_elsewhere(office):
        laptop.repo.update("jeune", y, {"telephone": "0611111111"})
        office.repo.update("jeune", y, {"telephone": "0622222222"})
    for bundle in stick.glob("*.ddb"):
        bundle.unlink()
    with qtbot.waitSignal(view_laptop.job_done, timeout=20_000):
        _click(view_laptop, "exportButton")
    view_office.refresh_files()
    with qtbot.waitSignal(view_office.job_done, timeout=20_000):
        _click(view_office, "importButton")
    assert view_office.status.text() == "1 modification importée, 1 conflit à examiner."
    assert view_office.tabs.tabText(1) == "Conflits (1)"
    table = view_office.conflict_table
    assert table.rowCount() == 1
    assert table.item(0, 0).text() == "<b>Lucas</b> Martin"  # shown as text, not markup
    table.setCurrentCell(0, 0)
    dialog = view_office.resolve_selected()
    assert isinstance(dialog, ResolveDialog)
    texts = [radio.text() for radio in dialog.choices]
    assert any("0611111111" in t and "Portable A" in t for t in texts)
    dialog.findChild(QLineEdit, "otherText").setText("0633333333")
    dialog.other.setChecked(True)
    dialog.findChild(QPushButton, "keepValue").click()
    assert office.repo.get("jeune", y)["telephone"] == "0633333333"  # type: ignore[index]
    qtbot.waitUntil(lambda: view_office.conflict_table.rowCount() == 0)
    assert view_office.tabs.tabText(1) == "Conflits (0)"


def test_office_approves_a_request_and_revokes_a_laptop(qtbot, pair, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    office, _laptop, stick = pair
    newcomer = _store(tmp_path / "newcomer", "laptop", "nouvelle")
    try:
        laptop_view = SyncView(newcomer)
        qtbot.addWidget(laptop_view)
        laptop_view.set_folder(stick)
        _click(laptop_view, "requestButton")
        fingerprint = laptop_view.own_fingerprint.text()
        assert fingerprint and fingerprint in laptop_view.status.text()

        view = SyncView(office)
        qtbot.addWidget(view)
        view.set_folder(stick)
        dialog = view.approve_request()
        assert isinstance(dialog, ApproveDialog)
        assert dialog.fingerprint.text() == fingerprint
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert not ok.isEnabled()  # not before the person compared the fingerprints
        dialog.label.setText("Portable B")
        dialog.scope.referents.setText("Alice")
        dialog.findChild(QCheckBox, "fingerprintConfirmed").setChecked(True)
        with qtbot.waitSignal(view.job_done, timeout=20_000):
            ok.click()
        assert "Poste inscrit" in view.status.text()
        assert view.device_table.rowCount() == 2
        assert len(list(stick.glob("*.ddenr"))) == 1

        box = laptop_view.complete_enrolment()
        assert isinstance(box, QMessageBox)
        assert dialog.office_fingerprint.text() in box.text()
        with qtbot.waitSignal(laptop_view.job_done, timeout=20_000):
            box.button(QMessageBox.StandardButton.Yes).click()
        assert "Poste inscrit auprès du bureau" in laptop_view.status.text()
        assert [d.role for d in list_devices(newcomer.db)] == ["office"]

        row = next(
            i
            for i in range(view.device_table.rowCount())
            if view.device_table.item(i, 0).text() == "Portable B"
        )
        view.device_table.setCurrentCell(row, 0)
        confirm = view.revoke_selected()
        assert isinstance(confirm, QMessageBox)
        confirm.button(QMessageBox.StandardButton.Yes).click()
        assert view.device_table.item(row, 1).text() == "révoqué"
        assert view.peer.count() == 1  # nothing is exported to a revoked laptop
    finally:
        newcomer.close()


def test_user_data_is_plain_text_everywhere(qtbot, pair) -> None:  # type: ignore[no-untyped-def]
    office, _laptop, _stick = pair
    view = SyncView(office)
    qtbot.addWidget(view)
    for label in (view.status, view.folder_label, view.own_fingerprint):
        assert label.textFormat() == Qt.TextFormat.PlainText


def test_clear_data_forgets_the_case_data_shown(qtbot, pair) -> None:  # type: ignore[no-untyped-def]
    office, laptop, stick = pair
    with written_elsewhere(office):
        y = office.repo.create("jeune", YOUTH)
    office_id, laptop_id = (load_identity(s.db).device_id for s in (office, laptop))  # type: ignore[union-attr]
    with written_elsewhere(laptop), written_elsewhere(office):
        import_bundle(laptop, export_bundle(office, laptop_id, stick).path)
        laptop.repo.update("jeune", y, {"commune": "Brest"})
        office.repo.update("jeune", y, {"commune": "Vannes"})
        import_bundle(office, export_bundle(laptop, office_id, stick).path)
    view = SyncView(office)
    qtbot.addWidget(view)
    view.set_folder(stick)
    view.conflict_table.setCurrentCell(0, 0)
    dialog = view.resolve_selected()
    assert view.conflict_table.rowCount() == 1 and dialog is not None and dialog.isVisible()
    view.clear_data()
    assert view.conflict_table.rowCount() == 0 and view.history.count() == 0
    assert not dialog.isVisible()


def test_one_button_synchronises_with_the_stick(qtbot, pair) -> None:  # type: ignore[no-untyped-def]
    office, laptop, stick = pair
    with written_elsewhere(office):
        y = office.repo.create("jeune", YOUTH)
    at_office = SyncView(office)
    qtbot.addWidget(at_office)
    at_office.set_folder(stick)
    with qtbot.waitSignal(at_office.job_done, timeout=20_000):
        _click(at_office, "syncButton")
    assert at_office.status.text().endswith("Vous pouvez retirer la clé.")
    at_laptop = SyncView(laptop)
    qtbot.addWidget(at_laptop)
    at_laptop.set_folder(stick)
    assert at_laptop.bundles.count() == 1  # the office's bundle, found by its header
    with qtbot.waitSignal(at_laptop.job_done, timeout=20_000):
        _click(at_laptop, "syncButton")
    text = at_laptop.status.text()
    assert "Importé de « Bureau" in text and "Écrit pour « Bureau" in text
    assert text.endswith("Vous pouvez retirer la clé.")
    assert laptop.repo.get("jeune", y) is not None


def test_a_youth_created_outside_the_scope_offers_to_keep_it(qtbot, pair) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QWidget

    from dedans_dehors_desktop.gui.dialogs.scope_choice import ScopeChoiceBox
    from dedans_dehors_desktop.sync.scope_notice import pending_keeps

    _office, laptop, _stick = pair
    parent = QWidget()
    qtbot.addWidget(parent)
    with written_elsewhere(laptop):
        inside = laptop.repo.create("jeune", YOUTH)
    assert ScopeChoiceBox.offer(parent, laptop, inside, YOUTH) is None
    values = {**YOUTH, "referent": "Bob"}
    with written_elsewhere(laptop):
        outside = laptop.repo.create("jeune", values)
    box = ScopeChoiceBox.offer(parent, laptop, outside, values)
    assert box is not None and "n'entre pas dans le périmètre" in box.text()
    assert box.textFormat() == Qt.TextFormat.PlainText and "<b>Lucas</b>" in box.text()
    box.keep_button.click()
    assert pending_keeps(laptop.db) == [outside]


def test_the_office_confirms_a_revoked_laptop_s_earlier_bundle(qtbot, pair) -> None:  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime, timedelta

    from dedans_dehors_desktop.sync.devices import office_device, revoke

    office, laptop, stick = pair
    with written_elsewhere(laptop), written_elsewhere(office):
        y = laptop.repo.create("jeune", YOUTH)
        export_bundle(laptop, office_device(laptop.db).device_id, stick)
        device = list_devices(office.db)[0]
        revoke(office.db, device.device_id)
        later = (datetime.now(UTC) + timedelta(minutes=5)).isoformat(timespec="seconds")
        with office.db.transaction():
            office.db.conn.execute("UPDATE sync_device SET revoked_at = ?", (later,))
    view = SyncView(office)
    qtbot.addWidget(view)
    view.set_folder(stick)
    with qtbot.waitSignal(view.job_done, timeout=20_000):
        _click(view, "syncButton")
    assert "Refusé" in view.status.text() and "avant la révocation" in view.status.text()
    box = view.findChild(QMessageBox, "confirmRevoked")
    assert box is not None and office.repo.get("jeune", y) is None
    with qtbot.waitSignal(view.job_done, timeout=20_000):
        box.button(QMessageBox.StandardButton.Yes).click()
    assert office.repo.get("jeune", y) is not None
    logged = office.db.conn.execute(
        "SELECT count(*) FROM access_log WHERE tbl = 'paquet_poste_revoque'"
    ).fetchone()[0]
    assert logged == 1


def test_the_scope_editor_keeps_and_names_a_kept_dossier(qtbot, pair) -> None:  # type: ignore[no-untyped-def]
    from dedans_dehors_desktop.gui.dialogs.scope_editor import ScopeDialog
    from dedans_dehors_desktop.sync.scope import DOSSIER
    from dedans_dehors_desktop.sync.scope_notice import keep_on_this_laptop

    office, laptop, stick = pair
    with written_elsewhere(laptop), written_elsewhere(office):
        outside = laptop.repo.create("jeune", {**YOUTH, "referent": "Bob"})
        keep_on_this_laptop(laptop.db, outside)
        office_id = next(d.device_id for d in list_devices(laptop.db) if d.role == "office")
        import_bundle(office, export_bundle(laptop, office_id, stick).path)
    (device,) = [d for d in list_devices(office.db) if d.role == "laptop"]
    assert ScopeRule(DOSSIER, outside) in device.scope

    view = SyncView(office)
    qtbot.addWidget(view)
    row = next(
        i
        for i in range(view.device_table.rowCount())
        if view.device_table.item(i, 0).text() == "Portable A"
    )
    # The device list names the youth kept, never an identifier.
    assert "Martin <b>Lucas</b>" in view.device_table.item(row, 2).text()
    assert outside[:8] not in view.device_table.item(row, 2).text()

    view.device_table.setCurrentCell(row, 0)
    dialog = view.edit_scope()
    assert isinstance(dialog, ScopeDialog)
    kept = dialog.editor.dossiers
    assert not kept.isHidden() and kept.count() == 1
    assert kept.item(0).text() == "Martin <b>Lucas</b>"  # plain text, as typed
    assert kept.item(0).checkState() == Qt.CheckState.Checked
    # The office widens the referents by hand: the kept case file stays in the scope.
    dialog.editor.referents.setText("Alice, Carole")
    dialog.accept()
    (device,) = [d for d in list_devices(office.db) if d.role == "laptop"]
    assert device.scope == (
        ScopeRule("referent", "Alice"),
        ScopeRule("referent", "Carole"),
        ScopeRule(DOSSIER, outside),
    )

    # Unticking it is how the office takes the case file back from the laptop.
    view.device_table.setCurrentCell(row, 0)
    dialog = view.edit_scope()
    assert isinstance(dialog, ScopeDialog)
    dialog.editor.dossiers.item(0).setCheckState(Qt.CheckState.Unchecked)
    dialog.accept()
    (device,) = [d for d in list_devices(office.db) if d.role == "laptop"]
    assert ScopeRule(DOSSIER, outside) not in device.scope
    assert ScopeRule("referent", "Carole") in device.scope

    # A scope without kept case files shows no such list.
    view.device_table.setCurrentCell(row, 0)
    dialog = view.edit_scope()
    assert isinstance(dialog, ScopeDialog)
    assert dialog.editor.dossiers.isHidden() and dialog.editor.dossiers_label.isHidden()
    dialog.reject()
