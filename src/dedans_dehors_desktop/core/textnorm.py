"""Text normalisation for search keys and for safe display of untrusted text."""

from __future__ import annotations

import re
import unicodedata

_CONTROL = re.compile(
    r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069]"
)
_CONTROL_ALL = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")
_SPACES = re.compile(r"\s+")


def fold(text: str) -> str:
    """Lower-case, accent-free, single-spaced form used for search ("Éloïse" → "eloise")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    stripped = stripped.replace("œ", "oe").replace("æ", "ae").replace("ß", "ss")
    return _SPACES.sub(" ", stripped).strip()


def clean_line(text: str) -> str:
    """One-line text: NFC, control and bidi-override characters removed, spaces folded."""
    text = unicodedata.normalize("NFC", text)
    return _SPACES.sub(" ", _CONTROL_ALL.sub(" ", text)).strip()


def clean_multiline(text: str) -> str:
    """Multi-line text (notes): keeps newlines and tabs, removes other control characters."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub("", text).strip()
