"""Reading a CSV file: its encoding, its separator, and its records with spreadsheet line numbers.

What comes out is source-neutral (``Record``: a spreadsheet row number, where it starts in the
text, its cells), so that another reader (a workbook) can feed the same header and row parsing.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass

from ..core.errors import InputRejected
from ..core.i18n import tr

__all__ = ["MAX_BYTES", "CsvText", "Record", "read_csv"]

MAX_BYTES = 20 * 1024 * 1024

_CTX = "CsvImport"


@dataclass(frozen=True)
class Record:
    line: int  # spreadsheet row
    text_line: int  # first physical line
    cells: list[str]


@dataclass(frozen=True)
class CsvText:
    encoding: str
    delimiter: str
    records: Iterator[Record]


def read_csv(data: bytes) -> CsvText:
    """Decode ``data`` and split it into records; a file that cannot be read is refused whole.

    Records are produced lazily: a malformed quote further down raises ``InputRejected`` while
    they are iterated.
    """
    if len(data) > MAX_BYTES:
        raise InputRejected(
            tr(
                _CTX,
                "Le fichier est trop volumineux ({size} Mo ; {limit} Mo au maximum). "
                "Découpez-le en plusieurs fichiers. Rien n'a été importé.",
            ).format(size=len(data) // (1024 * 1024), limit=MAX_BYTES // (1024 * 1024))
        )
    _refuse_workbooks(data)
    text, encoding = _decode(data)
    if "\x00" in text:
        raise InputRejected(
            tr(
                _CTX,
                "Ce fichier ne semble pas être un fichier CSV (texte). Dans le tableur, "
                "enregistrez la feuille au format CSV. Rien n'a été importé.",
            )
        )
    if not text.strip():
        raise InputRejected(tr(_CTX, "Le fichier est vide. Rien n'a été importé."))
    delimiter = _detect_delimiter(text)
    return CsvText(encoding, delimiter, _records(text, delimiter))


def _refuse_workbooks(data: bytes) -> None:
    # Choosing the .xlsx/.ods instead of its CSV export is the most likely mistake.
    if data.startswith((b"PK\x03\x04", b"\xd0\xcf\x11\xe0")):
        raise InputRejected(
            tr(
                _CTX,
                "Ce fichier est un classeur (Excel ou LibreOffice), pas un fichier CSV. Dans le "
                "tableur, choisissez « Enregistrer sous » puis le format CSV. Rien n'a été "
                "importé.",
            )
        )


def _decode(data: bytes) -> tuple[str, str]:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            pass
    elif data.startswith(b"\xef\xbb\xbf"):
        try:
            return data.decode("utf-8-sig"), "utf-8-sig"
        except UnicodeDecodeError:
            pass
    else:
        # Strict UTF-8 first: Windows-1252 text with accents is almost never valid UTF-8,
        # while the reverse guess would silently turn "é" into "Ã©".
        try:
            return data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            pass
        try:
            return data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            pass
    raise InputRejected(
        tr(
            _CTX,
            "L'encodage du fichier n'est pas reconnu (ni UTF-8 ni Windows-1252). Dans le "
            "tableur, enregistrez-le au format « CSV UTF-8 ». Rien n'a été importé.",
        )
    )


def _detect_delimiter(text: str) -> str:
    """The separator most used, outside quotes, on the header line.

    The header is taken to be the first line with at least three separators (four required
    columns), so that a title line such as "Suivi 2024, antenne Est" above it is not used.
    Ties go to ";", the separator of French spreadsheets.
    """
    fallback: str | None = None
    for line in _first_logical_lines(text[:65536], 20):
        counts = {d: 0 for d in (";", ",", "\t")}
        quoted = False
        for ch in line:
            if ch == '"':
                quoted = not quoted
            elif not quoted and ch in counts:
                counts[ch] += 1
        best = max(counts, key=lambda d: counts[d])
        if counts[best] >= 3:
            return best
        if counts[best] and fallback is None:
            fallback = best
    return fallback or ";"


def _first_logical_lines(text: str, limit: int) -> Iterator[str]:
    """Lines as the CSV reader sees them (a quoted line break does not end a line)."""
    start, quoted = 0, False
    for index, ch in enumerate(text):
        if ch == '"':
            quoted = not quoted
        elif ch in "\r\n" and not quoted:
            if index > start:
                yield text[start:index]
                limit -= 1
                if limit == 0:
                    return
            start = index + 1
    if start < len(text):
        yield text[start:]


def _records(text: str, delimiter: str) -> Iterator[Record]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    row, previous_end = 0, 0
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            raise InputRejected(
                tr(
                    _CTX,
                    "Le fichier ne peut pas être lu à partir de la ligne {line} : guillemets "
                    "mal placés ou non fermés, ou cellule anormalement longue. Vérifiez cette "
                    "ligne puis relancez l'import. Rien n'a été importé.",
                ).format(line=previous_end + 1)
            ) from error
        row += 1
        yield Record(row, previous_end + 1, cells)
        previous_end = reader.line_num
