"""Workers, error dialogs, translations, the note check, the command line of the application."""

from __future__ import annotations

import logging
import re
import sys
import threading
import xml.etree.ElementTree as ET
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from dedans_dehors_desktop.core import enums as E
from dedans_dehors_desktop.core.errors import WrongPassphrase
from dedans_dehors_desktop.core.sensitive_words import NoteChecker
from dedans_dehors_desktop.gui import app as gui_app
from dedans_dehors_desktop.gui.shell import translations
from dedans_dehors_desktop.gui.shell.errors import install_excepthook, show_error
from dedans_dehors_desktop.gui.workers import Cancelled, JobContext, WorkerPool
from dedans_dehors_desktop.resources import resource_path

CANARY = "Canari-Exception-Nom-Prénom"


# --- workers -------------------------------------------------------------------------------------


def test_worker_reports_progress_and_result_on_the_gui_thread(qtbot: Any) -> None:
    pool = WorkerPool()
    gui_thread = threading.get_ident()
    progress: list[tuple[int, int, bool]] = []

    def job(ctx: JobContext) -> int:
        for i in range(3):
            ctx.progress(i + 1, 3)
        return threading.get_ident()

    results: list[int] = []
    # Callbacks are connected before the job starts: a fast job cannot emit unheard.
    pool.start(
        job,
        on_finished=results.append,
        on_progress=lambda d, t: progress.append((d, t, threading.get_ident() == gui_thread)),
    )
    qtbot.waitUntil(lambda: bool(results) and len(progress) == 3)
    assert results[0] != gui_thread  # the job ran on a pool thread
    assert progress == [(1, 3, True), (2, 3, True), (3, 3, True)]
    assert pool.join(5000)


def test_worker_failure_and_cooperative_cancellation(qtbot: Any) -> None:
    pool = WorkerPool()
    errors: list[BaseException] = []
    pool.start(lambda _ctx: (_ for _ in ()).throw(WrongPassphrase()), on_failed=errors.append)
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], WrongPassphrase)

    started = threading.Event()

    def long_job(ctx: JobContext) -> None:
        started.set()
        while True:  # stops only when asked: no thread is ever terminated
            ctx.check()
            threading.Event().wait(0.001)

    worker = pool.start(long_job)
    assert started.wait(5)
    with qtbot.waitSignal(worker.failed, timeout=5000) as stopped:
        assert pool.join(5000)
    assert isinstance(stopped.args[0], Cancelled)
    assert not worker.running


# --- errors --------------------------------------------------------------------------------------


def test_user_errors_are_shown_as_written(qtbot: Any) -> None:
    show_error(None, WrongPassphrase())
    box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox))
    assert box.text() == str(WrongPassphrase())
    box.close()


def test_unexpected_exceptions_show_no_case_data(
    qtbot: Any, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    install_excepthook()
    caplog.set_level(logging.DEBUG)
    try:
        raise ValueError(f"nom invalide : {CANARY}")
    except ValueError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox))
    shown = " ".join((box.text(), box.informativeText(), box.detailedText(), box.windowTitle()))
    assert "ValueError" in box.detailedText()
    assert CANARY not in shown
    assert CANARY not in caplog.text
    assert "inattendue" in box.text()
    box.close()


# --- translations --------------------------------------------------------------------------------


def test_english_translation_builds_and_loads(qapp: QApplication) -> None:
    list(_build_translations().compile_all())
    try:
        assert translations.install(qapp, "en") == "en"
        assert QCoreApplication.translate("MainWindow", "Verrouiller") == "Lock"
        assert E.MILIEU.label("ferme") == "In custody"  # the core's labels follow
        assert "Wrong passphrase" in str(WrongPassphrase())
    finally:
        assert translations.install(qapp, "fr") == "fr"
    assert E.MILIEU.label("ferme") == "Milieu fermé"
    assert QCoreApplication.translate("MainWindow", "Verrouiller") == "Verrouiller"


def test_translation_sources_are_complete_and_keep_placeholders() -> None:
    root = ET.parse(resource_path("i18n", "dedans_dehors_en.ts")).getroot()
    for context in root.iter("context"):
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") == "vanished":
                continue
            text = translation.text or ""
            assert translation.get("type") != "unfinished", source
            assert sorted(re.findall(r"\{\w*\}", source)) == sorted(re.findall(r"\{\w*\}", text))


def _build_translations() -> Any:
    sys.path.insert(0, str(resource_path().parent / "scripts"))
    try:
        import build_translations
    finally:
        sys.path.pop(0)
    return build_translations


