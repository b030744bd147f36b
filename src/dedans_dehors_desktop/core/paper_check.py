"""The checks a line must pass before it goes on paper handed to the youth.

A line is held back, with its reasons, when it holds a lexicon term (``sensitive_words``), a name
of a person recorded in the case file, a capitalised name after a civility ("Mme Guérin",
"Maître Durand", "Dr Benali"), or a date from which a reader could derive a release, hearing or
decision date. The referent then rewrites the line or prints it deliberately: nothing is
dropped silently. Pure logic: the summary selection gathers names and protected dates.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from .i18n import QT_TRANSLATE_NOOP, tr
from .sensitive_words import TextChecker
from .textnorm import fold

__all__ = [
    "PROTECTED_JUSTICE",
    "PROTECTED_RELEASE",
    "PaperCheck",
    "Reason",
    "date_reason",
    "name_words",
    "protected_days",
]

_CTX = "Relecture"

PROTECTED_RELEASE = "sortie"
PROTECTED_JUSTICE = "justice"
_DATE_REASONS = {
    PROTECTED_RELEASE: QT_TRANSLATE_NOOP(_CTX, "date proche de la sortie"),
    PROTECTED_JUSTICE: QT_TRANSLATE_NOOP(_CTX, "date proche d'une audience ou d'une décision"),
}


@dataclass(frozen=True)
class Reason:
    """Why a line is held back. ``confirmable``: the referent may print it deliberately."""

    kind: str  # "mot", "nom", "personne", "date", "partenaire", "lieu"
    text: str
    confirmable: bool = True


def date_reason(kind: str) -> str:
    return tr(_CTX, _DATE_REASONS[kind])


# Words of a name that are not a name: particles, civilities, family roles.
_NOT_A_NAME = frozenset(
    (
        "de du des la le les d l van von der den da di del della dos das y e el al ben bin ibn "
        "ou et m mr mme mlle madame monsieur mademoiselle maitre me dr docteur pr mere pere frere "
        "soeur tante oncle grand grande parent parents maman papa fils fille epouse epoux mari "
        "femme tuteur tutrice nee ne sa son ses referent referente conseiller conseillere"
    ).split()
)
_WORD = re.compile(r"[^\W\d_]+")
_CAPITALISED = re.compile(r"[^\W\d_][^\W\d_'’-]*")


def name_words(value: str, *, capitalised_only: bool = False) -> set[str]:
    """Folded words of a person's name (or of a free text naming people, capitalised words
    only), without particles, civilities and family roles."""
    words: set[str] = set()
    for match in _WORD.finditer(value):
        word = match.group()
        if capitalised_only and not word[:1].isupper():
            continue
        folded = fold(word)
        if len(folded) >= 2 and folded not in _NOT_A_NAME:
            words.add(folded)
    return words


# "M. Durand", "Mme Le Gall", "Maître Lefèvre", "docteur Martin": a civility then a capital.
# Short forms count only as written (a sentence may start with "Me"), long ones in any case.
_CIVILITY = re.compile(
    r"(?<![\w.])(?:M\.|MM\.|Mr\.?|Mme|Mmes|Mlle|Mlles|Me|Dr\.?|Pr\.?"
    r"|(?i:madame|monsieur|mademoiselle|ma[iî]tre|docteure?|professeure?))"
    r"\s+(?:[A-ZÀ-ÖØ-Þ][^\W\d_]*(?:['’-][^\W\d_]+)*)(?:\s+[A-ZÀ-ÖØ-Þ][^\W\d_]*)?"
)

_MONTHS = (
    "janvier",
    "fevrier",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "aout",
    "septembre",
    "octobre",
    "novembre",
    "decembre",
)
_NUMERIC_DATE = re.compile(r"(?<!\d)(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{2,4}))?(?!\d)")
_ISO_DATE = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
_WORD_DATE = re.compile(
    r"(?<!\d)(1er|\d{1,2})\s+(" + "|".join(_MONTHS) + r")(?:\s+(\d{4}))?", re.IGNORECASE
)


def _mentioned_days(text: str) -> list[tuple[str, int, int, int | None]]:
    """(as typed, day, month, year or None) of every date written in ``text``."""
    found: list[tuple[str, int, int, int | None]] = []
    for match in _ISO_DATE.finditer(text):
        found.append((match.group(), int(match[3]), int(match[2]), int(match[1])))
    for match in _NUMERIC_DATE.finditer(text):
        year = int(match[3]) if match[3] else None
        if year is not None and year < 100:
            year += 2000
        found.append((match.group(), int(match[1]), int(match[2]), year))
    folded = fold(text)
    for match in _WORD_DATE.finditer(folded):
        day = 1 if match[1].lower() == "1er" else int(match[1])
        month = _MONTHS.index(match[2].lower()) + 1
        found.append((match.group(), day, month, int(match[3]) if match[3] else None))
    return found


class PaperCheck:
    """Everything a line is checked against, for one case file."""

    def __init__(
        self,
        words: TextChecker | None = None,
        *,
        names: Iterable[str] = (),
        protected_days: Mapping[date, str] | None = None,
    ) -> None:
        self.words = words or TextChecker()
        self.names = frozenset(names)
        self.protected_days = dict(protected_days or {})

    def reasons(self, text: str) -> tuple[Reason, ...]:
        reasons: list[Reason] = [Reason("mot", f.message()) for f in self.words.findings(text)]
        reasons += self._names(text)
        for match in _CIVILITY.finditer(text):
            reasons.append(
                Reason(
                    "personne",
                    tr(_CTX, "nom d'une personne : {nom}").format(nom=match.group().strip()),
                )
            )
        reasons += self._dates(text)
        unique: list[Reason] = []
        for reason in reasons:
            if reason not in unique:
                unique.append(reason)
        return tuple(unique)

    def _names(self, text: str) -> list[Reason]:
        if not self.names:
            return []
        found: list[Reason] = []
        for match in _WORD.finditer(text):
            if fold(match.group()) in self.names:
                found.append(
                    Reason("nom", tr(_CTX, "nom de famille : {nom}").format(nom=match.group()))
                )
        return found

    def _dates(self, text: str) -> list[Reason]:
        if not self.protected_days:
            return []
        found: list[Reason] = []
        for typed, day, month, year in _mentioned_days(text):
            for protected, kind in self.protected_days.items():
                if (day, month) == (protected.day, protected.month) and year in (
                    None,
                    protected.year,
                ):
                    found.append(Reason("date", f"{date_reason(kind)} : {typed}"))
                    break
        return found

    def day_reason(self, day: date | None) -> str | None:
        """The protection of ``day`` (``PROTECTED_RELEASE``, ``PROTECTED_JUSTICE``) or None."""
        if day is None:
            return None
        return self.protected_days.get(day)


def protected_days(
    release: Sequence[date], justice: Sequence[date], *, release_window: int, justice_window: int
) -> dict[date, str]:
    """Days near a release or a judicial date; the release wins where both apply."""
    days: dict[date, str] = {}
    for day in justice:
        for offset in range(-justice_window, justice_window + 1):
            days[day + timedelta(days=offset)] = PROTECTED_JUSTICE
    for day in release:
        for offset in range(-release_window, release_window + 1):
            days[day + timedelta(days=offset)] = PROTECTED_RELEASE
    return days
