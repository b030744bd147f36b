"""SYNC.md acceptance tests 1, 3, 4, 5, 6, 8 (in process), 9 and 10, with real stores and real
bundle files. Test 2 is the property-based test in test_convergence.py, test 7 is in
test_rejections.py, test 8 with a killed process in test_kill.py."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dedans_dehors_desktop.core.entities import ENTITIES
from dedans_dehors_desktop.crypto.bundle_format import open_bundle
from dedans_dehors_desktop.storage.store import Store, restore
from dedans_dehors_desktop.sync.conflicts import (
    choose,
    confirm_deletion,
    list_conflicts,
)
from dedans_dehors_desktop.sync.conflicts import restore as restore_record
from dedans_dehors_desktop.sync.devices import load_identity, signer_lookup
from dedans_dehors_desktop.sync.errors import SyncReason, SyncRejected
from dedans_dehors_desktop.sync.payload import (
    Head,
    RecordState,
    end_line,
    head_line,
    read_items,
    record_line,
)
from dedans_dehors_desktop.sync.state import read_state

from .world import PASSPHRASE, World, case_state, craft, dump, youth


def _telephone(store: Store, jeune_id: str) -> object:
    record = store.repo.get("jeune", jeune_id)
    return None if record is None else record["telephone"]


# --- 1. idempotence --------------------------------------------------------------------------


def test_importing_the_same_bundle_twice_changes_nothing_and_says_so(world: World) -> None:
    y = world.office.repo.create("jeune", youth())
    world.office.repo.create(
        "actualite",
        {"jeune_id": y, "date": "02/03/2026", "type": "entretien", "note": "Premier entretien"},
    )
    bundle = world.export("office", "a")
    first = world.deliver(bundle, "a")
    assert first.records == 2 and not first.already
    before = dump(world.a)
    again = world.deliver(bundle, "a")
    assert again.already
    assert again.message == "Ce paquet a déjà été importé : rien n'a changé."
    assert dump(world.a) == before


def test_a_later_bundle_with_the_same_content_is_a_no_op(world: World) -> None:
    y = world.office.repo.create("jeune", youth())
    world.sync("office", "a")
    before = case_state(world.a)
    # Nothing acknowledged yet: the next bundle carries the same record again.
    result = world.sync("office", "a")
    assert result.records == 0 and result.conflicts == 0
    assert case_state(world.a) == before
    assert world.a.repo.get("jeune", y) is not None


def test_a_record_sent_back_to_its_author_is_not_echoed(world: World) -> None:
    y = world.a.repo.create("jeune", youth())
    world.sync("a", "office")
    world.sync("office", "a")
    # The office's state of the record is exactly what A sent: A's next bundle leaves it out.
    bundle = world.export("a", "office")
    assert world.deliver(bundle, "office").received == {}
    assert world.office.repo.get("jeune", y) is not None


# --- 3. concurrent edits of different fields ---------------------------------------------------


def test_concurrent_edits_of_different_fields_both_survive(world: World) -> None:
    y = world.office.repo.create("jeune", youth())
    world.sync("office", "a")
    world.a.repo.update("jeune", y, {"telephone": "0612345678"})
    world.office.repo.update("jeune", y, {"commune": "Rennes"})
    world.sync("a", "office")
    world.sync("office", "a")
    for store in (world.office, world.a):
        record = store.repo.get("jeune", y)
        assert record is not None
        assert (record["telephone"], record["commune"]) == ("0612345678", "Rennes")
        assert list_conflicts(store.db) == []


# --- 4. concurrent edits of the same field ------------------------------------------------------


def test_same_field_conflict_appears_everywhere_and_one_resolution_closes_it(world: World) -> None:
    y = world.office.repo.create("jeune", youth())
    world.sync("office", "a")
    world.sync("office", "c")
    world.a.repo.update("jeune", y, {"telephone": "0611111111"})
    world.c.repo.update("jeune", y, {"telephone": "0622222222"})
    world.settle()
    shown = set()
    for store in (world.office, world.a, world.c):
        conflicts = list_conflicts(store.db)
        assert [(c.table, c.record_id, c.field) for c in conflicts] == [("jeune", y, "telephone")]
        assert {v.text for v in conflicts[0].values} == {"0611111111", "0622222222"}
        assert {v.device for v in conflicts[0].values} == {"Portable A", "Portable C"}
        shown.add(_telephone(store, y))
    assert len(shown) == 1  # the same provisional value on every installation

    conflict = list_conflicts(world.c.db)[0]
    chosen = next(v for v in conflict.values if v.text == "0611111111")
    choose(world.c, conflict, chosen.value)
    assert list_conflicts(world.c.db) == []
    world.settle()
    for store in (world.office, world.a, world.c):
        assert list_conflicts(store.db) == []
        assert _telephone(store, y) == "0611111111"
    history = world.office.repo.history("jeune", y)
    assert any(h["origin"] == "résolution" for h in history)


def test_a_laptop_that_hears_of_a_conflict_only_through_the_office_shows_it(world: World) -> None:
    y = world.office.repo.create("jeune", youth())
    world.sync("office", "a")
    world.sync("office", "c")
    world.a.repo.update("jeune", y, {"commune": "Brest"})
    world.office.repo.update("jeune", y, {"commune": "Vannes"})
    world.sync("a", "office")
    result = world.sync("office", "c")  # C edited nothing
    assert result.conflicts == 1
    assert "1 conflit à examiner" in result.message
    states = {name: case_state(world.stores[name]) for name in ("office", "c")}
    assert states["office"] == states["c"]
    assert [c.field for c in list_conflicts(world.c.db)] == ["commune"]


# --- 5. same field, same value ------------------------------------------------------------------


def test_same_value_on_both_sides_is_no_conflict(world: World) -> None:
    y = world.office.repo.create("jeune", youth())
    world.sync("office", "a")
    world.a.repo.update("jeune", y, {"commune": "Lorient"})
    world.office.repo.update("jeune", y, {"commune": "Lorient"})
    world.settle()
    for store in (world.office, world.a, world.c):
        assert list_conflicts(store.db) == []
        assert store.repo.get("jeune", y)["commune"] == "Lorient"  # type: ignore[index]
    assert case_state(world.office) == case_state(world.a) == case_state(world.c)


# --- 6. delete vs edit ---------------------------------------------------------------------------


def _deleted_vs_edited(world: World) -> str:
    y = world.office.repo.create("jeune", youth(telephone="0600000000"))
    world.sync("office", "a")
    world.office.repo.delete("jeune", y)
    world.a.repo.update("jeune", y, {"telephone": "0699999999"})
    world.settle()
    return y


def test_delete_vs_edit_is_neither_lost_nor_silently_resurrected(world: World) -> None:
    y = _deleted_vs_edited(world)
    for store in (world.office, world.a):
        assert store.repo.get("jeune", y) is None  # not resurrected
        conflicts = list_conflicts(store.db)
        assert [c.field for c in conflicts] == ["telephone"]
        assert conflicts[0].record_deleted
        assert {v.text for v in conflicts[0].values} == {"(vide)", "0699999999"}  # not lost
        assert conflicts[0].youth == "Lucas Martin"
    assert case_state(world.office) == case_state(world.a)
    # C never held this case file, and a deleted one does not enter its scope.
    assert world.c.db.conn.execute("SELECT count(*) FROM jeune").fetchone()[0] == 0


def test_confirming_the_deletion_closes_it_everywhere(world: World) -> None:
    y = _deleted_vs_edited(world)
    confirm_deletion(world.a, list_conflicts(world.a.db)[0])
    world.settle()
    for store in (world.office, world.a):
        assert list_conflicts(store.db) == []
        assert store.repo.get("jeune", y) is None


def test_restoring_brings_back_the_case_file_with_the_edit(world: World) -> None:
    y = _deleted_vs_edited(world)
    restore_record(world.office, list_conflicts(world.office.db)[0])
    world.settle()
    for store in (world.office, world.a, world.c):  # restored: in scope again, C gets it too
        record = store.repo.get("jeune", y)
        assert record is not None
        assert (record["nom_naissance"], record["telephone"]) == ("Martin", "0699999999")
        assert list_conflicts(store.db) == []


def test_a_record_added_to_a_case_file_deleted_elsewhere_is_shown(world: World) -> None:
    y = world.office.repo.create("jeune", youth())
    old = world.office.repo.create(
        "actualite", {"jeune_id": y, "date": "01/03/2026", "type": "entretien"}
    )
    world.sync("office", "a")
    world.office.repo.delete("jeune", y)
    new = world.a.repo.create(
        "actualite",
        {"jeune_id": y, "date": "05/03/2026", "type": "entretien", "note": "Vu au parloir"},
    )
    world.settle()
    for store in (world.office, world.a):
        assert store.repo.get("jeune", y) is None
        conflicts = list_conflicts(store.db)
        assert [c.kind for c in conflicts] == ["orphans"]
    restore_record(world.a, list_conflicts(world.a.db)[0])
    world.settle()
    for store in (world.office, world.a):
        assert store.repo.get("jeune", y) is not None
        assert store.repo.get("actualite", new) is not None
        assert store.repo.get("actualite", old) is not None  # deleted with the youth: back too
        assert list_conflicts(store.db) == []


# --- 8. a failure in the middle of an import ---------------------------------------------------


def test_an_import_interrupted_midway_leaves_the_old_state_and_can_be_redone(world: World) -> None:
    for i in range(300):
        world.office.repo.create("jeune", youth(nom_naissance=f"Nom{i}"))
    bundle = world.export("office", "a")
    before = dump(world.a)

    def crash(done: int, total: int) -> None:
        # Called every 200 records: the first call comes with 100 records still to apply.
        raise KeyboardInterrupt  # like a power cut: not an error the code expects

    with pytest.raises(KeyboardInterrupt):
        world.deliver(bundle, "a", progress=crash)
    assert dump(world.a) == before
    assert world.deliver(bundle, "a").records == 300


# --- 9. versions ---------------------------------------------------------------------------------


def _payload_of(world: World, bundle: Path, reader: str) -> list[object]:
    store = world.stores[reader]
    identity = load_identity(store.db)
    assert identity is not None
    with bundle.open("rb") as f:
        return list(read_items(open_bundle(f, identity, signer_lookup(store.db)).chunks()))


def test_a_field_unknown_to_this_version_survives_a_round_trip(world: World) -> None:
    y = world.a.repo.create("jeune", youth())
    state = read_state(world.a.db, "jeune", y)
    assert state is not None
    dot = state.registers["nom_naissance"][0][1]
    state.registers["pronom_prefere"] = (("iel", dot),)  # written by a newer version
    vv = {world.a.db.replica_id: dot.counter}
    bundle = craft(
        world,
        "a",
        "office",
        [
            head_line(Head(world.a.db.replica_id, vv, 0, world.a.db.current_seq, {})),
            record_line(state),
            end_line(1, 0),
        ],
    )
    assert world.deliver(bundle, "office").records == 1
    world.office.repo.update("jeune", y, {"commune": "Quimper"})  # the old version edits it
    items = _payload_of(world, world.export("office", "a"), "a")
    sent = next(i for i in items if isinstance(i, RecordState) and i.id == y)
    assert sent.registers["pronom_prefere"] == (("iel", dot),)
    assert sent.value("commune") == "Quimper"
    stored = world.office.db.conn.execute("SELECT _extra FROM jeune WHERE id = ?", (y,)).fetchone()
    assert "pronom_prefere" in json.loads(stored[0])


def test_a_newer_major_format_is_refused(world: World) -> None:
    world.a.repo.create("jeune", youth())
    before = dump(world.office)
    bundle = craft(world, "a", "office", [b"{}\n"], schema_version=2)
    with pytest.raises(SyncRejected) as err:
        world.deliver(bundle, "office")
    assert err.value.reason is SyncReason.NEWER_FORMAT
    assert "version plus récente" in str(err.value)
    assert dump(world.office) == before


def test_an_unknown_capability_is_refused(world: World) -> None:
    before = dump(world.office)
    bundle = craft(world, "a", "office", [b"{}\n"], capabilities=("dd-sync-jsonl-zlib", "cbor"))
    with pytest.raises(SyncRejected) as err:
        world.deliver(bundle, "office")
    assert err.value.reason is SyncReason.UNKNOWN_CAPABILITY
    assert dump(world.office) == before


# --- 10. restored laptop -----------------------------------------------------------------------


def test_a_laptop_restored_from_a_backup_resurrects_nothing(world: World, tmp_path: Path) -> None:
    y = world.office.repo.create("jeune", youth())
    kept = world.office.repo.create("jeune", youth(nom_naissance="Durand"))
    world.sync("office", "a")
    backup = tmp_path / "a.backup"
    world.a.backup(backup)
    old_replica = world.a.db.replica_id
    world.a.repo.delete("jeune", y)
    world.sync("a", "office")
    assert world.office.repo.get("jeune", y) is None

    root = world.a.paths.root
    world.a.close()
    restore(backup, root, user=None, passphrase=PASSPHRASE)
    world.stores["a"] = Store.open(root, user=None, passphrase=PASSPHRASE)
    assert world.a.db.replica_id != old_replica
    assert world.a.repo.get("jeune", y) is not None  # the backup predates the deletion

    world.a.repo.update("jeune", kept, {"commune": "Saint-Malo"})  # new work after the restore
    world.sync("a", "office")  # its first bundle under the new replica is accepted
    assert world.office.repo.get("jeune", y) is None  # the office does not resurrect it
    assert world.office.repo.get("jeune", kept)["commune"] == "Saint-Malo"  # type: ignore[index]
    world.sync("office", "a")
    assert world.a.repo.get("jeune", y) is None  # and the laptop learns of the deletion
    assert list_conflicts(world.a.db) == list_conflicts(world.office.db) == []
    world.settle()
    assert case_state(world.office) == case_state(world.a)


def test_every_case_table_round_trips(world: World) -> None:
    """Every entity and field kind travels and comes back identical."""
    from dedans_dehors_desktop.core.demo import generate

    with world.office.db.transaction():
        generate(world.office.repo, 6, seed=3, actualites_per_youth=4)
    with world.office.db.transaction():
        for (jeune_id,) in world.office.db.conn.execute("SELECT id FROM jeune").fetchall():
            world.office.repo.update("jeune", jeune_id, {"referent": "Alice"})
    world.sync("office", "a")
    tables = {
        t for t in ENTITIES if world.a.db.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
    }
    assert len(tables) >= 12
    assert case_state(world.office) == case_state(world.a)
