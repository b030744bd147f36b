"""The report's settings, entered at the office from the dashboard: saved through the services,
read back by the export (the PDF is parsed back), refused whole when a value is wrong, hidden on
a laptop, and within a 1366×768 screen."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, QPoint, QRect
from PySide6.QtWidgets import QApplication, QMessageBox

from dedans_dehors_desktop.gui.dialogs.report_settings import ReportSettingsDialog
from dedans_dehors_desktop.gui.pages.dashboard import DashboardView
from dedans_dehors_desktop.services.documents import Period, report_options
from dedans_dehors_desktop.storage.store import Store
from reports.test_activity_dataset import Dataset, open_dataset

from .helpers import type_text

TODAY = date(2026, 2, 1)
SCREEN = QRect(0, 0, 1366, 768)


@pytest.fixture
def data(tmp_path: Path) -> Iterator[Dataset]:
    yield from open_dataset(tmp_path / "store")


def make_view(qtbot: Any, store: Store) -> DashboardView:
    view = DashboardView(store, today=TODAY)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    qtbot.waitUntil(lambda: view.shown is not None, timeout=20_000)
    # The dataset's year (the period opens on the current year to date).
    view.start_edit.setDate(QDate(2025, 1, 1))
    view.end_edit.setDate(QDate(2025, 12, 31))
    return view


def open_dialog(qtbot: Any, view: DashboardView) -> ReportSettingsDialog:
    view.settings_button.click()
    dialog = next(
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, ReportSettingsDialog) and w.isVisible()
    )
    return dialog


def close_message_boxes() -> None:
    for w in QApplication.topLevelWidgets():
        if isinstance(w, QMessageBox):
            w.close()


def test_settings_saved_and_printed_in_the_report(
    qtbot: Any, data: Dataset, tmp_path: Path
) -> None:
    view = make_view(qtbot, data.store)
    assert view.settings_button.isVisible()
    dialog = open_dialog(qtbot, view)
    assert dialog.year.value() == 2025  # the year of the export period
    assert dialog.threshold.value() == 5  # the default
    assert dialog.threshold.minimum() == 3 and dialog.threshold.maximum() == 20
    assert not dialog.cumulative_from.isEnabled()
    # One field per objective and per section; one comparison per table of the report.
    assert set(dialog.objectives) == {
        "jeunes_suivis",
        "nouveaux_entrants",
        "entrants_femmes",
        "entrants_qpv",
        "contacts",
        "entrees_situation",
        "jeunes_situation",
        "amenagements",
    }
    assert set(dialog.texts) == {
        "objectifs",
        "populations",
        "public",
        "activite",
        "resultats",
        "justice",
    }
    assert "sexe" in dialog.references and "amenagements_accordes" in dialog.references

    dialog.threshold.setValue(6)
    dialog.omit_empty.setChecked(True)
    dialog.cumulative_on.setChecked(True)
    dialog.cumulative_from.setDate(QDate(2024, 1, 1))
    dialog.objectives["nouveaux_entrants"].setValue(12)
    dialog.objectives["contacts"].setValue(40)
    dialog.references["sexe"].setValue(2340)
    type_text(dialog.texts["activite"], "Permanence hebdomadaire au quartier mineurs.")
    with qtbot.waitSignal(dialog.saved) as signal:
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert signal.args == [2025]
    assert dialog.result() == dialog.DialogCode.Accepted

    options = report_options(data.store, Period.year(2025))
    assert options.threshold == 6
    assert options.omit_empty
    assert options.cumulative_from == date(2024, 1, 1)
    assert options.objectives == {"nouveaux_entrants": 12, "contacts": 40}
    assert options.references == {"sexe": 2340}
    assert options.texts == {"activite": "Permanence hebdomadaire au quartier mineurs."}
    # The other year's own settings are untouched.
    assert report_options(data.store, Period.year(2024)).objectives == {}

    with qtbot.waitSignal(view.exported, timeout=30_000):
        view.export_to(tmp_path / "rapport.pdf")
    close_message_boxes()
    text = "\n".join(p.extract_text() for p in PdfReader(tmp_path / "rapport.pdf").pages)
    text = " ".join(text.split())
    assert "Objectifs de l'année et réalisation" in text
    assert "Permanence hebdomadaire au quartier mineurs." in text
    assert "< 6" in text and "< 5" not in text  # the threshold chosen
    assert "2 340" in text or "2\u202f340" in text or "2\u00a0340" in text


def test_a_wrong_value_is_refused_and_nothing_changes(qtbot: Any, data: Dataset) -> None:
    view = make_view(qtbot, data.store)
    dialog = open_dialog(qtbot, view)
    dialog.objectives["contacts"].setValue(40)
    dialog.texts["public"].setPlainText("x" * 1201)
    dialog.save()
    qtbot.waitUntil(
        lambda: any(
            isinstance(w, QMessageBox) and w.isVisible() for w in QApplication.topLevelWidgets()
        ),
        timeout=5_000,
    )
    box = next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    )
    assert "dépasse 1200 caractères" in box.text()
    close_message_boxes()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert report_options(data.store, Period.year(2025)) == report_options(
        data.store, Period.year(1999)
    )  # nothing stored: the defaults for every year
    assert report_options(data.store, Period.year(2025)).objectives == {}


def test_changing_the_year_shows_that_years_settings(qtbot: Any, data: Dataset) -> None:
    view = make_view(qtbot, data.store)
    dialog = open_dialog(qtbot, view)
    dialog.objectives["contacts"].setValue(40)
    dialog.texts["justice"].setPlainText("Convention avec le SPIP.")
    dialog.save()
    dialog = open_dialog(qtbot, view)
    assert dialog.objectives["contacts"].value() == 40
    dialog.year.setValue(2024)
    assert dialog.objectives["contacts"].value() == 0
    assert dialog.objectives["contacts"].text() == "—"
    assert dialog.texts["justice"].toPlainText() == ""
    dialog.objectives["contacts"].setValue(30)
    dialog.save()
    assert report_options(data.store, Period.year(2024)).objectives == {"contacts": 30}
    assert report_options(data.store, Period.year(2025)).objectives == {"contacts": 40}


def test_hidden_on_a_laptop(qtbot: Any, store: Store) -> None:
    assert store.db.role == "laptop"
    view = make_view(qtbot, store)
    assert not view.settings_button.isVisible()
    assert view.export_button.isVisible()


def test_fits_a_1366_by_768_screen(qtbot: Any, data: Dataset, tmp_path: Path) -> None:
    view = make_view(qtbot, data.store)
    dialog = open_dialog(qtbot, view)
    assert dialog.width() <= SCREEN.width() and dialog.height() <= SCREEN.height() - 60
    for i in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(i)
        QApplication.processEvents()
        for button in dialog.buttons.buttons():
            assert button.isVisible()
            corner = button.mapTo(dialog, QPoint(button.width(), button.height()))
            assert dialog.rect().contains(corner)
        if os.environ.get("DD_SCREENSHOTS"):
            dialog.grab().save(str(Path(os.environ["DD_SCREENSHOTS"]) / f"reglages-{i}.png"))
    if os.environ.get("DD_SCREENSHOTS"):
        view.grab().save(str(Path(os.environ["DD_SCREENSHOTS"]) / "tableau-de-bord.png"))
