"""Golden vectors for the deterministic parts of the bundle format, and STREAM properties.

The expected values are written out in full: if any of them changes, bundles written by an older
version stop opening, which must be a deliberate format-version bump, never an accident.
"""

from __future__ import annotations

import hashlib
import hmac
import struct

import pytest
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from hypothesis import given, settings
from hypothesis import strategies as st

from dedans_dehors_desktop.crypto import bundle_format as bf
from dedans_dehors_desktop.crypto import stream

FILE_KEY = bytes(range(32))
PAYLOAD_KEY_HEX = "4f2cec1697b9a482ce4e819abca4fbe73f0a8abad62e3aaa2e3ed0f60e6c0d8e"


def test_payload_key_golden_vector() -> None:
    assert stream.derive_payload_key(FILE_KEY).hex() == PAYLOAD_KEY_HEX


def test_payload_key_is_plain_rfc5869_hkdf_sha256() -> None:
    # Recomputed by hand from RFC 5869 (empty salt = 32 zero bytes, one output block).
    prk = hmac.new(b"\x00" * 32, FILE_KEY, hashlib.sha256).digest()
    okm = hmac.new(prk, b"dedans-dehors bundle v1 payload key\x01", hashlib.sha256).digest()
    assert okm.hex() == PAYLOAD_KEY_HEX


def test_payload_key_needs_a_32_byte_file_key() -> None:
    with pytest.raises(ValueError):
        stream.derive_payload_key(b"short")


def test_chunk_nonce_golden_vectors() -> None:
    assert stream.chunk_nonce(0, last=False) == bytes(12)
    assert stream.chunk_nonce(0, last=True) == bytes(11) + b"\x01"
    assert stream.chunk_nonce(1, last=False).hex() == "000000000000000000000100"
    assert stream.chunk_nonce(0x0102030405, last=True).hex() == "000000000000010203040501"
    assert stream.chunk_nonce(stream.MAX_COUNTER, last=False) == b"\xff" * 11 + b"\x00"
    with pytest.raises(ValueError):
        stream.chunk_nonce(stream.MAX_COUNTER + 1, last=False)
    with pytest.raises(ValueError):
        stream.chunk_nonce(-1, last=False)


def test_sealed_chunks_golden_vector() -> None:
    sealer = stream.ChunkSealer(bytes.fromhex(PAYLOAD_KEY_HEX))
    first = sealer.seal(b"Dedans-Dehors", last=False)
    last = sealer.seal(b"", last=True)
    assert first.hex() == "dd60de01e293d5f858a2e6d0f8d7d155db64c9a160efea485b0122645f"
    assert last.hex() == "f675e84eea4afeac07162404a4faf6c3"
    # Independent check with the raw AEAD: the nonce really is counter || flag, with no AAD.
    aead = AESGCM(bytes.fromhex(PAYLOAD_KEY_HEX))
    assert aead.decrypt(bytes(11) + b"\x00", first, None) == b"Dedans-Dehors"
    assert aead.decrypt(bytes(10) + b"\x01\x01", last, None) == b""
    with pytest.raises(ValueError):
        sealer.seal(b"after the end", last=False)


def test_layout_constants_golden() -> None:
    assert bf.MAGIC == b"\x89DDB\r\n\x1a\n"
    assert bf.PREAMBLE_SIZE == 40
    assert bf.TRAILER_SIZE == 12
    assert bf.EXPECTED_TRAILER.hex() == "0040" + "0ced" + b"DDB-END\n".hex()
    assert bf.PREAMBLE.pack(bf.MAGIC, 1, 1, 4937, bytes(range(16)), 328).hex() == (
        "89444442 0d0a1a0a 0001 0001 0000000000001349"
        " 000102030405060708090a0b0c0d0e0f 00000148".replace(" ", "")
    )
    assert bf.SIGNATURE_CONTEXT == b"dedans-dehors bundle v1 signature"
    assert bf._file_key_info(b"prefix") == (
        b"dedans-dehors bundle v1 file key\x00" + hashlib.sha512(b"prefix").digest()
    )


def test_canonical_header_encoding_golden() -> None:
    encoded = bf._canonical_json({"b": [1, "é"], "a": None, "c": {"z": True, "y": -3}})
    assert encoded == b'{"a":null,"b":[1,"\\u00e9"],"c":{"y":-3,"z":true}}'


def _seal_all(key: bytes, pieces: list[bytes]) -> list[bytes]:
    sealer = stream.ChunkSealer(key)
    return [sealer.seal(p, last=i == len(pieces) - 1) for i, p in enumerate(pieces)]


def _open_all(key: bytes, sealed: list[bytes]) -> list[bytes]:
    opener = stream.ChunkOpener(key)
    return [opener.open(s, last=i == len(sealed) - 1) for i, s in enumerate(sealed)]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.binary(max_size=40), min_size=2, max_size=6), st.data())
def test_reordered_dropped_or_extended_chunk_lists_fail(
    pieces: list[bytes], data: st.DataObject
) -> None:
    key = bytes.fromhex(PAYLOAD_KEY_HEX)
    sealed = _seal_all(key, pieces)
    assert _open_all(key, sealed) == pieces
    i = data.draw(st.integers(0, len(sealed) - 2))
    swapped = sealed.copy()
    swapped[i], swapped[i + 1] = swapped[i + 1], swapped[i]
    if swapped != sealed:
        with pytest.raises(InvalidTag):
            _open_all(key, swapped)
    with pytest.raises(InvalidTag):  # truncation: the new last chunk was sealed as "not last"
        _open_all(key, sealed[:-1])
    with pytest.raises(InvalidTag):  # extension: the old last chunk is now read as "not last"
        _open_all(key, [*sealed, sealed[-1]])


def test_struct_sizes_match_documented_layout() -> None:
    assert struct.calcsize(">8sHHQ16sI") == 40
