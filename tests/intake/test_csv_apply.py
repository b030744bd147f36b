"""The spreadsheet import applied to a real store: every row or none, logged as imports."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dedans_dehors_desktop.core.errors import InputRejected
from dedans_dehors_desktop.core.textnorm import fold
from dedans_dehors_desktop.intake import apply_csv, parse_csv
from dedans_dehors_desktop.storage.store import Store

TODAY = date.today()
HEADER = "nom;prenom;date_naissance;sexe;etablissement;date_ecrou;date_liberation_prevue"
ETABS = ("Maison d'arrêt de Rennes", "Centre pénitentiaire de Vezin", "")


def counts(store: Store) -> dict[str, int]:
    return {
        t: store.db.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
        for t in ("jeune", "suivi_judiciaire", "etablissement", "access_log", "history")
    }


def import_lines(store: Store) -> list[tuple[str, str]]:
    return [
        tuple(r)
        for r in store.db.conn.execute(
            "SELECT tbl, record_id FROM access_log WHERE action = 'import' ORDER BY seq"
        )
    ]


def csv_bytes(lines: list[str], encoding: str = "utf-8") -> bytes:
    return ("\n".join([HEADER, *lines]) + "\n").encode(encoding)


def fr(d: date) -> str:
    return d.strftime("%d/%m/%Y")


name = st.text(
    alphabet="abcdefghijklmnopqrstuvwxyzéèëïôçABCDEFGHIJKLMNOPQRSTUVWXYZÉÈ", min_size=2, max_size=20
)
# Born 14 to 29 years ago: inside the 13–35 age window whatever the day.
birth = st.integers(min_value=14 * 366, max_value=29 * 365).map(lambda d: TODAY - timedelta(d))
row = st.tuples(
    name,
    name,
    birth,
    st.sampled_from(["F", "H", "Femme", "homme", ""]),
    st.sampled_from(ETABS),
    st.integers(min_value=1, max_value=300),
)
rows = st.lists(row, min_size=1, max_size=8, unique_by=lambda r: (fold(r[0]), fold(r[1]), r[2]))


def line(r: tuple[str, str, date, str, str, int]) -> str:
    nom, prenom, born, sexe, etab, days = r
    ecrou = (TODAY - timedelta(days)).strftime("%d/%m/%Y") if etab else ""
    liberation = (TODAY + timedelta(days)).strftime("%d/%m/%Y") if etab else ""
    return ";".join((nom, prenom, fr(born), sexe, etab, ecrou, liberation))


BAD_CELLS = [
    lambda cells: cells.__setitem__(2, "31/02/2004"),  # no such date
    lambda cells: cells.__setitem__(2, fr(TODAY - timedelta(days=50 * 365))),  # too old
    lambda cells: cells.__setitem__(0, ""),  # name missing
    lambda cells: cells.__setitem__(3, "peut-être"),  # unknown sex
    lambda cells: cells.__setitem__(5, fr(TODAY + timedelta(days=30))),  # écrou in the future
]


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=rows, bad=st.none() | st.tuples(st.integers(0, 7), st.sampled_from(BAD_CELLS)))
def test_all_or_nothing(
    store: Store, data: list[tuple[str, str, date, str, str, int]], bad: tuple[int, Any] | None
) -> None:
    lines = [line(r) for r in data]
    if bad is not None:
        index, spoil = bad
        cells = lines[index % len(lines)].split(";")
        spoil(cells)
        lines[index % len(lines)] = ";".join(cells)
    before, logged = counts(store), import_lines(store)
    result = parse_csv(csv_bytes(lines), TODAY)
    if bad is not None:
        assert len(result.rejected) == 1
        with pytest.raises(InputRejected) as info:
            apply_csv(store.repo, result)
        assert "rien n'a été importé" in str(info.value)
        assert counts(store) == before
        return
    assert result.rejected == []
    outcome = apply_csv(store.repo, result)
    after = counts(store)
    assert outcome.youths == len(data) == after["jeune"] - before["jeune"]
    with_etab = [r for r in data if r[4]]
    assert after["suivi_judiciaire"] - before["suivi_judiciaire"] == len(with_etab)
    assert after["etablissement"] - before["etablissement"] == outcome.establishments_created
    # One 'import' access-log line per created record, and no 'creation' line for them.
    new_lines = import_lines(store)[len(logged) :]
    created = (
        (after["jeune"] - before["jeune"])
        + (after["suivi_judiciaire"] - before["suivi_judiciaire"])
        + (after["etablissement"] - before["etablissement"])
    )
    assert len(new_lines) == created
    assert after["access_log"] - before["access_log"] == created
    assert store.check() == []


def test_good_file_imports_every_row(store: Store) -> None:
    lines = [
        f"Dupont;Éloïse;04/07/{TODAY.year - 19};F;{ETABS[0]};"
        f"{fr(TODAY - timedelta(days=40))};{fr(TODAY + timedelta(days=100))}",
        f"Martin;Kévin;12/01/{TODAY.year - 22};H;{ETABS[0]};;",
        f"Le Goff;Noé;01/09/{TODAY.year - 17};;;;",
    ]
    outcome = apply_csv(store.repo, parse_csv(csv_bytes(lines, "cp1252"), TODAY))
    assert (outcome.youths, outcome.establishments_created) == (3, 1)
    youths = {r["prenoms"]: r for r in store.repo.list("jeune")}
    assert set(youths) == {"Éloïse", "Kévin", "Noé"}
    assert youths["Noé"]["sexe"] == "non_renseigne"
    (suivi,) = [
        s for s in store.repo.list("suivi_judiciaire") if s["jeune_id"] == youths["Éloïse"]["id"]
    ]
    assert suivi["milieu"] == "ferme"
    assert suivi["date_liberation_prev"] == (TODAY + timedelta(days=100)).isoformat()
    (etab,) = store.repo.list("etablissement")
    assert etab["nom"] == ETABS[0]
    # A second file reuses the establishment instead of creating it again.
    again = apply_csv(
        store.repo,
        parse_csv(csv_bytes([f"Roux;Inès;02/02/{TODAY.year - 20};F;{ETABS[0].upper()};;"]), TODAY),
    )
    assert again.establishments_created == 0
    assert len(store.repo.list("etablissement")) == 1


def test_one_bad_row_imports_nothing(store: Store) -> None:
    lines = [
        f"Dupont;Éloïse;04/07/{TODAY.year - 19};F;{ETABS[0]};;",
        "Martin;Kévin;32/13/2003;H;;;",
        f"Le Goff;Noé;01/09/{TODAY.year - 17};;{ETABS[1]};;",
    ]
    result = parse_csv(csv_bytes(lines), TODAY)
    assert [r.line for r in result.rejected] == [3]
    before = counts(store)
    with pytest.raises(InputRejected) as info:
        apply_csv(store.repo, result)
    assert str(info.value).startswith("1 ligne(s) refusée(s)")
    assert counts(store) == before


def test_row_refused_by_the_store_rolls_back_the_rows_before_it(store: Store) -> None:
    """A row the parser accepted but the write path refuses: the rows already written in the
    same import are rolled back, establishments included."""
    lines = [
        f"Dupont;Éloïse;04/07/{TODAY.year - 19};F;{ETABS[0]};;",
        f"Martin;Kévin;12/01/{TODAY.year - 22};H;{ETABS[1]};;",
    ]
    result = parse_csv(csv_bytes(lines), TODAY)
    assert result.rejected == []
    result.rows[1].jeune["email"] = "pas-une-adresse"  # refused by the store's validation
    before = counts(store)
    with pytest.raises(InputRejected) as info:
        apply_csv(store.repo, result)
    assert "Ligne 3" in str(info.value) and "Rien n'a été importé" in str(info.value)
    assert counts(store) == before
    assert store.check() == []


def test_dates_without_milieu_are_not_dropped(store: Store) -> None:
    """A release date (or a date d'écrou) given without the milieu or the establishment column
    must reach the store, or the row must be refused; silently losing it is not acceptable."""
    data = (
        "nom;prenom;date_naissance;sexe;date_ecrou;date_liberation_prevue\n"
        f"Dupont;Éloïse;04/07/{TODAY.year - 19};F;{fr(TODAY - timedelta(days=30))};"
        f"{fr(TODAY + timedelta(days=60))}\n"
    ).encode()
    result = parse_csv(data, TODAY)
    try:
        apply_csv(store.repo, result)
    except InputRejected:
        assert store.repo.list("jeune") == []
        return
    (suivi,) = store.repo.list("suivi_judiciaire")
    assert suivi["date_liberation_prev"] == (TODAY + timedelta(days=60)).isoformat()
    assert suivi["date_ecrou"] == (TODAY - timedelta(days=30)).isoformat()
