"""STREAM chunked AEAD (the construction ``age`` uses) for bundle payloads.

Each chunk is sealed with AES-256-GCM under one payload key; the 12-byte nonce is an 11-byte
big-endian chunk counter followed by a flag byte that is 1 only on the last chunk. Reordering
changes the counter, dropping the end removes the only chunk whose flag is 1, and appending after
it needs a chunk sealed with flag 0 at a counter the writer sealed with flag 1: each one fails
authentication. The key is fresh per bundle, so counters never repeat under one key.
"""

from __future__ import annotations

from typing import Final

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from .suite import AEAD_TAG_SIZE, KEY_SIZE

PAYLOAD_KEY_INFO: Final = b"dedans-dehors bundle v1 payload key"
COUNTER_SIZE: Final = 11
MAX_COUNTER: Final = (1 << (8 * COUNTER_SIZE)) - 1
LAST_FLAG: Final = 0x01
NOT_LAST_FLAG: Final = 0x00


def derive_payload_key(file_key: bytes) -> bytes:
    """HKDF-SHA256 of the random file key; the HPKE-sealed key itself never touches the payload."""
    if len(file_key) != KEY_SIZE:
        raise ValueError("file key must be 32 bytes")
    hkdf = HKDF(algorithm=hashes.SHA256(), length=KEY_SIZE, salt=None, info=PAYLOAD_KEY_INFO)
    return hkdf.derive(file_key)


def chunk_nonce(counter: int, last: bool) -> bytes:
    if not 0 <= counter <= MAX_COUNTER:
        raise ValueError("chunk counter out of range")
    return counter.to_bytes(COUNTER_SIZE, "big") + bytes([LAST_FLAG if last else NOT_LAST_FLAG])


class ChunkSealer:
    """Seals chunks in order; the caller says which one is last."""

    def __init__(self, payload_key: bytes) -> None:
        self._aead = AESGCM(payload_key)
        self._counter = 0
        self._finished = False

    def seal(self, plaintext: bytes, last: bool) -> bytes:
        if self._finished:
            raise ValueError("the last chunk has already been sealed")
        sealed = self._aead.encrypt(chunk_nonce(self._counter, last), plaintext, None)
        self._counter += 1
        self._finished = last
        return sealed


class ChunkOpener:
    """Opens chunks in order; raises ``cryptography.exceptions.InvalidTag`` on any mismatch."""

    def __init__(self, payload_key: bytes) -> None:
        self._aead = AESGCM(payload_key)
        self._counter = 0

    def open(self, sealed: bytes, last: bool) -> bytes:
        if len(sealed) < AEAD_TAG_SIZE:
            raise ValueError("sealed chunk shorter than its tag")
        plaintext = self._aead.decrypt(chunk_nonce(self._counter, last), sealed, None)
        self._counter += 1
        return plaintext
