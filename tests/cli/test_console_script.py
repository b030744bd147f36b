"""The installed console script in real processes: real Argon2id calibration, real exit codes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(sys.executable).parent / ("dedans-dehors.exe" if os.name == "nt" else "dedans-dehors")
STRONG = "Cheval orange pluie tambour vélo nuage brique"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not SCRIPT.exists(), reason="console script not installed"),
]


def run(data: Path, *argv: str, passphrase: str = STRONG) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "DEDANS_DEHORS_DATA_DIR": str(data),
        "DEDANS_DEHORS_USER": "marie",
        "DEDANS_DEHORS_PASSPHRASE": passphrase,
    }
    return subprocess.run(
        [str(SCRIPT), *argv],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        stdin=subprocess.DEVNULL,
    )


def test_init_check_and_a_refusal(tmp_path: Path) -> None:
    data = tmp_path / "donnees"
    created = run(data, "init", "--role", "laptop", "--name", "Mission Locale de test")
    assert created.returncode == 0, created.stderr
    assert created.stderr == "" and "Base créée" in created.stdout
    checked = run(data, "check")
    assert checked.returncode == 0, checked.stderr
    assert "OK base intègre" in checked.stdout
    refused = run(data, "check", passphrase="pas la bonne phrase")
    assert refused.returncode == 1
    assert refused.stdout.count("\n") == checked.stdout.count("\n") - 1  # self-test lines only
    (line,) = refused.stderr.splitlines()
    assert line.startswith("Erreur : Phrase de passe incorrecte")
    # The calibrated cost is the real one (SECURITY.md floor: 128 MiB, 3 passes).
    key = (data / "store.key").read_text(encoding="utf-8")
    assert '"memory_kib": 131072' in key
    assert not any(p.name.endswith((".tmp", ".new", ".creating")) for p in data.iterdir())
