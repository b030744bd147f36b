"""Conflict listing and resolution details: labels, typed values, deleted records."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from dedans_dehors_desktop.sync.conflicts import (
    choose,
    confirm_deletion,
    count_conflicts,
    list_conflicts,
    restore,
)

from .world import World, case_state, youth


def _interview(world: World) -> tuple[str, str]:
    y = world.office.repo.create("jeune", youth())
    a = world.office.repo.create(
        "actualite", {"jeune_id": y, "date": "02/03/2026", "type": "entretien", "duree": 30}
    )
    world.sync("office", "a")
    return y, a


def test_values_are_shown_with_labels_authors_devices_and_times(world: World) -> None:
    y, a = _interview(world)
    world.a.repo.update("actualite", a, {"date": "03/03/2026", "duree": 45})
    world.office.repo.update("actualite", a, {"date": "04/03/2026", "duree": 45})
    world.sync("a", "office")
    [conflict] = list_conflicts(world.office.db)  # same duration on both sides: no conflict
    assert (conflict.table_label, conflict.field_label, conflict.youth) == (
        "Actualité",
        "Date",
        "Lucas Martin",
    )
    assert {v.text for v in conflict.values} == {"03/03/2026", "04/03/2026"}
    assert {(v.author, v.device) for v in conflict.values} == {
        ("referent-a", "Portable A"),
        ("bureau", "Bureau — Mission Locale de test"),
    }
    now = datetime.now(UTC)
    for v in conflict.values:
        assert v.when is not None and now - timedelta(minutes=5) < v.when <= now
    assert sum(v.provisional for v in conflict.values) == 1
    assert count_conflicts(world.office.db) == 1
    del y


def test_a_typed_value_is_validated_and_stored_like_any_edit(world: World) -> None:
    _, a = _interview(world)
    world.a.repo.update("actualite", a, {"date": "03/03/2026"})
    world.office.repo.update("actualite", a, {"date": "04/03/2026"})
    world.sync("a", "office")
    [conflict] = list_conflicts(world.office.db)
    choose(world.office, conflict, "05/03/2026")
    assert world.office.repo.get("actualite", a)["date"] == "2026-03-05"  # type: ignore[index]
    world.sync("office", "a")
    assert world.a.repo.get("actualite", a)["date"] == "2026-03-05"  # type: ignore[index]
    assert count_conflicts(world.a.db) == count_conflicts(world.office.db) == 0


def test_a_record_deleted_here_and_edited_there(world: World) -> None:
    y, a = _interview(world)
    world.office.repo.delete("actualite", a)
    world.a.repo.update("actualite", a, {"duree": 90})
    world.sync("a", "office")
    world.sync("office", "a")
    for store in (world.office, world.a):
        [conflict] = list_conflicts(store.db)
        assert conflict.record_deleted and conflict.field == "duree"
        assert store.repo.get("actualite", a) is None
    restore(world.a, list_conflicts(world.a.db)[0])
    record = world.a.repo.get("actualite", a)
    assert record is not None and record["duree"] == 90 and record["type"] == "entretien"
    world.sync("a", "office")
    assert case_state(world.office) == case_state(world.a)
    assert world.office.repo.get("jeune", y) is not None


def test_confirming_a_deletion_of_a_record_edited_elsewhere(world: World) -> None:
    _, a = _interview(world)
    world.office.repo.delete("actualite", a)
    world.a.repo.update("actualite", a, {"duree": 90})
    world.sync("a", "office")
    confirm_deletion(world.office, list_conflicts(world.office.db)[0])
    world.sync("office", "a")
    for store in (world.office, world.a):
        assert count_conflicts(store.db) == 0
        assert store.repo.get("actualite", a) is None
    history = world.office.repo.history("actualite", a)
    assert history[-1]["origin"] == "résolution"
