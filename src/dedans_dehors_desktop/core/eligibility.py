"""Eligibility rules of a dispositif, stored as data (JSON) and evaluated at a date.

Programmes differ (DOMAIN.md §6): one takes convicted 18–25 year-olds with a 3–24 month sentence
living in a metropolitan area, another 16–26 year-olds with a release expected within 4 months.
A criterion that would need a justice fact (the sentence) is a *question*: the referent answers
yes or no, and only that answer — with its date and author — is stored, never the fact.

Rule format: a list of criteria, each a dict with ``id``, ``type`` and parameters:
``age`` (min, max), ``statut`` (valeurs), ``milieu`` (valeurs), ``residence`` (communes),
``liberation_dans`` (mois), ``question`` (libelle).
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from . import enums as E
from .dates import age_at
from .errors import ValidationError
from .i18n import tr
from .textnorm import fold

KNOWN_TYPES = ("age", "statut", "milieu", "residence", "liberation_dans", "question")
MAX_CRITERIA = 50


@dataclass(frozen=True)
class Facts:
    date_naissance: date | None = None
    statut: str | None = None
    milieu: str | None = None
    commune: str | None = None
    date_liberation_prev: date | None = None


@dataclass(frozen=True)
class CriterionResult:
    id: str
    label: str
    passed: bool | None  # None: unknown, the referent must complete
    detail: str


@dataclass(frozen=True)
class Evaluation:
    outcome: str  # a RESULTAT_ELIGIBILITE code
    criteria: tuple[CriterionResult, ...]


def _whole(value: object, low: int, high: int) -> bool:
    # bool is an int in Python; "true" is not a number of months.
    return isinstance(value, int) and not isinstance(value, bool) and low <= value <= high


def parse_rules(text: str | Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Strict reading of a rule set; raises ValidationError with a French message.

    What it accepts, ``evaluate`` can evaluate on any facts.
    """

    def refuse(message: str) -> ValidationError:
        return ValidationError(message, "regles")

    try:
        rules = json.loads(text) if isinstance(text, str) else [dict(r) for r in text]
    except (ValueError, TypeError, RecursionError):
        raise refuse(tr("Éligibilité", "Règles illisibles.")) from None
    if not isinstance(rules, list) or len(rules) > MAX_CRITERIA:
        raise refuse(tr("Éligibilité", "Les règles doivent être une liste de critères."))
    seen: set[str] = set()
    for rule in rules:
        if not isinstance(rule, dict) or rule.get("type") not in KNOWN_TYPES:
            raise refuse(tr("Éligibilité", "Critère de type inconnu."))
        rid = rule.get("id")
        if not isinstance(rid, str) or not rid or rid in seen:
            raise refuse(tr("Éligibilité", "Chaque critère doit avoir un identifiant unique."))
        seen.add(rid)
        kind = rule["type"]
        if kind == "age" and not (
            _whole(rule.get("min"), 0, 120)
            and _whole(rule.get("max"), 0, 120)
            and rule["min"] <= rule["max"]
        ):
            raise refuse(tr("Éligibilité", "Critère d'âge incomplet."))
        if kind in ("statut", "milieu"):
            choices = E.STATUT_JUDICIAIRE if kind == "statut" else E.MILIEU
            values = rule.get("valeurs")
            if (
                not isinstance(values, list)
                or not values
                or any(not isinstance(v, str) or v not in choices for v in values)
            ):
                raise refuse(tr("Éligibilité", "Critère de statut ou de milieu incomplet."))
        if kind == "residence":
            communes = rule.get("communes")
            if (
                not isinstance(communes, list)
                or not communes
                or any(not isinstance(c, str) or not c.strip() for c in communes)
            ):
                raise refuse(tr("Éligibilité", "Critère de résidence incomplet."))
        if kind == "liberation_dans" and not _whole(rule.get("mois"), 1, 120):
            raise refuse(tr("Éligibilité", "Critère de libération incomplet."))
        if kind == "question" and not isinstance(rule.get("libelle"), str):
            raise refuse(tr("Éligibilité", "Question sans libellé."))
    return rules


def _add_months(d: date, months: int) -> date:
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    day = min(
        d.day,
        [
            31,
            29 if year % 4 == 0 and (year % 100 or year % 400 == 0) else 28,
            31,
            30,
            31,
            30,
            31,
            31,
            30,
            31,
            30,
            31,
        ][month - 1],
    )
    return date(year, month, day)


