"""The sync commands of the command line, end to end on real stores and files."""

from __future__ import annotations

from pathlib import Path

import pytest

from dedans_dehors_desktop.cli import main
from dedans_dehors_desktop.storage.store import Store

from .world import PASSPHRASE, new_store, youth


@pytest.fixture(autouse=True)
def _passphrase(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DEDANS_DEHORS_PASSPHRASE", PASSPHRASE)


def run(capsys: pytest.CaptureFixture[str], root: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(root), *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _value(text: str, prefix: str) -> str:
    for line in text.splitlines():
        if line.startswith(prefix):
            return line[len(prefix) :].strip()
    raise AssertionError(prefix)


def test_the_whole_cycle_from_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    office_root, laptop_root, stick = tmp_path / "office", tmp_path / "laptop", tmp_path / "stick"
    stick.mkdir()
    office = new_store(office_root, "office", "bureau")
    y = office.repo.create("jeune", youth())
    office.close()
    new_store(laptop_root, "laptop", "referente").close()

    code, out, _ = run(
        capsys, laptop_root, "enrol-request", "--out", str(stick), "--label", "Portable 1"
    )
    assert code == 0
    laptop_fp = _value(out, "Empreinte de ce poste :")
    request = next(stick.glob("*.ddreq"))

    code, _, err = run(
        capsys,
        office_root,
        "enrol-approve",
        str(request),
        "--scope",
        "referent:Alice",
        "--out",
        str(stick),
        "--fingerprint",
        "AAAA BBBB",
    )
    assert code == 1 and "ne correspond pas" in err
    code, out, _ = run(
        capsys,
        office_root,
        "enrol-approve",
        str(request),
        "--scope",
        "referent:Alice",
        "--out",
        str(stick),
        "--fingerprint",
        laptop_fp.lower(),
    )
    assert code == 0, out
    office_fp = _value(out, "Empreinte du bureau (à comparer sur le poste) :")
    answer = next(stick.glob("*.ddenr"))

    code, out, _ = run(
        capsys, laptop_root, "enrol-complete", str(answer), "--fingerprint", office_fp
    )
    assert code == 0 and "Poste inscrit" in out and "1 modification importée" in out

    with Store.open(laptop_root, user=None, passphrase=PASSPHRASE) as laptop:
        laptop.repo.update("jeune", y, {"telephone": "0611111111"})
    with Store.open(office_root, user=None, passphrase=PASSPHRASE) as office:
        office.repo.update("jeune", y, {"telephone": "0622222222"})

    bundle = stick / "to-office.ddb"
    code, out, _ = run(capsys, laptop_root, "export", "--to", "bureau", "--out", str(bundle))
    assert code == 0 and "vous pouvez retirer la clé" in out
    code, out, _ = run(capsys, office_root, "verify", str(bundle))
    assert code == 0
    assert "Expéditeur : Portable 1" in out and "Séquence : 1 (nouveau" in out
    assert "1 fiche (jeune : 1)" in out
    code, out, _ = run(capsys, office_root, "import", str(bundle))
    assert code == 0 and out.strip() == "1 modification importée, 1 conflit à examiner."
    code, out, err = run(capsys, office_root, "import", str(bundle))
    assert code == 0 and "déjà été importé" in out

    code, out, _ = run(capsys, office_root, "conflicts")
    assert f"jeune {y} telephone" in out and "0611111111" in out and "Portable 1" in out
    code, out, _ = run(
        capsys, office_root, "resolve", "jeune", y, "telephone", "--value", "0633333333"
    )
    assert code == 0
    code, out, _ = run(capsys, office_root, "conflicts")
    assert "Aucun conflit" in out

    code, out, _ = run(capsys, office_root, "devices")
    assert "Portable 1" in out and "référent : Alice" in out
    code, out, _ = run(capsys, office_root, "scope", "Portable 1", "--scope", "referent:Zoé")
    assert code == 0
    code, out, _ = run(capsys, office_root, "export", "--to", "Portable 1", "--out", str(stick))
    assert code == 0
    code, out, _ = run(capsys, office_root, "bundles")
    assert "envoyé à Portable 1" in out and "reçu de Portable 1" in out

    code, out, _ = run(capsys, office_root, "revoke", "Portable 1")
    assert code == 0 and "révoqué" in out
    bundle2 = stick / "late.ddb"
    run(capsys, laptop_root, "export", "--to", "bureau", "--out", str(bundle2))
    code, out, err = run(capsys, office_root, "verify", str(bundle2))
    assert code == 1 and "révoqué" in err
    code, out, err = run(capsys, office_root, "import", str(bundle2))
    assert code == 1 and "Rien n'a été modifié" in err


def test_verify_explains_a_refusal(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = tmp_path / "office"
    new_store(root, "office", "bureau").close()
    junk = tmp_path / "junk.ddb"
    junk.write_bytes(b"not a bundle at all")
    code, _, err = run(capsys, root, "verify", str(junk))
    assert code == 1 and "n'est pas un paquet" in err
