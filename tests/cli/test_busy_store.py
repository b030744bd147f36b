"""A command on a store the window holds: one French line naming the window, never
"Erreur interne (OperationalError)" (the issue's ``demo ‖ search`` and ``demo ‖ import-csv``)."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from dedans_dehors_desktop import cli
from dedans_dehors_desktop.storage.store import Store
from storage.helpers_process import Holder  # tests/storage (rootdir-relative package)

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("argv", [["search", "x"], ["demo", "--youths", "2"], ["users"]])
def test_a_command_on_a_store_held_by_the_window(
    store_factory: Callable[..., Store],
    user_name: str,
    passphrase: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
) -> None:
    store = store_factory()
    root: Path = store.paths.root
    store.close()
    monkeypatch.setenv("DEDANS_DEHORS_DATA_DIR", str(root))
    monkeypatch.setenv("DEDANS_DEHORS_USER", user_name)
    monkeypatch.setenv("DEDANS_DEHORS_PASSPHRASE", passphrase)
    with Holder(root, user_name, passphrase, "la fenêtre Dedans-Dehors") as holder:
        capsys.readouterr()
        code = cli.main(["--attendre", "0.2", *argv])
        captured = capsys.readouterr()
    assert code == 1 and captured.out == ""
    (line,) = captured.err.splitlines()
    assert line.startswith("Erreur : La base est déjà ouverte par la fenêtre Dedans-Dehors")
    assert f"processus {holder.pid}" in line and user_name in line
    assert os.getpid() != holder.pid
    capsys.readouterr()
    assert cli.main(argv) == 0  # once the window has let go
