"""Statistical confidentiality: primary masking of 1–4, secondary masking so that no masked
value can be recovered by subtraction from a published sum, and the percentages and statistics
that go with them."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dedans_dehors_desktop.reports.activity.masking import (
    PRIMARY_TEXT,
    SECONDARY_TEXT,
    show_table,
    suppress,
)
from dedans_dehors_desktop.reports.activity.model import CountRow, StatRow, Table


def table(
    rows: list[tuple[str, tuple[int, ...]]],
    *,
    role_total: str = "total",
    extra: tuple[StatRow, ...] = (),
    sums: bool = True,
) -> Table:
    count_rows = [CountRow(k, k, v, role="total" if k == role_total else "item") for k, v in rows]
    parts = tuple(k for k, _ in rows if k != role_total)
    return Table(
        "t", "s", "T", "jeunes", (*count_rows, *extra), sums=((role_total, parts),) if sums else ()
    )


def test_counts_of_one_to_four_are_masked_and_zero_is_not() -> None:
    t = table([("a", (10,)), ("b", (3,)), ("c", (0,)), ("total", (13,))])
    assert suppress(t, 1) == {("b", 0): "primary", ("a", 0): "secondary"}
    shown = {r.key: r for r in show_table(t, 1, masked=True).rows}
    assert shown["b"].counts[0].text == PRIMARY_TEXT
    assert shown["a"].counts[0].text == SECONDARY_TEXT  # else 13 - 10 gives 3
    assert shown["c"].counts[0].text == "0"
    assert shown["total"].counts[0].text == "13"
    assert shown["a"].percents[0].text == "" and shown["b"].percents[0].text == ""
    assert shown["c"].percents[0].text == "0,0\u00a0%"
    assert shown["total"].percents[0].text == "100,0\u00a0%"


def test_the_smallest_other_line_is_chosen_and_two_small_ones_protect_each_other() -> None:
    t = table([("a", (40,)), ("b", (7,)), ("c", (2,)), ("d", (30,)), ("total", (79,))])
    assert suppress(t, 1) == {("c", 0): "primary", ("b", 0): "secondary"}
    t = table([("a", (40,)), ("b", (3,)), ("c", (2,)), ("total", (45,))])
    assert suppress(t, 1) == {("b", 0): "primary", ("c", 0): "primary"}


def test_split_columns_are_a_sum_too() -> None:
    # Femmes: 12 in all, 3 in the first column: the second column (9) would give the 3 away.
    t = table([("femme", (12, 3, 9)), ("homme", (30, 10, 20)), ("total", (42, 13, 29))])
    masks = suppress(t, 3)
    assert masks[("femme", 1)] == "primary"
    assert masks[("femme", 2)] == "secondary"
    # ...and then each column needs a second masked line: homme, in both columns.
    assert masks[("homme", 1)] == "secondary"
    assert masks[("homme", 2)] == "secondary"
    # Row "homme" now has two masked cells of three: the whole stays visible.
    assert ("homme", 0) not in masks and ("total", 0) not in masks


def test_a_masked_denominator_hides_every_percentage_of_its_column() -> None:
    t = table([("a", (8, 3, 5)), ("b", (9, 0, 9)), ("total", (17, 3, 14))])
    shown = {r.key: r for r in show_table(t, 3, masked=True).rows}
    assert shown["total"].counts[1].text == PRIMARY_TEXT
    assert all(shown[k].percents[1].text == "" for k in ("a", "b", "total"))
    assert shown["b"].counts[1].text == "0"


def test_statistics_over_fewer_than_five_observations_are_hidden() -> None:
    stat = StatRow("m", "Moyenne", (4.25, 3.5, 5.0), (6, 2, 4))
    t = table([("a", (6, 2, 4)), ("total", (6, 2, 4))], extra=(stat,))
    shown = {r.key: r for r in show_table(t, 3, masked=True).rows}
    assert [c.text for c in shown["m"].counts] == ["4,2", PRIMARY_TEXT, PRIMARY_TEXT]
    unmasked = {r.key: r for r in show_table(t, 3, masked=False).rows}
    assert [c.text for c in unmasked["m"].counts] == ["4,2", "3,5", "5,0"]


def test_without_masking_everything_is_shown() -> None:
    t = table([("a", (10, 1, 9)), ("b", (3, 2, 1)), ("total", (13, 3, 10))])
    shown = show_table(t, 3, masked=False)
    assert shown.masked_cells == 0
    assert [c.text for r in shown.rows for c in r.counts] == [
        "10",
        "1",
        "9",
        "3",
        "2",
        "1",
        "13",
        "3",
        "10",
    ]


def test_thousands_use_a_narrow_no_break_space() -> None:
    t = table([("a", (12345,)), ("total", (12345,))])
    assert show_table(t, 1, masked=True).rows[0].counts[0].text == "12\u202f345"


@st.composite
def split_tables(draw: st.DrawFn) -> tuple[Table, int]:
    ncols = draw(st.sampled_from([1, 3]))
    n = draw(st.integers(1, 7))
    small = st.integers(0, 12)
    lines = []
    for i in range(n):
        a, b = draw(small), draw(small)
        lines.append((f"l{i}", (a + b, a, b) if ncols == 3 else (a + b,)))
    total = tuple(sum(v[c] for _, v in lines) for c in range(ncols))
    with_sums = draw(st.booleans())
    return table([*lines, ("total", total)], sums=with_sums), ncols


@settings(max_examples=300, deadline=None)
@given(split_tables())
def test_no_published_sum_has_exactly_one_masked_cell(case: tuple[Table, int]) -> None:
    t, ncols = case
    masks = suppress(t, ncols)
    values = {(r.key, c): r.counts[c] for r in t.count_rows for c in range(ncols)}
    for cell, value in values.items():
        if 0 < value < 5:
            assert masks.get(cell) == "primary"
        elif cell in masks:
            assert masks[cell] == "secondary" and value > 0
    groups = [
        [(total, c), *((p, c) for p in parts)] for total, parts in t.sums for c in range(ncols)
    ]
    if ncols == 3:
        groups += [[(r.key, 0), (r.key, 1), (r.key, 2)] for r in t.count_rows]
    for group in groups:
        assert sum(cell in masks for cell in group) != 1, group
    shown = show_table(t, ncols, masked=True)
    for row in shown.rows:
        for cell in row.counts:
            if cell.number is not None:
                assert not 0 < cell.number < 5


def test_a_table_total_is_not_sacrificed_to_protect_its_own_lines() -> None:
    # Contacts by place, split PLIE / hors PLIE: the totals 19 / 10 / 9 are also printed in the
    # other contact tables, so masking them here would protect nothing.
    rows = [
        CountRow("intra", "intra", (6, 0, 6)),
        CountRow("hors", "hors", (13, 10, 3), role="subtotal"),
        CountRow("ml", "ml", (10, 8, 2), indent=1),
        CountRow("spip", "spip", (1, 1, 0)),
        CountRow("part", "part", (1, 1, 0)),
        CountRow("nr", "nr", (1, 0, 1)),
        CountRow("total", "total", (19, 10, 9), role="total"),
    ]
    t = Table(
        "lieu",
        "s",
        "T",
        "contacts",
        tuple(rows),
        sums=(("total", ("intra", "hors")), ("hors", ("ml", "spip", "part", "nr"))),
    )
    masks = suppress(t, 3)
    assert not [cell for cell in masks if cell[0] == "total"]
    groups = [[("total", c), ("intra", c), ("hors", c)] for c in range(3)]
    groups += [[("hors", c), ("ml", c), ("spip", c), ("part", c), ("nr", c)] for c in range(3)]
    groups += [[(r.key, 0), (r.key, 1), (r.key, 2)] for r in rows]
    for group in groups:
        assert sum(cell in masks for cell in group) != 1, group


def test_totals_shown_alike_in_every_table_of_the_hand_made_report(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    from dedans_dehors_desktop.reports.activity.masking import show_report
    from dedans_dehors_desktop.reports.activity.period import parse_split
    from dedans_dehors_desktop.reports.activity.tables import compute_report

    from .test_activity_dataset import PERIOD, open_dataset

    for data in open_dataset(tmp_path_factory.mktemp("masque") / "store"):
        for split in (None, parse_split("plie"), parse_split("fse")):
            shown = show_report(compute_report(data.store.db, PERIOD, split), masked=True)
            pops = {r.key: [c.text for c in r.counts] for r in shown.table("populations").rows}
            for table in shown.tables:
                total = next((r for r in table.rows if r.kind == "total"), None)
                if total is None:
                    continue
                texts = [c.text for c in total.counts]
                links = dict(table.table.links)
                if links.get("total") == "jeunes_suivis":
                    assert texts == pops["file_active"], table.table.key
                if links.get("total") == "contacts":
                    assert texts == pops["contacts"], table.table.key
