"""Device identities: hybrid signing keys (Ed25519 + ML-DSA-65) and a hybrid HPKE key.

Every installation (laptop or office) owns one ``Identity``. Its private form is stored only inside
the encrypted database; its ``PublicIdentity`` travels in enrolment requests and device registries.

Both encodings are fixed-length binary: a 4-byte tag, a version byte, then the raw key halves in a
fixed order. Fixed lengths leave nothing for a parser to get wrong and make the public encoding
canonical, which the fingerprint and the device id rely on.
"""

from __future__ import annotations

import base64
import hashlib
from typing import Final

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hpke
from cryptography.hazmat.primitives.asymmetric import ed25519, mldsa, mlkem, x25519

from ..core.errors import CorruptStore, InputRejected

PUBLIC_TAG: Final = b"DDPK"
PRIVATE_TAG: Final = b"DDSK"
ENCODING_VERSION: Final = 1

ED25519_PUBLIC_SIZE: Final = 32
MLDSA65_PUBLIC_SIZE: Final = 1952
MLKEM768_PUBLIC_SIZE: Final = 1184
X25519_PUBLIC_SIZE: Final = 32

ED25519_SEED_SIZE: Final = 32
MLDSA65_SEED_SIZE: Final = 32
MLKEM768_SEED_SIZE: Final = 64
X25519_PRIVATE_SIZE: Final = 32

_HEAD_SIZE: Final = len(PUBLIC_TAG) + 1
PUBLIC_ENCODED_SIZE: Final = (
    _HEAD_SIZE
    + ED25519_PUBLIC_SIZE
    + MLDSA65_PUBLIC_SIZE
    + MLKEM768_PUBLIC_SIZE
    + X25519_PUBLIC_SIZE
)
PRIVATE_ENCODED_SIZE: Final = (
    _HEAD_SIZE + ED25519_SEED_SIZE + MLDSA65_SEED_SIZE + MLKEM768_SEED_SIZE + X25519_PRIVATE_SIZE
)

DEVICE_ID_BYTES: Final = 16
FINGERPRINT_GROUPS: Final = 6
FINGERPRINT_GROUP_SIZE: Final = 4

_MAX_CONTEXT = 255  # ML-DSA's limit on the context string; Ed25519 gets the same rule


class InvalidIdentity(InputRejected):
    default_message = (
        "La clé publique reçue est illisible ou endommagée : elle a été refusée. "
        "Refaites la demande d'inscription du poste."
    )


class IdentityKeyDamaged(CorruptStore):
    default_message = (
        "La clé d'identité de ce poste est endommagée : les échanges avec le bureau sont "
        "impossibles. Restaurez la dernière sauvegarde."
    )


def _digest(public_bytes: bytes) -> bytes:
    return hashlib.sha256(public_bytes).digest()


def _ed25519_message(context: bytes, message: bytes) -> bytes:
    # Ed25519 has no context parameter; a length-prefixed prefix gives the same domain separation
    # as ML-DSA's context, so a signature made for one purpose never verifies for another.
    return bytes([len(context)]) + context + message


def _check_context(context: bytes) -> None:
    if not context or len(context) > _MAX_CONTEXT:
        raise ValueError("signature context must be 1..255 bytes")


class PublicIdentity:
    """The public halves of a device identity: what other installations know about a device."""

    __slots__ = ("_ed25519", "_encoded", "_mldsa", "_mlkem", "_x25519")

    def __init__(
        self,
        ed25519_key: ed25519.Ed25519PublicKey,
        mldsa_key: mldsa.MLDSA65PublicKey,
        mlkem_key: mlkem.MLKEM768PublicKey,
        x25519_key: x25519.X25519PublicKey,
    ) -> None:
        self._ed25519 = ed25519_key
        self._mldsa = mldsa_key
        self._mlkem = mlkem_key
        self._x25519 = x25519_key
        self._encoded = b"".join(
            (
                PUBLIC_TAG,
                bytes([ENCODING_VERSION]),
                ed25519_key.public_bytes_raw(),
                mldsa_key.public_bytes_raw(),
                mlkem_key.public_bytes_raw(),
                x25519_key.public_bytes_raw(),
            )
        )

    def to_bytes(self) -> bytes:
        return self._encoded

    @classmethod
    def from_bytes(cls, data: bytes) -> PublicIdentity:
        """Parse a public identity received from outside; raises ``InvalidIdentity``."""
        if len(data) != PUBLIC_ENCODED_SIZE or data[: len(PUBLIC_TAG)] != PUBLIC_TAG:
            raise InvalidIdentity()
        if data[len(PUBLIC_TAG)] != ENCODING_VERSION:
            raise InvalidIdentity()
        fields = _split(
            data[_HEAD_SIZE:],
            (ED25519_PUBLIC_SIZE, MLDSA65_PUBLIC_SIZE, MLKEM768_PUBLIC_SIZE, X25519_PUBLIC_SIZE),
        )
        try:
            identity = cls(
                ed25519.Ed25519PublicKey.from_public_bytes(fields[0]),
                mldsa.MLDSA65PublicKey.from_public_bytes(fields[1]),
                mlkem.MLKEM768PublicKey.from_public_bytes(fields[2]),
                x25519.X25519PublicKey.from_public_bytes(fields[3]),
            )
        except ValueError as exc:
            raise InvalidIdentity() from exc
        if identity.to_bytes() != data:  # the backend must not have normalised anything away
            raise InvalidIdentity()
        return identity

    @property
    def device_id_bytes(self) -> bytes:
        return _digest(self._encoded)[:DEVICE_ID_BYTES]

    @property
    def device_id(self) -> str:
        """Stable identifier of the device: 32 lowercase hex characters."""
        return self.device_id_bytes.hex()

    def fingerprint(self) -> str:
        """Short string both screens show during enrolment: ``"ABCD EFGH IJKL MNOP QRST UVWX"``.

        RFC 4648 base32 has no 0/1/8/9, so O/0 and I/1 cannot be confused when read aloud; 120
        bits of SHA-256 are far beyond what an attacker could match with a key of their own.
        """
        text = base64.b32encode(_digest(self._encoded)).decode("ascii")
        size = FINGERPRINT_GROUP_SIZE
        return " ".join(text[i * size : (i + 1) * size] for i in range(FINGERPRINT_GROUPS))

    def hpke_public_key(self) -> hpke.MLKEM768X25519PublicKey:
        return hpke.MLKEM768X25519PublicKey(self._mlkem, self._x25519)

    def verify(
        self, message: bytes, context: bytes, ed25519_signature: bytes, mldsa_signature: bytes
    ) -> bool:
        """True only if BOTH signatures are valid: the hybrid holds while either scheme holds."""
        _check_context(context)
        try:
            self._ed25519.verify(ed25519_signature, _ed25519_message(context, message))
            self._mldsa.verify(mldsa_signature, message, context=context)
        except InvalidSignature:
            return False
        return True

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, PublicIdentity):
            return NotImplemented
        return self._encoded == other._encoded

    def __hash__(self) -> int:
        return hash(self._encoded)

    def __repr__(self) -> str:
        return f"PublicIdentity(device_id={self.device_id!r})"


