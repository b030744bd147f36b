"""Bundle files: signed, encrypted, chunked; the only thing that travels on the USB stick.

Layout (all integers big-endian)::

    offset  size   field
    0       8      MAGIC  b"\\x89DDB\\r\\n\\x1a\\n"
    8       2      format version (1)
    10      2      suite id (1 = SUITE_NAME)
    12      8      total file size, trailer included
    20      16     sender device id (raw)
    36      4      header size H (<= MAX_HEADER_SIZE)
    40      H      header: canonical JSON (sorted keys, no spaces, ASCII, no floats)
    40+H    1168   HPKE(MLKEM768-X25519, HKDF-SHA256, AES-256-GCM) seal of the 32-byte file key,
                   info = FILE_KEY_INFO || SHA-512(bytes 0 .. 40+H)
    ...     n*     payload chunks, AES-256-GCM STREAM (see stream.py), each chunk_size + 16 bytes,
                   the last one payload_size - (chunk_count-1)*chunk_size + 16 bytes
    ...     64     Ed25519 signature   } both over SHA-512(every byte before the signatures),
    ...     3309   ML-DSA-65 signature } context SIGNATURE_CONTEXT
    end-12  12     trailer: u16 Ed25519 signature size, u16 ML-DSA signature size, END_MAGIC

Reading order is what makes this safe: the fixed-size binary preamble says where everything is,
who signed, and how big the file must be, so the reader checks sizes against the real file, fetches
the signer's keys and verifies BOTH signatures over the whole file before it parses a single byte of
JSON or decrypts anything. Nothing in a bundle ever becomes a path on disk.
"""

from __future__ import annotations

import hashlib
import json
import re
import secrets
import struct
import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import IO, Any, BinaryIO, Final, TypeAlias

from cryptography.exceptions import InvalidTag

from ..core.errors import UserError
from . import stream
from .bundle_errors import BundleRejected, RejectReason
from .identity import Identity, PublicIdentity, device_id_from_bytes, device_id_to_bytes
from .suite import (
    AEAD_TAG_SIZE,
    ED25519_SIGNATURE_SIZE,
    HPKE_SEALED_KEY_SIZE,
    KEY_SIZE,
    MLDSA65_SIGNATURE_SIZE,
    SUITE_ID,
    SUITE_NAME,
    hpke_suite,
    require_post_quantum_backend,
)

__all__ = [
    "DEFAULT_CHUNK_SIZE",
    "DEFAULT_LIFETIME",
    "FORMAT_VERSION",
    "MAX_BUNDLE_SIZE",
    "MAX_HEADER_SIZE",
    "SUITE_NAME",
    "BundleHeader",
    "BundleRejected",
    "BundleTooLarge",
    "HeaderCheck",
    "JSONValue",
    "OpenedBundle",
    "RejectReason",
    "SealedBundle",
    "SignerLookup",
    "open_bundle",
    "require_post_quantum_backend",
    "seal",
    "verify_bundle",
    "verify_signed",
]

MAGIC: Final = b"\x89DDB\r\n\x1a\n"  # like PNG's: a text-mode copy or 7-bit transfer breaks it
END_MAGIC: Final = b"DDB-END\n"
FORMAT_VERSION: Final = 1

PREAMBLE: Final = struct.Struct(">8sHHQ16sI")
TRAILER: Final = struct.Struct(">HH8s")
PREAMBLE_SIZE: Final = PREAMBLE.size
TRAILER_SIZE: Final = TRAILER.size
SIGNATURES_SIZE: Final = ED25519_SIGNATURE_SIZE + MLDSA65_SIGNATURE_SIZE
EXPECTED_TRAILER: Final = TRAILER.pack(ED25519_SIGNATURE_SIZE, MLDSA65_SIGNATURE_SIZE, END_MAGIC)

SIGNATURE_CONTEXT: Final = b"dedans-dehors bundle v1 signature"
FILE_KEY_INFO: Final = b"dedans-dehors bundle v1 file key\x00"

