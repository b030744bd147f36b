"""What is about to go wrong: a release coming with housing, income or papers not solved,
actions overdue, youths not seen for weeks, identity documents expiring, a commission coming.

The thresholds are settings of this installation (table ``setting``), with sensible defaults.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from datetime import date, timedelta

from ..core import enums as E
from ..core.dates import format_fr
from ..core.errors import ValidationError
from ..core.i18n import QT_TRANSLATE_NOOP as N
from ..core.i18n import tr
from ..storage import week_queries as q
from ..storage.settings import get_setting, set_settings
from ..storage.store import Store

_CTX = "Rappels"
# Barriers that must be solved before a release: housing, income, papers.
RELEASE_THEMES = ("logement", "financier", "administratif")


def _t(text: str) -> str:
    return tr(_CTX, text)


@dataclass(frozen=True)
class Thresholds:
    release_weeks: int = 8
    no_contact_weeks: int = 6
    document_days: int = 60
    commission_days: int = 14


_KEYS = {
    "release_weeks": "rappel_liberation_semaines",
    "no_contact_weeks": "rappel_sans_contact_semaines",
    "document_days": "rappel_piece_identite_jours",
    "commission_days": "rappel_commission_jours",
}
_LIMITS = {
    "release_weeks": (1, 52),
    "no_contact_weeks": (1, 52),
    "document_days": (1, 365),
    "commission_days": (1, 90),
}


def thresholds(store: Store) -> Thresholds:
    current = Thresholds()
    for f in fields(Thresholds):
        raw = get_setting(store.db, _KEYS[f.name])
        low, high = _LIMITS[f.name]
        if raw is not None and raw.isdigit() and low <= int(raw) <= high:
            current = replace(current, **{f.name: int(raw)})
    return current


def set_thresholds(store: Store, value: Thresholds) -> None:
    for f in fields(Thresholds):
        low, high = _LIMITS[f.name]
        n = getattr(value, f.name)
        if not low <= n <= high:
            raise ValidationError(
                _t("Seuil hors limites ({lo} à {hi}).").format(lo=low, hi=high), f.name
            )
    set_settings(store.db, {_KEYS[f.name]: str(getattr(value, f.name)) for f in fields(Thresholds)})


@dataclass(frozen=True)
class Reminder:
    kind: str  # "liberation" | "action" | "contact" | "piece" | "commission"
    jeune_id: str | None
    who: str  # "Prénom NOM", "" for a commission
    text: str
    day: date  # the date the reminder is about (sorts the list)


def _who(nom: str, prenoms: str) -> str:
    return f"{prenoms} {nom.upper()}".strip()


def reminders(
    store: Store,
    today: date | None = None,
    limits: Thresholds | None = None,
    jeune_ids: set[str] | None = None,
) -> list[Reminder]:
    """Every reminder, most urgent kinds first, then by date; ``jeune_ids`` keeps those youths
    (and the commissions)."""
    today = today or date.today()
    limits = limits or thresholds(store)
    db = store.db
    youths = q.followed_youths(db, today, jeune_ids)
    names = {y.id: _who(y.nom, y.prenoms) for y in youths}
    out: list[Reminder] = []

    released = q.release_cleared(db, jeune_ids)
    barriers = q.open_barriers(db, RELEASE_THEMES, jeune_ids)
    horizon = today + timedelta(weeks=limits.release_weeks)
    for y in youths:
        if not y.date_liberation_prev or y.id in released:
            continue
        release = date.fromisoformat(y.date_liberation_prev)
        open_themes = barriers.get(y.id, set())
        if today <= release <= horizon and open_themes:
            themes = ", ".join(
                E.THEME_FREIN.label(t).lower() for t in RELEASE_THEMES if t in open_themes
            )
            out.append(
                Reminder(
                    "liberation",
                    y.id,
                    names[y.id],
                    _t("Sortie prévue le {date} : {freins} non résolu(s).").format(
                        date=format_fr(release), freins=themes
                    ),
                    release,
                )
            )

    for jeune_id, _action_id, libelle, due in q.overdue_actions(db, today, jeune_ids):
        if jeune_id in names:
            day = date.fromisoformat(due)
            out.append(
                Reminder(
                    "action",
                    jeune_id,
                    names[jeune_id],
                    _t("Action en retard depuis le {date} : {action}").format(
                        date=format_fr(day), action=libelle
                    ),
                    day,
                )
            )

    last = q.last_contacts(db, jeune_ids)
    cutoff = today - timedelta(weeks=limits.no_contact_weeks)
    for y in youths:
        if not y.accompagnement_en_cours:
            continue
        seen = last.get(y.id)
        if seen is None:
            out.append(
                Reminder("contact", y.id, names[y.id], _t("Aucun contact enregistré."), today)
            )
        elif date.fromisoformat(seen) < cutoff:
            day = date.fromisoformat(seen)
            out.append(
                Reminder(
                    "contact",
                    y.id,
                    names[y.id],
                    _t("Pas de contact depuis le {date}.").format(date=format_fr(day)),
                    day,
                )
            )

    for jeune_id, kind, expires in q.documents_expiring(
        db, today + timedelta(days=limits.document_days), jeune_ids
    ):
        if jeune_id not in names:
            continue
        day = date.fromisoformat(expires)
        text = (
            _t("{piece} : expirée depuis le {date}.")
            if day < today
            else _t("{piece} : expire le {date}.")
        )
        out.append(
            Reminder(
                "piece",
                jeune_id,
                names[jeune_id],
                text.format(piece=E.TYPE_PIECE_IDENTITE.label(kind), date=format_fr(day)),
                day,
            )
        )

    for c in q.commissions(db, today):
        day = date.fromisoformat(c.date)
        if day <= today + timedelta(days=limits.commission_days):
            out.append(
                Reminder(
                    "commission",
                    None,
                    "",
                    _t("Commission du {date} : {n} jeune(s) à présenter.").format(
                        date=format_fr(day), n=c.youths
                    ),
                    day,
                )
            )

    order = {"liberation": 0, "piece": 1, "commission": 2, "action": 3, "contact": 4}
    out.sort(key=lambda r: (order[r.kind], r.day, r.who))
    return out


KIND_LABELS = {
    "liberation": N("Rappels", "Sortie proche"),
    "action": N("Rappels", "Action en retard"),
    "contact": N("Rappels", "Sans contact"),
    "piece": N("Rappels", "Pièce d'identité"),
    "commission": N("Rappels", "Commission"),
}


def kind_label(kind: str) -> str:
    return _t(KIND_LABELS[kind])
