"""Scopes: a laptop receives only its case files; one that leaves its scope is removed from the
laptop (never deleted at the office), and only once the office has everything it held."""

from __future__ import annotations

from pathlib import Path

from dedans_dehors_desktop.sync.devices import find_device, set_scope
from dedans_dehors_desktop.sync.scope import parse_rule, scope_youths

from .world import World, build_template, open_world, youth


def _ids(world: World, name: str, table: str = "jeune") -> set[str]:
    return {r[0] for r in world.stores[name].db.conn.execute(f"SELECT id FROM {table}")}


def test_a_laptop_receives_only_its_caseload_and_every_reference(split_world: World) -> None:
    w = split_world
    prison = w.office.repo.create("etablissement", {"nom": "Centre pénitentiaire de Rennes"})
    alice = w.office.repo.create("jeune", youth())
    zoe = w.office.repo.create("jeune", youth(nom_naissance="Bernard", referent="Zoé"))
    note = w.office.repo.create(
        "actualite",
        {"jeune_id": zoe, "date": "03/03/2026", "type": "entretien", "note": "Note de Zoé"},
    )
    w.sync("office", "a")
    w.sync("office", "c")
    assert _ids(w, "a") == {alice}
    assert _ids(w, "c") == {zoe}
    assert _ids(w, "c", "actualite") == {note}
    assert _ids(w, "a", "actualite") == set()
    assert _ids(w, "a", "etablissement") == _ids(w, "c", "etablissement") == {prison}


def test_a_case_file_that_leaves_the_scope_is_removed_from_the_laptop_only(
    split_world: World,
) -> None:
    w = split_world
    y = w.office.repo.create("jeune", youth())
    w.office.repo.create(
        "actualite",
        {"jeune_id": y, "date": "03/03/2026", "type": "entretien", "note": "Vu au parloir"},
    )
    w.sync("office", "a")
    w.a.repo.update("jeune", y, {"telephone": "0611111111"})
    w.sync("a", "office")
    w.office.repo.update("jeune", y, {"referent": "Zoé"})
    result = w.sync("office", "a")
    assert result.purged == 1 and "1 dossier retiré de ce poste" in result.message
    a = w.a.db.conn
    assert a.execute("SELECT count(*) FROM jeune").fetchone()[0] == 0
    assert a.execute("SELECT count(*) FROM actualite").fetchone()[0] == 0
    assert a.execute("SELECT count(*) FROM history").fetchone()[0] == 0
    assert a.execute("SELECT count(*) FROM jeune_liste").fetchone()[0] == 0
    assert (
        a.execute(
            "SELECT count(*) FROM actualite_fts WHERE actualite_fts MATCH 'parloir'"
        ).fetchone()[0]
        == 0
    )
    assert w.office.repo.get("jeune", y)["telephone"] == "0611111111"  # type: ignore[index]
    w.sync("office", "c")
    assert _ids(w, "c") == {y}
    assert _ids(w, "c", "actualite") == _ids(w, "office", "actualite")
    # The removal does not come back to the office as a deletion.
    w.sync("a", "office")
    assert w.office.repo.get("jeune", y) is not None


def test_removal_waits_until_the_office_has_the_laptops_changes(split_world: World) -> None:
    w = split_world
    y = w.office.repo.create("jeune", youth())
    w.sync("office", "a")
    w.a.repo.update("jeune", y, {"commune": "Fougères"})  # not yet sent to the office
    w.office.repo.update("jeune", y, {"referent": "Zoé"})
    result = w.sync("office", "a")
    assert result.purged == 0 and result.deferred == 1
    assert w.a.repo.get("jeune", y) is not None  # kept: the office lacks the change
    w.sync("a", "office")
    assert w.office.repo.get("jeune", y)["commune"] == "Fougères"  # type: ignore[index]
    assert w.sync("office", "a").purged == 1
    assert _ids(w, "a") == set()


def test_a_draft_keeps_the_case_file_on_the_laptop(split_world: World) -> None:
    w = split_world
    y = w.office.repo.create("jeune", youth())
    w.sync("office", "a")
    w.a.repo.save_draft("brouillon-1", "actualite", y, {"note": "en cours de saisie"})
    w.office.repo.update("jeune", y, {"referent": "Zoé"})
    assert w.sync("office", "a").deferred == 1
    w.a.repo.discard_draft("brouillon-1")
    assert w.sync("office", "a").purged == 1


def test_a_case_file_back_in_scope_is_sent_whole_again(split_world: World) -> None:
    w = split_world
    y = w.office.repo.create("jeune", youth())
    note = w.office.repo.create(
        "actualite", {"jeune_id": y, "date": "03/03/2026", "type": "entretien"}
    )
    w.sync("office", "a")
    w.sync("a", "office")
    w.office.repo.update("jeune", y, {"referent": "Zoé"})
    w.sync("office", "a")
    assert _ids(w, "a") == set()
    w.office.repo.update("jeune", y, {"referent": "Alice"})
    w.sync("office", "a")
    assert _ids(w, "a") == {y} and _ids(w, "a", "actualite") == {note}


def test_a_case_file_created_on_a_laptop_outside_its_scope_goes_to_the_office(
    split_world: World,
) -> None:
    w = split_world
    y = w.a.repo.create("jeune", youth(referent="Zoé"))
    w.sync("a", "office")
    assert w.office.repo.get("jeune", y) is not None
    assert w.sync("office", "a").purged == 1
    assert w.office.repo.get("jeune", y) is not None
    w.sync("office", "c")
    assert _ids(w, "c") == {y}


def test_scope_by_establishment(tmp_path: Path) -> None:
    template = build_template(
        tmp_path / "t", scope_a="referent:Personne", scope_c="referent:Personne"
    )
    w = open_world(template, tmp_path / "w")
    try:
        inside = w.office.repo.create("etablissement", {"nom": "Maison d'arrêt de Brest"})
        outside = w.office.repo.create("etablissement", {"nom": "Centre de détention de Caen"})
        ys = []
        for place in (inside, outside):
            y = w.office.repo.create("jeune", youth(referent="Quelqu'un"))
            w.office.repo.create(
                "suivi_judiciaire", {"jeune_id": y, "milieu": "ferme", "etablissement_id": place}
            )
            ys.append(y)
        rule = parse_rule("etablissement:maison d'arret de brest", w.office.db)
        assert rule.value == inside
        assert scope_youths(w.office.db, [rule]) == {ys[0]}
        set_scope(w.office.db, find_device(w.office.db, "Portable A").device_id, (rule,))
        w.sync("office", "a")
        assert _ids(w, "a") == {ys[0]}
        assert len(_ids(w, "a", "suivi_judiciaire")) == 1
    finally:
        w.close()


def test_a_case_file_back_in_scope_before_its_removal_was_acknowledged_comes_whole(
    split_world: World,
) -> None:
    w = split_world
    y = w.office.repo.create("jeune", youth())
    w.sync("office", "a")
    note = w.a.repo.create("actualite", {"jeune_id": y, "date": "03/03/2026", "type": "entretien"})
    w.sync("a", "office")  # the office now holds the note exactly as A sent it
    w.office.repo.update("jeune", y, {"referent": "Zoé"})
    assert w.sync("office", "a").purged == 1  # A removes the case file, note included
    w.office.repo.update("jeune", y, {"referent": "Alice"})
    w.sync("office", "a")  # before A acknowledged the removal
    assert _ids(w, "a", "actualite") == {note}
