"""Passphrase-based wrapping of the database key: Argon2id → AES-256-GCM.

The KDF parameters travel in the key-file header and are authenticated as associated data, so
an attacker cannot lower them without the unwrap failing.
"""

from __future__ import annotations

import os
import time
from dataclasses import asdict, dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from ..core.errors import KeyFileDamaged, WrongPassphrase

# SECURITY.md: floor of 128 MiB and 3 passes; calibrated upwards to ~0.5–1.5 s at creation.
FLOOR_MEMORY_KIB = 128 * 1024
FLOOR_ITERATIONS = 3
TARGET_SECONDS = 0.8
MAX_ITERATIONS = 64
# Bounds for what a key file may ask: a crafted key file must not make us allocate 64 GiB.
MAX_MEMORY_KIB = 2 * 1024 * 1024
LANES = 4


@dataclass(frozen=True)
class KdfParams:
    salt: bytes
    memory_kib: int
    iterations: int
    lanes: int = LANES

    def header(self) -> dict[str, object]:
        d = asdict(self)
        d["salt"] = self.salt.hex()
        d["name"] = "argon2id"
        return d

    @classmethod
    def from_header(cls, d: object) -> KdfParams:
        if not isinstance(d, dict) or d.get("name") != "argon2id":
            raise KeyFileDamaged()
        try:
            params = cls(
                bytes.fromhex(str(d["salt"])),
                int(d["memory_kib"]),
                int(d["iterations"]),
                int(d["lanes"]),
            )
        except (KeyError, ValueError, TypeError):
            raise KeyFileDamaged() from None
        if not (
            8 <= len(params.salt) <= 64
            and 8 * params.lanes <= params.memory_kib <= MAX_MEMORY_KIB
            and 1 <= params.iterations <= MAX_ITERATIONS
            and 1 <= params.lanes <= 16
        ):
            raise KeyFileDamaged()
        return params


def derive(passphrase: str, params: KdfParams) -> bytes:
    return Argon2id(
        salt=params.salt,
        length=32,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    ).derive(passphrase.encode("utf-8"))


def calibrate(target_seconds: float = TARGET_SECONDS) -> tuple[KdfParams, float]:
    """Parameters at or above the floor costing about ``target_seconds`` here.

    Returns the parameters and the measured duration of one derivation with them.
    """
    salt = os.urandom(16)
    params = KdfParams(salt, FLOOR_MEMORY_KIB, FLOOR_ITERATIONS)
    start = time.perf_counter()
    derive("calibration", params)
    elapsed = time.perf_counter() - start
    if elapsed < target_seconds:
        iterations = min(
            MAX_ITERATIONS,
            max(FLOOR_ITERATIONS, round(FLOOR_ITERATIONS * target_seconds / elapsed)),
        )
        params = KdfParams(salt, FLOOR_MEMORY_KIB, iterations)
        elapsed = elapsed * iterations / FLOOR_ITERATIONS
    return params, elapsed


def wrap(data_key: bytes, passphrase: str, params: KdfParams, aad: bytes) -> tuple[bytes, bytes]:
    nonce = os.urandom(12)
    return nonce, AESGCM(derive(passphrase, params)).encrypt(nonce, data_key, aad)


def unwrap(
    nonce: bytes, ciphertext: bytes, passphrase: str, params: KdfParams, aad: bytes
) -> bytes:
    try:
        key = AESGCM(derive(passphrase, params)).decrypt(nonce, ciphertext, aad)
    except InvalidTag:
        # The tag cannot tell a wrong passphrase from an altered slot; the header is checked
        # separately, so at this point a wrong passphrase is by far the likelier cause.
        raise WrongPassphrase() from None
    if len(key) != 32:
        raise KeyFileDamaged()
    return key
