"""Dates of a recurring permanence slot: a weekday, every N weeks, between two dates.

Pure date arithmetic, no storage: the week view, the booking checks and the day's list all ask
the same question ("is this day an occurrence of that slot?") and get the same answer.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta


@dataclass(frozen=True)
class Recurrence:
    weekday: int  # ISO: 1 = Monday … 7 = Sunday
    start: date
    end: date | None = None
    every_weeks: int = 1

    def first(self) -> date:
        """The first occurrence: the first ``weekday`` on or after ``start``."""
        return self.start + timedelta(days=(self.weekday - self.start.isoweekday()) % 7)

    def occurs_on(self, day: date) -> bool:
        first = self.first()
        if day < first or (self.end is not None and day > self.end):
            return False
        delta = (day - first).days
        return delta % 7 == 0 and (delta // 7) % max(self.every_weeks, 1) == 0

    def between(self, low: date, high: date) -> Iterator[date]:
        """Occurrences in ``[low, high]``, in order."""
        step = 7 * max(self.every_weeks, 1)
        first = self.first()
        if low > first:
            skipped = (low - first).days // step
            first += timedelta(days=skipped * step)
        day = first
        last = high if self.end is None else min(high, self.end)
        while day <= last:
            if day >= low:
                yield day
            day += timedelta(days=step)


def monday_of(day: date) -> date:
    return day - timedelta(days=day.isoweekday() - 1)


def minutes(hhmm: str) -> int:
    hours, _, mins = hhmm.partition(":")
    return int(hours) * 60 + int(mins)


def hhmm(total: int) -> str:
    total = max(0, min(total, 24 * 60 - 1))
    return f"{total // 60:02d}:{total % 60:02d}"
