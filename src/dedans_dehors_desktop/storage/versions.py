"""Field-level versions of a record, as stored in its ``_v`` column.

A write is one *dot*: (replica, counter) from the writing installation's monotonic counter, with a
hybrid-clock stamp and the author for display and tie-breaks. All fields set by one write share
its dot, so a record's versions are usually one or two dots, not one per field.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass

# The register (and column) that says a record is deleted: versioned like a field.
DELETED = "_deleted"


@dataclass(frozen=True, order=True)
class Dot:
    replica: str
    counter: int
    hlc: int = 0
    author: str = ""

    @property
    def key(self) -> tuple[str, int]:
        return (self.replica, self.counter)


class VersionMap:
    __slots__ = ("_dots", "_fields")

    def __init__(self) -> None:
        self._dots: list[Dot] = []
        self._fields: list[set[str]] = []

    @classmethod
    def parse(cls, text: str | None) -> VersionMap:
        vm = cls()
        if text:
            for replica, counter, hlc, author, fields in json.loads(text):
                vm._dots.append(Dot(str(replica), int(counter), int(hlc), str(author)))
                vm._fields.append(set(fields))
        return vm

    def dump(self) -> str:
        return json.dumps(
            [
                [d.replica, d.counter, d.hlc, d.author, sorted(f)]
                for d, f in zip(self._dots, self._fields, strict=True)
            ],
            ensure_ascii=False,
            separators=(",", ":"),
        )

    def dot_of(self, field: str) -> Dot | None:
        for dot, fields in zip(self._dots, self._fields, strict=True):
            if field in fields:
                return dot
        return None

    def assign(self, fields: Iterable[str], dot: Dot) -> None:
        new = set(fields)
        if not new:
            return
        for i in range(len(self._dots) - 1, -1, -1):
            self._fields[i] -= new
            if not self._fields[i]:
                del self._dots[i], self._fields[i]
        for i, existing in enumerate(self._dots):
            if existing == dot:
                self._fields[i] |= new
                return
        self._dots.append(dot)
        self._fields.append(new)

    def remove(self, field: str) -> None:
        for i in range(len(self._dots) - 1, -1, -1):
            self._fields[i].discard(field)
            if not self._fields[i]:
                del self._dots[i], self._fields[i]

    def items(self) -> Iterable[tuple[str, Dot]]:
        for dot, fields in zip(self._dots, self._fields, strict=True):
            for f in fields:
                yield f, dot

    def fields(self) -> set[str]:
        return set().union(*self._fields) if self._fields else set()
