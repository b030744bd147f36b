"""Right of access (GDPR art. 15): everything stored about one youth, and nothing of another.

Every field of every record is filled with a recognisable value; the JSON must hold each of them
and the PDF must show them to a reader, along with the history, consents and access-log lines.
"""

from __future__ import annotations

import io
import json
import os
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from pypdf.generic import DictionaryObject
from reportlab.platypus import Paragraph

from dedans_dehors_desktop import cli
from dedans_dehors_desktop.core.entities import ENTITIES
from dedans_dehors_desktop.core.errors import NotFound, UserError
from dedans_dehors_desktop.crypto.keywrap import KdfParams
from dedans_dehors_desktop.reports.access_export import (
    FORMAT,
    collect_access_data,
    export_access,
    export_file_names,
    render_access_pdf,
    to_json_bytes,
)
from dedans_dehors_desktop.reports.access_export import pdf as access_pdf
from dedans_dehors_desktop.reports.summary_select import set_structure_identity
from dedans_dehors_desktop.storage.store import Store

USER = "referente"
PASSPHRASE = "phrase de passe de test"
NOW = datetime(2026, 3, 3, 10, 15, tzinfo=UTC)


def normalise(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.create(
        tmp_path / "data",
        role="office",
        structure_name="Mission Locale du Pays de Rennes",
        user=USER,
        passphrase=PASSPHRASE,
        kdf=KdfParams(os.urandom(16), 1024, 1),
        enforce_policy=False,
    ) as opened:
        set_structure_identity(
            opened.db, address="12 rue de la Parcheminerie, 35000 Rennes", phone="02 99 78 00 00"
        )
        yield opened


@dataclass
class Case:
    jeune_id: str
    other_id: str
    ids: dict[str, str]
    texts: list[str]


def build_full_case(store: Store) -> Case:
    """One youth with every field of every record filled, plus another youth who must not leak."""
    repo = store.repo
    texts: list[str] = []

    def t(name: str) -> str:
        value = f"VALEUR{name}"
        texts.append(value)
        return value

    with store.db.transaction():
        etab = repo.create(
            "etablissement",
            {"nom": "Centre pénitentiaire de Rennes-Vezin", "type": "CP", "ville": "Rennes"},
        )
        partner = repo.create(
            "partenaire", {"nom": "CSAPA L'Envol", "type": "csapa", "sensible": True}
        )
        dispositif = repo.create(
            "dispositif", {"nom": "Dedans-Dehors", "revele_justice": True, "regles": []}
        )
        jeune = repo.create(
            "jeune",
            {
                "nom_naissance": "<b>Zarkovski</b>",
                "nom_usage": t("NOMUSAGE"),
                "prenoms": "Éloïse & <i>Marie</i>",
                "sexe": "femme",
                "date_naissance": date(2005, 4, 17),
                "telephone": t("TEL"),
                "email": "eloise@example.org",
                "adresse": t("ADRESSE"),
                "commune": t("COMMUNE"),
                "ou_joindre": "detention",
                "representant_legal": t("REPRESENTANT"),
                "pas_de_telephone": False,
                "refuse_sms": True,
                "id_imilo": t("IMILO"),
                "id_france_travail": t("FT"),
                "referent": t("REFERENT"),
            },
        )
        ids = {
            "profil": repo.create(
                "profil",
                {
                    "jeune_id": jeune,
                    "date": date(2025, 1, 14),
                    "niveau_formation": "V",
                    "diplome": "niv3",
                    "logement": "precaire",
                    "rqth": False,
                    "ressources": "sans",
                    "inscrit_france_travail": True,
                    "permis": "en_cours",
                    "qpv": True,
                    "qpv_annee": 2024,
                    "plie": True,
                    "plie_date": date(2025, 1, 15),
                },
            ),
            "suivi_judiciaire": repo.create(
                "suivi_judiciaire",
                {
                    "jeune_id": jeune,
                    "milieu": "ferme",
                    "statut": "condamne",
                    "etablissement_id": etab,
                    "date_ecrou": date(2025, 1, 13),
                    "date_liberation_prev": date(2026, 5, 21),
                    "date_levee_ecrou": date(2026, 5, 22),
                    "type_sortie": "lsc",
                    "spip_antenne": t("SPIPANTENNE"),
                    "cpip_nom": t("CPIP"),
                    "cpip_contact": t("CPIPCONTACT"),
                    "identifiant_etablissement": t("IDETAB"),
                },
            ),
            "positionnement": repo.create(
                "positionnement",
                {
                    "jeune_id": jeune,
                    "date": date(2025, 1, 20),
                    "origine": "spip",
                    "prescripteur": t("PRESCRIPTEUR"),
                    "statut": "accepte",
                    "dispositif_id": dispositif,
                    "date_premier_entretien": date(2025, 1, 27),
                },
            ),
            "accompagnement": repo.create(
                "accompagnement",
                {
                    "jeune_id": jeune,
                    "dispositif_id": dispositif,
                    "date_entree": date(2025, 1, 27),
                    "date_fin": date(2026, 1, 27),
                    "motif_sortie": "formation",
                    "referent": t("ACCREFERENT"),
                    "financeurs": ["FSE", "PLIE"],
                },
            ),
            "eligibilite": repo.create(
                "eligibilite",
                {
                    "jeune_id": jeune,
                    "dispositif_id": dispositif,
                    "date": date(2025, 1, 21),
                    "auteur": t("ELIGAUTEUR"),
                    "resultat": "eligible",
                    "reponses": {"critere_age": True, "commentaire": t("REPONSE")},
                },
            ),
            "actualite": repo.create(
                "actualite",
                {
                    "jeune_id": jeune,
                    "date": date(2026, 2, 26),
                    "heure": "14:00",
                    "duree": 45,
                    "type": "entretien",
                    "lieu": "intra_muros",
                    "presence": "present",
                    "themes": ["projet_pro", "sante"],
                    "note": f"{t('NOTE1')}\nDeuxième ligne <b>&amp; « guillemets »",
                    "etablissement_id": etab,
                },
            ),
            "frein": repo.create(
                "frein",
                {
                    "jeune_id": jeune,
                    "theme": "sante",
                    "situation": t("FREIN"),
                    "statut": "identifie",
                },
            ),
            "objectif": repo.create(
                "objectif", {"jeune_id": jeune, "theme": "emploi", "libelle": t("OBJECTIF")}
            ),
            "orientation": repo.create(
                "orientation",
                {
                    "jeune_id": jeune,
                    "partenaire_id": partner,
                    "date": date(2026, 2, 26),
                    "motif": t("MOTIF"),
                    "statut": "en_cours",
                },
            ),
            "situation": repo.create(
                "situation",
                {
                    "jeune_id": jeune,
                    "categorie": "emploi",
                    "detail": "cdd",
                    "etat": "prevue",
                    "date_debut": date(2026, 6, 1),
                    "date_fin": date(2026, 12, 1),
                    "employeur": t("EMPLOYEUR"),
                    "pendant_detention": False,
                },
            ),
            "amenagement": repo.create(
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
            ),
            "consentement": repo.create(
                "consentement",
                {
                    "jeune_id": jeune,
                    "portee": "spip",
                    "date": date(2025, 1, 27),
                    "methode": "ecrit",
                    "date_retrait": date(2026, 1, 2),
                    "date_notice": date(2025, 1, 27),
                },
            ),
        }
        ids["action"] = repo.create(
            "action",
            {
                "jeune_id": jeune,
                "objectif_id": ids["objectif"],
                "libelle": t("ACTION"),
                "echeance": date(2026, 3, 12),
                "partenaire_id": partner,
                "acteur": "jeune",
                "statut": "en_cours",
            },
        )
        ids["piece_identite"] = repo.create(
            "piece_identite",
            {"jeune_id": jeune, "type": "titre_sejour", "date_expiration": date(2026, 9, 1)},
        )
        creneau = repo.create(
            "creneau",
            {
                "etablissement_id": etab,
                "jour": "4",
                "heure_debut": "09:00",
                "heure_fin": "12:00",
                "periodicite": 2,
                "date_debut": date(2026, 1, 1),
                "date_fin": date(2026, 12, 31),
                "libelle": "Permanence du jeudi",
            },
        )
        ids["inscription"] = repo.create(
            "inscription",
            {
                "jeune_id": jeune,
                "creneau_id": creneau,
                "date": date(2026, 3, 5),
                "heure": "09:30",
                "origine": "spip",
                "statut": "prevue",
            },
        )
        ids["accord_partage"] = repo.create(
            "accord_partage",
            {
                "jeune_id": jeune,
                "element_table": "action",
                "element_id": ids["action"],
                "date": date(2026, 2, 26),
                "methode": "oral",
                "avec_note": False,
                "date_retrait": date(2026, 3, 1),
            },
        )
        commission = repo.create(
            "commission", {"date": date(2026, 3, 10), "intitule": "Commission", "lieu": "Moulins"}
        )
        ids["passage_commission"] = repo.create(
            "passage_commission",
            {
                "jeune_id": jeune,
                "commission_id": commission,
                "situation": t("SITUATIONCOMMISSION"),
                "decision": t("DECISION"),
            },
        )
        deleted = repo.create(
            "actualite",
            {
                "jeune_id": jeune,
                "date": date(2026, 1, 5),
                "type": "appel",
                "note": t("NOTESUPPRIMEE"),
            },
        )
        ids["deleted"] = deleted
        other = repo.create(
            "jeune",
            {
                "nom_naissance": "AUTREJEUNE",
                "prenoms": "Autre",
                "sexe": "homme",
                "date_naissance": "2004-01-01",
            },
        )
        repo.create(
            "actualite",
            {
                "jeune_id": other,
                "date": date(2026, 2, 1),
                "type": "entretien",
                "note": "NOTEAUTREJEUNE",
            },
        )
    repo.update("actualite", ids["actualite"], {"duree": 60, "presence": "present"})
    repo.update("suivi_judiciaire", ids["suivi_judiciaire"], {"cpip_nom": t("CPIPNOUVEAU")})
    repo.delete("actualite", deleted)
    repo.open_record("jeune", jeune)
    repo.save_draft("brouillon-1", "actualite", jeune, {"note": t("BROUILLON")})
    return Case(jeune, other, ids, texts)


def stored_rows(store: Store, table: str, jeune_id: str) -> list[dict[str, Any]]:
    e = ENTITIES[table]
    column = "id" if table == "jeune" else "jeune_id"
    ids = [
        r[0]
        for r in store.db.conn.execute(f"SELECT id FROM {table} WHERE {column} = ?", (jeune_id,))
    ]
    rows = [store.repo.get(table, record_id, include_deleted=True) for record_id in ids]
    return [{f.name: row[f.name] for f in e.fields} | {"id": row["id"]} for row in rows if row]


def as_stored(kind: str, value: Any) -> Any:
    """The JSON's machine value mapped back to the stored form."""
    if value is None:
        return None
    if kind in ("enumset", "json"):
        return json.dumps(value, sort_keys=True) if kind == "json" else json.dumps(value)
    if kind == "bool":
        return int(value)
    return value


def pdf_text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return normalise(" ".join(page.extract_text() for page in reader.pages))


# --- Content --------------------------------------------------------------------------------------


def test_every_stored_value_of_the_youth_is_in_the_json(store: Store) -> None:
    case = build_full_case(store)
    data = json.loads(json.dumps(collect_access_data(store.db, case.jeune_id, now=NOW)))
    sections = {section["table"]: section for section in data["fiches"]}
    assert set(sections) == {"jeune", *(t for t, e in ENTITIES.items() if e.owned_by_youth)}
    for table, section in sections.items():
        e = ENTITIES[table]
        exported = {record["id"]: record for record in section["enregistrements"]}
        stored = stored_rows(store, table, case.jeune_id)
        assert set(exported) == {row["id"] for row in stored}, table
        for row in stored:
            fields = {item["champ"]: item for item in exported[row["id"]]["champs"]}
            assert list(fields) == e.column_names
            for f in e.fields:
                value = as_stored(f.kind, fields[f.name]["valeur"])
                if f.kind == "json" and row[f.name] is not None:
                    assert json.loads(row[f.name]) == json.loads(value), (table, f.name)
                else:
                    assert value == row[f.name], (table, f.name)
    dumped = json.dumps(data, ensure_ascii=False)
    for text in case.texts:
        assert text in dumped, text
    assert "NOTEAUTREJEUNE" not in dumped
    assert "AUTREJEUNE" not in dumped


def test_json_has_readable_labels_history_drafts_and_stable_keys(store: Store) -> None:
    case = build_full_case(store)
    data = collect_access_data(store.db, case.jeune_id, now=NOW)
    assert list(data) == [
        "format",
        "version",
        "genere_le",
        "genere_par",
        "responsable",
        "jeune_id",
        "fiches",
        "brouillons",
        "journal_acces",
    ]
    assert data["format"] == FORMAT
    record = next(
        r for s in data["fiches"] if s["table"] == "suivi_judiciaire" for r in s["enregistrements"]
    )
    texts = {item["champ"]: item["texte"] for item in record["champs"]}
    assert texts["statut"] == "Condamné"
    assert texts["date_liberation_prev"] == "21/05/2026"
    assert texts["etablissement_id"] == "Centre pénitentiaire de Rennes-Vezin"
    assert [
        (h["champ"], h["ancienne_valeur"], h["nouvelle_valeur"], h["auteur"])
        for h in record["historique"]
    ] == [("cpip_nom", "VALEURCPIP", "VALEURCPIPNOUVEAU", USER)]
    deleted = next(
        r
        for s in data["fiches"]
        if s["table"] == "actualite"
        for r in s["enregistrements"]
        if r["id"] == case.ids["deleted"]
    )
    assert deleted["supprime"] is True
    # The tombstone is blank, but its history still holds what was stored: it is exported.
    assert any(h["ancienne_valeur"] == "VALEURNOTESUPPRIMEE" for h in deleted["historique"])
    assert data["brouillons"][0]["contenu"] == {"note": "VALEURBROUILLON"}


def test_access_log_lines_of_the_youths_records_only(store: Store) -> None:
    case = build_full_case(store)
    data = collect_access_data(store.db, case.jeune_id, now=NOW)
    own_ids = {r["id"] for s in data["fiches"] for r in s["enregistrements"]}
    lines = data["journal_acces"]
    assert {line["fiche"] for line in lines} == own_ids
    assert all(line["fiche"] != case.other_id for line in lines)
    actions = {(line["action"], line["fiche"]) for line in lines}
    assert ("creation", case.jeune_id) in actions
    assert ("consultation", case.jeune_id) in actions
    assert ("modification", case.ids["suivi_judiciaire"]) in actions
    assert ("suppression", case.ids["deleted"]) in actions
    assert all(line["utilisateur"] == USER for line in lines)
    assert [line["numero"] for line in lines] == sorted(line["numero"] for line in lines)


def test_the_pdf_shows_everything_to_a_reader(store: Store) -> None:
    case = build_full_case(store)
    data = collect_access_data(store.db, case.jeune_id, now=NOW)
    pdf = render_access_pdf(data)
    text = pdf_text(pdf)
    for value in case.texts:
        assert value in text, value
    for expected in (
        "Vos données personnelles",
        "Prénoms : Éloïse & <i>Marie</i>",
        "Nom de naissance : <b>Zarkovski</b>",
        "Deuxième ligne <b>&amp; « guillemets »",
        "CPIP référent : VALEURCPIPNOUVEAU",
        "Libération prévisionnelle : 21/05/2026",
        "Thèmes : Projet professionnel, Santé",
        "Portée : Échange avec le SPIP",
        "Historique des modifications",
        "fiche supprimée",
        "Journal des accès à votre dossier",
        "Consultation",
        "Suppression",
    ):
        assert normalise(expected) in text, expected
    assert "NOTEAUTREJEUNE" not in text
    reader = PdfReader(io.BytesIO(pdf))
    metadata = " ".join(str(v) for v in (reader.metadata or {}).values())
    assert "Zarkovski" not in metadata and "Éloïse" not in metadata
    for page in reader.pages:
        resources = page["/Resources"]
        assert isinstance(resources, DictionaryObject)
        for font in resources["/Font"].get_object().values():
            descriptor = font.get_object()["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor


# --- Files and logging ----------------------------------------------------------------------------


def test_export_writes_two_private_files_and_is_logged(store: Store, tmp_path: Path) -> None:
    case = build_full_case(store)
    out = tmp_path / "export"
    result = export_access(store.db, case.jeune_id, out, now=NOW)
    pdf_name, json_name = export_file_names(case.jeune_id, NOW.astimezone().date())
    assert (result.pdf.name, result.json.name) == (pdf_name, json_name)
    assert pdf_name == f"acces-{case.jeune_id.replace('-', '')[:8]}-{NOW.astimezone().date()}.pdf"
    assert sorted(p.name for p in out.iterdir()) == sorted([pdf_name, json_name])
    for path in (result.pdf, result.json):
        assert path.stat().st_mode & 0o777 == 0o600
    assert out.stat().st_mode & 0o777 == 0o700
    raw = result.json.read_bytes()
    assert "Éloïse".encode() in raw  # UTF-8, not \\u escapes
    assert json.loads(raw)["jeune_id"] == case.jeune_id
    assert "VALEURNOTE1" in pdf_text(result.pdf.read_bytes())
    last = store.db.conn.execute(
        "SELECT action, tbl, record_id FROM access_log ORDER BY seq DESC LIMIT 1"
    ).fetchone()
    assert last == ("export", "jeune", case.jeune_id)
    assert store.check() == []
    # The next export lists the previous one.
    again = collect_access_data(store.db, case.jeune_id, now=NOW)
    assert any(line["action"] == "export" for line in again["journal_acces"])


def test_a_second_export_the_same_day_replaces_the_first(store: Store, tmp_path: Path) -> None:
    case = build_full_case(store)
    first = export_access(store.db, case.jeune_id, tmp_path, now=NOW)
    second = export_access(store.db, case.jeune_id, tmp_path, now=NOW)
    assert first.pdf == second.pdf
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "data") == sorted(
        [first.pdf.name, first.json.name]
    )


def test_unknown_youth_and_bad_destination_write_nothing(store: Store, tmp_path: Path) -> None:
    case = build_full_case(store)
    with pytest.raises(NotFound):
        export_access(store.db, "00000000-0000-0000-0000-000000000000", tmp_path / "a")
    assert not (tmp_path / "a").exists()
    blocker = tmp_path / "fichier"
    blocker.write_text("x")
    with pytest.raises(UserError):
        export_access(store.db, case.jeune_id, blocker)
    count = store.db.conn.execute(
        "SELECT count(*) FROM access_log WHERE action = 'export'"
    ).fetchone()[0]
    assert count == 0


def test_cli_access_export_warns_that_the_files_are_in_clear(
    store: Store,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    case = build_full_case(store)
    root = store.paths.root
    store.close()
    monkeypatch.setenv("DEDANS_DEHORS_PASSPHRASE", PASSPHRASE)
    out = tmp_path / "remise"
    code = cli.main(
        ["--data-dir", str(root), "--user", USER, "access-export", case.jeune_id, "--out", str(out)]
    )
    assert code == 0
    printed = capsys.readouterr().out
    assert "EN CLAIR" in printed
    files = sorted(out.iterdir())
    assert [p.suffix for p in files] == [".json", ".pdf"]
    for path in files:
        assert str(path) in printed
    with Store.open(root, user=USER, passphrase=PASSPHRASE) as reopened:
        logged = reopened.db.conn.execute(
            "SELECT count(*) FROM access_log WHERE action = 'export' AND record_id = ?",
            (case.jeune_id,),
        ).fetchone()[0]
    assert logged == 1


@pytest.mark.slow
def test_five_hundred_interviews_export(store: Store, tmp_path: Path) -> None:
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
        for number in range(500):
            store.repo.create(
                "actualite",
                {
                    "jeune_id": jeune,
                    "date": date(2024, 1, 1).fromordinal(date(2024, 1, 1).toordinal() + number),
                    "type": "entretien",
                    "presence": "present",
                    "note": f"Note d'entretien numéro {number:03d}\n" + "Texte. " * 40,
                },
            )
    result = export_access(store.db, jeune, tmp_path / "out", now=NOW)
    assert result.records == 501
    assert result.log_lines == 501
    text = pdf_text(result.pdf.read_bytes())
    assert all(f"Note d'entretien numéro {n:03d}" in text for n in range(500))


# --- Hostile text ---------------------------------------------------------------------------------

TOKENS = [
    "<",
    ">",
    "&",
    ";",
    '"',
    "'",
    "/",
    "=",
    "#",
    "\\",
    "«",
    "»",
    "œ",
    "€",
    "é",
    "\n",
    "\t",
    " ",
    "<b>",
    "</para>",
    "&amp;",
    "<br/>",
    "<font size=99>",
    "\u202e",
    "\u200b",
]
hostile_text = (
    st.lists(
        st.one_of(st.sampled_from(TOKENS), st.characters(codec="utf-8")), min_size=1, max_size=120
    )
    .map("".join)
    .filter(lambda text: text.strip() != "")
)


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(name=hostile_text, note=hostile_text, author=hostile_text)
def test_any_stored_text_exports_to_a_parseable_pdf_and_exact_json(
    store: Store, name: str, note: str, author: str
) -> None:
    with store.db.transaction():
        jeune = store.repo.create(
            "jeune",
            {
                "nom_naissance": "N" + name[:99],
                "prenoms": "Inès",
                "sexe": "femme",
                "date_naissance": "2003-06-01",
            },
        )
        actualite = store.repo.create(
            "actualite",
            {"jeune_id": jeune, "date": "2026-02-01", "type": "entretien", "note": "N" + note},
        )
        store.repo.create("objectif", {"jeune_id": jeune, "libelle": "O" + author[:199]})
    data = json.loads(to_json_bytes(collect_access_data(store.db, jeune, now=NOW)))
    stored_note = store.repo.get("actualite", actualite)["note"]  # type: ignore[index]
    exported = next(
        item["valeur"]
        for section in data["fiches"]
        if section["table"] == "actualite"
        for item in section["enregistrements"][0]["champs"]
        if item["champ"] == "note"
    )
    assert exported == stored_note
    reader = PdfReader(io.BytesIO(render_access_pdf(data)))
    for page in reader.pages:
        page.extract_text()


# --- Every script in the access-log table ---------------------------------------------------------


def test_access_log_cells_show_other_scripts_and_a_marker_for_emoji(tmp_path: Path) -> None:
    """A user name in Arabic with an emoji: the cell shows the Arabic (fallback font) and
    "[émoji]", never an empty cell of missing glyphs."""
    with Store.create(
        tmp_path / "data",
        role="office",
        structure_name="Mission Locale du Pays de Rennes",
        user="سارة 🌼",
        passphrase=PASSPHRASE,
        kdf=KdfParams(os.urandom(16), 1024, 1),
        enforce_policy=False,
    ) as opened:
        jeune = opened.repo.create(
            "jeune",
            {
                "nom_naissance": "Martin",
                "prenoms": "Lucas",
                "sexe": "homme",
                "date_naissance": "2004-03-14",
            },
        )
        data = collect_access_data(opened.db, jeune, now=NOW)
    assert {line["utilisateur"] for line in data["journal_acces"]} == {"سارة 🌼"}
    pdf = render_access_pdf(data)
    reader = PdfReader(io.BytesIO(pdf))
    raw = " ".join(page.extract_text() for page in reader.pages)
    table = unicodedata.normalize("NFKC", raw[raw.index("Journal des accès") :])
    assert "سارة [émoji]" in table
    assert "\x00" not in table
    fonts = {
        str(font.get_object()["/BaseFont"])
        for page in reader.pages
        for font in page["/Resources"]["/Font"].get_object().values()
    }
    assert any("NotoSansArabic" in name for name in fonts), fonts


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Inès 🌟🌟 Martin", "Inès [émoji] Martin"),
        ("\u200b\u200d", "[écriture non imprimable]"),
        ("<b>&amp; Zoé</b>", "<b>&amp; Zoé</b>"),  # a plain string: drawn as is, never markup
        ("x" * 60, "x" * 39 + "…"),
        ("", ""),
    ],
)
def test_a_latin_cell_is_a_plain_printable_string(text: str, shown: str) -> None:
    assert access_pdf._cell(text) == shown


def test_an_arabic_cell_is_an_escaped_paragraph_in_the_fallback_font() -> None:
    cell = access_pdf._cell("سارة <b>")
    assert isinstance(cell, Paragraph)
    assert 'name="NotoSansArabic"' in cell.text and "&lt;b&gt;" in cell.text
