"""Reminders: release coming with barriers not lifted, overdue actions, no contact, identity
documents expiring, a commission coming; thresholds are settings."""

from __future__ import annotations

from datetime import date

import pytest

from dedans_dehors_desktop.core.errors import ValidationError
from dedans_dehors_desktop.services import commission, reminders

from .conftest import Week

TODAY = date(2026, 1, 6)


def _kinds(found: list[reminders.Reminder], jeune_id: str | None) -> list[str]:
    return [r.kind for r in found if r.jeune_id == jeune_id]


def test_release_within_the_threshold_with_barriers_open(wk: Week) -> None:
    repo = wk.store.repo
    lucas, ines, theo = (wk.youths[k] for k in ("lucas", "ines", "theo"))
    repo.create("frein", {"jeune_id": lucas, "theme": "logement", "statut": "en_cours"})
    repo.create("frein", {"jeune_id": lucas, "theme": "administratif"})
    repo.create("frein", {"jeune_id": lucas, "theme": "mobilite"})  # not a release barrier
    repo.create("frein", {"jeune_id": ines, "theme": "financier", "statut": "leve"})
    repo.create("frein", {"jeune_id": theo, "theme": "financier"})
    # Théo's release is already effective: nothing to warn about.
    suivi = repo.list("suivi_judiciaire", jeune_id=theo)[0]["id"]
    repo.update("suivi_judiciaire", suivi, {"date_levee_ecrou": "05/01/2026"})
    found = reminders.reminders(wk.store, TODAY)
    (release,) = [r for r in found if r.kind == "liberation"]
    assert release.jeune_id == lucas
    assert release.text == (
        "Sortie prévue le 20/02/2026 : logement, difficultés administratives non résolu(s)."
    )
    # Release on 20/02 is 6 weeks away: a 4-week threshold says nothing yet.
    reminders.set_thresholds(wk.store, reminders.Thresholds(release_weeks=4))
    assert reminders.thresholds(wk.store).release_weeks == 4
    assert not [r for r in reminders.reminders(wk.store, TODAY) if r.kind == "liberation"]


def test_overdue_actions_no_contact_documents_and_commission(wk: Week) -> None:
    repo = wk.store.repo
    lucas, ines = wk.youths["lucas"], wk.youths["ines"]
    repo.create(
        "action", {"jeune_id": lucas, "libelle": "Appeler la CAF", "echeance": "02/01/2026"}
    )
    repo.create(
        "action",
        {"jeune_id": lucas, "libelle": "Fait", "echeance": "02/01/2026", "statut": "realisee"},
    )
    repo.create("action", {"jeune_id": lucas, "libelle": "Plus tard", "echeance": "20/01/2026"})
    dispositif = repo.create("dispositif", {"nom": "Dedans-Dehors"})
    for jid in (lucas, ines):
        repo.create(
            "accompagnement",
            {"jeune_id": jid, "dispositif_id": dispositif, "date_entree": "01/10/2025"},
        )
    repo.create(
        "actualite",
        {"jeune_id": lucas, "date": "01/11/2025", "type": "entretien", "presence": "present"},
    )
    repo.create(
        "actualite",
        {"jeune_id": ines, "date": "02/01/2026", "type": "entretien", "presence": "present"},
    )
    repo.create(
        "piece_identite", {"jeune_id": ines, "type": "cni", "date_expiration": "15/02/2026"}
    )
    repo.create(
        "piece_identite",
        {"jeune_id": lucas, "type": "titre_sejour", "date_expiration": "01/01/2026"},
    )
    repo.create(
        "piece_identite",
        {"jeune_id": wk.youths["theo"], "type": "passeport", "date_expiration": "01/01/2030"},
    )
    c = commission.create_commission(wk.store, date(2026, 1, 15))
    commission.add_youths(wk.store, c, [lucas])
    commission.create_commission(wk.store, date(2026, 3, 15))  # too far

    found = reminders.reminders(wk.store, TODAY)
    texts = {(r.kind, r.who, r.text) for r in found}
    assert (
        "action",
        "Lucas MARTIN",
        "Action en retard depuis le 02/01/2026 : Appeler la CAF",
    ) in texts
    assert ("contact", "Lucas MARTIN", "Pas de contact depuis le 01/11/2025.") in texts
    assert not [r for r in found if r.kind == "contact" and r.jeune_id == ines]
    assert ("piece", "Inès BENALI", "Carte nationale d'identité : expire le 15/02/2026.") in texts
    assert ("piece", "Lucas MARTIN", "Titre de séjour : expirée depuis le 01/01/2026.") in texts
    assert ("commission", "", "Commission du 15/01/2026 : 1 jeune(s) à présenter.") in texts
    assert len([r for r in found if r.kind == "piece"]) == 2
    assert len([r for r in found if r.kind == "action"]) == 1
    # Kept to a few youths (the permanence view), the commissions stay.
    only_ines = reminders.reminders(wk.store, TODAY, jeune_ids={ines})
    assert {r.jeune_id for r in only_ines} == {ines, None}
    # Thresholds: 30 days for documents hides Inès's card.
    reminders.set_thresholds(wk.store, reminders.Thresholds(document_days=30))
    assert _kinds(reminders.reminders(wk.store, TODAY), ines) == []


def test_thresholds_out_of_range_are_refused(wk: Week) -> None:
    with pytest.raises(ValidationError):
        reminders.set_thresholds(wk.store, reminders.Thresholds(no_contact_weeks=0))
    assert reminders.thresholds(wk.store) == reminders.Thresholds()
