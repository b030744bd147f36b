"""Child processes that hold a store, for the tests of the store lock (no sleeps: the child
prints a line once it holds the store, and holds it until its standard input closes)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

HOLDER = """
import sys
from pathlib import Path
from dedans_dehors_desktop.storage.store import Store
from dedans_dehors_desktop.storage.store_lock import set_process_label
set_process_label(sys.argv[4])
store = Store.open(Path(sys.argv[1]), user=sys.argv[2], passphrase=sys.argv[3])
print("ouvert", flush=True)
sys.stdin.read()
store.close()
print("ferme", flush=True)
"""


class Holder:
    """A real process with the store open, as the window or a long command would have it."""

    def __init__(self, root: Path, user: str, passphrase: str, label: str) -> None:
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(p for p in sys.path if p)
        self.proc = subprocess.Popen(
            [sys.executable, "-c", HOLDER, str(root), user, passphrase, label],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline().strip()
        if line != "ouvert":
            assert self.proc.stderr is not None
            raise AssertionError(f"the holder did not open the store: {self.proc.stderr.read()}")

    @property
    def pid(self) -> int:
        return self.proc.pid

    def release(self) -> None:
        out, _ = self.proc.communicate("", timeout=60)
        assert "ferme" in out

    def kill(self) -> None:
        os.kill(self.proc.pid, signal.SIGKILL)
        self.proc.communicate(timeout=60)

    def __enter__(self) -> Holder:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.proc.poll() is None:
            self.release()
