"""Cell parsers: one spreadsheet cell's text to a clean value, or a French reason to refuse it.

Every parser has the signature of ``CellParser``: the raw text, the column's label as shown in
the report (already translated), and the day the import is judged at. Dates use
``core.dates``; words are compared folded with ``core.textnorm.fold``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from datetime import date

from ..core import validation as _validation
from ..core.dates import MIN_DATE, age_at, format_fr
from ..core.i18n import tr
from ..core.textnorm import fold

__all__ = [
    "MAX_AGE",
    "MAX_NAME_LENGTH",
    "MAX_TEXT_LENGTH",
    "MIN_AGE",
    "CellError",
    "CellParser",
    "birth_date",
    "commune",
    "email",
    "establishment",
    "identifier",
    "milieu",
    "optional_date",
    "optional_name",
    "required_name",
    "sexe",
    "show",
    "telephone",
    "words",
]

MAX_NAME_LENGTH = 100
MAX_TEXT_LENGTH = 200
# The one age rule (core.validation): judged later at the date of each record of the youth.
MIN_AGE, MAX_AGE = _validation.MIN_AGE, _validation.MAX_AGE

_CTX = "CsvImport"

CellParser = Callable[[str, str, date], object]
"""(raw text, translated column label, today) → value; raises ``CellError``."""

_SEXE_VALUES = {
    "femme": ("f", "femme", "feminin", "fille", "fem", "mme", "madame", "mlle", "mademoiselle"),
    "homme": ("h", "homme", "m", "masculin", "masc", "garcon", "mr", "monsieur"),
    "non_renseigne": ("", "nr", "non renseigne", "non renseignee", "inconnu", "nsp", "ne sait pas"),
}
_SEXE = {text: code for code, texts in _SEXE_VALUES.items() for text in texts}
_MILIEU = {
    "ferme": "ferme",
    "milieu ferme": "ferme",
    "mf": "ferme",
    "detention": "ferme",
    "ouvert": "ouvert",
    "milieu ouvert": "ouvert",
    "mo": "ouvert",
}

_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u2060\ufeff\u00ad"))
# Some exports write dates as "01/02/2005 00:00"; the time part carries nothing.
_DATE_TIME_SUFFIX = re.compile(r"[ T][0-9]{1,2}:[0-9]{2}(?::[0-9]{2}(?:[.,][0-9]+)?)?$")
# Stricter than core.dates.parse_date on purpose: one separator throughout, ASCII digits, and
# a two-digit year recognised so that the report can ask for four.
_DATE_DMY = re.compile(r"([0-9]{1,2})([/.-])([0-9]{1,2})\2([0-9]+)")
_DATE_ISO = re.compile(r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})")
_PHONE_NOISE = re.compile(r"[\s.\-/()]")
_EMAIL = re.compile(
    r"[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}"
    r"@(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+"
)
_IDENTIFIER = re.compile(r"[A-Za-z0-9][A-Za-z0-9-]{0,29}")
_SCIENTIFIC = re.compile(r"[0-9]+(?:[.,][0-9]+)?[eE][+-]?[0-9]+")
_NAME_PUNCTUATION = frozenset(" -'’.,")
_REFUSED_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"})
_ASCII_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_MULTIPLE_SPACES = re.compile(" {2,}")
_WORD = re.compile(r"[a-z0-9]+")
_PHONE_NATIONAL = re.compile(r"0[1-9][0-9]{8}")
_PHONE_LOST_ZERO = re.compile(r"[67][0-9]{8}")
_PHONE_PLUS_33 = re.compile(r"\+330?([1-9][0-9]{8})")
_PHONE_OVERSEAS = re.compile(r"\+[0-9]{3}[1-9][0-9]{8}")
_PHONE_INTERNATIONAL = re.compile(r"\+[1-9][0-9]{6,14}")
_OVERSEAS_CODES = ("262", "269", "590", "594", "596")


class CellError(Exception):
    """A cell-level problem; its message is a French reason for the row's entry in the report."""


def words(text: str) -> list[str]:
    """The ASCII words of ``text`` folded: how headers and coded values are compared."""
    return _WORD.findall(fold(text))


