"""Hybrid logical clock: wall-clock milliseconds in the high bits, a counter in the low 16.

Used only to order concurrent values deterministically and to show "when"; causality is tracked
with per-replica counters, because laptop clocks are often wrong.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime

_LOGICAL_BITS = 16
_LOGICAL_MASK = (1 << _LOGICAL_BITS) - 1


def _wall_ms() -> int:
    return time.time_ns() // 1_000_000


class HybridClock:
    def __init__(self, last: int = 0, wall_ms: Callable[[], int] = _wall_ms) -> None:
        self.last = last
        self._wall_ms = wall_ms

    def tick(self) -> int:
        physical = self._wall_ms()
        last_physical = self.last >> _LOGICAL_BITS
        if physical > last_physical:
            self.last = physical << _LOGICAL_BITS
        else:
            self.last += 1
        return self.last

    def observe(self, remote: int) -> None:
        """Never issue a stamp lower than one already seen from another replica."""
        if remote > self.last:
            self.last = remote


def hlc_to_datetime(stamp: int) -> datetime:
    return datetime.fromtimestamp((stamp >> _LOGICAL_BITS) / 1000, tz=UTC)
