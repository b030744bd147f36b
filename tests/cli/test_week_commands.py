"""``dedans-dehors`` week commands run in-process on a real store: slots, booking with its
warning, the week, the day's list and the liaison sheet as PDFs parsed back, the reminders."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

from pypdf import PdfReader

from dedans_dehors_desktop.services import liaison
from dedans_dehors_desktop.storage.store import Store

from .conftest import STRONG, USER, Run

TUESDAY = "06/01/2026"


def _text(path: Path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return " ".join(" ".join(p.extract_text() or "" for p in reader.pages).split())


def _setup(folder: Path) -> tuple[str, str, str]:
    with Store.open(folder, user=USER, passphrase=STRONG) as store:
        etab = store.repo.create("etablissement", {"nom": "Maison d'arrêt de Moulins"})
        jid = store.repo.create(
            "jeune",
            {
                "nom_naissance": "Martin",
                "prenoms": "Lucas",
                "sexe": "homme",
                "date_naissance": "14/03/2004",
            },
        )
        store.repo.create(
            "suivi_judiciaire",
            {
                "jeune_id": jid,
                "milieu": "ferme",
                "etablissement_id": etab,
                "identifiant_etablissement": "A-77",
                "cpip_nom": "Mme Roche",
            },
        )
        action = store.repo.create("action", {"jeune_id": jid, "libelle": "Dossier CAF"})
        liaison.record_consent(store, jid, "action", action, date(2026, 1, 5))
    return etab, jid, action


def test_slots_booking_week_and_day_list(run: Run, initialised: Path, tmp_path: Path) -> None:
    etab, jid, _ = _setup(initialised)
    created = run(
        "creneau-ajouter",
        "--etablissement",
        etab,
        "--jour",
        "mardi",
        "--debut",
        "09:00",
        "--fin",
        "12:00",
        "--du",
        "01/09/2025",
    )
    assert created.code == 0
    slot = created.out.strip()
    listing = run("creneaux")
    assert listing.code == 0 and "Mardi 09:00–12:00" in listing.out and slot in listing.out
    booked = run("inscrire", jid, "--creneau", slot, "--date", TUESDAY, "--heure", "09:30")
    assert booked.code == 0
    twice = run("inscrire", jid, "--creneau", slot, "--date", TUESDAY, "--heure", "10:00")
    assert twice.code == 1 and "--malgre-avertissement" in twice.err
    assert "déjà 1 rendez-vous" in twice.out
    wrong_day = run("inscrire", jid, "--creneau", slot, "--date", "07/01/2026")
    assert wrong_day.code == 1 and "pas un jour de cette permanence" in wrong_day.err
    shown = run("semaine", "--date", TUESDAY)
    assert shown.code == 0 and "09:30  MARTIN Lucas  (Prévue)" in shown.out

    target = tmp_path / "liste.pdf"
    listed = run("liste-du-jour", "--etablissement", etab, "--date", TUESDAY, "--out", str(target))
    assert listed.code == 0 and "1 jeune(s)" in listed.out
    text = _text(target)
    assert "MARTIN Lucas A-77" in text and "09:30" not in text.replace("09:00 à 12:00", "")
    private = tmp_path / "prive.pdf"
    assert (
        run(
            "liste-du-jour", "--creneau", slot, "--date", TUESDAY, "--out", str(private), "--prive"
        ).code
        == 0
    )
    assert "Dossier CAF" in _text(private)
    missing = run("liste-du-jour", "--date", TUESDAY, "--out", str(target))
    assert missing.code == 1


def test_liaison_sheet_and_reminders(run: Run, initialised: Path, tmp_path: Path) -> None:
    _, jid, _ = _setup(initialised)
    target = tmp_path / "liaison.pdf"
    result = run("fiche-liaison", jid, "--out", str(target))
    assert result.code == 0 and "1 élément(s)" in result.out
    text = _text(target)
    assert "Dossier CAF" in text and "Mme Roche" in text
    bad = run("fiche-liaison", jid, "--out", str(tmp_path / "absent" / "x.pdf"))
    assert bad.code == 1 and "dossier de destination" in bad.err
    assert run("rappels").code == 0


def test_commission_commands(run: Run, initialised: Path, tmp_path: Path) -> None:
    _, jid, _ = _setup(initialised)
    created = run("commission-ajouter", "--date", "15/01/2026", "--intitule", "Plateforme")
    assert created.code == 0
    session = created.out.strip()
    assert run("commission-jeunes", session, jid).out.strip() == "1 jeune(s) ajouté(s)."
    assert run("commission-jeunes", session, jid).out.strip() == "0 jeune(s) ajouté(s)."
    listed = run("commissions")
    assert "15/01/2026  Plateforme  1 jeune(s)" in listed.out
    target = tmp_path / "commission.pdf"
    assert run("commission-liste", session, "--out", str(target)).code == 0
    assert "MARTIN Lucas" in _text(target)
    assert run("commission-decision", session, jid, "--decision", "Orientation FJT").code == 0
    with Store.open(initialised, user=USER, passphrase=STRONG) as store:
        (passage,) = store.repo.list("passage_commission")
        assert passage["decision"] == "Orientation FJT"
    other = run("commission-decision", session, session, "--decision", "x")
    assert other.code == 1 and "pas sur la liste" in other.err
