"""Mode parloir: one toggle hides justice fields and notes in the list and the case file."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from dedans_dehors_desktop.gui.pages.case_file import TAB_AMENAGEMENTS, TAB_HISTORIQUE

from .conftest import CANARY_NOTE
from .helpers import all_texts, written_elsewhere

JUSTICE = ("17/09/2027", "02/01/2025", "Canarivoix", "Condamné")
NOTES = (CANARY_NOTE, "canari-frein")


def _case_texts(window: Any, jeune: str) -> list[str]:
    page = window.workspace.case_page
    for tab in range(page.tabs.count()):
        if page.tabs.isTabEnabled(tab):
            page.tabs.setCurrentIndex(tab)
    return all_texts()


def _contains(texts: list[str], needle: str) -> bool:
    return any(needle in t for t in texts)


def test_parloir_hides_justice_fields_and_notes(session: Any, qtbot: Any) -> None:
    window, store, jeune = session
    with written_elsewhere(store), store.db.transaction():
        store.repo.create(
            "amenagement", {"jeune_id": jeune, "type": "semi_liberte", "etape": "requete"}
        )
        suivi = store.repo.list("suivi_judiciaire", jeune_id=jeune)[0]
        store.repo.update("suivi_judiciaire", suivi["id"], {"spip_antenne": "Antenne canari"})
    window.workspace.list_page.search.setText("zyqw")
    window.workspace.open_case(jeune)
    texts = _case_texts(window, jeune)
    for needle in (*JUSTICE, *NOTES, "Semi-liberté", "Antenne canari"):
        assert _contains(texts, needle), needle

    qtbot.keyClick(window.workspace.case_page, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert window.parloir
    assert window.parloir_indicator.isVisible()
    page = window.workspace.case_page
    assert not page.tabs.isTabEnabled(TAB_AMENAGEMENTS)
    texts = _case_texts(window, jeune)
    for needle in (*JUSTICE, *NOTES, "Semi-liberté", "Antenne canari"):
        assert not _contains(texts, needle), needle
    # What is not sensitive stays: the name, the milieu, the establishment, the barrier's theme.
    for needle in ("ZYQWAXCANARI", "Milieu fermé", "Logement"):
        assert _contains(texts, needle), needle
    assert _contains(texts, "Note masquée (mode parloir)")

    # The history tab masks old and new values of justice fields too.
    page.tabs.setCurrentIndex(TAB_HISTORIQUE)
    history = page.history
    values = [history.item(r, c).text() for r in range(history.rowCount()) for c in (4, 5)]
    assert "Antenne canari" not in values
    assert "masqué" in values

    # Editing in mode parloir does not offer the hidden fields.
    page.edit_record("suivi_judiciaire", store.repo.list("suivi_judiciaire", jeune_id=jeune)[0])
    from PySide6.QtWidgets import QApplication

    dialog = next(
        w
        for w in QApplication.topLevelWidgets()
        if w.objectName() == "recordDialog_suivi_judiciaire"
    )
    assert "cpip_nom" not in dialog.editors and "milieu" in dialog.editors
    dialog.reject()

    window.parloir_action.trigger()
    assert not window.parloir
    texts = _case_texts(window, jeune)
    assert _contains(texts, "Canarivoix") and _contains(texts, CANARY_NOTE)


def test_parloir_survives_a_lock_and_can_be_the_default(session: Any, qtbot: Any) -> None:
    from dedans_dehors_desktop.gui.shell.settings import StoreSettings

    from .conftest import unlock_with_keyboard

    window, _store, _jeune = session
    window.parloir_action.trigger()
    window.lock()
    unlock_with_keyboard(qtbot, window)
    assert window.parloir and window.parloir_action.isChecked()
    StoreSettings(window.store).parloir_default = True
    window.parloir_action.trigger()
    window.close()
    from .conftest import open_window

    second = open_window(window.data_dir, qtbot)
    unlock_with_keyboard(qtbot, second)
    assert second.parloir


def test_editing_the_youth_identity_and_a_barrier_from_the_case_file(
    session: Any, qtbot: Any
) -> None:
    """The case file's « Modifier » goes through the case-work service for the youth's own
    record as for the records of the case file."""
    from PySide6.QtWidgets import QApplication

    window, store, jeune = session
    window.workspace.open_case(jeune)
    page = window.workspace.case_page

    def dialog_for(table: str) -> Any:
        return next(
            w for w in QApplication.topLevelWidgets() if w.objectName() == f"recordDialog_{table}"
        )

    page.edit_record("jeune", store.repo.require("jeune", jeune))
    dialog = dialog_for("jeune")
    dialog.editors["commune"].setText("Saint-Brieuc")
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert store.repo.require("jeune", jeune)["commune"] == "Saint-Brieuc"
    assert any(c["field"] == "commune" for c in store.repo.history("jeune", jeune))

    frein = store.repo.list("frein", jeune_id=jeune)[0]
    page.edit_record("frein", frein)
    dialog = dialog_for("frein")
    dialog.editors["statut"].set_value("leve")
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert store.repo.require("frein", frein["id"])["statut"] == "leve"
