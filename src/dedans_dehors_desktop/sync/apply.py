"""Importing a bundle: verify everything, then apply it in one transaction.

1. Before anything is decrypted or parsed, the bundle layer checks both signatures over the whole
   file, the signer (known, not revoked), the recipient, the expiry and every chunk's tag.
2. Here: the format (major version, capabilities), the peer's role, the sequence number (equal to
   the last: already imported, nothing to do; lower: a replay; absurd jump: refused).
3. Then, in one SQLite transaction, the payload is parsed line by line with strict limits and
   each record's state joined with the local one; any error rolls everything back.
"""

from __future__ import annotations

import contextlib
import json
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, BinaryIO

from ..core.entities import ENTITIES, JEUNE
from ..core.i18n import tr
from ..crypto.bundle_format import BundleHeader, open_bundle
from ..crypto.bundle_peek import peek_header
from ..crypto.identity import Identity, PublicIdentity
from ..storage import erasure
from ..storage.database import Database
from ..storage.repository import Repository, select_sql
from ..storage.repository import row_to_dict as to_row
from ..storage.store import Store
from . import log_audit, peers
from .clock import ClockJudge
from .devices import (
    Device,
    ensure_identity,
    get_device,
    load_identity,
    signer_lookup,
    store_registry,
    verify_registry,
)
from .errors import SyncReason, SyncRejected
from .files import Window, check_input_file
from .history import log_bundle
from .numbering import PEER_SEQ_KEY, note_peer_saw
from .offer import is_enrolment_file, offer_device, read_offer
from .orphans import refresh_orphans
from .payload import (
    CAPABILITIES,
    CAPABILITY,
    FORMAT_MAJOR,
    Head,
    JournalLine,
    PayloadError,
    Purge,
    read_items,
)
from .registers import RecordState, merge_states
from .revocation import CONFIRMED_TABLE, RevocationJudge
from .rows import Inserts
from .scope import (
    cancel_purges,
    defer_purge,
    note_held,
    pending_purges,
    purge_is_safe,
    purge_youth,
    youth_names,
)
from .scope_notice import receive_scope_entries
from .state import load_conflicts, local_state, read_row, write_state

_REPLICA = re.compile(r"[0-9a-f]{16}")
Progress = Callable[[int, int], None]


def _t(text: str) -> str:
    return tr("Synchronisation", text)


@dataclass
class ImportResult:
    device_id: str
    label: str
    sequence: int
    kind: str = "data"
    already: bool = False
    records: int = 0
    inserted: int = 0
    conflicts: int = 0
    open_conflicts: int = 0
    purged: int = 0
    deferred: int = 0
    received: dict[str, int] = field(default_factory=dict)
    purged_names: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    journal_alerts: list[str] = field(default_factory=list)  # log_audit.py's findings

    @property
    def message(self) -> str:
        if self.already:
            return _t("Ce paquet a déjà été importé : rien n'a changé.")
        text = self._counts()
        text = " ".join([text, *self.notes])
        if self.journal_alerts:
            text += (
                "\n"
                + _t("ATTENTION, journal d'accès :")
                + "\n"
                + "\n".join(f"- {alert}" for alert in self.journal_alerts)
            )
        return text

    def _counts(self) -> str:
        parts = [
            plural(self.records, _t("modification importée"), _t("modifications importées")),
            plural(self.conflicts, _t("conflit à examiner"), _t("conflits à examiner")),
        ]
        if self.purged:
            removed = plural(
                self.purged,
                _t("dossier retiré de ce poste"),
                _t("dossiers retirés de ce poste"),
            )
            # Nothing leaves a laptop without its name being shown.
            if self.purged_names:
                removed += " (" + ", ".join(self.purged_names) + ")"
            parts.append(removed)
        return ", ".join(parts) + "."


def plural(n: int, one: str, many: str) -> str:
    return f"{n} {one if n <= 1 else many}"


@dataclass(frozen=True)
class Envelope:
    """What the signed header says, checked: who sent it, from which replica, what kind."""

    device: Device
    replica: str
    kind: str
    header: BundleHeader


def check_envelope(db: Database, header: BundleHeader, device: Device | None) -> Envelope:
    if header.schema_version > FORMAT_MAJOR:
        raise SyncRejected(SyncReason.NEWER_FORMAT)
    if set(header.capabilities) - set(CAPABILITIES):
        raise SyncRejected(SyncReason.UNKNOWN_CAPABILITY)
    if header.schema_version < 1 or CAPABILITY not in header.capabilities:
        raise SyncRejected(SyncReason.MALFORMED_PAYLOAD)
    extra = header.extra
    kind, replica, minor = extra.get("kind"), extra.get("replica"), extra.get("format_minor")
    if (
        kind not in ("data", "enrolment")
        or not isinstance(replica, str)
        or not _REPLICA.fullmatch(replica)
        or not isinstance(minor, int)
        or minor < 0
    ):
        raise SyncRejected(SyncReason.MALFORMED_PAYLOAD)
    if device is None:
        raise SyncRejected(SyncReason.NOT_ENROLLED)
    if (db.role == "office") == (device.role == "office"):
        raise SyncRejected(SyncReason.WRONG_ROLE)
    return Envelope(device, replica, str(kind), header)


