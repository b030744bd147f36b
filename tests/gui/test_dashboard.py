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
from PySide6.QtCharts import QAbstractBarSeries, QPieSeries
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication, QMessageBox

from dedans_dehors_desktop.gui.pages.dashboard import DashboardView
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
    assert "Rapport enregistré" in view.export_status.text()
    close_message_boxes()
    log = data.store.db.conn.execute(
        "SELECT action, tbl, record_id FROM access_log WHERE tbl LIKE 'rapport%'"
    ).fetchall()
    assert [tuple(r) for r in log] == [("export", "rapport", "2025-01-01/2025-12-31")]


def test_export_named_list_is_explicit_and_logged(
    qtbot: Any, data: Dataset, tmp_path: Path
) -> None:
    view = make_view(qtbot, data, today=date(2026, 2, 1))
    view.start_edit.setDate(QDate(2025, 1, 1))  # the year of the dataset
    view.end_edit.setDate(QDate(2025, 12, 31))
    assert not view.named_warning.isVisible()
    view.named_check.setChecked(True)
    assert view.named_warning.isVisible()
    view.format_combo.setCurrentIndex(view.format_combo.findData("xlsx"))
    with qtbot.waitSignal(view.exported, timeout=20_000):
        view.export_to(tmp_path / "nominatif.xlsx")
    close_message_boxes()
    book = openpyxl.load_workbook(tmp_path / "nominatif.xlsx")
    names = [r[0] for r in book["Liste nominative"].iter_rows(min_row=4, values_only=True)]
    assert "Alphazed" in names
    tables = [
        tuple(r)
        for r in data.store.db.conn.execute(
            "SELECT tbl FROM access_log WHERE tbl LIKE 'rapport%' ORDER BY seq"
        )
    ]
    assert tables == [("rapport_liste_nominative",), ("rapport",)]


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
