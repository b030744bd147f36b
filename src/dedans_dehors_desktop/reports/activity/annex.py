"""The annex of the report: how every figure is defined, in words the funders can check.

Kept next to the computations (``tables.py``, ``populations.py``); a change of definition there
must be written here too.
"""

from __future__ import annotations

from ...core.i18n import QT_TRANSLATE_NOOP as N
from ...core.i18n import tr
from .masking import THRESHOLD
from .period import Split

_CTX = "Rapport d'activité"

_DEFINITIONS: tuple[tuple[str, str], ...] = (
    (
        N(_CTX, "Période"),
        N(
            _CTX,
            "Toutes les dates sont comprises bornes incluses. Les figures se lisent à la date "
            "de production du rapport : une saisie ultérieure (synchronisation d'un portable, "
            "correction) peut les modifier.",
        ),
    ),
    (
        N(_CTX, "Contact"),
        N(
            _CTX,
            "Une actualité dont la présence est « Présent » : entretien, démarche, appel, "
            "écrit, atelier, médiation ou entretien tripartite effectivement réalisé. Un "
            "rendez-vous planifié, manqué (absent), excusé ou annulé n'est pas un contact : il "
            "ne témoigne d'aucun échange avec le jeune.",
        ),
    ),
    (
        N(_CTX, "Jeunes suivis (file active)"),
        N(
            _CTX,
            "Les jeunes ayant eu au moins un contact dans la période. Toutes les tables du "
            "public accompagné portent sur eux.",
        ),
    ),
    (
        N(_CTX, "Nouveaux entrants, entrées"),
        N(
            _CTX,
            "Une entrée est un accompagnement dont la date d'entrée est dans la période. Un "
            "jeune entré deux fois (accompagnement terminé puis repris) compte pour un nouvel "
            "entrant et pour deux entrées.",
        ),
    ),
    (
        N(_CTX, "Sorties"),
        N(
            _CTX,
            "Une sortie est un accompagnement dont la date de fin est dans la période, quel "
            "que soit le motif. Un jeune sorti puis revenu dans la période compte à la fois "
            "parmi les sortis et parmi les nouveaux entrants.",
        ),
    ),
    (
        N(_CTX, "Caractéristiques du jeune"),
        N(
            _CTX,
            "Le profil socio-professionnel retenu est le plus récent daté au plus tard du "
            "dernier jour de la période (à défaut, le premier saisi après). Le milieu et "
            "l'établissement sont ceux du suivi judiciaire le plus récent à la fin de la "
            "période ; l'origine est celle du positionnement le plus récent à cette date.",
        ),
    ),
    (
        N(_CTX, "Âge"),
        N(
            _CTX,
            "Âge en années révolues au premier jour de la période, pour tous les tableaux : un "
            "jeune qui a 18 ans pendant la période est compté parmi les mineurs. Tranches : "
            "mineurs (moins de 18 ans), 18 à 21 ans, 22 à 25 ans, 26 ans et plus.",
        ),
    ),
    (
        N(_CTX, "Niveau de formation"),
        N(
            _CTX,
            "Ancienne nomenclature (VI, V bis, V, IV, III et plus) : le niveau atteint saisi "
            "au profil. Nouvelle nomenclature, dérivée : le diplôme le plus élevé lorsqu'il est "
            "connu (aucun diplôme : Infra 3 ; CAP, BEP : 3 ; Bac : 4 ; Bac+2 et plus : 5 et "
            "plus) ; sinon le niveau atteint selon la table de correspondance officielle (VI et "
            "V bis : Infra 3 ; V : 3 ; IV : 4 ; III : 5 et plus).",
        ),
    ),
    (
        N(_CTX, "Intra-muros et hors les murs"),
        N(
            _CTX,
            "Un contact est intra-muros lorsque son lieu est « Intra-muros » ; tous les autres "
            "(locaux de la Mission Locale, SPIP, partenaire, lieu non renseigné) sont hors les "
            "murs.",
        ),
    ),
    (
        N(_CTX, "Délai du positionnement au premier entretien"),
        N(
            _CTX,
            "Pour chaque positionnement reçu dans la période, en jours calendaires, de sa date "
            "à la date du premier entretien saisie, ou à défaut à la date du premier contact "
            "qui suit. Une date de premier entretien antérieure au positionnement compte pour "
            "zéro jour. Moyenne et médiane portent sur les positionnements suivis d'un "
            "entretien.",
        ),
    ),
    (
        N(_CTX, "Continuité du suivi à la sortie de détention"),
        N(
            _CTX,
            "Pour chaque levée d'écrou effective dans la période d'un jeune suivi dans la "
            "période ou accompagné à cette date : le jeune est « vu dans les 7 (30) jours » "
            "s'il a eu un contact hors les murs entre le jour de la levée d'écrou et le 7e "
            "(30e) jour suivant, inclus, même si ce jour tombe après la fin de la période.",
        ),
    ),
    (
        N(_CTX, "Entrées en situation"),
        N(
            _CTX,
            "Les situations (emploi, formation, immersion, autre) des jeunes suivis dont la "
            "date de début est dans la période, sauf celles seulement « prévues ». Chaque "
            "entrée compte : un jeune qui enchaîne deux contrats compte pour deux entrées et "
            "pour un jeune.",
        ),
    ),
    (
        N(_CTX, "Aménagements de peine"),
        N(
            _CTX,
            "Préparés : les aménagements des jeunes suivis, quelle que soit leur étape, dont "
            "la requête n'est pas postérieure à la période et dont la décision, s'il y en a "
            "une, n'est pas antérieure à la période. Accordés : parmi eux, ceux à l'étape "
            "« Accordé » ou « Terminé » (un aménagement révoqué n'est pas compté comme "
            "accordé).",
        ),
    ),
    (
        N(_CTX, "Sorties de détention et sorties sèches"),
        N(
            _CTX,
            "Les levées d'écrou effectives dans la période des jeunes suivis dans la période ou "
            "accompagnés à cette date, par type de sortie. Une sortie sèche est une fin de "
            "peine sans aménagement (type de sortie « sortie sèche »).",
        ),
    ),
    (
        N(_CTX, "Réincarcérations connues"),
        N(
            _CTX,
            "Les jeunes pour qui la Mission Locale a enregistré, dans la période, une situation "
            "« Incarcération / réincarcération » ou une sortie d'accompagnement pour motif "
            "« Réincarcération ». Ce n'est pas une mesure de la récidive.",
        ),
    ),
    (
        N(_CTX, "Année d'entrée dans le dispositif"),
        N(
            _CTX,
            "L'année de la première date d'entrée en accompagnement du jeune, tous dispositifs "
            "confondus.",
        ),
    ),
)

