"""The disclosure audit: what an outsider can derive about each masked cell, and further
suppression until nothing can be pinned down.

The per-sum rule of ``masking.suppress`` is a heuristic: it ignores that "< 5" means 1 to 4 and
that a masked cell of one sum is also a cell of other sums. The audit does not guess. It writes
everything a reader of the file knows as linear constraints over the masked cells:

* every published value is known;
* every published sum holds: a table's lines add up to its total, details to their subtotal,
  the split columns to "Ensemble", and a line published by several tables (the youths followed,
  the contacts...) is one and the same number (``Table.links``); a "dont" line is at most its
  whole (``Table.at_most``), and a line is at most a line of another table when the reader knows
  it (the aménagements granted of a type among those prepared: ``Table.at_most_in``);
* a cell shown "< T" is between 1 and T-1; a cell shown "s" is any value, 0 included (the mark
  hides large values, zeros and, where "< T" itself would give a count away, small ones).

For each masked cell it then computes, by linear programming (HiGHS, through scipy), the
smallest and largest value compatible with all that: the protection interval of τ-ARGUS and
sdcTable. A cell whose true count is small (1 to T-1: the sensitive cells, whatever their mark)
is protected when its interval covers the whole of 1 to T-1: never a single value, and the
reader learns nothing beyond "< T" (in sdcTable's terms: a lower protection level down to 1 and
an upper one up to T-1). The other masked cells are there to protect those; like sdcTable, the
audit sets no protection level of their own.

A sensitive cell that is not protected gets a neighbour masked, in this order: a published cell
of one of its sums (a line of one table before a figure several tables share, a line before a
total, the smallest first); another "< T" cell of its sums turned into "s", which no longer
tells that it is small; the cell itself turned into "s"; a published zero of its sums. Its group
is then audited again, until every sensitive cell is protected. When nothing is left to mask,
or when the solver fails, the export fails (``DisclosureError``): nothing is written.

Cells are audited by connected group — masked cells linked by a common sum — with two linear
programmes per masked cell: the groups are small and independent.
"""

from __future__ import annotations

import math
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from ...core.errors import UserError
from .model import Table

if TYPE_CHECKING:
    from .masking import ShownReport

Kind = Literal["primary", "secondary"]
TCell = tuple[str, str, int]  # (table key, row key, column)
_EPS = 1e-6


class DisclosureError(UserError):
    default_message = (
        "Le secret statistique ne peut pas être garanti pour ce rapport : une valeur masquée "
        "resterait calculable à partir des autres. Aucun fichier n'a été écrit. Choisissez une "
        "période plus longue ou retirez la répartition en colonnes."
    )


@dataclass(frozen=True)
class Relation:
    """``sum(coefficient * cell) == 0`` (``equality``) or ``<= 0``."""

    terms: tuple[tuple[TCell, int], ...]
    equality: bool


def relations(tables: Sequence[Table], ncols: int) -> list[Relation]:
    """Every additive relation a reader of these tables knows."""
    out: list[Relation] = []
    present = {t.key: {r.key for r in t.count_rows} for t in tables}
    for t in tables:
        for small, other, whole in t.at_most_in:
            # A table left out of the report (empty) publishes no relation.
            if whole in present.get(other, ()) and small in present[t.key]:
                for c in range(ncols):
                    bound: tuple[tuple[TCell, int], ...] = (
                        ((t.key, small, c), 1),
                        ((other, whole, c), -1),
                    )
                    out.append(Relation(bound, False))
        for total, parts in t.sums:
            for c in range(ncols):
                terms = [((t.key, total, c), 1), *(((t.key, p, c), -1) for p in parts)]
                out.append(Relation(tuple(terms), True))
        for small, wholes in t.at_most:
            for c in range(ncols):
                terms = [((t.key, small, c), 1), *(((t.key, w, c), -1) for w in wholes)]
                out.append(Relation(tuple(terms), False))
        if ncols > 1:
            for r in t.count_rows:
                terms = [
                    ((t.key, r.key, 0), 1),
                    *(((t.key, r.key, c), -1) for c in range(1, ncols)),
                ]
                out.append(Relation(tuple(terms), True))
    return out


