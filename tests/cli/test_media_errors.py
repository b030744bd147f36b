"""A full disk and a read-only medium, for real: a small tmpfs mounted for the test (as root),
filled up or remounted read-only. The user reads a French line that says so, never
"Erreur interne" nor a traceback, and nothing already saved is lost."""

from __future__ import annotations

import contextlib
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from dedans_dehors_desktop import cli
from dedans_dehors_desktop.crypto.keywrap import KdfParams
from dedans_dehors_desktop.storage.store import Store

USER = "marie"
SECRET = "phrase de passe des tests"
pytestmark = [pytest.mark.slow, pytest.mark.skipif(os.name != "posix", reason="mount")]


def _mount(point: Path, size: str) -> bool:
    point.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(point)],
        capture_output=True,
        check=False,
    )
    return done.returncode == 0


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    point = tmp_path / "petit-disque"
    if os.geteuid() != 0 or not _mount(point, "3m"):
        pytest.skip("a tmpfs cannot be mounted here (needs root)")
    try:
        yield point
    finally:
        subprocess.run(["umount", "-l", str(point)], check=False)


def _fill(folder: Path) -> Path:
    """Write until the medium refuses: the disk is then full for real."""
    filler = folder / "remplissage"
    with filler.open("wb", buffering=0) as f, contextlib.suppress(OSError):
        while True:
            f.write(b"\0" * 4096)
    return filler


def _remount_read_only(point: Path) -> None:
    subprocess.run(["mount", "-o", "remount,ro", str(point)], check=True)


@pytest.fixture
def run(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> object:
    def invoke(data: Path, *argv: str) -> tuple[int, str, str]:
        monkeypatch.setenv("DEDANS_DEHORS_DATA_DIR", str(data))
        monkeypatch.setenv("DEDANS_DEHORS_USER", USER)
        monkeypatch.setenv("DEDANS_DEHORS_PASSPHRASE", SECRET)
        capsys.readouterr()
        code = cli.main(list(argv))
        captured = capsys.readouterr()
        if code:
            assert len(captured.err.splitlines()) == 1, captured.err  # one line, no traceback
            assert "Erreur interne" not in captured.err and "Traceback" not in captured.err
        return code, captured.out, captured.err

    return invoke


def _store(root: Path, youths: int = 0) -> Store:
    store = Store.create(
        root,
        role="laptop",
        structure_name="ML",
        user=USER,
        passphrase=SECRET,
        kdf=KdfParams(os.urandom(16), 1024, 1),
        enforce_policy=False,
    )
    if youths:
        from dedans_dehors_desktop.core.demo import generate

        with store.db.transaction():
            generate(store.repo, youths, seed=2)
    return store


def _count(root: Path) -> int:
    with Store.open(root, user=USER, passphrase=SECRET) as store:
        assert store.check() == []
        return len(store.repo.list("jeune"))


def test_writing_on_a_full_disk(small_disk: Path, run: object) -> None:
    root = small_disk / "donnees"
    _store(root, youths=5).close()
    filler = _fill(small_disk)
    code, _out, err = run(root, "demo", "--youths", "200")  # type: ignore[operator]
    assert code == 1 and "disque est plein" in err, err
    # Reading while the disk is full: either it works, or it says the disk is full.
    code, _out, err = run(root, "search", "a")  # type: ignore[operator]
    assert code == 0 or "disque est plein" in err, err
    filler.unlink()
    assert _count(root) == 5  # nothing lost, and the store takes writes again
    code, _out, err = run(root, "demo", "--youths", "3")  # type: ignore[operator]
    assert code == 0, err
    assert _count(root) == 8


def test_a_backup_onto_a_full_disk(small_disk: Path, tmp_path: Path, run: object) -> None:
    root = tmp_path / "donnees"
    _store(root, youths=40).close()
    _fill(small_disk)
    code, _out, err = run(root, "backup", str(small_disk / "sauvegarde.ddbak"))  # type: ignore[operator]
    assert code == 1 and "disque est plein" in err, err
    assert not (small_disk / "sauvegarde.ddbak").exists()
    assert not list(small_disk.glob(".dd-backup-*"))  # its work folder did not stay behind
    assert not (root / "backup.pending").exists()
    assert _count(root) == 40


def test_a_read_only_medium(small_disk: Path, tmp_path: Path, run: object) -> None:
    root = small_disk / "donnees"
    _store(root, youths=3).close()
    _remount_read_only(small_disk)
    code, _out, err = run(root, "search", "a")  # type: ignore[operator]
    assert code == 1 and "lecture seule" in err, err
    elsewhere = tmp_path / "ailleurs"
    _store(elsewhere, youths=2).close()
    code, _out, err = run(elsewhere, "backup", str(small_disk / "sauvegarde.ddbak"))  # type: ignore[operator]
    assert code == 1 and "lecture seule" in err, err
    subprocess.run(["mount", "-o", "remount,rw", str(small_disk)], check=True)
    assert _count(root) == 3
