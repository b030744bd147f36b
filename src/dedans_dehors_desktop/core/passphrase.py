"""Strength rule for the passphrase that protects a user's key.

The passphrase is used alone and a stolen laptop allows offline guessing, so the CNIL 2022
recommendation on passwords asks for about 80 bits of entropy. Its table gives three
equivalent shapes, which are the rule applied here:

* at least 12 characters using lowercase, uppercase, digits and special characters;
* at least 14 characters using three of these four types;
* a passphrase of at least 7 words.

Shape alone is not enough: ``Azerty123!!!`` has the right shape and is among the first
guesses of any cracking tool. So the passphrase is also refused when it is a common password
(blocklist in ``resources/wordlists``), even decorated with digits, symbols or repetitions, and
when a pattern-aware estimate of its entropy (repeats, runs such as ``abcd``/``1234``, keyboard
walks, years and dates, common words) falls under ``MIN_BITS``.

Characters are Unicode code points after NFC normalisation, so ``é`` typed precomposed or as
``e`` + combining accent counts once; accented letters count as letters of their case.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache

from ..resources import resource_path
from .errors import WeakPassphrase
from .i18n import QT_TRANSLATE_NOOP, tr

__all__ = [
    "MIN_BITS",
    "MIN_LENGTH_FOUR_CLASSES",
    "MIN_LENGTH_THREE_CLASSES",
    "MIN_WORDS",
    "RULE_TEXT",
    "PassphraseVerdict",
    "check",
    "count_words",
    "evaluate",
    "rule_text",
]

MIN_LENGTH_FOUR_CLASSES = 12
MIN_LENGTH_THREE_CLASSES = 14
MIN_WORDS = 7
MIN_WORD_LETTERS = 3
# The pattern-aware estimate is much harsher than the "length × log2(alphabet)" arithmetic
# behind the CNIL table: a random 12-character password of the four types scores about 79
# bits here, while "Marseille2024!!" scores under 30. 60 bits leaves room for human-chosen but
# unpredictable passphrases and still refuses every "word + decoration" scheme.
MIN_BITS = 60.0
# Past this length the estimate is already far above MIN_BITS; bounding the work keeps the
# strength meter instantaneous even if a whole text is pasted in.
_MAX_ESTIMATED_CHARS = 256

# French source, marked for extraction; show it through ``rule_text()`` so that it is translated.
RULE_TEXT = QT_TRANSLATE_NOOP(
    "Passphrase",
    "Au moins 12 caractères avec minuscules, majuscules, chiffres et caractères spéciaux, "
    "ou 14 caractères avec trois de ces types, ou une phrase de 7 mots.",
)

_LOWER, _UPPER, _DIGIT, _SPECIAL = "lower", "upper", "digit", "special"
_CLASS_ORDER = (_LOWER, _UPPER, _DIGIT, _SPECIAL)
_POOL = {_LOWER: 26, _UPPER: 26, _DIGIT: 10, _SPECIAL: 33}

_WORD_SEPARATORS = re.compile(r"[\s\-_.,;:/+'’]+")
_PHRASE_SEPARATORS = re.compile(r"[\s\-_]+")

_LEET = str.maketrans(
    {
        "@": "a",
        "4": "a",
        "0": "o",
        "3": "e",
        "€": "e",
        "1": "i",
        "!": "i",
        "$": "s",
        "5": "s",
        "7": "t",
        "+": "t",
    }
)

# Rows as typed without Shift on French (AZERTY) and US (QWERTY) keyboards, then the
# diagonal columns people walk down ("1qaz2wsx", "&aqw"); each is also walked backwards.
_KEYBOARD_LINES = (
    "²&é\"'(-è_çà)=",
    "azertyuiop^$",
    "qsdfghjklmù*",
    "<wxcvbn,;:!",
    "1234567890°+",
    "`1234567890-=",
    "qwertyuiop[]",
    "asdfghjkl;'",
    "zxcvbnm,./",
    *("1aqw", "2zsx", "3edc", "4rfv", "5tgb", "6yhn", "7uj,", "8ik;", "9ol:", "0pm!"),
    *("&aqw", "ézsx", '"edc', "'rfv", "(tgb", "-yhn", "èuj,", "_ik;", "çol:", "àpm!"),
    *("1qaz", "2wsx", "3edc", "4rfv", "5tgb", "6yhn", "7ujm", "8ik,", "9ol.", "0p;/"),
)
_KEYBOARD_WALKS = _KEYBOARD_LINES + tuple(line[::-1] for line in _KEYBOARD_LINES)
_KEY_COUNT = len(set("".join(_KEYBOARD_LINES)))
_MIN_WALK = 4

_YEAR = re.compile(r"(?:19|20)\d\d")
_DATE = re.compile(r"(?:0?[1-9]|[12]\d|3[01])([-/. ]?)(?:0?[1-9]|1[0-2])\1(?:(?:19|20)\d\d|\d\d)")

_KIND_BRUTE = "brute"
_KIND_REPEAT = "repeat"
_KIND_SEQUENCE = "sequence"
_KIND_DICTIONARY = "dictionary"
_KIND_DATE = "date"


@dataclass(frozen=True)
class PassphraseVerdict:
    """Outcome of ``evaluate``: ``reasons`` is empty exactly when ``ok`` is true."""

    ok: bool
    score: int
    estimated_bits: float
    reasons: list[str] = field(default_factory=list)


def evaluate(passphrase: str) -> PassphraseVerdict:
    text = unicodedata.normalize("NFC", passphrase)
    length = len(text)
    classes = _classes(text)
    words = count_words(text)

    shape_ok = (
        (length >= MIN_LENGTH_FOUR_CLASSES and len(classes) == 4)
        or (length >= MIN_LENGTH_THREE_CLASSES and len(classes) >= 3)
        or words >= MIN_WORDS
    )
    reasons: list[str] = [] if shape_ok else _shape_reasons(text, length, classes, words)

    blocklist_reason = _blocklist_reason(text)
    if blocklist_reason:
        reasons.append(blocklist_reason)

    bits, kinds = _estimate_bits(text)
    # Under 12 characters the estimate is low whatever the content: "too short" says it all.
    if bits < MIN_BITS and length >= MIN_LENGTH_FOUR_CLASSES and not blocklist_reason:
        reasons.extend(_pattern_reasons(kinds, shape_ok))

    ok = not reasons
    score = _score(bits)
    if not ok:
        # A meter showing "strong" next to a refusal would contradict the message.
        score = min(score, 2)
    return PassphraseVerdict(ok=ok, score=score, estimated_bits=round(bits, 1), reasons=reasons)


def rule_text() -> str:
    """``RULE_TEXT`` in the interface language, for the set-up screen."""
    return tr("Passphrase", RULE_TEXT)


def check(passphrase: str) -> None:
    """Raise ``WeakPassphrase`` with every reason, one per line, unless the rule is met."""
    verdict = evaluate(passphrase)
    if not verdict.ok:
        raise WeakPassphrase("\n".join(verdict.reasons))


def count_words(text: str) -> int:
    """Words that honestly add to a passphrase.

    A word needs at least three letters, more than one distinct letter, must not be a run
    such as ``abc`` and must differ from the words already counted: otherwise "le la de un et
    en ou" or "aaa bbb ccc …" would pass for seven words.
    """
    seen: set[str] = set()
    for token in _WORD_SEPARATORS.split(unicodedata.normalize("NFC", text)):
        letters = _fold("".join(ch for ch in token if ch.isalpha()))
        if len(letters) < MIN_WORD_LETTERS or len(set(letters)) < 2:
            continue
        if _is_code_point_run(letters) or letters in seen:
            continue
        seen.add(letters)
    return len(seen)


# --- reasons ---------------------------------------------------------------------------------


# Functions rather than constants: the translator is installed after this module is imported.
def _common_reason() -> str:
    return tr("Passphrase", "Ce mot de passe fait partie des plus courants")


def _common_decorated_reason() -> str:
    return tr(
        "Passphrase",
        "C'est un mot de passe courant auquel on a seulement ajouté des chiffres, des symboles "
        "ou des répétitions",
    )


def _predictable_reason() -> str:
    return tr("Passphrase", "Trop prévisible : ajoutez des caractères variés ou d'autres mots")


_CLASS_NAMES = {
    _LOWER: QT_TRANSLATE_NOOP("Passphrase", "des minuscules"),
    _UPPER: QT_TRANSLATE_NOOP("Passphrase", "des majuscules"),
    _DIGIT: QT_TRANSLATE_NOOP("Passphrase", "des chiffres"),
    _SPECIAL: QT_TRANSLATE_NOOP("Passphrase", "des caractères spéciaux"),
}
_CLASS_BARE_NAMES = {
    _LOWER: QT_TRANSLATE_NOOP("Passphrase", "minuscules"),
    _UPPER: QT_TRANSLATE_NOOP("Passphrase", "majuscules"),
    _DIGIT: QT_TRANSLATE_NOOP("Passphrase", "chiffres"),
    _SPECIAL: QT_TRANSLATE_NOOP("Passphrase", "caractères spéciaux"),
}


def _class_names(classes: Iterable[str], bare: bool = False) -> list[str]:
    names = _CLASS_BARE_NAMES if bare else _CLASS_NAMES
    return [tr("Passphrase", names[c]) for c in classes]


def _join(items: list[str], conjunction: str) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {conjunction} " + items[-1]


def _shape_reasons(text: str, length: int, classes: set[str], words: int) -> list[str]:
    missing = [c for c in _CLASS_ORDER if c not in classes]
    if _looks_like_phrase(text):
        if words <= 1:
            phrase = tr(
                "Passphrase",
                "Phrase trop courte : {words} mot sur 7 au minimum (les mots de moins de "
                "3 lettres ou répétés ne comptent pas)",
            )
        else:
            phrase = tr(
                "Passphrase",
                "Phrase trop courte : {words} mots sur 7 au minimum (les mots de moins de "
                "3 lettres ou répétés ne comptent pas)",
            )
        return [phrase.format(words=words)]
    reasons: list[str] = []
    if length < MIN_LENGTH_FOUR_CLASSES:
        if length <= 1:
            too_short = tr("Passphrase", "Trop courte : {n} caractère sur 12 au minimum")
        else:
            too_short = tr("Passphrase", "Trop courte : {n} caractères sur 12 au minimum")
        reasons.append(too_short.format(n=length))
        if missing:
            and_ = tr("Passphrase", "et")
            reasons.append(
                tr("Passphrase", "Ajoutez {missing}").format(
                    missing=_join(_class_names(missing), and_)
                )
            )
    elif length < MIN_LENGTH_THREE_CLASSES:
        names = _class_names(missing)
        if len(missing) == 1:
            reasons.append(
                tr("Passphrase", "Ajoutez {missing} ou allez jusqu'à 14 caractères").format(
                    missing=names[0]
                )
            )
        else:
            reasons.append(
                tr("Passphrase", "Ajoutez {missing}").format(
                    missing=_join(names, tr("Passphrase", "et"))
                )
            )
    elif len(missing) == 2:
        reasons.append(
            tr("Passphrase", "Ajoutez {missing}").format(
                missing=_join(_class_names(missing), tr("Passphrase", "ou"))
            )
        )
    else:
        reasons.append(
            tr("Passphrase", "Ajoutez au moins deux de ces types : {missing}").format(
                missing=", ".join(_class_names(missing, bare=True))
            )
        )
    return reasons


def _pattern_reasons(kinds: set[str], shape_ok: bool) -> list[str]:
    reasons: list[str] = []
    if _KIND_DICTIONARY in kinds:
        reasons.append(
            tr(
                "Passphrase",
                "Évitez les mots de passe courants, prénoms ou villes, même complétés de "
                "chiffres ou de symboles",
            )
        )
    if _KIND_REPEAT in kinds:
        reasons.append(
            tr(
                "Passphrase",
                "Évitez de répéter un caractère ou un groupe de caractères (aaaa, abcabc)",
            )
        )
    if _KIND_SEQUENCE in kinds:
        reasons.append(
            tr(
                "Passphrase",
                "Évitez les suites de caractères ou de touches du clavier (abcd, 1234, azerty)",
            )
        )
    if _KIND_DATE in kinds:
        reasons.append(
            tr("Passphrase", "Évitez les dates et les années (naissance, anniversaire…)")
        )
    if not reasons and shape_ok:
        reasons.append(_predictable_reason())
    return reasons


def _looks_like_phrase(text: str) -> bool:
    tokens = [t for t in _PHRASE_SEPARATORS.split(text) if any(ch.isalpha() for ch in t)]
    return len(tokens) >= 3


def _score(bits: float) -> int:
    for score, limit in enumerate((20.0, 40.0, MIN_BITS, 80.0)):
        if bits < limit:
            return score
    return 4


# --- character classes and folding -----------------------------------------------------------


def _char_class(ch: str) -> str:
    if ch.isupper() or unicodedata.category(ch) == "Lt":
        return _UPPER
    if ch.isalpha():
        # Letters of caseless scripts are as guessable as lowercase ones.
        return _LOWER
    if ch.isdecimal():
        return _DIGIT
    return _SPECIAL


def _classes(text: str) -> set[str]:
    return {_char_class(ch) for ch in text}


def _lower_char(ch: str) -> str:
    # Keep one code point per code point ("İ".lower() has two) so that positions in the
    # folded text map back to the original.
    low = ch.lower()
    return low if len(low) == 1 else ch


def _strip_accent(ch: str) -> str:
    base = "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
    return base if len(base) == 1 else ch


def _lower(text: str) -> str:
    return "".join(_lower_char(ch) for ch in text)


def _fold(text: str) -> str:
    """Lowercase without accents, same length as ``text``."""
    return "".join(_strip_accent(_lower_char(ch)) for ch in text)


# --- blocklist -------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Blocklist:
    entries: frozenset[str]
    squeezed: frozenset[str]
    max_length: int

    @property
    def bits(self) -> float:
        return math.log2(max(len(self.entries), 2))


@cache
def _blocklist() -> _Blocklist:
    path = resource_path("wordlists", "common-passwords.txt")
    entries: set[str] = set()
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            entry = line.strip()
            if entry and not entry.startswith("#"):
                entries.add(_fold(unicodedata.normalize("NFC", entry)))
    return _Blocklist(
        entries=frozenset(entries),
        squeezed=frozenset(_squeeze(e) for e in entries),
        max_length=max((len(e) for e in entries), default=0),
    )


def _squeeze(text: str) -> str:
    """Collapse runs of one character: "azzzzerty" → "azerty"."""
    return re.sub(r"(.)\1+", r"\1", text, flags=re.DOTALL)


def _strip_decorations(text: str) -> str:
    """Drop the digits and symbols stuck before or after the letters: "!!azerty123!" → "azerty"."""
    start, end = 0, len(text)
    while start < end and not text[start].isalpha():
        start += 1
    while end > start and not text[end - 1].isalpha():
        end -= 1
    return text[start:end]


def _compact(text: str) -> str:
    return _WORD_SEPARATORS.sub("", text)


def _smallest_period(text: str) -> str:
    """The repeated block of "soleilsoleil" or "azerty1azerty1az", else the text itself.

    Uses the KMP prefix function, linear in the length: a pasted text must not stall typing.
    """
    n = len(text)
    if n < 4:
        return text
    border = [0] * n
    for i in range(1, n):
        k = border[i - 1]
        while k and text[i] != text[k]:
            k = border[k - 1]
        border[i] = k + 1 if text[i] == text[k] else 0
    period = n - border[-1]
    # At least three characters must repeat, or "abca" would count as a repetition.
    return text[:period] if n - period >= 3 else text


def _blocklist_variants(folded: str) -> set[str]:
    variants: set[str] = set()
    for base in {folded, _compact(folded)}:
        for periodic in {base, _smallest_period(base)}:
            core = _strip_decorations(periodic)
            for candidate in {core, _smallest_period(core)}:
                variants.add(candidate)
                deleet = candidate.translate(_LEET)
                variants.add(deleet)
                variants.add(_strip_decorations(deleet))
    variants.discard("")
    return variants


def _blocklist_reason(text: str) -> str | None:
    blocklist = _blocklist()
    folded = _fold(text)
    if folded in blocklist.entries or _compact(folded) in blocklist.entries:
        return _common_reason()
    for variant in _blocklist_variants(folded):
        if variant in blocklist.entries or _squeeze(variant) in blocklist.squeezed:
            return _common_decorated_reason()
    return None


# --- entropy estimate ------------------------------------------------------------------------


@dataclass(frozen=True)
class _Span:
    end: int
    bits: float
    kind: str


def _case_bits(original: str) -> float:
    """Extra guesses needed for the capitals of a matched pattern (zxcvbn-style, simplified)."""
    letters = [ch for ch in original if ch.isalpha()]
    upper = sum(1 for ch in letters if _char_class(ch) == _UPPER)
    if upper == 0:
        return 0.0
    if upper == len(letters) or (upper == 1 and _char_class(letters[0]) == _UPPER):
        return 1.0
    return float(min(upper, len(letters) - upper) + 1)


def _is_code_point_run(text: str) -> bool:
    if len(text) < 3:
        return False
    step = ord(text[1]) - ord(text[0])
    return abs(step) == 1 and all(
        ord(text[i + 1]) - ord(text[i]) == step for i in range(len(text) - 1)
    )


@dataclass(frozen=True)
class _Text:
    """One text in the forms the matchers need, all of the same length."""

    original: str
    low: str
    folded: str
    leet: str
    pool_bits: float

    @classmethod
    def of(cls, text: str, pool_bits: float) -> _Text:
        folded = _fold(text)
        return cls(text, _lower(text), folded, folded.translate(_LEET), pool_bits)


def _repeat_spans(t: _Text, start: int) -> list[_Span]:
    n, low = len(t.low), t.low
    spans: list[_Span] = []
    run_end = start + 1
    while run_end < n and low[run_end] == low[start]:
        run_end += 1
    for end in range(start + 2, run_end + 1):
        bits = t.pool_bits + math.log2(end - start) + _case_bits(t.original[start:end])
        spans.append(_Span(end, bits, _KIND_REPEAT))
    # A block already typed earlier (overlap allowed, as in LZ77) costs only a pointer to it.
    if start > 0:
        length = 3
        while start + length <= n and _seen_before(low, start, length):
            bits = max(1.0, math.log2(start) + math.log2(length))
            spans.append(_Span(start + length, bits, _KIND_REPEAT))
            length += 1
    return spans


def _seen_before(text: str, start: int, length: int) -> bool:
    return text.find(text[start : start + length], 0, start + length - 1) >= 0


def _sequence_spans(t: _Text, start: int) -> list[_Span]:
    n, low = len(t.low), t.low
    spans: list[_Span] = []
    if start + 1 >= n:
        return spans
    step = ord(low[start + 1]) - ord(low[start])
    if abs(step) == 1:
        end = start + 2
        while end < n and ord(low[end]) - ord(low[end - 1]) == step:
            end += 1
        for stop in range(start + 3, end + 1):
            bits = t.pool_bits + 1 + math.log2(stop - start) + _case_bits(t.original[start:stop])
            spans.append(_Span(stop, bits, _KIND_SEQUENCE))

    walk = _longest_walk(low, start)
    for stop in range(start + _MIN_WALK, start + walk + 1):
        bits = math.log2(_KEY_COUNT) + 1 + math.log2(stop - start)
        spans.append(_Span(stop, bits + _case_bits(t.original[start:stop]), _KIND_SEQUENCE))
    return spans


def _longest_walk(low: str, start: int) -> int:
    longest = 0
    for line in _KEYBOARD_WALKS:
        column = line.find(low[start])
        while column >= 0:
            length = 0
            while (
                start + length < len(low)
                and column + length < len(line)
                and low[start + length] == line[column + length]
            ):
                length += 1
            longest = max(longest, length)
            column = line.find(low[start], column + 1)
    return longest


def _dictionary_spans(t: _Text, start: int) -> list[_Span]:
    blocklist = _blocklist()
    spans: list[_Span] = []
    for length in range(4, min(blocklist.max_length, len(t.low) - start) + 1):
        stop = start + length
        word, substituted = t.folded[start:stop], t.leet[start:stop]
        case = _case_bits(t.original[start:stop])
        if word in blocklist.entries:
            spans.append(_Span(stop, blocklist.bits + case, _KIND_DICTIONARY))
        if substituted != word and substituted in blocklist.entries:
            changes = sum(1 for a, b in zip(word, substituted, strict=True) if a != b)
            spans.append(_Span(stop, blocklist.bits + case + changes, _KIND_DICTIONARY))
    return spans


def _date_spans(t: _Text, start: int) -> list[_Span]:
    spans: list[_Span] = []
    match = _DATE.match(t.low, start)
    if match and match.end() - start >= 4:
        spans.append(_Span(match.end(), math.log2(366 * 130), _KIND_DATE))
    match = _YEAR.match(t.low, start)
    if match:
        spans.append(_Span(match.end(), math.log2(130), _KIND_DATE))
    return spans


def _spans_from(t: _Text, start: int) -> list[_Span]:
    return [
        _Span(start + 1, t.pool_bits, _KIND_BRUTE),
        *_repeat_spans(t, start),
        *_sequence_spans(t, start),
        *_dictionary_spans(t, start),
        *_date_spans(t, start),
    ]


def _pool_bits(text: str) -> float:
    pool = sum(_POOL[c] for c in _classes(text))
    return math.log2(max(pool, 2))


def _cheapest_path(text: str, pool_bits: float) -> tuple[float, set[str]]:
    """Fewest bits to describe ``text`` as a sequence of patterns (dynamic programming)."""
    n = len(text)
    if n == 0:
        return 0.0, set()
    prepared = _Text.of(text, pool_bits)
    best = [math.inf] * (n + 1)
    back: list[tuple[int, str]] = [(0, _KIND_BRUTE)] * (n + 1)
    best[0] = 0.0
    for start in range(n):
        for span in _spans_from(prepared, start):
            cost = best[start] + span.bits
            if cost < best[span.end]:
                best[span.end] = cost
                back[span.end] = (start, span.kind)
    kinds: set[str] = set()
    position = n
    while position > 0:
        previous, kind = back[position]
        kinds.add(kind)
        position = previous
    kinds.discard(_KIND_BRUTE)
    return best[n], kinds


def _estimate_bits(text: str) -> tuple[float, set[str]]:
    text = text[:_MAX_ESTIMATED_CHARS]
    bits, kinds = _cheapest_path(text, _pool_bits(text))

    # For a phrase the separators carry almost nothing: "aaa bbb ccc ddd eee fff ggg" must not
    # earn six full characters of entropy from its spaces.
    separators = set(_PHRASE_SEPARATORS.findall(text))
    words = [w for w in _PHRASE_SEPARATORS.split(text) if w]
    if len(words) >= 2 and len(separators) == 1:
        pool_bits = _pool_bits("".join(words))
        phrase_bits = math.log2(8)
        phrase_kinds: set[str] = set()
        seen: set[str] = set()
        for word in words:
            key = _fold(word)
            if key in seen:
                phrase_bits += math.log2(len(words))
                phrase_kinds.add(_KIND_REPEAT)
                continue
            seen.add(key)
            word_bits, word_kinds = _cheapest_path(word, pool_bits)
            phrase_bits += word_bits
            phrase_kinds |= word_kinds
        if phrase_bits < bits:
            bits, kinds = phrase_bits, phrase_kinds
    return bits, kinds
