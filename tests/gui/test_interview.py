"""Recording an interview with the keyboard alone; the draft survives a lock and a restart."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from dedans_dehors_desktop.core.dates import format_fr
from dedans_dehors_desktop.gui.dialogs.interview import InterviewDialog, draft_id_for
from dedans_dehors_desktop.gui.shell.main_window import MainWindow

from .conftest import open_window, unlock_with_keyboard
from .helpers import type_text

NOTE = "Projet : CACES en détention, dossier FJT à compléter."


def focused() -> Any:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def press(
    qtbot: Any,
    key: Qt.Key,
    modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
    times: int = 1,
) -> None:
    for _ in range(times):
        qtbot.keyClick(focused(), key, modifier)


def open_interview_with_keyboard(qtbot: Any, window: MainWindow, name: str) -> InterviewDialog:
    press(qtbot, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert focused() is window.workspace.list_page.search
    type_text(focused(), name)
    press(qtbot, Qt.Key.Key_Return)  # single result: its case file opens
    assert window.workspace.case_page is not None
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), InterviewDialog))
    dialog = window.workspace.interview
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.themes.hasFocus())
    return dialog


def test_interview_recorded_with_the_keyboard_alone(session: Any, qtbot: Any) -> None:
    window, store, jeune = session
    dialog = open_interview_with_keyboard(qtbot, window, "zyqwax")
    assert dialog.date.text() == format_fr(date.today())
    assert dialog.lieu.value() == "intra_muros"  # detained: prefilled from the justice record
    assert focused() is dialog.themes
    press(qtbot, Qt.Key.Key_Space)  # first theme: Projet professionnel
    press(qtbot, Qt.Key.Key_Down, times=3)
    press(qtbot, Qt.Key.Key_Space)  # fourth: Logement
    press(qtbot, Qt.Key.Key_Tab)  # → the note
    assert focused() is dialog.note
    type_text(focused(), NOTE)
    press(qtbot, Qt.Key.Key_Tab)  # → the barrier (Logement, "Identifié")
    frein_combo = next(iter(dialog.frein_status.values()))
    assert focused() is frein_combo
    press(qtbot, Qt.Key.Key_Down)  # → "En cours de levée"
    press(qtbot, Qt.Key.Key_Tab)  # → new barrier
    press(qtbot, Qt.Key.Key_Tab)  # → "Ajouter une action"
    assert focused() is dialog.add_action
    press(qtbot, Qt.Key.Key_Space)
    type_text(focused(), "Envoyer le dossier FJT")
    press(qtbot, Qt.Key.Key_Tab)  # → who
    press(qtbot, Qt.Key.Key_Down)  # → "Le référent"
    press(qtbot, Qt.Key.Key_Tab)  # → by when
    deadline = date.today() + timedelta(days=7)
    type_text(focused(), format_fr(deadline))
    press(qtbot, Qt.Key.Key_Tab)  # → remove
    press(qtbot, Qt.Key.Key_Tab)  # → add action
    press(qtbot, Qt.Key.Key_Tab)  # → next appointment date
    assert focused() is dialog.rdv_date
    next_rdv = date.today() + timedelta(days=14)
    type_text(focused(), format_fr(next_rdv))
    press(qtbot, Qt.Key.Key_Tab)
    type_text(focused(), "10h30")
    with qtbot.waitSignal(dialog.saved, timeout=5000) as saved:
        press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    actualite_id = saved.args[0]
    qtbot.waitUntil(lambda: window.workspace.interview is None)

    record = store.repo.require("actualite", actualite_id)
    assert record["note"] == NOTE
    assert json.loads(record["themes"]) == ["logement", "projet_pro"]
    assert record["date"] == date.today().isoformat()
    assert record["presence"] == "present"
    frein = store.repo.list("frein", jeune_id=jeune)[0]
    assert frein["statut"] == "en_cours"
    action = next(
        a
        for a in store.repo.list("action", jeune_id=jeune)
        if a["libelle"] == "Envoyer le dossier FJT"
    )
    assert action["acteur"] == "referent" and action["echeance"] == deadline.isoformat()
    planned = [
        a for a in store.repo.list("actualite", jeune_id=jeune) if a["presence"] == "planifie"
    ]
    assert [(p["date"], p["heure"]) for p in planned] == [(next_rdv.isoformat(), "10:30")]
    assert store.repo.load_draft(draft_id_for(jeune)) is None
    # The timeline of the open case file shows it at once.
    timeline = window.workspace.case_page.timeline.model_
    texts = [timeline.index(r, 0).data() for r in range(timeline.rowCount())]
    assert any(NOTE in t for t in texts)


def test_note_warns_about_offence_or_health_details(session: Any, qtbot: Any) -> None:
    window, _store, jeune = session
    dialog = window.workspace.new_interview(jeune)
    assert dialog is not None and not dialog.warning.isVisible()
    type_text(dialog.note, "Violence verbale ; il parle de son traitement psychiatrique.")
    assert dialog.warning.isVisible()
    # The words as typed: never a word the user did not type ("violé"), nor a stem.
    warning = dialog.warning.text()
    assert "« Violence »" in warning and "« psychiatrique »" in warning
    assert "violé" not in warning and "« psychiatr »" not in warning
    dialog.note.clear()
    type_text(dialog.note, "Il se porte volontaire ; traitement de texte ; vol pour Marseille.")
    assert not dialog.warning.isVisible()


def test_a_step_is_checked_for_the_summary_as_it_is_typed(session: Any, qtbot: Any) -> None:
    window, _store, jeune = session
    dialog = window.workspace.new_interview(jeune)
    assert dialog is not None
    dialog.add_action.click()
    row = dialog.action_rows[-1]
    assert not row.warning.isVisible()
    type_text(row.libelle, "Préparer l'audience devant le JAP")
    assert row.warning.isVisible()
    assert "mot lié à la justice : JAP" in row.warning.text()
    row.libelle.clear()
    type_text(row.libelle, "Relancer la CAF sur le traitement du dossier RSA")
    assert not row.warning.isVisible()


def test_invalid_date_is_refused_with_the_field_focused(session: Any, qtbot: Any) -> None:
    window, store, jeune = session
    dialog = window.workspace.new_interview(jeune)
    qtbot.waitUntil(dialog.themes.hasFocus)
    dialog.date.setText("31/02/2026")
    dialog.save()
    assert dialog.isVisible()
    assert "date invalide" in dialog.error.text().lower()
    qtbot.waitUntil(dialog.date.hasFocus)
    assert len(store.repo.list("actualite", jeune_id=jeune)) == 1


def test_draft_survives_a_lock_and_a_closed_window(
    session: Any, qtbot: Any, data_dir: Path
) -> None:
    window, _store, jeune = session
    dialog = open_interview_with_keyboard(qtbot, window, "zyqwax")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(focused(), "Brouillon : ne pas perdre ce mot-là")
    dialog.themes.item(2).setCheckState(Qt.CheckState.Checked)
    press(qtbot, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # panic lock
    assert window.locked
    assert window.workspace is None
    qtbot.waitUntil(
        lambda: (
            not any(
                isinstance(w, InterviewDialog) and w.isVisible()
                for w in QApplication.topLevelWidgets()
            )
        )
    )
    unlock_with_keyboard(qtbot, window)
    # Back on the same case file, the interview reopened with what was typed.
    assert window.workspace.case_page is not None
    assert window.workspace.case_page.jeune_id == jeune
    reopened = window.workspace.interview
    assert reopened is not None and reopened is not dialog
    assert reopened.note.toPlainText() == "Brouillon : ne pas perdre ce mot-là"
    assert reopened.themes.value() == ["formation"]

    type_text(reopened.note, " (suite)")
    window.close()  # the window closes (end of the day, or a crash-like exit)
    assert window.locked

    second = open_window(data_dir, qtbot)
    unlock_with_keyboard(qtbot, second)
    page = second.workspace.open_case(jeune)
    assert page.draft_banner.isVisibleTo(page)
    again = second.workspace.new_interview(jeune)
    assert again.note.toPlainText() == "Brouillon : ne pas perdre ce mot-là (suite)"
    # Abandoning the draft (after confirmation) deletes it.
    again._discard()
    assert second.store.repo.load_draft(draft_id_for(jeune)) is None
