"""Subcommands for documents about one youth: summary (the sheet handed to the youth),
access-export (GDPR right of access), and structure (the Mission Locale's printed identity)."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..core.i18n import tr
from ..services.documents import (
    SummaryOptions,
    export_access,
    log_printed,
    render_summary,
    set_structure_identity,
    structure_identity,
    summary_content,
)
from ..services.session import write_private_file
from .common import CliError, open_store, out

_CTX = "Ligne de commande"


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("summary", help="récapitulatif à remettre au jeune (PDF)")
    p.add_argument("id", metavar="YOUTH_ID", help="identifiant du jeune")
    p.add_argument("--out", type=Path, required=True, help="fichier PDF à écrire")
    p.add_argument(
        "--actualite",
        metavar="ID",
        help="l'entretien résumé (sinon le dernier où le jeune était présent)",
    )
    p.add_argument("--vous", action="store_true", help="vouvoyer le jeune (tutoiement sinon)")
    p.add_argument("--gros-caracteres", action="store_true", help="version en gros caractères")
    p.set_defaults(func=cmd_summary)

    p = sub.add_parser(
        "access-export", help="droit d'accès (RGPD art. 15) : toutes les données d'un jeune"
    )
    p.add_argument("id", metavar="YOUTH_ID", help="identifiant du jeune")
    p.add_argument("--out", type=Path, required=True, metavar="DIR", help="dossier de destination")
    p.set_defaults(func=cmd_access_export)

    p = sub.add_parser(
        "structure", help="adresse et standard de la Mission Locale imprimés sur les documents"
    )
    p.add_argument("--address", help="adresse postale (une ligne)")
    p.add_argument("--phone", help="numéro du standard")
    p.set_defaults(func=cmd_structure)


def cmd_summary(args: argparse.Namespace) -> int:
    target: Path = args.out
    if target.is_dir():
        raise CliError(tr(_CTX, "« --out » doit être un fichier PDF, pas un dossier."))
    if not target.parent.is_dir():
        raise CliError(tr(_CTX, "le dossier de destination n'existe pas."))
    options = SummaryOptions(
        actualite_id=args.actualite,
        address_form="vous" if args.vous else "tu",
        large_print=args.gros_caracteres,
    )
    with open_store(args) as store:
        content = summary_content(store, args.id, options)
        pdf = render_summary(content)
        try:
            write_private_file(target, pdf)
        except OSError as exc:
            raise CliError(
                tr(_CTX, "impossible d'écrire le fichier ({raison}).").format(
                    raison=exc.strerror or type(exc).__name__
                )
            ) from None
        log_printed(store, args.id)
    out(tr(_CTX, "Récapitulatif écrit : {fichier}").format(fichier=target))
    return 0


def cmd_access_export(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        result = export_access(store, args.id, args.out)
    out(
        tr(
            _CTX, "Export du droit d'accès écrit ({fiches} fiches, {lignes} lignes du journal) :"
        ).format(fiches=result.records, lignes=result.log_lines)
    )
    out(f"  {result.pdf}")
    out(f"  {result.json}")
    out(
        tr(
            _CTX,
            "Attention : ces deux fichiers contiennent EN CLAIR toutes les données du jeune "
            "(notes et informations judiciaires comprises). Remettez-les à la personne de "
            "façon sécurisée, puis supprimez-les de ce poste.",
        )
    )
    return 0


def cmd_structure(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        if args.address is not None or args.phone is not None:
            identity = set_structure_identity(store, address=args.address, phone=args.phone)
        else:
            identity = structure_identity(store)
    empty = tr(_CTX, "(non renseigné)")
    out(tr(_CTX, "Nom : {valeur}").format(valeur=identity.name or empty))
    out(tr(_CTX, "Adresse : {valeur}").format(valeur=identity.address or empty))
    out(tr(_CTX, "Téléphone : {valeur}").format(valeur=identity.phone or empty))
    return 0
