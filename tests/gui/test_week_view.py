"""The referent's week in the window: slots, bookings with their warnings, the week and the day,
the day's list and the liaison sheet written as PDFs and parsed back, the commission, the
reminders on the week page and in the permanence view."""

from __future__ import annotations

import io
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from dedans_dehors_desktop.gui.dialogs.booking_dialog import BookingDialog
from dedans_dehors_desktop.gui.dialogs.commission_dialog import (
    COL_DECISION,
    CommissionDialog,
)
from dedans_dehors_desktop.gui.dialogs.liaison_dialog import (
    COL_NOTE_NOW,
    COL_NOTE_OK,
    COL_SHARED,
    LiaisonDialog,
)
from dedans_dehors_desktop.gui.dialogs.slot_dialog import SlotDialog
from dedans_dehors_desktop.gui.pages.week_view import TAB_DAY, WeekPage
from dedans_dehors_desktop.gui.shell.main_window import PAGE_PERMANENCE, PAGE_SEMAINE
from dedans_dehors_desktop.services import liaison, reminders, week
from dedans_dehors_desktop.storage.store import Store

from .conftest import make_store
from .helpers import type_text, written_elsewhere

TODAY = date.today()


def pdf_text(path: Path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return " ".join(" ".join(p.extract_text() or "" for p in reader.pages).split())


def _world(tmp_path: Path) -> tuple[Store, str, str, dict[str, str]]:
    store = make_store(tmp_path / "data")
    with written_elsewhere(store):
        etab, slot, youths = _populate(store)
    return store, etab, slot, youths


def _populate(store: Store) -> tuple[str, str, dict[str, str]]:
    repo = store.repo
    etab = repo.create("etablissement", {"nom": "Maison d'arrêt de Moulins", "type": "MA"})
    slot = week.create_slot(
        store,
        {
            "etablissement_id": etab,
            "jour": str(TODAY.isoweekday()),
            "heure_debut": "09:00",
            "heure_fin": "12:00",
            "date_debut": TODAY - timedelta(days=21),
        },
    )
    youths: dict[str, str] = {}
    for key, nom, prenoms in (("lucas", "Martin", "Lucas"), ("ines", "Benali", "Inès")):
        jid = youths[key] = repo.create(
            "jeune",
            {
                "nom_naissance": nom,
                "prenoms": prenoms,
                "sexe": "homme",
                "date_naissance": "14/03/2004",
            },
        )
        repo.create(
            "suivi_judiciaire",
            {
                "jeune_id": jid,
                "milieu": "ferme",
                "etablissement_id": etab,
                "date_ecrou": TODAY - timedelta(days=100),
                "date_liberation_prev": TODAY + timedelta(days=20),
                "identifiant_etablissement": f"E{nom[:3].upper()}",
            },
        )
    repo.create("frein", {"jeune_id": youths["lucas"], "theme": "logement"})
    return etab, slot, youths


def _book(qtbot: Any, page: WeekPage, jeune_id: str, heure: str) -> BookingDialog:
    dialog = page.new_booking()
    qtbot.addWidget(dialog)
    dialog.jeune.setCurrentIndex(dialog.jeune.findData(jeune_id))
    dialog.heure.clear()
    type_text(dialog.heure, heure)
    return dialog


def test_week_page_books_warns_and_prints_the_day_list(qtbot: Any, tmp_path: Path) -> None:
    store, _etab, slot, youths = _world(tmp_path)
    page = WeekPage(store)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitExposed(page)
    column = TODAY.isoweekday() - 1
    assert page.grid.item(0, column).text() == "09:00–12:00\nMaison d'arrêt de Moulins"
    page.select_slot(slot)
    assert page.selected_slot() == slot

    dialog = _book(qtbot, page, youths["lucas"], "09:30")
    assert dialog.day.currentData() == TODAY
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.book_button.click()
    # The same youth again the same day: a warning first, then "Inscrire quand même".
    page.select_slot(slot)
    dialog = _book(qtbot, page, youths["lucas"], "10:00")
    dialog.book_button.click()
    assert dialog.message.isVisible() and "déjà 1 rendez-vous" in dialog.message.text()
    assert dialog.book_button.text() == "Inscrire quand même"
    assert len(store.repo.list("inscription")) == 1
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.book_button.click()
    assert len(store.repo.list("inscription")) == 2
    assert page.warnings.isVisible() and "Lucas MARTIN est inscrit·e 2 fois" in page.warnings.text()
    # An hour outside the permanence is refused and nothing is written.
    page.select_slot(slot)
    dialog = _book(qtbot, page, youths["ines"], "13:00")
    dialog.book_button.click()
    assert "entre 09:00 et 12:00" in dialog.message.text()
    dialog.heure.clear()
    type_text(dialog.heure, "11:00")
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.book_button.click()
    assert store.repo.list("inscription", jeune_id=youths["ines"])[0]["origine"] == "liste"

    # The day view: the occurrence with its bookings; cancel one of Lucas's.
    page.grid.cellDoubleClicked.emit(0, column)
    assert page.tabs.currentIndex() == TAB_DAY
    top = page.tree.topLevelItem(0)
    assert top is not None and top.childCount() == 3
    page.tree.setCurrentItem(top.child(1))
    page.cancel_button.click()
    assert "inscrit·e 2 fois" not in page.warnings.text()
    top = page.tree.topLevelItem(0)
    assert top is not None
    page.tree.setCurrentItem(top.child(0))
    page.seen_button.click()
    statuses = {r["heure"]: r["statut"] for r in store.repo.list("inscription")}
    assert statuses == {"09:30": "vue", "10:00": "annulee", "11:00": "prevue"}

    # The establishment's list: names, first names and identifiers only.
    page.select_slot(slot)
    target = tmp_path / "liste.pdf"
    page.save_day_list(private=False, path=target)
    text = pdf_text(target)
    assert "BENALI Inès EBEN MARTIN Lucas EMAR" in text
    assert "11:00" not in text and "logement" not in text.lower()
    page.grab().save(str(tmp_path / "week.png"))


def test_slot_dialog_creates_and_refuses(qtbot: Any, tmp_path: Path) -> None:
    store, etab, _slot, _ = _world(tmp_path)
    dialog = SlotDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.etablissement.setCurrentIndex(dialog.etablissement.findData(etab))
    dialog.jour.setCurrentIndex(dialog.jour.findData("4"))
    dialog.debut.setText("14:00")
    dialog.fin.setText("13:00")
    dialog.periodicite.setValue(2)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.error.isVisible() and "L'heure de fin doit suivre" in dialog.error.text()
    assert len(week.list_slots(store)) == 1
    dialog.fin.setText("17:00")
    type_text(dialog.libelle, "Quartier arrivants")
    with qtbot.waitSignal(dialog.saved, timeout=5000) as saved:
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    created = week.slot(store, saved.args[0])
    assert (created.jour, created.heure_debut, created.heure_fin, created.periodicite) == (
        "4",
        "14:00",
        "17:00",
        2,
    )
    assert created.libelle == "Quartier arrivants"


def test_liaison_dialog_records_consents_and_writes_the_sheet(qtbot: Any, tmp_path: Path) -> None:
    store, _etab, _slot, youths = _world(tmp_path)
    lucas = youths["lucas"]
    with written_elsewhere(store):
        action = store.repo.create("action", {"jeune_id": lucas, "libelle": "Dossier CAF"})
    with written_elsewhere(store):
        other = store.repo.create("action", {"jeune_id": lucas, "libelle": "ACTIONPRIVEE"})
    with written_elsewhere(store):
        interview = store.repo.create(
            "actualite",
            {
                "jeune_id": lucas,
                "date": TODAY - timedelta(days=2),
                "type": "entretien",
                "presence": "present",
                "note": "NOTECHOISIE sur le projet",
            },
        )
    dialog = LiaisonDialog(store, lucas)
    qtbot.addWidget(dialog)
    dialog.set_checked(action, COL_SHARED, True)
    dialog.set_checked(interview, COL_SHARED, True)
    dialog.set_checked(interview, COL_NOTE_OK, True)
    dialog.save_consents.click()
    given = liaison.consents(store, lucas)
    assert set(given) == {("action", action), ("actualite", interview)}
    assert given[("actualite", interview)].avec_note
    assert given[("action", action)].date == TODAY.isoformat()
    # The note for this sheet: chosen one by one.
    dialog.set_checked(interview, COL_NOTE_NOW, True)
    target = tmp_path / "liaison.pdf"
    assert dialog.save_to(target)
    text = pdf_text(target)
    assert "Dossier CAF" in text and "NOTECHOISIE" in text and "ACTIONPRIVEE" not in text
    assert other not in {k[1] for k in given}
    # Withdrawing: unchecked and saved, the item is no longer printed.
    dialog.set_checked(action, COL_SHARED, False)
    dialog.save_consents.click()
    assert dialog.save_to(target)
    assert "Dossier CAF" not in pdf_text(target)
    logged = store.db.conn.execute(
        "SELECT count(*) FROM access_log WHERE action = 'impression' AND record_id = ?", (lucas,)
    ).fetchone()[0]
    assert logged == 2


def test_commission_dialog_records_every_decision_in_one_pass(qtbot: Any, tmp_path: Path) -> None:
    store, _etab, _slot, youths = _world(tmp_path)
    dialog = CommissionDialog(store)
    qtbot.addWidget(dialog)
    dialog.new_date.set_date(TODAY + timedelta(days=7))
    type_text(dialog.new_title, "Commission plateforme")
    dialog.findChild(object, "createCommissionButton").click()
    assert dialog.current() is not None
    for jid in youths.values():
        dialog.youth.setCurrentIndex(dialog.youth.findData(jid))
        dialog.findChild(object, "addYouthButton").click()
    assert dialog.table.rowCount() == 2
    assert "sortie prévue" in dialog.table.item(1, 1).text()
    dialog.set_cell(youths["lucas"], COL_DECISION, "Orientation FJT")
    dialog.set_cell(youths["ines"], COL_DECISION, "Revoir en mars")
    dialog.save_decisions.click()
    decisions = {r["jeune_id"]: r["decision"] for r in store.repo.list("passage_commission")}
    assert decisions == {youths["lucas"]: "Orientation FJT", youths["ines"]: "Revoir en mars"}
    target = tmp_path / "commission.pdf"
    assert dialog.save_to(target)
    assert "MARTIN Lucas" in pdf_text(target)


def test_reminders_on_the_week_page_and_in_the_permanence(session: Any, qtbot: Any) -> None:
    window, store, canary = session
    # The canary youth's release is far away; bring it close, with housing not solved.
    suivi = store.repo.list("suivi_judiciaire", jeune_id=canary)[0]["id"]
    with written_elsewhere(store):
        store.repo.update(
            "suivi_judiciaire", suivi, {"date_liberation_prev": TODAY + timedelta(days=10)}
        )
    window.show_page(PAGE_SEMAINE)
    page = window.workspace.stack.currentWidget()
    assert isinstance(page, WeekPage)
    texts = page.reminders.texts()
    line = next(t for t in texts if t.startswith("Sortie proche · Élodie"))
    assert "logement non résolu(s)" in line
    item = next(
        page.reminders.list.item(i)
        for i in range(page.reminders.list.count())
        if page.reminders.list.item(i).text() == line
    )
    with qtbot.waitSignal(page.reminders.open_requested) as opened:
        page.reminders.list.itemActivated.emit(item)
    assert opened.args == [canary]
    assert window.workspace.case_page is not None
    assert window.workspace.case_page.jeune_id == canary
    # The permanence view: the reminders of the youths expected that day only.
    window.show_page(PAGE_PERMANENCE)
    perm = window.workspace.stack.currentWidget()
    perm.reminders.refresh()
    assert perm.reminders.jeune_ids is not None
    assert all(
        r.jeune_id is None or r.jeune_id in perm.reminders.jeune_ids
        for r in reminders.reminders(store, jeune_ids=perm.reminders.jeune_ids)
    )


def test_case_file_books_and_opens_the_liaison_sheet(session: Any, qtbot: Any) -> None:
    window, store, canary = session
    etab = store.repo.list("suivi_judiciaire", jeune_id=canary)[0]["etablissement_id"]
    with written_elsewhere(store):
        week.create_slot(
            store,
            {
                "etablissement_id": etab,
                "jour": str((TODAY + timedelta(days=1)).isoweekday()),
                "heure_debut": "14:00",
                "heure_fin": "17:00",
                "date_debut": TODAY,
            },
        )
    case = window.workspace.open_case(canary)
    case.findChild(object, "bookPermanenceButton").click()
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, BookingDialog))
    assert not dialog.jeune.isEnabled() and dialog.jeune.currentData() == canary
    assert dialog.day.currentData() == TODAY + timedelta(days=1)
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.book_button.click()
    (booking,) = store.repo.list("inscription", jeune_id=canary)
    assert booking["origine"] == "dossier"
    case = window.workspace.case_page
    case.findChild(object, "liaisonButton").click()
    liaison_dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, LiaisonDialog))
    assert liaison_dialog.table.rowCount() >= 1
    assert liaison_dialog.table.item(0, COL_SHARED).checkState() == Qt.CheckState.Unchecked


