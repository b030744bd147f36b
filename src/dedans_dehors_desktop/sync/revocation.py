"""Revocation has a date: a revoked laptop's bundles written before it can still reach the office,
deliberately (a person confirms, the confirmation is in the access log); those written after,
never.

A bundle's date is the sender's word, but a revoked laptop's is not needed to refuse: a bundle
that names (``peer_seq``) one of our bundles written after the revocation was written after it
too. What the person confirms is the rest: the date the bundle itself gives.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from ..core.i18n import tr
from ..crypto.bundle_format import BundleHeader, BundleRejected, RejectReason
from ..storage.database import Database
from .clock import exported_at
from .devices import Device, get_device
from .errors import SyncReason, SyncRejected
from .numbering import PEER_SEQ_KEY

CONFIRMED_TABLE = "paquet_poste_revoque"


def _t(text: str) -> str:
    return tr("Synchronisation", text)


def revoked_at(device: Device) -> datetime | None:
    if device.status != "revoked":
        return None
    try:
        moment = datetime.fromisoformat(str(device.revoked_at))
    except ValueError:
        return datetime.min.replace(tzinfo=UTC)  # no readable date: everything is after
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


class RevokedBefore(SyncRejected):
    """Written before its sender's revocation: importable once a person confirms."""

    def __init__(self, label: str, revoked: datetime, written: datetime) -> None:
        super().__init__(
            SyncReason.REVOKED_BEFORE,
            _t(
                "Ce paquet provient de « {poste} », révoqué le {rev}. Il indique avoir été écrit "
                "le {date}, avant la révocation : il peut être importé au bureau après "
                "confirmation (la confirmation est consignée dans le journal des accès). "
                "Rien n'a été modifié."
            ).format(
                poste=label, rev=f"{revoked:%d/%m/%Y %H:%M}", date=f"{written:%d/%m/%Y %H:%M}"
            ),
        )


@dataclass
class RevocationJudge:
    db: Database
    confirmed: bool = False
    accepted_revoked: Device | None = None

    def __call__(self, header: BundleHeader) -> None:
        device = get_device(self.db, header.sender)
        if device is None:
            return
        revoked = revoked_at(device)
        if revoked is None:
            return
        seen = exported_at(self.db, header.sender, header.extra.get(PEER_SEQ_KEY))
        after = header.created_at >= revoked or (seen is not None and seen >= revoked)
        if after or self.db.role != "office":
            raise BundleRejected(
                RejectReason.REVOKED_SIGNER,
                _t(
                    "Ce paquet provient de « {poste} », révoqué le {rev}, et a été écrit après "
                    "sa révocation : il est refusé, définitivement. Signalez-le au référent "
                    "sécurité de la Mission Locale. Rien n'a été modifié."
                ).format(poste=device.label, rev=f"{revoked:%d/%m/%Y %H:%M}"),
            )
        if not self.confirmed:
            raise RevokedBefore(device.label, revoked, header.created_at)
        self.accepted_revoked = device
