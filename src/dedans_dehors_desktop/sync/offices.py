"""Trust between Missions Locales for handovers, set up once per pair of offices.

Each office exports its identity (its public keys, its name), self-signed, to a file; the other
office reads it, shows the short fingerprint, and once a person has compared it with the one read
out over the phone by the other office (the gesture of enrolling a laptop), registers it. Either
side can revoke: every later transfer from a revoked office is refused, and none is written for
it; a revoked office's keys cannot be registered again.

Office peers live in ``office_peer``, apart from the laptops of ``sync_device``: a laptop's keys
never sign a transfer, and another office's keys never sign a data bundle.

Identity file layout: ``DDOFFID1`` | u32 body size | body (canonical JSON) | Ed25519 | ML-DSA-65.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from ..core.errors import InputRejected
from ..core.i18n import tr
from ..crypto.identity import PublicIdentity
from ..storage.database import Database
from .devices import clean_label, ensure_identity, match_by_id_or_name, now_iso, own_label
from .errors import SyncError
from .files import target
from .signed_file import read_signed_file, write_signed_file

IDENTITY_MAGIC: Final = b"DDOFFID1"
IDENTITY_CONTEXT: Final = b"dedans-dehors office identity v1"
IDENTITY_SUFFIX: Final = ".ddml"


def _t(text: str) -> str:
    return tr("Transferts", text)


class IdentityFileRejected(InputRejected):
    def __init__(self) -> None:
        super().__init__(
            _t(
                "Ce fichier n'est pas l'identité d'une Mission Locale (fichier endommagé ou "
                "modifié) : il a été refusé. Rien n'a été modifié."
            )
        )


@dataclass(frozen=True)
class OfficeIdentity:
    """An identity file read and self-signature checked, not yet trusted."""

    public: PublicIdentity
    label: str
    structure: str

    @property
    def office_id(self) -> str:
        return self.public.device_id

    @property
    def fingerprint(self) -> str:
        return self.public.fingerprint()


@dataclass(frozen=True)
class OfficePeer:
    office_id: str
    label: str
    structure: str
    public: PublicIdentity
    status: str
    added_at: str
    revoked_at: str | None
    in_seq: int
    out_seq: int

    @property
    def active(self) -> bool:
        return self.status == "active"

    @property
    def fingerprint(self) -> str:
        return self.public.fingerprint()

    @property
    def name(self) -> str:
        return self.structure or self.label


def require_office(db: Database) -> None:
    if db.role != "office":
        raise SyncError(
            _t("Les transferts entre Missions Locales se font depuis l'installation du bureau.")
        )


def identity_name(db: Database) -> str:
    identity = ensure_identity(db)
    return f"DD-identite-ML-{identity.device_id[:8]}{IDENTITY_SUFFIX}"


def export_identity(db: Database, dest: Path) -> tuple[Path, str]:
    """Write this office's identity file; returns its path and the fingerprint to read out."""
    require_office(db)
    identity = ensure_identity(db)
    path = target(dest, identity_name(db))
    write_signed_file(
        path,
        identity,
        IDENTITY_MAGIC,
        IDENTITY_CONTEXT,
        {"label": own_label(db), "structure": db.structure_name, "created_at": now_iso()},
    )
    return path, identity.public.fingerprint()


def read_identity(path: Path) -> OfficeIdentity:
    """Parse an identity file and check its self-signature (sizes first)."""
    public, body = read_signed_file(path, IDENTITY_MAGIC, IDENTITY_CONTEXT, IdentityFileRejected)
    try:
        label, structure = str(body["label"]), str(body["structure"])
    except KeyError:
        raise IdentityFileRejected() from None
    return OfficeIdentity(public, clean_label(label), clean_label(structure))


_COLUMNS = "office_id, label, structure, public, status, added_at, revoked_at, in_seq, out_seq"