def own_identity(db: Database) -> Identity:
    """The office always has its keys (made on first use); a laptop has them once enrolled."""
    identity = ensure_identity(db) if db.role == "office" else load_identity(db)
    if identity is None:
        raise SyncRejected(SyncReason.NOT_ENROLLED)
    return identity


def refuse_own(db: Database, identity: Identity, path: Path) -> None:
    """A bundle this installation wrote itself is for the other side: say so, whatever else."""
    header = peek_header(path)
    if header is None or header.sender != identity.device_id:
        return
    peer = get_device(db, header.recipient)
    raise SyncRejected(
        SyncReason.OWN_BUNDLE,
        _t(
            "Ce paquet (n° {n}) a été écrit par ce poste-ci, pour « {poste} » : il n'y a rien à "
            "importer ici. Emportez-le sur la clé jusqu'à son destinataire. Rien n'a été modifié."
        ).format(n=header.sequence, poste=peer.label if peer else header.recipient[:8]),
    )


@dataclass
class ReceiverChecks:
    """What the receiver judges in a signed header: dates (its own clock and history), and a
    revoked sender's bundle (before the revocation: only once a person confirmed)."""

    clock: ClockJudge
    revocation: RevocationJudge

    def __call__(self, header: BundleHeader) -> None:
        self.revocation(header)
        self.clock(header)


def import_bundle(
    store: Store,
    path: Path,
    *,
    now: datetime | None = None,
    progress: Progress | None = None,
    confirm_revoked: bool = False,
) -> ImportResult:
    """Import one bundle. ``confirm_revoked``: a person confirmed importing a bundle that a
    since-revoked laptop wrote before its revocation (office only; logged)."""
    db = store.db
    check_input_file(path)
    identity = own_identity(db)
    if is_enrolment_file(path):
        raise SyncRejected(SyncReason.WRONG_KIND)
    refuse_own(db, identity, path)
    checks = ReceiverChecks(ClockJudge(db, now), RevocationJudge(db, confirm_revoked))
    with path.open("rb") as f:
        opened = open_bundle(
            f, identity, signer_lookup(db, allow_revoked=True), now=now, header_check=checks
        )
        env = check_envelope(db, opened.header, get_device(db, opened.header.sender))
        if env.kind != "data":
            raise SyncRejected(SyncReason.WRONG_KIND)
        with db.lock:
            if not peers.check_sequence(db, env.device.device_id, env.replica, env.header.sequence):
                return ImportResult(
                    env.device.device_id, env.device.label, env.header.sequence, already=True
                )
            with db.transaction():
                result = apply_payload(
                    db, env, opened.chunks(), progress=progress, size=path.stat().st_size
                )
                if checks.revocation.accepted_revoked is not None:
                    # The person's confirmation, in the hash-chained access log.
                    db.log(
                        "synchronisation",
                        CONFIRMED_TABLE,
                        f"{env.device.device_id}:{env.header.sequence}",
                    )
        result.notes.extend(checks.clock.notes)
        return result


def apply_payload(
    db: Database,
    env: Envelope,
    chunks: Iterable[bytes],
    *,
    progress: Progress | None = None,
    size: int = 0,
    on_head: Callable[[Head], None] | None = None,
) -> ImportResult:
    """Apply a verified bundle's payload (inside the caller's transaction)."""
    result = ImportResult(env.device.device_id, env.device.label, env.header.sequence, env.kind)
    meter = _Meter(chunks)
    items = read_items(iter(meter))
    head = next(items)
    assert isinstance(head, Head)  # read_items guarantees the head comes first
    if head.replica != env.replica:
        raise PayloadError("replica")
    _check_head(db, env, head)
    note_peer_saw(db, env.device.device_id, env.header.extra.get(PEER_SEQ_KEY))
    receive_scope_entries(db, env.device, env.header.extra, head.registry)
    if on_head is not None:
        on_head(head)
    applier = _Applier(db, result)
    track_echo = not peers.is_retired(db, env.device.device_id, env.replica)
    purges: list[str] = []
    journal: list[JournalLine] = []
    erasures: list[erasure.ErasureOrder] = []
    total = int(env.header.payload_size) or 1
    for item in _with_progress(items, progress, total, meter):
        if isinstance(item, RecordState):
            applier.apply(item)
        elif isinstance(item, JournalLine):
            journal.append(item)
        elif isinstance(item, Purge):
            if db.role == "office":
                raise PayloadError("purge sent to the office")
            purges.append(item.jeune_id)
        elif isinstance(item, erasure.ErasureOrder):
            erasures.append(item)
    applier.finish()
    erase_received(db, erasures)
    if track_echo:
        peers.record_echo(db, env.device.device_id, env.replica, applier.pure)
    if db.role == "laptop":
        _purge(db, result, purges, applier.youths, head.vv)
    else:
        note_held(db, env.device.device_id, applier.youths)
    result.conflicts += refresh_orphans(db, applier.youths)
    peers.record_received(
        db,
        env.device.device_id,
        env.replica,
        env.header.sequence,
        base=head.base,
        hw=head.hw,
        echo=head.echo,
        sender_vv=head.vv,
    )
    result.journal_alerts = log_audit.incoming(
        db, env.device.device_id, env.device.label, env.header.sequence, head.journal, journal
    )
    result.open_conflicts = int(db.conn.execute("SELECT count(*) FROM conflict").fetchone()[0])
    log_bundle(
        db,
        "import",
        env.device.device_id,
        env.header.sequence,
        env.kind,
        records=result.records,
        conflicts=result.conflicts,
        purges=result.purged,
        size=size,
    )
    db.log("synchronisation", "paquet", f"{env.device.device_id}:{env.header.sequence}")
    return result


