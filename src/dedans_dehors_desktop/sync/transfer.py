"""A transfer bundle: case files handed over from one Mission Locale to another.

The bundle format is the one of the sync (crypto/bundle_format.py): encrypted to the receiving
office's key, signed by the sending office's Ed25519 and ML-DSA keys, every chunk authenticated.
Only offices registered in ``office_peer`` (sync/offices.py) can sign one, only the office it is
addressed to can open it, and its sequence number is checked against the last one accepted from
that office: a copy or a replay is refused.

The payload is one zlib-compressed JSON document: who sends, and per youth the consent to the
handover (date, how, recorded by whom: required), the categories the referent chose, the
records in stored form, the reference records they point to (by name at the receiver), and the
field history of what travels. Notes travel only when chosen one by one. The receiving side
validates every record through the write path, inside one transaction: any error refuses the
whole transfer and nothing is written.
"""

from __future__ import annotations

import json
import uuid
import zlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any, Final

from ..core.entities import ENTITIES, JEUNE, Entity
from ..core.enums import METHODE_CONSENTEMENT
from ..core.errors import InputRejected, ValidationError
from ..core.i18n import tr
from ..core.textnorm import fold
from ..crypto.bundle_format import (
    DEFAULT_LIFETIME,
    BundleRejected,
    RejectReason,
    open_bundle,
    seal,
    verify_signed,
)
from ..crypto.identity import PublicIdentity
from ..storage.repository import record_history, row_to_dict, select_sql
from ..storage.store import Store
from ..storage.versions import Dot
from . import offices, transfer_log
from .devices import clean_label, ensure_identity, now_iso, own_label
from .errors import SyncError
from .files import atomic_output, target

KIND: Final = "transfer"
CAPABILITY: Final = "dd-transfer-json-zlib"
SUFFIX: Final = ".ddtr"
MAX_PAYLOAD: Final = 256 * 1024**2
MAX_YOUTHS: Final = 500
MAX_RECORDS_PER_TABLE: Final = 20_000

# What the referent chooses, by category; notes are chosen one by one on top.
CATEGORIES: Final[dict[str, tuple[str, ...]]] = {
    "identite": ("jeune", "profil", "consentement"),
    "parcours": (
        "suivi_judiciaire",
        "positionnement",
        "accompagnement",
        "eligibilite",
        "amenagement",
        "frein",
    ),
    "actions": ("objectif", "action", "orientation"),
    "situations": ("situation",),
    "rendez_vous": ("actualite",),
    "historique": (),
}
REQUIRED_CATEGORY: Final = "identite"
REF_TABLES: Final = ("dispositif", "etablissement", "partenaire")
# Creation order at the receiver: a record's references exist before it.
_ORDER: Final = (
    "jeune",
    "profil",
    "consentement",
    "suivi_judiciaire",
    "positionnement",
    "accompagnement",
    "eligibilite",
    "amenagement",
    "frein",
    "objectif",
    "action",
    "orientation",
    "situation",
    "actualite",
)


def _t(text: str) -> str:
    return tr("Transferts", text)


def category_label(name: str) -> str:
    return {
        "identite": _t("Identité"),
        "parcours": _t("Parcours"),
        "actions": _t("Actions"),
        "situations": _t("Situations"),
        "rendez_vous": _t("Rendez-vous"),
        "historique": _t("Historique des modifications"),
    }.get(name, name)


class TransferRejected(InputRejected):
    """A transfer refused; nothing was written. ``reason`` is stable, for tests."""

    def __init__(self, reason: str, message: str) -> None:
        unchanged = _t("Rien n'a été modifié.")
        super().__init__(f"{message} {unchanged}")
        self.reason = reason