def test_parloir_hides_the_reminders(session: Any, qtbot: Any) -> None:
    window, store, canary = session
    suivi = store.repo.list("suivi_judiciaire", jeune_id=canary)[0]["id"]
    with written_elsewhere(store):
        store.repo.update(
            "suivi_judiciaire", suivi, {"date_liberation_prev": TODAY + timedelta(days=10)}
        )
    window.parloir_action.trigger()  # before the pages exist: they start hidden too
    window.show_page(PAGE_SEMAINE)
    page = window.workspace.stack.currentWidget()
    assert page.reminders.texts() == ["Rappels masqués en mode parloir."]
    window.show_page(PAGE_PERMANENCE)
    perm = window.workspace.stack.currentWidget()
    assert perm.reminders.texts() == ["Rappels masqués en mode parloir."]
    window.parloir_action.trigger()
    assert any("Sortie prévue" in t for t in page.reminders.texts())


def test_thresholds_dialog_changes_what_the_panel_shows(qtbot: Any, tmp_path: Path) -> None:
    store, _etab, _slot, youths = _world(tmp_path)
    page = WeekPage(store)
    qtbot.addWidget(page)
    assert any("Sortie proche · Lucas MARTIN" in t for t in page.reminders.texts())
    page.reminders.settings_button.click()
    dialog = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "thresholdsDialog")
    dialog.release.setValue(2)  # the release is 20 days away
    with qtbot.waitSignal(dialog.applied):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert not any("Sortie proche" in t for t in page.reminders.texts())
    assert reminders.thresholds(store).release_weeks == 2
    assert youths  # the youths are still there, only the horizon changed