def erase_received(db: Database, orders: list[erasure.ErasureOrder]) -> None:
    """Erase the traces named by received orders, for the records held here, and keep the
    orders (new ones go on to this installation's other peers)."""
    repo = Repository(db)
    for (table, record_id), fields in erasure.for_records(orders).items():
        if read_row(db, ENTITIES[table], record_id) is not None:
            repo.erase_traces(table, record_id, fields, propagate=False)
    erasure.record(db, orders)


def _check_head(db: Database, env: Envelope, head: Head) -> None:
    if db.role == "laptop":
        if head.registry is None:
            raise PayloadError("registry")
        store_registry(db, verify_registry(head.registry, env.device.public))
    elif head.registry is not None or head.enrolment is not None:
        raise PayloadError("laptop head")
    if env.kind == "enrolment" and head.enrolment is None:
        raise PayloadError("enrolment")


class _Meter:
    """Counts the encrypted payload's bytes as they are read: the progress of an import is the
    share of the payload already applied (the header gives its size; the number of records is
    only known at its end)."""

    def __init__(self, chunks: Iterable[bytes]) -> None:
        self.chunks = chunks
        self.read = 0

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self.chunks:
            self.read += len(chunk)
            yield chunk


def _with_progress(
    items: Iterator[Any], progress: Progress | None, total: int, meter: _Meter
) -> Iterator[Any]:
    count = 0
    for item in items:
        yield item
        count += 1
        if progress is not None and count % 200 == 0:
            progress(min(meter.read, total), total)
    if progress is not None:
        progress(total, total)


class _Applier:
    """Applies records in batches: one query per table fetches the local rows of a batch, new
    rows go in with one insert per table."""

    BATCH = 500

    def __init__(self, db: Database, result: ImportResult) -> None:
        self.db = db
        self.result = result
        self.youths: set[str] = set()
        self.logged: set[tuple[str, str]] = set()
        self.batch: list[RecordState] = []
        self.batch_keys: set[tuple[str, str]] = set()
        self.with_conflicts = {
            (str(t), str(r))
            for t, r in db.conn.execute("SELECT DISTINCT tbl, record_id FROM conflict")
        }
        self.max_hlc = 0
        self.pure: list[int] = []

    def apply(self, remote: RecordState) -> None:
        key = (remote.table, remote.id)
        if key in self.batch_keys:  # the same record twice: the second sees the first
            self._flush()
        self.batch.append(remote)
        self.batch_keys.add(key)
        if len(self.batch) >= self.BATCH:
            self._flush()

    def _local_rows(self) -> dict[tuple[str, str], dict[str, Any]]:
        ids: dict[str, list[str]] = {}
        for remote in self.batch:
            ids.setdefault(remote.table, []).append(remote.id)
        found = {}
        for table, wanted in ids.items():
            e = ENTITIES[table]
            for raw in self.db.conn.execute(
                f"{select_sql(e)} WHERE id IN (SELECT value FROM json_each(?))",
                (json.dumps(wanted),),
            ):
                row = to_row(e, raw)
                found[(table, row["id"])] = row
        return found

    def _flush(self) -> None:
        db = self.db
        result = self.result
        received = result.received
        local_rows = self._local_rows() if self.batch else {}
        inserts = Inserts(db)
        top_hlc = self.max_hlc
        for remote in self.batch:
            e = ENTITIES[remote.table]
            row = local_rows.get((e.table, remote.id))
            local = None
            if row is not None:
                conflicts = None
                if (e.table, remote.id) in self.with_conflicts:
                    conflicts = load_conflicts(db, e.table, [remote.id]).get(remote.id)
                local = local_state(e, row, conflicts)
                merged = merge_states(local, remote)
            elif all(remote.registers.values()):
                # Not known here: the join with nothing is the received state itself (the
                # parser's registers are never empty; merge_states would only copy them).
                merged = remote
            else:
                merged = merge_states(None, remote)
            written = write_state(db, row, local, merged, inserts=inserts)
            received[e.table] = received.get(e.table, 0) + 1
            owner = remote.id if e is JEUNE else merged.value("jeune_id")
            if e is JEUNE or e.owned_by_youth:
                if isinstance(owner, str):
                    self.youths.add(owner)
            if written.written:
                result.records += 1
                result.inserted += int(written.inserted)
                # The access log names the case file (or reference record) touched.
                key = ("jeune", owner) if isinstance(owner, str) else (e.table, remote.id)
                if key not in self.logged:
                    self.logged.add(key)
                    db.log("synchronisation", *key)
                if merged is remote or (
                    merged.registers == remote.registers and merged.ctx == remote.ctx
                ):
                    self.pure.append(written.seq)
            if written.conflicts_opened:
                result.conflicts += len(written.conflicts_opened)
                self.with_conflicts.add((e.table, remote.id))
            for register in remote.registers.values():
                for value in register:
                    hlc = value[1].hlc
                    if hlc > top_hlc:
                        top_hlc = hlc
        self.max_hlc = top_hlc
        inserts.flush()
        self.batch.clear()
        self.batch_keys.clear()

    def finish(self) -> None:
        self._flush()
        self.db.clock.observe(self.max_hlc)