def _peer(row: tuple[Any, ...]) -> OfficePeer:
    office_id, label, structure, public, status, added_at, revoked_at, in_seq, out_seq = row
    return OfficePeer(
        str(office_id),
        str(label),
        str(structure),
        PublicIdentity.from_bytes(bytes(public)),
        str(status),
        str(added_at),
        revoked_at,
        int(in_seq),
        int(out_seq),
    )


def get_office(db: Database, office_id: str) -> OfficePeer | None:
    row = db.conn.execute(
        f"SELECT {_COLUMNS} FROM office_peer WHERE office_id = ?", (office_id,)
    ).fetchone()
    return None if row is None else _peer(row)


def list_offices(db: Database) -> list[OfficePeer]:
    return [
        _peer(r)
        for r in db.conn.execute(f"SELECT {_COLUMNS} FROM office_peer ORDER BY structure, label")
    ]


def find_office(db: Database, text: str) -> OfficePeer:
    """An office by id, an id prefix (4+ characters), or its exact name."""
    wanted = text.strip()
    offices = list_offices(db)
    matches = match_by_id_or_name(
        offices, wanted, lambda o: o.office_id, lambda o: (o.label, o.structure)
    )
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise SyncError(
            _t("Aucune Mission Locale de confiance ne correspond à « {nom} ».").format(
                nom=wanted[:60]
            )
        )
    raise SyncError(
        _t("Plusieurs Missions Locales correspondent à « {nom} » : précisez l'identifiant.").format(
            nom=wanted[:60]
        )
    )


def trust_office(db: Database, office: OfficeIdentity) -> OfficePeer:
    """Register an office after a person compared the fingerprint (office side)."""
    require_office(db)
    own = ensure_identity(db)
    if office.office_id == own.device_id:
        raise SyncError(_t("Ce fichier est l'identité de cette Mission Locale elle-même."))
    with db.transaction():
        existing = get_office(db, office.office_id)
        if existing is not None and not existing.active:
            raise SyncError(
                _t(
                    "Cette Mission Locale a été révoquée : ses clés ne peuvent pas être "
                    "acceptées de nouveau. Demandez-lui une nouvelle identité."
                )
            )
        if existing is None:
            db.conn.execute(
                "INSERT INTO office_peer(office_id, label, structure, public, status, added_at) "
                "VALUES (?, ?, ?, ?, 'active', ?)",
                (
                    office.office_id,
                    office.label or office.office_id[:8],
                    office.structure,
                    office.public.to_bytes(),
                    now_iso(),
                ),
            )
        else:
            db.conn.execute(
                "UPDATE office_peer SET label = ?, structure = ? WHERE office_id = ?",
                (office.label or existing.label, office.structure, office.office_id),
            )
        db.log("modification", "office_peer", office.office_id)
    peer = get_office(db, office.office_id)
    assert peer is not None
    return peer


def revoke_office(db: Database, office_id: str) -> None:
    require_office(db)
    with db.transaction():
        if get_office(db, office_id) is None:
            raise SyncError(_t("Mission Locale inconnue."))
        db.conn.execute(
            "UPDATE office_peer SET status = 'revoked', revoked_at = ? WHERE office_id = ?",
            (now_iso(), office_id),
        )
        db.log("modification", "office_peer", office_id)


def next_out_seq(db: Database, office_id: str) -> int:
    """The sequence number of a new transfer for this office (inside a transaction)."""
    peer = get_office(db, office_id)
    assert peer is not None
    db.conn.execute(
        "UPDATE office_peer SET out_seq = ? WHERE office_id = ?", (peer.out_seq + 1, office_id)
    )
    return peer.out_seq + 1


def accept_in_seq(db: Database, office_id: str, sequence: int) -> None:
    """Record the sequence of an accepted transfer (inside the import's transaction)."""
    db.conn.execute("UPDATE office_peer SET in_seq = ? WHERE office_id = ?", (sequence, office_id))
