"""A spreadsheet file to validated rows: read the file, find each header, parse the rows.

``parse_csv`` reads the youths of a CSV file (the historical entry point). ``parse_file`` reads
a CSV file or an Excel workbook (.xlsx) holding youths and their history: each sheet (a CSV
file is one sheet) is told apart by its name or, failing that, by the columns its header names.
Nothing is written here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ..core.errors import InputRejected
from ..core.i18n import tr
from ..core.textnorm import fold
from .catalogue import COLUMNS, ColumnSpec
from .header import find_header, recognised
from .history import HISTORY_KINDS, HistoryRow, read_history
from .reading import Record, read_csv
from .rows import CsvImportResult, RejectedRow, read_rows
from .workbook import is_workbook, read_xlsx

__all__ = ["YOUTHS", "ParsedFile", "SheetSummary", "kind_columns", "parse_csv", "parse_file"]

YOUTHS = "jeunes"
_CTX = "CsvImport"
_YOUTH_SHEET_NAMES = ("jeunes", "jeune", "liste", "liste des jeunes", "suivi", "file active")


def parse_csv(data: bytes, today: date) -> CsvImportResult:
    """Parse ``data`` (the file's bytes); ages and "not in the future" are judged at ``today``.

    Raises ``InputRejected`` when the file as a whole cannot be imported.
    """
    text = read_csv(data)
    header, records = find_header(text.records)
    result = CsvImportResult(
        encoding=text.encoding,
        delimiter=text.delimiter,
        header_line=header.line,
        recognised=dict(header.titles),
    )
    read_rows(header, records, today, result)
    return result


def kind_columns(kind: str) -> tuple[ColumnSpec, ...]:
    if kind == YOUTHS:
        return COLUMNS
    return next(k.columns for k in HISTORY_KINDS if k.key == kind)


@dataclass(frozen=True)
class SheetSummary:
    """What the column step shows: a sheet, what it was read as, its columns."""

    name: str
    kind: str  # YOUTHS, a history kind's key, or "" when the sheet is ignored
    recognised: dict[str, str]  # column key -> title in the file
    ignored: list[str]
    rows: int


@dataclass
class ParsedFile:
    youths: CsvImportResult
    history: list[HistoryRow] = field(default_factory=list)
    rejected: list[RejectedRow] = field(default_factory=list)
    sheets: list[SheetSummary] = field(default_factory=list)
    workbook: bool = False

    @property
    def row_count(self) -> int:
        return len(self.youths.rows) + len(self.history) + len(self.rejected)


def _kind_of(name: str | None, records: list[Record]) -> str:
    """A sheet's kind by its name, else by the columns of its first rows; "" if neither."""
    key = fold(name or "").strip()
    if name is not None and any(key == fold(n) for n in _YOUTH_SHEET_NAMES):
        return YOUTHS
    for kind in HISTORY_KINDS:
        if name is not None and any(key == fold(n) for n in kind.sheet_names):
            return kind.key
    best, best_count = "", 1
    candidates = [(YOUTHS, COLUMNS)] + [(k.key, k.columns) for k in HISTORY_KINDS]
    for record in records[:10]:
        for kind_key, columns in candidates:
            count = recognised(record.cells, columns)
            # A history sheet also names the youth (3 columns): it must name more than that.
            if kind_key != YOUTHS:
                count -= 2
            if count > best_count:
                best, best_count = kind_key, count
    return best


def _read_sheet(
    parsed: ParsedFile, name: str, records: list[Record], today: date, *, by_name: bool = True
) -> None:
    kind = _kind_of(name if by_name else None, records)
    if not kind:
        parsed.sheets.append(SheetSummary(name, "", {}, [], 0))
        return
    columns = kind_columns(kind)
    header, rest = find_header(iter(records), columns)
    ignored = [title for title in header.ignored.values() if title]
    before = parsed.row_count
    if kind == YOUTHS:
        if parsed.youths.rows or parsed.youths.rejected:
            raise InputRejected(
                tr(
                    _CTX,
                    "Le classeur a plusieurs feuilles de jeunes ; gardez-en une seule. Rien "
                    "n'a été importé.",
                )
            )
        result = parsed.youths
        result.header_line = header.line
        result.recognised = dict(header.titles)
        read_rows(header, rest, today, result, age_today=False)
        for row in result.rejected:
            parsed.rejected.append(
                RejectedRow(row.line, row.reasons, row.text_line, name if parsed.workbook else "")
            )
        result.rejected = []
        if result.ignored_columns:
            ignored = list(result.ignored_columns)
    else:
        spec = next(k for k in HISTORY_KINDS if k.key == kind)
        rows, rejected = read_history(spec, name if parsed.workbook else "", header, rest, today)
        parsed.history.extend(rows)
        parsed.rejected.extend(rejected)
    parsed.sheets.append(
        SheetSummary(name, kind, dict(header.titles), ignored, parsed.row_count - before)
    )


def parse_file(data: bytes, filename: str, today: date) -> ParsedFile:
    """Read a CSV file or an .xlsx workbook of youths and their history (nothing written).

    Raises ``InputRejected`` when the file as a whole cannot be imported, including a file
    without a single row to import.
    """
    if is_workbook(data) or filename.lower().endswith(".xlsx"):
        parsed = ParsedFile(CsvImportResult(encoding="xlsx", delimiter=""), workbook=True)
        for sheet in read_xlsx(data):
            if sheet.records:
                _read_sheet(parsed, sheet.name, sheet.records, today)
    else:
        text = read_csv(data)
        parsed = ParsedFile(CsvImportResult(encoding=text.encoding, delimiter=text.delimiter))
        all_records = list(text.records)
        # A CSV file is told by its columns only: its name says nothing reliable.
        shown = filename.replace("\\", "/").rsplit("/", 1)[-1]
        _read_sheet(parsed, shown, all_records, today, by_name=False)
        if not parsed.sheets[-1].kind:
            # Neither youths nor history: report the youth columns that are missing.
            find_header(iter(all_records), COLUMNS)
    if parsed.row_count == 0:
        raise InputRejected(
            tr(
                _CTX,
                "Le fichier ne contient aucune ligne à importer (seulement des noms de "
                "colonnes ?). Rien n'a été importé.",
            )
        )
    parsed.rejected.sort(key=lambda r: (r.sheet, r.line))
    return parsed
