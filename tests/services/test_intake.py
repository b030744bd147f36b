"""Bringing a Mission Locale's spreadsheet (youths and their history) into a real store."""

from __future__ import annotations

import io
from datetime import date, datetime
from typing import Any

import openpyxl
import pytest

from dedans_dehors_desktop.core.errors import InputRejected
from dedans_dehors_desktop.services import intake
from dedans_dehors_desktop.storage.store import Store

TODAY = date(2026, 3, 2)
CASE_TABLES = (
    "jeune",
    "suivi_judiciaire",
    "accompagnement",
    "actualite",
    "situation",
    "amenagement",
    "dispositif",
    "etablissement",
)


def counts(store: Store) -> dict[str, int]:
    return {
        t: store.db.conn.execute(f"SELECT count(*) FROM {t} WHERE _deleted = 0").fetchone()[0]
        for t in CASE_TABLES
    }


def workbook(sheets: dict[str, list[list[Any]]]) -> bytes:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


YOUTHS = [
    ["Nom", "Prénom", "Date de naissance", "Sexe", "Établissement", "Commentaire"],
    ["Dupont", "Éloïse", datetime(2004, 7, 4), "F", "Maison d'arrêt de Rennes", "x"],
    # 24 in 2016, 33 today: brought in with her history of that year.
    ["Bernard", "Inès", "12/05/1992", "F", "", ""],
]
CONTACTS = [
    ["nom", "prenom", "date_naissance", "date", "heure", "duree", "type", "lieu", "presence"],
    [
        "Dupont",
        "Eloise",
        "04/07/2004",
        "14/03/2025",
        "10:30",
        "45",
        "Entretien",
        "Intra-muros",
        "Présent",
    ],
    ["BERNARD", "Inès", "12/05/1992", "02/02/2016", "14h", "1h30", "appel", "", "present"],
]
ACCOMPANIMENTS = [
    ["nom", "prenom", "date_naissance", "dispositif", "date_entree", "date_fin"],
    ["Bernard", "Inès", "12/05/1992", "Garantie jeunes", "01/02/2016", "31/01/2017"],
]


def book_bytes() -> bytes:
    return workbook({"Jeunes": YOUTHS, "Contacts": CONTACTS, "Accompagnements": ACCOMPANIMENTS})


def test_youths_and_history_from_a_workbook_then_nothing_the_second_time(store: Store) -> None:
    plan = intake.prepare(store, book_bytes(), "suivi.xlsx", TODAY)
    assert not plan.rejected and not plan.doubtful, intake.plan_text(plan)
    text = intake.plan_text(plan)
    assert "Date de naissance → date_naissance" in text
    assert "« Commentaire »" in text  # ignored column reported
    outcome = intake.apply(store, plan)
    assert (outcome.created, outcome.history_created, outcome.dispositifs_created) == (2, 3, 1)
    after_first = counts(store)
    assert after_first["actualite"] == 2 and after_first["accompagnement"] == 1
    again = intake.apply(store, intake.prepare(store, book_bytes(), "suivi.xlsx", TODAY))
    assert (again.created, again.present, again.history_created) == (0, 2, 0)
    assert again.history_present == 3
    assert counts(store) == after_first
    duree = store.db.conn.execute("SELECT duree FROM actualite WHERE heure = '14:00'").fetchone()
    assert duree == (90,)


def test_history_for_a_youth_already_in_the_store(store: Store, new_youth: Any) -> None:
    store.repo.create(
        "jeune", new_youth(nom_naissance="Dupont", prenoms="Éloïse", date_naissance="04/07/2004")
    )
    data = workbook({"Contacts": CONTACTS[:2]})
    plan = intake.prepare(store, data, "c.xlsx", TODAY)
    assert not plan.rejected
    outcome = intake.apply(store, plan)
    assert outcome.history_created == 1 and counts(store)["jeune"] == 1


