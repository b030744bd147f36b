"""A new youth from a SPIP referral with its eligibility check; the day's permanence."""

from __future__ import annotations

import json
from datetime import date, timedelta
from typing import Any

from PySide6.QtWidgets import QApplication, QWizard

from dedans_dehors_desktop.core.dates import format_fr
from dedans_dehors_desktop.gui.dialogs.interview import InterviewDialog
from dedans_dehors_desktop.gui.dialogs.referral import ReferralWizard
from dedans_dehors_desktop.gui.shell.main_window import PAGE_PERMANENCE

from .helpers import type_text, written_elsewhere


def _wizard() -> ReferralWizard:
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, ReferralWizard))


def _next(wizard: ReferralWizard) -> None:
    wizard.button(QWizard.WizardButton.NextButton).click()


def test_referral_with_eligibility_check(session: Any, qtbot: Any) -> None:
    window, store, _ = session
    dispositif = next(d for d in store.repo.list("dispositif") if d["nom"] == "Dedans-Dehors")
    window.referral_action.trigger()
    wizard = _wizard()
    ident = wizard.identity
    _next(wizard)
    assert wizard.currentPage() is ident  # required fields missing
    assert ident.error.isVisible() and "obligatoire" in ident.error.text()
    type_text(ident.editors["nom_naissance"], "Ndiaye")
    type_text(ident.editors["prenoms"], "Aïssatou")
    ident.editors["sexe"].set_value("femme")
    birth = date.today().replace(year=date.today().year - 20) - timedelta(days=3)
    type_text(ident.editors["date_naissance"], format_fr(birth))
    type_text(ident.editors["commune"], "Saint-Malo")
    _next(wizard)
    assert wizard.currentPage() is wizard.justice
    wizard.justice.editors["statut"].set_value("prevenu")
    _next(wizard)
    pos = wizard.positionnement
    assert pos.editors["origine"].value() == "spip"
    pos.editors["dispositif_id"].set_value(dispositif["id"])
    type_text(pos.editors["prescripteur"], "CPIP Le Goff")
    _next(wizard)
    page = wizard.eligibility
    ev = page.evaluation
    assert ev is not None
    results = {c.id: c.passed for c in ev.criteria}
    # 20 years old passes; a "prévenue" fails "condamné"; the sentence is a question to answer.
    assert results == {"age": True, "statut": False, "peine_3_24": None, "territoire": True}
    assert ev.outcome == "non_eligible"
    assert "non éligible" in page.outcome.text()
    assert page.findChild(object, "criterion_statut") is not None
    yes = page.findChild(object, "answer_yes_peine_3_24")
    yes.setChecked(True)
    assert {c.id: c.passed for c in page.evaluation.criteria}["peine_3_24"] is True
    with qtbot.waitSignal(wizard.created, timeout=5000) as created:
        wizard.button(QWizard.WizardButton.FinishButton).click()
    jeune_id = created.args[0]
    jeune = store.repo.require("jeune", jeune_id)
    assert jeune["prenoms"] == "Aïssatou"
    assert store.repo.list("suivi_judiciaire", jeune_id=jeune_id)[0]["statut"] == "prevenu"
    positionnement = store.repo.list("positionnement", jeune_id=jeune_id)[0]
    assert positionnement["origine"] == "spip"
    assert positionnement["dispositif_id"] == dispositif["id"]
    check = store.repo.list("eligibilite", jeune_id=jeune_id)[0]
    assert check["resultat"] == "non_eligible"
    assert check["auteur"] == store.db.user
    assert json.loads(check["reponses"]) == {"peine_3_24": True}
    # The new case file is open.
    assert window.workspace.case_page.jeune_id == jeune_id


def test_permanence_lists_the_day_in_order_and_prefills_the_interview(
    session: Any, qtbot: Any
) -> None:
    window, store, jeune = session
    etab = store.db.conn.execute(
        "SELECT etablissement_id FROM suivi_judiciaire WHERE jeune_id = ?", (jeune,)
    ).fetchone()[0]
    others = [j["id"] for j in store.repo.list("jeune") if j["id"] != jeune][:2]
    today = date.today()
    with written_elsewhere(store), store.db.transaction():
        for who, hour in ((others[0], "14:00"), (jeune, "09:30"), (others[1], "11:00")):
            store.repo.create(
                "actualite",
                {
                    "jeune_id": who,
                    "date": today,
                    "heure": hour,
                    "type": "entretien",
                    "lieu": "intra_muros",
                    "presence": "planifie",
                    "etablissement_id": etab,
                },
            )
    window.show_page(PAGE_PERMANENCE)
    perm = window.workspace.pages[PAGE_PERMANENCE]
    perm.etablissement.setCurrentIndex(perm.etablissement.findData(etab))
    hours = [a.heure for a in perm.model.rows if a.presence == "planifie"]
    assert hours[:3] == ["09:30", "11:00", "14:00"]
    assert perm.model.rows[perm.current_row()].jeune_id == jeune  # first planned one selected
    perm.view.setFocus()
    # Ctrl+N from the permanence: the interview of the selected appointment, prefilled.
    window.interview_action.trigger()
    dialog = window.workspace.interview
    assert isinstance(dialog, InterviewDialog)
    assert dialog.jeune_id == jeune
    assert dialog.heure.text() == "09:30"
    assert dialog.lieu.value() == "intra_muros"
    assert dialog.etablissement.value() == etab
    planned_id = dialog.context.appointment_id
    type_text(dialog.note, "Vu en parloir")
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.save()
    # The planned appointment is completed, not duplicated.
    record = store.repo.require("actualite", planned_id)
    assert record["presence"] == "present" and record["note"] == "Vu en parloir"
    # Back to the permanence (Esc from the case file): the appointment is now held.
    window.workspace.close_case()
    assert window.workspace.stack.currentWidget() is perm
    held = next(a for a in perm.model.rows if a.actualite_id == planned_id)
    assert held.presence == "present"
    perm.day.set_date(today + timedelta(days=1))
    assert all(a.actualite_id != planned_id for a in perm.model.rows)
