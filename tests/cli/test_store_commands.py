"""``dedans-dehors`` store commands, run in-process (capsys, environment through monkeypatch).

``calibrate`` is made to return light Argon2id parameters: a seam for speed only; the data
folder, the key file and the SQLCipher database are the real ones.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from dedans_dehors_desktop.core.passphrase import rule_text
from dedans_dehors_desktop.storage.store import Store

from .conftest import STRONG, USER, Run

STRONGER = "Girafe bleue mange sept tartines au beurre salé"


def youth_names(data: Path, passphrase: str = STRONG) -> list[tuple[str, str]]:
    with Store.open(data, user=USER, passphrase=passphrase) as store:
        return [(r["nom_naissance"], r["prenoms"]) for r in store.repo.list("jeune")]


# --- init ---------------------------------------------------------------------------------------


def test_init(run: Run, data: Path) -> None:
    result = run("init", "--role", "laptop", "--name", "Mission Locale de Rennes")
    assert result.code == 0
    assert "Base créée" in result.out and "laptop" in result.out
    with Store.open(data, user=USER, passphrase=STRONG) as store:
        assert (store.db.role, store.db.structure_name) == ("laptop", "Mission Locale de Rennes")
    again = run("init", "--role", "laptop", "--name", "Autre")
    assert again.code != 0 and "existe déjà" in again.err


def test_init_with_a_weak_passphrase_refused_with_the_rule(run: Run, data: Path) -> None:
    result = run(
        "init", "--role", "office", "--name", "ML", env={"DEDANS_DEHORS_PASSPHRASE": "azerty123"}
    )
    assert result.code != 0
    assert rule_text() in result.err
    assert not (data / "store.db").exists() and not (data / "store.key").exists()


def test_init_without_user(run: Run, data: Path) -> None:
    result = run("init", "--role", "office", "--name", "ML", env={"DEDANS_DEHORS_USER": None})
    assert result.code != 0 and "utilisateur" in result.err
    assert not (data / "store.db").exists()


def test_init_with_user_option(run: Run, data: Path) -> None:
    assert (
        run(
            "--user",
            "karim",
            "init",
            "--role",
            "office",
            "--name",
            "ML",
            env={"DEDANS_DEHORS_USER": None},
        ).code
        == 0
    )
    Store.open(data, user="karim", passphrase=STRONG).close()


def test_usage_errors(run: Run) -> None:
    assert run().code == 2
    assert run("inconnue").code == 2
    assert run("init", "--role", "serveur", "--name", "x").code == 2
    assert run("demo").code == 2


# --- demo, search, show -------------------------------------------------------------------------


def test_demo_is_deterministic(run: Run, tmp_path: Path) -> None:
    names = []
    for folder in ("a", "b"):
        data = tmp_path / folder
        env = {"DEDANS_DEHORS_DATA_DIR": str(data)}
        assert run("init", "--role", "office", "--name", "ML", env=env).code == 0
        result = run("demo", "--youths", "5", "--seed", "1", env=env)
        assert result.code == 0 and result.out.startswith("5 jeunes")
        names.append(youth_names(data))
    assert names[0] == names[1] and len(names[0]) == 5


def test_demo_bounds(run: Run, initialised: Path) -> None:
    assert run("demo", "--youths", "0").code != 0
    assert run("demo", "--youths", "100001").code != 0


def test_search_and_show(run: Run, initialised: Path) -> None:
    assert run("demo", "--youths", "6", "--seed", "4").code == 0
    nom, prenom = youth_names(initialised)[0]
    result = run("search", prenom.lower())
    assert result.code == 0 and result.lines
    # Several demo youths may share the first name: take the line of this one.
    youth_id, shown = next(line.split("\t") for line in result.lines if nom.upper() in line.upper())
    assert prenom in shown
    show = run("show", youth_id)
    assert show.code == 0
    assert show.lines[0] == f"Dossier {youth_id}"
    assert f"Nom de naissance : {nom}" in show.out
    assert "Suivi judiciaire (1)" in show.out
    assert run("search", "zzzzzz").out == ""
    notes = run("search", "--notes", "projet")
    assert notes.code == 0
    with Store.open(initialised, user=USER, passphrase=STRONG) as store:
        actions = [
            r[0]
            for r in store.db.conn.execute(
                "SELECT action FROM access_log WHERE record_id = ?", (youth_id,)
            )
        ]
    assert "consultation" in actions  # show is a consultation


def test_show_unknown_youth(run: Run, initialised: Path) -> None:
    result = run("show", "00000000-0000-4000-8000-000000000000")
    assert result.code != 0 and "aucun jeune" in result.err
    assert run("show", "pas-un-identifiant").code != 0


# --- import-csv ---------------------------------------------------------------------------------

GOOD = (
    "nom;prenom;date_naissance;sexe;etablissement\n"
    "Dupont;Éloïse;04/07/2006;F;Maison d'arrêt de Rennes\n"
    "Martin;Kévin;12/01/2004;H;\n"
)
BAD = (
    "nom;prenom;date_naissance;sexe\n"
    "Dupont;Éloïse;04/07/2006;F\n"
    "Martin;Kévin;31/02/2004;H\n"
    "Roux;Inès;01/01/2005;F\n"
)


def test_import_good_file(run: Run, initialised: Path, tmp_path: Path) -> None:
    path = tmp_path / "jeunes.csv"
    path.write_text(GOOD, encoding="utf-8")
    result = run("import-csv", str(path))
    assert result.code == 0 and "2 jeunes créés" in result.out
    assert sorted(youth_names(initialised)) == [("Dupont", "Éloïse"), ("Martin", "Kévin")]


def test_import_bad_file_imports_nothing(run: Run, initialised: Path, tmp_path: Path) -> None:
    path = tmp_path / "jeunes.csv"
    path.write_text(BAD, encoding="utf-8")
    result = run("import-csv", str(path))
    assert result.code != 0
    assert "rien n'a été importé" in result.err
    assert "3" in result.out  # the report names the refused line (line 3 of the sheet)
    assert youth_names(initialised) == []


@pytest.mark.parametrize(
    "content",
    [b"", b"\x00\x01\x02", b"PK\x03\x04 un classeur", b"nom;prenom;infraction\nA;B;vol\n"],
)
def test_import_unreadable_file(
    run: Run, initialised: Path, tmp_path: Path, content: bytes
) -> None:
    path = tmp_path / "fichier.csv"
    path.write_bytes(content)
    assert run("import-csv", str(path)).code != 0
    assert youth_names(initialised) == []


def test_import_missing_file(run: Run, initialised: Path, tmp_path: Path) -> None:
    result = run("import-csv", str(tmp_path / "absent.csv"))
    assert result.code != 0 and "impossible de lire" in result.err


# --- passwd, add-user ---------------------------------------------------------------------------


def test_passwd(run: Run, initialised: Path) -> None:
    result = run("passwd", env={"DEDANS_DEHORS_NEW_PASSPHRASE": STRONGER})
    assert result.code == 0 and "changée" in result.out
    old = run("check")
    assert old.code != 0 and "Phrase de passe incorrecte" in old.err
    assert run("check", env={"DEDANS_DEHORS_PASSPHRASE": STRONGER}).code == 0


def test_passwd_with_weak_new_passphrase(run: Run, initialised: Path) -> None:
    key = (initialised / "store.key").read_bytes()
    result = run("passwd", env={"DEDANS_DEHORS_NEW_PASSPHRASE": "motdepasse"})
    assert result.code != 0
    assert (initialised / "store.key").read_bytes() == key


def test_add_user(run: Run, initialised: Path) -> None:
    result = run("add-user", "karim", env={"DEDANS_DEHORS_NEW_PASSPHRASE": STRONGER})
    assert result.code == 0 and "karim" in result.out
    assert (
        run("check", env={"DEDANS_DEHORS_USER": "karim", "DEDANS_DEHORS_PASSPHRASE": STRONGER}).code
        == 0
    )
    unknown = run("check", env={"DEDANS_DEHORS_USER": "personne"})
    assert unknown.code != 0


# --- backup, restore, check ---------------------------------------------------------------------


def test_backup_and_restore(run: Run, initialised: Path, tmp_path: Path) -> None:
    assert run("demo", "--youths", "3").code == 0
    before = youth_names(initialised)
    backup = tmp_path / "copie.ddbak"
    result = run("backup", str(backup))
    assert result.code == 0 and backup.exists()
    assert not backup.read_bytes().startswith(b"SQLite format 3")
    assert run("demo", "--youths", "2", "--seed", "9").code == 0
    assert len(youth_names(initialised)) == 5
    restored = run("restore", str(backup))
    assert restored.code == 0 and "replaced" in restored.out
    assert youth_names(initialised) == before
    assert list((initialised / "replaced").iterdir())


def test_restore_refusals(run: Run, initialised: Path, tmp_path: Path) -> None:
    assert run("restore", str(tmp_path / "absent.ddbak")).code != 0
    not_a_backup = tmp_path / "x.ddbak"
    not_a_backup.write_bytes(b"rien a voir")
    result = run("restore", str(not_a_backup))
    assert result.code != 0 and "n'est pas une sauvegarde" in result.err
    assert run("check").code == 0


def test_check(run: Run, initialised: Path) -> None:
    result = run("check")
    assert result.code == 0
    assert result.lines[-1] == "OK base intègre, journal d'accès vérifié."
    assert any(line.startswith("OK ") and "sqlcipher" in line for line in result.lines)


def test_check_after_tampering_with_the_access_log(run: Run, initialised: Path) -> None:
    with Store.open(initialised, user=USER, passphrase=STRONG) as store:
        store.db.conn.execute("UPDATE access_log SET user = 'quelqu''un' WHERE seq = 1")
    result = run("check")
    assert result.code != 0
    assert any(line.startswith("ÉCHEC Journal d'accès") for line in result.lines)
    assert "problèmes" in result.err


# --- errors -------------------------------------------------------------------------------------


def test_wrong_passphrase(run: Run, initialised: Path) -> None:
    result = run("search", "x", env={"DEDANS_DEHORS_PASSPHRASE": "mauvaise"})
    assert result.code == 1 and "Phrase de passe incorrecte" in result.err


def test_no_store_in_the_folder(run: Run, data: Path) -> None:
    result = run("check")
    assert result.code != 0 and "Aucune base" in result.err
    assert not (data / "store.db").exists()


def test_passphrase_required_when_not_interactive(run: Run, initialised: Path) -> None:
    result = run("check", env={"DEDANS_DEHORS_PASSPHRASE": None})
    assert result.code != 0 and "DEDANS_DEHORS_PASSPHRASE" in result.err


def test_corrupt_store(run: Run, initialised: Path) -> None:
    db = initialised / "store.db"
    damaged = bytearray(db.read_bytes())
    damaged[100] ^= 0xFF
    db.write_bytes(bytes(damaged))
    result = run("check")
    assert result.code != 0 and "endommagée" in result.err


def test_data_dir_option(run: Run, tmp_path: Path) -> None:
    other = tmp_path / "ailleurs"
    assert run("--data-dir", str(other), "init", "--role", "office", "--name", "ML").code == 0
    assert (other / "store.db").exists()
    assert run("--data-dir", str(other), "check").code == 0
