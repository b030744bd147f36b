"""Under a terminal's usual umask (022) the command line still writes 0600 files and 0700
folders, including the parent folders it creates and the log file after a rotation."""

from __future__ import annotations

import logging
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from dedans_dehors_desktop.logsetup import configure

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX modes")

CLI = """
import os, sys
os.umask(0o022)
from dedans_dehors_desktop.crypto import keywrap
from dedans_dehors_desktop.storage import store
light = lambda *a, **k: (keywrap.KdfParams(os.urandom(16), 1024, 1), 0.001)
keywrap.calibrate = store.calibrate = light
from dedans_dehors_desktop.cli import main
sys.exit(main(sys.argv[1:]))
"""


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.slow
def test_the_command_line_writes_private_files_and_folders(tmp_path: Path) -> None:
    data = tmp_path / "nouveau" / "sous-dossier" / "donnees"
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(p for p in sys.path if p),
        "DEDANS_DEHORS_DATA_DIR": str(data),
        "DEDANS_DEHORS_USER": "marie",
        "DEDANS_DEHORS_PASSPHRASE": "Cheval orange pluie tambour vélo nuage brique",
    }
    for argv in (["init", "--role", "laptop", "--name", "ML"], ["demo", "--youths", "2"]):
        done = subprocess.run(
            [sys.executable, "-c", CLI, *argv], env=env, capture_output=True, text=True, check=False
        )
        assert done.returncode == 0, done.stderr
    for folder in (tmp_path / "nouveau", tmp_path / "nouveau" / "sous-dossier", data):
        assert _mode(folder) == 0o700, folder
    written = [p for p in data.rglob("*")]
    assert {p.name for p in written} >= {"store.db", "store.key", "store.lock", "app.log"}
    for path in written:
        assert _mode(path) == (0o700 if path.is_dir() else 0o600), path


def test_a_rotated_log_stays_private(tmp_path: Path) -> None:
    previous = os.umask(0o022)
    try:
        path = configure(tmp_path)
        log = logging.getLogger("dedans_dehors_desktop.test_rotation")
        for i in range(12_000):  # more than 1 MiB: at least one rotation
            log.info("ligne de remplissage numéro %d " + "x" * 80, i)
    finally:
        os.umask(previous)
        configure(tmp_path / "ailleurs")  # let go of this folder's handler
    logs = sorted(path.parent.glob("app.log*"))
    assert len(logs) >= 2  # rotated
    for file in logs:
        assert _mode(file) == 0o600, file
