"""The settings dialog stores the Mission Locale's address and switchboard for the summary."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from dedans_dehors_desktop.core.sensitive_words import NoteChecker
from dedans_dehors_desktop.gui.dialogs.settings_dialog import SettingsDialog
from dedans_dehors_desktop.gui.shell.settings import AppSettings, StoreSettings
from dedans_dehors_desktop.reports.summary_select import structure_identity
from dedans_dehors_desktop.services import documents
from dedans_dehors_desktop.storage.store import Store

from .helpers import type_text, written_elsewhere


def test_address_and_switchboard_saved(qtbot: Any, store: Store, data_dir: Path) -> None:
    dialog = SettingsDialog(AppSettings(data_dir), StoreSettings(store))
    qtbot.addWidget(dialog)
    type_text(dialog.address, "12 rue de la Parcheminerie, 35000 Rennes")
    type_text(dialog.phone, "02 99 78 00 00")
    dialog.save()
    identity = structure_identity(store.db)
    assert identity.address == "12 rue de la Parcheminerie, 35000 Rennes"
    assert identity.phone == "02 99 78 00 00"
    assert dialog.result() == dialog.DialogCode.Accepted


def test_invisible_characters_refused_and_nothing_saved(
    qtbot: Any, store: Store, data_dir: Path
) -> None:
    dialog = SettingsDialog(AppSettings(data_dir), StoreSettings(store))
    qtbot.addWidget(dialog)
    dialog.address.setText("12 rue\u202e de la Paix")
    dialog.save()
    assert structure_identity(store.db).address == ""
    assert dialog.result() != dialog.DialogCode.Accepted


def test_the_words_hint_describes_the_lexicon_plus_the_structures_words(
    qtbot: Any, store: Store, data_dir: Path, new_youth: Any
) -> None:
    """What the hint says is what happens: a word added here holds a summary line back and
    warns on the note, matched as a whole word without accents; the lexicon stays on."""
    dialog = SettingsDialog(AppSettings(data_dir), StoreSettings(store))
    qtbot.addWidget(dialog)
    hint = dialog.words_hint.text()
    assert "lexique" in hint and "ajoutent" in hint and "mots entiers" in hint
    assert "*" not in hint and "liste par défaut" not in hint
    dialog.words.setPlainText("Saint-Exupéry")
    dialog.save()
    with written_elsewhere(store):
        jeune = store.repo.create("jeune", new_youth())
    check = documents.paper_check(store, jeune)
    assert [r.text for r in check.reasons("Aller au foyer saint exupery")] == [
        "mot de la liste de la structure : saint exupery"
    ]
    assert check.reasons("Aller au foyer Saint-Exupérystes") == ()  # whole words only
    assert [r.text for r in check.reasons("Voir le JAP")] == ["mot lié à la justice : JAP"]
    note = NoteChecker(StoreSettings(store).sensitive_words)
    assert note.matches("Rendez-vous rue Saint-Exupéry") == ["Saint-Exupéry"]
