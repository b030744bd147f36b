"""The summary built from a real case file: only allow-listed items reach the paper.

A case file is filled with a distinct canary in every field that is not on the allow-list
(SECURITY.md, "The printed summary handed to a youth in detention"); the PDF's text, metadata
and bytes (compressed and decompressed) must hold none of them.
"""

from __future__ import annotations

import dataclasses
import io
import os
import subprocess
import sys
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from pypdf.generic import DictionaryObject, StreamObject

from dedans_dehors_desktop import cli
from dedans_dehors_desktop.core.errors import NotFound, ValidationError
from dedans_dehors_desktop.crypto.keywrap import KdfParams
from dedans_dehors_desktop.reports.summary_pdf import render_summary
from dedans_dehors_desktop.reports.summary_select import (
    SummaryOptions,
    select_summary,
    set_structure_identity,
    structure_identity,
)
from dedans_dehors_desktop.storage.store import Store

TODAY = date(2026, 3, 3)
RELEASE = date(2026, 5, 21)
USER = "referente"
PASSPHRASE = "phrase de passe de test"
STRUCTURE = "Mission Locale du Pays de Rennes"
ADDRESS = "12 rue de la Parcheminerie, 35000 Rennes"
PHONE = "02 99 78 00 00"


def normalise(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.create(
        tmp_path / "data",
        role="laptop",
        structure_name=STRUCTURE,
        user=USER,
        passphrase=PASSPHRASE,
        kdf=KdfParams(os.urandom(16), 1024, 1),
        enforce_policy=False,
    ) as opened:
        set_structure_identity(opened.db, address=ADDRESS, phone=PHONE)
        yield opened


@dataclass
class Case:
    jeune_id: str
    meeting_id: str
    canaries: list[str] = field(default_factory=list)
    # Dates that must never be printed, in every spelling a reader could find.
    forbidden_dates: list[date] = field(default_factory=list)


def build_canary_case(store: Store) -> Case:
    """A youth with a canary in every field outside the allow-list, and allowed items beside."""
    repo = store.repo
    canaries: list[str] = []

    def c(name: str) -> str:
        value = f"CANARY{name}"
        canaries.append(value)
        return value

    with store.db.transaction():
        etab = repo.create(
            "etablissement", {"nom": c("ETABNOM"), "type": "MA", "ville": c("VILLE")}
        )
        sensitive = repo.create(
            "partenaire",
            {
                "nom": c("PARTSENSNOM"),
                "type": "autre",
                "contact": c("PARTSENSCONTACT"),
                "telephone": c("PARTSENSTEL"),
                "adresse": c("PARTSENSADR"),
                "sensible": True,
            },
        )
        spip = repo.create(
            "partenaire",
            {
                "nom": c("SPIPPARTNOM"),
                "type": "spip",
                "telephone": c("SPIPTEL"),
                "sensible": False,
            },
        )
        csapa = repo.create(
            "partenaire",
            {
                "nom": c("CSAPANOM"),
                "type": "csapa",
                "telephone": c("CSAPATEL"),
                "sensible": False,
            },
        )
        afpa = repo.create(
            "partenaire",
            {
                "nom": "AFPA Rennes",
                "type": "afpa",
                "telephone": "02 99 11 22 33",
                "adresse": "1 rue de l'Avenir, 35200 Rennes",
                "contact": c("AFPACONTACTPERSON"),
                "sensible": False,
            },
        )
        dispositif = repo.create(
            "dispositif",
            {
                "nom": c("DISPOSITIFNOM"),
                "revele_justice": True,
                "regles": {"note": c("REGLES")},
            },
        )
        jeune = repo.create(
            "jeune",
            {
                "nom_naissance": "Zarkovski",
                "nom_usage": None,
                "prenoms": "Éloïse Canarysecondprenom",
                "sexe": "femme",
                "date_naissance": date(2005, 4, 17),
                "telephone": c("TELJEUNE"),
                "email": "canaryemail@example.org",
                "adresse": c("ADRESSEJEUNE"),
                "commune": c("COMMUNE"),
                "ou_joindre": "detention",
                "representant_legal": c("REPRESENTANT"),
                "id_imilo": c("IMILO"),
                "id_france_travail": c("FRANCETRAVAIL"),
                "referent": c("REFERENTJEUNE"),
            },
        )
        canaries += ["canaryemail", "Zarkovski", "arkovski", "Canarysecondprenom"]
        repo.create(
            "profil",
            {
                "jeune_id": jeune,
                "date": date(2025, 1, 14),
                "niveau_formation": "V",
                "logement": "sans_domicile",
                "plie": True,
                "plie_date": date(2025, 1, 15),
            },
        )
        repo.create(
            "suivi_judiciaire",
            {
                "jeune_id": jeune,
                "milieu": "ferme",
                "statut": "condamne",
                "etablissement_id": etab,
                "date_ecrou": date(2025, 1, 13),
                "date_liberation_prev": RELEASE,
                "type_sortie": "seche",
                "spip_antenne": c("SPIPANTENNE"),
                "cpip_nom": c("CPIPNOM"),
                "cpip_contact": c("CPIPCONTACT"),
            },
        )
        repo.create(
            "positionnement",
            {
                "jeune_id": jeune,
                "date": date(2025, 1, 20),
                "origine": "spip",
                "prescripteur": c("PRESCRIPTEUR"),
                "statut": "accepte",
                "dispositif_id": dispositif,
            },
        )
        repo.create(
            "accompagnement",
            {
                "jeune_id": jeune,
                "dispositif_id": dispositif,
                "date_entree": date(2025, 1, 27),
                "referent": c("ACCREFERENT"),
                "financeurs": ["FSE", "SPIP"],
            },
        )
        repo.create(
            "eligibilite",
            {
                "jeune_id": jeune,
                "dispositif_id": dispositif,
                "date": date(2025, 1, 21),
                "auteur": c("ELIGAUTEUR"),
                "resultat": "non_eligible",
                "reponses": {"critere": c("ELIGREPONSE")},
            },
        )
        repo.create(
            "actualite",
            {
                "jeune_id": jeune,
                "date": date(2026, 1, 8),
                "heure": "10:00",
                "type": "entretien",
                "lieu": "intra_muros",
                "presence": "present",
                "themes": ["formation"],
                "note": c("NOTEOLD"),
                "etablissement_id": etab,
            },
        )
        meeting = repo.create(
            "actualite",
            {
                "jeune_id": jeune,
                "date": date(2026, 2, 26),
                "heure": "14:00",
                "type": "entretien",
                "lieu": "intra_muros",
                "presence": "present",
                "themes": ["projet_pro", "sante", "justice", "logement"],
                "note": c("NOTEMEETING"),
                "etablissement_id": etab,
            },
        )
        repo.create(
            "actualite",
            {
                "jeune_id": jeune,
                "date": date(2026, 3, 20),
                "heure": "09:30",
                "type": "entretien",
                "lieu": "spip",
                "presence": "planifie",
                "note": c("NOTESPIP"),
            },
        )
        repo.create(
            "actualite",
            {
                "jeune_id": jeune,
                "date": date(2026, 3, 17),
                "heure": "14:30",
                "type": "entretien",
                "lieu": "mission_locale",
                "presence": "planifie",
                "note": c("NOTEPLANNED"),
            },
        )
        repo.create(
            "actualite",
            {
                "jeune_id": jeune,
                "date": date(2026, 3, 10),
                "heure": "10:00",
                "type": "entretien",
                "lieu": "intra_muros",
                "presence": "planifie",
                "etablissement_id": etab,
            },
        )
        repo.create(
            "actualite",
            {  # on the release day: the date itself must not be printed
                "jeune_id": jeune,
                "date": RELEASE,
                "heure": "11:00",
                "type": "entretien",
                "lieu": "mission_locale",
                "presence": "planifie",
            },
        )
        repo.create(
            "actualite",
            {  # a past planned meeting is not an appointment any more
                "jeune_id": jeune,
                "date": date(2026, 2, 2),
                "type": "entretien",
                "lieu": "mission_locale",
                "presence": "planifie",
            },
        )
        repo.create(
            "frein",
            {
                "jeune_id": jeune,
                "theme": "sante",
                "situation": c("FREINSANTE"),
                "statut": "identifie",
            },
        )
        repo.create(
            "frein",
            {
                "jeune_id": jeune,
                "theme": "addictions",
                "situation": c("FREINADDICT"),
                "statut": "en_cours",
            },
        )
        repo.create(
            "frein",
            {
                "jeune_id": jeune,
                "theme": "justice",
                "situation": c("FREINJUSTICE"),
                "statut": "en_cours",
            },
        )
        repo.create(
            "frein",
            {
                "jeune_id": jeune,
                "theme": "administratif",
                "situation": c("FREINADMIN"),
                "statut": "identifie",
            },
        )
        repo.create(
            "frein",
            {
                "jeune_id": jeune,
                "theme": "emploi",
                "situation": c("FREINEMPLOILEVE"),
                "statut": "leve",
            },
        )
        objectif = repo.create(
            "objectif", {"jeune_id": jeune, "theme": "emploi", "libelle": c("OBJECTIF")}
        )
        repo.create(
            "action",
            {
                "jeune_id": jeune,
                "objectif_id": objectif,
                "libelle": "Écrire ta lettre de motivation",
                "echeance": date(2026, 3, 12),
                "partenaire_id": afpa,
                "acteur": "jeune",
                "statut": "en_cours",
            },
        )
        repo.create(
            "action",
            {
                "jeune_id": jeune,
                "libelle": "Remplir le dossier d'hébergement",
                "partenaire_id": sensitive,
                "acteur": "jeune",
                "statut": "en_projet",
            },
        )
        repo.create(
            "action",
            {
                "jeune_id": jeune,
                "libelle": "Appeler pour le rendez-vous",
                "partenaire_id": spip,
                "acteur": "jeune",
                "statut": "en_attente",
            },
        )
        repo.create(
            "action",
            {
                "jeune_id": jeune,
                "libelle": "Passer à l'accueil de jour",
                "partenaire_id": csapa,
                "acteur": "jeune",
                "statut": "en_cours",
                "echeance": RELEASE,
            },
        )
        repo.create(
            "action",
            {
                "jeune_id": jeune,
                "libelle": c("ACTIONREFERENT"),
                "acteur": "referent",
                "statut": "en_cours",
            },
        )
        repo.create(
            "action",
            {
                "jeune_id": jeune,
                "libelle": c("ACTIONPARTENAIRE"),
                "acteur": "partenaire",
                "statut": "en_cours",
            },
        )
        repo.create(
            "action",
            {
                "jeune_id": jeune,
                "libelle": c("ACTIONDONE"),
                "acteur": "jeune",
                "statut": "realisee",
            },
        )
        repo.create(
            "action",
            {
                "jeune_id": jeune,
                "libelle": c("ACTIONABANDON"),
                "acteur": "jeune",
                "statut": "abandonnee",
            },
        )
        repo.create(
            "orientation",
            {
                "jeune_id": jeune,
                "partenaire_id": sensitive,
                "date": date(2026, 2, 26),
                "motif": c("ORIENTMOTIF"),
                "statut": "en_cours",
            },
        )
        repo.create(
            "situation",
            {
                "jeune_id": jeune,
                "categorie": "emploi",
                "detail": "cdd",
                "etat": "prevue",
                "date_debut": date(2026, 6, 1),
                "employeur": c("EMPLOYEUR"),
                "pendant_detention": True,
            },
        )
        repo.create(
            "amenagement",
            {
                "jeune_id": jeune,
                "type": "ddse",
                "etape": "requete",
                "date_requete": date(2026, 2, 2),
                "date_decision": date(2026, 2, 23),
                "date_fin": date(2026, 8, 31),
                "apports": ["promesse_embauche"],
            },
        )
        repo.create(
            "consentement",
            {"jeune_id": jeune, "portee": "spip", "date": date(2025, 1, 27), "methode": "ecrit"},
        )
    forbidden = [
        RELEASE,
        date(2005, 4, 17),
        date(2025, 1, 13),
        date(2026, 2, 2),
        date(2026, 2, 23),
        date(2026, 8, 31),
        date(2026, 3, 20),
        date(2026, 6, 1),
        date(2025, 1, 15),
    ]
    return Case(jeune, meeting, canaries, forbidden)


MONTHS = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)


