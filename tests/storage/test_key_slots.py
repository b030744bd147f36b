"""Passphrase change and additional users: key slots of the key file."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from dedans_dehors_desktop.core.errors import (
    UnknownUser,
    ValidationError,
    WeakPassphrase,
    WrongPassphrase,
)
from dedans_dehors_desktop.crypto.keywrap import KdfParams
from dedans_dehors_desktop.storage.keyfile import KeyFile
from dedans_dehors_desktop.storage.store import Store

Digest = Callable[[Path], dict[str, str]]
NEW = "une nouvelle phrase de passe"


def light() -> KdfParams:
    return KdfParams(os.urandom(16), 1024, 1)


def can_open(root: Path, user: str | None, passphrase: str) -> bool:
    try:
        Store.open(root, user=user, passphrase=passphrase).close()
    except WrongPassphrase:
        return False
    return True


def test_change_passphrase(
    store: Store, user_name: str, passphrase: str, new_youth: Callable[..., dict[str, Any]]
) -> None:
    jid = store.repo.create("jeune", new_youth())
    store.change_passphrase(passphrase, NEW, kdf=light(), enforce_policy=False)
    # The open store keeps working, and a second change starts from the new passphrase.
    store.repo.update("jeune", jid, {"commune": "Rennes"})
    root = store.paths.root
    store.close()
    assert not can_open(root, user_name, passphrase)
    assert can_open(root, user_name, NEW)
    assert not list(root.glob("store.key.new")) and not list(root.glob(".store.key.*"))
    with Store.open(root, user=user_name, passphrase=NEW) as reopened:
        assert reopened.repo.require("jeune", jid)["commune"] == "Rennes"
        assert reopened.check() == []


def test_wrong_old_passphrase_changes_nothing(
    store: Store, user_name: str, passphrase: str, digest_tree: Digest
) -> None:
    root = store.paths.root
    key_before = (root / "store.key").read_bytes()
    with pytest.raises(WrongPassphrase):
        store.change_passphrase("pas la bonne", NEW, kdf=light(), enforce_policy=False)
    assert (root / "store.key").read_bytes() == key_before
    store.close()
    assert can_open(root, user_name, passphrase)
    assert not can_open(root, user_name, NEW)


def test_weak_new_passphrase_refused_by_the_policy(
    store: Store, user_name: str, passphrase: str
) -> None:
    root = store.paths.root
    key_before = (root / "store.key").read_bytes()
    with pytest.raises(WeakPassphrase) as info:
        store.change_passphrase(passphrase, "azerty123", kdf=light())
    assert str(info.value)
    assert (root / "store.key").read_bytes() == key_before


def test_new_kdf_parameters_in_force(store: Store, user_name: str, passphrase: str) -> None:
    params = KdfParams(os.urandom(16), 2048, 2)
    store.change_passphrase(passphrase, NEW, kdf=params, enforce_policy=False)
    (slot,) = KeyFile.load(store.paths.key).slots
    assert (slot.kdf.memory_kib, slot.kdf.iterations, slot.kdf.salt) == (2048, 2, params.salt)


def test_two_users_each_with_their_passphrase(
    store: Store, user_name: str, passphrase: str, new_youth: Callable[..., dict[str, Any]]
) -> None:
    store.add_user("collegue", "la phrase de la collègue", kdf=light(), enforce_policy=False)
    jid = store.repo.create("jeune", new_youth())
    root = store.paths.root
    store.close()
    assert KeyFile.load(root / "store.key").users == [user_name, "collegue"]
    assert can_open(root, user_name, passphrase)
    assert can_open(root, "collegue", "la phrase de la collègue")
    assert not can_open(root, "collegue", passphrase)  # each user their own passphrase
    assert not can_open(root, user_name, "la phrase de la collègue")
    with pytest.raises(UnknownUser) as info:
        Store.open(root, user=None, passphrase=passphrase)  # two users: say who you are
    assert "indiquez" in str(info.value)
    with Store.open(root, user="collegue", passphrase="la phrase de la collègue") as other:
        assert other.db.user == "collegue"
        other.repo.update("jeune", jid, {"commune": "Bruz"})
        other.repo.open_record("jeune", jid)
        (change,) = other.repo.history("jeune", jid)
        assert change["author"] == "collegue"
        lines = other.db.conn.execute(
            "SELECT user, action FROM access_log WHERE record_id = ? ORDER BY seq", (jid,)
        ).fetchall()
        assert lines == [
            (user_name, "creation"),
            ("collegue", "modification"),
            ("collegue", "consultation"),
        ]
        assert other.check() == []


def test_one_user_changing_passphrase_keeps_the_other(
    store: Store, user_name: str, passphrase: str
) -> None:
    store.add_user("collegue", "phrase collègue", kdf=light(), enforce_policy=False)
    store.change_passphrase(passphrase, NEW, kdf=light(), enforce_policy=False)
    root = store.paths.root
    store.close()
    assert can_open(root, "collegue", "phrase collègue")
    assert can_open(root, user_name, NEW)


@pytest.mark.parametrize("name", ["", "   ", "x" * 101])
def test_invalid_user_names_refused(store: Store, name: str) -> None:
    key_before = store.paths.key.read_bytes()
    with pytest.raises(ValidationError):
        store.add_user(name, "phrase", kdf=light(), enforce_policy=False)
    assert store.paths.key.read_bytes() == key_before


def test_existing_user_refused(store: Store, user_name: str) -> None:
    with pytest.raises(ValidationError) as info:
        store.add_user(user_name, "autre", kdf=light(), enforce_policy=False)
    assert "existe déjà" in str(info.value)


def test_weak_passphrase_for_a_new_user_refused(store: Store) -> None:
    with pytest.raises(WeakPassphrase):
        store.add_user("collegue", "motdepasse", kdf=light())
    assert KeyFile.load(store.paths.key).users == [store.db.user]


def test_key_file_is_private(store: Store) -> None:
    if os.name != "posix":
        pytest.skip("POSIX permissions")
    store.add_user("collegue", "phrase", kdf=light(), enforce_policy=False)
    for path in (store.paths.key, store.paths.db, store.paths.root):
        assert path.stat().st_mode & 0o077 == 0, path
