"""Writing a bundle for a peer: everything it has not acknowledged, cumulative, never deleting.

The bundle is written to a temporary name, flushed, renamed, then read back and its signatures
verified before the caller may say "Vous pouvez retirer la clé". Records travel whole (every
register with its dots, and the record's causal context), so any bundle can be applied on its
own, in any order, any number of times.
"""

from __future__ import annotations

import bisect
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, BinaryIO

from ..core.entities import ENTITIES, JEUNE, Entity
from ..core.i18n import tr
from ..crypto.bundle_format import DEFAULT_CHUNK_SIZE, DEFAULT_LIFETIME, seal, verify_signed
from ..crypto.identity import Identity, PublicIdentity
from ..storage import erasure
from ..storage.database import Database
from ..storage.repository import row_to_dict as to_row
from ..storage.repository import select_sql
from ..storage.store import Store
from . import log_audit, peers
from .devices import Device, ensure_identity, get_device, own_label, set_out_seq, signed_registry
from .errors import SyncError
from .files import (
    BUNDLE_SUFFIX,
    ENROLMENT_SUFFIX,
    Window,
    bundle_name,
    enrolment_name,
    exclusive_output,
    free_name,
    output_place,
)
from .history import log_bundle
from .numbering import PEER_SEQ_KEY, imported_from, next_sequence
from .payload import (
    CAPABILITIES,
    FORMAT_MAJOR,
    FORMAT_MINOR,
    Compressor,
    Head,
    JournalLine,
    end_line,
    erasure_line,
    head_line,
    journal_line,
    purge_line,
    record_line,
)
from .scope import ExportPlan, plan_members
from .scope_notice import scope_entries
from .state import load_conflicts, local_state

Progress = Callable[[int, int], None]
_FETCH = 500


def _t(text: str) -> str:
    return tr("Synchronisation", text)


@dataclass(frozen=True)
class ExportResult:
    path: Path
    device_id: str
    label: str
    sequence: int
    size: int
    records: int
    purges: int

    @property
    def message(self) -> str:
        return _t("Paquet écrit et vérifié ({n} fiches) : vous pouvez retirer la clé.").format(
            n=self.records
        )


def check_peer(db: Database, device: Device | None) -> Device:
    if device is None:
        raise SyncError(_t("Poste inconnu."))
    if not device.active:
        raise SyncError(_t("Ce poste est révoqué : aucun paquet ne peut lui être destiné."))
    if (db.role == "office") == (device.role == "office"):
        raise SyncError(
            _t("Les échanges se font entre le bureau et les postes portables uniquement.")
        )
    return device


@dataclass
class _Selection:
    """What one export carries, decided in its opening transaction."""

    sequence: int
    head: Head
    plan: ExportPlan | None  # None: everything changed since base (laptop to office)
    skip: list[tuple[int, int]]  # change sequences of states the peer sent us itself
    journal: list[JournalLine]  # access-log lines for the office (log_audit.py)


def _select(
    db: Database,
    identity: Identity,
    device: Device,
    *,
    enrolment: dict[str, Any] | None,
    folder: Path | None,
) -> _Selection:
    with db.transaction():
        # The number is only taken (out_seq) once the bundle is written and verified.
        sequence = next_sequence(db, device.device_id, device.out_seq, folder, identity.public)
        # A change sequence of its own: two exports never share a high-water mark, so an
        # acknowledgement names exactly one of them.
        hw = db.next_seq()
        base = 0 if enrolment is not None else peers.acknowledged(db, device.device_id)
        skip = [] if enrolment is not None else peers.echo_ranges(db, device.device_id, base)
        plan = None
        if db.role == "office":
            plan = plan_members(db, device.device_id, device.scope, base=base, hw=hw)
        journal = log_audit.outgoing(db, device.device_id)
        head = Head(
            db.replica_id,
            peers.version_vector(db),
            base,
            hw,
            peers.echo_for(db, device.device_id),
            signed_registry(db, identity, device.device_id) if db.role == "office" else None,
            enrolment,
            journal=journal.section,
        )
    return _Selection(sequence, head, plan, skip, journal.lines)