def date_spellings(day: date) -> list[str]:
    number = "1er" if day.day == 1 else str(day.day)
    return [
        day.strftime("%d/%m/%Y"),
        day.isoformat(),
        f"{number} {MONTHS[day.month - 1]} {day.year}",
        f"{number} {MONTHS[day.month - 1]}",
    ]


# Words that tell the reader why the youth is followed, or that come from forbidden fields.
FORBIDDEN_WORDS = (
    "santé",
    "justice",
    "spip",
    "cpip",
    "addict",
    "détention",
    "prison",
    "peine",
    "écrou",
    "condamn",
    "sortie sèche",
    "surveillance",
    "éligib",
    "dedans-dehors",
    "aménagement",
    "libération",
    "csapa",
    "incarcér",
)


def stream_payloads(pdf: bytes) -> list[bytes]:
    """Every stream of the file, decompressed, plus the raw file."""
    reader = PdfReader(io.BytesIO(pdf))
    payloads = [pdf]
    size = int(reader.trailer["/Size"])
    for number in range(1, size):
        try:
            obj = reader.get_object(number)
        except Exception:  # free entries in the cross-reference table
            continue
        if isinstance(obj, StreamObject):
            payloads.append(obj.get_data())
    # Belt and braces: inflate every zlib stream found in the raw bytes too.
    for start in range(len(pdf)):
        if pdf.startswith(b"stream", start):
            body = pdf[start + 6 :].lstrip(b"\r\n")
            try:
                payloads.append(zlib.decompressobj().decompress(body))
            except zlib.error:
                pass
    return payloads