def show(value: str) -> str:
    """A cell value as quoted in the report: short, one line, invisible characters shown."""
    shown = "".join(
        "↵" if ch in "\r\n" else "�" if unicodedata.category(ch)[0] == "C" else ch for ch in value
    )
    return shown if len(shown) <= 40 else shown[:39] + "…"


def _invalid(label: str, raw: str, detail: str | None = None) -> CellError:
    message = tr(_CTX, "{label} invalide « {value} »").format(label=label, value=show(raw))
    if detail:
        message += " : " + detail
    return CellError(message)


def _clean(label: str, raw: str) -> str:
    """Trim and normalise a cell; refuse characters that would corrupt display or search."""
    # Zero-width characters come with copy-pasted text and are invisible: dropped. Line breaks
    # and tabs at the ends are typing accidents: trimmed. Inside a value they, like any other
    # control or bidirectional-override character, would corrupt display and search: refused.
    if raw.isascii():
        # Most cells: a fast path keeps a 100 000-row file within seconds.
        text = _MULTIPLE_SPACES.sub(" ", raw.strip())
        refused = _ASCII_CONTROL.search(text) is not None
    else:
        text = unicodedata.normalize("NFC", raw).translate(_INVISIBLE).strip()
        text = "".join(" " if unicodedata.category(ch) == "Zs" else ch for ch in text)
        text = _MULTIPLE_SPACES.sub(" ", text)
        refused = any(unicodedata.category(ch) in _REFUSED_CATEGORIES for ch in text)
    if refused:
        raise _invalid(
            label,
            raw,
            tr(_CTX, "caractère invisible ou de contrôle (retour à la ligne, tabulation…)"),
        )
    return text


def _name(label: str, raw: str, required: bool) -> str | None:
    text = _clean(label, raw)
    if not text:
        if required:
            raise CellError(tr(_CTX, "{label} manquant").format(label=label))
        return None
    if len(text) > MAX_NAME_LENGTH:
        raise CellError(
            tr(_CTX, "{label} trop long ({n} caractères, {max} au maximum)").format(
                label=label, n=len(text), max=MAX_NAME_LENGTH
            )
        )
    if not any(ch.isalpha() for ch in text) or any(
        not (ch.isalpha() or unicodedata.category(ch)[0] == "M" or ch in _NAME_PUNCTUATION)
        for ch in text
    ):
        raise _invalid(label, raw, tr(_CTX, "chiffres ou symboles inattendus"))
    return text


def required_name(raw: str, label: str, today: date) -> str | None:
    return _name(label, raw, required=True)


def optional_name(raw: str, label: str, today: date) -> str | None:
    return _name(label, raw, required=False)


def _free_text(label: str, raw: str, limit: int) -> str | None:
    text = _clean(label, raw)
    if len(text) > limit:
        raise CellError(
            tr(_CTX, "{label} : {n} caractères, {max} au maximum").format(
                label=label, n=len(text), max=limit
            )
        )
    return text or None


def establishment(raw: str, label: str, today: date) -> str | None:
    return _free_text(label, raw, MAX_TEXT_LENGTH)


def commune(raw: str, label: str, today: date) -> str | None:
    return _free_text(label, raw, MAX_NAME_LENGTH)


def optional_date(raw: str, label: str, today: date) -> date | None:
    """A date or nothing; whether it may lie in the future is a row check (see rows)."""
    text = _clean(label, raw)
    if not text:
        return None
    text = _DATE_TIME_SUFFIX.sub("", text)
    iso = _DATE_ISO.fullmatch(text)
    dmy = _DATE_DMY.fullmatch(text)
    if iso:
        year, month, day = int(iso[1]), int(iso[2]), int(iso[3])
    elif dmy:
        if len(dmy[4]) == 2:
            raise _invalid(
                label,
                raw,
                tr(_CTX, "écrivez l'année sur 4 chiffres (par exemple 01/02/2001)"),
            )
        if len(dmy[4]) != 4:
            raise _invalid(label, raw, tr(_CTX, "format attendu jj/mm/aaaa"))
        day, month, year = int(dmy[1]), int(dmy[3]), int(dmy[4])
    else:
        raise _invalid(label, raw, tr(_CTX, "format attendu jj/mm/aaaa"))
    try:
        parsed = date(year, month, day)
    except ValueError:
        raise _invalid(label, raw) from None
    if parsed < MIN_DATE:
        raise _invalid(label, raw, tr(_CTX, "année improbable"))
    return parsed