MAX_HEADER_SIZE: Final = 64 * 1024
MAX_BUNDLE_SIZE: Final = 2 * 1024**3
MIN_CHUNK_SIZE: Final = 64
MAX_CHUNK_SIZE: Final = 1024 * 1024
DEFAULT_CHUNK_SIZE: Final = 64 * 1024
DEFAULT_LIFETIME: Final = timedelta(days=30)
MAX_JSON_DEPTH: Final = 16
MAX_CAPABILITIES: Final = 64
MAX_CAPABILITY_LENGTH: Final = 64
MAX_SEQUENCE: Final = 2**63 - 1
_MAX_JSON_INT: Final = 2**63 - 1
MAX_SCHEMA_VERSION: Final = 2**31 - 1

_READ_BLOCK: Final = 1024 * 1024
_SPOOL_IN_MEMORY: Final = 8 * 1024 * 1024
_MIN_OVERHEAD: Final = (
    PREAMBLE_SIZE + HPKE_SEALED_KEY_SIZE + AEAD_TAG_SIZE + SIGNATURES_SIZE + TRAILER_SIZE
)
_TIME_FORMAT: Final = "%Y-%m-%dT%H:%M:%SZ"
_TIME_PATTERN: Final = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z")
_DEVICE_ID_PATTERN: Final = re.compile(r"[0-9a-f]{32}")

JSONValue: TypeAlias = "bool | int | str | list[JSONValue] | dict[str, JSONValue] | None"

RESERVED_HEADER_KEYS: Final = frozenset(
    {
        "suite",
        "sender",
        "recipient",
        "sequence",
        "created_at",
        "expires_at",
        "schema_version",
        "capabilities",
        "chunk_size",
        "chunk_count",
        "payload_size",
    }
)


class BundleTooLarge(UserError):
    """Raised by ``seal`` when the data to export does not fit the format's limits."""

    default_message = (
        "Les données à exporter dépassent la taille maximale d'un paquet : l'export a été "
        "annulé et aucun fichier n'a été écrit."
    )


SignerLookup: TypeAlias = Callable[[str], PublicIdentity]
"""Return the public identity of the device with this id.

Raise ``BundleRejected`` (e.g. ``RejectReason.REVOKED_SIGNER``) to refuse with that reason; raise
``LookupError`` or any ``UserError`` for an unknown device, reported as ``UNKNOWN_SIGNER``.
"""


@dataclass(frozen=True)
class BundleHeader:
    suite: str
    sender: str
    recipient: str
    sequence: int
    created_at: datetime
    expires_at: datetime
    schema_version: int
    capabilities: tuple[str, ...]
    chunk_size: int
    chunk_count: int
    payload_size: int
    extra: dict[str, JSONValue] = field(default_factory=dict)
    """Caller-supplied entries (version vectors, acknowledgements...), returned as written."""


@dataclass(frozen=True)
class SealedBundle:
    header: BundleHeader
    size: int
    """Bytes written to ``out``."""


# ---------------------------------------------------------------------------------------------
# Writing


