"""What a computed activity report holds: tables of counts, before any masking or layout.

A table has one value per column: the whole ("Ensemble") and, when the report is split, the two
split columns, whose counts always add up to the whole. Counts are exact here; masking small
counts is a separate step (``masking``) applied to files that leave the office.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal

from .period import Period, Split

Role = Literal["item", "subtotal", "total"]
Chart = Literal["bar", "hbar", "pie", "month"]


@dataclass(frozen=True)
class CountRow:
    key: str  # stable code, for tests and for the CSV
    label: str
    counts: tuple[int, ...]  # one per column
    role: Role = "item"
    indent: int = 0
    percent: bool = True  # False: a line outside the table's base (no percentage)
    target: int | None = None  # an objective entered at the office, for the whole column


@dataclass(frozen=True)
class StatRow:
    """A mean, a median...: computed over ``n`` observations per column."""

    key: str
    label: str
    values: tuple[float | None, ...]
    n: tuple[int, ...]
    unit: str = ""
    decimals: int = 1


Row = CountRow | StatRow


@dataclass(frozen=True)
class Table:
    key: str
    section: str
    title: str
    unit: str  # what is counted, e.g. "jeunes", "contacts"
    rows: tuple[Row, ...]
    # Key of the row whose count is the denominator of the percentages; None: no percentages.
    base: str | None = "total"
    # Additive constraints published by the table: (total key, part keys). Secondary masking
    # relies on them; a table whose lines overlap (several themes per contact) declares none.
    sums: tuple[tuple[str, tuple[str, ...]], ...] = ()
    note: str = ""
    chart: Chart | None = None
    # Lines that other tables publish too, by the name of the figure they share (the youths
    # followed, the contacts...): for the reader they are one number (see ``audit``).
    links: tuple[tuple[str, str], ...] = ()
    # "Dont" lines: (line, lines whose sum it cannot exceed), known to the reader too.
    at_most: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # Lines at most a line of another table, column by column, as the reader knows too (the
    # aménagements granted of a type among those prepared): (line, other table, its line).
    at_most_in: tuple[tuple[str, str, str], ...] = ()
    # The whole Mission Locale's figure for the total line, entered at the office (comparison).
    reference: int | None = None
    # Key of the figure compared with ``reference`` (the total line by default).
    reference_row: str = "total"

    def row(self, key: str) -> Row:
        for r in self.rows:
            if r.key == key:
                return r
        raise KeyError(key)

    def count(self, key: str, column: int = 0) -> int:
        r = self.row(key)
        if not isinstance(r, CountRow):
            raise TypeError(key)
        return r.counts[column]

    def stat(self, key: str, column: int = 0) -> float | None:
        r = self.row(key)
        if not isinstance(r, StatRow):
            raise TypeError(key)
        return r.values[column]

    @property
    def count_rows(self) -> list[CountRow]:
        return [r for r in self.rows if isinstance(r, CountRow)]


@dataclass(frozen=True)
class NamedYouth:
    """One line of the named list, which only an explicit, logged request puts in a file."""

    nom: str
    prenoms: str
    date_naissance: str | None
    file_active: bool
    entree: bool
    sortie: bool
    groupe: int | None  # 1 or 2: the split column, None without a split


@dataclass(frozen=True)
class ActivityReport:
    structure_name: str
    period: Period
    split: Split | None
    columns: tuple[str, ...]  # "Ensemble" then the two split labels
    tables: tuple[Table, ...]
    generated_on: date
    named: tuple[NamedYouth, ...] = field(default=(), repr=False)
    timings: dict[str, float] = field(default_factory=dict, compare=False, repr=False)
    # A short text per section (key: ``build.SECTION_KEYS``), written at the office.
    texts: dict[str, str] = field(default_factory=dict, compare=False)

    def table(self, key: str) -> Table:
        for t in self.tables:
            if t.key == key:
                return t
        raise KeyError(key)
