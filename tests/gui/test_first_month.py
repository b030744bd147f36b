"""A Mission Locale's first month: its directories, its spreadsheet, no duplicates, a laptop's
screen (1366×768) and the keyboard back after every dialog."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QDialog,
    QPushButton,
    QWidget,
    QWizard,
)

from dedans_dehors_desktop.gui.dialogs.directory_entry import DirectoryEntryDialog
from dedans_dehors_desktop.gui.dialogs.duplicates import DuplicatesDialog
from dedans_dehors_desktop.gui.dialogs.import_wizard import ImportWizard
from dedans_dehors_desktop.gui.dialogs.print_preview import print_summary
from dedans_dehors_desktop.gui.dialogs.referral import ReferralWizard
from dedans_dehors_desktop.gui.dialogs.settings_dialog import SettingsDialog
from dedans_dehors_desktop.gui.lock.setup_wizard import SetupWizard
from dedans_dehors_desktop.gui.pages.directories import DirectoriesPage
from dedans_dehors_desktop.gui.shell.about_dialog import AboutDialog
from dedans_dehors_desktop.gui.shell.help_dialog import HelpDialog
from dedans_dehors_desktop.gui.shell.main_window import PAGE_ANNUAIRES, PAGE_JEUNES
from dedans_dehors_desktop.services import directories
from dedans_dehors_desktop.services.duplicates import find_for_new
from dedans_dehors_desktop.storage.store import Store

from .conftest import make_store, open_window
from .helpers import type_text, written_elsewhere

# 1366×768 less a task bar (40) and a title bar (~32): the client area a window may take.
SCREEN_W, SCREEN_H = 1366, 690


def visible_dialogs(kind: type[QWidget] = QDialog) -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def assert_fits(window: QWidget) -> None:
    """At its default size, the window fits the screen and shows every button whole."""
    size = window.size()
    assert size.width() <= SCREEN_W and size.height() <= SCREEN_H, (window.objectName(), size)
    inside = QRect(QPoint(0, 0), size)
    buttons = [b for b in window.findChildren(QPushButton) if b.isVisibleTo(window)]
    assert buttons or isinstance(window, QWizard) is False
    for button in buttons:
        # A button inside a scrolled area is reached by scrolling: its area must fit instead.
        holder: QWidget = button
        parent = button.parentWidget()
        while parent is not None and parent is not window:
            if isinstance(parent, QAbstractScrollArea):
                holder = parent
            parent = parent.parentWidget()
        top_left = holder.mapTo(window, QPoint(0, 0))
        rect = QRect(top_left, holder.size())
        assert inside.contains(rect), (window.objectName(), button.text(), rect, size)


def test_every_window_fits_a_laptop_screen(session: Any, qtbot: Any, tmp_path: Path) -> None:
    window, store, jeune = session
    window.resize(window.size())  # the default size, as at start
    qApp = QApplication.instance()
    assert qApp is not None
    qApp.processEvents()
    assert_fits(window)
    for page in range(window.workspace.nav.count()):
        window.show_page(page)
        qApp.processEvents()
        assert_fits(window)
    window.show_page(PAGE_JEUNES)
    window.workspace.open_case(jeune)
    qApp.processEvents()
    assert_fits(window)

    openers: list[Callable[[], QWidget | None]] = [
        lambda: window.workspace.new_interview(jeune),
        lambda: print_summary(store, jeune, None, window),
        lambda: ReferralWizard(store, window),
        lambda: ImportWizard(store, window),
        lambda: SettingsDialog(store, window) if _takes_store(SettingsDialog) else None,
        lambda: HelpDialog(window),
        lambda: AboutDialog(window),
        lambda: DirectoryEntryDialog(store, "dispositif", None, window),
        lambda: DuplicatesDialog(
            find_for_new(
                store,
                {
                    "nom_naissance": "Canarinette",
                    "prenoms": "Élodie",
                    "date_naissance": "2004-05-12",
                },
            ),
            window,
        ),
        lambda: SetupWizard(tmp_path / "neuf"),
    ]
    for open_one in openers:
        dialog = open_one()
        if dialog is None:
            continue
        if not dialog.isVisible():
            dialog.show()
        qtbot.waitExposed(dialog)
        if isinstance(dialog, QWizard):
            for _ in range(6):  # every page of a wizard, as far as it goes without input
                assert_fits(dialog)
                page = dialog.currentId()
                dialog.next()
                if dialog.currentId() == page:
                    break
        else:
            assert_fits(dialog)
        dialog.close()
        qApp.processEvents()


def _takes_store(kind: type[QWidget]) -> bool:
    import inspect

    return "store" in inspect.signature(kind.__init__).parameters


def test_focus_returns_to_the_main_window_after_a_dialog(session: Any, qtbot: Any) -> None:
    window, _store, _jeune = session
    window.show_help()
    (help_dialog,) = visible_dialogs(HelpDialog)
    help_dialog.reject()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    focused = QApplication.focusWidget()
    assert focused is not None and window.isAncestorOf(focused)
    assert not isinstance(focused, QPushButton)
    # Ctrl+N works at once: the interview opens for the selected youth.
    window.workspace.list_page.view.selectRow(0)
    qtbot.keyClick(focused, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.workspace.interview is not None)
    window.workspace.interview.reject()


def test_directories_page_add_edit_retire(session: Any, qtbot: Any) -> None:
    window, store, _jeune = session
    window.show_page(PAGE_ANNUAIRES)
    page = window.workspace.stack.currentWidget()
    assert isinstance(page, DirectoriesPage)
    tab = page.tab["etablissement"]
    dialog = tab.add()
    type_text(dialog.editors["nom"], "Centre de détention de Nantes")
    type_text(dialog.editors["ville"], "Nantes")
    dialog.accept()
    assert "Centre de détention de Nantes" in [e.name for e in tab.entries]
    # The youth list's filter offers it at once.
    combo = window.workspace.list_page.etablissement
    assert combo.findText("Centre de détention de Nantes") >= 0
    # A used establishment cannot be deleted, only retired.
    used = next(e for e in tab.entries if e.uses)
    tab.select(used.id)
    assert not tab.delete_button.isEnabled() and tab.retire_button.isEnabled()
    tab.retire_button.click()
    assert directories.find_by_name(store, "etablissement", used.name)["retire"] == 1
    assert used.id not in [i for i, _ in directories.choices(store, "etablissement")]
    assert tab.retire_button.text() == "Rétablir"

    rules_tab = page.tab["dispositif"]
    dialog = rules_tab.add()
    type_text(dialog.editors["nom"], "Parcours sortants")
    dialog.rules.age_on.setChecked(True)
    dialog.rules.age_max.setValue(26)
    dialog.rules.questions.setPlainText("Le jeune a-t-il un projet de sortie ?")
    dialog.accept()
    record = directories.find_by_name(store, "dispositif", "Parcours sortants")
    assert record is not None and '"max": 26' in record["regles"]
    assert '"type": "question"' in record["regles"]


def _workbook(path: Path) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Jeunes"
    sheet.append(["Nom", "Prénom", "Date de naissance", "Sexe", "Remarques"])
    sheet.append(["Lemoine", "Yanis", "03/03/2003", "H", "x"])
    contacts = book.create_sheet("Contacts")
    contacts.append(["nom", "prenom", "date_naissance", "date", "type"])
    contacts.append(["Lemoine", "Yanis", "03/03/2003", "05/01/2021", "Entretien"])
    buffer = io.BytesIO()
    book.save(buffer)
    path.write_bytes(buffer.getvalue())
    return path


def test_import_wizard_twice(session: Any, qtbot: Any, tmp_path: Path) -> None:
    window, store, _jeune = session
    path = _workbook(tmp_path / "suivi.xlsx")
    before = len(store.repo.list("jeune"))
    for expected_new in (1, 0):
        window.workspace.import_spreadsheet()
        (wizard,) = visible_dialogs(ImportWizard)
        assert isinstance(wizard, ImportWizard)
        assert wizard.file_page.template_button.text() == "Télécharger le modèle…"
        wizard.file_page.set_path(path)
        wizard.next()
        assert wizard.currentPage() is wizard.columns_page
        report = wizard.columns_page.report.toPlainText()
        assert "« Remarques »" in report and "Date de naissance → date_naissance" in report
        wizard.button(QWizard.WizardButton.FinishButton).click()
        qtbot.waitUntil(lambda w=wizard: not w.isVisible())
        assert len(store.repo.list("jeune")) == before + 1
        assert wizard.outcome is not None and wizard.outcome.created == expected_new
    assert len(store.repo.list("actualite", jeune_id=wizard.outcome.youth_ids[0])) == 1


def test_import_wizard_refuses_a_header_only_file(session: Any, tmp_path: Path) -> None:
    window, _store, _jeune = session
    path = tmp_path / "vide.csv"
    path.write_text("nom;prenom;date_naissance;sexe\n", "utf-8")
    window.workspace.import_spreadsheet()
    (wizard,) = visible_dialogs(ImportWizard)
    wizard.file_page.set_path(path)
    wizard.next()
    assert wizard.currentPage() is wizard.file_page
    assert "aucune ligne" in wizard.file_page.error.text()
    wizard.reject()


def test_template_written_from_the_wizard(session: Any, tmp_path: Path) -> None:
    window, _store, _jeune = session
    wizard = ImportWizard(window.store, window)
    wizard.file_page.write_template(tmp_path / "modele.xlsx")
    book = openpyxl.load_workbook(tmp_path / "modele.xlsx")
    assert "Jeunes" in book.sheetnames and "Lisez-moi" in book.sheetnames
    for box in visible_dialogs():
        if box is not wizard:
            box.close()


@pytest.mark.parametrize("answer", ["open", "homonym", "back"])
def test_new_youth_like_an_existing_one(session: Any, qtbot: Any, answer: str) -> None:
    window, store, canary = session
    before = len(store.repo.list("jeune"))
    wizard = ReferralWizard(store, window)
    wizard.open()
    identity = wizard.identity.editors
    assert identity["sexe"].currentIndex() == -1  # "Sexe *" has no default
    existing = store.repo.require("jeune", canary)
    # Swapped first and last names, same birth date.
    type_text(identity["nom_naissance"], existing["prenoms"])
    type_text(identity["prenoms"], existing["nom_naissance"])
    identity["sexe"].set_value("femme")
    type_text(identity["date_naissance"], "12/05/2004")
    opened: list[str] = []
    wizard.open_existing.connect(opened.append)
    wizard.accept()
    (dialog,) = visible_dialogs(DuplicatesDialog)
    assert isinstance(dialog, DuplicatesDialog)
    assert dialog.table.item(0, 2).text() == "nom et prénom inversés, même date de naissance"
    if answer == "open":
        dialog.open_button.click()
        assert opened == [canary] and not wizard.isVisible()
        assert len(store.repo.list("jeune")) == before
    elif answer == "homonym":
        dialog.homonym_button.click()
        qtbot.waitUntil(lambda: not wizard.isVisible())
        assert len(store.repo.list("jeune")) == before + 1
    else:
        dialog.cancel_button.click()
        assert wizard.isVisible() and len(store.repo.list("jeune")) == before
        wizard.reject()


def test_an_empty_store_says_what_to_do_first(qtbot: Any, data_dir: Path) -> None:
    store: Store = make_store(data_dir)
    window = open_window(data_dir, qtbot, store)
    page = window.workspace.list_page
    assert page.empty_hint.isVisible() and not page.view.isVisible()
    assert page.count.text() == "0 jeune"
    page.directories_requested.emit()
    assert isinstance(window.workspace.stack.currentWidget(), DirectoriesPage)
    window.close()


def test_youth_list_headers_and_dates_are_not_cut(session: Any) -> None:
    window, _store, _jeune = session
    view = window.workspace.list_page.view
    header = view.horizontalHeader()
    metrics = header.fontMetrics()
    model = view.model()
    assert header.length() <= view.viewport().width() + 1  # no horizontal scrolling
    for col in range(model.columnCount()):
        title = str(model.headerData(col, Qt.Orientation.Horizontal))
        assert header.sectionSize(col) >= metrics.horizontalAdvance(title) + 16, title
    for col in (4, 5):  # dates: the longest shown must fit
        longest = max(
            (
                view.fontMetrics().horizontalAdvance(str(model.index(r, col).data() or ""))
                for r in range(model.rowCount())
            ),
            default=0,
        )
        assert header.sectionSize(col) >= longest + 8


def test_record_forms_offer_active_entries_and_referents(session: Any) -> None:
    from PySide6.QtWidgets import QComboBox, QLineEdit

    from dedans_dehors_desktop.gui.dialogs.record_form import RecordDialog

    _window, store, jeune = session
    suivi = store.repo.list("suivi_judiciaire", jeune_id=jeune)[0]
    held = suivi["etablissement_id"]
    with written_elsewhere(store):
        directories.create(store, "referent", {"nom": "Le Goff", "prenom": "Marie"})
        directories.retire(store, "etablissement", held)
    edit = RecordDialog(store, "suivi_judiciaire", record=suivi, fixed={"jeune_id": jeune})
    combo = edit.editors["etablissement_id"]
    assert isinstance(combo, QComboBox) and combo.findData(held) >= 0  # kept on its record
    new = RecordDialog(store, "suivi_judiciaire", fixed={"jeune_id": jeune})
    assert new.editors["etablissement_id"].findData(held) < 0  # not offered for a new one
    profile = RecordDialog(store, "jeune", record=store.repo.require("jeune", jeune))
    referent = profile.editors["referent"]
    assert isinstance(referent, QLineEdit) and referent.completer() is not None
    assert "Marie Le Goff" in referent.completer().model().stringList()
    for dialog in (edit, new, profile):
        dialog.close()
