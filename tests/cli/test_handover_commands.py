"""Handover and retention from the command line, on two real office stores and real files."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

from dedans_dehors_desktop.cli import main
from dedans_dehors_desktop.crypto.keywrap import KdfParams
from dedans_dehors_desktop.storage.repository import Repository
from dedans_dehors_desktop.storage.store import Store

PASSPHRASE = "phrase de passe des tests"


@pytest.fixture(autouse=True)
def _passphrase(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DEDANS_DEHORS_PASSPHRASE", PASSPHRASE)


def office(root: Path, name: str) -> Store:
    return Store.create(
        root,
        role="office",
        structure_name=name,
        user="bureau",
        passphrase=PASSPHRASE,
        kdf=KdfParams(os.urandom(16), 1024, 1),
        enforce_policy=False,
    )


def run(capsys: pytest.CaptureFixture[str], root: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(root), *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def value(text: str, prefix: str) -> str:
    return next(
        line[len(prefix) :].strip() for line in text.splitlines() if line.startswith(prefix)
    )


def test_handover_from_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a_root, b_root, stick = tmp_path / "a", tmp_path / "b", tmp_path / "cle"
    stick.mkdir()
    a = office(a_root, "Mission Locale de Périgueux")
    jid = a.repo.create(
        "jeune",
        {
            "nom_naissance": "Martin",
            "prenoms": "Lucas",
            "sexe": "homme",
            "date_naissance": "2004-03-14",
        },
    )
    a.close()
    office(b_root, "Mission Locale du Bergeracois").close()

    fps = {}
    for root in (a_root, b_root):
        code, out, _ = run(capsys, root, "office-identity", "--out", str(stick / root.name))
        assert code == 0
        fps[root.name] = value(out, "Empreinte à lire à l'autre Mission Locale :")
    id_a = stick / "a"  # a path that is not a folder is the file itself
    id_b = stick / "b"
    code, _, err = run(capsys, b_root, "office-trust", str(id_a), "--fingerprint", "AAAA")
    assert code != 0 and "ne correspond pas" in err
    assert run(capsys, b_root, "office-trust", str(id_a), "--fingerprint", fps["a"])[0] == 0
    assert run(capsys, a_root, "office-trust", str(id_b), "--fingerprint", fps["b"])[0] == 0
    code, out, _ = run(capsys, a_root, "offices")
    assert "Mission Locale du Bergeracois\tactive" in out

    code, _, err = run(
        capsys,
        a_root,
        "transfer-send",
        "--to",
        "Mission Locale du Bergeracois",
        "--youth",
        jid,
        "--consent-date",
        "02/05/2025",
        "--consent-method",
        "oral",
        "--consent-by",
        "Alice",
        "--only",
        "parcours",
        "--out",
        str(stick),
    )
    assert code != 0 and "identité" in err
    code, out, err = run(
        capsys,
        a_root,
        "transfer-send",
        "--to",
        "Mission Locale du Bergeracois",
        "--youth",
        jid,
        "--consent-date",
        "02/05/2025",
        "--consent-method",
        "oral",
        "--consent-by",
        "Alice",
        "--erase-after-days",
        "0",
        "--out",
        str(stick),
    )
    assert code == 0, err
    bundle = next(stick.glob("*.ddtr"))
    code, out, _ = run(capsys, b_root, "transfer-preview", str(bundle))
    assert "Mission Locale de Périgueux" in out and "Lucas Martin" in out and "oral" in out
    code, out, err = run(capsys, b_root, "transfer-accept", str(bundle))
    assert code == 0, err
    assert "Créé" in out
    code, _, err = run(capsys, b_root, "transfer-accept", str(bundle))
    assert code != 0 and "déjà été reçu" in err
    code, out, _ = run(capsys, a_root, "transfer-erase-due")
    assert "1 dossier(s) transféré(s) effacé(s)" in out


def test_retention_from_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = tmp_path / "bureau"
    store = office(root, "Mission Locale de Périgueux")
    Repository(store.db, today=date(2012, 1, 1)).create(
        "jeune",
        {
            "nom_naissance": "Ancien",
            "prenoms": "Paul",
            "sexe": "homme",
            "date_naissance": "1990-01-01",
        },
    )
    store.close()
    code, out, _ = run(capsys, root, "retention-rules")
    assert "[imilo]" in out and "[cej]" in out and "[carnet]" in out and "Restent" in out
    assert run(capsys, root, "retention-set", "carnet", "--disable")[0] == 0
    code, out, _ = run(capsys, root, "retention-preview")
    assert "[imilo]" in out and "Paul Ancien" in out and "[carnet]" not in out
    code, _, err = run(capsys, root, "retention-run")
    assert code != 0 and "--yes" in err
    code, out, _ = run(capsys, root, "retention-run", "--yes")
    assert code == 0 and "1 dossier(s) traité(s)" in out
    code, out, _ = run(capsys, root, "retention-preview")
    assert "Paul Ancien" not in out
