"""Bundle sealing and opening with real keys and real files (SYNC.md acceptance test 7).

Bundles that a trusted signer could produce but a correct writer never would (bad sizes, swapped
chunks, classical suites...) are built by ``assemble``, an independent re-implementation of the
documented layout that signs with the sender's real keys.
"""

from __future__ import annotations

import hashlib
import io
import itertools
import json
import os
import struct
import time
import tracemalloc
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import hpke
from cryptography.hazmat.primitives.asymmetric import x25519
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from dedans_dehors_desktop.core.errors import InputRejected, NotFound
from dedans_dehors_desktop.crypto import bundle_format as bf
from dedans_dehors_desktop.crypto.bundle_format import (
    BundleHeader,
    BundleRejected,
    BundleTooLarge,
    RejectReason,
    open_bundle,
    seal,
    verify_bundle,
    verify_signed,
)
from dedans_dehors_desktop.crypto.identity import Identity, PublicIdentity
from dedans_dehors_desktop.crypto.suite import HPKE_SEALED_KEY_SIZE

R = RejectReason
NOW = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)
LATER = NOW + timedelta(hours=1)
CLASSICAL_SUITE = "DD0-X25519-SHA256-AES256GCM+Ed25519"


@pytest.fixture(scope="module")
def alice() -> Identity:
    return Identity.generate()


@pytest.fixture(scope="module")
def bob() -> Identity:
    return Identity.generate()


@pytest.fixture(scope="module")
def mallory() -> Identity:
    return Identity.generate()


@pytest.fixture(scope="module")
def registry(alice: Identity, bob: Identity, mallory: Identity) -> dict[str, PublicIdentity]:
    return {i.device_id: i.public for i in (alice, bob, mallory)}


@pytest.fixture(scope="module")
def lookup(registry: dict[str, PublicIdentity]) -> Callable[[str], PublicIdentity]:
    return registry.__getitem__


# ---------------------------------------------------------------------------------------------
# Helpers


def make_bundle(
    path: Path,
    payload: bytes | list[bytes],
    sender: Identity,
    recipient: Identity,
    **options: object,
) -> bytes:
    pieces = [payload] if isinstance(payload, bytes) else payload
    kwargs: dict[str, object] = {"sequence": 7, "schema_version": 3, "now": NOW}
    kwargs.update(options)
    with path.open("wb") as out:
        result = seal(pieces, out, sender=sender, recipient=recipient.public, **kwargs)  # type: ignore[arg-type]
    data = path.read_bytes()
    assert result.size == len(data)
    return data


def open_file(
    path: Path,
    recipient: Identity,
    lookup: Callable[[str], PublicIdentity],
    now: datetime = LATER,
) -> tuple[BundleHeader, bytes]:
    with path.open("rb") as f:
        opened = open_bundle(f, recipient, lookup, now=now)
        return opened.header, opened.read_all(10**9)


def reject_reason(
    path: Path, recipient: Identity, lookup: Callable[[str], PublicIdentity], now: datetime = LATER
) -> RejectReason:
    with path.open("rb") as f, pytest.raises(BundleRejected) as caught:
        open_bundle(f, recipient, lookup, now=now)
    return caught.value.reason


@dataclass(frozen=True)
class Parts:
    version: int
    suite_id: int
    sender_raw: bytes
    header: bytes
    sealed_key: bytes
    chunks: bytes
    signatures: bytes
    trailer: bytes

    @property
    def header_json(self) -> dict[str, object]:
        value = json.loads(self.header)
        assert isinstance(value, dict)
        return value


def split(data: bytes) -> Parts:
    _magic, version, suite_id, total, sender_raw, header_size = struct.unpack(
        ">8sHHQ16sI", data[:40]
    )
    assert total == len(data)
    key_at = 40 + header_size
    chunks_at = key_at + HPKE_SEALED_KEY_SIZE
    signatures_at = len(data) - 12 - 64 - 3309
    return Parts(
        version,
        suite_id,
        sender_raw,
        data[40:key_at],
        data[key_at:chunks_at],
        data[chunks_at:signatures_at],
        data[signatures_at:-12],
        data[-12:],
    )


