"""The permanences planned: recurring slots per establishment, youths booked into an occurrence,
the week and the day seen together with the appointments recorded in interviews, and the
warnings when two meetings overlap or a youth is booked twice.

Slots (``creneau``) and bookings (``inscription``) are case records like any other: written
through the repository (versions, history, access log) and synced with the office.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from ..core import enums as E
from ..core.dates import format_fr
from ..core.errors import NotFound, ValidationError
from ..core.i18n import tr
from ..core.recurrence import Recurrence, hhmm, minutes, monday_of
from ..storage import week_queries as q
from ..storage.store import Store
from ..storage.week_queries import BookingRow, PlannedRow, SlotRow

__all__ = [
    "BookingRow",
    "DayPlan",
    "Occurrence",
    "PlannedRow",
    "SlotRow",
    "Store",
    "WeekPlan",
    "book",
    "booking_warnings",
    "create_slot",
    "day_plan",
    "delete_slot",
    "establishments",
    "list_slots",
    "next_occurrences",
    "recurrence",
    "set_booking_status",
    "slot",
    "week_plan",
    "youth_choices",
]

_CTX = "Semaine"
DEFAULT_MEETING_MINUTES = 45  # an appointment recorded without a duration


def _t(text: str) -> str:
    return tr(_CTX, text)


def recurrence(s: SlotRow) -> Recurrence:
    return Recurrence(
        weekday=int(s.jour),
        start=date.fromisoformat(s.date_debut),
        end=date.fromisoformat(s.date_fin) if s.date_fin else None,
        every_weeks=max(int(s.periodicite or 1), 1),
    )


# --- choices for forms ----------------------------------------------------------------------


def establishments(store: Store) -> list[tuple[str, str]]:
    """(id, nom) of every establishment, by name."""
    return q.establishments(store.db)


def youth_choices(store: Store) -> list[tuple[str, str]]:
    """(id, "NOM Prénoms") of every youth, by name."""
    return [
        (j, f"{nom.upper()} {prenoms}".strip()) for j, nom, prenoms in q.youth_choices(store.db)
    ]


# --- slots -----------------------------------------------------------------------------------


def list_slots(store: Store, etablissement_id: str | None = None) -> list[SlotRow]:
    return q.slots(store.db, etablissement_id)


def slot(store: Store, slot_id: str) -> SlotRow:
    for s in q.slots(store.db):
        if s.id == slot_id:
            return s
    raise NotFound(_t("Ce créneau de permanence n'existe pas."))


def create_slot(store: Store, values: Mapping[str, Any]) -> str:
    """A new recurring slot (``etablissement_id``, ``jour`` 1–7, ``heure_debut``, ``heure_fin``,
    ``date_debut`` and optionally ``periodicite``, ``date_fin``, ``libelle``)."""
    return store.repo.create("creneau", {"periodicite": 1, **values})


def delete_slot(store: Store, slot_id: str) -> None:
    store.repo.delete("creneau", slot_id)


def next_occurrences(store: Store, slot_id: str, start: date, count: int = 8) -> list[date]:
    rec = recurrence(slot(store, slot_id))
    out: list[date] = []
    for day in rec.between(start, start + timedelta(days=7 * rec.every_weeks * (count + 1))):
        out.append(day)
        if len(out) == count:
            break
    return out


# --- the week and the day --------------------------------------------------------------------


@dataclass(frozen=True)
class Occurrence:
    slot: SlotRow
    day: date
    bookings: tuple[BookingRow, ...]  # cancelled ones included, shown struck out by the view
    appointments: tuple[PlannedRow, ...]  # recorded in interviews, at this place and time

    @property
    def active_bookings(self) -> tuple[BookingRow, ...]:
        return tuple(b for b in self.bookings if b.statut != "annulee")


@dataclass(frozen=True)
class DayPlan:
    day: date
    occurrences: tuple[Occurrence, ...]
    appointments: tuple[PlannedRow, ...]  # planned appointments outside any permanence
    warnings: tuple[str, ...]


@dataclass(frozen=True)
class WeekPlan:
    monday: date
    days: tuple[DayPlan, ...]

    @property
    def warnings(self) -> tuple[str, ...]:
        return tuple(w for d in self.days for w in d.warnings)


def _inside(a: PlannedRow, s: SlotRow) -> bool:
    if a.etablissement_id != s.etablissement_id:
        return False
    return a.heure is None or s.heure_debut <= a.heure < s.heure_fin


def _span(a: PlannedRow) -> tuple[int, int] | None:
    if a.heure is None:
        return None
    start = minutes(a.heure)
    return start, start + (a.duree or DEFAULT_MEETING_MINUTES)


def _who(nom: str, prenoms: str) -> str:
    return f"{prenoms} {nom.upper()}".strip()


def _slot_label(s: SlotRow) -> str:
    return _t("permanence {lieu} {debut}–{fin}").format(
        lieu=s.etablissement, debut=s.heure_debut, fin=s.heure_fin
    )


def _warnings(day: date, occ: list[Occurrence], outside: list[PlannedRow]) -> list[str]:
    found: list[str] = []
    blocks: list[tuple[int, int, str]] = [
        (minutes(o.slot.heure_debut), minutes(o.slot.heure_fin), _slot_label(o.slot)) for o in occ
    ]
    for a in outside:
        span = _span(a)
        if span is not None:
            blocks.append(
                (
                    *span,
                    _t("rendez-vous de {qui} à {heure}").format(
                        qui=_who(a.nom, a.prenoms), heure=a.heure
                    ),
                )
            )
    for i, (s1, e1, l1) in enumerate(blocks):
        for s2, e2, l2 in blocks[i + 1 :]:
            if s1 < e2 and s2 < e1:
                found.append(
                    _t("{jour} : chevauchement entre {a} et {b}.").format(
                        jour=format_fr(day), a=l1, b=l2
                    )
                )
    for o in occ:
        times: dict[str, list[str]] = {}
        for b in o.active_bookings:
            if b.heure:
                times.setdefault(b.heure, []).append(_who(b.nom, b.prenoms))
        for heure, who in sorted(times.items()):
            if len(who) > 1:
                found.append(
                    _t("{jour} : {n} jeunes convoqués à {heure} ({qui}).").format(
                        jour=format_fr(day), n=len(who), heure=heure, qui=", ".join(who)
                    )
                )
    per_youth: dict[str, list[str]] = {}
    names: dict[str, str] = {}
    for o in occ:
        for b in o.active_bookings:
            per_youth.setdefault(b.jeune_id, []).append(b.id)
            names[b.jeune_id] = _who(b.nom, b.prenoms)
        for a in o.appointments:
            per_youth.setdefault(a.jeune_id, []).append(a.id)
            names[a.jeune_id] = _who(a.nom, a.prenoms)
    for a in outside:
        per_youth.setdefault(a.jeune_id, []).append(a.id)
        names[a.jeune_id] = _who(a.nom, a.prenoms)
    for jeune_id, meetings in per_youth.items():
        if len(meetings) > 1:
            found.append(
                _t("{jour} : {qui} est inscrit·e {n} fois.").format(
                    jour=format_fr(day), qui=names[jeune_id], n=len(meetings)
                )
            )
    return found


def plan(store: Store, low: date, high: date, etablissement_id: str | None = None) -> list[DayPlan]:
    """One ``DayPlan`` per day of ``[low, high]``; ``etablissement_id`` keeps one place only
    (the warnings still look at every meeting of the day)."""
    slots = q.slots(store.db)
    bookings = q.bookings(store.db, low, high)
    planned = q.planned(store.db, low, high)
    days: list[DayPlan] = []
    day = low
    while day <= high:
        iso = day.isoformat()
        occ: list[Occurrence] = []
        absorbed: set[str] = set()
        for s in slots:
            if not recurrence(s).occurs_on(day):
                continue
            inside = tuple(a for a in planned if a.date == iso and _inside(a, s))
            absorbed |= {a.id for a in inside}
            occ.append(
                Occurrence(
                    s,
                    day,
                    tuple(b for b in bookings if b.date == iso and b.creneau_id == s.id),
                    inside,
                )
            )
        occ.sort(key=lambda o: (o.slot.heure_debut, o.slot.etablissement))
        outside = [a for a in planned if a.date == iso and a.id not in absorbed]
        warnings = _warnings(day, occ, outside)
        if etablissement_id:
            occ = [o for o in occ if o.slot.etablissement_id == etablissement_id]
            outside = [a for a in outside if a.etablissement_id == etablissement_id]
        days.append(DayPlan(day, tuple(occ), tuple(outside), tuple(warnings)))
        day += timedelta(days=1)
    return days


def week_plan(store: Store, any_day: date) -> WeekPlan:
    monday = monday_of(any_day)
    return WeekPlan(monday, tuple(plan(store, monday, monday + timedelta(days=6))))


def day_plan(store: Store, day: date, etablissement_id: str | None = None) -> DayPlan:
    return plan(store, day, day, etablissement_id)[0]


# --- booking ---------------------------------------------------------------------------------


def _check_booking(store: Store, slot_id: str, day: date, heure: str | None) -> SlotRow:
    s = slot(store, slot_id)
    if not recurrence(s).occurs_on(day):
        raise ValidationError(
            _t("Le {jour} n'est pas un jour de cette permanence.").format(jour=format_fr(day)),
            "date",
        )
    if heure is not None and not (s.heure_debut <= heure < s.heure_fin):
        raise ValidationError(
            _t("L'heure doit être comprise entre {debut} et {fin}.").format(
                debut=s.heure_debut, fin=s.heure_fin
            ),
            "heure",
        )
    return s


def booking_warnings(
    store: Store, jeune_id: str, slot_id: str, day: date, heure: str | None = None
) -> list[str]:
    """What would go wrong if the youth were booked (empty when nothing): already booked or
    expected that day, or another youth at the same time. Raises ``ValidationError`` when the
    booking is impossible (not a day of the slot, an hour outside it)."""
    s = _check_booking(store, slot_id, day, heure)
    if store.repo.get("jeune", jeune_id) is None:
        raise NotFound(_t("Aucun jeune avec cet identifiant."))
    found: list[str] = []
    mine = [b for b in q.bookings(store.db, day, day, jeune_id=jeune_id) if b.statut != "annulee"]
    theirs = q.planned(store.db, day, day, jeune_id=jeune_id)
    if mine or theirs:
        found.append(
            _t("Ce jeune a déjà {n} rendez-vous le {jour}.").format(
                n=len(mine) + len(theirs), jour=format_fr(day)
            )
        )
    if heure is not None:
        same = [
            b
            for b in q.bookings(store.db, day, day)
            if b.creneau_id == s.id and b.heure == heure and b.statut != "annulee"
        ]
        if same:
            found.append(
                _t("{qui} est déjà convoqué·e à {heure}.").format(
                    qui=_who(same[0].nom, same[0].prenoms), heure=heure
                )
            )
    return found


def book(
    store: Store,
    jeune_id: str,
    slot_id: str,
    day: date,
    heure: str | None = None,
    origine: str = "dossier",
) -> str:
    """Book the youth into the occurrence of ``slot_id`` on ``day`` (checks as
    ``booking_warnings``; warnings are the caller's to show before calling)."""
    if origine not in E.ORIGINE_INSCRIPTION:
        raise ValidationError(_t("Origine inconnue."), "origine")
    _check_booking(store, slot_id, day, heure)
    return store.repo.create(
        "inscription",
        {
            "jeune_id": jeune_id,
            "creneau_id": slot_id,
            "date": day,
            "heure": heure,
            "origine": origine,
            "statut": "prevue",
        },
    )


def set_booking_status(store: Store, booking_id: str, statut: str) -> None:
    store.repo.update("inscription", booking_id, {"statut": statut})


def end_of(heure: str, duree: int | None) -> str:
    return hhmm(minutes(heure) + (duree or DEFAULT_MEETING_MINUTES))
