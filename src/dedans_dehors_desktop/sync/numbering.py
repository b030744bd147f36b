"""Bundle numbers that survive a restore: the next number is past every number this
installation ever used for a peer.

A restored installation has its old counter back (``sync_device.out_seq`` from the backup), but
bundles it wrote after the backup may still be on the stick or already at the peer. So the next
number is one past the highest of: the counter, the history of bundles written, what the peer
says it imported from us (``peer_seq`` in the signed header of its bundles), and our own bundles
for that peer found in the folder being written to (checked against our signature, so a stray
file cannot push the numbers).
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Final

from ..crypto.bundle_format import BundleRejected, verify_signed
from ..crypto.bundle_peek import peek_header
from ..crypto.identity import PublicIdentity
from ..storage.database import Database
from .files import BUNDLE_SUFFIX

PEER_SAW: Final = "sync_peer_saw:"
"""Meta key prefix: the highest of our bundle numbers a peer said it imported."""
PEER_SEQ_KEY: Final = "peer_seq"
"""Header entry: the highest bundle number the sender imported from the recipient."""


def bundle_files(folder: Path) -> list[Path]:
    """Bundle files directly in ``folder`` (any letter case: FAT32 shows ``.DDB`` too)."""
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    return sorted(
        p
        for p in entries
        if p.suffix.lower() == BUNDLE_SUFFIX and not p.name.startswith(".") and p.is_file()
    )


def own_on_stick(folder: Path, own: PublicIdentity, recipient: str) -> int:
    """Highest number of the bundles we signed for ``recipient`` found in ``folder``."""
    best = 0

    def lookup(device_id: str) -> PublicIdentity:
        if device_id != own.device_id:
            raise LookupError(device_id)
        return own

    for path in bundle_files(folder):
        header = peek_header(path)
        if header is None or header.sender != own.device_id or header.recipient != recipient:
            continue
        if header.sequence <= best:
            continue
        with contextlib.suppress(BundleRejected, OSError), path.open("rb") as f:
            # Any date is fine here: only the signature matters.
            verify_signed(f, lookup, header_check=lambda _h: None)
            best = header.sequence
    return best


def peer_saw(db: Database, device_id: str) -> int:
    return int(db.meta(PEER_SAW + device_id, "0") or 0)


def note_peer_saw(db: Database, device_id: str, sequence: object) -> None:
    """Remember the number a peer said it imported from us (inside the import transaction)."""
    if isinstance(sequence, int) and not isinstance(sequence, bool) and sequence > 0:
        if sequence > peer_saw(db, device_id):
            db.set_meta(PEER_SAW + device_id, str(sequence))


def imported_from(db: Database, device_id: str) -> int:
    """The highest bundle number we imported from ``device_id`` (any of its replicas)."""
    row = db.conn.execute(
        "SELECT max(last_seq) FROM sync_replica WHERE device_id = ?", (device_id,)
    ).fetchone()
    return int(row[0] or 0)


def next_sequence(
    db: Database, device_id: str, out_seq: int, folder: Path | None, own: PublicIdentity
) -> int:
    logged = db.conn.execute(
        "SELECT max(sequence) FROM sync_bundle_log WHERE direction = 'export' AND device_id = ?",
        (device_id,),
    ).fetchone()[0]
    stick = own_on_stick(folder, own, device_id) if folder is not None else 0
    return max(out_seq, int(logged or 0), peer_saw(db, device_id), stick) + 1