def seal(
    payload: Iterable[bytes],
    out: BinaryIO,
    *,
    sender: Identity,
    recipient: PublicIdentity,
    sequence: int,
    schema_version: int,
    capabilities: Sequence[str] = (),
    extra: Mapping[str, JSONValue] | None = None,
    lifetime: timedelta = DEFAULT_LIFETIME,
    now: datetime | None = None,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
) -> SealedBundle:
    """Encrypt ``payload`` for ``recipient``, sign it as ``sender`` and write the bundle to ``out``.

    ``payload`` is consumed once, piece by piece, in any piece sizes. ``out`` receives the bytes
    sequentially; write it to a temporary name and rename it, as SYNC.md asks.
    Raises ``ValueError`` for invalid arguments and ``BundleTooLarge`` past the size limits.
    """
    extra_entries = dict(extra or {})
    _check_seal_arguments(sequence, schema_version, capabilities, extra_entries, chunk_size)
    if lifetime <= timedelta(0):
        raise ValueError("lifetime must be positive")
    created_at = _utc_seconds(now)
    expires_at = _utc_seconds(created_at + lifetime)

    file_key = _random_key()
    sealer = stream.ChunkSealer(stream.derive_payload_key(file_key))
    # The encrypted chunks must be counted before the header can be written, so they wait in a
    # spool. Only ciphertext goes there (it may spill to the temp dir past a few MiB), under a
    # key that lives only in this process.
    with tempfile.SpooledTemporaryFile(max_size=_SPOOL_IN_MEMORY) as spool:
        chunk_count, payload_size = _encrypt_into(payload, sealer, chunk_size, spool)
        header = BundleHeader(
            suite=SUITE_NAME,
            sender=sender.device_id,
            recipient=recipient.device_id,
            sequence=sequence,
            created_at=created_at,
            expires_at=expires_at,
            schema_version=schema_version,
            capabilities=tuple(capabilities),
            chunk_size=chunk_size,
            chunk_count=chunk_count,
            payload_size=payload_size,
            extra=extra_entries,
        )
        header_bytes = _canonical_json(_header_to_json(header))
        if len(header_bytes) > MAX_HEADER_SIZE:
            raise BundleTooLarge()
        total_size = (
            PREAMBLE_SIZE
            + len(header_bytes)
            + HPKE_SEALED_KEY_SIZE
            + payload_size
            + chunk_count * AEAD_TAG_SIZE
            + SIGNATURES_SIZE
            + TRAILER_SIZE
        )
        if total_size > MAX_BUNDLE_SIZE:
            raise BundleTooLarge()
        preamble = PREAMBLE.pack(
            MAGIC,
            FORMAT_VERSION,
            SUITE_ID,
            total_size,
            sender.public.device_id_bytes,
            len(header_bytes),
        )
        sealed_key = hpke_suite().encrypt(
            file_key, recipient.hpke_public_key(), info=_file_key_info(preamble + header_bytes)
        )
        if len(sealed_key) != HPKE_SEALED_KEY_SIZE:  # the layout hard-codes it; never guess
            raise RuntimeError("unexpected HPKE output size")

        digest = hashlib.sha512()
        for part in (preamble, header_bytes, sealed_key):
            digest.update(part)
            out.write(part)
        spool.seek(0)
        while block := spool.read(_READ_BLOCK):
            digest.update(block)
            out.write(block)
    ed_signature, mldsa_signature = sender.sign(digest.digest(), SIGNATURE_CONTEXT)
    out.write(ed_signature)
    out.write(mldsa_signature)
    out.write(EXPECTED_TRAILER)
    out.flush()
    return SealedBundle(header=header, size=total_size)


def _encrypt_into(
    payload: Iterable[bytes], sealer: stream.ChunkSealer, chunk_size: int, spool: IO[bytes]
) -> tuple[int, int]:
    # One full chunk is always held back: only when more data follows is it known not to be the
    # last, so a payload that is an exact multiple of chunk_size ends with a full final chunk.
    pending = bytearray()
    count = 0
    size = 0
    for piece in payload:
        pending += piece
        size += len(piece)
        if size > MAX_BUNDLE_SIZE:
            raise BundleTooLarge()
        while len(pending) > chunk_size:
            spool.write(sealer.seal(bytes(pending[:chunk_size]), last=False))
            del pending[:chunk_size]
            count += 1
    spool.write(sealer.seal(bytes(pending), last=True))
    return count + 1, size


