"""The access log's head, sealed, inside every backup: a later rewrite of the log is caught.

A backup written by this version carries, between the key file and the database, a small JSON
record: the store's id, the head of its access log (last sequence number and hash), when, and a
MAC under the log key (log_chain.py). The live log must still contain that line unchanged:
this is checked when a new backup replaces an older one at the same place, and on demand
(``check --sauvegarde``). The database inside the backup holds the same lines, so the record
adds no case data; it only lets the check run without decrypting the whole backup.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime

from ..core.errors import InputRejected
from ..core.i18n import tr
from . import access_log, log_chain
from .connection import Connection

MAX_ANCHOR_BYTES = 4096


@dataclass(frozen=True)
class BackupAnchor:
    store_id: str
    seq: int
    hash: str
    at: str
    mac: str


def _mac(key: bytes, store_id: str, seq: int, digest: str, at: str) -> str:
    return log_chain.head_mac(key, seq, f"{store_id}|{digest}|{at}|sauvegarde")


def make(conn: Connection, key: bytes, store_id: str) -> bytes:
    head = access_log.read_head(conn)
    at = datetime.now(UTC).isoformat(timespec="seconds")
    body = {
        "store_id": store_id,
        "seq": head.seq,
        "hash": head.hash,
        "at": at,
        "mac": _mac(key, store_id, head.seq, head.hash, at),
    }
    return json.dumps(body, sort_keys=True, separators=(",", ":")).encode("utf-8")


def parse(raw: bytes) -> BackupAnchor:
    try:
        doc = json.loads(raw.decode("utf-8"))
        anchor = BackupAnchor(
            str(doc["store_id"]), int(doc["seq"]), str(doc["hash"]), str(doc["at"]), str(doc["mac"])
        )
    except (UnicodeDecodeError, ValueError, KeyError, TypeError):
        raise InputRejected(
            tr("Erreurs", "La sauvegarde est tronquée ou endommagée. Rien n'a été modifié.")
        ) from None
    if set(doc) != {"store_id", "seq", "hash", "at", "mac"} or anchor.seq < 0:
        raise InputRejected(
            tr("Erreurs", "La sauvegarde est tronquée ou endommagée. Rien n'a été modifié.")
        )
    return anchor


def check(conn: Connection, key: bytes, store_id: str, anchor: BackupAnchor) -> list[str]:
    """What the live log says about the head recorded in a backup of this store."""
    if anchor.store_id != store_id:
        return [tr("Journal", "Cette sauvegarde est celle d'une autre base : rien à comparer.")]
    date = anchor.at[:10]
    if not log_chain.same(anchor.mac, _mac(key, store_id, anchor.seq, anchor.hash, anchor.at)):
        return [
            tr(
                "Journal",
                "La tête de journal inscrite dans la sauvegarde du {date} a été falsifiée.",
            ).format(date=date)
        ]
    head = access_log.read_head(conn)
    if head.seq < anchor.seq:
        return [
            tr(
                "Journal",
                "Le journal d'accès s'arrête à la ligne {head} alors que la sauvegarde du {date} "
                "en contenait jusqu'à la ligne {seq} : des lignes ont été supprimées.",
            ).format(head=head.seq, date=date, seq=anchor.seq)
        ]
    found = access_log.hash_at(conn, anchor.seq)
    if found is not None and found != anchor.hash:
        return [
            tr(
                "Journal",
                "Le journal d'accès a été réécrit : sa ligne {seq} n'est plus celle que "
                "contenait la sauvegarde du {date}.",
            ).format(seq=anchor.seq, date=date)
        ]
    return []
