"""Untrusted text is shown as plain text, long names never widen a layout, icon buttons speak."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel

from dedans_dehors_desktop.gui.widgets.text import ElidedLabel, one_line

from .helpers import written_elsewhere

HOSTILE_NAME = "<b>Gras</b><img src='http://exemple.invalid/x.png'>\u202eevil\x07"
LONG_NAME = "Abcdefghijklmnopqrstuvwxyz" * 3 + "Fin"


def _youth(store: Any, nom: str, note: str) -> str:
    with written_elsewhere(store), store.db.transaction():
        jeune = store.repo.create(
            "jeune",
            {
                "nom_naissance": nom,
                "prenoms": "Test",
                "sexe": "homme",
                "date_naissance": "01/02/2003",
            },
        )
        store.repo.create(
            "actualite",
            {"jeune_id": jeune, "date": "02/02/2025", "type": "entretien", "note": note},
        )
    return jeune


def test_hostile_text_is_plain_and_stripped(session: Any, qtbot: Any) -> None:
    window, store, _ = session
    jeune = _youth(store, HOSTILE_NAME, "<h1>Titre</h1> & <script>x</script>")
    page = window.workspace.open_case(jeune)
    for tab in range(page.tabs.count()):
        page.tabs.setCurrentIndex(tab)
    window.workspace.new_interview(jeune)
    for w in QApplication.allWidgets():
        if isinstance(w, QLabel) and ("<b>" in w.text() or "<h1>" in w.text()):
            assert w.textFormat() == Qt.TextFormat.PlainText, w.objectName()
    # Bidi overrides and control characters never reach the screen.
    assert "\u202e" not in page.name.text() and "\x07" not in page.name.text()
    assert one_line("a\u202eb\x00c") == "a b c"


def test_long_names_are_elided_not_widening_the_window(session: Any, qtbot: Any) -> None:
    window, store, _ = session
    width = window.width()
    jeune = _youth(store, LONG_NAME, "note")
    page = window.workspace.open_case(jeune)
    window.workspace.new_interview(jeune)
    assert isinstance(page.name, ElidedLabel)
    assert page.name.text().endswith(LONG_NAME.upper())
    assert page.name.minimumSizeHint().width() < 100
    assert page.minimumSizeHint().width() < 1000
    assert window.width() == width
    window.workspace.list_page.reload()
    window.workspace.list_page.search.setText("abcdefghij")
    view = window.workspace.list_page.view
    assert view.textElideMode() == Qt.TextElideMode.ElideRight and not view.wordWrap()


def test_icon_only_buttons_have_accessible_names(session: Any, qtbot: Any) -> None:
    window, _store, jeune = session
    window.workspace.open_case(jeune)
    window.workspace.new_interview(jeune)
    window.show_page(1)
    silent = [
        f"{type(w).__name__}#{w.objectName()}"
        for w in QApplication.allWidgets()
        if isinstance(w, QAbstractButton)
        and w.isVisible()
        and (not w.text().strip() or len(w.text().strip()) == 1)
        and not w.accessibleName()
        and not w.toolTip()
    ]
    assert silent == []
