"""This installation's identity and the devices it trusts (the office's signed device registry).

The identity's private keys live only in the encrypted database (table ``sync_identity``).
At the office, ``sync_device`` is the device registry: every enrolled laptop with its public
keys, scope and status; each change bumps the registry version, and the registry travels, signed
by the office, in every bundle for a laptop. On a laptop, ``sync_device`` holds the office.
"""

from __future__ import annotations

import base64
import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Final, TypeVar

from ..core.i18n import tr
from ..crypto.bundle_format import BundleRejected, RejectReason
from ..crypto.identity import Identity, PublicIdentity
from ..storage.database import Database
from .errors import SyncError, SyncReason, SyncRejected
from .scope import ScopeRule, dump_scope, parse_stored_scope

_REPLICA: Final = re.compile(r"[0-9a-f]{16}")
REGISTRY_CONTEXT: Final = b"dedans-dehors device registry v1"
MAX_LABEL: Final = 100
_T = TypeVar("_T")


def _t(text: str) -> str:
    return tr("Synchronisation", text)


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


# --- this installation -------------------------------------------------------------------------


def load_identity(db: Database) -> Identity | None:
    row = db.conn.execute("SELECT private FROM sync_identity WHERE id = 1").fetchone()
    return None if row is None else Identity.from_private_bytes(bytes(row[0]))


def ensure_identity(db: Database, label: str | None = None) -> Identity:
    """The installation's identity, created (keys generated) on first use."""
    with db.transaction():
        identity = load_identity(db)
        if identity is None:
            identity = Identity.generate()
            default = _t("Bureau — {structure}") if db.role == "office" else _t("Poste de {user}")
            text = clean_label(label) or default.format(structure=db.structure_name, user=db.user)
            db.conn.execute(
                "INSERT INTO sync_identity(id, private, label, created_at) VALUES (1, ?, ?, ?)",
                (identity.private_bytes(), text, now_iso()),
            )
        elif label and clean_label(label):
            db.conn.execute(
                "UPDATE sync_identity SET label = ? WHERE id = 1", (clean_label(label),)
            )
    return identity


def own_label(db: Database) -> str:
    row = db.conn.execute("SELECT label FROM sync_identity WHERE id = 1").fetchone()
    return str(row[0]) if row else ""


def clean_label(text: str | None) -> str:
    if not text:
        return ""
    return "".join(c for c in text if c.isprintable()).strip()[:MAX_LABEL]


# --- peers -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Device:
    device_id: str
    role: str
    label: str
    public: PublicIdentity
    status: str
    scope: tuple[ScopeRule, ...]
    enrolled_at: str
    revoked_at: str | None
    out_seq: int

    @property
    def active(self) -> bool:
        return self.status == "active"

    @property
    def fingerprint(self) -> str:
        return self.public.fingerprint()


_DEVICE_COLUMNS = "device_id, role, label, public, status, scope, enrolled_at, revoked_at, out_seq"


def _device(row: tuple[Any, ...]) -> Device:
    device_id, role, label, public, status, scope, enrolled_at, revoked_at, out_seq = row
    return Device(
        str(device_id),
        str(role),
        str(label),
        PublicIdentity.from_bytes(bytes(public)),
        str(status),
        parse_stored_scope(scope),
        str(enrolled_at),
        revoked_at,
        int(out_seq),
    )


def get_device(db: Database, device_id: str) -> Device | None:
    row = db.conn.execute(
        f"SELECT {_DEVICE_COLUMNS} FROM sync_device WHERE device_id = ?", (device_id,)
    ).fetchone()
    return None if row is None else _device(row)


def list_devices(db: Database) -> list[Device]:
    return [
        _device(r)
        for r in db.conn.execute(
            f"SELECT {_DEVICE_COLUMNS} FROM sync_device ORDER BY role DESC, label, device_id"
        )
    ]


def match_by_id_or_name(
    items: Sequence[_T],
    wanted: str,
    ident: Callable[[_T], str],
    names: Callable[[_T], tuple[str, ...]],
) -> list[_T]:
    """The items ``wanted`` designates: its exact id, else an id prefix (4+ characters), else
    one of its names (case folded). The caller refuses none or more than one."""
    matches = [i for i in items if ident(i) == wanted.lower()]
    if not matches and len(wanted) >= 4:
        matches = [i for i in items if ident(i).startswith(wanted.lower())]
    if not matches:
        matches = [i for i in items if wanted.casefold() in (n.casefold() for n in names(i))]
    return matches


