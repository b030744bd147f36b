"""The A4 document every printed sheet shares: margins, one body frame, neutral metadata.

Metadata is shown by every viewer, so callers pass neutral words only (a title and subject that
name no one, the Mission Locale as author). Reportlab's invariant mode fixes the dates and the
document id: the same content gives the same bytes, and nothing in the file dates the print.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate
from reportlab.platypus.flowables import Flowable

from .fonts import REGULAR

PAGE_WIDTH, PAGE_HEIGHT = A4


@dataclass(frozen=True)
class Margins:
    side: float
    top: float
    bottom: float


def render_a4(
    story: list[Flowable],
    *,
    margins: Margins,
    title: str,
    author: str,
    canvasmaker: Callable[..., Any],
    creator: str = "ReportLab",
    initial_font_size: float | None = None,
) -> bytes:
    """Build ``story`` into an A4 PDF in memory; the pages are drawn by ``canvasmaker``."""
    buffer = io.BytesIO()
    document = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=margins.side,
        rightMargin=margins.side,
        topMargin=margins.top,
        bottomMargin=margins.bottom,
        title=title,
        author=author,
        subject=title,
        keywords="",
        creator=creator,
        producer="ReportLab",
        invariant=1,
        pageCompression=1,
        lang="fr-FR",
        initialFontName=REGULAR,
        initialFontSize=initial_font_size,
    )
    frame = Frame(
        margins.side,
        margins.bottom,
        PAGE_WIDTH - 2 * margins.side,
        PAGE_HEIGHT - margins.top - margins.bottom,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    document.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    document.build(story, canvasmaker=canvasmaker)
    return buffer.getvalue()
