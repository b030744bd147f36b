"""An operation killed (SIGKILL) at each of its durable steps leaves nothing behind once the
store is opened again: no ``store.key.new``, no ``store.db.restore*``, no temporary file, no
``.dd-backup-*`` work folder on the backup's destination; the store is the old or the new one
and the next operation goes through.

The child counts its calls to ``os.replace``, ``os.fsync`` and ``shutil.copyfileobj`` (the
steps that make a change durable) and kills itself just before call number k; the test runs
k = 1, 2, … until the operation completes without meeting k.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from dedans_dehors_desktop.core.errors import WrongPassphrase
from dedans_dehors_desktop.crypto.keywrap import KdfParams
from dedans_dehors_desktop.storage.store import Store, restore

pytestmark = [pytest.mark.slow, pytest.mark.skipif(os.name != "posix", reason="SIGKILL")]

CHILD = """
import os, shutil, signal, sys
from pathlib import Path
from dedans_dehors_desktop.crypto.keywrap import KdfParams
from dedans_dehors_desktop.storage.store import Store, restore

k, op, root, user, secret, arg = int(sys.argv[1]), sys.argv[2], Path(sys.argv[3]), *sys.argv[4:7]
calls = [0]

def wrap(fn):
    def step(*args, **kwargs):
        calls[0] += 1
        if calls[0] == k:
            os.kill(os.getpid(), signal.SIGKILL)
        return fn(*args, **kwargs)
    return step

os.replace, os.fsync = wrap(os.replace), wrap(os.fsync)
shutil.copyfileobj = wrap(shutil.copyfileobj)
light = KdfParams(os.urandom(16), 1024, 1)
if op == "restore":
    restore(Path(arg), root, user=user, passphrase=secret)
else:
    store = Store.open(root, user=user, passphrase=secret)
    if op == "passwd":
        store.change_passphrase(secret, arg, kdf=light, enforce_policy=False)
    elif op == "add-user":
        store.add_user(arg, "phrase de " + arg, kdf=light, enforce_policy=False)
    elif op == "backup":
        store.backup(Path(arg))
    store.close()
print("fini", flush=True)
"""

LEFTOVER_NAMES = ("store.key.new", "store.db.restore", "store.key.restore", "store.db.creating")


def _run(k: int, op: str, root: Path, user: str, secret: str, arg: str) -> bool:
    """True when the operation completed (k was beyond its last step)."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(k), op, str(root), user, secret, arg],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    if done.returncode == 0:
        assert "fini" in done.stdout
        return True
    assert done.returncode == -9, done.stderr
    return False


def _assert_clean(root: Path, dest_dir: Path | None = None) -> None:
    names = {p.name for p in root.iterdir()}
    for name in LEFTOVER_NAMES:
        assert not any(n.startswith(name) for n in names), (name, sorted(names))
    assert not any(n.endswith(".tmp") for n in names), sorted(names)
    assert "restore.pending" not in names and "backup.pending" not in names
    if dest_dir is not None:
        assert not list(dest_dir.glob(".dd-backup-*"))


def _youths(store: Store) -> int:
    return len(store.repo.list("jeune"))


@pytest.fixture
def world(
    store_factory: Callable[..., Store], new_youth: Callable[..., dict[str, object]], tmp_path: Path
) -> tuple[Path, Path]:
    """A store with 3 youths, and a backup of it made when it had 1."""
    store = store_factory()
    store.repo.create("jeune", new_youth(nom_naissance="Un"))
    backup = tmp_path / "sauvegarde.ddbak"
    store.backup(backup)
    store.repo.create("jeune", new_youth(nom_naissance="Deux"))
    store.repo.create("jeune", new_youth(nom_naissance="Trois"))
    root = store.paths.root
    store.close()
    return root, backup


def test_killed_restores(world: tuple[Path, Path], user_name: str, passphrase: str) -> None:
    root, backup = world
    seen = set()
    k = 0
    while True:
        k += 1
        completed = _run(k, "restore", root, user_name, passphrase, str(backup))
        with Store.open(root, user=user_name, passphrase=passphrase) as store:
            assert store.check() == []
            seen.add(_youths(store))
        _assert_clean(root)
        if completed:
            break
    # Several steps met; killed early the store stayed as it was (3), once the marker was
    # written the restore was rolled forward at the opening (1).
    assert k > 3 and seen == {1, 3}
    restore(backup, root, user=user_name, passphrase=passphrase)  # the next one goes through


def test_a_stale_restore_wal_does_not_spoil_the_next_restore(
    world: tuple[Path, Path], user_name: str, passphrase: str
) -> None:
    """The issue's case: a ``store.db.restore-wal`` made a valid backup read as damaged."""
    root, backup = world
    (root / "store.db.restore-wal").write_bytes(os.urandom(8192))
    (root / "store.db.restore").write_bytes(os.urandom(4096))
    restore(backup, root, user=user_name, passphrase=passphrase)
    with Store.open(root, user=user_name, passphrase=passphrase) as store:
        assert _youths(store) == 1 and store.check() == []
    _assert_clean(root)


def test_killed_passphrase_changes(
    world: tuple[Path, Path], user_name: str, passphrase: str
) -> None:
    root, _ = world
    current, other = passphrase, "une autre phrase de passe"
    k = 0
    while True:
        k += 1
        completed = _run(k, "passwd", root, user_name, current, other)
        opened = None
        for candidate in (current, other):
            try:
                opened = Store.open(root, user=user_name, passphrase=candidate)
            except WrongPassphrase:
                continue
            break
        assert opened is not None, f"neither passphrase opens after a kill at step {k}"
        with opened:
            assert _youths(opened) == 3
        _assert_clean(root)
        if candidate == other:  # the change went through: back to the first for the next run
            with Store.open(root, user=user_name, passphrase=other) as store:
                store.change_passphrase(
                    other, current, kdf=KdfParams(os.urandom(16), 1024, 1), enforce_policy=False
                )
        if completed:
            break
    assert k > 2


def test_killed_user_additions(world: tuple[Path, Path], user_name: str, passphrase: str) -> None:
    root, _ = world
    k = 0
    while True:
        k += 1
        completed = _run(k, "add-user", root, user_name, passphrase, f"invite{k}")
        with Store.open(root, user=user_name, passphrase=passphrase) as store:
            assert _youths(store) == 3
            added = f"invite{k}" in store.keyfile.users
        _assert_clean(root)
        assert added or not completed
        if completed:
            break
    assert k > 2


def test_killed_backups_leave_nothing_on_the_destination(
    world: tuple[Path, Path], tmp_path: Path, user_name: str, passphrase: str
) -> None:
    root, _ = world
    stick = tmp_path / "cle-usb"
    stick.mkdir()
    dest = stick / "sauvegarde.ddbak"
    k = 0
    while True:
        k += 1
        completed = _run(k, "backup", root, user_name, passphrase, str(dest))
        with Store.open(root, user=user_name, passphrase=passphrase) as store:
            assert _youths(store) == 3
        _assert_clean(root, stick)
        assert {p.name for p in stick.iterdir()} <= {"sauvegarde.ddbak"}
        if completed:
            break
    assert k > 2
    restore(dest, root, user=user_name, passphrase=passphrase)
