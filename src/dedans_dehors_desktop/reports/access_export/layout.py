"""The line-layout engine of the access export: "Label : value" entries as plain drawn lines.

Case-file text is never parsed as paragraph markup here, so it cannot act on the layout; and a
record costs a few string draws instead of a paragraph parse, which keeps a 500-interview export
quick. French typography is kept: no line starts with "»", ":", "?"… nor ends with "«".
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.colors import Color, HexColor
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus.flowables import Flowable

from ..fonts import BOLD, REGULAR, clean_text, printable_text, text_out

__all__ = [
    "HISTORY_LEADING",
    "HISTORY_SIZE",
    "INK",
    "MAX_VALUE",
    "MUTED",
    "Entry",
    "LineBlock",
]

INK = HexColor("#1A1A1A")
MUTED = HexColor("#4A4A4A")

# Longer than any field allows: only hostile or corrupt data is cut.
MAX_VALUE = 20_000

_FIELD_SIZE = 10.5
_FIELD_LEADING = 14.0
HISTORY_SIZE = 9.5
HISTORY_LEADING = 12.5
_INDENT = 12.0


@dataclass(frozen=True)
class Entry:
    """One "Label : value" item; the value may hold line breaks (notes)."""

    label: str
    value: str
    size: float = _FIELD_SIZE
    leading: float = _FIELD_LEADING
    color: Color = INK
    label_font: str = BOLD
    value_font: str = REGULAR
    indent: float = _INDENT


@dataclass(frozen=True)
class _Run:
    x: float
    font: str
    size: float
    color: Color
    text: str


@dataclass(frozen=True)
class _Line:
    leading: float
    runs: tuple[_Run, ...]


@functools.lru_cache(maxsize=65_536)
def _unit_width(font: str, word: str) -> float:
    """Width of ``word`` at 1 pt. Glyph widths add up (no kerning), so words can be summed."""
    return float(stringWidth(word, font, 1.0))


def _chunks(word: str, font: str, size: float, width: float) -> list[str]:
    """A word wider than the line (a URL, a hostile string) cut into pieces that fit."""
    pieces, current, used = [], "", 0.0
    for char in word:
        char_width = _unit_width(font, char) * size
        if current and used + char_width > width:
            pieces.append(current)
            current, used = "", 0.0
        current += char
        used += char_width
    if current:
        pieces.append(current)
    return pieces


def _wrap(text: str, font: str, size: float, first_width: float, width: float) -> list[str]:
    """Greedy line breaking; the first line may be narrower (it follows the label)."""
    space = _unit_width(font, " ") * size
    lines: list[str] = []
    current: list[str] = []
    used = 0.0
    limit = first_width
    for word in text.split(" "):
        if not word:
            continue
        word_width = _unit_width(font, word) * size
        pieces = [word] if word_width <= width else _chunks(word, font, size, width)
        for piece in pieces:
            piece_width = word_width if len(pieces) == 1 else _unit_width(font, piece) * size
            needed = piece_width if not current else used + space + piece_width
            if needed <= limit:
                current.append(piece)
                used = needed
                continue
            lines.append(" ".join(current))
            current, used, limit = [piece], piece_width, width
    lines.append(" ".join(current))
    return lines


# French typography: no line may start with "»", ":", "?", "€"... nor end with "«". Words are
# broken at plain spaces only, so a no-break space glues these to their neighbour.
_GLUED_SPACES = re.compile(r"(?<=«) | (?=[»:;!?€%])")


def _glue(text: str) -> str:
    return _GLUED_SPACES.sub("\u00a0", text)


def _lay_out(entries: Sequence[Entry], width: float) -> list[_Line]:
    lines: list[_Line] = []
    for entry in entries:
        label = clean_text(entry.label[:MAX_VALUE])
        label_text = f"{label} " if label else ""
        label_width = _unit_width(entry.label_font, label_text) * entry.size
        x = entry.indent
        hang = x + _INDENT if label else x
        paragraphs = [_glue(printable_text(p)) for p in entry.value[:MAX_VALUE].split("\n")]
        for index, paragraph in enumerate(paragraphs):
            start = x + label_width if index == 0 else hang
            wrapped = _wrap(paragraph, entry.value_font, entry.size, width - start, width - hang)
            for number, text in enumerate(wrapped):
                runs: list[_Run] = []
                if index == 0 and number == 0:
                    if label_text:
                        runs.append(_Run(x, entry.label_font, entry.size, entry.color, label_text))
                    text_x = start
                else:
                    text_x = hang
                if text:
                    runs.append(_Run(text_x, entry.value_font, entry.size, entry.color, text))
                if runs or index:
                    lines.append(_Line(entry.leading, tuple(runs)))
    return lines


class LineBlock(Flowable):  # type: ignore[misc]  # reportlab ships no type information
    """Lines of plain text drawn with canvas strings, split between lines across pages.

    Never parsed as paragraph markup, so case-file text cannot act on the layout; and a record
    costs a few string draws instead of a paragraph parse and line-breaking pass, which keeps a
    500-interview export quick.
    """

    def __init__(
        self,
        entries: Sequence[Entry] = (),
        *,
        space_before: float = 0.0,
        lines: list[_Line] | None = None,
        width: float | None = None,
    ) -> None:
        super().__init__()
        self._entries = tuple(entries)
        self._lines = lines
        self._laid_width = width
        self.spaceBefore = space_before
        self.spaceAfter = 2

    def _ensure(self, width: float) -> list[_Line]:
        if self._lines is None or (self._entries and self._laid_width != width):
            self._lines = _lay_out(self._entries, width)
            self._laid_width = width
        return self._lines

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        lines = self._ensure(available_width)
        self.width = available_width
        self.height = sum(line.leading for line in lines)
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        lines = self._ensure(available_width)
        fit, used = 0, 0.0
        while fit < len(lines) and used + lines[fit].leading <= available_height:
            used += lines[fit].leading
            fit += 1
        if len(lines) - fit == 1 and fit > 2:
            fit -= 1  # no single line left alone at the top of the next page
        if fit < min(2, len(lines)):
            return []  # a heading alone at the foot of a page: move the record
        return [
            LineBlock(lines=lines[:fit], width=available_width, space_before=self.spaceBefore),
            LineBlock(lines=lines[fit:], width=available_width),
        ]

    def draw(self) -> None:
        # One text object for the whole block: a drawString per run costs a text object each.
        text = self.canv.beginText()
        top = self.height
        font: tuple[str, float] | None = None
        color: Color | None = None
        for line in self._lines or ():
            baseline = top - line.leading * 0.78
            for run in line.runs:
                if font != (run.font, run.size):
                    font = (run.font, run.size)
                    text.setFont(run.font, run.size)
                if color is not run.color:
                    color = run.color
                    text.setFillColor(run.color)
                text.setTextOrigin(run.x, baseline)
                text_out(text, run.text, run.font, run.size)  # Arabic fallback font
            top -= line.leading
        self.canv.drawText(text)
