"""``dedans-dehors``: the command line, for the office and for scripts. Never imports Qt.

Exit status 0 on success; otherwise one French line on standard error and a non-zero status.
Subcommands live in the ``*_cmds`` modules of this package; each has ``register(subparsers)``
and sets ``func`` on its parser.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import pkgutil
import sys
from collections.abc import Sequence

from .. import logsetup
from ..core.errors import UserError, WeakPassphrase
from ..core.passphrase import rule_text
from .common import CliError, data_dir

EXIT_USER_ERROR = 1
EXIT_USAGE = 2
EXIT_INTERNAL = 3


class _FrenchParser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        sys.stderr.write(f"Erreur : commande incomplète ou invalide ({message}).\n")
        raise SystemExit(EXIT_USAGE)


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
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_FrenchParser)
    for name in command_modules():
        importlib.import_module(f"{__name__}.{name}").register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        logsetup.configure(data_dir(args))
        result = args.func(args)
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
