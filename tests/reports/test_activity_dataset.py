"""The hand-built data set of the activity-report tests, with every answer worked out by hand.

Eight youths over the year 2025 (plus one deleted), written through the real write path into a
real encrypted store. The comments give, for each youth, what every table must count; the
expected tables in ``test_activity_tables.py`` are the sums of these comments.

Edge cases: Alphazed turns 18 during the year (counted among minors: age at the start of the
period); Deltazed enters twice in the year (one new entrant, two entries); Charliezed's
accompaniment ends and a new one starts (one exit, one entry, first entry year 2024), and a
profile dated after the period must be ignored; contacts before and after the period, absent,
planned contacts, a situation only "prévue", an aménagement decided before the period and a
deleted youth are not counted.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from dedans_dehors_desktop.crypto.keywrap import KdfParams
from dedans_dehors_desktop.reports.activity.period import Period
from dedans_dehors_desktop.storage.store import Store

PERIOD = Period.year(2025)
USER = "referente"
PASSPHRASE = "phrase de passe des tests du rapport"
NAMES = (
    "Alphazed",
    "Bravozed",
    "Charliezed",
    "Deltazed",
    "Echozed",
    "Foxtrotzed",
    "Golfzed",
    "Hotelzed",
    "Indiazed",
)


@dataclass(frozen=True)
class Dataset:
    store: Store
    youths: dict[str, str]  # surname -> id
    etab_a: str
    etab_b: str


def _contact(
    c: Any,
    jid: str,
    day: str,
    type_: str,
    lieu: str | None,
    themes: list[str],
    presence: str = "present",
) -> None:
    values: dict[str, Any] = {
        "jeune_id": jid,
        "date": day,
        "type": type_,
        "presence": presence,
        "themes": themes,
        "note": "Note confidentielle du contact",
    }
    if lieu:
        values["lieu"] = lieu
    c("actualite", values)


def build(store: Store) -> Dataset:
    repo = store.repo

    def c(table: str, values: dict[str, Any]) -> str:
        return repo.create(table, values)

    with store.db.transaction():
        etab_a = c("etablissement", {"nom": "Maison d'arrêt du Nord", "type": "MA"})
        etab_b = c("etablissement", {"nom": "Centre pénitentiaire du Sud", "type": "CP"})
        dd = c("dispositif", {"nom": "Dedans-Dehors", "revele_justice": True})
        pacea = c("dispositif", {"nom": "PACEA"})
        ids: dict[str, str] = {}

        def youth(nom: str, prenoms: str, sexe: str, naissance: str) -> str:
            ids[nom] = c(
                "jeune",
                {
                    "nom_naissance": nom,
                    "prenoms": prenoms,
                    "sexe": sexe,
                    "date_naissance": naissance,
                },
            )
            return ids[nom]

        # Y1 Alphazed: homme, 17 on 1 Jan 2025 (18 on 15 June): minor. Followed (2 contacts).
        # Released 10/03 (sortie sèche), seen outside 2 days later: seen within 7 and 30 days.
        y = youth("Alphazed", "Léo", "homme", "2007-06-15")
        c(
            "profil",
            {
                "jeune_id": y,
                "date": "2024-10-01",
                "niveau_formation": "VI",
                "diplome": "aucun",
                "logement": "famille",
                "rqth": False,
                "permis": "aucun",
                "qpv": True,
                "plie": False,
            },
        )
        c(
            "suivi_judiciaire",
            {
                "jeune_id": y,
                "milieu": "ferme",
                "etablissement_id": etab_a,
                "date_ecrou": "2024-09-01",
                "date_levee_ecrou": "2025-03-10",
                "type_sortie": "seche",
            },
        )
        c(
            "positionnement",
            {
                "jeune_id": y,
                "date": "2024-09-20",
                "origine": "pjj",
                "date_premier_entretien": "2024-10-01",
            },
        )
        c(
            "accompagnement",
            {
                "jeune_id": y,
                "dispositif_id": dd,
                "date_entree": "2024-10-01",
                "financeurs": ["FSE"],
            },
        )
        _contact(c, y, "2024-12-15", "entretien", "intra_muros", ["projet_pro"])  # before
        _contact(c, y, "2025-02-01", "entretien", "intra_muros", ["projet_pro", "justice"])
        _contact(c, y, "2025-03-12", "entretien", "mission_locale", ["emploi"])
        _contact(c, y, "2025-04-01", "appel", "mission_locale", ["emploi"], presence="absent")
        _contact(c, y, "2025-05-01", "entretien", "mission_locale", [], presence="planifie")
        c(
            "amenagement",
            {"jeune_id": y, "type": "lsc", "etape": "requete", "date_requete": "2025-01-15"},
        )

        # Y2 Bravozed: femme, 21, PLIE. Entered 10/01 (referral 05/01: 5 days), left 30/09
        # (emploi durable). 4 contacts. CDI from 15/09; a qualification only "prévue".
        y = youth("Bravozed", "Inès", "femme", "2003-02-01")
        c(
            "profil",
            {
                "jeune_id": y,
                "date": "2025-01-10",
                "niveau_formation": "V",
                "diplome": "niv3",
                "logement": "tiers",
                "rqth": True,
                "permis": "en_cours",
                "qpv": False,
                "plie": True,
            },
        )
        c("suivi_judiciaire", {"jeune_id": y, "milieu": "ouvert"})
        c(
            "positionnement",
            {
                "jeune_id": y,
                "date": "2025-01-05",
                "origine": "spip",
                "date_premier_entretien": "2025-01-10",
            },
        )
        c(
            "accompagnement",
            {
                "jeune_id": y,
                "dispositif_id": dd,
                "date_entree": "2025-01-10",
                "date_fin": "2025-09-30",
                "motif_sortie": "emploi_durable",
                "financeurs": ["FSE", "PLIE"],
            },
        )
        _contact(c, y, "2025-01-10", "entretien", "mission_locale", ["projet_pro"])
        _contact(c, y, "2025-02-10", "demarche", "spip", ["logement", "droits"])
        _contact(c, y, "2025-03-10", "atelier", "partenaire", [])
        _contact(c, y, "2025-06-10", "tripartite", "mission_locale", ["emploi"])
        c(
            "situation",
            {
                "jeune_id": y,
                "categorie": "emploi",
                "detail": "cdi",
                "etat": "en_cours",
                "date_debut": "2025-09-15",
            },
        )
        c(
            "situation",
            {
                "jeune_id": y,
                "categorie": "formation",
                "detail": "qualification",
                "etat": "prevue",
                "date_debut": "2025-11-01",
            },
        )

        # Y3 Charliezed: homme, 25. Profile of 2024 (a 2026 profile says PLIE: ignored), no
        # diploma recorded, level IV: new scale 4. Accompaniment 2024 → 30/04/2025 (perte de
        # contact), new one from 01/10/2025 (PACEA, Ville). 2 contacts inside; released 20/12
        # (aménagement), seen outside on 05/01/2026: within 30 days, not 7. DDSE granted.
        y = youth("Charliezed", "Hugo", "homme", "1999-03-01")
        c(
            "profil",
            {
                "jeune_id": y,
                "date": "2024-05-01",
                "niveau_formation": "IV",
                "logement": "autonome",
                "permis": "B",
                "plie": False,
            },
        )
        c(
            "profil",
            {
                "jeune_id": y,
                "date": "2026-01-15",
                "niveau_formation": "IV",
                "logement": "autonome",
                "permis": "B",
                "plie": True,
            },
        )
        c(
            "suivi_judiciaire",
            {
                "jeune_id": y,
                "milieu": "ferme",
                "etablissement_id": etab_b,
                "date_ecrou": "2024-01-01",
                "date_levee_ecrou": "2025-12-20",
                "type_sortie": "amenagement",
            },
        )
        c(
            "accompagnement",
            {
                "jeune_id": y,
                "dispositif_id": dd,
                "date_entree": "2024-02-01",
                "date_fin": "2025-04-30",
                "motif_sortie": "perte_contact",
                "financeurs": ["FSE"],
            },
        )
        c(
            "accompagnement",
            {
                "jeune_id": y,
                "dispositif_id": pacea,
                "date_entree": "2025-10-01",
                "financeurs": ["Ville"],
            },
        )
        _contact(c, y, "2025-01-20", "entretien", "intra_muros", ["formation"])
        _contact(c, y, "2025-10-02", "entretien", "intra_muros", ["formation", "emploi"])
        _contact(c, y, "2026-01-05", "entretien", "mission_locale", ["emploi"])  # after
        c(
            "amenagement",
            {
                "jeune_id": y,
                "type": "ddse",
                "etape": "accorde",
                "date_requete": "2025-06-01",
                "date_decision": "2025-11-15",
            },
        )
        c(
            "situation",
            {
                "jeune_id": y,
                "categorie": "formation",
                "detail": "mobilisation",
                "etat": "terminee",
                "date_debut": "2024-11-01",
            },
        )  # before the period

        # Y4 Deltazed: homme, 24. Two entries in 2025 (01/02 → 31/05 abandon, then 01/08, PLIE
        # funded). Referral 20/01 without a first-interview date: first contact 05/02, 16 days.
        # 2 contacts (one without a place). PMSMP then CDD.
        y = youth("Deltazed", "Yanis", "homme", "2000-12-31")
        c(
            "profil",
            {
                "jeune_id": y,
                "date": "2025-02-01",
                "niveau_formation": "Vbis",
                "diplome": "aucun",
                "logement": "precaire",
                "rqth": False,
                "permis": "aucun",
                "qpv": True,
                "plie": False,
            },
        )
        c("suivi_judiciaire", {"jeune_id": y, "milieu": "ouvert"})
        c("positionnement", {"jeune_id": y, "date": "2025-01-20", "origine": "jeune"})
        c(
            "accompagnement",
            {
                "jeune_id": y,
                "dispositif_id": dd,
                "date_entree": "2025-02-01",
                "date_fin": "2025-05-31",
                "motif_sortie": "abandon",
            },
        )
        c(
            "accompagnement",
            {
                "jeune_id": y,
                "dispositif_id": dd,
                "date_entree": "2025-08-01",
                "financeurs": ["PLIE"],
            },
        )
        _contact(c, y, "2025-02-05", "entretien", "mission_locale", ["projet_pro"])
        _contact(c, y, "2025-08-03", "appel", None, ["emploi"])
        c(
            "situation",
            {
                "jeune_id": y,
                "categorie": "immersion",
                "detail": "pmsmp",
                "etat": "terminee",
                "date_debut": "2025-03-01",
            },
        )
        c(
            "situation",
            {
                "jeune_id": y,
                "categorie": "emploi",
                "detail": "cdd",
                "etat": "en_cours",
                "date_debut": "2025-09-01",
            },
        )

        # Y5 Echozed: sex not given, 26, no profile. Inside (établissement A) all year.
        # Referral 10/02 → first interview 01/04: 50 days. 3 contacts inside. Semi-liberté in
        # preparation (prepared); a placement decided in 2024 (not counted).
        y = youth("Echozed", "Sam", "non_renseigne", "1998-05-05")
        c(
            "suivi_judiciaire",
            {
                "jeune_id": y,
                "milieu": "ferme",
                "etablissement_id": etab_a,
                "date_ecrou": "2025-02-01",
            },
        )
        c(
            "positionnement",
            {
                "jeune_id": y,
                "date": "2025-02-10",
                "origine": "etablissement",
                "date_premier_entretien": "2025-04-01",
            },
        )
        c(
            "accompagnement",
            {
                "jeune_id": y,
                "dispositif_id": pacea,
                "date_entree": "2025-04-01",
                "financeurs": ["FSE"],
            },
        )
        _contact(c, y, "2025-04-01", "entretien", "intra_muros", ["justice"])
        _contact(c, y, "2025-05-01", "entretien", "intra_muros", ["justice", "sante"])
        _contact(c, y, "2025-06-01", "mediation", "intra_muros", ["sante"])
        c("amenagement", {"jeune_id": y, "type": "semi_liberte", "etape": "projet"})
        c(
            "amenagement",
            {
                "jeune_id": y,
                "type": "placement_exterieur",
                "etape": "accorde",
                "date_requete": "2024-03-01",
                "date_decision": "2024-06-01",
            },
        )

        # Y6 Foxtrotzed: PLIE, no contact in 2025 (not followed). Left 15/02 for
        # réincarcération, incarceration situation from 10/02: one known réincarcération.
        y = youth("Foxtrotzed", "Adam", "homme", "2006-01-10")
        c("profil", {"jeune_id": y, "date": "2024-06-01", "plie": True})
        c(
            "accompagnement",
            {
                "jeune_id": y,
                "dispositif_id": dd,
                "date_entree": "2024-06-01",
                "date_fin": "2025-02-15",
                "motif_sortie": "reincarceration",
                "financeurs": ["FSE"],
            },
        )
        _contact(c, y, "2024-11-01", "entretien", "mission_locale", ["emploi"])
        c(
            "situation",
            {
                "jeune_id": y,
                "categorie": "autre",
                "detail": "incarceration",
                "etat": "en_cours",
                "date_debut": "2025-02-10",
            },
        )

        # Y7 Golfzed: no contact in 2025 but accompanied when released on 01/07 (sortie sèche):
        # counted in the releases, not seen outside. Referral of 01/06 never followed by an
        # interview. A granted aménagement that does not count (not followed).
        y = youth("Golfzed", "Jade", "femme", "2004-07-07")
        c("profil", {"jeune_id": y, "date": "2024-03-01", "plie": False})
        c(
            "suivi_judiciaire",
            {
                "jeune_id": y,
                "milieu": "ferme",
                "etablissement_id": etab_b,
                "date_ecrou": "2024-03-01",
                "date_levee_ecrou": "2025-07-01",
                "type_sortie": "seche",
            },
        )
        c("positionnement", {"jeune_id": y, "date": "2025-06-01", "origine": "spip"})
        c(
            "accompagnement",
            {
                "jeune_id": y,
                "dispositif_id": dd,
                "date_entree": "2024-04-01",
                "financeurs": ["FSE"],
            },
        )
        _contact(c, y, "2024-05-01", "entretien", "intra_muros", ["projet_pro"])
        c(
            "amenagement",
            {
                "jeune_id": y,
                "type": "liberation_conditionnelle",
                "etape": "accorde",
                "date_requete": "2025-02-01",
            },
        )

        # Y8 Hotelzed: homme, 19, PLIE, level III with a Bac+2: new scale 5+. Referral 01/03 →
        # 03/03 (2 days). 6 contacts at the Mission Locale. Qualification from 01/10.
        y = youth("Hotelzed", "Théo", "homme", "2005-09-09")
        c(
            "profil",
            {
                "jeune_id": y,
                "date": "2025-03-01",
                "niveau_formation": "III",
                "diplome": "niv5",
                "logement": "sans_domicile",
                "rqth": False,
                "permis": "aucun",
                "qpv": False,
                "plie": True,
            },
        )
        c("suivi_judiciaire", {"jeune_id": y, "milieu": "ouvert"})
        c(
            "positionnement",
            {
                "jeune_id": y,
                "date": "2025-03-01",
                "origine": "spip",
                "date_premier_entretien": "2025-03-03",
            },
        )
        c(
            "accompagnement",
            {
                "jeune_id": y,
                "dispositif_id": dd,
                "date_entree": "2025-03-03",
                "financeurs": ["FSE", "PLIE"],
            },
        )
        for day, type_, themes in (
            ("2025-03-03", "entretien", ["emploi"]),
            ("2025-04-03", "entretien", ["emploi"]),
            ("2025-05-03", "entretien", ["emploi", "formation"]),
            ("2025-06-03", "ecrit", ["emploi"]),
            ("2025-07-03", "ecrit", ["logement"]),
            ("2025-08-03", "appel", ["emploi"]),
        ):
            _contact(c, y, day, type_, "mission_locale", themes)
        c(
            "situation",
            {
                "jeune_id": y,
                "categorie": "formation",
                "detail": "qualification",
                "etat": "en_cours",
                "date_debut": "2025-10-01",
            },
        )

        # Y9 Indiazed: deleted with the whole case file: counted nowhere.
        y = youth("Indiazed", "Zoé", "femme", "2004-01-01")
        c("accompagnement", {"jeune_id": y, "dispositif_id": dd, "date_entree": "2025-01-01"})
        _contact(c, y, "2025-05-05", "entretien", "mission_locale", ["emploi"])
        repo.delete("jeune", y)
    return Dataset(store, ids, etab_a, etab_b)


def open_dataset(root: Path) -> Iterator[Dataset]:
    """Build the data set in ``root`` (an office store) and close it afterwards.

    Tests that only read share one per module: building costs a few hundred milliseconds.
    """
    store = Store.create(
        root,
        role="office",
        structure_name="Mission Locale du Val Exemple",
        user=USER,
        passphrase=PASSPHRASE,
        kdf=KdfParams(os.urandom(16), 1024, 1),
        enforce_policy=False,
    )
    try:
        yield build(store)
    finally:
        store.close()


@pytest.fixture(scope="module")
def dataset(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Dataset]:
    yield from open_dataset(tmp_path_factory.mktemp("activite") / "store")


def test_dataset_builds_through_the_write_path(dataset: Dataset) -> None:
    data = dataset
    conn = data.store.db.conn
    assert conn.execute("SELECT count(*) FROM jeune WHERE _deleted = 0").fetchone()[0] == 8
    assert conn.execute("SELECT count(*) FROM actualite WHERE _deleted = 0").fetchone()[0] == 25