def evaluate(
    rules: Sequence[Mapping[str, Any]], facts: Facts, answers: Mapping[str, bool], at: date
) -> Evaluation:
    results: list[CriterionResult] = []
    for rule in rules:
        rid, kind = str(rule["id"]), rule["type"]
        passed: bool | None
        if kind == "age":
            label = tr("Éligibilité", "Âge entre {min} et {max} ans").format(**rule)
            if facts.date_naissance is None:
                passed, detail = None, tr("Éligibilité", "Date de naissance inconnue")
            else:
                age = age_at(facts.date_naissance, at)
                passed = rule["min"] <= age <= rule["max"]
                detail = tr("Éligibilité", "{age} ans au {date}").format(
                    age=age, date=at.strftime("%d/%m/%Y")
                )
        elif kind in ("statut", "milieu"):
            choices = E.STATUT_JUDICIAIRE if kind == "statut" else E.MILIEU
            allowed = list(rule.get("valeurs", []))
            label = tr("Éligibilité", "{quoi} : {valeurs}").format(
                quoi=tr("Éligibilité", "Statut" if kind == "statut" else "Milieu"),
                valeurs=", ".join(choices.label(v) for v in allowed),
            )
            value = facts.statut if kind == "statut" else facts.milieu
            passed = None if value is None else value in allowed
            detail = choices.label(value) if value else tr("Éligibilité", "Non renseigné")
        elif kind == "residence":
            communes = [fold(c) for c in rule.get("communes", [])]
            label = tr("Éligibilité", "Réside dans le territoire du dispositif")
            passed = None if not facts.commune else fold(facts.commune) in communes
            detail = facts.commune or tr("Éligibilité", "Commune non renseignée")
        elif kind == "liberation_dans":
            label = tr("Éligibilité", "Libération prévue dans les {mois} mois").format(**rule)
            if facts.date_liberation_prev is None:
                passed, detail = (
                    None,
                    tr("Éligibilité", "Date de libération prévisionnelle inconnue"),
                )
            else:
                passed = at <= facts.date_liberation_prev <= _add_months(at, int(rule["mois"]))
                detail = facts.date_liberation_prev.strftime("%d/%m/%Y")
        else:
            label = str(rule["libelle"])
            answer = answers.get(rid)
            passed = answer
            detail = (
                tr("Éligibilité", "Réponse du référent : oui")
                if answer
                else tr("Éligibilité", "Réponse du référent : non")
                if answer is False
                else tr("Éligibilité", "Question à poser")
            )
        results.append(CriterionResult(rid, label, passed, detail))
    if any(r.passed is False for r in results):
        outcome = "non_eligible"
    elif any(r.passed is None for r in results):
        outcome = "incomplet"
    else:
        outcome = "eligible"
    return Evaluation(outcome, tuple(results))


# Two programmes from the seeds, offered as starting points when a dispositif is created.
EXAMPLE_RULES: dict[str, list[dict[str, Any]]] = {
    "Dedans-Dehors": [
        {"id": "age", "type": "age", "min": 18, "max": 25},
        {"id": "statut", "type": "statut", "valeurs": ["condamne"]},
        {
            "id": "peine_3_24",
            "type": "question",
            "libelle": "La durée de la peine est-elle comprise entre 3 et 24 mois ?",
        },
        {
            "id": "territoire",
            "type": "residence",
            "communes": [
                "Rennes",
                "Saint-Malo",
                "Cesson-Sévigné",
                "Bruz",
                "Saint-Jacques-de-la-Lande",
            ],
        },
    ],
    "Plateforme Dedans, Dehors": [
        {"id": "age", "type": "age", "min": 16, "max": 26},
        {"id": "milieu", "type": "milieu", "valeurs": ["ferme"]},
        {"id": "sortie_4_mois", "type": "liberation_dans", "mois": 4},
    ],
}


def record_answers(answers: Mapping[str, bool], at: date, author: str) -> dict[str, Any]:
    """What ``eligibilite.reponses`` stores: each answer with its date and author, never a fact."""
    return {
        criterion: {"reponse": bool(value), "date": at.isoformat(), "auteur": author}
        for criterion, value in answers.items()
    }


def answers_of(stored: str | Mapping[str, Any] | None) -> dict[str, bool]:
    """The yes/no answers from a stored ``reponses`` value (ignores anything malformed)."""
    if not stored:
        return {}
    try:
        data = json.loads(stored) if isinstance(stored, str) else dict(stored)
    except ValueError:
        return {}
    if not isinstance(data, dict):
        return {}
    return {
        str(k): bool(v["reponse"])
        for k, v in data.items()
        if isinstance(v, dict) and isinstance(v.get("reponse"), bool)
    }
