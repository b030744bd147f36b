"""Case-work services on a real SQLCipher store: each use case is one transaction through the
one write path (checks, versions, history), and a refusal leaves the store as it was."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import pytest

from dedans_dehors_desktop.core.errors import ValidationError
from dedans_dehors_desktop.services import casework, queries
from dedans_dehors_desktop.storage.store import Store

TODAY = date.today()
NewYouth = Callable[..., dict[str, Any]]


def day(offset: int) -> str:
    return (TODAY + timedelta(days=offset)).isoformat()


def everything(store: Store) -> dict[str, list[dict[str, Any]]]:
    tables = ("jeune", "actualite", "frein", "action", "suivi_judiciaire", "positionnement")
    return {t: store.repo.list(t) for t in (*tables, "eligibilite")}


@pytest.fixture
def detained(store: Store, new_youth: NewYouth) -> dict[str, str]:
    repo = store.repo
    etab = repo.create("etablissement", {"nom": "Maison d'arrêt"})
    jeune = repo.create("jeune", new_youth())
    repo.create(
        "suivi_judiciaire",
        {"jeune_id": jeune, "milieu": "ferme", "etablissement_id": etab, "date_ecrou": day(-30)},
    )
    frein = repo.create("frein", {"jeune_id": jeune, "theme": "emploi", "statut": "identifie"})
    return {"jeune": jeune, "etab": etab, "frein": frein}


def interview(ids: dict[str, str], **overrides: Any) -> casework.Interview:
    values: dict[str, Any] = {
        "jeune_id": ids["jeune"],
        "actualite": {
            "date": TODAY,
            "heure": "10:00",
            "duree": 30,
            "type": "entretien",
            "lieu": "intra_muros",
            "presence": "present",
            "etablissement_id": ids["etab"],
            "themes": ["emploi"],
            "note": "Point sur le CV.",
        },
        "barrier_statuts": {ids["frein"]: "en_cours"},
        "new_barriers": (casework.NewBarrier("logement", "Sans solution à la sortie"),),
        "actions": (
            casework.AgreedAction("Refaire le CV", day(10), "jeune"),
            casework.AgreedAction("Contacter le SIAO", None, "referent"),
        ),
        "next_appointment": casework.NextAppointment(day(7), "14:00"),
    }
    values.update(overrides)
    return casework.Interview(**values)


def test_record_interview_writes_every_part(store: Store, detained: dict[str, str]) -> None:
    casework.save_draft(store, "entretien:x", "entretien", detained["jeune"], {"note": "brouillon"})
    actualite_id = casework.record_interview(store, interview(detained, draft_id="entretien:x"))
    repo = store.repo
    held = repo.require("actualite", actualite_id)
    assert (held["date"], held["heure"], held["presence"], held["note"]) == (
        day(0),
        "10:00",
        "present",
        "Point sur le CV.",
    )
    freins = {f["theme"]: f for f in repo.list("frein", jeune_id=detained["jeune"])}
    assert freins["emploi"]["statut"] == "en_cours"
    assert (freins["logement"]["situation"], freins["logement"]["statut"]) == (
        "Sans solution à la sortie",
        "identifie",
    )
    actions = repo.list("action", jeune_id=detained["jeune"])
    assert [(a["libelle"], a["echeance"], a["acteur"], a["statut"]) for a in actions] == [
        ("Refaire le CV", day(10), "jeune", "en_cours"),
        ("Contacter le SIAO", None, "referent", "en_cours"),
    ]
    (planned,) = [a for a in repo.list("actualite") if a["id"] != actualite_id]
    assert (planned["date"], planned["heure"], planned["presence"], planned["lieu"]) == (
        day(7),
        "14:00",
        "planifie",
        "intra_muros",
    )
    assert planned["etablissement_id"] == detained["etab"]
    assert casework.load_draft(store, "entretien:x") is None
    assert [c["field"] for c in repo.history("frein", detained["frein"])].count("statut") >= 1


def test_record_interview_is_one_transaction(store: Store, detained: dict[str, str]) -> None:
    casework.save_draft(store, "entretien:x", "entretien", detained["jeune"], {"note": "gardé"})
    before = everything(store)
    bad = interview(
        detained,
        draft_id="entretien:x",
        actions=(
            casework.AgreedAction("Bonne", None, "jeune"),
            casework.AgreedAction("Mauvaise", "2027-02-31", "jeune"),
        ),
    )
    with pytest.raises(ValidationError):
        casework.record_interview(store, bad)
    assert everything(store) == before
    assert casework.load_draft(store, "entretien:x") == {"note": "gardé"}


def test_record_interview_completes_the_planned_appointment(
    store: Store, detained: dict[str, str], new_youth: NewYouth
) -> None:
    repo = store.repo
    planned = repo.create(
        "actualite",
        {
            "jeune_id": detained["jeune"],
            "date": day(0),
            "type": "entretien",
            "presence": "planifie",
        },
    )
    other = repo.create("jeune", new_youth(nom_naissance="Autre"))
    foreign = repo.create(
        "actualite",
        {"jeune_id": other, "date": day(0), "type": "entretien", "presence": "planifie"},
    )
    done = casework.record_interview(
        store, interview(detained, appointment_id=planned, next_appointment=None)
    )
    assert done == planned
    assert repo.require("actualite", planned)["presence"] == "present"
    # Another youth's appointment is never overwritten: a new actualité is created instead.
    elsewhere = casework.record_interview(
        store, interview(detained, appointment_id=foreign, next_appointment=None)
    )
    assert elsewhere not in (foreign, planned)
    assert repo.require("actualite", foreign)["presence"] == "planifie"


def test_usual_place(store: Store, detained: dict[str, str], new_youth: NewYouth) -> None:
    assert casework.usual_place(store, detained["jeune"]) == casework.InterviewPlace(
        "intra_muros", detained["etab"]
    )
    outside = store.repo.create("jeune", new_youth(nom_naissance="Dehors"))
    store.repo.create("suivi_judiciaire", {"jeune_id": outside, "milieu": "ouvert"})
    assert casework.usual_place(store, outside) == casework.InterviewPlace("mission_locale", None)


RULES = [
    {"id": "age", "type": "age", "min": 18, "max": 25},
    {"id": "q", "type": "question", "libelle": "Projet construit ?"},
]


def referral(dispositif: str | None, **answers: bool) -> casework.Referral:
    return casework.Referral(
        jeune={
            "nom_naissance": "Morvan",
            "prenoms": "Lou",
            "sexe": "femme",
            "date_naissance": date(TODAY.year - 20, 6, 1),
        },
        suivi_judiciaire={"milieu": "ferme", "statut": "condamne"},
        positionnement={"date": TODAY, "origine": "spip", "dispositif_id": dispositif},
        answers=answers,
    )


def test_register_referral_records_the_eligibility(store: Store) -> None:
    did = store.repo.create("dispositif", {"nom": "PLIE", "regles": RULES})
    assert casework.dispositif_rules(store, did) == RULES
    ev = casework.evaluate_referral(store, referral(did, q=True), TODAY)
    assert ev.outcome == "eligible"
    jeune_id = casework.register_referral(store, referral(did, q=True))
    repo = store.repo
    assert repo.require("jeune", jeune_id)["nom_naissance"] == "Morvan"
    assert repo.list("suivi_judiciaire", jeune_id=jeune_id)[0]["statut"] == "condamne"
    assert repo.list("positionnement", jeune_id=jeune_id)[0]["dispositif_id"] == did
    (elig,) = repo.list("eligibilite", jeune_id=jeune_id)
    assert (elig["resultat"], elig["date"], elig["auteur"]) == ("eligible", day(0), store.db.user)
    assert json.loads(elig["reponses"]) == {"q": True}
    # The evaluation shown to the referent is the one recorded.
    shown = casework.evaluate_referral(store, referral(did), TODAY)
    assert shown.outcome == "incomplet"
    other = casework.register_referral(store, referral(did), evaluation=shown)
    assert repo.list("eligibilite", jeune_id=other)[0]["resultat"] == "incomplet"


def test_register_referral_without_rules_or_dispositif(store: Store) -> None:
    bare = store.repo.create("dispositif", {"nom": "Sans règles"})
    for did in (bare, None):
        jeune_id = casework.register_referral(store, referral(did))
        assert store.repo.list("eligibilite", jeune_id=jeune_id) == []


def test_register_referral_refused_writes_nothing(store: Store) -> None:
    before = everything(store)
    bad = casework.Referral(
        jeune={"nom_naissance": "Morvan", "prenoms": "Lou", "sexe": "femme"},
        suivi_judiciaire={"milieu": "ferme"},
        positionnement={"date": TODAY},
    )
    with pytest.raises(ValidationError, match="Date de naissance"):
        casework.register_referral(store, bad)
    good_youth_bad_suivi = casework.Referral(
        jeune=referral(None).jeune,
        suivi_judiciaire={"milieu": "lune"},
        positionnement={"date": TODAY},
    )
    with pytest.raises(ValidationError):
        casework.register_referral(store, good_youth_bad_suivi)
    assert everything(store) == before


def test_records_of_the_parcours(store: Store, detained: dict[str, str]) -> None:
    jeune = detained["jeune"]
    objectif = casework.add_record(store, "objectif", {"jeune_id": jeune, "libelle": "CAP"})
    action = casework.add_record(
        store, "action", {"jeune_id": jeune, "libelle": "CFA", "objectif_id": objectif}
    )
    casework.edit_record(store, "action", action, {"statut": "realisee"})
    assert queries.record(store, "action", action)["statut"] == "realisee"
    assert [r["id"] for r in queries.records(store, jeune, "objectif")] == [objectif]
    casework.delete_record(store, "action", action)
    assert store.repo.get("action", action) is None
    casework.edit_record(store, "jeune", jeune, {"commune": "Lorient"})
    assert queries.record(store, "jeune", jeune)["commune"] == "Lorient"
    with pytest.raises(ValidationError, match="Type de fiche inconnu"):
        casework.add_record(store, "etablissement", {"nom": "x"})
    with pytest.raises(ValidationError, match="Type de fiche inconnu"):
        casework.edit_record(store, "infraction", action, {})


def test_seed_demo_fills_a_permanence(store: Store) -> None:
    summary = casework.seed_demo(store, 150, seed=11, today=TODAY)
    assert summary.youths == 150
    etab = queries.busiest_etablissement(store, TODAY)
    assert etab is not None
    rows = queries.appointments(store, TODAY, etab)
    assert len([r for r in rows if r.presence == "planifie"]) >= casework.PERMANENCE_SIZE
