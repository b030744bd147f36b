"""``--self-test``: every check is real, fails closed, and needs no display."""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from dedans_dehors_desktop import __version__, app_selftest
from dedans_dehors_desktop.resources import resources_dir

EXPECTED_LABELS = (
    "SQLCipher (version 4 ou plus)",
    "SQLCipher (réglages de sécurité)",
    "recherche plein texte (FTS5)",
    "chiffrement post-quantique (ML-KEM, ML-DSA)",
    "dérivation de clé (Argon2id)",
    "suite de chiffrement des échanges",
    "fichiers de l'application",
    "polices des documents imprimés",
    "audit du secret statistique (solveur HiGHS)",
    "traductions de l'interface",
    "traductions de Qt (boutons standard)",
    "commandes de la ligne de commande",
    "base chiffrée (création, écriture, réouverture)",
)


def compile_ts(tmp_path: Path, name: str = "dedans_dehors_en") -> Path:
    """A real .qm built with the lrelease that ships with PySide6."""
    source = tmp_path / f"{name}.ts"
    source.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="en">'
        "<context><name>Autocontrôle</name><message><source>ÉCHEC</source>"
        "<translation>FAILED</translation></message></context></TS>\n",
        encoding="utf-8",
    )
    target = tmp_path / "i18n" / f"{name}.qm"
    target.parent.mkdir(exist_ok=True)
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run(
        [str(lrelease), str(source), "-qm", str(target)],
        check=True,
        capture_output=True,
        timeout=60,
    )
    return target


def test_main_prints_one_line_per_check(capsys: pytest.CaptureFixture[str]) -> None:
    status = app_selftest.main([])
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == f"Autocontrôle de Dedans-Dehors Desktop {__version__}"
    checks = lines[1:-1]
    assert [line.split(" : ")[0][6:] for line in checks] == list(EXPECTED_LABELS)
    for line in checks:
        assert line.startswith(("OK    ", "ÉCHEC "))
    translations_built = any((resources_dir() / "i18n").glob("*.qm"))
    for line in checks:
        # Everything but our own compiled translations is in place in a development checkout;
        # those are build products of scripts/build_translations.py.
        if "traductions de l'interface" not in line:
            assert line.startswith("OK"), line
    if translations_built:
        assert status == 0
        assert lines[-1] == f"Autocontrôle réussi : {len(EXPECTED_LABELS)} vérifications."
    else:
        assert status == 1
        assert lines[-1] == f"Autocontrôle en échec : 1 vérification(s) sur {len(EXPECTED_LABELS)}."


def test_security_details_are_reported(capsys: pytest.CaptureFixture[str]) -> None:
    app_selftest.main([])
    out = capsys.readouterr().out
    assert "cipher_memory_security=ON, temp_store=MEMORY" in out
    assert "DD1-MLKEM768X25519" in out
    assert "store_cmds" in out


def test_translations_load_with_qtcore_only(tmp_path: Path) -> None:
    qm = compile_ts(tmp_path)
    result = app_selftest.check_translations(qm.parent)
    assert result.ok
    assert result.detail == "dedans_dehors_en.qm"


def test_missing_translations_fail(tmp_path: Path) -> None:
    (tmp_path / "i18n").mkdir()
    result = app_selftest.check_translations(tmp_path / "i18n")
    assert not result.ok
    assert "aucun fichier .qm" in result.detail
    assert not app_selftest.check_translations(tmp_path / "absent").ok


def test_damaged_translation_fails(tmp_path: Path) -> None:
    good = compile_ts(tmp_path)
    (good.parent / "dedans_dehors_de.qm").write_bytes(b"\x00not a qm file" * 10)
    result = app_selftest.check_translations(good.parent)
    assert not result.ok
    assert "dedans_dehors_de.qm" in result.detail


def test_round_trip_leaves_nothing_behind(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    result = app_selftest.check_round_trip()
    assert result.ok, result.detail
    assert list(tmp_path.iterdir()) == []


def test_fonts_have_the_french_glyphs() -> None:
    result = app_selftest.check_fonts()
    assert result.ok, result.detail
    assert "NotoSans" in result.detail


def test_a_check_that_raises_is_a_failure_not_a_crash(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken() -> app_selftest.Result:
        raise OSError("disque plein")

    monkeypatch.setattr(app_selftest, "check_fonts", broken)
    assert app_selftest.main([]) == 1
    out = capsys.readouterr().out
    assert "ÉCHEC polices des documents imprimés : OSError" in out
    assert "base chiffrée" in out  # the checks after it still ran


def test_without_a_console_the_report_goes_to_a_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # What a windowed program on Windows has: no standard output at all.
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    monkeypatch.setattr(sys, "stdout", None)
    status = app_selftest.main([])
    report = (tmp_path / "dedans-dehors-autocontrole.txt").read_text("utf-8")
    assert report.startswith("Autocontrôle de Dedans-Dehors Desktop")
    assert report.count("\n") == len(EXPECTED_LABELS) + 2
    assert status in (0, 1)


def test_module_runs_without_qt_gui() -> None:
    """``python -m dedans_dehors_desktop.app_selftest`` never loads QtGui or QtWidgets."""
    probe = (
        "import sys, runpy\n"
        "try:\n"
        "    runpy.run_module('dedans_dehors_desktop.app_selftest', run_name='__main__')\n"
        "except SystemExit as exc:\n"
        "    code = exc.code\n"
        "loaded = sorted(m for m in sys.modules if m in ('PySide6.QtGui', 'PySide6.QtWidgets'))\n"
        "print('GUI-MODULES', loaded, 'STATUS', code)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, check=False
    )
    assert "GUI-MODULES [] STATUS" in done.stdout, done.stderr
