"""The office's answer to an enrolment request starts with its public keys: reading them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from ..core.i18n import tr
from ..crypto.identity import PUBLIC_ENCODED_SIZE, InvalidIdentity, PublicIdentity
from .devices import Device, now_iso
from .errors import SyncReason, SyncRejected

ENROLMENT_MAGIC: Final = b"DDENROL1"


def _t(text: str) -> str:
    return tr("Synchronisation", text)


def is_enrolment_file(path: Path) -> bool:
    with path.open("rb") as f:
        return f.read(len(ENROLMENT_MAGIC)) == ENROLMENT_MAGIC


@dataclass(frozen=True)
class EnrolmentOffer:
    public: PublicIdentity
    offset: int

    @property
    def fingerprint(self) -> str:
        return self.public.fingerprint()

    @property
    def lookup(self) -> Callable[[str], PublicIdentity]:
        def find(device_id: str) -> PublicIdentity:
            if device_id != self.public.device_id:
                raise LookupError(device_id)
            return self.public

        return find


def read_offer(path: Path) -> EnrolmentOffer:
    """The office keys at the start of an enrolment answer, to show their fingerprint."""
    with path.open("rb") as f:
        head = f.read(len(ENROLMENT_MAGIC) + PUBLIC_ENCODED_SIZE)
    if (
        len(head) != len(ENROLMENT_MAGIC) + PUBLIC_ENCODED_SIZE
        or head[: len(ENROLMENT_MAGIC)] != ENROLMENT_MAGIC
    ):
        raise SyncRejected(SyncReason.NOT_AN_ENROLMENT)
    try:
        public = PublicIdentity.from_bytes(head[len(ENROLMENT_MAGIC) :])
    except InvalidIdentity:
        raise SyncRejected(SyncReason.NOT_AN_ENROLMENT) from None
    return EnrolmentOffer(public, len(head))


def offer_device(device_id: str, public: PublicIdentity, label: str = "") -> Device:
    """The office as a peer, before it is stored (its answer is being checked)."""
    return Device(
        device_id, "office", label or _t("Bureau"), public, "active", (), now_iso(), None, 0
    )
