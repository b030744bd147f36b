"""Embedded fonts for the printed documents, and the text hygiene every case-file string needs.

The fonts ship with the application (Noto Sans and Noto Sans Arabic, SIL Open Font License 1.1,
see ``resources/fonts/OFL.txt``): reportlab's built-in Helvetica cannot be embedded and has no
"œ" or "€" in its standard encoding, and the app must never fetch a font over the network.

Every script prints or says why (``printable_text``): Arabic is shaped (contextual letter forms,
lam-alef ligatures) and laid right to left, then drawn with the Arabic fallback font; an emoji
becomes a visible "[émoji]" and any other character no embedded font can draw becomes
"[écriture non imprimable]", so a name or a step never prints as an empty line or a box.
"""

from __future__ import annotations

import html
import re
import threading
import unicodedata
from typing import Any

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from dedans_dehors_desktop.core.i18n import QT_TRANSLATE_NOOP, tr
from dedans_dehors_desktop.resources import resource_path

REGULAR = "NotoSans"
BOLD = "NotoSans-Bold"
ARABIC = "NotoSansArabic"

_FONT_FILES: dict[str, str] = {
    REGULAR: "NotoSans-Regular.ttf",
    BOLD: "NotoSans-Bold.ttf",
    ARABIC: "NotoSansArabic-Regular.ttf",
}

_CTX = "Impression"
EMOJI_MARKER = QT_TRANSLATE_NOOP(_CTX, "[émoji]")
UNPRINTABLE_MARKER = QT_TRANSLATE_NOOP(_CTX, "[écriture non imprimable]")

