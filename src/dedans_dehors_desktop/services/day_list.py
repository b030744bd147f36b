"""The day's list of a permanence: the sheet an establishment asks for to bring people to the
visiting room (name, first name, its own identifier, nothing else), and the referent's private
version with the actions agreed, to prepare each interview in one glance."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..core.dates import format_fr, format_long_fr
from ..core.i18n import tr
from ..reports.print_checks import HeldBack, printable_text
from ..reports.sheet_pdf import Grid, Heading, Para, Sheet, render_sheet
from ..storage import week_queries as q
from ..storage.store import Store
from .week import day_plan, slot

_CTX = "Liste du jour"
_OPEN_ACTIONS = ("en_projet", "en_cours", "en_attente")


def _t(text: str) -> str:
    return tr(_CTX, text)


@dataclass(frozen=True)
class DayListEntry:
    jeune_id: str
    nom: str
    prenoms: str
    identifiant: str  # "" when the establishment's identifier is not recorded
    heure: str | None


def entries(store: Store, slot_id: str, day: date) -> list[DayListEntry]:
    """The youths expected at the permanence: booked (not cancelled) or with an appointment
    recorded at this place and time; one line each, by name."""
    s = slot(store, slot_id)
    plan = day_plan(store, day)
    occurrence = next((o for o in plan.occurrences if o.slot.id == s.id), None)
    if occurrence is None:
        return []
    found: dict[str, DayListEntry] = {}
    identifiers = q.establishment_identifiers(store.db, s.etablissement_id)
    for b in occurrence.active_bookings:
        found.setdefault(
            b.jeune_id,
            DayListEntry(b.jeune_id, b.nom, b.prenoms, identifiers.get(b.jeune_id, ""), b.heure),
        )
    for a in occurrence.appointments:
        found.setdefault(
            a.jeune_id,
            DayListEntry(a.jeune_id, a.nom, a.prenoms, identifiers.get(a.jeune_id, ""), a.heure),
        )
    return sorted(found.values(), key=lambda e: (e.nom.upper(), e.prenoms.upper()))


def establishment_sheet(store: Store, slot_id: str, day: date) -> Sheet:
    s = slot(store, slot_id)
    listed = entries(store, slot_id, day)
    # The establishment knows people by their civil identity: the birth name, not a usual name.
    civil = q.birth_names(store.db, [e.jeune_id for e in listed])
    rows = sorted(
        ((civil.get(e.jeune_id) or e.nom).upper(), e.prenoms, e.identifiant) for e in listed
    )
    return Sheet(
        structure_name=store.db.structure_name,
        title=_t("Liste des personnes à rencontrer"),
        subtitle=(
            s.etablissement,
            _t("{jour}, de {debut} à {fin}").format(
                jour=format_long_fr(day), debut=s.heure_debut, fin=s.heure_fin
            ),
        ),
        blocks=(
            Grid(
                (_t("Nom"), _t("Prénom"), _t("Identifiant")),
                tuple(rows),
                (0.4, 0.35, 0.25),
            ),
        ),
    )


@dataclass(frozen=True)
class PrivateList:
    sheet: Sheet
    held_back: tuple[HeldBack, ...]


def private_sheet(store: Store, slot_id: str, day: date) -> PrivateList:
    """The referent's version: time, name, last meeting, the actions still open."""
    s = slot(store, slot_id)
    listed = sorted(entries(store, slot_id, day), key=lambda e: (e.heure or "99:99", e.nom))
    last = q.last_contacts(store.db)
    held: list[HeldBack] = []
    lines: list[tuple[str, ...]] = []
    for e in listed:
        actions: list[str] = []
        for a in store.repo.list("action", jeune_id=e.jeune_id, order_by="echeance"):
            if (a.get("statut") or "en_projet") not in _OPEN_ACTIONS or not a.get("libelle"):
                continue
            text = str(a["libelle"])
            check = printable_text(store.db, text)
            if check is not None:
                held.append(check)
                continue
            due = a.get("echeance")
            actions.append(
                f"• {text}" + (f" ({format_fr(date.fromisoformat(due))})" if due else "")
            )
        seen = last.get(e.jeune_id)
        lines.append(
            (
                e.heure or "",
                f"{e.nom.upper()} {e.prenoms}",
                format_fr(date.fromisoformat(seen)) if seen else _t("jamais vu·e"),
                "\n".join(actions) or "—",
            )
        )
    sheet = Sheet(
        structure_name=store.db.structure_name,
        title=_t("Préparation de la permanence (document personnel)"),
        subtitle=(
            s.etablissement,
            _t("{jour}, de {debut} à {fin}").format(
                jour=format_long_fr(day), debut=s.heure_debut, fin=s.heure_fin
            ),
        ),
        blocks=(
            Grid(
                (_t("Heure"), _t("Jeune"), _t("Dernier entretien"), _t("Actions convenues")),
                tuple(lines),
                (0.1, 0.28, 0.17, 0.45),
            ),
            Heading(_t("À ne pas remettre")),
            Para(
                _t(
                    "Document de travail du référent : ne pas le laisser à l'établissement "
                    "ni le remettre au jeune."
                ),
                small=True,
            ),
        ),
    )
    return PrivateList(sheet, tuple(held))


def print_day_list(store: Store, slot_id: str, day: date, *, private: bool = False) -> bytes:
    """The PDF, in memory; each youth listed gets an "impression" line in the access log."""
    sheet = (
        private_sheet(store, slot_id, day).sheet
        if private
        else establishment_sheet(store, slot_id, day)
    )
    pdf = render_sheet(sheet)
    with store.db.transaction():
        for e in entries(store, slot_id, day):
            store.db.log("impression", "jeune", e.jeune_id)
    return pdf