_MAX_INTERVALS = 32


def _intervals(base: int, skip: list[tuple[int, int]]) -> list[tuple[int, int | None]]:
    """The change sequences after ``base`` outside the skipped ranges, as closed intervals."""
    out: list[tuple[int, int | None]] = []
    low = base + 1
    for start, end in skip:
        if end < low:
            continue
        if start > low:
            out.append((low, start - 1))
        low = max(low, end + 1)
    out.append((low, None))
    return out


def _seq_clauses(sel: _Selection) -> list[tuple[str, tuple[Any, ...]]]:
    intervals = _intervals(sel.head.base, sel.skip)
    if len(intervals) > _MAX_INTERVALS:  # rows in the ranges are then dropped while reading
        return [("_seq > ?", (sel.head.base,))]
    return [
        ("_seq >= ?", (low,)) if high is None else ("_seq BETWEEN ? AND ?", (low, high))
        for low, high in intervals
    ]


def _queries(e: Entity, sel: _Selection) -> list[tuple[str, tuple[Any, ...]]]:
    """WHERE clauses (with parameters) of the rows of ``e`` this bundle carries; the index on
    ``_seq`` keeps a small delta cheap however large the store."""
    plan = sel.plan
    if plan is None or not (e is JEUNE or e.owned_by_youth):
        return _seq_clauses(sel)
    key = "id" if e is JEUNE else "jeune_id"
    ids_sql = f"{key} IN (SELECT value FROM json_each(?))"
    delta = json.dumps(sorted(plan.delta))
    return [
        (ids_sql, (json.dumps(sorted(plan.whole)),)),
        *((f"{where} AND {ids_sql}", (*params, delta)) for where, params in _seq_clauses(sel)),
    ]


def _count(db: Database, sel: _Selection) -> int:
    return sum(
        int(db.conn.execute(f"SELECT count(*) FROM {e.table} WHERE {where}", params).fetchone()[0])
        for e in ENTITIES.values()
        for where, params in _queries(e, sel)
    )


def _skipped(seq: int, starts: list[int], ranges: list[tuple[int, int]]) -> bool:
    i = bisect.bisect_right(starts, seq) - 1
    return i >= 0 and ranges[i][0] <= seq <= ranges[i][1]


class _Payload:
    def __init__(self, db: Database, sel: _Selection, progress: Progress | None) -> None:
        self.db = db
        self.sel = sel
        self.progress = progress
        self.records = 0
        self.raw_size = 0
        self.case_files: set[str] = set()

    def __iter__(self) -> Iterator[bytes]:
        comp = Compressor()
        sel = self.sel
        purges = sel.plan.purges if sel.plan else []
        total = _count(self.db, sel)
        skip_starts = [a for a, _ in sel.skip]
        if self.progress:
            self.progress(0, total)
        yield comp.add(head_line(sel.head))
        for line in sel.journal:
            yield comp.add(journal_line(line))
        for jeune_id in purges:
            yield comp.add(purge_line(jeune_id))
        for e in ENTITIES.values():
            conflicts = load_conflicts(self.db, e.table)
            for where, params in _queries(e, sel):
                # A case file sent whole goes whole: the peer may have removed it meanwhile.
                skipping = bool(skip_starts) and "_seq" in where
                cursor = self.db.conn.execute(f"{select_sql(e)} WHERE {where}", params)
                while rows := cursor.fetchmany(_FETCH):
                    for raw in rows:
                        row = to_row(e, raw)
                        if skipping and _skipped(row["_seq"], skip_starts, sel.skip):
                            continue
                        state = local_state(e, row, conflicts.get(row["id"]))
                        yield comp.add(record_line(state))
                        self.records += 1
                        owner = row["id"] if e is JEUNE else row.get("jeune_id")
                        if isinstance(owner, str):
                            self.case_files.add(owner)
                    if self.progress:
                        self.progress(self.records, total)
        # After the records: a peer erases the traces of values it has just seen blanked.
        for order in erasure.since(self.db, sel.head.base):
            yield comp.add(erasure_line(order))
        yield comp.add(end_line(self.records, len(purges)))
        yield comp.finish()
        self.raw_size = comp.raw_size


