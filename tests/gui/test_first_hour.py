"""What a new user meets in the first hour: À propos, window titles and icon, the demo login,
the set-up assistant's last page, an empty dashboard, the Synchronisation page before enrolment."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCharts import QBarCategoryAxis, QPieSeries, QValueAxis
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QPlainTextEdit, QToolButton, QWizard

from dedans_dehors_desktop.about import about_text
from dedans_dehors_desktop.gui.app import APP_NAME, DESKTOP_FILE_NAME
from dedans_dehors_desktop.gui.lock.setup_wizard import SetupWizard
from dedans_dehors_desktop.gui.pages.dashboard import DashboardView, _month_abbr, integer_scale
from dedans_dehors_desktop.gui.pages.sync_view import TAB_DEVICES, TAB_EXCHANGES, SyncView
from dedans_dehors_desktop.gui.shell.about_dialog import AboutDialog
from dedans_dehors_desktop.gui.shell.demo_session import (
    DEMO_PASSPHRASE,
    DEMO_USER,
    build_demo_store,
)
from dedans_dehors_desktop.gui.shell.help_dialog import HelpDialog
from dedans_dehors_desktop.gui.shell.main_window import PAGE_SYNC, MainWindow
from dedans_dehors_desktop.gui.shell.settings import AppSettings

from .conftest import light_kdf, make_store, open_window
from .helpers import type_text

STRONG = "Le parloir du mardi ouvre à neuf heures trente"
ROOT = Path(__file__).resolve().parents[2]


def _dialogs(kind: type[QDialog]) -> list[QDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


# --- 1, 2. À propos, icon, desktop file ---------------------------------------------------------


def test_about_from_the_help_menu_and_the_help_dialog(qtbot: Any, data_dir: Path) -> None:
    make_store(data_dir).close()
    window = open_window(data_dir, qtbot)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    assert not app.windowIcon().isNull() and not window.windowIcon().isNull()
    assert app.desktopFileName() == DESKTOP_FILE_NAME
    desktop = (ROOT / "installers" / "linux" / f"{DESKTOP_FILE_NAME}.desktop").read_text()
    assert "[Desktop Entry]" in desktop

    # Aide → À propos, also on the unlock screen (the toolbar is hidden while locked).
    assert window.about_action in window.help_action.menu().actions()
    window.about_action.trigger()
    (about,) = _dialogs(AboutDialog)
    text = about.findChild(QPlainTextEdit, "aboutText")
    assert text.toPlainText() == about_text()  # plain text: no markup interpreted
    assert "EUPL-1.2" in text.toPlainText() and "SQLCipher" in text.toPlainText()
    assert not about.findChild(QLabel, "aboutIcon").pixmap().isNull()
    about.reject()

    window.show_help()
    (help_dialog,) = _dialogs(HelpDialog)
    help_dialog.about_button.click()
    assert len(_dialogs(AboutDialog)) == 1
    help_dialog.reject()


def test_the_help_button_has_a_menu(session: Any) -> None:
    window, _store, _jeune = session
    button = window.toolbar.widgetForAction(window.help_action)
    assert isinstance(button, QToolButton)
    assert button.popupMode() == QToolButton.ToolButtonPopupMode.MenuButtonPopup
    menu = button.defaultAction().menu()
    assert [a.objectName() for a in menu.actions() if a.objectName()] == [
        "shortcutsAction",
        "aboutAction",
    ]


# --- 3. Titles ----------------------------------------------------------------------------------


def test_titles_do_not_repeat_the_application_name(qtbot: Any, data_dir: Path) -> None:
    # Qt appends the application's display name itself ("Verrouillé — Dedans-Dehors").
    wizard = SetupWizard(data_dir, kdf=light_kdf())
    qtbot.addWidget(wizard)
    assert APP_NAME not in wizard.windowTitle() and wizard.windowTitle()
    store = make_store(data_dir)
    window = open_window(data_dir, qtbot, store)
    assert window.windowTitle() == "Mission Locale de Test (Portable)"
    window.lock()
    assert window.windowTitle() == "Verrouillé"
    for w in QApplication.topLevelWidgets():
        assert APP_NAME not in w.windowTitle(), w.windowTitle()


# --- 4. The demo login --------------------------------------------------------------------------


def test_demo_unlock_shows_user_and_passphrase(qtbot: Any, data_dir: Path) -> None:
    build_demo_store(data_dir, youths=3, kdf=light_kdf(), today=date.today())
    window = MainWindow(
        data_dir,
        AppSettings(data_dir),
        demo_passphrase=DEMO_PASSPHRASE,
        demo_user=DEMO_USER,
        watch_os_lock=False,
    )
    qtbot.addWidget(window)
    window.show()
    page = window.unlock_page
    shown = {
        label.objectName(): label.text()
        for label in page.findChildren(type(window.session_label))
        if label.objectName().startswith("demo")
    }
    assert shown == {"demoUser": DEMO_USER, "demoPassphrase": DEMO_PASSPHRASE}
    assert page.user.text() == DEMO_USER  # prefilled: only the passphrase to type
    assert page.passphrase.hasFocus() or not window.isActiveWindow()
    type_text(page.passphrase, DEMO_PASSPHRASE)
    with qtbot.waitSignal(window.unlocked, timeout=10_000):
        qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
    assert window.store.db.user == DEMO_USER


# --- 5. The set-up assistant cannot go back once the store exists -------------------------------


def _to_creation(qtbot: Any, wizard: SetupWizard) -> None:
    wizard.show()
    qtbot.keyClicks(wizard.role_page.structure, "Mission Locale du Pays de Rennes")
    wizard.next()
    qtbot.keyClicks(wizard.pass_page.user, "Camille Martin")
    type_text(wizard.pass_page.passphrase, STRONG)
    type_text(wizard.pass_page.confirm, STRONG)
    wizard.next()


def test_no_going_back_once_the_store_is_created(qtbot: Any, data_dir: Path) -> None:
    wizard = SetupWizard(data_dir, kdf=light_kdf())
    qtbot.addWidget(wizard)
    back = wizard.button(QWizard.WizardButton.BackButton)
    _to_creation(qtbot, wizard)
    assert wizard.currentPage() is wizard.creation_page
    qtbot.waitUntil(wizard.creation_page.isComplete, timeout=20_000)
    assert not back.isEnabled()
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    store, wizard.store = wizard.store, None
    assert store is not None
    store.close()


def test_going_back_stays_possible_when_the_creation_fails(qtbot: Any, data_dir: Path) -> None:
    make_store(data_dir).close()  # a store already there: the creation refuses
    wizard = SetupWizard(data_dir, kdf=light_kdf())
    qtbot.addWidget(wizard)
    back = wizard.button(QWizard.WizardButton.BackButton)
    _to_creation(qtbot, wizard)
    qtbot.waitUntil(lambda: "arrière" in wizard.creation_page.status.text(), timeout=20_000)
    assert back.isEnabled()
    assert not wizard.creation_page.isComplete()
    assert wizard.store is None


# --- 6. An empty dashboard ----------------------------------------------------------------------


@given(st.floats(min_value=0, max_value=1e7, allow_nan=False))
def test_integer_scale(largest: float) -> None:
    top, ticks = integer_scale(largest)
    intervals = ticks - 1
    assert top >= max(4, largest)
    assert 2 <= ticks <= 7
    step = top // intervals
    assert step * intervals == top  # every tick is a whole number
    assert str(step).strip("0") in ("1", "2", "5")


def test_empty_dashboard_has_whole_ticks_and_short_months(qtbot: Any, data_dir: Path) -> None:
    store = make_store(data_dir)
    try:
        view = DashboardView(store, today=date(2026, 12, 31))
        qtbot.addWidget(view)
        view.resize(1100, 900)
        view.show()
        qtbot.waitUntil(lambda: view.shown is not None, timeout=20_000)
        for chart_view in (view.months_chart, view.age_chart, view.results_chart):
            (axis,) = [a for a in chart_view.chart().axes() if isinstance(a, QValueAxis)]
            assert (axis.min(), axis.max(), axis.tickCount()) == (0, 4, 5)
            assert axis.labelFormat() == "%d"
        (pie,) = view.place_chart.chart().series()
        assert isinstance(pie, QPieSeries)
        assert [part.label() for part in pie.slices()] == ["Aucun contact sur la période"]
        months = [a for a in view.months_chart.chart().axes() if isinstance(a, QBarCategoryAxis)]
        assert months[0].categories()[:3] == ["janv.", "févr.", "mars"]
        assert not months[0].truncateLabels()
        assert [_month_abbr(f"2026-{m:02d}") for m in (1, 2, 6, 7, 12)] == [
            "janv.",
            "févr.",
            "juin",
            "juil.",
            "déc.",
        ]
    finally:
        store.close()


# --- 7. Synchronisation before enrolment --------------------------------------------------------


def test_sync_page_of_a_laptop_not_enrolled_points_to_enrolment(session: Any, qtbot: Any) -> None:
    window, _store, _jeune = session
    window.show_page(PAGE_SYNC)
    view = window.workspace.pages[PAGE_SYNC]
    assert isinstance(view, SyncView)
    assert view.tabs.currentIndex() == TAB_DEVICES
    assert view.tabs.tabText(TAB_DEVICES) == "Inscription"
    assert "pas encore inscrit" in view.status.text() and "« Inscription »" in view.status.text()
    view.tabs.setCurrentIndex(TAB_EXCHANGES)
    assert view.peer_hint.isVisible() and "« Inscription »" in view.peer_hint.text()
    assert not view.peer.isVisible() and not view.export_button.isEnabled()
