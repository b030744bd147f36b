"""Render the summary preview with a held-back line for the README (offscreen, 1366×768).

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshot_print_review.py

A throwaway store in a temporary folder, fictitious data; writes
docs/screenshots/13-relecture-recapitulatif.png.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from dedans_dehors_desktop.crypto.keywrap import KdfParams  # noqa: E402
from dedans_dehors_desktop.gui.dialogs.print_preview import SummaryPreviewDialog  # noqa: E402
from dedans_dehors_desktop.reports.summary_select import set_structure_identity  # noqa: E402
from dedans_dehors_desktop.storage.store import Store  # noqa: E402

OUT = ROOT / "docs" / "screenshots" / "13-relecture-recapitulatif.png"


def _painted(dialog: SummaryPreviewDialog) -> bool:
    image = dialog._view.viewport().grab().toImage()
    dark = sum(
        1
        for x in range(0, image.width(), 6)
        for y in range(0, image.height(), 6)
        if QColor(image.pixel(x, y)).lightness() < 100
    )
    return dark > 100


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as folder:
        with Store.create(
            Path(folder) / "data",
            role="laptop",
            structure_name="Mission Locale du Pays de Rennes",
            user="referente",
            passphrase="phrase de passe de démonstration",
            kdf=KdfParams(os.urandom(16), 1024, 1),
            enforce_policy=False,
        ) as store:
            set_structure_identity(
                store.db, address="12 rue de la Parcheminerie, 35000 Rennes", phone="02 99 78 00 00"
            )
            repo = store.repo
            with store.db.transaction():
                jeune = repo.create(
                    "jeune",
                    {
                        "nom_naissance": "Guérin",
                        "prenoms": "Yanis",
                        "sexe": "homme",
                        "date_naissance": "12/05/2004",
                    },
                )
                repo.create(
                    "actualite",
                    {
                        "jeune_id": jeune,
                        "date": "26/02/2026",
                        "type": "entretien",
                        "lieu": "intra_muros",
                        "presence": "present",
                        "themes": ["projet_pro", "logement"],
                    },
                )
                for libelle in (
                    "Préparer l'audience devant le JAP",
                    "Écrire ta lettre de motivation",
                    "Demander à Mme Guérin (sa mère) une attestation d'hébergement",
                    "Relancer la CAF sur le traitement du dossier RSA",
                ):
                    repo.create(
                        "action",
                        {
                            "jeune_id": jeune,
                            "libelle": libelle,
                            "acteur": "jeune",
                            "statut": "en_cours",
                        },
                    )
            dialog = SummaryPreviewDialog(store, jeune, None, None, today=date(2026, 3, 3))
            dialog.resize(1366, 768)
            dialog.show()
            # QtPdf renders pages in the background: wait until the page shows text.
            deadline = time.monotonic() + 15
            while time.monotonic() < deadline and not _painted(dialog):
                app.processEvents()
                time.sleep(0.05)
            OUT.parent.mkdir(parents=True, exist_ok=True)
            dialog.grab().save(str(OUT))
            dialog.close()
    print(OUT)


if __name__ == "__main__":
    main()
