"""The printed documents of the week, parsed back: the day's list (the establishment's and the
referent's), the SPIP liaison sheet and the commission's list."""

from __future__ import annotations

import io
import re
from datetime import date

import pytest
from pypdf import PdfReader

from dedans_dehors_desktop.core.errors import ValidationError
from dedans_dehors_desktop.services import commission, day_list, liaison, week

from .conftest import TUESDAY, Week, add_youth


def pdf_text(pdf: bytes) -> str:
    """The text of every page, white space runs made one space (cells wrap across lines)."""
    reader = PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join(page.extract_text() or "" for page in reader.pages).split())


def words(text: str) -> set[str]:
    return set(re.findall(r"[\w'’·-]+", text))


def _impressions(wk: Week, table: str = "jeune") -> list[str]:
    return [
        r[0]
        for r in wk.store.db.conn.execute(
            "SELECT record_id FROM access_log WHERE action = 'impression' AND tbl = ?", (table,)
        )
    ]


@pytest.fixture
def booked(wk: Week) -> Week:
    repo = wk.store.repo
    lucas, ines, theo = (wk.youths[k] for k in ("lucas", "ines", "theo"))
    week.book(wk.store, lucas, wk.tuesday_slot, TUESDAY, "09:30")
    week.book(wk.store, ines, wk.tuesday_slot, TUESDAY, "10:00", "spip")
    repo.create(
        "actualite",
        {
            "jeune_id": theo,
            "date": TUESDAY,
            "heure": "11:00",
            "type": "entretien",
            "presence": "planifie",
            "lieu": "intra_muros",
            "etablissement_id": wk.ma,
            "themes": ["logement", "sante"],
            "note": "NOTESECRETE parle de son traitement",
        },
    )
    repo.create("frein", {"jeune_id": lucas, "theme": "logement", "situation": "FREINTEXTE"})
    repo.create(
        "action",
        {"jeune_id": lucas, "libelle": "Appeler le FJT", "echeance": "20/01/2026"},
    )
    repo.create(
        "action",
        {"jeune_id": lucas, "libelle": "Parler de son addiction au cannabis"},
    )
    repo.create(
        "action",
        {"jeune_id": ines, "libelle": "ACTIONFINIE", "statut": "realisee"},
    )
    return wk


def test_establishment_list_holds_names_first_names_and_identifiers_only(booked: Week) -> None:
    wk = booked
    pdf = day_list.print_day_list(wk.store, wk.tuesday_slot, TUESDAY)
    text = pdf_text(pdf)
    header = (
        "Mission Locale de test\nListe des personnes à rencontrer\nMaison d'arrêt de Moulins\n"
        "mardi 6 janvier 2026, de 09:00 à 12:00\nNom Prénom Identifiant\nPage 1 sur 1"
    )
    people = {
        "BENALI",
        "Inès",
        "ID-BENALI",
        "DURAND",
        "Théo",
        "ID-DURAND",
        "MARTIN",
        "Lucas",
        "ID-MARTIN",
    }
    assert words(text) - words(header) == people
    # Order by name, one row each, and nothing of the case file beyond them.
    assert (
        "Nom Prénom Identifiant BENALI Inès ID-BENALI DURAND Théo ID-DURAND "
        "MARTIN Lucas ID-MARTIN Page 1 sur 1"
    ) in text
    for leaked in (
        "09:30",
        "10:00",
        "11:00",
        "FJT",
        "NOTESECRETE",
        "logement",
        "SPIP",
        "Logement",
        "FREINTEXTE",
        "2004",
    ):
        assert leaked not in text.replace("de 09:00 à 12:00", "")
    info = PdfReader(io.BytesIO(pdf)).metadata
    assert info is not None and "MARTIN" not in str(dict(info))
    assert sorted(_impressions(wk)) == sorted(wk.youths.values())


def test_establishment_list_without_identifier_leaves_the_cell_empty(wk: Week) -> None:
    zoe = add_youth(wk.store, "Nguyen", "Zoé", nom_usage="Arnaud")
    week.book(wk.store, zoe, wk.tuesday_slot, TUESDAY)
    (entry,) = day_list.entries(wk.store, wk.tuesday_slot, TUESDAY)
    assert entry.identifiant == ""
    text = pdf_text(day_list.print_day_list(wk.store, wk.tuesday_slot, TUESDAY))
    # The civil identity (birth name), as the establishment registers people.
    assert "NGUYEN Zoé Page 1 sur 1" in text and "ARNAUD" not in text