def test_booking_from_the_youth_list(session: Any, qtbot: Any) -> None:
    window, store, canary = session
    etab = store.repo.list("suivi_judiciaire", jeune_id=canary)[0]["etablissement_id"]
    with written_elsewhere(store):
        week.create_slot(
            store,
            {
                "etablissement_id": etab,
                "jour": str(TODAY.isoweekday()),
                "heure_debut": "08:00",
                "heure_fin": "18:00",
                "date_debut": TODAY,
            },
        )
    page = window.workspace.list_page
    page.view.setCurrentIndex(page.model.index(page.model.row_of(canary), 0))
    page.book_action.trigger()
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, BookingDialog))
    assert dialog.jeune.currentData() == canary and dialog.day.currentData() == TODAY
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.book_button.click()
    (booking,) = store.repo.list("inscription", jeune_id=canary)
    assert booking["origine"] == "liste" and booking["date"] == TODAY.isoformat()


def test_liaison_dialog_shows_a_chosen_note_held_back(qtbot: Any, tmp_path: Path) -> None:
    store, _etab, _slot, youths = _world(tmp_path)
    lucas = youths["lucas"]
    with written_elsewhere(store):
        interview = store.repo.create(
            "actualite",
            {
                "jeune_id": lucas,
                "date": TODAY - timedelta(days=2),
                "type": "entretien",
                "presence": "present",
                "note": "Il parle de son traitement psychiatrique",
            },
        )
    with written_elsewhere(store):
        liaison.record_consent(store, lucas, "actualite", interview, TODAY, avec_note=True)
    dialog = LiaisonDialog(store, lucas)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.held.isVisible()
    dialog.set_checked(interview, COL_NOTE_NOW, True)
    assert dialog.held.isVisible() and "mot lié à la santé" in dialog.held.text()
    target = tmp_path / "fiche.pdf"
    assert dialog.save_to(target)
    assert "psychiatrique" not in pdf_text(target)


