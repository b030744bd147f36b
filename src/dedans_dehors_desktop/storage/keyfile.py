"""The key file: the database key wrapped once per user (key slots).

Format (JSON, UTF-8)::

    {"format": "dedans-dehors-keyfile", "version": 1, "store_id": "<uuid>",
     "slots": [{"user": "...", "kdf": {...}, "nonce": "<hex>", "wrapped": "<hex>"}]}

Each slot's AES-GCM associated data is the canonical JSON of (format, version, store_id, user,
kdf), so changing any parameter, the user name or moving a slot to another store breaks it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from ..core.errors import KeyFileDamaged, KeyFileMissing, StoreTooNew, UnknownUser, ValidationError
from ..core.i18n import tr
from ..crypto.keywrap import KdfParams, unwrap, wrap
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


@dataclass
class KeyFile:
    store_id: str
    slots: list[Slot] = field(default_factory=list)

    def _aad(self, user: str, kdf: KdfParams) -> bytes:
        return json.dumps(
            {
                "format": FORMAT,
                "version": VERSION,
                "store_id": self.store_id,
                "user": user,
                "kdf": kdf.header(),
            },
            sort_keys=True,
            separators=(",", ":"),
        ).encode()

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
        """Return (user, data key); WrongPassphrase when the tag does not verify."""
        s = self.slot(user)
        return s.user, unwrap(s.nonce, s.wrapped, passphrase, s.kdf, self._aad(s.user, s.kdf))

    def to_bytes(self) -> bytes:
        return json.dumps(
            {
                "format": FORMAT,
                "version": VERSION,
                "store_id": self.store_id,
                "slots": [
                    {
                        "user": s.user,
                        "kdf": s.kdf.header(),
                        "nonce": s.nonce.hex(),
                        "wrapped": s.wrapped.hex(),
                    }
                    for s in self.slots
                ],
            },
            indent=1,
            ensure_ascii=False,
        ).encode()

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
        kf = cls(str(doc.get("store_id", "")))
        try:
            for raw in raw_slots:
                kf.slots.append(
                    Slot(
                        str(raw["user"]),
                        KdfParams.from_header(raw["kdf"]),
                        bytes.fromhex(raw["nonce"]),
                        bytes.fromhex(raw["wrapped"]),
                    )
                )
        except (KeyError, TypeError, ValueError):
            raise KeyFileDamaged() from None
        if not kf.store_id or any(len(s.nonce) != 12 or len(s.wrapped) != 48 for s in kf.slots):
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