def assert_nothing_forbidden(pdf: bytes, case: Case) -> None:
    reader = PdfReader(io.BytesIO(pdf))
    text = normalise(" ".join(page.extract_text() for page in reader.pages))
    folded = text.casefold()
    metadata = reader.metadata or {}
    meta_text = " ".join(str(value) for value in metadata.values()).casefold()
    payloads = [p.lower() for p in stream_payloads(pdf)]
    for canary in case.canaries:
        needle = canary.casefold()
        assert needle not in folded, canary
        assert needle not in meta_text, canary
        for payload in payloads:
            assert needle.encode() not in payload, canary
    for day in case.forbidden_dates:
        for spelling in date_spellings(day):
            assert spelling.casefold() not in folded, spelling
            assert spelling.encode() not in pdf
    for word in FORBIDDEN_WORDS:
        assert word not in folded, word
        assert word not in meta_text, word


def pdf_text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return normalise(" ".join(page.extract_text() for page in reader.pages))


# --- The allow-list -------------------------------------------------------------------------------


def test_no_forbidden_field_reaches_the_pdf_text_metadata_or_bytes(store: Store) -> None:
    case = build_canary_case(store)
    for form in ("tu", "vous"):
        for large in (False, True):
            options = SummaryOptions(address_form=form, large_print=large, today=TODAY)
            pdf = render_summary(select_summary(store.db, case.jeune_id, options))
            assert_nothing_forbidden(pdf, case)


