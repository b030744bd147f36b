"""The key file: the database key wrapped once per user (key slots).

Format (JSON, UTF-8)::

    {"format": "dedans-dehors-keyfile", "version": 1, "store_id": "<uuid>",
     "db_salt": "<hex>", "kdf_policy": "light",
     "slots": [{"user": "...", "kdf": {...}, "nonce": "<hex>", "wrapped": "<hex>",
                "check": "<hex>"}]}

Each slot's AES-GCM associated data is the canonical JSON of (format, version, store_id, user,
kdf), so changing any parameter, the user name or moving a slot to another store breaks it.

The optional fields (absent from key files written before them) let the opening tell causes
apart before deriving anything, where the tag alone would only say "wrong passphrase":

- ``db_salt``: the first 16 bytes of the database file (SQLCipher's plaintext salt), so a key
  file from another store is recognised as such;
- ``check``: a SHA-256 of the slot's own fields, so altered bytes in a slot are recognised as
  damage rather than a wrong passphrase (it is no secret and no protection against a forger:
  the AES-GCM tag is);
- ``kdf_policy: "light"``: only on stores made without the passphrase policy (tests, the demo,
  the self-test); it is then part of every slot's associated data. Any other key file must meet
  the Argon2id floor, checked before the passphrase is tried.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from ..core.errors import (
    KdfBelowFloor,
    KeyFileDamaged,
    KeyFileMissing,
    KeySlotDamaged,
    StoreTooNew,
    UnknownUser,
    ValidationError,
)
from ..core.i18n import tr
from ..crypto.keywrap import FLOOR_ITERATIONS, FLOOR_MEMORY_KIB, KdfParams, unwrap, wrap
from .files import atomic_write

FORMAT = "dedans-dehors-keyfile"
VERSION = 1
MAX_KEYFILE_BYTES = 256 * 1024
MAX_SLOTS = 32


@dataclass(frozen=True)
class Slot:
    user: str
    kdf: KdfParams
    nonce: bytes
    wrapped: bytes
    damaged: bool = False  # its check did not match when read

    def check(self) -> str:
        body = json.dumps(
            [self.user, self.kdf.header(), self.nonce.hex(), self.wrapped.hex()],
            sort_keys=True,
            separators=(",", ":"),
        )
        return hashlib.sha256(body.encode()).hexdigest()[:32]


LIGHT = "light"
_FILE_KEYS = frozenset({"format", "version", "store_id", "slots", "db_salt", "kdf_policy", "check"})
_SLOT_KEYS = frozenset({"user", "kdf", "nonce", "wrapped", "check"})


def _doc_check(doc: dict[str, object]) -> str:
    body = {k: v for k, v in doc.items() if k != "check"}
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:32]


@dataclass
class KeyFile:
    store_id: str
    slots: list[Slot] = field(default_factory=list)
    db_salt: bytes = b""
    light: bool = False  # made without the passphrase policy: no Argon2id floor

    def _aad(self, user: str, kdf: KdfParams) -> bytes:
        body: dict[str, object] = {
            "format": FORMAT,
            "version": VERSION,
            "store_id": self.store_id,
            "user": user,
            "kdf": kdf.header(),
        }
        if self.light:
            body["kdf_policy"] = LIGHT
        return json.dumps(body, sort_keys=True, separators=(",", ":")).encode()

    def copy(self) -> KeyFile:
        return KeyFile(self.store_id, list(self.slots), self.db_salt, self.light)

    @property
    def users(self) -> list[str]:
        return [s.user for s in self.slots]

    def slot(self, user: str | None) -> Slot:
        if user is None:
            if len(self.slots) == 1:
                return self.slots[0]
            raise UnknownUser(
                tr("Erreurs", "Plusieurs utilisateurs partagent ce poste : indiquez le vôtre.")
            )
        for s in self.slots:
            if s.user == user:
                return s
        if any(s.damaged for s in self.slots):  # the user's name may be what was altered
            raise KeySlotDamaged()
        raise UnknownUser()

    def add_slot(self, user: str, passphrase: str, data_key: bytes, kdf: KdfParams) -> None:
        user = user.strip()
        if not user or len(user) > 100:
            raise ValidationError(tr("Erreurs", "Nom d'utilisateur invalide."), "user")
        if any(s.user == user for s in self.slots):
            raise ValidationError(tr("Erreurs", "Cet utilisateur existe déjà."), "user")
        if len(self.slots) >= MAX_SLOTS:
            raise ValidationError(tr("Erreurs", "Trop d'utilisateurs sur ce poste."), "user")
        nonce, wrapped = wrap(data_key, passphrase, kdf, self._aad(user, kdf))
        self.slots.append(Slot(user, kdf, nonce, wrapped))

    def replace_slot(self, user: str, passphrase: str, data_key: bytes, kdf: KdfParams) -> None:
        nonce, wrapped = wrap(data_key, passphrase, kdf, self._aad(user, kdf))
        self.slots = [Slot(user, kdf, nonce, wrapped) if s.user == user else s for s in self.slots]

    def remove_slot(self, user: str) -> None:
        self.slot(user)  # UnknownUser if absent
        if len(self.slots) == 1:
            raise ValidationError(
                tr("Erreurs", "C'est le seul accès à cette base : il ne peut pas être retiré."),
                "user",
            )
        self.slots = [s for s in self.slots if s.user != user]

    def unlock(self, user: str | None, passphrase: str) -> tuple[str, bytes]:
        """Return (user, data key); WrongPassphrase when the tag does not verify.

        A damaged slot or parameters below the floor are refused before deriving anything.
        """
        s = self.slot(user)
        if not self.light and (
            s.kdf.memory_kib < FLOOR_MEMORY_KIB or s.kdf.iterations < FLOOR_ITERATIONS
        ):
            raise KdfBelowFloor()
        if s.damaged:
            raise KeySlotDamaged()
        return s.user, unwrap(s.nonce, s.wrapped, passphrase, s.kdf, self._aad(s.user, s.kdf))

    def to_bytes(self) -> bytes:
        doc: dict[str, object] = {
            "format": FORMAT,
            "version": VERSION,
            "store_id": self.store_id,
            "slots": [
                {
                    "user": s.user,
                    "kdf": s.kdf.header(),
                    "nonce": s.nonce.hex(),
                    "wrapped": s.wrapped.hex(),
                    "check": s.check(),
                }
                for s in self.slots
            ],
        }
        if self.db_salt:
            doc["db_salt"] = self.db_salt.hex()
        if self.light:
            doc["kdf_policy"] = LIGHT
        doc["check"] = _doc_check(doc)
        return json.dumps(doc, indent=1, ensure_ascii=False).encode()

    @classmethod
    def from_bytes(cls, data: bytes) -> KeyFile:
        if len(data) > MAX_KEYFILE_BYTES:
            raise KeyFileDamaged()
        try:
            doc = json.loads(data.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            raise KeyFileDamaged() from None
        if not isinstance(doc, dict) or doc.get("format") != FORMAT:
            raise KeyFileDamaged()
        version = doc.get("version")
        if not isinstance(version, int):
            raise KeyFileDamaged()
        if version > VERSION:
            raise StoreTooNew()
        raw_slots = doc.get("slots")
        if not isinstance(raw_slots, list) or not 1 <= len(raw_slots) <= MAX_SLOTS:
            raise KeyFileDamaged()
        if not set(doc) <= _FILE_KEYS:  # a damaged key name (the check's own, say)
            raise KeyFileDamaged()
        policy = doc.get("kdf_policy")
        if policy not in (None, LIGHT):
            raise KeyFileDamaged()
        kf = cls(str(doc.get("store_id", "")), light=policy == LIGHT)
        try:
            kf.db_salt = bytes.fromhex(str(doc.get("db_salt", "")))
            for raw in raw_slots:
                slot = Slot(
                    str(raw["user"]),
                    KdfParams.from_header(raw["kdf"]),
                    bytes.fromhex(raw["nonce"]),
                    bytes.fromhex(raw["wrapped"]),
                )
                check = raw.get("check")
                if not set(raw) <= _SLOT_KEYS or (check is not None and check != slot.check()):
                    slot = Slot(slot.user, slot.kdf, slot.nonce, slot.wrapped, damaged=True)
                kf.slots.append(slot)
        except (KeyError, TypeError, ValueError, AttributeError):
            raise KeyFileDamaged() from None
        if not kf.store_id or any(len(s.nonce) != 12 or len(s.wrapped) != 48 for s in kf.slots):
            raise KeyFileDamaged()
        # Damage outside the slots (a slot's own damage is told apart, per user, at unlock).
        check = doc.get("check")
        if check is not None and check != _doc_check(doc) and not any(s.damaged for s in kf.slots):
            raise KeyFileDamaged()
        return kf

    @classmethod
    def load(cls, path: Path) -> KeyFile:
        try:
            with path.open("rb") as f:
                data = f.read(MAX_KEYFILE_BYTES + 1)
        except FileNotFoundError:
            raise KeyFileMissing() from None
        return cls.from_bytes(data)

    def save(self, path: Path) -> None:
        atomic_write(path, self.to_bytes())