class _Classes:
    """Cells that are one number for the reader (a line shared by several tables)."""

    def __init__(self, tables: Sequence[Table], ncols: int) -> None:
        self.parent: dict[TCell, TCell] = {}
        self.value: dict[TCell, int] = {}
        self.role: dict[TCell, str] = {}
        for t in tables:
            for r in t.count_rows:
                for c in range(ncols):
                    cell = (t.key, r.key, c)
                    self.parent[cell] = cell
                    self.value[cell] = r.counts[c]
                    self.role[cell] = r.role
        for t in tables:
            for row, margin in t.links:
                for c in range(ncols):
                    anchor = ("=", margin, c)
                    self.parent.setdefault(anchor, anchor)
                    self._union(anchor, (t.key, row, c))
        self.members: dict[TCell, list[TCell]] = {}
        for cell in self.parent:
            if cell[0] != "=":
                self.members.setdefault(self.find(cell), []).append(cell)
        for root, cells in self.members.items():
            values = {self.value[c] for c in cells}
            if len(values) != 1:  # a declared link that does not hold: a bug, never publish
                raise DisclosureError()
            self.value[root] = values.pop()

    def find(self, cell: TCell) -> TCell:
        root = cell
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[cell] != root:
            self.parent[cell], cell = root, self.parent[cell]
        return root

    def _union(self, a: TCell, b: TCell) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # Keep a real cell as the root when there is one (anchors are not cells).
            if ra[0] == "=":
                ra, rb = rb, ra
            self.parent[rb] = ra


@dataclass(frozen=True)
class _System:
    eq_rows: list[list[float]]
    eq_rhs: list[float]
    ub_rows: list[list[float]]
    ub_rhs: list[float]
    bounds: list[tuple[float, float | None]]


@dataclass(frozen=True)
class Interval:
    low: float
    high: float  # math.inf: unbounded

    @property
    def width(self) -> float:
        return self.high - self.low


@dataclass
class AuditResult:
    """The masks after the audit, per table, and what it took."""

    masks: dict[str, dict[tuple[str, int], Kind]]
    added: int = 0
    linear_programs: int = 0
    seconds: float = 0.0


def protected(value: int, interval: Interval, threshold: int) -> bool:
    """A small count must keep the whole of 1 to T-1 possible; other cells need nothing."""
    if not 0 < value < threshold:
        return True
    return interval.low <= 1 + _EPS and interval.high >= threshold - 1 - _EPS


