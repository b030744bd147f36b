"""Screenshots of the main screens for the README, from the demo data (fictitious people).

Run under a virtual display so that they can be regenerated anywhere::

    xvfb-run -s "-screen 0 1440x900x24" .venv/bin/python scripts/screenshots.py

Writes PNG files into docs/screenshots/ (or the folder given as first argument; ``--lang=en``
for the English interface). The demo
store is built in a private temporary folder and deleted afterwards.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from dedans_dehors_desktop.crypto.keywrap import KdfParams
from dedans_dehors_desktop.gui.app import DesktopApp
from dedans_dehors_desktop.gui.shell import style, translations
from dedans_dehors_desktop.gui.shell.demo_session import (
    DEMO_PASSPHRASE,
    DEMO_USER,
    build_demo_store,
    make_demo_dir,
    remove_demo_dir,
)
from dedans_dehors_desktop.gui.shell.main_window import (
    PAGE_ANNUAIRES,
    PAGE_DASHBOARD,
    PAGE_PERMANENCE,
    PAGE_SYNC,
    MainWindow,
)
from dedans_dehors_desktop.gui.shell.settings import AppSettings

ROOT = Path(__file__).resolve().parents[1]
# The main window's default size: what a 1366×768 laptop screen shows.
WIDTH, HEIGHT = 1280, 680


def settle(ms: int = 150) -> None:
    """Let Qt lay out and paint (a script, not a test: a short real wait is what we want)."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_until(condition: Callable[[], bool], timeout_s: float = 30.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the application did not reach the expected state")
        settle(50)


def shoot(widget: QWidget, path: Path) -> None:
    settle()
    pixmap = widget.grab()
    if not pixmap.save(str(path), "PNG"):
        raise OSError(f"cannot write {path}")
    print(f"  {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")