def test_the_canary_check_catches_a_leak(store: Store) -> None:
    """The detector itself: a canary slipped into any printed item is found."""
    case = build_canary_case(store)
    content = select_summary(store.db, case.jeune_id, SummaryOptions(today=TODAY))
    leaks = [
        dataclasses.replace(content, worked_on=(*content.worked_on, "CANARYNOTEMEETING")),
        dataclasses.replace(content, structure_name="Dedans-Dehors"),
        dataclasses.replace(content, documents=("Le 21/05/2026",)),
    ]
    for leaky in leaks:
        with pytest.raises(AssertionError):
            assert_nothing_forbidden(render_summary(leaky), case)


def test_the_content_itself_holds_no_canary(store: Store) -> None:
    """The allow-list works before the renderer: the content object never sees the case file."""
    case = build_canary_case(store)
    content = select_summary(store.db, case.jeune_id, SummaryOptions(today=TODAY))
    dumped = repr(content).casefold()
    for canary in case.canaries:
        assert canary.casefold() not in dumped, canary
    assert content.surname_initial == "Z"
    assert "2026-05-21" not in dumped


def test_allowed_items_are_printed(store: Store) -> None:
    case = build_canary_case(store)
    pdf = render_summary(select_summary(store.db, case.jeune_id, SummaryOptions(today=TODAY)))
    text = pdf_text(pdf)
    expected = [
        STRUCTURE,
        ADDRESS,
        PHONE,
        "Bonjour Éloïse Z.,",
        "jeudi 26 février 2026",  # the latest meeting where the youth was present
        "Ton projet professionnel",
        "Ton logement",
        "Écrire ta lettre de motivation (avec AFPA Rennes)",
        "Pour le jeudi 12 mars 2026",
        "Remplir le dossier d'hébergement",
        "Appeler pour le rendez-vous",
        "Passer à l'accueil de jour — à ta sortie",
        "Mardi 10 mars 2026 à 10 h",
        "Lors de la permanence",
        "Mardi 17 mars 2026 à 14 h 30",
        f"À la Mission Locale, {ADDRESS}",
        "À ta sortie",
        "Ta pièce d'identité ou sa copie",
        "Ta carte Vitale ou ton attestation de droits",
        "AFPA Rennes",
        "02 99 11 22 33",
        "1 rue de l'Avenir, 35200 Rennes",
    ]
    for item in expected:
        assert normalise(item) in text, item
    # A lifted barrier asks for nothing; the planned past meeting is not an appointment.
    assert "Ton CV" not in text
    assert "2 février" not in text


