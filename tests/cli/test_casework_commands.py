"""The case-work verbs (``entretien``, ``orientation-spip``, ``dossier``, ``ajouter``,
``modifier``, ``supprimer``, ``permanence``, ``historique``), run through the real command line
on a real SQLCipher store, checked by reading the store back."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from dedans_dehors_desktop.storage.store import Store

from .conftest import STRONG, USER, Run

TODAY = date.today()


def iso(offset: int) -> str:
    return (TODAY + timedelta(days=offset)).isoformat()


def fr(offset: int) -> str:
    return (TODAY + timedelta(days=offset)).strftime("%d/%m/%Y")


def youth_values(**overrides: str) -> dict[str, str]:
    return {
        "nom_naissance": "Martin",
        "prenoms": "Lucas",
        "sexe": "homme",
        "date_naissance": date(TODAY.year - 20, 3, 14).isoformat(),
        **overrides,
    }


def opened(data: Path) -> Store:
    return Store.open(data, user=USER, passphrase=STRONG)


@pytest.fixture
def case(initialised: Path) -> dict[str, str]:
    """A youth detained at « Maison d'arrêt de Rennes », with one barrier already known."""
    with opened(initialised) as store:
        repo = store.repo
        etab = repo.create("etablissement", {"nom": "Maison d'arrêt de Rennes"})
        other = repo.create("etablissement", {"nom": "Centre de détention"})
        jeune = repo.create("jeune", youth_values(nom_naissance="Kerbrat", prenoms="Yann"))
        repo.create(
            "suivi_judiciaire",
            {
                "jeune_id": jeune,
                "milieu": "ferme",
                "etablissement_id": etab,
                "date_ecrou": iso(-90),
            },
        )
        frein = repo.create("frein", {"jeune_id": jeune, "theme": "emploi", "statut": "identifie"})
    return {"jeune": jeune, "etab": etab, "other": other, "frein": frein}


def counts(data: Path) -> dict[str, int]:
    with opened(data) as store:
        return {
            t: len(store.repo.list(t))
            for t in ("jeune", "actualite", "frein", "action", "objectif", "positionnement")
        }


def test_entretien_records_the_interview_barriers_actions_and_next_appointment(
    run: Run, initialised: Path, case: dict[str, str]
) -> None:
    result = run(
        "entretien",
        case["jeune"],
        "--date",
        fr(0),
        "--heure",
        "10:30",
        "--duree",
        "45",
        "--theme",
        "emploi,logement",
        "--theme",
        "Santé",
        "--note",
        "Projet de formation en cuisine.",
        "--frein",
        "logement:Hébergé chez sa tante jusqu'en juin",
        "--statut-frein",
        "emploi=en_cours",
        "--action",
        f"Rassembler les pièces d'identité;{fr(14)};jeune",
        "--action",
        "Appeler le foyer;;Le référent",
        "--prochain-rdv",
        f"{fr(7)} 14:30",
    )
    assert result.code == 0, result.err
    assert "Entretien enregistré" in result.out
    actualite_id = result.lines[0].rsplit(" ", 1)[-1]
    with opened(initialised) as store:
        repo = store.repo
        held = repo.require("actualite", actualite_id)
        assert (held["date"], held["heure"], held["duree"]) == (iso(0), "10:30", 45)
        assert (held["type"], held["presence"]) == ("entretien", "present")
        # Detained: in prison, at their establishment, unless told otherwise.
        assert (held["lieu"], held["etablissement_id"]) == ("intra_muros", case["etab"])
        assert json.loads(held["themes"]) == ["emploi", "logement", "sante"]
        assert held["note"] == "Projet de formation en cuisine."
        freins = {f["theme"]: f for f in repo.list("frein", jeune_id=case["jeune"])}
        assert freins["emploi"]["statut"] == "en_cours"
        assert freins["logement"]["situation"] == "Hébergé chez sa tante jusqu'en juin"
        assert freins["logement"]["statut"] == "identifie"
        actions = {a["libelle"]: a for a in repo.list("action", jeune_id=case["jeune"])}
        first = actions["Rassembler les pièces d'identité"]
        assert (first["echeance"], first["acteur"], first["statut"]) == (
            iso(14),
            "jeune",
            "en_cours",
        )
        second = actions["Appeler le foyer"]
        assert (second["echeance"], second["acteur"]) == (None, "referent")
        planned = [
            a for a in repo.list("actualite", jeune_id=case["jeune"]) if a["id"] != actualite_id
        ]
        assert len(planned) == 1
        rdv = planned[0]
        assert (rdv["date"], rdv["heure"], rdv["presence"]) == (iso(7), "14:30", "planifie")
        assert (rdv["lieu"], rdv["etablissement_id"]) == ("intra_muros", case["etab"])
        # One write path: each record has its history.
        assert repo.history("frein", freins["emploi"]["id"])


