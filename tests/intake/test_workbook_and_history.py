"""Workbooks and history sheets, read by property: never a crash, never a silent change."""

from __future__ import annotations

import io
from datetime import date, datetime, time
from typing import Any

import openpyxl
from hypothesis import given, settings
from hypothesis import strategies as st

from dedans_dehors_desktop.core.duplicates import Identity, compare, damerau_levenshtein
from dedans_dehors_desktop.core.errors import InputRejected
from dedans_dehors_desktop.intake.spreadsheet import parse_file
from dedans_dehors_desktop.intake.workbook import cell_text, read_xlsx

TODAY = date(2026, 3, 2)

cell = st.one_of(
    st.none(),
    st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=30),
    st.integers(min_value=-(10**9), max_value=10**9),
    st.floats(allow_nan=False, allow_infinity=False, width=32),
    st.dates(min_value=date(1950, 1, 1), max_value=date(2050, 12, 31)),
    st.booleans(),
)


def workbook(rows: list[list[Any]], title: str = "Jeunes") -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = title
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(cell, max_size=6), max_size=6))
def test_any_workbook_is_read_or_refused_never_crashes(rows: list[list[Any]]) -> None:
    data = workbook(rows)
    sheets = read_xlsx(data)
    assert [s.name for s in sheets] == ["Jeunes"]
    assert all(all(isinstance(c, str) for c in r.cells) for r in sheets[0].records)
    try:
        parsed = parse_file(data, "x.xlsx", TODAY)
    except InputRejected as exc:
        assert "Rien n'a été importé" in str(exc) or "Colonnes" in str(exc)
    else:
        assert parsed.row_count > 0


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=400))
def test_garbage_after_a_zip_signature_is_refused(tail: bytes) -> None:
    try:
        parse_file(b"PK\x03\x04" + tail, "x.xlsx", TODAY)
    except InputRejected as exc:
        assert "Rien n'a été importé" in str(exc)


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))
def test_dates_read_as_a_csv_export_writes_them(d: date) -> None:
    assert cell_text(d) == d.strftime("%d/%m/%Y")
    assert cell_text(datetime(d.year, d.month, d.day)) == d.strftime("%d/%m/%Y")


def test_cells_as_text() -> None:
    assert cell_text(612345678.0) == "612345678"
    assert cell_text(time(10, 30)) == "10:30"
    assert cell_text(None) == ""


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(["10:30", "10h30", "10h", "9:05", "14 h 00"]),
    st.sampled_from(["45", "1h30", "90 min", "2h", ""]),
)
def test_contact_times_and_durations(heure: str, duree: str) -> None:
    rows = [
        ["nom", "prenom", "date_naissance", "date", "heure", "duree", "type"],
        ["Dupont", "Ana", "01/01/2004", "02/02/2024", heure, duree, "Entretien"],
    ]
    parsed = parse_file(workbook(rows, "Contacts"), "c.xlsx", TODAY)
    assert not parsed.rejected
    (row,) = parsed.history
    assert row.values["heure"] in ("10:30", "10:00", "09:05", "14:00")
    assert row.values.get("duree") in (45, 90, 120, None)


names = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=2, max_size=12)


@given(names, names)
def test_distance_is_symmetric_and_zero_only_on_equality(a: str, b: str) -> None:
    assert damerau_levenshtein(a, b) == damerau_levenshtein(b, a)
    assert (damerau_levenshtein(a, b) == 0) == (a == b)


@given(names, st.integers(min_value=0, max_value=11), st.sampled_from("abcxyz"))
def test_one_typo_on_the_same_birth_date_is_a_possible_duplicate(
    nom: str, at: int, letter: str
) -> None:
    i = at % len(nom)
    typo = nom[:i] + letter + nom[i + 1 :]
    known = Identity.of({"nom_naissance": nom, "prenoms": "Ana", "date_naissance": "2004-01-01"})
    new = Identity.of(
        {"nom_naissance": typo.upper(), "prenoms": "ANA", "date_naissance": "2004-01-01"}
    )
    likeness = compare(new, known)
    assert likeness is not None
    assert likeness.kind == ("identique" if typo == nom else "faute")
    other_day = Identity.of(
        {"nom_naissance": typo, "prenoms": "Ana", "date_naissance": "2004-06-30"}
    )
    assert compare(other_day, known) is None or typo == nom


def test_likeness_kinds() -> None:
    def ident(nom: str, prenom: str, born: str, **kw: str) -> Identity:
        return Identity.of({"nom_naissance": nom, "prenoms": prenom, "date_naissance": born, **kw})

    known = ident("Dupont", "Éloïse", "2004-07-04", id_imilo="123")
    cases = {
        ("DUPONT", "eloise", "2004-07-04"): "identique",
        ("Éloïse", "Dupont", "2004-07-04"): "inverse",
        ("Dupond", "Eloise", "2004-07-04"): "faute",
        ("Dupnot", "Eloise", "2004-07-04"): "faute",  # two letters swapped
        ("Dupont", "Eloise Marie", "2004-07-04"): "prenom",
        ("Dupont", "Eloise", "2004-04-07"): "date",
        ("Martin", "Eloise", "2004-07-04"): None,
        ("Dupont", "Eloise", "2005-01-20"): None,
    }
    for (nom, prenom, born), kind in cases.items():
        found = compare(ident(nom, prenom, born), known)
        assert (found.kind if found else None) == kind, (nom, prenom, born)
    assert compare(ident("X", "Y", "1999-01-01", id_imilo="123"), known).kind == "identifiant"
