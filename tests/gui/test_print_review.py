"""The review in the summary preview, with real widgets: held lines and their reasons, the
rewrite stored as the youth wording, and the deliberate print confirmed and logged."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import date

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from dedans_dehors_desktop.gui.dialogs.print_preview import RewriteDialog, SummaryPreviewDialog
from dedans_dehors_desktop.storage.store import Store

from .helpers import written_elsewhere

TODAY = date(2026, 3, 3)
JAP_STEP = "Préparer l'audience devant le JAP"


def pdf_text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


@pytest.fixture
def case(store: Store) -> dict[str, str]:
    repo = store.repo
    with written_elsewhere(store), store.db.transaction():
        jeune = repo.create(
            "jeune",
            {
                "nom_naissance": "Guérin",
                "prenoms": "Yanis",
                "sexe": "homme",
                "date_naissance": "12/05/2004",
            },
        )
        spip = repo.create("partenaire", {"nom": "SPIP 35", "type": "spip"})
        ids = {"jeune": jeune, "spip": spip}
        for name, libelle, extra in (
            ("jap", JAP_STEP, {}),
            ("cv", "Écrire ta lettre de motivation", {}),
            ("mere", "Demander à Mme Guérin (sa mère) une attestation", {}),
            ("spip_step", "Appeler pour le rendez-vous", {"partenaire_id": spip}),
        ):
            ids[name] = repo.create(
                "action",
                {
                    "jeune_id": jeune,
                    "libelle": libelle,
                    "acteur": "jeune",
                    "statut": "en_cours",
                    **extra,
                },
            )
    return ids


@pytest.fixture
def preview(qtbot: QtBot, store: Store, case: dict[str, str]) -> Iterator[SummaryPreviewDialog]:
    dialog = SummaryPreviewDialog(store, case["jeune"], None, None, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    yield dialog


def held_texts(dialog: SummaryPreviewDialog) -> list[str]:
    return [dialog.held_list.item(i).text() for i in range(dialog.held_list.count())]


def printed_texts(dialog: SummaryPreviewDialog) -> list[str]:
    return [dialog.printed_list.item(i).text() for i in range(dialog.printed_list.count())]


def confirmations(store: Store) -> list[tuple[str, str]]:
    rows = store.db.conn.execute(
        "SELECT tbl, record_id FROM access_log WHERE action = 'impression_confirmee' ORDER BY seq"
    ).fetchall()
    return [(str(t), str(r)) for t, r in rows]


def test_held_lines_are_listed_with_their_reasons_and_stay_off_the_paper(
    preview: SummaryPreviewDialog, case: dict[str, str]
) -> None:
    held = held_texts(preview)
    assert any(JAP_STEP in t and "mot lié à la justice : JAP" in t for t in held), held
    assert any("Mme Guérin" in t and "nom d'une personne : Mme Guérin" in t for t in held)
    assert any("nom de famille : Guérin" in t for t in held)
    assert any("SPIP 35" in t and "jamais imprimé" in t for t in held)
    assert preview.tabs.currentIndex() == 0  # the review opens on what needs a decision
    assert preview.tabs.tabText(0) == f"À relire ({len(held)})"
    printed = printed_texts(preview)
    assert any("Écrire ta lettre de motivation" in t for t in printed)
    # The step whose partner may not be named still prints, without the partner.
    assert any(t.endswith("Appeler pour le rendez-vous") for t in printed)
    text = pdf_text(preview.pdf_bytes())
    assert "Écrire ta lettre de motivation" in text
    for never in ("JAP", "Guérin", "SPIP", "Rien à faire"):
        assert never not in text


def test_a_partner_kind_that_reveals_justice_cannot_be_confirmed(
    preview: SummaryPreviewDialog, case: dict[str, str]
) -> None:
    preview.select_held(f"partenaire:{case['spip']}")
    assert not preview.confirm_button.isEnabled()
    assert not preview.rewrite_button.isEnabled()
    preview.select_held(f"action:{case['jap']}")
    assert preview.confirm_button.isEnabled() and preview.rewrite_button.isEnabled()


def test_rewriting_stores_the_youth_wording_and_prints_it(
    qtbot: QtBot, preview: SummaryPreviewDialog, store: Store, case: dict[str, str]
) -> None:
    preview.select_held(f"action:{case['jap']}")
    preview.rewrite_button.click()
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, RewriteDialog))
    qtbot.waitExposed(dialog)
    assert dialog.editor.text() == JAP_STEP
    assert "mot lié à la justice : JAP" in dialog.status.text()
    dialog.editor.setText("Préparer le rendez-vous important avec ta conseillère")
    assert dialog.status.text() == "Cette formulation sera imprimée."
    with qtbot.waitSignal(preview.rendered, timeout=10_000):
        dialog.accept()
    action = store.repo.get("action", case["jap"])
    assert action is not None
    assert action["libelle"] == JAP_STEP  # the internal label stays
    assert action["libelle_jeune"] == "Préparer le rendez-vous important avec ta conseillère"
    assert not any(JAP_STEP in t for t in held_texts(preview))
    text = pdf_text(preview.pdf_bytes())
    assert "Préparer le rendez-vous important avec ta conseillère" in text
    assert "JAP" not in text
    assert confirmations(store) == []


def test_printing_deliberately_asks_and_logs_the_confirmation(
    qtbot: QtBot, preview: SummaryPreviewDialog, store: Store, case: dict[str, str]
) -> None:
    preview.select_held(f"action:{case['jap']}")
    preview.confirm_button.click()
    box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox))
    qtbot.waitExposed(box)
    assert "mot lié à la justice : JAP" in box.text()
    assert "journal des accès" in box.text()
    # "No" changes nothing.
    box.button(QMessageBox.StandardButton.No).click()
    qtbot.waitUntil(lambda: not box.isVisible())
    assert confirmations(store) == []
    assert "JAP" not in pdf_text(preview.pdf_bytes())

    preview.select_held(f"action:{case['jap']}")
    preview.confirm_button.click()
    box = next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    )
    with qtbot.waitSignal(preview.rendered, timeout=10_000):
        box.button(QMessageBox.StandardButton.Yes).click()
    assert confirmations(store) == [("action", case["jap"])]
    assert JAP_STEP in pdf_text(preview.pdf_bytes())
    assert any(JAP_STEP in t and "imprimée après confirmation" in t for t in printed_texts(preview))
    assert not any(JAP_STEP in t for t in held_texts(preview))
    # The other held lines stay held: a confirmation is for one line only.
    assert "Guérin" not in pdf_text(preview.pdf_bytes())


def test_a_document_line_is_checked_and_rewritten_in_place(
    qtbot: QtBot, preview: SummaryPreviewDialog
) -> None:
    with qtbot.waitSignal(preview.rendered, timeout=10_000):
        preview.set_document_lines(["Ton CV", "L'attestation du CMP"])
    assert any("mot lié à la santé : CMP" in t for t in held_texts(preview))
    preview.select_held("document:1")
    preview.rewrite_button.click()
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, RewriteDialog))
    dialog.editor.setText("L'attestation demandée")
    with qtbot.waitSignal(preview.rendered, timeout=10_000):
        dialog.accept()
    assert preview.document_lines() == ["Ton CV", "L'attestation demandée"]
    assert "L'attestation demandée" in pdf_text(preview.pdf_bytes())
