"""Words that tell a reader about justice, detention, health or family: the French lexicon.

GDPR art. 10 and the Mission Locale's own rules keep the offence, the sentence and health
details out of the case file, and the summary handed to the youth is read by prison staff and
other detainees. The lexicon is data (``resources/lexique/mots-sensibles-fr.txt``): categories of
terms with their inflections and the acronyms referents use. A term matches whole words after
accent and case folding, never a raw prefix, so "violence verbale" is reported as the words
typed ("violence"), "traitement de texte" is not a health word and "vol" (a flight) is nothing.

Two uses: the warning under the interview note (``NoteChecker``), and the paper checks of the
summary (``core/paper_check.py``). Pure text logic; the lexicon file is read once per process.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..resources import resource_path
from .i18n import QT_TRANSLATE_NOOP, tr
from .textnorm import fold

__all__ = [
    "CATEGORIES",
    "DEFAULT_WORDS",
    "SETTING_KEY",
    "Finding",
    "Lexicon",
    "NoteChecker",
    "TextChecker",
    "default_lexicon",
    "structure_words",
]

_CTX = "Relecture"

# Category code -> message naming the category; "{mot}" is the words as the user typed them.
CATEGORIES: dict[str, str] = {
    "justice": QT_TRANSLATE_NOOP(_CTX, "mot lié à la justice : {mot}"),
    "prison": QT_TRANSLATE_NOOP(_CTX, "mot lié à la détention : {mot}"),
    "sante": QT_TRANSLATE_NOOP(_CTX, "mot lié à la santé : {mot}"),
    "addiction": QT_TRANSLATE_NOOP(_CTX, "mot lié aux addictions : {mot}"),
    "handicap": QT_TRANSLATE_NOOP(_CTX, "mot lié au handicap : {mot}"),
    "sexualite": QT_TRANSLATE_NOOP(_CTX, "mot lié à la santé sexuelle : {mot}"),
    "famille": QT_TRANSLATE_NOOP(_CTX, "mot lié à la situation familiale : {mot}"),
    "structure": QT_TRANSLATE_NOOP(_CTX, "mot de la liste de la structure : {mot}"),
}
_NEUTRAL = "neutre"
LEXICON_FILE = ("lexique", "mots-sensibles-fr.txt")

SETTING_KEY = "sensitive_words"  # the structure's own extra words (JSON list), set in Paramètres
# The structure's list is empty by default: the lexicon is the base, the list only adds to it.
DEFAULT_WORDS: tuple[str, ...] = ()

# Entries of the word list that earlier versions stored as the default (prefix entries such as
# "traitement*" flagged "traitement de texte"): the lexicon covers them, so a stored copy of
# that old default is ignored rather than kept as the structure's own words.
_LEGACY_DEFAULTS = frozenset(
    "infraction délit crime criminel vol vols volé volée voler cambriol braquage agression agressé "
    "violence viol violé meurtre homicide stupéfiant stups trafic dealer deal escroquer recel "
    "outrage rébellion condamnation casier récidive victime plainte procès arme armes couteau "
    "psychiatr psychose schizophr bipolaire dépression dépressif suicid médicament traitement "
    "hospitalis maladie vih sida hépatite séropositi addiction addictolog csapa toxicoman "
    "cannabis alcool héroïne cocaïne crack méthadone subutex diagnostic enceinte grossesse "
    "handicap".split()
) | frozenset(
    (
        "condamné pour",
        "peine de",
        "mois ferme",
        "ans ferme",
        "garde à vue",
        "mandat de dépôt",
        "comparution",
        "santé mentale",
    )
)

MAX_SCANNED_CHARS = 20_000

# A word is letters or digits, not both: "SPIP93" is "SPIP" then "93". Capitals with dots are
# one word: "J.A.P." is "JAP".
_TOKEN = re.compile(r"(?:[^\W\d_]\.){2,}[^\W\d_]?|[^\W\d_]+|\d+")


def _strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _key(folded_word: str) -> str:
    """A final "s" does not count: "audiences" is "audience", "TIGs" is "TIG"."""
    if len(folded_word) > 3 and folded_word.endswith("s"):
        return folded_word[:-1]
    return folded_word


@dataclass(frozen=True)
class _Token:
    key: str  # folded, final "s" removed
    exact: str  # accents removed, case kept (acronyms that count only in capitals)
    start: int
    end: int


def _tokens(text: str) -> list[_Token]:
    found: list[_Token] = []
    for match in _TOKEN.finditer(text):
        word = match.group().replace(".", "")
        folded = fold(word)
        if not folded:
            continue
        # fold may split a ligature into letters but never into words
        found.append(_Token(_key(folded.replace(" ", "")), _strip_accents(word), *match.span()))
    return found


@dataclass(frozen=True)
class Finding:
    """One lexicon term found in a text: its category and the words as they were typed."""

    category: str
    term: str
    typed: str

    def message(self) -> str:
        template = CATEGORIES.get(self.category, CATEGORIES["structure"])
        return tr(_CTX, template).format(mot=self.typed)


@dataclass(frozen=True)
class _Pattern:
    keys: tuple[str, ...]
    exact: str | None  # a capitals-only acronym
    category: str
    term: str


class Lexicon:
    """Compiled terms by category, plus the neutral phrases whose words never count."""

    def __init__(self, entries: Iterable[tuple[str, str]]) -> None:
        """``entries``: (category, variant); ``=`` before a variant: capitals only."""
        self._index: dict[str, list[_Pattern]] = {}
        self._neutral: dict[str, list[tuple[str, ...]]] = {}
        self.categories: list[str] = []
        for category, raw in entries:
            variant = raw.strip()
            exact = variant.startswith("=")
            variant = variant.lstrip("=").strip()
            tokens = _tokens(variant)
            if not tokens:
                continue
            keys = tuple(t.key for t in tokens)
            if category == _NEUTRAL:
                self._neutral.setdefault(keys[0], []).append(keys)
                continue
            if category not in self.categories:
                self.categories.append(category)
            pattern = _Pattern(keys, _strip_accents(variant) if exact else None, category, variant)
            self._index.setdefault(keys[0], []).append(pattern)
        for patterns in self._index.values():
            patterns.sort(key=lambda p: -len(p.keys))

    @classmethod
    def from_text(cls, text: str) -> Lexicon:
        entries: list[tuple[str, str]] = []
        category = ""
        for line in text.splitlines():
            stripped = line.split("#", 1)[0].strip()
            if not stripped:
                continue
            if stripped.startswith("[") and stripped.endswith("]"):
                category = stripped[1:-1].strip()
                continue
            if category:
                entries.extend((category, variant) for variant in stripped.split("|"))
        return cls(entries)

    @classmethod
    def from_file(cls, path: Path) -> Lexicon:
        return cls.from_text(path.read_text("utf-8"))

    def findings(self, text: str) -> list[Finding]:
        """Terms found in ``text`` in reading order; the longest term wins where they overlap."""
        text = text[:MAX_SCANNED_CHARS]
        tokens = _tokens(text)
        keys = [t.key for t in tokens]
        neutral = [False] * len(tokens)
        for i, key in enumerate(keys):
            for phrase in self._neutral.get(key, ()):
                if tuple(keys[i : i + len(phrase)]) == phrase:
                    for j in range(i, i + len(phrase)):
                        neutral[j] = True
        found: list[Finding] = []
        i = 0
        while i < len(tokens):
            match = self._match_at(tokens, keys, neutral, i)
            if match is None:
                i += 1
                continue
            n = len(match.keys)
            typed = text[tokens[i].start : tokens[i + n - 1].end]
            found.append(Finding(match.category, match.term, typed))
            i += n
        return found

    def _match_at(
        self, tokens: list[_Token], keys: list[str], neutral: list[bool], i: int
    ) -> _Pattern | None:
        for pattern in self._index.get(keys[i], ()):
            n = len(pattern.keys)
            if tuple(keys[i : i + n]) != pattern.keys or any(neutral[i : i + n]):
                continue
            if pattern.exact is not None and tokens[i].exact != pattern.exact:
                continue
            return pattern
        return None


_lock = threading.Lock()
_default: Lexicon | None = None


def default_lexicon() -> Lexicon:
    """The lexicon shipped in ``resources/`` (read once, thread-safe)."""
    global _default
    with _lock:
        if _default is None:
            _default = Lexicon.from_file(resource_path(*LEXICON_FILE))
        return _default


def structure_words(entries: Sequence[str] | None) -> list[str]:
    """The structure's own words from its stored list, without an old default list's entries."""
    words: list[str] = []
    for entry in entries or ():
        word = entry.strip().rstrip("*").strip()
        if word and fold(word) not in _FOLDED_LEGACY and word not in words:
            words.append(word)
    return words


_FOLDED_LEGACY = frozenset(fold(w) for w in _LEGACY_DEFAULTS)


class TextChecker:
    """The lexicon plus the structure's own words (category "structure")."""

    def __init__(self, extra_words: Sequence[str] = (), lexicon: Lexicon | None = None) -> None:
        self.lexicon = lexicon or default_lexicon()
        words = structure_words(extra_words)
        self._extra = Lexicon(("structure", w) for w in words) if words else None

    def findings(self, text: str) -> list[Finding]:
        found = self.lexicon.findings(text)
        if self._extra is not None:
            seen = {f.typed.casefold() for f in found}
            found += [f for f in self._extra.findings(text) if f.typed.casefold() not in seen]
        return found


class NoteChecker(TextChecker):
    """The interview note's warning: ``matches(note)`` gives the words found, as typed."""

    @staticmethod
    def default_entries() -> list[str]:
        return list(DEFAULT_WORDS)

    def matches(self, note: str) -> list[str]:
        words: list[str] = []
        for finding in self.findings(note):
            if finding.typed not in words:
                words.append(finding.typed)
        return words
