"""Row parsing: the records after the header to valid rows and refused rows with their reasons.

Each cell is read by its column's parser (see ``catalogue``); then the checks that span cells
(custody dates against each other and the birth date) and rows (the same youth or identifier
twice in the file). Source-neutral: records come from ``reading`` or any other reader.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from ..core.dates import age_at
from ..core.errors import InputRejected
from ..core.i18n import tr
from ..core.textnorm import fold
from .catalogue import COLUMNS, label
from .cells import MAX_AGE, MIN_AGE, CellError, age_refusal, show
from .header import Header
from .reading import Record

__all__ = ["MAX_ROWS", "CsvImportResult", "CsvRow", "RejectedRow", "read_rows"]

MAX_ROWS = 100_000

_CTX = "CsvImport"
_YOUTH = "jeune"
_CUSTODY = "suivi_judiciaire"


@dataclass(frozen=True)
class CsvRow:
    """A valid row. ``line`` is the spreadsheet row number (header row = 1).

    ``jeune`` always has the keys nom_naissance, nom_usage, prenoms, sexe, date_naissance,
    telephone, email, id_imilo, id_france_travail, commune (``None`` when empty). ``suivi`` has
    only the keys given in the file among etablissement, milieu, date_ecrou,
    date_liberation_prev. Dates are ISO strings (aaaa-mm-jj). ``text_line`` is where the record
    starts when the file is opened in a text editor; it differs from ``line`` only after a
    cell holding a line break.
    """

    line: int
    jeune: dict[str, str | None]
    suivi: dict[str, str]
    text_line: int = 0


@dataclass(frozen=True)
class RejectedRow:
    line: int
    reasons: list[str]
    text_line: int = 0
    sheet: str = ""  # the workbook sheet, or "" for a CSV file


@dataclass
class CsvImportResult:
    rows: list[CsvRow] = field(default_factory=list)
    rejected: list[RejectedRow] = field(default_factory=list)
    ignored_columns: list[str] = field(default_factory=list)
    encoding: str = "utf-8"
    delimiter: str = ";"
    header_line: int = 1
    recognised: dict[str, str] = field(default_factory=dict)  # column key -> title in the file


def read_rows(
    header: Header,
    records: Iterable[Record],
    today: date,
    result: CsvImportResult,
    *,
    age_today: bool = True,
) -> None:
    """Parse ``records`` into ``result``; ages and "not in the future" are judged at ``today``.

    ``age_today=False`` leaves the upper age limit to the caller, who judges it at the date of
    the youth's first record from the history sheets (core.validation's one rule).
    """
    _RowReader(header, today, result, age_today).read(records)


class _RowReader:
    def __init__(
        self, header: Header, today: date, result: CsvImportResult, age_today: bool
    ) -> None:
        self.age_today = age_today
        self.header = header
        self.today = today
        self.result = result
        self.index_of = {key: index for index, key in header.columns.items()}
        self.people: dict[tuple[str, str, str], int] = {}
        self.identifiers: dict[tuple[str, str], int] = {}
        self.untitled_with_data: set[int] = set()

    def read(self, records: Iterable[Record]) -> None:
        count = 0
        for record in records:
            if not any(cell.strip() for cell in record.cells):
                continue
            count += 1
            if count > MAX_ROWS:
                raise InputRejected(
                    tr(
                        _CTX,
                        "Le fichier compte plus de {limit} lignes. Découpez-le en plusieurs "
                        "fichiers. Rien n'a été importé.",
                    ).format(limit=f"{MAX_ROWS:,}".replace(",", "\u202f"))
                )
            self._read_record(record)
        ignored = [
            name or tr(_CTX, "colonne n° {n} sans titre").format(n=index + 1)
            for index, name in sorted(self.header.ignored.items())
            if name or index in self.untitled_with_data
        ]
        self.result.ignored_columns = ignored

    def _cell(self, cells: list[str], key: str) -> str:
        index = self.index_of.get(key)
        return cells[index] if index is not None and index < len(cells) else ""

    def _read_record(self, record: Record) -> None:
        cells = record.cells
        reasons: list[str] = []
        extra = [cell for cell in cells[self.header.width :] if cell.strip()]
        if extra:
            reasons.append(
                tr(
                    _CTX,
                    "{n} cellule(s) remplie(s) au-delà de la dernière colonne (séparateur en "
                    "trop dans une cellule ?)",
                ).format(n=len(extra))
            )
        for index, name in self.header.ignored.items():
            if not name and index < len(cells) and cells[index].strip():
                self.untitled_with_data.add(index)

        values: dict[str, object] = {}
        for column in COLUMNS:
            if column.key not in self.index_of:
                continue
            try:
                values[column.key] = column.parse(
                    self._cell(cells, column.key), label(column.key), self.today
                )
            except CellError as error:
                reasons.append(str(error))
        reasons.extend(self._check_dates(cells, values))
        if not reasons:
            reasons.extend(self._check_duplicates(record.line, values))

        if reasons:
            self.result.rejected.append(RejectedRow(record.line, reasons, record.text_line))
            return
        self.result.rows.append(
            CsvRow(record.line, _jeune(values), _suivi(values), record.text_line)
        )

    def _check_dates(self, cells: list[str], values: dict[str, object]) -> list[str]:
        reasons: list[str] = []
        born, ecrou, release = (
            values.get("date_naissance"),
            values.get("date_ecrou"),
            values.get("date_liberation_prevue"),
        )
        if self.age_today and isinstance(born, date) and age_at(born, self.today) > MAX_AGE:
            reasons.append(str(age_refusal(self._cell(cells, "date_naissance"), born, self.today)))
        if isinstance(ecrou, date):
            shown = show(self._cell(cells, "date_ecrou"))
            if ecrou > self.today:
                reasons.append(
                    tr(_CTX, "date d'écrou « {value} » dans le futur").format(value=shown)
                )
            elif isinstance(born, date) and age_at(born, ecrou) < MIN_AGE:
                reasons.append(
                    tr(
                        _CTX,
                        "date d'écrou « {value} » : la personne avait moins de {min} ans à cette "
                        "date",
                    ).format(value=shown, min=MIN_AGE)
                )
        if isinstance(release, date):
            shown = show(self._cell(cells, "date_liberation_prevue"))
            if isinstance(ecrou, date) and release < ecrou:
                reasons.append(
                    tr(
                        _CTX, "date de libération prévue « {value} » antérieure à la date d'écrou"
                    ).format(value=shown)
                )
            elif release.year > self.today.year + 50:
                reasons.append(
                    tr(_CTX, "date de libération prévue « {value} » improbable").format(value=shown)
                )
        return reasons

    def _check_duplicates(self, line: int, values: dict[str, object]) -> list[str]:
        reasons: list[str] = []
        person = (
            fold(str(values["nom"])),
            fold(str(values["prenom"])),
            str(values["date_naissance"]),
        )
        if person in self.people:
            reasons.append(
                tr(
                    _CTX,
                    "même jeune que la ligne {line} (nom, prénom et date de naissance identiques)",
                ).format(line=self.people[person])
            )
        identifiers = [
            (key, str(values[key]))
            for key in ("id_imilo", "id_france_travail")
            if values.get(key) is not None
        ]
        for identifier in identifiers:
            if identifier in self.identifiers:
                reasons.append(
                    tr(_CTX, "{label} déjà présent ligne {line}").format(
                        label=label(identifier[0]), line=self.identifiers[identifier]
                    )
                )
        if not reasons:
            self.people[person] = line
            for identifier in identifiers:
                self.identifiers[identifier] = line
        return reasons


def _stored(value: object) -> str | None:
    if value is None:
        return None
    return value.isoformat() if isinstance(value, date) else str(value)


def _jeune(values: dict[str, object]) -> dict[str, str | None]:
    """Every field of the youth record, ``None`` (or the column's default) when not given."""
    return {
        column.target.field: _stored(values.get(column.key)) or column.default
        for column in COLUMNS
        if column.target.table == _YOUTH
    }


def _suivi(values: dict[str, object]) -> dict[str, str]:
    """Only the follow-up fields the file gave."""
    suivi: dict[str, str] = {}
    for column in COLUMNS:
        if column.target.table == _CUSTODY:
            value = _stored(values.get(column.key))
            if value is not None:
                suivi[column.target.field] = value
    return suivi
