"""The sheet renderer takes any text of the case file: markup prints literally, control and
invisible characters go, long cells are cut, and it never fails."""

from __future__ import annotations

import io

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from dedans_dehors_desktop.reports.sheet_pdf import Grid, Heading, Para, Sheet, render_sheet


def _text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join(p.extract_text() or "" for p in reader.pages).split())


def test_markup_is_printed_literally_and_pages_are_numbered() -> None:
    rows = tuple((f"<b>NOM{i}</b> & <i>x</i>", "Prénom\u202e", "ID-1") for i in range(80))
    pdf = render_sheet(
        Sheet(
            "Mission Locale",
            "Titre",
            ("Sous-titre",),
            (Grid(("A", "B", "C"), rows, (0.5, 0.3, 0.2)),),
        )
    )
    text = _text(pdf)
    assert "<b>NOM0</b> & <i>x</i>" in text and "\u202e" not in text
    pages = len(PdfReader(io.BytesIO(pdf)).pages)
    assert pages > 1 and f"Page {pages} sur {pages}" in text
    # Deterministic: a reprint is byte-identical.
    assert pdf == render_sheet(
        Sheet(
            "Mission Locale",
            "Titre",
            ("Sous-titre",),
            (Grid(("A", "B", "C"), rows, (0.5, 0.3, 0.2)),),
        )
    )


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.text(max_size=800), min_size=1, max_size=6))
def test_any_text_renders(cells: list[str]) -> None:
    sheet = Sheet(
        cells[0],
        cells[-1],
        tuple(cells[:2]),
        (
            Heading(cells[0]),
            Para(cells[-1]),
            Grid(("x", "y"), tuple((c, c[::-1]) for c in cells), (0.5, 0.5)),
        ),
    )
    assert render_sheet(sheet).startswith(b"%PDF")
