"""The export's outputs: the JSON file, and writing both files where the person asked."""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from ...core.errors import UserError
from ...core.i18n import tr
from ...storage.database import Database
from ...storage.files import atomic_write
from .collect import collect_access_data
from .pdf import render_access_pdf

__all__ = ["AccessExport", "export_access", "export_file_names", "to_json_bytes"]

_CTX = "Droit d'accès"


def to_json_bytes(data: Mapping[str, Any]) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


@dataclass(frozen=True)
class AccessExport:
    pdf: Path
    json: Path
    records: int
    log_lines: int


def export_file_names(jeune_id: str, day: date) -> tuple[str, str]:
    """Names chosen by the app, never from case data: no name of the person in a file listing."""
    short = "".join(ch for ch in jeune_id if ch.isalnum())[:8] or "jeune"
    stem = f"acces-{short}-{day.isoformat()}"
    return f"{stem}.pdf", f"{stem}.json"


def _count_records(data: Mapping[str, Any]) -> int:
    sections: Iterable[Mapping[str, Any]] = data["fiches"]
    return sum(len(section["enregistrements"]) for section in sections)


def export_access(
    db: Database, jeune_id: str, out_dir: Path, *, now: datetime | None = None
) -> AccessExport:
    """Write the PDF and the JSON into ``out_dir`` (created 0700 if missing), then log the export.

    Each file is written atomically with permissions 0600; an existing export of the same youth
    on the same day is replaced.
    """
    now = now or datetime.now(UTC)
    data = collect_access_data(db, jeune_id, now=now)
    pdf = render_access_pdf(data)
    payload = to_json_bytes(data)
    out_dir = Path(out_dir)
    if out_dir.exists() and not out_dir.is_dir():
        raise UserError(tr(_CTX, "La destination n'est pas un dossier."))
    try:
        out_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        pdf_name, json_name = export_file_names(jeune_id, now.astimezone().date())
        pdf_path, json_path = out_dir / pdf_name, out_dir / json_name
        atomic_write(pdf_path, pdf)
        atomic_write(json_path, payload)
        if os.name == "posix":
            # atomic_write creates 0600 files; an older file it replaced kept nothing of its mode,
            # but say it explicitly: this is case data in clear.
            os.chmod(pdf_path, 0o600)
            os.chmod(json_path, 0o600)
    except OSError as exc:
        raise UserError(
            tr(_CTX, "Impossible d'écrire l'export dans ce dossier ({raison}).").format(
                raison=exc.strerror or type(exc).__name__
            )
        ) from None
    db.log("export", "jeune", jeune_id)
    return AccessExport(pdf_path, json_path, _count_records(data), len(data["journal_acces"]))
