"""Reading services on a real store: the youth list's one row type, searched in SQL or
filtered in memory with the same rule, and the case-file reads."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import pytest

from dedans_dehors_desktop.core.errors import NotFound
from dedans_dehors_desktop.services import casework, queries
from dedans_dehors_desktop.storage.store import Store

TODAY = date.today()


def day(offset: int) -> str:
    return (TODAY + timedelta(days=offset)).isoformat()


@pytest.fixture
def filled(store: Store) -> Store:
    casework.add_demo(store, 30, seed=5, today=TODAY)
    return store


@pytest.mark.parametrize("text", ["", "a", "LE g", "éLOÏSE", "zz", "%", "_"])
def test_in_memory_filter_matches_the_sql_search(filled: Store, text: str) -> None:
    rows = queries.youth_rows(filled)
    assert len(rows) == 30
    for kw in ({}, {"milieu": "ferme"}, {"en_cours": True}, {"en_cours": False}):
        ours = [r.id for r in queries.filter_rows(rows, text, **kw)]
        theirs = [r.id for r in queries.youth_list(filled, text, **kw)]
        assert ours == theirs, (text, kw)
    # One row type: the SQL search returns the very rows the list holds.
    by_id = {r.id: r for r in rows}
    assert all(by_id[r.id] == r for r in queries.youth_list(filled, text))


def test_row_judges_against_today(store: Store, new_youth: Callable[..., dict[str, Any]]) -> None:
    repo = store.repo
    jeune = repo.create("jeune", new_youth(nom_naissance="Quéré"))
    dispositif = repo.create("dispositif", {"nom": "PLIE"})
    repo.create(
        "accompagnement",
        {
            "jeune_id": jeune,
            "dispositif_id": dispositif,
            "date_entree": day(-10),
            "date_fin": day(5),
        },
    )
    repo.create(
        "actualite",
        {
            "jeune_id": jeune,
            "date": day(2),
            "heure": "09:00",
            "type": "entretien",
            "presence": "planifie",
        },
    )
    (row,) = queries.youth_rows(store)
    assert (row.nom, row.search) == ("Quéré", "quere lucas")
    assert row.en_cours(day(0)) and not row.en_cours(day(6))
    assert row.next_appointment(day(0)) == f"{day(2)} 09:00"
    assert row.next_appointment(day(3)) is None
    assert queries.filter_rows([row], today_only=True, today=TODAY + timedelta(days=2)) == [row]
    assert queries.search_names(store, "quere") == [(jeune, "Quéré", "Lucas")]


def test_case_file_reads(filled: Store) -> None:
    jeune_id = queries.youth_rows(filled)[0].id
    case = queries.read_case_file(filled, jeune_id)
    assert case.jeune["id"] == jeune_id
    assert set(case.records) == set(queries.CASE_TABLES)
    assert set(case.ref_names) == set(queries.REFERENCE_TABLES)
    assert queries.reference_names(filled)["etablissement"] == queries.names(
        filled, "etablissement"
    )
    assert queries.count_youths(filled) == 30
    assert queries.open_youth(filled, jeune_id)["id"] == jeune_id
    with pytest.raises(NotFound):
        queries.read_case_file(filled, "00000000-0000-4000-8000-000000000000")
    with pytest.raises(ValueError):
        queries.names(filled, "jeune")
