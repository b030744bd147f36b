"""Importing youths from a spreadsheet (CSV): read and check every row first (nothing written),
then write all the accepted rows in one transaction through the one write path, or none."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ..core.errors import UserError
from ..core.i18n import tr
from ..intake import CsvImportResult, ImportOutcome, apply_csv, format_report, parse_csv
from ..storage.store import Store

__all__ = ["CsvImportResult", "ImportOutcome", "format_report", "import_rows", "read_csv"]


def read_csv(path: Path, today: date | None = None) -> CsvImportResult:
    """Read and check a spreadsheet; the rejected rows are in the result, explained by
    ``format_report``."""
    try:
        data = path.read_bytes()
    except OSError:
        raise UserError(
            tr("Import", "impossible de lire le fichier « {fichier} ».").format(fichier=path)
        ) from None
    return parse_csv(data, today or date.today())


def import_rows(store: Store, result: CsvImportResult) -> ImportOutcome:
    """Write every row (a rejected row refuses the whole file: nothing is written)."""
    return apply_csv(store.repo, result)