def assemble(parts: Parts, signer: Identity) -> bytes:
    """Lay out ``parts`` as the format documents and sign them for real with ``signer``."""
    total = 40 + len(parts.header) + len(parts.sealed_key) + len(parts.chunks) + 3373 + 12
    body = b"".join(
        (
            struct.pack(
                ">8sHHQ16sI",
                bf.MAGIC,
                parts.version,
                parts.suite_id,
                total,
                parts.sender_raw,
                len(parts.header),
            ),
            parts.header,
            parts.sealed_key,
            parts.chunks,
        )
    )
    ed_sig, ml_sig = signer.sign(hashlib.sha512(body).digest(), bf.SIGNATURE_CONTEXT)
    return body + ed_sig + ml_sig + parts.trailer


def with_header(parts: Parts, **changes: object) -> Parts:
    body = parts.header_json
    body.update(changes)
    encoded = json.dumps(body, sort_keys=True, separators=(",", ":")).encode()
    return replace(parts, header=encoded)


def regions(data: bytes, chunk_size: int) -> Iterator[tuple[str, int, int]]:
    parts = split(data)
    key_at = 40 + len(parts.header)
    chunks_at = key_at + len(parts.sealed_key)
    signatures_at = chunks_at + len(parts.chunks)
    yield from [
        ("magic", 0, 8),
        ("version", 8, 10),
        ("suite", 10, 12),
        ("total_size", 12, 20),
        ("sender", 20, 36),
        ("header_size", 36, 40),
        ("header", 40, key_at),
    ]
    yield ("sealed_key", key_at, chunks_at)
    step = chunk_size + 16
    start = chunks_at
    index = 0
    while start + step < signatures_at:
        yield (f"chunk{index}", start, start + step)
        start += step
        index += 1
    yield ("last_chunk", start, signatures_at)
    yield ("ed25519_signature", signatures_at, signatures_at + 64)
    yield ("mldsa_signature", signatures_at + 64, signatures_at + 64 + 3309)
    yield ("trailer", len(data) - 12, len(data))


EXPECTED_FOR_FLIP: dict[str, set[RejectReason]] = {
    "magic": {R.NOT_A_BUNDLE},
    "version": {R.UNSUPPORTED_VERSION},
    "suite": {R.UNKNOWN_SUITE},
    # A different declared size no longer matches the real file, in one direction or the other.
    # The file is whole (it ends with its trailer): a changed size field or sender id is named
    # as damage, not as a truncation, appended data or an unknown sender.
    "total_size": {R.DAMAGED},
    "sender": {R.DAMAGED},
    "header_size": {R.DAMAGED, R.INVALID_SIZES, R.BAD_SIGNATURE},
}


