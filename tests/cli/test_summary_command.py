"""``summary`` on the command line: held lines listed with their reasons (never dropped
silently), rewritten for the youth or printed deliberately by their number; the PDF read back."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from dedans_dehors_desktop.storage.store import Store

from .conftest import STRONG, USER, Run

JAP_STEP = "Préparer l'audience devant le JAP"
PLAIN_STEP = "Mettre à jour le CV"
NAME_STEP = "Demander à Mme Guérin une attestation"


def opened(data: Path) -> Store:
    return Store.open(data, user=USER, passphrase=STRONG)


def pdf_text(path: Path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


@pytest.fixture
def case(initialised: Path) -> dict[str, str]:
    with opened(initialised) as store:
        repo = store.repo
        jeune = repo.create(
            "jeune",
            {
                "nom_naissance": "Kerbrat",
                "prenoms": "Yann",
                "sexe": "homme",
                "date_naissance": date(date.today().year - 20, 3, 14).isoformat(),
            },
        )
        ids = {"jeune": jeune}
        for name, label in (("jap", JAP_STEP), ("plain", PLAIN_STEP), ("name", NAME_STEP)):
            ids[name] = repo.create(
                "action",
                {"jeune_id": jeune, "libelle": label, "acteur": "jeune", "statut": "en_cours"},
            )
    return ids


def confirmations(data: Path) -> list[tuple[str, str]]:
    with opened(data) as store:
        rows = store.db.conn.execute(
            "SELECT tbl, record_id FROM access_log WHERE action = 'impression_confirmee' "
            "ORDER BY seq"
        ).fetchall()
    return [(str(t), str(r)) for t, r in rows]


def held_numbers(out: str) -> dict[str, int]:
    """The number shown before each held line, by the line's text."""
    numbers: dict[str, int] = {}
    for line in out.splitlines():
        head, sep, rest = line.strip().partition(". [")
        if sep and head.isdigit():
            numbers[rest.split("] ", 1)[1]] = int(head)
    return numbers


def test_held_lines_are_printed_with_their_reasons_and_stay_off_the_paper(
    run: Run, initialised: Path, case: dict[str, str], tmp_path: Path
) -> None:
    target = tmp_path / "recap.pdf"
    result = run("summary", case["jeune"], "--out", str(target))
    assert result.code == 0, result.err
    assert "Lignes retenues, non imprimées (2) :" in result.out
    numbers = held_numbers(result.out)
    assert set(numbers) == {JAP_STEP, NAME_STEP}
    assert "⚠ mot lié à la justice : JAP" in result.out
    assert "⚠ mot lié à la justice : audience" in result.out
    assert "⚠ nom d'une personne : Mme Guérin" in result.out
    assert "--imprimer-quand-meme N" in result.out
    text = pdf_text(target)
    assert PLAIN_STEP in text
    assert "JAP" not in text and "audience" not in text and "Guérin" not in text
    assert confirmations(initialised) == []


def test_reecrire_stores_the_youth_wording_and_prints_it(
    run: Run, initialised: Path, case: dict[str, str], tmp_path: Path
) -> None:
    target = tmp_path / "recap.pdf"
    first = run("summary", case["jeune"], "--out", str(target))
    number = held_numbers(first.out)[JAP_STEP]
    result = run(
        "summary",
        case["jeune"],
        "--out",
        str(target),
        "--reecrire",
        str(number),
        "Préparer le rendez-vous de jeudi",
    )
    assert result.code == 0, result.err
    text = pdf_text(target)
    assert "Préparer le rendez-vous de jeudi" in text
    assert "JAP" not in text
    with opened(initialised) as store:
        action = store.repo.require("action", case["jap"])
    assert action["libelle"] == JAP_STEP  # the internal label is kept
    assert action["libelle_jeune"] == "Préparer le rendez-vous de jeudi"
    # The other held line is still listed, under its own reasons.
    assert set(held_numbers(result.out)) == {NAME_STEP}
    assert confirmations(initialised) == []


def test_imprimer_quand_meme_prints_the_line_and_logs_the_confirmation(
    run: Run, initialised: Path, case: dict[str, str], tmp_path: Path
) -> None:
    target = tmp_path / "recap.pdf"
    number = held_numbers(run("summary", case["jeune"], "--out", str(target)).out)[JAP_STEP]
    result = run(
        "summary", case["jeune"], "--out", str(target), "--imprimer-quand-meme", str(number)
    )
    assert result.code == 0, result.err
    assert JAP_STEP in pdf_text(target)
    assert "Guérin" not in pdf_text(target)
    assert "Imprimées après confirmation (1) :" in result.out
    assert f"  {number}. [Étapes] {JAP_STEP}" in result.out
    assert set(held_numbers(result.out)) == {JAP_STEP, NAME_STEP}  # numbers stay the same
    assert confirmations(initialised) == [("action", case["jap"])]
    # A confirmation is for one print: the next one holds the line back again.
    again = run("summary", case["jeune"], "--out", str(target))
    assert "JAP" not in pdf_text(target)
    assert "Lignes retenues, non imprimées (2) :" in again.out
    assert confirmations(initialised) == [("action", case["jap"])]


@pytest.mark.parametrize(
    "argv",
    [
        ("--imprimer-quand-meme", "9"),
        ("--reecrire", "0", "texte"),
        ("--reecrire", "un", "texte"),
        ("--reecrire", "1", "   "),
        ("--reecrire", "1", "Préparer le rendez-vous", "--imprimer-quand-meme", "7"),
    ],
)
def test_a_bad_number_or_text_changes_nothing(
    run: Run, initialised: Path, case: dict[str, str], tmp_path: Path, argv: tuple[str, ...]
) -> None:
    target = tmp_path / "recap.pdf"
    result = run("summary", case["jeune"], "--out", str(target), *argv)
    assert result.code != 0
    assert len(result.err.strip().splitlines()) == 1, result.err
    assert not target.exists()
    with opened(initialised) as store:
        action = store.repo.require("action", case["jap"])
        assert not action.get("libelle_jeune")
        name = store.repo.require("action", case["name"])
        assert not name.get("libelle_jeune")
    assert confirmations(initialised) == []


def test_no_held_line_says_so(run: Run, initialised: Path, tmp_path: Path) -> None:
    with opened(initialised) as store:
        jeune = store.repo.create(
            "jeune",
            {
                "nom_naissance": "Le Goff",
                "prenoms": "Inès",
                "sexe": "femme",
                "date_naissance": date(date.today().year - 19, 5, 2).isoformat(),
            },
        )
        store.repo.create(
            "action",
            {"jeune_id": jeune, "libelle": PLAIN_STEP, "acteur": "jeune", "statut": "en_cours"},
        )
    target = tmp_path / "recap.pdf"
    result = run("summary", jeune, "--out", str(target))
    assert result.code == 0, result.err
    assert "Aucune ligne retenue." in result.out
    bad = run("summary", jeune, "--out", str(target), "--imprimer-quand-meme", "1")
    assert bad.code != 0
    assert "aucune ligne n'est retenue" in bad.err
    assert PLAIN_STEP in pdf_text(target)
