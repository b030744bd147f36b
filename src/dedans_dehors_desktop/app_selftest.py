"""``dedans-dehors-desktop --self-test``: does this installation have everything it relies on?

Run by the packaging scripts on the frozen bundle and by a technician after installing, on a
machine that may have no display: nothing here creates a QGuiApplication (Qt is used through
QtCore only, for the translation files). Prints one French line per check and exits 0 only
when every check passed. It never touches the user's data folder: the round trip works in a
private temporary folder that is deleted afterwards.
"""

from __future__ import annotations

import importlib
import io
import os
import secrets
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from .core.i18n import tr

PDF_PROBE = "é œ « » €"
REQUIRED_RESOURCES = (
    ("fonts", "NotoSans-Regular.ttf"),
    ("fonts", "NotoSans-Bold.ttf"),
    ("wordlists", "common-passwords.txt"),
    ("app-icon", "dedans-dehors.svg"),
)


@dataclass(frozen=True)
class Result:
    label: str
    ok: bool
    detail: str

    def line(self) -> str:
        status = tr("Autocontrôle", "OK") if self.ok else tr("Autocontrôle", "ÉCHEC")
        return f"{status:<5} {self.label} : {self.detail}"


def _storage_labels() -> dict[str, str]:
    return {
        "sqlcipher_version": tr("Autocontrôle", "SQLCipher (version 4 ou plus)"),
        "sqlcipher_settings": tr("Autocontrôle", "SQLCipher (réglages de sécurité)"),
        "fts5": tr("Autocontrôle", "recherche plein texte (FTS5)"),
        "post_quantum": tr("Autocontrôle", "chiffrement post-quantique (ML-KEM, ML-DSA)"),
        "argon2id": tr("Autocontrôle", "dérivation de clé (Argon2id)"),
    }


def check_storage_and_crypto() -> list[Result]:
    """The start-up checks the store itself runs before opening anything."""
    from .storage.selftest import run_self_test

    labels = _storage_labels()
    return [Result(labels.get(c.name, c.name), c.ok, c.detail) for c in run_self_test()]


def check_exchange_suite() -> Result:
    """The exact hybrid suite the USB bundles use, with a real encrypt/sign round."""
    from .crypto.suite import SUITE_NAME, require_post_quantum_backend

    require_post_quantum_backend()
    return Result(tr("Autocontrôle", "suite de chiffrement des échanges"), True, SUITE_NAME)


def check_solver() -> Result:
    """The solver the funders' report audit needs: a masked export fails closed without it."""
    import scipy
    from scipy.optimize import linprog

    least = linprog([1.0], bounds=[(1.0, 4.0)], method="highs")
    ok = least.status == 0 and abs(float(least.fun) - 1.0) < 1e-9
    return Result(
        tr("Autocontrôle", "audit du secret statistique (solveur HiGHS)"),
        ok,
        f"SciPy {scipy.__version__}",
    )


