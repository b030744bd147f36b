"""Handover between two Missions Locales: trust set up once, a transfer bundle encrypted to the
receiving office and signed by the sender, merge on arrival with provenance, erasure at the
sender and at its laptop; and every refusal, each leaving the receiving store unchanged."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from dedans_dehors_desktop.core.errors import ValidationError
from dedans_dehors_desktop.crypto.keywrap import KdfParams
from dedans_dehors_desktop.services import handover
from dedans_dehors_desktop.services.handover import Consent, Placement, Selection
from dedans_dehors_desktop.storage.store import Store
from dedans_dehors_desktop.sync import transfer
from dedans_dehors_desktop.sync.offices import IdentityFileRejected

from .world import PASSPHRASE, World, dump, youth

CONSENT = Consent("2025-05-02", "ecrit", "Alice Référente")


@pytest.fixture
def two(world: World) -> Iterator[tuple[World, Store]]:
    """The world's office (Mission Locale de test) and laptop A; a second office, trusted both
    ways after comparing fingerprints."""
    other = office_store(world.root / "autre", "Mission Locale du Bergeracois")
    trust(world.office, other, world.root / "ids")
    yield world, other
    other.close()


def office_store(root: Path, structure: str) -> Store:
    return Store.create(
        root,
        role="office",
        structure_name=structure,
        user="bureau",
        passphrase=PASSPHRASE,
        kdf=KdfParams(os.urandom(16), 1024, 1),
        enforce_policy=False,
    )


def trust(a: Store, b: Store, folder: Path) -> None:
    folder.mkdir(exist_ok=True)
    for src, dst in ((a, b), (b, a)):
        path, fingerprint = handover.export_identity(src, folder)
        identity = handover.read_identity(path)
        assert identity.fingerprint == fingerprint == handover.own_fingerprint(src)
        handover.trust_office(dst, identity)


def store_identity(store: Store) -> str:
    from dedans_dehors_desktop.sync.devices import load_identity

    identity = load_identity(store.db)
    assert identity is not None
    return identity.device_id


def case_file(store: Store, **overrides: object) -> str:
    repo = store.repo
    with store.db.transaction():
        jid = repo.create("jeune", youth(**overrides))
        disp = repo.create("dispositif", {"nom": "PPAE Justice"})
        repo.create(
            "accompagnement",
            {
                "jeune_id": jid,
                "dispositif_id": disp,
                "date_entree": "2025-01-10",
                "date_fin": "2025-06-30",
            },
        )
        obj = repo.create("objectif", {"jeune_id": jid, "libelle": "Trouver un logement"})
        repo.create("action", {"jeune_id": jid, "objectif_id": obj, "libelle": "Dossier FJT"})
        repo.create(
            "actualite",
            {"jeune_id": jid, "date": "2025-03-03", "type": "entretien", "note": "Note choisie"},
        )
        repo.create(
            "actualite",
            {"jeune_id": jid, "date": "2025-04-03", "type": "entretien", "note": "Note privée"},
        )
    repo.update("jeune", jid, {"telephone": "0601020304"})
    return jid


def chosen_note(store: Store, jid: str) -> str:
    return next(r for r, _, text in handover.notes_of(store, jid) if text == "Note choisie")


def send(world: World, other: Store, jid: str, **kw: object) -> Path:
    folder = world.root / "envoi"
    folder.mkdir(exist_ok=True)
    sel = Selection(jid, CONSENT, notes=frozenset({chosen_note(world.office, jid)}))
    return handover.send_transfer(
        world.office,
        store_identity(other),
        [sel],
        folder,
        **kw,  # type: ignore[arg-type]
    ).path


def test_two_offices_and_a_laptop_end_to_end(two: tuple[World, Store]) -> None:
    world, other = two
    jid = case_file(world.office)
    world.sync("office", "a")  # laptop A holds the case file
    assert world.a.repo.get("jeune", jid) is not None
    world.a.repo.save_draft("d1", "actualite", jid, {"note": "brouillon"})
    # The receiving office already knows the youth (another spelling of the name).
    with other.db.transaction():
        existing = other.repo.create("jeune", youth(nom_naissance="MARTIN", telephone=None))
    path = send(world, other, jid, erase_after_days=30)

    preview = handover.preview_transfer(other, path)
    assert preview.sender == "Mission Locale de test"
    [y] = preview.youths
    assert y.name == "Lucas Martin" and y.birth == "14/03/2004"
    assert [m[0] for m in y.matches] == [existing]
    assert y.notes == 1 and y.counts["actualite"] == 2 and "écrit" in y.consent
    accepted = handover.accept_transfer(other, path, [Placement(merge_into=existing)])
    assert accepted.youths == [(existing, "merged")]
    merged = other.repo.require("jeune", existing)
    assert merged["telephone"] == "0601020304"  # filled in, nothing overwritten
    notes = sorted(r["note"] or "" for r in other.repo.list("actualite", jeune_id=existing))
    assert notes == ["", "Note choisie"]  # the other note did not travel
    consents = other.repo.list("consentement", jeune_id=existing)
    assert [(c["portee"], c["date"], c["methode"]) for c in consents] == [
        ("transfert", "2025-05-02", "ecrit")
    ]
    for table in ("accompagnement", "action", "objectif", "actualite"):
        for r in other.repo.list(table, jeune_id=existing):
            assert handover.provenance(other, table, r["id"]) == [
                f"Reçu de « Mission Locale de test », le {date.today():%d/%m/%Y}"
            ]
    # The history travelled (telephone), the refused note's history did not.
    assert [h["new"] for h in other.repo.history("jeune", existing) if h["field"] == "telephone"]
    assert handover.received_transfers(other)[0].youths == [(existing, "merged")]

    # The sender keeps a trace; before the delay nothing is erased.
    assert handover.traces(world.office, jid)[0].startswith(
        "Transféré à « Mission Locale du Bergeracois » le "
    )
    assert handover.erase_due(world.office, date.today()).erased == []
    later = date.today() + timedelta(days=31)
    report = handover.erase_due(world.office, later)
    assert report.erased == [jid]
    assert world.office.repo.get("jeune", jid) is None
    assert world.office.repo.history("jeune", jid) == []
    assert "effacé le" in handover.traces(world.office, jid)[0]
    # The laptop erases it at its next import: content, history, drafts.
    world.sync("office", "a")
    assert world.a.repo.get("jeune", jid) is None
    a = world.a.db.conn
    assert a.execute("SELECT count(*) FROM history WHERE record_id = ?", (jid,)).fetchone()[0] == 0
    assert a.execute("SELECT count(*) FROM draft").fetchone()[0] == 0
    notes_left = a.execute("SELECT count(*) FROM actualite WHERE note IS NOT NULL").fetchone()[0]
    assert notes_left == 0
    assert handover.erase_due(world.office, later).erased == []  # done once


def test_kept_while_the_programme_follows_the_youth(two: tuple[World, Store]) -> None:
    world, other = two
    jid = case_file(world.office)
    with world.office.db.transaction():
        disp = world.office.repo.list("dispositif")[0]["id"]
        world.office.repo.create(
            "accompagnement", {"jeune_id": jid, "dispositif_id": disp, "date_entree": "2025-07-01"}
        )
    send(world, other, jid, erase_after_days=0)
    report = handover.erase_due(world.office, date.today())
    assert report.kept == [jid] and world.office.repo.get("jeune", jid) is not None


def test_create_when_no_case_file_matches(two: tuple[World, Store]) -> None:
    world, other = two
    jid = case_file(world.office)
    path = send(world, other, jid)
    assert handover.preview_transfer(other, path).youths[0].matches == []
    accepted = handover.accept_transfer(other, path)
    [(new_id, how)] = accepted.youths
    assert how == "created" and new_id != jid
    assert handover.find_same_youth(other, youth(nom_naissance="martin ", prenoms="Lucas Paul"))


def test_consent_is_required_to_send(two: tuple[World, Store]) -> None:
    world, other = two
    jid = case_file(world.office)
    with pytest.raises(ValidationError, match="consentement"):
        handover.send_transfer(
            world.office, store_identity(other), [Selection(jid, None)], world.root
        )
    assert handover.traces(world.office, jid) == []


# --- refusals: a clear French message, and the receiving store unchanged -----------------------


def refused(store: Store, path: Path, reason: str, **kw: object) -> str:
    before = dump(store)
    with pytest.raises(transfer.TransferRejected) as info:
        handover.accept_transfer(store, path, **kw)  # type: ignore[arg-type]
    assert info.value.reason == reason
    assert info.value.message.endswith("Rien n'a été modifié.")
    assert dump(store) == before
    return info.value.message


def test_unknown_office_is_refused(two: tuple[World, Store], tmp_path: Path) -> None:
    _, other = two
    stranger = office_store(tmp_path / "inconnue", "Mission Locale inconnue")
    trust(stranger, other, tmp_path / "ids")  # the stranger trusts B, not the reverse
    with other.db.transaction():
        other.db.conn.execute(
            "DELETE FROM office_peer WHERE office_id = ?", (store_identity(stranger),)
        )
    jid = case_file(stranger)
    sel = Selection(jid, CONSENT)
    # Write it as if B were trusted, then make B forget the stranger.
    path = handover.send_transfer(stranger, store_identity(other), [sel], tmp_path).path
    assert "inconnue" in refused(other, path, "unknown_office")
    stranger.close()


def test_revoked_office_is_refused(two: tuple[World, Store]) -> None:
    world, other = two
    path = send(world, other, case_file(world.office))
    handover.revoke_office(other, store_identity(world.office))
    assert "révoquée" in refused(other, path, "revoked_office")
    # Revoked keys cannot be trusted again, and nothing is written for a revoked office.
    identity_path, _ = handover.export_identity(world.office, world.root / "ids")
    with pytest.raises(Exception, match="révoquée"):
        handover.trust_office(other, handover.read_identity(identity_path))
    handover.revoke_office(world.office, store_identity(other))
    with pytest.raises(Exception, match="confiance"):
        send(world, other, case_file(world.office, prenoms="Léa"))


def test_bundle_for_another_office_is_refused(two: tuple[World, Store], tmp_path: Path) -> None:
    world, other = two
    third = office_store(tmp_path / "troisieme", "Mission Locale tierce")
    trust(world.office, third, tmp_path / "ids")
    trust(other, third, tmp_path / "ids2")
    path = handover.send_transfer(
        world.office,
        store_identity(third),
        [Selection(case_file(world.office), CONSENT)],
        tmp_path,
    ).path
    assert "autre Mission Locale" in refused(other, path, "other_office")
    third.close()


def test_replay_is_refused(two: tuple[World, Store]) -> None:
    world, other = two
    path = send(world, other, case_file(world.office))
    copy = path.with_name("copie.ddtr")
    shutil.copy(path, copy)
    handover.accept_transfer(other, path)
    assert "déjà été reçu" in refused(other, copy, "replayed")


def test_transfer_without_consent_is_refused(two: tuple[World, Store]) -> None:
    world, other = two
    jid = case_file(world.office)
    doc_youth = transfer.youth_payload(world.office, Selection(jid, CONSENT))
    del doc_youth["consent"]
    document = {
        "transfer_id": "9c1f7f84-7a43-4a58-8f55-2f0c1a3c9c11",
        "from": {"label": "Bureau", "structure": "Mission Locale de test"},
        "created_at": datetime.now(UTC).isoformat(),
        "youths": [doc_youth],
    }
    path = transfer.write_transfer(
        world.office, store_identity(other), [], world.root, document=document
    ).path
    assert "consentement" in refused(other, path, "no_consent")


@pytest.mark.parametrize("where", [0.02, 0.5, 0.97])
def test_tampered_byte_is_refused(two: tuple[World, Store], where: float) -> None:
    world, other = two
    path = send(world, other, case_file(world.office))
    data = bytearray(path.read_bytes())
    data[int(len(data) * where)] ^= 0x01
    path.write_bytes(bytes(data))
    refused(other, path, "tampered")


def test_identity_file_tampered_is_refused(two: tuple[World, Store]) -> None:
    world, _ = two
    path, _ = handover.export_identity(world.office, world.root)
    data = bytearray(path.read_bytes())
    data[40] ^= 0x01
    path.write_bytes(bytes(data))
    with pytest.raises(IdentityFileRejected):
        handover.read_identity(path)
    path.write_bytes(os.urandom(100))
    with pytest.raises(IdentityFileRejected):
        handover.read_identity(path)


def test_transfers_arriving_out_of_order_are_both_accepted(two: tuple[World, Store]) -> None:
    world, other = two
    first = send(world, other, case_file(world.office))
    second = send(world, other, case_file(world.office, prenoms="Léa"))
    handover.accept_transfer(other, second)
    handover.accept_transfer(other, first)  # written earlier, arrived later: still new
    assert len(handover.received_transfers(other)) == 2
    refused(other, first, "replayed")
