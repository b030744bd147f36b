"""A plain A4 sheet for the referent's working documents: the day's list for an establishment,
its private version, the SPIP liaison sheet and the commission's list.

Like the summary, the renderer receives only what may appear on paper (``Sheet``): the callers
select, this module lays out. Generated in memory, deterministic (reportlab's invariant mode),
neutral metadata, fonts embedded, "Page 1 sur 2" on every page.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import Flowable

from ..core.i18n import tr
from .document import Margins, render_a4
from .fonts import BOLD, REGULAR, clean_text, escape_for_paragraph, register_fonts
from .page_count import PageCountCanvas

_CTX = "Documents de la semaine"
_PAGE_WIDTH, _PAGE_HEIGHT = A4
_MARGIN_X = 18 * mm
_MARGIN_TOP = 16 * mm
_MARGIN_BOTTOM = 20 * mm
_INK = HexColor("#1A1A1A")
_ACCENT = HexColor("#0B5563")
_RULE = HexColor("#B8C4C6")
_MAX_CELL = 600


@dataclass(frozen=True)
class Heading:
    text: str


@dataclass(frozen=True)
class Para:
    text: str
    small: bool = False


@dataclass(frozen=True)
class Grid:
    """A table: a header row, then rows of plain-text cells; ``widths`` in fractions of the
    frame width."""

    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...]


Block = Heading | Para | Grid


@dataclass(frozen=True)
class Sheet:
    structure_name: str
    title: str
    subtitle: tuple[str, ...] = ()
    blocks: tuple[Block, ...] = field(default_factory=tuple)


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName=REGULAR, fontSize=10.5, leading=14, textColor=_INK)
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=9, leading=12),
        "cell": ParagraphStyle("cell", parent=base, fontSize=10, leading=13),
        "head": ParagraphStyle("head", parent=base, fontName=BOLD, fontSize=10, leading=13),
        "title": ParagraphStyle(
            "title", parent=base, fontName=BOLD, fontSize=16, leading=20, textColor=_ACCENT
        ),
        "subtitle": ParagraphStyle("subtitle", parent=base, fontSize=11, leading=15),
        "heading": ParagraphStyle(
            "heading",
            parent=base,
            fontName=BOLD,
            fontSize=12,
            leading=16,
            textColor=_ACCENT,
            spaceBefore=8,
            spaceAfter=3,
        ),
        "structure": ParagraphStyle("structure", parent=base, fontSize=9, leading=12),
    }


def _text(text: str) -> str:
    """Plain text as paragraph markup; a line break of the caller ("\n") stays a line break."""
    parts: list[str] = []
    for line in text.split("\n"):
        cleaned = clean_text(line)
        if len(cleaned) > _MAX_CELL:
            cleaned = cleaned[: _MAX_CELL - 1].rstrip() + "…"
        parts.append(escape_for_paragraph(cleaned))
    return "<br/>".join(parts)


def _story(sheet: Sheet, styles: dict[str, ParagraphStyle], width: float) -> list[Flowable]:
    story: list[Flowable] = []
    if sheet.structure_name:
        story.append(Paragraph(_text(sheet.structure_name), styles["structure"]))
        story.append(Spacer(1, 3 * mm))
    story.append(Paragraph(_text(sheet.title), styles["title"]))
    for line in sheet.subtitle:
        story.append(Paragraph(_text(line), styles["subtitle"]))
    story.append(Spacer(1, 4 * mm))
    for block in sheet.blocks:
        if isinstance(block, Heading):
            story.append(Paragraph(_text(block.text), styles["heading"]))
        elif isinstance(block, Para):
            story.append(Paragraph(_text(block.text), styles["small" if block.small else "body"]))
        else:
            data = [[Paragraph(_text(h), styles["head"]) for h in block.headers]]
            data += [[Paragraph(_text(c), styles["cell"]) for c in row] for row in block.rows]
            table = Table(data, colWidths=[w * width for w in block.widths], repeatRows=1)
            table.setStyle(
                TableStyle(
                    [
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("LINEBELOW", (0, 0), (-1, 0), 0.8, _ACCENT),
                        ("LINEBELOW", (0, 1), (-1, -1), 0.4, _RULE),
                        ("TOPPADDING", (0, 0), (-1, -1), 4),
                        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                        ("LEFTPADDING", (0, 0), (-1, -1), 3),
                    ]
                )
            )
            story.append(table)
            story.append(Spacer(1, 3 * mm))
    return story


class _Canvas(PageCountCanvas):
    def decorate(self, total: int) -> None:
        self.saveState()
        self.setFont(REGULAR, 8.5)
        self.setFillColor(_INK)
        label = tr(_CTX, "Page {page} sur {total}").format(page=self._pageNumber, total=total)
        self.drawRightString(_PAGE_WIDTH - _MARGIN_X, _MARGIN_BOTTOM - 10 * mm, label)
        self.restoreState()


def render_sheet(sheet: Sheet) -> bytes:
    register_fonts()
    width = _PAGE_WIDTH - 2 * _MARGIN_X
    # Metadata is shown by every viewer: neutral words only, nothing from the case file.
    return render_a4(
        _story(sheet, _styles(), width),
        margins=Margins(side=_MARGIN_X, top=_MARGIN_TOP, bottom=_MARGIN_BOTTOM),
        title=tr(_CTX, "Document de travail"),
        author=clean_text(sheet.structure_name)[:120],
        canvasmaker=_Canvas,
    )


def rows(items: Sequence[Sequence[Any]]) -> tuple[tuple[str, ...], ...]:
    """Cells as text ("" for None)."""
    return tuple(tuple("" if c is None else str(c) for c in row) for row in items)
