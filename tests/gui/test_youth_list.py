"""The youth list: search as you type (accent-insensitive), filters, sorting, mode parloir."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt

from dedans_dehors_desktop.gui.pages.youth_list import COL_AGE, COL_LIBERATION, COL_NOM, ID_ROLE

from .conftest import CANARY_NOM
from .helpers import type_text, written_elsewhere


def _names(model: Any) -> list[str]:
    model.ensure_loaded(model.total() - 1)
    return [model.index(r, COL_NOM).data() for r in range(model.rowCount())]


def test_search_narrows_the_list(session: Any, qtbot: Any) -> None:
    window, _store, jeune = session
    page = window.workspace.list_page
    total = page.model.total()
    assert total == 13
    assert page.search.hasFocus()
    type_text(page.search, "zyq")
    assert page.model.total() == 1
    assert page.model.index(0, 0).data(ID_ROLE) == jeune
    assert page.count.text() == "1 jeune"
    # Accents and case do not matter, and every word must match some part of a name.
    page.search.clear()
    type_text(page.search, "ÉLODIE zyqwax")
    assert page.model.total() == 1
    page.search.clear()
    type_text(page.search, "elodie nobody")
    assert page.model.total() == 0
    page.search.clear()
    assert page.model.total() == total
    # Enter on a single result opens the case file: no mouse needed.
    type_text(page.search, "zyqwax")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert window.workspace.case_page is not None
    assert window.workspace.case_page.jeune_id == jeune


def test_filters_and_sorting(session: Any) -> None:
    window, store, jeune = session
    page = window.workspace.list_page
    total = page.model.total()
    page.milieu.setCurrentIndex(page.milieu.findData("ouvert"))
    ouvert = page.model.total()
    page.milieu.setCurrentIndex(page.milieu.findData("ferme"))
    ferme = page.model.total()
    assert ouvert + ferme == total
    page.milieu.setCurrentIndex(0)
    etab = store.db.conn.execute(
        "SELECT etablissement_id FROM suivi_judiciaire WHERE jeune_id = ?", (jeune,)
    ).fetchone()[0]
    page.etablissement.setCurrentIndex(page.etablissement.findData(etab))
    assert 0 < page.model.total() < total
    page.etablissement.setCurrentIndex(0)
    page.en_cours.setChecked(True)
    assert page.model.total() < total  # the canary has no accompagnement
    page.en_cours.setChecked(False)

    # "À voir aujourd'hui": youths with an appointment planned today.
    with written_elsewhere(store), store.db.transaction():
        store.repo.create(
            "actualite",
            {
                "jeune_id": jeune,
                "date": date.today(),
                "heure": "09:30",
                "type": "entretien",
                "presence": "planifie",
            },
        )
    page.reload()  # written behind the list's back: read again
    page.today_only.setChecked(True)
    assert jeune in [page.model.jeune_id(r) for r in range(page.model.rowCount())]
    assert all("aujourd'hui" in page.model.index(r, 5).data() for r in range(page.model.rowCount()))
    page.today_only.setChecked(False)

    names = _names(page.model)
    assert names == sorted(names, key=lambda n: n.casefold().replace("Œ", "OE"))
    page.view.sortByColumn(COL_NOM, Qt.SortOrder.DescendingOrder)
    assert _names(page.model)[0] >= _names(page.model)[-1]
    page.view.sortByColumn(COL_AGE, Qt.SortOrder.AscendingOrder)
    ages = [int(page.model.index(r, COL_AGE).data()) for r in range(page.model.rowCount())]
    assert ages == sorted(ages)
    # The sort survives a new search.
    type_text(page.search, "a")
    ages = [int(page.model.index(r, COL_AGE).data()) for r in range(page.model.rowCount())]
    assert ages == sorted(ages)


def test_list_loads_rows_lazily(session: Any, qtbot: Any) -> None:
    from dedans_dehors_desktop.gui.pages.youth_list import BATCH, YouthListModel
    from dedans_dehors_desktop.services.queries import YouthRow

    model = YouthListModel()
    rows = [
        YouthRow(
            str(i),
            f"nom{i:05d} p",
            f"Nom{i:05d}",
            "P",
            "2004-01-01",
            None,
            None,
            "ouvert",
            None,
            None,
            False,
            None,
        )
        for i in range(BATCH * 3 + 5)
    ]
    model.set_rows(rows)
    assert model.rowCount() == BATCH
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 2 * BATCH
    model.ensure_loaded(BATCH * 3 + 4)
    assert model.rowCount() == len(rows)
    assert not model.canFetchMore()


def test_parloir_hides_release_dates_in_the_list(session: Any) -> None:
    window, _store, _jeune = session
    page = window.workspace.list_page
    type_text(page.search, CANARY_NOM[:5])
    assert page.model.index(0, COL_LIBERATION).data() == "17/09/2027"
    window.parloir_action.trigger()
    assert window.parloir
    assert page.view.isColumnHidden(COL_LIBERATION)
    assert page.model.index(0, COL_LIBERATION).data() == ""
    window.parloir_action.trigger()
    assert not page.view.isColumnHidden(COL_LIBERATION)


@pytest.mark.parametrize("text", ["", "a", "LE g", "éLOÏSE", "zz", "an  ma", "%", "_", "o'"])
def test_in_memory_filter_matches_the_storage_search(session: Any, text: str) -> None:
    """The list filters in memory with exactly the storage search's rule and order."""
    from dedans_dehors_desktop.services.queries import filter_rows, youth_rows
    from dedans_dehors_desktop.storage.search import youth_list

    _window, store, _jeune = session
    rows = youth_rows(store)
    for kw in ({}, {"milieu": "ferme"}, {"en_cours": True}, {"en_cours": False}):
        ours = [r.id for r in filter_rows(rows, text, **kw)]
        theirs = [y.id for y in youth_list(store.db.conn, text, **kw)]
        assert ours == theirs, (text, kw)
