"""Handing a case file over to another Mission Locale (the use cases behind the window's
"Transférer à une autre Mission Locale", the incoming-transfers screen and ``handover`` verbs).

Trust is set up once per pair of offices (``sync.offices``); a transfer is a bundle encrypted to
the receiving office and signed by the sender (``sync.transfer``). The sending office keeps a
trace and, after the chosen delay, erases the case file everywhere (its laptops through erasure
orders and tombstones at their next import) unless the programme still follows the youth.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from ..core.dates import format_fr, parse_date
from ..core.i18n import tr
from ..storage.store import Store
from ..sync import offices, transfer, transfer_log
from ..sync.devices import ensure_identity
from ..sync.offices import OfficeIdentity, OfficePeer
from ..sync.transfer import (
    CATEGORIES,
    Accepted,
    Consent,
    IncomingTransfer,
    Placement,
    Selection,
    SentTransfer,
    TransferRejected,
    category_label,
)
from .duplicates import find_for_new

__all__ = [
    "CATEGORIES",
    "Accepted",
    "Consent",
    "OfficeIdentity",
    "OfficePeer",
    "Placement",
    "Selection",
    "SentTransfer",
    "Store",
    "TransferRejected",
    "category_label",
]


def _t(text: str) -> str:
    return tr("Transferts", text)


def format_date(text: str | None) -> str:
    """An ISO date (or the date part of a timestamp) as jj/mm/aaaa; unknown text as is."""
    if not text:
        return ""
    try:
        return format_fr(parse_date(text[:10]))
    except ValueError:
        return text[:10]


# --- trust between offices ---------------------------------------------------------------------


def own_fingerprint(store: Store) -> str:
    offices.require_office(store.db)
    return ensure_identity(store.db).public.fingerprint()


def export_identity(store: Store, dest: Path) -> tuple[Path, str]:
    return offices.export_identity(store.db, dest)


def read_identity(path: Path) -> OfficeIdentity:
    return offices.read_identity(path)


def trust_office(store: Store, identity: OfficeIdentity) -> OfficePeer:
    """Call only once a person compared ``identity.fingerprint`` with the other office."""
    return offices.trust_office(store.db, identity)


def revoke_office(store: Store, office_id: str) -> None:
    offices.revoke_office(store.db, office_id)


def list_offices(store: Store) -> list[OfficePeer]:
    return offices.list_offices(store.db)


def find_office(store: Store, text: str) -> OfficePeer:
    return offices.find_office(store.db, text)


# --- sending -----------------------------------------------------------------------------------


def send_transfer(
    store: Store,
    office_id: str,
    selections: Sequence[Selection],
    dest: Path,
    *,
    erase_after_days: int | None = 90,
    now: datetime | None = None,
) -> SentTransfer:
    return transfer.write_transfer(
        store, office_id, selections, dest, erase_after_days=erase_after_days, now=now
    )


def notes_of(store: Store, jeune_id: str) -> list[tuple[str, str, str]]:
    """(record id, date, first words) of the youth's notes, for choosing them one by one."""
    out = []
    for row in store.repo.list("actualite", jeune_id=jeune_id, order_by="date"):
        if row.get("note"):
            text = " ".join(str(row["note"]).split())
            out.append((row["id"], str(row["date"] or ""), text[:60]))
    return out


def traces(store: Store, jeune_id: str) -> list[str]:
    """ "Transféré à … le …" lines for a case file (sending office)."""
    lines = []
    for t in transfer_log.traces(store.db, jeune_id):
        day = format_date(t.at[:10])
        line = _t("Transféré à « {ml} » le {date}").format(ml=t.office_label, date=day)
        if t.erased_at:
            line += _t(" — effacé le {date}").format(date=format_date(t.erased_at[:10]))
        elif t.erase_after:
            line += _t(" — à effacer à partir du {date}").format(date=format_date(t.erase_after))
        lines.append(line)
    return lines


def provenance(store: Store, table: str, record_id: str) -> list[str]:
    """ "Reçu de la Mission Locale de …, le …" lines for a record (receiving office)."""
    return [
        _t("Reçu de « {ml} », le {date}").format(ml=label, date=format_date(at))
        for label, at in transfer_log.provenance(store.db, table, record_id)
    ]


# --- receiving ---------------------------------------------------------------------------------


