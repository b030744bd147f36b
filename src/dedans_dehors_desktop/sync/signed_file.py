"""Small self-signed files on the stick: a laptop's enrolment request, an office's identity.

Layout: magic (8 bytes) | u32 body size | body (canonical JSON) | Ed25519 | ML-DSA-65. The body
carries the author's public keys, and the signature over everything before it proves that the
author holds the private keys. It says nothing about who the author is: a person compares the
fingerprint before the keys are trusted.
"""

from __future__ import annotations

import base64
import json
import struct
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, Final

from ..crypto.identity import Identity, InvalidIdentity, PublicIdentity
from ..crypto.suite import ED25519_SIGNATURE_SIZE, MLDSA65_SIGNATURE_SIZE
from .files import atomic_output

MAX_BODY: Final = 16 * 1024
_SIGNATURES: Final = ED25519_SIGNATURE_SIZE + MLDSA65_SIGNATURE_SIZE


def write_signed_file(
    path: Path, identity: Identity, magic: bytes, context: bytes, fields: Mapping[str, str]
) -> None:
    """Write ``fields`` and the public keys of ``identity``, signed by it, atomically."""
    body = json.dumps(
        {"public": base64.b64encode(identity.public.to_bytes()).decode("ascii"), **fields},
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=True,
    ).encode("ascii")
    signed = magic + struct.pack(">I", len(body)) + body
    ed, ml = identity.sign(signed, context)
    with atomic_output(path) as out:
        out.write(signed + ed + ml)


def read_signed_file(
    path: Path, magic: bytes, context: bytes, rejected: Callable[[], Exception]
) -> tuple[PublicIdentity, Mapping[str, Any]]:
    """The author's public keys and the body, once the self-signature is checked (sizes
    first); anything else raises ``rejected()``."""
    try:
        size = path.stat().st_size
    except (FileNotFoundError, IsADirectoryError):
        raise rejected() from None
    head = len(magic) + 4
    if size > head + MAX_BODY + _SIGNATURES or size < head + _SIGNATURES:
        raise rejected()
    data = path.read_bytes()
    if data[: len(magic)] != magic:
        raise rejected()
    (body_size,) = struct.unpack(">I", data[len(magic) : head])
    if body_size > MAX_BODY or len(data) != head + body_size + _SIGNATURES:
        raise rejected()
    signed, signatures = data[: head + body_size], data[head + body_size :]
    try:
        body = json.loads(signed[head:].decode("ascii"))
        if not isinstance(body, dict):
            raise TypeError
        public = PublicIdentity.from_bytes(base64.b64decode(body["public"], validate=True))
    except (ValueError, KeyError, TypeError, InvalidIdentity):
        raise rejected() from None
    if not public.verify(
        signed,
        context,
        signatures[:ED25519_SIGNATURE_SIZE],
        signatures[ED25519_SIGNATURE_SIZE:],
    ):
        raise rejected()
    return public, body
