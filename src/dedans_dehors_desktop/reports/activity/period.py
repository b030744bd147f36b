"""The period a report covers and the optional split of its columns (a funder or a dispositif)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from ...core.dates import MAX_DATE, MIN_DATE, format_long_fr
from ...core.enums import FINANCEUR
from ...core.errors import ValidationError
from ...core.i18n import tr

_CTX = "Rapport d'activité"

_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")
_FR = re.compile(r"^\s*(\d{1,2})/(\d{1,2})/(\d{4})\s*$")


def parse_report_date(text: str) -> date:
    """A date typed on the command line: ``AAAA-MM-JJ`` (``JJ/MM/AAAA`` is accepted too).

    Raises ``ValidationError`` with a French message for anything else, including a date that
    does not exist (31/02) or lies outside the years the application handles.
    """
    m = _ISO.match(text)
    if m:
        y, mo, d = (int(g) for g in m.groups())
    else:
        m = _FR.match(text)
        if not m:
            raise ValidationError(
                tr(_CTX, "Date invalide : attendu AAAA-MM-JJ (par exemple 2025-01-31).")
            )
        d, mo, y = (int(g) for g in m.groups())
    try:
        value = date(y, mo, d)
    except ValueError:
        raise ValidationError(tr(_CTX, "Cette date n'existe pas.")) from None
    if not MIN_DATE <= value <= MAX_DATE:
        raise ValidationError(tr(_CTX, "Date hors des années prises en charge (1900 à 2100)."))
    return value


@dataclass(frozen=True)
class Period:
    """Both bounds included."""

    start: date
    end: date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValidationError(tr(_CTX, "La fin de la période précède son début."))

    @classmethod
    def year(cls, year: int) -> Period:
        return cls(date(year, 1, 1), date(year, 12, 31))

    @classmethod
    def year_to_date(cls, today: date) -> Period:
        """From 1 January to ``today``: the dashboard's current year."""
        return cls(date(today.year, 1, 1), today)

    @property
    def key(self) -> str:
        """How the access log names the period (no case data)."""
        return f"{self.start.isoformat()}/{self.end.isoformat()}"

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def label(self) -> str:
        if self.start == date(self.start.year, 1, 1) and self.end == date(self.start.year, 12, 31):
            return tr(_CTX, "Année {annee}").format(annee=self.start.year)
        return tr(_CTX, "Du {debut} au {fin}").format(debut=_long(self.start), fin=_long(self.end))

    def extended_end(self, days: int) -> date:
        return min(self.end + timedelta(days=days), MAX_DATE)


def _long(d: date) -> str:
    # The weekday adds nothing to a period bound: "1er janvier 2025".
    return format_long_fr(d).split(" ", 1)[1]


SplitKind = Literal["plie", "financeur", "dispositif"]


@dataclass(frozen=True)
class Split:
    """Two columns beside the whole: the youths (or accompaniments) that match, and the others.

    ``plie``: the youth's profile says "adhérent PLIE"; ``financeur``: the accompaniment lists the
    funder; ``dispositif``: the accompaniment belongs to the named dispositif.
    """

    kind: SplitKind
    code: str = ""

    @property
    def spec(self) -> str:
        if self.kind == "plie":
            return "plie"
        if self.kind == "financeur":
            return self.code.lower()
        return f"dispositif:{self.code}"

    def labels(self, dispositif_name: str | None = None) -> tuple[str, str]:
        if self.kind == "plie":
            return tr(_CTX, "PLIE"), tr(_CTX, "Hors PLIE")
        if self.kind == "financeur":
            name = FINANCEUR.label(self.code)
            return name, tr(_CTX, "Hors {nom}").format(nom=name)
        name = dispositif_name or self.code
        return name, tr(_CTX, "Hors {nom}").format(nom=name)


def parse_split(text: str) -> Split:
    """``plie``, a funder code (``fse``, ``fipd``, ``ville``, ``spip``, ``financeur:PLIE``...)
    or ``dispositif:<nom>``."""
    raw = text.strip()
    low = raw.lower()
    if low == "plie":
        return Split("plie")
    if low.startswith("dispositif:"):
        name = raw.split(":", 1)[1].strip()
        if not name:
            raise ValidationError(tr(_CTX, "Indiquez le nom du dispositif après « dispositif: »."))
        return Split("dispositif", name)
    if low.startswith("financeur:"):
        low = low.split(":", 1)[1].strip()
    for code in FINANCEUR:
        if code.lower() == low:
            return Split("financeur", code)
    choices = ", ".join(
        [
            "plie",
            *(c.lower() for c in FINANCEUR if c != "PLIE"),
            "financeur:plie",
            "dispositif:<nom>",
        ]
    )
    raise ValidationError(
        tr(_CTX, "Répartition inconnue. Choix possibles : {choix}.").format(choix=choices)
    )
