"""A process killed (SIGKILL) in the middle of writing leaves a store that opens and is whole.

The writer runs in a child process and reports each commit on its standard output; the test
reads those lines (no sleeps) and kills the child at a chosen point, then reads what the child
managed to print before dying, so it knows exactly which commits completed.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
from collections.abc import Callable

import pytest

from dedans_dehors_desktop.core.errors import WrongPassphrase
from dedans_dehors_desktop.storage.store import Store

pytestmark = [pytest.mark.slow, pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")]

# Each transaction: one youth with two children, so a half transaction would show as unequal
# counts. The line is printed only after the commit returned.
WRITER = """
import sys
from pathlib import Path
from dedans_dehors_desktop.storage.store import Store
root, user, passphrase = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
store = Store.open(root, user=user, passphrase=passphrase)
print("ouvert", flush=True)
i = 0
while True:
    with store.db.transaction():
        jid = store.repo.create("jeune", {"nom_naissance": f"Tue{i}", "prenoms": "Enzo",
                                          "sexe": "homme", "date_naissance": "01/01/2004"})
        store.repo.create("suivi_judiciaire", {"jeune_id": jid, "milieu": "ferme"})
        store.repo.create("actualite", {"jeune_id": jid, "date": "04/04/2025",
                                        "type": "entretien", "note": "note " * 300})
    i += 1
    print(i, flush=True)
"""

# One big transaction (the demo generator); progress lines are printed inside it.
BULK = """
import sys
from pathlib import Path
from dedans_dehors_desktop.core.demo import generate
from dedans_dehors_desktop.storage.store import Store
root, user, passphrase = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
store = Store.open(root, user=user, passphrase=passphrase)
with store.db.transaction():
    generate(store.repo, 150, seed=3, progress=lambda i, n: print("en cours", i, flush=True))
print("valide", flush=True)
"""

# Alternates between two passphrases forever; "n" is printed once change n is in force.
PASSWD = """
import os, sys
from pathlib import Path
from dedans_dehors_desktop.crypto.keywrap import KdfParams
from dedans_dehors_desktop.storage.store import Store
root, user, first, second = Path(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
store = Store.open(root, user=user, passphrase=first)
print("ouvert", flush=True)
n = 0
while True:
    old, new = (first, second) if n % 2 == 0 else (second, first)
    store.change_passphrase(old, new, kdf=KdfParams(os.urandom(16), 1024, 1),
                            enforce_policy=False)
    n += 1
    print(n, flush=True)
"""


def start(script: str, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", script, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def kill_after(proc: subprocess.Popen[str], lines: int) -> list[str]:
    """Read ``lines`` lines, SIGKILL the child, return every line it printed."""
    assert proc.stdout is not None and proc.stderr is not None
    seen = []
    for _ in range(lines):
        line = proc.stdout.readline()
        if not line:
            raise AssertionError(f"the child died early: {proc.stderr.read()}")
        seen.append(line.strip())
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    seen += [line.strip() for line in proc.stdout.read().splitlines()]
    proc.stdout.close()
    proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL
    return seen


def counts(store: Store) -> dict[str, int]:
    return {
        t: int(store.db.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0])
        for t in ("jeune", "suivi_judiciaire", "actualite", "history")
    }


@pytest.mark.parametrize("lines", [1, 5, 37])
def test_killed_during_many_small_transactions(
    store_factory: Callable[..., Store], user_name: str, passphrase: str, lines: int
) -> None:
    store = store_factory()
    root = store.paths.root
    store.close()
    seen = kill_after(start(WRITER, str(root), user_name, passphrase), lines + 1)
    committed = max(int(x) for x in seen if x.isdigit())
    with Store.open(root, user=user_name, passphrase=passphrase) as reopened:
        assert reopened.check() == []
        found = counts(reopened)
        # The commit after the last printed line may have completed before the kill.
        assert found["jeune"] in (committed, committed + 1)
        assert found["jeune"] == found["suivi_judiciaire"] == found["actualite"]
        # Counters were saved with the rows: 3 dots per transaction, nothing reused.
        assert reopened.db.meta("counter") == str(3 * found["jeune"])
        log_creations = reopened.db.conn.execute(
            "SELECT count(*) FROM access_log WHERE action = 'creation'"
        ).fetchone()[0]
        assert log_creations == 3 * found["jeune"]
        # The youth list and the note index followed the rows.
        assert (
            reopened.db.conn.execute("SELECT count(*) FROM jeune_liste").fetchone()[0]
            == found["jeune"]
        )
        assert (
            found["jeune"] == 0
            or reopened.db.conn.execute(
                "SELECT count(*) FROM actualite_fts WHERE actualite_fts MATCH 'note'"
            ).fetchone()[0]
            == found["actualite"]
        )
        # And the store takes new writes.
        reopened.repo.create(
            "jeune",
            {
                "nom_naissance": "Après",
                "prenoms": "Lina",
                "sexe": "femme",
                "date_naissance": "02/02/2005",
            },
        )
        assert reopened.check() == []


@pytest.mark.parametrize("lines", [3, 90])
def test_killed_during_one_bulk_transaction(
    store_factory: Callable[..., Store], user_name: str, passphrase: str, lines: int
) -> None:
    store = store_factory()
    root = store.paths.root
    store.close()
    seen = kill_after(start(BULK, str(root), user_name, passphrase), lines)
    with Store.open(root, user=user_name, passphrase=passphrase) as reopened:
        assert reopened.check() == []
        youths = counts(reopened)["jeune"]
        assert youths == (150 if "valide" in seen else 0)
        if youths == 0:  # the counters rolled back with the rows
            assert reopened.db.meta("counter") == "0"
            assert counts(reopened) == {
                "jeune": 0,
                "suivi_judiciaire": 0,
                "actualite": 0,
                "history": 0,
            }


def test_killed_during_passphrase_changes(
    store_factory: Callable[..., Store], user_name: str, passphrase: str
) -> None:
    """Whatever the point of the kill, the store opens with the old or the new passphrase."""
    other = "une autre phrase de passe"
    rng = random.Random(20250101)
    store = store_factory()
    root = store.paths.root
    store.close()
    current = 0  # changes in force so far, over every run
    for _ in range(5):
        first, second = (passphrase, other) if current % 2 == 0 else (other, passphrase)
        seen = kill_after(start(PASSWD, str(root), user_name, first, second), rng.randint(1, 12))
        done = max([int(x) for x in seen if x.isdigit()], default=0)
        expected = first if done % 2 == 0 else second  # the last change known to be in force
        in_flight = second if done % 2 == 0 else first  # the change the kill may have finished
        opened_with = None
        for candidate in (expected, in_flight):
            try:
                Store.open(root, user=user_name, passphrase=candidate).close()
            except WrongPassphrase:
                continue
            opened_with = candidate
            break
        assert opened_with is not None, "the store opens with neither passphrase"
        current = 0 if opened_with == passphrase else 1
    with Store.open(
        root, user=user_name, passphrase=passphrase if current == 0 else other
    ) as final:
        assert final.check() == []
