"""Producing a report file: compute, mask (unless the named list is asked for), render, write,
and record it in the access log. The one entry point for the command line and the GUI."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Literal

from ...core.errors import UserError
from ...core.i18n import tr
from ...storage.database import Database
from ...storage.files import atomic_write
from .masking import ShownReport, show_report
from .model import ActivityReport
from .period import Period, Split
from .tables import compute_report

_CTX = "Rapport d'activité"

Format = Literal["pdf", "xlsx", "csv"]
FORMATS: tuple[Format, ...] = ("pdf", "xlsx", "csv")

# Access-log "tables" of the two kinds of export (the record id is the period, never content).
LOG_REPORT = "rapport"
LOG_NAMED_LIST = "rapport_liste_nominative"


@dataclass(frozen=True)
class ExportResult:
    path: Path
    format: Format
    masked_cells: int
    named: int
    report: ActivityReport


def format_for(path: Path, requested: str | None = None) -> Format:
    """The format asked for, or the one the file name implies (PDF by default)."""
    value = (requested or path.suffix.lstrip(".") or "pdf").lower()
    for fmt in FORMATS:
        if fmt == value:
            return fmt
    raise UserError(tr(_CTX, "Format inconnu : choisissez pdf, xlsx ou csv."))


def render(shown: ShownReport, fmt: Format) -> bytes:
    if fmt == "pdf":
        from .pdf import render_pdf

        return render_pdf(shown)
    from .spreadsheet import render_csv, render_xlsx

    return render_xlsx(shown) if fmt == "xlsx" else render_csv(shown)


def export_report(
    db: Database,
    period: Period,
    path: Path,
    fmt: Format,
    *,
    split: Split | None = None,
    named_list: bool = False,
    today: date | None = None,
) -> ExportResult:
    """Write the report for ``period`` to ``path``.

    Small counts are masked unless ``named_list`` is set: then every count is shown and the
    youths concerned are listed by name, a request that gets its own line in the access log
    (written as soon as the names have been read, even if writing the file fails later).
    """
    if not path.parent.is_dir():
        raise UserError(tr(_CTX, "Le dossier de destination n'existe pas."))
    report = compute_report(db, period, split, named_list=named_list, today=today)
    if named_list:
        db.log("export", LOG_NAMED_LIST, period.key)
    shown = show_report(report, masked=not named_list)
    data = render(shown, fmt)
    try:
        atomic_write(path, data)
    except OSError:
        raise UserError(
            tr(
                _CTX,
                "Impossible d'écrire le fichier du rapport (droits, "
                "espace disque ?). Rien n'a été exporté.",
            )
        ) from None
    db.log("export", LOG_REPORT, period.key)
    return ExportResult(path, fmt, shown.masked_cells, len(report.named), report)
