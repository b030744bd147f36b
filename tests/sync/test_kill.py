"""SYNC.md acceptance test 8 with a real crash: a process importing a bundle is killed (SIGKILL)
at several points; the store then opens with the state from before or from after the import,
intact, and the import can be redone."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from dedans_dehors_desktop.storage.store import Store

from .world import PASSPHRASE, World, youth

CHILD = textwrap.dedent("""
    import sys
    from pathlib import Path
    from dedans_dehors_desktop.storage.store import Store
    from dedans_dehors_desktop.sync.apply import import_bundle

    calls = [0]

    def progress(done, total):  # every 200 records (done/total: share of the payload read)
        calls[0] += 200
        print("progress", calls[0], flush=True)

    store = Store.open(Path(sys.argv[1]), user=None, passphrase=sys.argv[3])
    result = import_bundle(store, Path(sys.argv[2]), progress=progress)
    print("done", result.records, flush=True)
    store.close()
""")

YOUTHS = 800


@pytest.mark.slow
@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_a_killed_import_leaves_the_old_or_the_new_state(world: World, tmp_path: Path) -> None:
    with world.office.db.transaction():
        for i in range(YOUTHS):
            world.office.repo.create("jeune", youth(nom_naissance=f"Nom{i}"))
    bundle = world.export("office", "a")
    pristine = tmp_path / "pristine"
    root = world.a.paths.root
    world.a.close()
    shutil.copytree(root, pristine)
    outcomes = set()
    for target in (0, 200, 400, 600, None):
        shutil.rmtree(root)
        shutil.copytree(pristine, root)
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(root), str(bundle), PASSPHRASE],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert child.stdout is not None
        for line in child.stdout:
            word, count = line.split()
            if target is not None and word == "progress" and int(count) >= target:
                child.send_signal(signal.SIGKILL)
                break
        child.wait()
        with Store.open(root, user=None, passphrase=PASSPHRASE) as store:
            assert store.check() == []
            count = store.db.conn.execute("SELECT count(*) FROM jeune").fetchone()[0]
            assert count in (0, YOUTHS)
            outcomes.add(count)
        # Closed first: one process owns a store at a time (the child would be refused).
        redo = subprocess.run(
            [sys.executable, "-c", CHILD, str(root), str(bundle), PASSPHRASE],
            capture_output=True,
            text=True,
            check=False,
        )
        assert redo.returncode == 0 or "déjà été importé" in redo.stderr, redo.stderr
        with Store.open(root, user=None, passphrase=PASSPHRASE) as store:
            assert store.db.conn.execute("SELECT count(*) FROM jeune").fetchone()[0] == YOUTHS
    assert 0 in outcomes  # at least one kill landed inside the transaction
    world.stores["a"] = Store.open(root, user=None, passphrase=PASSPHRASE)
