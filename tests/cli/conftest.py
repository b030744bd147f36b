"""The command line run in-process (capsys, environment through monkeypatch), on a real store.

``calibrate`` is made to return light Argon2id parameters: a seam for speed only; the data
folder, the key file and the SQLCipher database are the real ones.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from dedans_dehors_desktop import cli
from dedans_dehors_desktop.crypto import keywrap
from dedans_dehors_desktop.storage import store as store_module

STRONG = "Cheval orange pluie tambour vélo nuage brique"
USER = "marie"


@dataclass
class Result:
    code: int
    out: str
    err: str

    @property
    def lines(self) -> list[str]:
        return self.out.splitlines()


Run = Callable[..., Result]


@pytest.fixture
def data(tmp_path: Path) -> Path:
    return tmp_path / "donnees"


@pytest.fixture
def run(data: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Run:
    """``run(*argv, env=None)`` → Result; every failure must be one French line on stderr."""

    def light(*_args: object, **_kwargs: object) -> tuple[keywrap.KdfParams, float]:
        return keywrap.KdfParams(os.urandom(16), 1024, 1), 0.001

    monkeypatch.setattr(keywrap, "calibrate", light)
    monkeypatch.setattr(store_module, "calibrate", light)
    monkeypatch.setenv("DEDANS_DEHORS_DATA_DIR", str(data))
    monkeypatch.setenv("DEDANS_DEHORS_USER", USER)
    monkeypatch.setenv("DEDANS_DEHORS_PASSPHRASE", STRONG)
    monkeypatch.delenv("DEDANS_DEHORS_NEW_PASSPHRASE", raising=False)

    def invoke(*argv: str, env: dict[str, str | None] | None = None) -> Result:
        with monkeypatch.context() as m:
            for key, value in (env or {}).items():
                if value is None:
                    m.delenv(key, raising=False)
                else:
                    m.setenv(key, value)
            capsys.readouterr()
            try:
                code = cli.main(list(argv))
            except SystemExit as exc:  # argparse usage errors
                code = int(exc.code or 0)
            captured = capsys.readouterr()
        result = Result(code, captured.out, captured.err)
        if code != 0:
            err_lines = captured.err.splitlines()
            assert len(err_lines) == 1, f"stderr must be one line, got: {captured.err!r}"
            assert err_lines[0].startswith("Erreur"), captured.err
        else:
            assert captured.err == "", captured.err
        return result

    return invoke


@pytest.fixture
def initialised(run: Run, data: Path) -> Path:
    assert run("init", "--role", "office", "--name", "Mission Locale de Rennes").code == 0
    return data
