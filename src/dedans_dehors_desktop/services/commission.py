"""The pluridisciplinary commission: the youths to review with one line of situation each,
printed for the meeting, and the decisions recorded back on each case file in one pass."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from ..core import enums as E
from ..core.dates import age_at, format_fr, format_long_fr
from ..core.errors import NotFound
from ..core.i18n import tr
from ..reports.print_checks import HeldBack, printable_text
from ..reports.sheet_pdf import Grid, Para, Sheet, render_sheet
from ..storage import week_queries as q
from ..storage.store import Store
from ..storage.week_queries import CommissionRow, PassageRow

__all__ = [
    "CommissionRow",
    "PassageRow",
    "add_youths",
    "commission",
    "commission_sheet",
    "create_commission",
    "list_commissions",
    "passages",
    "record_decisions",
    "render_commission",
    "situation_line",
]

_CTX = "Commission"


def _t(text: str) -> str:
    return tr(_CTX, text)


def list_commissions(store: Store, from_day: date | None = None) -> list[CommissionRow]:
    return q.commissions(store.db, from_day)


def commission(store: Store, commission_id: str) -> CommissionRow:
    for c in q.commissions(store.db):
        if c.id == commission_id:
            return c
    raise NotFound(_t("Cette commission n'existe pas."))


def create_commission(
    store: Store, day: date, intitule: str | None = None, lieu: str | None = None
) -> str:
    return store.repo.create("commission", {"date": day, "intitule": intitule, "lieu": lieu})


def _latest(rows: list[dict[str, Any]], key: str) -> dict[str, Any] | None:
    return max(rows, key=lambda r: (str(r.get(key) or ""), int(r.get("_seq") or 0)), default=None)


# Barriers whose theme the printed list must not name (the summary's checks hold them back).
_NOT_ON_PAPER = ("sante", "addictions", "justice")


def situation_line(store: Store, jeune_id: str, today: date | None = None) -> str:
    """One line: age, where the youth is, release expected, current situation, open barriers."""
    today = today or date.today()
    repo = store.repo
    jeune = repo.require("jeune", jeune_id)
    parts: list[str] = []
    if jeune.get("date_naissance"):
        age = age_at(date.fromisoformat(jeune["date_naissance"]), today)
        parts.append(_t("{age} ans").format(age=age))
    suivi = _latest(repo.list("suivi_judiciaire", jeune_id=jeune_id), "date_ecrou")
    if suivi is not None:
        if suivi.get("milieu"):
            # The programme's own words: the printed list passes the summary's checks, which
            # hold back "milieu fermé" and the like.
            parts.append(_t("dedans") if suivi["milieu"] == "ferme" else _t("dehors"))
        release = suivi.get("date_liberation_prev")
        if release and not suivi.get("date_levee_ecrou") and release >= today.isoformat():
            parts.append(
                _t("sortie prévue le {date}").format(date=format_fr(date.fromisoformat(release)))
            )
    current = [s for s in repo.list("situation", jeune_id=jeune_id) if s.get("etat") != "terminee"]
    situation = _latest(current, "date_debut")
    if situation is not None:
        parts.append(E.DETAIL_SITUATION.label(situation.get("detail")))
    barriers = sorted(
        {
            E.THEME_FREIN.label(f.get("theme")).lower()
            for f in repo.list("frein", jeune_id=jeune_id)
            if f.get("statut") != "leve"
            and f.get("theme") not in ("sante", "addictions", "justice")
        }
    )
    if barriers:
        parts.append(_t("freins : {liste}").format(liste=", ".join(barriers)))
    return " — ".join(parts)


def add_youths(
    store: Store, commission_id: str, jeune_ids: Iterable[str], today: date | None = None
) -> list[str]:
    """Put youths on the commission's list (once each), with their line of situation."""
    commission(store, commission_id)
    present = {p.jeune_id for p in q.passages(store.db, commission_id)}
    created: list[str] = []
    with store.db.transaction():
        for jeune_id in jeune_ids:
            if jeune_id in present:
                continue
            present.add(jeune_id)
            created.append(
                store.repo.create(
                    "passage_commission",
                    {
                        "jeune_id": jeune_id,
                        "commission_id": commission_id,
                        "situation": situation_line(store, jeune_id, today)[:300] or None,
                    },
                )
            )
    return created


def passages(store: Store, commission_id: str) -> list[PassageRow]:
    return q.passages(store.db, commission_id)


def record_decisions(
    store: Store,
    decisions: Mapping[str, str],
    situations: Mapping[str, str] | None = None,
) -> int:
    """Record every decision (passage id → text), and edited lines of situation, in one
    transaction: all are written or none. Returns how many records changed."""
    changed = 0
    with store.db.transaction():
        for passage_id in sorted(set(decisions) | set(situations or {})):
            values: dict[str, Any] = {}
            if passage_id in decisions:
                values["decision"] = decisions[passage_id]
            if situations and passage_id in situations:
                values["situation"] = situations[passage_id]
            if store.repo.update("passage_commission", passage_id, values):
                changed += 1
    return changed


@dataclass(frozen=True)
class CommissionSheet:
    sheet: Sheet
    held_back: tuple[HeldBack, ...]
    jeune_ids: tuple[str, ...]


def commission_sheet(store: Store, commission_id: str) -> CommissionSheet:
    c = commission(store, commission_id)
    held: list[HeldBack] = []
    rows: list[tuple[str, str, str]] = []
    listed = passages(store, commission_id)
    for p in listed:
        situation = p.situation or ""
        check = printable_text(store.db, situation) if situation else None
        if check is not None:
            held.append(check)
            situation = ""
        rows.append((f"{p.nom.upper()} {p.prenoms}", situation, ""))
    subtitle = [format_long_fr(date.fromisoformat(c.date))]
    if c.intitule:
        subtitle.insert(0, c.intitule)
    if c.lieu:
        subtitle.append(c.lieu)
    sheet = Sheet(
        structure_name=store.db.structure_name,
        title=_t("Commission : jeunes à examiner"),
        subtitle=tuple(subtitle),
        blocks=(
            Grid(
                (_t("Jeune"), _t("Situation"), _t("Décision")),
                tuple(rows),
                (0.25, 0.5, 0.25),
            ),
            Para(
                _t("{n} jeune(s). Document de séance : à détruire après la commission.").format(
                    n=len(rows)
                ),
                small=True,
            ),
        ),
    )
    return CommissionSheet(sheet, tuple(held), tuple(p.jeune_id for p in listed))


def render_commission(store: Store, commission_id: str) -> tuple[bytes, CommissionSheet]:
    content = commission_sheet(store, commission_id)
    pdf = render_sheet(content.sheet)
    with store.db.transaction():
        for jeune_id in content.jeune_ids:
            store.db.log("impression", "jeune", jeune_id)
    return pdf, content