def test_appointments_keep_their_order_and_the_release_one_comes_last(store: Store) -> None:
    case = build_canary_case(store)
    content = select_summary(store.db, case.jeune_id, SummaryOptions(today=TODAY))
    text = pdf_text(render_summary(content))
    assert text.index("Mardi 10 mars") < text.index("Mardi 17 mars") < text.index("À ta sortie")
    assert len(content.appointments) == 3  # the SPIP one and the past one are left out


def test_vous_form_changes_every_phrase_addressed_to_the_youth(store: Store) -> None:
    case = build_canary_case(store)
    content = select_summary(
        store.db, case.jeune_id, SummaryOptions(address_form="vous", today=TODAY)
    )
    assert content.worked_on == ("Votre projet professionnel", "Votre logement")
    assert "Votre pièce d'identité ou sa copie" in content.documents
    assert any(step.label.endswith("à votre sortie") for step in content.next_steps)
    text = pdf_text(render_summary(content))
    assert "Vos prochaines étapes" in text
    assert "Tes prochaines étapes" not in text


def test_a_chosen_interview_is_summarised_instead_of_the_latest(store: Store) -> None:
    case = build_canary_case(store)
    older = next(
        a["id"]
        for a in store.repo.list("actualite", jeune_id=case.jeune_id)
        if a["date"] == "2026-01-08"
    )
    content = select_summary(
        store.db, case.jeune_id, SummaryOptions(actualite_id=older, today=TODAY)
    )
    assert content.meeting_date == date(2026, 1, 8)
    assert content.worked_on == ("Les formations qui peuvent t'intéresser",)


def test_an_interview_of_another_youth_is_refused(store: Store) -> None:
    case = build_canary_case(store)
    with store.db.transaction():
        other = store.repo.create(
            "jeune",
            {
                "nom_naissance": "Autre",
                "prenoms": "Jeune",
                "sexe": "homme",
                "date_naissance": "2004-01-01",
            },
        )
        foreign = store.repo.create(
            "actualite",
            {"jeune_id": other, "date": "2026-02-01", "type": "entretien", "presence": "present"},
        )
    with pytest.raises(NotFound):
        select_summary(store.db, case.jeune_id, SummaryOptions(actualite_id=foreign))
    with pytest.raises(NotFound):
        select_summary(store.db, "00000000-0000-0000-0000-000000000000")