def test_entretien_is_all_or_nothing(run: Run, initialised: Path, case: dict[str, str]) -> None:
    before = counts(initialised)
    # The bad deadline of the second action is found after the actualité, the barrier and the
    # first action were written in the transaction: all of it is rolled back.
    result = run(
        "entretien",
        case["jeune"],
        "--frein",
        "logement:",
        "--action",
        "Première;;jeune",
        "--action",
        "Seconde;31/02/2027;jeune",
    )
    assert result.code != 0
    assert "Échéance" in result.err and "date invalide" in result.err
    assert counts(initialised) == before


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--type", "visio"), "valeur inconnue « visio »"),
        (("--frein", "chomage:rien"), "Thème"),
        (("--statut-frein", "logement=leve"), "aucun frein « logement »"),
        (("--statut-frein", "emploi"), "attendu FREIN=STATUT"),
        (("--action", "a;b;c;d"), "libellé;échéance;qui"),
        (("--prochain-rdv", "demain"), "date invalide"),
        (("--heure", "25h"), "heure invalide"),
    ],
)
def test_entretien_refuses_bad_input_in_french(
    run: Run, initialised: Path, case: dict[str, str], args: tuple[str, ...], message: str
) -> None:
    before = counts(initialised)
    result = run("entretien", case["jeune"], *args)
    assert result.code != 0 and message in result.err
    assert counts(initialised) == before


def test_entretien_for_an_unknown_youth(run: Run, initialised: Path) -> None:
    result = run("entretien", "00000000-0000-4000-8000-000000000000")
    assert result.code != 0 and "aucun jeune" in result.err


def test_entretien_completes_the_planned_appointment(
    run: Run, initialised: Path, case: dict[str, str]
) -> None:
    with opened(initialised) as store:
        planned = store.repo.create(
            "actualite",
            {
                "jeune_id": case["jeune"],
                "date": iso(0),
                "heure": "09:00",
                "type": "entretien",
                "presence": "planifie",
                "lieu": "intra_muros",
                "etablissement_id": case["etab"],
            },
        )
    result = run(
        "entretien", case["jeune"], "--rdv", planned, "--heure", "09:00", "--lieu", "Intra-muros"
    )
    assert result.code == 0, result.err
    assert planned in result.out
    with opened(initialised) as store:
        (only,) = store.repo.list("actualite", jeune_id=case["jeune"])
        assert (only["id"], only["presence"]) == (planned, "present")


def test_entretien_elsewhere_has_no_establishment_unless_told(
    run: Run, initialised: Path, case: dict[str, str]
) -> None:
    result = run("entretien", case["jeune"], "--lieu", "mission_locale")
    assert result.code == 0, result.err
    result = run(
        "entretien", case["jeune"], "--etablissement", "centre de detention", "--presence", "absent"
    )
    assert result.code == 0, result.err
    with opened(initialised) as store:
        rows = store.repo.list("actualite", jeune_id=case["jeune"])
    assert [(r["lieu"], r["etablissement_id"], r["presence"]) for r in rows] == [
        ("mission_locale", None, "present"),
        ("intra_muros", case["other"], "absent"),
    ]


# --- orientation-spip ---------------------------------------------------------------------------


@pytest.fixture
def dispositif(initialised: Path) -> str:
    rules = [
        {"id": "age", "type": "age", "min": 18, "max": 25},
        {"id": "statut", "type": "statut", "valeurs": ["condamne"]},
        {"id": "peine", "type": "question", "libelle": "Peine entre 3 et 24 mois ?"},
    ]
    with opened(initialised) as store:
        return store.repo.create("dispositif", {"nom": "Dedans-Dehors", "regles": rules})