def _check_seal_arguments(
    sequence: int,
    schema_version: int,
    capabilities: Sequence[str],
    extra: dict[str, JSONValue],
    chunk_size: int,
) -> None:
    if not _is_int(sequence) or not 0 <= sequence <= MAX_SEQUENCE:
        raise ValueError("sequence must be an int in 0..2**63-1")
    if not _is_int(schema_version) or not 0 <= schema_version <= MAX_SCHEMA_VERSION:
        raise ValueError("schema_version must be a non-negative int")
    if not _valid_capabilities(list(capabilities)):
        raise ValueError("capabilities must be distinct non-empty strings")
    if not _is_int(chunk_size) or not MIN_CHUNK_SIZE <= chunk_size <= MAX_CHUNK_SIZE:
        raise ValueError("chunk_size out of range")
    clash = RESERVED_HEADER_KEYS.intersection(extra)
    if clash:
        raise ValueError(f"extra header entries use reserved keys: {sorted(clash)}")
    if not _valid_json(extra, 0):
        raise ValueError("extra header entries must be JSON (no floats) nested at most 16 deep")


# ---------------------------------------------------------------------------------------------
# Reading


@dataclass(frozen=True)
class _Layout:
    total_size: int
    header_size: int
    sender: str

    @property
    def sealed_key_offset(self) -> int:
        return PREAMBLE_SIZE + self.header_size

    @property
    def payload_offset(self) -> int:
        return self.sealed_key_offset + HPKE_SEALED_KEY_SIZE

    @property
    def signature_offset(self) -> int:
        return self.total_size - SIGNATURES_SIZE - TRAILER_SIZE

    @property
    def sealed_payload_size(self) -> int:
        return self.signature_offset - self.payload_offset


@dataclass(frozen=True)
class _Verified:
    layout: _Layout
    header: BundleHeader
    authenticated_prefix: bytes
    """Preamble and header exactly as hashed for the signature (never re-read from the file)."""
    sealed_key: bytes


class OpenedBundle:
    """A bundle whose signatures, header and every chunk tag have been verified.

    ``chunks()`` reads the file again; the file object must stay open while it is used. If the
    file changed on disk since verification, the changed chunk fails authentication and
    ``BundleRejected(CHUNK_AUTH_FAILED)`` is raised: callers apply the plaintext inside a
    transaction they roll back on any exception.
    """

    def __init__(self, f: BinaryIO, verified: _Verified, payload_key: bytes) -> None:
        self._file = f
        self._verified = verified
        self._payload_key = payload_key

    @property
    def header(self) -> BundleHeader:
        return self._verified.header

    def chunks(self) -> Iterator[bytes]:
        return _decrypt_chunks(self._file, self._verified, self._payload_key)

    def read_all(self, max_size: int) -> bytes:
        """The whole payload, refused when it is larger than ``max_size`` bytes."""
        if self.header.payload_size > max_size:
            raise BundleRejected(RejectReason.PAYLOAD_TOO_LARGE)
        return b"".join(self.chunks())


HeaderCheck: TypeAlias = Callable[[BundleHeader], None]
"""Judges a signed header's dates in place of the built-in expiry check (the receiver's own
rules: its clock, the sequence numbers it has seen); raises ``UserError`` to refuse."""


def verify_signed(
    f: BinaryIO,
    signer_lookup: SignerLookup,
    *,
    now: datetime | None = None,
    header_check: HeaderCheck | None = None,
) -> BundleHeader:
    """Check structure, signer, both signatures, header and expiry, without any private key.

    This is what the sender can check when reading back a bundle it has just written.
    """
    return _authenticate(f, signer_lookup, None, now, header_check).header


def open_bundle(
    f: BinaryIO,
    recipient: Identity,
    signer_lookup: SignerLookup,
    *,
    now: datetime | None = None,
    header_check: HeaderCheck | None = None,
) -> OpenedBundle:
    """Verify everything (signatures, signer, recipient, expiry, every chunk tag) and open.

    ``f`` must be seekable and opened in binary mode. The returned header carries the sequence
    number; replay checks against it belong to the sync layer.
    """
    verified = _authenticate(f, signer_lookup, recipient.device_id, now, header_check)
    payload_key = _unwrap_payload_key(verified, recipient)
    for _ in _decrypt_chunks(f, verified, payload_key):
        pass
    return OpenedBundle(f, verified, payload_key)


