"""Device identities: serialisation, fingerprints, device ids, hybrid signatures."""

from __future__ import annotations

import hashlib
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dedans_dehors_desktop.core.errors import CorruptStore, InputRejected
from dedans_dehors_desktop.crypto.identity import (
    PRIVATE_ENCODED_SIZE,
    PUBLIC_ENCODED_SIZE,
    Identity,
    IdentityKeyDamaged,
    InvalidIdentity,
    PublicIdentity,
    device_id_from_bytes,
    device_id_to_bytes,
)
from dedans_dehors_desktop.crypto.suite import require_post_quantum_backend

FINGERPRINT = re.compile(r"[A-Z2-7]{4}( [A-Z2-7]{4}){5}")


@pytest.fixture(scope="module")
def alice() -> Identity:
    return Identity.generate()


@pytest.fixture(scope="module")
def bob() -> Identity:
    return Identity.generate()


def test_backend_has_post_quantum_algorithms() -> None:
    require_post_quantum_backend()


def test_encoded_sizes(alice: Identity) -> None:
    assert len(alice.private_bytes()) == PRIVATE_ENCODED_SIZE == 165
    assert len(alice.public.to_bytes()) == PUBLIC_ENCODED_SIZE == 3205


def test_private_round_trip_keeps_every_key(alice: Identity) -> None:
    loaded = Identity.from_private_bytes(alice.private_bytes())
    assert loaded.public == alice.public
    assert loaded.device_id == alice.device_id
    assert loaded.private_bytes() == alice.private_bytes()
    # The loaded keys really are the same keys: what one signs the other's public half accepts.
    ed_sig, ml_sig = loaded.sign(b"message", b"test")
    assert alice.public.verify(b"message", b"test", ed_sig, ml_sig)


def test_public_round_trip_and_fingerprint_agree_on_both_sides(alice: Identity) -> None:
    received = PublicIdentity.from_bytes(alice.public.to_bytes())
    assert received == alice.public
    assert hash(received) == hash(alice.public)
    assert received.fingerprint() == alice.public.fingerprint()
    assert received.device_id == alice.device_id
    assert FINGERPRINT.fullmatch(received.fingerprint())


def test_fingerprints_and_ids_differ_between_devices(alice: Identity, bob: Identity) -> None:
    assert alice.public.fingerprint() != bob.public.fingerprint()
    assert alice.device_id != bob.device_id
    assert alice.public != bob.public


def test_device_id_is_derived_from_the_public_key_hash(alice: Identity) -> None:
    digest = hashlib.sha256(alice.public.to_bytes()).digest()
    assert alice.device_id == digest[:16].hex()
    assert re.fullmatch(r"[0-9a-f]{32}", alice.device_id)
    assert device_id_from_bytes(device_id_to_bytes(alice.device_id)) == alice.device_id
    with pytest.raises(ValueError):
        device_id_to_bytes(alice.device_id.upper())


def test_hybrid_signature_needs_both_halves(alice: Identity, bob: Identity) -> None:
    ed_sig, ml_sig = alice.sign(b"registry v3", b"registry")
    other_ed, other_ml = bob.sign(b"registry v3", b"registry")
    assert alice.public.verify(b"registry v3", b"registry", ed_sig, ml_sig)
    assert not alice.public.verify(b"registry v3", b"registry", ed_sig, other_ml)
    assert not alice.public.verify(b"registry v3", b"registry", other_ed, ml_sig)
    assert not alice.public.verify(b"registry v4", b"registry", ed_sig, ml_sig)


def test_signature_context_separates_purposes(alice: Identity) -> None:
    ed_sig, ml_sig = alice.sign(b"payload", b"enrolment")
    assert not alice.public.verify(b"payload", b"bundle", ed_sig, ml_sig)
    with pytest.raises(ValueError):
        alice.sign(b"payload", b"")


def test_repr_never_shows_key_material(alice: Identity) -> None:
    text = repr(alice) + repr(alice.public)
    assert alice.device_id in text
    assert alice.private_bytes()[5:37].hex() not in text


@pytest.mark.parametrize(
    "mutate",
    [
        lambda b: b[:-1],
        lambda b: b + b"\x00",
        lambda b: b"XXXX" + b[4:],
        lambda b: b[:4] + b"\x02" + b[5:],
        # An all-ones ML-KEM key is not a valid encoding (coefficients >= q).
        lambda b: b[: 5 + 32 + 1952] + b"\xff" * 1184 + b[5 + 32 + 1952 + 1184 :],
    ],
)
def test_damaged_public_identity_is_rejected(alice: Identity, mutate: object) -> None:
    assert callable(mutate)
    with pytest.raises(InvalidIdentity) as caught:
        PublicIdentity.from_bytes(mutate(alice.public.to_bytes()))
    assert isinstance(caught.value, InputRejected)
    assert caught.value.message


@pytest.mark.parametrize(
    "data",
    [b"", b"DDSK\x01" + b"\x00" * 10, b"DDPK\x01" + b"\x00" * 160, b"DDSK\x02" + b"\x00" * 160],
)
def test_damaged_private_identity_is_reported_as_corrupt(data: bytes) -> None:
    with pytest.raises(IdentityKeyDamaged) as caught:
        Identity.from_private_bytes(data)
    assert isinstance(caught.value, CorruptStore)


@settings(max_examples=30, deadline=None)
@given(st.binary(min_size=PUBLIC_ENCODED_SIZE - 5, max_size=PUBLIC_ENCODED_SIZE - 5))
def test_random_public_bytes_never_crash(body: bytes) -> None:
    try:
        identity = PublicIdentity.from_bytes(b"DDPK\x01" + body)
    except InvalidIdentity:
        return
    assert identity.to_bytes() == b"DDPK\x01" + body


@settings(max_examples=20, deadline=None)
@given(st.binary(min_size=PRIVATE_ENCODED_SIZE - 5, max_size=PRIVATE_ENCODED_SIZE - 5))
def test_any_seed_loads_deterministically(body: bytes) -> None:
    # Seeds have no invalid values, so any 160 bytes load, and load to the same keys each time.
    first = Identity.from_private_bytes(b"DDSK\x01" + body)
    second = Identity.from_private_bytes(b"DDSK\x01" + body)
    assert first.public == second.public
    assert first.private_bytes() == b"DDSK\x01" + body