def test_cancelled_bookings_are_not_on_the_list(booked: Week) -> None:
    wk = booked
    ines_booking = wk.store.repo.list("inscription", jeune_id=wk.youths["ines"])[0]["id"]
    week.set_booking_status(wk.store, ines_booking, "annulee")
    names = [e.nom for e in day_list.entries(wk.store, wk.tuesday_slot, TUESDAY)]
    assert names == ["Durand", "Martin"]


def test_private_list_has_the_open_actions_and_holds_back_sensitive_ones(booked: Week) -> None:
    wk = booked
    content = day_list.private_sheet(wk.store, wk.tuesday_slot, TUESDAY)
    text = pdf_text(day_list.print_day_list(wk.store, wk.tuesday_slot, TUESDAY, private=True))
    assert "document personnel" in text
    assert "Appeler le FJT (20/01/2026)" in text
    assert "09:30" in text and "MARTIN Lucas" in text
    assert "cannabis" not in text and "ACTIONFINIE" not in text
    assert [h.text for h in content.held_back] == ["Parler de son addiction au cannabis"]
    assert "NOTESECRETE" not in text


def _shared_case(wk: Week) -> tuple[str, dict[str, str]]:
    repo = wk.store.repo
    lucas = wk.youths["lucas"]
    suivi = repo.list("suivi_judiciaire", jeune_id=lucas)[0]["id"]
    repo.update("suivi_judiciaire", suivi, {"cpip_nom": "Mme Roche"})
    ids = {
        "situation": repo.create(
            "situation",
            {
                "jeune_id": lucas,
                "categorie": "formation",
                "detail": "qualification",
                "etat": "prevue",
                "employeur": "AFPA Moulins",
            },
        ),
        "action": repo.create("action", {"jeune_id": lucas, "libelle": "Déposer le dossier CAF"}),
        "secret_action": repo.create("action", {"jeune_id": lucas, "libelle": "ACTIONNONPARTAGEE"}),
        "interview": repo.create(
            "actualite",
            {
                "jeune_id": lucas,
                "date": "05/01/2026",
                "type": "entretien",
                "presence": "present",
                "themes": ["emploi", "sante"],
                "note": "NOTEPARTAGEE projet de formation",
            },
        ),
        "other_interview": repo.create(
            "actualite",
            {
                "jeune_id": lucas,
                "date": "02/01/2026",
                "type": "appel",
                "presence": "present",
                "note": "NOTEINTERDITE",
            },
        ),
        "health": repo.create("frein", {"jeune_id": lucas, "theme": "sante"}),
    }
    return lucas, ids


def test_liaison_sheet_prints_consented_items_only_and_notes_one_by_one(wk: Week) -> None:
    lucas, ids = _shared_case(wk)
    items = {i.record_id: i for i in liaison.shareable_items(wk.store, lucas)}
    assert ids["health"] not in items  # health is never shareable
    day = date(2026, 1, 5)
    for key in ("situation", "action"):
        liaison.record_consent(wk.store, lucas, key if key != "action" else "action", ids[key], day)
    liaison.record_consent(wk.store, lucas, "actualite", ids["interview"], day, avec_note=True)
    liaison.record_consent(wk.store, lucas, "actualite", ids["other_interview"], day)
    # Without choosing the note: no note at all.
    pdf, content = liaison.render_liaison(wk.store, lucas, today=date(2026, 1, 7))
    text = pdf_text(pdf)
    assert "Fiche de liaison" in text and "Mme Roche" in text
    assert "Qualification (prévue) — AFPA Moulins" in text
    assert "Déposer le dossier CAF" in text
    assert "ACTIONNONPARTAGEE" not in text
    assert "NOTEPARTAGEE" not in text and "NOTEINTERDITE" not in text
    assert "Santé" not in text  # the health theme of the interview is left out
    assert len(content.items) == 4
    # Notes chosen one by one; a note whose consent does not allow it stays off.
    pdf, _ = liaison.render_liaison(
        wk.store, lucas, notes={ids["interview"], ids["other_interview"]}, today=date(2026, 1, 7)
    )
    text = pdf_text(pdf)
    assert "NOTEPARTAGEE" in text and "NOTEINTERDITE" not in text
    # Logged: the youth, and each item by the consent it was shared under.
    assert _impressions(wk).count(lucas) == 2
    assert len(_impressions(wk, "accord_partage")) == 8


