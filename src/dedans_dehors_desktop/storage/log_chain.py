"""The keyed part of the access log: a MAC over its head and over its retention anchor.

The lines themselves stay chained with plain SHA-256 (access_log.py), so that the office can
recompute a laptop's chain from the lines a bundle carries without holding any of its keys.
What is keyed, with a key derived from the data key (HKDF-SHA256), is what a rewrite must move:
the head (last sequence number and hash) and the anchor left by the retention purge. Deleting
the last lines, or the first ones, and moving the head or the anchor to match then takes the
data key — a passphrase, on this laptop, but not just write access to the database's rows.

Threat model, in short: someone who knows a passphrase holds the data key and can rewrite the
local log entirely; that cannot be prevented on a machine they control. What they cannot do is
rewrite the part of the log already sent to the office (every bundle carries the head and the
lines since the office's last verified head, signed with the device key; the office keeps them)
without the office flagging it at the next exchange. The office's own head travels in every
bundle it sends (each laptop echoes the last one back) and in every backup.
"""

from __future__ import annotations

import hashlib
import hmac

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

_INFO = b"dedans-dehors journal d'acces v1"


def derive_key(data_key: bytes) -> bytes:
    """The log key: one-way from the data key (it reveals nothing of it)."""
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_INFO).derive(data_key)


def _mac(key: bytes, *parts: str) -> str:
    return hmac.new(key, "\x1f".join(parts).encode("utf-8"), hashlib.sha256).hexdigest()


def head_mac(key: bytes, seq: int, digest: str) -> str:
    return _mac(key, "tete", str(seq), digest)


def anchor_mac(key: bytes, seq: int, digest: str, at: str) -> str:
    return _mac(key, "ancre", str(seq), digest, at)


def same(a: str | None, b: str) -> bool:
    return a is not None and hmac.compare_digest(a, b)