class Identity:
    """A device's private keys. Never written anywhere but the encrypted database."""

    __slots__ = ("_ed25519", "_mldsa", "_mlkem", "_public", "_x25519")

    def __init__(
        self,
        ed25519_key: ed25519.Ed25519PrivateKey,
        mldsa_key: mldsa.MLDSA65PrivateKey,
        mlkem_key: mlkem.MLKEM768PrivateKey,
        x25519_key: x25519.X25519PrivateKey,
    ) -> None:
        self._ed25519 = ed25519_key
        self._mldsa = mldsa_key
        self._mlkem = mlkem_key
        self._x25519 = x25519_key
        self._public = PublicIdentity(
            ed25519_key.public_key(),
            mldsa_key.public_key(),
            mlkem_key.public_key(),
            x25519_key.public_key(),
        )

    @classmethod
    def generate(cls) -> Identity:
        return cls(
            ed25519.Ed25519PrivateKey.generate(),
            mldsa.MLDSA65PrivateKey.generate(),
            mlkem.MLKEM768PrivateKey.generate(),
            x25519.X25519PrivateKey.generate(),
        )

    @property
    def public(self) -> PublicIdentity:
        return self._public

    @property
    def device_id(self) -> str:
        return self._public.device_id

    def private_bytes(self) -> bytes:
        """Seeds of the four keys; store them only inside the encrypted database."""
        return b"".join(
            (
                PRIVATE_TAG,
                bytes([ENCODING_VERSION]),
                self._ed25519.private_bytes_raw(),
                self._mldsa.private_bytes_raw(),
                self._mlkem.private_bytes_raw(),
                self._x25519.private_bytes_raw(),
            )
        )

    @classmethod
    def from_private_bytes(cls, data: bytes) -> Identity:
        """Load what ``private_bytes`` wrote; raises ``IdentityKeyDamaged``."""
        if len(data) != PRIVATE_ENCODED_SIZE or data[: len(PRIVATE_TAG)] != PRIVATE_TAG:
            raise IdentityKeyDamaged()
        if data[len(PRIVATE_TAG)] != ENCODING_VERSION:
            raise IdentityKeyDamaged()
        fields = _split(
            data[_HEAD_SIZE:],
            (ED25519_SEED_SIZE, MLDSA65_SEED_SIZE, MLKEM768_SEED_SIZE, X25519_PRIVATE_SIZE),
        )
        try:
            return cls(
                ed25519.Ed25519PrivateKey.from_private_bytes(fields[0]),
                mldsa.MLDSA65PrivateKey.from_seed_bytes(fields[1]),
                mlkem.MLKEM768PrivateKey.from_seed_bytes(fields[2]),
                x25519.X25519PrivateKey.from_private_bytes(fields[3]),
            )
        except ValueError as exc:
            raise IdentityKeyDamaged() from exc

    def sign(self, message: bytes, context: bytes) -> tuple[bytes, bytes]:
        """Return ``(ed25519_signature, mldsa65_signature)`` over ``message`` for ``context``."""
        _check_context(context)
        return (
            self._ed25519.sign(_ed25519_message(context, message)),
            self._mldsa.sign(message, context=context),
        )

    def hpke_private_key(self) -> hpke.MLKEM768X25519PrivateKey:
        return hpke.MLKEM768X25519PrivateKey(self._mlkem, self._x25519)

    def __repr__(self) -> str:
        # Never the key material: reprs end up in logs and tracebacks.
        return f"Identity(device_id={self.device_id!r})"


def _split(data: bytes, sizes: tuple[int, ...]) -> list[bytes]:
    out: list[bytes] = []
    offset = 0
    for size in sizes:
        out.append(data[offset : offset + size])
        offset += size
    return out


def device_id_from_bytes(raw: bytes) -> str:
    if len(raw) != DEVICE_ID_BYTES:
        raise ValueError("device id must be 16 bytes")
    return raw.hex()


def device_id_to_bytes(device_id: str) -> bytes:
    raw = bytes.fromhex(device_id)
    if len(raw) != DEVICE_ID_BYTES or raw.hex() != device_id:
        raise ValueError("device id must be 32 lowercase hex characters")
    return raw
