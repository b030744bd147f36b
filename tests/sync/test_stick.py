"""The one gesture per side ("Synchroniser avec la clé"), readable file names that stay unique,
and bundles that never overwrite one another, after a restore included (issue 13)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from dedans_dehors_desktop.core.errors import UserError
from dedans_dehors_desktop.storage.store import Store, restore
from dedans_dehors_desktop.sync.devices import find_device, office_device
from dedans_dehors_desktop.sync.export import export_bundle
from dedans_dehors_desktop.sync.files import ascii_label, bundle_name
from dedans_dehors_desktop.sync.numbering import bundle_files
from dedans_dehors_desktop.sync.stick import stick_folder, synchronise

from .world import PASSPHRASE, World, youth

NAME = re.compile(r"DD_[A-Za-z0-9-]+_vers_[A-Za-z0-9-]+_\d{4}-\d{2}-\d{2}_n\d{4}(_\d+)?\.ddb")


def _stick(world: World) -> Path:
    path = world.root / "cle"
    path.mkdir(exist_ok=True)
    return path


def test_one_gesture_per_side_carries_everything_and_says_the_stick_can_go(world: World) -> None:
    stick = _stick(world)
    y = world.office.repo.create("jeune", youth())
    first = synchronise(world.a, stick)  # nothing for A yet: it only writes its own bundle
    assert first.imported == [] and len(first.written) == 1
    assert "Aucun paquet pour ce poste sur la clé." in first.lines()
    assert first.lines()[-1] == "Vous pouvez retirer la clé."
    assert NAME.fullmatch(first.written[0].path.name), first.written[0].path.name
    assert first.written[0].path.name.startswith("DD_Portable-A_vers_Bureau-")

    at_office = synchronise(world.office, stick)
    assert [r.label for _, r in at_office.imported] == ["Portable A"]
    assert [w.label for w in at_office.written] == ["Portable A"]  # for whom the stick came

    back = synchronise(world.a, stick)
    assert len(back.imported) == 1 and back.imported[0][1].records >= 1
    assert world.a.repo.get("jeune", y) is not None
    again = synchronise(world.a, stick)
    assert again.imported == [] and len(again.skipped) == 1
    assert "déjà importé" in again.skipped[0]
    # Every file ever written is still there, each under its own name.
    names = [p.name for p in bundle_files(stick)]
    assert len(names) == len(set(names)) == 4


def test_the_gesture_imports_in_order_and_reports_each_refusal_without_stopping(
    world: World,
) -> None:
    stick = _stick(world)
    y = world.a.repo.create("jeune", youth())
    world.a.repo.update("jeune", y, {"commune": "Rennes"})
    office_id = office_device(world.a.db).device_id
    one = export_bundle(world.a, office_id, stick).path
    world.a.repo.update("jeune", y, {"commune": "Brest"})
    two = export_bundle(world.a, office_id, stick).path
    world.a.repo.update("jeune", y, {"commune": "Vannes"})
    three = export_bundle(world.a, office_id, stick).path
    damaged = stick / "DD_abime.ddb"
    data = bytearray(three.read_bytes())
    data[len(data) // 2] ^= 1
    damaged.write_bytes(bytes(data))
    three.unlink()
    report = synchronise(world.office, stick)
    assert [name for name, _ in report.imported] == [one.name, two.name]
    assert [name for name, _ in report.refused] == [damaged.name]
    assert "n'est pas valide" in report.refused[0][1]
    assert any(line.startswith("Refusé : DD_abime.ddb") for line in report.lines())
    assert world.office.repo.get("jeune", y)["commune"] == "Brest"  # type: ignore[index]


def test_an_export_after_a_restore_never_overwrites_the_unsent_bundle(
    world: World, tmp_path: Path
) -> None:
    """The issue's loss: a restored laptop reused a file name and replaced the bundle still
    waiting on the stick ("Écrit juste avant la panne" never reached the office)."""
    stick = _stick(world)
    y = world.office.repo.create("jeune", youth())
    world.sync("office", "a")
    backup = tmp_path / "a.backup"
    world.a.backup(backup)
    world.a.repo.update("jeune", y, {"commune": "Écrit juste avant"})
    lost = synchronise(world.a, stick).written[0].path
    lost_bytes = lost.read_bytes()

    root = world.a.paths.root
    world.a.close()
    restore(backup, root, user=None, passphrase=PASSPHRASE)
    world.stores["a"] = Store.open(root, user=None, passphrase=PASSPHRASE)
    world.a.repo.update("jeune", y, {"telephone": "0611111111"})  # work after the restore
    after = synchronise(world.a, stick).written[0]
    assert after.path != lost and lost.read_bytes() == lost_bytes
    assert after.sequence > int(lost.stem.rsplit("_n", 1)[1])

    synchronise(world.office, stick)
    record = world.office.repo.get("jeune", y)
    assert record is not None
    assert record["commune"] == "Écrit juste avant" and record["telephone"] == "0611111111"


def test_numbers_continue_past_what_the_office_saw_when_the_stick_is_another(
    world: World, tmp_path: Path
) -> None:
    y = world.office.repo.create("jeune", youth())
    world.sync("office", "a")
    backup = tmp_path / "a.backup"
    world.a.backup(backup)
    for n in range(3):
        world.a.repo.update("jeune", y, {"commune": f"Ville {n}"})
        world.sync("a", "office")  # bundles 1..3 (plus the office's answers) on other sticks
    root = world.a.paths.root
    world.a.close()
    restore(backup, root, user=None, passphrase=PASSPHRASE)
    world.stores["a"] = Store.open(root, user=None, passphrase=PASSPHRASE)
    world.sync("office", "a")  # the office's answer says it imported A's n° 3
    written = export_bundle(world.a, office_device(world.a.db).device_id, _stick(world))
    assert written.sequence == 4


def test_a_failed_export_uses_no_number_and_names_the_problem(world: World) -> None:
    office_id = office_device(world.a.db).device_id
    with pytest.raises(UserError) as caught:
        export_bundle(world.a, office_id, world.root / "absent" / "paquet")
    assert "n'existe pas" in str(caught.value) and "aucun paquet n'a été écrit" in str(caught.value)
    named = export_bundle(world.a, office_id, world.root / "mon-paquet")
    assert named.path.name == "mon-paquet.ddb" and named.sequence == 1
    with pytest.raises(UserError) as caught:
        export_bundle(world.a, office_id, world.root / "mon-paquet.ddb")
    assert "existe déjà" in str(caught.value)
    assert export_bundle(world.a, office_id, _stick(world)).sequence == 2


def test_two_installations_with_the_same_label_get_distinct_files(world: World) -> None:
    stick = _stick(world)
    for name in ("a", "c"):
        with world.stores[name].db.transaction():
            world.stores[name].db.conn.execute("UPDATE sync_identity SET label = 'Portable'")
    a = export_bundle(world.a, office_device(world.a.db).device_id, stick).path
    c = export_bundle(world.c, office_device(world.c.db).device_id, stick).path
    assert a != c and a.exists() and c.exists()
    assert NAME.fullmatch(a.name) and NAME.fullmatch(c.name)


def test_file_names_are_ascii_and_safe_everywhere() -> None:
    from datetime import date

    assert ascii_label('Portable de Zoé / Bureau: "Rennes"') == "Portable-de-Zoe-Bureau-R"
    assert ascii_label("✓✓") == "poste"
    name = bundle_name("Poste de Marie-Hélène", "Bureau — ML", date(2026, 12, 3), 12)
    assert name == "DD_Poste-de-Marie-Helene_vers_Bureau-ML_2026-12-03_n0012.ddb"
    assert all(c.isascii() and c not in '<>:"/\\|?*' for c in name)


def test_the_stick_folder_is_the_one_given_or_the_one_mounted(tmp_path: Path) -> None:
    with pytest.raises(UserError) as caught:
        stick_folder(tmp_path / "absente")
    assert "introuvable" in str(caught.value)
    assert stick_folder(tmp_path) == tmp_path
    with pytest.raises(UserError) as caught:
        stick_folder(None, roots=[tmp_path / "media"])
    assert "Aucune clé USB" in str(caught.value)


def test_the_office_writes_for_the_laptop_asked(world: World) -> None:
    stick = _stick(world)
    c = find_device(world.office.db, "Portable C")
    report = synchronise(world.office, stick, to=[c])
    assert [w.label for w in report.written] == ["Portable C"]


def test_an_import_reports_its_progress_against_the_payload_size(world: World) -> None:
    with world.office.db.transaction():
        for i in range(450):
            world.office.repo.create("jeune", youth(nom_naissance=f"Nom{i}"))
    bundle = world.export("office", "a")
    seen: list[tuple[int, int]] = []
    world.deliver(bundle, "a", progress=lambda done, total: seen.append((done, total)))
    assert len(seen) >= 3
    totals = {total for _, total in seen}
    assert len(totals) == 1 and totals.pop() > 0  # a real bar, never an unknown total
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)
    assert seen[-1][0] == seen[-1][1]
