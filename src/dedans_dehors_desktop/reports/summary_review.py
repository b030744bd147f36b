"""The review of a summary before it prints: every line that will print, every line held back.

``summary_select.review_summary`` builds a ``SummaryReview``; the preview (GUI) and the command
line show it. A held line names its reasons; the referent rewrites it (the youth wording stored
on the record, or the document line) or confirms it, and a confirmation is written to the access
log (``log_confirmed``). Nothing is dropped without appearing here.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from ..core.i18n import QT_TRANSLATE_NOOP, tr
from ..core.paper_check import PaperCheck, Reason, name_words, protected_days
from ..core.sensitive_words import SETTING_KEY, TextChecker
from ..storage.database import Database
from ..storage.repository import Repository, Row
from ..storage.settings import get_setting
from .summary_pdf import AddressForm, SummaryContent

__all__ = [
    "CONFIRM_LOG_ACTION",
    "RELEASE_WINDOW_DAYS",
    "ReviewLine",
    "SummaryReview",
    "log_confirmed",
    "paper_check_for",
    "relative_to_release",
    "section_title",
]

_CTX = "Relecture"

# A date this close to a release lets a reader derive it ("the day after"): printed relative to
# the release instead. One day around a judicial date (the hearing, the decision, the next day).
RELEASE_WINDOW_DAYS = 7
JUSTICE_WINDOW_DAYS = 1

CONFIRM_LOG_ACTION = "impression_confirmee"

_SECTIONS = {
    "salutation": QT_TRANSLATE_NOOP(_CTX, "En-tête"),
    "rencontre": QT_TRANSLATE_NOOP(_CTX, "Date de la rencontre"),
    "theme": QT_TRANSLATE_NOOP(_CTX, "Ce qu'on a fait"),
    "etape": QT_TRANSLATE_NOOP(_CTX, "Étapes"),
    "rdv": QT_TRANSLATE_NOOP(_CTX, "Rendez-vous"),
    "document": QT_TRANSLATE_NOOP(_CTX, "Documents"),
    "contact": QT_TRANSLATE_NOOP(_CTX, "Contacts"),
}


def section_title(code: str) -> str:
    return tr(_CTX, _SECTIONS[code])


@dataclass(frozen=True)
class ReviewLine:
    """One line of the summary, printed or held back.

    ``key`` identifies the line across renders ("action:<id>", "action:<id>:date", "rdv:<id>",
    "partenaire:<id>", "document:<n>"...). ``table``/``record_id``/``wording_field`` name the
    stored youth wording that rewrites it, when there is one.
    """

    key: str
    section: str
    text: str
    reasons: tuple[Reason, ...] = ()
    confirmed: bool = False
    table: str | None = None
    record_id: str | None = None
    wording_field: str | None = None

    @property
    def held(self) -> bool:
        return bool(self.reasons) and not self.confirmed

    @property
    def confirmable(self) -> bool:
        return bool(self.reasons) and all(r.confirmable for r in self.reasons)

    @property
    def reason_texts(self) -> tuple[str, ...]:
        return tuple(r.text for r in self.reasons)


@dataclass(frozen=True)
class SummaryReview:
    content: SummaryContent
    lines: tuple[ReviewLine, ...] = field(default=())

    @property
    def printed(self) -> tuple[ReviewLine, ...]:
        return tuple(line for line in self.lines if not line.held)

    @property
    def held(self) -> tuple[ReviewLine, ...]:
        return tuple(line for line in self.lines if line.held)

    def line(self, key: str) -> ReviewLine | None:
        return next((line for line in self.lines if line.key == key), None)


# --- What the checks know about one case file ----------------------------------------------------

# Fields that hold a person's name, whole; and free texts where capitalised words are names.
_NAME_FIELDS: tuple[tuple[str, str], ...] = (
    ("suivi_judiciaire", "cpip_nom"),
    ("accompagnement", "referent"),
    ("eligibilite", "auteur"),
)
_NAME_TEXT_FIELDS: tuple[tuple[str, str], ...] = (("positionnement", "prescripteur"),)
_RELEASE_FIELDS = ("date_liberation_prev", "date_levee_ecrou")
_JUSTICE_DATES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("suivi_judiciaire", ("date_ecrou",)),
    ("amenagement", ("date_requete", "date_decision", "date_fin")),
)


def _iso(value: object) -> date | None:
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def _structure_words(db: Database) -> list[str]:
    try:
        entries = json.loads(get_setting(db, SETTING_KEY) or "null")
    except ValueError:
        entries = None
    if isinstance(entries, list) and all(isinstance(e, str) for e in entries):
        return list(entries)
    return []


def structure_checker(db: Database) -> TextChecker:
    """The lexicon plus the words this Mission Locale added in Paramètres."""
    return TextChecker(_structure_words(db))


def release_days(repo: Repository, jeune_id: str) -> list[date]:
    days: set[date] = set()
    for row in repo.list("suivi_judiciaire", jeune_id=jeune_id):
        for name in _RELEASE_FIELDS:
            day = _iso(row.get(name))
            if day is not None:
                days.add(day)
    return sorted(days)


def _justice_days(repo: Repository, jeune_id: str) -> list[date]:
    days: set[date] = set()
    for table, names in _JUSTICE_DATES:
        for row in repo.list(table, jeune_id=jeune_id):
            for name in names:
                day = _iso(row.get(name))
                if day is not None:
                    days.add(day)
    return sorted(days)


def _person_names(repo: Repository, jeune: Row) -> set[str]:
    jeune_id = str(jeune["id"])
    names: set[str] = set()
    for key in ("nom_naissance", "nom_usage", "referent"):
        value = jeune.get(key)
        if isinstance(value, str):
            names |= name_words(value)
    prenoms = jeune.get("prenoms")
    first = ""
    if isinstance(prenoms, str):
        parts = prenoms.replace(",", " ").split()
        first = parts[0] if parts else ""
        names |= name_words(prenoms)  # the other first names are not printed either
    legal = jeune.get("representant_legal")
    if isinstance(legal, str):
        names |= name_words(legal, capitalised_only=True)
    for table, key in _NAME_FIELDS:
        for row in repo.list(table, jeune_id=jeune_id):
            value = row.get(key)
            if isinstance(value, str):
                names |= name_words(value)
    for table, key in _NAME_TEXT_FIELDS:
        for row in repo.list(table, jeune_id=jeune_id):
            value = row.get(key)
            if isinstance(value, str):
                names |= name_words(value, capitalised_only=True)
    # The youth's own first name is printed in the greeting: it is not a name to hide.
    names -= name_words(first)
    return names


def paper_check_for(repo: Repository, jeune: Row) -> PaperCheck:
    """The checks for one youth's summary: lexicon and the structure's words, the names of the
    people in the file, and the days near a release or a judicial date."""
    jeune_id = str(jeune["id"])
    return PaperCheck(
        structure_checker(repo.db),
        names=_person_names(repo, jeune),
        protected_days=protected_days(
            release_days(repo, jeune_id),
            _justice_days(repo, jeune_id),
            release_window=RELEASE_WINDOW_DAYS,
            justice_window=JUSTICE_WINDOW_DAYS,
        ),
    )


_RELATIVE: dict[str, dict[AddressForm, str]] = {
    "same": {
        "tu": QT_TRANSLATE_NOOP(_CTX, "à ta sortie"),
        "vous": QT_TRANSLATE_NOOP(_CTX, "à votre sortie"),
    },
    "next": {
        "tu": QT_TRANSLATE_NOOP(_CTX, "le lendemain de ta sortie"),
        "vous": QT_TRANSLATE_NOOP(_CTX, "le lendemain de votre sortie"),
    },
    "previous": {
        "tu": QT_TRANSLATE_NOOP(_CTX, "la veille de ta sortie"),
        "vous": QT_TRANSLATE_NOOP(_CTX, "la veille de votre sortie"),
    },
    "after": {
        "tu": QT_TRANSLATE_NOOP(_CTX, "{n} jours après ta sortie"),
        "vous": QT_TRANSLATE_NOOP(_CTX, "{n} jours après votre sortie"),
    },
    "before": {
        "tu": QT_TRANSLATE_NOOP(_CTX, "{n} jours avant ta sortie"),
        "vous": QT_TRANSLATE_NOOP(_CTX, "{n} jours avant votre sortie"),
    },
}


def relative_to_release(day: date, releases: Iterable[date], form: AddressForm) -> str:
    """ "à ta sortie", "le lendemain de ta sortie", "3 jours après ta sortie"... (the nearest
    release); the youth knows the day, a reader of the sheet does not."""
    nearest = min(releases, key=lambda r: (abs((day - r).days), r))
    offset = (day - nearest).days
    if offset == 0:
        return tr(_CTX, _RELATIVE["same"][form])
    if offset == 1:
        return tr(_CTX, _RELATIVE["next"][form])
    if offset == -1:
        return tr(_CTX, _RELATIVE["previous"][form])
    key = "after" if offset > 0 else "before"
    return tr(_CTX, _RELATIVE[key][form]).format(n=abs(offset))


def log_confirmed(db: Database, jeune_id: str, line: ReviewLine) -> None:
    """One access-log line when the referent confirms a held line for print (never its text)."""
    if line.table is not None and line.record_id is not None:
        db.log(CONFIRM_LOG_ACTION, line.table, line.record_id)
    else:
        db.log(CONFIRM_LOG_ACTION, "jeune", jeune_id)
