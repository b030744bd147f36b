"""Freshness judged by the receiver, not by the sender's clock.

A laptop's clock may be wrong by weeks. The dates in a bundle are the sender's; the receiver
judges them with what it knows for sure:

- its own clock: a bundle dated in the future beyond a small margin is refused, with a word
  about the clocks; a lifetime longer than ``MAX_LIFETIME`` is refused;
- the last bundle seen: the sender names, in the signed header, the last of our bundles it
  imported (``peer_seq``); we know from our own history when we wrote it, so the bundle was
  written after that moment whatever its date says. A bundle dated long before that comes from
  a sender whose clock is late: it is accepted while fresh by that measure, and the person is
  told about the clock rather than asked for a new export that would carry the same date.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Final

from ..core.i18n import tr
from ..crypto.bundle_format import BundleHeader, BundleRejected, RejectReason
from ..storage.database import Database
from .errors import SyncReason, SyncRejected
from .numbering import PEER_SEQ_KEY

FUTURE_MARGIN: Final = timedelta(hours=2)
MAX_LIFETIME: Final = timedelta(days=60)
LATE_NOTICE: Final = timedelta(days=1)


def _t(text: str) -> str:
    return tr("Synchronisation", text)


def _day(moment: datetime) -> str:
    return f"{moment:%d/%m/%Y à %H:%M} UTC"


def exported_at(db: Database, device_id: str, sequence: object) -> datetime | None:
    """When (by our clock) we wrote our bundle ``sequence`` for ``device_id``."""
    if not isinstance(sequence, int) or isinstance(sequence, bool) or sequence <= 0:
        return None
    row = db.conn.execute(
        "SELECT max(at) FROM sync_bundle_log WHERE direction = 'export' AND device_id = ? "
        "AND sequence = ?",
        (device_id, sequence),
    ).fetchone()
    if row is None or not row[0]:
        return None
    try:
        return datetime.fromisoformat(str(row[0])).replace(tzinfo=UTC)
    except ValueError:
        return None


@dataclass
class ClockJudge:
    """The ``header_check`` of an import: refuses what the receiver cannot take as fresh and
    keeps a note for the person when the sender's clock looks wrong."""

    db: Database
    now: datetime | None = None
    notes: list[str] = field(default_factory=list)

    def __call__(self, header: BundleHeader) -> None:
        now = (self.now or datetime.now(UTC)).astimezone(UTC)
        if header.created_at > now + FUTURE_MARGIN:
            raise SyncRejected(
                SyncReason.CLOCK_AHEAD,
                _t(
                    "Ce paquet est daté du {date}, dans le futur pour ce poste : l'horloge du "
                    "poste qui l'a écrit est en avance, ou celle de ce poste en retard. Vérifiez "
                    "la date et l'heure des deux postes, puis refaites l'export. Rien n'a été "
                    "modifié."
                ).format(date=_day(header.created_at)),
            )
        lifetime = header.expires_at - header.created_at
        if lifetime > MAX_LIFETIME:
            raise SyncRejected(SyncReason.LIFETIME_TOO_LONG)
        seen = exported_at(self.db, header.sender, header.extra.get(PEER_SEQ_KEY))
        written_after = max(header.created_at, seen) if seen else header.created_at
        late = seen is not None and seen - header.created_at > LATE_NOTICE
        if now >= written_after + lifetime:
            raise BundleRejected(RejectReason.EXPIRED, self._expired(header, late))
        if late and seen is not None:
            days = max(1, (seen - header.created_at).days)
            self.notes.append(
                _t(
                    "L'horloge du poste qui a écrit ce paquet semble en retard d'environ {n} "
                    "jour(s) (paquet daté du {date}) : faites corriger sa date et son heure."
                ).format(n=days, date=f"{header.created_at:%d/%m/%Y}")
            )

    def _expired(self, header: BundleHeader, late: bool) -> str:
        if late:
            return _t(
                "Ce paquet a été écrit il y a trop longtemps (il répond à un paquet de ce poste "
                "lui-même trop ancien) : il a été refusé. Faites un nouvel export sur le poste "
                "d'origine, après avoir importé le dernier paquet de ce poste. Rien n'a été "
                "modifié."
            )
        return _t(
            "Ce paquet porte la date du {date} et a expiré le {fin} : il a été refusé. Si "
            "cette date est fausse, c'est l'horloge du poste qui l'a écrit qui est en retard : "
            "faites corriger sa date et son heure, puis refaites l'export (un nouvel export fait "
            "avec la même horloge serait refusé de la même façon). Sinon, demandez simplement "
            "un nouvel export. Rien n'a été modifié."
        ).format(date=f"{header.created_at:%d/%m/%Y}", fin=f"{header.expires_at:%d/%m/%Y}")
