"""``report``: the activity report for the funders (PDF, XLSX or CSV); ``report-settings``: what
the office adds to it (threshold, objectives, whole Mission Locale figures, texts...)."""

from __future__ import annotations

import argparse
import dataclasses
from datetime import date
from pathlib import Path

from ..core.errors import ValidationError
from ..services.documents import (
    FORMATS,
    MODES,
    OBJECTIVES,
    SECTION_KEYS,
    Mode,
    Period,
    Split,
    export_activity_report,
    format_for,
    mode_for,
    parse_report_date,
    parse_split,
    report_options,
    save_report_options,
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
        "Trois sorties : masque (pour les financeurs, par défaut : les petits effectifs sont "
        "masqués et l'audit vérifie qu'aucun ne peut être recalculé), exact (effectifs exacts "
        "sans noms, diffusion restreinte, inscrit au journal d'accès) et nominatif (avec la "
        "liste nominative, usage interne, inscrit au journal d'accès).",
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
        "--sortie",
        choices=MODES,
        help="masque (par défaut), exact (sans noms, diffusion restreinte) ou nominatif",
    )
    p.add_argument(
        "--exact",
        action="store_true",
        help="effectifs exacts sans noms : comme --sortie exact",
    )
    p.add_argument(
        "--named-list",
        action="store_true",
        help="ne rien masquer et joindre la liste nominative des jeunes concernés "
        "(inscrit au journal d'accès ; document à ne pas diffuser) : comme --sortie nominatif",
    )
    p.set_defaults(func=cmd_report)
    _register_settings(sub)


def _pair(text: str) -> tuple[str, str]:
    key, sep, value = text.partition("=")
    if not sep or not key.strip():
        raise argparse.ArgumentTypeError("attendu CLÉ=VALEUR")
    return key.strip(), value.strip()


def _register_settings(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "report-settings",
        help="réglages du rapport d'activité saisis à la Mission Locale",
        description="Seuil de masquage, objectifs de l'année, chiffres de l'ensemble de la "
        "Mission Locale, textes par section, début du cumul, tableaux vides. Sans option : "
        "affiche les réglages de l'année.",
    )
    p.add_argument("--year", type=int, metavar="AAAA", help="année (par défaut l'année écoulée)")
    p.add_argument("--seuil", type=int, metavar="N", help="seuil de masquage (5 par défaut)")
    p.add_argument(
        "--tableaux-vides",
        choices=("garder", "omettre"),
        help="garder ou omettre les tableaux entièrement à zéro",
    )
    p.add_argument(
        "--cumul-depuis", type=_date_arg, metavar="AAAA-MM-JJ", help="début des chiffres cumulés"
    )
    p.add_argument(
        "--objectif",
        type=_pair,
        action="append",
        default=[],
        metavar="CODE=N",
        help="objectif de l'année : " + ", ".join(code for code, *_ in OBJECTIVES),
    )
    p.add_argument(
        "--mission-locale",
        type=_pair,
        action="append",
        default=[],
        metavar="TABLEAU=N",
        help="chiffre de l'ensemble de la Mission Locale pour un tableau (ex. sexe=2340)",
    )
    p.add_argument(
        "--texte",
        type=_pair,
        action="append",
        default=[],
        metavar="SECTION=TEXTE",
        help="texte court d'une section : " + ", ".join(SECTION_KEYS.values()),
    )
    p.set_defaults(func=cmd_report_settings)


def _numbers(pairs: list[tuple[str, str]], what: str) -> dict[str, int]:
    out_: dict[str, int] = {}
    for key, value in pairs:
        if not value.isdigit():
            raise CliError(f"{what} « {key} » : un nombre entier positif est attendu.")
        out_[key] = int(value)
    return out_


def cmd_report_settings(args: argparse.Namespace) -> int:
    year = args.year or date.today().year - 1
    if not 1900 <= year <= 2100:
        raise CliError("année hors des années prises en charge (1900 à 2100).")
    sections = set(SECTION_KEYS.values())
    for key, _ in args.texte:
        if key not in sections:
            raise CliError(f"section inconnue : {key} (choix : {', '.join(sorted(sections))}).")
    with open_store(args) as store:
        current = report_options(store, Period.year(year))
        changed = dataclasses.replace(
            current,
            threshold=args.seuil if args.seuil is not None else current.threshold,
            omit_empty=current.omit_empty
            if args.tableaux_vides is None
            else args.tableaux_vides == "omettre",
            cumulative_from=args.cumul_depuis or current.cumulative_from,
            objectives={**current.objectives, **_numbers(args.objectif, "objectif")},
            references={**current.references, **_numbers(args.mission_locale, "tableau")},
            texts={**current.texts, **dict(args.texte)},
        )
        if changed != current:
            try:
                save_report_options(store, year, changed)
            except ValidationError as exc:
                raise CliError(str(exc)) from None
    out(f"Réglages du rapport pour {year} :")
    out(f"  seuil de masquage : {changed.threshold}")
    out(f"  tableaux vides : {'omis' if changed.omit_empty else 'gardés'}")
    start = changed.cumulative_from.isoformat() if changed.cumulative_from else "—"
    out(f"  cumul depuis : {start}")
    for code, n in sorted(changed.objectives.items()):
        out(f"  objectif {code} : {n}")
    for key, n in sorted(changed.references.items()):
        out(f"  Mission Locale, {key} : {n}")
    for key in sorted(changed.texts):
        out(f"  texte de la section {key} : {len(changed.texts[key])} caractère(s)")
    return 0


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


def mode_from(args: argparse.Namespace) -> Mode:
    asked: set[Mode] = set()
    if args.sortie:
        asked.add(mode_for(args.sortie))
    if args.exact:
        asked.add("exact")
    if args.named_list:
        asked.add("nominatif")
    if len(asked) > 1:
        raise CliError("choisissez une seule sortie : masque, exact ou nominatif.")
    return asked.pop() if asked else "masque"


def cmd_report(args: argparse.Namespace) -> int:
    period = period_from(args)
    fmt = format_for(args.out, args.format)
    mode = mode_from(args)
    with open_store(args) as store:
        result = export_activity_report(store, period, args.out, fmt, split=args.split, mode=mode)
    out(f"Rapport d'activité ({period.label()}) écrit dans {result.path} ({fmt}).")
    if mode == "exact":
        out(
            "Effectifs exacts, sans noms : diffusion restreinte (mention portée sur chaque "
            "page). La demande est inscrite au journal d'accès."
        )
    elif mode == "nominatif":
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