class _Problem:
    def __init__(
        self,
        tables: Sequence[Table],
        ncols: int,
        masks: Mapping[str, Mapping[tuple[str, int], Kind]],
        threshold: int,
    ) -> None:
        self.tables = tables
        self.ncols = ncols
        self.threshold = threshold
        self.classes = _Classes(tables, ncols)
        self.relations: list[tuple[dict[TCell, int], bool]] = []
        for rel in relations(tables, ncols):
            merged: dict[TCell, int] = {}
            for cell, coef in rel.terms:
                root = self.classes.find(cell)
                merged[root] = merged.get(root, 0) + coef
            merged = {k: v for k, v in merged.items() if v}
            if merged:
                self.relations.append((merged, rel.equality))
        self.relations_of: dict[TCell, list[int]] = {}
        for i, (terms, _) in enumerate(self.relations):
            for root in terms:
                self.relations_of.setdefault(root, []).append(i)
        # A class is masked when any of its cells is: every cell of it is then shown masked.
        self.masked: dict[TCell, Kind] = {}
        for tkey, cells in masks.items():
            for (row, c), kind in cells.items():
                root = self.classes.find((tkey, row, c))
                # "< T" wherever the class is shown so: the mark is what the reader sees.
                if self.masked.get(root) != "primary":
                    self.masked[root] = kind
        self.solver_calls = 0

    def components(self) -> list[list[TCell]]:
        parent = {m: m for m in self.masked}

        def find(x: TCell) -> TCell:
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        for terms, _ in self.relations:
            hidden = [r for r in terms if r in self.masked]
            for other in hidden[1:]:
                a, b = find(hidden[0]), find(other)
                if a != b:
                    parent[b] = a
        groups: dict[TCell, list[TCell]] = {}
        for m in self.masked:
            groups.setdefault(find(m), []).append(m)
        return [sorted(g) for g in groups.values()]

    def _system(self, component: Sequence[TCell]) -> _System:
        """The constraints on the masked classes of ``component``, published values moved right."""
        index = {root: i for i, root in enumerate(component)}
        eq_rows: list[list[float]] = []
        eq_rhs: list[float] = []
        ub_rows: list[list[float]] = []
        ub_rhs: list[float] = []
        seen: set[int] = set()
        for root in component:
            for i in self.relations_of.get(root, ()):
                if i in seen:
                    continue
                seen.add(i)
                terms, equality = self.relations[i]
                row = [0.0] * len(component)
                constant = 0
                for r, coef in terms.items():
                    if r in index:
                        row[index[r]] += coef
                    else:
                        constant += coef * self.classes.value[r]
                (eq_rows if equality else ub_rows).append(row)
                (eq_rhs if equality else ub_rhs).append(float(-constant))
        bounds: list[tuple[float, float | None]] = [
            (1.0, float(self.threshold - 1)) if self.masked[root] == "primary" else (0.0, None)
            for root in component
        ]
        return _System(eq_rows, eq_rhs, ub_rows, ub_rhs, bounds)

    def _extreme(self, system: _System, i: int, sign: float) -> tuple[float, list[float] | None]:
        """The least (sign 1) or greatest (sign -1) value of variable ``i``, and the point."""
        from scipy.optimize import linprog

        objective = [0.0] * len(system.bounds)
        objective[i] = sign
        res = linprog(
            objective,
            A_ub=system.ub_rows or None,
            b_ub=system.ub_rhs or None,
            A_eq=system.eq_rows or None,
            b_eq=system.eq_rhs or None,
            bounds=system.bounds,
            method="highs",
        )
        self.solver_calls += 1
        if res.status == 3 and sign < 0:  # unbounded: only possible upwards
            return math.inf, None
        if res.status != 0:  # infeasible or failed, yet the true values are feasible: never publish
            raise DisclosureError()
        return sign * float(res.fun), [float(v) for v in res.x]

    def intervals(self, component: Sequence[TCell]) -> dict[TCell, Interval]:
        """The protection interval of every masked class of ``component`` (2 LPs each)."""
        system = self._system(component)
        out: dict[TCell, Interval] = {}
        for i, root in enumerate(component):
            low, _ = self._extreme(system, i, 1.0)
            high, _ = self._extreme(system, i, -1.0)
            out[root] = Interval(low, high)
        return out

    def unprotected(self, component: Sequence[TCell]) -> list[TCell]:
        """The sensitive classes of ``component`` whose interval misses 1 or T-1.

        At most two LPs per sensitive class, usually far fewer: each optimum is a feasible point,
        and every sensitive class found there at 1 (at T-1) needs no LP of its own downwards
        (upwards). Cells that are not small need none at all.
        """
        top = self.threshold - 1
        sensitive = [i for i, r in enumerate(component) if 0 < self.classes.value[r] <= top]
        if not sensitive:
            return []
        system = self._system(component)
        low_ok: set[int] = set()
        high_ok: set[int] = set()
        bad: list[TCell] = []
        for i in sensitive:
            for sign, ok in ((1.0, low_ok), (-1.0, high_ok)):
                if i in ok:
                    continue
                _, point = self._extreme(system, i, sign)
                if point is None:
                    high_ok.add(i)
                    continue
                low_ok.update(j for j in sensitive if point[j] <= 1 + _EPS)
                high_ok.update(j for j in sensitive if point[j] >= top - _EPS)
                if i not in ok:
                    bad.append(component[i])
                    break
        return bad

    def cost(self, r: TCell) -> tuple[int, int, int, TCell]:
        """Masking order: a line of one table, not a total, the smallest."""
        shared = len(self.classes.members.get(r, [r])) > 1
        return (int(shared), int(self.classes.role[r] == "total"), self.classes.value[r], r)

    def candidates(self, root: TCell) -> list[TCell]:
        """What to mask next to protect ``root``, best choice first."""
        published: set[TCell] = set()
        small: set[TCell] = set()
        zeros: set[TCell] = set()
        for i in self.relations_of.get(root, ()):
            terms, equality = self.relations[i]
            if not equality:
                continue
            for r in terms:
                if r not in self.masked:
                    (published if self.classes.value[r] else zeros).add(r)
                elif self.masked[r] == "primary" and r != root:
                    small.add(r)

        cost = self.cost
        out = sorted(published, key=cost) + sorted(small, key=cost)
        if self.masked[root] == "primary":
            out.append(root)
        return out + sorted(zeros, key=cost)

    def neighbours(self, component: Sequence[TCell]) -> list[TCell]:
        """Published cells of any relation of ``component``: non-zero ones, else zeros."""
        found: set[TCell] = set()
        for cell in component:
            for i in self.relations_of.get(cell, ()):
                found.update(r for r in self.relations[i][0] if r not in self.masked)
        nonzero = [r for r in found if self.classes.value[r]]
        return nonzero or sorted(found, key=self.cost)

    def project(self) -> dict[str, dict[tuple[str, int], Kind]]:
        out: dict[str, dict[tuple[str, int], Kind]] = {t.key: {} for t in self.tables}
        for root, kind in self.masked.items():
            for tkey, row, c in self.classes.members.get(root, [root]):
                out[tkey][(row, c)] = kind
        return out


