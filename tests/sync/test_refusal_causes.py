"""Every refusal names its real cause (issue 13): the receiver judges dates with its own clock
and history, a damaged file is called damaged, one's own bundle is recognised, every file error is
a French sentence, and revocation has a date."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from dedans_dehors_desktop.core.errors import InputRejected, UserError
from dedans_dehors_desktop.crypto.bundle_format import BundleRejected, RejectReason
from dedans_dehors_desktop.sync.apply import import_bundle, inspect_bundle
from dedans_dehors_desktop.sync.devices import find_device, office_device, revoke
from dedans_dehors_desktop.sync.errors import SyncReason, SyncRejected
from dedans_dehors_desktop.sync.export import export_bundle

from .world import World, craft, dump, youth

R = RejectReason


def _refused(world: World, bundle: Path, dst: str, **kw: object) -> InputRejected:
    before = dump(world.stores[dst])
    with pytest.raises(InputRejected) as caught:
        world.deliver(bundle, dst, **kw)
    assert dump(world.stores[dst]) == before
    assert str(caught.value).endswith("Rien n'a été modifié.")
    return caught.value


def _flipped(bundle: Path, offset: int) -> Path:
    data = bytearray(bundle.read_bytes())
    data[offset] ^= 0x01
    out = bundle.with_name(f"flip-{offset}.ddb")
    out.write_bytes(bytes(data))
    return out


# --- clocks ------------------------------------------------------------------------------------


def test_a_bundle_dated_in_the_future_is_refused_with_a_word_about_the_clock(world: World) -> None:
    world.a.repo.create("jeune", youth())
    ahead = craft(world, "a", "office", [], now=datetime.now(UTC) + timedelta(days=3650))
    err = _refused(world, ahead, "office")
    assert isinstance(err, SyncRejected) and err.reason is SyncReason.CLOCK_AHEAD
    assert "horloge" in str(err) and "futur" in str(err)


def test_a_twenty_year_lifetime_is_refused(world: World) -> None:
    forever = craft(world, "a", "office", [], lifetime=timedelta(days=365 * 20))
    err = _refused(world, forever, "office")
    assert isinstance(err, SyncRejected) and err.reason is SyncReason.LIFETIME_TOO_LONG


def test_a_sender_whose_clock_is_late_is_told_about_its_clock_not_to_export_again(
    world: World,
) -> None:
    y = world.a.repo.create("jeune", youth())
    world.sync("a", "office")
    world.sync("office", "a")  # A imported a bundle the office wrote just now (its clock)
    world.a.repo.update("jeune", y, {"commune": "Lorient"})
    late = world.export("a", "office", now=datetime.now(UTC) - timedelta(days=40))
    result = world.deliver(late, "office")
    assert result.records == 1
    assert "horloge" in result.message and "40 jour" in result.message
    assert world.office.repo.get("jeune", y)["commune"] == "Lorient"  # type: ignore[index]


def test_an_expired_bundle_names_the_clock_as_a_possible_cause(world: World) -> None:
    bundle = world.export("a", "office")
    err = _refused(world, bundle, "office", now=datetime.now(UTC) + timedelta(days=45))
    assert isinstance(err, BundleRejected) and err.reason is R.EXPIRED
    assert "horloge" in str(err)


# --- damaged files -----------------------------------------------------------------------------


def test_a_flipped_sender_byte_is_damage_not_an_unknown_sender(world: World) -> None:
    world.a.repo.create("jeune", youth())
    good = world.export("a", "office")
    for offset in (20, 27, 35):
        err = _refused(world, _flipped(good, offset), "office")
        assert isinstance(err, BundleRejected) and err.reason is R.DAMAGED
        assert "inconnu" not in str(err) and "endommagé" in str(err)


def test_a_flipped_size_byte_is_damage_not_appended_data(world: World) -> None:
    world.a.repo.create("jeune", youth())
    good = world.export("a", "office")
    for offset in range(12, 20):
        err = _refused(world, _flipped(good, offset), "office")
        assert isinstance(err, BundleRejected) and err.reason is R.DAMAGED, offset
        assert "ajoutées à la fin" not in str(err)
    appended = good.with_name("appended.ddb")
    appended.write_bytes(good.read_bytes() + b"\0" * 10)
    err = _refused(world, appended, "office")
    assert isinstance(err, BundleRejected) and err.reason is R.TRAILING_DATA


def test_one_s_own_bundle_is_recognised(world: World) -> None:
    bundle = world.export("a", "office")
    for action in (inspect_bundle, import_bundle):
        with pytest.raises(SyncRejected) as caught:
            action(world.a, bundle)
        assert caught.value.reason is SyncReason.OWN_BUNDLE
        assert "écrit par ce poste-ci" in str(caught.value) and "Bureau" in str(caught.value)


def test_file_errors_are_french_sentences(world: World) -> None:
    with pytest.raises(UserError) as caught:
        import_bundle(world.office, world.root / "absent.ddb")
    assert "introuvable" in str(caught.value)
    with pytest.raises(UserError) as caught:
        inspect_bundle(world.office, world.stick)
    assert "est un dossier" in str(caught.value)


# --- revocation has a date ---------------------------------------------------------------------


def _revoke_at(world: World, name: str, moment: datetime) -> str:
    device = find_device(world.office.db, name)
    revoke(world.office.db, device.device_id)
    with world.office.db.transaction():
        world.office.db.conn.execute(
            "UPDATE sync_device SET revoked_at = ? WHERE device_id = ?",
            (moment.isoformat(timespec="seconds"), device.device_id),
        )
    return device.device_id


def test_a_bundle_written_before_the_revocation_imports_after_a_logged_confirmation(
    world: World,
) -> None:
    y = world.a.repo.create("jeune", youth(nom_naissance="Dernier"))
    honest = world.export("a", "office")
    device_id = _revoke_at(world, "Portable A", datetime.now(UTC) + timedelta(minutes=5))
    err = _refused(world, honest, "office")
    assert isinstance(err, SyncRejected) and err.reason is SyncReason.REVOKED_BEFORE
    assert "confirmation" in str(err) and "Portable A" in str(err)
    result = world.deliver(honest, "office", confirm_revoked=True)
    assert result.records == 1 and world.office.repo.get("jeune", y) is not None
    logged = world.office.db.conn.execute(
        "SELECT record_id FROM access_log WHERE tbl = 'paquet_poste_revoque'"
    ).fetchall()
    assert logged == [(f"{device_id}:1",)]


def test_a_bundle_written_after_the_revocation_is_never_imported(world: World) -> None:
    world.a.repo.create("jeune", youth())
    _revoke_at(world, "Portable A", datetime.now(UTC) - timedelta(hours=1))
    late = world.export("a", "office")
    for confirm in (False, True):
        err = _refused(world, late, "office", confirm_revoked=confirm)
        assert isinstance(err, BundleRejected) and err.reason is R.REVOKED_SIGNER
        assert "après" in str(err)


def test_a_dated_bundle_that_answers_a_later_office_bundle_is_after_the_revocation(
    world: World,
) -> None:
    """A revoked laptop may lie about its date; its header still names the last office bundle
    it imported, which the office knows it wrote after the revocation."""
    device_id = _revoke_at(world, "Portable A", datetime.now(UTC) - timedelta(hours=1))
    with world.office.db.transaction():  # an office bundle A imported, logged after it
        world.office.db.conn.execute(
            "INSERT INTO sync_bundle_log(at, direction, device_id, sequence, kind) "
            "VALUES (datetime('now'), 'export', ?, 7, 'data')",
            (device_id,),
        )
    backdated = craft(
        world, "a", "office", [], now=datetime.now(UTC) - timedelta(days=1), extra={"peer_seq": 7}
    )
    err = _refused(world, backdated, "office", confirm_revoked=True)
    assert isinstance(err, BundleRejected) and err.reason is R.REVOKED_SIGNER


def test_nothing_is_used_up_by_a_refused_export(world: World) -> None:
    office_id = office_device(world.a.db).device_id
    with pytest.raises(UserError):
        export_bundle(world.a, office_id, world.root / "nulle-part" / "x.ddb")
    assert office_device(world.a.db).out_seq == 0
    assert export_bundle(world.a, office_id, world.stick).sequence == 1