def _rejected(reason: str) -> TransferRejected:
    messages = {
        "unknown_office": _t(
            "Ce transfert provient d'une Mission Locale inconnue : importez d'abord son "
            "identité en comparant l'empreinte avec elle. Il a été refusé."
        ),
        "revoked_office": _t(
            "Ce transfert provient d'une Mission Locale révoquée : il a été refusé."
        ),
        "other_office": _t(
            "Ce transfert est destiné à une autre Mission Locale : il a été refusé."
        ),
        "replayed": _t("Ce transfert a déjà été reçu (copie ou rejeu) : il a été refusé."),
        "no_consent": _t(
            "Ce transfert ne porte pas le consentement du jeune à son transfert (date, manière, "
            "personne qui l'a recueilli) : il a été refusé."
        ),
        "tampered": _t(
            "Ce fichier de transfert a été modifié ou endommagé depuis son envoi : il a été "
            "refusé. Demandez un nouvel envoi à la Mission Locale d'origine."
        ),
        "expired": _t(
            "Ce transfert a expiré : il a été refusé. Demandez un nouvel envoi à la Mission "
            "Locale d'origine."
        ),
        "not_a_transfer": _t("Ce fichier n'est pas un transfert de dossiers : il a été refusé."),
        "malformed": _t(
            "Le contenu de ce transfert est mal formé, bien que correctement signé : il a été "
            "refusé."
        ),
    }
    return TransferRejected(reason, messages[reason])


_BUNDLE_REASONS: Final = {
    RejectReason.UNKNOWN_SIGNER: "unknown_office",
    RejectReason.REVOKED_SIGNER: "revoked_office",
    RejectReason.WRONG_RECIPIENT: "other_office",
    RejectReason.EXPIRED: "expired",
    RejectReason.NOT_A_BUNDLE: "not_a_transfer",
}


# --- consent and selection ---------------------------------------------------------------------


@dataclass(frozen=True)
class Consent:
    """The youth's consent to the handover: when, how (written or oral), recorded by whom."""

    date: str  # ISO
    methode: str
    recorded_by: str

    def as_json(self) -> dict[str, str]:
        return {"date": self.date, "methode": self.methode, "recorded_by": self.recorded_by}

    @classmethod
    def parse(cls, value: object) -> Consent:
        """Checked consent, or ``ValueError`` (missing, incomplete or malformed)."""
        if not isinstance(value, dict) or set(value) != {"date", "methode", "recorded_by"}:
            raise ValueError("consent")
        day, how, who = value["date"], value["methode"], value["recorded_by"]
        if not isinstance(day, str) or not isinstance(how, str) or not isinstance(who, str):
            raise ValueError("consent")
        parsed = date.fromisoformat(day)
        who = clean_label(who)
        if how not in METHODE_CONSENTEMENT or not who:
            raise ValueError("consent")
        return cls(parsed.isoformat(), how, who)


@dataclass(frozen=True)
class Selection:
    """What the referent chose to hand over for one youth."""

    jeune_id: str
    consent: Consent | None
    categories: frozenset[str] = frozenset(CATEGORIES)
    notes: frozenset[str] = frozenset()  # ids of the records whose note travels


def check_selection(selection: Selection) -> Consent:
    if selection.consent is None:
        raise ValidationError(
            _t("Le consentement du jeune au transfert est obligatoire (date, manière, par qui)."),
            "consent",
        )
    try:
        Consent.parse(selection.consent.as_json())
    except ValueError:
        raise ValidationError(
            _t("Le consentement du jeune au transfert est incomplet ou invalide."), "consent"
        ) from None
    unknown = set(selection.categories) - set(CATEGORIES)
    if unknown or REQUIRED_CATEGORY not in selection.categories:
        raise ValidationError(
            _t("L'identité du jeune fait toujours partie d'un transfert."), "categories"
        )
    return selection.consent


# --- sending -----------------------------------------------------------------------------------


def _rows(store: Store, e: Entity, where: str, params: Sequence[Any]) -> list[dict[str, Any]]:
    return [
        row_to_dict(e, r)
        for r in store.db.conn.execute(f"{select_sql(e)} WHERE {where} AND _deleted = 0", params)
    ]


def _stored_values(e: Entity, row: Mapping[str, Any], keep_notes: bool) -> dict[str, Any]:
    values: dict[str, Any] = {"id": row["id"]}
    for f in e.fields:
        if f.kind == "note" and not keep_notes:
            continue
        if row[f.name] is not None:
            values[f.name] = row[f.name]
    return values


