"""The wordings written for the youth (issue 11: ``action.libelle_jeune``,
``actualite.lieu_jeune``, ``partenaire.nom_jeune``) travel in real bundles, laptop → office and
back, and an edit of one of them merges like any other field."""

from __future__ import annotations

from .world import World, case_state, youth


def test_the_youth_wordings_travel_laptop_to_office_and_back(world: World) -> None:
    repo = world.a.repo
    jeune = repo.create("jeune", youth())
    partenaire = repo.create(
        "partenaire",
        {"nom": "SPIP 35 — antenne de Rennes", "type": "spip", "nom_jeune": "Le service de suivi"},
    )
    actualite = repo.create(
        "actualite",
        {
            "jeune_id": jeune,
            "date": "02/03/2026",
            "type": "entretien",
            "lieu": "spip",
            "lieu_jeune": "Au bureau habituel",
        },
    )
    action = repo.create(
        "action",
        {
            "jeune_id": jeune,
            "libelle": "Préparer l'audience devant le JAP",
            "libelle_jeune": "Préparer le rendez-vous de jeudi",
            "acteur": "jeune",
            "statut": "en_cours",
            "partenaire_id": partenaire,
        },
    )

    world.sync("a", "office")
    office = world.office.repo
    assert office.require("action", action)["libelle_jeune"] == "Préparer le rendez-vous de jeudi"
    assert office.require("action", action)["libelle"] == "Préparer l'audience devant le JAP"
    assert office.require("actualite", actualite)["lieu_jeune"] == "Au bureau habituel"
    assert office.require("partenaire", partenaire)["nom_jeune"] == "Le service de suivi"

    # Rewritten at the office, the new wording reaches the laptop, and then C.
    office.update("action", action, {"libelle_jeune": "Préparer les papiers pour jeudi"})
    office.update("partenaire", partenaire, {"nom_jeune": "Le service qui te suit"})
    world.settle()
    for name in ("a", "c"):
        repo = world.stores[name].repo
        assert repo.require("action", action)["libelle_jeune"] == "Préparer les papiers pour jeudi"
        assert repo.require("partenaire", partenaire)["nom_jeune"] == "Le service qui te suit"
        assert repo.require("actualite", actualite)["lieu_jeune"] == "Au bureau habituel"
    assert case_state(world.a) == case_state(world.office) == case_state(world.c)


def test_concurrent_edits_of_the_label_and_the_youth_wording_both_survive(world: World) -> None:
    jeune = world.office.repo.create("jeune", youth())
    action = world.office.repo.create(
        "action",
        {"jeune_id": jeune, "libelle": "Voir le CPIP", "acteur": "jeune", "statut": "en_cours"},
    )
    world.settle()
    world.a.repo.update("action", action, {"libelle_jeune": "Voir la personne qui te suit"})
    world.office.repo.update("action", action, {"libelle": "Voir le CPIP avant l'audience"})
    world.settle()
    for store in world.stores.values():
        record = store.repo.require("action", action)
        assert record["libelle"] == "Voir le CPIP avant l'audience"
        assert record["libelle_jeune"] == "Voir la personne qui te suit"
    assert case_state(world.a) == case_state(world.office) == case_state(world.c)
