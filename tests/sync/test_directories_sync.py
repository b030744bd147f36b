"""Directories made at the office reach the laptops, retirements and edits included."""

from __future__ import annotations

from dedans_dehors_desktop.services import directories

from .world import World


def names(world: World, name: str, table: str) -> list[tuple[str, bool]]:
    store = world.stores[name]
    return [(e.name, e.retired) for e in directories.entries(store, table)]


def test_directories_round_trip(world: World) -> None:
    office = world.office
    etab = directories.create(office, "etablissement", {"nom": "CP de Rennes-Vezin"})
    directories.create(office, "referent", {"nom": "Martin", "prenom": "Alice"})
    directories.create(
        office, "partenaire", {"nom": "CIDFF", "sensible": False, "contact": "Mme Roux"}
    )
    directories.create(
        office,
        "dispositif",
        {"nom": "PACEA", "regles": [{"id": "age", "type": "age", "min": 16, "max": 25}]},
    )
    world.sync("office", "a")
    assert names(world, "a", "etablissement") == [("CP de Rennes-Vezin", False)]
    assert names(world, "a", "referent") == [("Alice Martin", False)]
    assert names(world, "a", "partenaire") == [("CIDFF", False)]
    rules = directories.find_by_name(world.a, "dispositif", "pacea")
    assert rules is not None and '"min": 16' in rules["regles"]

    directories.retire(office, "etablissement", etab)
    directories.update(
        world.a,
        "partenaire",
        directories.entries(world.a, "partenaire")[0].id,
        {"telephone": "0299"},
    )
    world.sync("office", "a")
    world.sync("a", "office")
    assert names(world, "a", "etablissement") == [("CP de Rennes-Vezin", True)]
    assert directories.entries(office, "partenaire")[0].record["telephone"] == "0299"
    assert directories.choices(world.a, "etablissement") == []
    assert directories.choices(world.a, "etablissement", keep=etab) == [
        (etab, "CP de Rennes-Vezin")
    ]