def test_liaison_consent_withdrawn_and_invalid_items(wk: Week) -> None:
    lucas, ids = _shared_case(wk)
    consent = liaison.record_consent(wk.store, lucas, "action", ids["action"], date(2026, 1, 5))
    liaison.withdraw_consent(wk.store, consent, date(2026, 1, 6))
    content = liaison.liaison_sheet(wk.store, lucas, today=date(2026, 1, 7))
    assert content.items == ()
    assert "Déposer le dossier CAF" not in pdf_text(liaison.render_liaison(wk.store, lucas)[0])
    with pytest.raises(ValidationError):
        liaison.record_consent(wk.store, lucas, "frein", ids["health"], date(2026, 1, 5))
    with pytest.raises(ValidationError):  # another youth's record
        liaison.record_consent(
            wk.store, wk.youths["ines"], "action", ids["action"], date(2026, 1, 5)
        )
    with pytest.raises(ValidationError):
        liaison.record_consent(wk.store, lucas, "amenagement", ids["action"], date(2026, 1, 5))


def test_liaison_holds_back_sensitive_text(wk: Week) -> None:
    lucas, _ = _shared_case(wk)
    risky = wk.store.repo.create(
        "action", {"jeune_id": lucas, "libelle": "Rendez-vous au CSAPA pour son addiction"}
    )
    liaison.record_consent(wk.store, lucas, "action", risky, date(2026, 1, 5))
    content = liaison.liaison_sheet(wk.store, lucas)
    assert [h.text for h in content.held_back] == ["Rendez-vous au CSAPA pour son addiction"]
    assert "addiction" not in pdf_text(liaison.render_liaison(wk.store, lucas)[0])


def test_commission_list_and_decisions_in_one_pass(booked: Week) -> None:
    wk = booked
    lucas, ines = wk.youths["lucas"], wk.youths["ines"]
    c = commission.create_commission(
        wk.store, date(2026, 1, 15), "Commission plateforme", "Moulins"
    )
    created = commission.add_youths(wk.store, c, [lucas, ines, lucas], today=date(2026, 1, 6))
    assert len(created) == 2
    rows = {p.jeune_id: p for p in commission.passages(wk.store, c)}
    assert rows[lucas].situation == (
        "21 ans — dedans — sortie prévue le 20/02/2026 — freins : logement"
    )
    pdf, _ = commission.render_commission(wk.store, c)
    text = pdf_text(pdf)
    assert "Commission : jeunes à examiner" in text and "jeudi 15 janvier 2026" in text
    assert "MARTIN Lucas" in text and "BENALI Inès" in text
    assert "sortie prévue le 20/02/2026" in text
    changed = commission.record_decisions(
        wk.store, {rows[lucas].id: "Orientation FJT validée", rows[ines].id: "Revoir en mars"}
    )
    assert changed == 2
    decided = {p.jeune_id: p.decision for p in commission.passages(wk.store, c)}
    assert decided == {lucas: "Orientation FJT validée", ines: "Revoir en mars"}
    history = wk.store.repo.history("passage_commission", rows[lucas].id)
    assert [h["field"] for h in history] == ["decision"]


def test_commission_decisions_are_all_or_nothing(booked: Week) -> None:
    wk = booked
    lucas, ines = wk.youths["lucas"], wk.youths["ines"]
    c = commission.create_commission(wk.store, date(2026, 1, 15))
    commission.add_youths(wk.store, c, [lucas, ines])
    rows = commission.passages(wk.store, c)
    with pytest.raises(ValidationError):
        commission.record_decisions(wk.store, {rows[0].id: "Bien", rows[1].id: "x" * 501})
    assert [p.decision for p in commission.passages(wk.store, c)] == [None, None]
