"""Dates: parsing, French formatting, age at a date."""

from __future__ import annotations

import re
from datetime import date

from .i18n import tr

_MOIS = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)
_JOURS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")

MIN_DATE = date(1900, 1, 1)
MAX_DATE = date(2100, 12, 31)

_FR = re.compile(r"^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$")
_ISO = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})\s*$")


def parse_date(text: str) -> date:
    """Accept jj/mm/aaaa (also with - or .) and aaaa-mm-jj; raise ValueError otherwise."""
    m = _FR.match(text)
    if m:
        d, mo, y = (int(g) for g in m.groups())
    else:
        m = _ISO.match(text)
        if not m:
            raise ValueError(text)
        y, mo, d = (int(g) for g in m.groups())
    return date(y, mo, d)


def age_at(birth: date, at: date) -> int:
    """Age in completed years at ``at`` (born 29 February: a year is complete on 1 March)."""
    return at.year - birth.year - ((at.month, at.day) < (birth.month, birth.day))


def format_fr(d: date | None) -> str:
    return "" if d is None else d.strftime("%d/%m/%Y")


def format_long_fr(d: date) -> str:
    """ "mardi 3 mars 2026" — written without locale, which may be missing on the machine."""
    jour = tr("Dates", _JOURS[d.weekday()])
    mois = tr("Dates", _MOIS[d.month - 1])
    premier = "1er" if d.day == 1 else str(d.day)
    return f"{jour} {premier} {mois} {d.year}"