def _purge(
    db: Database,
    result: ImportResult,
    purges: list[str],
    received: set[str],
    office_vv: dict[str, int],
) -> None:
    """Remove the case files that left this laptop's scope, or keep them for later if the
    office does not have all their changes yet."""
    if received:
        cancel_purges(db, received)
    for jeune_id in sorted(set(purges) | pending_purges(db)):
        held = db.conn.execute("SELECT 1 FROM jeune WHERE id = ?", (jeune_id,)).fetchone()
        if held is None:
            cancel_purges(db, [jeune_id])
            continue
        if purge_is_safe(db, jeune_id, office_vv):
            result.purged_names.append(youth_name(db, jeune_id))
            purge_youth(db, jeune_id)
            result.purged += 1
        else:
            defer_purge(db, jeune_id)
            result.deferred += 1


def youth_name(db: Database, jeune_id: str) -> str:
    return youth_names(db, [jeune_id]).get(jeune_id, jeune_id[:8])


# --- verification without import ----------------------------------------------------------------


@dataclass
class BundleInfo:
    sender_id: str
    sender_label: str
    sequence: int
    kind: str
    created_at: datetime
    expires_at: datetime
    status: str  # 'new' | 'already' | 'replayed'
    records: dict[str, int]
    purges: int
    size: int


def inspect_bundle(store: Store, path: Path, *, now: datetime | None = None) -> BundleInfo:
    """Every check an import makes, and a full parse of the payload; writes nothing."""
    db = store.db
    check_input_file(path)
    identity = own_identity(db)
    offer = read_offer(path) if is_enrolment_file(path) else None
    if offer is None:
        refuse_own(db, identity, path)
    with path.open("rb") as f, contextlib.ExitStack() as stack:
        view: BinaryIO = f
        lookup: Callable[[str], PublicIdentity] = signer_lookup(db, allow_revoked=True)
        checks: Callable[[BundleHeader], None] | None = ReceiverChecks(
            ClockJudge(db, now), RevocationJudge(db)
        )
        if offer is not None:
            view = stack.enter_context(Window(f, offer.offset)).as_binary()
            lookup = offer.lookup
            checks = None
        opened = open_bundle(view, identity, lookup, now=now, header_check=checks)
        header = opened.header
        device = get_device(db, header.sender)
        if device is None and offer is not None:
            device = offer_device(header.sender, offer.public)
        env = check_envelope(db, header, device)
        status = "new"
        try:
            if not peers.check_sequence(db, env.device.device_id, env.replica, header.sequence):
                status = "already"
        except SyncRejected as exc:
            if exc.reason is not SyncReason.REPLAYED:
                raise
            status = "replayed"
        counts: dict[str, int] = {}
        purges = 0
        for item in read_items(opened.chunks()):
            if isinstance(item, RecordState):
                counts[item.table] = counts.get(item.table, 0) + 1
            elif isinstance(item, Purge):
                purges += 1
    return BundleInfo(
        env.device.device_id,
        env.device.label,
        header.sequence,
        env.kind,
        header.created_at,
        header.expires_at,
        status,
        counts,
        purges,
        path.stat().st_size,
    )
