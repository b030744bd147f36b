"""Document and session services on a real store: PDFs parsed back, files on disk, the access
log's lines for what a person saw or printed."""

from __future__ import annotations

import csv
from datetime import date
from io import BytesIO
from pathlib import Path

from pypdf import PdfReader

from dedans_dehors_desktop.services import casework, documents, exchange, queries, session, settings
from dedans_dehors_desktop.storage.store import Store

TODAY = date.today()


def log_actions(store: Store, action: str) -> list[str]:
    rows = store.db.conn.execute(
        "SELECT record_id FROM access_log WHERE action = ? ORDER BY seq", (action,)
    )
    return [r[0] for r in rows]


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(BytesIO(data)).pages)


def test_summary_written_and_logged(store: Store, tmp_path: Path) -> None:
    casework.add_demo(store, 5, seed=2, today=TODAY)
    row = queries.youth_rows(store)[0]
    documents.set_structure_identity(
        store, address="1 rue de la Paix, Rennes", phone="02 99 00 00 00"
    )
    assert documents.structure_identity(store).phone == "02 99 00 00 00"
    target = tmp_path / "recap.pdf"
    content = documents.write_summary(store, row.id, target, documents.SummaryOptions())
    text = pdf_text(target.read_bytes())
    assert row.prenoms.split()[0] in text
    assert "02 99 00 00 00" in text
    assert content.structure_address == "1 rue de la Paix, Rennes"
    assert log_actions(store, "impression") == [row.id]
    assert isinstance(documents.suggested_documents(store, row.id, "vous", TODAY), tuple)


def test_access_export(store: Store, tmp_path: Path) -> None:
    casework.add_demo(store, 3, seed=4, today=TODAY)
    row = queries.youth_rows(store)[0]
    result = documents.export_access(store, row.id, tmp_path / "acces")
    assert result.pdf.is_file() and result.json.is_file()
    assert row.nom in pdf_text(result.pdf.read_bytes())
    assert log_actions(store, "export") == [row.id]


def test_activity_report(store: Store, tmp_path: Path) -> None:
    casework.add_demo(store, 40, seed=6, today=TODAY)
    period = documents.Period.year_to_date(TODAY)
    shown = documents.activity_report(store, period, today=TODAY)
    assert not shown.masked and shown.tables
    assert documents.key_figures(shown)
    path = tmp_path / "rapport.csv"
    result = documents.export_activity_report(
        store, period, path, documents.format_for(path), today=TODAY
    )
    assert result.path == path
    with path.open(encoding="utf-8-sig", newline="") as f:
        assert len(list(csv.reader(f, delimiter=";"))) > 10


def test_session_and_settings(store_factory: session.Store) -> None:
    store = store_factory(role="office")
    assert (session.user(store), session.role(store)) == ("referent", "office")
    assert session.structure_name(store) == "Mission Locale de test"
    assert session.users(store) == ["referent"]
    settings.set_settings(store, {"cle": "valeur"})
    assert settings.get_setting(store, "cle") == "valeur"
    settings.set_settings(store, {"cle": None})
    assert settings.get_setting(store, "cle") is None
    identity = exchange.ensure_identity(store)
    assert exchange.own_label(store) and identity.device_id
    assert exchange.list_conflicts(store) == []
