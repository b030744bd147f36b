"""Validation of changes against the entity specifications, with French messages.

``normalise_changes`` turns what a form, a CSV or a script hands over into the stored form
(ISO dates, 0/1 booleans, JSON lists) or raises ``ValidationError`` naming the field.
``check_record`` runs the rules that span several fields on the merged record.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Mapping
from datetime import date
from typing import Any

from .dates import MAX_DATE, MIN_DATE, age_at, parse_date
from .entities import Entity, Field
from .enums import CATEGORIE_OF_DETAIL
from .errors import ValidationError
from .i18n import tr
from .textnorm import clean_line, clean_multiline

StoredValue = str | int | None

_TIME = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
# One age rule for every entry path (window, import, script), judged at the date of the record
# concerned: a youth's age at an accompaniment, a contact or a situation, so that past years can
# be brought in. A youth record alone is judged at the day it is written, unless the caller gives
# the date of the youth's first recorded event (``as_of``).
MIN_AGE, MAX_AGE = 13, 35
# The date each dated record of a case file is judged at.
RECORD_DATE_FIELD: dict[str, str] = {
    "accompagnement": "date_entree",
    "actualite": "date",
    "situation": "date_debut",
    "amenagement": "date_requete",
    "positionnement": "date",
}


def age_problem(born: date, at: date) -> str | None:
    """Why a youth born on ``born`` cannot be followed at ``at``; None when the age fits."""
    age = age_at(born, at)
    if MIN_AGE <= age <= MAX_AGE:
        return None
    return tr("Validation", "l'âge au {date} ({age} ans) doit être entre {lo} et {hi} ans").format(
        date=f"{at.day:02d}/{at.month:02d}/{at.year}", age=age, lo=MIN_AGE, hi=MAX_AGE
    )


def check_age_at_record(table: str, record: Mapping[str, StoredValue], born: str | None) -> None:
    """The age rule for a dated record of a case file, ``born`` being the youth's birth date."""
    name = RECORD_DATE_FIELD.get(table)
    when = record.get(name) if name else None
    if not (name and isinstance(when, str) and born):
        return
    problem = age_problem(date.fromisoformat(born), date.fromisoformat(when))
    if problem:
        raise ValidationError(
            tr("Validation", "Le jeune n'a pas l'âge d'être suivi à cette date : {raison}.").format(
                raison=problem
            ),
            name,
        )


def _label(f: Field) -> str:
    return tr("Champs", f.label)


def _msg(text: str, f: Field, **kw: object) -> ValidationError:
    return ValidationError(tr("Validation", text).format(champ=_label(f), **kw), f.name)


def normalise_value(f: Field, value: Any, today: date) -> StoredValue:
    if value is None or (isinstance(value, str) and not value.strip() and f.kind != "bool"):
        if f.required:
            raise _msg("« {champ} » est obligatoire.", f)
        return None
    kind = f.kind
    if kind in ("text", "note"):
        if not isinstance(value, str):
            raise _msg("« {champ} » doit être un texte.", f)
        text = clean_line(value) if kind == "text" else clean_multiline(value)
        if len(text) > f.max_len:
            raise _msg(
                "« {champ} » est trop long ({n} caractères, {max} au plus).",
                f,
                n=len(text),
                max=f.max_len,
            )
        if not text:
            if f.required:
                raise _msg("« {champ} » est obligatoire.", f)
            return None
        if f.name == "email" and not _EMAIL.match(text):
            raise _msg("« {champ} » n'est pas une adresse e-mail valide.", f)
        return text
    if kind == "date":
        if isinstance(value, date):
            d = value
        elif isinstance(value, str):
            try:
                d = parse_date(value)
            except ValueError:
                raise _msg("« {champ} » : date invalide (attendu jj/mm/aaaa).", f) from None
        else:
            raise _msg("« {champ} » : date invalide (attendu jj/mm/aaaa).", f)
        if not MIN_DATE <= d <= MAX_DATE:
            raise _msg("« {champ} » : la date doit être comprise entre 1900 et 2100.", f)
        if f.name == "date_naissance":
            problem = age_problem(d, today)
            if problem:
                raise ValidationError(f"« {_label(f)} » : {problem}.", f.name)
        return d.isoformat()
    if kind == "time":
        if not isinstance(value, str) or not _TIME.match(value.strip()):
            raise _msg("« {champ} » : heure invalide (attendu hh:mm).", f)
        return value.strip()
    if kind == "int":
        if isinstance(value, bool) or not isinstance(value, int | str):
            raise _msg("« {champ} » doit être un nombre entier.", f)
        try:
            n = int(value)
        except ValueError:
            raise _msg("« {champ} » doit être un nombre entier.", f) from None
        if (f.min_value is not None and n < f.min_value) or (
            f.max_value is not None and n > f.max_value
        ):
            raise _msg(
                "« {champ} » doit être compris entre {lo} et {hi}.",
                f,
                lo=f.min_value,
                hi=f.max_value,
            )
        return n
    if kind == "bool":
        if isinstance(value, bool):
            return int(value)
        if value in (0, 1):
            return int(value)
        raise _msg("« {champ} » doit valoir oui ou non.", f)
    if kind == "enum":
        assert f.choices is not None
        if value not in f.choices:
            raise _msg("« {champ} » : valeur inconnue.", f)
        return str(value)
    if kind == "enumset":
        assert f.choices is not None
        if isinstance(value, str) and value.startswith("["):
            try:
                value = json.loads(value)
            except (ValueError, RecursionError):
                raise _msg("« {champ} » : liste de valeurs attendue.", f) from None
        elif isinstance(value, str):
            value = [value]
        if not isinstance(value, list | tuple | set | frozenset):
            raise _msg("« {champ} » : liste de valeurs attendue.", f)
        # Checked before set() and sorted(): a nested list is unhashable, mixed types unsortable.
        if any(not isinstance(c, str) or c not in f.choices for c in value):
            raise _msg("« {champ} » : valeur inconnue.", f)
        codes = sorted(set(value))
        return json.dumps(codes) if codes else None
    if kind == "ref":
        try:
            return str(uuid.UUID(str(value)))
        except ValueError:
            raise _msg("« {champ} » : référence invalide.", f) from None
    if kind == "json":
        try:
            text = (
                value
                if isinstance(value, str)
                else json.dumps(value, ensure_ascii=False, sort_keys=True, allow_nan=False)
            )
        except (TypeError, ValueError, RecursionError):  # sets, dates, NaN, cycles, depth
            raise _msg("« {champ} » : contenu invalide.", f) from None
        if len(text) > f.max_len:  # before parsing: bounded work for any input
            raise _msg("« {champ} » est trop long.", f)
        try:
            json.loads(text)
        except (ValueError, RecursionError):
            raise _msg("« {champ} » : contenu invalide.", f) from None
        return text
    raise AssertionError(kind)