def verify_bundle(
    f: BinaryIO,
    recipient: Identity,
    signer_lookup: SignerLookup,
    *,
    now: datetime | None = None,
) -> BundleHeader:
    """Everything ``open_bundle`` checks, returning only the header (for ``verify FILE``)."""
    return open_bundle(f, recipient, signer_lookup, now=now).header


def _authenticate(
    f: BinaryIO,
    signer_lookup: SignerLookup,
    expected_recipient: str | None,
    now: datetime | None,
    header_check: HeaderCheck | None = None,
) -> _Verified:
    layout = _read_layout(f)
    signer = _lookup_signer(signer_lookup, layout.sender, lambda: _claimed_sender(f, layout))
    prefix, sealed_key = _verify_signatures(f, layout, signer)
    header = _parse_header(prefix[PREAMBLE_SIZE:])
    _check_header(header, layout, expected_recipient, now, expiry=header_check is None)
    if header_check is not None:
        header_check(header)
    return _Verified(layout, header, prefix, sealed_key)


def _claimed_sender(f: BinaryIO, layout: _Layout) -> str | None:
    """The sender named in the (not yet authenticated) header, to tell a damaged preamble from
    a real stranger; None when the header cannot be read."""
    f.seek(PREAMBLE_SIZE)
    try:
        body = json.loads(_read_exact(f, layout.header_size).decode("ascii"))
    except (ValueError, BundleRejected):
        return None
    sender = body.get("sender") if isinstance(body, dict) else None
    return sender if isinstance(sender, str) else None


def _ends_with_trailer(f: BinaryIO, end: int) -> bool:
    if end < TRAILER_SIZE:
        return False
    f.seek(end - TRAILER_SIZE)
    return _read_up_to(f, TRAILER_SIZE) == EXPECTED_TRAILER


def _size_mismatch(
    f: BinaryIO, actual_size: int, declared_size: int, header_size: int
) -> RejectReason:
    """Why the declared size is not the real one: a file cut short, data appended after a
    whole bundle, or a size field damaged in a file that is otherwise whole (the sizes in its
    header, not yet authenticated, then add up to the real file)."""
    if declared_size <= actual_size and _ends_with_trailer(f, declared_size):
        return RejectReason.TRAILING_DATA
    if _ends_with_trailer(f, actual_size) and _size_from_header(f, header_size) == actual_size:
        return RejectReason.DAMAGED
    return RejectReason.TRUNCATED if actual_size < declared_size else RejectReason.TRAILING_DATA


def _size_from_header(f: BinaryIO, header_size: int) -> int | None:
    f.seek(PREAMBLE_SIZE)
    try:
        body = json.loads(_read_exact(f, header_size).decode("ascii"))
        payload, chunks = int(body["payload_size"]), int(body["chunk_count"])
    except (ValueError, TypeError, KeyError, BundleRejected):
        return None
    return (
        PREAMBLE_SIZE
        + header_size
        + HPKE_SEALED_KEY_SIZE
        + payload
        + chunks * AEAD_TAG_SIZE
        + SIGNATURES_SIZE
        + TRAILER_SIZE
    )


