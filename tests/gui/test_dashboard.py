"""The dashboard: key figures and charts of the year, computed in the background; the report
export with its options; nothing personal on screen; hidden in the visiting room."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from pypdf import PdfReader
from PySide6.QtCharts import QAbstractBarSeries, QPieSeries
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication, QMessageBox

from dedans_dehors_desktop.gui.pages.dashboard import DashboardView
from dedans_dehors_desktop.services.documents import DisclosureError
from reports.test_activity_dataset import NAMES, Dataset, open_dataset

from .helpers import widget_texts

END_OF_2025 = date(2025, 12, 31)


@pytest.fixture
def data(tmp_path: Path) -> Iterator[Dataset]:
    yield from open_dataset(tmp_path / "store")


def make_view(qtbot: Any, data: Dataset, today: date = END_OF_2025) -> DashboardView:
    view = DashboardView(data.store, today=today)
    qtbot.addWidget(view)
    view.resize(1200, 900)
    view.show()
    qtbot.waitUntil(lambda: view.shown is not None, timeout=20_000)
    return view


def all_texts(view: DashboardView) -> str:
    return " ".join(
        t
        for w in [view, *view.findChildren(object)]
        if hasattr(w, "windowTitle")
        for t in widget_texts(w)
        if t
    )


def close_message_boxes() -> None:
    for w in QApplication.topLevelWidgets():
        if isinstance(w, QMessageBox):
            w.close()


def test_key_figures_of_the_year(qtbot: Any, data: Dataset) -> None:
    view = make_view(qtbot, data)
    figures = {card.label.text(): card.value.text() for card in view.cards}
    assert figures["Jeunes suivis"] == "6"
    assert figures["Nouveaux entrants"] == "5"
    assert figures["Sorties d'accompagnement"] == "4"
    assert figures["Contacts réalisés"] == "19"
    assert figures["Contacts intra-muros"] == "31,6\u00a0%"  # 6 of 19
    assert figures["Délai médian jusqu'au 1er entretien"] == "10,5 j"
    assert figures["Sorties sèches"] == "2"
    assert view.period_label.text() == "Année 2025, du 1er janvier au 31/12/2025"
    assert view.status.text() == "À jour"


def test_charts_are_filled(qtbot: Any, data: Dataset) -> None:
    view = make_view(qtbot, data)
    months = view.months_chart.chart().series()[0]
    assert isinstance(months, QAbstractBarSeries)
    values = [months.barSets()[0].at(i) for i in range(12)]
    assert values == [2, 3, 3, 2, 2, 3, 1, 2, 0, 1, 0, 0]
    pie = view.place_chart.chart().series()[0]
    assert isinstance(pie, QPieSeries)
    assert sorted(s.value() for s in pie.slices()) == [6, 13]
    results = view.results_chart.chart().series()[0]
    assert isinstance(results, QAbstractBarSeries)
    # Bottom to top: Qt draws the first category at the bottom, the table's order is kept.
    assert [results.barSets()[0].at(i) for i in range(4)] == [0, 1, 1, 2]


def test_no_name_on_screen(qtbot: Any, data: Dataset) -> None:
    view = make_view(qtbot, data)
    text = all_texts(view)
    assert "Jeunes suivis" in text
    for name in NAMES:
        assert name not in text


def test_refresh_recomputes_after_a_change(qtbot: Any, data: Dataset) -> None:
    view = make_view(qtbot, data)
    jid = data.youths["Golfzed"]
    data.store.repo.create(
        "actualite",
        {
            "jeune_id": jid,
            "date": "2025-11-02",
            "type": "entretien",
            "lieu": "spip",
            "presence": "present",
        },
    )
    with qtbot.waitSignal(view.refreshed, timeout=20_000):
        view.refresh_button.click()
    figures = {card.label.text(): card.value.text() for card in view.cards}
    assert figures["Jeunes suivis"] == "7"
    assert figures["Contacts réalisés"] == "20"


def test_export_masked_csv_with_a_split(qtbot: Any, data: Dataset, tmp_path: Path) -> None:
    view = make_view(qtbot, data, today=date(2026, 2, 1))
    # The current year to date by default (issue 14: it was the last full year).
    assert view.start_edit.date() == QDate(2026, 1, 1)
    assert view.end_edit.date() == QDate(2026, 2, 1)
    view.start_edit.setDate(QDate(2025, 1, 1))
    view.end_edit.setDate(QDate(2025, 12, 31))
    view.split_combo.setCurrentIndex(view.split_combo.findData("plie"))
    view.format_combo.setCurrentIndex(view.format_combo.findData("csv"))
    with qtbot.waitSignal(view.exported, timeout=20_000) as signal:
        view.export_to(tmp_path / "rapport")
    path = Path(signal.args[0])
    assert path == tmp_path / "rapport.csv"
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig")), delimiter=";"))
    entretien = next(r for r in rows if r[:1] == ["contacts_type"] and r[2] == "entretien")
    # Six youths: the audit masks the whole too ("11" and "7" would bound the "< 5").
    assert entretien[4:] == ["s", "", "< 5", "", "s", ""]
    assert "Rapport enregistré (masqué, pour les financeurs)" in view.export_status.text()
    close_message_boxes()
    log = data.store.db.conn.execute(
        "SELECT action, tbl, record_id FROM access_log WHERE tbl LIKE 'rapport%'"
    ).fetchall()
    assert [tuple(r) for r in log] == [("export", "rapport", "2025-01-01/2025-12-31")]


def access_log(data: Dataset) -> list[str]:
    return [
        r[0]
        for r in data.store.db.conn.execute(
            "SELECT tbl FROM access_log WHERE tbl LIKE 'rapport%' ORDER BY seq"
        )
    ]


def answer(box: QMessageBox | None, button: QMessageBox.StandardButton) -> None:
    assert box is not None and box.isVisible()
    box.button(button).click()


def test_the_three_outputs_are_plainly_named(qtbot: Any, data: Dataset) -> None:
    view = make_view(qtbot, data, today=date(2026, 2, 1))
    labels = {mode: b.text() for mode, b in view.mode_buttons.items()}
    assert labels == {
        "masque": "Masqué — pour les financeurs (par défaut)",
        "exact": "Exact sans noms — diffusion restreinte",
        "nominatif": "Liste nominative — usage interne",
    }
    assert view.mode == "masque"  # the default
    assert "secret statistique" in view.mode_note.text()
    view.mode_buttons["exact"].setChecked(True)
    assert "Diffusion restreinte" in view.mode_note.text()
    assert "journal d'accès" in view.mode_note.text()
    view.mode_buttons["nominatif"].setChecked(True)
    assert "noms des jeunes" in view.mode_note.text()


def test_export_exact_asks_says_it_is_logged_and_flags_the_pdf(
    qtbot: Any, data: Dataset, tmp_path: Path
) -> None:
    view = make_view(qtbot, data, today=date(2026, 2, 1))
    view.mode_buttons["exact"].setChecked(True)
    box = view.export_to(tmp_path / "exact.pdf")
    assert box is not None
    assert "journal d'accès" in box.text() and "sans aucun nom" in box.text()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
    assert not (tmp_path / "exact.pdf").exists()  # nothing before the answer
    with qtbot.waitSignal(view.exported, timeout=20_000):
        answer(box, QMessageBox.StandardButton.Yes)
    assert "exact sans noms, diffusion restreinte" in view.export_status.text()
    assert not view.export_progress.isVisible() and view.export_button.isEnabled()
    close_message_boxes()
    reader = PdfReader(tmp_path / "exact.pdf")
    pages = [page.extract_text() for page in reader.pages]
    # The flag on every page, and exact counts: no mask anywhere, no name.
    assert all("DIFFUSION RESTREINTE" in text for text in pages)
    text = "\n".join(pages)
    body = text.split("Annexe : définitions et méthode")[0]  # the annex explains the marks
    assert "< 5" not in body and " s " not in body
    for name in NAMES:
        assert name not in text
    assert access_log(data) == ["rapport_exact", "rapport"]


def test_declining_the_confirmation_writes_and_logs_nothing(
    qtbot: Any, data: Dataset, tmp_path: Path
) -> None:
    view = make_view(qtbot, data, today=date(2026, 2, 1))
    view.mode_buttons["nominatif"].setChecked(True)
    box = view.export_to(tmp_path / "nominatif.pdf")
    assert box is not None and "journal d'accès" in box.text()
    answer(box, QMessageBox.StandardButton.No)  # the answer is handled as the button is clicked
    assert view._export_worker is None
    assert not (tmp_path / "nominatif.pdf").exists()
    assert access_log(data) == []


def test_export_named_list_is_confirmed_and_logged(
    qtbot: Any, data: Dataset, tmp_path: Path
) -> None:
    view = make_view(qtbot, data, today=date(2026, 2, 1))
    view.start_edit.setDate(QDate(2025, 1, 1))  # the year of the dataset
    view.end_edit.setDate(QDate(2025, 12, 31))
    view.mode_buttons["nominatif"].setChecked(True)
    view.format_combo.setCurrentIndex(view.format_combo.findData("xlsx"))
    box = view.export_to(tmp_path / "nominatif.xlsx")
    with qtbot.waitSignal(view.exported, timeout=20_000):
        answer(box, QMessageBox.StandardButton.Yes)
        assert view.export_progress.isVisible() and not view.export_button.isEnabled()
    assert "liste nominative, usage interne" in view.export_status.text()
    close_message_boxes()
    book = openpyxl.load_workbook(tmp_path / "nominatif.xlsx")
    names = [r[0] for r in book["Liste nominative"].iter_rows(min_row=4, values_only=True)]
    assert "Alphazed" in names
    assert access_log(data) == ["rapport_liste_nominative", "rapport"]


def test_export_progress_follows_the_steps(qtbot: Any, data: Dataset, tmp_path: Path) -> None:
    view = make_view(qtbot, data, today=date(2026, 2, 1))
    seen: list[tuple[int, int]] = []
    view.export_progress.valueChanged.connect(
        lambda v: seen.append((v, view.export_progress.maximum()))
    )
    with qtbot.waitSignal(view.exported, timeout=20_000):
        view.export_to(tmp_path / "r.csv")
    assert seen and seen[-1] == (4, 4)
    assert [v for v, _ in seen] == sorted(v for v, _ in seen)
    close_message_boxes()


def test_a_disclosure_failure_is_shown_and_nothing_written(
    qtbot: Any, data: Dataset, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dedans_dehors_desktop.reports.activity import export

    def refuse(shown: object) -> None:  # the audit's verdict, as when a cell stays computable
        raise DisclosureError()

    monkeypatch.setattr(export, "verify", refuse)
    view = make_view(qtbot, data, today=date(2026, 2, 1))
    with qtbot.waitSignal(view.failed, timeout=20_000) as signal:
        view.export_to(tmp_path / "r.pdf")
    assert "Aucun fichier n'a été écrit" in signal.args[0]
    assert "aucun fichier n'a été écrit" in view.export_status.text()
    box = next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    )
    assert "secret statistique ne peut pas être garanti" in box.text()
    close_message_boxes()
    assert not (tmp_path / "r.pdf").exists()
    assert list(tmp_path.glob("r.pdf*")) == []
    assert access_log(data) == []
    assert view.export_button.isEnabled() and not view.export_progress.isVisible()


def test_export_refuses_a_reversed_period(qtbot: Any, data: Dataset, tmp_path: Path) -> None:
    view = make_view(qtbot, data)
    view.start_edit.setDate(QDate(2025, 6, 1))
    view.end_edit.setDate(QDate(2025, 1, 1))
    view.export_to(tmp_path / "r.pdf")
    qtbot.waitUntil(
        lambda: any(
            isinstance(w, QMessageBox) and w.isVisible() for w in QApplication.topLevelWidgets()
        ),
        timeout=5_000,
    )
    box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox))
    assert "précède" in box.text()
    close_message_boxes()
    assert not (tmp_path / "r.pdf").exists()


def test_split_choices_include_the_dispositifs(qtbot: Any, data: Dataset) -> None:
    view = make_view(qtbot, data)
    specs = [view.split_combo.itemData(i) for i in range(view.split_combo.count())]
    assert specs == [
        "",
        "plie",
        "financeur:FSE",
        "financeur:FIPD",
        "financeur:Ville",
        "financeur:SPIP",
        "dispositif:Dedans-Dehors",
        "dispositif:PACEA",
    ]


def test_hidden_in_the_visiting_room(qtbot: Any, data: Dataset) -> None:
    view = make_view(qtbot, data)
    view.set_parloir(True)
    assert view.stack.currentIndex() == 1
    view.set_parloir(False)
    assert view.stack.currentIndex() == 0