_MASKING_TITLE = N(_CTX, "Secret statistique")
_MASKING = N(
    _CTX,
    "Dans les fichiers qui sortent de la Mission Locale, un effectif de 1 à {max} "
    "est remplacé par « < {seuil} ». Pour qu'il ne puisse pas être retrouvé par "
    "différence, chaque somme publiée (le total d'un tableau et ses lignes, un "
    "sous-total et son détail, la colonne « Ensemble » et les deux colonnes de la "
    "répartition) comporte soit aucune valeur masquée, soit au moins deux : "
    "lorsqu'une seule l'est, la plus petite autre ligne non nulle de la somme est "
    "masquée à son tour (« s »). Puis un audit calcule, par programmation linéaire, "
    "l'intervalle qu'un lecteur peut déduire pour chaque valeur masquée à partir de "
    "toutes les valeurs publiées, de toutes les sommes (y compris les totaux communs "
    "à plusieurs tableaux) et du sens des marques (« < {seuil} » : de 1 à {max} ; "
    "« s » : une valeur quelconque, zéro compris) ; d'autres valeurs sont masquées "
    "jusqu'à ce qu'aucun effectif de 1 à {max} ne puisse être encadré plus finement "
    "que « de 1 à {max} ». Si ce n'est pas possible, aucun fichier n'est produit. "
    "Un pourcentage est masqué quand son effectif ou son dénominateur "
    "l'est ; une moyenne ou une médiane calculée sur moins de {seuil} "
    "observations aussi. "
    "Les effectifs exacts (sans noms) et la liste nominative, qui lèvent le masquage, "
    "ne sont produits qu'à la demande explicite de l'utilisateur, portent la mention "
    "« diffusion restreinte » et cette demande est inscrite au journal d'accès.",
)

_SPLIT_TITLE = N(_CTX, "Répartition en deux colonnes")
_SPLITS = {
    "plie": N(
        _CTX,
        "« PLIE » : les jeunes dont le profil retenu indique l'adhésion au PLIE ; "
        "« Hors PLIE » : tous les autres. Les entrées et sorties suivent le jeune.",
    ),
    "financeur": N(
        _CTX,
        "« {nom} » : pour les jeunes, ceux qui ont un accompagnement en cours "
        "pendant la période financé par {nom} ; pour les entrées et les "
        "sorties, les accompagnements financés par {nom}.",
    ),
    "dispositif": N(
        _CTX,
        "« {nom} » : pour les jeunes, ceux qui ont un accompagnement en cours "
        "pendant la période dans ce dispositif ; pour les entrées et les "
        "sorties, les accompagnements de ce dispositif.",
    ),
}


def definitions(
    split: Split | None, split_name: str = "", threshold: int = THRESHOLD
) -> list[tuple[str, str]]:
    """The annex as (title, paragraph) pairs, translated; plain text."""
    out = [(tr(_CTX, title), tr(_CTX, text)) for title, text in _DEFINITIONS]
    if split is not None:
        out.append((tr(_CTX, _SPLIT_TITLE), tr(_CTX, _SPLITS[split.kind]).format(nom=split_name)))
    out.append(
        (tr(_CTX, _MASKING_TITLE), tr(_CTX, _MASKING).format(max=threshold - 1, seuil=threshold))
    )
    return out
