"""SYNC.md acceptance test 7 and SECURITY.md's bundle rows, through the real import path:
every refusal has its own French message and leaves the database exactly as it was."""

from __future__ import annotations

import hashlib
import json
import struct
import tracemalloc
import zlib
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from dedans_dehors_desktop.core.errors import InputRejected
from dedans_dehors_desktop.crypto import bundle_format as bf
from dedans_dehors_desktop.crypto.bundle_format import BundleRejected, RejectReason, seal
from dedans_dehors_desktop.crypto.identity import Identity
from dedans_dehors_desktop.crypto.suite import HPKE_SEALED_KEY_SIZE
from dedans_dehors_desktop.sync.devices import find_device, get_device, load_identity, revoke
from dedans_dehors_desktop.sync.errors import SyncError, SyncReason, SyncRejected
from dedans_dehors_desktop.sync.export import export_bundle
from dedans_dehors_desktop.sync.payload import (
    CAPABILITIES,
    MAX_LINE,
    MAX_PAYLOAD,
    Head,
    end_line,
    head_line,
)

from .world import World, craft, dump, youth

R = RejectReason


def _refused(world: World, bundle: Path, dst: str, **kw: object) -> InputRejected:
    before = dump(world.stores[dst])
    with pytest.raises(InputRejected) as caught:
        world.deliver(bundle, dst, **kw)
    assert dump(world.stores[dst]) == before
    return caught.value


def _copy(bundle: Path, name: str, change: Callable[[bytearray], None]) -> Path:
    data = bytearray(bundle.read_bytes())
    change(data)
    out = bundle.with_name(name)
    out.write_bytes(bytes(data))
    return out


