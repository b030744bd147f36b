"""Documents: the summary handed to the youth, the right-of-access export, the activity report
and its key figures, and the Mission Locale's identity printed on them.

Every function takes the open ``Store``; each one that shows case data to a person logs it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from ..core.errors import InputRejected
from ..core.i18n import tr
from ..core.paper_check import PaperCheck
from ..reports.access_export import AccessExport
from ..reports.access_export import export_access as _export_access
from ..reports.activity.audit import DisclosureError
from ..reports.activity.build import SECTION_KEYS
from ..reports.activity.export import FORMATS, Format, format_for, mode_for
from ..reports.activity.export import ExportResult as ReportExport
from ..reports.activity.export import export_report as _export_report
from ..reports.activity.keyfigures import KeyFigure, key_figures
from ..reports.activity.masking import (
    MAX_THRESHOLD,
    MIN_THRESHOLD,
    MODES,
    Mode,
    ShownReport,
    ShownTable,
    show_report,
)
from ..reports.activity.options import (
    OBJECTIVES,
    TEXT_LIMIT,
    ReportOptions,
    load_options,
    save_options,
)
from ..reports.activity.period import Period, Split, parse_report_date, parse_split
from ..reports.activity.tables import compute_report
from ..reports.summary_pdf import AddressForm, SummaryContent, render_summary
from ..reports.summary_review import ReviewLine, SummaryReview
from ..reports.summary_review import log_confirmed as _log_confirmed
from ..reports.summary_review import paper_check_for as _paper_check_for
from ..reports.summary_select import (
    StructureIdentity,
    SummaryOptions,
    default_documents,
)
from ..reports.summary_select import log_printed as _log_printed
from ..reports.summary_select import review_summary as _review_summary
from ..reports.summary_select import select_summary as _select_summary
from ..reports.summary_select import set_structure_identity as _set_structure_identity
from ..reports.summary_select import structure_identity as _structure_identity
from ..storage.files import atomic_write
from ..storage.repository import Repository
from ..storage.store import Store

__all__ = [
    "FORMATS",
    "MAX_THRESHOLD",
    "MIN_THRESHOLD",
    "MODES",
    "OBJECTIVES",
    "SECTION_KEYS",
    "TEXT_LIMIT",
    "AccessExport",
    "AddressForm",
    "DisclosureError",
    "Format",
    "KeyFigure",
    "Mode",
    "PaperCheck",
    "Period",
    "ReportExport",
    "ReportOptions",
    "ReviewLine",
    "ShownReport",
    "ShownTable",
    "Split",
    "StructureIdentity",
    "SummaryContent",
    "SummaryOptions",
    "SummaryReview",
    "activity_report",
    "confirm_held_line",
    "export_access",
    "export_activity_report",
    "format_for",
    "key_figures",
    "log_printed",
    "mode_for",
    "paper_check",
    "parse_report_date",
    "parse_split",
    "render_summary",
    "report_options",
    "review_summary",
    "rewrite_for_youth",
    "save_pdf",
    "save_report_options",
    "set_structure_identity",
    "structure_identity",
    "suggested_documents",
    "summary_content",
    "wording_to_rewrite",
    "write_summary",
]


# --- the summary handed to the youth ------------------------------------------------------------


def summary_content(
    store: Store, jeune_id: str, options: SummaryOptions | None = None
) -> SummaryContent:
    """What the summary shows (nothing the youth must not carry: see ``summary_select``)."""
    return _select_summary(store.db, jeune_id, options)


def review_summary(
    store: Store, jeune_id: str, options: SummaryOptions | None = None
) -> SummaryReview:
    """Every line of the summary, printed or held back with its reasons (never a silent drop)."""
    return _review_summary(store.db, jeune_id, options)


def paper_check(store: Store, jeune_id: str, today: date | None = None) -> PaperCheck:
    """The checks a line for the youth must pass (lexicon, names in the file, protected days):
    the same at entry as in the summary's review."""
    repo = Repository(store.db, today)
    with store.db.lock:
        return _paper_check_for(repo, repo.require("jeune", jeune_id))


