"""``report``: the activity report for the funders (PDF, XLSX or CSV)."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from ..core.errors import ValidationError
from ..services.documents import (
    FORMATS,
    Period,
    Split,
    export_activity_report,
    format_for,
    parse_report_date,
    parse_split,
)
from .common import CliError, open_store, out


def _date_arg(text: str) -> date:
    try:
        return parse_report_date(text)
    except ValidationError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _split_arg(text: str) -> Split:
    try:
        return parse_split(text)
    except ValidationError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "report",
        help="rapport d'activité pour les financeurs (PDF, XLSX ou CSV)",
        description="Rapport d'activité sur une période (par défaut l'année civile écoulée). "
        "Les effectifs de 1 à 4 sont masqués, sauf avec --named-list.",
    )
    p.add_argument(
        "--from",
        dest="start",
        type=_date_arg,
        metavar="AAAA-MM-JJ",
        help="premier jour de la période",
    )
    p.add_argument(
        "--to",
        dest="end",
        type=_date_arg,
        metavar="AAAA-MM-JJ",
        help="dernier jour de la période (inclus)",
    )
    p.add_argument("--year", type=int, metavar="AAAA", help="une année civile entière")
    p.add_argument(
        "--split",
        type=_split_arg,
        metavar="RÉPARTITION",
        help="deux colonnes à côté de l'ensemble : plie, fse, fipd, ville, spip, "
        "financeur:plie ou dispositif:<nom>",
    )
    p.add_argument("--out", required=True, type=Path, metavar="FICHIER", help="fichier à écrire")
    p.add_argument(
        "--format", choices=FORMATS, help="pdf, xlsx ou csv (sinon d'après l'extension du fichier)"
    )
    p.add_argument(
        "--named-list",
        action="store_true",
        help="ne rien masquer et joindre la liste nominative des jeunes concernés "
        "(inscrit au journal d'accès ; document à ne pas diffuser)",
    )
    p.set_defaults(func=cmd_report)


def period_from(args: argparse.Namespace, today: date | None = None) -> Period:
    today = today or date.today()
    if args.year is not None:
        if args.start or args.end:
            raise CliError("--year ne se combine pas avec --from / --to.")
        if not 1900 <= args.year <= 2100:
            raise CliError("année hors des années prises en charge (1900 à 2100).")
        return Period.year(args.year)
    if args.start is None and args.end is None:
        return Period.year(today.year - 1)
    if args.start is None or args.end is None:
        raise CliError("indiquez --from et --to, ou --year.")
    try:
        return Period(args.start, args.end)
    except ValidationError as exc:
        raise CliError(str(exc)) from None


def cmd_report(args: argparse.Namespace) -> int:
    period = period_from(args)
    fmt = format_for(args.out, args.format)
    with open_store(args) as store:
        result = export_activity_report(
            store, period, args.out, fmt, split=args.split, named_list=args.named_list
        )
    out(f"Rapport d'activité ({period.label()}) écrit dans {result.path} ({fmt}).")
    if args.named_list:
        out(
            f"Liste nominative jointe ({result.named} jeune(s)), aucune valeur masquée : "
            "document confidentiel, à ne pas diffuser. La demande est inscrite au journal "
            "d'accès."
        )
    else:
        out(
            f"{result.masked_cells} valeur(s) masquée(s) (effectifs inférieurs à 5 et valeurs "
            "permettant de les retrouver)."
        )
    return 0