def test_each_refusal_has_its_own_message_and_changes_nothing(world: World) -> None:
    world.office.repo.create("jeune", youth())
    world.a.repo.create("jeune", youth(nom_naissance="Petit"))
    good = world.export("a", "office")
    messages: dict[str, str] = {}

    truncated = _copy(good, "truncated.ddb", lambda d: d.__delitem__(slice(-100, None)))
    err = _refused(world, truncated, "office")
    assert isinstance(err, BundleRejected) and err.reason is R.TRUNCATED
    messages["truncated"] = str(err)

    def flip(d: bytearray) -> None:
        d[len(d) // 2] ^= 0x01

    err = _refused(world, _copy(good, "altered.ddb", flip), "office")
    assert isinstance(err, BundleRejected) and err.reason is R.BAD_SIGNATURE
    messages["altered"] = str(err)

    for_c = world.export("office", "c")
    err = _refused(world, for_c, "a")
    assert isinstance(err, BundleRejected) and err.reason is R.WRONG_RECIPIENT
    messages["wrong recipient"] = str(err)

    stranger = Identity.generate()
    office_public = load_identity(world.office.db)
    assert office_public is not None
    unknown = world.stick / "unknown.ddb"
    with unknown.open("wb") as out:
        seal(
            [b"x"],
            out,
            sender=stranger,
            recipient=office_public.public,
            sequence=1,
            schema_version=1,
            capabilities=CAPABILITIES,
            extra={"kind": "data", "replica": "0" * 16, "format_minor": 0},
        )
    err = _refused(world, unknown, "office")
    assert isinstance(err, BundleRejected) and err.reason is R.UNKNOWN_SIGNER
    messages["unknown signer"] = str(err)

    older = world.export("a", "office")
    newer = world.export("a", "office")
    world.deliver(newer, "office")
    err = _refused(world, older, "office")
    assert isinstance(err, SyncRejected) and err.reason is SyncReason.REPLAYED
    messages["replayed"] = str(err)

    err = _refused(
        world, world.export("a", "office"), "office", now=datetime.now(UTC) + timedelta(days=31)
    )
    assert isinstance(err, BundleRejected) and err.reason is R.EXPIRED
    messages["expired"] = str(err)

    def suite(d: bytearray) -> None:
        d[10:12] = struct.pack(">H", 0)  # e.g. a classical-only suite

    err = _refused(world, _copy(good, "suite.ddb", suite), "office")
    assert isinstance(err, BundleRejected) and err.reason is R.UNKNOWN_SUITE
    messages["unknown suite"] = str(err)

    late = world.export("a", "office")
    revoke(world.office.db, find_device(world.office.db, "Portable A").device_id)
    err = _refused(world, late, "office")
    # Written in the second of the revocation or the one before: after it, refused for good;
    # before it, refused until a person confirms (test_stick.py covers both on purpose).
    assert (isinstance(err, BundleRejected) and err.reason is R.REVOKED_SIGNER) or (
        isinstance(err, SyncRejected) and err.reason is SyncReason.REVOKED_BEFORE
    )
    assert "révoqué" in str(err)
    messages["revoked"] = str(err)

    assert len(set(messages.values())) == len(messages)  # each its own message
    for text in messages.values():
        assert text.endswith("Rien n'a été modifié.")


def test_nothing_is_exported_to_a_revoked_laptop(world: World) -> None:
    device = find_device(world.office.db, "Portable A")
    revoke(world.office.db, device.device_id)
    with pytest.raises(SyncError) as caught:
        export_bundle(world.office, device.device_id, world.stick)
    assert "révoqué" in str(caught.value)
    assert get_device(world.office.db, device.device_id).status == "revoked"  # type: ignore[union-attr]


# --- a byte flipped in every region of a real bundle ----------------------------------------------


def _regions(data: bytes, chunk_size: int) -> Iterator[tuple[str, int, int]]:
    header_size = struct.unpack(">I", data[36:40])[0]
    key_at = 40 + header_size
    chunks_at = key_at + HPKE_SEALED_KEY_SIZE
    signatures_at = len(data) - 12 - 64 - 3309
    yield from [
        ("magic", 0, 8),
        ("version", 8, 10),
        ("suite", 10, 12),
        ("size", 12, 20),
        ("sender", 20, 36),
        ("header size", 36, 40),
        ("header", 40, key_at),
        ("sealed key", key_at, chunks_at),
    ]
    start, index = chunks_at, 0
    while start + chunk_size + 16 < signatures_at:
        yield (f"chunk {index}", start, start + chunk_size + 16)
        start += chunk_size + 16
        index += 1
    yield ("last chunk", start, signatures_at)
    yield ("ed25519", signatures_at, signatures_at + 64)
    yield ("ml-dsa", signatures_at + 64, len(data) - 12)
    yield ("trailer", len(data) - 12, len(data))


def test_a_byte_flipped_in_any_region_is_refused_and_changes_nothing(world: World) -> None:
    for i in range(40):
        world.office.repo.create("jeune", youth(nom_naissance=f"Nom{i}", commune=f"Ville{i}"))
    bundle = export_bundle(world.office, world.device_id("a"), world.stick, chunk_size=512).path
    data = bundle.read_bytes()
    regions = list(_regions(data, 512))
    assert sum(1 for name, _, _ in regions if name.startswith("chunk")) >= 2
    before = dump(world.a)
    tried = 0
    for name, start, end in regions:
        for offset in sorted({start, (start + end) // 2, end - 1}):
            damaged = bytearray(data)
            damaged[offset] ^= 0x40
            path = world.stick / "flipped.ddb"
            path.write_bytes(bytes(damaged))
            with pytest.raises(InputRejected):
                world.deliver(path, "a")
            tried += 1
            assert dump(world.a) == before, (name, offset)
    assert tried >= 40
    assert world.deliver(bundle, "a").records == 40  # the intact bundle still imports


# --- sizes and counts declared by the sender are never trusted ------------------------------------


def _parts(data: bytes) -> tuple[bytes, dict[str, object], bytes]:
    header_size = struct.unpack(">I", data[36:40])[0]
    header = json.loads(data[40 : 40 + header_size])
    signatures_at = len(data) - 12 - 64 - 3309
    return data[:40], header, data[40 + header_size : signatures_at]


def _resigned(
    preamble: bytes,
    header: dict[str, object],
    rest: bytes,
    signer: Identity,
    *,
    total: int | None = None,
) -> bytes:
    encoded = json.dumps(header, sort_keys=True, separators=(",", ":")).encode()
    size = 40 + len(encoded) + len(rest) + 64 + 3309 + 12 if total is None else total
    head = (
        preamble[:12] + struct.pack(">Q", size) + preamble[20:36] + struct.pack(">I", len(encoded))
    )
    body = head + encoded + rest
    ed, ml = signer.sign(hashlib.sha512(body).digest(), bf.SIGNATURE_CONTEXT)
    return body + ed + ml + bf.EXPECTED_TRAILER


def _peak_growth(action: Callable[[], None]) -> int:
    tracemalloc.start()
    try:
        action()
    except InputRejected:
        pass
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak


def test_huge_declared_sizes_and_chunk_counts_are_refused_with_bounded_memory(world: World) -> None:
    world.a.repo.create("jeune", youth())
    good = world.export("a", "office").read_bytes()
    signer = load_identity(world.a.db)
    assert signer is not None
    preamble, header, rest = _parts(good)
    cases: list[tuple[str, bytes, set[str]]] = []
    for key, value in (
        ("chunk_count", 2**62),
        ("payload_size", 2**62),
        ("chunk_size", 2**40),
        ("chunk_count", 0),
    ):
        forged = dict(header, **{key: value})
        cases.append((key, _resigned(preamble, forged, rest, signer), {R.INVALID_SIZES}))
    # In a whole file (it still ends with its trailer), an absurd size field is damage, not a
    # file too large; cut short as well, it is the size limits that refuse it.
    cases.append(("total size", preamble[:12] + struct.pack(">Q", 2**63) + good[20:], {R.DAMAGED}))
    cases.append(("header size", good[:36] + struct.pack(">I", 2**31) + good[40:], {R.DAMAGED}))
    cases.append(
        (
            "header size, cut",
            good[:36] + struct.pack(">I", 2**31) + good[40:-1],
            {R.HEADER_TOO_LARGE},
        )
    )
    before = dump(world.office)
    for name, data, reasons in cases:
        path = world.stick / "forged.ddb"
        path.write_bytes(data)

        def attempt(path: Path = path) -> None:
            world.deliver(path, "office")

        with pytest.raises(BundleRejected) as caught:
            attempt()
        assert caught.value.reason in reasons, name
        assert _peak_growth(attempt) < 16 * 1024 * 1024, name
        assert dump(world.office) == before


def _zero_stream(total: int) -> Iterator[bytes]:
    z = zlib.compressobj(9)
    block = b"0" * (1024 * 1024)
    for _ in range(total // len(block)):
        if out := z.compress(block):
            yield out
    yield z.flush()


def test_a_decompression_bomb_and_a_huge_line_are_refused_with_bounded_memory(world: World) -> None:
    head = head_line(Head(world.a.db.replica_id, {}, 0, 1, {}))
    before = dump(world.office)
    # One "line" far longer than any record, then a stream larger than any payload.
    line = craft(world, "a", "office", [head, b'{"k":"p","id":"' + b"0" * (MAX_LINE + 10)])
    bomb = craft(world, "a", "office", raw=list(_zero_stream(MAX_PAYLOAD + 2**20)))
    for bundle in (line, bomb):

        def attempt(bundle: Path = bundle) -> None:
            world.deliver(bundle, "office")

        with pytest.raises(SyncRejected) as caught:
            attempt()
        assert caught.value.reason is SyncReason.PAYLOAD_LIMIT
        assert _peak_growth(attempt) < 64 * 1024 * 1024
        assert dump(world.office) == before


def test_absurd_counts_in_the_payload_are_refused(world: World) -> None:
    head = head_line(Head(world.a.db.replica_id, {}, 0, 1, {}))
    bundle = craft(world, "a", "office", [head, end_line(10**12, 0)])
    before = dump(world.office)
    with pytest.raises(SyncRejected) as caught:
        world.deliver(bundle, "office")
    assert caught.value.reason is SyncReason.MALFORMED_PAYLOAD
    assert dump(world.office) == before


def test_a_sequence_number_jump_is_refused(world: World) -> None:
    world.sync("a", "office")
    bundle = craft(
        world,
        "a",
        "office",
        [head_line(Head(world.a.db.replica_id, {}, 0, 1, {})), end_line(0, 0)],
        sequence=10**9,
    )
    with pytest.raises(SyncRejected) as caught:
        world.deliver(bundle, "office")
    assert caught.value.reason is SyncReason.SEQUENCE_JUMP


def test_an_enrolment_answer_is_not_imported_as_a_bundle(world: World) -> None:
    fake = world.stick / "fake.ddenr"
    fake.write_bytes(b"DDENROL1" + b"\0" * 100)
    with pytest.raises(SyncRejected) as caught:
        world.deliver(fake, "a")
    assert caught.value.reason is SyncReason.WRONG_KIND


def test_verify_reads_without_writing(world: World) -> None:
    from dedans_dehors_desktop.sync.apply import inspect_bundle

    world.office.repo.create("jeune", youth())
    bundle = world.export("office", "a")
    before = dump(world.a)
    info = inspect_bundle(world.a, bundle)
    assert (info.status, info.records, info.purges) == ("new", {"jeune": 1}, 0)
    assert info.sender_label.startswith("Bureau")
    assert dump(world.a) == before
    world.deliver(bundle, "a")
    assert inspect_bundle(world.a, bundle).status == "already"


def test_payload_text_is_never_in_the_bundle_file_in_clear(world: World) -> None:
    world.office.repo.create("jeune", youth(nom_naissance="Canarivoyant"))
    data = world.export("office", "a").read_bytes()
    assert b"Canarivoyant" not in data and b"Alice" not in data
