"""The bricks every table of the activity report is built with: tallies per column, the
categorical table (lines, "non renseigné", total) and the sections of the report."""

from __future__ import annotations

import dataclasses
import statistics
from collections import defaultdict
from collections.abc import Iterable, Sequence

from ...core import enums as E
from ...core.i18n import QT_TRANSLATE_NOOP as N
from ...core.i18n import tr
from .model import Chart, CountRow, Row, StatRow, Table

_CTX = "Rapport d'activité"
NR = "nr"
TOTAL = "total"
# Figures several tables publish (see ``Table.links``).
FOLLOWED_LINK = ((TOTAL, "jeunes_suivis"),)
CONTACTS_LINK = ((TOTAL, "contacts"),)
RELEASES_LINK = ((TOTAL, "levees"),)

SECTION_POPULATIONS = N(_CTX, "Populations de la période")
SECTION_PUBLIC = N(_CTX, "Public accompagné")
SECTION_ACTIVITY = N(_CTX, "Activité")
SECTION_RESULTS = N(_CTX, "Parcours et résultats")
SECTION_JUSTICE = N(_CTX, "Justice : aménagements, sorties, réincarcérations")
SECTION_OBJECTIVES = N(_CTX, "Objectifs et cumul")
SECTIONS = (
    SECTION_OBJECTIVES,
    SECTION_POPULATIONS,
    SECTION_PUBLIC,
    SECTION_ACTIVITY,
    SECTION_RESULTS,
    SECTION_JUSTICE,
)
# Stable keys of the sections, for the texts written at the office.
SECTION_KEYS = dict(
    zip(
        SECTIONS,
        ("objectifs", "populations", "public", "activite", "resultats", "justice"),
        strict=True,
    )
)


def t(text: str) -> str:
    return tr(_CTX, text)


def code(choices: E.Choices, value: str | None) -> str:
    """A stored code, or "non renseigné" for a missing or unknown one (from a newer version)."""
    return value if value is not None and value in choices else NR


class Tally:
    """Counts per key and per column (0: the whole; 1 or 2: the split column)."""

    def __init__(self, ncols: int) -> None:
        self.ncols = ncols
        self._counts: dict[str, list[int]] = defaultdict(lambda: [0] * ncols)

    def add(self, key: str, columns: Iterable[int], n: int = 1) -> None:
        cell = self._counts[key]
        for c in columns:
            cell[c] += n

    def get(self, key: str) -> tuple[int, ...]:
        return tuple(self._counts[key]) if key in self._counts else (0,) * self.ncols

    def keys(self) -> list[str]:
        return list(self._counts)

    def sum(self, keys: Iterable[str]) -> tuple[int, ...]:
        cells = [self.get(k) for k in keys]
        return tuple(sum(c[i] for c in cells) for i in range(self.ncols))


def categorical(
    key: str,
    section: str,
    title: str,
    unit: str,
    items: Sequence[tuple[str, str]],
    tally: Tally,
    *,
    nr_label: str | None = None,
    total_label: str,
    chart: Chart | None = None,
    note: str = "",
    links: tuple[tuple[str, str], ...] = (),
) -> Table:
    """Items, an optional "non renseigné" line, and the total they add up to."""
    rows: list[Row] = [CountRow(code, label, tally.get(code)) for code, label in items]
    codes = [code for code, _ in items]
    if nr_label is not None:
        rows.append(CountRow(NR, nr_label, tally.get(NR)))
        codes.append(NR)
    rows.append(CountRow(TOTAL, total_label, tally.sum(codes), role="total"))
    return Table(
        key,
        section,
        title,
        unit,
        tuple(rows),
        sums=((TOTAL, tuple(codes)),),
        note=note,
        chart=chart,
        links=links,
    )


def median(values: list[float]) -> float | None:
    return float(statistics.median(values)) if values else None


def mean(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None


def stats(
    key_prefix: str, label_mean: str, label_median: str, unit: str, per_column: list[list[float]]
) -> tuple[StatRow, StatRow]:
    n = tuple(len(v) for v in per_column)
    return (
        StatRow(f"{key_prefix}_moyenne", label_mean, tuple(mean(v) for v in per_column), n, unit),
        StatRow(
            f"{key_prefix}_mediane", label_median, tuple(median(v) for v in per_column), n, unit
        ),
    )


def with_rows(table: Table, extra: Iterable[Row]) -> Table:
    return dataclasses.replace(table, rows=(*table.rows, *extra))
