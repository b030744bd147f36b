"""Enrolment through files: fingerprints on both screens, signed answers, the device registry,
keys that never leave the encrypted database."""

from __future__ import annotations

from pathlib import Path

import pytest

from dedans_dehors_desktop.crypto.bundle_format import BundleRejected, RejectReason
from dedans_dehors_desktop.sync.apply import import_bundle
from dedans_dehors_desktop.sync.devices import (
    find_device,
    list_devices,
    load_identity,
    revoke,
    stored_registry,
)
from dedans_dehors_desktop.sync.enrolment import (
    approve_request,
    complete_enrolment,
    create_request,
    read_request,
)
from dedans_dehors_desktop.sync.errors import SyncError, SyncReason, SyncRejected
from dedans_dehors_desktop.sync.export import export_bundle
from dedans_dehors_desktop.sync.offer import read_offer
from dedans_dehors_desktop.sync.scope import parse_rule

from .world import World, dump, new_store, youth


def test_enrolment_shows_the_same_fingerprints_and_brings_the_first_data(tmp_path: Path) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    office = new_store(tmp_path / "office", "office", "bureau")
    laptop = new_store(tmp_path / "laptop", "laptop", "referente")
    try:
        y = office.repo.create("jeune", youth())
        office.repo.create("jeune", youth(nom_naissance="Autre", referent="Zoé"))
        request = create_request(laptop, stick, label="Portable de Léa")
        assert request.path.parent == stick and request.path.name.startswith("DD-inscription-")
        seen = read_request(request.path)
        assert seen.fingerprint == request.fingerprint  # what the office screen shows
        assert len(seen.fingerprint.split()) == 6
        approval = approve_request(office, seen, (parse_rule("referent:alice"),), stick)
        offer = read_offer(approval.export.path)
        assert offer.fingerprint == approval.office_fingerprint  # what the laptop screen shows
        result = complete_enrolment(laptop, approval.export.path)
        assert result.kind == "enrolment" and result.records == 1
        assert laptop.repo.get("jeune", y) is not None
        assert [d.role for d in list_devices(laptop.db)] == ["office"]
        registry = stored_registry(laptop.db)
        assert registry is not None
        assert {d["label"] for d in registry[1]} >= {"Portable de Léa"}
        # Re-reading the same answer is harmless.
        assert complete_enrolment(laptop, approval.export.path).already
    finally:
        office.close()
        laptop.close()


def test_private_keys_never_leave_the_encrypted_database(world: World) -> None:
    for name in ("office", "a"):
        identity = load_identity(world.stores[name].db)
        assert identity is not None
        secret = identity.private_bytes()[5:37]
        for path in (world.root / name).rglob("*"):
            if path.is_file():
                assert secret not in path.read_bytes(), path
        for path in world.root.rglob("*.dd*"):
            assert secret not in path.read_bytes(), path


def test_a_tampered_request_is_refused(tmp_path: Path) -> None:
    laptop = new_store(tmp_path / "laptop", "laptop", "referente")
    try:
        request = create_request(laptop, tmp_path)
        data = bytearray(request.path.read_bytes())
        data[40] ^= 1
        request.path.write_bytes(bytes(data))
        with pytest.raises(SyncRejected) as caught:
            read_request(request.path)
        assert caught.value.reason is SyncReason.NOT_AN_ENROLMENT
    finally:
        laptop.close()


def test_an_answer_to_an_older_request_is_refused(tmp_path: Path) -> None:
    office = new_store(tmp_path / "office", "office", "bureau")
    laptop = new_store(tmp_path / "laptop", "laptop", "referente")
    try:
        first = create_request(laptop, tmp_path / "r1.ddreq")
        create_request(laptop, tmp_path / "r2.ddreq")  # a new request replaces the first
        approval = approve_request(
            office,
            read_request(first.path),
            (parse_rule("referent:Alice"),),
            tmp_path / "answer.ddenr",
        )
        before = dump(laptop)
        with pytest.raises(SyncRejected) as caught:
            complete_enrolment(laptop, approval.export.path)
        assert caught.value.reason is SyncReason.ENROLMENT_MISMATCH
        assert dump(laptop) == before
    finally:
        office.close()
        laptop.close()


def test_an_answer_meant_for_another_laptop_is_refused(world: World, tmp_path: Path) -> None:
    newcomer = new_store(tmp_path / "newcomer", "laptop", "nouvelle")
    other = new_store(tmp_path / "other", "laptop", "autre")
    try:
        create_request(other, tmp_path / "other.ddreq")
        request = create_request(newcomer, tmp_path / "new.ddreq")
        approval = approve_request(
            world.office,
            read_request(request.path),
            (parse_rule("referent:Alice"),),
            tmp_path / "new.ddenr",
        )
        with pytest.raises(BundleRejected) as caught:
            complete_enrolment(other, approval.export.path)
        assert caught.value.reason is RejectReason.WRONG_RECIPIENT
    finally:
        newcomer.close()
        other.close()


def test_a_laptop_enrolled_with_one_office_refuses_another(world: World, tmp_path: Path) -> None:
    rival = new_store(tmp_path / "rival", "office", "autre bureau")
    try:
        request = create_request(world.a, tmp_path / "again.ddreq")
        approval = approve_request(
            rival,
            read_request(request.path),
            (parse_rule("referent:Alice"),),
            tmp_path / "rival.ddenr",
        )
        with pytest.raises(SyncRejected) as caught:
            complete_enrolment(world.a, approval.export.path)
        assert caught.value.reason is SyncReason.ALREADY_ENROLLED
    finally:
        rival.close()


def test_roles_are_enforced(world: World, tmp_path: Path) -> None:
    with pytest.raises(SyncError):
        create_request(world.office, tmp_path)
    request = create_request(world.a, tmp_path / "r.ddreq")
    with pytest.raises(SyncError):
        approve_request(world.c, read_request(request.path), (), tmp_path / "x.ddenr")
    with pytest.raises(SyncError):  # laptops never exchange bundles directly
        export_bundle(world.a, world.device_id("c"), tmp_path)


def test_revocation_reaches_the_laptops_registry(world: World) -> None:
    revoke(world.office.db, find_device(world.office.db, "Portable C").device_id)
    world.sync("office", "a")
    registry = stored_registry(world.a.db)
    assert registry is not None
    status = {d["label"]: d["status"] for d in registry[1]}
    assert status["Portable C"] == "revoked" and status["Portable A"] == "active"


def test_a_revoked_laptop_cannot_be_enrolled_again_with_the_same_keys(
    world: World, tmp_path: Path
) -> None:
    revoke(world.office.db, find_device(world.office.db, "Portable C").device_id)
    request = create_request(world.c, tmp_path / "again.ddreq")
    with pytest.raises(SyncError) as caught:
        approve_request(world.office, read_request(request.path), (), tmp_path / "x.ddenr")
    assert "révoqué" in str(caught.value)


def test_an_unenrolled_laptop_cannot_import(tmp_path: Path, world: World) -> None:
    lonely = new_store(tmp_path / "lonely", "laptop", "seule")
    try:
        bundle = world.export("office", "a")
        with pytest.raises(SyncRejected) as caught:
            import_bundle(lonely, bundle)
        assert caught.value.reason is SyncReason.NOT_ENROLLED
    finally:
        lonely.close()
