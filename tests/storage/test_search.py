"""Finding youths and notes: accents, parts of names, several words, metacharacters, filters,
and the derived list table kept right by the write path."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dedans_dehors_desktop.storage import search, youth_index
from dedans_dehors_desktop.storage.store import Store, restore

NewYouth = Callable[..., dict[str, Any]]
TODAY = date.today()


def day(offset: int) -> str:
    return (TODAY + timedelta(days=offset)).isoformat()


@pytest.fixture
def people(store: Store, new_youth: NewYouth) -> dict[str, str]:
    repo = store.repo
    ids = {}
    with store.db.transaction():
        ids["eloise"] = repo.create(
            "jeune", new_youth(nom_naissance="Le Goff", prenoms="Éloïse", sexe="femme")
        )
        ids["kevin"] = repo.create(
            "jeune", new_youth(nom_naissance="Dupont", nom_usage="Martin-Lefèvre", prenoms="Kévin")
        )
        ids["coeur"] = repo.create(
            "jeune", new_youth(nom_naissance="Cœurdevey", prenoms="Noémie", sexe="femme")
        )
        ids["percent"] = repo.create("jeune", new_youth(nom_naissance="Cent%Pour", prenoms="Test"))
        ids["underscore"] = repo.create(
            "jeune", new_youth(nom_naissance="Sous_Ligne", prenoms="Test")
        )
        ids["plain"] = repo.create(
            "jeune", new_youth(nom_naissance="CentXPour", prenoms="SousALigne")
        )
    return ids


def names(results: list[search.YouthRow]) -> set[str]:
    return {r.id for r in results}


def found(store: Store, text: str) -> set[str]:
    via_list = names(search.youth_list(store.db.conn, text))
    via_names = {r[0] for r in search.search_names(store.db.conn, text)}
    if text.strip():
        assert via_list == via_names, "the two name searches disagree"
    return via_list


def test_accent_and_case_insensitive(store: Store, people: dict[str, str]) -> None:
    for text in ("eloise", "ÉLOÏSE", "Eloïse", "éloise", "le goff eloise"):
        assert found(store, text) == {people["eloise"]}, text
    assert found(store, "kevin") == {people["kevin"]}
    assert found(store, "coeur") == found(store, "Cœur") == {people["coeur"]}


def test_any_part_of_any_name(store: Store, people: dict[str, str]) -> None:
    assert found(store, "goff") == {people["eloise"]}
    assert found(store, "lef") == {people["kevin"]}  # nom d'usage
    assert found(store, "dupont") == {people["kevin"]}  # nom de naissance
    assert found(store, "ev") >= {people["kevin"], people["coeur"]}  # inside words


def test_several_words_must_all_match(store: Store, people: dict[str, str]) -> None:
    assert found(store, "kevin martin") == {people["kevin"]}
    assert found(store, "  martin   kevin ") == {people["kevin"]}
    assert found(store, "kevin goff") == set()


def test_like_metacharacters_are_literal(store: Store, people: dict[str, str]) -> None:
    assert found(store, "t%p") == {people["percent"]}
    assert found(store, "%") == {people["percent"]}
    assert found(store, "s_l") == {people["underscore"]}
    assert found(store, "_") == {people["underscore"]}
    assert found(store, "\\") == set()


def test_empty_query_lists_everyone_in_order(store: Store, people: dict[str, str]) -> None:
    listed = search.youth_list(store.db.conn, "")
    assert names(listed) == set(people.values())
    assert search.search_names(store.db.conn, "   ") == []
    assert len(search.youth_list(store.db.conn, "", limit=2)) == 2


def test_deleted_youths_are_not_found(store: Store, people: dict[str, str]) -> None:
    store.repo.delete("jeune", people["eloise"])
    assert found(store, "eloise") == set()
    assert people["eloise"] not in names(search.youth_list(store.db.conn))


def test_renamed_youth_found_by_new_name_only(store: Store, people: dict[str, str]) -> None:
    store.repo.update("jeune", people["eloise"], {"nom_usage": "Kerbrat"})
    assert found(store, "kerbrat") == {people["eloise"]}
    assert found(store, "goff") == {people["eloise"]}  # birth name kept
    store.repo.update("jeune", people["eloise"], {"prenoms": "Léa"})
    assert found(store, "eloise") == set()


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=st.text(max_size=60))
def test_any_text_is_a_valid_name_query(store: Store, text: str) -> None:
    search.youth_list(store.db.conn, text)
    search.search_names(store.db.conn, text)


# --- filters and the derived list table --------------------------------------------------------


@pytest.fixture
def two_places(store: Store, new_youth: NewYouth) -> dict[str, str]:
    repo = store.repo
    with store.db.transaction():
        ids = {
            "ma": repo.create("etablissement", {"nom": "Maison d'arrêt", "type": "MA"}),
            "cp": repo.create("etablissement", {"nom": "Centre pénitentiaire", "type": "CP"}),
            "disp": repo.create("dispositif", {"nom": "Dedans-Dehors"}),
        }
        ids["a"] = repo.create("jeune", new_youth(nom_naissance="Alpha"))
        ids["b"] = repo.create("jeune", new_youth(nom_naissance="Bravo"))
        ids["c"] = repo.create("jeune", new_youth(nom_naissance="Charlie"))
        ids["suivi_a"] = repo.create(
            "suivi_judiciaire",
            {
                "jeune_id": ids["a"],
                "milieu": "ferme",
                "etablissement_id": ids["ma"],
                "date_ecrou": day(-100),
                "date_liberation_prev": day(60),
            },
        )
        repo.create("suivi_judiciaire", {"jeune_id": ids["b"], "milieu": "ouvert"})
        ids["acc_a"] = repo.create(
            "accompagnement",
            {"jeune_id": ids["a"], "dispositif_id": ids["disp"], "date_entree": day(-90)},
        )
        ids["acc_b"] = repo.create(
            "accompagnement",
            {
                "jeune_id": ids["b"],
                "dispositif_id": ids["disp"],
                "date_entree": day(-300),
                "date_fin": day(-10),
            },
        )
        ids["rdv_a"] = repo.create(
            "actualite",
            {
                "jeune_id": ids["a"],
                "date": day(3),
                "heure": "10:30",
                "type": "entretien",
                "presence": "planifie",
            },
        )
        repo.create(
            "actualite",
            {"jeune_id": ids["a"], "date": day(9), "type": "entretien", "presence": "planifie"},
        )
        repo.create(
            "actualite",
            {"jeune_id": ids["a"], "date": day(-3), "type": "entretien", "presence": "present"},
        )
    return ids


def summary(store: Store, jeune_id: str) -> search.YouthRow:
    (row,) = [r for r in search.youth_list(store.db.conn) if r.id == jeune_id]
    return row


def test_filters(store: Store, two_places: dict[str, str]) -> None:
    conn, ids = store.db.conn, two_places
    assert names(search.youth_list(conn, etablissement_id=ids["ma"])) == {ids["a"]}
    assert names(search.youth_list(conn, etablissement_id=ids["cp"])) == set()
    assert names(search.youth_list(conn, milieu="ferme")) == {ids["a"]}
    assert names(search.youth_list(conn, milieu="ouvert")) == {ids["b"]}
    assert names(search.youth_list(conn, en_cours=True)) == {ids["a"]}
    assert names(search.youth_list(conn, en_cours=False)) == {ids["b"], ids["c"]}
    assert names(search.youth_list(conn, "alpha", milieu="ferme", en_cours=True)) == {ids["a"]}
    assert names(search.youth_list(conn, "bravo", milieu="ferme")) == set()


def test_list_columns(store: Store, two_places: dict[str, str]) -> None:
    a = summary(store, two_places["a"])
    assert (a.nom, a.etablissement, a.milieu) == ("Alpha", "Maison d'arrêt", "ferme")
    assert a.date_liberation_prev == day(60)
    assert a.next_appointment(day(0)) == f"{day(3)} 10:30"
    assert a.en_cours(day(0)) is True
    c = summary(store, two_places["c"])
    assert (c.milieu, c.next_appointment(day(0)), c.en_cours(day(0))) == (None, None, False)


def jeune_liste(store: Store) -> dict[str, tuple[Any, ...]]:
    return {
        r[0]: tuple(r[1:])
        for r in store.db.conn.execute(
            "SELECT jeune_id, etablissement_id, milieu, date_liberation_prev, prochain_rdv, "
            "has_acc, acc_fin FROM jeune_liste"
        )
    }


def rebuilt(store: Store) -> dict[str, tuple[Any, ...]]:
    """What a full rebuild computes, inside a transaction rolled back afterwards."""
    conn = store.db.conn
    conn.execute("SAVEPOINT rebuild")
    try:
        youth_index.rebuild(conn)
        return jeune_liste(store)
    finally:
        conn.execute("ROLLBACK TO rebuild")
        conn.execute("RELEASE rebuild")


def test_derived_table_follows_updates_and_deletions(
    store: Store, two_places: dict[str, str], new_youth: NewYouth
) -> None:
    repo, ids = store.repo, two_places
    assert jeune_liste(store) == rebuilt(store)
    repo.update(
        "suivi_judiciaire",
        ids["suivi_a"],
        {"etablissement_id": ids["cp"], "date_liberation_prev": day(30)},
    )
    assert summary(store, ids["a"]).etablissement == "Centre pénitentiaire"
    assert summary(store, ids["a"]).date_liberation_prev == day(30)
    assert jeune_liste(store) == rebuilt(store)
    repo.delete("actualite", ids["rdv_a"])  # next appointment moves to the one after
    assert summary(store, ids["a"]).next_appointment(day(0)) == day(9)
    repo.update("accompagnement", ids["acc_a"], {"date_fin": day(-1)})
    assert summary(store, ids["a"]).en_cours(day(0)) is False
    repo.delete("accompagnement", ids["acc_b"])
    assert summary(store, ids["b"]).en_cours(day(0)) is False
    newer = repo.create(
        "suivi_judiciaire", {"jeune_id": ids["a"], "milieu": "ouvert", "date_ecrou": day(-5)}
    )
    assert summary(store, ids["a"]).milieu == "ouvert"  # the latest period wins
    repo.delete("suivi_judiciaire", newer)
    assert summary(store, ids["a"]).milieu == "ferme"
    assert jeune_liste(store) == rebuilt(store)
    repo.delete("jeune", ids["a"])
    assert ids["a"] not in jeune_liste(store)
    assert jeune_liste(store) == rebuilt(store)
    d = repo.create("jeune", new_youth(nom_naissance="Delta"))
    assert d in jeune_liste(store)


def test_derived_table_when_a_record_moves_to_another_youth(
    store: Store, two_places: dict[str, str]
) -> None:
    """Merging duplicates moves records from one youth to another: both list rows change."""
    ids = two_places
    store.repo.update("actualite", ids["rdv_a"], {"jeune_id": ids["c"]})
    store.repo.update("accompagnement", ids["acc_a"], {"jeune_id": ids["c"]})
    store.repo.update("suivi_judiciaire", ids["suivi_a"], {"jeune_id": ids["c"]})
    assert summary(store, ids["c"]).next_appointment(day(0)) == f"{day(3)} 10:30"
    assert summary(store, ids["c"]).milieu == "ferme"
    a = summary(store, ids["a"])
    assert (a.next_appointment(day(0)), a.milieu, a.en_cours(day(0))) == (day(9), None, False)
    assert jeune_liste(store) == rebuilt(store)


def test_derived_table_right_after_a_restore(
    store: Store, two_places: dict[str, str], tmp_path: Path, user_name: str, passphrase: str
) -> None:
    expected = jeune_liste(store)
    backup = tmp_path / "copie.ddbak"
    store.backup(backup)
    root = store.paths.root
    store.close()
    restore(backup, root, user=user_name, passphrase=passphrase)
    with Store.open(root, user=user_name, passphrase=passphrase) as restored:
        assert jeune_liste(restored) == expected
        assert summary(restored, two_places["a"]).next_appointment(day(0)) == f"{day(3)} 10:30"
        assert names(search.youth_list(restored.db.conn, milieu="ferme")) == {two_places["a"]}


def test_passed_appointment_refreshed_at_open(
    store: Store, two_places: dict[str, str], user_name: str, passphrase: str
) -> None:
    """The stored next appointment is computed at write time; a stale one is refreshed at open."""
    conn = store.db.conn
    conn.execute(
        "UPDATE jeune_liste SET prochain_rdv = ? WHERE jeune_id = ?", (day(-1), two_places["a"])
    )
    root = store.paths.root
    store.close()
    with Store.open(root, user=user_name, passphrase=passphrase) as reopened:
        assert summary(reopened, two_places["a"]).next_appointment(day(0)) == f"{day(3)} 10:30"


# --- notes -------------------------------------------------------------------------------------


@pytest.fixture
def notes(store: Store, new_youth: NewYouth) -> dict[str, str]:
    repo = store.repo
    with store.db.transaction():
        jid = repo.create("jeune", new_youth())
        ids = {"jeune": jid}
        for key, text in (
            ("cv", "Il a préparé son CV et une lettre de motivation."),
            ("logement", "Démarches logement : dossier FJT à compléter."),
            ("hotel", "Hébergement d'urgence à l'hôtel, très inquiet."),
            ("sans", "Rien de particulier."),
        ):
            ids[key] = repo.create(
                "actualite",
                {"jeune_id": jid, "date": "01/02/2025", "type": "entretien", "note": text},
            )
    return ids


def note_ids(store: Store, text: str) -> set[str]:
    return {r[0] for r in search.search_notes(store.db.conn, text)}


def test_notes_found_accent_insensitively(store: Store, notes: dict[str, str]) -> None:
    assert note_ids(store, "hebergement") == {notes["hotel"]}
    assert note_ids(store, "HÔTEL") == {notes["hotel"]}
    assert note_ids(store, "demarches") == {notes["logement"]}
    assert note_ids(store, "dossier compléter") == {notes["logement"]}
    assert note_ids(store, "lettre motivation") == {notes["cv"]}
    assert note_ids(store, "lettre motiv*") == {notes["cv"]}  # prefix only when asked
    assert note_ids(store, "lettre logement") == set()


def test_deleted_and_edited_notes(store: Store, notes: dict[str, str]) -> None:
    store.repo.delete("actualite", notes["hotel"])
    assert note_ids(store, "hotel") == set()
    store.repo.update("actualite", notes["cv"], {"note": "Nouvelle note sur la formation."})
    assert note_ids(store, "motivation") == set()
    assert note_ids(store, "formation") == {notes["cv"]}
    store.repo.delete("jeune", notes["jeune"])
    assert note_ids(store, "formation") == set()


@pytest.mark.parametrize(
    "text",
    [
        '"',
        '""',
        "*",
        "NEAR",
        "NEAR(a b)",
        "a OR b",
        "OR",
        "-",
        "-logement",
        "logement -fjt",
        "note:cv",
        "(",
        ")",
        "^cv",
        "AND",
        "NOT",
        "a AND NOT b",
        "'",
        "{cv}",
        "cv*",
        "\x00",
        "é\u0301",
        "🙂",
    ],
)
def test_fts_syntax_in_user_text_never_raises(
    store: Store, notes: dict[str, str], text: str
) -> None:
    search.search_notes(store.db.conn, text)


def test_fts_operators_are_plain_words(store: Store, notes: dict[str, str]) -> None:
    assert note_ids(store, "logement OR hotel") == set()  # every word must match
    assert note_ids(store, "-fjt") == {notes["logement"]}  # not a NOT


@settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=st.text(max_size=80))
def test_any_text_is_a_valid_note_query(store: Store, notes: dict[str, str], text: str) -> None:
    search.search_notes(store.db.conn, text)
