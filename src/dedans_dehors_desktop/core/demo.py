"""Realistic synthetic case files for demonstrations, screenshots, tests and benchmarks.

Deterministic for a given seed and reference date. Every record goes through the repository's
write path, so demo data carries versions, history and access-log lines like real data. Names are
drawn from common French first names and surnames; no real person is described.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Protocol

from .eligibility import EXAMPLE_RULES


class Writer(Protocol):
    def create(self, table: str, values: dict[str, Any]) -> str: ...


PRENOMS_F = (
    "Éloïse",
    "Inès",
    "Léa",
    "Chloé",
    "Manon",
    "Sarah",
    "Yasmine",
    "Camille",
    "Océane",
    "Maëlys",
    "Lina",
    "Aïcha",
    "Jade",
    "Noémie",
    "Anaïs",
    "Zoé",
    "Clémence",
    "Naïma",
)
PRENOMS_H = (
    "Lucas",
    "Mehdi",
    "Enzo",
    "Kévin",
    "Yanis",
    "Théo",
    "Rayan",
    "Dylan",
    "Nathan",
    "Bilal",
    "Maxime",
    "Hugo",
    "Mamadou",
    "Jordan",
    "Anthony",
    "Adam",
    "Loïc",
    "Sofiane",
    "Ilyes",
    "Killian",
    "Gaëtan",
    "Moussa",
    "Jérémy",
    "François",
)
NOMS = (
    "Martin",
    "Bernard",
    "Dubois",
    "Thomas",
    "Robert",
    "Richard",
    "Petit",
    "Durand",
    "Leroy",
    "Moreau",
    "Simon",
    "Laurent",
    "Lefèvre",
    "Michel",
    "Garcia",
    "David",
    "Bertrand",
    "Roux",
    "Vincent",
    "Fournier",
    "Morel",
    "Girard",
    "André",
    "Lefebvre",
    "Mercier",
    "Dupont",
    "Lambert",
    "Bonnet",
    "François",
    "Martinez",
    "Le Goff",
    "Le Gall",
    "Guérin",
    "Benali",
    "Diallo",
    "Traoré",
    "Nguyen",
    "Haddad",
    "Boucher",
    "Gauthier",
    "Perrin",
    "Morin",
    "Hémon",
    "Caron",
    "Chevalier",
    "Rolland",
    "Le Bihan",
    "Kerbrat",
    "Josselin",
    "Cœurdevey",
)
COMMUNES = (
    "Rennes",
    "Saint-Malo",
    "Cesson-Sévigné",
    "Bruz",
    "Fougères",
    "Vitré",
    "Redon",
    "Saint-Jacques-de-la-Lande",
    "Dinard",
    "Montfort-sur-Meu",
)
ETABLISSEMENTS = (
    ("Centre pénitentiaire de Rennes-Vezin", "CP", "Rennes"),
    ("Maison d'arrêt de Saint-Malo", "MA", "Saint-Malo"),
    ("Centre pénitentiaire pour femmes de Rennes", "CP", "Rennes"),
    ("Centre de semi-liberté de Rennes", "CSL", "Rennes"),
)
PARTENAIRES = (
    ("Foyer de jeunes travailleurs Les Longs Champs", "fjt", False),
    ("AFPA Rennes", "afpa", False),
    ("CSAPA L'Envol", "csapa", True),
    ("CHRS Le Relais", "chrs", False),
    ("Chantier d'insertion Bretagne Rebond", "iae_aci", False),
    ("ETTI Ouest Emploi", "iae_etti", False),
    ("GEIQ BTP 35", "geiq", False),
    ("France Travail Rennes Nord", "france_travail", False),
    ("Association Réinsertion Justice 35", "autre", True),
)
NOTES = (
    "Point sur le projet professionnel : intéressé par la logistique, souhaite passer le CACES.",
    "A apporté son CV retravaillé en atelier. Motivé, à encourager.",
    "Démarches logement : dossier FJT à compléter, attestation de ressources manquante.",
    "Renouvellement de la carte d'identité à lancer avant la sortie.",
    "Souhaite reprendre une formation dans la restauration ; pistes AFPA évoquées.",
    "Échange sur le budget et l'ouverture d'un compte bancaire.",
    "Préparation de l'entretien avec l'employeur du chantier d'insertion.",
    "Inscription France Travail à prévoir dès la sortie, rendez-vous pris.",
    "Point sur la mobilité : pas de permis, trajets en bus à organiser.",
    "Jeune absent : transféré à l'infirmerie, rendez-vous reporté.",
    "Atelier collectif sur les codes de l'entreprise, bonne participation.",
    "Contact avec la famille pour l'hébergement à la sortie, accord de principe.",
)
ACTIONS_JEUNE = (
    "Rassembler les pièces pour la carte d'identité",
    "Compléter le dossier FJT",
    "Écrire une lettre de motivation",
    "Appeler France Travail pour l'inscription",
    "Préparer les questions pour l'entretien d'embauche",
    "Demander l'attestation de formation au lycée",
    "Ouvrir un compte bancaire",
)
ACTIONS_REFERENT = (
    "Envoyer le dossier au FJT",
    "Contacter l'organisme de formation",
    "Organiser un entretien avec l'employeur",
    "Relancer la CAF",
    "Préparer la demande de PMSMP",
)
OBJECTIFS = (
    ("logement", "Accéder à un logement"),
    ("formation", "Trouver une formation"),
    ("emploi", "Trouver un emploi"),
    ("droits", "Refaire les papiers d'identité"),
    ("projet_pro", "Construire un projet professionnel"),
)


@dataclass
class Reference:
    etablissements: list[str]
    partenaires: list[str]
    dispositifs: list[str]


@dataclass
class DemoSummary:
    youths: int = 0
    actualites: int = 0
    records: int = 0
    reference: Reference | None = None


def generate(
    repo: Writer,
    youths: int,
    *,
    seed: int = 1,
    today: date | None = None,
    actualites_per_youth: int = 6,
    progress: Callable[[int, int], None] | None = None,
    reference: Reference | None = None,
) -> DemoSummary:
    """Create ``youths`` case files; ``actualites_per_youth`` is an average.

    Establishments, partners and dispositifs are created once; pass the ``reference`` of an
    earlier call's summary to add more youths to the same ones.
    """
    rng = random.Random(seed)
    today = today or date.today()
    summary = DemoSummary()

    def create(table: str, values: dict[str, Any]) -> str:
        summary.records += 1
        return repo.create(table, {k: v for k, v in values.items() if v is not None})

    if reference is None:
        reference = _create_reference(create, rng)
    summary.reference = reference
    etabs, partenaires, dispositifs = (
        reference.etablissements,
        reference.partenaires,
        reference.dispositifs,
    )
    referents = ("Marie Le Goff", "Karim Haddad", "Sophie Guillou")

    def working_day(d: date) -> date:
        """Meetings happen on weekdays: a weekend day moves to the Friday before (a past day)
        or the Monday after (today or later)."""
        if d.weekday() < 5:
            return d
        if d > today or d == today:
            return d + timedelta(days=7 - d.weekday())
        return d - timedelta(days=d.weekday() - 4)

    def day(offset: int) -> date:
        return today + timedelta(days=offset)

    for i in range(youths):
        female = rng.random() < 0.12
        birth = day(-rng.randint(16 * 365 + 30, 25 * 365 + 300))
        nom = rng.choice(NOMS)
        jeune = create(
            "jeune",
            {
                "nom_naissance": nom,
                "prenoms": rng.choice(PRENOMS_F if female else PRENOMS_H),
                "sexe": "femme" if female else "homme",
                "date_naissance": birth,
                "commune": rng.choice(COMMUNES),
                "ou_joindre": "detention",
                "telephone": None
                if rng.random() < 0.4
                else f"06 {rng.randint(10, 99)} "
                f"{rng.randint(10, 99)} {rng.randint(10, 99)} "
                f"{rng.randint(10, 99)}",
                "pas_de_telephone": rng.random() < 0.3,
                "referent": rng.choice(referents),
                "representant_legal": "Mère (coordonnées au dossier papier)"
                if (today - birth).days < 18 * 365
                else None,
            },
        )
        summary.youths += 1
        entry = day(-rng.randint(5, 500))
        ferme = rng.random() < 0.7
        # The women's prison takes women only; the others, men.
        etab = etabs[2] if female else rng.choice([e for i, e in enumerate(etabs) if i != 2])
        ecrou = entry - timedelta(days=rng.randint(0, 120))
        liberation = ecrou + timedelta(days=rng.randint(90, 600))
        released = ferme and liberation < today
        create(
            "suivi_judiciaire",
            {
                "jeune_id": jeune,
                "milieu": "ouvert" if released or not ferme else "ferme",
                "statut": "condamne"
                if released
                else rng.choice(("condamne", "condamne", "prevenu")),
                "etablissement_id": etab if ferme else None,
                "date_ecrou": ecrou if ferme else None,
                "date_liberation_prev": liberation if ferme else None,
                "date_levee_ecrou": liberation if released else None,
                "type_sortie": rng.choice(("amenagement", "lsc", "seche", "seche"))
                if released
                else None,
                "spip_antenne": "SPIP 35 — antenne de Rennes",
                "cpip_nom": f"CPIP {rng.choice(NOMS)}",
            },
        )
        create(
            "profil",
            {
                "jeune_id": jeune,
                "date": entry,
                "niveau_formation": rng.choice(("VI", "Vbis", "V", "V", "IV")),
                "diplome": rng.choice(("aucun", "aucun", "niv3", "niv4")),
                "logement": rng.choice(
                    ("famille", "tiers", "precaire", "sans_domicile", "autonome")
                ),
                "rqth": rng.random() < 0.05,
                "permis": rng.choice(("aucun", "aucun", "en_cours", "B")),
                "qpv": rng.random() < 0.35,
                "qpv_annee": 2024,
                "plie": rng.random() < 0.3,
                "inscrit_france_travail": rng.random() < 0.4,
            },
        )
        create(
            "positionnement",
            {
                "jeune_id": jeune,
                "date": entry - timedelta(days=rng.randint(3, 30)),
                "origine": rng.choice(("spip", "spip", "spip", "etablissement", "jeune", "pjj")),
                "statut": "accepte",
                "dispositif_id": dispositifs[0],
                "date_premier_entretien": entry,
            },
        )
        ended = rng.random() < 0.25
        create(
            "accompagnement",
            {
                "jeune_id": jeune,
                "dispositif_id": dispositifs[0],
                "date_entree": entry,
                "date_fin": day(-rng.randint(0, 4)) if ended else None,
                "motif_sortie": rng.choice(("emploi_durable", "formation", "perte_contact"))
                if ended
                else None,
                "referent": rng.choice(referents),
                "financeurs": ["FSE", "PLIE"] if rng.random() < 0.3 else ["FSE"],
            },
        )
        create(
            "consentement",
            {
                "jeune_id": jeune,
                "portee": "spip",
                "date": entry,
                "methode": "ecrit",
                "date_notice": entry,
            },
        )
        for theme in rng.sample(
            (
                "logement",
                "administratif",
                "mobilite",
                "formation",
                "emploi",
                "numerique",
                "financier",
            ),
            k=rng.randint(1, 3),
        ):
            create(
                "frein",
                {
                    "jeune_id": jeune,
                    "theme": theme,
                    "statut": rng.choice(("identifie", "en_cours", "leve")),
                },
            )
        theme, libelle = rng.choice(OBJECTIFS)
        objectif = create("objectif", {"jeune_id": jeune, "theme": theme, "libelle": libelle})
        for _ in range(rng.randint(1, 3)):
            jeune_fait = rng.random() < 0.6
            echeance = working_day(day(rng.randint(-10, 60)))
            # "Réalisée" only for an action whose deadline has come.
            statuts = (
                ("en_cours", "en_projet", "realisee")
                if echeance <= today
                else (
                    "en_cours",
                    "en_projet",
                )
            )
            create(
                "action",
                {
                    "jeune_id": jeune,
                    "objectif_id": objectif,
                    "libelle": rng.choice(ACTIONS_JEUNE if jeune_fait else ACTIONS_REFERENT),
                    "echeance": echeance,
                    "acteur": "jeune" if jeune_fait else "referent",
                    "statut": rng.choice(statuts),
                    "partenaire_id": rng.choice(partenaires) if rng.random() < 0.3 else None,
                },
            )
        n_act = (
            max(1, int(rng.expovariate(1 / actualites_per_youth))) if actualites_per_youth else 0
        )
        span = max(1, (today - entry).days)
        for k in range(n_act):
            when = working_day(entry + timedelta(days=int(span * k / max(1, n_act))))
            inside = ferme and rng.random() < 0.8
            # Intra-muros, the referent meets the youth in person (no phone in a cell); a phone
            # call has no place and is never "absent"; a step is taken at the Mission Locale.
            kind = rng.choice(
                ("entretien", "entretien", "entretien", "atelier")
                if inside
                else ("entretien", "entretien", "demarche", "appel")
            )
            if inside:
                lieu: str | None = "intra_muros"
            elif kind == "appel":
                lieu = None
            elif kind == "demarche":
                lieu = "mission_locale"
            else:
                lieu = rng.choice(("mission_locale", "spip"))
            in_person = kind in ("entretien", "atelier")
            create(
                "actualite",
                {
                    "jeune_id": jeune,
                    "date": when,
                    "heure": f"{rng.choice((9, 10, 11, 14, 15)):02d}:00",
                    "duree": rng.choice((30, 45, 60)) if in_person else rng.choice((10, 15, 20)),
                    "type": kind,
                    "lieu": lieu,
                    "presence": "present" if not in_person or rng.random() < 0.9 else "absent",
                    "themes": rng.sample(
                        (
                            "projet_pro",
                            "emploi",
                            "formation",
                            "logement",
                            "droits",
                            "sante",
                            "loisirs",
                        ),
                        k=rng.randint(1, 2),
                    ),
                    "note": rng.choice(NOTES),
                    "etablissement_id": etab if inside else None,
                },
            )
            summary.actualites += 1
        if rng.random() < 0.5:  # next appointment, some of them today at the establishment
            when = working_day(today if rng.random() < 0.15 else day(rng.randint(1, 30)))
            create(
                "actualite",
                {
                    "jeune_id": jeune,
                    "date": when,
                    "heure": f"{rng.choice((9, 10, 11, 14, 15)):02d}:{rng.choice(('00', '30'))}",
                    "type": "entretien",
                    "lieu": "intra_muros" if ferme else "mission_locale",
                    "presence": "planifie",
                    "etablissement_id": etab if ferme else None,
                },
            )
            summary.actualites += 1
        if rng.random() < 0.2:
            detail = rng.choice(("cdd", "interim", "iae", "qualification", "mobilisation", "pmsmp"))
            from .enums import CATEGORIE_OF_DETAIL

            create(
                "situation",
                {
                    "jeune_id": jeune,
                    "categorie": CATEGORIE_OF_DETAIL[detail],
                    "detail": detail,
                    "etat": "en_cours",
                    "date_debut": working_day(day(-rng.randint(0, 60))),
                    "employeur": rng.choice(PARTENAIRES)[0],
                },
            )
        if ferme and rng.random() < 0.25:
            create(
                "amenagement",
                {
                    "jeune_id": jeune,
                    "type": rng.choice(
                        ("semi_liberte", "placement_exterieur", "ddse", "liberation_conditionnelle")
                    ),
                    "etape": rng.choice(("projet", "requete", "accorde")),
                    "apports": ["attestation_hebergement"],
                },
            )
        if progress:
            progress(i + 1, youths)
    return summary


def _create_reference(
    create: Callable[[str, dict[str, Any]], str], rng: random.Random
) -> Reference:
    etabs = [
        create("etablissement", {"nom": n, "type": t, "ville": v}) for n, t, v in ETABLISSEMENTS
    ]
    partenaires = [
        create(
            "partenaire",
            {
                "nom": n,
                "type": t,
                "sensible": s,
                "telephone": f"02 99 {rng.randint(10, 99)} "
                f"{rng.randint(10, 99)} {rng.randint(10, 99)}",
            },
        )
        for n, t, s in PARTENAIRES
    ]
    dispositifs = [
        create(
            "dispositif",
            {
                "nom": "Dedans-Dehors",
                "revele_justice": True,
                "regles": EXAMPLE_RULES["Dedans-Dehors"],
            },
        ),
        create("dispositif", {"nom": "PACEA", "revele_justice": False, "regles": []}),
        create(
            "dispositif",
            {"nom": "Contrat d'engagement jeune (CEJ)", "revele_justice": False, "regles": []},
        ),
    ]
    return Reference(etabs, partenaires, dispositifs)