# ---------------------------------------------------------------------------------------------
# Round trips


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    payload=st.binary(max_size=3000),
    chunk_size=st.sampled_from([64, 100, 1024, bf.DEFAULT_CHUNK_SIZE]),
    cuts=st.lists(st.integers(0, 3000), max_size=5),
)
@example(payload=b"", chunk_size=64, cuts=[])
@example(payload=bytes(range(256)) * 3, chunk_size=64, cuts=[])  # exactly 12 chunks
@example(payload=b"x" * 64, chunk_size=64, cuts=[0, 0, 64])  # one full chunk, empty pieces
def test_round_trip(
    tmp_path: Path,
    alice: Identity,
    bob: Identity,
    lookup: Callable[[str], PublicIdentity],
    payload: bytes,
    chunk_size: int,
    cuts: list[int],
) -> None:
    bounds = sorted({0, len(payload), *(min(c, len(payload)) for c in cuts)})
    pieces = [payload[a:b] for a, b in itertools.pairwise(bounds)] or [b""]
    path = tmp_path / "round_trip.ddb"
    data = make_bundle(
        path,
        pieces,
        alice,
        bob,
        chunk_size=chunk_size,
        capabilities=["fields-v1"],
        extra={"vector": {alice.device_id: 12}, "acks": [1, None, "x"]},
    )
    header, plaintext = open_file(path, bob, lookup)
    assert plaintext == payload
    expected_chunks = max(1, -(-len(payload) // chunk_size))
    assert header.chunk_count == expected_chunks
    assert header.payload_size == len(payload)
    assert header.sender == alice.device_id and header.recipient == bob.device_id
    assert header.sequence == 7 and header.schema_version == 3
    assert header.capabilities == ("fields-v1",)
    assert header.extra == {"vector": {alice.device_id: 12}, "acks": [1, None, "x"]}
    assert header.created_at == NOW and header.expires_at == NOW + bf.DEFAULT_LIFETIME
    overhead = len(data) - len(payload) - 16 * expected_chunks
    assert overhead == 40 + len(split(data).header) + 1168 + 64 + 3309 + 12


@pytest.mark.parametrize("size", [0, 1, 63, 64, 65, 128, 129, 640])
def test_chunk_boundaries(
    tmp_path: Path,
    alice: Identity,
    bob: Identity,
    lookup: Callable[[str], PublicIdentity],
    size: int,
) -> None:
    payload = os.urandom(size)
    path = tmp_path / "b.ddb"
    make_bundle(path, payload, alice, bob, chunk_size=64)
    with path.open("rb") as f:
        opened = open_bundle(f, bob, lookup, now=LATER)
        chunks = list(opened.chunks())
    assert b"".join(chunks) == payload
    assert [len(c) for c in chunks[:-1]] == [64] * (len(chunks) - 1)
    assert 0 < len(chunks[-1]) <= 64 or size == 0


def test_empty_payload_overhead(
    tmp_path: Path, alice: Identity, bob: Identity, lookup: Callable[[str], PublicIdentity]
) -> None:
    data = make_bundle(tmp_path / "e.ddb", b"", alice, bob)
    header_size = len(split(data).header)
    assert len(data) == 40 + header_size + 1168 + 16 + 64 + 3309 + 12
    assert len(data) < 5200  # about 4.9 KB with a minimal header
    assert open_file(tmp_path / "e.ddb", bob, lookup)[1] == b""


def test_large_payload_streams_with_bounded_memory(
    tmp_path: Path, alice: Identity, bob: Identity, lookup: Callable[[str], PublicIdentity]
) -> None:
    piece = os.urandom(64 * 1024)
    count = 24 * 16  # 24 MiB
    path = tmp_path / "big.ddb"
    with path.open("wb") as out:
        seal(
            (piece for _ in range(count)),
            out,
            sender=alice,
            recipient=bob.public,
            sequence=1,
            schema_version=1,
            now=NOW,
        )
    tracemalloc.start()
    try:
        total = 0
        with path.open("rb") as f:
            opened = open_bundle(f, bob, lookup, now=LATER)
            for chunk in opened.chunks():
                assert chunk == piece
                total += len(chunk)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert total == count * len(piece)
    assert peak < 4 * 1024 * 1024, f"peak {peak} bytes while opening a 24 MiB bundle"


def test_verify_only_paths(
    tmp_path: Path, alice: Identity, bob: Identity, lookup: Callable[[str], PublicIdentity]
) -> None:
    path = tmp_path / "v.ddb"
    make_bundle(path, b"secret case data", alice, bob, sequence=42)
    with path.open("rb") as f:
        header = verify_bundle(f, bob, lookup, now=LATER)
    assert header.sequence == 42
    # The sender can read back what it wrote without the recipient's private key.
    with path.open("rb") as f:
        assert verify_signed(f, lookup, now=LATER).sequence == 42


def test_sealing_to_a_file_object_in_memory(
    alice: Identity, bob: Identity, lookup: Callable[[str], PublicIdentity]
) -> None:
    buffer = io.BytesIO()
    seal([b"abc"], buffer, sender=alice, recipient=bob.public, sequence=0, schema_version=0)
    buffer.seek(0)
    assert open_bundle(buffer, bob, lookup).read_all(3) == b"abc"
    with pytest.raises(BundleRejected) as caught:
        open_bundle(buffer, bob, lookup).read_all(2)
    assert caught.value.reason == R.PAYLOAD_TOO_LARGE


# ---------------------------------------------------------------------------------------------
# Tampering: every byte of every region


def test_every_single_byte_flip_is_rejected_with_the_right_reason(
    tmp_path: Path, alice: Identity, bob: Identity, lookup: Callable[[str], PublicIdentity]
) -> None:
    original = make_bundle(tmp_path / "good.ddb", os.urandom(150), alice, bob, chunk_size=64)
    target = tmp_path / "flipped.ddb"
    seen: dict[str, int] = {}
    for name, start, end in regions(original, 64):
        allowed = EXPECTED_FOR_FLIP.get(name, {R.BAD_SIGNATURE})
        for offset in range(start, end):
            mutated = bytearray(original)
            mutated[offset] ^= 0x01 if offset % 2 else 0x80
            target.write_bytes(mutated)
            reason = reject_reason(target, bob, lookup)
            assert reason in allowed, f"{name}[{offset - start}] -> {reason}"
        seen[name] = end - start
    assert set(seen) >= {"chunk0", "chunk1", "last_chunk", "sealed_key", "trailer"}
    assert sum(seen.values()) == len(original)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_random_corruption_is_always_rejected(
    tmp_path: Path,
    alice: Identity,
    bob: Identity,
    lookup: Callable[[str], PublicIdentity],
    data: st.DataObject,
) -> None:
    source = tmp_path / "source.ddb"
    if not source.exists():
        make_bundle(source, os.urandom(300), alice, bob, chunk_size=64)
    original = source.read_bytes()
    offset = data.draw(st.integers(0, len(original) - 1))
    garbage = data.draw(st.binary(min_size=1, max_size=64))
    mutated = original[:offset] + garbage + original[offset + len(garbage) :]
    if mutated[: len(original)] == original:
        return
    target = tmp_path / "corrupt.ddb"
    target.write_bytes(mutated)
    reject_reason(target, bob, lookup)


def test_truncation_anywhere_is_reported_as_truncated(
    tmp_path: Path, alice: Identity, bob: Identity, lookup: Callable[[str], PublicIdentity]
) -> None:
    original = make_bundle(tmp_path / "good.ddb", os.urandom(200), alice, bob, chunk_size=64)
    target = tmp_path / "cut.ddb"
    for length in range(len(original)):
        target.write_bytes(original[:length])
        assert reject_reason(target, bob, lookup) == R.TRUNCATED, length


def test_dropping_a_middle_chunk_is_reported_as_truncated(
    tmp_path: Path, alice: Identity, bob: Identity, lookup: Callable[[str], PublicIdentity]
) -> None:
    original = make_bundle(tmp_path / "good.ddb", os.urandom(200), alice, bob, chunk_size=64)
    start = 40 + len(split(original).header) + 1168 + 80
    target = tmp_path / "dropped.ddb"
    target.write_bytes(original[:start] + original[start + 80 :])
    assert reject_reason(target, bob, lookup) == R.TRUNCATED


@pytest.mark.parametrize("extra", [b"\x00", b"hello", b"x" * 5000, "copy"])
def test_appended_bytes_are_rejected(
    tmp_path: Path,
    alice: Identity,
    bob: Identity,
    lookup: Callable[[str], PublicIdentity],
    extra: bytes | str,
) -> None:
    original = make_bundle(tmp_path / "good.ddb", b"payload", alice, bob)
    tail = original if extra == "copy" else extra
    assert isinstance(tail, bytes)
    target = tmp_path / "long.ddb"
    target.write_bytes(original + tail)
    assert reject_reason(target, bob, lookup) == R.TRAILING_DATA


# ---------------------------------------------------------------------------------------------
# Who may read and who may sign


def test_wrong_recipient(
    tmp_path: Path,
    alice: Identity,
    bob: Identity,
    mallory: Identity,
    lookup: Callable[[str], PublicIdentity],
) -> None:
    path = tmp_path / "for_bob.ddb"
    make_bundle(path, b"for bob only", alice, bob)
    assert reject_reason(path, mallory, lookup) == R.WRONG_RECIPIENT


def test_recipient_rewritten_by_a_signer_still_cannot_be_decrypted(
    tmp_path: Path,
    alice: Identity,
    bob: Identity,
    mallory: Identity,
    lookup: Callable[[str], PublicIdentity],
) -> None:
    parts = split(make_bundle(tmp_path / "b.ddb", b"for bob only", alice, bob))
    path = tmp_path / "readdressed.ddb"
    path.write_bytes(assemble(with_header(parts, recipient=mallory.device_id), alice))
    assert reject_reason(path, mallory, lookup) == R.KEY_UNWRAP_FAILED


def test_sealed_key_bound_to_its_header(
    tmp_path: Path, alice: Identity, bob: Identity, lookup: Callable[[str], PublicIdentity]
) -> None:
    # Same keys, another sequence number: the sender re-signs, but the file key's HPKE info
    # still names the original header.
    parts = split(make_bundle(tmp_path / "b.ddb", b"data", alice, bob))
    path = tmp_path / "renumbered.ddb"
    path.write_bytes(assemble(with_header(parts, sequence=8), alice))
    assert reject_reason(path, bob, lookup) == R.KEY_UNWRAP_FAILED


def test_unknown_signer(
    tmp_path: Path, alice: Identity, bob: Identity, registry: dict[str, PublicIdentity]
) -> None:
    path = tmp_path / "b.ddb"
    make_bundle(path, b"data", alice, bob)
    without_alice = {k: v for k, v in registry.items() if k != alice.device_id}
    assert reject_reason(path, bob, without_alice.__getitem__) == R.UNKNOWN_SIGNER

    def not_found(_device_id: str) -> PublicIdentity:
        raise NotFound()

    assert reject_reason(path, bob, not_found) == R.UNKNOWN_SIGNER


def test_revoked_signer_reason_comes_from_the_registry(
    tmp_path: Path, alice: Identity, bob: Identity
) -> None:
    path = tmp_path / "b.ddb"
    make_bundle(path, b"data", alice, bob)

    def revoked(_device_id: str) -> PublicIdentity:
        raise BundleRejected(R.REVOKED_SIGNER)

    assert reject_reason(path, bob, revoked) == R.REVOKED_SIGNER


def test_registry_returning_another_key_is_refused(
    tmp_path: Path, alice: Identity, bob: Identity, mallory: Identity
) -> None:
    path = tmp_path / "b.ddb"
    make_bundle(path, b"data", alice, bob)
    assert reject_reason(path, bob, lambda _id: mallory.public) == R.UNKNOWN_SIGNER


def test_forged_sender_id_fails_the_signature(
    tmp_path: Path,
    alice: Identity,
    bob: Identity,
    mallory: Identity,
    lookup: Callable[[str], PublicIdentity],
) -> None:
    # Mallory writes a bundle claiming to be Alice, consistently in preamble and header.
    parts = split(make_bundle(tmp_path / "m.ddb", b"forged", mallory, bob))
    forged = with_header(
        replace(parts, sender_raw=alice.public.device_id_bytes), sender=alice.device_id
    )
    path = tmp_path / "forged.ddb"
    path.write_bytes(assemble(forged, mallory))
    assert reject_reason(path, bob, lookup) == R.BAD_SIGNATURE


def test_preamble_and_header_sender_must_agree(
    tmp_path: Path,
    alice: Identity,
    bob: Identity,
    mallory: Identity,
    lookup: Callable[[str], PublicIdentity],
) -> None:
    parts = split(make_bundle(tmp_path / "b.ddb", b"data", alice, bob))
    path = tmp_path / "mixed.ddb"
    path.write_bytes(assemble(with_header(parts, sender=mallory.device_id), alice))
    assert reject_reason(path, bob, lookup) == R.MALFORMED_HEADER


# ---------------------------------------------------------------------------------------------
# Time, versions and suites


def test_expiry(
    tmp_path: Path, alice: Identity, bob: Identity, lookup: Callable[[str], PublicIdentity]
) -> None:
    path = tmp_path / "b.ddb"
    make_bundle(path, b"data", alice, bob, lifetime=timedelta(days=1))
    assert open_file(path, bob, lookup, now=NOW + timedelta(days=1, seconds=-1))[1] == b"data"
    assert reject_reason(path, bob, lookup, now=NOW + timedelta(days=1)) == R.EXPIRED
    with path.open("rb") as f, pytest.raises(BundleRejected) as caught:
        open_bundle(f, bob, lookup)  # the real clock is long past NOW + 1 day
    assert caught.value.reason == R.EXPIRED


@pytest.mark.parametrize("version", [0, 2, 0xFFFF])
def test_unknown_format_version(
    tmp_path: Path,
    alice: Identity,
    bob: Identity,
    lookup: Callable[[str], PublicIdentity],
    version: int,
) -> None:
    parts = split(make_bundle(tmp_path / "b.ddb", b"data", alice, bob))
    path = tmp_path / "v.ddb"
    path.write_bytes(assemble(replace(parts, version=version), alice))
    assert reject_reason(path, bob, lookup) == R.UNSUPPORTED_VERSION


def test_unknown_suite_id(
    tmp_path: Path, alice: Identity, bob: Identity, lookup: Callable[[str], PublicIdentity]
) -> None:
    parts = split(make_bundle(tmp_path / "b.ddb", b"data", alice, bob))
    path = tmp_path / "s.ddb"
    path.write_bytes(assemble(replace(parts, suite_id=2), alice))
    assert reject_reason(path, bob, lookup) == R.UNKNOWN_SUITE


@pytest.mark.parametrize("suite", [CLASSICAL_SUITE, "DD1-MLKEM768X25519-SHA256-AES128GCM", ""])
def test_header_naming_another_suite(
    tmp_path: Path,
    alice: Identity,
    bob: Identity,
    lookup: Callable[[str], PublicIdentity],
    suite: str,
) -> None:
    parts = split(make_bundle(tmp_path / "b.ddb", b"data", alice, bob))
    path = tmp_path / "s.ddb"
    path.write_bytes(assemble(with_header(parts, suite=suite), alice))
    assert reject_reason(path, bob, lookup) == R.UNKNOWN_SUITE


def test_classical_only_bundle_is_refused(
    tmp_path: Path, alice: Identity, bob: Identity, lookup: Callable[[str], PublicIdentity]
) -> None:
    # A genuine X25519-only HPKE bundle, validly signed by a known device: still refused,
    # whether it declares its real suite id or claims the pinned one. (The payload is large
    # enough for the file to pass the pinned suite's minimum size, so the header is reached.)
    classical_key = x25519.X25519PrivateKey.generate()
    payload = os.urandom(2000)
    parts = with_header(
        split(make_bundle(tmp_path / "b.ddb", payload, alice, bob)), suite=CLASSICAL_SUITE
    )
    header_prefix = (
        struct.pack(
            ">8sHHQ16sI", bf.MAGIC, 1, 2, 0, alice.public.device_id_bytes, len(parts.header)
        )
        + parts.header
    )
    suite = hpke.Suite(hpke.KEM.X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.AES_256_GCM)
    sealed_key = suite.encrypt(os.urandom(32), classical_key.public_key(), info=header_prefix)
    assert len(sealed_key) == 80
    for suite_id in (2, 1):
        path = tmp_path / f"classical{suite_id}.ddb"
        path.write_bytes(assemble(replace(parts, suite_id=suite_id, sealed_key=sealed_key), alice))
        assert reject_reason(path, bob, lookup) == R.UNKNOWN_SUITE


@pytest.mark.parametrize(
    "payload", [b"", b"hello", b"PK\x03\x04" + b"\x00" * 100, b"\x89PNG\r\n\x1a\n" + b"\x00" * 50]
)
def test_not_a_bundle(
    tmp_path: Path, bob: Identity, lookup: Callable[[str], PublicIdentity], payload: bytes
) -> None:
    path = tmp_path / "other.bin"
    path.write_bytes(payload)
    expected = R.TRUNCATED if payload == b"" else R.NOT_A_BUNDLE
    assert reject_reason(path, bob, lookup) == expected


# ---------------------------------------------------------------------------------------------
# Absurd declarations: refused fast, without allocating what they claim


def _refused_cheaply(
    path: Path, bob: Identity, lookup: Callable[[str], PublicIdentity]
) -> RejectReason:
    tracemalloc.start()
    started = time.perf_counter()
    try:
        reason = reject_reason(path, bob, lookup)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert time.perf_counter() - started < 1.0
    assert peak < 2 * 1024 * 1024, peak
    return reason


def test_huge_header_size_is_refused_before_reading(
    tmp_path: Path, alice: Identity, bob: Identity, lookup: Callable[[str], PublicIdentity]
) -> None:
    data = bytearray(make_bundle(tmp_path / "b.ddb", b"data", alice, bob))
    for declared in (bf.MAX_HEADER_SIZE + 1, 0xFFFFFFFF):
        data[36:40] = declared.to_bytes(4, "big")
        path = tmp_path / "h.ddb"
        path.write_bytes(data)
        assert _refused_cheaply(path, bob, lookup) == R.DAMAGED  # whole file: a damaged field
        path.write_bytes(data[:-1])
        assert _refused_cheaply(path, bob, lookup) == R.HEADER_TOO_LARGE


def test_huge_total_size_is_refused(
    tmp_path: Path, alice: Identity, bob: Identity, lookup: Callable[[str], PublicIdentity]
) -> None:
    data = bytearray(make_bundle(tmp_path / "b.ddb", b"data", alice, bob))
    for declared, reason, cut in (
        (2**64 - 1, R.DAMAGED, 0),
        (bf.MAX_BUNDLE_SIZE, R.DAMAGED, 0),
        (100, R.DAMAGED, 0),
        (bf.MAX_BUNDLE_SIZE, R.TRUNCATED, 1),
        (100, R.TRAILING_DATA, 1),
    ):
        data[12:20] = declared.to_bytes(8, "big")
        path = tmp_path / "t.ddb"
        path.write_bytes(data[: len(data) - cut])
        assert _refused_cheaply(path, bob, lookup) == reason


@pytest.mark.parametrize(
    "changes",
    [
        {"chunk_count": 10**15},
        {"chunk_count": 2**63 - 1},
        {"payload_size": 2**40},
        {"chunk_size": 2**40},
        {"chunk_size": 0},
        {"chunk_size": 1},
        {"chunk_count": 0},
        {"payload_size": 5},
    ],
)
def test_signed_header_with_absurd_sizes_is_refused(
    tmp_path: Path,
    alice: Identity,
    bob: Identity,
    lookup: Callable[[str], PublicIdentity],
    changes: dict[str, int],
) -> None:
    parts = split(make_bundle(tmp_path / "b.ddb", b"data", alice, bob))
    path = tmp_path / "sizes.ddb"
    path.write_bytes(assemble(with_header(parts, **changes), alice))
    assert _refused_cheaply(path, bob, lookup) == R.INVALID_SIZES


# ---------------------------------------------------------------------------------------------
# What only a key holder could do: chunk-level tampering under a valid signature


def test_swapped_chunks_fail_authentication(
    tmp_path: Path, alice: Identity, bob: Identity, lookup: Callable[[str], PublicIdentity]
) -> None:
    parts = split(make_bundle(tmp_path / "b.ddb", os.urandom(200), alice, bob, chunk_size=64))
    c = parts.chunks
    swapped = c[80:160] + c[:80] + c[160:]
    path = tmp_path / "swapped.ddb"
    path.write_bytes(assemble(replace(parts, chunks=swapped), alice))
    assert reject_reason(path, bob, lookup) == R.CHUNK_AUTH_FAILED


def test_dropped_last_chunk_under_a_valid_signature_is_refused(
    tmp_path: Path, alice: Identity, bob: Identity, lookup: Callable[[str], PublicIdentity]
) -> None:
    parts = split(make_bundle(tmp_path / "b.ddb", os.urandom(200), alice, bob, chunk_size=64))
    path = tmp_path / "short.ddb"
    # Sizes left as they were: the declared chunks no longer fit the file.
    path.write_bytes(assemble(replace(parts, chunks=parts.chunks[: 3 * 80]), alice))
    assert reject_reason(path, bob, lookup) == R.INVALID_SIZES
    # Sizes adjusted: the header changed, so the file key (bound to the header) does not open.
    # Were it to open, STREAM would still refuse: see test_bundle_stream.
    shorter = with_header(
        replace(parts, chunks=parts.chunks[: 3 * 80]), chunk_count=3, payload_size=192
    )
    path.write_bytes(assemble(shorter, alice))
    assert reject_reason(path, bob, lookup) == R.KEY_UNWRAP_FAILED


def test_chunk_changed_on_disk_after_verification(
    tmp_path: Path, alice: Identity, bob: Identity, lookup: Callable[[str], PublicIdentity]
) -> None:
    path = tmp_path / "b.ddb"
    data = make_bundle(path, os.urandom(200), alice, bob, chunk_size=64)
    chunk_at = 40 + len(split(data).header) + 1168 + 90
    # Unbuffered, so the second read really goes back to the disk.
    with path.open("rb", buffering=0) as f:
        opened = open_bundle(f, bob, lookup, now=LATER)
        with path.open("r+b") as writer:
            writer.seek(chunk_at)
            writer.write(bytes([data[chunk_at] ^ 1]))
        chunks = opened.chunks()
        assert len(next(chunks)) == 64
        with pytest.raises(BundleRejected) as caught:
            next(chunks)
    assert caught.value.reason == R.CHUNK_AUTH_FAILED


# ---------------------------------------------------------------------------------------------
# Header strictness (signed, so only a buggy or hostile key holder could produce these)


@pytest.mark.parametrize(
    "transform",
    [
        lambda h: h.replace(b",", b", ", 1),  # not canonical
        lambda h: h[:-1] + b',"sequence":7}',  # duplicate key
        lambda h: h[:-1] + b',"zz":1.5}',  # float
        lambda h: h[:-1] + b',"zz":NaN}',
        lambda h: h[:-1] + b',"zz":' + b"[" * 20 + b"]" * 20 + b"}",  # too deep
        lambda h: h[:-1] + b',"zz":' + b"[" * 30000 + b"]" * 30000 + b"}",  # recursion
        lambda h: b"[]",
        lambda h: b"",
        lambda h: h.replace(b'"sequence":7', b'"sequence":-1'),
        lambda h: h.replace(b'"sequence":7', b'"sequence":true'),
        lambda h: h.replace(b'"schema_version":3', b'"schema_version":"3"'),
        lambda h: h.replace(b'"capabilities":[]', b'"capabilities":["a","a"]'),
        lambda h: h.replace(b'"capabilities":[]', b'"capabilities":[1]'),
        lambda h: h.replace(b"2026-03-02T09:30:00Z", b"2026-03-02 09:30:00"),
        lambda h: h.replace(b"2026-03-02T09:30:00Z", b"2026-13-02T09:30:00Z"),
        lambda h: h.replace(b"2026-03-02T09:30:00Z", b"2099-03-02T09:30:00Z"),  # created > expires
        lambda h: h.replace(b'"sequence":7,', b""),  # missing field
        lambda h: h.replace(b'"created_at"', b'"cr\xc3\xa9ated_at"'),  # not ASCII
    ],
)
def test_malformed_signed_header(
    tmp_path: Path,
    alice: Identity,
    bob: Identity,
    lookup: Callable[[str], PublicIdentity],
    transform: Callable[[bytes], bytes],
) -> None:
    parts = split(make_bundle(tmp_path / "b.ddb", b"data", alice, bob))
    new_header = transform(parts.header)
    assert new_header != parts.header
    path = tmp_path / "bad_header.ddb"
    path.write_bytes(assemble(replace(parts, header=new_header), alice))
    assert reject_reason(path, bob, lookup) == R.MALFORMED_HEADER


def test_recipient_check_comes_before_expiry(
    tmp_path: Path,
    alice: Identity,
    bob: Identity,
    mallory: Identity,
    lookup: Callable[[str], PublicIdentity],
) -> None:
    path = tmp_path / "b.ddb"
    make_bundle(path, b"data", alice, bob, lifetime=timedelta(seconds=1))
    assert reject_reason(path, mallory, lookup, now=NOW + timedelta(days=9)) == R.WRONG_RECIPIENT


# ---------------------------------------------------------------------------------------------
# Sealing arguments and messages


@pytest.mark.parametrize(
    "options",
    [
        {"sequence": -1},
        {"sequence": True},
        {"schema_version": -2},
        {"chunk_size": 63},
        {"chunk_size": 2 * 1024 * 1024},
        {"capabilities": ["a", "a"]},
        {"capabilities": [""]},
        {"extra": {"sequence": 3}},
        {"extra": {"ratio": 0.5}},
        {"extra": {"deep": [[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]}},
        {"lifetime": timedelta(0)},
        {"now": datetime(2026, 1, 1)},  # naive: laptop local time would silently shift expiry
    ],
)
def test_invalid_seal_arguments(
    tmp_path: Path, alice: Identity, bob: Identity, options: dict[str, object]
) -> None:
    with pytest.raises(ValueError):
        make_bundle(tmp_path / "x.ddb", b"data", alice, bob, **options)


def test_header_too_large_to_seal(tmp_path: Path, alice: Identity, bob: Identity) -> None:
    with pytest.raises(BundleTooLarge) as caught:
        make_bundle(tmp_path / "x.ddb", b"data", alice, bob, extra={"big": "x" * 70_000})
    assert "taille maximale" in caught.value.message
    assert (tmp_path / "x.ddb").read_bytes() == b""  # nothing was written


def test_every_reason_has_its_own_french_message() -> None:
    messages = {reason: BundleRejected(reason).message for reason in RejectReason}
    assert len(set(messages.values())) == len(RejectReason)
    for reason, message in messages.items():
        assert "Rien n'a été modifié" in message, reason
        assert isinstance(BundleRejected(reason), InputRejected)
    assert BundleRejected(R.EXPIRED, "Message précis.").message == "Message précis."
