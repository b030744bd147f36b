"""Words that look like offence or health details: the warning under the interview note, and
the filter that keeps such steps off the summary printed for the youth.

GDPR art. 10 and the Mission Locale's own rules keep the offence, the sentence and health
details out of the case file. The check is a configurable word list (settings), matched on
accent- and case-free words: an entry is a word or a phrase; ending it with ``*`` matches every
word starting with it ("psychiatr*" matches "psychiatre", "psychiatrique"). It only warns:
the referent decides (the summary leaves such a step out). Pure text logic.
"""

from __future__ import annotations

import re

from .textnorm import fold

DEFAULT_WORDS: tuple[str, ...] = (
    # Offence, proceedings, sentence
    "infraction*",
    "délit*",
    "crime*",
    "criminel*",
    "vol",
    "vols",
    "volé",
    "volée",
    "voler",
    "cambriol*",
    "braquage*",
    "agression*",
    "agressé*",
    "violence*",
    "viol",
    "violé*",
    "meurtre*",
    "homicide*",
    "stupéfiant*",
    "stups",
    "trafic*",
    "dealer",
    "deal",
    "escroquer*",
    "recel",
    "outrage*",
    "rébellion",
    "condamné pour",
    "condamnation*",
    "peine de",
    "mois ferme",
    "ans ferme",
    "casier*",
    "récidive*",
    "victime*",
    "plainte*",
    "garde à vue",
    "mandat de dépôt",
    "comparution*",
    "procès",
    "arme",
    "armes",
    "couteau*",
    # Health
    "santé mentale",
    "psychiatr*",
    "psychose*",
    "schizophr*",
    "bipolaire*",
    "dépression*",
    "dépressif*",
    "suicid*",
    "médicament*",
    "traitement*",
    "hospitalis*",
    "maladie*",
    "vih",
    "sida",
    "hépatite*",
    "séropositi*",
    "addiction*",
    "addictolog*",
    "csapa",
    "toxicoman*",
    "cannabis",
    "alcool*",
    "héroïne",
    "cocaïne",
    "crack",
    "méthadone",
    "subutex",
    "diagnostic*",
    "enceinte",
    "grossesse*",
    "handicap*",
)

_WORD = re.compile(r"[0-9a-z]+(?:['’][0-9a-z]+)?")
MAX_SCANNED_CHARS = 20_000


def _words(text: str) -> list[str]:
    return _WORD.findall(fold(text.replace("'", " ").replace("’", " ")))


SETTING_KEY = "sensitive_words"  # the store's own list (JSON), set in Paramètres


class NoteChecker:
    """Compiled word list; ``matches(note)`` gives the entries found, in list order."""

    def __init__(self, entries: list[str] | tuple[str, ...] = DEFAULT_WORDS) -> None:
        self._entries: list[tuple[str, tuple[str, ...], bool]] = []
        for entry in entries:
            raw = entry.strip()
            prefix = raw.endswith("*")
            words = tuple(_words(raw.rstrip("*")))
            if words:
                self._entries.append((raw, words, prefix))

    @staticmethod
    def default_entries() -> list[str]:
        return list(DEFAULT_WORDS)

    def matches(self, note: str) -> list[str]:
        words = _words(note[:MAX_SCANNED_CHARS])
        if not words:
            return []
        found: list[str] = []
        word_set = set(words)
        for raw, target, prefix in self._entries:
            n = len(target)
            if n == 1 and not prefix:
                hit = target[0] in word_set
            else:
                hit = any(
                    words[i : i + n - 1] == list(target[:-1])
                    and (
                        words[i + n - 1].startswith(target[-1])
                        if prefix
                        else words[i + n - 1] == target[-1]
                    )
                    for i in range(len(words) - n + 1)
                )
            if hit:
                found.append(raw.rstrip("*"))
        return found