def _read_layout(f: BinaryIO) -> _Layout:
    actual_size = f.seek(0, 2)
    f.seek(0)
    head = _read_up_to(f, PREAMBLE_SIZE)
    if len(head) < len(MAGIC):
        # An interrupted copy leaves a prefix of a bundle; anything else is some other file.
        reason = RejectReason.TRUNCATED if MAGIC.startswith(head) else RejectReason.NOT_A_BUNDLE
        raise BundleRejected(reason)
    if head[: len(MAGIC)] != MAGIC:
        raise BundleRejected(RejectReason.NOT_A_BUNDLE)
    if len(head) < PREAMBLE_SIZE:
        raise BundleRejected(RejectReason.TRUNCATED)
    _magic, version, suite_id, declared_size, sender_raw, header_size = PREAMBLE.unpack(head)
    if version != FORMAT_VERSION:
        raise BundleRejected(RejectReason.UNSUPPORTED_VERSION)
    if suite_id != SUITE_ID:
        raise BundleRejected(RejectReason.UNKNOWN_SUITE)
    if actual_size > MAX_BUNDLE_SIZE:
        raise BundleRejected(RejectReason.FILE_TOO_LARGE)
    # A whole bundle (ending with its trailer) whose preamble disagrees with the file was
    # damaged after its export: say so rather than blame its size or the sender.
    whole = actual_size == declared_size and _ends_with_trailer(f, actual_size)
    if header_size > MAX_HEADER_SIZE:
        raise BundleRejected(RejectReason.DAMAGED if whole else RejectReason.HEADER_TOO_LARGE)
    if declared_size != actual_size:
        raise BundleRejected(_size_mismatch(f, actual_size, declared_size, header_size))
    if declared_size < _MIN_OVERHEAD + header_size:
        raise BundleRejected(RejectReason.INVALID_SIZES)
    f.seek(declared_size - TRAILER_SIZE)
    if _read_exact(f, TRAILER_SIZE) != EXPECTED_TRAILER:
        # The trailer only restates the pinned signature sizes, so a different one means the
        # signature block itself was damaged or forged.
        raise BundleRejected(RejectReason.BAD_SIGNATURE)
    return _Layout(declared_size, header_size, device_id_from_bytes(sender_raw))


def _lookup_signer(
    signer_lookup: SignerLookup, sender: str, claimed: Callable[[], str | None]
) -> PublicIdentity:
    try:
        signer = signer_lookup(sender)
    except BundleRejected:
        raise
    except (LookupError, UserError) as exc:
        # An unknown sender id whose header names another sender: the preamble was damaged.
        reason = RejectReason.UNKNOWN_SIGNER if claimed() == sender else RejectReason.DAMAGED
        raise BundleRejected(reason) from exc
    if not isinstance(signer, PublicIdentity) or signer.device_id != sender:
        raise BundleRejected(RejectReason.UNKNOWN_SIGNER)
    return signer


def _verify_signatures(f: BinaryIO, layout: _Layout, signer: PublicIdentity) -> tuple[bytes, bytes]:
    # The small authenticated prefix is kept from this very pass so that what is parsed next is
    # exactly what was hashed, even if the file changes on disk afterwards.
    f.seek(0)
    digest = hashlib.sha512()
    kept = bytearray()
    position = 0
    while position < layout.signature_offset:
        block = _read_exact(f, min(_READ_BLOCK, layout.signature_offset - position))
        if position < layout.payload_offset:
            kept += block[: layout.payload_offset - position]
        digest.update(block)
        position += len(block)
    ed_signature = _read_exact(f, ED25519_SIGNATURE_SIZE)
    mldsa_signature = _read_exact(f, MLDSA65_SIGNATURE_SIZE)
    if not signer.verify(digest.digest(), SIGNATURE_CONTEXT, ed_signature, mldsa_signature):
        raise BundleRejected(RejectReason.BAD_SIGNATURE)
    prefix = bytes(kept[: layout.sealed_key_offset])
    return prefix, bytes(kept[layout.sealed_key_offset :])


def _check_header(
    header: BundleHeader,
    layout: _Layout,
    expected_recipient: str | None,
    now: datetime | None,
    *,
    expiry: bool = True,
) -> None:
    if header.suite != SUITE_NAME:
        raise BundleRejected(RejectReason.UNKNOWN_SUITE)
    if header.sender != layout.sender:
        raise BundleRejected(RejectReason.MALFORMED_HEADER)
    if expected_recipient is not None and header.recipient != expected_recipient:
        raise BundleRejected(RejectReason.WRONG_RECIPIENT)
    if not MIN_CHUNK_SIZE <= header.chunk_size <= MAX_CHUNK_SIZE:
        raise BundleRejected(RejectReason.INVALID_SIZES)
    full_chunks, remainder = divmod(header.payload_size, header.chunk_size)
    expected_count = max(1, full_chunks + (1 if remainder else 0))
    if header.chunk_count != expected_count or (
        header.payload_size + header.chunk_count * AEAD_TAG_SIZE != layout.sealed_payload_size
    ):
        raise BundleRejected(RejectReason.INVALID_SIZES)
    if header.created_at > header.expires_at:
        raise BundleRejected(RejectReason.MALFORMED_HEADER)
    if expiry and _utc_seconds(now) >= header.expires_at:
        raise BundleRejected(RejectReason.EXPIRED)