def check_fonts() -> Result:
    """The embedded fonts have the French glyphs and a PDF embeds them, all in memory."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfgen import canvas

    from .reports.fonts import BOLD, REGULAR, register_fonts

    label = tr("Autocontrôle", "polices des documents imprimés")
    register_fonts()
    for name in (REGULAR, BOLD):
        glyphs = pdfmetrics.getFont(name).face.charToGlyph
        missing = [c for c in PDF_PROBE if c != " " and ord(c) not in glyphs]
        if missing:
            return Result(
                label,
                False,
                tr("Autocontrôle", "caractères absents de {police} : {car}").format(
                    police=name, car=" ".join(missing)
                ),
            )
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, invariant=True)
    pdf.setFont(REGULAR, 12)
    pdf.drawString(72, 720, PDF_PROBE)
    pdf.setFont(BOLD, 12)
    pdf.drawString(72, 700, PDF_PROBE)
    pdf.showPage()
    pdf.save()
    data = buffer.getvalue()
    if not data.startswith(b"%PDF") or b"NotoSans" not in data:
        return Result(label, False, tr("Autocontrôle", "la police n'est pas incorporée au PDF"))
    return Result(
        label,
        True,
        tr("Autocontrôle", "{regular}, {bold} ; PDF de test de {n} octets").format(
            regular=REGULAR, bold=BOLD, n=len(data)
        ),
    )


def check_translations(i18n_dir: Path | None = None) -> Result:
    """Every compiled translation loads; QtCore only, so no display is needed."""
    from PySide6.QtCore import QTranslator

    from .resources import resources_dir

    label = tr("Autocontrôle", "traductions de l'interface")
    folder = i18n_dir if i18n_dir is not None else resources_dir() / "i18n"
    files = sorted(folder.glob("*.qm")) if folder.is_dir() else []
    if not files:
        return Result(
            label,
            False,
            tr(
                "Autocontrôle",
                "aucun fichier .qm dans {dossier} (lancez scripts/build_translations.py)",
            ).format(dossier=folder),
        )
    broken = []
    for path in files:
        translator = QTranslator()
        if not translator.load(str(path)) or translator.isEmpty():
            broken.append(path.name)
    if broken:
        return Result(
            label,
            False,
            tr("Autocontrôle", "illisible(s) : {fichiers}").format(fichiers=", ".join(broken)),
        )
    return Result(label, True, ", ".join(p.name for p in files))


def check_qt_translations() -> Result:
    """Qt's own French strings (standard buttons, file dialogs) shipped with the toolkit."""
    from PySide6.QtCore import QLibraryInfo, QTranslator

    label = tr("Autocontrôle", "traductions de Qt (boutons standard)")
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    translator = QTranslator()
    if not translator.load("qtbase_fr", folder) or translator.isEmpty():
        return Result(
            label,
            False,
            tr("Autocontrôle", "qtbase_fr.qm introuvable dans {dossier}").format(dossier=folder),
        )
    return Result(label, True, "qtbase_fr")


def check_resources() -> Result:
    from importlib import resources as package_resources

    from .resources import resources_dir

    label = tr("Autocontrôle", "fichiers de l'application")
    root = resources_dir()
    missing = [
        str(Path(*parts)) for parts in REQUIRED_RESOURCES if not root.joinpath(*parts).is_file()
    ]
    sql = package_resources.files("dedans_dehors_desktop.storage").joinpath("sql")
    if not any(entry.name.endswith(".sql") for entry in sql.iterdir()):
        missing.append("storage/sql/*.sql")
    if missing:
        return Result(
            label,
            False,
            tr("Autocontrôle", "manquants : {fichiers}").format(fichiers=", ".join(missing)),
        )
    return Result(label, True, str(root))


def check_cli_commands() -> Result:
    """The subcommands are found with pkgutil at run time: a frozen build must still list them."""
    from .cli import command_modules

    label = tr("Autocontrôle", "commandes de la ligne de commande")
    names = command_modules()
    for name in names:
        importlib.import_module(f"dedans_dehors_desktop.cli.{name}")
    if "store_cmds" not in names:
        return Result(label, False, tr("Autocontrôle", "modules introuvables"))
    return Result(label, True, ", ".join(names))