def test_without_any_interview_the_date_is_today_and_nothing_is_invented(store: Store) -> None:
    with store.db.transaction():
        jeune = store.repo.create(
            "jeune",
            {
                "nom_naissance": "Martin",
                "nom_usage": "Le Goff",
                "prenoms": "Théo, Jean",
                "sexe": "homme",
                "date_naissance": "2004-01-01",
            },
        )
    content = select_summary(store.db, jeune, SummaryOptions(today=TODAY))
    assert (content.first_name, content.surname_initial) == ("Théo", "L")
    assert content.meeting_date == TODAY
    assert content.worked_on == content.next_steps == content.appointments == ()
    assert content.documents == content.contacts == ()
    text = pdf_text(render_summary(content))
    assert "Bonjour Théo L.," in text
    assert "mardi 3 mars 2026" in text


def test_edited_documents_replace_the_derived_list(store: Store) -> None:
    case = build_canary_case(store)
    options = SummaryOptions(documents=("Ton CV", "  ", "Ta carte de bus"), today=TODAY)
    content = select_summary(store.db, case.jeune_id, options)
    assert content.documents == ("Ton CV", "Ta carte de bus")


def test_markup_in_case_file_text_prints_literally(store: Store) -> None:
    with store.db.transaction():
        jeune = store.repo.create(
            "jeune",
            {
                "nom_naissance": "<i>Ö&lt;",
                "prenoms": "<b>&amp;",
                "sexe": "homme",
                "date_naissance": "2004-01-01",
            },
        )
        store.repo.create(
            "action",
            {
                "jeune_id": jeune,
                "libelle": "<font size=40>gros</font> & <para>« x » </b>",
                "acteur": "jeune",
                "statut": "en_cours",
            },
        )
    text = pdf_text(render_summary(select_summary(store.db, jeune, SummaryOptions(today=TODAY))))
    assert "Bonjour <b>&amp; I.," in text
    assert "<font size=40>gros</font> & <para>« x » </b>" in text


def test_two_hundred_actions_paginate_cleanly(store: Store) -> None:
    with store.db.transaction():
        jeune = store.repo.create(
            "jeune",
            {
                "nom_naissance": "Durand",
                "prenoms": "Inès",
                "sexe": "femme",
                "date_naissance": "2003-06-01",
            },
        )
        for number in range(200):
            store.repo.create(
                "action",
                {
                    "jeune_id": jeune,
                    "libelle": f"Étape numéro {number:03d} à faire",
                    "acteur": "jeune",
                    "statut": "en_cours",
                    "echeance": date(2026, 4, 1 + number % 28),
                },
            )
    content = select_summary(store.db, jeune, SummaryOptions(today=TODAY))
    pdf = render_summary(content)
    reader = PdfReader(io.BytesIO(pdf))
    pages = [normalise(page.extract_text()) for page in reader.pages]
    assert len(pages) >= 5
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} sur {len(pages)}" in page
    text = " ".join(pages)
    positions = [text.index(f"Étape numéro {n:03d} à faire") for n in range(200)]
    # Sorted by deadline, then label: every step once, none lost at a page break.
    assert len(set(positions)) == 200
    assert all(text.count(f"Étape numéro {n:03d} à faire") == 1 for n in range(200))


def test_fonts_are_embedded(store: Store) -> None:
    case = build_canary_case(store)
    pdf = render_summary(select_summary(store.db, case.jeune_id, SummaryOptions(today=TODAY)))
    reader = PdfReader(io.BytesIO(pdf))
    seen = 0
    for page in reader.pages:
        resources = page["/Resources"]
        assert isinstance(resources, DictionaryObject)
        fonts = resources["/Font"].get_object()
        for font in fonts.values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            assert descriptor is not None, font.get("/BaseFont")
            assert "/FontFile2" in descriptor.get_object(), font.get("/BaseFont")
            seen += 1
    assert seen >= 2


# --- The Mission Locale's identity ----------------------------------------------------------------


