"""A glance at a bundle's header without verifying anything: which sender, for whom, which
sequence number and date. Used only to choose and order files on a stick and to number new
bundles; every file is fully verified before anything in it is trusted or applied."""

from __future__ import annotations

from pathlib import Path

from .bundle_format import (
    MAGIC,
    MAX_HEADER_SIZE,
    PREAMBLE,
    PREAMBLE_SIZE,
    BundleHeader,
    BundleRejected,
    _parse_header,
)


def peek_header(path: Path) -> BundleHeader | None:
    """The header as written in the file, or None when it is no readable bundle."""
    try:
        with path.open("rb") as f:
            head = f.read(PREAMBLE_SIZE)
            if len(head) != PREAMBLE_SIZE or not head.startswith(MAGIC):
                return None
            header_size = PREAMBLE.unpack(head)[5]
            if header_size > MAX_HEADER_SIZE:
                return None
            raw = f.read(header_size)
    except OSError:
        return None
    if len(raw) != header_size:
        return None
    try:
        return _parse_header(raw)
    except BundleRejected:
        return None