def check_round_trip() -> Result:
    """Create a store, write a youth, close, reopen, read it back, verify it, delete it all."""
    from .crypto.keywrap import KdfParams
    from .storage.files import private_umask
    from .storage.store import Store

    label = tr("Autocontrôle", "base chiffrée (création, écriture, réouverture)")
    started = time.perf_counter()
    with private_umask():
        work = Path(tempfile.mkdtemp(prefix="dedans-dehors-autocontrole-"))
    try:
        root = work / "base"
        secret = secrets.token_urlsafe(24)
        # A light KDF: this checks that the pieces work together, not how slow a guess is.
        kdf = KdfParams(os.urandom(16), 1024, 1)
        with Store.create(
            root,
            role="laptop",
            structure_name="Autocontrôle",
            user="autocontrole",
            passphrase=secret,
            kdf=kdf,
            enforce_policy=False,
        ) as store:
            youth_id = store.repo.create(
                "jeune",
                {
                    "nom_naissance": "Autocontrôle",
                    "prenoms": "Élise",
                    "sexe": "femme",
                    "date_naissance": "2005-01-01",
                },
            )
        with Store.open(root, user="autocontrole", passphrase=secret) as store:
            youth = store.repo.get("jeune", youth_id)
            problems = store.check()
        if youth is None or youth["prenoms"] != "Élise":
            return Result(label, False, tr("Autocontrôle", "la fiche écrite n'a pas été relue"))
        if problems:
            return Result(label, False, "; ".join(problems))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    if work.exists():
        return Result(
            label,
            False,
            tr("Autocontrôle", "dossier temporaire non supprimé : {dossier}").format(dossier=work),
        )
    seconds = f"{time.perf_counter() - started:.2f}".replace(".", ",")
    return Result(
        label,
        True,
        tr("Autocontrôle", "créée, écrite, rouverte et vérifiée en {duree} s").format(
            duree=seconds
        ),
    )


def _guarded(label: str, check: Callable[[], Result | list[Result]]) -> list[Result]:
    """A check that raises is a failed check: the self-test itself must never crash."""
    try:
        result = check()
    except Exception as exc:  # reported as a failure line, then the next check runs
        message = getattr(exc, "message", None) or type(exc).__name__
        return [Result(label, False, str(message))]
    return result if isinstance(result, list) else [result]


def run_all() -> list[Result]:
    checks: list[tuple[str, Callable[[], Result | list[Result]]]] = [
        (tr("Autocontrôle", "contrôles de sécurité"), check_storage_and_crypto),
        (tr("Autocontrôle", "suite de chiffrement des échanges"), check_exchange_suite),
        (tr("Autocontrôle", "fichiers de l'application"), check_resources),
        (tr("Autocontrôle", "polices des documents imprimés"), check_fonts),
        (
            tr("Autocontrôle", "audit du secret statistique (solveur HiGHS)"),
            check_solver,
        ),
        (tr("Autocontrôle", "traductions de l'interface"), check_translations),
        (tr("Autocontrôle", "traductions de Qt (boutons standard)"), check_qt_translations),
        (tr("Autocontrôle", "commandes de la ligne de commande"), check_cli_commands),
        (tr("Autocontrôle", "base chiffrée (création, écriture, réouverture)"), check_round_trip),
    ]
    results: list[Result] = []
    for label, check in checks:
        results.extend(_guarded(label, check))
    return results


def report_path() -> Path:
    """Where the report goes when there is no console (the windowed program on Windows)."""
    return Path(tempfile.gettempdir()) / "dedans-dehors-autocontrole.txt"


def main(argv: Sequence[str] | None = None) -> int:
    from . import APP_NAME, __version__

    del argv  # accepted so that callers can pass sys.argv; there are no options
    lines = [
        tr("Autocontrôle", "Autocontrôle de {app} {version}").format(
            app=APP_NAME, version=__version__
        )
    ]
    results = run_all()
    lines += [result.line() for result in results]
    failed = sum(not r.ok for r in results)
    if failed:
        lines.append(
            tr("Autocontrôle", "Autocontrôle en échec : {n} vérification(s) sur {total}.").format(
                n=failed, total=len(results)
            )
        )
    else:
        lines.append(
            tr("Autocontrôle", "Autocontrôle réussi : {total} vérifications.").format(
                total=len(results)
            )
        )
    text = "\n".join(lines) + "\n"
    if sys.stdout is not None:
        sys.stdout.write(text)
        sys.stdout.flush()
    else:
        # A windowed program has no standard output; the exit status still tells the caller.
        report_path().write_text(text, encoding="utf-8")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
