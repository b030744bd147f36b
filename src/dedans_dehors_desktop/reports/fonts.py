"""Embedded fonts for the printed documents, and the text hygiene every case-file string needs.

The fonts ship with the application (Noto Sans, SIL Open Font License 1.1, see
``resources/fonts/OFL.txt``): reportlab's built-in Helvetica cannot be embedded and has no "œ"
or "€" in its standard encoding, and the app must never fetch a font over the network.
"""

from __future__ import annotations

import html
import re
import threading
import unicodedata

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from dedans_dehors_desktop.resources import resource_path

REGULAR = "NotoSans"
BOLD = "NotoSans-Bold"

_FONT_FILES: dict[str, str] = {
    REGULAR: "NotoSans-Regular.ttf",
    BOLD: "NotoSans-Bold.ttf",
}

_lock = threading.Lock()
_registered = False

# Characters that separate words or lines in some writing system: they become a plain space so
# that "Jean\nPierre" still reads as two words once printed.
_SPACE_LIKE = frozenset("\t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\u2028\u2029")

# Controls, format characters (bidi overrides, zero-width joiners...), lone surrogates (cannot be
# encoded at all), private-use and unassigned code points: none of them has a place on paper, and
# several could reorder or hide what the youth reads.
_DROPPED_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn"})

_SPACE_RUNS = re.compile(" {2,}")


def register_fonts() -> None:
    """Register the embedded TTF fonts with reportlab (idempotent, thread-safe).

    reportlab keeps a process-wide registry; registering again would re-read the font files on
    every summary.
    """
    global _registered
    with _lock:
        if _registered:
            return
        for name, file_name in _FONT_FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", file_name))))
        # The mapping lets our own <b> markup pick the embedded bold face instead of failing over
        # to a standard (non-embedded) font.
        addMapping(REGULAR, 0, 0, REGULAR)
        addMapping(REGULAR, 1, 0, BOLD)
        addMapping(REGULAR, 0, 1, REGULAR)
        addMapping(REGULAR, 1, 1, BOLD)
        _registered = True


def clean_text(text: str) -> str:
    """Remove what cannot or should not be printed; line breaks and tabs become spaces."""
    kept: list[str] = []
    for char in text:
        if char in _SPACE_LIKE:
            kept.append(" ")
        elif unicodedata.category(char) not in _DROPPED_CATEGORIES:
            kept.append(char)
    return _SPACE_RUNS.sub(" ", "".join(kept)).strip(" ")


def escape_for_paragraph(text: str) -> str:
    """Make a case-file string safe to embed in reportlab ``Paragraph`` markup.

    reportlab parses its own XML-like mini language (``<b>``, ``<font>``, ``<para>``, entities);
    a name such as ``<b>&amp;`` must print literally, never be interpreted.
    """
    return html.escape(clean_text(text), quote=True)
