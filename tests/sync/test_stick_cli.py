"""The command line of issue 13: one verb per side, French file errors and usage errors, nothing
used up on failure, conflicts named by youth and field."""

from __future__ import annotations

from pathlib import Path

import pytest

from dedans_dehors_desktop.cli import main
from dedans_dehors_desktop.storage.store import Store

from .world import PASSPHRASE, World, youth


@pytest.fixture(autouse=True)
def _passphrase(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DEDANS_DEHORS_PASSPHRASE", PASSPHRASE)


def run(capsys: pytest.CaptureFixture[str], root: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(root), *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _roots(world: World) -> dict[str, Path]:
    roots = {name: store.paths.root for name, store in world.stores.items()}
    world.close()
    return roots


def test_synchroniser_is_one_command_per_side(
    world: World, capsys: pytest.CaptureFixture[str]
) -> None:
    world.office.repo.create("jeune", youth())
    roots = _roots(world)
    stick = world.root / "cle"
    stick.mkdir()
    code, out, err = run(capsys, roots["a"], "synchroniser", str(stick))
    assert code == 0, err
    assert "Écrit pour « Bureau" in out and out.strip().endswith("Vous pouvez retirer la clé.")
    code, out, _ = run(capsys, roots["office"], "synchroniser", str(stick))
    assert code == 0 and "Importé de « Portable A » (paquet n° 1)" in out
    code, out, _ = run(capsys, roots["a"], "synchroniser", str(stick))
    assert code == 0 and "modification" in out
    code, out, _ = run(capsys, roots["a"], "synchroniser", str(stick))
    assert "déjà importé : ignoré" in out
    code, _, err = run(capsys, roots["a"], "synchroniser", str(world.root / "absente"))
    assert code == 1 and "introuvable" in err


def test_file_errors_are_french_and_use_nothing_up(
    world: World, capsys: pytest.CaptureFixture[str]
) -> None:
    roots = _roots(world)
    laptop = roots["a"]
    for args, expected in (
        (("import", str(world.root / "absent.ddb")), "introuvable"),
        (("import", str(world.root)), "est un dossier"),
        (("verify", str(world.root / "absent.ddb")), "introuvable"),
        (("export", "--to", "bureau", "--out", str(world.root / "absent" / "x")), "n'existe pas"),
    ):
        code, out, err = run(capsys, laptop, *args)
        assert code == 1 and expected in err, (args, err)
        assert "Erreur interne" not in err
    code, out, err = run(capsys, laptop, "export", "--to", "bureau", "--out", str(world.root / "n"))
    assert code == 0, err
    assert (world.root / "n.ddb").exists() and "Paquet n° 1 " in out  # nothing was used up
    code, _, err = run(capsys, laptop, "export", "--to", "bureau", "--out", str(world.root / "n"))
    assert code == 1 and "existe déjà" in err


def test_usage_errors_have_no_english_word(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for args in (["import"], ["verify"], ["revoke"], ["import", "a", "b"], ["resolve"]):
        with pytest.raises(SystemExit):
            main(["--data-dir", str(tmp_path), *args])
        err = capsys.readouterr().err
        assert "argument" not in err and "required" not in err, err
        assert err.startswith("Erreur : ")
    with pytest.raises(SystemExit):
        main(["--data-dir", str(tmp_path), "import"])
    assert "il manque : FICHIER" in capsys.readouterr().err


def test_conflicts_are_listed_and_resolved_by_youth_and_field(
    world: World, capsys: pytest.CaptureFixture[str]
) -> None:
    y = world.office.repo.create("jeune", youth())
    gone = world.office.repo.create("jeune", youth(nom_naissance="Durand", prenoms="Inès"))
    world.sync("office", "a")
    world.a.repo.update("jeune", y, {"telephone": "0611111111"})
    world.office.repo.update("jeune", y, {"telephone": "0622222222"})
    world.a.repo.update("jeune", gone, {"commune": "Quimper"})
    world.office.repo.delete("jeune", gone)
    world.sync("a", "office")
    roots = _roots(world)
    office = roots["office"]

    code, out, _ = run(capsys, office, "conflicts")
    assert "Lucas Martin — Téléphone" in out and "0611111111" in out
    assert "Inès Durand" in out and "confirmer la suppression" in out and "restaurer" in out
    code, _, err = run(capsys, office, "resolve", "Durand")
    assert code == 1 and "--confirmer-suppression" in err and "--restaurer" in err
    code, _, err = run(capsys, office, "resolve", "Durand", "--garder", "1")
    assert code == 1 and "suppression" in err
    code, out, err = run(capsys, office, "resolve", "Martin", "Téléphone", "--valeur", "0633333333")
    assert code == 0, err
    code, out, err = run(capsys, office, "resolve", "Durand", "--restaurer")
    assert code == 0, err
    code, out, _ = run(capsys, office, "conflicts")
    assert "Aucun conflit" in out
    with Store.open(office, user=None, passphrase=PASSPHRASE) as store:
        assert store.repo.get("jeune", y)["telephone"] == "0633333333"  # type: ignore[index]
        assert store.repo.get("jeune", gone) is not None