def youth_payload(store: Store, selection: Selection) -> dict[str, Any]:
    """One youth's part of a transfer, read from the store (what the referent chose)."""
    consent = check_selection(selection)
    jeune = _rows(store, JEUNE, "id = ?", (selection.jeune_id,))
    if not jeune:
        raise SyncError(_t("Ce dossier n'existe pas ou a été supprimé."))
    tables = {t for c in selection.categories for t in CATEGORIES[c]}
    records: dict[str, list[dict[str, Any]]] = {"jeune": [_stored_values(JEUNE, jeune[0], True)]}
    refs: dict[str, dict[str, dict[str, Any]]] = {t: {} for t in REF_TABLES}
    kept_notes: set[str] = set()
    for table in _ORDER[1:]:
        if table not in tables:
            continue
        e = ENTITIES[table]
        rows = _rows(store, e, "jeune_id = ?", (selection.jeune_id,))
        out = []
        for row in rows:
            keep = row["id"] in selection.notes
            if keep:
                kept_notes.add(row["id"])
            out.append(_stored_values(e, row, keep))
            for f in e.fields:
                if f.kind == "ref" and f.ref in REF_TABLES and row[f.name]:
                    ref_e = ENTITIES[f.ref]
                    found = _rows(store, ref_e, "id = ?", (row[f.name],))
                    if found:
                        refs[f.ref][row[f.name]] = _stored_values(ref_e, found[0], True)
        if out:
            records[table] = out
    history: list[dict[str, Any]] = []
    if "historique" in selection.categories:
        history = _history(store, records, kept_notes)
    return {
        "consent": consent.as_json(),
        "categories": sorted(selection.categories),
        "records": records,
        "refs": {t: list(v.values()) for t, v in refs.items() if v},
        "history": history,
    }


def _history(
    store: Store, records: Mapping[str, list[dict[str, Any]]], kept_notes: set[str]
) -> list[dict[str, Any]]:
    out = []
    for table, rows in records.items():
        e = ENTITIES[table]
        for row in rows:
            for entry in store.repo.history(table, row["id"]):
                name = entry["field"]
                if not e.has_field(name):
                    continue
                if e.field(name).kind == "note" and row["id"] not in kept_notes:
                    continue
                out.append(
                    {
                        "t": table,
                        "id": row["id"],
                        "field": name,
                        "old": entry["old"],
                        "new": entry["new"],
                        "author": str(entry["author"])[:200],
                        "hlc": int(entry["hlc"]),
                    }
                )
    return out


@dataclass(frozen=True)
class SentTransfer:
    path: Path
    transfer_id: str
    office: offices.OfficePeer
    sequence: int
    jeune_ids: tuple[str, ...]
    erase_after: str | None


