"""Reading an Excel workbook (.xlsx): each sheet's rows as ``reading.Record``s.

Cells come out as the text a CSV export would hold: dates as jj/mm/aaaa, times as hh:mm, whole
numbers without ".0", so that the header and row parsing do not know the file was a workbook.
A file that is not a readable workbook is refused whole; so is one that expands beyond
``MAX_EXPANDED`` (a "zip bomb") before anything is parsed.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

from ..core.errors import InputRejected
from ..core.i18n import tr
from .reading import MAX_BYTES, Record

__all__ = ["MAX_EXPANDED", "Sheet", "cell_text", "is_workbook", "read_xlsx"]

MAX_EXPANDED = 200 * 1024 * 1024
MAX_SHEET_ROWS = 100_001
MAX_COLUMNS = 200

_CTX = "CsvImport"


@dataclass(frozen=True)
class Sheet:
    name: str
    records: list[Record]


def is_workbook(data: bytes) -> bool:
    return data.startswith(b"PK\x03\x04")


def cell_text(value: Any) -> str:
    """A cell's value as the text of a CSV export."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "oui" if value else "non"
    if isinstance(value, datetime):
        if value.time() == time(0, 0):
            return value.strftime("%d/%m/%Y")
        if value.date() == date(1899, 12, 30):  # a time alone, as Excel stores it
            return value.strftime("%H:%M")
        return value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, time):
        return value.strftime("%H:%M")
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return str(value)


def _refused(detail: str) -> InputRejected:
    return InputRejected(detail + " " + tr(_CTX, "Rien n'a été importé."))


def read_xlsx(data: bytes) -> list[Sheet]:
    """Every visible sheet of the workbook, with its non-empty rows numbered as Excel shows."""
    if len(data) > MAX_BYTES:
        raise _refused(
            tr(_CTX, "Le fichier est trop volumineux ({size} Mo ; {limit} Mo au maximum).").format(
                size=len(data) // (1024 * 1024), limit=MAX_BYTES // (1024 * 1024)
            )
        )
    unreadable = tr(
        _CTX,
        "Ce classeur ne peut pas être lu (fichier abîmé, protégé par un mot de passe ou "
        "d'un format autre que .xlsx). Enregistrez-le au format « Classeur Excel (.xlsx) » "
        "ou en CSV.",
    )
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            expanded = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, ValueError, OSError):
        raise _refused(unreadable) from None
    if expanded > MAX_EXPANDED:
        raise _refused(tr(_CTX, "Le classeur est trop volumineux une fois décompressé."))
    import openpyxl  # type: ignore[import-untyped]  # only an import of a workbook needs it

    try:
        book = openpyxl.load_workbook(
            io.BytesIO(data), read_only=True, data_only=True, keep_links=False
        )
    except Exception:  # openpyxl raises many kinds for a damaged file; all mean "unreadable"
        raise _refused(unreadable) from None
    sheets: list[Sheet] = []
    try:
        for worksheet in book.worksheets:
            if getattr(worksheet, "sheet_state", "visible") != "visible":
                continue
            records: list[Record] = []
            for number, row in enumerate(
                worksheet.iter_rows(values_only=True, max_col=MAX_COLUMNS), start=1
            ):
                cells = [cell_text(v) for v in row]
                while cells and not cells[-1].strip():
                    cells.pop()
                if not cells:
                    continue
                if len(records) >= MAX_SHEET_ROWS:
                    raise _refused(
                        tr(_CTX, "La feuille « {sheet} » compte trop de lignes.").format(
                            sheet=worksheet.title
                        )
                    )
                records.append(Record(number, number, cells))
            sheets.append(Sheet(str(worksheet.title), records))
    except InputRejected:
        raise
    except Exception:
        raise _refused(unreadable) from None
    finally:
        book.close()
    return sheets
