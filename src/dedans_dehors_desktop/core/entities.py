"""The entities of the case file (DOMAIN.md) as declarative specifications.

The storage layer builds its tables from these specifications and the write path validates every
change against them, so a field exists in exactly one place. There is deliberately no field for the
offence, the sentence, the criminal record or case numbers (GDPR art. 10, data minimisation).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from . import enums as E
from .enums import Choices
from .i18n import QT_TRANSLATE_NOOP as N

Kind = Literal["text", "note", "date", "time", "int", "bool", "enum", "enumset", "ref", "json"]


@dataclass(frozen=True)
class Field:
    name: str
    kind: Kind
    label: str
    choices: Choices | None = None
    required: bool = False
    max_len: int = 200
    ref: str | None = None
    justice: bool = False  # hidden in "mode parloir" and never printed for the youth
    sensitive: bool = False  # notes and health-like details: hidden in "mode parloir"
    min_value: int | None = None
    max_value: int | None = None


@dataclass(frozen=True)
class Entity:
    table: str
    label: str
    fields: tuple[Field, ...]
    owned_by_youth: bool = True  # has a ``jeune_id`` column and follows the youth's sync scope
    fts: tuple[str, ...] = ()  # fields indexed for full-text search (inside the encrypted db)
    _by_name: dict[str, Field] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        self._by_name.update({f.name: f for f in self.fields})

    def field(self, name: str) -> Field:
        return self._by_name[name]

    def has_field(self, name: str) -> bool:
        return name in self._by_name

    @property
    def column_names(self) -> list[str]:
        return [f.name for f in self.fields]


def _f(name: str, kind: Kind, label: str, **kw: object) -> Field:
    return Field(name, kind, label, **kw)  # type: ignore[arg-type]


JEUNE_ID = _f("jeune_id", "ref", N("Champs", "Jeune"), ref="jeune", required=True)

ETABLISSEMENT = Entity(
    "etablissement",
    N("Entités", "Établissement"),
    (
        _f("nom", "text", N("Champs", "Nom"), required=True),
        _f("type", "enum", N("Champs", "Type"), choices=E.TYPE_ETABLISSEMENT),
        _f("ville", "text", N("Champs", "Ville")),
        _f("retire", "bool", N("Champs", "Retiré (plus proposé pour les nouvelles saisies)")),
    ),
    owned_by_youth=False,
)

PARTENAIRE = Entity(
    "partenaire",
    N("Entités", "Partenaire"),
    (
        _f("nom", "text", N("Champs", "Nom"), required=True),
        _f("type", "enum", N("Champs", "Type"), choices=E.TYPE_PARTENAIRE),
        _f("contact", "text", N("Champs", "Contact")),
        _f("telephone", "text", N("Champs", "Téléphone"), max_len=30),
        _f("adresse", "text", N("Champs", "Adresse"), max_len=300),
        # A partner whose name reveals the judicial context is never named on third-party documents.
        _f("sensible", "bool", N("Champs", "Nom sensible (révèle le contexte judiciaire)")),
        # What the youth reads on the printed summary, when the name itself must not print.
        _f("nom_jeune", "text", N("Champs", "Nom indiqué au jeune (récapitulatif)")),
        _f("retire", "bool", N("Champs", "Retiré (plus proposé pour les nouvelles saisies)")),
    ),
    owned_by_youth=False,
)

DISPOSITIF = Entity(
    "dispositif",
    N("Entités", "Dispositif"),
    (
        _f("nom", "text", N("Champs", "Nom"), required=True),
        _f("revele_justice", "bool", N("Champs", "Le nom révèle le contexte judiciaire")),
        _f("regles", "json", N("Champs", "Règles d'éligibilité"), max_len=20000),
        _f("retire", "bool", N("Champs", "Retiré (plus proposé pour les nouvelles saisies)")),
    ),
    owned_by_youth=False,
)

REFERENT = Entity(
    "referent",
    N("Entités", "Référent"),
    (
        _f("nom", "text", N("Champs", "Nom"), required=True, max_len=100),
        _f("prenom", "text", N("Champs", "Prénom"), max_len=100),
        _f("telephone", "text", N("Champs", "Téléphone"), max_len=30),
        _f("email", "text", N("Champs", "E-mail"), max_len=254),
        _f("retire", "bool", N("Champs", "Retiré (plus proposé pour les nouvelles saisies)")),
    ),
    owned_by_youth=False,
)

# The directories a structure keeps: shared reference lists, never owned by a youth.
DIRECTORY_TABLES = ("etablissement", "partenaire", "dispositif", "referent")

JEUNE = Entity(
    "jeune",
    N("Entités", "Jeune"),
    (
        _f("nom_naissance", "text", N("Champs", "Nom de naissance"), required=True, max_len=100),
        _f("nom_usage", "text", N("Champs", "Nom d'usage"), max_len=100),
        _f("prenoms", "text", N("Champs", "Prénoms"), required=True, max_len=100),
        _f("sexe", "enum", N("Champs", "Sexe"), choices=E.SEXE, required=True),
        _f("date_naissance", "date", N("Champs", "Date de naissance"), required=True),
        _f("telephone", "text", N("Champs", "Téléphone"), max_len=30),
        _f("email", "text", N("Champs", "E-mail"), max_len=254),
        _f("adresse", "text", N("Champs", "Adresse"), max_len=300),
        _f("commune", "text", N("Champs", "Commune"), max_len=100),
        _f("ou_joindre", "enum", N("Champs", "Où joindre le jeune"), choices=E.OU_JOINDRE),
        _f("representant_legal", "text", N("Champs", "Représentant légal (mineur)"), max_len=300),
        _f("pas_de_telephone", "bool", N("Champs", "Pas de téléphone")),
        _f("refuse_sms", "bool", N("Champs", "Refuse les SMS")),
        _f("id_imilo", "text", N("Champs", "N° i-milo"), max_len=30),
        _f("id_france_travail", "text", N("Champs", "Identifiant France Travail"), max_len=30),
        _f("referent", "text", N("Champs", "Référent"), max_len=100),
    ),
    owned_by_youth=False,
)

PROFIL = Entity(
    "profil",
    N("Entités", "Profil socio-professionnel"),
    (
        JEUNE_ID,
        _f("date", "date", N("Champs", "Date"), required=True),
        _f(
            "niveau_formation",
            "enum",
            N("Champs", "Niveau de formation atteint"),
            choices=E.NIVEAU_FORMATION,
        ),
        _f("diplome", "enum", N("Champs", "Diplôme le plus élevé"), choices=E.DIPLOME),
        _f("logement", "enum", N("Champs", "Logement"), choices=E.LOGEMENT),
        _f("rqth", "bool", N("Champs", "RQTH")),
        _f("ressources", "enum", N("Champs", "Ressources"), choices=E.RESSOURCES),
        _f("inscrit_france_travail", "bool", N("Champs", "Inscrit à France Travail")),
        _f("permis", "enum", N("Champs", "Permis de conduire"), choices=E.PERMIS),
        _f("qpv", "bool", N("Champs", "Réside en QPV")),
        _f(
            "qpv_annee", "int", N("Champs", "Année de la liste QPV"), min_value=2014, max_value=2100
        ),
        _f("plie", "bool", N("Champs", "Adhérent PLIE")),
        _f("plie_date", "date", N("Champs", "Date d'adhésion au PLIE")),
    ),
)

SUIVI_JUDICIAIRE = Entity(
    "suivi_judiciaire",
    N("Entités", "Suivi judiciaire"),
    (
        JEUNE_ID,
        _f("milieu", "enum", N("Champs", "Milieu"), choices=E.MILIEU, required=True),
        _f("statut", "enum", N("Champs", "Statut"), choices=E.STATUT_JUDICIAIRE, justice=True),
        _f("etablissement_id", "ref", N("Champs", "Établissement"), ref="etablissement"),
        _f("date_ecrou", "date", N("Champs", "Date d'écrou"), justice=True),
        _f("date_liberation_prev", "date", N("Champs", "Libération prévisionnelle"), justice=True),
        _f("date_levee_ecrou", "date", N("Champs", "Levée d'écrou effective"), justice=True),
        _f(
            "type_sortie",
            "enum",
            N("Champs", "Type de sortie"),
            choices=E.TYPE_SORTIE,
            justice=True,
        ),
        _f("spip_antenne", "text", N("Champs", "Antenne SPIP"), justice=True),
        _f("cpip_nom", "text", N("Champs", "CPIP référent"), justice=True, max_len=100),
        _f("cpip_contact", "text", N("Champs", "Contact professionnel du CPIP"), justice=True),
        # What the establishment calls the person by, printed on the day's list it asks for.
        _f(
            "identifiant_etablissement",
            "text",
            N("Champs", "Identifiant dans l'établissement"),
            justice=True,
            max_len=40,
        ),
    ),
)

POSITIONNEMENT = Entity(
    "positionnement",
    N("Entités", "Positionnement"),
    (
        JEUNE_ID,
        _f("date", "date", N("Champs", "Date"), required=True),
        _f(
            "origine",
            "enum",
            N("Champs", "Origine"),
            choices=E.ORIGINE_POSITIONNEMENT,
            required=True,
        ),
        _f("prescripteur", "text", N("Champs", "Prescripteur"), max_len=100, justice=True),
        _f("statut", "enum", N("Champs", "Statut"), choices=E.STATUT_POSITIONNEMENT),
        _f("dispositif_id", "ref", N("Champs", "Dispositif"), ref="dispositif"),
        _f("date_premier_entretien", "date", N("Champs", "Date du premier entretien")),
    ),
)

ACCOMPAGNEMENT = Entity(
    "accompagnement",
    N("Entités", "Accompagnement"),
    (
        JEUNE_ID,
        _f("dispositif_id", "ref", N("Champs", "Dispositif"), ref="dispositif", required=True),
        _f("date_entree", "date", N("Champs", "Date d'entrée"), required=True),
        _f("date_fin", "date", N("Champs", "Date de fin")),
        _f("motif_sortie", "enum", N("Champs", "Motif de sortie"), choices=E.MOTIF_SORTIE),
        _f("referent", "text", N("Champs", "Référent"), max_len=100),
        _f("financeurs", "enumset", N("Champs", "Financeurs"), choices=E.FINANCEUR),
    ),
)

ELIGIBILITE = Entity(
    "eligibilite",
    N("Entités", "Éligibilité"),
    (
        JEUNE_ID,
        _f("dispositif_id", "ref", N("Champs", "Dispositif"), ref="dispositif", required=True),
        _f("date", "date", N("Champs", "Date de vérification"), required=True),
        _f("auteur", "text", N("Champs", "Vérifiée par"), max_len=100),
        _f(
            "resultat",
            "enum",
            N("Champs", "Résultat"),
            choices=E.RESULTAT_ELIGIBILITE,
            justice=True,
        ),
        # Answers of the referent to criteria that need a justice fact: never the fact itself.
        _f("reponses", "json", N("Champs", "Réponses aux critères"), justice=True, max_len=20000),
    ),
)

ACTUALITE = Entity(
    "actualite",
    N("Entités", "Actualité"),
    (
        JEUNE_ID,
        _f("date", "date", N("Champs", "Date"), required=True),
        _f("heure", "time", N("Champs", "Heure")),
        _f("duree", "int", N("Champs", "Durée (minutes)"), min_value=0, max_value=24 * 60),
        _f("type", "enum", N("Champs", "Type"), choices=E.TYPE_ACTUALITE, required=True),
        _f("lieu", "enum", N("Champs", "Lieu"), choices=E.LIEU),
        _f("presence", "enum", N("Champs", "Présence"), choices=E.PRESENCE),
        _f("themes", "enumset", N("Champs", "Thèmes"), choices=E.THEME),
        _f("note", "note", N("Champs", "Note"), max_len=5000, sensitive=True),
        _f("etablissement_id", "ref", N("Champs", "Établissement"), ref="etablissement"),
        # The place as the youth reads it on the summary (the "lieu" code is the internal label).
        _f("lieu_jeune", "text", N("Champs", "Lieu indiqué au jeune (récapitulatif)"), max_len=300),
    ),
    fts=("note",),
)

FREIN = Entity(
    "frein",
    N("Entités", "Frein"),
    (
        JEUNE_ID,
        _f("theme", "enum", N("Champs", "Thème"), choices=E.THEME_FREIN, required=True),
        _f("situation", "note", N("Champs", "Situation"), max_len=1000, sensitive=True),
        _f("statut", "enum", N("Champs", "Statut"), choices=E.STATUT_FREIN),
    ),
)

OBJECTIF = Entity(
    "objectif",
    N("Entités", "Objectif"),
    (
        JEUNE_ID,
        _f("theme", "enum", N("Champs", "Thème"), choices=E.THEME),
        _f("libelle", "text", N("Champs", "Objectif"), required=True),
    ),
)

ACTION = Entity(
    "action",
    N("Entités", "Action"),
    (
        JEUNE_ID,
        _f("objectif_id", "ref", N("Champs", "Objectif"), ref="objectif"),
        _f("libelle", "text", N("Champs", "Action"), required=True, max_len=300),
        _f("echeance", "date", N("Champs", "Échéance")),
        _f("partenaire_id", "ref", N("Champs", "Partenaire"), ref="partenaire"),
        _f("acteur", "enum", N("Champs", "Qui le fait"), choices=E.ACTEUR),
        _f("statut", "enum", N("Champs", "Statut"), choices=E.STATUT_ACTION),
        # The step in the youth's words for the printed summary; the label stays internal.
        _f(
            "libelle_jeune", "text", N("Champs", "Texte pour le jeune (récapitulatif)"), max_len=300
        ),
    ),
)

ORIENTATION = Entity(
    "orientation",
    N("Entités", "Orientation"),
    (
        JEUNE_ID,
        _f("partenaire_id", "ref", N("Champs", "Partenaire"), ref="partenaire", required=True),
        _f("date", "date", N("Champs", "Date")),
        _f("motif", "text", N("Champs", "Motif"), max_len=300),
        _f("statut", "enum", N("Champs", "Statut"), choices=E.STATUT_ORIENTATION),
    ),
)

SITUATION = Entity(
    "situation",
    N("Entités", "Situation"),
    (
        JEUNE_ID,
        _f(
            "categorie",
            "enum",
            N("Champs", "Catégorie"),
            choices=E.CATEGORIE_SITUATION,
            required=True,
        ),
        _f("detail", "enum", N("Champs", "Détail"), choices=E.DETAIL_SITUATION, required=True),
        _f("etat", "enum", N("Champs", "État"), choices=E.ETAT_SITUATION),
        _f("date_debut", "date", N("Champs", "Date de début")),
        _f("date_fin", "date", N("Champs", "Date de fin")),
        _f("employeur", "text", N("Champs", "Employeur ou organisme"), max_len=200),
        _f("pendant_detention", "bool", N("Champs", "Pendant la détention"), justice=True),
    ),
)

AMENAGEMENT = Entity(
    "amenagement",
    N("Entités", "Aménagement de peine"),
    (
        JEUNE_ID,
        _f(
            "type",
            "enum",
            N("Champs", "Type"),
            choices=E.TYPE_AMENAGEMENT,
            required=True,
            justice=True,
        ),
        _f("etape", "enum", N("Champs", "Étape"), choices=E.ETAPE_AMENAGEMENT, justice=True),
        _f("date_requete", "date", N("Champs", "Date de la requête"), justice=True),
        _f("date_decision", "date", N("Champs", "Date de la décision"), justice=True),
        _f("date_fin", "date", N("Champs", "Date de fin"), justice=True),
        _f(
            "apports",
            "enumset",
            N("Champs", "Apport de la Mission Locale"),
            choices=E.APPORT_AMENAGEMENT,
            justice=True,
        ),
    ),
)

CONSENTEMENT = Entity(
    "consentement",
    N("Entités", "Consentement"),
    (
        JEUNE_ID,
        _f("portee", "enum", N("Champs", "Portée"), choices=E.PORTEE_CONSENTEMENT, required=True),
        _f("date", "date", N("Champs", "Date"), required=True),
        _f("methode", "enum", N("Champs", "Recueilli"), choices=E.METHODE_CONSENTEMENT),
        _f("date_retrait", "date", N("Champs", "Date de retrait")),
        _f("date_notice", "date", N("Champs", "Notice d'information remise le")),
    ),
)

PIECE_IDENTITE = Entity(
    "piece_identite",
    N("Entités", "Pièce d'identité"),
    (
        JEUNE_ID,
        _f("type", "enum", N("Champs", "Type"), choices=E.TYPE_PIECE_IDENTITE, required=True),
        _f("date_expiration", "date", N("Champs", "Date d'expiration")),
    ),
)

# A recurring permanence at one establishment: "every Tuesday 9:00-12:00, every 2 weeks".
CRENEAU = Entity(
    "creneau",
    N("Entités", "Créneau de permanence"),
    (
        _f(
            "etablissement_id",
            "ref",
            N("Champs", "Établissement"),
            ref="etablissement",
            required=True,
        ),
        _f("jour", "enum", N("Champs", "Jour"), choices=E.JOUR_SEMAINE, required=True),
        _f("heure_debut", "time", N("Champs", "Début"), required=True),
        _f("heure_fin", "time", N("Champs", "Fin"), required=True),
        _f(
            "periodicite",
            "int",
            N("Champs", "Toutes les … semaines"),
            min_value=1,
            max_value=12,
        ),
        _f("date_debut", "date", N("Champs", "À partir du"), required=True),
        _f("date_fin", "date", N("Champs", "Jusqu'au")),
        _f("libelle", "text", N("Champs", "Libellé"), max_len=100),
    ),
    owned_by_youth=False,
)

# A youth booked into one occurrence (a date) of a permanence slot.
INSCRIPTION = Entity(
    "inscription",
    N("Entités", "Inscription à une permanence"),
    (
        JEUNE_ID,
        _f("creneau_id", "ref", N("Champs", "Créneau"), ref="creneau", required=True),
        _f("date", "date", N("Champs", "Date"), required=True),
        _f("heure", "time", N("Champs", "Heure")),
        _f("origine", "enum", N("Champs", "Origine"), choices=E.ORIGINE_INSCRIPTION),
        _f("statut", "enum", N("Champs", "Statut"), choices=E.STATUT_INSCRIPTION),
    ),
)

# The youth's agreement to share one item of their parcours with their CPIP (liaison sheet).
ACCORD_PARTAGE = Entity(
    "accord_partage",
    N("Entités", "Accord de partage avec le SPIP"),
    (
        JEUNE_ID,
        _f("element_table", "text", N("Champs", "Nature de l'élément"), required=True, max_len=40),
        _f("element_id", "text", N("Champs", "Élément partagé"), required=True, max_len=40),
        _f("date", "date", N("Champs", "Accord donné le"), required=True),
        _f("methode", "enum", N("Champs", "Recueilli"), choices=E.METHODE_CONSENTEMENT),
        _f("avec_note", "bool", N("Champs", "La note de l'entretien peut être partagée")),
        _f("date_retrait", "date", N("Champs", "Accord retiré le")),
    ),
)

COMMISSION = Entity(
    "commission",
    N("Entités", "Commission"),
    (
        _f("date", "date", N("Champs", "Date"), required=True),
        _f("intitule", "text", N("Champs", "Intitulé"), max_len=150),
        _f("lieu", "text", N("Champs", "Lieu"), max_len=150),
    ),
    owned_by_youth=False,
)

# One youth reviewed by one commission: the line of situation printed, the decision recorded.
PASSAGE_COMMISSION = Entity(
    "passage_commission",
    N("Entités", "Passage en commission"),
    (
        JEUNE_ID,
        _f(
            "commission_id",
            "ref",
            N("Champs", "Commission"),
            ref="commission",
            required=True,
        ),
        _f("situation", "text", N("Champs", "Situation"), max_len=300),
        _f("decision", "text", N("Champs", "Décision"), max_len=500),
    ),
)

ENTITIES: dict[str, Entity] = {
    e.table: e
    for e in (
        ETABLISSEMENT,
        PARTENAIRE,
        DISPOSITIF,
        REFERENT,
        JEUNE,
        PROFIL,
        SUIVI_JUDICIAIRE,
        POSITIONNEMENT,
        ACCOMPAGNEMENT,
        ELIGIBILITE,
        ACTUALITE,
        FREIN,
        OBJECTIF,
        ACTION,
        ORIENTATION,
        SITUATION,
        AMENAGEMENT,
        CONSENTEMENT,
        PIECE_IDENTITE,
        CRENEAU,
        INSCRIPTION,
        ACCORD_PARTAGE,
        COMMISSION,
        PASSAGE_COMMISSION,
    )
}

# Words that must never name a field: the minimisation rule, checked by a test.
FORBIDDEN_FIELD_WORDS = (
    "infraction",
    "delit",
    "peine_duree",
    "quantum",
    "casier",
    "condamnation",
    "motif_incarceration",
    "numero_ecrou",
    "parquet",
    "faits",
)


def entity(table: str) -> Entity:
    try:
        return ENTITIES[table]
    except KeyError:
        raise KeyError(table) from None