def test_extraction_covers_every_layer_and_the_ts_is_up_to_date() -> None:
    bt = _build_translations()
    found = {(m.context, m.source) for m in bt.extract()}
    for expected in (
        ("MainWindow", "Verrouiller"),  # self.tr in the GUI
        ("À propos", "Composants :"),  # the core's tr() below the GUI
        ("Rapport d'activité", "Jeunes suivis"),  # context given as a module constant
        ("CsvImport", "Le fichier est vide. Rien n'a été importé."),
        ("Paquets", "Ce paquet est destiné à un autre poste : il a été refusé."),
        (  # typed errors' default messages
            "Erreurs",
            "Phrase de passe incorrecte. Vérifiez la saisie (majuscules, accents) et réessayez.",
        ),
    ):
        assert expected in found, expected
    root = ET.parse(resource_path("i18n", "dedans_dehors_en.ts")).getroot()
    in_ts = {
        (context.findtext("name"), message.findtext("source"))
        for context in root.iter("context")
        for message in context.iter("message")
        if (t := message.find("translation")) is not None and t.get("type") != "vanished"
    }
    missing = sorted(found - in_ts)
    assert not missing, f"run scripts/build_translations.py --update: {missing[:5]}"


def test_every_literal_string_marked_for_translation_has_a_known_context() -> None:
    """``tr(context, "…")`` whose context the extractor cannot read would never be translated."""
    import ast

    bt = _build_translations()
    unreadable = []
    for path in sorted(bt.SOURCES.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names = bt._module_strings(tree)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or len(node.args) < 2:
                continue
            if bt._name(node.func) not in ("translate", "tr", "QT_TRANSLATE_NOOP", "N"):
                continue
            if bt._const(node.args[1]) is not None and bt._const(node.args[0], names) is None:
                unreadable.append(f"{path.name}:{node.lineno}")
    assert unreadable == []


# --- note check (a parser of free text: property-based) -----------------------------------------


def test_note_check_finds_offence_and_health_words_as_typed() -> None:
    checker = NoteChecker()
    assert checker.matches(
        "Il a été CONDAMNÉ pour violence, suit un traitement psychiatrique."
    ) == [
        "CONDAMNÉ",
        "violence",
        "traitement psychiatrique",
    ]
    # Whole words only: no prefix turns "violence verbale" into "violé", no truncated stem.
    assert checker.matches("Insultes : violence verbale") == ["violence"]
    assert checker.matches("Il se porte volontaire ; voler de ses propres ailes") == []
    assert checker.matches("Projet : CACES, dossier FJT, rendez-vous France Travail.") == []
    assert checker.matches("Traitement de texte ; relancer la CAF sur le traitement du RSA") == []
    assert NoteChecker(["mot secret", "abc*"]).matches("Un MOT   secret et abcdef, abc") == [
        "MOT   secret",
        "abc",
    ]


def test_an_old_stored_default_list_no_longer_flags_prefixes() -> None:
    """Earlier versions stored "traitement*" and the like as the structure's list."""
    assert NoteChecker(["traitement*", "psychiatr*", "mot maison"]).matches(
        "traitement du dossier, mot maison"
    ) == ["mot maison"]


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400), st.lists(st.text(max_size=20), max_size=10))
def test_note_check_never_fails_and_reports_words_of_the_note(note: str, words: list[str]) -> None:
    checker = NoteChecker(words)
    found = checker.matches(note)
    for typed in found:
        assert typed in note[:20_000]
    assert len(found) == len(set(found))


@settings(max_examples=100, deadline=None)
@given(
    st.sampled_from(["JAP", "psychiatre", "addictologie", "MDPH", "IVG", "parloir", "curatelle"]),
    st.text(alphabet=st.characters(whitelist_categories=("Zs",)), min_size=1, max_size=3),
)
def test_lexicon_words_are_found_in_a_sentence_whatever_the_spacing(word: str, space: str) -> None:
    note = f"Début{space}{word.upper()}{space}fin."
    assert NoteChecker().matches(note) == [word.upper()]


# --- the application's command line --------------------------------------------------------------


def test_self_test_runs_before_any_application(monkeypatch: pytest.MonkeyPatch) -> None:
    import types

    calls: list[str] = []
    fake = types.ModuleType("dedans_dehors_desktop.app_selftest")
    fake.main = lambda: calls.append("self-test") or 0  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "dedans_dehors_desktop.app_selftest", fake)

    def no_app(*_a: Any, **_k: Any) -> None:
        raise AssertionError("a QApplication was created before the self-test")

    monkeypatch.setattr(gui_app, "DesktopApp", no_app)
    assert gui_app.main(["dedans-dehors-desktop", "--self-test"]) == 0
    assert calls == ["self-test"]


def test_arguments() -> None:
    args, qt_args = gui_app.parse_args(["--data-dir", "/tmp/x", "--demo", "-platform", "offscreen"])
    assert args.data_dir == "/tmp/x" and args.demo and args.lang is None
    assert qt_args == ["-platform", "offscreen"]


def test_pinned_pyside_keeps_references_to_none(qapp: object) -> None:
    # PySide6 6.12.0 dropped a reference to None per void call and aborted Python 3.11 after a
    # few thousand calls; the pinned version must not.
    from PySide6.QtWidgets import QLineEdit

    edit = QLineEdit()
    before = sys.getrefcount(None)
    for _ in range(20000):
        edit.setText("x")
    assert sys.getrefcount(None) >= before - 10