def test_structure_identity_is_stored_in_settings(store: Store) -> None:
    assert structure_identity(store.db).address == ADDRESS
    updated = set_structure_identity(store.db, phone="  04 72 00\n00 00 ")
    assert (updated.address, updated.phone) == (ADDRESS, "04 72 00 00 00")
    cleared = set_structure_identity(store.db, address="")
    assert cleared.address == ""
    with pytest.raises(ValidationError):
        set_structure_identity(store.db, address="x" * 301)
    with pytest.raises(ValidationError):
        set_structure_identity(store.db, phone="02\u202e99")


# --- Command line ---------------------------------------------------------------------------------


def test_cli_summary_writes_the_pdf_and_logs_the_print(
    store: Store,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    case = build_canary_case(store)
    root = store.paths.root
    store.close()
    monkeypatch.setenv("DEDANS_DEHORS_PASSPHRASE", PASSPHRASE)
    target = tmp_path / "recap.pdf"
    code = cli.main(
        [
            "--data-dir",
            str(root),
            "--user",
            USER,
            "summary",
            case.jeune_id,
            "--out",
            str(target),
            "--actualite",
            case.meeting_id,
            "--vous",
        ]
    )
    assert code == 0
    assert str(target) in capsys.readouterr().out
    assert target.stat().st_mode & 0o777 == 0o600
    text = pdf_text(target.read_bytes())
    assert "Votre projet professionnel" in text
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
    with Store.open(root, user=USER, passphrase=PASSPHRASE) as reopened:
        actions = [
            row[0]
            for row in reopened.db.conn.execute(
                "SELECT action FROM access_log WHERE record_id = ? ORDER BY seq", (case.jeune_id,)
            )
        ]
    assert actions.count("impression") == 1


def test_cli_summary_of_an_unknown_youth_is_a_french_error(
    store: Store,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    root = store.paths.root
    store.close()
    monkeypatch.setenv("DEDANS_DEHORS_PASSPHRASE", PASSPHRASE)
    code = cli.main(
        [
            "--data-dir",
            str(root),
            "--user",
            USER,
            "summary",
            "00000000-0000-0000-0000-000000000000",
            "--out",
            str(tmp_path / "x.pdf"),
        ]
    )
    assert code == cli.EXIT_USER_ERROR
    assert "Aucun jeune" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()


def test_cli_structure_sets_and_shows_the_header(
    store: Store, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    root = store.paths.root
    store.close()
    monkeypatch.setenv("DEDANS_DEHORS_PASSPHRASE", PASSPHRASE)
    assert (
        cli.main(
            [
                "--data-dir",
                str(root),
                "--user",
                USER,
                "structure",
                "--address",
                "3 place Bellecour, 69002 Lyon",
                "--phone",
                "04 72 00 00 01",
            ]
        )
        == 0
    )
    capsys.readouterr()
    assert cli.main(["--data-dir", str(root), "--user", USER, "structure"]) == 0
    shown = capsys.readouterr().out
    assert "Adresse : 3 place Bellecour, 69002 Lyon" in shown
    assert "Téléphone : 04 72 00 00 01" in shown
    assert f"Nom : {STRUCTURE}" in shown


@pytest.mark.slow
def test_cli_summary_end_to_end_in_a_subprocess(store: Store, tmp_path: Path) -> None:
    case = build_canary_case(store)
    root = store.paths.root
    store.close()
    target = tmp_path / "recap.pdf"
    env = {**os.environ, "DEDANS_DEHORS_PASSPHRASE": PASSPHRASE, "DEDANS_DEHORS_USER": USER}
    completed = subprocess.run(
        [
            str(Path(sys.executable).with_name("dedans-dehors")),
            "--data-dir",
            str(root),
            "summary",
            case.jeune_id,
            "--out",
            str(target),
            "--gros-caracteres",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    pdf = target.read_bytes()
    assert "Ton projet professionnel" in pdf_text(pdf)
    assert_nothing_forbidden(pdf, case)


# --- Hostile text ---------------------------------------------------------------------------------

TOKENS = [
    "<",
    ">",
    "&",
    ";",
    ",",
    " ",
    "\n",
    "<b>",
    "</para>",
    "&amp;",
    "<br/>",
    "\u202e",
    "\u200b",
    "é",
    "œ",
    "«",
    "»",
]
hostile_text = st.lists(
    st.one_of(st.sampled_from(TOKENS), st.characters(codec="utf-8")), min_size=1, max_size=80
).map("".join)


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(prenoms=hostile_text, nom=hostile_text, libelle=hostile_text)
def test_any_case_file_text_yields_a_summary(
    store: Store, prenoms: str, nom: str, libelle: str
) -> None:
    with store.db.transaction():
        jeune = store.repo.create(
            "jeune",
            {
                "nom_naissance": "N" + nom[:99],
                "prenoms": "P" + prenoms[:99],
                "sexe": "homme",
                "date_naissance": "2004-01-01",
            },
        )
        store.repo.create(
            "action",
            {
                "jeune_id": jeune,
                "libelle": "L" + libelle[:299],
                "acteur": "jeune",
                "statut": "en_cours",
            },
        )
    content = select_summary(store.db, jeune, SummaryOptions(today=TODAY))
    stored = store.repo.get("jeune", jeune)
    assert stored is not None
    assert content.first_name == stored["prenoms"].replace(",", " ").split()[0]
    assert len(content.surname_initial) == 1
    reader = PdfReader(io.BytesIO(render_summary(content)))
    for page in reader.pages:
        page.extract_text()


# --- Found in review: steps that reveal what the allow-list protects ------------------------------


def test_steps_towards_health_or_justice_objectives_are_not_printed(
    store: Store,
) -> None:
    repo = store.repo
    with store.db.transaction():
        jeune = repo.create(
            "jeune",
            {
                "nom_naissance": "Martin",
                "prenoms": "Lucas",
                "sexe": "homme",
                "date_naissance": "01/02/2004",
            },
        )
        sante = repo.create("objectif", {"jeune_id": jeune, "theme": "sante", "libelle": "Soins"})
        justice = repo.create(
            "objectif", {"jeune_id": jeune, "theme": "justice", "libelle": "Aménagement"}
        )
        csapa = repo.create(
            "partenaire", {"nom": "Centre Horizon", "type": "autre", "sensible": True}
        )
        decision = date(TODAY.year, TODAY.month, 1).replace(year=TODAY.year + 1)
        repo.create(
            "amenagement",
            {"jeune_id": jeune, "type": "ddse", "etape": "requete", "date_decision": decision},
        )
        for libelle, extra in (
            ("HEALTHSTEPCANARY", {"objectif_id": sante}),
            ("JUSTICESTEPCANARY", {"objectif_id": justice}),
            ("Prendre rendez-vous", {"partenaire_id": csapa}),
            ("Écrire une lettre de motivation", {"echeance": decision}),
        ):
            repo.create(
                "action",
                {
                    "jeune_id": jeune,
                    "libelle": libelle,
                    "acteur": "jeune",
                    "statut": "en_cours",
                    **extra,
                },
            )
    content = select_summary(store.db, jeune, SummaryOptions(today=TODAY))
    labels = [step.label for step in content.next_steps]
    assert sorted(labels) == ["Prendre rendez-vous", "Écrire une lettre de motivation"]
    assert all(step.due is None for step in content.next_steps)  # never the decision day
    text = pdf_text(render_summary(content))
    for canary in ("HEALTHSTEPCANARY", "JUSTICESTEPCANARY", "Horizon"):
        assert canary not in text


def test_steps_whose_wording_looks_like_offence_or_health_are_left_out(store: Store) -> None:
    repo = store.repo
    with store.db.transaction():
        jeune = repo.create(
            "jeune",
            {
                "nom_naissance": "Martin",
                "prenoms": "Lucas",
                "sexe": "homme",
                "date_naissance": "01/02/2004",
            },
        )
        for libelle in ("Prendre rendez-vous en addictologie", "Écrire une lettre de motivation"):
            repo.create(
                "action",
                {"jeune_id": jeune, "libelle": libelle, "acteur": "jeune", "statut": "en_cours"},
            )
    labels = [
        s.label for s in select_summary(store.db, jeune, SummaryOptions(today=TODAY)).next_steps
    ]
    assert labels == ["Écrire une lettre de motivation"]
