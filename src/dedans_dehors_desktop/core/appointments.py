"""Remarks on a planned appointment: another one two days away, or one at the same time.

Pure: the caller gives the appointments already planned. A remark never forbids anything; the
referent may have good reasons (a hearing, a release date).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from .dates import format_fr
from .i18n import tr

__all__ = ["CLOSE_DAYS", "Planned", "remarks"]

CLOSE_DAYS = 2
_CTX = "Rendez-vous"


@dataclass(frozen=True)
class Planned:
    day: date
    time: str | None  # "hh:mm"
    same_youth: bool


def remarks(day: date, time: str | None, planned: Iterable[Planned]) -> list[str]:
    out: list[str] = []
    for other in sorted(planned, key=lambda p: (p.day, p.time or "")):
        if time and other.time == time and other.day == day:
            out.append(
                tr(_CTX, "Un autre rendez-vous est déjà prévu le {date} à {heure}.").format(
                    date=format_fr(day), heure=time
                )
            )
        elif other.same_youth and other.day != day and abs((other.day - day).days) <= CLOSE_DAYS:
            out.append(
                tr(
                    _CTX,
                    "Ce jeune a déjà un rendez-vous le {date}, à {n} jour(s) de celui-ci.",
                ).format(date=format_fr(other.day), n=abs((other.day - day).days))
            )
        elif other.same_youth and other.day == day:
            out.append(
                tr(_CTX, "Ce jeune a déjà un rendez-vous ce jour-là.").format(date=format_fr(day))
            )
    return out
