"""``annuaire``, ``modele-import`` and ``import-csv`` (CSV and .xlsx, with history) end to end."""

from __future__ import annotations

import io
import json
from pathlib import Path

import openpyxl

from dedans_dehors_desktop.storage.store import Store

from .conftest import STRONG, USER, Run
from .test_store_commands import youth_names


def listing(run: Run, kind: str, *extra: str) -> list[dict[str, object]]:
    result = run("annuaire", "lister", kind, "--json", *extra)
    assert result.code == 0
    return list(json.loads(result.out))


def test_directory_lifecycle(run: Run, initialised: Path, tmp_path: Path) -> None:
    assert (
        run(
            "annuaire",
            "ajouter",
            "etablissements",
            "Maison d'arrêt de Rennes",
            "--champ",
            "ville=Rennes",
            "--champ",
            "type=Maison d'arrêt",
        ).code
        == 0
    )
    again = run("annuaire", "ajouter", "etablissements", "maison d'arret de rennes")
    assert again.code != 0 and "existe déjà" in again.err
    assert run("annuaire", "ajouter", "referents", "Martin", "--champ", "prenom=Alice").code == 0
    assert [e["nom"] for e in listing(run, "referents")] == ["Alice Martin"]
    assert (
        run(
            "annuaire",
            "ajouter",
            "partenaires",
            "CIDFF",
            "--champ",
            "sensible=non",
            "--champ",
            "contact=Mme Roux",
        ).code
        == 0
    )
    assert [e["nom"] for e in listing(run, "partenaires", "--chercher", "roux")] == ["CIDFF"]

    with Store.open(initialised, user=USER, passphrase=STRONG) as store:
        etab = listing_id = store.repo.list("etablissement")[0]["id"]
        jeune = store.repo.create(
            "jeune",
            {
                "nom_naissance": "Dupont",
                "prenoms": "Éloïse",
                "sexe": "femme",
                "date_naissance": "04/07/2004",
            },
        )
        store.repo.create(
            "suivi_judiciaire", {"jeune_id": jeune, "milieu": "ferme", "etablissement_id": etab}
        )
    refused = run("annuaire", "supprimer", "etablissements", "Maison d'arrêt de Rennes")
    assert refused.code != 0 and "retirez-la plutôt" in refused.err
    assert run("annuaire", "retirer", "etablissements", listing_id).code == 0
    assert listing(run, "etablissements", "--actives") == []
    [entry] = listing(run, "etablissements")
    assert entry["retire"] is True and entry["utilisations"] == 1
    assert run("annuaire", "retablir", "etablissements", "Maison d'arrêt de Rennes").code == 0
    assert run("annuaire", "supprimer", "partenaires", "CIDFF").code == 0
    assert listing(run, "partenaires") == []

    sheet = tmp_path / "dispositifs.csv"
    sheet.write_text(
        "Nom;Le nom révèle le contexte judiciaire\nPACEA;non\nDedans-Dehors;oui\n", encoding="utf-8"
    )
    first = run("annuaire", "importer", "dispositifs", str(sheet))
    assert first.code == 0 and "2 entrée(s) ajoutée(s)" in first.out
    second = run("annuaire", "importer", "dispositifs", str(sheet))
    assert "0 entrée(s) ajoutée(s), 2 déjà présente(s)" in second.out
    assert sorted(e["nom"] for e in listing(run, "dispositifs")) == ["Dedans-Dehors", "PACEA"]


def test_template_then_import_of_a_workbook_twice(
    run: Run, initialised: Path, tmp_path: Path
) -> None:
    template = tmp_path / "modele.xlsx"
    assert run("modele-import", str(template)).code == 0
    assert run("modele-import", str(template)).code != 0  # never overwritten
    untouched = run("import-csv", str(template))
    assert untouched.code != 0 and "aucune ligne" in untouched.err
    book = openpyxl.load_workbook(template)
    book["Jeunes"].append(["Dupont", "Éloïse", "04/07/2004", "F"])
    book["Contacts"].append(
        [
            "Dupont",
            "Éloïse",
            "04/07/2004",
            "03/03/2025",
            "10:00",
            "60",
            "Entretien",
            "Intra-muros",
            "Présent",
        ]
    )
    filled = tmp_path / "rempli.xlsx"
    buffer = io.BytesIO()
    book.save(buffer)
    filled.write_bytes(buffer.getvalue())
    first = run("import-csv", str(filled))
    assert first.code == 0 and "1 jeune créé" in first.out
    assert "1 fiche d'historique ajoutée" in first.out
    second = run("import-csv", str(filled))
    assert second.code == 0 and "0 jeune créé, 1 déjà présent" in second.out
    assert youth_names(initialised) == [("Dupont", "Éloïse")]


def test_possible_duplicate_needs_an_answer(run: Run, initialised: Path, tmp_path: Path) -> None:
    first = tmp_path / "a.csv"
    first.write_text("nom;prenom;date_naissance;sexe\nDupont;Éloïse;04/07/2004;F\n", "utf-8")
    assert run("import-csv", str(first)).code == 0
    swapped = tmp_path / "b.csv"
    swapped.write_text("nom;prenom;date_naissance;sexe\nEloise;DUPONT;04/07/2004;F\n", "utf-8")
    asked = run("import-csv", str(swapped))
    assert asked.code != 0 and "à trancher" in asked.err
    assert "nom et prénom inversés" in asked.out
    assert run("import-csv", str(swapped), "--doublons", "ignorer").code == 0
    assert youth_names(initialised) == [("Dupont", "Éloïse")]
    assert run("import-csv", str(swapped), "--doublons", "creer").code == 0
    assert len(youth_names(initialised)) == 2
