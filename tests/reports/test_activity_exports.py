"""The files that leave the office: PDF (parsed back with pypdf), XLSX (openpyxl) and CSV
(csv module), masked by default, unmasked with the named list, and both logged."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from pypdf import PdfReader

from dedans_dehors_desktop.core.errors import UserError
from dedans_dehors_desktop.reports.activity.export import (
    LOG_NAMED_LIST,
    LOG_REPORT,
    export_report,
    format_for,
)
from dedans_dehors_desktop.reports.activity.period import parse_split

from .test_activity_dataset import NAMES, PERIOD, Dataset, open_dataset

FIRST_NAMES = ("Léo", "Inès", "Hugo", "Yanis", "Sam", "Adam", "Jade", "Théo", "Zoé")


@pytest.fixture
def data(tmp_path: Path) -> Iterator[Dataset]:
    yield from open_dataset(tmp_path / "store")


def pdf_text(path: Path) -> str:
    text = "\n".join(page.extract_text() for page in PdfReader(path).pages)
    return re.sub(r"\s+", " ", text)


def log_lines(data: Dataset) -> list[tuple[str, str, str]]:
    return [
        tuple(r)
        for r in data.store.db.conn.execute(
            "SELECT action, tbl, record_id FROM access_log WHERE tbl LIKE 'rapport%' ORDER BY seq"
        )
    ]


def xlsx_cells(path: Path) -> dict[tuple[str, str], list[Any]]:
    """(table title, line label) -> the cells after the label, from the "Rapport" sheet."""
    book = openpyxl.load_workbook(path)
    sheet = book["Rapport"]
    out: dict[tuple[str, str], list[Any]] = {}
    title = ""
    rows = list(sheet.iter_rows(values_only=True))
    for i, row in enumerate(rows):
        if row[0] is None:
            continue
        label = str(row[0]).strip()
        following = rows[i + 1][0] if i + 1 < len(rows) else None
        if all(v is None for v in row[1:]) and following is not None:
            title = label
            continue
        out[(title, label)] = list(row[1:])
    return out


def csv_rows(path: Path) -> tuple[list[list[str]], dict[tuple[str, str], list[str]]]:
    raw = path.read_bytes()
    assert raw.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    header = next(i for i, r in enumerate(rows) if r[:1] == ["Code tableau"])
    cells = {(r[0], r[2]): r[4:] for r in rows[header + 1 :] if len(r) > 4}
    return rows, cells


def all_strings_of_xlsx(path: Path) -> str:
    book = openpyxl.load_workbook(path)
    return " ".join(
        str(v)
        for ws in book.worksheets
        for row in ws.iter_rows(values_only=True)
        for v in row
        if v is not None
    )


def test_masked_pdf_has_the_numbers_the_masks_and_no_name(data: Dataset, tmp_path: Path) -> None:
    out = tmp_path / "rapport.pdf"
    result = export_report(data.store.db, PERIOD, out, "pdf", split=parse_split("plie"))
    assert result.masked_cells > 0
    text = pdf_text(out)
    assert "Rapport d'activité" in text and "Mission Locale du Val Exemple" in text
    assert "Année 2025" in text and "Ensemble PLIE Hors PLIE" in text
    # Six youths, 2 and 4 in the columns: "6 < 5 < 5" would tell each column is 2 to 4, so
    # the audit masks the whole too; and with it every figure that would give it back.
    assert "Jeunes suivis (file active : au moins un contact) s s s" in text
    assert "Contacts (entretiens et démarches réalisés) s s s" in text
    assert "Entretien s < 5 s" in text
    assert "Total des contacts s s s" in text
    # Charts come with the list of what they do not draw.
    assert "Non représentés (effectifs masqués)" in text
    assert "Annexe : définitions et méthode" in text and "Secret statistique" in text
    for name in (*NAMES, *FIRST_NAMES, "Note confidentielle"):
        assert name not in text
    assert log_lines(data) == [("export", LOG_REPORT, "2025-01-01/2025-12-31")]


def test_named_list_pdf_shows_everything_and_is_logged_apart(data: Dataset, tmp_path: Path) -> None:
    out = tmp_path / "nominatif.pdf"
    result = export_report(
        data.store.db, PERIOD, out, "pdf", split=parse_split("plie"), named_list=True
    )
    assert result.masked_cells == 0 and result.named == 7
    text = pdf_text(out)
    tables = text.split("Annexe : définitions et méthode")[0]  # the annex explains "< 5"
    assert "< 5" not in tables and " s " not in tables
    assert "Jeunes suivis (file active : au moins un contact) 6 2 4" in text
    assert "Entretien 11 57,9 % 4 40,0 % 7 77,8 %" in text
    assert "Liste nominative" in text and "CONFIDENTIEL" in text
    for name in NAMES[:6] + NAMES[7:8]:  # Golfzed is only released; Indiazed is deleted
        assert name in text
    assert "Golfzed" not in text and "Indiazed" not in text
    assert "Alphazed Léo 15/06/2007 oui" in text
    assert log_lines(data) == [
        ("export", LOG_NAMED_LIST, "2025-01-01/2025-12-31"),
        ("export", LOG_REPORT, "2025-01-01/2025-12-31"),
    ]


def test_xlsx_cells_numbers_percentages_and_masks(data: Dataset, tmp_path: Path) -> None:
    out = tmp_path / "rapport.xlsx"
    export_report(data.store.db, PERIOD, out, "xlsx", split=parse_split("plie"))
    assert xlsx_cells(out)[("Contacts par type", "Entretien")] == [
        "s",
        None,
        "< 5",
        None,
        "s",
        None,
    ]
    # The numbers and percentages themselves: the exact output, without names.
    export_report(data.store.db, PERIOD, out, "xlsx", split=parse_split("plie"), mode="exact")
    cells = xlsx_cells(out)
    assert cells[("Contacts par type", "Entretien")] == [
        11,
        pytest.approx(0.5789),
        4,
        pytest.approx(0.4),
        7,
        pytest.approx(0.7778, abs=1e-4),
    ]
    assert cells[("Contacts par type", "Total des contacts")] == [19, 1, 10, 1, 9, 1]
    assert cells[
        ("Jeunes, entrées, sorties et contacts", "Contacts (entretiens et démarches réalisés)")
    ][:5] == [19, None, 10, None, 9]
    assert cells[("Nombre de contacts par jeune suivi", "Nombre moyen de contacts par jeune")][
        0
    ] == pytest.approx(3.2)
    assert cells[("Nombre de contacts par jeune suivi", "Nombre moyen de contacts par jeune")][
        2
    ] == pytest.approx(5.0)
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["Rapport", "Définitions"]
    definitions = [r[0] for r in book["Définitions"].iter_rows(values_only=True)]
    assert "Contact" in definitions and "Secret statistique" in definitions
    assert "Répartition en deux colonnes" in definitions
    strings = all_strings_of_xlsx(out)
    for name in (*NAMES, *FIRST_NAMES):
        assert name not in strings


def test_xlsx_named_list_sheet(data: Dataset, tmp_path: Path) -> None:
    out = tmp_path / "nominatif.xlsx"
    export_report(data.store.db, PERIOD, out, "xlsx", named_list=True)
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["Rapport", "Définitions", "Liste nominative"]
    rows = list(book["Liste nominative"].iter_rows(values_only=True))
    people = {r[0]: r for r in rows[3:]}
    assert sorted(people) == sorted(NAMES[:6] + NAMES[7:8])
    assert people["Foxtrotzed"][3:6] == (None, None, "oui")
    assert xlsx_cells(out)[("Contacts par type", "Démarche administrative")][:2] == [
        1,
        pytest.approx(1 / 19, abs=1e-4),
    ]


def test_csv_parses_back_with_codes_and_french_decimals(data: Dataset, tmp_path: Path) -> None:
    out = tmp_path / "rapport.csv"
    export_report(data.store.db, PERIOD, out, "csv", split=parse_split("plie"))
    rows, cells = csv_rows(out)
    assert rows[0] == ["Rapport d'activité"]
    header = next(r for r in rows if r[:1] == ["Code tableau"])
    assert header[4:] == [
        "Ensemble — nombre",
        "Ensemble — %",
        "PLIE — nombre",
        "PLIE — %",
        "Hors PLIE — nombre",
        "Hors PLIE — %",
    ]
    assert cells["contacts_type", "entretien"] == ["s", "", "< 5", "", "s", ""]
    assert cells["contacts_type", "total"] == ["s", "", "s", "", "s", ""]
    assert cells["contacts_theme", "emploi"][:2] == ["9", ""]  # its base (the total) is masked
    assert cells["situations", "total"][:1] == ["s"]  # 4: "< 5" would be bounded, see audit
    assert cells["contacts_par_jeune", "contacts_moyenne"][:1] == ["3,2"]
    text = out.read_text(encoding="utf-8-sig")
    for name in (*NAMES, *FIRST_NAMES):
        assert name not in text


def test_csv_without_split_and_with_named_list(data: Dataset, tmp_path: Path) -> None:
    out = tmp_path / "nominatif.csv"
    export_report(data.store.db, PERIOD, out, "csv", named_list=True)
    rows, cells = csv_rows(out)
    assert cells["populations", "file_active"] == ["6", ""]
    assert cells["situations", "cat_emploi"] == ["2", "50,0"]
    assert cells["delai", "delai_mediane"] == ["10,5", ""]
    start = rows.index(["Liste nominative (confidentiel)"])
    assert rows[start + 1] == ["Nom", "Prénoms", "Né(e) le", "Suivi", "Entrée", "Sortie"]
    assert ["Deltazed", "Yanis", "31/12/2000", "oui", "oui", "oui"] in rows[start + 2 :]


def test_user_text_never_becomes_a_formula_or_markup(data: Dataset, tmp_path: Path) -> None:
    repo = data.store.repo
    repo.update("etablissement", data.etab_a, {"nom": '=HYPERLINK("http://x") <b>&amp;'})
    export_report(data.store.db, PERIOD, tmp_path / "r.csv", "csv")
    export_report(data.store.db, PERIOD, tmp_path / "r.xlsx", "xlsx")
    export_report(data.store.db, PERIOD, tmp_path / "r.pdf", "pdf")
    rows, _ = csv_rows(tmp_path / "r.csv")
    labels = {r[2]: r[3] for r in rows if len(r) > 3 and r[0] == "etablissement"}
    assert labels[data.etab_a] == '\'=HYPERLINK("http://x") <b>&amp;'
    book = openpyxl.load_workbook(tmp_path / "r.xlsx")
    values = [
        c
        for row in book["Rapport"].iter_rows()
        for c in row
        if isinstance(c.value, str) and "HYPERLINK" in c.value
    ]
    assert values and all(c.data_type == "s" for c in values)
    assert '=HYPERLINK("http://x") <b>&amp;' in pdf_text(tmp_path / "r.pdf")


def test_format_from_extension_and_errors(data: Dataset, tmp_path: Path) -> None:
    assert format_for(Path("a.XLSX")) == "xlsx"
    assert format_for(Path("rapport")) == "pdf"
    assert format_for(Path("a.pdf"), "csv") == "csv"
    with pytest.raises(UserError, match="Format inconnu"):
        format_for(Path("a.docx"))
    with pytest.raises(UserError, match="dossier"):
        export_report(data.store.db, PERIOD, tmp_path / "absent" / "r.pdf", "pdf")
    assert log_lines(data) == []
