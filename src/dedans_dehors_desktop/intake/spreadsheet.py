"""A spreadsheet file to validated rows: read the file, find the header, parse the rows.

A later reader (a workbook) only has to produce ``reading.Record``s; the header and row
parsing below it do not change.
"""

from __future__ import annotations

from datetime import date

from .header import find_header
from .reading import read_csv
from .rows import CsvImportResult, read_rows

__all__ = ["parse_csv"]


def parse_csv(data: bytes, today: date) -> CsvImportResult:
    """Parse ``data`` (the file's bytes); ages and "not in the future" are judged at ``today``.

    Raises ``InputRejected`` when the file as a whole cannot be imported.
    """
    text = read_csv(data)
    header, records = find_header(text.records)
    result = CsvImportResult(
        encoding=text.encoding, delimiter=text.delimiter, header_line=header.line
    )
    read_rows(header, records, today, result)
    return result
