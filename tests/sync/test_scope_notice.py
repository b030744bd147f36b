"""A youth created on a laptop outside its scope is said so at creation, with the choice to keep
it or hand it over; nothing leaves a laptop without its name being shown (issue 13)."""

from __future__ import annotations

from dedans_dehors_desktop.sync.devices import find_device
from dedans_dehors_desktop.sync.scope import DOSSIER, ScopeRule
from dedans_dehors_desktop.sync.scope_notice import (
    keep_on_this_laptop,
    pending_keeps,
    scope_warning_for_new_youth,
)

from .world import World, youth


def test_creation_outside_the_scope_is_said_with_both_choices(world: World) -> None:
    assert scope_warning_for_new_youth(world.a.db, youth(referent="alice")) is None
    warning = scope_warning_for_new_youth(world.a.db, youth(referent="Bob"))
    assert warning is not None
    assert "Lucas Martin" in warning.message and "périmètre" in warning.message
    assert warning.keep_label == "Garder sur ce poste"
    assert warning.hand_over_label == "Confier au bureau"
    assert scope_warning_for_new_youth(world.office.db, youth(referent="Bob")) is None


def test_a_youth_handed_over_leaves_with_its_name_shown(world: World) -> None:
    y = world.a.repo.create("jeune", youth(referent="Bob", prenoms="Sami", nom_naissance="Ali"))
    world.sync("a", "office")
    result = world.sync("office", "a")
    assert result.purged == 1 and world.a.repo.get("jeune", y) is None
    assert "1 dossier retiré de ce poste (Ali Sami)" in result.message
    assert world.office.repo.get("jeune", y) is not None


def test_a_youth_kept_widens_the_scope_at_the_office(world: World) -> None:
    y = world.a.repo.create("jeune", youth(referent="Bob"))
    keep_on_this_laptop(world.a.db, y)
    world.sync("a", "office")
    device = find_device(world.office.db, "Portable A")
    assert ScopeRule(DOSSIER, y) in device.scope
    result = world.sync("office", "a")
    assert result.purged == 0 and world.a.repo.get("jeune", y) is not None
    assert pending_keeps(world.a.db) == []
    assert scope_warning_for_new_youth(world.a.db, youth(referent="Bob"), y) is None
    world.settle()
    assert world.a.repo.get("jeune", y) is not None