def test_permanence_lists_the_youths_booked_and_starts_their_interview(
    session: Any, qtbot: Any
) -> None:
    window, store, canary = session
    etab = store.repo.list("suivi_judiciaire", jeune_id=canary)[0]["etablissement_id"]
    with written_elsewhere(store):
        slot = week.create_slot(
            store,
            {
                "etablissement_id": etab,
                "jour": str(TODAY.isoweekday()),
                "heure_debut": "07:00",
                "heure_fin": "08:00",
                "date_debut": TODAY,
            },
        )
    other = next(j for j, _ in week.youth_choices(store) if j != canary)
    with written_elsewhere(store):
        week.book(store, other, slot, TODAY, "07:15")
    with written_elsewhere(store):
        week.book(store, canary, slot, TODAY, "07:30")  # also has an interview recorded today
    window.show_page(PAGE_PERMANENCE)
    perm = window.workspace.stack.currentWidget()
    perm.etablissement.setCurrentIndex(perm.etablissement.findData(etab))
    perm.day.set_date(TODAY)
    rows = perm.model.rows
    assert rows[0].jeune_id == other and rows[0].heure == "07:15"
    assert rows[0].presence == "planifie" and rows[0].actualite_id == ""
    assert [r.jeune_id for r in rows].count(canary) == 1
    assert other in (perm.reminders.jeune_ids or set())
    context = perm.context_for(0)
    assert context.heure == "07:15" and context.appointment_id is None
    assert context.etablissement_id == etab