def test_age_is_judged_at_the_date_of_each_record(store: Store) -> None:
    contacts = [CONTACTS[0], ["Bernard", "Inès", "12/05/1992", "02/02/2005", "", "", "appel"]]
    plan = intake.prepare(
        store, workbook({"Jeunes": YOUTHS, "Contacts": contacts}), "x.xlsx", TODAY
    )
    assert [(r.sheet, r.line) for r in plan.rejected] == [("Contacts", 2)]
    assert "12 ans" in plan.rejected[0].reasons[0]
    before = counts(store)
    with pytest.raises(InputRejected, match="1 ligne refusée"):
        intake.apply(store, plan)
    assert counts(store) == before
    # Without history, a youth of 33 is judged today: accepted; one of 40 is not.
    old = [YOUTHS[0], ["Petit", "Jean", "01/01/1986", "H"]]
    plan = intake.prepare(store, workbook({"Jeunes": old}), "x.xlsx", TODAY)
    assert [r.line for r in plan.rejected] == [2] and "40 ans" in plan.rejected[0].reasons[0]


def test_header_only_and_template_are_not_a_success(store: Store) -> None:
    for data, name in (
        (intake.template("xlsx"), "modele.xlsx"),
        (intake.template("csv"), "modele.csv"),
    ):
        with pytest.raises(InputRejected, match="aucune ligne"):
            intake.prepare(store, data, name, TODAY)


def test_template_sheets_are_recognised(store: Store) -> None:
    book = openpyxl.load_workbook(io.BytesIO(intake.template("xlsx")))
    assert book.sheetnames[:5] == [
        "Jeunes",
        "Accompagnements",
        "Contacts",
        "Situations",
        "Aménagements",
    ]
    book["Jeunes"].append(["Dupont", "Éloïse", "04/07/2004", "F"])
    book["Situations"].append(["Dupont", "Éloïse", "04/07/2004", "CDD", "", "01/06/2024"])
    buffer = io.BytesIO()
    book.save(buffer)
    plan = intake.prepare(store, buffer.getvalue(), "m.xlsx", TODAY)
    assert not plan.rejected, intake.plan_text(plan)
    outcome = intake.apply(store, plan)
    assert outcome.created == 1 and outcome.history_created == 1


def test_possible_duplicates_wait_for_a_decision(store: Store, new_youth: Any) -> None:
    known = store.repo.create(
        "jeune", new_youth(nom_naissance="Dupond", prenoms="Eloise", date_naissance="04/07/2004")
    )
    data = workbook({"Jeunes": YOUTHS[:2]})
    plan = intake.prepare(store, data, "x.xlsx", TODAY)
    assert [y.line for y in plan.doubtful] == [2]
    assert plan.doubtful[0].candidates[0].likeness.kind == "faute"
    assert "ressemble à Dupond Eloise" in intake.plan_text(plan)
    with pytest.raises(InputRejected, match="à trancher"):
        intake.apply(store, plan)
    skipped = intake.apply(store, plan, {2: "ignorer"})
    assert skipped.skipped == 1 and counts(store)["jeune"] == 1
    merged = intake.apply(store, plan, {2: "fusionner"})
    assert merged.merged == 1 and counts(store)["jeune"] == 1
    assert counts(store)["suivi_judiciaire"] == 1  # the row's establishment joined her file
    assert store.repo.list("suivi_judiciaire", jeune_id=known)
    homonym = intake.apply(store, plan, {2: "creer"})
    assert homonym.created == 1 and counts(store)["jeune"] == 2


def test_csv_history_file_is_told_by_its_columns(store: Store) -> None:
    youths = "nom;prenom;date_naissance;sexe\nDupont;Éloïse;04/07/2004;F\n".encode()
    intake.apply(store, intake.prepare(store, youths, "a.csv", TODAY))
    history = (
        "nom;prenom;date_naissance;situation;date_debut;employeur\n"
        "Dupont;Éloïse;04/07/2004;Intérim;01/09/2025;Adecco\n"
    ).encode()
    plan = intake.prepare(store, history, "b.csv", TODAY)
    assert plan.sheets[0].kind == "situations" and not plan.rejected, intake.plan_text(plan)
    assert intake.apply(store, plan).history_created == 1
