"""One process owns a store: a second one is refused with a French message naming the holder;
the lock goes with the process (even killed); restore and key changes take it; a store replaced
behind an open one is noticed before anything is written into the old copy."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from dedans_dehors_desktop.core.errors import StoreBusy, StoreReplaced
from dedans_dehors_desktop.storage import store_lock
from dedans_dehors_desktop.storage.store import Store, restore

from .helpers_process import Holder

pytestmark = pytest.mark.slow


@pytest.fixture
def closed(store_factory: Callable[..., Store]) -> Path:
    store = store_factory()
    root = store.paths.root
    store.close()
    return root


def test_a_second_process_is_refused_with_who_holds_it(
    closed: Path, user_name: str, passphrase: str
) -> None:
    with Holder(closed, user_name, passphrase, "la fenêtre Dedans-Dehors") as holder:
        info = json.loads((closed / store_lock.HOLDER_NAME).read_text("utf-8"))
        assert info["pid"] == holder.pid and info["user"] == user_name
        with pytest.raises(StoreBusy) as refused:
            store_lock.acquire(closed)  # what Store.open does first, from this other process
        message = str(refused.value)
        assert "la fenêtre Dedans-Dehors" in message
        assert user_name in message and str(holder.pid) in message and "depuis" in message
        assert "\n" not in message
        # Opening is refused the same way, before the key file is even read.
        with pytest.raises(StoreBusy):
            Store.open(closed, user=user_name, passphrase=passphrase)
    with Store.open(closed, user=user_name, passphrase=passphrase) as store:
        assert store.check() == []
    assert not (closed / store_lock.HOLDER_NAME).exists()  # gone with its holder


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_the_lock_goes_with_a_killed_process(closed: Path, user_name: str, passphrase: str) -> None:
    holder = Holder(closed, user_name, passphrase, "la commande « demo »")
    holder.kill()
    assert (closed / store_lock.HOLDER_NAME).exists()  # stale: written over by the next holder
    with Store.open(closed, user=user_name, passphrase=passphrase) as store:
        info = json.loads((closed / store_lock.HOLDER_NAME).read_text("utf-8"))
        assert info["pid"] == os.getpid()
        assert store.check() == []


def test_restore_and_key_changes_wait_for_the_lock(
    store_factory: Callable[..., Store], tmp_path: Path, user_name: str, passphrase: str
) -> None:
    store = store_factory()
    root = store.paths.root
    backup = tmp_path / "sauvegarde.ddbak"
    store.backup(backup)
    store.close()
    with Holder(root, user_name, passphrase, "la fenêtre Dedans-Dehors"):
        before = (root / "store.db").read_bytes()
        with pytest.raises(StoreBusy) as refused:
            restore(backup, root, user=user_name, passphrase=passphrase)
        assert "la fenêtre Dedans-Dehors" in str(refused.value)
        assert (root / "store.db").read_bytes() == before
        assert not (root / "replaced").exists()
    restore(backup, root, user=user_name, passphrase=passphrase)  # free again: it goes through
    assert (root / "replaced").is_dir()


def test_within_one_process_the_lock_is_shared(
    store: Store, user_name: str, passphrase: str
) -> None:
    with Store.open(store.paths.root, user=user_name, passphrase=passphrase) as second:
        assert second.repo.list("jeune") == []
    assert store_lock.held_here(store.paths.root)  # the first one still holds it
    store.close()
    assert not store_lock.held_here(store.paths.root)


def test_a_store_replaced_behind_an_open_one_refuses_to_write(
    store_factory: Callable[..., Store],
    new_youth: Callable[..., dict[str, Any]],
    tmp_path: Path,
    user_name: str,
    passphrase: str,
) -> None:
    """The issue's case: a window open across a restore wrote into the replaced copy."""
    window = store_factory()
    root = window.paths.root
    backup = tmp_path / "sauvegarde.ddbak"
    window.backup(backup)
    assert not window.replaced()
    restore(backup, root, user=user_name, passphrase=passphrase)  # same process: lock shared
    assert window.replaced()
    with pytest.raises(StoreReplaced):
        window.repo.create("jeune", new_youth(nom_naissance="Perdu"))
    with pytest.raises(StoreReplaced):
        window.add_user("bob", "phrase de bob", enforce_policy=False)
    window.close()
    with Store.open(root, user=user_name, passphrase=passphrase) as in_force:
        assert in_force.repo.list("jeune") == []
        assert "bob" not in in_force.keyfile.users
    kept = sorted((root / "replaced").glob("store.db.*"))
    assert kept  # the old copy is kept, and nothing was written into it after the restore