def find_device(db: Database, text: str) -> Device:
    """A device by id, by an unambiguous id prefix (4+ characters), or by its exact label."""
    wanted = text.strip()
    devices = list_devices(db)
    if wanted.lower() in ("bureau", "office") and db.role == "laptop":
        offices = [d for d in devices if d.role == "office"]
        if len(offices) == 1:
            return offices[0]
    matches = match_by_id_or_name(devices, wanted, lambda d: d.device_id, lambda d: (d.label,))
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise SyncError(
            _t("Aucun poste inscrit ne correspond à « {nom} ».").format(nom=wanted[:60])
        )
    raise SyncError(
        _t("Plusieurs postes correspondent à « {nom} » : précisez l'identifiant.").format(
            nom=wanted[:60]
        )
    )


def office_device(db: Database) -> Device:
    """On a laptop: the office it is enrolled with."""
    for device in list_devices(db):
        if device.role == "office":
            return device
    raise SyncRejected(SyncReason.NOT_ENROLLED)


def add_device(
    db: Database,
    public: PublicIdentity,
    *,
    role: str,
    label: str,
    scope: tuple[ScopeRule, ...] = (),
) -> Device:
    with db.transaction():
        existing = get_device(db, public.device_id)
        if existing is not None and existing.status == "revoked":
            raise SyncError(
                _t(
                    "Ce poste a été révoqué : il ne peut pas être inscrit "
                    "de nouveau avec les mêmes clés. Créez une nouvelle demande "
                    "depuis une installation neuve."
                )
            )
        if existing is None:
            db.conn.execute(
                "INSERT INTO sync_device(device_id, role, label, public, status, scope, "
                "enrolled_at) VALUES (?, ?, ?, ?, 'active', ?, ?)",
                (
                    public.device_id,
                    role,
                    clean_label(label) or public.device_id[:8],
                    public.to_bytes(),
                    dump_scope(scope),
                    now_iso(),
                ),
            )
        else:
            db.conn.execute(
                "UPDATE sync_device SET label = ?, scope = ? WHERE device_id = ?",
                (clean_label(label) or existing.label, dump_scope(scope), public.device_id),
            )
        bump_registry(db)
    device = get_device(db, public.device_id)
    assert device is not None
    return device


def set_scope(db: Database, device_id: str, scope: tuple[ScopeRule, ...]) -> None:
    with db.transaction():
        db.conn.execute(
            "UPDATE sync_device SET scope = ? WHERE device_id = ?", (dump_scope(scope), device_id)
        )
        bump_registry(db)


def set_out_seq(db: Database, device_id: str, sequence: int) -> None:
    """The sequence number of the last bundle written for a device (inside the export's
    transaction); it never goes back (a restored store learns higher numbers from the stick)."""
    db.conn.execute(
        "UPDATE sync_device SET out_seq = max(out_seq, ?) WHERE device_id = ?",
        (sequence, device_id),
    )


def revoke(db: Database, device_id: str) -> None:
    """Every later bundle signed by this device is refused; nothing is exported to it."""
    with db.transaction():
        device = get_device(db, device_id)
        if device is None:
            raise SyncError(_t("Poste inconnu."))
        if device.role == "office":
            raise SyncError(_t("Le bureau ne peut pas être révoqué depuis un poste."))
        db.conn.execute(
            "UPDATE sync_device SET status = 'revoked', revoked_at = ? WHERE device_id = ?",
            (now_iso(), device_id),
        )
        bump_registry(db)
        db.log("modification", "sync_device", device_id)


def signer_lookup(db: Database, *, allow_revoked: bool = False) -> Callable[[str], PublicIdentity]:
    """``allow_revoked``: the caller judges a revoked sender's bundle by its date itself."""

    def lookup(device_id: str) -> PublicIdentity:
        device = get_device(db, device_id)
        if device is None:
            raise LookupError(device_id)
        if device.status == "revoked" and not allow_revoked:
            raise BundleRejected(RejectReason.REVOKED_SIGNER)
        return device.public

    return lookup


