"""A past year entered through the write path and reported: the masked output for the funders
(audited), the exact output without names ("diffusion restreinte", logged), and what the office
adds (objectives, whole Mission Locale figures, section texts, cumulative figures, empty tables
left out).

Most tests write the past year through the Repository with past dates, eight years before
today; the last one brings a year fourteen years back in through the history import (a youth now
over 35 is judged at the date of each record), then reports it exact and masked.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from dedans_dehors_desktop.core.errors import ValidationError
from dedans_dehors_desktop.reports.activity.audit import verify
from dedans_dehors_desktop.reports.activity.export import (
    LOG_EXACT,
    LOG_REPORT,
    export_report,
)
from dedans_dehors_desktop.reports.activity.masking import show_report
from dedans_dehors_desktop.reports.activity.options import (
    ReportOptions,
    apply_options,
    load_options,
    save_options,
)
from dedans_dehors_desktop.reports.activity.period import Period
from dedans_dehors_desktop.reports.activity.tables import compute_report
from dedans_dehors_desktop.storage.store import Store

YEAR = date.today().year - 8
PERIOD = Period.year(YEAR)


def d(month: int, day: int, year: int = YEAR) -> str:
    return date(year, month, day).isoformat()


def build_past_year(store: Store) -> dict[str, int]:
    """60 youths over the year; returns the expected whole-year figures."""
    repo = store.repo
    with store.db.transaction():
        dd = repo.create("dispositif", {"nom": "Dedans-Dehors"})
        for i in range(60):
            jid = repo.create(
                "jeune",
                {
                    "nom_naissance": f"Passe{i:02d}",
                    "prenoms": "Test",
                    "sexe": "femme" if i % 6 == 0 else "homme",
                    "date_naissance": d(1 + i % 12, 10, YEAR - 17 - i % 3),
                },
            )
            repo.create(
                "profil",
                {"jeune_id": jid, "date": d(1, 5), "qpv": i % 3 == 0, "plie": i % 2 == 0},
            )
            repo.create(
                "accompagnement",
                {"jeune_id": jid, "dispositif_id": dd, "date_entree": d(1 + i % 12, 2)},
            )
            for k in range(1 + i % 4):
                repo.create(
                    "actualite",
                    {
                        "jeune_id": jid,
                        "date": d(1 + i % 12, 3 + k),
                        "type": "entretien",
                        "presence": "present",
                        "lieu": "intra_muros" if k % 2 else "mission_locale",
                    },
                )
            if i % 5 == 0:
                repo.create(
                    "situation",
                    {
                        "jeune_id": jid,
                        "categorie": "emploi",
                        "detail": "apprentissage" if i % 10 == 0 else "cdd",
                        "date_debut": d(1 + i % 12, 20),
                    },
                )
            if i == 7:
                repo.create(
                    "amenagement",
                    {
                        "jeune_id": jid,
                        "type": "semi_liberte",
                        "etape": "revoque",
                        "date_requete": d(2, 1),
                        "date_decision": d(3, 1),
                        "date_fin": d(9, 1),
                    },
                )
    contacts = sum(1 + i % 4 for i in range(60))
    return {"youths": 60, "women": 10, "contacts": contacts, "situations": 12}


@pytest.fixture
def past(store_factory: Callable[..., Store]) -> tuple[Store, dict[str, int]]:
    store = store_factory(role="office")
    return store, build_past_year(store)


def pdf_text(data: bytes | Path) -> str:
    reader = PdfReader(io.BytesIO(data) if isinstance(data, bytes) else data)
    return " ".join(" ".join(p.extract_text().split()) for p in reader.pages)


def log_lines(store: Store) -> list[tuple[str, str, str]]:
    with store.db.lock:
        return [
            (str(a), str(t), str(r))
            for a, t, r in store.db.conn.execute(
                "SELECT action, tbl, record_id FROM access_log WHERE tbl LIKE 'rapport%' "
                "ORDER BY rowid"
            )
        ]


def test_the_write_path_takes_a_youth_who_is_now_past_the_age_limit(store: Store) -> None:
    # Aged 22 eight years ago, 30 or more now: the history can hold him through the write path.
    jid = store.repo.create(
        "jeune",
        {
            "nom_naissance": "Ancien",
            "prenoms": "A",
            "sexe": "homme",
            "date_naissance": d(1, 1, YEAR - 22),
        },
    )
    assert jid
    # A youth alone is judged today: one over 35 now comes in with his history (below).
    with pytest.raises(ValidationError) as caught:
        store.repo.create(
            "jeune",
            {
                "nom_naissance": "Tres ancien",
                "prenoms": "B",
                "sexe": "homme",
                "date_naissance": d(1, 1, YEAR - 30),
            },
        )
    assert "doit être entre 13 et 35 ans" in str(caught.value)


def _workbook(sheets: dict[str, list[list[object]]]) -> bytes:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def test_a_past_year_brought_in_by_the_history_import_is_reported_exact_and_masked(
    store: Store, tmp_path: Path
) -> None:
    from dedans_dehors_desktop.services import intake

    past = date.today().year - 14
    surnames = ("Abadie", "Brossard", "Castel", "Delorme", "Esnault", "Ferrand", "Guillou", "Hamon")
    firsts = ("Léa", "Inès", "Manon", "Hugo", "Yanis", "Karim", "Théo", "Nolan")
    pairs = enumerate(zip(surnames, firsts, strict=True))
    people = [(s, f, "F" if n < 3 else "H") for n, (s, f) in pairs]
    youths = [["Nom", "Prénom", "Date de naissance", "Sexe"]]
    contacts = [["nom", "prenom", "date_naissance", "date", "type", "lieu", "presence"]]
    follow = [["nom", "prenom", "date_naissance", "dispositif", "date_entree", "date_fin"]]
    for n, (nom, prenom, sexe) in enumerate(people):
        born = f"{n + 1:02d}/03/{past - 23}"  # 23 then, 37 or more now: over the limit today
        youths.append([nom, prenom, born, sexe])
        contacts.append([nom, prenom, born, f"10/04/{past}", "Entretien", "Intra-muros", "Présent"])
        follow.append([nom, prenom, born, "Dedans-Dehors", f"01/04/{past}", f"30/11/{past}"])
    data = _workbook({"Jeunes": youths, "Contacts": contacts, "Accompagnements": follow})
    plan = intake.prepare(store, data, "historique.xlsx")
    assert not plan.rejected and not plan.doubtful, intake.plan_text(plan)
    outcome = intake.apply(store, plan)
    assert outcome.created == 8 and outcome.history_created == 16

    report = compute_report(store.db, Period.year(past), None)
    exact = show_report(report, masked=False)
    masked = show_report(report, masked=True)
    verify(masked)  # the audit passes on the cells as published
    assert exact.masked_cells == 0 and masked.masked_cells > 0
    exact_path, masked_path = tmp_path / "exact.csv", tmp_path / "masque.csv"
    export_report(store.db, Period.year(past), exact_path, "csv", mode="exact")
    export_report(store.db, Period.year(past), masked_path, "csv")
    exact_text = exact_path.read_text("utf-8-sig")
    masked_text = masked_path.read_text("utf-8-sig")
    assert "DIFFUSION RESTREINTE" in exact_text.upper()
    # Three women and five men followed that year: exact figures, the small one masked.
    assert ";3;" in exact_text.replace(",", ";") or ";3\n" in exact_text.replace(",", ";")
    assert "< 5" in masked_text or ";s;" in masked_text.replace(",", ";")
    for nom, _prenom, _sexe in people:
        assert nom not in exact_text and nom not in masked_text


def test_past_year_exact_output_without_names(
    past: tuple[Store, dict[str, int]], tmp_path: Path
) -> None:
    store, expected = past
    report = compute_report(store.db, PERIOD)
    assert report.table("populations").count("file_active") == expected["youths"]
    assert report.table("populations").count("contacts") == expected["contacts"]
    assert report.table("sexe").count("femme") == expected["women"]
    assert report.table("situations").count("alternance") == 6  # the split category's sum
    assert report.table("reincarcerations").count("revocation") == 1

    out = tmp_path / "exact.pdf"
    result = export_report(store.db, PERIOD, out, "pdf", mode="exact")
    assert result.masked_cells == 0 and result.named == 0
    reader = PdfReader(out)
    for page in reader.pages:  # the flag on every page
        assert "DIFFUSION RESTREINTE" in page.extract_text()
    text = pdf_text(out)
    assert f"Jeunes suivis (file active : au moins un contact) {expected['youths']}" in text
    assert "Passe00" not in text and "Passe59" not in text
    assert log_lines(store) == [
        ("export", LOG_EXACT, PERIOD.key),
        ("export", LOG_REPORT, PERIOD.key),
    ]

    xlsx = tmp_path / "exact.xlsx"
    export_report(store.db, PERIOD, xlsx, "xlsx", mode="exact")
    book = openpyxl.load_workbook(xlsx)
    for sheet in book.worksheets:
        first = [c for row in sheet.iter_rows(max_row=3, values_only=True) for c in row if c]
        assert any("DIFFUSION RESTREINTE" in str(c) for c in first), sheet.title
        assert "DIFFUSION RESTREINTE" in sheet.oddHeader.center.text


def test_past_year_masked_output_is_audited(
    past: tuple[Store, dict[str, int]], tmp_path: Path
) -> None:
    store, _ = past
    out = tmp_path / "masque.pdf"
    result = export_report(store.db, PERIOD, out, "pdf")
    assert result.masked_cells > 0
    text = pdf_text(out)
    assert "DIFFUSION RESTREINTE" not in text
    assert "Jeunes suivis (file active : au moins un contact) 60" in text
    assert "< 5" in text
    shown = show_report(compute_report(store.db, PERIOD), masked=True)
    verify(shown)
    assert shown.audit is not None and shown.audit.linear_programs > 0
    assert log_lines(store) == [("export", LOG_REPORT, PERIOD.key)]


def test_office_options_objectives_comparison_texts_and_cumul(
    past: tuple[Store, dict[str, int]], tmp_path: Path
) -> None:
    store, expected = past
    options = ReportOptions(
        threshold=5,
        omit_empty=True,
        cumulative_from=date(YEAR - 2, 1, 1),
        objectives={"jeunes_suivis": 80, "entrants_femmes": 10},
        references={"sexe": 2400},
        texts={"public": "Partenariat avec le SPIP : permanences hebdomadaires."},
    )
    save_options(store.db, YEAR, options)
    assert load_options(store.db, PERIOD) == options
    report = apply_options(store.db, compute_report(store.db, PERIOD), options)
    keys = [t.key for t in report.tables]
    assert keys[:2] == ["objectifs", "cumul"]
    assert "amenagements_accordes" not in keys  # entirely zero: left out
    assert "amenagements_prepares" in keys  # the revoked one
    objectives = report.table("objectifs")
    assert objectives.count("jeunes_suivis") == expected["youths"]
    assert objectives.count("entrants_femmes") == expected["women"]
    shown = show_report(report, masked=True)
    verify(shown)
    row = next(r for r in shown.table("objectifs").rows if r.key == "jeunes_suivis")
    assert (row.target, row.percents[0].text) == ("80", "75,0\u00a0%")
    assert "2\u202f400" in shown.table("sexe").comparison

    out = tmp_path / "rapport.pdf"
    export_report(store.db, PERIOD, out, "pdf")
    text = pdf_text(out)
    assert "Objectifs de l'année et réalisation" in text
    assert "Jeunes suivis (objectif : 80) 60 75,0 %" in text
    assert "Partenariat avec le SPIP : permanences hebdomadaires." in text
    assert "Pour comparaison, ensemble de la Mission Locale : 2 400 jeunes." in text
    assert "Chiffres cumulés du" in text


def test_bad_options_change_nothing(past: tuple[Store, dict[str, int]]) -> None:
    store, _ = past
    for bad in (
        ReportOptions(threshold=1),
        ReportOptions(objectives={"inconnu": 3}),
        ReportOptions(texts={"public": "x" * 5000}),
    ):
        with pytest.raises(ValidationError):
            save_options(store.db, YEAR, bad)
    assert load_options(store.db, PERIOD) == ReportOptions()