def _unwrap_payload_key(verified: _Verified, recipient: Identity) -> bytes:
    try:
        file_key = hpke_suite().decrypt(
            verified.sealed_key,
            recipient.hpke_private_key(),
            info=_file_key_info(verified.authenticated_prefix),
        )
    except InvalidTag as exc:
        raise BundleRejected(RejectReason.KEY_UNWRAP_FAILED) from exc
    if len(file_key) != KEY_SIZE:
        raise BundleRejected(RejectReason.KEY_UNWRAP_FAILED)
    return stream.derive_payload_key(file_key)


def _decrypt_chunks(f: BinaryIO, verified: _Verified, payload_key: bytes) -> Iterator[bytes]:
    header = verified.header
    opener = stream.ChunkOpener(payload_key)
    last_size = header.payload_size - (header.chunk_count - 1) * header.chunk_size
    f.seek(verified.layout.payload_offset)
    for index in range(header.chunk_count):
        last = index == header.chunk_count - 1
        size = (last_size if last else header.chunk_size) + AEAD_TAG_SIZE
        sealed = _read_exact(f, size)
        try:
            plaintext = opener.open(sealed, last)
        except InvalidTag as exc:
            raise BundleRejected(RejectReason.CHUNK_AUTH_FAILED) from exc
        yield plaintext


# ---------------------------------------------------------------------------------------------
# Header JSON


def _header_to_json(header: BundleHeader) -> dict[str, JSONValue]:
    body: dict[str, JSONValue] = dict(header.extra)
    body.update(
        {
            "suite": header.suite,
            "sender": header.sender,
            "recipient": header.recipient,
            "sequence": header.sequence,
            "created_at": header.created_at.strftime(_TIME_FORMAT),
            "expires_at": header.expires_at.strftime(_TIME_FORMAT),
            "schema_version": header.schema_version,
            "capabilities": list(header.capabilities),
            "chunk_size": header.chunk_size,
            "chunk_count": header.chunk_count,
            "payload_size": header.payload_size,
        }
    )
    return body


def _canonical_json(value: Mapping[str, JSONValue]) -> bytes:
    return json.dumps(
        value, sort_keys=True, separators=(",", ":"), ensure_ascii=True, allow_nan=False
    ).encode("ascii")


def _parse_header(raw: bytes) -> BundleHeader:
    try:
        parsed: object = json.loads(
            raw.decode("ascii"),
            object_pairs_hook=_reject_duplicate_keys,
            parse_float=_reject_float,
            parse_constant=_reject_float,
        )
    except (ValueError, RecursionError) as exc:  # UnicodeDecodeError is a ValueError
        raise BundleRejected(RejectReason.MALFORMED_HEADER) from exc
    if not isinstance(parsed, dict) or not _valid_json(parsed, 0):
        raise BundleRejected(RejectReason.MALFORMED_HEADER)
    if _canonical_json(parsed) != raw:  # one header, one encoding: nothing to disagree about
        raise BundleRejected(RejectReason.MALFORMED_HEADER)
    body: dict[str, JSONValue] = parsed
    suite = body.get("suite")
    if not isinstance(suite, str):
        raise BundleRejected(RejectReason.UNKNOWN_SUITE)
    capabilities = body.get("capabilities")
    if not isinstance(capabilities, list) or not _valid_capabilities(capabilities):
        raise BundleRejected(RejectReason.MALFORMED_HEADER)
    created_at = _parse_time(body.get("created_at"))
    expires_at = _parse_time(body.get("expires_at"))
    return BundleHeader(
        suite=suite,
        sender=_device_id_field(body, "sender"),
        recipient=_device_id_field(body, "recipient"),
        sequence=_int_field(body, "sequence", 0, MAX_SEQUENCE),
        created_at=created_at,
        expires_at=expires_at,
        schema_version=_int_field(body, "schema_version", 0, MAX_SCHEMA_VERSION),
        capabilities=tuple(str(c) for c in capabilities),
        # Sizes are only typed here; _check_header compares them with the real file.
        chunk_size=_int_field(body, "chunk_size", 0, _MAX_JSON_INT),
        chunk_count=_int_field(body, "chunk_count", 0, _MAX_JSON_INT),
        payload_size=_int_field(body, "payload_size", 0, _MAX_JSON_INT),
        extra={k: v for k, v in body.items() if k not in RESERVED_HEADER_KEYS},
    )


