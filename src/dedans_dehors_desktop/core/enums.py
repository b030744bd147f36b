"""French enumerations of the case file (DOMAIN.md): stored codes and their labels.

Codes are stable ASCII strings stored in the database and in bundles; labels are French and go
through the translation hook when shown.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from .i18n import QT_TRANSLATE_NOOP as N
from .i18n import tr


@dataclass(frozen=True)
class Choices:
    """An ordered enumeration: code → French label."""

    name: str
    items: tuple[tuple[str, str], ...]

    def __iter__(self) -> Iterator[str]:
        return (code for code, _ in self.items)

    def __contains__(self, code: object) -> bool:
        return any(code == c for c, _ in self.items)

    def label(self, code: str | None) -> str:
        for c, label in self.items:
            if c == code:
                return tr("Libellés", label)
        return "" if code is None else code

    def codes(self) -> list[str]:
        return [c for c, _ in self.items]

    def labelled(self) -> list[tuple[str, str]]:
        return [(c, tr("Libellés", label)) for c, label in self.items]


def _c(name: str, *items: tuple[str, str]) -> Choices:
    return Choices(name, tuple(items))


SEXE = _c(
    "sexe",
    ("femme", N("Libellés", "Femme")),
    ("homme", N("Libellés", "Homme")),
    ("non_renseigne", N("Libellés", "Non renseigné")),
)

OU_JOINDRE = _c(
    "ou_joindre",
    ("detention", N("Libellés", "En détention")),
    ("domicile", N("Libellés", "Domicile")),
    ("tiers", N("Libellés", "Hébergé chez un tiers")),
    ("structure", N("Libellés", "Structure d'hébergement")),
    ("sans_domicile", N("Libellés", "Sans domicile")),
)

NIVEAU_FORMATION = _c(
    "niveau_formation",
    ("VI", N("Libellés", "VI — sortie avant la fin du collège")),
    ("Vbis", N("Libellés", "V bis — fin de 3e ou avant l'année terminale de CAP/BEP")),
    ("V", N("Libellés", "V — année terminale de CAP/BEP, ou lycée avant la terminale")),
    ("IV", N("Libellés", "IV — terminale atteinte")),
    ("III", N("Libellés", "III et plus — études supérieures")),
)

DIPLOME = _c(
    "diplome",
    ("aucun", N("Libellés", "Aucun diplôme")),
    ("niv3", N("Libellés", "Niveau 3 (CAP, BEP)")),
    ("niv4", N("Libellés", "Niveau 4 (Bac)")),
    ("niv5", N("Libellés", "Niveau 5 (Bac+2)")),
    ("niv6", N("Libellés", "Niveau 6 et plus")),
)

LOGEMENT = _c(
    "logement",
    ("autonome", N("Libellés", "Logement autonome")),
    ("famille", N("Libellés", "Chez la famille")),
    ("tiers", N("Libellés", "Chez un tiers")),
    ("precaire", N("Libellés", "Hébergement précaire ou en structure")),
    ("sans_domicile", N("Libellés", "Sans domicile")),
)

RESSOURCES = _c(
    "ressources",
    ("rsa", N("Libellés", "RSA")),
    ("are", N("Libellés", "ARE")),
    ("aah", N("Libellés", "AAH")),
    ("sans", N("Libellés", "Sans ressources")),
    ("autre", N("Libellés", "Autres ressources")),
)

PERMIS = _c(
    "permis",
    ("aucun", N("Libellés", "Pas de permis")),
    ("en_cours", N("Libellés", "Permis en cours")),
    ("B", N("Libellés", "Permis B")),
)

MILIEU = _c(
    "milieu", ("ferme", N("Libellés", "Milieu fermé")), ("ouvert", N("Libellés", "Milieu ouvert"))
)

STATUT_JUDICIAIRE = _c(
    "statut_judiciaire",
    ("prevenu", N("Libellés", "Prévenu")),
    ("condamne", N("Libellés", "Condamné")),
)

TYPE_ETABLISSEMENT = _c(
    "type_etablissement",
    ("MA", N("Libellés", "Maison d'arrêt")),
    ("CP", N("Libellés", "Centre pénitentiaire")),
    ("CD", N("Libellés", "Centre de détention")),
    ("EPM", N("Libellés", "Établissement pénitentiaire pour mineurs")),
    ("CSL", N("Libellés", "Centre de semi-liberté")),
    ("SAS", N("Libellés", "Structure d'accompagnement vers la sortie")),
)

TYPE_SORTIE = _c(
    "type_sortie",
    ("amenagement", N("Libellés", "Aménagement de peine")),
    ("lsc", N("Libellés", "Libération sous contrainte")),
    ("seche", N("Libellés", "Fin de peine sans aménagement (sortie sèche)")),
    ("remise_liberte", N("Libellés", "Remise en liberté")),
    ("transfert", N("Libellés", "Transfert")),
)

ORIGINE_POSITIONNEMENT = _c(
    "origine",
    ("spip", N("Libellés", "SPIP (CPIP)")),
    ("pjj", N("Libellés", "PJJ")),
    ("etablissement", N("Libellés", "Établissement")),
    ("jeune", N("Libellés", "Démarche du jeune")),
    ("partenaire", N("Libellés", "Autre partenaire")),
)

STATUT_POSITIONNEMENT = _c(
    "statut_positionnement",
    ("propose", N("Libellés", "Proposé")),
    ("accepte", N("Libellés", "Accepté")),
    ("refuse", N("Libellés", "Refusé")),
    ("sans_suite", N("Libellés", "Sans suite")),
)

MOTIF_SORTIE = _c(
    "motif_sortie",
    ("emploi_durable", N("Libellés", "Emploi durable")),
    ("emploi_court", N("Libellés", "Emploi court")),
    ("formation", N("Libellés", "Formation")),
    ("service_civique", N("Libellés", "Service civique")),
    ("limite_age", N("Libellés", "Limite d'âge")),
    ("demenagement", N("Libellés", "Déménagement")),
    ("reincarceration", N("Libellés", "Réincarcération")),
    ("perte_contact", N("Libellés", "Perte de contact")),
    ("abandon", N("Libellés", "Abandon")),
    ("autre", N("Libellés", "Autre")),
)

FINANCEUR = _c(
    "financeur",
    ("FSE", N("Libellés", "FSE")),
    ("PLIE", N("Libellés", "PLIE")),
    ("FIPD", N("Libellés", "FIPD")),
    ("Ville", N("Libellés", "Ville")),
    ("SPIP", N("Libellés", "SPIP")),
    ("Autre", N("Libellés", "Autre")),
)

TYPE_ACTUALITE = _c(
    "type_actualite",
    ("entretien", N("Libellés", "Entretien")),
    ("demarche", N("Libellés", "Démarche administrative")),
    ("ecrit", N("Libellés", "E-mail / SMS / courrier")),
    ("appel", N("Libellés", "Appel téléphonique")),
    ("atelier", N("Libellés", "Atelier / information collective")),
    ("mediation", N("Libellés", "Médiation / visite")),
    ("tripartite", N("Libellés", "Entretien tripartite")),
)

LIEU = _c(
    "lieu",
    ("intra_muros", N("Libellés", "Intra-muros")),
    ("mission_locale", N("Libellés", "Locaux Mission Locale")),
    ("spip", N("Libellés", "SPIP")),
    ("partenaire", N("Libellés", "Partenaire")),
)

PRESENCE = _c(
    "presence",
    ("planifie", N("Libellés", "Planifié")),
    ("present", N("Libellés", "Présent")),
    ("absent", N("Libellés", "Absent")),
    ("excuse", N("Libellés", "Excusé")),
    ("annule", N("Libellés", "Annulé")),
)

THEME = _c(
    "theme",
    ("projet_pro", N("Libellés", "Projet professionnel")),
    ("emploi", N("Libellés", "Accès à l'emploi")),
    ("formation", N("Libellés", "Formation")),
    ("logement", N("Libellés", "Logement")),
    ("sante", N("Libellés", "Santé")),
    ("droits", N("Libellés", "Citoyenneté / accès aux droits")),
    ("loisirs", N("Libellés", "Loisirs, sport, culture")),
    ("justice", N("Libellés", "Justice / aménagement de peine")),
)

THEME_FREIN = _c(
    "theme_frein",
    ("logement", N("Libellés", "Logement")),
    ("emploi", N("Libellés", "Emploi")),
    ("formation", N("Libellés", "Formation")),
    ("administratif", N("Libellés", "Difficultés administratives")),
    ("financier", N("Libellés", "Difficultés financières")),
    ("mobilite", N("Libellés", "Mobilité")),
    ("sante", N("Libellés", "Santé")),
    ("addictions", N("Libellés", "Addictions")),
    ("famille", N("Libellés", "Contraintes familiales")),
    ("francais", N("Libellés", "Maîtrise du français")),
    ("numerique", N("Libellés", "Numérique")),
    ("justice", N("Libellés", "Justice")),
)

STATUT_FREIN = _c(
    "statut_frein",
    ("identifie", N("Libellés", "Identifié")),
    ("en_cours", N("Libellés", "En cours de levée")),
    ("leve", N("Libellés", "Levé")),
)

ACTEUR = _c(
    "acteur",
    ("jeune", N("Libellés", "Le jeune")),
    ("referent", N("Libellés", "Le référent")),
    ("partenaire", N("Libellés", "Un partenaire")),
)

STATUT_ACTION = _c(
    "statut_action",
    ("en_projet", N("Libellés", "En projet")),
    ("en_cours", N("Libellés", "En cours")),
    ("en_attente", N("Libellés", "En attente")),
    ("realisee", N("Libellés", "Réalisée")),
    ("abandonnee", N("Libellés", "Abandonnée")),
    ("annulee", N("Libellés", "Annulée")),
)

STATUT_ORIENTATION = _c(
    "statut_orientation",
    ("en_cours", N("Libellés", "En cours")),
    ("validee", N("Libellés", "Validée")),
    ("refusee", N("Libellés", "Refusée")),
    ("expiree", N("Libellés", "Expirée")),
)

TYPE_PARTENAIRE = _c(
    "type_partenaire",
    ("spip", N("Libellés", "SPIP")),
    ("fjt", N("Libellés", "FJT")),
    ("afpa", N("Libellés", "AFPA")),
    ("csapa", N("Libellés", "CSAPA")),
    ("chrs", N("Libellés", "CHRS")),
    ("iae_aci", N("Libellés", "IAE — atelier et chantier d'insertion (ACI)")),
    ("iae_ai", N("Libellés", "IAE — association intermédiaire (AI)")),
    ("iae_ei", N("Libellés", "IAE — entreprise d'insertion (EI)")),
    ("iae_etti", N("Libellés", "IAE — entreprise de travail temporaire d'insertion (ETTI)")),
    ("ea", N("Libellés", "Entreprise adaptée")),
    ("geiq", N("Libellés", "GEIQ")),
    ("of", N("Libellés", "Organisme de formation")),
    ("interim", N("Libellés", "Agence d'intérim")),
    ("france_travail", N("Libellés", "France Travail (ex-Pôle emploi)")),
    ("autre", N("Libellés", "Autre")),
)

CATEGORIE_SITUATION = _c(
    "categorie_situation",
    ("emploi", N("Libellés", "Emploi")),
    ("formation", N("Libellés", "Formation")),
    ("immersion", N("Libellés", "Immersion en entreprise")),
    ("autre", N("Libellés", "Autre situation non professionnelle")),
)

# Detail → category: the funders' tables group details under these categories.
DETAIL_SITUATION = _c(
    "detail_situation",
    ("cdi", N("Libellés", "CDI")),
    ("cdd", N("Libellés", "CDD")),
    ("interim", N("Libellés", "Intérim")),
    ("apprentissage", N("Libellés", "Alternance — apprentissage")),
    ("professionnalisation", N("Libellés", "Alternance — professionnalisation")),
    ("contrat_aide", N("Libellés", "Contrat aidé (PEC)")),
    ("iae", N("Libellés", "IAE")),
    ("creation", N("Libellés", "Création d'entreprise")),
    ("mobilisation", N("Libellés", "Mobilisation / remobilisation")),
    ("preformation", N("Libellés", "Préformation / préqualification")),
    ("qualification", N("Libellés", "Qualification")),
    ("pmsmp", N("Libellés", "PMSMP")),
    ("service_civique", N("Libellés", "Service civique")),
    ("incarceration", N("Libellés", "Incarcération / réincarcération")),
    ("scolarite", N("Libellés", "Scolarité")),
)

CATEGORIE_OF_DETAIL: dict[str, str] = {
    "cdi": "emploi",
    "cdd": "emploi",
    "interim": "emploi",
    "apprentissage": "emploi",
    "professionnalisation": "emploi",
    "contrat_aide": "emploi",
    "iae": "emploi",
    "creation": "emploi",
    "mobilisation": "formation",
    "preformation": "formation",
    "qualification": "formation",
    "pmsmp": "immersion",
    "service_civique": "immersion",
    "incarceration": "autre",
    "scolarite": "autre",
}

ETAT_SITUATION = _c(
    "etat_situation",
    ("prevue", N("Libellés", "Prévue")),
    ("en_cours", N("Libellés", "En cours")),
    ("terminee", N("Libellés", "Terminée")),
)

TYPE_AMENAGEMENT = _c(
    "type_amenagement",
    ("semi_liberte", N("Libellés", "Semi-liberté")),
    ("placement_exterieur", N("Libellés", "Placement à l'extérieur")),
    ("ddse", N("Libellés", "Détention à domicile sous surveillance électronique (DDSE, ex-PSE)")),
    ("liberation_conditionnelle", N("Libellés", "Libération conditionnelle")),
    ("lsc", N("Libellés", "Libération sous contrainte")),
    ("permission", N("Libellés", "Permission de sortir")),
)

ETAPE_AMENAGEMENT = _c(
    "etape_amenagement",
    ("projet", N("Libellés", "Projet")),
    ("requete", N("Libellés", "Requête déposée")),
    ("audience", N("Libellés", "Audience")),
    ("accorde", N("Libellés", "Accordé")),
    ("refuse", N("Libellés", "Refusé")),
    ("termine", N("Libellés", "Terminé")),
    ("revoque", N("Libellés", "Révoqué")),
)

APPORT_AMENAGEMENT = _c(
    "apport_amenagement",
    ("promesse_embauche", N("Libellés", "Promesse d'embauche")),
    ("entree_formation", N("Libellés", "Entrée en formation")),
    ("attestation_hebergement", N("Libellés", "Attestation d'hébergement")),
)

PORTEE_CONSENTEMENT = _c(
    "portee_consentement",
    ("spip", N("Libellés", "Échange avec le SPIP")),
    ("partenaire", N("Libellés", "Transmission à un partenaire")),
    ("sms", N("Libellés", "SMS")),
    ("transfert", N("Libellés", "Transfert à une autre Mission Locale")),
)

METHODE_CONSENTEMENT = _c(
    "methode_consentement",
    ("ecrit", N("Libellés", "Écrit signé")),
    ("oral", N("Libellés", "Oral, noté par le référent")),
)

RESULTAT_ELIGIBILITE = _c(
    "resultat_eligibilite",
    ("eligible", N("Libellés", "Éligible")),
    ("non_eligible", N("Libellés", "Non éligible")),
    ("incomplet", N("Libellés", "À compléter")),
)

JOUR_SEMAINE = _c(
    "jour_semaine",
    ("1", N("Libellés", "Lundi")),
    ("2", N("Libellés", "Mardi")),
    ("3", N("Libellés", "Mercredi")),
    ("4", N("Libellés", "Jeudi")),
    ("5", N("Libellés", "Vendredi")),
    ("6", N("Libellés", "Samedi")),
    ("7", N("Libellés", "Dimanche")),
)

ORIGINE_INSCRIPTION = _c(
    "origine_inscription",
    ("dossier", N("Libellés", "Depuis le dossier")),
    ("liste", N("Libellés", "Depuis la liste")),
    ("spip", N("Libellés", "Demande du SPIP")),
)

STATUT_INSCRIPTION = _c(
    "statut_inscription",
    ("prevue", N("Libellés", "Prévue")),
    ("vue", N("Libellés", "Vu·e")),
    ("absent", N("Libellés", "Absent·e")),
    ("annulee", N("Libellés", "Annulée")),
)

TYPE_PIECE_IDENTITE = _c(
    "type_piece_identite",
    ("cni", N("Libellés", "Carte nationale d'identité")),
    ("passeport", N("Libellés", "Passeport")),
    ("titre_sejour", N("Libellés", "Titre de séjour")),
    ("recepisse", N("Libellés", "Récépissé de demande")),
    ("autre", N("Libellés", "Autre pièce")),
)

ROLE = _c("role", ("office", N("Libellés", "Bureau")), ("laptop", N("Libellés", "Portable")))