def wording_to_rewrite(store: Store, line: ReviewLine) -> str:
    """The text to start a rewrite from: the youth's wording if written, else the label."""
    if line.table is None or line.record_id is None or not line.wording_field:
        return line.text
    with store.db.lock:
        record = store.repo.require(line.table, line.record_id)
    stored = record.get(line.wording_field)
    if isinstance(stored, str) and stored.strip():
        return stored
    if line.table == "action":
        return str(record.get("libelle") or "")
    if line.table == "partenaire":
        return str(record.get("nom") or "")
    return line.text


def rewrite_for_youth(store: Store, line: ReviewLine, text: str) -> bool:
    """Store the wording shown to the youth (the internal label is kept), through the write
    path; False when the line has no record to hold a wording."""
    if line.table is None or line.record_id is None or line.wording_field is None:
        return False
    with store.db.lock:
        store.repo.update(line.table, line.record_id, {line.wording_field: text})
    return True


def confirm_held_line(store: Store, jeune_id: str, line: ReviewLine) -> None:
    """The referent prints a held line as it is: logged in the access log (never its text)."""
    with store.db.lock:
        _log_confirmed(store.db, jeune_id, line)


def suggested_documents(
    store: Store, jeune_id: str, form: AddressForm = "tu", today: date | None = None
) -> tuple[str, ...]:
    """The documents to bring, suggested from the open barriers."""
    repo = Repository(store.db, today)
    with store.db.lock:
        return default_documents(repo, jeune_id, form)


def log_printed(store: Store, jeune_id: str) -> None:
    """The access log's line for a summary printed or saved."""
    _log_printed(store.db, jeune_id)


def write_summary(
    store: Store, jeune_id: str, path: Path, options: SummaryOptions | None = None
) -> SummaryContent:
    """Render the summary to a PDF file (atomically) and log it."""
    content = summary_content(store, jeune_id, options)
    atomic_write(path, render_summary(content))
    log_printed(store, jeune_id)
    return content


def structure_identity(store: Store) -> StructureIdentity:
    return _structure_identity(store.db)


def set_structure_identity(
    store: Store, *, address: str | None = None, phone: str | None = None
) -> StructureIdentity:
    return _set_structure_identity(store.db, address=address, phone=phone)


# --- the right of access ------------------------------------------------------------------------


def export_access(store: Store, jeune_id: str, folder: Path) -> AccessExport:
    """Everything held about one youth, as PDF and JSON, in ``folder`` (logged)."""
    return _export_access(store.db, jeune_id, folder)


# --- the activity report ------------------------------------------------------------------------


def activity_report(store: Store, period: Period, *, today: date | None = None) -> ShownReport:
    """The report's tables for ``period``, unmasked (for the screen of the office)."""
    return show_report(compute_report(store.db, period, today=today), masked=False)


def export_activity_report(
    store: Store,
    period: Period,
    path: Path,
    fmt: Format,
    *,
    split: Split | None = None,
    named_list: bool = False,
    mode: Mode | None = None,
    today: date | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> ReportExport:
    """Write the report to ``path``: masked and audited by default (``DisclosureError`` and
    nothing written when the audit cannot protect a cell), ``exact`` without names (restricted,
    logged) or ``nominatif`` (internal, logged)."""
    return _export_report(
        store.db,
        period,
        path,
        fmt,
        split=split,
        named_list=named_list,
        mode=mode,
        today=today,
        progress=progress,
    )


def report_options(store: Store, period: Period) -> ReportOptions:
    """The office's settings of the funders' report for a period (threshold, objectives…)."""
    return load_options(store.db, period)


def save_report_options(store: Store, year: int, options: ReportOptions) -> None:
    save_options(store.db, year, options)


# --- writing a printed document where the user chose --------------------------------------------


def save_pdf(target: Path, pdf: bytes) -> None:
    """Write ``pdf`` to ``target`` atomically, or say in French why not (nothing written)."""
    if target.is_dir():
        raise InputRejected(tr("Documents", "La destination doit être un fichier PDF."))
    if not target.parent.is_dir():
        raise InputRejected(tr("Documents", "Le dossier de destination n'existe pas."))
    try:
        atomic_write(target, pdf)
    except OSError as exc:
        raise InputRejected(
            tr("Documents", "Impossible d'écrire le fichier ({raison}).").format(
                raison=exc.strerror or type(exc).__name__
            )
        ) from None