def _compress(doc: Mapping[str, Any]) -> bytes:
    raw = json.dumps(doc, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return zlib.compress(raw.encode("utf-8"), 6)


def transfer_name(sender: str, recipient: str, sequence: int) -> str:
    return f"DD-transfert-{sender[:8]}-{recipient[:8]}-{sequence:04d}{SUFFIX}"


def write_transfer(
    store: Store,
    office_id: str,
    selections: Sequence[Selection],
    dest: Path,
    *,
    erase_after_days: int | None = 90,
    now: datetime | None = None,
    lifetime: timedelta = DEFAULT_LIFETIME,
    document: Mapping[str, Any] | None = None,
) -> SentTransfer:
    """Write a transfer of ``selections`` for a trusted office and keep the trace.

    ``document`` replaces the payload as built (for tests that need a transfer a buggy sender
    could produce); the trace is then not recorded.
    """
    db = store.db
    offices.require_office(db)
    peer = offices.get_office(db, office_id)
    if peer is None or not peer.active:
        raise SyncError(
            _t("Cette Mission Locale n'est pas (ou plus) de confiance : rien n'a été écrit.")
        )
    if not selections and document is None:
        raise ValidationError(_t("Choisissez au moins un jeune à transférer."))
    if len(selections) > MAX_YOUTHS:
        raise ValidationError(_t("Trop de dossiers pour un seul transfert."))
    identity = ensure_identity(db)
    moment = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    transfer_id = str(uuid.uuid4())
    youths = [youth_payload(store, s) for s in selections]
    doc = document or {
        "transfer_id": transfer_id,
        "from": {"label": own_label(db), "structure": db.structure_name},
        "created_at": moment.isoformat(),
        "youths": youths,
    }
    payload = _compress(doc)
    with db.lock, db.transaction():
        sequence = offices.next_out_seq(db, office_id)
        path = target(dest, transfer_name(identity.device_id, office_id, sequence))
        with atomic_output(path) as out:
            seal(
                iter([payload]),
                out,
                sender=identity,
                recipient=peer.public,
                sequence=sequence,
                schema_version=1,
                capabilities=(CAPABILITY,),
                extra={"kind": KIND, "format_minor": 0},
                lifetime=lifetime,
                now=moment,
            )
        _read_back(path, identity.public, sequence, now=moment)
        erase_after = None
        if erase_after_days is not None:
            erase_after = (moment.date() + timedelta(days=max(0, erase_after_days))).isoformat()
        if document is None:
            for s in selections:
                consent = check_selection(s)
                transfer_log.record_out(
                    db,
                    transfer_id,
                    [s.jeune_id],
                    peer.office_id,
                    peer.name,
                    sequence,
                    moment.isoformat(),
                    consent.as_json(),
                    erase_after,
                )
                db.log("transfert", "jeune", s.jeune_id)
    return SentTransfer(
        path,
        transfer_id,
        peer,
        sequence,
        tuple(s.jeune_id for s in selections),
        erase_after,
    )


def _read_back(path: Path, own: PublicIdentity, sequence: int, *, now: datetime) -> None:
    def lookup(device_id: str) -> PublicIdentity:
        if device_id != own.device_id:
            raise LookupError(device_id)
        return own

    with path.open("rb") as f:
        header = verify_signed(f, lookup, now=now)
    if header.sequence != sequence:
        raise SyncError(_t("Le fichier relu ne correspond pas à celui écrit : recommencez."))


# --- receiving ---------------------------------------------------------------------------------


@dataclass
class IncomingYouth:
    consent: Consent
    categories: list[str]
    records: dict[str, list[dict[str, Any]]]
    refs: dict[str, list[dict[str, Any]]]
    history: list[dict[str, Any]]

    @property
    def identity(self) -> dict[str, Any]:
        return self.records["jeune"][0]

    @property
    def counts(self) -> dict[str, int]:
        return {t: len(rows) for t, rows in self.records.items() if t != "jeune"}

    @property
    def notes(self) -> int:
        return sum(
            1
            for t, rows in self.records.items()
            for r in rows
            for f in ENTITIES[t].fields
            if f.kind == "note" and r.get(f.name)
        )


@dataclass
class IncomingTransfer:
    office: offices.OfficePeer
    transfer_id: str
    sequence: int
    sent_at: str
    from_label: str
    youths: list[IncomingYouth] = field(default_factory=list)


def _lookup(store: Store) -> Any:
    def lookup(device_id: str) -> PublicIdentity:
        peer = offices.get_office(store.db, device_id)
        if peer is None:
            raise LookupError(device_id)
        if not peer.active:
            raise BundleRejected(RejectReason.REVOKED_SIGNER)
        return peer.public

    return lookup


def read_transfer(store: Store, path: Path, *, now: datetime | None = None) -> IncomingTransfer:
    """Every check (signatures, sender, recipient, expiry, replay, consent, structure); writes
    nothing. What the receiving office previews before accepting."""
    db = store.db
    offices.require_office(db)
    identity = ensure_identity(db)
    try:
        with path.open("rb") as f:
            opened = open_bundle(f, identity, _lookup(store), now=now)
            header = opened.header
            if header.extra.get("kind") != KIND or CAPABILITY not in header.capabilities:
                raise _rejected("not_a_transfer")
            raw = opened.read_all(MAX_PAYLOAD)
    except FileNotFoundError:
        raise _rejected("not_a_transfer") from None
    except BundleRejected as exc:
        raise _rejected(_BUNDLE_REASONS.get(exc.reason, "tampered")) from exc
    peer = offices.get_office(db, header.sender)
    assert peer is not None  # the lookup found it
    doc = _decompress(raw)
    transfer_id = doc.get("transfer_id")
    if not isinstance(transfer_id, str) or len(transfer_id) > 40:
        raise _rejected("malformed")
    # Transfers are not cumulative like sync bundles: one written earlier may arrive later and
    # is still new. A copy of one accepted (same id or same sequence) is a replay; an old one
    # never accepted has expired (the bundle's lifetime).
    if transfer_log.known_transfer(db, transfer_id, peer.office_id, header.sequence):
        raise _rejected("replayed")
    sender = doc.get("from")
    youths = doc.get("youths")
    if not isinstance(sender, dict) or not isinstance(youths, list) or not youths:
        raise _rejected("malformed")
    if len(youths) > MAX_YOUTHS:
        raise _rejected("malformed")
    incoming = IncomingTransfer(
        peer,
        transfer_id,
        header.sequence,
        header.created_at.isoformat(),
        clean_label(str(sender.get("structure") or "")) or peer.name,
    )
    for y in youths:
        incoming.youths.append(_parse_youth(y))
    return incoming


def _decompress(raw: bytes) -> dict[str, Any]:
    try:
        z = zlib.decompressobj()
        data = z.decompress(raw, MAX_PAYLOAD)
        if z.unconsumed_tail or not z.eof:
            raise _rejected("malformed")
        doc = json.loads(data.decode("utf-8"))
    except (zlib.error, ValueError, RecursionError):
        raise _rejected("malformed") from None
    if not isinstance(doc, dict):
        raise _rejected("malformed")
    return doc


def _parse_youth(y: object) -> IncomingYouth:
    if not isinstance(y, dict):
        raise _rejected("malformed")
    try:
        consent = Consent.parse(y.get("consent"))
    except ValueError:
        raise _rejected("no_consent") from None
    records, refs, history, categories = (
        y.get("records"),
        y.get("refs", {}),
        y.get("history", []),
        y.get("categories"),
    )
    if (
        not isinstance(records, dict)
        or not isinstance(refs, dict)
        or not isinstance(history, list)
        or not isinstance(categories, list)
        or not all(c in CATEGORIES for c in categories)
    ):
        raise _rejected("malformed")
    if set(records) - set(_ORDER) or set(refs) - set(REF_TABLES):
        raise _rejected("malformed")
    for group in (records, refs):
        for rows in group.values():
            if not isinstance(rows, list) or len(rows) > MAX_RECORDS_PER_TABLE:
                raise _rejected("malformed")
            if not all(isinstance(r, dict) and _uuid(r.get("id")) for r in rows):
                raise _rejected("malformed")
    if not isinstance(records.get("jeune"), list) or len(records["jeune"]) != 1:
        raise _rejected("malformed")
    if not all(isinstance(h, dict) for h in history):
        raise _rejected("malformed")
    return IncomingYouth(consent, [str(c) for c in categories], records, refs, history)


def _uuid(value: object) -> bool:
    if not isinstance(value, str):
        return False
    try:
        return str(uuid.UUID(value)) == value
    except ValueError:
        return False


@dataclass(frozen=True)
class Placement:
    """Where one incoming youth goes: an existing case file (merge) or a new one (None)."""

    merge_into: str | None = None


@dataclass
class Accepted:
    transfer_id: str
    office_label: str
    youths: list[tuple[str, str]] = field(default_factory=list)  # (local id, created|merged)
    records: int = 0


def accept_transfer(
    store: Store,
    path: Path,
    placements: Sequence[Placement] | None = None,
    *,
    now: datetime | None = None,
) -> Accepted:
    """Check the transfer again and apply it in one transaction: each youth merged into the
    case file given, or created; provenance on every record; the consent recorded."""
    db = store.db
    incoming = read_transfer(store, path, now=now)
    chosen = list(placements or [Placement() for _ in incoming.youths])
    if len(chosen) != len(incoming.youths):
        raise ValidationError(_t("Indiquez, pour chaque jeune, s'il faut fusionner ou créer."))
    received_at = (now or datetime.now(UTC)).astimezone(UTC).date().isoformat()
    label = incoming.from_label
    result = Accepted(incoming.transfer_id, label)
    try:
        with db.lock, db.transaction():
            for youth, placement in zip(incoming.youths, chosen, strict=True):
                local_id, how, written = _apply_youth(store, youth, placement, incoming)
                result.youths.append((local_id, how))
                result.records += len(written)
                transfer_log.add_provenance(db, written, incoming.transfer_id, label, received_at)
            transfer_log.record_in(
                db,
                transfer_log.InTransfer(
                    incoming.transfer_id,
                    incoming.office.office_id,
                    label,
                    incoming.sequence,
                    incoming.sent_at,
                    now_iso(),
                    result.youths,
                ),
            )
            offices.accept_in_seq(
                db, incoming.office.office_id, max(incoming.sequence, incoming.office.in_seq)
            )
    except ValidationError as exc:
        raise TransferRejected(
            "malformed",
            _t("Une fiche de ce transfert est invalide ({detail}) : il a été refusé.").format(
                detail=exc.message
            ),
        ) from exc
    return result


def _apply_youth(
    store: Store, youth: IncomingYouth, placement: Placement, incoming: IncomingTransfer
) -> tuple[str, str, list[tuple[str, str]]]:
    repo = store.repo
    written: list[tuple[str, str]] = []
    ids: dict[str, str] = {}
    for table, rows in youth.refs.items():
        for row in rows:
            ids[row["id"]] = _reference(store, table, row, written)
    # The referent's name is the sending office's: the receiving office names its own.
    identity = {k: v for k, v in youth.identity.items() if k not in ("id", "referent")}
    if placement.merge_into is not None:
        local = repo.require("jeune", placement.merge_into)
        fill = {k: v for k, v in identity.items() if local.get(k) in (None, "")}
        if fill:
            repo.update("jeune", local["id"], fill, origin="transfert")
        jeune_id, how = local["id"], "merged"
    else:
        jeune_id, how = repo.create("jeune", identity, action="reception"), "created"
    ids[youth.identity["id"]] = jeune_id
    written.append(("jeune", jeune_id))
    for table in _ORDER[1:]:
        e = ENTITIES[table]
        for row in youth.records.get(table, []):
            values = {k: v for k, v in row.items() if k != "id"}
            values["jeune_id"] = jeune_id
            for f in e.fields:
                if f.kind == "ref" and f.name != "jeune_id" and values.get(f.name) is not None:
                    values[f.name] = ids.get(str(values[f.name]))
            new_id = repo.create(table, values, action="reception")
            ids[row["id"]] = new_id
            written.append((table, new_id))
    repo.create(
        "consentement",
        {
            "jeune_id": jeune_id,
            "portee": "transfert",
            "date": youth.consent.date,
            "methode": youth.consent.methode,
        },
        action="reception",
    )
    _history_in(store, youth.history, ids, incoming)
    return jeune_id, how, written


def _reference(
    store: Store, table: str, row: Mapping[str, Any], written: list[tuple[str, str]]
) -> str:
    """The local reference record of the same name, created when there is none."""
    name = row.get("nom")
    if not isinstance(name, str) or not name.strip():
        raise ValidationError(_t("Référence sans nom."))
    for record_id, nom in store.db.conn.execute(
        f"SELECT id, nom FROM {table} WHERE _deleted = 0 ORDER BY rowid"
    ):
        if isinstance(nom, str) and fold(nom) == fold(name):
            return str(record_id)
    values = {k: v for k, v in row.items() if k != "id"}
    new_id = store.repo.create(table, values, action="reception")
    written.append((table, new_id))
    return new_id


def _history_in(
    store: Store,
    history: Iterable[dict[str, Any]],
    ids: Mapping[str, str],
    incoming: IncomingTransfer,
) -> None:
    db = store.db
    for h in history:
        table, record_id, name = h.get("t"), h.get("id"), h.get("field")
        if not isinstance(table, str) or table not in ENTITIES or record_id not in ids:
            continue
        e = ENTITIES[table]
        if not isinstance(name, str) or not e.has_field(name):
            continue
        old, new, hlc = h.get("old"), h.get("new"), h.get("hlc")
        if not all(v is None or isinstance(v, str) for v in (old, new)):
            continue
        author = clean_label(str(h.get("author") or ""))
        dot = Dot(db.replica_id, 0, hlc if isinstance(hlc, int) else 0, author)
        record_history(db, table, ids[str(record_id)], [(name, old, new)], dot, "transfert")
    del incoming
