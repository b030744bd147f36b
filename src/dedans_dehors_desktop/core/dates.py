"""Dates: parsing, French formatting, age at a date."""

from __future__ import annotations

import re
from datetime import date

from .i18n import QT_TRANSLATE_NOOP as N
from .i18n import tr

_CTX = "Dates"
# Written here rather than taken from the locale module: that depends on what the machine has
# installed and is process-global.
_MOIS = (
    N(_CTX, "janvier"),
    N(_CTX, "février"),
    N(_CTX, "mars"),
    N(_CTX, "avril"),
    N(_CTX, "mai"),
    N(_CTX, "juin"),
    N(_CTX, "juillet"),
    N(_CTX, "août"),
    N(_CTX, "septembre"),
    N(_CTX, "octobre"),
    N(_CTX, "novembre"),
    N(_CTX, "décembre"),
)
_JOURS = (
    N(_CTX, "lundi"),
    N(_CTX, "mardi"),
    N(_CTX, "mercredi"),
    N(_CTX, "jeudi"),
    N(_CTX, "vendredi"),
    N(_CTX, "samedi"),
    N(_CTX, "dimanche"),
)
NBSP = "\u00a0"

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


def month_name(month: int) -> str:
    return tr(_CTX, _MOIS[month - 1])


def format_long_fr(d: date, *, no_break: bool = False) -> str:
    """ "mardi 3 mars 2026" ("1er" for the first day); ``no_break`` keeps the date on one line."""
    space = NBSP if no_break else " "
    jour = tr(_CTX, _JOURS[d.weekday()])
    premier = tr(_CTX, "1er") if d.day == 1 else str(d.day)
    return f"{jour} {premier}{space}{month_name(d.month)}{space}{d.year}"