def _sample_workbook(known: dict[str, str]) -> bytes:
    """A spreadsheet as a Mission Locale keeps one: a column the application does not read, a
    youth already in the demo store under a typo."""
    import io

    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Jeunes"
    sheet.append(["Nom", "Prénom", "Né(e) le", "Sexe", "Établissement", "Observations"])
    sheet.append(["Lemoine", "Yanis", "03/03/2003", "H", "Centre pénitentiaire de Rennes", ""])
    nom = known["nom_naissance"]
    typo = nom[0] + nom[2] + nom[1] + nom[3:] if len(nom) > 3 else nom + "e"
    born = known["date_naissance"]
    sheet.append(
        [typo.upper(), known["prenoms"], f"{born[8:]}/{born[5:7]}/{born[:4]}", "", "", "RSA"]
    )
    contacts = book.create_sheet("Contacts")
    contacts.append(["nom", "prenom", "date_naissance", "date", "heure", "durée", "type", "lieu"])
    contacts.append(
        ["Lemoine", "Yanis", "03/03/2003", "05/01/2024", "10:00", "45", "Entretien", "Intra-muros"]
    )
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def main() -> int:
    args = [a for a in sys.argv[1:] if not a.startswith("--lang=")]
    language = next((a.split("=", 1)[1] for a in sys.argv[1:] if a.startswith("--lang=")), "fr")
    out = Path(args[0]) if args else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    app = DesktopApp([sys.argv[0]])
    translations.install(app, language)
    style.apply(app)
    demo = make_demo_dir()
    try:
        # Light key derivation: these screenshots are not about the unlock delay.
        build_demo_store(demo, kdf=KdfParams(os.urandom(16), 8 * 1024, 1), youths=150)
        settings = AppSettings(demo)
        window = MainWindow(
            demo,
            settings,
            demo_passphrase=DEMO_PASSPHRASE,
            demo_user=DEMO_USER,
            watch_os_lock=False,
        )
        window.resize(WIDTH, HEIGHT)
        window.show()
        shoot(window, out / "01-deverrouillage.png")

        window.unlock_page.passphrase.setText(DEMO_PASSPHRASE)
        window.unlock_page.try_unlock()
        wait_until(lambda: not window.locked)
        workspace = window.workspace
        assert workspace is not None
        workspace.list_page.view.setFocus()
        workspace.list_page.view.selectRow(2)
        shoot(window, out / "02-liste.png")

        workspace.list_page.search.setText("le")
        shoot(window, out / "03-recherche.png")
        workspace.list_page.search.clear()

        workspace.show_page(PAGE_PERMANENCE)
        shoot(window, out / "04-permanence.png")

        perm = workspace.pages[PAGE_PERMANENCE]
        row = perm.current_row()  # type: ignore[attr-defined]
        jeune_id = perm.model.rows[row].jeune_id  # type: ignore[attr-defined]
        context = perm.context_for(row)  # type: ignore[attr-defined]
        page = workspace.open_case(jeune_id, context)
        shoot(window, out / "05-dossier.png")
        page.tabs.setCurrentIndex(3)
        shoot(window, out / "06-dossier-parcours.png")
        page.tabs.setCurrentIndex(4)

        dialog = workspace.new_interview(jeune_id, context)
        assert dialog is not None
        for theme_row in (0, 3):
            dialog.themes.item(theme_row).setCheckState(Qt.CheckState.Checked)
        dialog.note.setPlainText(
            "A préparé ses questions pour l'entretien avec le chantier d'insertion. "
            "Dossier FJT : il manque l'avis d'imposition, à demander à la famille.\n"
            "Il évoque son traitement à l'infirmerie."
        )
        row_widget = dialog._add_action_row()
        row_widget.set_content(
            {"acteur": "jeune", "libelle": "Demander l'avis d'imposition", "echeance": ""}
        )
        row_widget.echeance.setText(dialog.date.text())
        dialog.rdv_date.setText(dialog.date.text())
        dialog.rdv_heure.setText("10:00")
        shoot(dialog, out / "07-entretien.png")
        dialog.reject()
        settle()

        window.parloir_action.setChecked(True)
        page = workspace.case_page
        assert page is not None
        page.tabs.setCurrentIndex(4)
        shoot(window, out / "08-mode-parloir.png")
        page.tabs.setCurrentIndex(1)
        shoot(window, out / "09-mode-parloir-justice.png")

        window.parloir_action.setChecked(False)
        workspace.close_case()
        workspace.show_page(PAGE_SYNC)
        shoot(window, out / "10-synchronisation.png")

        workspace.show_page(PAGE_DASHBOARD)
        dashboard = workspace.pages[PAGE_DASHBOARD]
        wait_until(lambda: getattr(dashboard, "shown", None) is not None)
        shoot(window, out / "11-tableau-de-bord.png")

        workspace.show_page(PAGE_ANNUAIRES)
        shoot(window, out / "13-annuaires.png")

        sample = demo / "suivi-2024.xlsx"
        assert window.store is not None
        sample.write_bytes(_sample_workbook(window.store.repo.list("jeune")[5]))
        workspace.show_page(0)
        workspace.import_spreadsheet()
        wizard = workspace.import_wizard
        wizard.file_page.set_path(sample)
        wizard.next()
        shoot(wizard, out / "14-import-colonnes.png")
        wizard.next()
        shoot(wizard, out / "15-import-doublons.png")
        wizard.reject()
        settle()

        window.show_about()
        about = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "aboutDialog")
        shoot(about, out / "12-a-propos.png")
        about.close()

        workspace.show_page(0)
        window.lock()
        window.close()
        QCoreApplication.processEvents()
    finally:
        from dedans_dehors_desktop.gui.workers import pool

        pool().join(30_000)
        remove_demo_dir(demo)
    del app
    return 0


if __name__ == "__main__":
    if not os.environ.get("DISPLAY") and not os.environ.get("QT_QPA_PLATFORM"):
        sys.stderr.write("Pas d'écran : lancez ce script sous xvfb-run.\n")
        raise SystemExit(2)
    raise SystemExit(main())
