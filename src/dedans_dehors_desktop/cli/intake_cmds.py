"""Subcommands bringing in a Mission Locale's spreadsheet: import-csv (CSV or .xlsx, youths and
their history) and modele-import (the template to fill)."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..services import intake
from .common import CliError, open_store, out

_DUPLICATES = {"demander": None, "fusionner": "fusionner", "ignorer": "ignorer", "creer": "creer"}


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "import-csv",
        help="importer un tableur (CSV ou .xlsx) : les jeunes et leur historique",
    )
    p.add_argument("file", type=Path)
    p.add_argument(
        "--doublons",
        choices=sorted(_DUPLICATES),
        default="demander",
        help="que faire d'un doublon possible : demander (rien n'est importé tant qu'il en "
        "reste), fusionner avec le dossier existant, ignorer la ligne, creer un homonyme",
    )
    p.add_argument("--simulation", action="store_true", help="vérifier sans rien importer")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("modele-import", help="écrire le modèle de tableur à remplir")
    p.add_argument("file", type=Path, help="fichier .xlsx (jeunes et historique) ou .csv")
    p.set_defaults(func=cmd_template)


def cmd_import(args: argparse.Namespace) -> int:
    try:
        data = args.file.read_bytes()
    except OSError:
        raise CliError(f"impossible de lire le fichier « {args.file} ».") from None
    with open_store(args) as store:
        plan = intake.prepare(store, data, args.file.name)
        out(intake.plan_text(plan))
        if args.simulation:
            return 0
        choice = _DUPLICATES[args.doublons]
        decisions = {y.line: choice for y in plan.doubtful} if choice else {}
        outcome = intake.apply(store, plan, decisions)
    out(intake.outcome_text(outcome))
    return 0


def cmd_template(args: argparse.Namespace) -> int:
    path: Path = args.file
    fmt = "csv" if path.suffix.lower() == ".csv" else "xlsx"
    if path.exists():
        raise CliError(f"« {path} » existe déjà : choisissez un autre nom.")
    try:
        path.write_bytes(intake.template(fmt))
    except OSError:
        raise CliError(f"impossible d'écrire « {path} ».") from None
    out(f"Modèle écrit : {path}")
    return 0