def test_orientation_spip_creates_the_youth_and_the_referral(
    run: Run, initialised: Path, dispositif: str
) -> None:
    birth = date(TODAY.year - 20, 1, 15).strftime("%d/%m/%Y")
    result = run(
        "orientation-spip",
        "--nom-naissance",
        "Le Goff",
        "--prenoms",
        "Maël",
        "--sexe",
        "Homme",
        "--date-naissance",
        birth,
        "--statut",
        "condamne",
        "--cpip-nom",
        "Mme Riou",
        "--dispositif",
        "dedans-dehors",
        "--reponse",
        "peine=oui",
    )
    assert result.code == 0, result.err
    assert result.lines[0].startswith("Dossier créé : ")
    assert "Éligibilité : Éligible" in result.out
    assert "[rempli] Peine entre 3 et 24 mois ? (peine)" in result.out
    jeune_id = result.lines[0].rsplit(" ", 1)[-1]
    with opened(initialised) as store:
        repo = store.repo
        jeune = repo.require("jeune", jeune_id)
        assert (jeune["nom_naissance"], jeune["prenoms"], jeune["sexe"]) == (
            "Le Goff",
            "Maël",
            "homme",
        )
        (suivi,) = repo.list("suivi_judiciaire", jeune_id=jeune_id)
        assert (suivi["milieu"], suivi["statut"], suivi["cpip_nom"]) == (
            "ferme",
            "condamne",
            "Mme Riou",
        )
        (pos,) = repo.list("positionnement", jeune_id=jeune_id)
        assert (pos["date"], pos["origine"], pos["statut"], pos["dispositif_id"]) == (
            iso(0),
            "spip",
            "propose",
            dispositif,
        )
        (elig,) = repo.list("eligibilite", jeune_id=jeune_id)
        assert (elig["resultat"], elig["auteur"]) == ("eligible", USER)
        assert json.loads(elig["reponses"]) == {"peine": True}


def test_orientation_spip_without_answers_is_to_complete(
    run: Run, initialised: Path, dispositif: str
) -> None:
    birth = date(TODAY.year - 20, 1, 15).strftime("%d/%m/%Y")
    result = run(
        "orientation-spip",
        "--nom-naissance",
        "Riou",
        "--prenoms",
        "Anna",
        "--sexe",
        "femme",
        "--date-naissance",
        birth,
        "--statut",
        "prevenu",
        "--dispositif",
        dispositif,
    )
    assert result.code == 0, result.err
    assert "Éligibilité : Non éligible" in result.out
    assert "[à vérifier]" in result.out and "[non rempli]" in result.out


def test_orientation_spip_refused_creates_nothing(run: Run, initialised: Path) -> None:
    before = counts(initialised)
    result = run(
        "orientation-spip", "--nom-naissance", "Sans Date", "--prenoms", "Zoé", "--sexe", "femme"
    )
    assert result.code != 0 and "« Date de naissance » est obligatoire" in result.err
    result = run("orientation-spip", "--nom-naissance", "X", "--sexe", "F")
    assert result.code != 0 and "valeurs : femme, homme, non_renseigne" in result.err
    result = run("orientation-spip", "--nom-naissance", "X", "--reponse", "peine")
    assert result.code != 0 and "CRITÈRE=oui" in result.err
    assert counts(initialised) == before


# --- dossier, ajouter, modifier, supprimer ------------------------------------------------------


