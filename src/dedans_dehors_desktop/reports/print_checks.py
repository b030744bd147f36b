"""The privacy checks of the printed summary, applied to the referent's other documents.

One function, one place: the day's list, the liaison sheet and the commission's list ask
``printable_text`` about every free text they would print, so that pointing it at a richer check
(a lexicon, a review before print) changes all of them at once.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..core.paper_check import PaperCheck
from ..storage.database import Database
from .summary_review import structure_checker


@dataclass(frozen=True)
class HeldBack:
    """A line left off the paper, and why (shown to the referent, never printed)."""

    text: str
    reason: str


def printable_text(db: Database, text: str) -> HeldBack | None:
    """None when ``text`` may be printed; otherwise the line held back with its reason."""
    reasons = PaperCheck(structure_checker(db)).reasons(text)
    if not reasons:
        return None
    return HeldBack(text, " ; ".join(reason.text for reason in reasons))
