"""The interview and assistant fixes of issue 14: barriers already on file, appointment remarks,
the passphrase "Afficher" toggle."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QLineEdit

from dedans_dehors_desktop.core.appointments import Planned, remarks
from dedans_dehors_desktop.core.dates import format_fr
from dedans_dehors_desktop.gui.lock.setup_wizard import SetupWizard

from .conftest import light_kdf
from .helpers import type_text, written_elsewhere


def test_remarks_on_close_or_simultaneous_appointments() -> None:
    day = date(2026, 3, 4)
    assert remarks(day, "10:00", []) == []
    two_days = remarks(day, "10:00", [Planned(day + timedelta(days=2), "14:00", True)])
    assert two_days == ["Ce jeune a déjà un rendez-vous le 06/03/2026, à 2 jour(s) de celui-ci."]
    same_time = remarks(day, "10:00", [Planned(day, "10:00", False)])
    assert same_time == ["Un autre rendez-vous est déjà prévu le 04/03/2026 à 10:00."]
    assert remarks(day, "10:00", [Planned(day + timedelta(days=3), "10:00", True)]) == []
    assert remarks(day, "10:00", [Planned(day, "11:00", False)]) == []


def test_new_barrier_offers_only_those_not_on_file(session: Any) -> None:
    window, store, jeune = session
    on_file = {f["theme"] for f in store.repo.list("frein", jeune_id=jeune)}
    assert "logement" in on_file
    dialog = window.workspace.new_interview(jeune)
    offered = {dialog.new_frein.itemData(i) for i in range(dialog.new_frein.count())}
    assert not (offered - {None}) & on_file and len(offered) > 1
    dialog.reject()


def test_next_appointment_close_to_another_gets_a_remark(session: Any) -> None:
    window, store, jeune = session
    soon = date.today() + timedelta(days=10)
    while soon.weekday() >= 5:
        soon += timedelta(days=1)
    with written_elsewhere(store):
        store.repo.create(
            "actualite",
            {
                "jeune_id": jeune,
                "date": soon,
                "heure": "10:00",
                "type": "entretien",
                "presence": "planifie",
            },
        )
    dialog = window.workspace.new_interview(jeune)
    assert not dialog.rdv_remark.isVisibleTo(dialog)
    type_text(dialog.rdv_date, format_fr(soon + timedelta(days=2)))
    assert dialog.rdv_remark.isVisibleTo(dialog)
    assert "à 2 jour(s)" in dialog.rdv_remark.text()
    dialog.rdv_date.clear()
    type_text(dialog.rdv_date, format_fr(soon + timedelta(days=5)))
    assert not dialog.rdv_remark.isVisibleTo(dialog)
    dialog.rdv_date.clear()
    type_text(dialog.rdv_date, format_fr(soon))
    type_text(dialog.rdv_heure, "10:00")
    assert "déjà prévu" in dialog.rdv_remark.text()
    dialog.reject()


def test_passphrase_can_be_shown(qtbot: Any, data_dir: Path) -> None:
    wizard = SetupWizard(data_dir, kdf=light_kdf())
    qtbot.addWidget(wizard)
    page = wizard.pass_page
    assert page.passphrase.echoMode() == QLineEdit.EchoMode.Password
    page.show_passphrase.setChecked(True)
    assert page.passphrase.echoMode() == QLineEdit.EchoMode.Normal
    assert page.confirm.echoMode() == QLineEdit.EchoMode.Normal
    page.show_passphrase.setChecked(False)
    assert page.passphrase.echoMode() == QLineEdit.EchoMode.Password


def test_backup_action_is_named_for_what_it_does(session: Any) -> None:
    window, _store, _jeune = session
    assert window.backup_action.text() == "Copie de sauvegarde…"
