"""``dedans-dehors``: the command line, for the office and for scripts. Never imports Qt.

Exit status 0 on success; otherwise one French line on standard error and a non-zero status.
Subcommands live in the ``*_cmds`` modules of this package; each has ``register(subparsers)``
and sets ``func`` on its parser.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import pkgutil
import re
import sys
from collections.abc import Sequence
from typing import Any, NoReturn

from .. import logsetup
from ..core.errors import UserError, WeakPassphrase
from ..core.passphrase import rule_text
from ..services.session import media_error, set_process_label
from .common import LOCK_WAIT_SECONDS, CliError, data_dir

EXIT_USER_ERROR = 1
EXIT_USAGE = 2
EXIT_INTERNAL = 3


class _FrenchFormatter(argparse.HelpFormatter):
    def add_usage(
        self, usage: str | None, actions: Any, groups: Any, prefix: str | None = None
    ) -> None:
        super().add_usage(usage, actions, groups, "utilisation : " if prefix is None else prefix)


class _FrenchParser(argparse.ArgumentParser):
    """argparse, with its few fixed English words in French."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _FrenchFormatter)
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)
        self._positionals.title = "paramètres"
        self._optionals.title = "options"
        self.add_argument("-h", "--help", action="help", help="afficher cette aide et quitter")

    def error(self, message: str) -> NoReturn:
        sys.stderr.write(f"Erreur : {_french_usage_error(message)} Voir « {self.prog} --help ».\n")
        raise SystemExit(EXIT_USAGE)


_USAGE_ERRORS = (
    (re.compile(r"argument command: invalid choice: '([^']*)'.*"), "commande inconnue « {0} »."),
    (re.compile(r"the following arguments are required: (.*)"), "il manque : {0}."),
    (re.compile(r"unrecognized arguments: (.*)"), "élément(s) en trop ou inconnu(s) : {0}."),
    (
        re.compile(r"argument ([^:]*): not allowed with argument (.*)"),
        "{0} et {1} ne peuvent pas être utilisés ensemble.",
    ),
    (
        re.compile(r"argument ([^:]*): invalid \w+ value: '([^']*)'"),
        "valeur invalide pour {0} : « {1} ».",
    ),
    (
        re.compile(r"argument ([^:]*): invalid choice: '([^']*)'.*"),
        "valeur invalide pour {0} : « {1} ».",
    ),
    (re.compile(r"argument ([^:]*): expected one argument"), "{0} attend une valeur."),
)


# Positional parameters named in English in their parsers, as a person should read them.
_NAMES = {
    "file": "FICHIER",
    "text": "TEXTE",
    "id": "IDENTIFIANT",
    "name": "NOM",
    "device": "POSTE",
    "YOUTH_ID": "IDENTIFIANT_DU_JEUNE",
}


def _french_names(text: str) -> str:
    return re.sub(r"[A-Za-z_]+", lambda m: _NAMES.get(m.group(0), m.group(0)), text)


def _french_usage_error(message: str) -> str:
    for pattern, french in _USAGE_ERRORS:
        match = pattern.fullmatch(message)
        if match:
            groups = match.groups()
            if "required" in pattern.pattern:
                groups = tuple(_french_names(g) for g in groups)
            return french.format(*groups)
    return f"commande incomplète ou invalide ({message})."


def command_modules() -> list[str]:
    return sorted(m.name for m in pkgutil.iter_modules(__path__) if m.name.endswith("_cmds"))


def build_parser() -> argparse.ArgumentParser:
    parser = _FrenchParser(
        prog="dedans-dehors", description="Dedans-Dehors : dossiers chiffrés, hors ligne."
    )
    parser.add_argument(
        "--data-dir",
        help="dossier des données (sinon DEDANS_DEHORS_DATA_DIR ou le dossier par défaut)",
    )
    parser.add_argument("--user", help="utilisateur (sinon DEDANS_DEHORS_USER)")
    parser.add_argument(
        "--attendre",
        type=float,
        default=LOCK_WAIT_SECONDS,
        metavar="SECONDES",
        help="si la base est ouverte ailleurs, attendre au plus ce temps "
        f"(par défaut {LOCK_WAIT_SECONDS:g} s ; 0 : refuser tout de suite)",
    )
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_FrenchParser)
    for name in command_modules():
        importlib.import_module(f"{__name__}.{name}").register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if os.name == "posix":
        os.umask(0o077)  # as the window: every file written 0600, every folder 0700
    set_process_label(f"la commande « {args.command} »")
    try:
        try:
            logsetup.configure(data_dir(args))
            result = args.func(args)
        except Exception as exc:
            mapped = media_error(exc)  # a full disk or read-only medium, wherever it surfaced
            if mapped is None:
                raise
            raise mapped from None
    except (UserError, CliError) as exc:
        # Always one line: a weak passphrase's reasons come one per line.
        message = " ; ".join(line.strip() for line in str(exc).splitlines() if line.strip())
        if isinstance(exc, WeakPassphrase):
            message = f"{message}. Règle : {rule_text()}"
        sys.stderr.write(f"Erreur : {message}\n")
        return EXIT_USER_ERROR
    except BrokenPipeError:  # output piped into `head`: not an error of ours
        return 0
    except KeyboardInterrupt:
        sys.stderr.write("Interrompu.\n")
        return EXIT_USER_ERROR
    except Exception as exc:  # never a traceback with case data on a terminal
        logging.getLogger(__name__).exception("commande en échec")
        sys.stderr.write(
            f"Erreur interne ({type(exc).__name__}). Rien n'a été modifié "
            f"au-delà de la dernière opération terminée.\n"
        )
        return EXIT_INTERNAL
    return int(result or 0)
