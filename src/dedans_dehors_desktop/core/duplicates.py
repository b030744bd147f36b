"""Is this youth already in the store? Scoring a pair of identities (pure, no storage).

Names are compared folded (case, accents and punctuation ignored, see ``textnorm.fold``). A pair
is a *possible duplicate* when one of these holds, from the most to the least certain:

* ``identique`` (100): same birth name (or usage name) and first name(s), same birth date; or
  the same i-milo / France Travail identifier;
* ``inverse`` (90): first and last names swapped, same birth date;
* ``faute`` (80): same birth date, names differing by one letter in all (typed, missing, extra
  or two neighbours swapped: a Damerau-Levenshtein distance of 1 on the folded names);
* ``prenom`` (70): same birth date and last name, one first name the start of the other
  ("Marie" and "Marie Louise");
* ``date`` (60): same names, birth date with day and month swapped or one digit different.

Only ``identique`` is taken as the same person without asking; the others are shown to the
user, who merges, skips or confirms a homonym.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from .i18n import QT_TRANSLATE_NOOP, tr
from .textnorm import fold

__all__ = ["EXACT", "Identity", "Likeness", "compare", "damerau_levenshtein", "name_key"]

_CTX = "Doublons"
EXACT = 100

_REASONS = {
    "identique": QT_TRANSLATE_NOOP(_CTX, "mêmes nom, prénom et date de naissance"),
    "identifiant": QT_TRANSLATE_NOOP(_CTX, "même identifiant i-milo ou France Travail"),
    "inverse": QT_TRANSLATE_NOOP(_CTX, "nom et prénom inversés, même date de naissance"),
    "faute": QT_TRANSLATE_NOOP(_CTX, "une lettre diffère, même date de naissance"),
    "prenom": QT_TRANSLATE_NOOP(_CTX, "même nom et date de naissance, prénom abrégé"),
    "date": QT_TRANSLATE_NOOP(_CTX, "mêmes nom et prénom, date de naissance presque identique"),
}
_SCORES = {
    "identique": 100,
    "identifiant": 100,
    "inverse": 90,
    "faute": 80,
    "prenom": 70,
    "date": 60,
}


def name_key(text: str | None) -> str:
    """A name as compared: folded, letters and single spaces only."""
    folded = fold(text or "")
    letters = "".join(ch if ch.isalnum() else " " for ch in folded)
    return " ".join(letters.split())


@dataclass(frozen=True)
class Identity:
    """What two records are compared on. Names are ``name_key``s; dates ISO strings."""

    noms: frozenset[str]  # birth name and usage name
    prenoms: str
    date_naissance: str
    identifiers: frozenset[tuple[str, str]] = frozenset()

    @classmethod
    def of(cls, record: Mapping[str, Any]) -> Identity:
        noms = {name_key(record.get("nom_naissance")), name_key(record.get("nom_usage"))}
        ids = {
            (k, str(record[k]).upper()) for k in ("id_imilo", "id_france_travail") if record.get(k)
        }
        return cls(
            frozenset(n for n in noms if n),
            name_key(record.get("prenoms")),
            str(record.get("date_naissance") or ""),
            frozenset(ids),
        )


@dataclass(frozen=True)
class Likeness:
    kind: str
    score: int

    @property
    def exact(self) -> bool:
        return self.score >= EXACT

    @property
    def reason(self) -> str:
        return tr(_CTX, _REASONS[self.kind])


def damerau_levenshtein(a: str, b: str, limit: int = 2) -> int:
    """Edit distance with adjacent transpositions (optimal string alignment), capped at
    ``limit`` + 1 so that comparing with many names stays cheap."""
    if a == b:
        return 0
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return min(previous[-1], limit + 1)


def _near_dates(a: str, b: str) -> bool:
    try:
        da, db = date.fromisoformat(a), date.fromisoformat(b)
    except ValueError:
        return False
    if da.year == db.year and da.month == db.day and da.day == db.month:
        return True
    return damerau_levenshtein(a.replace("-", ""), b.replace("-", ""), 1) <= 1


def _first_name_prefix(a: str, b: str) -> bool:
    short, long = sorted((a.split(), b.split()), key=len)
    return bool(short) and long[: len(short)] == short


def compare(new: Identity, known: Identity) -> Likeness | None:
    """How ``new`` resembles ``known``; None when they are plainly different people."""

    def hit(kind: str) -> Likeness:
        return Likeness(kind, _SCORES[kind])

    if new.identifiers & known.identifiers:
        return hit("identifiant")
    if not new.prenoms or not new.noms:
        return None
    same_day = bool(new.date_naissance) and new.date_naissance == known.date_naissance
    same_names = new.prenoms == known.prenoms and bool(new.noms & known.noms)
    if same_day:
        if same_names:
            return hit("identique")
        if new.prenoms in known.noms and known.prenoms in new.noms:
            return hit("inverse")
        best = min(
            (
                damerau_levenshtein(a, b, 1) + damerau_levenshtein(new.prenoms, known.prenoms, 1)
                for a in new.noms
                for b in known.noms
            ),
            default=2,
        )
        if best <= 1:
            return hit("faute")
        if new.noms & known.noms and _first_name_prefix(new.prenoms, known.prenoms):
            return hit("prenom")
        return None
    if same_names and _near_dates(new.date_naissance, known.date_naissance):
        return hit("date")
    return None
