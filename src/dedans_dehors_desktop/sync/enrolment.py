"""Enrolment of a laptop by the office, through two files on the stick.

1. The laptop creates its keys (first use) and writes a request: its public keys, a label, a
   random nonce, signed with its own keys (proof that it holds them). Its screen shows the
   fingerprint of its keys.
2. The office reads the request and shows the same fingerprint; once a person has compared
   both screens, it registers the laptop with a scope and answers with its own public keys
   followed by a bundle for the laptop: signed by the office, encrypted for the laptop, carrying
   the nonce, the signed device registry and the laptop's first data. The office screen shows
   the office's fingerprint.
3. The laptop shows the office's fingerprint from the answer; once compared with the office
   screen, it checks the bundle against those keys, the nonce against its request, and imports.

Request layout: ``DDENREQ1`` | u32 body size | body (canonical JSON) | Ed25519 | ML-DSA-65.
Answer layout: ``DDENROL1`` | office public identity (fixed size) | bundle.
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, Final

from ..core.i18n import tr
from ..crypto.bundle_format import DEFAULT_LIFETIME, open_bundle
from ..crypto.identity import PublicIdentity
from ..storage.store import Store
from . import peers
from .apply import Envelope, ImportResult, apply_payload, check_envelope
from .devices import (
    Device,
    add_device,
    clean_label,
    ensure_identity,
    list_devices,
    load_identity,
    now_iso,
    own_label,
)
from .errors import SyncError, SyncReason, SyncRejected
from .export import ExportResult, Progress, export_bundle
from .files import Window, request_name, target
from .offer import ENROLMENT_MAGIC, offer_device, read_offer
from .payload import Head
from .scope import ScopeRule
from .signed_file import read_signed_file, write_signed_file

REQUEST_MAGIC: Final = b"DDENREQ1"
REQUEST_CONTEXT: Final = b"dedans-dehors enrolment request v1"
_NONCE = re.compile(r"[0-9a-f]{32}")
NONCE_META = "sync_enrol_nonce"


def _t(text: str) -> str:
    return tr("Synchronisation", text)


class RequestRejected(SyncRejected):
    def __init__(self) -> None:
        super().__init__(
            SyncReason.NOT_AN_ENROLMENT,
            _t(
                "Ce fichier n'est pas une demande d'inscription valide (fichier endommagé ou "
                "modifié) : il a été refusé. Rien n'a été modifié."
            ),
        )


@dataclass(frozen=True)
class EnrolmentRequest:
    public: PublicIdentity
    label: str
    nonce: str
    structure: str
    created_at: str

    @property
    def device_id(self) -> str:
        return self.public.device_id

    @property
    def fingerprint(self) -> str:
        return self.public.fingerprint()


@dataclass(frozen=True)
class RequestResult:
    path: Path
    device_id: str
    fingerprint: str


def create_request(store: Store, dest: Path, *, label: str | None = None) -> RequestResult:
    db = store.db
    if db.role != "laptop":
        raise SyncError(
            _t(
                "Seul un poste portable fait une demande d'inscription ; "
                "le bureau approuve les demandes."
            )
        )
    identity = ensure_identity(db, label)
    nonce = secrets.token_hex(16)
    path = target(dest, request_name(identity.device_id))
    write_signed_file(
        path,
        identity,
        REQUEST_MAGIC,
        REQUEST_CONTEXT,
        {
            "label": own_label(db),
            "nonce": nonce,
            "structure": db.structure_name,
            "created_at": now_iso(),
        },
    )
    with db.transaction():
        db.set_meta(NONCE_META, nonce)
    return RequestResult(path, identity.device_id, identity.public.fingerprint())


def read_request(path: Path) -> EnrolmentRequest:
    """Parse and check a request file (size limits first, then the self-signature)."""
    public, body = read_signed_file(path, REQUEST_MAGIC, REQUEST_CONTEXT, RequestRejected)
    try:
        label, nonce = str(body["label"]), str(body["nonce"])
        structure, created_at = str(body["structure"]), str(body["created_at"])
    except KeyError:
        raise RequestRejected() from None
    if not _NONCE.fullmatch(nonce):
        raise RequestRejected()
    return EnrolmentRequest(
        public, clean_label(label), nonce, clean_label(structure)[:200], created_at[:40]
    )


@dataclass(frozen=True)
class Approval:
    export: ExportResult
    device: Device
    office_fingerprint: str


def approve_request(
    store: Store,
    request: EnrolmentRequest,
    scope: tuple[ScopeRule, ...],
    dest: Path,
    *,
    label: str | None = None,
    now: datetime | None = None,
    lifetime: timedelta = DEFAULT_LIFETIME,
    progress: Progress | None = None,
) -> Approval:
    """Register the laptop (after a person compared fingerprints) and write the answer."""
    db = store.db
    if db.role != "office":
        raise SyncError(_t("Seul le bureau peut inscrire un poste."))
    identity = ensure_identity(db)
    if request.device_id == identity.device_id:
        raise SyncError(_t("Cette demande a été faite par ce poste lui-même."))
    device = add_device(
        db, request.public, role="laptop", label=label or request.label, scope=scope
    )
    enrolment = {
        "nonce": request.nonce,
        "device": request.device_id,
        "office_label": own_label(db),
        "structure": db.structure_name,
    }
    exported = export_bundle(
        store,
        device.device_id,
        dest,
        now=now,
        lifetime=lifetime,
        progress=progress,
        enrolment=enrolment,
        prefix=ENROLMENT_MAGIC + identity.public.to_bytes(),
    )
    return Approval(exported, device, identity.public.fingerprint())


def complete_enrolment(
    store: Store, path: Path, *, now: datetime | None = None, progress: Progress | None = None
) -> ImportResult:
    """Check the office's answer against this laptop's request and import it (one transaction).

    Call only after a person compared the office fingerprint (``read_offer``) with the office
    screen: the answer brings the keys that every later bundle will be checked against.
    """
    db = store.db
    if db.role != "laptop":
        raise SyncError(_t("Seul un poste portable s'inscrit auprès du bureau."))
    identity = load_identity(db)
    nonce = db.meta(NONCE_META)
    if identity is None or not nonce:
        raise SyncRejected(SyncReason.ENROLMENT_MISMATCH)
    offer = read_offer(path)
    offices = [d for d in list_devices(db) if d.role == "office"]
    if offices and offices[0].device_id != offer.public.device_id:
        raise SyncRejected(SyncReason.ALREADY_ENROLLED)
    with path.open("rb") as f, Window(f, offer.offset) as window:
        opened = open_bundle(window.as_binary(), identity, offer.lookup, now=now)
        env = check_envelope(
            db,
            opened.header,
            offices[0] if offices else offer_device(opened.header.sender, offer.public),
        )
        if env.kind != "enrolment":
            raise SyncRejected(SyncReason.WRONG_KIND)
        with db.lock:
            if offices and not peers.check_sequence(
                db, env.device.device_id, env.replica, env.header.sequence
            ):
                return ImportResult(
                    env.device.device_id,
                    env.device.label,
                    env.header.sequence,
                    "enrolment",
                    already=True,
                )
            with db.transaction():
                checker = _EnrolmentCheck(store, env, nonce)
                result = apply_payload(
                    db,
                    checker.env,
                    opened.chunks(),
                    progress=progress,
                    size=path.stat().st_size,
                    on_head=checker,
                )
                db.set_meta("sync_enrolled_at", now_iso())
    return result


class _EnrolmentCheck:
    """Runs on the answer's head, inside the import transaction, before any record."""

    def __init__(self, store: Store, env: Envelope, nonce: str) -> None:
        self.store = store
        self.env = env
        self.nonce = nonce

    def __call__(self, head: Head) -> None:
        db = self.store.db
        identity = load_identity(db)
        info: dict[str, Any] = head.enrolment or {}
        if (
            info.get("nonce") != self.nonce
            or identity is None
            or info.get("device") != identity.device_id
        ):
            raise SyncRejected(SyncReason.ENROLMENT_MISMATCH)
        label = clean_label(str(info.get("office_label") or "")) or _t("Bureau")
        add_device(db, self.env.device.public, role="office", label=label)
