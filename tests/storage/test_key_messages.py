"""Causes the key file lets us tell apart get their own French message, before any derivation:
a key file from another store, Argon2id parameters below the floor, a damaged slot; a forger
who recomputes the checks still meets the AES-GCM tag. No SQLCipher line (in English) ever
reaches the terminal. Two Store objects changing access in one process lose nothing."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from dedans_dehors_desktop.core.errors import (
    KdfBelowFloor,
    KeyFileForeign,
    KeySlotDamaged,
    WrongPassphrase,
)
from dedans_dehors_desktop.crypto import keywrap
from dedans_dehors_desktop.crypto.keywrap import KdfParams
from dedans_dehors_desktop.storage.keyfile import KeyFile, Slot, _doc_check
from dedans_dehors_desktop.storage.store import Store


def _edit(root: Path, change: Callable[[dict[str, object]], None]) -> None:
    path = root / "store.key"
    doc = json.loads(path.read_bytes())
    change(doc)
    path.write_text(json.dumps(doc, indent=1), encoding="utf-8")


def _slot(doc: dict[str, object], index: int = 0) -> dict[str, object]:
    slots = doc["slots"]
    assert isinstance(slots, list)
    found = slots[index]
    assert isinstance(found, dict)
    return found


def _recompute_checks(doc: dict[str, object]) -> None:
    """What a forger would do: make every check match the edited fields."""
    slots = doc["slots"]
    assert isinstance(slots, list)
    for raw in slots:
        raw["check"] = Slot(
            raw["user"],
            KdfParams.from_header(raw["kdf"]),
            bytes.fromhex(raw["nonce"]),
            bytes.fromhex(raw["wrapped"]),
        ).check()
    doc["check"] = _doc_check(doc)


@pytest.fixture
def forbid_derivation(monkeypatch: pytest.MonkeyPatch) -> Callable[[], None]:
    """Call once the stores are made: from then on, any Argon2id derivation fails the test."""

    def refuse(*_args: object) -> bytes:
        raise AssertionError("a derivation was attempted")

    return lambda: monkeypatch.setattr(keywrap, "derive", refuse)


@pytest.mark.slow
def test_parameters_lowered_below_the_floor_refused_before_deriving(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A real store (calibrated, at or above 128 MiB) whose key file asks for 8 MiB."""
    root = tmp_path / "base"
    Store.create(
        root,
        role="laptop",
        structure_name="ML",
        user="marie",
        passphrase="Cheval orange pluie tambour vélo nuage brique",
    ).close()
    _edit(root, lambda d: _slot(d)["kdf"].update(memory_kib=8 * 1024))  # type: ignore[attr-defined]
    monkeypatch.setattr(keywrap, "derive", lambda *_a: pytest.fail("derivation attempted"))
    for forged in (False, True):
        if forged:
            _edit(root, _recompute_checks)
        with pytest.raises(KdfBelowFloor) as refused:
            Store.open(
                root, user="marie", passphrase="Cheval orange pluie tambour vélo nuage brique"
            )
        assert "minimum de sécurité" in str(refused.value)


def test_a_damaged_slot_is_not_a_wrong_passphrase(
    store: Store,
    user_name: str,
    passphrase: str,
    light_kdf: KdfParams,
    forbid_derivation: Callable[[], None],
) -> None:
    root = store.paths.root
    store.add_user("bob", "phrase de bob", kdf=light_kdf, enforce_policy=False)
    store.close()
    forbid_derivation()

    def flip(doc: dict[str, object]) -> None:
        wrapped = str(_slot(doc)["wrapped"])
        _slot(doc)["wrapped"] = ("1" if wrapped[5] == "0" else "0").join((wrapped[:5], wrapped[6:]))

    _edit(root, flip)
    with pytest.raises(KeySlotDamaged) as refused:
        Store.open(root, user=user_name, passphrase=passphrase)
    assert "endommagé" in str(refused.value) and "phrase de passe" in str(refused.value)


def test_the_other_users_still_open_a_store_with_one_damaged_slot(
    store: Store, user_name: str, light_kdf: KdfParams
) -> None:
    root = store.paths.root
    store.add_user("bob", "phrase de bob", kdf=light_kdf, enforce_policy=False)
    store.close()
    _edit(root, lambda d: _slot(d).update(nonce="00" * 12))
    with Store.open(root, user="bob", passphrase="phrase de bob") as bob:
        assert bob.db.user == "bob"
        bob.remove_user(user_name)  # bob can withdraw the damaged access, then give it back
    assert KeyFile.load(root / "store.key").users == ["bob"]