def test_parcours_edits(run: Run, initialised: Path, case: dict[str, str]) -> None:
    jeune = case["jeune"]
    added = run("ajouter", "objectif", jeune, "libelle=Trouver un CAP", "theme=formation")
    assert added.code == 0, added.err
    objectif = added.out.strip().rsplit(" ", 1)[-1]
    added = run(
        "ajouter",
        "action",
        jeune,
        "libelle=S'inscrire au CFA",
        f"objectif_id={objectif}",
        f"echeance={fr(30)}",
        "acteur=jeune",
        "statut=en_projet",
    )
    assert added.code == 0, added.err
    action = added.out.strip().rsplit(" ", 1)[-1]
    added = run("ajouter", "frein", jeune, "theme=Mobilité", "situation=Pas de permis")
    assert added.code == 0, added.err
    frein = added.out.strip().rsplit(" ", 1)[-1]

    assert run("modifier", "action", action, "statut=realisee", "echeance=").code == 0
    assert run("modifier", "frein", frein, "statut=leve").code == 0
    assert run("modifier", "objectif", objectif, "libelle=Obtenir un CAP cuisine").code == 0
    assert run("modifier", "jeune", jeune, "commune=Quimper", "sexe=Homme").code == 0
    with opened(initialised) as store:
        repo = store.repo
        a = repo.require("action", action)
        assert (a["statut"], a["echeance"], a["objectif_id"]) == ("realisee", None, objectif)
        assert repo.require("frein", frein)["statut"] == "leve"
        assert repo.require("objectif", objectif)["libelle"] == "Obtenir un CAP cuisine"
        assert repo.require("jeune", jeune)["commune"] == "Quimper"
        assert repo.history("action", action)

    listing = run("dossier", jeune)
    assert listing.code == 0, listing.err
    assert listing.lines[0] == f"Dossier {jeune} : Kerbrat Yann"
    assert (
        f"  {frein}  Thème : Mobilité ; Situation : Pas de permis ; Statut : Levé" in listing.lines
    )
    assert any(line.startswith(f"  {objectif}  ") for line in listing.lines)
    assert "Frein (frein, 2)" in listing.lines
    only = run("dossier", jeune, "--type", "objectif")
    assert [line for line in only.lines if line.startswith("  ")] == [
        f"  {objectif}  Thème : Formation ; Objectif : Obtenir un CAP cuisine"
    ]

    assert run("supprimer", "frein", frein).code == 0
    with opened(initialised) as store:
        assert store.repo.get("frein", frein) is None
    again = run("supprimer", "frein", frein)
    assert again.code != 0 and "aucune fiche « frein »" in again.err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (("ajouter", "infraction", "{jeune}", "x=y"), "type de fiche inconnu « infraction »"),
        (("ajouter", "etablissement", "{jeune}", "nom=x"), "type de fiche inconnu"),
        (("ajouter", "jeune", "{jeune}", "nom_naissance=x"), "type de fiche inconnu"),
        (("supprimer", "jeune", "{jeune}"), "type de fiche inconnu"),
        (("modifier", "etablissement", "{etab}", "nom=x"), "types : jeune, "),
        (("ajouter", "frein", "{jeune}", "peine=longue"), "champ inconnu « peine »"),
        (("ajouter", "frein", "{jeune}", "theme"), "attendu champ=valeur"),
        (("ajouter", "frein", "{jeune}", "situation=x"), "Thème"),
        (("ajouter", "action", "{jeune}", "libelle=x", "echeance=hier"), "date invalide"),
        (("modifier", "frein", "{frein}", "jeune_id=x"), "champ inconnu « jeune_id »"),
        (("modifier", "action", "{frein}", "statut=en_cours"), "aucune fiche « action »"),
        (("dossier", "{frein}"), "aucun jeune"),
        (("dossier", "{jeune}", "--type", "peine"), "type de fiche inconnu"),
    ],
)
def test_parcours_edits_refused_in_french(
    run: Run, initialised: Path, case: dict[str, str], argv: tuple[str, ...], message: str
) -> None:
    before = counts(initialised)
    result = run(*(a.format(**case) for a in argv))
    assert result.code != 0 and message in result.err, result.err
    assert counts(initialised) == before


# --- permanence, historique ---------------------------------------------------------------------


def test_permanence_lists_the_day(run: Run, initialised: Path, case: dict[str, str]) -> None:
    def planned(**values: Any) -> None:
        with opened(initialised) as store:
            store.repo.create(
                "actualite",
                {"jeune_id": case["jeune"], "type": "entretien", "presence": "planifie", **values},
            )

    planned(date=iso(1), heure="14:00", lieu="intra_muros", etablissement_id=case["etab"])
    planned(date=iso(1), heure="09:30", lieu="intra_muros", etablissement_id=case["etab"])
    planned(date=iso(1), heure="11:00", lieu="intra_muros", etablissement_id=case["other"])
    result = run("permanence", "--date", fr(1))
    assert result.code == 0, result.err
    assert result.lines[0] == f"Permanence du {fr(1)} : Maison d'arrêt de Rennes"
    hours = [line.split()[0] for line in result.lines[1:]]
    assert hours == ["09:30", "14:00"]
    other = run("permanence", "--date", fr(1), "--etablissement", "Centre de détention")
    assert [line.split()[0] for line in other.lines[1:]] == ["11:00"]
    assert run("permanence", "--date", fr(2)).lines[1:] == ["  aucun rendez-vous"]
    bad = run("permanence", "--date", "32/01/2027")
    assert bad.code != 0 and "date invalide" in bad.err


def test_historique_shows_the_changes(run: Run, initialised: Path, case: dict[str, str]) -> None:
    assert run("modifier", "frein", case["frein"], "statut=en_cours").code == 0
    result = run("historique", case["jeune"])
    assert result.code == 0, result.err
    assert f"{case['frein']}  Frein / Statut : identifie → en_cours  ({USER})" in result.lines
