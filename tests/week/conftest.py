"""A referent's week in a real store: two establishments, permanence slots, youths booked."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import pytest

from dedans_dehors_desktop.services import week
from dedans_dehors_desktop.storage.store import Store

TUESDAY = date(2026, 1, 6)  # a Tuesday
THURSDAY = date(2026, 1, 8)


@dataclass
class Week:
    store: Store
    ma: str
    cp: str
    tuesday_slot: str  # MA, every Tuesday 09:00-12:00
    thursday_slot: str  # CP, every 2 weeks on Thursday 14:00-17:00
    youths: dict[str, str] = field(default_factory=dict)


def add_youth(store: Store, nom: str, prenoms: str, **extra: object) -> str:
    return store.repo.create(
        "jeune",
        {
            "nom_naissance": nom,
            "prenoms": prenoms,
            "sexe": "homme",
            "date_naissance": "14/03/2004",
            **extra,
        },
    )


@pytest.fixture
def wk(store: Store) -> Week:
    repo = store.repo
    ma = repo.create("etablissement", {"nom": "Maison d'arrêt de Moulins", "type": "MA"})
    cp = repo.create("etablissement", {"nom": "Centre pénitentiaire d'Yzeure", "type": "CP"})
    tuesday = week.create_slot(
        store,
        {
            "etablissement_id": ma,
            "jour": "2",
            "heure_debut": "09:00",
            "heure_fin": "12:00",
            "date_debut": date(2025, 9, 1),
        },
    )
    thursday = week.create_slot(
        store,
        {
            "etablissement_id": cp,
            "jour": "4",
            "heure_debut": "14:00",
            "heure_fin": "17:00",
            "periodicite": 2,
            "date_debut": THURSDAY,
            "libelle": "Quartier arrivants",
        },
    )
    w = Week(store, ma, cp, tuesday, thursday)
    for key, nom, prenoms in (
        ("lucas", "Martin", "Lucas"),
        ("ines", "Benali", "Inès"),
        ("theo", "Durand", "Théo"),
    ):
        jid = w.youths[key] = add_youth(store, nom, prenoms)
        repo.create(
            "suivi_judiciaire",
            {
                "jeune_id": jid,
                "milieu": "ferme",
                "etablissement_id": ma,
                "date_ecrou": "01/10/2025",
                "date_liberation_prev": "20/02/2026",
                "identifiant_etablissement": f"ID-{nom.upper()}",
            },
        )
    return w
