"""The privacy checks of the printed summary, applied to the referent's other documents.

One function, one place: the day's list, the liaison sheet and the commission's list ask
``printable_text`` about every free text they would print, so that pointing it at a richer check
(a lexicon, a review before print) changes all of them at once.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..core.i18n import tr
from ..storage.database import Database
from .summary_select import _sensitive_words  # the store's word list, as the summary reads it

_CTX = "Documents de la semaine"


@dataclass(frozen=True)
class HeldBack:
    """A line left off the paper, and why (shown to the referent, never printed)."""

    text: str
    reason: str


def printable_text(db: Database, text: str) -> HeldBack | None:
    """None when ``text`` may be printed; otherwise the line held back with its reason."""
    found = _sensitive_words(db).matches(text)
    if not found:
        return None
    return HeldBack(
        text,
        tr(_CTX, "mot sensible : {mots}").format(mots=", ".join(f"« {w} »" for w in found)),
    )