# --- the signed registry -----------------------------------------------------------------------


def _replicas_of(db: Database, device_id: str) -> list[str]:
    return [
        str(r[0])
        for r in db.conn.execute(
            "SELECT replica FROM sync_replica WHERE device_id = ? ORDER BY replica", (device_id,)
        )
    ]


def bump_registry(db: Database) -> None:
    version = int(db.meta("sync_registry_version", "0") or 0) + 1
    db.set_meta("sync_registry_version", str(version))


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object) -> bytes:
    if not isinstance(text, str) or len(text) > 1_000_000:
        raise ValueError("base64")
    return base64.b64decode(text.encode("ascii"), validate=True)


def signed_registry(
    db: Database, identity: Identity, for_device: str | None = None
) -> dict[str, Any]:
    """The device registry, signed by the office, as carried in the head of its bundles; the
    entry of ``for_device`` also gives its scope (no laptop learns another's)."""
    body = {
        "version": int(db.meta("sync_registry_version", "0") or 0),
        "office": identity.device_id,
        "issued_at": now_iso(),
        "devices": [
            {
                "id": d.device_id,
                "role": d.role,
                "label": d.label,
                "status": d.status,
                "replicas": _replicas_of(db, d.device_id),
            }
            | (
                # The recipient's own scope (scope_notice.py); older readers ignore the entry.
                {"scope": [[r.kind, r.value] for r in d.scope]} if d.device_id == for_device else {}
            )
            for d in list_devices(db)
        ]
        + [
            {
                "id": identity.device_id,
                "role": "office",
                "label": own_label(db),
                "status": "active",
                "replicas": [db.replica_id],
            }
        ],
    }
    raw = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()
    ed, ml = identity.sign(raw, REGISTRY_CONTEXT)
    return {"body": _b64(raw), "ed25519": _b64(ed), "mldsa": _b64(ml)}


@dataclass(frozen=True)
class Registry:
    version: int
    devices: list[dict[str, Any]]
    raw: bytes
    ed25519: bytes
    mldsa: bytes


def verify_registry(signed: object, office: PublicIdentity) -> Registry:
    try:
        if not isinstance(signed, dict) or set(signed) != {"body", "ed25519", "mldsa"}:
            raise ValueError("keys")
        raw, ed, ml = (_unb64(signed[k]) for k in ("body", "ed25519", "mldsa"))
        if not office.verify(raw, REGISTRY_CONTEXT, ed, ml):
            raise ValueError("signature")
        body = json.loads(raw.decode("ascii"))
        version = body["version"]
        devices = body["devices"]
        if (
            body["office"] != office.device_id
            or not isinstance(version, int)
            or not isinstance(devices, list)
            or len(devices) > 10_000
        ):
            raise ValueError("body")
        clean = [
            {
                "id": str(d["id"])[:32],
                "role": str(d["role"])[:10],
                "label": clean_label(str(d["label"])),
                "status": str(d["status"])[:10],
                "replicas": [
                    str(r)
                    for r in d["replicas"][:64]
                    if isinstance(r, str) and _REPLICA.fullmatch(r)
                ],
            }
            for d in devices
        ]
    except (ValueError, KeyError, TypeError) as exc:
        raise SyncRejected(SyncReason.BAD_REGISTRY) from exc
    return Registry(version, clean, raw, ed, ml)


def store_registry(db: Database, registry: Registry) -> None:
    row = db.conn.execute("SELECT version FROM sync_registry WHERE id = 1").fetchone()
    if row is not None and int(row[0]) > registry.version:
        return  # a stale bundle carries an older registry: keep the newer one
    db.conn.execute(
        "INSERT OR REPLACE INTO sync_registry(id, version, body, ed25519_sig, "
        "mldsa_sig) VALUES (1, ?, ?, ?, ?)",
        (registry.version, registry.raw, registry.ed25519, registry.mldsa),
    )


def stored_registry(db: Database) -> tuple[int, list[dict[str, Any]]] | None:
    row = db.conn.execute("SELECT version, body FROM sync_registry WHERE id = 1").fetchone()
    if row is None:
        return None
    return int(row[0]), list(json.loads(bytes(row[1]).decode("ascii"))["devices"])