def _reject_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError("duplicate key")
        result[key] = value
    return result


def _reject_float(_text: str) -> None:
    raise ValueError("floats and NaN are not allowed in bundle headers")


def _valid_json(value: object, depth: int) -> bool:
    if depth > MAX_JSON_DEPTH:
        return False
    if value is None or isinstance(value, bool | str) or _is_int(value):
        return True
    if isinstance(value, list):
        return all(_valid_json(item, depth + 1) for item in value)
    if isinstance(value, dict):
        return all(isinstance(k, str) and _valid_json(v, depth + 1) for k, v in value.items())
    return False


def _valid_capabilities(capabilities: list[Any]) -> bool:
    return (
        len(capabilities) <= MAX_CAPABILITIES
        and all(isinstance(c, str) and 0 < len(c) <= MAX_CAPABILITY_LENGTH for c in capabilities)
        and len(set(capabilities)) == len(capabilities)
    )


def _int_field(body: Mapping[str, JSONValue], key: str, low: int, high: int) -> int:
    value = body.get(key)
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        raise BundleRejected(RejectReason.MALFORMED_HEADER)
    return value


def _device_id_field(body: Mapping[str, JSONValue], key: str) -> str:
    value = body.get(key)
    if not isinstance(value, str) or not _DEVICE_ID_PATTERN.fullmatch(value):
        raise BundleRejected(RejectReason.MALFORMED_HEADER)
    device_id_to_bytes(value)
    return value


def _parse_time(value: JSONValue | None) -> datetime:
    if not isinstance(value, str) or not _TIME_PATTERN.fullmatch(value):
        raise BundleRejected(RejectReason.MALFORMED_HEADER)
    try:
        parsed = datetime.strptime(value, _TIME_FORMAT).replace(tzinfo=UTC)
    except ValueError as exc:
        raise BundleRejected(RejectReason.MALFORMED_HEADER) from exc
    return parsed


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


# ---------------------------------------------------------------------------------------------
# Small helpers


def _file_key_info(authenticated_prefix: bytes) -> bytes:
    # Binding the file key to the preamble and header means a sealed key lifted into another
    # bundle (even one the same sender re-signs) does not open.
    return FILE_KEY_INFO + hashlib.sha512(authenticated_prefix).digest()


def _random_key() -> bytes:
    return secrets.token_bytes(KEY_SIZE)


def _utc_seconds(moment: datetime | None) -> datetime:
    if moment is None:
        moment = datetime.now(UTC)
    if moment.tzinfo is None:
        raise ValueError("timestamps must be timezone-aware")
    return moment.astimezone(UTC).replace(microsecond=0)


def _read_up_to(f: BinaryIO, size: int) -> bytes:
    parts: list[bytes] = []
    remaining = size
    while remaining > 0:
        block = f.read(remaining)
        if not block:
            break
        parts.append(block)
        remaining -= len(block)
    return b"".join(parts)


def _read_exact(f: BinaryIO, size: int) -> bytes:
    data = _read_up_to(f, size)
    if len(data) != size:  # the file shrank after its size was checked
        raise BundleRejected(RejectReason.TRUNCATED)
    return data