def protect(
    tables: Sequence[Table],
    ncols: int,
    masks: Mapping[str, Mapping[tuple[str, int], Kind]],
    threshold: int,
) -> AuditResult:
    """Suppress further until every masked cell is protected; ``DisclosureError`` otherwise."""
    clock = time.perf_counter()
    problem = _Problem(tables, ncols, masks, threshold)
    verified: set[frozenset[TCell]] = set()
    added = 0
    while True:
        failing: list[tuple[list[TCell], list[TCell]]] = []
        for component in problem.components():
            key = frozenset(component)
            if key in verified:
                continue
            bad = problem.unprotected(component)
            if bad:
                failing.append((bad, component))
            else:
                verified.add(key)
        if not failing:
            break
        for bad, component in failing:
            # One more mask per unprotected cell, all at once: fewer rounds of solving.
            # A cell sharing a sum with a cell masked this round waits for the next: that mask
            # often protects it too.
            chosen: set[TCell] = set()
            for cell in bad:
                if any(chosen & problem.relations[i][0].keys() for i in problem.relations_of[cell]):
                    continue
                options = [r for r in problem.candidates(cell) if r not in chosen]
                if options:
                    chosen.add(options[0])
            if not chosen:
                # Nothing left in the cells' own sums: a published cell of any relation of the
                # group, then any "< T" of the group becomes "s"; only then is it refused.
                near = problem.neighbours(component)
                further = [r for r in component if problem.masked[r] == "primary"]
                if near:
                    chosen.add(min(near, key=problem.cost))
                elif further:
                    chosen.add(min(further, key=problem.cost))
                else:
                    raise DisclosureError()
            for r in chosen:
                problem.masked[r] = "secondary"
            added += len(chosen)
    return AuditResult(
        problem.project(),
        added,
        problem.solver_calls,
        time.perf_counter() - clock,
    )


def _cells(problem: _Problem, root: TCell) -> list[TCell]:
    return problem.classes.members.get(root, [root])


def audit(
    tables: Sequence[Table],
    ncols: int,
    masks: Mapping[str, Mapping[tuple[str, int], Kind]],
    threshold: int,
) -> tuple[dict[TCell, Interval], list[TCell]]:
    """Check only: every masked cell's interval and the cells that are not protected."""
    problem = _Problem(tables, ncols, masks, threshold)
    intervals: dict[TCell, Interval] = {}
    for component in problem.components():
        intervals.update(problem.intervals(component))
    failing = [
        cell
        for root in problem.masked
        if not protected(problem.classes.value[root], intervals[root], threshold)
        for cell in _cells(problem, root)
    ]
    return (
        {cell: intervals[root] for root in problem.masked for cell in _cells(problem, root)},
        failing,
    )


def verify(shown: ShownReport) -> None:
    """Fail closed unless every masked cell of ``shown``, read back from the printed marks, is
    protected: the final check before a masked file is written."""
    threshold = shown.threshold
    small = f"< {threshold}"
    tables = [t.table for t in shown.tables]
    masks: dict[str, dict[tuple[str, int], Kind]] = {}
    for shown_table in shown.tables:
        cells: dict[tuple[str, int], Kind] = {}
        for row in shown_table.rows:
            if row.kind == "stat":
                continue
            for c, cell in enumerate(row.counts):
                if cell.number is not None:
                    continue
                cells[(row.key, c)] = "primary" if cell.text == small else "secondary"
        masks[shown_table.table.key] = cells
    problem = _Problem(tables, len(shown.report.columns), masks, threshold)
    failing = [r for component in problem.components() for r in problem.unprotected(component)]
    # A small count printed as a number would be a disclosure of its own.
    printed_small = [
        (t.table.key, row.key, c)
        for t in shown.tables
        for row in t.rows
        if row.kind != "stat"
        for c, cell in enumerate(row.counts)
        if cell.number is not None and 0 < cell.number < threshold
    ]
    if failing or printed_small:
        raise DisclosureError()
