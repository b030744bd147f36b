"""The paper checks on two corpora written from what referents type, and on names and dates.

The hold-back rates are printed (``pytest -s``) and asserted: every sensitive line held back,
at most 2 % of everyday lines.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dedans_dehors_desktop.core.paper_check import PaperCheck, name_words, protected_days
from dedans_dehors_desktop.core.sensitive_words import Lexicon, default_lexicon

DATA = Path(__file__).resolve().parents[1] / "data"


def corpus(name: str) -> list[str]:
    lines = (DATA / name).read_text("utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def test_every_sensitive_line_is_held_back() -> None:
    lines = corpus("lignes-sensibles.txt")
    assert len(lines) >= 200
    check = PaperCheck()
    missed = [line for line in lines if not check.reasons(line)]
    print(f"\nlignes sensibles : {len(lines)}, retenues : {len(lines) - len(missed)}")
    assert missed == []


def test_at_most_two_percent_of_everyday_lines_are_held_back() -> None:
    lines = corpus("lignes-courantes.txt")
    assert len(lines) >= 200
    check = PaperCheck()
    held = {line: [r.text for r in check.reasons(line)] for line in lines if check.reasons(line)}
    rate = len(held) / len(lines)
    print(f"\nlignes courantes : {len(lines)}, retenues : {len(held)} ({rate:.1%})")
    assert rate <= 0.02, held


def test_held_out_sensitive_lines_are_all_held_back() -> None:
    """Written without looking at the lexicon: spellings, abbreviations and typos referents use."""
    lines = corpus("lignes-sensibles-2.txt")
    assert len(lines) >= 150
    check = PaperCheck()
    missed = [line for line in lines if not check.reasons(line)]
    print(f"\nlignes sensibles (contrôle) : {len(lines)}, retenues : {len(lines) - len(missed)}")
    assert missed == []


def test_held_out_everyday_lines_are_at_most_two_percent_held_back() -> None:
    lines = corpus("lignes-courantes-2.txt")
    assert len(lines) >= 150
    check = PaperCheck()
    held = {line: [r.text for r in check.reasons(line)] for line in lines if check.reasons(line)}
    rate = len(held) / len(lines)
    print(f"\nlignes courantes (contrôle) : {len(lines)}, retenues : {len(held)} ({rate:.1%})")
    assert rate <= 0.02, held


@pytest.mark.parametrize(
    ("line", "typed"),
    [
        ("ecrire au J.A.P.", "J.A.P."),
        ("Rdv S.P.I.P", "S.P.I.P"),
        ("rdv:spip93", "spip"),
        ("Voir le SPIP35 lundi", "SPIP"),
    ],
)
def test_dotted_acronyms_and_digits_glued_to_a_word_still_match(line: str, typed: str) -> None:
    assert [r.text for r in PaperCheck().reasons(line)] == [f"mot lié à la justice : {typed}"]


@pytest.mark.parametrize(
    "line",
    [
        "A bien prévenu l'employeur de son retard",
        "Il a prévenu la CAF",
        "CAP aménagement paysager",
        "Cellule emploi de la mairie",
        "BNSSA : surveillant de baignade",
        "Réviser les additions",
        "Bac S.T.M.G. à finir",
        "rdv 14h30 CAF",
    ],
)
def test_everyday_senses_of_the_new_words_print(line: str) -> None:
    assert PaperCheck().reasons(line) == ()


def test_a_lone_amenagement_is_the_sentences_unless_it_is_the_work_station() -> None:
    check = PaperCheck()
    assert [r.text for r in check.reasons("dossier aménagement")] == [
        "mot lié à la justice : aménagement"
    ]
    assert [r.text for r in check.reasons("aménagement du poste")] == [
        "mot lié au handicap : aménagement du poste"
    ]
    assert [r.text for r in check.reasons("Le prévenu comparaît")] == [
        "mot lié à la justice : prévenu"
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Relancer la CAF sur le traitement du dossier RSA",
        "traitement de texte",
        "procès-verbal de perte",
        "réserver un vol pour Marseille",
    ],
)
def test_the_issues_harmless_lines_print(line: str) -> None:
    assert PaperCheck().reasons(line) == ()


def test_messages_name_the_category_and_the_words_typed() -> None:
    check = PaperCheck()
    texts = [r.text for r in check.reasons("Préparer l'audience devant le JAP")]
    assert texts == ["mot lié à la justice : audience", "mot lié à la justice : JAP"]
    assert [r.text for r in check.reasons("RDV au Csapa")] == ["mot lié aux addictions : Csapa"]
    assert [r.text for r in check.reasons("Dossier MDPH")] == ["mot lié au handicap : MDPH"]
    assert [r.text for r in check.reasons("Rendez-vous IVG")] == [
        "mot lié à la santé sexuelle : IVG"
    ]
    assert [r.text for r in check.reasons("Voir la psychologue")] == [
        "mot lié à la santé : psychologue"
    ]
    assert [r.text for r in check.reasons("Organiser un parloir")] == [
        "mot lié à la détention : parloir"
    ]
    assert [r.text for r in check.reasons("Appeler l'UDAF pour la curatelle")] == [
        "mot lié à la situation familiale : UDAF",
        "mot lié à la situation familiale : curatelle",
    ]


def test_capitals_only_acronyms_and_inflections() -> None:
    check = PaperCheck()
    assert check.reasons("Il est au QD") and not check.reasons("on verra qd il vient")
    assert check.reasons("Heures de TIGs à finir")  # a final "s" does not count
    assert check.reasons("Elle est enceinte") and check.reasons("Il a été violée")
    assert not check.reasons("Se présenter au CAP cuisine")


def test_names_of_the_file_and_after_a_civility() -> None:
    check = PaperCheck(
        names=name_words("Le Gall") | name_words("Mme Guérin (mère)", capitalised_only=True)
    )
    assert [r.text for r in check.reasons("Passer chez les Gall")] == ["nom de famille : Gall"]
    assert [r.kind for r in check.reasons("Demander une attestation à guérin")] == ["nom"]
    for line, name in (
        ("Appeler M. Durand au foyer", "M. Durand"),
        ("Rendez-vous chez Maître Lefèvre", "Maître Lefèvre"),
        ("Voir le docteur Martin", "docteur Martin"),
        ("Voir Dr Benali", "Dr Benali"),
        ("Écrire à Mme Le Gall", "Mme Le Gall"),
    ):
        assert f"nom d'une personne : {name}" in [r.text for r in check.reasons(line)], line
    assert PaperCheck().reasons("Me présenter à l'accueil") == ()


def test_dates_written_in_the_text_near_a_release_or_a_decision() -> None:
    days = protected_days(
        [date(2026, 5, 21)], [date(2026, 4, 2)], release_window=7, justice_window=1
    )
    check = PaperCheck(protected_days=days)
    assert [r.kind for r in check.reasons("Préparer le sac pour le 22/05")] == ["date"]
    assert check.reasons("Le 21 mai 2026, tout est prêt")[0].text.startswith(
        "date proche de la sortie"
    )
    assert check.reasons("Rendez-vous le 2026-04-03")[0].text.startswith(
        "date proche d'une audience ou d'une décision"
    )
    assert check.reasons("Rendez-vous le 10/03") == ()


def test_the_shipped_lexicon_has_every_category() -> None:
    assert default_lexicon().categories == [
        "justice",
        "prison",
        "sante",
        "addiction",
        "handicap",
        "sexualite",
        "famille",
    ]


def test_a_lexicon_from_text_neutral_phrases_and_longest_match() -> None:
    lexicon = Lexicon.from_text(
        "[justice]\nprocès | juge | juge des enfants\n=QD\n[neutre]\nprocès-verbal\n"
    )
    assert [f.typed for f in lexicon.findings("un procès-verbal, un procès")] == ["procès"]
    assert [f.term for f in lexicon.findings("le Juge des Enfants")] == ["juge des enfants"]
    assert [f.typed for f in lexicon.findings("QD qd")] == ["QD"]