def test_a_forger_who_recomputes_the_checks_meets_the_tag(
    store: Store, user_name: str, passphrase: str
) -> None:
    root = store.paths.root
    store.close()
    for change in (
        lambda d: _slot(d)["kdf"].update(lanes=2),  # type: ignore[attr-defined]
        lambda d: _slot(d).update(user="intrus"),
        lambda d: d.update(store_id="une-autre-base"),
        lambda d: d.pop("kdf_policy"),  # claims the floor applies: below it, refused first
    ):
        original = (root / "store.key").read_bytes()

        def forge(doc: dict[str, object], change: Callable[..., object] = change) -> None:
            change(doc)
            _recompute_checks(doc)

        _edit(root, forge)
        user = "intrus" if b"intrus" in (root / "store.key").read_bytes() else user_name
        with pytest.raises((WrongPassphrase, KdfBelowFloor)):
            Store.open(root, user=user, passphrase=passphrase)
        (root / "store.key").write_bytes(original)
    Store.open(root, user=user_name, passphrase=passphrase).close()


def test_a_key_file_from_another_store_told_before_deriving(
    store_factory: Callable[..., Store],
    user_name: str,
    passphrase: str,
    forbid_derivation: Callable[[], None],
) -> None:
    here, other = store_factory(), store_factory()
    here.close()
    other.close()
    shutil.copy(other.paths.key, here.paths.key)
    forbid_derivation()
    with pytest.raises(KeyFileForeign) as refused:
        Store.open(here.paths.root, user=user_name, passphrase=passphrase)
    assert "ne vont pas ensemble" in str(refused.value)


CLI = "import sys; from dedans_dehors_desktop.cli import main; sys.exit(main(sys.argv[1:]))"


def _cli(data: Path, *argv: str, passphrase: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(p for p in sys.path if p),
        "DEDANS_DEHORS_DATA_DIR": str(data),
        "DEDANS_DEHORS_USER": "referent",
        "DEDANS_DEHORS_PASSPHRASE": passphrase,
    }
    return subprocess.run(
        [sys.executable, "-c", CLI, *argv],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        stdin=subprocess.DEVNULL,
    )


@pytest.mark.slow
def test_no_sqlcipher_line_reaches_the_terminal(
    store_factory: Callable[..., Store], passphrase: str
) -> None:
    """The issue's case: three English SQLCipher lines, then "base endommagée"."""
    here, other = store_factory(), store_factory()
    here.close()
    other.close()
    # Without the salt note (a key file written before it), the wrong key reaches SQLCipher.
    _edit(other.paths.root, lambda d: d.pop("db_salt"))
    _edit(other.paths.root, lambda d: d.pop("check"))
    shutil.copy(other.paths.key, here.paths.key)
    refused = _cli(here.paths.root, "search", "x", passphrase=passphrase)
    assert refused.returncode == 1
    (line,) = refused.stderr.splitlines()
    assert line.startswith("Erreur : La base de données est endommagée"), line
    # With it: the dedicated message, before any derivation.
    fresh = store_factory()
    fresh.close()
    shutil.copy(fresh.paths.key, here.paths.key)
    refused = _cli(here.paths.root, "search", "x", passphrase=passphrase)
    (line,) = refused.stderr.splitlines()
    assert "ne vont pas ensemble" in line
    for output in (refused.stderr, refused.stdout):
        assert "ERROR" not in output and "hmac" not in output and "sqlcipher" not in output


def test_two_store_objects_of_one_process_lose_no_access_change(
    store: Store, user_name: str, passphrase: str, light_kdf: KdfParams
) -> None:
    """Each re-reads the key file in force: neither writes back the copy it opened with."""
    store.add_user("bob", "phrase de bob", kdf=light_kdf, enforce_policy=False)
    other = Store.open(store.paths.root, user=user_name, passphrase=passphrase)
    try:
        store.add_user("chloe", "phrase de chloe", kdf=light_kdf, enforce_policy=False)
        other.remove_user("bob")  # opened before chloe was added
        store.change_passphrase(passphrase, "nouvelle phrase", kdf=light_kdf, enforce_policy=False)
        other.add_user("dora", "phrase de dora", kdf=light_kdf, enforce_policy=False)
    finally:
        other.close()
    keyfile = KeyFile.load(store.paths.key)
    assert sorted(keyfile.users) == ["chloe", "dora", user_name]
    assert keyfile.unlock(user_name, "nouvelle phrase")[0] == user_name
    assert keyfile.unlock("chloe", "phrase de chloe")[0] == "chloe"
    with pytest.raises(WrongPassphrase):
        keyfile.unlock(user_name, passphrase)
