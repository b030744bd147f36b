"""Values typed on the command line, turned into what the write path expects.

A choice is given by its code (``en_cours``) or its French label (« En cours de levée »,
accents and case ignored); an unknown one is refused with the list of codes. A list of choices
is comma-separated; an établissement, partenaire or dispositif is given by its name or its id;
yes/no as ``oui``/``non``. Everything else is passed as typed: the write path checks it and
explains in French what is wrong.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from ..core.entities import ENTITIES, Entity, Field
from ..core.textnorm import fold
from ..services import queries
from ..services.session import Store
from .common import CliError

_YES = {"oui", "o", "1", "vrai"}
_NO = {"non", "n", "0", "faux"}


def entity_of(table: str, *, youth: bool = False) -> Entity:
    """A type of record of a case file (and, with ``youth``, the youth's own record)."""
    e = ENTITIES.get(table)
    if e is None or not (e.owned_by_youth or (youth and table == "jeune")):
        known = [t for t, x in ENTITIES.items() if x.owned_by_youth]
        if youth:
            known.insert(0, "jeune")
        raise CliError(f"type de fiche inconnu « {table} » (types : {', '.join(known)}).")
    return e


def choice(f: Field, text: str) -> str:
    """The code of a choice given by its code or its label."""
    assert f.choices is not None
    wanted = fold(text)
    for code, label in f.choices.labelled():
        if text.strip() == code or fold(label) == wanted or fold(code) == wanted:
            return code
    raise CliError(
        f"« {f.label} » : valeur inconnue « {text.strip()} » "
        f"(valeurs : {', '.join(f.choices.codes())})."
    )


def reference(store: Store, f: Field, text: str) -> str:
    """The id of an établissement, partenaire or dispositif given by its name or its id."""
    assert f.ref is not None
    if f.ref not in queries.REFERENCE_TABLES:
        return text.strip()
    wanted = fold(text)
    found = [ref_id for ref_id, nom in queries.names(store, f.ref) if fold(nom) == wanted]
    if len(found) > 1:
        raise CliError(f"plusieurs fiches « {f.ref} » portent le nom « {text} » : donnez l'id.")
    return found[0] if found else text.strip()


def value(store: Store, f: Field, text: str) -> Any:
    if not text.strip():
        return None
    if f.kind == "enum":
        return choice(f, text)
    if f.kind == "enumset":
        return [choice(f, part) for part in text.split(",") if part.strip()]
    if f.kind == "bool":
        answer = fold(text)
        if answer in _YES:
            return True
        if answer in _NO:
            return False
        raise CliError(f"« {f.label} » : répondez oui ou non.")
    if f.kind == "ref":
        return reference(store, f, text)
    return text


def assignments(store: Store, e: Entity, texts: Sequence[str]) -> dict[str, Any]:
    """``champ=valeur`` pairs → field values (an empty value clears the field)."""
    out: dict[str, Any] = {}
    for text in texts:
        name, sep, raw = text.partition("=")
        name = name.strip()
        if not sep or not name:
            raise CliError(f"« {text} » : attendu champ=valeur.")
        if name in ("id", "jeune_id") or not e.has_field(name):
            names = ", ".join(f.name for f in e.fields if f.name != "jeune_id")
            raise CliError(f"champ inconnu « {name} » pour « {e.table} » (champs : {names}).")
        out[name] = value(store, e.field(name), raw)
    return out


def display(f: Field, stored: object) -> str:
    if stored is None:
        return ""
    if f.kind == "enum" and f.choices is not None:
        return f.choices.label(str(stored))
    if f.kind == "enumset" and f.choices is not None:
        return ", ".join(f.choices.label(c) for c in json.loads(str(stored)))
    if f.kind == "bool":
        return "oui" if stored else "non"
    return str(stored)
