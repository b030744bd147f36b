"""Finding the header row and matching its titles to the catalogue's columns.

A title naming offences, sentences or a criminal record refuses the whole file: the application
does not hold such data (data minimisation; GDPR art. 10).
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
from collections.abc import Iterator
from dataclasses import dataclass

from ..core.errors import InputRejected
from ..core.i18n import tr
from .catalogue import COLUMNS, FORBIDDEN_PAIRS, FORBIDDEN_WORDS, ColumnSpec
from .cells import words
from .reading import Record

__all__ = ["Header", "find_header"]

# A header may sit below a few title lines; looking further would take data rows for titles.
_HEADER_SEARCH_RECORDS = 10

_CTX = "CsvImport"


def _header_key(text: str) -> str:
    # Spaces, underscores and punctuation are dropped, so "Date de naissance",
    # "date_de_naissance" and "DATE DE  NAISSANCE" all give "datedenaissance".
    return "".join(words(text))


@functools.cache
def synonyms(columns: tuple[ColumnSpec, ...]) -> dict[str, str]:
    """Every accepted title of ``columns``, as a header key, to its column's key."""
    return {
        _header_key(title): column.key
        for column in columns
        for title in (column.key, *column.synonyms)
    }


def recognised(cells: list[str], columns: tuple[ColumnSpec, ...]) -> int:
    """How many of ``cells`` name one of ``columns``: how a sheet's kind is told."""
    known = synonyms(columns)
    return len({known[key] for cell in cells if (key := _header_key(cell)) in known})


def _is_forbidden(header: str) -> bool:
    found = set(words(header))
    return bool(found & FORBIDDEN_WORDS) or any(pair <= found for pair in FORBIDDEN_PAIRS)


def _display_header(header: str) -> str:
    return " ".join(header.split())


@dataclass(frozen=True)
class Header:
    line: int
    columns: dict[int, str]  # cell index -> column key
    ignored: dict[int, str]  # cell index -> header as shown
    width: int
    titles: dict[str, str] = dataclasses.field(default_factory=dict)  # key -> title in the file


def find_header(
    records: Iterator[Record], columns: tuple[ColumnSpec, ...] = COLUMNS
) -> tuple[Header, Iterator[Record]]:
    """The header and the records after it.

    The header is the first row naming at least two known columns among the first rows, so
    that title lines above it are skipped. Without one the file is refused listing the
    missing columns only: the first row may be data, which must not end up in a message.
    """
    first: Record | None = None
    for record in itertools.islice(records, _HEADER_SEARCH_RECORDS):
        if not any(cell.strip() for cell in record.cells):
            continue
        first = first or record
        if sum(1 for cell in record.cells if _header_key(cell) in synonyms(columns)) >= 2:
            return _build_header(record, columns), records
    if first is None:
        raise InputRejected(tr(_CTX, "Le fichier est vide. Rien n'a été importé."))
    present = {synonyms(columns).get(_header_key(cell)) for cell in first.cells}
    raise _missing_columns([c.key for c in columns if c.required and c.key not in present])


def _missing_columns(missing: list[str]) -> InputRejected:
    return InputRejected(
        tr(
            _CTX,
            "Colonnes obligatoires absentes : {missing}. La première ligne du fichier doit "
            "donner le nom de chaque colonne (voir la liste des colonnes reconnues). Rien "
            "n'a été importé.",
        ).format(missing=", ".join(missing))
    )


def _build_header(record: Record, spec: tuple[ColumnSpec, ...]) -> Header:
    columns: dict[int, str] = {}
    ignored: dict[int, str] = {}
    forbidden: list[str] = []
    seen: dict[str, list[str]] = {}
    for index, cell in enumerate(record.cells):
        key = synonyms(spec).get(_header_key(cell))
        if key is not None:
            columns[index] = key
            seen.setdefault(key, []).append(_display_header(cell))
        elif _is_forbidden(cell):
            forbidden.append(_display_header(cell))
        elif cell.strip():
            ignored[index] = _display_header(cell)
        else:
            ignored[index] = ""

    if forbidden:
        shown = ", ".join(f"« {name} »" for name in forbidden)
        if len(forbidden) == 1:
            message = tr(
                _CTX,
                "Le fichier est refusé : la colonne {names} semble contenir des informations "
                "sur des infractions, des condamnations ou des peines. L'application "
                "n'enregistre pas ces données (minimisation des données, article 10 du RGPD). "
                "Supprimez cette colonne du fichier, puis relancez l'import. Rien n'a été "
                "importé.",
            )
        else:
            message = tr(
                _CTX,
                "Le fichier est refusé : les colonnes {names} semblent contenir des "
                "informations sur des infractions, des condamnations ou des peines. "
                "L'application n'enregistre pas ces données (minimisation des données, "
                "article 10 du RGPD). Supprimez ces colonnes du fichier, puis relancez "
                "l'import. Rien n'a été importé.",
            )
        raise InputRejected(message.format(names=shown))

    duplicates = {key: titles for key, titles in seen.items() if len(titles) > 1}
    if duplicates:
        key, titles = next(iter(duplicates.items()))
        raise InputRejected(
            tr(
                _CTX,
                "Plusieurs colonnes correspondent à « {column} » : {names}. Gardez-en une "
                "seule. Rien n'a été importé.",
            ).format(column=key, names=", ".join(f"« {t} »" for t in titles))
        )

    missing = [c.key for c in spec if c.required and c.key not in seen]
    if missing:
        raise _missing_columns(missing)
    first_titles = {key: names[0] for key, names in seen.items()}
    return Header(record.line, columns, ignored, len(record.cells), first_titles)