def export_bundle(
    store: Store,
    device_id: str,
    dest: Path,
    *,
    now: datetime | None = None,
    lifetime: timedelta = DEFAULT_LIFETIME,
    progress: Progress | None = None,
    enrolment: dict[str, Any] | None = None,
    prefix: bytes = b"",
    chunk_size: int = DEFAULT_CHUNK_SIZE,
) -> ExportResult:
    """Write the next bundle for ``device_id`` into ``dest`` (a folder, or a file path).

    ``enrolment`` and ``prefix`` are for the office's answer to an enrolment request: the full
    scope from scratch, and the office's public keys before the bundle.
    """
    db = store.db
    identity = ensure_identity(db)
    device = check_peer(db, get_device(db, device_id))
    place = output_place(dest, ENROLMENT_SUFFIX if enrolment is not None else BUNDLE_SUFFIX)
    day = (now or datetime.now(UTC)).astimezone(UTC).date()
    sender_label = own_label(db)
    with db.lock:
        sel = _select(db, identity, device, enrolment=enrolment, folder=place.folder)
        if place.file is None:
            path = free_name(
                place.folder,
                (lambda v: enrolment_name(device.device_id, v))
                if enrolment is not None
                else (lambda v: bundle_name(sender_label, device.label, day, sel.sequence, v)),
            )
        else:
            path = place.file
        payload = _Payload(db, sel, progress)
        with exclusive_output(path, reserved=place.file is None) as out:
            out.write(prefix)
            sealed = seal(
                iter(payload),
                out,
                sender=identity,
                recipient=device.public,
                sequence=sel.sequence,
                schema_version=FORMAT_MAJOR,
                capabilities=CAPABILITIES,
                extra={
                    "kind": "enrolment" if enrolment is not None else "data",
                    "replica": db.replica_id,
                    "format_minor": FORMAT_MINOR,
                    PEER_SEQ_KEY: imported_from(db, device.device_id),
                    **scope_entries(db),
                },
                lifetime=lifetime,
                now=now,
                chunk_size=chunk_size,
            )
    _read_back(path, len(prefix), identity.public, sel.sequence, device.device_id, now)
    size = len(prefix) + sealed.size
    with db.transaction():
        set_out_seq(db, device.device_id, sel.sequence)
        log_bundle(
            db,
            "export",
            device.device_id,
            sel.sequence,
            "enrolment" if enrolment is not None else "data",
            records=payload.records,
            purges=len(sel.plan.purges) if sel.plan else 0,
            size=size,
            file_name=path.name,
        )
        db.log("synchronisation", "paquet", f"{device.device_id}:{sel.sequence}")
        # Case data left this installation: the log names each case file, as for any export.
        for jeune_id in sorted(payload.case_files):
            db.log("export", "jeune", jeune_id)
    return ExportResult(
        path,
        device.device_id,
        device.label,
        sel.sequence,
        size,
        payload.records,
        len(sel.plan.purges) if sel.plan else 0,
    )


def _read_back(
    path: Path,
    offset: int,
    own: PublicIdentity,
    sequence: int,
    recipient: str,
    now: datetime | None,
) -> None:
    def lookup(device_id: str) -> PublicIdentity:
        if device_id != own.device_id:
            raise LookupError(device_id)
        return own

    with path.open("rb") as f:
        view: BinaryIO = Window(f, offset).as_binary() if offset else f
        header = verify_signed(view, lookup, now=now, header_check=lambda _h: None)
    if header.sequence != sequence or header.recipient != recipient:
        raise SyncError(
            _t(
                "Le paquet relu sur la clé ne correspond pas à celui qui "
                "vient d'être écrit : recommencez l'export, sur une autre clé si "
                "possible."
            )
        )