def age_refusal(raw: str, born: date, today: date) -> CellError:
    return CellError(
        tr(
            _CTX,
            "date de naissance « {value} » : la personne aurait {age} ans au {today} ; "
            "l'import accepte les jeunes de {min} à {max} ans",
        ).format(
            value=show(raw),
            age=age_at(born, today),
            today=format_fr(today),
            min=MIN_AGE,
            max=MAX_AGE,
        )
    )


def birth_date(raw: str, label: str, today: date) -> date:
    born = optional_date(raw, label, today)
    if born is None:
        raise CellError(tr(_CTX, "date de naissance manquante"))
    if born > today:
        raise CellError(
            tr(_CTX, "date de naissance « {value} » dans le futur").format(value=show(raw))
        )
    # The upper limit may be judged later, at the date of the youth's first imported record
    # (see rows.read_rows and services.intake); nobody under 13 today can be followed.
    if age_at(born, today) < MIN_AGE:
        raise age_refusal(raw, born, today)
    return born


def sexe(raw: str, label: str, today: date) -> str:
    text = _clean(label, raw)
    code = _SEXE.get(" ".join(words(text)))
    if code is None:
        raise _invalid(label, raw, tr(_CTX, "valeurs acceptées : F, H, NR ou vide"))
    return code


def milieu(raw: str, label: str, today: date) -> str | None:
    text = _clean(label, raw)
    if not text:
        return None
    code = _MILIEU.get(" ".join(words(text)))
    if code is None:
        raise _invalid(label, raw, tr(_CTX, "valeurs acceptées : fermé, ouvert ou vide"))
    return code


def _spreadsheet_number_hint(text: str) -> str | None:
    if _SCIENTIFIC.fullmatch(text):
        return tr(
            _CTX,
            "le tableur l'a transformé en nombre ; mettez la colonne au format Texte et "
            "ressaisissez la valeur",
        )
    return None


def telephone(raw: str, label: str, today: date) -> str | None:
    text = _clean(label, raw)
    if not text:
        return None
    compact = _PHONE_NOISE.sub("", text.replace("(0)", ""))
    if compact.startswith("00"):
        compact = "+" + compact[2:]
    national: str | None = None
    if _PHONE_NATIONAL.fullmatch(compact):
        national = compact
    elif _PHONE_LOST_ZERO.fullmatch(compact):
        # A spreadsheet that took the number for an integer dropped its leading zero.
        national = "0" + compact
    elif compact.startswith("+33"):
        if match := _PHONE_PLUS_33.fullmatch(compact):
            national = "0" + match[1]
    elif compact.startswith("+") and compact[1:4] in _OVERSEAS_CODES:
        # Overseas départements have national numbers (0262…, 0690…) like mainland France.
        if _PHONE_OVERSEAS.fullmatch(compact):
            national = "0" + compact[4:]
    elif _PHONE_INTERNATIONAL.fullmatch(compact):
        return compact
    if national is None:
        raise _invalid(label, raw, _spreadsheet_number_hint(text))
    return " ".join(national[i : i + 2] for i in range(0, 10, 2))


def email(raw: str, label: str, today: date) -> str | None:
    text = _clean(label, raw)
    if not text:
        return None
    if not _EMAIL.fullmatch(text):
        raise _invalid(label, raw)
    local, domain = text.rsplit("@", 1)
    return f"{local}@{domain.lower()}"


def identifier(raw: str, label: str, today: date) -> str | None:
    text = _clean(label, raw).replace(" ", "")
    if not text:
        return None
    if not _IDENTIFIER.fullmatch(text):
        detail = _spreadsheet_number_hint(text) or tr(_CTX, "lettres et chiffres seulement")
        raise _invalid(label, raw, detail)
    return text.upper()