_lock = threading.Lock()
_registered = False
_latin: frozenset[int] = frozenset()
_arabic: frozenset[int] = frozenset()

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
    global _registered, _latin, _arabic
    with _lock:
        if _registered:
            return
        for name, file_name in _FONT_FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", file_name))))
        _latin = frozenset(pdfmetrics.getFont(REGULAR).face.charToGlyph) & frozenset(
            pdfmetrics.getFont(BOLD).face.charToGlyph
        )
        _arabic = frozenset(pdfmetrics.getFont(ARABIC).face.charToGlyph)
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
    a name such as ``<b>&amp;`` must print literally, never be interpreted. Arabic runs are
    wrapped in the fallback font.
    """
    parts: list[str] = []
    for font, segment in font_runs(printable_text(text)):
        escaped = html.escape(segment, quote=True)
        parts.append(f'<font name="{ARABIC}">{escaped}</font>' if font == ARABIC else escaped)
    return "".join(parts)


# --- Every script prints or says why ------------------------------------------------------------

_ARABIC_LETTERS = "\u0600-\u06ff\u0750-\u077f"
_ARABIC_RUN = re.compile(
    f"[{_ARABIC_LETTERS}]+(?:[ \u060c\u061b\u061f.,!?:;-]+[{_ARABIC_LETTERS}]+)*"
)
_DIGITS = re.compile(r"[0-9\u0660-\u0669\u06f0-\u06f9]+")

# Contextual forms (isolated, final, initial, medial) in Arabic Presentation Forms-B; letters
# with two forms join only to the letter before them.
_FORMS: dict[str, tuple[int, ...]] = {
    "\u0621": (0xFE80,),
    "\u0622": (0xFE81, 0xFE82),
    "\u0623": (0xFE83, 0xFE84),
    "\u0624": (0xFE85, 0xFE86),
    "\u0625": (0xFE87, 0xFE88),
    "\u0626": (0xFE89, 0xFE8A, 0xFE8B, 0xFE8C),
    "\u0627": (0xFE8D, 0xFE8E),
    "\u0628": (0xFE8F, 0xFE90, 0xFE91, 0xFE92),
    "\u0629": (0xFE93, 0xFE94),
    "\u062a": (0xFE95, 0xFE96, 0xFE97, 0xFE98),
    "\u062b": (0xFE99, 0xFE9A, 0xFE9B, 0xFE9C),
    "\u062c": (0xFE9D, 0xFE9E, 0xFE9F, 0xFEA0),
    "\u062d": (0xFEA1, 0xFEA2, 0xFEA3, 0xFEA4),
    "\u062e": (0xFEA5, 0xFEA6, 0xFEA7, 0xFEA8),
    "\u062f": (0xFEA9, 0xFEAA),
    "\u0630": (0xFEAB, 0xFEAC),
    "\u0631": (0xFEAD, 0xFEAE),
    "\u0632": (0xFEAF, 0xFEB0),
    "\u0633": (0xFEB1, 0xFEB2, 0xFEB3, 0xFEB4),
    "\u0634": (0xFEB5, 0xFEB6, 0xFEB7, 0xFEB8),
    "\u0635": (0xFEB9, 0xFEBA, 0xFEBB, 0xFEBC),
    "\u0636": (0xFEBD, 0xFEBE, 0xFEBF, 0xFEC0),
    "\u0637": (0xFEC1, 0xFEC2, 0xFEC3, 0xFEC4),
    "\u0638": (0xFEC5, 0xFEC6, 0xFEC7, 0xFEC8),
    "\u0639": (0xFEC9, 0xFECA, 0xFECB, 0xFECC),
    "\u063a": (0xFECD, 0xFECE, 0xFECF, 0xFED0),
    "\u0641": (0xFED1, 0xFED2, 0xFED3, 0xFED4),
    "\u0642": (0xFED5, 0xFED6, 0xFED7, 0xFED8),
    "\u0643": (0xFED9, 0xFEDA, 0xFEDB, 0xFEDC),
    "\u0644": (0xFEDD, 0xFEDE, 0xFEDF, 0xFEE0),
    "\u0645": (0xFEE1, 0xFEE2, 0xFEE3, 0xFEE4),
    "\u0646": (0xFEE5, 0xFEE6, 0xFEE7, 0xFEE8),
    "\u0647": (0xFEE9, 0xFEEA, 0xFEEB, 0xFEEC),
    "\u0648": (0xFEED, 0xFEEE),
    "\u0649": (0xFEEF, 0xFEF0),
    "\u064a": (0xFEF1, 0xFEF2, 0xFEF3, 0xFEF4),
}
_LAM_ALEF = {"\u0622": 0xFEF5, "\u0623": 0xFEF7, "\u0625": 0xFEF9, "\u0627": 0xFEFB}
_TATWEEL = "\u0640"


def _joins_forward(char: str) -> bool:
    return char == _TATWEEL or len(_FORMS.get(char, ())) == 4


def _joins(char: str) -> bool:
    return char == _TATWEEL or len(_FORMS.get(char, ())) >= 2


def _shape(run: str) -> str:
    """Arabic letters in logical order -> presentation forms in visual (right-to-left) order."""
    # Vowel marks are optional in writing and would land on the wrong letter once reversed.
    letters = [ch for ch in run if not unicodedata.combining(ch)]
    shaped: list[str] = []
    i = 0
    while i < len(letters):
        char = letters[i]
        before = letters[i - 1] if i else ""
        after = letters[i + 1] if i + 1 < len(letters) else ""
        joined_before = bool(before) and _joins_forward(before)
        if char == "\u0644" and after in _LAM_ALEF:
            shaped.append(chr(_LAM_ALEF[after] + (1 if joined_before else 0)))
            i += 2
            continue
        forms = _FORMS.get(char)
        if forms is None:
            shaped.append(char)
        elif len(forms) == 4:
            joined_after = bool(after) and _joins(after)
            index = {(False, False): 0, (True, False): 1, (False, True): 2, (True, True): 3}
            shaped.append(chr(forms[index[(joined_before, joined_after)]]))
        elif len(forms) == 2:
            shaped.append(chr(forms[1] if joined_before else forms[0]))
        else:
            shaped.append(chr(forms[0]))
        i += 1
    visual = "".join(reversed(shaped))
    # Numbers read left to right inside right-to-left text.
    return _DIGITS.sub(lambda m: m.group()[::-1], visual)


def _is_emoji_part(code: int) -> bool:
    return (
        code >= 0x1F000
        or 0x2600 <= code <= 0x27BF
        or 0x2B00 <= code <= 0x2BFF
        or code in (0x200D, 0xFE0F, 0x20E3, 0x3030, 0x303D)
    )


def printable_text(text: str) -> str:
    """``clean_text``, then Arabic shaped and laid out right to left, an emoji replaced by a
    visible marker and any character no embedded font can draw by another."""
    register_fonts()
    text = _ARABIC_RUN.sub(
        lambda m: _shape(m.group()), clean_text(unicodedata.normalize("NFC", text))
    )
    out: list[str] = []
    last_marker = ""
    for char in text:
        code = ord(char)
        if code in _latin or char == " " or (code in _arabic and not _is_emoji_part(code)):
            out.append(char)
            last_marker = ""
            continue
        if code in (0xFE0F, 0x200D) and last_marker == EMOJI_MARKER:
            continue  # part of the emoji already replaced
        marker = EMOJI_MARKER if _is_emoji_part(code) else UNPRINTABLE_MARKER
        if marker != last_marker:
            out.append(tr(_CTX, marker))
            last_marker = marker
    return _SPACE_RUNS.sub(" ", "".join(out)).strip(" ")


def font_runs(text: str, font: str = REGULAR) -> list[tuple[str, str]]:
    """Split printable text into (font, segment): Arabic forms go to the Arabic fallback."""
    register_fonts()
    runs: list[tuple[str, str]] = []
    for char in text:
        code = ord(char)
        wanted = ARABIC if code not in _latin and code in _arabic else font
        if runs and runs[-1][0] == wanted:
            runs[-1] = (wanted, runs[-1][1] + char)
        else:
            runs.append((wanted, char))
    return runs


def text_out(text_object: Any, text: str, font: str, size: float) -> None:
    """``textOut`` of printable text with the fallback font where needed; the text object's
    font is ``font`` again afterwards."""
    runs = font_runs(text, font)
    if len(runs) == 1 and runs[0][0] == font:
        text_object.textOut(text)
        return
    for run_font, segment in runs:
        text_object.setFont(run_font, size)
        text_object.textOut(segment)
    text_object.setFont(font, size)
