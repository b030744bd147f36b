"""The disclosure audit: after masking and the audit, no count of 1 to 4 can be recovered or
bounded more tightly than "1 to 4" from the published cells and sums.

The check is recomputed here independently of the linear programmes: on small tables, every
integer table that agrees with what is printed (published values, "< 5" = 1..4, "s" = any
value, every sum) is enumerated, and each sensitive cell must take every value from 1 to 4
among them.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from dedans_dehors_desktop.reports.activity.audit import (
    DisclosureError,
    audit,
    protect,
    protected,
    verify,
)
from dedans_dehors_desktop.reports.activity.masking import show_report, show_table, suppress
from dedans_dehors_desktop.reports.activity.model import CountRow, Table

T = 5


def year_table(values: dict[str, int], key: str = "annee") -> Table:
    rows = [CountRow(k, k, (v,)) for k, v in values.items()]
    total = CountRow("total", "Total", (sum(values.values()),), role="total")
    return Table(key, "s", "T", "jeunes", (*rows, total), sums=(("total", tuple(values)),))


def grid_table(cells: list[tuple[int, int]], key: str = "g") -> Table:
    """Lines split in two columns; column 0 is their sum ("Ensemble")."""
    rows = [CountRow(f"l{i}", f"l{i}", (a + b, a, b)) for i, (a, b) in enumerate(cells)]
    ta = sum(a for a, _ in cells)
    tb = sum(b for _, b in cells)
    total = CountRow("total", "Total", (ta + tb, ta, tb), role="total")
    parts = tuple(r.key for r in rows)
    return Table(key, "s", "T", "jeunes", (*rows, total), sums=(("total", parts),))


def masks_of(tables: list[Table], ncols: int) -> dict[str, dict[tuple[str, int], str]]:
    first = {t.key: suppress(t, ncols, T) for t in tables}
    return protect(tables, ncols, first, T).masks  # type: ignore[return-value]


def reader_values(
    tables: list[Table], ncols: int, masks: dict[str, dict[tuple[str, int], str]], top: int
) -> Iterator[dict[tuple[str, str, int], int]]:
    """Every integer assignment of the masked cells (each at most ``top``)
    consistent with what a reader sees; depth-first, a sum is dropped as soon as it cannot
    hold whatever the cells left."""
    hidden = [(t.key, r, c) for t in tables for (r, c) in sorted(masks[t.key])]
    ranges = {
        cell: (1, T - 1) if masks[cell[0]][(cell[1], cell[2])] == "primary" else (0, top)
        for cell in hidden
    }
    equations: list[tuple[dict[tuple[str, str, int], int], int]] = []
    for t in tables:
        lines = [(total, parts) for total, parts in t.sums]
        for c in range(ncols):
            for total, parts in lines:
                terms = [((t.key, total, c), 1), *(((t.key, p, c), -1) for p in parts)]
                equations.append(_equation(t, terms, masks))
        if ncols > 1:
            for row in t.count_rows:
                terms = [((t.key, row.key, 0), 1)]
                terms += [((t.key, row.key, c), -1) for c in range(1, ncols)]
                equations.append(_equation(t, terms, masks))
    value: dict[tuple[str, str, int], int] = {}

    def possible() -> bool:
        for coefs, constant in equations:
            low = high = constant
            for cell, k in coefs.items():
                lo, hi = (value[cell], value[cell]) if cell in value else ranges[cell]
                low += k * (lo if k > 0 else hi)
                high += k * (hi if k > 0 else lo)
            if not low <= 0 <= high:
                return False
        return True

    def search(i: int) -> Iterator[dict[tuple[str, str, int], int]]:
        if i == len(hidden):
            yield dict(value)
            return
        cell = hidden[i]
        lo, hi = ranges[cell]
        for n in range(lo, hi + 1):
            value[cell] = n
            if possible():
                yield from search(i + 1)
            del value[cell]

    yield from search(0)


def _equation(
    t: Table,
    terms: list[tuple[tuple[str, str, int], int]],
    masks: dict[str, dict[tuple[str, int], str]],
) -> tuple[dict[tuple[str, str, int], int], int]:
    coefs: dict[tuple[str, str, int], int] = {}
    constant = 0
    for cell, k in terms:
        if (cell[1], cell[2]) in masks[cell[0]]:
            coefs[cell] = coefs.get(cell, 0) + k
        else:
            constant += k * t.count(cell[1], cell[2])
    return coefs, constant


def brute_force_pinned(
    tables: list[Table], ncols: int, masks: dict[str, dict[tuple[str, int], str]]
) -> list[tuple[str, str, int]]:
    """Sensitive cells (true value 1..4) that do not take every value 1..4 in some table."""
    # A masked total leaves the reader every larger table: room for each cell to reach T-1.
    top = max(t.count("total", 0) for t in tables) + 2 * T
    seen: dict[tuple[str, str, int], set[int]] = {}
    for value in reader_values(tables, ncols, masks, top):
        for cell, n in value.items():
            seen.setdefault(cell, set()).add(n)
    pinned = []
    for t in tables:
        for r, c in masks[t.key]:
            true = t.count(r, c)
            if 0 < true < T and not set(range(1, T)) <= seen.get((t.key, r, c), set()):
                pinned.append((t.key, r, c))
    return pinned


def test_the_issues_example_is_pinned_by_the_old_rule_and_protected_by_the_audit() -> None:
    # PLIE column by year of entry: 2013 "< 5", 2014 "< 5", 2015 19, 2016 43, total 70.
    table = year_table({"2013": 4, "2014": 4, "2015": 19, "2016": 43})
    old = {"annee": suppress(table, 1, T)}
    assert old["annee"] == {("2013", 0): "primary", ("2014", 0): "primary"}
    intervals, failing = audit([table], 1, old, T)  # type: ignore[arg-type]
    # 2013 + 2014 = 70 - 19 - 43 = 8, so both are 4: what the issue found.
    assert intervals[("annee", "2013", 0)].low == pytest.approx(4)
    assert intervals[("annee", "2013", 0)].high == pytest.approx(4)
    assert sorted(failing) == [("annee", "2013", 0), ("annee", "2014", 0)]
    assert brute_force_pinned([table], 1, old) == [("annee", "2013", 0), ("annee", "2014", 0)]

    masks = masks_of([table], 1)
    assert masks["annee"][("2015", 0)] == "secondary"  # the smallest other line
    _, failing = audit([table], 1, masks, T)  # type: ignore[arg-type]
    assert failing == []
    assert brute_force_pinned([table], 1, masks) == []
    shown = {
        r.key: r.counts[0].text
        for r in show_table(
            table,
            1,
            masked=True,
            threshold=T,
            masks=masks["annee"],  # type: ignore[arg-type]
        ).rows
    }
    assert shown == {"2013": "< 5", "2014": "< 5", "2015": "s", "2016": "43", "total": "70"}


def test_a_total_under_five_with_lines_under_five_gives_nothing_away() -> None:
    # Four lines of 1 and a total of 4: "< 5" everywhere would tell each line is exactly 1.
    table = year_table({"a": 1, "b": 1, "c": 1, "d": 1, "e": 0})
    old = {"annee": suppress(table, 1, T)}
    assert brute_force_pinned([table], 1, old)  # the old rule gave them away
    masks = masks_of([table], 1)
    assert brute_force_pinned([table], 1, masks) == []


def test_a_margin_shared_by_two_tables_is_one_number_for_the_reader() -> None:
    # Sex and age of the same 40 youths: each table alone is safe, the margin links them.
    sexe = Table(
        "sexe",
        "s",
        "Sexe",
        "jeunes",
        (
            CountRow("f", "F", (3,)),
            CountRow("h", "H", (37,)),
            CountRow("total", "Total", (40,), role="total"),
        ),
        sums=(("total", ("f", "h")),),
        links=(("total", "jeunes_suivis"),),
    )
    age = Table(
        "age",
        "s",
        "Âge",
        "jeunes",
        (
            CountRow("m", "Mineurs", (2,)),
            CountRow("a", "Majeurs", (38,)),
            CountRow("total", "Total", (40,), role="total"),
        ),
        sums=(("total", ("m", "a")),),
        links=(("total", "jeunes_suivis"),),
    )
    masks = masks_of([sexe, age], 1)
    _, failing = audit([sexe, age], 1, masks, T)  # type: ignore[arg-type]
    assert failing == []
    # Each small cell needed a partner: the total is shared, so a line is masked instead.
    assert masks["sexe"][("h", 0)] == "secondary" and masks["age"][("a", 0)] == "secondary"


def test_protected_means_the_whole_of_one_to_four() -> None:
    from dedans_dehors_desktop.reports.activity.audit import Interval

    assert protected(3, Interval(0, 40), T)
    assert protected(3, Interval(1, 4), T)
    assert not protected(3, Interval(2, 4), T)  # "at least 2": narrower than the mark
    assert not protected(3, Interval(1, 3), T)
    assert not protected(3, Interval(3, 3), T)
    assert protected(12, Interval(12, 12), T)  # not sensitive: a secondary cell needs nothing


small_cells = st.lists(
    st.tuples(st.integers(0, 6), st.integers(0, 6)), min_size=2, max_size=3
).filter(lambda cells: any(0 < a < T or 0 < b < T for a, b in cells))


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(small_cells)
@example([(0, 5), (5, 1), (6, 1)])  # once refused: nothing left in the small cells' own sums
def test_generated_split_tables_have_no_recoverable_cell(cells: list[tuple[int, int]]) -> None:
    table = grid_table(cells)
    masks = masks_of([table], 3)
    _, failing = audit([table], 3, masks, T)  # type: ignore[arg-type]
    assert failing == []
    # The independent recomputation: every integer table the reader cannot rule out.
    assert brute_force_pinned([table], 3, masks) == []


@settings(max_examples=30, deadline=None)
@given(st.lists(st.integers(0, 12), min_size=2, max_size=5))
def test_generated_one_column_tables_have_no_recoverable_cell(values: list[int]) -> None:
    table = year_table({f"y{i}": v for i, v in enumerate(values)})
    masks = masks_of([table], 1)
    _, failing = audit([table], 1, masks, T)  # type: ignore[arg-type]
    assert failing == []
    assert brute_force_pinned([table], 1, masks) == []


def test_verify_reads_the_printed_marks_and_fails_closed(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    from dedans_dehors_desktop.reports.activity.model import ActivityReport
    from dedans_dehors_desktop.reports.activity.period import Period

    table = year_table({"2013": 4, "2014": 4, "2015": 19, "2016": 43})
    report = ActivityReport(
        "ML", Period.year(2016), None, ("Ensemble",), (table,), Period.year(2016).end
    )
    shown = show_report(report, masked=True)
    verify(shown)  # the audited output passes
    # The old rule's output, printed as is, is refused.
    old = show_table(table, 1, masked=True)
    leaky = type(shown)(report, True, (old,), T, None)
    with pytest.raises(DisclosureError) as caught:
        verify(leaky)
    assert "Aucun fichier n'a été écrit" in str(caught.value)


def amenagement_tables(prepared: dict[str, int], granted: dict[str, int]) -> list[Table]:
    """The two aménagement tables, the second declaring itself at most the first, line by
    line, as ``justice.amenagements`` does."""
    first = year_table(prepared, "amenagements_prepares")
    second = year_table(granted, "amenagements_accordes")
    bound = tuple((r.key, first.key, r.key) for r in second.count_rows)
    return [first, dataclasses.replace(second, at_most_in=bound)]


def test_granted_at_most_prepared_is_known_to_the_reader() -> None:
    # Prepared: "< 5" and "s" add up to 23. Granted: 22 of type b, published. Since what was
    # granted was prepared, b prepared is 22 or more, so a prepared is 1: pinned.
    tables = amenagement_tables({"a": 1, "b": 22}, {"a": 0, "b": 22})
    first = {t.key: suppress(t, 1, T) for t in tables}
    assert first["amenagements_prepares"] == {("a", 0): "primary", ("b", 0): "secondary"}
    intervals, failing = audit(tables, 1, first, T)  # type: ignore[arg-type]
    assert failing == [("amenagements_prepares", "a", 0)]
    assert intervals[("amenagements_prepares", "a", 0)].high == pytest.approx(1)
    # Without the relation the same cells look protected: the relation is what pins it.
    plain = [tables[0], year_table({"a": 0, "b": 22}, "amenagements_accordes")]
    _, failing = audit(plain, 1, first, T)  # type: ignore[arg-type]
    assert failing == []
    # The audit masks further until the cell is protected again.
    masks = protect(tables, 1, first, T).masks
    _, failing = audit(tables, 1, masks, T)
    assert failing == []
    assert len(masks["amenagements_prepares"]) + len(masks["amenagements_accordes"]) > 2


def test_the_amenagement_tables_of_a_report_declare_the_relation(tmp_path: Path) -> None:
    from dedans_dehors_desktop.reports.activity.audit import relations
    from dedans_dehors_desktop.reports.activity.period import Period, Split
    from dedans_dehors_desktop.reports.activity.tables import compute_report

    from .test_activity_dataset import open_dataset

    for data in open_dataset(tmp_path / "store"):
        report = compute_report(data.store.db, Period.year(2025), Split("plie"))
        prepared = report.table("amenagements_prepares")
        granted = report.table("amenagements_accordes")
        keys = [r.key for r in granted.count_rows]
        assert keys == [r.key for r in prepared.count_rows]
        assert granted.at_most_in == tuple((k, "amenagements_prepares", k) for k in keys)
        for r in granted.count_rows:  # the relation holds on real data, in every column
            for c in range(3):
                assert r.counts[c] <= prepared.count(r.key, c)
        bounds = {
            r.terms
            for r in relations([prepared, granted], 3)
            if not r.equality and r.terms[0][0][0] == "amenagements_accordes"
        }
        assert bounds == {
            ((("amenagements_accordes", k, c), 1), (("amenagements_prepares", k, c), -1))
            for k in keys
            for c in range(3)
        }
        # When the prepared table is left out (empty), the bound goes with it.
        assert [r for r in relations([granted], 3) if not r.equality] == []
        # The youths with an aménagement granted are at most the aménagements granted.
        outcomes = report.table("amenagements_devenir")
        assert outcomes.at_most_in == (("total", "amenagements_accordes", "total"),)
        assert 0 < outcomes.count("total") <= granted.count("total") < prepared.count("total")
        # The masked report, with these bounds, passes the final check.
        verify(show_report(report, masked=True))
