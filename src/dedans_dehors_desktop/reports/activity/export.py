"""Producing a report file: compute, mask and audit (unless exact figures are asked for),
render, write, and record it in the access log. The one entry point for the command line and
the GUI.

Three outputs, plainly named: ``masque`` (for the funders, the default), ``exact`` (every count,
no name: "diffusion restreinte" on every page and sheet, logged) and ``nominatif`` (every count
and the named list: internal, logged)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Literal

from ...core.errors import UserError
from ...core.i18n import tr
from ...storage.database import Database
from ...storage.files import atomic_write
from .audit import verify
from .masking import MODES, Mode, ShownReport, show_report
from .model import ActivityReport
from .options import ReportOptions, apply_options, load_options
from .period import Period, Split
from .tables import compute_report

_CTX = "Rapport d'activité"

Format = Literal["pdf", "xlsx", "csv"]
FORMATS: tuple[Format, ...] = ("pdf", "xlsx", "csv")

# Access-log "tables" of the two kinds of export (the record id is the period, never content).
LOG_REPORT = "rapport"
LOG_NAMED_LIST = "rapport_liste_nominative"
LOG_EXACT = "rapport_exact"
STEPS = 4  # figures, masking and audit, rendering, writing


@dataclass(frozen=True)
class ExportResult:
    path: Path
    format: Format
    masked_cells: int
    named: int
    report: ActivityReport
    mode: Mode = "masque"


def format_for(path: Path, requested: str | None = None) -> Format:
    """The format asked for, or the one the file name implies (PDF by default)."""
    value = (requested or path.suffix.lstrip(".") or "pdf").lower()
    for fmt in FORMATS:
        if fmt == value:
            return fmt
    raise UserError(tr(_CTX, "Format inconnu : choisissez pdf, xlsx ou csv."))


def mode_for(text: str) -> Mode:
    for mode in MODES:
        if mode == text:
            return mode
    raise UserError(tr(_CTX, "Sortie inconnue : choisissez masque, exact ou nominatif."))


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
    mode: Mode | None = None,
    today: date | None = None,
    options: ReportOptions | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> ExportResult:
    """Write the report for ``period`` to ``path``.

    ``masque`` (the default): small counts are masked and the audit checks, on the cells as
    printed, that none can be recovered or bounded — otherwise ``DisclosureError`` and nothing
    is written. ``exact`` shows every count without any name; ``nominatif`` (or ``named_list``)
    adds the youths by name. Both get their own line in the access log, written as soon as the
    figures have been read, even if writing the file fails later. ``progress(done, total)``
    follows the four steps: figures, masking and audit, rendering, writing.
    """

    def step(done: int) -> None:
        if progress is not None:
            progress(done, STEPS)

    mode = mode or ("nominatif" if named_list else "masque")
    if not path.parent.is_dir():
        raise UserError(tr(_CTX, "Le dossier de destination n'existe pas."))
    options = options or load_options(db, period)
    step(0)
    report = compute_report(db, period, split, named_list=mode == "nominatif", today=today)
    report = apply_options(db, report, options)
    step(1)
    if mode == "nominatif":
        db.log("export", LOG_NAMED_LIST, period.key)
    elif mode == "exact":
        db.log("export", LOG_EXACT, period.key)
    shown = show_report(report, masked=mode == "masque", threshold=options.threshold)
    if shown.masked:
        verify(shown)  # on what is printed, independently of how the masks were chosen
    step(2)
    data = render(shown, fmt)
    step(3)
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
    step(STEPS)
    return ExportResult(path, fmt, shown.masked_cells, len(report.named), report, mode)