def find_same_youth(store: Store, identity: dict[str, Any]) -> list[str]:
    """Existing case files that may be the same youth, the most likely first: the import's
    duplicate rules (folded names, swapped names, a one-letter typo, a swapped day and month)."""
    record = dict(identity)
    try:  # a birth date as typed (14/03/2004) or stored (2004-03-14)
        record["date_naissance"] = parse_date(str(identity.get("date_naissance") or ""))
    except ValueError:
        return []
    return [candidate.jeune_id for candidate in find_for_new(store, record)]


@dataclass
class YouthPreview:
    name: str
    birth: str
    consent: str
    categories: list[str]
    counts: dict[str, int]
    notes: int
    matches: list[tuple[str, str]] = field(default_factory=list)  # (jeune id, label)


@dataclass
class TransferPreview:
    incoming: IncomingTransfer
    youths: list[YouthPreview]

    @property
    def sender(self) -> str:
        return self.incoming.from_label

    @property
    def sent_on(self) -> str:
        return format_date(self.incoming.sent_at[:10])


def _label(store: Store, jeune_id: str) -> str:
    row = store.repo.get("jeune", jeune_id)
    if row is None:
        return jeune_id[:8]
    name = " ".join(str(row[k]) for k in ("prenoms", "nom_naissance") if row.get(k))
    return f"{name} ({format_date(row['date_naissance'])})"


def preview_transfer(store: Store, path: Path, *, now: datetime | None = None) -> TransferPreview:
    """Who, what, from whom, and the case files already here for the same youth; writes
    nothing."""
    incoming = transfer.read_transfer(store, path, now=now)
    youths = []
    for y in incoming.youths:
        ident = y.identity
        consent = _t("consentement du {date} ({how}), recueilli par {who}").format(
            date=format_date(y.consent.date),
            how=_t("écrit") if y.consent.methode == "ecrit" else _t("oral"),
            who=y.consent.recorded_by,
        )
        youths.append(
            YouthPreview(
                " ".join(str(ident[k]) for k in ("prenoms", "nom_naissance") if ident.get(k)),
                format_date(str(ident.get("date_naissance") or "")),
                consent,
                [category_label(c) for c in y.categories],
                y.counts,
                y.notes,
                [(j, _label(store, j)) for j in find_same_youth(store, ident)],
            )
        )
    return TransferPreview(incoming, youths)


def accept_transfer(
    store: Store,
    path: Path,
    placements: Sequence[Placement] | None = None,
    *,
    now: datetime | None = None,
) -> Accepted:
    return transfer.accept_transfer(store, path, placements, now=now)


def received_transfers(store: Store) -> list[transfer_log.InTransfer]:
    return transfer_log.received(store.db)


# --- erasure at the sending office -------------------------------------------------------------


@dataclass
class ErasureReport:
    erased: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)  # the programme still follows them

    @property
    def message(self) -> str:
        return _t(
            "{n} dossier(s) transféré(s) effacé(s), {k} conservé(s) (suivi en cours)."
        ).format(n=len(self.erased), k=len(self.kept))


def still_followed(store: Store, jeune_id: str, day: date) -> bool:
    """An accompaniment of the programme runs on ``day`` for the youth."""
    iso = day.isoformat()
    return any(
        (r["date_entree"] or "") <= iso and (r["date_fin"] is None or r["date_fin"] >= iso)
        for r in store.repo.list("accompagnement", jeune_id=jeune_id)
    )


def due_erasures(store: Store, today: date | None = None) -> list[transfer_log.OutTrace]:
    day = today or datetime.now(UTC).date()
    return transfer_log.due(store.db, day.isoformat())


def erase_due(store: Store, today: date | None = None) -> ErasureReport:
    """Erase, in one transaction, the transferred case files whose delay has passed, unless the
    programme still follows the youth. Tombstones and erasure orders reach the laptops at
    their next import."""
    day = today or datetime.now(UTC).date()
    report = ErasureReport()
    db = store.db
    with db.lock, db.transaction():
        for trace in transfer_log.due(db, day.isoformat()):
            if trace.jeune_id in report.erased or trace.jeune_id in report.kept:
                continue
            if store.repo.get("jeune", trace.jeune_id) is None:
                transfer_log.mark_erased(db, trace.jeune_id, datetime.now(UTC).isoformat())
                continue
            if still_followed(store, trace.jeune_id, day):
                report.kept.append(trace.jeune_id)
                continue
            store.repo.delete("jeune", trace.jeune_id, erase=True)
            transfer_log.mark_erased(
                db, trace.jeune_id, datetime.now(UTC).isoformat(timespec="seconds")
            )
            report.erased.append(trace.jeune_id)
    return report