def normalise_changes(
    entity: Entity, changes: Mapping[str, Any], today: date
) -> dict[str, StoredValue]:
    out: dict[str, StoredValue] = {}
    for name, value in changes.items():
        if not entity.has_field(name):
            raise ValidationError(tr("Validation", "Champ inconnu : {nom}.").format(nom=name), name)
        out[name] = normalise_value(entity.field(name), value, today)
    return out


def check_record(entity: Entity, record: Mapping[str, StoredValue], today: date) -> None:
    """Rules over the whole record (required fields present, date order, consistency)."""
    for f in entity.fields:
        if f.required and record.get(f.name) in (None, ""):
            raise _msg("« {champ} » est obligatoire.", f)

    def later(first: str, second: str, message: str) -> None:
        a, b = record.get(first), record.get(second)
        if isinstance(a, str) and isinstance(b, str) and b < a:
            raise ValidationError(tr("Validation", message), second)

    t = entity.table
    if t == "accompagnement":
        later("date_entree", "date_fin", "La date de fin précède la date d'entrée.")
    elif t == "situation":
        later("date_debut", "date_fin", "La date de fin précède la date de début.")
        detail, cat = record.get("detail"), record.get("categorie")
        if isinstance(detail, str) and CATEGORIE_OF_DETAIL.get(detail) != cat:
            raise ValidationError(
                tr("Validation", "Le détail de la situation ne correspond pas à sa catégorie."),
                "detail",
            )
    elif t == "suivi_judiciaire":
        later(
            "date_ecrou",
            "date_liberation_prev",
            "La libération prévisionnelle précède la date d'écrou.",
        )
        later("date_ecrou", "date_levee_ecrou", "La levée d'écrou précède la date d'écrou.")
        ecrou = record.get("date_ecrou")
        if isinstance(ecrou, str) and ecrou > today.isoformat():
            raise ValidationError(
                tr("Validation", "La date d'écrou est dans le futur."), "date_ecrou"
            )
    elif t == "consentement":
        later("date", "date_retrait", "Le retrait précède le recueil du consentement.")
    elif t == "amenagement":
        later("date_requete", "date_decision", "La décision précède la requête.")
    elif t == "creneau":
        later("date_debut", "date_fin", "La date de fin précède la date de début.")
        start, end = record.get("heure_debut"), record.get("heure_fin")
        if isinstance(start, str) and isinstance(end, str) and end <= start:
            raise ValidationError(
                tr("Validation", "L'heure de fin doit suivre l'heure de début."), "heure_fin"
            )
    elif t == "accord_partage":
        later("date", "date_retrait", "Le retrait précède l'accord.")


_CODE = re.compile(r"^[A-Za-z0-9_]{1,40}$")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
MAX_STORED_TEXT = 100_000


def is_stored_form(f: Field, value: StoredValue) -> bool:
    """Whether ``value`` has the shape the store keeps for ``f`` (values from a bundle).

    Only the form is checked, not ranges that depend on today (an age) or on this version's
    lists: an enumeration code a newer version added is kept and shown as is.
    """
    if value is None:
        return True  # absence is a state of the register, not a shape
    kind = f.kind
    if kind in ("int", "bool"):
        return (
            isinstance(value, int)
            and not isinstance(value, bool)
            and (kind == "int" or value in (0, 1))
        )
    if not isinstance(value, str) or len(value) > MAX_STORED_TEXT:
        return False
    if kind == "text":
        return clean_line(value) == value
    if kind == "note":
        return clean_multiline(value) == value
    if kind == "date":
        if not _ISO_DATE.match(value):
            return False
        try:
            return MIN_DATE <= date.fromisoformat(value) <= MAX_DATE
        except ValueError:
            return False
    if kind == "time":
        return bool(_TIME.match(value))
    if kind == "enum":
        return bool(_CODE.match(value))
    if kind == "ref":
        try:
            return str(uuid.UUID(value)) == value
        except ValueError:
            return False
    try:
        parsed = json.loads(value)
    except (ValueError, RecursionError):
        return False
    if kind == "enumset":
        return (
            isinstance(parsed, list)
            and all(isinstance(c, str) and _CODE.match(c) for c in parsed)
            and parsed == sorted(set(parsed))
        )
    return kind == "json"
